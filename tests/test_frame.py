"""The events frame: one declaration of the columns (timeline.core.frame.COLUMNS), the README table, dtypes, export."""

from __future__ import annotations

import re

import pandas as pd
from conftest import ROOT

from timeline.core.frame import COLUMN_NAMES, COLUMNS, DATE_COLUMNS, conform, empty_frame, records_for_export

README_HEADER = "| name | dtype | meaning |"


def readme_columns() -> list[tuple[str, str, str]]:
    """The README's column table: the one markdown table whose header row is `| name | dtype | meaning |`."""
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    starts = [i for i, line in enumerate(lines) if line.strip() == README_HEADER]
    assert len(starts) == 1, f"README.md needs exactly one table headed {README_HEADER!r}"
    rows = []
    for line in lines[starts[0] + 2 :]:
        if not line.strip().startswith("|"):
            break
        cells = [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", line.strip()[1:-1])]
        assert len(cells) == 3, line
        name, dtype, meaning = (c.strip("`") if i < 2 else c for i, c in enumerate(cells))
        rows.append((name, dtype, meaning))
    return rows


def test_readme_table_matches_columns():
    assert readme_columns() == [(c.name, c.dtype, c.meaning) for c in COLUMNS]


def test_column_names_are_unique_and_documented():
    assert len(set(COLUMN_NAMES)) == len(COLUMN_NAMES)
    assert all(c.meaning.strip() and c.dtype in ("str", "int64", "datetime64[s]") for c in COLUMNS)
    assert {"doc", "date", "precision", "date_text", "passage", "passage_start", "passage_end", "status"} <= set(
        COLUMN_NAMES
    )


def test_empty_frame_has_declared_dtypes():
    frame = empty_frame()
    assert tuple(frame.columns) == COLUMN_NAMES
    assert [str(frame[c.name].dtype) for c in COLUMNS if c.dtype != "str"] == [
        c.dtype for c in COLUMNS if c.dtype != "str"
    ]


def test_seeds_frame_has_declared_dtypes(seeds_extraction):
    frame = seeds_extraction.frame
    for c in COLUMNS:
        if c.dtype == "str":
            assert frame[c.name].map(type).eq(str).all(), c.name
        else:
            assert str(frame[c.name].dtype) == c.dtype, c.name


def test_seeds_frame_sorted_by_date_unresolved_last(seeds_extraction):
    dates = seeds_extraction.frame["date"]
    resolved = dates.dropna()
    assert resolved.is_monotonic_increasing
    assert dates.isna().sum() == 2 and dates.tail(2).isna().all()


def test_conform_fills_missing_columns_and_orders_them():
    frame = conform(pd.DataFrame({"passage_start": ["3"], "doc": ["a.txt"], "date": ["2020-01-13"]}))
    assert tuple(frame.columns) == COLUMN_NAMES
    row = frame.iloc[0]
    assert (row["doc"], row["passage_start"], row["date"], row["title"]) == ("a.txt", 3, pd.Timestamp("2020-01-13"), "")


def test_records_for_export_writes_iso_days():
    frame = conform(pd.DataFrame({"doc": ["a", "b"], "date": ["2020-01-13", None], "published": [None, "2021-04-18"]}))
    out = records_for_export(frame)
    assert list(out["date"]) == ["2020-01-13", ""]
    assert list(out["published"]) == ["", "2021-04-18"]
    assert set(DATE_COLUMNS) <= set(out.columns)
