"""The timeline figure: lanes, stacking, the initial window and the Plotly traces.

A day event is a marker; a longer period is a light line from its first to
its last day with a handle at its middle (the handle carries the hover and
the click).  Every event is exactly one point with its ids in `customdata`,
so a click anywhere leads back to its mention.  Spans are one line trace per
status with gaps between segments, never one shape per event, and above
`WEBGL_THRESHOLD` points the traces are WebGL so 100,000 events stay usable.

The number of documents reporting an event (`n_sources`) shows on its marker:
the marker grows with it (`source_marker_sizes`) and, while there are few
enough to read, carries a label "×2" beside it; the hover says "reported by
N sources".

Lanes by actor (`ACTOR_LANE`): an event is drawn in the lane of *each* actor
named by any of its mentions, so an event between Russia and Libya shows in
both lanes (the lanes then hold more points than there are events).  Lanes
are the chosen actors when the actor filter is set, else the
`MAX_ACTOR_LANES` actors named by the most events shown: more lanes could
not be labelled, and a point per actor of 100,000 events would be several
hundred thousand.  An event naming none of them is drawn once, in
"(other actors)"; one naming no actor in "(no actor)".  Above
`ACTOR_REPEAT_LIMIT` events with no actor chosen, each event is drawn once,
in the lane of its actor named by the most events (`actor_lane_caption`
says which rule a figure follows).
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from timeline.core.frame import event_keys
from timeline.view import actor_cells, labels

ACTOR_LANE = "actors"
STORY_LANE = "story"
LANES: dict[str, str] = {
    STORY_LANE: "Story (one lane)",
    "doc": "Document",
    "outlet": "Outlet",
    ACTOR_LANE: "Actor",
    "event_type": "Event type",
    "status": "Status",
    "precision": "Precision",
    "date_basis": "Date basis",
}
NO_ACTOR_LANE = "(no actor)"
OTHER_ACTORS_LANE = "(other actors)"
MAX_ACTOR_LANES = 15
# Above this many events and no actor chosen, lanes by actor draw each event once (its most frequent actor).
ACTOR_REPEAT_LIMIT = 20_000
# Marker growth per doubling of the number of sources, up to `MAX_SIZED_SOURCES`.
SOURCE_SIZE_STEP = 0.45
MAX_SIZED_SOURCES = 8
# Above this many multi-source points the "×N" labels are left out (unreadable, slow); size and hover remain.
MAX_SOURCE_LABELS = 1_500
RING_SIZE = 22.0
# SVG below this many events: exact in every browser (WebGL may be missing in a headless one).
WEBGL_THRESHOLD = 5_000
# A lane's name on up to two lines of this many characters.
LANE_LABEL_CHARS = 30
# Lanes whose values are code names ("date_basis" values, event types) read with spaces for underscores.
CODE_LANES = frozenset({"event_type", "status", "precision", "date_basis"})
# Share of a lane's height that its stacked rows may use.
LANE_BAND = 0.72
MAX_ROW_STEP = 0.2
# A marker is kept clear of its neighbours over this share of the initial window (about its width on screen).
MARKER_SHARE = 1 / 90
GREEDY_LIMIT = 20_000
# Lanes shaded in alternation up to this many; beyond, the boundary lines suffice.
MAX_SHADED_LANES = 60
MAX_LABELLED_LANES = 40
CUSTOMDATA_FIELDS: tuple[str, ...] = ("mention_id", "event_id")
# The plot's width in pixels assumed when placing labels (the page's main column on a laptop screen).
PLOT_WIDTH_PX = 1000.0
STORY_HEIGHT = 600
# Height of the figure outside its plot area: margins, date axis, overview strip, legend (about).
PLOT_CHROME_PX = 170
# Rows of labels each side of the story lane's markers; a lane of many gets one, when it is tall enough.
STORY_LABEL_LEVELS = 3
LANE_LABEL_MIN_PX = 64.0
# Stacked markers in the story lane stay close (a share of the plot's height), leaving room for labels.
STORY_ROW_STEP = 0.035

_STYLE = {
    "reported": {"color": "#1f4e79", "span": "rgba(31, 78, 121, 0.35)", "symbol": "circle", "dash": "solid"},
    "scheduled": {"color": "#c2570c", "span": "rgba(194, 87, 12, 0.35)", "symbol": "diamond-open", "dash": "dash"},
}
_DAY = np.timedelta64(1, "D")


@dataclass(frozen=True, slots=True)
class Lanes:
    """Lane index of each row and the lanes' labels, top to bottom."""

    codes: np.ndarray
    labels: tuple[str, ...]
    # The first lanes that hold an event in the opening window; the others are below it until "Show all".
    n_shown: int = -1

    @property
    def shown(self) -> int:
        return len(self.labels) if self.n_shown < 0 else self.n_shown


def source_counts(frame: pd.DataFrame) -> np.ndarray:
    """Documents reporting each row's event (at least 1: a frame without `n_sources` counts one each)."""
    if "n_sources" not in frame:
        return np.ones(len(frame), dtype=np.int64)
    return np.maximum(frame["n_sources"].to_numpy(dtype=np.int64, na_value=1), 1)


