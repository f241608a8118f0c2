"""The tables the page shows beside the chart: mentions, or one row per key event."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

TABLE_COLUMNS: tuple[str, ...] = (
    "date", "date_end", "precision", "date_text", "title", "status", "date_basis", "outlet", "doc_title",
    "actors", "event_type", "n_sources", "doc", "mention_id",
)  # fmt: skip
KEY_TABLE_COLUMNS: tuple[str, ...] = (
    "date", "date_end", "precision", "title", "event_type", "actors", "n_sources", "outlets", "mention_id", "event_id",
)  # fmt: skip


def table_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """The briefing table: a few readable columns, by date (undated last), then document order."""
    return _by_date(frame, TABLE_COLUMNS)


def key_table(events: pd.DataFrame) -> pd.DataFrame:
    """The compact briefing table of `one_per_event` rows: date, title, type, actors, sources; by date."""
    return _by_date(events, KEY_TABLE_COLUMNS)


def _by_date(frame: pd.DataFrame, wanted: Sequence[str]) -> pd.DataFrame:
    columns = [c for c in wanted if c in frame]
    ordered = frame.sort_values(["date", "doc", "passage_start"], na_position="last", kind="stable")
    return ordered.loc[:, columns].reset_index(drop=True)


def event_of(frame: pd.DataFrame, mention_id: str) -> str:
    """The event_id of a mention ("" when unknown)."""
    if not mention_id or "event_id" not in frame:
        return ""
    hit = frame.loc[frame["mention_id"] == mention_id, "event_id"]
    return str(hit.iloc[0]) if len(hit) else ""


def event_order(frame: pd.DataFrame) -> list[tuple[str, str]]:
    """(event_id, mention_id) of each event of `frame` once, in date order (undated last): the chronology's steps."""
    if frame.empty or "event_id" not in frame:
        return []
    ordered = _by_date(frame, ("event_id", "mention_id")).drop_duplicates("event_id")
    return list(zip(ordered["event_id"].astype(str), ordered["mention_id"].astype(str), strict=True))
