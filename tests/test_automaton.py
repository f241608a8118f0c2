"""Whole-word phrase matching: the hits one automaton pass reports, and the leftmost-longest choice."""

from __future__ import annotations

from timeline.text.automaton import leftmost_longest, phrase_automaton, phrase_hits
from timeline.text.fold import fold


def test_phrase_hits_are_whole_words_with_offsets_in_order_of_end() -> None:
    automaton = phrase_automaton([("held talks", "A"), ("talks", "B"), ("talks with", "C"), ("alk", "D"), (" ", "E")])
    text = "They held talks with him; stalks."
    hits = phrase_hits(automaton, fold(text))
    assert hits == [(5, 15, "A"), (10, 15, "B"), (10, 20, "C")]
    assert [text[start:end] for start, end, _ in hits] == ["held talks", "talks", "talks with"]
    assert leftmost_longest(hits) == [(5, 15, "A")]


def test_phrase_hits_at_the_edges_of_the_text_and_of_an_empty_automaton() -> None:
    automaton = phrase_automaton([("ceasefire", 1)])
    assert phrase_hits(automaton, "ceasefire") == [(0, 9, 1)]
    assert phrase_hits(automaton, "a ceasefire") == [(2, 11, 1)]
    assert phrase_hits(automaton, "ceasefires") == []
    assert phrase_hits(phrase_automaton([]), "ceasefire") == []
