"""The questions the store page asks, as SQL over an open store (`session.StoreSession`).

Conditions come from `where.filter_sql` (on the `lean` table); full rows are read from the Parquet files
only for the few mentions that are drawn, listed or opened, and only from their months' files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from timeline.core.frame import COLUMN_NAMES, conform
from timeline.view.store.overlay import apply_rows, current
from timeline.view.store.session import StoreSession, wait_for_actors
from timeline.view.store.where import Sql

# Lanes the store page offers, as columns of `lean` (lanes by actor go through `event_actors`).
LANE_COLUMNS: dict[str, str] = {
    "event_type": "event_type",
    "outlet": "outlet",
    "status": "status",
    "precision": "precision",
    "date_basis": "date_basis",
    "doc": "doc",
}
ACTOR_LANE = "actors"
NO_VALUE_LANE = "(none)"
OTHER_LANE = "(other)"
# Bins a density query may name (DuckDB's date_trunc parts).
BIN_UNITS = ("day", "week", "month", "quarter", "year")
_ORDER = "date ASC NULLS LAST, doc, passage_start, mention_id"


@dataclass(frozen=True, slots=True)
class Named:
    """A value of a filter widget and the number of events that have it."""

    name: str
    events: int


@dataclass(frozen=True, slots=True)
class StoreChoices:
    """What the sidebar offers, computed once per store."""

    types: tuple[Named, ...]
    outlets: tuple[Named, ...]
    n_rows: int
    n_events: int
    n_documents: int
    first: dt.date | None
    last: dt.date | None


@dataclass(frozen=True, slots=True)
class Counts:
    """The rows a condition selects: how many, how many dated, their dates' range and bulk (1st/99th centile)."""

    rows: int
    dated: int
    first: dt.date | None = None
    last: dt.date | None = None
    low: dt.date | None = None
    high: dt.date | None = None


def choices(session: StoreSession) -> StoreChoices:
    """Event types by number of events (most first, ties by name), outlets by name, the store's size and dates."""
    cur = session.cursor()
    types = cur.execute(
        "SELECT event_type, count(DISTINCT event_key) AS n FROM lean WHERE event_type <> '' "
        "GROUP BY event_type ORDER BY n DESC, event_type"
    ).fetchall()
    outlets = cur.execute(
        "SELECT outlet, count(DISTINCT event_key) AS n FROM lean WHERE outlet <> '' GROUP BY outlet ORDER BY outlet"
    ).fetchall()
    n_rows, n_events, first, last = cur.execute(
        "SELECT count(*), count(DISTINCT event_key), min(date), max(date_end) FROM lean"
    ).fetchone() or (0, 0, None, None)
    n_documents = n_documents_of(session)
    return StoreChoices(
        tuple(Named(str(n), int(c)) for n, c in types),
        tuple(Named(str(n), int(c)) for n, c in outlets),
        int(n_rows),
        int(n_events),
        n_documents,
        _date(first),
        _date(last),
    )


def actor_choices(session: StoreSession, limit: int = 2_000) -> tuple[Named, ...]:
    """The `limit` actors named by the most events, most first (ties by name, case aside)."""
    wait_for_actors(session)
    found = (
        session.cursor()
        .execute(
            "SELECT actor, count(*) AS n FROM event_actors GROUP BY actor ORDER BY n DESC, lower(actor), actor LIMIT ?",
            [limit],
        )
        .fetchall()
    )
    return tuple(Named(str(name), int(n)) for name, n in found)


def document_paths(session: StoreSession, limit: int = 200) -> tuple[tuple[str, str], ...]:
    """(doc, path) of up to `limit` of the store's documents (where they were read from): any of them, so that
    the files are not read whole."""
    cur = session.cursor()
    if not _has_documents(cur):
        return ()
    found = cur.execute("SELECT doc, path FROM documents LIMIT ?", [int(limit)]).fetchall()
    return tuple((str(doc), str(path)) for doc, path in found)


def n_documents_of(session: StoreSession) -> int:
    cur = session.cursor()
    if _has_documents(cur):
        return int((cur.execute("SELECT count(*) FROM documents").fetchone() or (0,))[0])
    return int((cur.execute("SELECT count(DISTINCT doc) FROM lean").fetchone() or (0,))[0])


def counts(session: StoreSession, condition: Sql) -> Counts:
    row = (
        session.cursor()
        .execute(
            "SELECT count(*), count(date), min(date), max(date), "
            "quantile_disc(date, 0.01), quantile_disc(date, 0.99) "
            f"FROM lean WHERE {condition.text}",
            list(condition.params),
        )
        .fetchone()
    )
    rows, dated, first, last, low, high = row or (0, 0, None, None, None, None)
    return Counts(int(rows), int(dated), _date(first), _date(last), _date(low), _date(high))


def rows(session: StoreSession, condition: Sql, limit: int) -> pd.DataFrame:
    """The full rows (every frame column, the frame's dtypes) of at most `limit` selected mentions, by date."""
    picked = (
        session.cursor()
        .execute(
            f"SELECT mention_id, month FROM lean WHERE {condition.text} ORDER BY {_ORDER} LIMIT ?",
            [*condition.params, int(limit)],
        )
        .fetchall()
    )
    return full_rows(session, picked)


