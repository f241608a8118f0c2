"""Writing a store: plan what to extract, commit each extracted batch as it comes, then rebuild the
grouped events.  Any stream of batches can be committed (the process pool's, a Dask cluster's).

    with StoreWriter.open(store, fingerprint) as writer:
        plan = writer.plan(items, roots, meta)       # unchanged documents are skipped
        for batch in extracted(plan.todo):
            writer.commit(batch)                     # Parquet files, then one manifest transaction
        writer.finish()                              # compaction, then regrouping

Crash safety: a batch's files are written under temporary names and renamed, then its manifest rows
are committed in one transaction.  A kill before the commit leaves files no committed batch owns;
`open` deletes them, and the documents they held are extracted again (they are not in the manifest).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from filelock import FileLock, Timeout

from timeline.core.models import Document, DocumentReport
from timeline.reading.files import InputFile
from timeline.store.fingerprint import file_sha256, metadata_key
from timeline.store.layout import FORMAT_VERSION, TMP_PREFIX, Layout, StoreError, batch_dir
from timeline.store.manifest import Entry, Manifest, Source
from timeline.store.tables import documents_table, rows_table

if TYPE_CHECKING:
    from timeline.store.regroup import Finish

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Extracted:
    """One batch of extraction's results: a report for each document, the readable documents, their rows."""

    reports: tuple[DocumentReport, ...]
    documents: tuple[Document, ...]
    # The ungrouped rows, as the Arrow table a batch travels in (`timeline.core.frame.table_from_rows`).
    rows: pa.Table


@dataclass(frozen=True, slots=True)
class Plan:
    """What a run must do: extract `todo`; `removed` documents are already dropped from the manifest."""

    todo: tuple[InputFile, ...]
    new: int
    changed: int
    unchanged: int
    removed: tuple[str, ...]
    # The store was built with other data files or options: everything is extracted again.
    reset: bool
    problems: tuple[str, ...] = ()


