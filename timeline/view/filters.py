"""What the analyst is looking at: filters, lane, key-events view and selected event, and their URL form.

The dashboard keeps its whole view in the URL so that a link reproduces it.
Parsing a URL never raises: a value that cannot be used is dropped and
reported as a notice naming the parameter, and the rest of the view stands.

Actors and event types filter *events*: an event passes the actor filter
when any of its mentions names a chosen actor, and then every mention of it
that passes the other filters is shown (a passage that only says "the
ceasefire" stays beside the one that names the UN).  The key-events view
keeps the events reported by `KEY_MIN_SOURCES` documents or more, or of a
chosen type, and draws each once, at the event's own date.
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
ACTOR_SEPARATOR = "; "
# An event reported by at least this many documents is a key event.
KEY_MIN_SOURCES = 2
# The lane the key-events view switches to from lanes by document.
KEY_LANE = "event_type"

# URL parameter names, in the order they are written.
P_FROM, P_TO, P_TEXT, P_DOC, P_OUTLET = "from", "to", "q", "doc", "outlet"
P_PRECISION, P_STATUS, P_BASIS, P_LANE, P_EVENT = "precision", "status", "basis", "lane", "event"
P_ACTOR, P_TYPE, P_KEY, P_KEY_TYPE = "actor", "type", "key", "keytype"
PARAMETERS: tuple[str, ...] = (
    P_FROM, P_TO, P_TEXT, P_DOC, P_OUTLET, P_ACTOR, P_TYPE, P_PRECISION, P_STATUS, P_BASIS,
    P_LANE, P_KEY, P_KEY_TYPE, P_EVENT,
)  # fmt: skip
_TRUE, _FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off")
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
    # An event passes when it names any of these actors / is of one of these types.
    actors: tuple[str, ...] = ()
    types: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class View:
    filters: Filters = field(default_factory=Filters)
    lane: str = DEFAULT_LANE
    # mention_id of the event whose source is open.
    selected: str = ""
    # The briefing view: only key events (several sources, or one of `key_types`), one marker each.
    key_events: bool = False
    key_types: tuple[str, ...] = ()


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


# --- actors and events -----------------------------------------------------------------------


def split_actors(cell: object) -> list[str]:
    """The actors of one `actors` cell ("Russia; Sergey Lavrov" -> ["Russia", "Sergey Lavrov"])."""
    return [a.strip() for a in str(cell or "").split(";") if a.strip()]


def event_keys(frame: pd.DataFrame) -> pd.Series:
    """The event of each row: its `event_id`, or its own `mention_id` when it has none (ungrouped frames)."""
    mentions = frame["mention_id"].astype(str)
    if "event_id" not in frame:
        return mentions
    events = frame["event_id"].astype(str)
    return events.where(events != "", mentions)


def actor_pairs(actors: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(row position, actor) for every actor named in every row, in row order then cell order.

    Cells are split once per distinct value (a corpus repeats few combinations), the rest is numpy.
    """
    codes, uniques = pd.factorize(actors.astype(str), sort=False)
    split = [split_actors(u) for u in uniques]
    lengths = np.array([len(names) for names in split], dtype=np.int64)
    flat = np.array([a for names in split for a in names] or [""], dtype=object)
    offsets = np.concatenate([[0], np.cumsum(lengths)])[:-1]
    per_row = lengths[codes] if len(codes) else np.zeros(0, dtype=np.int64)
    rows = np.repeat(np.arange(len(codes)), per_row)
    within = np.arange(len(rows)) - np.repeat(np.cumsum(per_row) - per_row, per_row)
    names = flat[np.repeat(offsets[codes], per_row) + within] if len(rows) else np.zeros(0, dtype=object)
    return rows, names


def actor_options(frame: pd.DataFrame) -> tuple[str, ...]:
    """Every actor of the corpus, named by the most events first (ties by name)."""
    if "actors" not in frame or frame.empty:
        return ()
    rows, names = actor_pairs(frame["actors"])
    if len(rows) == 0:
        return ()
    pairs = pd.DataFrame({"event": event_keys(frame).to_numpy()[rows], "actor": names}).drop_duplicates()
    counts = pairs["actor"].value_counts()
    ranked = sorted(counts.items(), key=lambda item: (-item[1], str(item[0]).casefold(), str(item[0])))
    return tuple(str(name) for name, _ in ranked)


