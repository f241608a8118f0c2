"""An event's date in words at its precision: "14 November 2020", "mid-November 2020", "autumn 2020".

The frame carries an event's period as a first day, a last day and a precision
(`event_date`, `event_date_end`, `event_precision`); the "early/mid/late" third,
the quarter or the half of a year is not a column of its own, so it is read
back from the period's extent (`timeline.core.periods.narrowed` made it).  A
period no form fits is written as the honest ISO range it is.  The words are
data (`timeline/data/en/date_words.yaml`).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timeline.core import periods as P
from timeline.core.data import builtin
from timeline.core.errors import DataFileError, PeriodRangeError
from timeline.core.yamldata import entry, read_yaml, strings

DATE_WORDS_FILE = "en/date_words.yaml"
_TEMPLATES = ("week", "weekend", "quarter", "half", "decade", "winter", "range", "day_range")
_MODIFIERS: tuple[P.Modifier, ...] = ("START", "MID", "END")


@dataclass(frozen=True, slots=True)
class DateWords:
    months: tuple[str, ...]
    seasons: Mapping[str, str]
    thirds: Mapping[str, str]
    ordinals: tuple[str, ...]
    templates: Mapping[str, str]


def load_date_words(path: Path | None = None) -> DateWords:
    """The words of `date_words.yaml` (or of `path`), checked: a malformed file is a DataFileError."""
    path = path or builtin(DATE_WORDS_FILE)
    document = read_yaml(path)
    months = strings(document, "months", path)
    ordinals = strings(document, "ordinals", path)
    if len(months) != 12 or len(ordinals) < 4:
        raise DataFileError(f"{path}: 'months' needs 12 names and 'ordinals' at least 4")
    seasons = _code_table(document, "seasons", tuple(P.SEASON_MONTHS), path)
    thirds = _code_table(document, "thirds", _MODIFIERS, path)
    templates = {name: entry(document, name, path) for name in _TEMPLATES}
    if not all(isinstance(t, str) and t for t in templates.values()):
        raise DataFileError(f"{path}: every template ({', '.join(_TEMPLATES)}) must be a non-empty string")
    return DateWords(months, seasons, thirds, ordinals, templates)


def _code_table(document: Mapping[str, Any], key: str, codes: tuple[str, ...], path: Path) -> dict[str, str]:
    value = entry(document, key, path)
    if not isinstance(value, dict) or set(value) != set(codes) or not all(isinstance(v, str) for v in value.values()):
        raise DataFileError(f"{path}: {key!r} must give a word to each of {', '.join(codes)}")
    return dict(value)


@functools.lru_cache(maxsize=1)
def _builtin_words() -> DateWords:
    return load_date_words()


def day_words(day: dt.date, words: DateWords | None = None) -> str:
    """ "14 November 2020"."""
    w = words or _builtin_words()
    return f"{day.day} {w.months[day.month - 1]} {day.year}"


def date_iso(start: dt.date, end: dt.date) -> str:
    """ "2020-11-14" for one day, else the ISO 8601 interval "2020-11-21/2020-11-30"."""
    return start.isoformat() if start == end else f"{start.isoformat()}/{end.isoformat()}"


def date_in_words(start: dt.date, end: dt.date, precision: str, *, words: DateWords | None = None) -> str:
    """The period `start`..`end` in words at `precision`; an ISO range when no form of that precision fits."""
    w = words or _builtin_words()
    writer = _WRITERS.get(precision)
    found = writer(start, end, w) if writer is not None and start <= end else None
    if found:
        return found
    return start.isoformat() if start == end else w.templates["range"].format(first=start, last=end)


def _day(start: dt.date, end: dt.date, w: DateWords) -> str | None:
    if start == end:
        return day_words(start, w)
    # "November 2-4" resolves to a range of days.
    if (start.year, start.month) == (end.year, end.month):
        first = str(start.day)
    elif start.year == end.year:
        first = f"{start.day} {w.months[start.month - 1]}"
    else:
        first = day_words(start, w)
    return w.templates["day_range"].format(first=first, last=day_words(end, w))


def _week(start: dt.date, end: dt.date, w: DateWords) -> str | None:
    whole = P.week(start)
    if (whole.start, whole.end) == (start, end):
        return w.templates["week"].format(day=day_words(start, w))
    if start.weekday() == 5 and end == start + dt.timedelta(days=1):
        return w.templates["weekend"].format(days=_day(start, end, w))
    return None


def _month(start: dt.date, end: dt.date, w: DateWords) -> str | None:
    month_name = f"{w.months[start.month - 1]} {start.year}"
    third = _third(P.month(start.year, start.month), start, end)
    if third is not None:
        return w.thirds[third] + month_name if third else month_name
    # Quarters and halves were resolved at month precision before session 15; stores written then still hold them.
    return _year_part(start, end, w, 3) or _year_part(start, end, w, 6) or _months_range(start, end, w)


def _year_part(start: dt.date, end: dt.date, w: DateWords, size: int) -> str | None:
    """ "third quarter of 2019" (size 3), "first half of 2021" (size 6); None when the span is not one."""
    aligned = start.day == 1 and (start.month - 1) % size == 0 and start.year == end.year
    if not aligned or end != P.month_end(start.year, start.month + size - 1):
        return None
    ordinal = w.ordinals[(start.month - 1) // size]
    return w.templates["quarter" if size == 3 else "half"].format(ordinal=ordinal, year=start.year)


def _months_range(start: dt.date, end: dt.date, w: DateWords) -> str | None:
    """ "February to April 2020", "November 2020 to January 2021": whole months only."""
    if start.day != 1 or end != P.month_end(end.year, end.month):
        return None
    last = f"{w.months[end.month - 1]} {end.year}"
    first = w.months[start.month - 1] if start.year == end.year else f"{w.months[start.month - 1]} {start.year}"
    return w.templates["range"].format(first=first, last=last)


def _season(start: dt.date, end: dt.date, w: DateWords) -> str | None:
    whole = P.season_of(start)
    code = whole.value.split("-")[1]
    year_no = whole.start.year
    if code == "WI":
        name = w.templates["winter"].format(season=w.seasons[code], year=year_no, next=(year_no + 1) % 100)
    else:
        name = f"{w.seasons[code]} {year_no}"
    third = _third(whole, start, end)
    if third is None:
        return None
    return w.thirds[third] + name if third else name


def _year(start: dt.date, end: dt.date, w: DateWords) -> str | None:
    third = _third(P.year(start.year), start, end)
    if third is not None:
        return w.thirds[third] + str(start.year) if third else str(start.year)
    if start == dt.date(start.year, 1, 1) and end == dt.date(end.year, 12, 31):
        return w.templates["range"].format(first=start.year, last=end.year)
    # "the third quarter of 2019", "the first half of 2021" resolve at year precision.
    return _year_part(start, end, w, 3) or _year_part(start, end, w, 6)


def _decade(start: dt.date, end: dt.date, w: DateWords) -> str | None:
    try:
        whole = P.decade(start.year)
    except PeriodRangeError:
        return None
    third = _third(whole, start, end)
    if third is None:
        return None
    return w.templates["decade"].format(third=w.thirds[third] if third else "", decade=whole.start.year)


def _third(whole: P.Period, start: dt.date, end: dt.date) -> str | None:
    """ "" when `start`..`end` is `whole`, its modifier when it is one of its thirds, None otherwise."""
    if (whole.start, whole.end) == (start, end):
        return ""
    for modifier in _MODIFIERS:
        part = P.narrowed(whole, modifier)
        if (part.start, part.end) == (start, end):
            return modifier
    return None


_WRITERS = {
    "day": _day,
    "week": _week,
    "month": _month,
    "quarter": lambda start, end, w: _year_part(start, end, w, 3),
    "half": lambda start, end, w: _year_part(start, end, w, 6),
    "season": _season,
    "year": _year,
    "decade": _decade,
}
