"""Case-insensitive word alternations that Python's regex engine can skip quickly.

`(?i:in|since|until|...)` is slow to search: at every word start the engine enters each alternative in
turn, because a case-insensitive letter gives it no quick test.  A case-sensitive literal or character
class at the head of an alternative does (`re` skips such a branch on its first character), so
`caseless` writes the same alternation grouped by first letter, each group opened by the exact class of
characters that letter matches case-insensitively: `(?:[Ssſ](?i:ince|o)|[Iiİı](?i:n))`.

It matches exactly what `(?i:...)` of the same alternatives matches, in the same order of preference:
alternatives with different first letters can never match at the same place (no character matches two
ASCII letters case-insensitively), and within a group the written order is kept.  An alternation whose
alternatives do not all open with a plain letter is left as `(?i:...)`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

_QUANTIFIERS = frozenset("*+?{")


@functools.cache
def letter_class(letter: str) -> str:
    """The regex class of every character `(?i:letter)` matches, case-sensitively ("[Ssſ]" for "s").

    Only the Basic Multilingual Plane is scanned: no character beyond it matches an ASCII letter
    (tests/test_caseless.py checks every code point)."""
    every = "".join(map(chr, range(0x10000)))
    return "[" + "".join(re.findall(f"(?i:{re.escape(letter)})", every)) + "]"


def caseless(alternatives: Iterable[str]) -> str:
    """A non-capturing group matching what `(?i:a|b|...)` matches, with a quick test on the first letter.

    Each alternative is a regex fragment (usually a plain phrase)."""
    alternatives = list(alternatives)
    if not alternatives or not all(_opens_with_letter(a) for a in alternatives):
        return "(?i:{})".format("|".join(alternatives))
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0].lower(), []).append(alternative[1:])
    return "(?:{})".format("|".join(f"{letter_class(first)}(?i:{'|'.join(rests)})" for first, rests in groups.items()))


def _opens_with_letter(alternative: str) -> bool:
    """The alternative's first character is a plain ASCII letter, not quantified ("s?" would be), and the
    alternative holds no "|" of its own (which would split it in two)."""
    head = alternative[:1]
    return head.isascii() and head.isalpha() and alternative[1:2] not in _QUANTIFIERS and "|" not in alternative
