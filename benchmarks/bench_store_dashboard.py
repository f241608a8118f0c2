"""Time the dashboard on an event store (DuckDB over Parquet) at 100k and 1M events, figure JSON included.

    .venv/bin/python benchmarks/bench_store_dashboard.py [--sizes 100000 1000000] [--dir DIR] [--repeat 3]

Builds (once, deterministically, in `--dir` or a temporary folder) a store of the agreed layout from the
seeds' real extraction, replicated with shifted dates, new document names, mention and event ids, and varied
event types, outlets and actors; then times what the store page does server-side:

- first chart: open the store, the sidebar's choices, the default count and chart (density), `fig.to_json()`;
- each filter change (type, actor, date window, text search, a window narrow enough to draw events):
  count + chart + `fig.to_json()`;
- a page of the table (first and a deep one), the selected event's passages, one document's text;
- with an analyst's edits present (document titles and outlets, headlines, key-event pins and drops, written to a
  temporary user data folder before the store is opened, as the page lays them over the store): the key-events
  view, an outlet edit laid again, the Documents tab (reports, edits, one page), a chronology.

Prints seconds (best of `--repeat`, first chart once: it is the cold path) and the figure JSON's size.
`--browser` also starts `streamlit run dashboard.py -- --store STORE` and measures the real page in
Chromium (time to the first chart, JS heap).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.core.frame import COLUMN_NAMES  # noqa: E402
from timeline.core.models import Document, DocumentReport  # noqa: E402
from timeline.store.layout import Layout  # noqa: E402
from timeline.store.manifest import Entry, Manifest, Source  # noqa: E402
from timeline.store.tables import frame_table  # noqa: E402

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
    batch, the manifest (`timeline.store.manifest`, so that `timeline.store.reader` reads it) and `store.json`."""
    folder = Path(folder)
    layout = Layout.of(folder)
    layout.events.mkdir(parents=True, exist_ok=True)
    manifest = Manifest(layout.manifest)
    for batch, (events, documents) in enumerate(parts, start=1):
        month = events["event_date"].dt.strftime("%Y-%m").fillna("undated")
        for name, rows in events.groupby(month.to_numpy(), sort=True):
            target = layout.events / f"month={name}"
            target.mkdir(exist_ok=True)
            ordered = rows.loc[:, list(COLUMN_NAMES)].sort_values(["event_date", "doc", "passage_start"])
            pq.write_table(frame_table(ordered), target / f"part-{batch:05d}.parquet")
        target = layout.batch_file(layout.documents, batch)
        target.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(pa.Table.from_pandas(documents.loc[:, list(DOCUMENT_COLUMNS)], preserve_index=False), target)
        n_events = events.groupby("doc").size()
        entries = [
            Entry(
                Source(doc, path, len(text), 0, "", ""),
                DocumentReport(doc, title, outlet, url, None, basis, int(n_events.get(doc, 0)), "ok", ""),
                batch,
            )
            for doc, path, text, title, outlet, url, basis in zip(
                *(documents[c].astype(str).tolist() for c in ("doc", "path", "text", "title", "outlet", "url",
                                                              "published_basis")),
                strict=True,
            )
        ]  # fmt: skip
        manifest.commit_batch(batch, len(entries), entries)
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


def timed(work: Callable[[], object]) -> tuple[float, object]:
    t0 = time.perf_counter()
    result = work()
    return time.perf_counter() - t0, result


def best_of(repeat: int, work: Callable[[], object]) -> tuple[float, object]:
    runs = [timed(work) for _ in range(repeat)]
    return min(seconds for seconds, _ in runs), runs[-1][1]


def chart_json(
    session: object, filters: object, lane: str = "event_type", key_types: Sequence[str] | None = None
) -> tuple[object, int]:
    """What a filter change costs server-side: count, rows or density, figure, and the figure's JSON; with
    `key_types`, the key-events view (by the rule and the analyst's picks)."""
    from timeline.view.store import chart

    shown = chart.store_chart(session, filters, lane, key_view=key_types is not None, key_types=key_types or ())  # type: ignore[arg-type]
    return shown, len(shown.figure.to_json())


# Edits written before the store is opened: as many documents' details, headlines and key-event picks.
EDITED_DOCUMENTS, EDITED_HEADLINES, PICKS = 200, 200, 100


