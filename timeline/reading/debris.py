"""Page debris: navigation, share buttons, "Related" lists, copyright lines.

Texts copied from web pages carry lines that are not the article.  They
yield no events.  The patterns live in `data/debris.txt` (one regular
expression per line, matched case-insensitively against a whole stripped
line); a user adds files of their own (`load_debris(path)`, the CLI's
`--debris FILE`).
"""

from __future__ import annotations

import os
import re
import re._constants as sre
import re._parser as sre_parse
from dataclasses import dataclass
from pathlib import Path

from timeline.core.data import builtin
from timeline.core.errors import DataFileError

BUILTIN_DEBRIS = builtin("debris.txt")
# A line introducing a list of links: it and the short lines under it are debris.
_LIST_HEADING = re.compile(
    r"(?i)^(?:related|read more|read also|more on this|see also|also read|recommended|trending|most read|most viewed|"
    r"popular|more stories|latest|top stories|you may also like|read next|further reading|editor'?s picks?)"
    r"(?:\s+(?:articles|stories|story|news|content|coverage|reading|videos|for you|now|posts|topics|publications|"
    r"reports|links|analysis))?\s*:?$"
)
_MAX_DEBRIS_LINE = 160
# A line this long is running text whatever it holds (neither debris, a heading nor a list item); judged
# without copying it, so a long line with many dates costs linear time.
_PARAGRAPH_LINE = 4096


@dataclass(frozen=True, slots=True, eq=False)
class Debris:
    """The debris patterns of the built-in file and the user's, as one whole-line pattern."""

    pattern: re.Pattern[str]
    sources: tuple[str, ...]
    # The same patterns for a line where case-insensitive matching of ASCII words is lower-case matching
    # (`is_debris_line`): the one pattern tries ".*\bjoin now\b.*" and the like at every position of every line.  A
    # pattern that opens with a long repeat comes with the words (lower case) one of which a line must hold
    # for it to match, and is tried only on such a line (`gated`); the others, which fail at a line's first
    # characters, are joined in `quick`.  Both empty when a pattern refers to a group (the one pattern
    # numbers groups across lines, and only it reads such a pattern as written).
    gated: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = ()
    quick: re.Pattern[str] | None = None


