"""What the analyst is looking at: filters, lane and selected event, and their URL form.

The dashboard keeps its whole view in the URL so that a link reproduces it.
Parsing a URL never raises: a value that cannot be used is dropped and
reported as a notice naming the parameter, and the rest of the view stands.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

PRECISIONS: tuple[str, ...] = ("day", "week", "month", "season", "year", "decade")
# An unresolved mention has an empty precision; the filter and the URL call it "none".
NO_PRECISION = "none"
STATUSES: tuple[str, ...] = ("reported", "scheduled")
DATE_BASES: tuple[str, ...] = ("explicit", "publication", "anchor", "estimated", "unresolved")
# Bounds of the date widgets; a URL date outside them is refused rather than crashing the widget.
DATE_MIN = dt.date(1900, 1, 1)
DATE_MAX = dt.date(2100, 12, 31)
MAX_QUERY_CHARS = 200
DEFAULT_LANE = "doc"

# URL parameter names, in the order they are written.
P_FROM, P_TO, P_TEXT, P_DOC, P_OUTLET = "from", "to", "q", "doc", "outlet"
P_PRECISION, P_STATUS, P_BASIS, P_LANE, P_EVENT = "precision", "status", "basis", "lane", "event"
PARAMETERS: tuple[str, ...] = (P_FROM, P_TO, P_TEXT, P_DOC, P_OUTLET, P_PRECISION, P_STATUS, P_BASIS, P_LANE, P_EVENT)
_EVENT_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,128}$")
_NOTICE_VALUE_CHARS = 60


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


@dataclass(frozen=True, slots=True)
class View:
    filters: Filters = field(default_factory=Filters)
    lane: str = DEFAULT_LANE
    # mention_id of the event whose source is open.
    selected: str = ""


@dataclass(frozen=True, slots=True)
class Choices:
    """The values a URL may name: documents and outlets of the corpus, lanes of the figure."""

    docs: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    lanes: tuple[str, ...] = (DEFAULT_LANE,)


def choices_for(
    frame: pd.DataFrame, doc_names: Collection[str] = (), lanes: Sequence[str] = (DEFAULT_LANE,)
) -> Choices:
    """Choices from the events frame plus documents that have no events (still filterable)."""
    docs = sorted(set(frame["doc"].unique()) | set(doc_names))
    outlets = sorted(o for o in frame["outlet"].unique() if o)
    return Choices(tuple(docs), tuple(outlets), tuple(lanes))


# --- filtering -------------------------------------------------------------------------------


def apply_filters(frame: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The rows of `frame` that pass every filter, in their original order, with a fresh index."""
    mask = np.ones(len(frame), dtype=bool)
    mask &= _date_mask(frame, filters.start, filters.end)
    mask &= _member_mask(frame["doc"], filters.docs)
    mask &= _member_mask(frame["outlet"], filters.outlets)
    mask &= _member_mask(frame["precision"], tuple("" if p == NO_PRECISION else p for p in filters.precisions))
    mask &= _member_mask(frame["status"], filters.statuses)
    mask &= _member_mask(frame["date_basis"], filters.bases)
    if filters.text.strip() and mask.any():
        # Searching only the rows left keeps free text cheap once other filters have narrowed.
        idx = np.flatnonzero(mask)
        mask[idx] = _text_mask(frame.iloc[idx], filters.text)
    return frame.loc[mask].reset_index(drop=True)


def _date_mask(frame: pd.DataFrame, start: dt.date | None, end: dt.date | None) -> np.ndarray:
    # A period is kept when it overlaps the range: "last fall" is in a range that holds October.
    mask = np.ones(len(frame), dtype=bool)
    if start is not None:
        mask &= (frame["date_end"] >= pd.Timestamp(start)).to_numpy(dtype=bool, na_value=False)
    if end is not None:
        mask &= (frame["date"] <= pd.Timestamp(end)).to_numpy(dtype=bool, na_value=False)
    return mask


def _member_mask(series: pd.Series, allowed: tuple[str, ...]) -> np.ndarray:
    if not allowed:
        return np.ones(len(series), dtype=bool)
    return series.isin(allowed).to_numpy(dtype=bool)


