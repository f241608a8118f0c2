"""A run's rows kept on disk rather than in memory: the command line's way to a CSV of any size.

1. `spill_piece`: each batch's rows are split by event type and written, where the batch was extracted
   (a worker process), to one Arrow file per type, with their place in the run (`_seq`: batch, row); only
   a count of each `date` and the types go back to the parent, which `record`s them.
2. `group`: each type is grouped on its own (`group_events` never joins mentions of different types), and
   its rows, event columns set, are written to date ranges (`range-<n>`) chosen from the counts so that a
   range holds about `rows_per_range` rows.
3. `write_csv`: each range is sorted into the frame's order and formatted on its own (ranges follow each
   other in that order: by date, undated last), then the parts are appended to the output in order.

Steps 2 and 3 take a `map` so that a caller can run the types and ranges on worker processes.  The rows
and their order are those of `frame_from_tables` and `group_events` on the whole run: the ranges are
disjoint in `date`, and within one, the frame's sort with `_seq` last gives the whole frame's order.
The files are Arrow IPC, uncompressed: written and read at the speed of a copy, and read, not mapped,
so that a process's memory is only what it holds.
"""

from __future__ import annotations

import csv
import hashlib
import logging
import shutil
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from timeline.core.frame import COLUMN_NAMES, SCHEMA, frame_from_tables, records_for_export
from timeline.grouping.happening import OTHER
from timeline.store.tables import frame_table, table_frame

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger(__name__)

SEQ = "_seq"
SPILL_SCHEMA = SCHEMA.append(pa.field(SEQ, pa.int64()))
# A row's `_seq`: its batch's number times this, plus its place in the batch.
_BATCH_STRIDE = 1 << 32
# `map` or a process pool's: results in the order of the tasks.
Map = Callable[[Callable[[Any], Any], Sequence[Any]], Iterable[Any]]
Finish = Callable[["pd.DataFrame"], "pd.DataFrame"]


@dataclass(frozen=True, slots=True)
class SpilledPiece:
    """What the parent learns of a spilled batch: how many rows have each date (seconds), and the types."""

    dates: Mapping[int, int]
    types: tuple[str, ...]


def spill_piece(piece: pa.Table, folder: Path, batch: int) -> SpilledPiece:
    """Write batch number `batch`'s rows (`timeline.core.frame.table_from_rows`) to one file per type."""
    n = piece.num_rows
    if not n:
        return SpilledPiece({}, ())
    seq = pa.array(np.arange(batch * _BATCH_STRIDE, batch * _BATCH_STRIDE + n, dtype=np.int64))
    piece = piece.select(list(COLUMN_NAMES)).append_column(SEQ, seq).cast(SPILL_SCHEMA)
    counts = pc.value_counts(piece.column("date").cast(pa.int64())).flatten()
    dates = {v: c for v, c in zip(counts[0].to_pylist(), counts[1].to_pylist(), strict=True) if v is not None}
    # An empty type is grouped as `other` (see the grouper): both must land in one file.
    raw = pc.fill_null(piece.column("event_type"), "")
    types = pc.if_else(pc.equal(raw, ""), OTHER, raw)
    found = tuple(pc.unique(types).to_pylist())
    for event_type in found:
        target = folder / _type_dir(event_type)
        target.mkdir(exist_ok=True)
        _write(piece.filter(pc.equal(types, event_type)), target / f"b-{batch:08d}.arrow")
    return SpilledPiece(dates, found)


def _type_dir(event_type: str) -> str:
    # Types come from data files (a user's --types among them): a hash is a safe file name.
    return "type-" + hashlib.sha1(event_type.encode("utf-8")).hexdigest()[:16]


def _write(table: pa.Table, path: Path) -> None:
    with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, SPILL_SCHEMA) as writer:
        writer.write_table(table)


