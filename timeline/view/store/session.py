"""One DuckDB connection over a store, with the lean tables every filter reads.

Opening a store reads, once, the columns the filters and the chart need (no titles, passages or texts)
into an in-memory table `lean`; then, in a background thread (`start_side_tables`), the actors of every
event into `event_actors` and the lowercased titles and passages into `haystack` (searches).  A filter
change then costs tens of milliseconds, not a scan of the Parquet files.  An event is keyed by a 64-bit
hash of its id (joins and distinct counts on integers; two of a million events share a key with odds of
about 1 in 40 million).  The full rows stay in the files (view `events`, partitioned by month) and are
read only for what is drawn one by one, a page of the table or one event.  The files are never written.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from timeline.view.store.layout import StoreOpenError, check_store, document_files, event_files
from timeline.view.store.where import haystack_match_sql, text_match_sql, text_terms

log = logging.getLogger(__name__)

# Searches whose matches are kept as tables (a search is typed, then the other filters change around it).
KEPT_SEARCHES = 8

_LEAN_COLUMNS = """
    mention_id,
    hash(coalesce(nullif(event_id, ''), mention_id)) AS event_key,
    date, date_end,
    coalesce(precision, '') AS precision,
    coalesce(status, '') AS status,
    coalesce(date_basis, '') AS date_basis,
    coalesce(event_type, '') AS event_type,
    coalesce(outlet, '') AS outlet,
    doc, n_sources, passage_start, month
"""


@dataclass(frozen=True)
class StoreSession:
    """An open store: its folder, the connection (shared; each query takes its own cursor) and its size."""

    store: Path
    connection: duckdb.DuckDBPyConnection
    n_rows: int
    _searches: OrderedDict[str, str] = field(default_factory=OrderedDict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _actors_ready: threading.Event = field(default_factory=threading.Event, repr=False)
    _actor_problems: list[str] = field(default_factory=list, repr=False)
    _haystack_ready: threading.Event = field(default_factory=threading.Event, repr=False)
    _side_started: list[bool] = field(default_factory=list, repr=False)
    # The analyst's edits laid over the tables, and the key of the logs they were read from (`overlay`).
    _overlay: dict[str, object] = field(default_factory=dict, repr=False)

    def cursor(self) -> duckdb.DuckDBPyConnection:
        # A DuckDB connection is not for concurrent use; a cursor is, and sees the same tables.
        return self.connection.cursor()


def open_store(
    store: Path,
    *,
    threads: int = 2,
    memory_limit: str = "2GB",
    side_tables: bool = True,
) -> StoreSession:
    """Open `store` read-only: views over its files, and the lean table in memory.

    `side_tables`: start building the actors and search tables now, in the background; with False they start
    when `start_side_tables` is called or when first needed (the page asks for its first chart first: on two
    cores the build would halve the speed of everything before it)."""
    store = check_store(store)
    # Files listed here, not globbed by DuckDB: a folder named "[2020] Libya" is not a pattern.
    events = event_files(store)
    documents = document_files(store)
    con = duckdb.connect(":memory:")
    try:
        con.execute(f"SET threads = {int(threads)}")
        con.execute("SET memory_limit = ?", [memory_limit])
        # The lean table's order is irrelevant: queries order what they return.
        con.execute("SET preserve_insertion_order = false")
        con.read_parquet(events, hive_partitioning=True).create_view("events")
        if documents:
            con.read_parquet(documents, hive_partitioning=True).create_view("documents")
        con.execute(
            f"CREATE TABLE lean AS SELECT {_LEAN_COLUMNS} "
            "FROM read_parquet(?, hive_partitioning = true, hive_types = {'month': VARCHAR})",
            [events],
        )
    except duckdb.Error as exc:
        con.close()
        raise StoreOpenError(f"The store {store} could not be read: {exc}") from exc
    (n_rows,) = con.execute("SELECT count(*) FROM lean").fetchone() or (0,)
    log.info("store %s opened: %d mentions", store, n_rows)
    session = StoreSession(store, con, int(n_rows))
    if side_tables:
        start_side_tables(session)
    return session


def start_side_tables(session: StoreSession) -> None:
    """Build the actors and search tables in a background thread (once; later calls do nothing).

    They take as long as the lean table, and the first chart needs neither."""
    with session._lock:
        if session._side_started:
            return
        session._side_started.append(True)
    # Not a daemon: a process that ends while DuckDB builds would abort instead of waiting seconds for it.
    threading.Thread(target=_build_side_tables, args=(session,), name="store_tables", daemon=False).start()


def _build_side_tables(session: StoreSession) -> None:
    _build_event_actors(session)
    try:
        # Lowercased once: a search is then a substring test, about half the time of lowering every passage.
        session.cursor().execute(
            "CREATE TABLE haystack AS SELECT mention_id, lower(title) || chr(10) || lower(passage) AS text FROM events"
        )
        session._haystack_ready.set()
    except duckdb.Error:
        log.exception("the search table of store %s could not be built; searches read the files", session.store)


def _build_event_actors(session: StoreSession) -> None:
    try:
        session.cursor().execute(
            "CREATE TABLE event_actors AS SELECT DISTINCT event_key, trim(actor) AS actor FROM "
            "(SELECT event_key, unnest(string_split(actors, ';')) AS actor FROM "
            "(SELECT hash(coalesce(nullif(event_id, ''), mention_id)) AS event_key, actors FROM events "
            "WHERE actors <> '')) WHERE trim(actor) <> ''"
        )
    except duckdb.Error as exc:
        log.exception("the actors of store %s could not be read", session.store)
        session._actor_problems.append(f"The actors of the store {session.store} could not be read: {exc}")
    finally:
        session._actors_ready.set()


def wait_for_actors(session: StoreSession) -> None:
    """Block until the `event_actors` table exists (built after opening); raises `StoreOpenError` if it failed."""
    start_side_tables(session)
    session._actors_ready.wait()
    if session._actor_problems:
        raise StoreOpenError(session._actor_problems[0])


def wait_for_side_tables(session: StoreSession, timeout: float | None = None) -> bool:
    """Wait until the actors and search tables are built; False when `timeout` ran out or the search table failed."""
    start_side_tables(session)
    return session._actors_ready.wait(timeout) and session._haystack_ready.wait(timeout)


def text_hits(session: StoreSession, text: str) -> str:
    """The name of a table of the `mention_id`s whose title or passage holds every term of `text`.

    Made once per search and kept (the last `KEPT_SEARCHES`), so each filter change around a search
    reads the matches instead of searching the passages again."""
    terms = text_terms(text)
    key = "\n".join(terms)
    with session._lock:
        name = session._searches.get(key)
        if name is not None:
            session._searches.move_to_end(key)
            return name
        name = "hits_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
        # Until the search table is built, a search reads the titles and passages from the files.
        ready = session._haystack_ready.is_set()
        match = haystack_match_sql(text) if ready else text_match_sql(text)
        source = "haystack" if ready else "events"
        cursor = session.cursor()
        cursor.execute(f"CREATE OR REPLACE TABLE {name} AS SELECT mention_id FROM {source} WHERE {match.text}",
                       list(match.params))  # fmt: skip
        session._searches[key] = name
        while len(session._searches) > KEPT_SEARCHES:
            _, old = session._searches.popitem(last=False)
            cursor.execute(f"DROP TABLE IF EXISTS {old}")
        return name
