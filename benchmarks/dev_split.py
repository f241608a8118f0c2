"""The command line of a development set split in two halves (`te3_eval.py`, `phrase_eval.py`):
`--half dev|held-out|all` and `--show`, which is refused for the held-out half (scored, never inspected)."""

from __future__ import annotations

import sys

HALVES = ("dev", "held-out", "all")


def option(argv: list[str], name: str, default: str) -> str:
    for i, a in enumerate(argv):
        if a == name and i + 1 < len(argv):
            return argv[i + 1]
        if a.startswith(name + "="):
            return a.split("=", 1)[1]
    return default


def half_and_show(argv: list[str]) -> tuple[str, bool] | None:
    """The half asked for (dev unless told, so that a bare run never scores a blind half) and whether to show
    items; None (after a message on stderr) when refused."""
    show = "--show" in argv
    half = option(argv, "--half", "dev")
    if half not in HALVES:
        print(f"error: --half must be one of {', '.join(HALVES)}", file=sys.stderr)
        return None
    # `all` holds the held-out half too.
    if show and half != "dev":
        print("error: the held-out half is scored, never inspected (no --show)", file=sys.stderr)
        return None
    return half, show


def positional(argv: list[str]) -> list[str]:
    """The arguments that are neither options nor the value of --half."""
    skip = {i + 1 for i, a in enumerate(argv) if a == "--half"}
    return [a for i, a in enumerate(argv) if not a.startswith("--") and i not in skip]
