"""The manifest: what became of every document of a store, in SQLite so that a batch is committed
in one transaction (its documents' rows and its batch row together, or none of them).

A document's row names the batch its rows are in.  A batch's Parquet files are written before its
rows are committed, so files without a committed batch are leftovers of an interrupted run (deleted
when the next run starts) and a committed batch always has its files: nothing is lost or counted twice.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path

from timeline.core.models import DocumentReport

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    meta TEXT NOT NULL,
    status TEXT NOT NULL,
    n_events INTEGER NOT NULL,
    batch INTEGER NOT NULL,
    message TEXT NOT NULL,
    title TEXT NOT NULL,
    outlet TEXT NOT NULL,
    url TEXT NOT NULL,
    published TEXT,
    published_basis TEXT NOT NULL,
    published_latest TEXT
);
CREATE INDEX IF NOT EXISTS documents_batch ON documents (batch);
CREATE TABLE IF NOT EXISTS batches (
    batch INTEGER PRIMARY KEY,
    -- documents written in the batch's files; more than those still pointing at it: stale rows to compact
    n_written INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


@dataclass(frozen=True, slots=True)
class Source:
    """A document's input as the manifest knows it: where, how large, when changed, what content."""

    doc: str
    path: str
    size: int
    mtime_ns: int
    sha256: str
    # A hash of the rest of what its extraction read (its sources.csv row, an analyst's date).
    meta: str


@dataclass(frozen=True, slots=True)
class Entry:
    source: Source
    report: DocumentReport
    batch: int


class Manifest:
    """The manifest of one store; every write is one transaction."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        if read_only:
            self._db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            return
        self._db = sqlite3.connect(path, isolation_level=None)
        # WAL: a reader (the dashboard) may query the manifest while a run commits batches.
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        self._db.close()

    def _transaction(self) -> AbstractContextManager[None]:
        return _transaction(self._db)

    # ------------------------------------------------------------------ reading

    def sources(self) -> dict[str, Source]:
        rows = self._db.execute("SELECT doc, path, size, mtime_ns, sha256, meta FROM documents")
        return {r[0]: Source(*r) for r in rows}

    def committed_batches(self) -> set[int]:
        return {r[0] for r in self._db.execute("SELECT batch FROM batches")}

    def live_documents(self) -> dict[int, set[str]]:
        """The documents each committed batch still holds (a re-extracted document moved to a newer one)."""
        live: dict[int, set[str]] = defaultdict(set)
        for doc, batch in self._db.execute("SELECT doc, batch FROM documents"):
            live[batch].add(doc)
        return dict(live)

    def stale_batches(self) -> list[int]:
        """Batches whose files hold rows of documents that have moved on (re-extracted or removed)."""
        rows = self._db.execute(
            "SELECT b.batch FROM batches b LEFT JOIN documents d ON d.batch = b.batch "
            "GROUP BY b.batch, b.n_written HAVING count(d.doc) < b.n_written ORDER BY b.batch"
        )
        return [r[0] for r in rows]

    def reports(self) -> list[DocumentReport]:
        rows = self._db.execute(
            "SELECT doc, title, outlet, url, published, published_basis, n_events, status, message, published_latest "
            "FROM documents ORDER BY doc"
        )
        return [
            DocumentReport(doc, title, outlet, url, _day(pub), basis, n, status, message, _day(latest))
            for doc, title, outlet, url, pub, basis, n, status, message, latest in rows
        ]

    def batch_of(self, doc: str) -> int | None:
        row = self._db.execute("SELECT batch FROM documents WHERE doc = ?", (doc,)).fetchone()
        return row[0] if row else None

    def count(self) -> int:
        return self._db.execute("SELECT count(*) FROM documents").fetchone()[0]

    def state(self, key: str, default: str = "") -> str:
        row = self._db.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def generation(self) -> int:
        """Incremented by every change of the documents' rows: what the grouped events must be rebuilt after."""
        return int(self.state("generation", "0"))

    # ------------------------------------------------------------------ writing

    def commit_batch(self, batch: int, n_written: int, entries: Sequence[Entry]) -> None:
        """A batch's documents (replacing their earlier rows) and the batch itself, in one transaction."""
        with self._transaction():
            self._db.execute("INSERT INTO batches (batch, n_written) VALUES (?, ?)", (batch, n_written))
            self._db.executemany(
                "INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [_row(e) for e in entries],
            )
            self._bump()

    def remove(self, docs: Iterable[str]) -> None:
        with self._transaction():
            self._db.executemany("DELETE FROM documents WHERE doc = ?", [(d,) for d in docs])
            self._bump()

    def touch(self, sources: Iterable[Source]) -> None:
        """New paths and modification times of documents whose content did not change (the next run trusts them)."""
        with self._transaction():
            self._db.executemany(
                "UPDATE documents SET path = ?, mtime_ns = ?, size = ? WHERE doc = ?",
                [(s.path, s.mtime_ns, s.size, s.doc) for s in sources],
            )

    def compacted(self, batch: int, n_written: int) -> None:
        """A batch's files were rewritten with `n_written` documents (0: the batch is gone)."""
        with self._transaction():
            if n_written:
                self._db.execute("UPDATE batches SET n_written = ? WHERE batch = ?", (n_written, batch))
            else:
                self._db.execute("DELETE FROM batches WHERE batch = ?", (batch,))

    def clear(self) -> None:
        with self._transaction():
            self._db.execute("DELETE FROM documents")
            self._db.execute("DELETE FROM batches")
            # The events no longer tell which batches they hold: the next regrouping is a full one.
            self._db.execute("DELETE FROM state WHERE key = 'events_upto'")
            self._bump()

    def set_state(self, key: str, value: str) -> None:
        with self._transaction():
            self._db.execute("INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)", (key, value))

    def _bump(self) -> None:
        self._db.execute(
            "INSERT INTO state (key, value) VALUES ('generation', '1') "
            "ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
        )


@contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception (the connection is in autocommit mode,
    where sqlite3's own context manager begins nothing)."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def _row(entry: Entry) -> tuple[object, ...]:
    s, r = entry.source, entry.report
    return (
        s.doc, s.path, s.size, s.mtime_ns, s.sha256, s.meta, r.status, r.n_events, entry.batch, r.message,
        r.title, r.outlet, r.url, _iso(r.published), r.published_basis, _iso(r.published_latest),
    )  # fmt: skip


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _day(iso: str | None) -> dt.date | None:
    return dt.date.fromisoformat(iso) if iso else None