def type_options(frame: pd.DataFrame) -> tuple[str, ...]:
    """The event types of the corpus, of the most events first (ties by name)."""
    if "event_type" not in frame or frame.empty:
        return ()
    pairs = pd.DataFrame({"event": event_keys(frame), "type": frame["event_type"].astype(str)}).drop_duplicates()
    counts = pairs.loc[pairs["type"] != "", "type"].value_counts()
    return tuple(str(t) for t, _ in sorted(counts.items(), key=lambda item: (-item[1], str(item[0]))))


def names_actor_mask(actors: pd.Series, chosen: Collection[str]) -> np.ndarray:
    """Rows whose own `actors` cell names any of `chosen`."""
    wanted = set(chosen)
    codes, uniques = pd.factorize(actors.astype(str), sort=False)
    hits = np.array([any(a in wanted for a in split_actors(u)) for u in uniques] + [False], dtype=bool)
    return hits[codes]  # code -1 (missing) reads the trailing False


def event_actor_mask(frame: pd.DataFrame, chosen: Collection[str]) -> np.ndarray:
    """Rows of the events that name any of `chosen` in at least one of their mentions."""
    if not chosen:
        return np.ones(len(frame), dtype=bool)
    if "actors" not in frame:
        return np.zeros(len(frame), dtype=bool)
    direct = names_actor_mask(frame["actors"], chosen)
    if not direct.any():
        return direct
    keys = event_keys(frame)
    return keys.isin(pd.unique(keys.to_numpy()[direct])).to_numpy(dtype=bool)


def key_mask(frame: pd.DataFrame, key_types: Collection[str] = ()) -> np.ndarray:
    """Rows of key events: reported by `KEY_MIN_SOURCES` documents or more (in the corpus), or of a key type."""
    mask = np.zeros(len(frame), dtype=bool)
    if "n_sources" in frame:
        mask |= (frame["n_sources"] >= KEY_MIN_SOURCES).to_numpy(dtype=bool)
    if key_types and "event_type" in frame:
        mask |= frame["event_type"].isin(tuple(key_types)).to_numpy(dtype=bool)
    return mask


def key_mentions(frame: pd.DataFrame, key_types: Collection[str] = ()) -> pd.DataFrame:
    """The rows (mentions) of `frame` that belong to key events, in their order, with a fresh index."""
    return frame.loc[key_mask(frame, key_types)].reset_index(drop=True)


