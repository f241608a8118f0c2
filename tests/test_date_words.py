"""An event's date in words at its precision: every precision, the thirds, and the honest fallback."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import d, span_of

from timeline.core.errors import DataFileError
from timeline.view.date_words import DATE_WORDS_FILE, date_in_words, date_iso, load_date_words


@pytest.mark.parametrize(
    ("start", "end", "precision", "words"),
    [
        # day
        ("2020-11-14", "2020-11-14", "day", "14 November 2020"),
        ("2020-01-05", "2020-01-05", "day", "5 January 2020"),
        ("2020-11-02", "2020-11-04", "day", "2–4 November 2020"),
        ("2020-11-30", "2020-12-02", "day", "30 November–2 December 2020"),
        ("2020-12-30", "2021-01-02", "day", "30 December 2020–2 January 2021"),
        # week (Monday to Sunday), weekend
        ("2020-11-09", "2020-11-15", "week", "week of 9 November 2020"),
        ("2020-11-14", "2020-11-15", "week", "weekend of 14–15 November 2020"),
        ("2020-11-10", "2020-11-16", "week", "2020-11-10 to 2020-11-16"),
        # month and its thirds (30 days: 1-10, 11-20, 21-30)
        ("2020-11-01", "2020-11-30", "month", "November 2020"),
        ("2020-11-01", "2020-11-10", "month", "early November 2020"),
        ("2020-11-11", "2020-11-20", "month", "mid-November 2020"),
        ("2020-11-21", "2020-11-30", "month", "late November 2020"),
        # February of a leap year (29 days: thirds of 10) and of a common year (28 days: thirds of 9)
        ("2020-02-20", "2020-02-29", "month", "late February 2020"),
        ("2021-02-10", "2021-02-19", "month", "mid-February 2021"),
        # quarters and halves resolve at year precision (TIMEX3 2019-Q3, 2021-H1); month in stores written before
        ("2019-07-01", "2019-09-30", "year", "third quarter of 2019"),
        ("2021-01-01", "2021-06-30", "year", "first half of 2021"),
        ("2021-04-01", "2021-06-30", "year", "second quarter of 2021"),
        ("2021-02-01", "2021-06-30", "year", "2021-02-01 to 2021-06-30"),
        ("2019-07-01", "2019-09-30", "month", "third quarter of 2019"),
        ("2019-10-01", "2019-12-31", "month", "fourth quarter of 2019"),
        ("2021-01-01", "2021-06-30", "month", "first half of 2021"),
        ("2021-07-01", "2021-12-31", "month", "second half of 2021"),
        ("2019-07-01", "2019-09-30", "quarter", "third quarter of 2019"),
        ("2021-01-01", "2021-06-30", "half", "first half of 2021"),
        ("2021-01-01", "2021-03-31", "half", "2021-01-01 to 2021-03-31"),
        ("2020-02-01", "2020-04-30", "month", "February to April 2020"),
        ("2020-11-01", "2021-01-31", "month", "November 2020 to January 2021"),
        ("2020-11-05", "2020-11-30", "month", "2020-11-05 to 2020-11-30"),
        # seasons: northern hemisphere, meteorological; winter runs into the next year
        ("2020-09-01", "2020-11-30", "season", "autumn 2020"),
        ("2020-03-01", "2020-05-31", "season", "spring 2020"),
        ("2020-06-01", "2020-08-31", "season", "summer 2020"),
        ("2020-12-01", "2021-02-28", "season", "winter 2020–21"),
        ("2019-12-01", "2020-02-29", "season", "winter 2019–20"),
        # year and its thirds (2020 has 366 days: thirds of 122)
        ("2020-01-01", "2020-12-31", "year", "2020"),
        ("2020-01-01", "2020-05-01", "year", "early 2020"),
        ("2020-09-01", "2020-12-31", "year", "late 2020"),
        ("2019-01-01", "2020-12-31", "year", "2019 to 2020"),
        # decade and its thirds (2010-2019 has 3,652 days: thirds of 1,217)
        ("2010-01-01", "2019-12-31", "decade", "the 2010s"),
        ("2010-01-01", "2013-05-01", "decade", "the early 2010s"),
        ("1990-01-01", "1999-12-31", "decade", "the 1990s"),
        # anything else: the honest ISO range
        ("1900-01-01", "1999-12-31", "century", "1900-01-01 to 1999-12-31"),
        ("2020-11-01", "2020-11-30", "", "2020-11-01 to 2020-11-30"),
        ("2020-11-14", "2020-11-14", "", "2020-11-14"),
        ("2020-11-30", "2020-11-01", "month", "2020-11-30 to 2020-11-01"),
    ],
)
def test_date_in_words(start: str, end: str, precision: str, words: str) -> None:
    assert date_in_words(d(start), d(end), precision) == words


@pytest.mark.parametrize(
    ("value", "precision", "words"),
    [
        ("2020-01-13", "day", "13 January 2020"),
        ("2020-W21", "week", "week of 18 May 2020"),
        ("2020-11", "month", "November 2020"),
        ("2020-FA", "season", "autumn 2020"),
        ("2019-WI", "season", "winter 2019–20"),
        ("2019", "year", "2019"),
        ("201", "decade", "the 2010s"),
    ],
)
def test_timex_values_in_words(value: str, precision: str, words: str) -> None:
    # span_of is the suite's own calendar, written independently of timeline.core.periods
    start, end = span_of(value)
    assert date_in_words(start, end, precision) == words


def test_date_iso() -> None:
    assert date_iso(d("2020-11-14"), d("2020-11-14")) == "2020-11-14"
    assert date_iso(d("2020-11-21"), d("2020-11-30")) == "2020-11-21/2020-11-30"


def test_seed_late_november_is_written_late(seeds_extraction) -> None:
    """The seeds say "In late November": the frame narrows the month, the words say so."""
    frame = seeds_extraction.frame
    row = frame.loc[frame["date_modifier"] == "END"].iloc[0]
    assert "late November" in row["passage"]
    words = date_in_words(row["date"].date(), row["date_end"].date(), row["precision"])
    assert words == "late November 2020"


def test_malformed_words_file_is_a_data_file_error(tmp_path: Path) -> None:
    from timeline.core.data import builtin

    text = builtin(DATE_WORDS_FILE).read_text(encoding="utf-8")
    broken = tmp_path / "date_words.yaml"
    broken.write_text(text.replace("seasons: {SP: spring,", "seasons: {SX: spring,"), encoding="utf-8")
    with pytest.raises(DataFileError, match="seasons"):
        load_date_words(broken)
    broken.write_text(text.replace("months: [January, ", "months: ["), encoding="utf-8")
    with pytest.raises(DataFileError, match="months"):
        load_date_words(broken)
