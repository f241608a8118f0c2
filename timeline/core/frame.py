"""The events frame: its columns, declared once, and the conversion to pandas.

Every other part of the project (CLI output, dashboard, README table, tests)
reads the column list from `COLUMNS`; nothing else spells it out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.compute as pc

if TYPE_CHECKING:
    import pandas as pd

# pandas is imported by the functions that make or read frames, not with this module: a command that
# makes none (`dates`, `--help`) starts without it.


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    dtype: str
    meaning: str


COLUMNS: tuple[Column, ...] = (
    Column("mention_id", "str", "One per row; stable across runs (hash of document, passage and date offsets)."),
    Column("event_id", "str", "The happening this mention reports; mentions of one happening share it."),
    Column("doc", "str", "Document file, relative to the corpus folder."),
    Column("doc_title", "str", "Document title (sources.csv, else the text's title line)."),
    Column("outlet", "str", "Publishing outlet, when known."),
    Column("url", "str", "Original URL, when known."),
    Column("published", "datetime64[s]", "Publication date of the document (empty when unknown)."),
    Column(
        "published_basis",
        "str",
        "Where the publication date came from: sources, dateline, meta, url, analyst, estimated, unknown.",
    ),
    Column(
        "published_latest",
        "datetime64[s]",
        "For an estimated publication date: the latest it can be (empty when open).",
    ),
    Column("date", "datetime64[s]", "First day of the event's period (empty when unresolved)."),
    Column("date_end", "datetime64[s]", "Last day of the event's period."),
    Column("precision", "str", "day, week, month, season, year, decade (empty when unresolved)."),
    Column("date_value", "str", "TIMEX3-style value at that precision: 2020-01-13, 2020-W21, 2020-11, 2020-FA, 2020."),
    Column(
        "date_modifier", "str", "START, MID or END for 'early/mid/late ...' (the period is narrowed to that third)."
    ),
    Column("date_text", "str", "The date expression as written."),
    Column("date_text_start", "int64", "Character offset of the date expression in the document text."),
    Column("date_text_end", "int64", "End offset (exclusive) of the date expression."),
    Column(
        "date_basis",
        "str",
        "How the date was obtained: explicit, publication, anchor, estimated, unresolved; ambiguous: a numeric "
        "date such as 4/3/19 read either way, left empty until an order is declared (--date-order).",
    ),
    Column("date_rule", "str", "The named rule that resolved the expression (e.g. weekday_past, month_future)."),
    Column("status", "str", "reported (happened by publication time) or scheduled (future at publication)."),
    Column("title", "str", "One readable line (at most 120 characters) describing the event."),
    Column(
        "headline",
        "str",
        "Who did what, at most 70 characters, present tense, without date or attribution (from the title); "
        "the analyst's headline where one was saved.",
    ),
    Column("headline_generated", "str", "The headline the rules made, kept when an analyst's headline replaces it."),
    Column("headline_basis", "str", "Where the headline came from: generated, or analyst (a saved correction)."),
    Column("passage", "str", "The dated statement, exactly as in the document."),
    Column("passage_start", "int64", "Character offset of the passage in the document text."),
    Column("passage_end", "int64", "End offset (exclusive); text[passage_start:passage_end] == passage."),
    Column("actors", "str", "Actors named in the passage, canonical names joined by '; '."),
    Column("actor_kinds", "str", "Kinds of those actors, in the same order, joined by '; '."),
    Column("actor1", "str", "ACLED-style actor 1: who acted (the first subject of the event's verb)."),
    Column("actor2", "str", "ACLED-style actor 2: the other party or who was acted on (empty when none is named)."),
    Column("assoc_actors", "str", "The other actors named in the passage, joined by '; '."),
    Column("event_type", "str", "Event type from the taxonomy (other when no rule fits)."),
    Column("event_type_rule", "str", "The taxonomy keyword that decided the type."),
    Column(
        "event_subtype",
        "str",
        "ACLED-style sub-event type where a rule decides it (e.g. peaceful protest, ceasefire agreement); "
        "other when the type's rules fit none, empty when the type has none.",
    ),
    Column(
        "event_concepts",
        "str",
        "Strong concepts of the event type the passage names (e.g. ceasefire; signing), joined by '; ': "
        "what grouping compares.",
    ),
    Column("n_sources", "int64", "Distinct documents that report this event_id."),
    Column(
        "event_date", "datetime64[s]", "The event's date: the most precise period compatible with all its mentions."
    ),
    Column("event_date_end", "datetime64[s]", "Last day of the event's period."),
    Column("event_precision", "str", "Precision of the event's date."),
    Column("event_date_from", "str", "mention_id of the mention that gave the event's date."),
)

COLUMN_NAMES: tuple[str, ...] = tuple(c.name for c in COLUMNS)
DATE_COLUMNS: tuple[str, ...] = tuple(c.name for c in COLUMNS if c.dtype.startswith("datetime"))


def empty_frame() -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame({c.name: pd.Series([], dtype=c.dtype) for c in COLUMNS})


# One C call per row (every event of a corpus passes here) rather than a generator over the names.
_ROW_VALUES = itemgetter(*COLUMN_NAMES)


def row_of(values: Mapping[str, object]) -> tuple[object, ...]:
    """One event's values in `COLUMN_NAMES` order: the compact form rows travel in."""
    return _ROW_VALUES(values)


