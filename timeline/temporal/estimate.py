"""A bounded publication date for a document that states none, from its own evidence.

A report cannot predate the latest happening it tells of in the past tense,
and cannot postdate what it still calls future.  Those explicit dates bound
the publication date; nothing else is assumed.  With no upper bound the
estimate is open, and relative expressions stay unresolved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from timeline.core.models import TimeMention


@dataclass(frozen=True, slots=True)
class Estimate:
    earliest: dt.date
    latest: dt.date | None
    reason: str


def estimate_publication(mentions: Sequence[TimeMention]) -> Estimate | None:
    """Bounds from explicit dates: after the latest one told as past, before the earliest told as future."""
    explicit = [m for m in mentions if m.kind == "date" and m.basis == "explicit" and m.period is not None]
    past = [m.period.end for m in explicit if m.tense != "future" and m.period is not None]
    if not past:
        return None
    earliest = max(past)
    future = [m.period.start for m in explicit if m.tense == "future" and m.period and m.period.start > earliest]
    latest = min(future) - dt.timedelta(days=1) if future else None
    reason = _not_before(earliest)
    if latest:
        reason += f", not after {latest.isoformat()} (the earliest date it calls future)"
    return Estimate(earliest, latest, reason)


def capped(estimate: Estimate, updated: dt.date | None) -> Estimate:
    """The estimate with the page's "Updated ..." stamp as its upper bound: a report is published no later
    than it was updated.  A stamp before the estimate's lower bound contradicts the text and is ignored."""
    if updated is None or updated < estimate.earliest or (estimate.latest and estimate.latest <= updated):
        return estimate
    reason = f"{_not_before(estimate.earliest)}, not after {updated.isoformat()} (the page's updated stamp)"
    return Estimate(estimate.earliest, updated, reason)


def _not_before(earliest: dt.date) -> str:
    return f"not before {earliest.isoformat()} (the latest date it reports)"


# A dateline without a year is placed in an estimate only this close after its lower bound (when the
# estimate is open): a report is dated soon after the latest happening it tells of.
DATELINE_WINDOW_DAYS = 62


def dateline_day(month: int, day: int, estimate: Estimate) -> dt.date | None:
    """The day of a year-less dateline ("KABUL, March 3 (Reuters) -") inside an estimate, if only one fits:
    the first such day not before the estimate's start, kept when it is not after its end (or, with an
    open estimate, within `DATELINE_WINDOW_DAYS` of its start)."""
    for year in (estimate.earliest.year, estimate.earliest.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate < estimate.earliest:
            continue
        limit = estimate.latest or estimate.earliest + dt.timedelta(days=DATELINE_WINDOW_DAYS)
        return candidate if candidate <= limit else None
    return None
