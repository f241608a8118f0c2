"""What the analyst is looking at: filters, lane, key-events view and selected event.

The view is a value: the dashboard builds it from its controls or from the URL (`timeline.view.url`)
and every other view function reads it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from typing import get_args

import pandas as pd

from timeline.core.models import DateBasis
from timeline.view.actor_cells import actor_options, type_options

PRECISIONS: tuple[str, ...] = ("day", "week", "month", "season", "year", "decade")


# An unresolved mention has an empty precision; the filter and the URL call it "none".
NO_PRECISION = "none"


STATUSES: tuple[str, ...] = ("reported", "scheduled")


# Every basis a date can have, as the core declares them (an ambiguous numeric date included).
DATE_BASES: tuple[str, ...] = get_args(DateBasis)


# Bounds of the date widgets; a URL date outside them is refused rather than crashing the widget.
DATE_MIN = dt.date(1900, 1, 1)


DATE_MAX = dt.date(2100, 12, 31)


MAX_QUERY_CHARS = 200


# One lane, key events labelled: the briefing's story.
STORY_LANE = "story"


DEFAULT_LANE = STORY_LANE


# The lane the key-events view switches to from lanes by document.
KEY_LANE = "event_type"


# Most events an analyst may pin or drop by hand (a URL longer than this is not a hand's work).
MAX_PICKS = 200


@dataclass(frozen=True, slots=True)
class Filters:
    """Which events to show; an empty tuple or None means no restriction."""

    start: dt.date | None = None
    end: dt.date | None = None
    text: str = ""
    docs: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    precisions: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    bases: tuple[str, ...] = ()
    # An event passes when it names any of these actors / is of one of these types.
    actors: tuple[str, ...] = ()
    types: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class View:
    filters: Filters = field(default_factory=Filters)
    lane: str = DEFAULT_LANE
    # mention_id of the event whose source is open.
    selected: str = ""
    # The briefing view (the default): only key events (several sources, or one of `key_types`), one marker each.
    key_events: bool = True
    # Key event types; None: the taxonomy's defaults (`Taxonomy.key_types`).
    key_types: tuple[str, ...] | None = None
    # event_ids the analyst made key by hand, or removed from the key events.
    pinned: tuple[str, ...] = ()
    dropped: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Choices:
    """The values a URL may name: documents, outlets, actors and event types of the corpus, lanes of the figure."""

    docs: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    lanes: tuple[str, ...] = (DEFAULT_LANE,)
    actors: tuple[str, ...] = ()
    types: tuple[str, ...] = ()


def choices_for(
    frame: pd.DataFrame, doc_names: Collection[str] = (), lanes: Sequence[str] = (DEFAULT_LANE,)
) -> Choices:
    """Choices from the events frame plus documents that have no events (still filterable)."""
    docs = sorted(set(frame["doc"].unique()) | set(doc_names))
    outlets = sorted(o for o in frame["outlet"].unique() if o)
    return Choices(tuple(docs), tuple(outlets), tuple(lanes), actor_options(frame), type_options(frame))


def view_from_controls(
    *,
    start: dt.date | None,
    end: dt.date | None,
    text: str,
    docs: Sequence[str],
    outlets: Sequence[str],
    precisions: Sequence[str],
    statuses: Sequence[str],
    bases: Sequence[str],
    lane: str,
    selected: str,
    actors: Sequence[str] = (),
    types: Sequence[str] = (),
    key_events: bool = True,
    key_types: Sequence[str] | None = None,
    default_key_types: Sequence[str] | None = None,
    pinned: Sequence[str] = (),
    dropped: Sequence[str] = (),
) -> tuple[View, str]:
    """The view the page's controls describe, and a problem to show ("" when none)."""
    problem = ""
    if start is not None and end is not None and start > end:
        problem = "'From' is after 'To'; the date range is not applied."
        start = end = None
    filters = Filters(
        start=start,
        end=end,
        text=text.strip()[:MAX_QUERY_CHARS],
        docs=tuple(docs),
        outlets=tuple(outlets),
        precisions=tuple(precisions),
        statuses=tuple(statuses),
        bases=tuple(bases),
        actors=tuple(actors),
        types=tuple(types),
    )
    chosen = None if key_types is None else tuple(key_types)
    if chosen is not None and default_key_types is not None and set(chosen) == set(default_key_types):
        chosen = None
    view = View(filters, lane, selected, bool(key_events), chosen, tuple(pinned), tuple(dropped))
    return view, problem


