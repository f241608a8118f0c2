"""The chart's opening window, and the one line that says what it shows.

With a date filter the window is the filter's range.  Otherwise it is where the events concentrate
(`figure.initial_x_range`) widened to take in every milestone: a key event dated more finely than a
year, so a correction or an upload that moves the newest milestone never leaves it outside.  A
background date ("since 2011", a year or coarser) does not stretch the window.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from timeline.view.figure import initial_x_range
from timeline.view.state import DATE_MAX, DATE_MIN

# Precisions too coarse for a date to be a milestone of the story.
BACKGROUND_PRECISIONS = frozenset({"year", "decade"})
# Share of the window added each side of the milestones and of a date filter's range.
PAD_SHARE = 0.03
MIN_PAD_DAYS = 5

Window = tuple[pd.Timestamp, pd.Timestamp]


def opening_window(
    drawn: pd.DataFrame,
    milestones: np.ndarray | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> Window | None:
    """The window the chart opens on for the `drawn` rows; `milestones` marks the key rows among them."""
    dated = drawn["date"].notna().to_numpy(dtype=bool)
    if not dated.any():
        return None
    first = drawn.loc[dated, "date"].min()
    last = drawn.loc[dated, "date_end"].fillna(drawn.loc[dated, "date"]).max()
    if start is not None or end is not None:
        lo = pd.Timestamp(start) if start is not None else first
        hi = pd.Timestamp(end) + pd.Timedelta(days=1) if end is not None else last
        return _padded(lo, max(hi, lo + pd.Timedelta(days=1)))
    window = initial_x_range(drawn)
    if window is None or milestones is None:
        return window
    fine = dated & np.asarray(milestones, dtype=bool) & ~drawn["precision"].isin(BACKGROUND_PRECISIONS).to_numpy()
    if not fine.any():
        return window
    m_lo = drawn.loc[fine, "date"].min()
    m_hi = drawn.loc[fine, "date_end"].fillna(drawn.loc[fine, "date"]).max()
    if window[0] <= m_lo and m_hi <= window[1]:
        return window
    lo, hi = min(window[0], m_lo), max(window[1], m_hi)
    pad = max((hi - lo) * PAD_SHARE, pd.Timedelta(days=MIN_PAD_DAYS))
    return (lo - pad if lo == m_lo else lo), (hi + pad if hi == m_hi else hi)


def _padded(lo: pd.Timestamp, hi: pd.Timestamp) -> Window:
    pad = max((hi - lo) * PAD_SHARE, pd.Timedelta(days=1))
    return lo - pad, hi + pad


def span_in_view(drawn: pd.DataFrame, window: Window | None) -> str:
    """ "In view: 13 Jan 2020 – 24 Dec 2021 (15 events); 2 outside, from 2011: Show all" for the chart's header."""
    dated = drawn.loc[drawn["date"].notna()]
    if dated.empty:
        return "No dated events to draw."
    last = dated["date_end"].fillna(dated["date"])
    if window is None:
        inside = np.ones(len(dated), dtype=bool)
    else:
        inside = ((last >= window[0]) & (dated["date"] <= window[1])).to_numpy(dtype=bool)
    shown = dated.loc[inside]
    n_in = int(inside.sum())
    text = (
        f"In view: {_day(shown['date'].min())} – {_day(last[inside].max())} ({n_in:,} event{'s' if n_in != 1 else ''})"
        if n_in
        else "No event in the opening window"
    )
    outside = dated.loc[~inside]
    if len(outside):
        years = sorted({int(y) for y in outside["date"].dt.year})
        when = str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"
        text += f"; {len(outside):,} more outside ({when}): “Show all” above the chart"
    return text + "."


def _day(value: pd.Timestamp) -> str:
    return f"{value.day} {value.strftime('%b %Y')}"


def count_in_window(drawn: pd.DataFrame, window: Window | None) -> int:
    """How many dated rows of `drawn` touch the window (all dated rows without one)."""
    dated = drawn.loc[drawn["date"].notna()]
    if window is None:
        return len(dated)
    last = dated["date_end"].fillna(dated["date"])
    return int(((last >= window[0]) & (dated["date"] <= window[1])).sum())


# The last days of a corpus that its "last 30 days" preset covers.
RECENT_DAYS = 30


def date_presets(frame: pd.DataFrame, max_years: int = 8) -> dict[str, tuple[dt.date, dt.date]]:
    """Date ranges to choose in one click: the corpus's span, each of its years, its last 30 days.

    Years are those of dated events, the most recent `max_years` of them (a 2011 background date
    is a year too, but a list of forty years is no shortcut).
    """
    dated = frame.loc[frame["date"].notna()]
    if dated.empty:
        return {}
    first = dated["date"].min().date()
    last = dated["date_end"].fillna(dated["date"]).max().date()
    presets = {"Whole corpus": (first, last)}
    for year in sorted({int(y) for y in dated["date"].dt.year})[-max_years:]:
        presets[str(year)] = (dt.date(year, 1, 1), dt.date(year, 12, 31))
    presets[f"Last {RECENT_DAYS} days"] = (max(first, last - dt.timedelta(days=RECENT_DAYS - 1)), last)
    return presets


def calendar_bounds(frame: pd.DataFrame, *chosen: dt.date | None) -> tuple[dt.date, dt.date]:
    """Bounds for the date pickers: the corpus's years (so a calendar opens on them, not on today), widened to
    any date already chosen; the widest allowed range when nothing is dated."""
    dated = frame.loc[frame["date"].notna()]
    days = [d for d in chosen if d is not None]
    if not dated.empty:
        days += [dated["date"].min().date(), dated["date_end"].fillna(dated["date"]).max().date()]
    if not days:
        return DATE_MIN, DATE_MAX
    return max(DATE_MIN, dt.date(min(days).year, 1, 1)), min(DATE_MAX, dt.date(max(days).year, 12, 31))