def _text_mask(frame: pd.DataFrame, text: str) -> np.ndarray:
    """Every whitespace-separated term must occur (case-insensitively) in the title or the passage."""
    haystack = (frame["title"].astype(str) + "\n" + frame["passage"].astype(str)).str.lower()
    mask = np.ones(len(frame), dtype=bool)
    for term in text.lower().split():
        mask &= haystack.str.contains(term, regex=False).to_numpy(dtype=bool, na_value=False)
    return mask


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
    )
    return View(filters, lane, selected), problem


def restriction(selected: Sequence[str], vocabulary: Sequence[str]) -> tuple[str, ...]:
    """A toggle group's selection as a filter: all or nothing ticked means no restriction."""
    chosen = tuple(v for v in vocabulary if v in set(selected))
    return () if len(chosen) in (0, len(vocabulary)) else chosen


def ticked(restricted: Sequence[str], vocabulary: Sequence[str]) -> list[str]:
    """The toggles to show ticked for a filter: every one when it does not restrict."""
    return [v for v in vocabulary if v in set(restricted)] if restricted else list(vocabulary)


# --- what the page shows -------------------------------------------------------------------

TABLE_COLUMNS: tuple[str, ...] = (
    "date",
    "date_end",
    "precision",
    "date_text",
    "title",
    "status",
    "date_basis",
    "outlet",
    "doc_title",
    "actors",
    "event_type",
    "n_sources",
    "doc",
    "mention_id",
)


def table_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """The briefing table: a few readable columns, by date (undated last), then document order."""
    columns = [c for c in TABLE_COLUMNS if c in frame]
    ordered = frame.sort_values(["date", "doc", "passage_start"], na_position="last", kind="stable")
    return ordered.loc[:, columns].reset_index(drop=True)


def date_span(frame: pd.DataFrame) -> tuple[dt.date, dt.date] | None:
    """First and last day covered by the dated rows of `frame`."""
    dated = frame.loc[frame["date"].notna()]
    if dated.empty:
        return None
    last = dated["date_end"].fillna(dated["date"]).max()
    return dated["date"].min().date(), max(last, dated["date"].max()).date()


def corpus_summary(n_documents: int, frame: pd.DataFrame) -> str:
    """One line for the header: documents, events, and the days they cover."""
    n_dated = int(frame["date"].notna().sum())
    events = f"{len(frame):,} events" + (f" ({n_dated:,} dated)" if n_dated != len(frame) else "")
    span = date_span(frame)
    when = f"{span[0].isoformat()} – {span[1].isoformat()}" if span else "no dated events"
    return f"{n_documents:,} document{'s' if n_documents != 1 else ''} · {events} · {when}"


# --- URL -----------------------------------------------------------------------------------


def to_query(view: View) -> dict[str, str | list[str]]:
    """The view as URL parameters; defaults are left out so a plain URL means "everything"."""
    f = view.filters
    out: dict[str, str | list[str]] = {}
    if f.start is not None:
        out[P_FROM] = f.start.isoformat()
    if f.end is not None:
        out[P_TO] = f.end.isoformat()
    if f.text.strip():
        out[P_TEXT] = f.text.strip()
    for name, values in (
        (P_DOC, f.docs),
        (P_OUTLET, f.outlets),
        (P_PRECISION, f.precisions),
        (P_STATUS, f.statuses),
        (P_BASIS, f.bases),
    ):
        if values:
            out[name] = list(values)
    if view.lane != DEFAULT_LANE:
        out[P_LANE] = view.lane
    if view.selected:
        out[P_EVENT] = view.selected
    return out


