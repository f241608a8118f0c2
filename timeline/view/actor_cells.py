"""Reading the frame's `actors` cells ("Russia; Sergey Lavrov") per row and per event, vectorised."""

from __future__ import annotations

from collections.abc import Collection

import numpy as np
import pandas as pd

from timeline.core.frame import event_keys

ACTOR_SEPARATOR = "; "


def split_actors(cell: object) -> list[str]:
    """The actors of one `actors` cell ("Russia; Sergey Lavrov" -> ["Russia", "Sergey Lavrov"])."""
    return [a.strip() for a in str(cell or "").split(";") if a.strip()]


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
