"""Whole-word phrase matching over folded text: one Aho-Corasick pass, leftmost-longest.

Phrases are stored padded with a space on each side (" held talks with ") and the text is searched
padded the same way, so a hit is always a whole-word hit.  Each stored value is `(length, payload)`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

import ahocorasick

T = TypeVar("T")


# Space, then letters and figures in about the order of their frequency in English news text.
_FREQUENT = " etaoinsrhldcumfpgwybvkxjqzTSACMPBIRNHDEWGFLOJKUVYZQX0123456789"
_RANK = {c: i for i, c in enumerate(_FREQUENT)}


def _by_frequency(key: str) -> list[int]:
    return [_RANK.get(c, len(_RANK) + ord(c)) for c in key]


def ordered_automaton(entries: Mapping[str, object]) -> Any:
    """An automaton over `entries` (key -> value), not yet made, its keys added so that the letters after each
    node are in order of their frequency in text.  pyahocorasick finds the next node by reading a node's letters
    in the order they were added, and that reading is most of a pass (a root of some forty letters read from
    the rarest first cost 10-25% more); what the automaton finds, and in which order, is the same."""
    automaton = ahocorasick.Automaton()
    for key in sorted(entries, key=_by_frequency):
        automaton.add_word(key, entries[key])
    return automaton


@dataclass(frozen=True, slots=True, eq=False)
class SharedPass:
    """The hits of one automaton pass over a text's padded folding (f" {fold(text)} ") that holds the keys of two
    matchers, for both (`timeline.understanding.actors.shared_pass`): one pass instead of one each.  `hits`: (end
    in the padded text, value) as the automaton reports them; `other`: (last index in `text`, value) of the second
    matcher's keys (folded), as an automaton of those keys alone would report them over `fold(text)` (by end; at
    one end, the longer first: a hit's place in the report depends only on its end and length), less hits with a
    letter or figure right before them, which that matcher does not read."""

    text: str
    hits: list[tuple[int, Any]]
    other: list[tuple[int, Any]]


def phrase_automaton(phrases: Iterable[tuple[str, object]]) -> Any:
    """An automaton over folded phrases (each with its payload); empty phrases are left out."""
    entries: dict[str, object] = {}
    for phrase, payload in phrases:
        key = f" {phrase.strip()} "
        if key.strip():
            entries[key] = (len(key), payload)  # a phrase given twice keeps its last payload, as add_word does
    automaton = ordered_automaton(entries)
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
