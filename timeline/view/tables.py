"""The tables the page shows beside the chart: mentions, or one row per key event."""

from __future__ import annotations

import pandas as pd

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
