"""The analyst's edits laid over a store: titles, outlets and URLs of documents, headlines, key-event picks.

The store's Parquet files are the extraction's word and are never written.  The edits live in the user data
folder of the corpus the store was extracted from (`timeline.reading.corrections`: append-only logs), read
again whenever one of the logs changes, and applied on read:

* rows read from the files (a page of the table, the events drawn, one event, an export) get the edited
  `doc_title`, `outlet` and `url` of their document and the analyst's `headline` (`apply_rows`);
* the in-memory `lean` table (every filter and count) gets the edited outlets, and a small `key_picks` table
  (event key, pin or drop) joins the key-events rule (`install`).

Publication-date corrections are recorded too, but an event's date is read from its text relative to its
document's publication date: they take effect when the store is extracted again with `--with-corrections`.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd

from timeline.reading import corrections
from timeline.view.document_edits import FRAME_COLUMNS
from timeline.view.store.session import StoreSession

PICKS_TABLE = "key_picks"


@dataclass(frozen=True)
class Overlay:
    """The edits in force for one corpus folder, and the problems of reading them."""

    corpus: Path
    documents: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    headlines: Mapping[tuple[str, str], str] = field(default_factory=dict)
    published: Mapping[str, dt.date] = field(default_factory=dict)
    picks: Mapping[str, tuple[tuple[str, ...], str]] = field(default_factory=dict)
    problems: tuple[str, ...] = ()


def corpus_folder(store: Path, given: str, documents: Sequence[tuple[str, str]]) -> Path:
    """The corpus folder whose edits apply to `store`: `given` (the page's --docs) when set, else the folder the
    store's documents (doc, path) were read from, when it can be told (most of them under one folder that
    exists), else the store folder itself (edits are then kept for the store)."""
    if given:
        return Path(given).expanduser().resolve()
    roots: Counter[str] = Counter()
    for doc, path in documents:
        doc, path = str(doc), str(path)
        if doc and path.replace(os.sep, "/").endswith("/" + doc.replace(os.sep, "/")):
            roots[path[: len(path) - len(doc) - 1]] += 1
    if roots:
        root, _ = roots.most_common(1)[0]
        if root and Path(root).expanduser().is_dir():
            return Path(root).expanduser().resolve()
    return Path(store).expanduser().resolve()


def logs_key(corpus: Path) -> tuple[tuple[str, int, int], ...]:
    """The corpus's edit logs as (name, size, mtime): a saved edit (here or in another session) changes it."""
    return corrections.log_stamps(
        corrections.documents_path(corpus),
        corrections.headlines_path(corpus),
        corrections.key_events_path(corpus),
        corrections.corrections_path(corpus),
    )


def read_overlay(corpus: Path) -> Overlay:
    found = corrections.read_corrections(corpus)
    edits, edit_problems = corrections.read_document_edits(corpus)
    picks, pick_problems = corrections.read_picks(corpus)
    return Overlay(
        corpus, edits, dict(found.headlines), dict(found.published), picks,
        (*found.problems, *edit_problems, *pick_problems),
    )  # fmt: skip


def apply_rows(rows: pd.DataFrame, overlay: Overlay | None) -> pd.DataFrame:
    """`rows` (full frame rows) with their documents' edited fields and the analyst's headlines.

    The log decides: a headline a store was extracted with (`--with-corrections`) that the analyst has since
    withdrawn gives way to the generated one, kept beside it."""
    if overlay is None or rows.empty:
        return rows
    baked = (rows["headline_basis"] == "analyst").to_numpy() if "headline_basis" in rows else None
    if not (overlay.documents or overlay.headlines or (baked is not None and baked.any())):
        return rows
    out = rows.copy()
    if baked is not None and baked.any():
        out.loc[baked, "headline"] = out.loc[baked, "headline_generated"]
        out.loc[baked, "headline_basis"] = "generated"
    for name, column in FRAME_COLUMNS.items():
        values = {doc: fields[name] for doc, fields in overlay.documents.items() if name in fields}
        if values and column in out:
            edited = out["doc"].map(values)
            out[column] = edited.where(edited.notna(), out[column]).astype(out[column].dtype)
    if overlay.headlines:
        keys = pd.Series(list(zip(out["doc"], out["mention_id"], strict=True)), index=out.index)
        edited = keys.map(overlay.headlines)
        hit = edited.notna().to_numpy()
        if hit.any():
            out.loc[hit, "headline"] = edited[hit].astype(str).to_numpy()
            out.loc[hit, "headline_basis"] = "analyst"
    return out