def one_per_event(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per event of `frame`, drawn at the event's date; sorted by date (undated last).

    The row is the mention that gave the event its date when it is in `frame`,
    else the event's first row.  `date`, `date_end` and `precision` become the
    event's (`event_date`, `event_date_end`, `event_precision`); `actors` is the
    union over the event's rows in `frame`, and the added `outlets` lists the
    outlets (or document titles) of those rows.
    """
    if frame.empty:
        return frame.assign(outlets=pd.Series([], dtype="str")).reset_index(drop=True)
    keys = event_keys(frame).to_numpy()
    giver = np.zeros(len(frame), dtype=bool)
    if "event_date_from" in frame:
        giver = (frame["mention_id"].astype(str) == frame["event_date_from"].astype(str)).to_numpy()
    order = np.lexsort((~giver,))  # givers first, otherwise the frame's order (lexsort is stable)
    first = pd.Series(keys[order]).drop_duplicates(keep="first").index.to_numpy()
    picked = order[first]
    out = frame.iloc[picked].copy()
    for name, event_name in (("date", "event_date"), ("date_end", "event_date_end")):
        if event_name in out:
            out[name] = out[event_name].where(out[event_name].notna(), out[name])
    if "event_precision" in out:
        out["precision"] = out["event_precision"].where(out["event_precision"].astype(str) != "", out["precision"])
    actors = frame["actors"].astype(str).to_numpy() if "actors" in frame else np.full(len(frame), "", dtype=object)
    out["actors"] = _union_per_event(actors, keys, order, picked, split=True)
    outlet = frame["outlet"].astype(str)
    source = outlet.where(outlet != "", frame["doc_title"].astype(str).where(frame["doc_title"] != "", frame["doc"]))
    out["outlets"] = _union_per_event(source.to_numpy(dtype=object), keys, order, picked, split=False)
    out = out.sort_values(["date", "doc", "passage_start"], na_position="last", kind="stable")
    return out.reset_index(drop=True)


def _union_per_event(
    values: np.ndarray, keys: np.ndarray, order: np.ndarray, picked: np.ndarray, *, split: bool
) -> np.ndarray:
    """For each picked row, the `; `-joined distinct `values` of its event's rows, in `order` (picked row first).

    `split`: the values are themselves `; `-joined lists (actors) to be merged name by name.
    """
    result = values[picked].astype(object)
    shared = pd.Series(keys).duplicated(keep=False).to_numpy()
    if not shared.any():
        return result
    # Only events with several rows need the union; the rest keep their own cell.
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    rows = np.flatnonzero(shared)
    rows = rows[np.argsort(rank[rows], kind="stable")]
    if split:
        r, names = actor_pairs(pd.Series(values[rows]))
        events, names = keys[rows][r], names
    else:
        events, names = keys[rows], values[rows]
    pairs = pd.DataFrame({"event": events, "name": names})
    pairs = pairs.loc[pairs["name"] != ""].drop_duplicates()
    # Rows of one event together (stable: first-seen order within it), then one join per event.
    codes, uniques = pd.factorize(pairs["event"].to_numpy(dtype=object))
    order_by_event = np.argsort(codes, kind="stable")
    listed = pairs["name"].to_numpy(dtype=object)[order_by_event].tolist()
    bounds = np.concatenate([[0], np.cumsum(np.bincount(codes, minlength=len(uniques)))]).tolist()
    union = {e: ACTOR_SEPARATOR.join(listed[bounds[i] : bounds[i + 1]]) for i, e in enumerate(uniques.tolist())}
    picked_keys = keys[picked].tolist()
    for i in np.flatnonzero(shared[picked]).tolist():
        result[i] = union.get(picked_keys[i], result[i])
    return result


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
    if filters.types:
        mask &= _member_mask(frame["event_type"], filters.types)
    if filters.actors and mask.any():
        mask &= event_actor_mask(frame, filters.actors)
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
    actors: Sequence[str] = (),
    types: Sequence[str] = (),
    key_events: bool = False,
    key_types: Sequence[str] = (),
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
    return View(filters, lane, selected, bool(key_events), tuple(key_types)), problem


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


KEY_TABLE_COLUMNS: tuple[str, ...] = (
    "date",
    "date_end",
    "precision",
    "title",
    "event_type",
    "actors",
    "n_sources",
    "outlets",
    "mention_id",
    "event_id",
)


def key_table(events: pd.DataFrame) -> pd.DataFrame:
    """The compact briefing table of `one_per_event` rows: date, title, type, actors, sources; by date."""
    columns = [c for c in KEY_TABLE_COLUMNS if c in events]
    ordered = events.sort_values(["date", "doc", "passage_start"], na_position="last", kind="stable")
    return ordered.loc[:, columns].reset_index(drop=True)


def event_of(frame: pd.DataFrame, mention_id: str) -> str:
    """The event_id of a mention ("" when unknown)."""
    if not mention_id or "event_id" not in frame:
        return ""
    hit = frame.loc[frame["mention_id"] == mention_id, "event_id"]
    return str(hit.iloc[0]) if len(hit) else ""


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
        (P_ACTOR, f.actors),
        (P_TYPE, f.types),
        (P_PRECISION, f.precisions),
        (P_STATUS, f.statuses),
        (P_BASIS, f.bases),
    ):
        if values:
            out[name] = list(values)
    if view.lane != DEFAULT_LANE:
        out[P_LANE] = view.lane
    if view.key_events:
        out[P_KEY] = "1"
    if view.key_types:
        out[P_KEY_TYPE] = list(view.key_types)
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
        actors=_member_param(values, P_ACTOR, choices.actors, notices),
        types=_member_param(values, P_TYPE, choices.types, notices),
    )
    lane = _single(values, P_LANE, notices)
    if lane is not None and lane not in choices.lanes:
        notices.append(f"URL parameter 'lane': {_show(lane)} is not one of {', '.join(choices.lanes)}; ignored.")
        lane = None
    selected = _single(values, P_EVENT, notices)
    if selected is not None and not _EVENT_ID.match(selected):
        notices.append(f"URL parameter 'event': {_show(selected)} is not an event id; ignored.")
        selected = None
    key_events = _flag_param(values, P_KEY, notices)
    key_types = _member_param(values, P_KEY_TYPE, choices.types, notices)
    return View(filters, lane or DEFAULT_LANE, selected or "", key_events, key_types), notices


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


def _flag_param(values: Mapping[str, list[str]], name: str, notices: list[str]) -> bool:
    raw = _single(values, name, notices)
    if raw is None or raw.lower() in _FALSE:
        return False
    if raw.lower() in _TRUE:
        return True
    notices.append(f"URL parameter {_show(name)}: {_show(raw)} is not 1 or 0; ignored.")
    return False


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
