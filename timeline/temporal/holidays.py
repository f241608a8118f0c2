"""Holidays as dates: fixed Gregorian days, Easter-relative days, Islamic days of the Hijri calendar, and
days of other calendars (Hebrew, Hindu, Chinese, Persian).

The names and their rules are data (`timeline/data/en/holidays.yaml`); this module turns one holiday and
one Gregorian year into the periods it falls on.  Easter comes from `dateutil.easter`; the Hijri calendar
from `hijridate` (the Umm al-Qura calendar, 1343-1500 AH, i.e. 1924-2077): outside it, no date.  The other
calendars' days come from the `holidays` package's table of a state that keeps them (Israel's for the
Hebrew calendar, India's for Diwali, China's for the Lunar New Year, Iran's for Nowruz): a year the table
does not cover (India's Hindu days: 2001-2035) has no date.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dateutil import easter as _easter

from timeline.core import periods as P
from timeline.core.errors import DataFileError
from timeline.core.periods import Period

_KINDS = ("fixed", "nth_weekday", "easter", "orthodox_easter", "islamic", "calendar", "generic", "national")
_SPANS = ("first", "all")


@dataclass(frozen=True, slots=True)
class Holiday:
    kind: str
    # fixed: (month, day); nth_weekday: (month, weekday, n, days after); easter kinds: (offset,);
    # islamic: (month, day, days); calendar: (days of eve before its first day,)
    params: tuple[int, ...] = ()
    # generic: the holidays the name may mean; national: the one table of national_days.yaml that dates it;
    # calendar: (state, span, the names its table gives the holiday's days)
    members: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class NationalDays:
    """One table of national_days.yaml: each state's day, and the names a sentence may call it by."""

    # Every name as written, longest first, as whole words.
    names: re.Pattern[str]
    # A name as written -> (state, month, day).
    days: Mapping[str, tuple[str, int, int]]

    def day_in(self, sentence: str) -> tuple[int, int] | None:
        """The (month, day) of the one state the sentence names; None when it names none or several."""
        states = {self.days[m.group(0)] for m in self.names.finditer(sentence)}
        if len({state for state, _, _ in states}) != 1:
            return None
        (_, month, day), *_ = states
        return month, day


def read_national_days(document: Mapping[str, Any], path: Path) -> dict[str, NationalDays]:
    """The tables of national_days.yaml by name; a malformed entry is a DataFileError naming the file."""
    tables: dict[str, NationalDays] = {}
    for table, states in document.items():
        if table == "examples":
            continue
        if not isinstance(states, dict) or not states:
            raise DataFileError(f"{path}: {table!r} must be a table of state: {{date: [month, day], names: [...]}}")
        days: dict[str, tuple[str, int, int]] = {}
        for state, value in states.items():
            date = value.get("date") if isinstance(value, dict) else None
            names = value.get("names") if isinstance(value, dict) else None
            ok = isinstance(date, list) and len(date) == 2 and all(isinstance(v, int) for v in date)
            if not ok or not isinstance(names, list) or not names or not all(isinstance(n, str) and n for n in names):
                raise DataFileError(f"{path}: {table}: state {state!r} needs date: [month, day] and a list of names")
            try:
                dt.date(2000, *date)
            except ValueError:
                raise DataFileError(f"{path}: {table}: state {state!r} has no such day {date!r}") from None
            days.update({name: (str(state), date[0], date[1]) for name in names})
        # As written, or in capitals ("YEMEN"): a name is a proper noun.
        days.update({name.upper(): day for name, day in days.items()})
        alternation = "|".join(re.escape(n) for n in sorted(days, key=len, reverse=True))
        tables[str(table)] = NationalDays(re.compile(rf"(?<![\w.])(?:{alternation})(?![\w])"), days)
    return tables


def key(name: str) -> str:
    """A holiday's lookup key: lower case, one space, straight apostrophes, no hyphens."""
    return " ".join(name.lower().replace("’", "'").replace("-", " ").split())


def read_holidays(document: Mapping[str, Any], path: Path) -> dict[str, Holiday]:
    """The holidays of holidays.yaml by `key`; a malformed entry is a DataFileError naming the file."""
    table: dict[str, Holiday] = {}
    names: dict[str, str] = {}
    for kind in _KINDS:
        entries = document.get(kind, {})
        if not isinstance(entries, dict):
            raise DataFileError(f"{path}: {kind!r} must be a table of name: value")
        for name, value in entries.items():
            if not isinstance(name, str) or not name[:1].isupper():
                raise DataFileError(f"{path}: {kind}: holiday name {name!r} must be capitalised")
            ints = [value] if isinstance(value, int) else value
            if kind == "generic":
                ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
                holiday = Holiday(kind, members=tuple(key(v) for v in value) if ok else ())
            elif kind == "national":
                ok = isinstance(value, str) and bool(value)
                holiday = Holiday(kind, members=(value,) if ok else ())
            elif kind == "calendar":
                ok = _calendar_entry(value)
                holiday = Holiday(kind, (value[3],), (value[0], value[2], *value[1])) if ok else Holiday(kind)
            else:
                size = {"fixed": 2, "islamic": 3, "nth_weekday": 4}.get(kind, 1)
                ok = isinstance(ints, list) and len(ints) == size and all(isinstance(v, int) for v in ints)
                holiday = Holiday(kind, tuple(ints) if ok else ())
            if not ok:
                raise DataFileError(f"{path}: {kind}: holiday {name!r} has a malformed value {value!r}")
            table[key(name)] = holiday
            names[key(name)] = name
    for name, holiday in table.items():
        if holiday.kind in ("national", "calendar"):
            continue
        for member in holiday.members:
            if member not in table or table[member].kind == "generic":
                raise DataFileError(f"{path}: generic holiday {names[name]!r} names {member!r}, not a holiday")
    return table


