"""Downloads: the filtered mentions as CSV or JSON, with the CLI's columns, and the events table.

The mention CSV/JSON has one row per dated mention; the events CSV one row
per `event_id` among the filtered rows (`timeline.grouping.grouper.events_table`).

A CSV opened in a spreadsheet turns a cell that starts with `=`, `+`, `-`,
`@`, a tab or a carriage return into a formula; document text is
untrusted, so such cells get a leading single quote (OWASP's advice).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import json
from typing import TextIO

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from timeline.core.frame import COLUMN_NAMES, records_for_export
from timeline.grouping.events_table import EVENT_TABLE_COLUMNS, events_table
from timeline.view.summary import date_span

FORMULA_PREFIXES: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    """A cell a spreadsheet will show as text, never evaluate."""
    return "'" + value if value.startswith(FORMULA_PREFIXES) else value


def guard_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` with every text cell neutralised (numbers and ISO dates cannot start a formula)."""
    out = frame.copy()
    for name in out.columns:
        column = out[name]
        if pd.api.types.is_string_dtype(column) or column.dtype == object:
            text = column.astype(str)
            risky = text.str.startswith(FORMULA_PREFIXES).fillna(False).to_numpy(dtype=bool)
            if risky.any():
                out[name] = text.where(~risky, "'" + text)
    return out


# Rows formatted per slice: a slice's cells exist at once, never the whole table's.
_CSV_ROWS = 5_000


def write_csv(table: pd.DataFrame, out: TextIO, lineterminator: str = "\n", header: bool = True) -> None:
    """`table.to_csv(out, index=False, lineterminator=...)`, byte for byte, for text and integer columns,
    in a fraction of the time: the cells are quoted and joined a column at a time in Arrow.  pandas hands
    each row to `csv.writer`, and the quoting rules are that writer's (see `_needs_quotes`).  A table with
    other column types goes through pandas.  Without `header`, the rows alone (a part of a larger file)."""
    if not all(_plain(table[name]) for name in table.columns):
        table.to_csv(out, index=False, lineterminator=lineterminator, header=header)
        return
    special = _needs_quotes(lineterminator)
    if header:
        writer = csv.writer(out, lineterminator=lineterminator, quoting=csv.QUOTE_MINIMAL)
        writer.writerow([str(name) for name in table.columns])
    for start in range(0, len(table), _CSV_ROWS):
        part = table.iloc[start : start + _CSV_ROWS]
        cells = [_quoted(part[name], special) for name in part.columns]
        ends = pa.scalar(lineterminator, pa.large_string())
        rows = pc.binary_join_element_wise(*cells, _COMMA)
        out.write(_text_of(pc.binary_join_element_wise(rows, ends, _EMPTY)))


@functools.cache
def _needs_quotes(lineterminator: str) -> str:
    """The characters that make `csv.writer` (minimal quoting, as pandas uses it) quote a cell, asked of the
    writer itself: which line-end characters count has changed between Python versions."""
    found = ""
    for char in sorted({",", '"', "\r", "\n", *lineterminator}):
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator=lineterminator, quoting=csv.QUOTE_MINIMAL).writerow(["a", f"x{char}"])
        if buffer.getvalue().startswith('a,"'):
            found += char
    return found


_EMPTY = pa.scalar("", pa.large_string())
_QUOTE = pa.scalar('"', pa.large_string())
_COMMA = pa.scalar(",", pa.large_string())


def _text_of(values: pa.Array) -> str:
    """The values of a string array without nulls, concatenated: its data buffer, read once."""
    offsets = np.frombuffer(values.buffers()[1], dtype=np.int64)[values.offset : values.offset + len(values) + 1]
    data = values.buffers()[2]
    return data.to_pybytes()[offsets[0] : offsets[-1]].decode("utf-8") if data is not None else ""


def _plain(column: pd.Series) -> bool:
    return pd.api.types.is_integer_dtype(column) or pd.api.types.is_string_dtype(column)


def _quoted(column: pd.Series, special: str) -> pa.Array:
    values = pa.array(column, from_pandas=True)
    if not pa.types.is_large_string(values.type):
        values = pc.cast(values, pa.large_string())
    values = pc.fill_null(values, "")  # pandas writes a missing value as an empty cell
    needs = functools.reduce(pc.or_, (pc.match_substring(values, char) for char in special))
    if not pc.any(needs).as_py():
        return values
    doubled = pc.replace_substring(values, '"', '""')
    return pc.if_else(needs, pc.binary_join_element_wise(_EMPTY, doubled, _EMPTY, _QUOTE), values)


def export_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows of `frame` with exactly the CLI's columns, dates as ISO days, unknowns empty."""
    return records_for_export(frame, COLUMN_NAMES).reset_index(drop=True)


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """UTF-8 CSV (no BOM) of `frame`, safe to open in a spreadsheet.

    CRLF line ends (RFC 4180) also make the writer quote a cell holding a
    lone carriage return, which with bare LF ends would split the row.
    """
    out = io.StringIO()
    write_csv(guard_formulas(export_frame(frame)), out, "\r\n")
    return out.getvalue().encode("utf-8")


def json_bytes(frame: pd.DataFrame) -> bytes:
    """UTF-8 JSON: a list of records with the same columns and values as the CSV, text unaltered."""
    records = export_frame(frame).to_dict(orient="records")
    return json.dumps(records, ensure_ascii=False, indent=1, default=_json_default).encode("utf-8")


def events_export_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per event of the rows of `frame` (its sources among those rows), dates as ISO days."""
    table = events_table(frame).loc[:, list(EVENT_TABLE_COLUMNS)]
    for name in ("event_date", "event_date_end"):
        table[name] = table[name].dt.strftime("%Y-%m-%d").fillna("")
    return table.reset_index(drop=True)


def events_csv_bytes(frame: pd.DataFrame) -> bytes:
    """UTF-8 CSV of `events_export_frame`, with the same formula guard and line ends as `csv_bytes`."""
    return guard_formulas(events_export_frame(frame)).to_csv(index=False, lineterminator="\r\n").encode("utf-8")


def _json_default(value: object) -> object:
    # numpy integers from the int64 columns
    if hasattr(value, "item"):
        return value.item()  # type: ignore[no-any-return,attr-defined]
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def export_file_name(
    frame: pd.DataFrame,
    extension: str,
    start: dt.date | None = None,
    end: dt.date | None = None,
    stem: str = "timeline",
) -> str:
    """`<stem>_<first>_<last>.<ext>`: the filter's bounds where set, else the events' own span."""
    span = date_span(frame)
    first = start or (span[0] if span else None)
    last = end or (span[1] if span else None)
    if first is None or last is None:
        return f"{stem}_undated.{extension}" if len(frame) else f"{stem}_empty.{extension}"
    return f"{stem}_{first.isoformat()}_{last.isoformat()}.{extension}"
