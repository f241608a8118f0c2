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
# Characters with a meaning of their own in a regex.
_SPECIAL = frozenset(".^$*+?{}[]\\|()")


def letter_class(letter: str) -> str:
    """The regex class of every character `(?i:letter)` matches, case-sensitively ("[Ssſ]" for "s")."""
    return "[" + _letter_classes()[letter] + "]"


@functools.cache
def _letter_classes() -> dict[str, str]:
    """Every ASCII letter's case-insensitive matches, in code point order, from one scan of the Basic
    Multilingual Plane: no character beyond it matches an ASCII letter (tests/test_caseless.py checks every
    code point)."""
    found = re.findall("(?i:[a-z])", "".join(map(chr, range(0x10000))))
    return {
        letter: "".join(c for c in found if re.fullmatch(f"(?i:{letter})", c))
        for letter in "abcdefghijklmnopqrstuvwxyz"
    }


def caseless(alternatives: Iterable[str]) -> str:
    """A non-capturing group matching what `(?i:a|b|...)` matches, with a quick test on the first character.

    Each alternative is a regex fragment (usually a plain phrase)."""
    alternatives = list(alternatives)
    heads = [_head(a) for a in alternatives]
    if not alternatives or None in heads:
        return "(?i:{})".format("|".join(alternatives))
    groups: dict[str, tuple[str, list[str]]] = {}
    for key, opening, rest in filter(None, heads):
        groups.setdefault(key, (opening, []))[1].append(rest)
    return "(?:{})".format("|".join(f"{opening}(?i:{'|'.join(rests)})" for opening, rests in groups.values()))


def _head(alternative: str) -> tuple[str, str, str] | None:
    """(what the first character is grouped by, its case-sensitive regex, the rest of the alternative), or
    None when the alternative does not open with a plain character: an ASCII letter, an uncased character
    ("€", "-"), or an escaped ASCII punctuation mark ("\\$"), not quantified ("s?" would be).  An alternative
    holding a "|" of its own (which would split it in two) has no head either."""
    first, second = alternative[:1], alternative[1:2]
    if "|" in alternative or not first:
        return None
    if first.isascii() and first.isalpha():
        key, opening = first.lower(), letter_class(first.lower())
    elif first == "\\" and second.isascii() and second and not second.isalnum():
        key, opening = second, alternative[:2]
    elif first not in _SPECIAL and not first.isalnum() and first.lower() == first.upper() == first:
        key, opening = first, first
    else:
        return None
    rest = alternative[2:] if first == "\\" else alternative[1:]
    return None if rest[:1] and rest[0] in _QUANTIFIERS else (key, opening, rest)


def by_first_character(alternatives: Iterable[str]) -> str:
    """The body of an alternation matching what `a|b|...` matches, case-sensitively, with its alternatives
    grouped by first character: "Jan|June|Feb" -> "J(?:an|une)|Feb".  The engine rejects a group on its first
    character at once instead of entering each of its alternatives (a month name is one of about a hundred
    forms); the order of preference is kept, for two alternatives with different first characters never
    match at the same place.  Alternatives that do not all open with a plain ASCII letter or digit are left
    as they are."""
    alternatives = list(alternatives)
    plain = all(
        a[:1].isascii() and a[:1].isalnum() and a[1:2] not in _QUANTIFIERS and "|" not in a for a in alternatives
    )
    if not plain:
        return "|".join(alternatives)
    groups: dict[str, list[str]] = {}
    for a in alternatives:
        groups.setdefault(a[0], []).append(a[1:])
    grouped = (first + (f"(?:{'|'.join(rests)})" if len(rests) > 1 else rests[0]) for first, rests in groups.items())
    return "|".join(grouped)
