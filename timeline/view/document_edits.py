"""An analyst's titles, outlets and URLs of documents, laid over what the corpus says.

The edits are read from the user data folder (`timeline.reading.corrections.read_document_edits`);
here they replace the document's columns in the events frame and its line in the documents table.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

import pandas as pd

from timeline.core.models import DocumentReport

# An edited field -> the events frame's column that carries it.
FRAME_COLUMNS: dict[str, str] = {"title": "doc_title", "outlet": "outlet", "url": "url"}


def apply_edits(
    frame: pd.DataFrame, reports: Sequence[DocumentReport], edits: Mapping[str, Mapping[str, str]]
) -> tuple[pd.DataFrame, tuple[DocumentReport, ...]]:
    """`frame` and `reports` with the edited fields of each document replaced (unedited ones untouched)."""
    if not edits:
        return frame, tuple(reports)
    out = frame.copy()
    for name, column in FRAME_COLUMNS.items():
        values = {doc: fields[name] for doc, fields in edits.items() if name in fields}
        if values and column in out:
            edited = out["doc"].map(values)
            out[column] = edited.where(edited.notna(), out[column]).astype(out[column].dtype)
    changed = tuple(
        replace(r, **{k: v for k, v in edits[r.doc].items() if k in FRAME_COLUMNS}) if r.doc in edits else r
        for r in reports
    )
    return out, changed


def edited_fields(edits: Mapping[str, Mapping[str, str]], doc: str) -> str:
    """ "title, url" : which of a document's fields the analyst edited ("" when none)."""
    return ", ".join(k for k in FRAME_COLUMNS if k in edits.get(doc, {}))
