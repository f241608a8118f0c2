"""Calendar periods: a first day, a last day and a precision.

A date expression in a text rarely names a single day.  "last fall" is
September to November, "late November" is the last third of a month.  A
`Period` keeps the honest extent of what the text says, so that nothing
downstream has to invent a day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from timeline.core.errors import PeriodRangeError

Precision = Literal["day", "week", "month", "season", "year", "decade", "century"]
Modifier = Literal["", "START", "MID", "END"]

PRECISIONS: tuple[str, ...] = ("day", "week", "month", "season", "year", "decade", "century")
# Meteorological seasons (northern hemisphere), as the TIMEX3 standard and the
# project's gold annotation use them; winter runs into the next year.
SEASON_MONTHS: dict[str, tuple[int, int]] = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}

# The years a period may span: what `datetime.date` can hold.
MIN_YEAR, MAX_YEAR = 1, 9999


def check_year(year_no: int, what: str = "year") -> int:
    """`year_no` itself, or PeriodRangeError when it lies outside 1-9999."""
    if not MIN_YEAR <= year_no <= MAX_YEAR:
        raise PeriodRangeError(f"{what} {year_no} is outside the years {MIN_YEAR}-{MAX_YEAR}")
    return year_no


def add_days(date: dt.date, days: int) -> dt.date:
    """`date` + `days`, or PeriodRangeError instead of OverflowError past 0001-01-01 or 9999-12-31."""
    try:
        return date + dt.timedelta(days=days)
    except OverflowError as exc:
        raise PeriodRangeError(f"{date.isoformat()} {days:+d} days is outside the years 1-9999") from exc


def date_or_none(year: int, month: int, day: int) -> dt.date | None:
    """The day a year, month and day name, or None when they name none (30 February, a month 13, a year 0): the
    check of a date read from a page's figures, before it is trusted."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Period:
    start: dt.date
    end: dt.date
    precision: Precision
    # TIMEX3 value at the expression's own precision, e.g. 2020-11 or 2020-FA.
    value: str
    # START/MID/END for "early/mid/late November": the period is narrowed,
    # the value and precision stay those of the month.
    modifier: Modifier = ""

    def contains(self, other: Period) -> bool:
        return self.start <= other.start and other.end <= self.end


def month_end(year: int, month: int) -> dt.date:
    check_year(year)
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def day(date: dt.date) -> Period:
    return Period(date, date, "day", date.isoformat())


def week(date: dt.date) -> Period:
    start = add_days(date, -date.weekday())
    iso_year, iso_week, _ = start.isocalendar()
    return Period(start, add_days(start, 6), "week", f"{iso_year}-W{iso_week:02d}")


def month(year: int, month_no: int) -> Period:
    check_year(year)
    return Period(dt.date(year, month_no, 1), month_end(year, month_no), "month", f"{year:04d}-{month_no:02d}")


def season(year: int, code: str) -> Period:
    first, last = SEASON_MONTHS[code]
    end_year, end_month = (year + 1, last - 12) if last > 12 else (year, last)
    check_year(year)
    check_year(end_year, "season ending in year")
    return Period(dt.date(year, first, 1), month_end(end_year, end_month), "season", f"{year:04d}-{code}")


def season_of(date: dt.date) -> Period:
    """The season that contains a day (January belongs to the previous year's winter)."""
    m = date.month
    if m in (1, 2):
        return season(date.year - 1, "WI")
    for code, (first, last) in SEASON_MONTHS.items():
        if first <= m <= last:
            return season(date.year, code)
    raise AssertionError(m)


def year(year_no: int) -> Period:
    check_year(year_no)
    return Period(dt.date(year_no, 1, 1), dt.date(year_no, 12, 31), "year", f"{year_no:04d}")


def decade(first_year: int) -> Period:
    first_year -= first_year % 10
    check_year(max(first_year, 1), "decade starting in year")
    check_year(first_year + 9, "decade ending in year")
    first_day, last_day = dt.date(max(first_year, 1), 1, 1), dt.date(first_year + 9, 12, 31)
    return Period(first_day, last_day, "decade", f"{first_year // 10:03d}")


def century(ordinal: int) -> Period:
    """ "the 20th century" is 1900-1999 (value 19), as TIMEX3 writes it."""
    first = (ordinal - 1) * 100
    check_year(max(first, 1), "century starting in year")
    check_year(first + 99, "century ending in year")
    return Period(dt.date(max(first, 1), 1, 1), dt.date(first + 99, 12, 31), "century", f"{ordinal - 1:02d}")


def narrowed(period: Period, modifier: Modifier) -> Period:
    """The first, middle or last third of a month or year ("early 2020", "late November")."""
    if not modifier:
        return period
    span = (period.end - period.start).days + 1
    third = round(span / 3)
    # The first and last `third` days; the middle takes what is left, so the three never overlap.
    if modifier == "START":
        start, end = period.start, period.start + dt.timedelta(days=third - 1)
    elif modifier == "MID":
        start, end = period.start + dt.timedelta(days=third), period.end - dt.timedelta(days=third)
    else:
        start, end = period.end - dt.timedelta(days=third - 1), period.end
    return Period(start, end, period.precision, period.value, modifier)


def spanning(first: Period, last: Period) -> Period:
    """A range such as "November 2-4": first day of one end to last day of the other."""
    return Period(first.start, last.end, first.precision, f"{first.value}/{last.value}")


def overlaps(first: Period, second: Period) -> bool:
    """Whether the two periods share a day."""
    return first.start <= second.end and second.start <= first.end


def shift_months(date: dt.date, months: int) -> dt.date:
    """The same day-of-month `months` later (clipped to the month's end)."""
    index = date.year * 12 + date.month - 1 + months
    y, m = divmod(index, 12)
    check_year(y)
    return min(dt.date(y, m + 1, 1) + dt.timedelta(days=date.day - 1), month_end(y, m + 1))


def parse_value(value: str) -> Period:
    """Inverse of `Period.value` for the calendar forms (used by tests and evaluation)."""
    v = value.strip()
    parts = v.split("-")
    if len(parts) == 2 and parts[1] in SEASON_MONTHS:
        return season(int(parts[0]), parts[1])
    if "-W" in v:
        y, w = v.split("-W")
        return week(dt.date.fromisocalendar(int(y), int(w), 1))
    parts = v.split("-")
    if len(parts) == 2 and parts[1] in SEASON_MONTHS:
        return season(int(parts[0]), parts[1])
    if len(parts) == 1:
        if len(v) == 3:
            return decade(int(v) * 10)
        return year(int(v))
    if len(parts) == 2:
        return month(int(parts[0]), int(parts[1]))
    return day(dt.date(int(parts[0]), int(parts[1]), int(parts[2])))
