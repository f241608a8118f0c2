"""Page debris: navigation, share buttons, "Related" lists, copyright lines.

Texts copied from web pages carry lines that are not the article.  They
yield no events.  The patterns live in `data/debris.txt` (one regular
expression per line, matched case-insensitively against a whole stripped
line); a user adds their own file with `load_patterns(extra)`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from pathlib import Path

from timeline.core.data import builtin

_DATA = builtin("debris.txt")
# A line introducing a list of links: it and the short lines under it are debris.
_LIST_HEADING = re.compile(
    r"(?i)^(?:related(?:\s+(?:articles|stories|news|content|coverage))?|read more|"
    r"more on this|see also|also read|recommended|trending|most read|popular)\s*:?$"
)


@functools.cache
def _compiled(extra: tuple[str, ...] = ()) -> re.Pattern[str]:
    patterns: list[str] = []
    for path in (_DATA, *map(Path, extra)):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                patterns.append(f"(?:{line})")
    return re.compile(r"^(?:" + "|".join(patterns) + r")$", re.IGNORECASE)


def load_patterns(extra: Sequence[str] = ()) -> re.Pattern[str]:
    return _compiled(tuple(extra))


_MAX_DEBRIS_LINE = 160


def is_debris_line(line: str) -> bool:
    line = line.strip()
    # Debris is short: a long line is a paragraph, whatever words it contains.
    return len(line) <= _MAX_DEBRIS_LINE and bool(load_patterns().match(line))


def _is_list_item(line: str) -> bool:
    return len(line.split()) <= 16 and line[-1:] not in '.!?"”'


def is_debris_at(text: str, position: int) -> bool:
    """Whether the line holding `position` is debris, or an item of a link list under a "Related" heading."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    line = text[start : end if end >= 0 else len(text)].strip()
    if is_debris_line(line) or _LIST_HEADING.match(line):
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


def debris_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of debris lines (and of link lists under a "Related"/"Read more" heading):
    every non-blank line for which `is_debris_at` holds."""
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip() and is_debris_at(text, start):
            spans.append((start, end))
        start = end + 1
    return spans
