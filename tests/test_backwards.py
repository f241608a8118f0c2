"""A prefix read backwards (`timeline.temporal.backwards`) matches the reversed window whenever the forward
search finds the prefix ending at the window's end, so a failed test may spare the search."""

from __future__ import annotations

import random
import re

import pytest

from timeline.temporal import patterns
from timeline.temporal.backwards import backwards
from timeline.temporal.rules import builtin_rules


def _agrees(forward: re.Pattern[str], text: str, low: int, end: int) -> bool:
    quick = backwards(forward.pattern)
    assert quick is not None
    found = forward.search(text, low, end) is not None
    return not found or quick.match(text[max(0, low - 1) : end][::-1]) is not None


@pytest.mark.parametrize(
    ("prefix", "text"),
    [
        (r"\b(?i:for|in)\s+(?:\d+\s+)?\Z", "the Quellan talks lasted for 12 "),
        (r"\b(?i:for|in)\s+(?:\d+\s+)?\Z", "within "),
        (r"\b(?P<q>(?i:next|last))\s+\Z", "over the LAST  "),
        (r"(?<!\w-)(?:\d{1,3}|(?i:two))[\s-]+\Z", "the Varnish pact lasted two-"),
        (r"\b(?:the\s+)?(?P<d>[12]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?\Z", "on the 21st of "),
        (r"[^a-z]\B\s*\Z", "Ostrel 9  "),
        (r"(?s:.)x\Z", "\nx"),
    ],
)
def test_backwards_matches_where_the_search_finds_the_prefix(prefix: str, text: str) -> None:
    forward = re.compile(prefix)
    for low in range(len(text) + 1):
        assert _agrees(forward, text, low, len(text)), low


def test_backwards_fails_where_no_prefix_ends() -> None:
    quick = backwards(r"\b(?i:for|in)\s+(?:\d+\s+)?\Z")
    assert quick is not None
    assert quick.match("the Quellan talks lasted since 12 "[::-1]) is None
    assert quick.match("within "[::-1]) is None  # the word boundary is kept


def test_backwards_gives_up_on_back_references() -> None:
    assert backwards(r"(a)\1\Z") is None
    assert backwards(r"(?P<a>x)?(?(a)y|z)\Z") is None


def test_every_builtin_prefix_has_a_backwards_reading_that_agrees() -> None:
    prefixes = [p.prefix for f in builtin_rules().by_family.values() for _, p in f if p.prefix is not None]
    words = "for in over during about nearly more than up to the last past next a few couple of one twenty-five"
    pieces = [*words.split(), "12", "1999", ",", ".", "(", "-", "of", "May", "week", "ago", "early", "Brell"]
    chooser = random.Random(11)
    for prefix in prefixes:
        for _ in range(60):
            text = "".join(chooser.choice(pieces) + chooser.choice([" ", "  ", "-", "\n"]) for _ in range(8))
            end = chooser.randint(0, len(text))
            low = patterns._window_start(None, text, end) if chooser.random() < 0.5 else max(0, end - 20)
            assert _agrees(prefix, text, low, end), (prefix.pattern[:60], text[:end])