def source_marker_sizes(n_sources: np.ndarray, base: float) -> np.ndarray:
    """Marker size per point: `base` for one source, `SOURCE_SIZE_STEP` bigger per doubling (capped)."""
    n = np.clip(np.asarray(n_sources, dtype=float), 1, MAX_SIZED_SOURCES)
    return base * (1.0 + SOURCE_SIZE_STEP * np.log2(n))


def source_labels(n_sources: np.ndarray) -> np.ndarray:
    """ "×N" for an event reported by N ≥ 2 documents, "" for one."""
    n = np.asarray(n_sources, dtype=np.int64)
    return np.where(n >= 2, np.char.add("×", n.astype(str)), "").astype(object)


def sources_phrase(n_sources: np.ndarray) -> np.ndarray:
    """ "reported by 1 source" / "reported by N sources", per row."""
    n = np.asarray(n_sources, dtype=np.int64)
    return np.where(n == 1, "reported by 1 source", np.char.add(np.char.add("reported by ", n.astype(str)), " sources"))


def actor_lanes(frame: pd.DataFrame, only: Sequence[str] = (), repeat: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """(row position, actor) for every point of lanes by actor: one per lane actor of each row's event.

    An event's actors are those named by any of its rows in `frame`; points come
    in row order.  Lanes are the actors of `only`, or when it is empty the
    `MAX_ACTOR_LANES` actors named by the most events; an event naming none of
    them goes to `OTHER_ACTORS_LANE`, one naming no actor at all to `NO_ACTOR_LANE`.
    `repeat=False`: one point per row, in the lane of its event's actor that is
    named by the most events (the chosen actors in their order, with `only`).
    """
    # Integer codes throughout: events and actors as numbers, names only at the end.
    events, _ = pd.factorize(event_keys(frame).to_numpy(dtype=object))
    rows, names = actor_cells.actor_pairs(frame["actors"] if "actors" in frame else pd.Series([""] * len(frame)))
    actor_codes, actor_names = pd.factorize(np.asarray(names, dtype=object))
    actor_names = np.asarray(actor_names, dtype=object)
    pairs = pd.DataFrame({"event": events[rows], "actor": actor_codes}).drop_duplicates()
    named = np.zeros(int(events.max(initial=-1)) + 1, dtype=bool)
    named[pairs["event"].to_numpy()] = True
    if only:
        position = {name: i for i, name in enumerate(actor_names.tolist())}
        lane_codes = [position[a] for a in dict.fromkeys(only) if a in position]
    else:
        counts = np.bincount(pairs["actor"].to_numpy(), minlength=len(actor_names))
        ranked = sorted(range(len(actor_names)), key=lambda code: (-counts[code], str(actor_names[code])))
        lane_codes = ranked[:MAX_ACTOR_LANES]
    rank = np.full(len(actor_names), -1, dtype=np.int64)
    rank[np.asarray(lane_codes, dtype=np.int64)] = np.arange(len(lane_codes))
    pairs = pairs.loc[rank[pairs["actor"].to_numpy()] >= 0]
    if not repeat:
        pairs = pairs.iloc[np.argsort(rank[pairs["actor"].to_numpy()], kind="stable")].drop_duplicates("event")
    by_row = pd.DataFrame({"row": np.arange(len(frame)), "event": events})
    joined = by_row.merge(pairs, on="event", how="left", sort=False).sort_values("row", kind="stable")
    code = joined["actor"].to_numpy(dtype=float)
    found = ~np.isnan(code)
    lane = np.where(named[joined["event"].to_numpy()], OTHER_ACTORS_LANE, NO_ACTOR_LANE).astype(object)
    lane[found] = actor_names[code[found].astype(np.int64)]
    return joined["row"].to_numpy(dtype=np.int64), lane


def repeats_actors(n_rows: int, actors: Sequence[str] = ()) -> bool:
    """Whether lanes by actor draw an event in each of its actors' lanes (see `ACTOR_REPEAT_LIMIT`)."""
    return bool(actors) or n_rows <= ACTOR_REPEAT_LIMIT


def actor_lane_caption(n_rows: int, actors: Sequence[str] = ()) -> str:
    """What lanes by actor show, for the figure's caption."""
    lanes = "the actors chosen in the filter" if actors else f"the {MAX_ACTOR_LANES} actors in the most events"
    rest = f"other events are in '{OTHER_ACTORS_LANE}' or '{NO_ACTOR_LANE}'"
    if repeats_actors(n_rows, actors):
        return (
            f"Lanes by actor ({lanes}): an event is drawn in the lane of every actor its passages name, "
            f"so an event with several actors appears in several lanes; {rest}."
        )
    return (
        f"Lanes by actor ({lanes}): with {n_rows:,} events, each is drawn once, in the lane of its actor "
        f"in the most events; {rest}. Choose actors in the filter to see every actor's lane."
    )


def lane_values(frame: pd.DataFrame, column: str) -> pd.Series:
    """The lane key of each row: any column's value; an empty value gets its own lane; one lane for the story."""
    if column == STORY_LANE:
        return pd.Series([""] * len(frame), index=frame.index, dtype=object)
    if column not in frame:
        raise KeyError(f"no column {column!r} to draw lanes by")
    return frame[column].astype(str).replace("", "(none)")


def assign_lanes(
    frame: pd.DataFrame,
    column: str,
    window: tuple[pd.Timestamp, pd.Timestamp] | None = None,
    names: Mapping[str, str] | None = None,
) -> Lanes:
    """Lanes in order of first appearance by date, so the top lane is where the story starts.

    With the opening `window`, lanes with no event in it come last, and `n_shown`
    counts the others: an uprising years before the story does not leave an empty
    lane in the view.  `names`: readable names of lane values (event types).
    """
    keys = lane_values(frame, column)
    order = frame["date"].rank(method="first", na_option="bottom").to_numpy()
    n_shown = -1
    if window is not None and "date_end" in frame:
        last = frame["date_end"].fillna(frame["date"])
        inside = ((last >= window[0]) & (frame["date"] <= window[1])).to_numpy(dtype=bool, na_value=False)
        outside_lane = ~pd.Series(inside).groupby(keys.to_numpy()).transform("max").to_numpy(dtype=bool)
        order = order + outside_lane * (len(frame) + 1)
        n_shown = max(1, int(pd.Series(inside).groupby(keys.to_numpy()).max().sum()))
    first_seen = pd.Series(order).groupby(keys.to_numpy()).min().sort_values(kind="stable")
    codes = pd.Categorical(keys, categories=first_seen.index).codes.astype(np.int64)
    labels = _lane_labels(frame, column, tuple(first_seen.index), names or {})
    return Lanes(codes, labels, n_shown)


def _lane_labels(frame: pd.DataFrame, column: str, keys: tuple[str, ...], names: Mapping[str, str]) -> tuple[str, ...]:
    if column == STORY_LANE:
        return ("",)
    if column != "doc":
        readable = (names.get(k) or (k.replace("_", " ") if column in CODE_LANES else k) for k in keys)
        return tuple(_shorten(k, 2 * LANE_LABEL_CHARS) for k in readable)
    # A file name says little to an analyst; the title does, and the file name stays in the hover.
    titles = frame.drop_duplicates("doc").set_index("doc")["doc_title"].astype(str)
    labels: list[str] = []
    for key in keys:
        title = titles.get(key, "") or key
        label = _shorten(title, 2 * LANE_LABEL_CHARS)
        # Two documents with one title must still be two lanes.
        labels.append(label if label not in labels else f"{label} ({key})")
    return tuple(labels)


def stack_rows(codes: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Row of each interval within its lane so that no two intervals of a row overlap.

    Greedy by start: each interval takes the lowest row free at its start,
    so same-day events in a lane stand one above the other instead of hiding.
    `starts`/`ends` are day numbers (inclusive); `ends` may equal `starts`.
    """
    n = len(codes)
    rows = np.zeros(n, dtype=np.int64)
    order = np.lexsort((ends, starts, codes))
    lane = None
    busy: list[tuple[float, int]] = []  # (last day, row) of rows in use
    free: list[int] = []  # rows free again, lowest first
    n_rows = 0
    for i in order.tolist():
        if codes[i] != lane:
            lane, busy, free, n_rows = codes[i], [], [], 0
        start = starts[i]
        while busy and busy[0][0] < start:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            row = heapq.heappop(free)
        else:
            row, n_rows = n_rows, n_rows + 1
        rows[i] = row
        heapq.heappush(busy, (ends[i], row))
    return rows


def stack_rows_fast(codes: np.ndarray, starts: np.ndarray, ends: np.ndarray, precise: np.ndarray) -> np.ndarray:
    """Rows for many events: day events stack by (lane, day) vectorised, periods get the greedy packing.

    Day events take rows from 0 up on their day; periods are packed above the
    highest row day events use in their lane, so the two never cover each other.
    """
    rows = np.zeros(len(codes), dtype=np.int64)
    if precise.any():
        day = pd.DataFrame({"lane": codes[precise], "day": starts[precise]})
        rows[precise] = day.groupby(["lane", "day"], sort=False).cumcount().to_numpy()
    spans = ~precise
    if spans.any():
        base = np.zeros(int(codes.max()) + 1, dtype=np.int64)
        if precise.any():
            np.maximum.at(base, codes[precise], rows[precise] + 1)
        rows[spans] = stack_rows(codes[spans], starts[spans], ends[spans]) + base[codes[spans]]
    return rows


def event_rows(
    codes: np.ndarray, starts: np.ndarray, ends: np.ndarray, precise: np.ndarray, marker_days: float
) -> np.ndarray:
    """Stack rows: a marker occupies `marker_days` so near-same-day markers do not overlap either.

    Above `GREEDY_LIMIT` events only same-day markers are kept apart (vectorised), to stay fast.
    """
    if len(codes) > GREEDY_LIMIT:
        return stack_rows_fast(codes, starts, ends, precise)
    occupied = np.maximum(ends.astype(float), starts + marker_days)
    return stack_rows(codes, starts.astype(float), occupied)


def y_positions(codes: np.ndarray, rows: np.ndarray, n_lanes: int, max_step: float = MAX_ROW_STEP) -> np.ndarray:
    """Lane index plus an offset inside the lane's band; rows spread evenly within the band."""
    if len(codes) == 0:
        return np.zeros(0)
    per_lane = np.zeros(max(n_lanes, 1), dtype=np.int64)
    np.maximum.at(per_lane, codes, rows + 1)
    depth = per_lane[codes]
    # Small stacks stay near the lane's line; big ones use the whole band.
    step = np.where(depth > 1, np.minimum(LANE_BAND / np.maximum(depth - 1, 1), max_step), 0.0)
    return codes + (rows - (depth - 1) / 2.0) * step


def initial_x_range(
    frame: pd.DataFrame, coverage: float = 0.75, gap: float = 0.1, min_days: int = 60
) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """Where the events concentrate: the shortest window holding `coverage` of the periods' middles.

    A few far-off events (a 2011 uprising, an election years ahead) would
    squeeze the story into a sliver, so the view opens on the bulk; zooming
    out or autoscale still reaches the rest.  The window then takes in
    neighbours closer than `gap` times its width, so an evenly spread corpus
    opens whole.  The result is padded by 5% (at least a week) each side.
    """
    dated = frame.loc[frame["date"].notna(), ["date", "date_end"]]
    if dated.empty:
        return None
    start = dated["date"].to_numpy("datetime64[D]").astype(np.int64)
    end = np.maximum(dated["date_end"].fillna(dated["date"]).to_numpy("datetime64[D]").astype(np.int64), start)
    middle = np.sort((start + end) / 2.0)
    lo_i, hi_i = _shortest_window(middle, coverage)
    while True:
        reach = gap * max(middle[hi_i] - middle[lo_i], min_days)
        if lo_i > 0 and middle[lo_i] - middle[lo_i - 1] <= reach:
            lo_i -= 1
        elif hi_i < len(middle) - 1 and middle[hi_i + 1] - middle[hi_i] <= reach:
            hi_i += 1
        else:
            break
    m_lo, m_hi = middle[lo_i], middle[hi_i]
    inside = ((start + end) / 2.0 >= m_lo) & ((start + end) / 2.0 <= m_hi)
    # Long periods of the bulk show in full, but a decade does not stretch a two-year story.
    slack = max(m_hi - m_lo, min_days) * 0.25
    lo = max(float(start[inside].min()), m_lo - slack)
    hi = min(float(end[inside].max()), m_hi + slack)
    pad = max((hi - lo) * 0.05, 7.0)
    lo, hi = lo - pad, hi + pad
    if hi - lo < min_days:
        centre = (lo + hi) / 2.0
        lo, hi = centre - min_days / 2.0, centre + min_days / 2.0
    epoch = pd.Timestamp("1970-01-01")
    return epoch + pd.Timedelta(days=float(np.floor(lo))), epoch + pd.Timedelta(days=float(np.ceil(hi)))


def events_outside(frame: pd.DataFrame, x_range: tuple[pd.Timestamp, pd.Timestamp] | None) -> int:
    """How many dated events lie wholly outside the window (so the page can say they exist)."""
    if x_range is None:
        return 0
    return int(((frame["date_end"] < x_range[0]) | (frame["date"] > x_range[1])).sum())


def _shortest_window(sorted_values: np.ndarray, coverage: float) -> tuple[int, int]:
    """Indices of the first and last value of the shortest run holding `coverage` of the values."""
    n = len(sorted_values)
    k = max(1, int(np.ceil(coverage * n)))
    if n <= 3 or k >= n:
        return 0, n - 1
    widths = sorted_values[k - 1 :] - sorted_values[: n - k + 1]
    i = int(np.argmin(widths))
    return i, i + k - 1


def hover_texts(frame: pd.DataFrame) -> np.ndarray:
    """One hover text per row, escaped: Plotly renders tags in hover text, document text must stay text."""
    date = frame["date"].dt.strftime("%Y-%m-%d")
    end = frame["date_end"].dt.strftime("%Y-%m-%d")
    is_span = (frame["precision"] != "day") & (end.fillna("") != date.fillna(""))
    when = date.fillna("undated").where(~is_span, date.fillna("") + " – " + end.fillna(""))
    how = frame["date_basis"].astype(str) + frame["date_rule"].astype(str).map(lambda r: f" ({r})" if r else "")
    source = frame["outlet"].astype(str).where(frame["outlet"] != "", frame["doc"].astype(str))
    parts = [
        "<b>" + _escape(frame["title"].astype(str).str.slice(0, 90)) + "</b>",
        when + " · " + frame["precision"].astype(str) + " · " + frame["status"].astype(str),
        "as written: “" + _escape(frame["date_text"].astype(str)) + "”",
        "date from: " + _escape(how),
        _escape(source) + " — " + _escape(frame["doc_title"].astype(str).str.slice(0, 70)),
    ]
    if "event_type" in frame and "actors" in frame:
        kind = frame["event_type"].astype(str).where(frame["event_type"] != "", "unclassified")
        actors = frame["actors"].astype(str).str.slice(0, 90).where(frame["actors"] != "", "no actor named")
        parts.append(_escape(kind) + " · " + _escape(actors))
    parts.append(pd.Series(sources_phrase(source_counts(frame)), index=frame.index))
    text = parts[0]
    for part in parts[1:]:
        text = text + "<br>" + part
    return text.to_numpy(dtype=object)


def plotly_text(text: str) -> str:
    """`text` shown verbatim by Plotly, which renders tags (<a href>, <span style>, <br>) in any label."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _escape(series: pd.Series) -> pd.Series:
    return (
        series.str.replace("&", "&amp;", regex=False)
        .str.replace("<", "&lt;", regex=False)
        .str.replace(">", "&gt;", regex=False)
    )


def build_figure(
    frame: pd.DataFrame,
    lane: str = "doc",
    *,
    x_range: tuple[pd.Timestamp, pd.Timestamp] | None = None,
    selected: str = "",
    selected_event: str = "",
    actors: Sequence[str] = (),
    webgl_threshold: int = WEBGL_THRESHOLD,
    label_texts: Sequence[str] | np.ndarray | None = None,
    label_priority: Sequence[float] | np.ndarray | None = None,
    lane_names: Mapping[str, str] | None = None,
    width_px: float = PLOT_WIDTH_PX,
) -> go.Figure:
    """The timeline of the dated rows of `frame`, one lane per value of column `lane`.

    `lane` == `ACTOR_LANE`: a lane per actor (see the module doc), only those of `actors` when given;
    `STORY_LANE`: one lane.  `selected`: the mention to ring, with every point of `selected_event`.
    `label_texts`: a label per row of `frame` ("" for none), placed by `timeline.view.labels` for a
    plot `width_px` wide at `x_range`, higher `label_priority` first.  `lane_names`: readable names of
    lane values (event types).
    """
    has_date = frame["date"].notna().to_numpy(dtype=bool)
    dated = frame.loc[has_date].reset_index(drop=True)
    if dated.empty:
        return _empty_figure()
    texts = None if label_texts is None else np.asarray(label_texts, dtype=object)[has_date]
    priority = np.zeros(len(dated)) if label_priority is None else np.asarray(label_priority, dtype=float)[has_date]
    start = dated["date"].to_numpy("datetime64[D]")
    end = np.maximum(dated["date_end"].fillna(dated["date"]).to_numpy("datetime64[D]"), start)
    precise = (dated["precision"] == "day").to_numpy() | (end == start)
    hover = hover_texts(dated)
    custom = dated[list(CUSTOMDATA_FIELDS)].to_numpy(dtype=str)
    n_sources = source_counts(dated)
    status = dated["status"].astype(str).to_numpy()
    ringed = selected_points(dated, selected, selected_event)
    if lane == ACTOR_LANE:
        # A row is drawn once per actor lane: everything per row is computed once, then repeated.
        take, names = actor_lanes(dated, actors, repeat=repeats_actors(len(dated), actors))
        points = dated[["date", "date_end"]].iloc[take].reset_index(drop=True).assign(actor_lane=names)
        lanes = assign_lanes(points, "actor_lane", x_range)
        start, end, precise, hover, custom = start[take], end[take], precise[take], hover[take], custom[take]
        n_sources, status, priority = n_sources[take], status[take], priority[take]
        texts = None if texts is None else texts[take]
        ringed = np.flatnonzero(np.isin(take, ringed))
    else:
        lanes = assign_lanes(dated, lane, x_range, lane_names)
    window = x_range if x_range is not None else (pd.Timestamp(start.min()), pd.Timestamp(end.max()))
    marker_days = max((window[1] - window[0]).days, 1) * MARKER_SHARE
    rows = event_rows(lanes.codes, start.astype(np.int64), end.astype(np.int64), precise, marker_days)
    step = STORY_ROW_STEP if lane == STORY_LANE else MAX_ROW_STEP
    y = y_positions(lanes.codes, rows, len(lanes.labels), step)
    kind = "scattergl" if len(start) > webgl_threshold else "scatter"
    size = marker_size(len(start))
    sizes = source_marker_sizes(n_sources, size)
    traces: list[dict[str, Any]] = []
    for name, style in _STYLE.items():
        of_status = status == name if name == "scheduled" else status != "scheduled"
        spans = of_status & ~precise
        points = of_status & precise
        if spans.any():
            traces.append(_span_lines(kind, start[spans], end[spans], y[spans], style, name))
            middle = start[spans] + (end[spans] - start[spans]) // 2
            traces.append(
                _markers(kind, middle, y[spans], hover[spans], custom[spans], style, name, span=True, size=sizes[spans])
            )
        if points.any():
            traces.append(
                _markers(kind, start[points], y[points], hover[points], custom[points], style, name, size=sizes[points])
            )
    middle = start + (end - start) // 2
    # Ringing the selection changes the figure, and the browser redraws it whole: cheap in SVG, slow in WebGL.
    ringed = ringed if kind == "scatter" else np.zeros(0, dtype=np.int64)
    ring_size = float(max(RING_SIZE, sizes[ringed].max() + 10)) if len(ringed) else 0.0
    # A label beside a ringed marker starts outside the ring.
    label_sizes = sizes.copy()
    label_sizes[ringed] = ring_size
    traces.extend(_source_label_trace(middle, y, n_sources, label_sizes))
    traces.extend(_selected_ring(middle[ringed], y[ringed], ring_size))
    layout = _layout(lanes, lane, x_range, svg=kind == "scatter")
    if texts is not None:
        layout["annotations"] = _event_labels(texts, priority, middle, y, window, lanes, lane, layout, width_px)
    return _figure(traces, layout)


def _event_labels(
    texts: np.ndarray,
    priority: np.ndarray,
    middle: np.ndarray,
    y: np.ndarray,
    window: tuple[pd.Timestamp, pd.Timestamp],
    lanes: Lanes,
    lane: str,
    layout: dict[str, Any],
    width_px: float,
) -> list[dict[str, Any]]:
    """Annotations for the labelled points that fit at the opening zoom (see `timeline.view.labels`)."""
    wanted = np.flatnonzero(np.asarray([bool(t) for t in texts.tolist()], dtype=bool))
    if len(wanted) == 0:
        return []
    lo, hi = np.datetime64(window[0], "D"), np.datetime64(window[1], "D")
    span = max(float((hi - lo) / _DAY), 1.0)
    x_px = np.full(len(texts), np.nan)
    x_px[wanted] = (middle[wanted] - lo) / _DAY / span * width_px
    # The plot area's height: the figure's less its margins, the date axis, the overview strip and the legend.
    unit_px = max(layout["height"] - PLOT_CHROME_PX, 100) / max(lanes.shown, 1)
    if lane == STORY_LANE:
        levels, chars, lines = STORY_LABEL_LEVELS, labels.STORY_LINE_CHARS, labels.STORY_LINES
    else:
        levels, chars, lines = (1 if unit_px >= LANE_LABEL_MIN_PX else 0), labels.LANE_LINE_CHARS, labels.LANE_LINES
    lane_y = np.round(y)
    # The first row of labels clears the highest stack of markers among the labelled points.
    stack_px = float(np.abs(y[wanted] - lane_y[wanted]).max(initial=0.0)) * unit_px
    first_px = stack_px + labels.FIRST_ROW_PX if lane == STORY_LANE else min(stack_px, unit_px * 0.15) + 8.0
    row_px = lines * labels.LINE_PX + labels.PAD_PX + labels.GAP_PX
    placed = labels.place_labels(
        x_px, texts, priority, levels=levels, line_chars=chars, max_lines=lines, row_px=row_px, width_px=width_px,
        first_px=first_px, groups=lane_y.astype(np.int64),
    )  # fmt: skip
    return labels.label_annotations(placed, middle, y, lane_y, unit_px, plotly_text)


def _source_label_trace(x: np.ndarray, y: np.ndarray, n_sources: np.ndarray, sizes: np.ndarray) -> list[dict[str, Any]]:
    """ "×N" beside each multi-source point: one SVG text trace, not clickable, left out when too many."""
    several = n_sources >= 2
    if not several.any() or several.sum() > MAX_SOURCE_LABELS:
        return []
    # Invisible markers of the points' own sizes: Plotly then sets the text beside the marker, not over it.
    return [
        {
            "type": "scatter",
            "x": _as_datetimes(x[several]),
            "y": y[several],
            "mode": "markers+text",
            "marker": {"size": sizes[several], "opacity": 0},
            "text": source_labels(n_sources[several]),
            "textposition": "middle right",
            "textfont": {"size": 11, "color": "#333"},
            "hoverinfo": "skip",
            "name": "sources",
            "showlegend": False,
        }
    ]


def _figure(traces: list[dict[str, Any]], layout: dict[str, Any]) -> go.Figure:
    # Plain dicts, and the hover texts set after: a Figure deep-copies its input element by element,
    # which for 100,000 strings costs more than everything else here; assigning a property does not.
    texts = [trace.pop("text", None) for trace in traces]
    fig = go.Figure(data=traces, layout=layout)
    for trace, text in zip(fig.data, texts, strict=True):
        if text is not None:
            trace.text = text
    return fig


def marker_size(n_events: int) -> float:
    """Smaller markers as events multiply, so a crowded lane still shows its shape."""
    if n_events <= 1_000:
        return 10.0
    return float(max(4.0, 10.0 - 2.0 * np.log10(n_events / 1_000) * 1.5))


def _empty_figure() -> go.Figure:
    fig = go.Figure()
    fig.add_annotation(text="No dated events", showarrow=False, xref="paper", yref="paper", x=0.5, y=0.5)
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return fig


def _as_datetimes(days: np.ndarray) -> np.ndarray:
    # datetime64 arrays are copied and serialised as a block; ISO strings in an object array are not.
    return days.astype("datetime64[s]")


def _span_lines(kind: str, start: np.ndarray, end: np.ndarray, y: np.ndarray, style: dict, name: str) -> dict:
    # One trace for all periods of a status: segments separated by gaps, not one shape each.
    # The third point of each segment repeats its end; its y is NaN, which breaks the line.
    xs = np.empty((len(start), 3), dtype="datetime64[s]")
    xs[:, 0], xs[:, 1], xs[:, 2] = start, end, end
    ys = np.empty((len(start), 3), dtype=float)
    ys[:, 0], ys[:, 1], ys[:, 2] = y, y, np.nan
    return {
        "type": kind,
        "x": xs.ravel(),
        "y": ys.ravel(),
        "mode": "lines",
        "line": {"color": style["span"], "width": 7, "dash": style["dash"]},
        "hoverinfo": "skip",
        "name": f"{name}, period (first to last day)",
        "legendgroup": f"{name}-period",
        "connectgaps": False,
    }


def _markers(
    kind: str,
    x: np.ndarray,
    y: np.ndarray,
    hover: np.ndarray,
    custom: np.ndarray,
    style: dict,
    name: str,
    *,
    span: bool = False,
    size: float | np.ndarray = 10,
) -> dict:
    sizes = np.asarray(size, dtype=float)
    # One number when every point has the same size, so the usual figure stays small.
    fixed: float | np.ndarray = float(sizes.flat[0]) if sizes.size and np.all(sizes == sizes.flat[0]) else sizes
    if span:
        # The handle of a period: a tick at its middle, so the line, not a point, reads as the date.
        # Opacity set: Plotly fades markers whose size varies point to point (bubbles) by default.
        marker = {
            "color": style["span"],
            "symbol": "line-ns-open",
            "size": fixed + 2,
            "opacity": 1,
            "line": {"width": 2},
        }
        marker["line"]["color"] = style["color"]
    else:
        outline = style["color"] if style["symbol"].endswith("-open") else "white"
        marker = {
            "color": style["color"],
            "symbol": style["symbol"],
            "size": fixed,
            "opacity": 1,
            "line": {"width": 1.5 if float(sizes.min(initial=10)) >= 8 else 0.5},
        }
        marker["line"]["color"] = outline
    return {
        "type": kind,
        "x": _as_datetimes(x),
        "y": y,
        "mode": "markers",
        "marker": marker,
        "text": hover,
        "customdata": custom,
        "hovertemplate": "%{text}<extra></extra>",
        "name": f"{name}, period" if span else name,
        "legendgroup": f"{name}-period" if span else name,
        "showlegend": not span,
    }


def selected_points(dated: pd.DataFrame, selected: str, selected_event: str = "") -> np.ndarray:
    """Positions of the points to ring: every point of the selected mention (one per actor lane)
    and of its event (its other reports; the key-events view draws one point per event)."""
    if not selected and not selected_event:
        return np.zeros(0, dtype=np.int64)
    hit = (dated["mention_id"] == selected).to_numpy(dtype=bool) if selected else np.zeros(len(dated), dtype=bool)
    if selected_event and "event_id" in dated:
        hit = hit | (dated["event_id"] == selected_event).to_numpy(dtype=bool)
    return np.flatnonzero(hit)


def _selected_ring(x: np.ndarray, y: np.ndarray, size: float) -> list[dict[str, Any]]:
    if len(x) == 0:
        return []
    # A plain SVG ring: drawn above the rest, not clickable.
    ring = {
        "type": "scatter",
        "x": _as_datetimes(x),
        "y": y.astype(float).tolist(),
        "mode": "markers",
        "marker": {
            "size": size,
            "symbol": "circle-open",
            "color": "#d62728",
            "line": {"width": 3},
        },
        "hoverinfo": "skip",
        "name": "selected",
        "showlegend": False,
    }
    return [ring]


def _layout(
    lanes: Lanes, lane: str, x_range: tuple[pd.Timestamp, pd.Timestamp] | None, *, svg: bool = True
) -> dict[str, Any]:
    n = len(lanes.labels)
    shown = lanes.shown if x_range is not None else n
    xaxis: dict[str, Any] = {"type": "date", "showgrid": True, "automargin": True}
    if x_range is not None:
        xaxis["range"] = [x_range[0].strftime("%Y-%m-%d"), x_range[1].strftime("%Y-%m-%d")]
    if svg:
        # The overview strip: the whole corpus in small, the window as a handle to drag.
        xaxis["rangeslider"] = {"visible": True, "thickness": 0.06, "bgcolor": "#f4f5f7"}
    labelled = n <= MAX_LABELLED_LANES and lane != STORY_LANE
    full_y = [n - 0.5, -0.5]
    opening_y = [shown - 0.5, -0.5]
    height = STORY_HEIGHT if lane == STORY_LANE else int(min(900, max(460, 210 + 56 * shown)))
    layout: dict[str, Any] = {
        "height": height,
        "margin": {"l": 10, "r": 10, "t": 44, "b": 40},
        "hovermode": "closest",
        "dragmode": "zoom",
        # Below the axis and the overview strip: above it, the legend would run under Plotly's toolbar.
        "legend": {"orientation": "h", "yref": "container", "yanchor": "bottom", "y": 0.01, "xanchor": "left", "x": 0},
        "xaxis": xaxis,
        "yaxis": {
            "tickmode": "array",
            # Past a few dozen lanes the labels would print over each other; the hover names the source.
            "tickvals": list(range(n)) if labelled else [],
            # Lane labels are titles, outlets and actor names from the documents: text, never markup.
            "ticktext": [_lane_tick(label) for label in lanes.labels] if labelled else [],
            "range": opening_y,
            "fixedrange": True,
            # Lines between lanes, not through them, so stacked events sit visibly inside their lane.
            "showgrid": False,
            "minor": {"tickmode": "array", "tickvals": [i + 0.5 for i in range(n - 1)], "showgrid": True},
            "zeroline": False,
            "title": {"text": plotly_text(_lane_title(lane, n))},
            "automargin": True,
        },
        "shapes": _lane_bands(n),
    }
    if x_range is not None:
        opening = {"xaxis.range": list(xaxis["range"]), "yaxis.range": opening_y}
        layout["updatemenus"] = [
            {
                "type": "buttons",
                "direction": "left",
                "showactive": False,
                "x": 0,
                "xanchor": "left",
                "y": 1.01,
                "yanchor": "bottom",
                "pad": {"l": 0, "t": 0, "b": 2},
                "bgcolor": "#ffffff",
                "bordercolor": "#c9ced6",
                "font": {"size": 12},
                "buttons": [
                    {
                        "label": "Show all",
                        "method": "relayout",
                        "args": [{"xaxis.autorange": True, "yaxis.range": full_y}],
                    },
                    {"label": "Opening view", "method": "relayout", "args": [opening]},
                ],
            }
        ]
    return layout


def _lane_tick(label: str) -> str:
    """A lane's name as a tick label: escaped, on two lines when long."""
    return "<br>".join(plotly_text(line) for line in labels.wrap_lines(label, LANE_LABEL_CHARS, 2)) or " "


def _lane_title(lane: str, n: int) -> str:
    if lane == STORY_LANE:
        return ""
    label = LANES.get(lane, lane)
    return label if n <= MAX_LABELLED_LANES else f"{label} ({n:,} lanes: hover for names)"


def _lane_bands(n: int) -> list[dict[str, Any]]:
    if n > MAX_SHADED_LANES:
        return []
    return [
        {
            "type": "rect",
            "xref": "paper",
            "yref": "y",
            "x0": 0,
            "x1": 1,
            "y0": i - 0.5,
            "y1": i + 0.5,
            "fillcolor": "rgba(120, 130, 150, 0.07)",
            "line": {"width": 0},
            "layer": "below",
        }
        for i in range(0, n, 2)
    ]


def mention_from_selection(state: Mapping[str, Any] | None) -> str:
    """The mention_id of the first clicked point in a Streamlit Plotly selection state ("" when none)."""
    if not state:
        return ""
    selection = state.get("selection") or {}
    points: Sequence[Mapping[str, Any]] = selection.get("points") or []
    for point in points:
        custom = point.get("customdata")
        if isinstance(custom, Sequence) and not isinstance(custom, str) and custom:
            custom = custom[0]
        if isinstance(custom, str) and custom:
            return custom
    return ""


def days_from_box(state: Mapping[str, Any] | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the first box drawn on the chart (Plotly box select), or None."""
    if not state:
        return None
    boxes: Sequence[Mapping[str, Any]] = (state.get("selection") or {}).get("box") or []
    for box in boxes:
        xs = box.get("x") if isinstance(box, Mapping) else None
        if not isinstance(xs, Sequence) or isinstance(xs, str) or len(xs) < 2:
            continue
        try:
            days = sorted(pd.Timestamp(v) for v in xs[:2])
        except (TypeError, ValueError):
            continue
        if any(pd.isna(d) for d in days):
            continue
        return days[0].date(), days[1].date()
    return None


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def image_figure(fig: go.Figure, title: str, source_line: str = "") -> go.Figure:
    """A copy of the chart for a still image: a title, a source line, no buttons and no overview strip."""
    still = go.Figure(fig)
    # The selection is the analyst's, not the reader's.
    still.data = [t for t in still.data if t.name != "selected"]
    still.layout.updatemenus = ()
    still.layout.xaxis.rangeslider = None
    still.update_layout(
        template="plotly_white",
        title={"text": plotly_text(title), "x": 0.01, "xanchor": "left", "y": 0.98, "font": {"size": 18}},
        margin={"l": 10, "r": 10, "t": 50, "b": 90},
        legend={"orientation": "h", "yanchor": "top", "y": -0.06, "xanchor": "left", "x": 0},
    )
    if source_line:
        still.add_annotation(
            text=plotly_text(source_line),
            xref="paper",
            yref="paper",
            x=0,
            y=-0.13,
            xanchor="left",
            yanchor="top",
            showarrow=False,
            align="left",
            font={"size": 10, "color": "#555"},
        )
    return still
