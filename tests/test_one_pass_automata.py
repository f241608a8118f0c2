"""The automata built in order of letter frequency, the casing pass over the folded text and actor finding's one
pass give what the plain passes give (speed changes: the same hits, in the same order)."""

from __future__ import annotations

from dataclasses import replace

import ahocorasick
import pytest

from timeline.temporal import casing
from timeline.temporal.rules import builtin_rules
from timeline.text.automaton import ordered_automaton
from timeline.understanding import actors

# Invented sentences: curly and straight apostrophes, hyphens, accents, capitals, a lower-case text.
TEXTS = [
    "The talks resume on monday, march 3, in Velmora after the Brant-Oswin Accord.",
    "On tuesday the Kestrel Front said its army would observe new year’s day; the government agreed.",
    "the council met on friday. nobody knew of the plan until may 2nd at 5pm.",
    "Mârch and Frïday are no names here; MONDAY, Dec. 5 and Thanksgiving 2031 are.",
    "A ceasefire from 1 April - the rebels, known as the Valley Guard, and the Armed forces signed.",
    "İstanbul hosted the Bank’s envoy on Wednesday-evening; the prime minister called it a start.",
]


def _plain(entries: dict[str, object]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for key, value in entries.items():
        automaton.add_word(key, value)
    automaton.make_automaton()
    return automaton


@pytest.mark.parametrize("text", [t.lower() for t in TEXTS] + TEXTS)
def test_ordered_automaton_finds_what_the_plain_one_finds(text: str) -> None:
    entries = {w: (w, i) for i, w in enumerate(["on", "monday", "the", "then", "he", "e", "talks", "accord", "mon"])}
    ordered = ordered_automaton(entries)
    ordered.make_automaton()
    assert list(ordered.iter(text)) == list(_plain(entries).iter(text))


@pytest.mark.parametrize("text", TEXTS + [t.lower() for t in TEXTS] + [t.upper() for t in TEXTS])
def test_casing_over_the_folded_text_is_casing_over_the_lowered_text(text: str) -> None:
    names = builtin_rules().lower_case
    assert names.folded_automaton is not None
    unfolded = replace(names, folded_automaton=None)
    assert casing.capitalised_and_anchors(text, names) == casing.capitalised_and_anchors(text, unfolded)
    assert casing.capitalised(text, names) == casing.capitalised(text, unfolded)


@pytest.mark.parametrize("text", TEXTS + [t.lower() for t in TEXTS])
def test_actor_findings_one_pass_finds_the_written_words_of_their_own_pass(text: str) -> None:
    gaz = actors.builtin_gazetteer()
    words = actors._fixed_words(gaz.group_plurals, gaz.group_called[0], gaz.group_apposed, gaz.known_as_words)
    written: list = []
    for end, (_length, _payload, pairs) in actors._actor_automaton(gaz).iter(f" {actors.fold(text)} "):
        if pairs is not None:
            written.append((end - 1, pairs))
    alone = actors._positions_and_descriptions(text, words, gaz.descriptions)
    assert actors._positions_and_descriptions(text, words, gaz.descriptions, written) == alone