class StoreWriter:
    """The one writer of a store (a lock file keeps a second run out)."""

    def __init__(self, layout: Layout, manifest: Manifest, lock: FileLock, reset: bool) -> None:
        self.layout = layout
        self.manifest = manifest
        self._lock = lock
        self._reset = reset
        self._pending: dict[str, Source] = {}
        on_disk = set(layout.batches_on_disk(layout.mentions)) | set(layout.batches_on_disk(layout.documents))
        # Batch ids only grow, even past batches compacted away: the events hold the batches up to `events_upto`.
        built = int(manifest.state("events_upto") or 0)
        self._next_batch = max(on_disk | manifest.committed_batches() | {0, built}) + 1

    @classmethod
    def open(cls, store: str | os.PathLike[str], fingerprint: str) -> StoreWriter:
        """Open (or create) a store, delete what an interrupted run left, and empty it when
        `fingerprint` (see `fingerprint.config_fingerprint`) differs from the one it was built with."""
        layout = Layout.of(store)
        if layout.root.exists() and not layout.root.is_dir():
            raise StoreError(f"{layout.root}: not a folder")
        if layout.root.is_dir() and not layout.meta.is_file() and any(p != layout.lock for p in layout.root.iterdir()):
            raise StoreError(f"{layout.root}: a folder that is not an event store (no store.json); give a new folder")
        layout.root.mkdir(parents=True, exist_ok=True)
        lock = FileLock(layout.lock)
        try:
            lock.acquire(timeout=0)
        except Timeout as exc:
            raise StoreError(f"{layout.root}: another run is writing this store") from exc
        try:
            meta = _read_meta(layout)
            manifest = Manifest(layout.manifest)
            _delete_leftovers(layout, manifest)
            reset = bool(meta) and meta.get("fingerprint") != fingerprint
            if reset:
                manifest.clear()
                _delete_leftovers(layout, manifest)
            if reset or not meta:
                _write_json(layout.meta, {"format": FORMAT_VERSION, "fingerprint": fingerprint})
        except BaseException:
            lock.release()
            raise
        return cls(layout, manifest, lock, reset)

    def close(self) -> None:
        self.manifest.close()
        self._lock.release()

    def __enter__(self) -> StoreWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    # ------------------------------------------------------------------ planning

    def plan(
        self, items: Sequence[InputFile], roots: Sequence[str | os.PathLike[str]], meta: Callable[[str], str]
    ) -> Plan:
        """Which of `items` to extract: new ones, changed ones (content or `meta(doc)`), unreadable ones.

        Size and modification time equal to the manifest's is taken as unchanged without reading the
        file (as make and rsync do); otherwise its SHA-256 decides.  Stored documents under a folder of
        `roots` (or equal to a file of `roots`) that `items` no longer has are removed from the store.
        """
        known = self.manifest.sources()
        todo: list[InputFile] = []
        touched: list[Source] = []
        seen: set[str] = set()
        problems: list[str] = []
        new = changed = unchanged = 0
        for item in items:
            if item.doc in seen:
                problems.append(f"{item.path}: another document has the name {item.doc!r}; only the first is stored")
                continue
            seen.add(item.doc)
            source = _source(item, meta(item.doc))
            before = known.get(item.doc)
            if before is not None and _same(before, source):
                unchanged += 1
                continue
            if source.sha256 == "" and source.size >= 0:
                source = Source(source.doc, source.path, source.size, source.mtime_ns, _sha256(item), source.meta)
                if before is not None and before.sha256 == source.sha256 and before.meta == source.meta:
                    unchanged += 1
                    touched.append(source)
                    continue
            todo.append(item)
            self._pending[item.doc] = source
            new, changed = (new + 1, changed) if before is None else (new, changed + 1)
        if touched:
            self.manifest.touch(touched)
        removed = tuple(sorted(doc for doc, s in known.items() if doc not in seen and _under(s.path, roots)))
        if removed:
            self.manifest.remove(removed)
        return Plan(tuple(todo), new, changed, unchanged, removed, self._reset, tuple(problems))

    # ------------------------------------------------------------------ committing

    def commit(self, batch: Extracted) -> int:
        """Write one batch's files, then commit its documents to the manifest; returns the batch id."""
        entries = []
        for report in batch.reports:
            source = self._pending.pop(report.doc, None)
            if source is None:
                raise StoreError(f"{report.doc}: extracted but not planned (commit only what `plan` returned)")
            entries.append(Entry(source, report, self._next_batch))
        batch_id = self._next_batch
        self._next_batch += 1
        _write_parquet(rows_table(batch.rows), self.layout.batch_file(self.layout.mentions, batch_id))
        _write_parquet(documents_table(batch.documents), self.layout.batch_file(self.layout.documents, batch_id))
        self.manifest.commit_batch(batch_id, len(entries), entries)
        return batch_id

    def commit_all(self, batches: Iterable[Extracted]) -> int:
        n = 0
        for batch in batches:
            self.commit(batch)
            n += 1
        return n

    # ------------------------------------------------------------------ finishing

    def finish(self, finish: Finish | None = None, finish_key: str = "") -> bool:
        """Compact batches holding replaced or removed documents, then rebuild the grouped events unless
        nothing changed since they were built (`finish_key` names what `finish` applies, e.g. a hash of
        an analyst's headlines).  Returns whether the events were rebuilt."""
        self.compact()
        built = self.manifest.state("events_generation")
        current = f"{self.manifest.generation()}:{finish_key}"
        if built == current and self.layout.events.is_dir():
            return False
        # Grouping (and pandas) is imported here: a run that only reads a store never needs it.
        from timeline.store.incremental import update_events
        from timeline.store.regroup import rebuild_events

        batches = sorted(self.manifest.committed_batches())
        upto = self.manifest.state("events_upto")
        # Only what the changed documents can affect is regrouped, when the events were built with the same
        # `finish` and it is known which batches they hold; otherwise everything is.
        if upto and self.layout.events.is_dir() and built.partition(":")[2] == finish_key:
            live = self.manifest.live_documents()
            batch_of = {doc: batch for batch, docs in live.items() for doc in docs}
            update_events(self.layout, batches, int(upto), batch_of, finish)
        else:
            rebuild_events(self.layout, batches, finish)
        self.manifest.set_state("events_generation", current)
        self.manifest.set_state("events_upto", str(max(batches, default=0)))
        return True

    def compact(self) -> None:
        """Rewrite the files of batches that hold rows of documents since re-extracted or removed, so that
        every row in `mentions` and `documents` is live (what regrouping and readers rely on)."""
        stale = self.manifest.stale_batches()
        if not stale:
            return
        live = self.manifest.live_documents()
        for batch in stale:
            keep = live.get(batch, set())
            if not keep:
                self.manifest.compacted(batch, 0)
                for table in (self.layout.mentions, self.layout.documents):
                    shutil.rmtree(table / batch_dir(batch), ignore_errors=True)
                continue
            for table in (self.layout.mentions, self.layout.documents):
                path = self.layout.batch_file(table, batch)
                rows = pq.read_table(path)
                _write_parquet(rows.filter(pc.is_in(rows.column("doc"), pa.array(sorted(keep)))), path)
            self.manifest.compacted(batch, len(keep))


