"""Downloads: exactly the filtered events, the CLI's columns, no spreadsheet formulas, a dated file name."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.core.frame import COLUMN_NAMES, conform, records_for_export
from timeline.grouping.events_table import EVENT_TABLE_COLUMNS
from timeline.view import export, masks, state


def sample() -> pd.DataFrame:
    rows = [
        {"mention_id": "m1", "doc": "a.txt", "date": "2020-01-05", "date_end": "2020-01-05", "precision": "day",
         "title": "Talks", "passage": "Talks on Jan. 5", "passage_start": 10, "passage_end": 25, "status": "reported"},
        {"mention_id": "m2", "doc": "a.txt", "date": "2020-09-01", "date_end": "2020-11-30", "precision": "season",
         "title": "=HYPERLINK(\"http://evil\")", "passage": "-2+3 last fall", "date_text": "last fall",
         "status": "reported", "outlet": "@outlet"},
        {"mention_id": "m3", "doc": "b.txt", "date": "2021-12-24", "date_end": "2021-12-24", "precision": "day",
         "title": "+cmd|' /C calc'!A0", "passage": "\tTabbed", "status": "scheduled", "actors": "\rCR"},
        {"mention_id": "m4", "doc": "b.txt", "date": None, "date_end": None, "precision": "",
         "title": "Undated, with \"quotes\", commas and ünïcode", "passage": "this week", "status": "reported"},
    ]  # fmt: skip
    return conform(pd.DataFrame(rows))


def read_csv(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


def test_csv_has_the_cli_columns_and_exactly_the_filtered_rows() -> None:
    shown = masks.apply_filters(sample(), state.Filters(docs=("a.txt",)))
    rows = read_csv(export.csv_bytes(shown))
    assert list(rows[0]) == list(COLUMN_NAMES)
    assert [r["mention_id"] for r in rows] == ["m1", "m2"]
    assert rows[1]["date"] == "2020-09-01" and rows[1]["date_end"] == "2020-11-30"
    assert rows[0]["passage_start"] == "10" and rows[0]["passage_end"] == "25"


def test_csv_equals_records_for_export_apart_from_the_guard() -> None:
    frame = sample()
    expected = records_for_export(frame).astype(str).to_dict(orient="records")
    got = read_csv(export.csv_bytes(frame))
    assert len(got) == len(expected)
    for want, row in zip(expected, got, strict=True):
        for key, value in want.items():
            assert row[key] == (export.neutralise(value) if value else value)


def test_csv_is_utf8_without_bom() -> None:
    data = export.csv_bytes(sample())
    assert not data.startswith(b"\xef\xbb\xbf")
    assert "ünïcode" in data.decode("utf-8")


@pytest.mark.parametrize("prefix", ["=", "+", "-", "@", "\t", "\r"])
def test_formula_prefixes_are_neutralised(prefix: str) -> None:
    assert export.neutralise(prefix + "1+1") == "'" + prefix + "1+1"


def test_guard_applies_to_every_text_cell_in_the_file() -> None:
    rows = read_csv(export.csv_bytes(sample()))
    by_id = {r["mention_id"]: r for r in rows}
    assert by_id["m2"]["title"].startswith("'=")
    assert by_id["m2"]["passage"].startswith("'-")
    assert by_id["m2"]["outlet"] == "'@outlet"
    assert by_id["m3"]["title"].startswith("'+")
    assert by_id["m3"]["passage"] == "'\tTabbed"
    assert by_id["m3"]["actors"] == "'\rCR"
    for row in rows:
        for value in row.values():
            assert not value.startswith(export.FORMULA_PREFIXES)


def test_harmless_cells_are_unchanged() -> None:
    assert export.neutralise("Talks in Moscow") == "Talks in Moscow"
    assert export.neutralise("") == ""
    assert export.neutralise("2020-01-05") == "2020-01-05"


@given(st.text(max_size=20))
def test_neutralised_cells_never_start_a_formula(value: str) -> None:
    out = export.neutralise(value)
    assert not out.startswith(export.FORMULA_PREFIXES)
    assert out in (value, "'" + value)


def test_json_has_the_same_rows_and_columns_unguarded() -> None:
    records = json.loads(export.json_bytes(sample()).decode("utf-8"))
    assert [r["mention_id"] for r in records] == ["m1", "m2", "m3", "m4"]
    assert list(records[0]) == list(COLUMN_NAMES)
    assert records[1]["title"] == '=HYPERLINK("http://evil")'
    assert records[3]["date"] == "" and records[0]["passage_start"] == 10


def test_empty_export_has_header_only() -> None:
    rows = read_csv(export.csv_bytes(sample().iloc[0:0]))
    assert rows == []
    header = export.csv_bytes(sample().iloc[0:0]).decode("utf-8").splitlines()[0]
    assert header.split(",") == list(COLUMN_NAMES)
    assert json.loads(export.json_bytes(sample().iloc[0:0])) == []


def test_file_name_carries_the_events_date_range() -> None:
    assert export.export_file_name(sample(), "csv") == "timeline_2020-01-05_2021-12-24.csv"


def test_file_name_uses_the_filter_bounds_when_set() -> None:
    name = export.export_file_name(sample(), "json", dt.date(2020, 1, 1), dt.date(2020, 12, 31))
    assert name == "timeline_2020-01-01_2020-12-31.json"
    assert export.export_file_name(sample(), "csv", start=dt.date(2020, 6, 1)) == "timeline_2020-06-01_2021-12-24.csv"


def test_file_name_without_dates() -> None:
    assert export.export_file_name(sample().iloc[0:0], "csv") == "timeline_empty.csv"
    assert export.export_file_name(sample().iloc[3:4], "csv") == "timeline_undated.csv"


@given(
    st.lists(
        st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=15),
        min_size=1,
        max_size=4,
    )
)
def test_any_text_survives_the_csv_round_trip_guarded(titles: list[str]) -> None:
    frame = conform(
        pd.DataFrame([{"mention_id": f"m{i}", "title": t, "date": "2020-01-01"} for i, t in enumerate(titles)])
    )
    rows = read_csv(export.csv_bytes(frame))
    assert [r["title"] for r in rows] == [export.neutralise(t) for t in frame["title"]]


# --- one row per event ---------------------------------------------------------------------------


def grouped() -> pd.DataFrame:
    """The sample with m1 and m3 reporting one event (e1), and a hostile actor name."""
    frame = sample()
    frame["event_id"] = ["e1", "e2", "e1", "e4"]
    frame["event_date"] = frame["date"]
    frame["event_date_end"] = frame["date_end"]
    frame["event_precision"] = frame["precision"]
    frame["event_date_from"] = frame["mention_id"]
    frame.loc[frame["mention_id"] == "m2", "actors"] = "=cmd()"
    return frame


def test_events_download_has_one_row_per_event_id_of_the_filtered_rows() -> None:
    frame = grouped()
    rows = read_csv(export.events_csv_bytes(frame))
    assert sorted(r["event_id"] for r in rows) == sorted(set(frame["event_id"])) == ["e1", "e2", "e4"]
    assert list(rows[0]) == list(EVENT_TABLE_COLUMNS)
    e1 = next(r for r in rows if r["event_id"] == "e1")
    assert e1["mention_ids"] == "m1; m3" and e1["docs"] == "a.txt; b.txt" and e1["n_sources"] == "2"
    assert e1["event_date"] == "2020-01-05"
    # Filtering first: the event table is of the rows shown, its sources among them.
    shown = masks.apply_filters(frame, state.Filters(docs=("a.txt",)))
    rows = read_csv(export.events_csv_bytes(shown))
    assert sorted(r["event_id"] for r in rows) == sorted(set(shown["event_id"])) == ["e1", "e2"]
    assert next(r for r in rows if r["event_id"] == "e1")["n_sources"] == "1"


def test_events_download_is_guarded_against_formulas() -> None:
    rows = read_csv(export.events_csv_bytes(grouped()))
    for row in rows:
        for value in row.values():
            assert not value.startswith(export.FORMULA_PREFIXES)
    assert next(r for r in rows if r["event_id"] == "e2")["actors"] == "'=cmd()"


def test_events_download_of_nothing_has_the_header() -> None:
    data = export.events_csv_bytes(grouped().iloc[0:0]).decode("utf-8")
    assert data.splitlines() == [",".join(EVENT_TABLE_COLUMNS)]


def test_events_file_name_carries_the_date_range() -> None:
    name = export.export_file_name(grouped(), "csv", dt.date(2020, 1, 1), None, stem="timeline_events")
    assert name == "timeline_events_2020-01-01_2021-12-24.csv"
