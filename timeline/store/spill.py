"""A run's rows kept on disk rather than in memory: the command line's way to a CSV of any size.

1. `add`: each batch, as a worker sends it, is split by event type and appended to one Parquet file per
   type, with its rows' place in the run (`_seq`); the count of each `date` is kept.
2. `group`: each type is grouped on its own (`group_events` never joins mentions of different types), the
   grouping columns alone in memory, and its rows, with their event columns, are written to date ranges
   (`bucket-<n>`) chosen from the counts so that a range holds about `rows_per_bucket` rows.
3. `write_csv`: each range is sorted into the frame's order and formatted on its own (ranges follow each
   other in that order: by date, undated last), then the parts are appended to the output in order.

Steps 2 and 3 take a `map` so that a caller can run the types and ranges on worker processes.  The rows
and their order are those of `frame_from_tables` and `group_events` on the whole run: the ranges are
disjoint in `date`, and within one, rows sorted by `_seq` then by the frame's stable sort give the
whole frame's order.
"""

from __future__ import annotations

import csv
import logging
import shutil
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from timeline.core.frame import COLUMN_NAMES, SCHEMA, frame_from_tables, records_for_export
from timeline.grouping.grouper import group_events
from timeline.grouping.happening import OTHER
from timeline.store.regroup import CHUNK_ROWS, GROUPED_COLUMNS, GROUPING_COLUMNS
from timeline.store.tables import frame_table, table_frame
from timeline.view.export import guard_formulas, write_csv

log = logging.getLogger(__name__)

SEQ = "_seq"
SPILL_SCHEMA = SCHEMA.append(pa.field(SEQ, pa.int64()))
# `map` or a process pool's: results in the order of the tasks.
Map = Callable[[Callable[[Any], int], Sequence[Any]], Iterable[int]]
Finish = Callable[[pd.DataFrame], pd.DataFrame]


@dataclass(frozen=True, slots=True)
class _TypeTask:
    source: Path
    folder: Path
    number: int
    # First `date` (seconds since 1970) of each dated range; undated rows go to the range after the last.
    bounds: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class _RangeTask:
    folder: Path
    target: Path
    finish: Finish | None
    guard: bool


class Spill:
    """The rows of one run in `folder` (which the caller creates and deletes)."""

    def __init__(self, folder: Path, rows_per_bucket: int = 20_000) -> None:
        self.folder = folder
        self.rows_per_bucket = max(1, rows_per_bucket)
        self._writers: dict[str, pq.ParquetWriter] = {}
        self._paths: dict[str, Path] = {}
        self._rows = 0
        self._dates: Counter[int] = Counter()
        self._buckets = 0

    @property
    def n_rows(self) -> int:
        return self._rows

    def add(self, piece: pa.Table) -> None:
        """Append one batch's rows (`timeline.core.frame.table_from_rows`), after those added before."""
        n = piece.num_rows
        if not n:
            return
        seq = pa.array(np.arange(self._rows, self._rows + n, dtype=np.int64))
        piece = piece.select(list(COLUMN_NAMES)).append_column(SEQ, seq)
        self._rows += n
        counts = pc.value_counts(piece.column("date").cast(pa.int64())).flatten()
        for value, count in zip(counts[0].to_pylist(), counts[1].to_pylist(), strict=True):
            if value is not None:
                self._dates[value] += count
        # An empty type is grouped as `other` (see the grouper): both must land in one file.
        raw = pc.fill_null(piece.column("event_type"), "")
        types = pc.if_else(pc.equal(raw, ""), OTHER, raw)
        for event_type in pc.unique(types).to_pylist():
            if event_type not in self._writers:
                self._paths[event_type] = self.folder / f"type-{len(self._paths):04d}.parquet"
                self._writers[event_type] = pq.ParquetWriter(
                    self._paths[event_type], SPILL_SCHEMA, write_statistics=False, compression="none"
                )
            self._writers[event_type].write_table(piece.filter(pc.equal(types, event_type)))

    def close(self) -> None:
        for writer in self._writers.values():
            writer.close()
        self._writers.clear()

    def group(self, map_: Map = map) -> None:
        """Group every type (through `map_`, in any order) and write its rows to their date ranges."""
        self.close()
        bounds = _bounds(self._dates, self.rows_per_bucket)
        self._buckets = len(bounds) + 1
        tasks = [_TypeTask(path, self.folder, k, bounds) for k, path in enumerate(self._paths.values())]
        for _ in map_(group_type, tasks):
            pass

    def write_csv(self, out: TextIO, map_: Map = map, *, finish: Finish | None = None, guard: bool = True) -> int:
        """The grouped rows as CSV (the header, then the date ranges in order) to `out`; returns the rows."""
        csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL).writerow(COLUMN_NAMES)
        tasks = [
            _RangeTask(self.folder / _bucket(b), self.folder / f"{_bucket(b)}.csv", finish, guard)
            for b in range(self._buckets)
        ]
        n = 0
        for task, rows in zip(tasks, map_(range_csv, tasks), strict=True):
            n += rows
            if rows:
                with open(task.target, encoding="utf-8", newline="") as part:
                    shutil.copyfileobj(part, out, 1 << 20)
                task.target.unlink()
            shutil.rmtree(task.folder, ignore_errors=True)
        return n


