"""Calendar periods: extents, TIMEX3 values, narrowing to thirds, ranges, month arithmetic."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import FAST, d, span_of
from hypothesis import given
from hypothesis import strategies as st

from timeline.core import periods as P


@pytest.mark.parametrize(
    "period,value,precision",
    [
        pytest.param(P.day(d("2020-02-29")), "2020-02-29", "day", id="day-leap"),
        pytest.param(P.week(d("2020-05-20")), "2020-W21", "week", id="week-midweek"),
        pytest.param(P.week(d("2020-01-01")), "2020-W01", "week", id="week-1-starts-in-december"),
        pytest.param(P.week(d("2021-01-01")), "2020-W53", "week", id="week-53-ends-in-january"),
        pytest.param(P.week(d("2019-12-30")), "2020-W01", "week", id="iso-year-not-calendar-year"),
        pytest.param(P.month(2020, 2), "2020-02", "month", id="february-leap"),
        pytest.param(P.month(2019, 2), "2019-02", "month", id="february"),
        pytest.param(P.month(2020, 12), "2020-12", "month", id="december"),
        pytest.param(P.season(2020, "SP"), "2020-SP", "season", id="spring"),
        pytest.param(P.season(2020, "SU"), "2020-SU", "season", id="summer"),
        pytest.param(P.season(2020, "FA"), "2020-FA", "season", id="fall"),
        pytest.param(P.season(2019, "WI"), "2019-WI", "season", id="winter-into-leap-february"),
        pytest.param(P.season(2020, "WI"), "2020-WI", "season", id="winter-into-february"),
        pytest.param(P.year(2011), "2011", "year", id="year"),
        pytest.param(P.decade(1994), "199", "decade", id="decade-from-any-year"),
    ],
)
def test_constructors(period, value, precision):
    assert (period.value, period.precision, period.modifier) == (value, precision, "")
    assert (period.start, period.end) == span_of(value)


def test_century_is_timex3():
    c = P.century(20)
    assert (c.value, c.precision, c.start, c.end) == ("19", "century", d("1900-01-01"), d("1999-12-31"))


@pytest.mark.parametrize(
    "day,expected",
    [
        pytest.param("2020-01-15", "2019-WI", id="january-belongs-to-previous-winter"),
        pytest.param("2020-02-29", "2019-WI", id="leap-day"),
        pytest.param("2020-03-01", "2020-SP", id="first-of-spring"),
        pytest.param("2020-08-31", "2020-SU", id="last-of-summer"),
        pytest.param("2020-11-30", "2020-FA", id="last-of-fall"),
        pytest.param("2020-12-01", "2020-WI", id="first-of-winter"),
    ],
)
def test_season_of(day, expected):
    assert P.season_of(d(day)).value == expected


@pytest.mark.parametrize(
    "modifier,start,end",
    [
        pytest.param("START", "2020-11-01", "2020-11-10", id="early-november"),
        pytest.param("MID", "2020-11-11", "2020-11-20", id="mid-november"),
        pytest.param("END", "2020-11-21", "2020-11-30", id="late-november"),
    ],
)
def test_narrowed_thirds_of_november(modifier, start, end):
    p = P.narrowed(P.month(2020, 11), modifier)
    assert (p.start, p.end, p.value, p.precision, p.modifier) == (d(start), d(end), "2020-11", "month", modifier)


def test_narrowed_without_modifier_is_unchanged():
    assert P.narrowed(P.month(2020, 11), "") == P.month(2020, 11)


def test_narrowed_thirds_partition_every_month_and_year():
    for whole in [P.month(2020, m) for m in range(1, 13)] + [P.year(2019), P.year(2020)]:
        start, mid, end = (P.narrowed(whole, m) for m in ("START", "MID", "END"))
        assert start.start == whole.start and end.end == whole.end, whole
        assert start.end + dt.timedelta(days=1) == mid.start, whole
        assert mid.end + dt.timedelta(days=1) == end.start, whole
        sizes = [(p.end - p.start).days + 1 for p in (start, mid, end)]
        assert max(sizes) - min(sizes) <= 1, (whole, sizes)


def test_spanning_runs_first_day_to_last_day():
    p = P.spanning(P.day(d("2020-11-10")), P.day(d("2020-11-13")))
    assert (p.start, p.end, p.precision) == (d("2020-11-10"), d("2020-11-13"), "day")
    months = P.spanning(P.month(2020, 1), P.month(2020, 3))
    assert (months.start, months.end, months.precision) == (d("2020-01-01"), d("2020-03-31"), "month")


@pytest.mark.parametrize(
    "day,months,expected",
    [
        pytest.param("2020-01-31", 1, "2020-02-29", id="clipped-to-leap-february"),
        pytest.param("2019-01-31", 1, "2019-02-28", id="clipped-to-february"),
        pytest.param("2020-12-15", 1, "2021-01-15", id="over-new-year"),
        pytest.param("2020-01-15", -1, "2019-12-15", id="back-over-new-year"),
        pytest.param("2020-05-20", -14, "2019-03-20", id="more-than-a-year-back"),
    ],
)
def test_shift_months(day, months, expected):
    assert P.shift_months(d(day), months) == d(expected)


@pytest.mark.parametrize(
    ("year", "month", "day", "expected"),
    [
        pytest.param(2020, 2, 29, "2020-02-29", id="leap-day"),
        pytest.param(2021, 2, 29, None, id="no-leap-day"),
        pytest.param(2021, 4, 31, None, id="day-past-the-month"),
        pytest.param(2021, 13, 1, None, id="month-13"),
        pytest.param(2021, 5, 0, None, id="day-0"),
        pytest.param(0, 5, 1, None, id="year-0"),
    ],
)
def test_date_or_none(year, month, day, expected):
    assert P.date_or_none(year, month, day) == (d(expected) if expected else None)


def test_month_end():
    assert [P.month_end(2020, m).day for m in range(1, 13)] == [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def test_contains():
    assert P.year(2020).contains(P.month(2020, 11))
    assert P.month(2020, 11).contains(P.narrowed(P.month(2020, 11), "END"))
    assert not P.month(2020, 11).contains(P.season(2020, "FA"))
    assert P.season(2019, "WI").contains(P.day(d("2020-02-29")))


days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))


@FAST
@given(days)
def test_parse_value_inverts_every_calendar_form(day):
    forms = [
        P.day(day), P.week(day), P.month(day.year, day.month), P.year(day.year), P.decade(day.year),
        P.season(day.year, "SP"), P.season(day.year, "SU"), P.season(day.year, "FA"),
    ]  # fmt: skip
    for period in forms:
        assert P.parse_value(period.value) == period
        assert (period.start, period.end) == span_of(period.value)


@FAST
@given(days)
def test_every_day_is_in_its_week_month_season_and_year(day):
    for period in (P.week(day), P.month(day.year, day.month), P.season_of(day), P.year(day.year)):
        assert period.start <= day <= period.end


def test_parse_value_winter():
    assert P.parse_value("2020-WI") == P.season(2020, "WI")
