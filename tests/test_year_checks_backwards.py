"""The year checks written backwards (`patterns.YearChecks`) match a reversed text exactly when the forward
regexes they reverse find a match ending at the text's end."""

from __future__ import annotations

import random
import re

import pytest

from timeline.temporal import patterns
from timeline.temporal.caseless import caseless
from timeline.temporal.rules import builtin_rules

NOT_YEAR_BEFORE = ("resolution", "no.", "law", "more than", "$", "€", "ext.", "some")
YEAR_CUES = ("in", "since", "a", "the", "in early", "of")


def _forward() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The forward regexes: not a year after these words, a document's year, a year's cue."""

    def optional_stop(word: str) -> str:
        return re.escape(word[:-1]) + r"\.?" if word.endswith(".") else re.escape(word)

    before = "|".join(optional_stop(w) for w in NOT_YEAR_BEFORE)
    return (
        re.compile(rf"{caseless(optional_stop(w) for w in NOT_YEAR_BEFORE)}\s*$"),
        re.compile(
            rf"\b(?:{before})\s*\d[\d/.-]*(?:\s*\(\s*\d{{4}}\s*\))?"
            r"(?:\s*(?:,|and|&)\s*\d[\d/.-]*(?:\s*\(\s*\d{4}\s*\))?)*\s*(?:\(|\bof)\s*$",
            re.IGNORECASE,
        ),
        re.compile(rf"\b{caseless(re.escape(w) for w in YEAR_CUES)}[\s-]*$"),
    )


def _backwards() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    checks = patterns.year_checks(NOT_YEAR_BEFORE, YEAR_CUES, ("people",), (), (), ("GMT",))
    return checks.not_year_before_backwards, checks.document_year_before_backwards, checks.year_cue_backwards


INVENTED = [
    "The Zorvian Law No. 14 of ",
    "under law no 7/3 (",
    "the Pelmar Resolution 88 (1999) and 91 (",
    "RESOLUTION 12 , 13 & 14 of\n",
    "the resolution 12 (20155) of ",
    "a prof ",
    "it rose by more than ",
    "MORE  THAN\t",
    "handsome ",
    "worth $",
    "ext 4 of ",
    "since early ",
    "in  -  ",
    "within ",
    "the Tovarin accord of ",
    "in\n",
    "",
    " ",
    "no.(",
    "Law ſome ",
]


@pytest.mark.parametrize("text", INVENTED)
def test_backwards_agree_with_forward_on_invented_texts(text: str) -> None:
    for forward, backwards in zip(_forward(), _backwards(), strict=True):
        assert (forward.search(text) is not None) == (backwards.match(text[::-1]) is not None), forward.pattern


def test_backwards_agree_with_forward_on_random_texts() -> None:
    pieces = [*NOT_YEAR_BEFORE, *YEAR_CUES, "LAW", "No", " ", "  ", "\n", "\t", "(", ")", ",", "and", "&", "of"]
    pieces += ["prof", "x", "7", "12", "2031", "4/5", "3.", "-", "é", "_"]
    chooser = random.Random(7)
    for _ in range(20000):
        text = "".join(chooser.choice(pieces) + chooser.choice(["", " "]) for _ in range(chooser.randint(0, 8)))
        for forward, backwards in zip(_forward(), _backwards(), strict=True):
            assert (forward.search(text) is not None) == (backwards.match(text[::-1]) is not None), text


def test_backwards_reads_a_stretch_of_a_longer_text() -> None:
    checks = builtin_rules().year_checks
    text = "Under the Kestrel Decree 12/2031 the board met."
    start = text.index("2031")
    assert patterns._backwards(checks.not_year_before_backwards, text, 0, start - 3)
    assert not patterns._backwards(checks.not_year_before_backwards, text, 0, start)
