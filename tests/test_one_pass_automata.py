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
    for end, (_length, _payload, pairs, _other) in actors._actor_automaton(gaz).iter(f" {actors.fold(text)} "):
        if pairs is not None:
            written.append((end - 1, pairs))
    alone = actors._positions_and_descriptions(text, words, gaz.descriptions)
    assert actors._positions_and_descriptions(text, words, gaz.descriptions, written) == alone


# Invented: symbols that fold to a letter ("™" to "t") right before a name, so that the folding has a letter
# where the text has none; names inside words ("mayor", "mondays", "stmarch"); text ending in a key's start.
SYMBOL_TEXTS = [
    "The Orvane™monday rally was moved to march 3; Ⓐmay 2nd too.",
    "Their ℡friday line closed on dec 5 and reopened st. march.",
]
INSIDE_WORDS = [
    "The mayor of Kettleby said mondays were quiet; the stmarch vote and midmay talks were not, said St",
    "Fallout from the decades-long dispute: the twomonth lull ended on saturday, as the envoys met. mon",
    "",
]


@pytest.mark.parametrize(
    "text", TEXTS + [t.lower() for t in TEXTS] + [t.upper() for t in TEXTS] + SYMBOL_TEXTS + INSIDE_WORDS
)
def test_the_shared_pass_gives_casing_and_actor_finding_what_their_own_passes_give(text: str) -> None:
    names = builtin_rules().lower_case
    gaz = actors.builtin_gazetteer()
    assert names.folded_automaton is not None
    shared = actors.shared_pass(text, gaz, names.folded_automaton)
    assert casing.capitalised_and_anchors(text, names, shared) == casing.capitalised_and_anchors(text, names)
    assert actors.find_actors(text, gaz, shared) == actors.find_actors(text, gaz)


@pytest.mark.parametrize("text", SYMBOL_TEXTS)
def test_a_text_with_a_symbol_folding_to_a_letter_gets_the_lower_case_names_own_pass(text: str) -> None:
    names = builtin_rules().lower_case
    assert names.folded_automaton is not None
    shared = actors.shared_pass(text, actors.builtin_gazetteer(), names.folded_automaton)
    assert shared.other == list(names.folded_automaton.iter(actors.fold(text)))


@pytest.mark.parametrize("text", TEXTS + INSIDE_WORDS)
def test_the_shared_pass_finds_the_lower_case_names_that_start_a_word(text: str) -> None:
    names = builtin_rules().lower_case
    assert names.folded_automaton is not None
    shared = actors.shared_pass(text, actors.builtin_gazetteer(), names.folded_automaton)
    folded = actors.fold(text)
    alone = [
        (last, keys)
        for last, keys in names.folded_automaton.iter(folded)
        if last - len(keys[0][0]) < 0 or folded[last - len(keys[0][0])] == " "
    ]
    # (a key ending in a space, "st ", may meet the padding after the text: casing never keeps that hit)
    assert [hit for hit in shared.other if hit[0] < len(text)] == alone


def test_a_text_given_another_texts_pass_is_read_with_its_own() -> None:
    names = builtin_rules().lower_case
    gaz = actors.builtin_gazetteer()
    assert names.folded_automaton is not None
    shared = actors.shared_pass(TEXTS[0], gaz, names.folded_automaton)
    assert casing.capitalised_and_anchors(TEXTS[2], names, shared) == casing.capitalised_and_anchors(TEXTS[2], names)
    assert actors.find_actors(TEXTS[1], gaz, shared) == actors.find_actors(TEXTS[1], gaz)
