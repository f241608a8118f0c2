"""`sources.csv`: what is known of each document (title, outlet, url, published).

Columns: file,title,outlet,url,published,date_order; every column but `file`
is optional.  `date_order` (DMY or MDY) declares how the document writes an
all-numeric date such as 4/3/2019; left empty, such a date is left unresolved
unless the run declares an order (`--date-order`).  Reading never raises on bad content: each problem becomes a
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


FIELDS: tuple[str, ...] = ("file", "title", "outlet", "url", "published", "date_order")
DATE_ORDERS: tuple[str, ...] = ("DMY", "MDY")


class SourcesError(TimelineError):
    """sources.csv cannot be used at all (unreadable, or no `file` column)."""


@dataclass(frozen=True, slots=True)
class SourceRow:
    file: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: dt.date | None = None
    # "DMY" or "MDY": the order of the document's all-numeric dates; None: not declared.
    date_order: str | None = None


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
    return sources_from_bytes(raw, str(p))


def sources_from_bytes(raw: bytes, name: str) -> Sources:
    """A sources.csv's bytes, decoded as documents are; raises SourcesError only when nothing is usable."""
    from timeline.core.errors import DocumentError
    from timeline.reading.decoding import decode_table

    try:
        text, encoding = decode_table(raw)
    except DocumentError as exc:
        raise SourcesError(f"{name}: {exc}") from exc
    table = parse_sources(text, name)
    if encoding not in ("utf-8", "ascii"):
        table = Sources(table.path, table.rows, (f"{name}: not UTF-8, read as {encoding}", *table.problems))
    return table


# A cell may be this long (csv's own default limit is 131,072 characters); a longer one is a problem.
MAX_CELL = 1_000_000


def parse_sources(text: str, name: str) -> Sources:
    """Every csv-level problem (an overlong cell, an unclosed quote, more cells than the header,
    a repeated column) becomes a message naming the line; the usable rows are kept."""
    # Old Mac files end lines with CR alone; csv reads only LF or CRLF as a line end outside quotes.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    problems: list[str] = []
    previous_limit = csv.field_size_limit()
    csv.field_size_limit(MAX_CELL)
    try:
        records = _records(text, name, problems)
    finally:
        csv.field_size_limit(previous_limit)
    if not records:
        raise SourcesError(f"{name}: empty, no 'file' column (expected columns: {','.join(FIELDS)})")
    header_cells = records[0][1]
    header = [h.strip().lower() for h in header_cells]
    if "file" not in header:
        raise SourcesError(f"{name}: no 'file' column (expected columns: {','.join(FIELDS)})")
    columns: dict[str, int] = {}
    for index, column in enumerate(header):
        if column in columns:
            problems.append(f"{name}: column {column!r} appears more than once; the first one is used")
        else:
            columns.setdefault(column, index)
    unknown = [h for h in columns if h and h not in FIELDS]
    if unknown:
        problems.append(f"{name}: ignoring unknown column(s) {', '.join(unknown)}")
    rows: dict[str, SourceRow] = {}
    for line_no, cells in records[1:]:
        if not any(c.strip() for c in cells):
            continue
        where = f"{name} line {line_no}"
        if len(cells) > len(header):
            problems.append(f"{where}: {len(cells)} cells but the header has {len(header)}; extra cells ignored")
        record = {column: cells[index] for column, index in columns.items() if index < len(cells)}
        row, problem = _row(record, where)
        if problem:
            problems.append(problem)
        if row is None:
            continue
        if row.file in rows:
            problems.append(f"{where}: duplicate row for {row.file!r}; the first one is used")
            continue
        rows[row.file] = row
    return Sources(name, rows, tuple(problems))


def _records(text: str, name: str, problems: list[str]) -> list[tuple[int, list[str]]]:
    """(first line number, cells) of every record csv can read; the others become problems."""
    reader = csv.reader(io.StringIO(text, newline=""))
    records: list[tuple[int, list[str]]] = []
    n_lines = text.count("\n") + (not text.endswith("\n"))
    while True:
        first_line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(f"{name} line {first_line}: {exc}; row ignored")
            if reader.line_num < first_line:  # nothing consumed: stop rather than loop
                break
            continue
        last_line = reader.line_num
        if last_line > first_line and last_line >= n_lines and any("\n" in c for c in cells) and records:
            problems.append(
                f"{name} line {first_line}: a quote opened here is never closed, so lines {first_line}-{last_line} "
                "would be one cell; row ignored"
            )
            continue
        records.append((first_line, cells))
    return records


def _row(record: Mapping[str, str | None], where: str) -> tuple[SourceRow | None, str]:
    def cell(key: str) -> str:
        value = record.get(key)
        return value.strip() if isinstance(value, str) else ""

    file = cell("file")
    if not file:
        return None, f"{where}: empty 'file' cell; row ignored"
    published: dt.date | None = None
    problems: list[str] = []
    if cell("published"):
        try:
            published = parse_published(cell("published"))
        except DateParseError as exc:
            problems.append(f"{where}: unparseable published date for {file!r} ({exc}); treated as unknown")
    order: str | None = cell("date_order").upper() or None
    if order is not None and order not in DATE_ORDERS:
        problems.append(
            f"{where}: date_order {cell('date_order')!r} for {file!r} is not one of {', '.join(DATE_ORDERS)};"
            " its numeric dates follow the run's order"
        )
        order = None
    row = SourceRow(file, cell("title"), cell("outlet"), cell("url"), published, order)
    return row, "; ".join(problems)
