"""The store's Arrow tables: the events frame's columns (declared in `timeline.core.frame`) and the
documents' table, each with a fixed schema, and the way back to a frame with the declared dtypes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import pyarrow as pa

from timeline.core.frame import COLUMNS, empty_frame
from timeline.core.models import Document

if TYPE_CHECKING:
    import pandas as pd


def _arrow_type(dtype: str) -> pa.DataType:
    if dtype.startswith("datetime"):
        return pa.timestamp("s")
    if dtype == "int64":
        return pa.int64()
    return pa.string()


FRAME_SCHEMA = pa.schema([pa.field(c.name, _arrow_type(c.dtype)) for c in COLUMNS])

DOCUMENT_SCHEMA = pa.schema(
    [
        pa.field("doc", pa.string()),
        pa.field("path", pa.string()),
        pa.field("title", pa.string()),
        pa.field("outlet", pa.string()),
        pa.field("url", pa.string()),
        pa.field("published", pa.date32()),
        pa.field("published_basis", pa.string()),
        pa.field("text", pa.string()),
    ]
)


def frame_table(frame: pd.DataFrame, columns: Sequence[str] = FRAME_SCHEMA.names) -> pa.Table:
    """`columns` of a frame as an Arrow table of `FRAME_SCHEMA`'s types (no index, no pandas metadata)."""
    schema = pa.schema([FRAME_SCHEMA.field(name) for name in columns])
    table = pa.Table.from_pandas(frame.loc[:, list(columns)], preserve_index=False)
    return table.cast(schema).replace_schema_metadata(None)


def rows_table(rows: pa.Table) -> pa.Table:
    """A batch's rows (`timeline.core.frame.table_from_rows`) in `FRAME_SCHEMA`'s types."""
    return rows.select(FRAME_SCHEMA.names).cast(FRAME_SCHEMA).replace_schema_metadata(None)


def table_frame(table: pa.Table, columns: Sequence[str] = FRAME_SCHEMA.names) -> pd.DataFrame:
    """`columns` of an Arrow table of the frame's columns as a frame with the declared dtypes."""
    import pandas as pd

    if table.num_rows == 0:
        return empty_frame().loc[:, list(columns)]
    schema = pa.schema([FRAME_SCHEMA.field(name) for name in columns])
    table = table.select(list(columns)).cast(schema)
    out = {}
    for c in (c for c in COLUMNS if c.name in columns):
        column = table.column(c.name)
        if c.dtype.startswith("datetime"):
            out[c.name] = pd.Series(column.to_numpy(zero_copy_only=False), dtype=c.dtype)
        elif c.dtype == "int64":
            out[c.name] = pd.Series(column.to_numpy(zero_copy_only=False), dtype="int64")
        else:
            out[c.name] = pd.Series(column.fill_null(""), dtype="str")
    return pd.DataFrame(out)


def documents_table(documents: Sequence[Document]) -> pa.Table:
    return pa.Table.from_pylist(
        [
            {
                "doc": d.doc,
                "path": d.path,
                "title": d.title,
                "outlet": d.outlet,
                "url": d.url,
                "published": d.published,
                "published_basis": d.published_basis,
                "text": d.text,
            }
            for d in documents
        ],
        schema=DOCUMENT_SCHEMA,
    )
