"""The grouped events of a store, rebuilt from its committed mention rows.

Grouping never joins mentions of different event types, so the rows are split by type in one pass over
the batches, then grouped one type at a time (the memory of the largest type, not of the corpus), each
type's result is staged, and the staged rows are partitioned by month of `event_date` in one streaming
pass.  The new `events`
folder replaces the old one by renames: a reader sees the old events or the new ones, never a mix.
"""

from __future__ import annotations

import gc
import logging
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from timeline.grouping.grouper import group_events
from timeline.store.layout import TMP_PREFIX, UNDATED, Layout
from timeline.store.tables import FRAME_SCHEMA, frame_table, table_frame

log = logging.getLogger(__name__)

Finish = Callable[[pd.DataFrame], pd.DataFrame]
MONTH = "month"


def rebuild_events(layout: Layout, batches: Sequence[int], finish: Finish | None = None) -> int:
    """Group the mention rows of `batches` (which must hold only live rows: see `writer.compact`) and
    replace `STORE/events` with the result; `finish` is applied to each type's grouped frame (e.g. an
    analyst's headlines).  Returns the number of event rows."""
    split = layout.root / (TMP_PREFIX + "events-by-type")
    staging = layout.root / (TMP_PREFIX + "events-staging")
    fresh = layout.root / (TMP_PREFIX + "events-new")
    for leftover in (split, staging, fresh):
        shutil.rmtree(leftover, ignore_errors=True)
    split.mkdir(parents=True)
    staging.mkdir()
    by_type = _split_by_type([layout.batch_file(layout.mentions, b) for b in sorted(batches)], split)
    _release_memory()
    types = sorted(by_type)
    n_rows = 0
    months: set[str] = set()
    staged = []
    for k, event_type in enumerate(types):
        staged.append(staging / f"type-{k:04d}.parquet")
        grouped = _group_one_type(by_type[event_type], staged[-1], months, finish)
        n_rows += grouped
        by_type[event_type].unlink()
        # A small type leaves little to give back, and a full collection costs tens of ms in a large process.
        if grouped > CHUNK_ROWS:
            _release_memory()
    fresh.mkdir()
    _partition_by_month(staged, sorted(months), fresh)
    _swap(fresh, layout.events)
    for work in (split, staging):
        shutil.rmtree(work, ignore_errors=True)
    log.info("events rebuilt: %d rows of %d type(s)", n_rows, len(types))
    return n_rows


# What grouping reads (`group_events`), and what it sets: the other columns are carried through in Arrow.
GROUPING_COLUMNS = ("mention_id", "doc", "event_type", "actors", "actor_kinds", "event_concepts", "passage",
                    "precision", "passage_start", "date", "date_end")  # fmt: skip
GROUPED_COLUMNS = ("event_id", "n_sources", "event_date", "event_date_end", "event_precision", "event_date_from")
# Rows written at a time: the memory of a chunk, not of a type's rows, for everything but grouping itself.
# The work files are written without column statistics: a writer keeps every row group's until it closes
# (min and max passages included), which for a large corpus's batches is hundreds of MiB.
CHUNK_ROWS = 16_384


def _group_one_type(source: Path, target: Path, months: set[str], finish: Finish | None) -> int:
    """Group the rows of one event type (`source`) and write them, with their month, to `target`.

    Only the grouping columns are held in memory as a frame; the rows are then streamed a chunk at a time,
    the grouped columns set from the frame's result (`group_events` keeps the rows' order)."""
    rows = pq.ParquetFile(source)
    frame = table_frame(rows.read(columns=list(GROUPING_COLUMNS)), columns=GROUPING_COLUMNS)
    grouped = frame_table(group_events(frame), columns=GROUPED_COLUMNS)
    del frame
    schema = FRAME_SCHEMA.append(pa.field(MONTH, pa.string()))
    offset = 0
    with pq.ParquetWriter(target, schema, write_statistics=False) as writer:
        for batch in rows.iter_batches(batch_size=CHUNK_ROWS):
            chunk = pa.Table.from_batches([batch]).cast(FRAME_SCHEMA)
            for name in GROUPED_COLUMNS:
                index = chunk.schema.get_field_index(name)
                chunk = chunk.set_column(index, name, grouped.column(name).slice(offset, chunk.num_rows))
            offset += chunk.num_rows
            if finish is not None:
                chunk = frame_table(finish(table_frame(chunk)))
            chunk = _with_month(chunk)
            months.update(pc.unique(chunk.column(MONTH)).to_pylist())
            writer.write_table(chunk)
    return offset


def _release_memory() -> None:
    """Memory freed, given back to the system: the allocator keeps what a batch or a type freed otherwise, and
    with a file's tables coming one after another the cache grows to hundreds of MiB at 100,000 documents."""
    gc.collect()
    pa.default_memory_pool().release_unused()


def _split_by_type(files: Sequence[Path], staging: Path) -> dict[str, Path]:
    """The rows of `files`, one file per event type: one read of every batch, a batch in memory at a time."""
    paths: dict[str, Path] = {}
    writers: dict[str, pq.ParquetWriter] = {}
    try:
        for i, path in enumerate(files):
            if i % 32 == 31:
                _release_memory()
            table = pq.read_table(path, schema=FRAME_SCHEMA)
            types = table.column("event_type")
            for event_type in pc.unique(types).to_pylist():
                if event_type not in writers:
                    paths[event_type] = staging / f"mentions-{len(paths):04d}.parquet"
                    writers[event_type] = pq.ParquetWriter(paths[event_type], FRAME_SCHEMA, write_statistics=False)
                writers[event_type].write_table(table.filter(pc.equal(types, event_type)))
    finally:
        for writer in writers.values():
            writer.close()
    return paths


# Month files written at once: open files stay well under the usual limit of 1,024 for any span of years.
OPEN_MONTHS = 256


def _partition_by_month(staged: Sequence[Path], months: Sequence[str], fresh: Path) -> None:
    """The staged rows as one file per month, `fresh/month=<month>/part-0.parquet`, a chunk at a time
    (pyarrow's `write_dataset` would queue every row before writing)."""
    for start in range(0, len(months), OPEN_MONTHS):
        chunk = months[start : start + OPEN_MONTHS]
        writers: dict[str, pq.ParquetWriter] = {}
        try:
            for path in staged:
                for batch in pq.ParquetFile(path).iter_batches(batch_size=CHUNK_ROWS):
                    table = pa.Table.from_batches([batch])
                    column = table.column(MONTH)
                    rows = table.drop_columns([MONTH]).cast(FRAME_SCHEMA)
                    for month in set(pc.unique(column).to_pylist()) & set(chunk):
                        if month not in writers:
                            folder = fresh / f"{MONTH}={month}"
                            folder.mkdir()
                            writers[month] = pq.ParquetWriter(folder / "part-0.parquet", FRAME_SCHEMA)
                        writers[month].write_table(rows.filter(pc.equal(column, month)))
        finally:
            for writer in writers.values():
                writer.close()


def _with_month(table: pa.Table) -> pa.Table:
    month = pc.fill_null(pc.strftime(table.column("event_date"), format="%Y-%m"), UNDATED)
    return table.append_column(MONTH, month)


def _swap(fresh: Path, target: Path) -> None:
    old = target.with_name(TMP_PREFIX + target.name + "-old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    fresh.rename(target)
    shutil.rmtree(old, ignore_errors=True)
