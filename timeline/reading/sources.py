"""`sources.csv`: what is known of each document (title, outlet, url, published).

Columns: file,title,outlet,url,published; every column but `file` is
optional.  Reading never raises on bad content: each problem becomes a
message naming the file, the row and the problem, and the usable rows are
kept.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from timeline.core.errors import TimelineError
from timeline.reading.dateparser_adapter import DateParseError, parse_published

SOURCES_NAME = "sources.csv"


FIELDS: tuple[str, ...] = ("file", "title", "outlet", "url", "published")


class SourcesError(TimelineError):
    """sources.csv cannot be used at all (unreadable, or no `file` column)."""


@dataclass(frozen=True, slots=True)
class SourceRow:
    file: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Sources:
    path: str
    rows: Mapping[str, SourceRow] = field(default_factory=dict)
    problems: tuple[str, ...] = ()

    def get(self, doc: str) -> SourceRow | None:
        # Rows may name a file by its relative path or by its bare name.
        return self.rows.get(doc) or self.rows.get(Path(doc).name)


def read_sources(path: str | os.PathLike[str]) -> Sources:
    """Parse a sources.csv; raises SourcesError only when nothing in it is usable."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise SourcesError(f"{p}: cannot read ({exc.strerror or exc})") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    return parse_sources(text, str(p))


def parse_sources(text: str, name: str) -> Sources:
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    if "file" not in header:
        raise SourcesError(f"{name}: no 'file' column (expected columns: {','.join(FIELDS)})")
    reader.fieldnames = header
    problems: list[str] = []
    unknown = [h for h in header if h and h not in FIELDS]
    if unknown:
        problems.append(f"{name}: ignoring unknown column(s) {', '.join(unknown)}")
    rows: dict[str, SourceRow] = {}
    for line_no, record in enumerate(reader, start=2):
        row, problem = _row(record, f"{name} line {line_no}")
        if problem:
            problems.append(problem)
        if row is None:
            continue
        if row.file in rows:
            problems.append(f"{name} line {line_no}: duplicate row for {row.file!r}; the first one is used")
            continue
        rows[row.file] = row
    return Sources(name, rows, tuple(problems))


def _row(record: Mapping[str, str | None], where: str) -> tuple[SourceRow | None, str]:
    def cell(key: str) -> str:
        value = record.get(key)
        return value.strip() if isinstance(value, str) else ""

    file = cell("file")
    if not file:
        return None, f"{where}: empty 'file' cell; row ignored"
    published: dt.date | None = None
    problem = ""
    if cell("published"):
        try:
            published = parse_published(cell("published"))
        except DateParseError as exc:
            problem = f"{where}: unparseable published date for {file!r} ({exc}); treated as unknown"
    return SourceRow(file, cell("title"), cell("outlet"), cell("url"), published), problem
