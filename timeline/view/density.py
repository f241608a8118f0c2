"""The density chart: how many events per lane and per day, week, month, quarter or year.

When more events are in view than can be drawn one by one, the store page shows this instead of the
timeline: a heatmap with a row per lane, one cell per bin, darker for more events.  Its hover and its
click/box selection come from one invisible point per non-empty cell (a heatmap cell cannot be selected),
so a click on a cell or a dragged range can narrow the window until the events themselves are drawn.
Every label is escaped (`plotly_text`): lane names come from documents.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from timeline.view.figure import plotly_text

# Bin by window length: at most about 120 days in a window shows days, 3 years weeks, 30 months, 80 quarters.
_BINS: tuple[tuple[int, str], ...] = ((120, "day"), (3 * 366, "week"), (30 * 366, "month"), (80 * 366, "quarter"))
_FREQ = {"day": "D", "week": "W-MON", "month": "MS", "quarter": "QS", "year": "YS"}
_PHRASE = {"day": "on", "week": "week of", "month": "month of", "quarter": "quarter from", "year": "year"}
_COLORS = [[0.0, "#dbe9f6"], [0.5, "#4f8fc0"], [1.0, "#0b2f5b"]]
LANE_LABEL_CHARS = 34


def bin_unit(days: int) -> str:
    """The bin for a window of `days` days: day, week, month, quarter or year."""
    return next((unit for limit, unit in _BINS if days <= limit), "year")


def bin_start(day: dt.date, unit: str) -> dt.date:
    """The first day of the bin holding `day` (weeks start on Monday, as DuckDB's date_trunc)."""
    if unit == "day":
        return day
    if unit == "week":
        return day - dt.timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    if unit == "quarter":
        return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return dt.date(day.year, 1, 1)


def bin_label(start: dt.date, unit: str) -> str:
    """ "week of 2020-01-13", "month of 2020-01", "year 2020": what a cell counts."""
    text = {"month": start.strftime("%Y-%m"), "year": str(start.year)}.get(unit, start.isoformat())
    return f"{_PHRASE[unit]} {text}"


def bin_end(start: dt.date, unit: str) -> dt.date:
    """The last day of the bin that starts on `start`."""
    following = pd.date_range(pd.Timestamp(start), periods=2, freq=_FREQ[unit])[-1]
    return (following - pd.Timedelta(days=1)).date()


def density_figure(
    counts: pd.DataFrame,
    unit: str,
    window: tuple[dt.date, dt.date],
    lane_title: str = "",
    lane_order: Sequence[str] = (),
) -> go.Figure:
    """The heatmap of `counts` (columns lane, bin, n) over `window`; lanes with the most events on top, those of
    `lane_order` first and in that order when given."""
    first = pd.Timestamp(bin_start(window[0], unit))
    starts = pd.date_range(first, pd.Timestamp(window[1]), freq=_FREQ[unit])
    if len(starts) == 0:
        starts = pd.DatetimeIndex([first])
    edges = starts.append(pd.date_range(starts[-1], periods=2, freq=_FREQ[unit])[-1:])
    centres = starts + (edges[1:] - edges[:-1]) / 2
    lanes = _lanes(counts, lane_order)
    z = np.zeros((len(lanes), len(starts)), dtype=np.int64)
    if not counts.empty:
        row = pd.Categorical(counts["lane"], categories=lanes).codes
        col = starts.get_indexer(pd.DatetimeIndex(counts["bin"]))
        keep = (row >= 0) & (col >= 0)
        np.add.at(z, (row[keep], col[keep]), counts["n"].to_numpy()[keep])
    labels = [plotly_text(_shorten(lane, LANE_LABEL_CHARS)) for lane in lanes]
    filled = np.nonzero(z)
    cells = z[filled]
    zmax = float(max(1, np.percentile(cells, 95))) if len(cells) else 1.0
    x = centres.to_numpy(dtype="datetime64[s]")
    heat = {
        "type": "heatmap",
        "x": x,
        "y": labels,
        "z": np.where(z > 0, z, np.nan),
        "zmin": 0,
        "zmax": zmax,
        "colorscale": _COLORS,
        "showscale": False,
        "hoverinfo": "skip",
        "xgap": 1,
        "ygap": 2,
    }
    # One invisible point per non-empty cell: the hover, and what a click or box selects.
    phrases = np.array([plotly_text(bin_label(s.date(), unit)) for s in starts], dtype=object)
    points = {
        "type": "scatter",
        "mode": "markers",
        "x": x[filled[1]],
        "y": np.array(labels, dtype=object)[filled[0]],
        "customdata": np.column_stack([cells, starts.strftime("%Y-%m-%d").to_numpy()[filled[1]]]).astype(object),
        "text": phrases[filled[1]],
        "marker": {"size": 14, "opacity": 0, "symbol": "square"},
        "hovertemplate": "%{customdata[0]:,} events, %{text}<br>%{y}<extra></extra>",
        "name": "cells",
        "showlegend": False,
    }
    layout: dict[str, Any] = {
        "height": 140 + 30 * max(len(lanes), 1),
        "margin": {"l": 10, "r": 10, "t": 30, "b": 30},
        "xaxis": {"type": "date", "range": [edges[0], edges[-1]], "showgrid": False},
        "yaxis": {
            "type": "category",
            "autorange": "reversed",
            "title": {"text": plotly_text(lane_title)},
            "automargin": True,
            "fixedrange": True,
        },
        # A click selects the cell's point (the page narrows the dates to it); a drag zooms, box select picks a range.
        "dragmode": "zoom",
        "clickmode": "event+select",
        "selectdirection": "h",
        "hovermode": "closest",
        "plot_bgcolor": "white",
    }
    return go.Figure(data=[heat, points], layout=layout)


def window_of_selection(selection: Mapping[str, Any] | None, unit: str) -> tuple[dt.date, dt.date] | None:
    """The dates a Streamlit selection on the density chart covers: a dragged box's range, or the bins of the
    clicked cells; None when nothing is selected."""
    chosen = (selection or {}).get("selection") or {}
    for box in chosen.get("box") or []:
        xs = [_as_date(x) for x in box.get("x") or []]
        xs = [x for x in xs if x is not None]
        if len(xs) >= 2:
            return min(xs), max(xs)
    days: list[dt.date] = []
    for point in chosen.get("points") or []:
        custom = point.get("customdata")
        if isinstance(custom, Sequence) and not isinstance(custom, str) and len(custom) >= 2:
            start = _as_date(custom[1])
            if start is not None:
                days.append(start)
    if not days:
        return None
    return min(days), bin_end(max(days), unit)


def _lanes(counts: pd.DataFrame, lane_order: Sequence[str]) -> list[str]:
    if counts.empty:
        return list(lane_order)
    totals = counts.groupby("lane", sort=False)["n"].sum()
    ranked = sorted(totals.index, key=lambda lane: (lane.startswith("("), -int(totals[lane]), lane))
    first = [lane for lane in lane_order if lane in totals.index]
    return first + [lane for lane in ranked if lane not in set(first)]


def _as_date(value: object) -> dt.date | None:
    try:
        stamp = pd.Timestamp(str(value))
    except (TypeError, ValueError):
        return None
    return None if pd.isna(stamp) else stamp.date()


def _shorten(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
