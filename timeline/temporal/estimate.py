"""A bounded publication date for a document that states none, from its own evidence.

A report cannot predate the latest happening it tells of in the past tense,
and cannot postdate what it still calls future.  Those explicit dates bound
the publication date.  Two assumptions about news close a bound the text leaves
open: a report is dated soon after the latest day or week it tells of
(`RECENT_DAYS`), and a page is updated soon after it is published
(`UPDATE_DAYS`).  With a year as its only lower bound the estimate stays open,
and relative expressions stay unresolved; a relative expression is resolved
only where both ends of the estimate agree on it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from timeline.core.models import TimeMention
from timeline.core.periods import Period, date_or_none
from timeline.text.segment import line_start


@dataclass(frozen=True, slots=True)
class Estimate:
    earliest: dt.date
    latest: dt.date | None
    # Why each bound holds, as the per-document report says it.
    why_earliest: str
    why_latest: str = ""
    # The upper bound is the `RECENT_DAYS` assumption, not evidence: a page stamp overrides it.
    latest_assumed: bool = False
    # The last day of the month told as past that opens an open estimate ("the truce signed in September 2021"),
    # when a month is its lower bound: a year-less dateline in the two months after it takes that year.
    month_end: dt.date | None = None

    @property
    def reason(self) -> str:
        lower = f"not before {self.earliest.isoformat()} ({self.why_earliest})"
        if self.latest is None:
            return lower
        return f"{lower}, {self.why_latest.format(latest=self.latest.isoformat())}"


# A report is dated within this many days of the latest day or week it tells of in the past tense: an
# estimate the text leaves open is closed there (and a year-less wire dateline is placed no later).
RECENT_DAYS = 62
# A page is updated within this many days of its publication: an "Updated ..." stamp bounds the estimate
# from below too.
UPDATE_DAYS = 7
# News tells its latest happening by its day or week; a piece whose latest date is a month ("in February
# 2024") is as often a look back written later (an explainer, an analysis), so a month closes nothing.
_RECENT_PRECISIONS = frozenset({"day", "week"})
_REPORTED = "the latest date it reports"


def estimate_publication(
    mentions: Sequence[TimeMention], text: str = "", from_now: re.Pattern[str] | None = None
) -> Estimate | None:
    """Bounds from explicit dates: after the latest one told as past, before the earliest told as future
    (or, with none told as future, within `RECENT_DAYS` of the latest past one when that is a day or week
    the report tells in its own words: a month or a year alone says too little of when the report was
    written, and a speaker quoted in `text` may recall an older date than the news)."""
    explicit = [m for m in mentions if m.kind == "date" and m.basis == "explicit" and m.period is not None]
    told_past = [m for m in explicit if m.tense != "future" and m.period is not None]
    past = [m.period for m in told_past if m.period is not None]
    if not past:
        return None
    earliest = max(_told_by(p) for p in past)
    recent = [
        m for m in told_past
        if m.period is not None and m.period.end == earliest and m.period.precision in _RECENT_PRECISIONS
        and not (text and quoted(text, m.start))
    ]  # fmt: skip
    future = [
        m.period.start for m in explicit
        if m.tense == "future" and m.period and m.period.start > earliest and _told_from_now(text, m, from_now)
    ]  # fmt: skip
    if future:
        return Estimate(
            earliest,
            min(future) - dt.timedelta(days=1),
            _REPORTED,
            "not after {latest} (the earliest date it calls future)",
        )
    if recent:
        latest = earliest + dt.timedelta(days=RECENT_DAYS)
        why = f"assumed not after {{latest}} (a report follows what it tells of within {RECENT_DAYS} days)"
        return Estimate(earliest, latest, _REPORTED, why, latest_assumed=True)
    months = [
        m.period.end for m in told_past
        if m.period is not None and m.period.start == earliest and m.period.precision == "month"
        and not (text and quoted(text, m.start))
    ]  # fmt: skip
    return Estimate(earliest, None, _REPORTED, month_end=max(months) if months else None)


def _told_from_now(text: str, m: TimeMention, from_now: re.Pattern[str] | None) -> bool:
    """Whether the sentence around `m` (from the full stop or line break before it to the one after it) tells a
    future from the writer's now (`from_now`: "will", "is due"), not only one of a past time ("launched an
    offensive to take the capital in April 2019"), which may lie before the report."""
    if not text or from_now is None:
        return True
    start = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
    ends = [i for i in (text.find(". ", m.end), text.find("\n", m.end)) if i >= 0]
    return from_now.search(text, start, min(ends) if ends else len(text)) is not None


def _told_by(period: Period) -> dt.date:
    """The day a report telling of `period` as past is written on or after: a day's or a week's end, but only
    the start of a month, season or year, whose news may come while it runs ("the 2021 budget was rejected"
    in August 2021)."""
    return period.end if period.precision in _RECENT_PRECISIONS else period.start


