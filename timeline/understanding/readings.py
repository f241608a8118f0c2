"""One reading of each dated passage, shared by the stages that describe its event.

Event types (keywords, speech and intent markers) and titles (interaction verbs) each matched their own
phrases over their own folding of the passage: up to three folds and three Aho-Corasick passes over the
same words.  A `PassageReader` holds one automaton with all of their phrases; `read` folds a passage once
(a slice of the document's folded text, when the caller has it: folding keeps offsets) and scans it once,
and each stage takes its own hits from the one list.

Each stage's hits come out exactly as its own automaton gives them (`automaton.phrase_hits`): in order of
end, and at one end the longer phrase first, the order in which pyahocorasick reports matches (along the
suffix links, longest first) whatever other phrases the automaton holds.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from timeline.text.automaton import ordered_automaton
from timeline.text.fold import fold
from timeline.understanding.event_types import Taxonomy
from timeline.understanding.titles import TitleRules

# The slot of a phrase that one stage's automaton does not hold (a payload may itself be None).
_ABSENT = object()

Hits = list[tuple[int, int, Any]]


@dataclass(frozen=True, slots=True)
class PassageReading:
    """A passage folded once and scanned once: each stage's phrase hits, offsets into the passage, taken
    from the one list when the stage asks (markers and interaction verbs are not asked of every passage)."""

    folded: str
    # (start, end, payloads): a payload for each of the keywords, markers and interactions, or _ABSENT
    hits: list[tuple[int, int, tuple[Any, Any, Any]]]

    @property
    def keywords(self) -> Hits:
        """The taxonomy's keywords and actor names (payload None), as `phrase_hits` gives them."""
        return [(s, e, slots[0]) for s, e, slots in self.hits if slots[0] is not _ABSENT]

    @property
    def markers(self) -> Hits:
        """The taxonomy's speech and intent markers."""
        return [(s, e, slots[1]) for s, e, slots in self.hits if slots[1] is not _ABSENT]

    @property
    def interactions(self) -> Hits:
        """The title rules' interaction verbs."""
        return [(s, e, slots[2]) for s, e, slots in self.hits if slots[2] is not _ABSENT]


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class PassageReader:
    """The phrases of a taxonomy and of title rules in one automaton (`passage_reader`)."""

    automaton: Any

    def read(self, passage: str, folded: str | None = None) -> PassageReading:
        """`passage` folded (or `folded`, its folding, given) and scanned once."""
        folded = fold(passage) if folded is None else folded
        if not folded or not len(self.automaton):
            return PassageReading(folded, [])
        # one comprehension, as in `phrase_hits`: a generator costs more than the scan itself
        return PassageReading(
            folded, [(end - length + 1, end - 1, slots) for end, (length, slots) in self.automaton.iter(f" {folded} ")]
        )


@functools.lru_cache(maxsize=8)
def passage_reader(taxonomy: Taxonomy, rules: TitleRules) -> PassageReader:
    """The reader of a taxonomy's keywords and markers and of title rules' interaction verbs (built once
    for each pair: the run's Config holds one of each)."""
    slots: dict[str, list[Any]] = {}
    for index, automaton in enumerate((taxonomy.keywords, taxonomy.markers, rules.interactions)):
        if not len(automaton):
            continue
        for key, (_length, payload) in automaton.items():
            slots.setdefault(key, [_ABSENT, _ABSENT, _ABSENT])[index] = payload
    automaton = ordered_automaton({key: (len(key), tuple(found)) for key, found in slots.items()})
    if len(automaton):
        automaton.make_automaton()
    return PassageReader(automaton)