def pick(view: View, event_id: str, choice: str) -> View:
    """`view` with `event_id` pinned ("pin"), dropped ("drop") or back to the rule ("")."""
    pinned = tuple(e for e in view.pinned if e != event_id)
    dropped = tuple(e for e in view.dropped if e != event_id)
    if choice == "pin":
        pinned = (*pinned, event_id)
    elif choice == "drop":
        dropped = (*dropped, event_id)
    return replace(view, pinned=pinned[-MAX_PICKS:], dropped=dropped[-MAX_PICKS:])


def resolved_key_types(view: View, default: Sequence[str]) -> tuple[str, ...]:
    """The key types in force: the view's choice, else the taxonomy's defaults."""
    return tuple(default) if view.key_types is None else view.key_types


def restriction(selected: Sequence[str], vocabulary: Sequence[str]) -> tuple[str, ...]:
    """A toggle group's selection as a filter: all or nothing ticked means no restriction."""
    chosen = tuple(v for v in vocabulary if v in set(selected))
    return () if len(chosen) in (0, len(vocabulary)) else chosen


def ticked(restricted: Sequence[str], vocabulary: Sequence[str]) -> list[str]:
    """The toggles to show ticked for a filter: every one when it does not restrict."""
    return [v for v in vocabulary if v in set(restricted)] if restricted else list(vocabulary)


_PERIOD = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_RANGE_SEPARATOR = re.compile(r"\s*(?:\.\.|–|—|\bto\b|\s-\s)\s*", re.IGNORECASE)


def parse_period(text: str) -> tuple[dt.date, dt.date] | None:
    """First and last day of "2020", "2020-10" or "2020-10-01" (None when it is none of these or no date)."""
    match = _PERIOD.match(text.strip())
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if month is None:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)  # type: ignore[arg-type]
        if day is None:
            first = dt.date(year, month, 1)  # type: ignore[arg-type]
            following = dt.date(year + (month == 12), month % 12 + 1, 1)  # type: ignore[operator]
            return first, following - dt.timedelta(days=1)
        return dt.date(year, month, day), dt.date(year, month, day)  # type: ignore[arg-type]
    except ValueError:
        return None


def parse_date_range(text: str) -> tuple[dt.date | None, dt.date | None, str]:
    """A typed range: "2020", "2020-10", "2020-10-01", or two of them joined by "to", "–" or "..";
    one side may be left empty ("2020-10 to"). Returns (start, end, problem); "" clears the range."""
    text = " ".join(text.split())
    if not text:
        return None, None, ""
    parts = _RANGE_SEPARATOR.split(text, maxsplit=1)
    first, last = (parts[0], parts[1]) if len(parts) == 2 else (text, text)
    lo = parse_period(first) if first.strip() else None
    hi = parse_period(last) if last.strip() else None
    if (first.strip() and lo is None) or (last.strip() and hi is None) or (lo is None and hi is None):
        return (
            None,
            None,
            f"“{text[:40]}” is not a date range: write 2020, 2020-10, 2020-10-01 or “2020-10-01 to 2021-04-30”.",
        )
    start, end = (lo[0] if lo else None), (hi[1] if hi else None)
    if not all(DATE_MIN <= d <= DATE_MAX for d in (start, end) if d is not None):
        return None, None, f"Dates must lie between {DATE_MIN.year} and {DATE_MAX.year}."
    if start is not None and end is not None and start > end:
        return None, None, "The first date is after the second."
    return start, end, ""


def range_text(start: dt.date | None, end: dt.date | None) -> str:
    """A date range as `parse_date_range` reads it back ("" for no range)."""
    if start is None and end is None:
        return ""
    return " to ".join(["" if start is None else start.isoformat(), "" if end is None else end.isoformat()]).strip()
