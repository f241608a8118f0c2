"""`sources.csv`: what is known of each document (title, outlet, url, published).

Columns: file,title,outlet,url,published; every column but `file` is
optional.  Reading never raises on bad content: each problem becomes a
message naming the file, the row and the problem, and the usable rows are
kept.  Writing (the dashboard's date correction) is atomic and merges with
whatever another session wrote in the meantime.
"""

from __future__ import annotations

import csv
import datetime as dt
import fcntl
import hashlib
import io
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from timeline.reading.dateparser_adapter import DateParseError, parse_date

SOURCES_NAME = "sources.csv"
FIELDS: tuple[str, ...] = ("file", "title", "outlet", "url", "published")


class SourcesError(Exception):
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
            published = parse_date(cell("published"))
        except DateParseError as exc:
            problem = f"{where}: unparseable published date for {file!r} ({exc}); treated as unknown"
    return SourceRow(file, cell("title"), cell("outlet"), cell("url"), published), problem


def set_published(folder: str | os.PathLike[str], doc: str, published: dt.date | None) -> Path:
    """Record an analyst's publication date for `doc` in the folder's sources.csv.

    Re-reads the file just before writing, so a row another session changed
    meanwhile is kept; writes a temporary file and renames it over the old
    one, so a reader never sees half a file.
    """
    path = Path(folder) / SOURCES_NAME
    # One writer at a time: another session's read-modify-write waits instead of being overwritten.
    # The lock file lives in the temporary folder, so the corpus folder holds only documents.
    key = hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:16]
    with open(Path(tempfile.gettempdir()) / f"timeline-sources-{key}.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            return _set_published_locked(path, doc, published)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _set_published_locked(path: Path, doc: str, published: dt.date | None) -> Path:
    records: list[dict[str, str]] = []
    header: list[str] = list(FIELDS)
    if path.exists():
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            if reader.fieldnames:
                header = [h.strip().lower() for h in reader.fieldnames]
                reader.fieldnames = header
            records = [{k: (v or "") for k, v in r.items() if k is not None} for r in reader]
        if "file" not in header:
            raise SourcesError(f"{path}: no 'file' column; not overwriting it")
    for name in FIELDS:
        if name not in header:
            header.append(name)
    value = published.isoformat() if published else ""
    matches = [r for r in records if r.get("file", "").strip() in (doc, Path(doc).name)]
    if matches:
        for r in matches:
            r["published"] = value
    else:
        records.append({"file": doc, "published": value})
    _atomic_write_csv(path, header, records)
    return path


def _atomic_write_csv(path: Path, header: list[str], records: list[dict[str, str]]) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".sources-", suffix=".csv", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=header, extrasaction="ignore")
            writer.writeheader()
            for r in records:
                writer.writerow({k: r.get(k, "") for k in header})
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
