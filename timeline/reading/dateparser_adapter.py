"""The one place that talks to dateparser.

dateparser is good at turning one date string, in whatever style a user or
a web page wrote it, into a date ("30 Dec 2020", "12/30/2020", "Thursday,
31 December 2020 8:01 AM").  It is not used to find dates in running text:
measured on the seeds it finds the wrong things and is slow (see README).
It is imported lazily so that extraction over documents whose metadata is
already ISO never pays its import time.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from timeline.core.errors import TimelineError

_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.+\-Z]*)?\s*$")
_NUMERIC = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})\s*$")


class DateParseError(TimelineError, ValueError):
    """A string that should hold one full date (day, month, year) does not."""


def parse_date(text: str) -> dt.date:
    """A full calendar date from a short string; raises DateParseError."""
    match = _ISO.match(text)
    if match:
        try:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError as exc:
            raise DateParseError(f"{text!r} is not a valid date") from exc
    numeric = _NUMERIC.match(text)
    if numeric and int(numeric[1]) <= 12 and int(numeric[2]) <= 12 and numeric[1] != numeric[2]:
        raise DateParseError(f"{text!r} is ambiguous (day/month or month/day?); write it as YYYY-MM-DD")
    if not text.strip() or len(text) > 200:
        raise DateParseError(f"{text!r} is not a date")
    parsed = _parser()(text.strip())
    if parsed is None:
        raise DateParseError(f"{text!r} is not a date with day, month and year")
    return parsed.date()


# A publication date outside these is a typo or a placeholder (0001-01-01, 9999-12-31), not a date.
PUBLISHED_FIRST, PUBLISHED_LAST = dt.date(1700, 1, 1), dt.date(2199, 12, 31)
# An absolute date names its year; "yesterday" or "3 days ago" would change meaning from day to day.
_HAS_YEAR = re.compile(r"\d{4}|^\s*\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2}\s*$")


def parse_published(text: str) -> dt.date:
    """A publication date: a full, absolute date (it names its year) within PUBLISHED_FIRST..PUBLISHED_LAST."""
    if not _HAS_YEAR.search(text):
        raise DateParseError(f"{text!r} is not an absolute date with a year (write it as YYYY-MM-DD)")
    date = parse_date(text)
    if not PUBLISHED_FIRST <= date <= PUBLISHED_LAST:
        raise DateParseError(
            f"{text!r} is outside the plausible publication dates {PUBLISHED_FIRST.year}-{PUBLISHED_LAST.year}"
        )
    return date


@functools.cache
def _parser():  # type: ignore[no-untyped-def]
    import dateparser

    settings = {
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "DATE_ORDER": "DMY",
    }
    parser = dateparser.DateDataParser(languages=["en"], settings=settings)

    def parse(text: str) -> dt.datetime | None:
        try:
            return parser.get_date_data(text).date_obj
        except (ValueError, OverflowError, TypeError):
            return None

    return parse
