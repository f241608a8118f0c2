"""An analyst's corrections of a document's publication date, written into the corpus's sources.csv.

Writing is atomic and merges with whatever another session wrote in the meantime.
"""

from __future__ import annotations

import csv
import datetime as dt
import fcntl
import hashlib
import os
import tempfile
from pathlib import Path

from timeline.reading.sources import FIELDS, SOURCES_NAME, SourcesError


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
