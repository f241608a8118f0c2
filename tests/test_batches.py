"""How batches of rows travel and are joined: Arrow pieces, one sort, texts left behind on request."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

from timeline.core.frame import COLUMN_NAMES, COLUMNS, frame_from_tables, table_from_rows
from timeline.pipeline import extract

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _row(doc: str, day: dt.date | None, start: int, text: str) -> tuple[object, ...]:
    values: dict[str, object] = {}
    for c in COLUMNS:
        values[c.name] = None if c.dtype.startswith("datetime") else 0 if c.dtype == "int64" else ""
    values.update(mention_id=f"m-{doc}-{start}-{text}", doc=doc, date=day, date_end=day, passage_start=start,
                  passage=text, title=text)  # fmt: skip
    return tuple(values[name] for name in COLUMN_NAMES)


def test_pieces_are_joined_in_pandas_stable_order_undated_last() -> None:
    d1, d2 = dt.date(2020, 1, 2), dt.date(2019, 12, 31)
    pieces = [
        [_row("b.txt", d1, 5, "first b"), _row("a.txt", None, 0, "undated a"), _row("a.txt", d1, 5, "tie 1")],
        [_row("a.txt", d1, 5, "tie 2"), _row("c.txt", d2, 9, "earliest"), _row("a.txt", None, 0, "undated b")],
        [],
    ]
    got = frame_from_tables([table_from_rows(rows) for rows in pieces])
    frames = [pd.DataFrame([dict(zip(COLUMN_NAMES, r, strict=True)) for r in rows]) for rows in pieces if rows]
    whole = pd.concat(frames, ignore_index=True)
    whole["date"] = pd.to_datetime(whole["date"])
    expected = whole.sort_values(["date", "doc", "passage_start"], na_position="last", kind="stable")
    assert got["passage"].tolist() == expected["passage"].tolist()
    assert got["passage"].tolist() == ["earliest", "tie 1", "tie 2", "first b", "undated a", "undated b"]
    assert [str(got[c.name].dtype) for c in COLUMNS] == ["str" if c.dtype == "str" else c.dtype for c in COLUMNS]


def test_texts_can_be_left_in_the_workers() -> None:
    full = extract([SEEDS])
    counted = extract([SEEDS], keep_texts=False)
    assert len(counted.documents) == len(full.documents) > 0
    assert all(d.text == "" for d in counted.documents)
    assert all(d.text for d in full.documents)
    assert [d.title for d in counted.documents] == [d.title for d in full.documents]
    pd.testing.assert_frame_equal(counted.frame, full.frame)
