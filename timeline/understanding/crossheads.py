"""Crossheads: the short line over a section ("Next round in January") sums up the paragraph under it, and
a live report's entry heading ("15:40 GMT - Envoy: 'Today the war ends'") the entry under it.

When that paragraph names the crosshead's time again ("agreed to meet again at the end of January"), the
crosshead's date is the same happening told twice, and only the paragraph's sentence dates it.  A crosshead
whose time the paragraph does not restate keeps its date (it may be the only mention of a happening), and a
line that opens with its date is a list entry ("13 December 2016 - Ceasefire announced"), not a crosshead.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from timeline.core.models import TimeMention
from timeline.core.periods import overlaps

# A crosshead is a few words on a line of their own, without a sentence's closing punctuation.
_MAX_WORDS = 8
_MAX_CHARS = 80
# A live report's entry heading: a clock time and a dash opening a line ("15:40 GMT - Envoy: 'A new day'").
# Its headline sums up the entry under it, whatever its length or closing punctuation.
_ENTRY = re.compile(r"[ \t]*\d{1,2}[:.]\d{2}\s*(?:GMT|UTC|[AaPp]\.?[Mm]\.?)?(?:\s*[+-]\d{1,2})?\s*[-\u2013\u2014]\s")
_ENTRY_PARAGRAPHS = 6
_SENTENCE_END = frozenset('.!?:;,"\u201d\u2019)]')


def without_restated_crossheads(text: str, mentions: Sequence[TimeMention]) -> list[TimeMention]:
    """`mentions` (in text order) less the dates of crossheads that the paragraph (or entry) under them
    restates."""
    dropped: set[int] = set()
    for i, mention in enumerate(mentions):
        line = _crosshead_line(text, mention)
        if line is None:
            continue
        below = _entry_below(text, line[1]) if _ENTRY.match(text, line[0]) else _paragraph_below(text, line[1])
        if below is None:
            continue
        for other in itertools.islice(mentions, i + 1, None):
            if other.start >= below[1]:
                break
            if other.start >= below[0] and _restates(other, mention):
                dropped.add(i)
                break
    return [m for i, m in enumerate(mentions) if i not in dropped] if dropped else list(mentions)


def _crosshead_line(text: str, mention: TimeMention) -> tuple[int, int] | None:
    """The line holding the mention, when it is a crosshead: a live report's entry heading (the date after its
    clock time), or blank lines (or the text's edges) around it, a few words, no closing punctuation, a
    capital first and the date not first."""
    # Most dates stand in a paragraph's long line: looked for within a crosshead's reach only.
    start = text.rfind("\n", max(0, mention.start - _MAX_CHARS), mention.start) + 1
    if start == 0 and mention.start > _MAX_CHARS:
        return None
    end = text.find("\n", mention.end, mention.end + _MAX_CHARS)
    if end < 0:
        if len(text) - mention.end > _MAX_CHARS:
            return None
        end = len(text)
    line = text[start:end].strip()
    entry = _ENTRY.match(text, start)
    if entry is not None:
        return (start, end) if mention.start >= entry.end() else None  # a live report's entry heading
    if not line or len(line.split()) > _MAX_WORDS or line[-1] in _SENTENCE_END or not line[0].isupper():
        return None
    if text[start : mention.start].strip() == "":
        return None  # "13 December 2016 - Ceasefire announced": an entry of a dated list
    before = text[: max(0, start - 1)].rstrip(" \t")
    blank_before = before == "" or before.endswith("\n")
    blank_after = text[end : end + 1] == "" or text[end + 1 :].lstrip(" \t").startswith("\n")
    return (start, end) if blank_before and blank_after else None


def _entry_below(text: str, line_end: int) -> tuple[int, int] | None:
    """The body of a live report's entry: up to the next entry's heading (or at most `_ENTRY_PARAGRAPHS`
    paragraphs)."""
    start = _first_written(text, line_end)
    if start is None:
        return None
    end = start
    for _ in range(_ENTRY_PARAGRAPHS):
        cut = text.find("\n\n", end)
        if cut < 0:
            return start, len(text)
        end = cut
        while end < len(text) and text[end].isspace():
            end += 1
        if _ENTRY.match(text, end):
            return start, cut
    return start, end


def _paragraph_below(text: str, line_end: int) -> tuple[int, int] | None:
    """The span of the first paragraph after the line's blank line; None at the text's end."""
    start = _first_written(text, line_end)
    if start is None:
        return None
    end = text.find("\n\n", start)
    return start, len(text) if end < 0 else end


def _first_written(text: str, position: int) -> int | None:
    """The first character after `position` that is not white space; None when only white space is left."""
    while position < len(text) and text[position].isspace():
        position += 1
    return position if position < len(text) else None


def _restates(other: TimeMention, crosshead: TimeMention) -> bool:
    """The paragraph's mention tells the crosshead's time again: the two periods overlap, or the two are the same
    words ("Rebels seize Tarsa on Monday" over "seized the town on Monday"): a headline's present tense reads a
    past weekday as the coming one, so its period is no test of a relative date written again."""
    a, b = other.period, crosshead.period
    if a is None or b is None:
        return False
    return overlaps(a, b) or _words(other.text) == _words(crosshead.text)


# Words around a date that do not change which time it names ("on Monday", "Monday's").
_LINKS = re.compile(r"^(?:on|in|at|by|for|from|since|until)\s+|['\u2019]s$", re.IGNORECASE)


def _words(text: str) -> str:
    return " ".join(_LINKS.sub("", text.strip()).lower().split())
