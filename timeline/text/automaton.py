"""Whole-word phrase matching over folded text: one Aho-Corasick pass, leftmost-longest.

Phrases are stored padded with a space on each side (" held talks with ") and the text is searched
padded the same way, so a hit is always a whole-word hit.  Each stored value is `(length, payload)`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

import ahocorasick

T = TypeVar("T")


def phrase_automaton(phrases: Iterable[tuple[str, object]]) -> Any:
    """An automaton over folded phrases (each with its payload); empty phrases are left out."""
    automaton = ahocorasick.Automaton()
    for phrase, payload in phrases:
        key = f" {phrase.strip()} "
        if key.strip():
            automaton.add_word(key, (len(key), payload))
    if len(automaton):
        automaton.make_automaton()
    return automaton


def phrase_hits(automaton: Any, folded: str) -> list[tuple[int, int, Any]]:
    """(start, end, payload) of every stored phrase in `folded` (offsets into `folded`), in order of end."""
    if not len(automaton):
        return []
    # A list built in one comprehension, not a generator: a document yields a hundred hits or more, and
    # resuming a generator for each costs more than the automaton's own scan.
    return [(end - length + 1, end - 1, payload) for end, (length, payload) in automaton.iter(f" {folded} ")]


def leftmost_longest(hits: Iterable[tuple[int, int, T]]) -> list[tuple[int, int, T]]:
    """Non-overlapping hits, the leftmost-longest of each overlapping run, from hits ordered by their end
    (as Aho-Corasick reports them)."""
    chosen: list[tuple[int, int, T]] = []
    for hit in hits:
        start = hit[0]
        while chosen and chosen[-1][1] > start:
            if start <= chosen[-1][0]:
                chosen.pop()
            else:
                break
        else:
            chosen.append(hit)
    return chosen
