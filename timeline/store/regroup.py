"""The grouped events of a store, rebuilt from its committed mention rows.

Grouping never joins mentions of different event types, so the rows are split by type in one pass over
the batches, then grouped one type at a time (the memory of the largest type, not of the corpus), each
type's result is staged, and the staged rows are partitioned by month of `event_date` in one streaming
pass.  The new `events`
folder replaces the old one by renames: a reader sees the old events or the new ones, never a mix.
"""

from __future__ import annotations

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
    types = sorted(by_type)
    n_rows = 0
    months: set[str] = set()
    staged = []
    for k, event_type in enumerate(types):
        frame = table_frame(pq.read_table(by_type[event_type]))
        by_type[event_type].unlink()
        grouped = group_events(frame)
        del frame
        if finish is not None:
            grouped = finish(grouped)
        n_rows += len(grouped)
        table = _with_month(frame_table(grouped))
        del grouped
        months.update(pc.unique(table.column(MONTH)).to_pylist())
        staged.append(staging / f"type-{k:04d}.parquet")
        pq.write_table(table, staged[-1])
    fresh.mkdir()
    _partition_by_month(staged, sorted(months), fresh)
    _swap(fresh, layout.events)
    for work in (split, staging):
        shutil.rmtree(work, ignore_errors=True)
    log.info("events rebuilt: %d rows of %d type(s)", n_rows, len(types))
    return n_rows


def _split_by_type(files: Sequence[Path], staging: Path) -> dict[str, Path]:
    """The rows of `files`, one file per event type: one read of every batch, a batch in memory at a time."""
    paths: dict[str, Path] = {}
    writers: dict[str, pq.ParquetWriter] = {}
    try:
        for path in files:
            table = pq.read_table(path, schema=FRAME_SCHEMA)
            types = table.column("event_type")
            for event_type in pc.unique(types).to_pylist():
                if event_type not in writers:
                    paths[event_type] = staging / f"mentions-{len(paths):04d}.parquet"
                    writers[event_type] = pq.ParquetWriter(paths[event_type], FRAME_SCHEMA)
                writers[event_type].write_table(table.filter(pc.equal(types, event_type)))
    finally:
        for writer in writers.values():
            writer.close()
    return paths


# Month files written at once: open files stay well under the usual limit of 1,024 for any span of years.
OPEN_MONTHS = 256


def _partition_by_month(staged: Sequence[Path], months: Sequence[str], fresh: Path) -> None:
    """The staged rows as one file per month, `fresh/month=<month>/part-0.parquet` (one row group per type).

    Written a staged file at a time (pyarrow's `write_dataset` would queue every row before writing)."""
    for start in range(0, len(months), OPEN_MONTHS):
        chunk = months[start : start + OPEN_MONTHS]
        writers: dict[str, pq.ParquetWriter] = {}
        try:
            for path in staged:
                table = pq.read_table(path, filters=[(MONTH, "in", chunk)] if len(months) > OPEN_MONTHS else None)
                column = table.column(MONTH)
                rows = table.drop_columns([MONTH]).cast(FRAME_SCHEMA)
                for month in pc.unique(column).to_pylist():
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
