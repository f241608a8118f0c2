"""English rule files: the word lists and tables of actor matching and titles, each with its examples.

A rule file (``timeline/data/*.txt``) holds one entry a line: a word or phrase, or for a table
comma-separated cells.  Lines starting with ``#`` are comments, except ``# EXAMPLE: <text> => <expected>``
lines, which say what the rule does to a text; the tests run every example, so a rule and the evidence
for it are kept and changed together (HeidelTime's rule files do the same).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from timeline.core.errors import DataFileError

EXAMPLE_PREFIX = "# EXAMPLE:"
EXAMPLE_ARROW = " => "


@dataclass(frozen=True, slots=True)
class Example:
    """A text and what the rule makes of it: a title, or the '; '-joined canonical names of its actors."""

    text: str
    expected: str
    source: str  # "path:line", for a failing test's message


@dataclass(frozen=True, slots=True)
class RuleFile:
    path: str
    rows: tuple[tuple[str, ...], ...]  # the entries in file order, each as its cells
    examples: tuple[Example, ...]

    def words(self) -> tuple[str, ...]:
        """The first cell of every entry: the list of a one-column file."""
        return tuple(row[0] for row in self.rows)


def read_rule_file(path: str | os.PathLike[str], columns: int = 1) -> RuleFile:
    """The entries (each of exactly `columns` non-empty cells) and examples of a rule file.

    Raises DataFileError naming the file, and the line for a malformed entry or example.
    """
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"{path}: cannot read rule file ({exc})") from exc
    rows: list[tuple[str, ...]] = []
    examples: list[Example] = []
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if line.startswith(EXAMPLE_PREFIX):
            text, arrow, expected = line[len(EXAMPLE_PREFIX) :].partition(EXAMPLE_ARROW)
            if not arrow or not text.strip():
                form = f"{EXAMPLE_PREFIX} <text>{EXAMPLE_ARROW}<expected>"
                raise DataFileError(f"{path}:{number}: an example is written '{form}'")
            examples.append(Example(text.strip(), expected.strip(), f"{path}:{number}"))
            continue
        if not line or line.startswith("#"):
            continue
        cells = tuple(cell.strip() for cell in line.split(",")) if columns > 1 else (line,)
        if len(cells) != columns or not all(cells):
            raise DataFileError(f"{path}:{number}: expected {columns} non-empty comma-separated value(s)")
        rows.append(cells)
    return RuleFile(str(path), tuple(rows), tuple(examples))