def write_edits(store: Path, corpus: Path) -> None:
    """An analyst's edits of `corpus` (titles and outlets of documents, headlines, pins and drops) for a sample of
    the store's documents and events, in the user data folder (`TIMELINE_DATA_DIR`)."""
    import duckdb

    from timeline.reading import corrections
    from timeline.view.store.layout import event_files

    when = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    sample = (
        duckdb.connect()
        .execute(
            "SELECT doc, mention_id, event_id FROM read_parquet(?) "
            f"USING SAMPLE reservoir({EDITED_DOCUMENTS + EDITED_HEADLINES + PICKS} ROWS) REPEATABLE (7)",
            [event_files(store)],
        )
        .fetchall()
    )
    for i, (doc, _, _) in enumerate(sample[:EDITED_DOCUMENTS]):
        corrections.set_document_field(corpus, doc, "title", f"Edited title {i}", who="bench", when=when)
        corrections.set_document_field(corpus, doc, "outlet", f"Desk {i % 5}", who="bench", when=when)
    for i, (doc, mention, _) in enumerate(sample[EDITED_DOCUMENTS : EDITED_DOCUMENTS + EDITED_HEADLINES]):
        corrections.set_headline(corpus, doc, mention, f"Edited headline {i}", who="bench", when=when)
    for i, (_, mention, event) in enumerate(sample[EDITED_DOCUMENTS + EDITED_HEADLINES :]):
        corrections.set_pick(corpus, event, (mention,), "pin" if i % 2 else "drop", who="bench", when=when)


def server_timings(store: Path, repeat: int) -> list[tuple[str, float, str]]:
    """(what, seconds, note) for the store page's server-side work on `store`."""
    from timeline.view.state import Filters
    from timeline.view.store import chart, overlay, queries, session

    out: list[tuple[str, float, str]] = []
    # The analyst's edits are kept for the store itself here (its documents' folder is not on this machine).
    write_edits(store, store.resolve())
    t0 = time.perf_counter()
    # As the page does: the actors and search tables are built once the first chart is out; the edits are laid
    # over the store before the first query.
    opened = session.open_store(store, side_tables=False)
    t1 = time.perf_counter()
    corpus = overlay.corpus_folder(store, "", queries.document_paths(opened))
    overlay.refresh(opened, corpus)
    laying = time.perf_counter() - t1
    info = queries.choices(opened)
    shown, size = chart_json(opened, Filters())
    first = time.perf_counter() - t0
    session.start_side_tables(opened)
    laid = overlay.current(opened)
    out.append(("first chart (open, edits, choices, count, density, JSON)", first,
                f"{shown.kind}, {shown.counts.rows:,} events, JSON {size:,} B; "
                f"{len(laid.documents) if laid else 0} documents edited, "
                f"{len(laid.picks) if laid else 0} picks"))  # fmt: skip
    out.append(("  of which: the edits read and laid over the store", laying, ""))
    actors = queries.actor_choices(opened)
    out.append(("actor choices ready (built after the chart)", time.perf_counter() - t0, f"{len(actors):,} actors"))
    # The filter changes below are timed once the side tables are built (an analyst's second click).
    session.wait_for_side_tables(opened)
    out.append(("search table ready", time.perf_counter() - t0, ""))
    top_type = info.types[0].name
    actor = actors[min(5, len(actors) - 1)].name  # type: ignore[index]
    year = (info.first or dt.date(2020, 1, 1)).year + 9
    changes = {
        "type": Filters(types=(top_type,)),
        "actor": Filters(actors=(actor,)),
        "date window (a year)": Filters(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31)),
        "narrow window (events drawn)": Filters(start=dt.date(year, 3, 1), end=dt.date(year, 3, 2)),
        "type + actor + year": Filters(
            types=(top_type,), actors=(actor,), start=dt.date(year, 1, 1), end=dt.date(year, 12, 31)
        ),
    }
    for name, filters in changes.items():
        seconds, (shown, size) = best_of(repeat, lambda f=filters: chart_json(opened, f))  # type: ignore[misc]
        out.append((f"filter: {name}", seconds, f"{shown.kind}, {shown.counts.rows:,} events, JSON {size:,} B"))
    # A new search reads the passages once; filters changed around it read the kept matches.
    seconds, (shown, size) = timed(lambda: chart_json(opened, Filters(text="ceasefire")))  # type: ignore[misc]
    out.append(
        ("filter: new search 'ceasefire'", seconds, f"{shown.kind}, {shown.counts.rows:,} events, JSON {size:,} B")
    )
    seconds, (shown, size) = best_of(repeat, lambda: chart_json(opened, Filters(text="ceasefire", types=(top_type,))))  # type: ignore[misc]
    out.append(
        ("filter: type around that search", seconds, f"{shown.kind}, {shown.counts.rows:,} events, JSON {size:,} B")
    )
    seconds, (shown, size) = best_of(repeat, lambda: chart_json(opened, Filters(), "actors"))  # type: ignore[misc]
    out.append(("lanes by actor", seconds, f"{shown.kind}, JSON {size:,} B"))
    everything = chart.condition_for(opened, Filters())
    seconds, page = best_of(repeat, lambda: queries.page(opened, everything, 0, 100))
    out.append(("table: first page (100 rows)", seconds, ""))
    middle = opened.n_rows // 200
    seconds, page = best_of(repeat, lambda: queries.page(opened, everything, middle, 100))
    out.append((f"table: page {middle + 1:,} (100 rows)", seconds, ""))
    mention = str(page["mention_id"].iloc[0])  # type: ignore[index]
    seconds, rows = best_of(repeat, lambda: queries.event_rows(opened, mention))
    out.append(("selected event: its passages", seconds, f"{len(rows)} passages"))  # type: ignore[arg-type]
    doc = str(page["doc"].iloc[0])  # type: ignore[index]
    seconds, text = best_of(repeat, lambda: queries.document_text(opened, doc))
    out.append(("selected event: one document's text", seconds, f"{len(text or ''):,} characters"))  # type: ignore[arg-type]
    out += edit_timings(opened, store, corpus, year, repeat)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out.append(("server process peak memory", 0.0, f"{rss:,.0f} MB (benchmark process)"))
    opened.connection.close()
    return out