def frame_from_rows(rows: Sequence[tuple[object, ...]]) -> pd.DataFrame:
    """A frame from value tuples in `COLUMN_NAMES` order (unsorted)."""
    return frame_from_tables([table_from_rows(rows)], sort=False)


def _arrow_type(dtype: str) -> pa.DataType:
    if dtype.startswith("datetime"):
        return pa.timestamp("s")
    return pa.int64() if dtype == "int64" else pa.large_string()


SCHEMA = pa.schema([(c.name, _arrow_type(c.dtype)) for c in COLUMNS])


def table_from_rows(rows: Sequence[tuple[object, ...]]) -> pa.Table:
    """An Arrow table from value tuples in `COLUMN_NAMES` order, built column by column (no per-row dicts).

    This is the compact form a batch of rows travels in from a worker process: building it costs a third
    of a pandas frame's, and the parent joins the pieces without copying them."""
    if not rows:
        return SCHEMA.empty_table()
    arrays: list[pa.Array] = []
    previous: tuple[object, ...] = ()
    for c, values in zip(COLUMNS, zip(*rows, strict=True), strict=True):
        if values == previous and c.dtype == "str":
            # A column repeating the one before (headline_generated, until an analyst edits a headline)
            # shares its buffers: a tenth of a large corpus's frame.
            arrays.append(arrays[-1])
            continue
        previous = values if c.dtype == "str" else ()
        if c.dtype.startswith("datetime"):
            arrays.append(pa.array(values, pa.date32()).cast(pa.timestamp("s")))
        elif c.dtype == "int64":
            arrays.append(pa.array(values, pa.int64()))
        else:
            arrays.append(pa.array([v or "" for v in values], pa.large_string()))
    return pa.Table.from_arrays(arrays, schema=SCHEMA)


_SORT_KEYS = [("date", "ascending", "at_end"), ("doc", "ascending", "at_end"), ("passage_start", "ascending", "at_end")]


def frame_from_tables(tables: list[pa.Table], sort: bool = True, ties: Sequence[str] = ()) -> pd.DataFrame:
    """The pieces as one frame, sorted by date (undated last), document and offset unless `sort` is False;
    rows equal in those are ordered by the columns `ties` (columns of the pieces beyond the frame's), else
    kept in their order.

    The list is emptied, and the joined table gives up each column once it is converted, so that a large
    corpus's rows never exist twice over."""
    import pandas as pd

    if not tables:
        return empty_frame()
    string = _string_dtype()
    table = pa.concat_tables(tables)
    tables.clear()
    # A stable sort, undated rows last: the order of pandas' stable sort_values.
    keys = [*_SORT_KEYS, *((name, "ascending", "at_end") for name in ties)]
    order = pc.sort_indices(table, sort_keys=keys) if sort else None
    columns: dict[str, object] = {}
    for c in COLUMNS:
        column = table.column(c.name)
        table = table.drop_columns([c.name])
        if order is not None:
            column = column.take(order)
        if c.dtype.startswith("datetime"):
            columns[c.name] = column.to_numpy().astype(c.dtype)
        elif c.dtype == "int64":
            columns[c.name] = column.to_numpy()
        else:
            columns[c.name] = pd.array(column, dtype=string)
        del column
        # The pieces' buffers of this column are free now, but small ones stay in the allocator's heap,
        # and the next column's sorted copy is one large new block: without giving them back, the
        # process would hold the corpus twice (100,000 documents: 1.8 GiB instead of about 1).
        pa.default_memory_pool().release_unused()
    return pd.DataFrame(columns)


def _string_dtype() -> pd.StringDtype:
    import numpy as np
    import pandas as pd

    return pd.StringDtype("pyarrow", na_value=np.nan)


def conform(frame: pd.DataFrame) -> pd.DataFrame:
    """Cast a frame with the declared columns to the declared dtypes, in declared order."""
    import pandas as pd

    out = {}
    for c in COLUMNS:
        series = frame[c.name] if c.name in frame else pd.Series([None] * len(frame), index=frame.index)
        if c.dtype.startswith("datetime"):
            out[c.name] = pd.to_datetime(series, errors="coerce").astype(c.dtype)
        elif c.dtype == "int64":
            out[c.name] = pd.to_numeric(series, errors="coerce").fillna(0).astype("int64")
        else:
            out[c.name] = series.fillna("").astype("str")
    result = pd.DataFrame(out, index=frame.index)
    return result.sort_values(["date", "doc", "passage_start"], na_position="last", kind="stable").reset_index(
        drop=True
    )


def event_keys(frame: pd.DataFrame) -> pd.Series:
    """The event of each row: its `event_id`, or its own `mention_id` when it has none (ungrouped frames)."""
    mentions = frame["mention_id"].astype(str)
    if "event_id" not in frame:
        return mentions
    events = frame["event_id"].astype(str)
    return events.where(events != "", mentions)


def records_for_export(frame: pd.DataFrame, columns: Sequence[str] = COLUMN_NAMES) -> pd.DataFrame:
    """The frame with dates written as ISO days and empty cells for unknowns (CSV/JSON output)."""
    out = frame.loc[:, list(columns)].copy()
    for name in DATE_COLUMNS:
        if name in out:
            out[name] = out[name].dt.strftime("%Y-%m-%d").fillna("")
    return out
