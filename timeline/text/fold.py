"""Folding text for matching: lower case, no diacritics, punctuation as spaces, and the same length.

Every matcher (actors, event-type keywords, interaction verbs, grouping's wording) compares folded
text, so "Gökçe Şahin" meets "Gokce Sahin" and "al-Tawil" meets "al Tawil"; because folding keeps the
length, offsets into the folded text are offsets into the original.
"""

from __future__ import annotations

import codecs
import functools
import unicodedata
from typing import Literal

Case = Literal["any", "capital", "exact"]


_ASCII_FOLD = bytes(
    (c + 32 if 65 <= c <= 90 else c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else 32 for c in range(256)
)
# Letters NFKD does not decompose to an ASCII base.
_SPECIAL_LETTERS = {"ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "æ": "a", "Æ": "a",
                    "œ": "o", "Œ": "o", "ß": "s", "þ": "t", "ð": "d"}  # fmt: skip


# The characters folded so far that are no letter or figure but fold to one ("™" to "t", "ⓐ" to "a"): every
# character not ASCII of a text folded passes through `_fold_char`, so after `fold(text)` those of the text are
# here.  Where the text has none, a space in its folding is exactly where the text has no letter or figure.
SYMBOL_LETTERS: set[str] = set()


@functools.lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in _SPECIAL_LETTERS:
        return _SPECIAL_LETTERS[char]
    base = unicodedata.normalize("NFKD", char)[:1]
    if base.isascii() and base.isalnum():
        if not char.isalnum():
            SYMBOL_LETTERS.add(char)
        return base.lower()
    # A letter of another script stays itself (one code point) so that such aliases still match.
    lowered = char.lower()
    return lowered if char.isalnum() and len(lowered) == 1 else " "


class _OtherScript(Exception):
    """A letter of another script, which the ASCII fast path cannot carry."""


def _fold_errors(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error  # only registered for encoding; anything else is not ours to repair
    folded = "".join(_fold_char(c) for c in error.object[error.start : error.end])
    if not folded.isascii():
        raise _OtherScript
    return folded, error.end


codecs.register_error("timeline_fold", _fold_errors)


# The last long text folded and its folding, as one tuple (read and replaced in one step, so threads
# cannot see a text with another's folding): a document is folded for its actors and again for its
# passages (`timeline.understanding.readings`), and the second time is this look-up.
_LAST: list[tuple[str, str]] = [("", "")]
# Texts shorter than this are not remembered: a passage or a name is folded faster than it is compared.
REMEMBER_FROM = 1000


def fold(text: str) -> str:
    """Lower case, diacritics removed, every non-alphanumeric character a space; same length as `text`.

    Offsets into the folded text are offsets into the original, which is what
    lets one automaton pass report spans of the original text.  Each character is folded on its own,
    so the folding of a slice is the slice of the folding.
    """
    last = _LAST[0]
    if last[0] is text:
        return last[1]
    folded = _folded(text)
    if len(text) >= REMEMBER_FROM:
        _LAST[0] = (text, folded)
    return folded


def _folded(text: str) -> str:
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_FOLD).decode("ascii")
    try:
        return text.encode("ascii", "timeline_fold").translate(_ASCII_FOLD).decode("ascii")
    except _OtherScript:
        return "".join(chr(_ASCII_FOLD[ord(c)]) if c.isascii() else _fold_char(c) for c in text)


def as_spaces(text: str, chars: str) -> str:
    """`text` with each of `chars` (none of them a space) as a space: the same length, the same offsets.  One
    `str.replace` a character, each a scan in C: `str.translate` with a table looks each character of a text
    that is not ASCII up in a dict, some twenty times the cost (a passage's curly quotes make it so)."""
    for char in chars:
        text = text.replace(char, " ")
    return text


def case_of(pattern: str) -> Case:
    """How a pattern's case constrains a match: acronyms exactly, capitalised words by their initial."""
    letters = [c for c in pattern if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return "exact"
    if pattern[:1].isupper():
        return "capital"
    return "any"
