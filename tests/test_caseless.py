"""`caseless` alternations match exactly what `(?i:...)` of the same alternatives matches."""

from __future__ import annotations

import re
import string

from hypothesis import example, given
from hypothesis import strategies as st

from timeline.temporal.caseless import by_first_character, caseless, letter_class

WORDS = [
    "$",
    "\u20ac",
    "in",
    "since",
    "until",
    "till",
    "by",
    "the end of",
    "the",
    "this past",
    "i",
    "s",
    "kept",
    "Sept",
]
# Characters that case-fold onto an ASCII letter beyond its two cases, plus filler.
ALPHABET = string.ascii_letters + " -$\u20ac'.0123456789\u2019\u017f\u212a\u0130\u0131"


def test_letter_class_holds_every_code_point_that_matches():
    """The scan of the Basic Multilingual Plane misses nothing beyond it."""
    every = "".join(map(chr, range(0x110000)))
    for letter in string.ascii_lowercase:
        found = "".join(re.findall(f"(?i:{letter})", every))
        assert letter_class(letter) == f"[{found}]"
    assert letter_class("s") == "[Ss\u017f]"  # the long s
    assert letter_class("k") == "[Kk\u212a]"  # the Kelvin sign


def test_words_are_grouped_by_first_character():
    expected = "(?:[Ss\u017f](?i:ince|o)|[Ii\u0130\u0131](?i:n)|\\$(?i:)|\u20ac(?i:))"
    assert caseless(["since", "in", "so", r"\$", "\u20ac"]) == expected


def test_an_alternation_not_made_of_words_is_left_as_written():
    assert caseless([r"\d{1,3}", "two"]) == r"(?i:\d{1,3}|two)"
    assert caseless(["s?ince"]) == "(?i:s?ince)"
    assert caseless(["a|b"]) == "(?i:a|b)"


@given(
    st.lists(st.text(alphabet="abcdefghikst '$\u20ac-", min_size=1, max_size=8), min_size=1),
    st.text(alphabet=ALPHABET, max_size=40),
)
@example(WORDS, "Until the END OF \u017fince \u212aEPT sept tHiS PAST")
def test_same_matches_as_case_insensitive_alternation(words, text):
    written = [re.escape(w) for w in words]
    reference = re.compile(r"\b(?P<w>(?i:{}))\b".format("|".join(written)))
    fast = re.compile(rf"\b(?P<w>{caseless(written)})\b")
    for start in range(len(text) + 1):
        expected, got = reference.match(text, start), fast.match(text, start)
        assert (expected and expected.span("w")) == (got and got.span("w"))
    assert [m.span() for m in reference.finditer(text)] == [m.span() for m in fast.finditer(text)]


def test_case_sensitive_words_are_grouped_by_first_character():
    assert by_first_character(["June", "Jan", "Feb", "JUNE", "J"]) == "J(?:une|an|UNE|)|Feb"
    assert by_first_character(["Sept\\.", "Sep"]) == "S(?:ept\\.|ep)"
    # Not all plain words: left as written.
    assert by_first_character([r"\d+", "May"]) == r"\d+|May"
    assert by_first_character(["s?x", "y"]) == "s?x|y"


@given(
    st.lists(st.text(alphabet="aAbBsS. ", min_size=1, max_size=6), min_size=1),
    st.text(alphabet="aAbBsS. -", max_size=40),
)
@example(["Sept", "Sep", "SEPT", "S", "Se"], "Sep Sept. SEPTember Se S")
def test_grouped_words_match_what_the_alternation_matches(words, text):
    """Same matches, in the same order of preference, as the plain alternation (each tried as it is
    followed: a shorter alternative wins where it is written first)."""
    written = [re.escape(w) for w in words]
    reference = re.compile("(?P<w>{})(?P<rest>[a-z]*)".format("|".join(written)))
    fast = re.compile(f"(?P<w>(?:{by_first_character(written)}))(?P<rest>[a-z]*)")
    for start in range(len(text) + 1):
        expected, got = reference.match(text, start), fast.match(text, start)
        assert (expected and expected.span("w")) == (got and got.span("w"))
