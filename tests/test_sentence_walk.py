"""The one walk of the undated sentences after a dated passage that the readers of its participants share
(`party_anaphora.participants_after`): which sentences each kind of walk reads, on invented sentences."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from timeline.text.segment import sentence_spans
from timeline.understanding.party_anaphora import (
    CONTINUING_WALK,
    NEXT_SENTENCE,
    REACH_WALK,
    WITNESS_WALK,
    Actors,
    Around,
    DatedPassage,
    ParticipantReader,
    SentenceWalk,
    load_party_anaphors,
    participants_after,
)

# The lead dates a truce; "2." is a numbered item's number; the fourth sentence dates a happening of its own; the last
# holds a year that only modifies a noun (a passage the lead rules pass over, but one that stops `going` walks).
TEXT = (
    "Tarnia and Ostrand signed a truce on 3 May. 2. The envoys met in Port Amsel. The talks resumed on 9 May. "
    "The envoys left. A treaty of 2008 was cited."
)
SENTENCES = sentence_spans(TEXT)
STARTS = [s for s, _ in SENTENCES]


def _around() -> Around:
    lead_dated = [STARTS[0], STARTS[3]]
    going_dated = [STARTS[0], STARTS[3], STARTS[5]]
    return Around(TEXT, TEXT.lower(), (), SENTENCES, lead_dated, going_dated, [], load_party_anaphors())


def _read(walk: SentenceWalk, passage: int, lead: bool = False) -> list[str] | None:
    """The sentences a reader with `walk` is given after the `passage`th sentence (None: it is not run)."""
    seen: list[list[str]] = []

    def record(around: Around, dated: DatedPassage, walked: Sequence[tuple[int, int]]) -> Actors:
        seen.append([TEXT[s:e] for s, e in walked])
        return ()

    s, e = SENTENCES[passage]
    participants_after(_around(), s, e, s, (ParticipantReader(record, walk, lead=lead),))
    return seen[0] if seen else None


def test_the_invented_text_splits_as_the_cases_expect() -> None:
    assert [TEXT[s:e] for s, e in SENTENCES][1:4] == [
        "2.",
        "The envoys met in Port Amsel.",
        "The talks resumed on 9 May.",
    ]


@pytest.mark.parametrize(
    ("walk", "passage", "lead", "expected"),
    [
        # the sentence right after, past a numbered item's number
        (NEXT_SENTENCE, 0, True, ["The envoys met in Port Amsel."]),
        (NEXT_SENTENCE, 3, False, ["The envoys left."]),
        # up to three, ending before the one that dates a happening of its own
        (WITNESS_WALK, 0, True, ["2.", "The envoys met in Port Amsel."]),
        # a year modifying a noun dates nothing for the lead rules ...
        (WITNESS_WALK, 3, False, ["The envoys left.", "A treaty of 2008 was cited."]),
        # ... but stops a walk of who goes on with the happening
        (CONTINUING_WALK, 3, False, ["The envoys left."]),
        # a dated sentence passed over, further on
        (REACH_WALK, 0, True, ["2.", "The envoys met in Port Amsel.", "The envoys left."]),
        # a lead's reader is not run after another passage
        (NEXT_SENTENCE, 3, True, None),
        (REACH_WALK, 3, True, None),
    ],
)
def test_a_walk_reads_the_undated_sentences_after_its_passage(
    walk: SentenceWalk, passage: int, lead: bool, expected: list[str] | None
) -> None:
    assert _read(walk, passage, lead) == expected


def test_readers_sharing_a_walk_are_given_the_same_sentences() -> None:
    given: list[Sequence[tuple[int, int]]] = []

    def record(around: Around, dated: DatedPassage, walked: Sequence[tuple[int, int]]) -> Actors:
        given.append(walked)
        return ()

    s, e = SENTENCES[0]
    readers = (ParticipantReader(record, WITNESS_WALK), ParticipantReader(record, WITNESS_WALK))
    participants_after(_around(), s, e, s, readers)
    assert len(given) == 2 and given[0] is given[1]