def _calendar_entry(value: object) -> bool:
    """[state, [names in its table], first|all, days of eve]: the shape of a `calendar` entry."""
    if not isinstance(value, list) or len(value) != 4:
        return False
    state, names, span, eve = value
    return (
        isinstance(state, str)
        and len(state) == 2
        and isinstance(names, list)
        and bool(names)
        and all(isinstance(n, str) and n for n in names)
        and span in _SPANS
        and isinstance(eve, int)
        and 0 <= eve <= 1
    )


def holiday_names(document: Mapping[str, Any]) -> tuple[str, ...]:
    return tuple(name for kind in _KINDS for name in (document.get(kind) or {}))


def _islamic(month: int, day: int, days: int, year: int) -> list[Period]:
    return list(_islamic_periods(month, day, days, year))


@functools.lru_cache(maxsize=256)
def _islamic_periods(month: int, day: int, days: int, year: int) -> tuple[Period, ...]:
    """The periods of an Islamic holiday in a Gregorian year, converted once for each: a document names the same
    holidays and years as the one before, and four Hijri conversions cost some 40,000 instructions."""
    from hijridate import Hijri

    found: list[Period] = []
    approx = int((year - 622) * 33 / 32)
    for h_year in range(approx - 1, approx + 3):
        try:
            first = Hijri(h_year, month, day)
            start = first.to_gregorian()
            length = first.month_length() if days == 0 else days
        except (ValueError, OverflowError):
            continue
        start_date = dt.date(start.year, start.month, start.day)
        if start_date.year != year:
            continue
        if length == 1:
            found.append(P.day(start_date))
        else:
            found.append(P.spanning(P.day(start_date), P.day(start_date + dt.timedelta(days=length - 1))))
    return tuple(found)


@functools.lru_cache(maxsize=256)
def _state_days(state: str, year: int) -> tuple[tuple[dt.date, frozenset[str]], ...]:
    """Every day of one state's holiday table for a year (all its categories), with the names on it; empty
    for a year or a state the table does not cover."""
    import holidays as tables

    try:
        with warnings.catch_warnings():
            # a year outside a table's range is answered with a warning and no days: no date, as wanted
            warnings.simplefilter("ignore")
            kind = type(tables.country_holidays(state))
            days = tables.country_holidays(state, years=year, categories=kind.supported_categories)
    except (NotImplementedError, KeyError, ValueError):
        return ()
    return tuple(sorted((day, frozenset(name.split("; "))) for day, name in days.items()))


def _calendar(state: str, span: str, names: tuple[str, ...], eve: int, year: int) -> list[Period]:
    """The holiday's periods that begin in `year`, from the days its state's table gives it: the first day
    of each run of days, or the whole run, opened `eve` days earlier (a Hebrew day begins at sundown)."""
    wanted = set(names)
    days = [d for y in (year, year + 1) for d, on in _state_days(state, y) if on & wanted]
    runs: list[list[dt.date]] = []
    for day in days:
        if runs and (day - runs[-1][-1]).days <= 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    found = []
    for run in runs:
        if run[0].year != year:
            continue
        first, last = run[0] - dt.timedelta(days=eve), run[-1] if span == "all" else run[0]
        found.append(P.day(first) if first == last else P.spanning(P.day(first), P.day(last)))
    return found


def _nth_weekday(year: int, month: int, weekday: int, n: int, days_after: int) -> dt.date:
    """The n-th `weekday` (Monday 0) of a month, -1 the last, then `days_after` days on ("the fourth
    Thursday of November", and the day after it)."""
    if n == -1:
        last = P.month_end(year, month)
        first = last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    else:
        first_day = dt.date(year, month, 1)
        first = first_day + dt.timedelta(days=(weekday - first_day.weekday()) % 7 + 7 * (n - 1))
        if first.month != month:
            raise ValueError(f"no weekday {n} of month {month}")
    return first + dt.timedelta(days=days_after)


def occurrences(name: str, year: int, holidays: Mapping[str, Holiday]) -> list[Period]:
    """The periods the holiday starts on in Gregorian `year` (two for an Islamic one some years, else one;
    none for a national one, which needs its state: see `NationalDays`)."""
    holiday = holidays[name]
    if holiday.kind == "national":
        return []
    try:
        if holiday.kind == "generic":
            return sorted((p for m in holiday.members for p in occurrences(m, year, holidays)), key=lambda p: p.start)
        if holiday.kind == "fixed":
            return [P.day(dt.date(year, *holiday.params))]
        if holiday.kind == "nth_weekday":
            return [P.day(_nth_weekday(year, *holiday.params))]
        if holiday.kind in ("easter", "orthodox_easter"):
            method = _easter.EASTER_WESTERN if holiday.kind == "easter" else _easter.EASTER_ORTHODOX
            return [P.day(_easter.easter(year, method) + dt.timedelta(days=holiday.params[0]))]
        if holiday.kind == "calendar":
            state, span, *names = holiday.members
            return _calendar(state, span, tuple(names), holiday.params[0], year)
        return _islamic(*holiday.params, year)
    except (ValueError, OverflowError):
        return []