def load_debris(*paths: str | os.PathLike[str], builtin: bool = True) -> Debris:
    """Debris patterns of the built-in file (unless `builtin=False`) and `paths`, in that order.

    Raises DataFileError naming the file (and line) when a file cannot be read or a line is not a
    regular expression.
    """
    files = [*((BUILTIN_DEBRIS,) if builtin else ()), *map(Path, paths)]
    patterns: list[str] = []
    for path in files:
        try:
            lines = path.read_text(encoding="utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise DataFileError(f"{path}: cannot read debris patterns ({exc})") from exc
        for number, line in enumerate(lines, start=1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                re.compile(line)
            except re.error as exc:
                raise DataFileError(f"{path}:{number}: not a regular expression ({exc})") from exc
            patterns.append(f"(?:{line})")
    body = "|".join(patterns) or "(?!)"
    whole = re.compile(r"^(?:" + body + r")$", re.IGNORECASE)
    required = [_required_words(p) for p in patterns]
    if any(words is None for words in required):
        return Debris(whole, tuple(map(str, files)))
    gated = tuple((re.compile(rf"^(?:{p})$", re.IGNORECASE), w) for p, w in zip(patterns, required, strict=True) if w)
    rest = [p for p, words in zip(patterns, required, strict=True) if not words]
    quick = re.compile(r"^(?:" + "|".join(rest) + r")$", re.IGNORECASE) if rest else None
    return Debris(whole, tuple(map(str, files)), gated, quick)


# Where a parsed pattern goes on: a group's, a repeat's and a branch's items.
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_REFERENCES = (sre.GROUPREF, sre.GROUPREF_EXISTS, sre.GROUPREF_IGNORE, sre.GROUPREF_LOC_IGNORE, sre.GROUPREF_UNI_IGNORE)


def _required_words(pattern: str) -> tuple[str, ...] | None:
    """Lower-case ASCII strings one of which every match of `pattern` holds, for a pattern that opens with a
    repeat (empty: none found, or another pattern); None when the pattern refers to a group, which only the
    one joined pattern reads as written."""
    try:
        parsed = sre_parse.parse(pattern, re.IGNORECASE)
        words = _words_of(parsed)
    except _GroupReference:
        return None
    # Only worth a test before a pattern that opens with a long repeat (".*", "[^.]{0,40}"): the engine tries
    # it at every position; the others are ruled out at a line's first characters.
    opens_long = len(parsed) and parsed[0][0] in _REPEATS and parsed[0][1][1] > 1
    return words if opens_long else ()


class _GroupReference(Exception):
    pass


def _words_of(items: sre_parse.SubPattern | list) -> tuple[str, ...]:  # type: ignore[type-arg]
    """The best requirement of a sequence of parsed items: the longest run of literals, or the alternatives of
    a branch or group every match goes through, whichever has the longer shortest string."""
    best: tuple[str, ...] = ()
    run: list[str] = []
    for op, arg in (*items, (None, None)):
        if op is sre.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            best = _better(best, ("".join(run).lower(),))
            run = []
        if op in _REFERENCES:
            raise _GroupReference
        if op is sre.SUBPATTERN or op is sre.ATOMIC_GROUP:
            best = _better(best, _words_of(arg[-1] if op is sre.SUBPATTERN else arg))
        elif op in _REPEATS:
            inner = _words_of(arg[2])
            best = _better(best, inner) if arg[0] >= 1 else best
        elif op is sre.BRANCH:
            options = [_words_of(branch) for branch in arg[1]]
            if all(options):
                best = _better(best, tuple(sorted({w for option in options for w in option})))
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            _words_of(arg[1])  # only for the group references inside
    return best


def _better(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    """Of two requirements, the one whose shortest string is longer (a line holds it less often); a string
    with a letter not ASCII may match other letters case-insensitively (the Kelvin sign a "k"): no requirement."""
    if not b or not all(w.isascii() for w in b):
        return a
    return b if not a or min(map(len, b)) > min(map(len, a)) else a


_BUILTIN: list[Debris] = []


def builtin_debris() -> Debris:
    """The built-in patterns alone, built on first use (a convenience default; a run passes its Config's)."""
    if not _BUILTIN:
        _BUILTIN.append(load_debris())
    return _BUILTIN[0]


# The only characters that match an ASCII letter case-insensitively (re.IGNORECASE) but are not that letter
# in `str.lower()` ("İ" lowers to two characters, "ı" and "ſ" stay): in a line without them, the lower-case
# line holds every ASCII word a match holds.  (The Kelvin sign lowers to "k"; it is listed to be safe.)
_ODD_CASES = re.compile("[\u0130\u0131\u017f\u212a]")


def is_debris_line(line: str, debris: Debris) -> bool:
    line = line.strip()
    # Debris is short: a long line is a paragraph, whatever words it contains.
    if len(line) > _MAX_DEBRIS_LINE:
        return False
    if (debris.gated or debris.quick is not None) and (line.isascii() or _ODD_CASES.search(line) is None):
        # A line without any required word of a gated pattern cannot match it; the one pattern matches
        # where the quick ones or a gated one does.
        if debris.quick is not None and debris.quick.match(line) is not None:
            return True
        lowered = line.lower()
        for pattern, words in debris.gated:
            for word in words:
                if word in lowered:
                    if pattern.match(line) is not None:
                        return True
                    break
        return False
    return bool(debris.pattern.match(line))


def _is_list_item(line: str) -> bool:
    return len(line.split(maxsplit=16)) <= 16 and line[-1:] not in '.!?"”'


def is_debris_at(text: str, position: int, debris: Debris, lines: dict[int, bool] | None = None) -> bool:
    """Whether the line holding `position` is debris, or an item of a link list under a "Related" heading.

    `lines` (a dict the caller keeps for one text) holds the verdicts given so far by the line's start: the
    verdict is the line's, whichever of its positions asks (a line longer than `_PARAGRAPH_LINE` is never
    debris), so a line holding several dates is judged once."""
    window = max(0, position - _PARAGRAPH_LINE - 1)
    start = text.rfind("\n", window, position) + 1
    if start == 0 and window > 0:
        return False
    if lines is None:
        return _is_debris_line_at(text, position, start, debris)
    verdict = lines.get(start)
    if verdict is None:
        verdict = lines[start] = _is_debris_line_at(text, position, start, debris)
    return verdict


def _is_debris_line_at(text: str, position: int, start: int, debris: Debris) -> bool:
    end = text.find("\n", position, position + _PARAGRAPH_LINE + 1)
    end = end if end >= 0 else min(len(text), position + _PARAGRAPH_LINE + 1)
    if end - start > _PARAGRAPH_LINE:
        return False
    line = text[start:end].strip()
    if is_debris_line(line, debris) or _LIST_HEADING.match(line):
        return True
    if not _is_list_item(line):
        return False
    for _ in range(8):  # walk up over the list's other items to its heading
        if start == 0:
            return False
        prev_start = text.rfind("\n", 0, start - 1) + 1
        prev = text[prev_start : start - 1].strip()
        start = prev_start
        if not prev:
            continue
        if _LIST_HEADING.match(prev):
            return True
        if not _is_list_item(prev):
            return False
    return False


def debris_spans(text: str, debris: Debris) -> list[tuple[int, int]]:
    """Character spans of debris lines (and of link lists under a "Related"/"Read more" heading):
    every non-blank line for which `is_debris_at` holds."""
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip() and is_debris_at(text, start, debris):
            spans.append((start, end))
        start = end + 1
    return spans