def _read(path: Path) -> pa.Table:
    with pa.OSFile(str(path), "rb") as source:
        return pa.ipc.open_file(source).read_all()


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
    """The rows of one run in `folder` (which the caller creates and deletes): see the module's steps."""

    def __init__(self, folder: Path, rows_per_range: int = 20_000) -> None:
        self.folder = folder
        self.rows_per_range = max(1, rows_per_range)
        self._dates: Counter[int] = Counter()
        self._types: set[str] = set()
        self._ranges = 0

    def record(self, piece: SpilledPiece) -> None:
        self._dates.update(piece.dates)
        self._types.update(piece.types)

    def group(self, map_: Map = map) -> None:
        """Group every type (through `map_`, in any order) and write its rows to their date ranges."""
        bounds = _bounds(self._dates, self.rows_per_range)
        self._ranges = len(bounds) + 1
        types = sorted(self._types)
        tasks = [_TypeTask(self.folder / _type_dir(t), self.folder, k, bounds) for k, t in enumerate(types)]
        for _ in map_(group_type, tasks):
            pass

    def write_csv(self, out: TextIO, map_: Map = map, *, finish: Finish | None = None, guard: bool = True) -> int:
        """The grouped rows as CSV (the header, then the date ranges in order) to `out`; returns the rows."""
        csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL).writerow(COLUMN_NAMES)
        tasks = [
            _RangeTask(self.folder / _range(r), self.folder / f"{_range(r)}.csv", finish, guard)
            for r in range(self._ranges)
        ]
        n = 0
        for task, rows in zip(tasks, map_(range_csv, tasks), strict=True):
            n += rows
            if rows:
                with open(task.target, encoding="utf-8", newline="") as part:
                    shutil.copyfileobj(part, out, 1 << 20)
                task.target.unlink()
        return n


def _range(r: int) -> str:
    return f"range-{r:05d}"


def _bounds(dates: Counter[int], per_range: int) -> tuple[int, ...]:
    """First date of each range: consecutive dates until a range holds `per_range` rows (a date is never
    split: its rows' order is decided within one range)."""
    bounds: list[int] = []
    filled = per_range
    for day in sorted(dates):
        if filled >= per_range:
            bounds.append(day)
            filled = 0
        filled += dates[day]
    return tuple(bounds)


def load_tail() -> None:
    """Import what `group_type` and `range_csv` take (pandas above all), e.g. while the workers extract, or
    before forking the processes that will run them."""
    import timeline.grouping.grouper
    import timeline.store.regroup
    import timeline.view.export  # noqa: F401


def group_type(task: _TypeTask) -> int:
    """Group one type's rows and write them, event columns set, to their date ranges; returns the rows.

    The type's rows are held at once (a share of the corpus: its largest type), then each range's are
    written with one `take` (`group_events` keeps the rows' order, which is the files' order)."""
    from timeline.grouping.grouper import group_events
    from timeline.store.regroup import GROUPED_COLUMNS, GROUPING_COLUMNS

    table = pa.concat_tables([_read(path) for path in sorted(task.source.glob("b-*.arrow"))])
    frame = table_frame(table.select(list(GROUPING_COLUMNS)), columns=GROUPING_COLUMNS)
    grouped = frame_table(group_events(frame), columns=GROUPED_COLUMNS)
    del frame
    for name in GROUPED_COLUMNS:
        field = SCHEMA.field(name)
        table = table.set_column(table.schema.get_field_index(name), field, grouped.column(name).cast(field.type))
    del grouped
    bounds = np.array(task.bounds, dtype=np.int64)
    dates = table.column("date").cast(pa.int64())
    where = np.searchsorted(bounds, pc.fill_null(dates, 0).to_numpy(), side="right") - 1
    where[pc.is_null(dates).to_numpy(zero_copy_only=False)] = len(bounds)
    for r in np.unique(where).tolist():
        folder = task.folder / _range(r)
        folder.mkdir(exist_ok=True)
        _write(table.take(np.flatnonzero(where == r)), folder / f"t-{task.number:04d}.arrow")
    shutil.rmtree(task.source, ignore_errors=True)
    return table.num_rows


def range_csv(task: _RangeTask) -> int:
    """One date range's rows in the frame's order, as CSV rows (no header) in `task.target`."""
    from timeline.view.export import guard_formulas, write_csv

    parts = sorted(task.folder.glob("t-*.arrow")) if task.folder.is_dir() else []
    if not parts:
        return 0
    table = pa.concat_tables([_read(p) for p in parts])
    shutil.rmtree(task.folder, ignore_errors=True)
    frame = frame_from_tables([table], ties=(SEQ,))
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
