"""Filtering the events frame: one boolean mask per filter, combined.

Actors and event types filter *events*: an event passes the actor filter when any of its mentions
names a chosen actor, and then every mention of it that passes the other filters is shown (a passage
that only says "the ceasefire" stays beside the one that names the UN).
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from timeline.view.actor_cells import event_actor_mask
from timeline.view.state import NO_PRECISION, Filters


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
