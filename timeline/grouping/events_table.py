"""One row per event of a grouped frame, with its sources listed (the "events" download)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import pandas as pd

from timeline.grouping.happening import split_cell

EVENT_TABLE_COLUMNS: tuple[str, ...] = (
    "event_id",
    "event_date",
    "event_date_end",
    "event_precision",
    "event_type",
    "actors",
    "actor1",
    "actor2",
    "assoc_actors",
    "n_sources",
    "docs",
    "outlets",
    "title",
    "headline",
    "mention_ids",
)


def events_table(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per event of a grouped frame, with its sources listed; sorted by event date."""
    if frame.empty:
        return pd.DataFrame({c: pd.Series([], dtype=_table_dtype(c)) for c in EVENT_TABLE_COLUMNS})
    n = len(frame)

    def column(name: str) -> list[Any]:
        return frame[name].tolist() if name in frame else [""] * n

    event_ids, mids, docs = column("event_id"), column("mention_id"), column("doc")
    outlets, actors, givers = column("outlet"), column("actors"), column("event_date_from")
    assoc = column("assoc_actors")
    members: dict[str, list[int]] = defaultdict(list)
    for i, event_id in enumerate(event_ids):
        members[str(event_id)].append(i)
    first_rows, rows = [], []
    for event_id, rows_of_event in members.items():
        giver = next((i for i in rows_of_event if mids[i] == givers[i]), rows_of_event[0])
        in_doc_order = sorted(rows_of_event, key=lambda i: str(docs[i]))
        first_rows.append(giver)
        rows.append(
            {
                "event_id": event_id,
                "actors": "; ".join(_ordered_union(split_cell(actors[i]) for i in rows_of_event)),
                # every mention's other actors, less the two the event's roles name
                "assoc_actors": "; ".join(_ordered_union(split_cell(assoc[i]) for i in rows_of_event)),
                "n_sources": len({docs[i] for i in rows_of_event}),
                "docs": "; ".join(sorted({str(docs[i]) for i in rows_of_event})),
                "outlets": "; ".join(_ordered_union([_text(outlets[i])] for i in in_doc_order)),
                "mention_ids": "; ".join(str(mids[i]) for i in rows_of_event),
            }
        )
    table = pd.DataFrame(rows)
    picked = frame.iloc[first_rows].reset_index(drop=True)
    # The mention that gave the event's date gives its roles and headline too: one coherent statement.
    for name in (
        "event_date",
        "event_date_end",
        "event_precision",
        "event_type",
        "title",
        "headline",
        "actor1",
        "actor2",
    ):
        table[name] = picked.get(name, "")
    for name in ("event_date", "event_date_end"):
        table[name] = pd.to_datetime(table[name]).astype("datetime64[s]")
    table["n_sources"] = table["n_sources"].astype("int64")
    for name in ("actor1", "actor2", "headline"):
        table[name] = table[name].map(_text)
    roles = zip(table["actor1"], table["actor2"], table["assoc_actors"], strict=True)
    table["assoc_actors"] = ["; ".join(a for a in split_cell(rest) if a not in (one, two)) for one, two, rest in roles]
    table = table.loc[:, list(EVENT_TABLE_COLUMNS)]
    return table.sort_values(["event_date", "event_id"], na_position="last", kind="stable").reset_index(drop=True)


def _text(value: object) -> str:
    return "" if value is None or value is pd.NA or value != value else str(value)


def _ordered_union(groups: Iterable[Iterable[str]]) -> list[str]:
    seen: dict[str, None] = {}
    for group in groups:
        for item in group:
            if item:
                seen.setdefault(item, None)
    return list(seen)


def _table_dtype(column: str) -> str:
    if column in ("event_date", "event_date_end"):
        return "datetime64[s]"
    return "int64" if column == "n_sources" else "str"