def edit_timings(opened: object, store: Path, corpus: Path, year: int, repeat: int) -> list[tuple[str, float, str]]:
    """The parts the analyst's work adds: the key-events view with picks, an edit laid again, the Documents tab,
    a chronology."""
    from timeline.reading import corrections
    from timeline.store import reader
    from timeline.understanding.event_types import builtin_taxonomy
    from timeline.view import chronology, chronology_html, document_edits, summary
    from timeline.view.state import Filters
    from timeline.view.store import chart, overlay, queries

    out: list[tuple[str, float, str]] = []
    key_types = builtin_taxonomy().key_types
    views = {
        "key events (rule + picks)": Filters(),
        "key events in a year": Filters(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31)),
    }
    for name, filters in views.items():
        seconds, (shown, size) = best_of(repeat, lambda f=filters: chart_json(opened, f, key_types=key_types))  # type: ignore[misc]
        out.append((f"filter: {name}", seconds, f"{shown.kind}, {shown.counts.rows:,} events, JSON {size:,} B"))
    doc = queries.document_paths(opened, 1)[0][0]  # type: ignore[arg-type]

    def edit_and_lay() -> None:
        when = dt.datetime.now(dt.UTC)
        corrections.set_document_field(corpus, doc, "outlet", f"Desk {when.microsecond}", who="bench", when=when)
        overlay.refresh(opened, corpus)  # type: ignore[arg-type]

    seconds, _ = best_of(repeat, edit_and_lay)
    out.append(("an outlet edit saved and laid over the store", seconds, ""))
    seconds, _ = best_of(repeat, lambda: chart_json(opened, Filters()))
    out.append(("filter: the default chart again after it", seconds, ""))

    seconds, reports = best_of(repeat, lambda: reader.read_reports(store))
    out.append(("Documents tab: the manifest's reports (once per store)", seconds, f"{len(reports):,} documents"))  # type: ignore[arg-type]

    def documents_page() -> int:
        laid = overlay.current(opened)  # type: ignore[arg-type]
        _, shown = document_edits.apply_edits(pd.DataFrame(), reports, laid.documents if laid else {})  # type: ignore[arg-type]
        return len(summary.reports_frame(shown[:500]))

    seconds, n_page = best_of(repeat, documents_page)
    out.append(("Documents tab: edits laid, first page (each rerun)", seconds, f"{n_page} shown"))
    window = Filters(start=dt.date(year, 1, 1), end=dt.date(year, 3, 31))
    condition = chart.condition_for(opened, window, key_events=True, key_types=key_types)  # type: ignore[arg-type]
    n = queries.counts(opened, condition).rows  # type: ignore[arg-type]

    def chronology_of() -> int:
        rows = queries.rows(opened, condition, min(n, 5_000))  # type: ignore[arg-type]
        chron = chronology.build_chronology(rows, title="Chronology", scope="bench")
        return len(chronology_html.chronology_html(chron, None))

    seconds, size = best_of(repeat, chronology_of)
    out.append(("chronology (HTML) of a quarter's key events", seconds,
                f"{min(n, 5_000):,} of {n:,} passages, {size:,} B"))  # fmt: skip
    return out


# --- the real page in Chromium -------------------------------------------------------------------------------------

MAIN_CAPTION = "[data-testid='stMain'] [data-testid='stCaptionContainer']"
CHART_DRAWN_JS = """() => {
  const plot = document.querySelector('.js-plotly-plot');
  return !!(plot && plot._fullData && plot._fullData.length);
}"""


