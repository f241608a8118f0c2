"""The timeline figure: lanes, stacking, the initial window and the Plotly traces.

A day event is a marker; a longer period is a light line from its first to
its last day with a handle at its middle (the handle carries the hover and
the click).  Every event is exactly one point with its ids in `customdata`,
so a click anywhere leads back to its mention.  Spans are one line trace per
status with gaps between segments, never one shape per event, and above
`WEBGL_THRESHOLD` points the traces are WebGL so 100,000 events stay usable.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

LANES: dict[str, str] = {
    "doc": "Document",
    "outlet": "Outlet",
    "status": "Status",
    "precision": "Precision",
    "date_basis": "Date basis",
    "event_type": "Event type",
}
# SVG below this many events: exact in every browser (WebGL may be missing in a headless one).
WEBGL_THRESHOLD = 5_000
LANE_LABEL_CHARS = 34
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


def lane_values(frame: pd.DataFrame, column: str) -> pd.Series:
    """The lane key of each row: any column's value; an empty value gets its own lane."""
    if column not in frame:
        raise KeyError(f"no column {column!r} to draw lanes by")
    return frame[column].astype(str).replace("", "(none)")


def assign_lanes(frame: pd.DataFrame, column: str) -> Lanes:
    """Lanes in order of first appearance by date, so the top lane is where the story starts."""
    keys = lane_values(frame, column)
    order = frame["date"].rank(method="first", na_option="bottom").to_numpy()
    first_seen = pd.Series(order).groupby(keys.to_numpy()).min().sort_values(kind="stable")
    codes = pd.Categorical(keys, categories=first_seen.index).codes.astype(np.int64)
    labels = _lane_labels(frame, column, tuple(first_seen.index))
    return Lanes(codes, labels)


def _lane_labels(frame: pd.DataFrame, column: str, keys: tuple[str, ...]) -> tuple[str, ...]:
    if column != "doc":
        return tuple(_shorten(k, LANE_LABEL_CHARS) for k in keys)
    # A file name says little to an analyst; the title does, and the file name stays in the hover.
    titles = frame.drop_duplicates("doc").set_index("doc")["doc_title"].astype(str)
    labels: list[str] = []
    for key in keys:
        title = titles.get(key, "") or key
        label = _shorten(title, LANE_LABEL_CHARS)
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