def names_weekday_of(
    mentions: Sequence[TimeMention], day: dt.date, text: str, weekdays: Mapping[str, int], *, or_eve: bool = False
) -> bool:
    """Whether the text tells, in its own words and not as a future, a bare weekday that is `day`'s own ("signed
    on Monday" on a page last updated on a Monday, 12:31 GMT), or with `or_eve` the day before's ("rejected on
    Monday" on a page updated on a Tuesday: news is told the day after as often as the same day).  Within the
    week an "Updated" stamp bounds, that weekday is the stamp's day (or its eve) or the one a week before; a page
    updated a full week after its news would call that day by its date, so the stamp's day is the publication
    day.  Of the two readings of a numeric stamp ("05.12.2019"), the one whose weekday the news names is the
    page's."""
    named = {day.weekday(), (day.weekday() - 1) % 7} if or_eve else {day.weekday()}
    for m in mentions:
        if m.rule != _BARE_PAST_WEEKDAY or m.tense == "future" or quoted(text, m.start):
            continue
        if any(weekdays.get(w.lower()) in named for w in _LETTERS.findall(m.text)):
            return True
    return False


_BARE_PAST_WEEKDAY = "weekday_past"
_LETTERS = re.compile(r"[A-Za-z]+")


def fits(estimate: Estimate, day: dt.date) -> bool:
    """`day` lies inside the estimate (an open one has no end)."""
    return estimate.earliest <= day and (estimate.latest is None or day <= estimate.latest)


# How far back in its paragraph an open quotation mark is looked for (and how far on its end).
QUOTE_REACH = 5000


def quoted(text: str, position: int) -> bool:
    """`position` lies inside a direct quotation: an opening quote mark before it in its paragraph is
    still open (curly marks counted apart, straight ones by parity)."""
    # A quotation does not run on for pages: within a paragraph longer than `QUOTE_REACH`, only its last
    # `QUOTE_REACH` characters before the position are counted (else a document of one long line would cost
    # its length squared).
    start = line_start(text, position, QUOTE_REACH)
    # counted in place: a copy of the paragraph before each date would cost more than the counts
    return (
        text.count("\u201c", start, position) > text.count("\u201d", start, position)
        or text.count('"', start, position) % 2 == 1
    )


def capped(estimate: Estimate, updated: dt.date | None) -> Estimate:
    """The estimate within the page's "Updated ..." stamp: a report is published no later than it was
    updated (the stamp overrides an assumed bound), and not more than `UPDATE_DAYS` before.  A stamp
    before the estimate's lower bound contradicts the text and is ignored."""
    if updated is None or updated < estimate.earliest:
        return estimate
    result = estimate
    if estimate.latest is None or updated < estimate.latest or estimate.latest_assumed:
        result = Estimate(
            result.earliest, updated, result.why_earliest, "not after {latest} (the page's updated stamp)"
        )
    floor = updated - dt.timedelta(days=UPDATE_DAYS)
    if result.earliest < floor and (result.latest is None or floor <= result.latest):
        why = f"{UPDATE_DAYS} days before the page's updated stamp"
        result = Estimate(floor, result.latest, why, result.why_latest)
    return result


def dateline_placement(month: int, day: int, estimate: Estimate) -> tuple[dt.date | None, str]:
    """The day of a year-less dateline inside an estimate, if only one fits, and why none does (for the
    per-document report): the first such day not before the estimate's start, kept when it is not after its end.
    An open estimate places none, as a rule: it is open because the latest date told is a month, a year or a
    quotation's day, which may be years before a look back is written ("Talks began in October 2020" in a page of
    October 2022), and a dateline's year guessed wrong moves every relative date of the document.  Its one
    exception is a month told as past, not quoted, that the dateline's day follows within `RECENT_DAYS` of its end
    ("LIMA, Oct. 2 —" over "the truce signed in September 2021 has collapsed"): the month is over when the story
    is written, and the same day a year later lies far beyond it.  A dateline inside that month ("Oct 27" over
    "began in October 2020") is no such day: news of the month's own days names them."""
    if estimate.latest is None:
        end = estimate.month_end
        for year in (end.year, end.year + 1) if end is not None else ():
            candidate = date_or_none(year, month, day)
            if candidate is not None and candidate > end:
                if (candidate - end).days <= RECENT_DAYS:
                    return candidate, ""
                break
        return None, "the estimate is open (its latest date told is a month, a year or a quotation's day)"
    for year in (estimate.earliest.year, estimate.earliest.year + 1):
        candidate = date_or_none(year, month, day)
        if candidate is None or candidate < estimate.earliest:
            continue
        if candidate > estimate.latest:
            break
        # Only one may fit: with the same day a year later inside the estimate too, the year is a guess.
        again = date_or_none(year + 1, month, day) or dt.date(year + 4, month, day)  # 29 February: four years on
        if again > estimate.latest:
            return candidate, ""
        return None, "more than one year places it inside the estimate"
    return None, "no year places it inside the estimate"
