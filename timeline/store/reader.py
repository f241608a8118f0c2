"""Reading a store: the grouped events, a document's text, the documents' reports.

Other readers may query the files directly, e.g. with DuckDB:
`duckdb.read_parquet(events_glob(store), hive_partitioning=true)` (the `month` column comes from the
folder names) and `documents_glob(store)` for the texts.
"""

from __future__ import annotations

import os

import pandas as pd
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from timeline.core.frame import COLUMN_NAMES, empty_frame
from timeline.core.models import DocumentReport
from timeline.store.layout import Layout, StoreError
from timeline.store.manifest import Manifest
from timeline.store.tables import FRAME_SCHEMA, table_frame

# The order of `extract(...).frame` (`timeline.core.frame.concat_sorted`), with ties broken the same
# way for any set of batches: the mention's place in its passage, then its id.
_ORDER = ["date", "doc", "passage_start", "date_text_start", "mention_id"]


def events_glob(store: str | os.PathLike[str]) -> str:
    return str(Layout.of(store).events / "*" / "*.parquet")


def documents_glob(store: str | os.PathLike[str]) -> str:
    return str(Layout.of(store).documents / "*" / "*.parquet")


def read_events(store: str | os.PathLike[str]) -> pd.DataFrame:
    """The store's grouped events as a frame with the declared columns and dtypes, in the pipeline's order."""
    layout = _existing(store)
    files = sorted(str(p) for p in layout.events.glob("*/*.parquet"))
    if not files:
        return empty_frame()
    table = ds.dataset(files, format="parquet", schema=FRAME_SCHEMA).to_table(columns=list(COLUMN_NAMES))
    frame = table_frame(table)
    return frame.sort_values(_ORDER, na_position="last", kind="stable").reset_index(drop=True)


def document_text(store: str | os.PathLike[str], doc: str) -> str | None:
    """The text of document `doc` (the offsets of its rows refer to it), or None when the store has no such
    readable document.  Reads the one batch file the manifest names."""
    layout = _existing(store)
    # A run writing the store meanwhile may move the document to a newer batch and delete the old
    # one's files between the two reads: then the manifest is asked again.
    for attempt in range(3):
        manifest = Manifest(layout.manifest, read_only=True)
        try:
            batch = manifest.batch_of(doc)
        finally:
            manifest.close()
        if batch is None:
            return None
        try:
            table = pq.read_table(
                layout.batch_file(layout.documents, batch), columns=["doc", "text"], filters=[("doc", "=", doc)]
            )
        except FileNotFoundError:
            if attempt == 2:
                raise
            continue
        return table.column("text")[0].as_py() if table.num_rows else None
    return None


def read_reports(store: str | os.PathLike[str]) -> list[DocumentReport]:
    """One report per document of the store (ok, empty or error, with its message), by document name."""
    layout = _existing(store)
    manifest = Manifest(layout.manifest, read_only=True)
    try:
        return manifest.reports()
    finally:
        manifest.close()


def _existing(store: str | os.PathLike[str]) -> Layout:
    layout = Layout.of(store)
    if not layout.manifest.is_file():
        raise StoreError(f"{layout.root}: not an event store (no manifest.sqlite)")
    return layout
