"""A regex read backwards: a quick test that a prefix search cannot succeed.

A pattern's prefix is searched for across a window before its anchor (`patterns._extent`): the engine tries
it at every position of the window, some 90 for a prefix of unbounded width, which is dear when it fails.
`backwards` writes a regex whose single `match` at the start of the window's reversed text succeeds
whenever the forward search would find a match ending at the window's end: every piece is reversed and the
pieces are written in reverse order; word boundaries (`\\b`, `\\B`), which look at the characters on both
sides, are kept; other assertions (look-arounds, `\\Z`) are dropped, which can only make it match more.  So
when it fails the forward search fails too and need not run; when it matches the forward search runs as
before.  A regex using back-references, conditionals or possessive forms gets no reversal (None).
"""

from __future__ import annotations

import re
from re import _constants as sre
from re import _parser as sre_parse

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
_FLAGS = {sre.SRE_FLAG_IGNORECASE: "i", sre.SRE_FLAG_MULTILINE: "m", sre.SRE_FLAG_DOTALL: "s"}
_KEPT_ASSERTIONS = {sre.AT_BOUNDARY: r"\b", sre.AT_NON_BOUNDARY: r"\B"}


class _Unsupported(Exception):
    pass


def backwards(pattern: str) -> re.Pattern[str] | None:
    """The backwards reading of `pattern` (see the module), or None when it uses a form not reversed."""
    try:
        parsed = sre_parse.parse(pattern)
        flags = _flags(parsed.state.flags & ~sre.SRE_FLAG_UNICODE)
        body = _reversed(parsed)
        return re.compile(f"(?{flags}:{body})" if flags else body)
    except _Unsupported:
        return None


def _reversed(items: sre_parse.SubPattern | list) -> str:
    return "".join(_item(op, av) for op, av in reversed(list(items)))


def _flags(flags: int) -> str:
    if flags & ~sum(_FLAGS):
        raise _Unsupported(flags)
    return "".join(letter for bit, letter in _FLAGS.items() if flags & bit)


def _item(op: object, av: object) -> str:
    if op is sre.LITERAL:
        return re.escape(chr(av))
    if op is sre.NOT_LITERAL:
        return f"[^{re.escape(chr(av))}]"
    if op is sre.ANY:
        return "."
    if op is sre.IN:
        return "[" + "".join(_class_item(o, a) for o, a in av) + "]"
    if op is sre.BRANCH:
        return "(?:" + "|".join(_reversed(branch) for branch in av[1]) + ")"
    if op is sre.SUBPATTERN:
        _group, add, remove, body = av
        on, off = _flags(add), _flags(remove)
        return f"(?{on}{'-' + off if off else ''}:{_reversed(body)})"
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, high, body = av
        return "(?:" + _reversed(body) + "){" + f"{low}," + ("" if high is sre.MAXREPEAT else str(high)) + "}"
    if op is sre.AT:
        return _KEPT_ASSERTIONS.get(av, "")
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return ""
    raise _Unsupported(op)


def _class_item(op: object, av: object) -> str:
    if op is sre.NEGATE:
        return "^"
    if op is sre.LITERAL:
        return re.escape(chr(av))
    if op is sre.RANGE:
        low, high = av
        return f"{re.escape(chr(low))}-{re.escape(chr(high))}"
    if op is sre.CATEGORY:
        return _CATEGORIES[av]
    raise _Unsupported(op)
