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
from dataclasses import dataclass
from pathlib import Path

from timeline.core.data import builtin
from timeline.core.errors import DataFileError

BUILTIN_DEBRIS = builtin("debris.txt")
# A line introducing a list of links: it and the short lines under it are debris.
_LIST_HEADING = re.compile(
    r"(?i)^(?:related|read more|read also|more on this|see also|also read|recommended|trending|most read|most viewed|"
    r"popular|more stories|latest|top stories|you may also like|read next|further reading|editor'?s picks?)"
    r"(?:\s+(?:articles|stories|news|content|coverage|reading|videos|for you|now|posts|topics))?\s*:?$"
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
    return Debris(re.compile(r"^(?:" + body + r")$", re.IGNORECASE), tuple(map(str, files)))


_BUILTIN: list[Debris] = []


def builtin_debris() -> Debris:
    """The built-in patterns alone, built on first use (a convenience default; a run passes its Config's)."""
    if not _BUILTIN:
        _BUILTIN.append(load_debris())
    return _BUILTIN[0]


def is_debris_line(line: str, debris: Debris) -> bool:
    line = line.strip()
    # Debris is short: a long line is a paragraph, whatever words it contains.
    return len(line) <= _MAX_DEBRIS_LINE and bool(debris.pattern.match(line))


def _is_list_item(line: str) -> bool:
    return len(line.split(maxsplit=16)) <= 16 and line[-1:] not in '.!?"”'


def is_debris_at(text: str, position: int, debris: Debris) -> bool:
    """Whether the line holding `position` is debris, or an item of a link list under a "Related" heading."""
    window = max(0, position - _PARAGRAPH_LINE - 1)
    start = text.rfind("\n", window, position) + 1
    if start == 0 and window > 0:
        return False
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