def parse_query(params: Mapping[str, Sequence[str] | str], choices: Choices) -> tuple[View, list[str]]:
    """The view a URL describes, and one notice per parameter (or value) that was ignored.

    `params` maps each parameter to all its values (a repeated parameter
    gives several); a plain string is taken as a single value.
    """
    values = {k: ([v] if isinstance(v, str) else [str(x) for x in v]) for k, v in params.items()}
    notices: list[str] = []
    for key in values:
        if key not in PARAMETERS:
            notices.append(f"URL parameter {_show(key)} is unknown and was ignored.")

    start = _date_param(values, P_FROM, notices)
    end = _date_param(values, P_TO, notices)
    if start is not None and end is not None and start > end:
        notices.append(f"URL parameters 'from' ({start}) and 'to' ({end}): 'from' is after 'to'; date range ignored.")
        start = end = None
    filters = Filters(
        start=start,
        end=end,
        text=_text_param(values, notices),
        docs=_member_param(values, P_DOC, choices.docs, notices),
        outlets=_member_param(values, P_OUTLET, choices.outlets, notices),
        precisions=_member_param(values, P_PRECISION, (*PRECISIONS, NO_PRECISION), notices),
        statuses=_member_param(values, P_STATUS, STATUSES, notices),
        bases=_member_param(values, P_BASIS, DATE_BASES, notices),
    )
    lane = _single(values, P_LANE, notices)
    if lane is not None and lane not in choices.lanes:
        notices.append(f"URL parameter 'lane': {_show(lane)} is not one of {', '.join(choices.lanes)}; ignored.")
        lane = None
    selected = _single(values, P_EVENT, notices)
    if selected is not None and not _EVENT_ID.match(selected):
        notices.append(f"URL parameter 'event': {_show(selected)} is not an event id; ignored.")
        selected = None
    return View(filters, lane or DEFAULT_LANE, selected or ""), notices


def drop_unknown_selection(view: View, known_ids: Collection[str]) -> tuple[View, list[str]]:
    """The view without a selected event that the corpus does not have (documents may have changed)."""
    if not view.selected or view.selected in known_ids:
        return view, []
    notice = f"URL parameter 'event': no event {_show(view.selected)} in these documents; ignored."
    return replace(view, selected=""), [notice]


def _single(values: Mapping[str, list[str]], name: str, notices: list[str]) -> str | None:
    given = [v for v in values.get(name, []) if v.strip()]
    if not given:
        return None
    if len(given) > 1:
        notices.append(f"URL parameter {_show(name)} is given {len(given)} times; the first value is used.")
    return given[0].strip()


def _date_param(values: Mapping[str, list[str]], name: str, notices: list[str]) -> dt.date | None:
    raw = _single(values, name, notices)
    if raw is None:
        return None
    try:
        day = dt.date.fromisoformat(raw)
    except ValueError:
        notices.append(f"URL parameter {_show(name)}: {_show(raw)} is not a date (YYYY-MM-DD); ignored.")
        return None
    if not DATE_MIN <= day <= DATE_MAX:
        notices.append(f"URL parameter {_show(name)}: {raw} is outside {DATE_MIN.year}–{DATE_MAX.year}; ignored.")
        return None
    return day


def _text_param(values: Mapping[str, list[str]], notices: list[str]) -> str:
    raw = _single(values, P_TEXT, notices) or ""
    if len(raw) > MAX_QUERY_CHARS:
        notices.append(f"URL parameter 'q' is longer than {MAX_QUERY_CHARS} characters; it was shortened.")
        raw = raw[:MAX_QUERY_CHARS]
    return raw


def _member_param(
    values: Mapping[str, list[str]], name: str, allowed: Sequence[str], notices: list[str]
) -> tuple[str, ...]:
    given = [v.strip() for v in values.get(name, []) if v.strip()]
    allowed_set = set(allowed)
    kept = tuple(dict.fromkeys(v for v in given if v in allowed_set))
    unknown = [v for v in given if v not in allowed_set]
    if unknown:
        listed = ", ".join(_show(v) for v in unknown[:5]) + (" …" if len(unknown) > 5 else "")
        hint = f" (expected one of {', '.join(allowed)})" if len(allowed) <= 8 else ""
        notices.append(f"URL parameter {_show(name)}: unknown value(s) {listed} ignored{hint}.")
    return kept


def _show(value: str) -> str:
    """A URL value for a notice: quoted, shortened, control characters made visible."""
    short = value if len(value) <= _NOTICE_VALUE_CHARS else value[:_NOTICE_VALUE_CHARS] + "…"
    return repr(short)
