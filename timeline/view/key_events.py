"""The key-events view: the milestones of a briefing, each drawn once, at the event's own date.

An event is key when it is reported by `KEY_MIN_SOURCES` documents or more, or is of a key type
(by default the taxonomy's: `Taxonomy.key_types`, from `data/event_types_briefing.csv` and the user's
`--types` files), or the analyst pinned it; and the analyst did not remove it.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

import numpy as np
import pandas as pd

from timeline.core.frame import event_keys
from timeline.view.actor_cells import ACTOR_SEPARATOR, actor_pairs

# An event reported by at least this many documents is a key event.
KEY_MIN_SOURCES = 2


def key_mask(
    frame: pd.DataFrame,
    key_types: Collection[str] = (),
    pinned: Collection[str] = (),
    dropped: Collection[str] = (),
) -> np.ndarray:
    """Rows of key events: reported by `KEY_MIN_SOURCES` documents or more (in the corpus), of a key type,
    or of a `pinned` event; never of a `dropped` one (event ids)."""
    mask = np.zeros(len(frame), dtype=bool)
    if "n_sources" in frame:
        mask |= (frame["n_sources"] >= KEY_MIN_SOURCES).to_numpy(dtype=bool)
    if key_types and "event_type" in frame:
        mask |= frame["event_type"].isin(tuple(key_types)).to_numpy(dtype=bool)
    if (pinned or dropped) and "event_id" in frame:
        if pinned:
            mask |= frame["event_id"].isin(tuple(pinned)).to_numpy(dtype=bool)
        if dropped:
            mask &= ~frame["event_id"].isin(tuple(dropped)).to_numpy(dtype=bool)
    return mask


def key_mentions(
    frame: pd.DataFrame,
    key_types: Collection[str] = (),
    pinned: Collection[str] = (),
    dropped: Collection[str] = (),
) -> pd.DataFrame:
    """The rows (mentions) of `frame` that belong to key events, in their order, with a fresh index."""
    return frame.loc[key_mask(frame, key_types, pinned, dropped)].reset_index(drop=True)


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


def picked_events(
    frame: pd.DataFrame, picks: Mapping[str, tuple[tuple[str, ...], str]]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Saved choices (event_id -> (mention ids, "pin"/"drop")) as the (pinned, dropped) event ids of `frame`.

    A saved event is found by its id, else by any of its mentions: a document added since may have
    joined the event and changed its id.  Choices of events no longer in `frame` are left out.
    """
    if not picks or "event_id" not in frame:
        return (), ()
    events = set(frame["event_id"].astype(str))
    by_mention = dict(zip(frame["mention_id"].astype(str), frame["event_id"].astype(str), strict=True))
    pinned: dict[str, None] = {}
    dropped: dict[str, None] = {}
    for event_id, (mentions, choice) in picks.items():
        found = event_id if event_id in events else next((by_mention[m] for m in mentions if m in by_mention), "")
        if found:
            (pinned if choice == "pin" else dropped)[found] = None
            (dropped if choice == "pin" else pinned).pop(found, None)
    return tuple(pinned), tuple(dropped)


def milestone_priority(
    frame: pd.DataFrame, key_types: Collection[str] = (), pinned: Collection[str] = ()
) -> np.ndarray:
    """Which labels the chart places first: pinned events, then several sources, then key types,
    a day-precise date before a vaguer one."""
    score = np.zeros(len(frame))
    if "n_sources" in frame:
        score += 2.0 * (frame["n_sources"] >= KEY_MIN_SOURCES).to_numpy(dtype=bool)
    if key_types and "event_type" in frame:
        score += 1.0 * frame["event_type"].isin(tuple(key_types)).to_numpy(dtype=bool)
    if pinned and "event_id" in frame:
        score += 4.0 * frame["event_id"].isin(tuple(pinned)).to_numpy(dtype=bool)
    if "precision" in frame:
        score += 0.5 * (frame["precision"] == "day").to_numpy(dtype=bool)
    return score