def _source(item: InputFile, meta: str) -> Source:
    """The item as the manifest will know it, without its hash yet.  A file that cannot be a document
    (`skip`) is known by its reason: it stays unchanged while the reason does."""
    path = os.path.abspath(item.path)
    if item.skip:
        return Source(item.doc, path, -1, -1, "", metadata_key(("not read", item.skip)))
    try:
        st = item.path.stat()
    except OSError as exc:
        return Source(item.doc, path, -1, -1, "", metadata_key(("not read", str(exc))))
    return Source(item.doc, path, st.st_size, st.st_mtime_ns, "", meta)


def _sha256(item: InputFile) -> str:
    try:
        return file_sha256(item.path)
    except OSError:
        return ""  # extraction reports why it cannot be read


def _same(before: Source, now: Source) -> bool:
    """Unchanged without reading the file: the same path, size, modification time and metadata (for a
    file that cannot be a document: the same reason)."""
    return before == now if now.size < 0 else bool(before.sha256) and before == replace(now, sha256=before.sha256)


def _under(path: str, roots: Sequence[str | os.PathLike[str]]) -> bool:
    for root in roots:
        top = os.path.abspath(root)
        if path == top or path.startswith(top.rstrip(os.sep) + os.sep):
            return True
    return False


def _write_parquet(table: pa.Table, path: Path) -> None:
    """Write under a temporary name, flush to disk, then rename: the file is whole or absent."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(TMP_PREFIX + path.name)
    pq.write_table(table, tmp)
    _fsync(tmp)
    os.replace(tmp, path)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _read_meta(layout: Layout) -> dict[str, object]:
    if not layout.meta.is_file():
        return {}
    try:
        meta = json.loads(layout.meta.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StoreError(f"{layout.meta}: unreadable ({exc})") from exc
    if not isinstance(meta, dict) or int(meta.get("format", 0)) > FORMAT_VERSION:
        raise StoreError(f"{layout.root}: made by a newer version of timeline (format {meta.get('format')})")
    return meta


def _write_json(path: Path, value: object) -> None:
    tmp = path.with_name(TMP_PREFIX + path.name)
    tmp.write_text(json.dumps(value, indent=1) + "\n", encoding="utf-8")
    _fsync(tmp)
    os.replace(tmp, path)


def _delete_leftovers(layout: Layout, manifest: Manifest) -> None:
    """Temporary files, and batch folders no committed batch owns (a run killed before its commit)."""
    for leftover in layout.work_in_progress():
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)
    committed = manifest.committed_batches()
    for table in (layout.mentions, layout.documents):
        for batch, folder in layout.batches_on_disk(table).items():
            if batch not in committed:
                log.info("%s: left by an interrupted run, deleted", folder)
                shutil.rmtree(folder, ignore_errors=True)