@contextlib.contextmanager
def served(dashboard_args: Sequence[str]) -> Iterator[tuple[str, int]]:
    """`streamlit run dashboard.py -- ARGS` on a free port, until the block ends; yields its address and pid."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    command = [
        sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard.py"), "--server.headless", "true",
        "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none", "--", *dashboard_args,
    ]  # fmt: skip
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        try:
            url = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                try:
                    with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2):
                        break
                except OSError:
                    time.sleep(0.3)
            yield url, proc.pid
        finally:
            proc.terminate()
            proc.wait(timeout=30)


def browser_timings(store: Path, chromium: str) -> list[tuple[str, float, str]]:
    """The store page in Chromium: seconds to the first chart on a just-started server, JS heap, a search typed in
    the sidebar until the chart is redrawn, a second tab; and, for scale, the seeds' page (29 events)."""
    from playwright.sync_api import sync_playwright

    out: list[tuple[str, float, str]] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        with served(["--store", str(store)]) as (url, pid):
            page = browser.new_page(viewport={"width": 1500, "height": 1000})
            cdp = page.context.new_cdp_session(page)
            cdp.send("Performance.enable")
            t0 = time.perf_counter()
            page.goto(url)
            page.wait_for_function(CHART_DRAWN_JS, timeout=180_000)
            first = time.perf_counter() - t0
            page.wait_for_selector("[data-testid='stDataFrame']", timeout=180_000)
            table = time.perf_counter() - t0
            heap = _heap_mb(cdp)
            out.append(("browser: first chart (server just started)", first, f"JS heap {heap:,.0f} MB"))
            out.append(("browser: table shown", table, ""))
            caption = page.locator(MAIN_CAPTION).first.inner_text()
            box = page.get_by_label("Search titles and passages")
            t0 = time.perf_counter()
            box.fill("ceasefire")
            box.press("Enter")
            page.wait_for_function(
                "(before) => { const c = document.querySelector(" + repr(MAIN_CAPTION) + ");"
                " return c && c.innerText !== before; }",
                arg=caption,
                timeout=180_000,
            )
            page.wait_for_function(CHART_DRAWN_JS, timeout=180_000)
            out.append(("browser: search typed -> chart redrawn", time.perf_counter() - t0,
                        f"JS heap {_heap_mb(cdp):,.0f} MB"))  # fmt: skip
            # A second analyst: a new session on the running server, the store already open.
            second = browser.new_page(viewport={"width": 1500, "height": 1000})
            t0 = time.perf_counter()
            second.goto(url)
            second.wait_for_function(CHART_DRAWN_JS, timeout=180_000)
            out.append(("browser: first chart, new tab (store open)", time.perf_counter() - t0, ""))
            out.append(("streamlit server peak memory", 0.0, f"{_peak_mb(pid):,.0f} MB"))
        with served(["--docs", str(ROOT / "seeds")]) as (url, _):
            page = browser.new_page(viewport={"width": 1500, "height": 1000})
            t0 = time.perf_counter()
            page.goto(url)
            page.wait_for_function(CHART_DRAWN_JS, timeout=180_000)
            out.append(("browser, for scale: seeds page (29 events)", time.perf_counter() - t0, ""))
        browser.close()
    return out


def _peak_mb(pid: int) -> float:
    """A process's peak resident memory (Linux), in MB; 0 when unknown."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    found = [line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")]
    return int(found[0]) / 1024 if found else 0.0


def _heap_mb(cdp: object) -> float:
    metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}  # type: ignore[attr-defined]
    return float(metrics.get("JSHeapUsedSize", 0.0)) / 1e6


def _print_rows(rows: list[tuple[str, float, str]]) -> None:
    for what, seconds, note in rows:
        shown = f"{seconds:7.3f} s" if seconds else " " * 9
        print(f"    {what:<52} {shown}  {note}".rstrip(), flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--dir", type=Path, default=None, help="where to build the stores (kept); default: a temp dir")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--browser", action="store_true", help="also measure the real page in Chromium")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args(argv)
    base = args.dir or Path(tempfile.mkdtemp(prefix="bench_store_"))
    # The analyst's edits the benchmark writes go to a folder of its own, never the user's.
    os.environ["TIMELINE_DATA_DIR"] = tempfile.mkdtemp(prefix="bench_store_edits_")
    try:
        for n in args.sizes:
            t0 = time.perf_counter()
            store = build_store(base / f"store_{n}", n)
            print(f"{n:>9,} events: store {store} ready in {time.perf_counter() - t0:.1f} s", flush=True)
            _print_rows(server_timings(store, args.repeat))
            if args.browser:
                _print_rows(browser_timings(store, args.chromium))
    finally:
        if args.dir is None:
            shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