def install(session: StoreSession, overlay: Overlay) -> None:
    """Lay `overlay` over the session's tables: edited outlets in `lean`, the picks in `key_picks`.

    The first time a document's outlet is edited its store value is kept (table `store_outlets`), so that
    withdrawing the edit puts it back; the store's files are not read again."""
    cur = session.cursor()
    outlets = {doc: fields["outlet"] for doc, fields in overlay.documents.items() if "outlet" in fields}
    cur.execute("CREATE TABLE IF NOT EXISTS store_outlets (doc VARCHAR, outlet VARCHAR)")
    # Without any outlet edited, now or before, `lean` is the store's: not scanned (a million rows take 0.1 s).
    # (fetchall: a result left half-read keeps the cursor busy for the next statement.)
    if outlets or cur.execute("SELECT count(*) FROM store_outlets").fetchall()[0][0]:
        _install_outlets(cur, outlets)
    _install_picks(cur, overlay.picks)


def _install_outlets(cur: duckdb.DuckDBPyConnection, outlets: Mapping[str, str]) -> None:
    edited = pd.DataFrame({"doc": list(outlets), "outlet": list(outlets.values())}, dtype=str)
    cur.register("edited_outlets", edited)
    cur.execute(
        "INSERT INTO store_outlets SELECT DISTINCT doc, outlet FROM lean "
        "WHERE doc IN (SELECT doc FROM edited_outlets) AND doc NOT IN (SELECT doc FROM store_outlets)"
    )
    cur.execute(
        "UPDATE lean SET outlet = coalesce(e.outlet, s.outlet) FROM store_outlets s "
        "LEFT JOIN edited_outlets e USING (doc) WHERE lean.doc = s.doc"
    )
    cur.unregister("edited_outlets")


def _install_picks(cur: duckdb.DuckDBPyConnection, picks: Mapping[str, tuple[tuple[str, ...], str]]) -> None:
    """`key_picks` (event_key, choice): each saved pick found by its event id, else by any of its mentions (a
    document added since may have joined the event and changed its id); picks of events not in the store are
    left out, and a later pick of the same event wins (as `timeline.view.key_events.picked_events`)."""
    if not picks:
        cur.execute(f"CREATE OR REPLACE TABLE {PICKS_TABLE} (event_key UBIGINT, choice VARCHAR)")
        return
    order = list(picks.items())
    by_id = pd.DataFrame({"i": range(len(order)), "event_id": [e for e, _ in order]})
    by_mention = pd.DataFrame(
        [(i, m) for i, (_, (mentions, _)) in enumerate(order) for m in mentions], columns=["i", "mention_id"]
    ).astype({"i": "int64", "mention_id": "str"})
    cur.register("pick_ids", by_id)
    cur.register("pick_mentions", by_mention)
    found = cur.execute(
        "SELECT i, 0 AS by_mention, hash(event_id) AS k FROM pick_ids WHERE hash(event_id) IN "
        "(SELECT event_key FROM lean) UNION ALL SELECT DISTINCT p.i, 1, l.event_key FROM pick_mentions p "
        "JOIN lean l USING (mention_id) ORDER BY i, by_mention, k"
    ).fetchall()
    cur.unregister("pick_ids")
    cur.unregister("pick_mentions")
    # The event's own id first, a mention's only when the id is gone.
    key_of: dict[int, int] = {}
    for i, _, k in found:
        key_of.setdefault(int(i), int(k))
    chosen: dict[int, str] = {}
    for i, (_, (_, choice)) in enumerate(order):
        if i in key_of:
            chosen.pop(key_of[i], None)
            chosen[key_of[i]] = choice
    table = pd.DataFrame({"event_key": list(chosen), "choice": list(chosen.values())})
    table = table.astype({"event_key": "uint64", "choice": "str"})
    cur.register("picks_now", table)
    cur.execute(f"CREATE OR REPLACE TABLE {PICKS_TABLE} AS SELECT event_key, choice FROM picks_now")
    cur.unregister("picks_now")


def pick_of(session: StoreSession, event_id: str) -> str:
    """The analyst's choice in force for the event `event_id` ("pin", "drop" or "")."""
    cur = session.cursor()
    if not _has_table(cur, PICKS_TABLE):
        return ""
    row = cur.execute(f"SELECT choice FROM {PICKS_TABLE} WHERE event_key = hash(?)", [event_id]).fetchone()
    return str(row[0]) if row else ""


def _has_table(cur: duckdb.DuckDBPyConnection, name: str) -> bool:
    found = cur.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ?", [name]).fetchone()
    return bool(found and found[0])


def current(session: StoreSession) -> Overlay | None:
    """The overlay laid over the session's tables (None before `refresh`)."""
    found = session._overlay.get("overlay")
    return found if isinstance(found, Overlay) else None


def refresh(session: StoreSession, corpus: Path) -> tuple[object, ...]:
    """Lay the edits of `corpus` over the session when its logs changed since they were last laid (another
    browser session may have saved one); returns the logs' key, for the page's caches."""
    key = (str(corpus), *logs_key(corpus))
    with session._lock:
        if session._overlay.get("key") == key:
            return key
        overlay = read_overlay(corpus)
        install(session, overlay)
        session._overlay["overlay"], session._overlay["key"] = overlay, key
    return key
