"""The grouped events of a store brought up to date after a run that changed some documents, regrouping
only what those documents can affect.

Grouping can only ever compare rows of one shuffle group (`timeline.grouping.shuffle_key`: an event type
and a run of periods whose calendar months overlap), so grouping a union of whole groups on its own gives
exactly the event_ids of grouping everything.  The groups are worked out over every row the events held
and every new row: a group holding no row of a changed, removed or new document is then a group of the
events before the run and of the events after it alike, and its stored rows stay as they are.  The rows
of the other groups are regrouped from `mentions`.

The documents the events were built with are those of batches up to `upto` (the largest batch id when they
were built): a document whose batch is newer was extracted since, one the manifest no longer has was
removed.  A month of `events` that neither loses nor gains a row keeps its files (hard links, or copies);
the others are rewritten.  The new folder replaces the old one by renames, as a full rebuild does.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from timeline.grouping import shuffle_key as K
from timeline.grouping.happening import OTHER
from timeline.store.layout import TMP_PREFIX, Layout
from timeline.store.regroup import (
    MONTH,
    Finish,
    _group_one_type,
    _partition_by_month,
    _release_memory,
    _split_by_type,
    _swap,
)
from timeline.store.tables import FRAME_SCHEMA

log = logging.getLogger(__name__)

# What deciding a row's group takes.
_KEY_COLUMNS = ["doc", "event_type", "date", "date_end"]


def update_events(
    layout: Layout, batches: Sequence[int], upto: int, batch_of: Mapping[str, int], finish: Finish | None = None
) -> int:
    """Bring `STORE/events`, built from the batches up to `upto`, up to date with `batches` (all live rows:
    see `writer.compact`); `batch_of` is each stored document's batch.  Returns the rows regrouped."""
    work = layout.root / (TMP_PREFIX + "events-update")
    fresh = layout.root / (TMP_PREFIX + "events-new")
    for leftover in (work, fresh):
        shutil.rmtree(leftover, ignore_errors=True)
    work.mkdir(parents=True)
    months = {folder.name.split("=", 1)[1]: sorted(folder.glob("*.parquet")) for folder in _month_folders(layout)}
    stored = {month: [pq.ParquetFile(p).read(columns=_KEY_COLUMNS) for p in files] for month, files in months.items()}
    docs = {d for tables in stored.values() for t in tables for d in pc.unique(t.column("doc")).to_pylist()}
    dirty_docs = pa.array(sorted(d for d in docs if batch_of.get(d, upto + 1) > upto), pa.string())
    new_files = [layout.batch_file(layout.mentions, b) for b in sorted(batches) if b > upto]

    every: set[K.Span] = set()
    touched: set[K.Span] = set()
    for tables in stored.values():
        for table in tables:
            spans = _spans(table)
            every.update(s for s in spans if s is not None)
            gone = pc.is_in(table.column("doc"), dirty_docs).to_pylist()
            touched.update(s for s, g in zip(spans, gone, strict=True) if g and s is not None)
    for path in new_files:
        spans = _spans(pq.ParquetFile(path).read(columns=_KEY_COLUMNS))
        every.update(s for s in spans if s is not None)
        touched.update(s for s in spans if s is not None)
    group_of = K.groups(every)
    dirty_groups = {group_of[s] for s in touched}
    dirty = {s for s, g in group_of.items() if g in dirty_groups}

    # The rows to regroup: live rows of the dirty groups, and the new undated rows (events of their own).
    picked = []
    for b in sorted(batches):
        path = layout.batch_file(layout.mentions, b)
        spans = _spans(pq.ParquetFile(path).read(columns=_KEY_COLUMNS))
        mask = [s in dirty if s is not None else b > upto for s in spans]
        if any(mask):
            rows = pq.read_table(path, schema=FRAME_SCHEMA).filter(pa.array(mask))
            picked.append(work / f"picked-{b:08d}.parquet")
            pq.write_table(rows, picked[-1], write_statistics=False)
    split = work / "by-type"
    split.mkdir()
    by_type = _split_by_type(picked, split)
    for path in picked:
        path.unlink()
    _release_memory()
    regrouped = 0
    new_months: set[str] = set()
    staged: list[Path] = []
    for k, event_type in enumerate(sorted(by_type)):
        staged.append(work / f"type-{k:04d}.parquet")
        regrouped += _group_one_type(by_type[event_type], staged[-1], new_months, finish)
        by_type[event_type].unlink()
        _release_memory()

    # Months losing a row (a dirty document's, or one of a dirty group) or gaining one are rewritten.
    rewrite = set(new_months)
    for month, tables in stored.items():
        if any(not all(_kept(t, dirty_docs, dirty)) for t in tables):
            rewrite.add(month)
    kept = work / "kept.parquet"
    with pq.ParquetWriter(kept, FRAME_SCHEMA.append(pa.field(MONTH, pa.string())), write_statistics=False) as out:
        for month in sorted(rewrite & set(months)):
            for path, keys in zip(months[month], stored[month], strict=True):
                rows = pq.ParquetFile(path).read().cast(FRAME_SCHEMA).filter(pa.array(_kept(keys, dirty_docs, dirty)))
                out.write_table(rows.append_column(MONTH, pa.array([month] * rows.num_rows, pa.string())))
    fresh.mkdir()
    _partition_by_month([kept, *staged], sorted(rewrite), fresh)
    for month in sorted(set(months) - rewrite):
        folder = fresh / f"{MONTH}={month}"
        folder.mkdir()
        for path in months[month]:
            _link(path, folder / path.name)
    _swap(fresh, layout.events)
    shutil.rmtree(work, ignore_errors=True)
    log.info("events updated: %d rows regrouped, %d of %d month(s) rewritten", regrouped, len(rewrite), len(months))
    return regrouped


def _month_folders(layout: Layout) -> Iterator[Path]:
    if layout.events.is_dir():
        yield from sorted(p for p in layout.events.iterdir() if p.is_dir() and p.name.startswith(MONTH + "="))


def _spans(table: pa.Table) -> list[K.Span | None]:
    """Each row's shuffle span (type, first month, last month), None for an undated row."""
    start = table.column("date").to_numpy(zero_copy_only=False).astype("datetime64[D]")
    end = table.column("date_end").to_numpy(zero_copy_only=False).astype("datetime64[D]")
    end = np.where(np.isnat(end), start, end)
    dated = (~np.isnat(start)).tolist()
    zero = np.datetime64(0, "D")
    first = np.where(np.isnat(start), zero, start).astype("datetime64[M]").astype("int64").tolist()
    last = np.where(np.isnat(end), zero, end).astype("datetime64[M]").astype("int64").tolist()
    types = [t or OTHER for t in table.column("event_type").to_pylist()]
    return [(t, f, la) if d else None for d, t, f, la in zip(dated, types, first, last, strict=True)]


def _kept(keys: pa.Table, dirty_docs: pa.Array, dirty: set[K.Span]) -> list[bool]:
    """Which stored rows stay: not of a changed or removed document, nor of a group being regrouped."""
    gone = pc.is_in(keys.column("doc"), dirty_docs).to_pylist()
    return [not g and (s is None or s not in dirty) for s, g in zip(_spans(keys), gone, strict=True)]


def _link(source: Path, target: Path) -> None:
    """The unchanged file in the new folder: a hard link (no copy), or a copy where links are refused."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)