def y_positions(codes: np.ndarray, rows: np.ndarray, n_lanes: int) -> np.ndarray:
    """Lane index plus an offset inside the lane's band; rows spread evenly within the band."""
    if len(codes) == 0:
        return np.zeros(0)
    per_lane = np.zeros(max(n_lanes, 1), dtype=np.int64)
    np.maximum.at(per_lane, codes, rows + 1)
    depth = per_lane[codes]
    # Small stacks stay near the lane's line; big ones use the whole band.
    step = np.where(depth > 1, np.minimum(LANE_BAND / np.maximum(depth - 1, 1), MAX_ROW_STEP), 0.0)
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
    text = parts[0]
    for part in parts[1:]:
        text = text + "<br>" + part
    return text.to_numpy(dtype=object)


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
    webgl_threshold: int = WEBGL_THRESHOLD,
) -> go.Figure:
    """The timeline of the dated rows of `frame`, one lane per value of column `lane`."""
    dated = frame.loc[frame["date"].notna()].reset_index(drop=True)
    if dated.empty:
        return _empty_figure()
    lanes = assign_lanes(dated, lane)
    start = dated["date"].to_numpy("datetime64[D]")
    end = np.maximum(dated["date_end"].fillna(dated["date"]).to_numpy("datetime64[D]"), start)
    precise = (dated["precision"] == "day").to_numpy() | (end == start)
    window = x_range if x_range is not None else (pd.Timestamp(start.min()), pd.Timestamp(end.max()))
    marker_days = max((window[1] - window[0]).days, 1) * MARKER_SHARE
    rows = event_rows(lanes.codes, start.astype(np.int64), end.astype(np.int64), precise, marker_days)
    y = y_positions(lanes.codes, rows, len(lanes.labels))
    hover = hover_texts(dated)
    custom = dated[list(CUSTOMDATA_FIELDS)].to_numpy(dtype=str)
    kind = "scattergl" if len(dated) > webgl_threshold else "scatter"
    size = marker_size(len(dated))
    status = dated["status"].astype(str).to_numpy()
    traces: list[dict[str, Any]] = []
    for name, style in _STYLE.items():
        of_status = status == name if name == "scheduled" else status != "scheduled"
        spans = of_status & ~precise
        points = of_status & precise
        if spans.any():
            traces.append(_span_lines(kind, start[spans], end[spans], y[spans], style, name))
            middle = start[spans] + (end[spans] - start[spans]) // 2
            traces.append(
                _markers(kind, middle, y[spans], hover[spans], custom[spans], style, name, span=True, size=size)
            )
        if points.any():
            traces.append(
                _markers(kind, start[points], y[points], hover[points], custom[points], style, name, size=size)
            )
    if kind == "scatter":
        # Ringing the selection changes the figure, and the browser redraws it whole: cheap in SVG, slow in WebGL.
        traces.extend(_selected_ring(dated, selected, start, end, y))
    return _figure(traces, _layout(lanes, lane, x_range))


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
    size: float = 10,
) -> dict:
    if span:
        # The handle of a period: a tick at its middle, so the line, not a point, reads as the date.
        marker = {"color": style["span"], "symbol": "line-ns-open", "size": size + 2, "line": {"width": 2}}
        marker["line"]["color"] = style["color"]
    else:
        outline = style["color"] if style["symbol"].endswith("-open") else "white"
        marker = {
            "color": style["color"],
            "symbol": style["symbol"],
            "size": size,
            "line": {"width": 1.5 if size >= 8 else 0.5},
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


def _selected_ring(
    dated: pd.DataFrame, selected: str, start: np.ndarray, end: np.ndarray, y: np.ndarray
) -> list[dict[str, Any]]:
    if not selected:
        return []
    hit = np.flatnonzero((dated["mention_id"] == selected).to_numpy())
    if len(hit) == 0:
        return []
    i = int(hit[0])
    middle = start[i] + (end[i] - start[i]) // 2
    # A plain SVG ring even in WebGL figures: one point, drawn above the rest, not clickable.
    ring = {
        "type": "scatter",
        "x": _as_datetimes(np.array([middle])),
        "y": [float(y[i])],
        "mode": "markers",
        "marker": {"size": 22, "symbol": "circle-open", "color": "#d62728", "line": {"width": 3}},
        "hoverinfo": "skip",
        "name": "selected",
        "showlegend": False,
    }
    return [ring]


def _layout(lanes: Lanes, lane: str, x_range: tuple[pd.Timestamp, pd.Timestamp] | None) -> dict[str, Any]:
    n = len(lanes.labels)
    xaxis: dict[str, Any] = {"type": "date", "showgrid": True, "automargin": True}
    if x_range is not None:
        xaxis["range"] = [x_range[0].strftime("%Y-%m-%d"), x_range[1].strftime("%Y-%m-%d")]
    return {
        "height": int(min(900, max(420, 170 + 56 * n))),
        "margin": {"l": 10, "r": 10, "t": 30, "b": 10},
        "hovermode": "closest",
        "dragmode": "zoom",
        # Below the axis: above it, the legend would run under Plotly's toolbar.
        "legend": {"orientation": "h", "yanchor": "top", "y": -0.12, "xanchor": "left", "x": 0},
        "xaxis": xaxis,
        "yaxis": {
            "tickmode": "array",
            # Past a few dozen lanes the labels would print over each other; the hover names the source.
            "tickvals": list(range(n)) if n <= MAX_LABELLED_LANES else [],
            "ticktext": list(lanes.labels) if n <= MAX_LABELLED_LANES else [],
            "range": [n - 0.5, -0.5],
            "fixedrange": True,
            # Lines between lanes, not through them, so stacked events sit visibly inside their lane.
            "showgrid": False,
            "minor": {"tickmode": "array", "tickvals": [i + 0.5 for i in range(n - 1)], "showgrid": True},
            "zeroline": False,
            "title": {"text": _lane_title(lane, n)},
            "automargin": True,
        },
        "shapes": _lane_bands(n),
    }


def _lane_title(lane: str, n: int) -> str:
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


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