def page(session: StoreSession, condition: Sql, number: int, size: int) -> pd.DataFrame:
    """Page `number` (from 0) of `size` selected mentions in the table's order: date (undated last), document,
    place in the document."""
    picked = (
        session.cursor()
        .execute(
            f"SELECT mention_id, month FROM lean WHERE {condition.text} ORDER BY {_ORDER} LIMIT ? OFFSET ?",
            [*condition.params, int(size), int(number) * int(size)],
        )
        .fetchall()
    )
    found = full_rows(session, picked)
    position = {m: i for i, (m, _) in enumerate(picked)}
    return found.sort_values("mention_id", key=lambda s: s.map(position)).reset_index(drop=True)


def event_rows(session: StoreSession, mention_id: str) -> pd.DataFrame:
    """Every mention of the event `mention_id` reports (full rows); empty when the mention is not in the store."""
    cur = session.cursor()
    picked = cur.execute(
        "SELECT mention_id, month FROM lean WHERE event_key = "
        "(SELECT event_key FROM lean WHERE mention_id = ? LIMIT 1)",
        [mention_id],
    ).fetchall()
    return full_rows(session, picked)


def full_rows(session: StoreSession, picked: Sequence[tuple[str, str]]) -> pd.DataFrame:
    """The Parquet rows of `picked` (mention_id, month) pairs, read from their months' files only."""
    if not picked:
        return conform(pd.DataFrame(columns=list(COLUMN_NAMES)))
    cur = session.cursor()
    cur.register("wanted", pd.DataFrame({"mention_id": [m for m, _ in picked]}))
    months = sorted({month for _, month in picked})
    marks = ", ".join("?" * len(months))
    found = cur.execute(
        f"SELECT * EXCLUDE (month) FROM events WHERE month IN ({marks}) "
        "AND mention_id IN (SELECT mention_id FROM wanted)",
        months,
    ).df()
    cur.unregister("wanted")
    # The analyst's titles, outlets, URLs and headlines, as the page shows them everywhere.
    return apply_rows(conform(found.sort_values("mention_id", kind="stable")), current(session))


def density(
    session: StoreSession,
    condition: Sql,
    lane: str,
    window: tuple[dt.date, dt.date],
    unit: str,
    *,
    max_lanes: int,
    actors: Sequence[str] = (),
) -> pd.DataFrame:
    """Selected mentions per lane and bin (`unit`) over `window` (by their first day): columns lane, bin, n.

    Lanes are the `max_lanes` values with the most mentions, the others together in `OTHER_LANE`.  Lanes
    by actor: a mention counts in the lane of each actor its event names, among `actors` when given, else
    among the `max_lanes` actors in the most selected mentions (the others are not drawn)."""
    if unit not in BIN_UNITS:
        raise ValueError(f"unknown bin {unit!r}")
    params = [*condition.params, _day(window[0]), _day(window[1])]
    if lane == ACTOR_LANE:
        chosen = "actor IN (" + ", ".join("?" * len(actors)) + ")" if actors else "TRUE"
        sql = (
            "WITH f AS (SELECT a.actor AS lane, l.date FROM lean l JOIN event_actors a USING (event_key) "
            f"WHERE ({condition.text}) AND l.date >= ? AND l.date <= ? AND {chosen}), "
            "top AS (SELECT lane FROM f GROUP BY lane ORDER BY count(*) DESC, lane LIMIT ?) "
            "SELECT lane, date_trunc(?, date) AS bin, count(*) AS n FROM f WHERE lane IN (SELECT lane FROM top) "
            "GROUP BY ALL ORDER BY lane, bin"
        )
        params += [*actors, max_lanes, unit]
    else:
        column = LANE_COLUMNS[lane]
        sql = (
            f"WITH f AS (SELECT coalesce(nullif({column}, ''), ?) AS lane, date FROM lean "
            f"WHERE ({condition.text}) AND date >= ? AND date <= ?), "
            "top AS (SELECT lane FROM f GROUP BY lane ORDER BY count(*) DESC, lane LIMIT ?) "
            "SELECT CASE WHEN lane IN (SELECT lane FROM top) THEN lane ELSE ? END AS lane, "
            "date_trunc(?, date) AS bin, count(*) AS n FROM f GROUP BY ALL ORDER BY lane, bin"
        )
        params = [NO_VALUE_LANE, *params, max_lanes, OTHER_LANE, unit]
    found = session.cursor().execute(sql, params).df()
    found["bin"] = pd.to_datetime(found["bin"]).astype("datetime64[s]")
    found["n"] = found["n"].astype("int64")
    return found


def document_text(session: StoreSession, doc: str) -> str | None:
    """The text of document `doc` (what every offset refers to); None when the store does not hold it."""
    cur = session.cursor()
    if not _has_documents(cur):
        return None
    row = cur.execute("SELECT text FROM documents WHERE doc = ? LIMIT 1", [doc]).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def _has_documents(cur: object) -> bool:
    found = cur.execute(  # type: ignore[attr-defined]
        "SELECT count(*) FROM duckdb_views() WHERE view_name = 'documents'"
    ).fetchone()
    return bool(found and found[0])


def _date(value: object) -> dt.date | None:
    if value is None or pd.isna(value):  # type: ignore[arg-type]
        return None
    return pd.Timestamp(value).date()  # type: ignore[arg-type]


def _day(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day)
