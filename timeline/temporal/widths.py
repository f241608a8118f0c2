"""How long a match of a prefix regex can be, so that it is searched for in a window no longer.

A pattern's prefix ("in early", "the 8th of") is searched for in the characters before its anchor, ending
right at it.  Searching a window of ninety characters tries the regex at each of them; a prefix of a few
words cannot be that long unless white space runs long.  `prefix_width` reads the regex (with the
standard library's own parser) and returns `(fixed, runs)`: a match is at most `fixed` characters plus,
for each of its `runs` unbounded runs of white space or hyphens (`\\s+`, `[\\s-]*`), the length of that
run.  A regex with another unbounded repeat (`(?:for\\s+)+`, `\\d+`) has no such bound: None.
"""

from __future__ import annotations

import re
from typing import Any

try:  # the standard library's regex parser: private, so its absence only costs speed
    from re import _constants as sre_constants
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - another Python
    sre_parse = None  # type: ignore[assignment]

# The characters a counted run may hold: any white space and the hyphen.
RUN_CLASS = re.compile(r"[\s-]")


def prefix_width(pattern: str) -> tuple[int, int] | None:
    """(fixed width, number of unbounded white-space runs) of every match of `pattern`, or None."""
    if sre_parse is None:
        return None
    try:
        return _width(sre_parse.parse(pattern).data)
    except (_Unbounded, re.error, AttributeError, TypeError, ValueError):
        return None


class _Unbounded(Exception):
    pass


def _width(items: Any) -> tuple[int, int]:
    fixed = runs = 0
    for op, av in items:
        if op in (sre_constants.LITERAL, sre_constants.NOT_LITERAL, sre_constants.ANY, sre_constants.IN):
            fixed += 1
        elif op in (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            continue  # zero width (a look-behind reads before the match, not into it)
        elif op is sre_constants.SUBPATTERN:
            f, r = _width(av[3].data)
            fixed, runs = fixed + f, runs + r
        elif op is sre_constants.ATOMIC_GROUP:
            f, r = _width(av.data)
            fixed, runs = fixed + f, runs + r
        elif op is sre_constants.BRANCH:
            widths = [_width(branch.data) for branch in av[1]]
            fixed += max(f for f, _ in widths)
            runs += max(r for _, r in widths)
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
            _low, high, item = av
            if high is sre_constants.MAXREPEAT or high >= sre_constants.MAXREPEAT:
                if not _is_run(item.data):
                    raise _Unbounded
                runs += 1
            else:
                f, r = _width(item.data)
                fixed, runs = fixed + high * f, runs + high * r
        else:
            raise _Unbounded  # a group reference, a conditional: not bounded here
    return fixed, runs


def _is_run(items: Any) -> bool:
    """The repeated item is one character of white space or a hyphen."""
    if len(items) != 1:
        return False
    op, av = items[0]
    if op is sre_constants.LITERAL:
        return RUN_CLASS.fullmatch(chr(av)) is not None
    if op is not sre_constants.IN:
        return False
    for kind, value in av:
        if kind is sre_constants.CATEGORY and value is sre_constants.CATEGORY_SPACE:
            continue
        if kind is sre_constants.LITERAL and RUN_CLASS.fullmatch(chr(value)):
            continue
        return False
    return True