def _bucket(b: int) -> str:
    return f"bucket-{b:05d}"


def _bounds(dates: Counter[int], per_bucket: int) -> tuple[int, ...]:
    """First date of each range: consecutive dates until a range holds `per_bucket` rows (a date is never
    split: its rows' order is decided within one range)."""
    bounds: list[int] = []
    filled = per_bucket
    for day in sorted(dates):
        if filled >= per_bucket:
            bounds.append(day)
            filled = 0
        filled += dates[day]
    return tuple(bounds)


def group_type(task: _TypeTask) -> int:
    """Group one type's rows and write them, event columns set, to their date ranges; returns the rows.

    Only the grouping columns are held as a frame; the rows then stream a chunk at a time (`group_events`
    keeps the rows' order)."""
    rows = pq.ParquetFile(task.source)
    frame = table_frame(rows.read(columns=list(GROUPING_COLUMNS)), columns=GROUPING_COLUMNS)
    grouped = frame_table(group_events(frame), columns=GROUPED_COLUMNS)
    grouped = grouped.cast(pa.schema([SCHEMA.field(name) for name in GROUPED_COLUMNS]))
    del frame
    bounds = np.array(task.bounds, dtype=np.int64)
    writers: dict[int, pq.ParquetWriter] = {}
    offset = 0
    try:
        for batch in rows.iter_batches(batch_size=CHUNK_ROWS):
            # Parquet keeps seconds as milliseconds: back to the frame's types.
            chunk = pa.Table.from_batches([batch]).cast(SPILL_SCHEMA)
            for name in GROUPED_COLUMNS:
                index = chunk.schema.get_field_index(name)
                chunk = chunk.set_column(index, SCHEMA.field(name), grouped.column(name).slice(offset, chunk.num_rows))
            offset += chunk.num_rows
            dates = chunk.column("date").cast(pa.int64())
            where = np.searchsorted(bounds, pc.fill_null(dates, 0).to_numpy(), side="right") - 1
            where[pc.is_null(dates).to_numpy(zero_copy_only=False)] = len(bounds)
            for b in np.unique(where).tolist():
                if b not in writers:
                    folder = task.folder / _bucket(b)
                    folder.mkdir(exist_ok=True)
                    writers[b] = pq.ParquetWriter(
                        folder / f"type-{task.number:04d}.parquet", SPILL_SCHEMA, write_statistics=False,
                        compression="none",
                    )  # fmt: skip
                writers[b].write_table(chunk.filter(pa.array(where == b)))
    finally:
        for writer in writers.values():
            writer.close()
    task.source.unlink()
    return offset


def range_csv(task: _RangeTask) -> int:
    """One date range's rows in the frame's order, as CSV rows (no header) in `task.target`."""
    parts = sorted(task.folder.glob("type-*.parquet")) if task.folder.is_dir() else []
    if not parts:
        return 0
    table = pa.concat_tables([pq.read_table(p).cast(SPILL_SCHEMA) for p in parts])
    table = table.take(pc.sort_indices(table, sort_keys=[(SEQ, "ascending")])).drop_columns([SEQ])
    frame = frame_from_tables([table])
    del table
    if task.finish is not None:
        frame = task.finish(frame)
    records = records_for_export(frame)
    del frame
    if task.guard:
        records = guard_formulas(records)
    with open(task.target, "w", encoding="utf-8", newline="") as out:
        write_csv(records, out, header=False)
    return len(records)
