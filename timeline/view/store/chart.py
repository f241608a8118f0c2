"""What the store page draws for a view: the events one by one when few enough, else their density.

`store_chart` is the whole server-side path of a filter change (count, rows or density, figure), so the
dashboard and the benchmark time and show the same thing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from timeline.view import density, figure, key_events, tables
from timeline.view.state import Filters
from timeline.view.store import overlay, queries
from timeline.view.store.session import StoreSession, text_hits, wait_for_actors
from timeline.view.store.where import Sql, filter_sql, text_terms

# Above this many events in view the chart shows their density; at or below, each event.
DRAW_LIMIT = 5_000
MAX_DENSITY_LANES = 20
MAX_ACTOR_LANES = figure.MAX_ACTOR_LANES
# Lanes the store page offers (lanes by document only make sense once the window is narrow).
STORE_LANES: tuple[str, ...] = ("event_type", "outlet", "actors", "status", "precision", "date_basis", "doc")


@dataclass(frozen=True)
class StoreChart:
    """The figure for a view and what the caption says about it."""

    kind: str  # "events", "density" or "empty"
    figure: go.Figure
    counts: queries.Counts
    drawn: pd.DataFrame  # the rows drawn one by one ("events"), else empty
    unit: str = ""  # the density's bin
    window: tuple[dt.date, dt.date] | None = None
    outside: int = 0  # dated events in view but outside the density's window
    # Periods that began before the window's first day and run into it: in view, listed, but not drawn.
    earlier: int = 0


def condition_for(
    session: StoreSession, filters: Filters, *, key_events: bool = False, key_types: Sequence[str] = ()
) -> Sql:
    """The SQL condition of `filters` on this store (running the search once when there is one)."""
    hits = text_hits(session, filters.text) if text_terms(filters.text) else ""
    if filters.actors:
        wait_for_actors(session)
    picks = overlay.PICKS_TABLE if overlay.current(session) is not None else ""
    return filter_sql(filters, text_hits=hits, key_events=key_events, key_types=key_types, picks=picks)


def density_window(counts: queries.Counts, filters: Filters) -> tuple[dt.date, dt.date] | None:
    """The dates the density shows: the filter's range where set, else the bulk of the events (1st to 99th
    centile, widened to the extremes when they are near) so that a few far-off dates do not squeeze the rest."""
    if counts.first is None or counts.last is None or counts.low is None or counts.high is None:
        return None
    low, high = counts.low, counts.high
    reach = max((high - low).days, 30) * 0.25
    if (low - counts.first).days <= reach:
        low = counts.first
    if (counts.last - high).days <= reach:
        high = counts.last
    return (filters.start or low, filters.end or max(high, filters.start or high))


def store_chart(
    session: StoreSession,
    filters: Filters,
    lane: str,
    *,
    selected: str = "",
    key_view: bool = False,
    key_types: Sequence[str] = (),
    draw_limit: int = DRAW_LIMIT,
    condition: Sql | None = None,
) -> StoreChart:
    """The chart of the events `filters` select: each event (in lanes by `lane`, `selected` ringed) when at most
    `draw_limit` are in view or begin in the filter's window, else their density per lane and bin."""
    condition = (
        condition
        if condition is not None
        else condition_for(session, filters, key_events=key_view, key_types=key_types)
    )
    counts = queries.counts(session, condition)
    if counts.dated == 0:
        return StoreChart("empty", figure.build_figure(pd.DataFrame({"date": []})), counts, pd.DataFrame())
    drawable, earlier = condition, 0
    if counts.rows > draw_limit and filters.start is not None:
        # A narrow window still overlaps every month or year the events of which span it; drawing those that
        # begin in the window lets zooming in reach the events themselves.
        drawable = condition.and_(Sql("date >= ?", (dt.datetime.combine(filters.start, dt.time()),)))
        earlier = counts.rows - queries.counts(session, drawable).rows
    if counts.rows - earlier <= draw_limit:
        rows = queries.rows(session, drawable, draw_limit)
        drawn = key_events.one_per_event(rows) if key_view else rows
        fig = figure.build_figure(
            drawn,
            lane,
            x_range=figure.initial_x_range(drawn),
            selected=selected,
            selected_event=tables.event_of(rows, selected),
            actors=filters.actors,
        )
        return StoreChart("events", fig, counts, drawn, earlier=earlier)
    window = density_window(counts, filters)
    assert window is not None  # counts.dated > 0
    unit = density.bin_unit((window[1] - window[0]).days)
    limit = MAX_ACTOR_LANES if lane == queries.ACTOR_LANE else MAX_DENSITY_LANES
    if lane == queries.ACTOR_LANE:
        wait_for_actors(session)
    cells = queries.density(session, condition, lane, window, unit, max_lanes=limit, actors=filters.actors)
    title = figure.LANES.get(lane, lane)
    fig = density.density_figure(cells, unit, window, title, lane_order=filters.actors if lane == "actors" else ())
    outside = counts.dated - int(cells["n"].sum()) if lane != queries.ACTOR_LANE else 0
    return StoreChart("density", fig, counts, pd.DataFrame(), unit, window, outside)
