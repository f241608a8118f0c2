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
    reason = f"not before {earliest.isoformat()} (the latest date it reports)"
    if latest:
        reason += f", not after {latest.isoformat()} (the earliest date it calls future)"
    return Estimate(earliest, latest, reason)
