"""Time the dashboard on an event store (DuckDB over Parquet) at 100k and 1M events, figure JSON included.

    .venv/bin/python benchmarks/bench_store_dashboard.py [--sizes 100000 1000000] [--dir DIR] [--repeat 3]

Builds (once, deterministically, in `--dir` or a temporary folder) a store of the agreed layout from the
seeds' real extraction, replicated with shifted dates, new document names, mention and event ids, and varied
event types, outlets and actors; then times what the store page does server-side:

- first chart: open the store, the sidebar's choices, the default count and chart (density), `fig.to_json()`;
- each filter change (type, actor, date window, text search, a window narrow enough to draw events):
  count + chart + `fig.to_json()`;
- a page of the table (first and a deep one), the selected event's passages, one document's text.

Prints seconds (best of `--repeat`, first chart once: it is the cold path) and the figure JSON's size.
`--browser` also starts `streamlit run dashboard.py -- --store STORE` and measures the real page in
Chromium (time to the first chart, JS heap).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.core.frame import COLUMN_NAMES  # noqa: E402
from timeline.core.models import Document  # noqa: E402

DOCUMENT_COLUMNS = ("doc", "path", "title", "outlet", "url", "published", "published_basis", "text")
STORE_FORMAT = 1
# Rows written per Parquet part: a store grows by batches, so months hold several parts.
CHUNK_ROWS = 250_000
# Copies of the seeds are spread over this many days (about ten years of news).
SPREAD_DAYS = 3_650
_TYPES = ("talks", "agreement", "statement", "armed_clash", "call", "deployment", "un_action", "other")
_N_OUTLETS = 40
_N_ACTORS = 300


# --- the store layout (agreed with the writer on branch issue12-store) -------------------------------------------


def documents_frame(documents: Sequence[Document]) -> pd.DataFrame:
    """One row per document, the columns of `STORE/documents`."""
    return pd.DataFrame(
        {
            "doc": [d.doc for d in documents],
            "path": [d.path for d in documents],
            "title": [d.title for d in documents],
            "outlet": [d.outlet for d in documents],
            "url": [d.url for d in documents],
            "published": pd.to_datetime([d.published for d in documents]).astype("datetime64[s]"),
            "published_basis": [str(d.published_basis) for d in documents],
            "text": [d.text for d in documents],
        }
    )


def write_store(folder: Path, parts: Iterator[tuple[pd.DataFrame, pd.DataFrame]]) -> Path:
    """Write `(events frame, documents frame)` batches as a store: events by month of `event_date`, documents by
    batch, a manifest and `store.json`."""
    folder = Path(folder)
    (folder / "events").mkdir(parents=True, exist_ok=True)
    manifest = sqlite3.connect(folder / "manifest.sqlite")
    manifest.execute("CREATE TABLE IF NOT EXISTS documents (doc TEXT PRIMARY KEY, batch TEXT, status TEXT)")
    for batch, (events, documents) in enumerate(parts):
        month = events["event_date"].dt.strftime("%Y-%m").fillna("undated")
        for name, rows in events.groupby(month.to_numpy(), sort=True):
            target = folder / "events" / f"month={name}"
            target.mkdir(exist_ok=True)
            ordered = rows.loc[:, list(COLUMN_NAMES)].sort_values(["event_date", "doc", "passage_start"])
            table = pa.Table.from_pandas(ordered, preserve_index=False)
            pq.write_table(table, target / f"part-{batch:05d}.parquet")
        target = folder / "documents" / f"batch={batch:05d}"
        target.mkdir(parents=True, exist_ok=True)
        pq.write_table(pa.Table.from_pandas(documents.loc[:, list(DOCUMENT_COLUMNS)], preserve_index=False),
                       target / "part-0.parquet")  # fmt: skip
        manifest.executemany(
            "INSERT OR REPLACE INTO documents VALUES (?, ?, 'done')",
            [(doc, f"{batch:05d}") for doc in documents["doc"].tolist()],
        )
        manifest.commit()
    manifest.close()
    (folder / "store.json").write_text(json.dumps({"format": STORE_FORMAT}) + "\n", encoding="utf-8")
    return folder


# --- synthetic stores: the seeds replicated ------------------------------------------------------------------------


def replicas(
    frame: pd.DataFrame, documents: pd.DataFrame, n_events: int, seed: int = 0
) -> Iterator[tuple[pd.DataFrame, pd.DataFrame]]:
    """Batches of copies of the seeds' rows until `n_events` rows: copy k has its dates shifted by a
    deterministic number of days, documents `k000123_<doc>`, ids `<id>-k`, and its event type, outlet and an
    extra actor varied (Zipf-like, so a few actors are in many events)."""
    n_copies = -(-n_events // len(frame))
    per_batch = max(1, CHUNK_ROWS // len(frame))
    rng = np.random.default_rng(seed)
    shifts = rng.integers(0, SPREAD_DAYS, n_copies) - SPREAD_DAYS // 2
    type_of = rng.integers(0, len(_TYPES), (n_copies, len(frame)))
    outlet_of = rng.integers(0, _N_OUTLETS, n_copies)
    actor_of = np.minimum(rng.zipf(1.5, (n_copies, len(frame))) - 1, _N_ACTORS - 1)
    written = 0
    for first in range(0, n_copies, per_batch):
        copies = np.arange(first, min(first + per_batch, n_copies))
        rows = min(len(copies) * len(frame), n_events - written)
        yield (
            _copies(frame, copies, shifts, type_of, outlet_of, actor_of, rows),
            _copied_documents(documents, copies, outlet_of),
        )
        written += rows


def _copies(
    frame: pd.DataFrame,
    copies: np.ndarray,
    shifts: np.ndarray,
    type_of: np.ndarray,
    outlet_of: np.ndarray,
    actor_of: np.ndarray,
    n_rows: int,
) -> pd.DataFrame:
    take = np.tile(np.arange(len(frame)), len(copies))[:n_rows]
    copy = np.repeat(copies, len(frame))[:n_rows]
    out = frame.iloc[take].reset_index(drop=True)
    suffix = pd.Series(np.char.add("-", copy.astype(str)))
    prefix = pd.Series(np.char.add(np.char.add("k", np.char.zfill(copy.astype(str), 6)), "_"))
    for name in ("mention_id", "event_date_from"):
        out[name] = (out[name].astype(str) + suffix).where(out[name] != "", "")
    out["event_id"] = out["event_id"].astype(str) + suffix
    out["doc"] = prefix + out["doc"].astype(str)
    shift = pd.to_timedelta(shifts[copy], unit="D")
    for name in ("date", "date_end", "event_date", "event_date_end", "published", "published_latest"):
        out[name] = (out[name] + shift).astype("datetime64[s]")
    # Mentions of one event keep one type: the type of the copy's first row of that event.
    first_of_event = out.groupby("event_id", sort=False).cumcount() == 0
    types = pd.Series(np.array(_TYPES)[type_of[copy, take]]).where(first_of_event)
    out["event_type"] = types.groupby(out["event_id"]).transform("first").astype("str")
    outlets = pd.Series(np.char.add("Outlet ", outlet_of[copy].astype(str)))
    out["outlet"] = outlets.where(out["outlet"] != "", "").astype("str")
    extra = pd.Series(np.char.add("Actor ", actor_of[copy, take].astype(str)))
    out["actors"] = (out["actors"].astype(str) + "; " + extra).str.removeprefix("; ").astype("str")
    return out


def _copied_documents(documents: pd.DataFrame, copies: np.ndarray, outlet_of: np.ndarray) -> pd.DataFrame:
    take = np.tile(np.arange(len(documents)), len(copies))
    copy = np.repeat(copies, len(documents))
    out = documents.iloc[take].reset_index(drop=True)
    prefix = pd.Series(np.char.add(np.char.add("k", np.char.zfill(copy.astype(str), 6)), "_"))
    out["doc"] = prefix + out["doc"].astype(str)
    outlets = pd.Series(np.char.add("Outlet ", outlet_of[copy].astype(str)))
    out["outlet"] = outlets.where(out["outlet"] != "", "")
    return out


def seeds_extraction() -> tuple[pd.DataFrame, pd.DataFrame]:
    from timeline.pipeline import extract

    extraction = extract([ROOT / "seeds"])
    return extraction.frame, documents_frame(extraction.documents)


def build_store(folder: Path, n_events: int) -> Path:
    """A synthetic store of `n_events` rows in `folder` (rebuilt unless it holds exactly that many already)."""
    marker = folder / "bench_rows.txt"
    if marker.is_file() and marker.read_text().strip() == str(n_events):
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    frame, documents = seeds_extraction()
    write_store(folder, replicas(frame, documents, n_events))
    marker.write_text(f"{n_events}\n")
    return folder


# --- timings -------------------------------------------------------------------------------------------------------


def best_of(repeat: int, work: Callable[[], object]) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - t0)
    return min(times), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--dir", type=Path, default=None, help="where to build the stores (kept); default: a temp dir")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--browser", action="store_true", help="also measure the real page in Chromium")
    args = parser.parse_args(argv)
    base = args.dir or Path(tempfile.mkdtemp(prefix="bench_store_"))
    for n in args.sizes:
        t0 = time.perf_counter()
        store = build_store(base / f"store_{n}", n)
        print(f"{n:>9,} events: store {store} ready in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    started = dt.datetime.now(dt.UTC)
    raise SystemExit(main())
