"""The store page does what the in-memory page does with an analyst's work: the Documents tab and its edits, headline
edits, key-event pins and drops, the chronology downloads; every edit kept in the user data folder, never in the
store or the corpus, and shown after a rerun."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
import streamlit.testing.v1.app_test as app_test_module
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from timeline.pipeline import Extraction, extract
from timeline.reading import corrections
from timeline.understanding.event_types import builtin_taxonomy
from timeline.view import key_events, state
from timeline.view.store import chart, overlay, queries
from timeline.view.store.session import StoreSession, open_store, wait_for_side_tables
from timeline.view.store.where import Sql

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
APP = ROOT / "dashboard.py"
# The seeds' three milestones: the Moscow talks, the October 2020 ceasefire, the April 2021 resolution.
MILESTONES = (("2020-01-13", "talks"), ("2020-10-23", "agreement"), ("2021-04-16", "un_action"))


class CapturingMediaFileManager(MediaFileManager):
    """The test runtime's media manager, kept so a test can read what a download button serves."""

    last: CapturingMediaFileManager | None = None

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        CapturingMediaFileManager.last = self


@pytest.fixture(scope="module")
def seeds() -> Extraction:
    return extract([SEEDS])


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store the command line wrote from the seeds (its manifest has every document's report)."""
    store = tmp_path_factory.mktemp("cli") / "seeds.store"
    done = subprocess.run([sys.executable, "-m", "timeline", "extract", str(SEEDS), "--store", str(store), "-q"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return store


@pytest.fixture
def store(tmp_path: Path, written: Path) -> Path:
    # A store of its own per test (another path, another page session): the edits are laid over its tables.
    return Path(shutil.copytree(written, tmp_path / "seeds_store"))


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "userdata"
    monkeypatch.setenv(corrections.DATA_DIR_ENV, str(folder))
    return folder


def files_of(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file() and not p.name.endswith((".wal", ".lock"))}


def store_app(monkeypatch: pytest.MonkeyPatch, store: Path, query: dict[str, str] | None = None) -> AppTest:
    monkeypatch.setattr(app_test_module, "MediaFileManager", CapturingMediaFileManager)
    monkeypatch.setattr(sys, "argv", ["dashboard.py", "--store", str(store)])
    at = AppTest.from_file(str(APP), default_timeout=120)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    return at.run()


def downloaded(at: AppTest, label: str) -> bytes:
    button = next(b for b in at.download_button if b.label == label)
    media = CapturingMediaFileManager.last
    assert media is not None and button.proto.url, "a small view's download is served at once"
    return bytes(media._storage.get_file(button.proto.url.rsplit("/", 1)[-1]).content)


def documents_table(at: AppTest) -> pd.DataFrame:
    (table,) = [d.value for d in at.dataframe if "published_basis" in d.value]
    return table


def events_table(at: AppTest) -> pd.DataFrame:
    (table,) = [d.value for d in at.dataframe if d.key == "s_table"]
    return table


def open_documents(at: AppTest) -> AppTest:
    at.session_state["s_tab"] = "Documents"
    return at.run()


def test_the_documents_tab_lists_the_store_and_an_edit_shows_after_rerun(
    monkeypatch: pytest.MonkeyPatch, store: Path, seeds: Extraction, data_dir: Path
) -> None:
    before_store, before_seeds = files_of(store), files_of(SEEDS)
    at = open_documents(store_app(monkeypatch, store))
    assert not at.exception and not at.error
    docs = documents_table(at)
    assert sorted(docs["doc"]) == sorted(d.doc for d in seeds.documents) and len(docs) == 5
    # Status and estimate as the in-memory page shows them: an estimated date reads as a bound, never a day.
    estimated = {d.doc for d in seeds.documents if d.published_basis == "estimated"}
    assert estimated and all(docs.set_index("doc").loc[d, "published_shown"].endswith("(estimate)") for d in estimated)
    assert set(docs["status"]) <= {"ok", "empty", "error"}

    doc = sorted(estimated)[0]
    at.selectbox(key="meta_doc").set_value(doc).run()
    at.text_input(key=f"meta_title_{doc}").set_value("An analyst's title")
    at.text_input(key=f"meta_outlet_{doc}").set_value("Analyst Desk")
    next(b for b in at.button if b.label == "Save details").click()
    at.run()
    assert not at.exception and not at.error
    row = documents_table(at).set_index("doc").loc[doc]
    assert (row["title"], row["outlet"], row["edited"]) == ("An analyst's title", "Analyst Desk", "title, outlet")
    # Written to the user data folder of the corpus the store was read from; the store and the corpus untouched.
    assert corrections.read_document_edits(SEEDS)[0] == {doc: {"title": "An analyst's title", "outlet": "Analyst Desk"}}
    assert corrections.documents_path(SEEDS).is_relative_to(data_dir)
    assert files_of(store) == before_store and files_of(SEEDS) == before_seeds
    # The timeline shows it too: the events' document and outlet, and the outlet filter offers the new outlet.
    at.session_state["s_tab"] = "Timeline"
    at.run()
    table = events_table(at)
    mine = table.loc[table["doc"] == doc]
    assert len(mine) == int((seeds.frame["doc"] == doc).sum()) > 0
    assert set(mine["doc_title"]) == {"An analyst's title"} and set(mine["outlet"]) == {"Analyst Desk"}
    at.multiselect(key="s_outlets").set_value(["Analyst Desk"]).run()
    assert set(events_table(at)["doc"]) == {doc}
    # Withdrawn: the publisher's details again.
    at.multiselect(key="s_outlets").set_value([]).run()
    at = open_documents(at)
    at.selectbox(key="meta_doc").set_value(doc).run()
    next(b for b in at.button if b.label == "Remove my edits").click()
    at.run()
    row = documents_table(at).set_index("doc").loc[doc]
    publisher = next(d for d in seeds.documents if d.doc == doc)
    assert (row["title"], row["outlet"], row["edited"]) == (publisher.title, publisher.outlet, "")


def test_a_date_correction_is_kept_for_the_next_extraction(
    monkeypatch: pytest.MonkeyPatch, store: Path, seeds: Extraction
) -> None:
    at = open_documents(store_app(monkeypatch, store))
    doc = next(d.doc for d in seeds.documents if d.published_basis == "estimated")
    at.selectbox(key="pub_doc").set_value(doc)
    at.date_input(key="pub_date").set_value(dt.date(2020, 1, 20))
    next(b for b in at.button if b.label == "Save").click()
    at.run()
    assert not at.exception and not at.error
    assert corrections.read_corrections(SEEDS).published == {doc: dt.date(2020, 1, 20)}
    assert documents_table(at).set_index("doc").loc[doc, "yours"] == "2020-01-20"
    assert any("extracted again" in s.value for s in at.success)


def test_a_headline_edit_appears_and_is_exported(
    monkeypatch: pytest.MonkeyPatch, store: Path, seeds: Extraction
) -> None:
    before_store = files_of(store)
    row = seeds.frame.loc[seeds.frame["date_text"] == "last fall"].iloc[0]
    mention = str(row["mention_id"])
    at = store_app(monkeypatch, store, {"event": mention, "key": "0"})
    box = at.text_input(key=f"headline_edit_{mention}")
    assert box.value == row["headline"]
    box.set_value("Analysts rename the autumn event")
    next(b for b in at.button if b.label == "Save headline").click()
    at.run()
    assert not at.exception and not at.error
    assert at.text_input(key=f"headline_edit_{mention}").value == "Analysts rename the autumn event"
    assert corrections.read_corrections(SEEDS).headlines == {(row["doc"], mention): "Analysts rename the autumn event"}
    got = pd.read_csv(io.BytesIO(downloaded(at, f"Download CSV ({len(seeds.frame)} events)")), dtype=str,
                      keep_default_na=False).set_index("mention_id")  # fmt: skip
    assert (got.loc[mention, "headline"], got.loc[mention, "headline_basis"]) == (
        "Analysts rename the autumn event",
        "analyst",
    )
    assert got.loc[mention, "headline_generated"] == row["headline"]
    assert set(got.drop(index=mention)["headline_basis"]) == {"generated"}
    assert files_of(store) == before_store


def _event(seeds: Extraction, day: str, kind: str) -> pd.Series:
    frame = seeds.frame
    return frame.loc[(frame["event_date"] == pd.Timestamp(day)) & (frame["event_type"] == kind)].iloc[0]


def test_the_chronology_holds_the_milestones_in_date_order_with_citations(
    monkeypatch: pytest.MonkeyPatch, store: Path, seeds: Extraction
) -> None:
    at = store_app(monkeypatch, store)
    at.toggle(key="s_key").set_value(True).run()
    assert not at.exception
    frame = seeds.frame
    key = frame.loc[key_events.key_mask(frame, builtin_taxonomy().key_types)].dropna(subset=["event_date"])
    markdown = downloaded(at, "Chronology (Markdown)").decode("utf-8")
    headings = re.findall(r"^### .* \((\d{4}-\d{2}-\d{2})", markdown, re.M)
    assert headings == sorted(headings) and {day for day, _ in MILESTONES} <= set(headings)
    assert len(headings) == key["event_id"].nunique()
    rows = list(csv.DictReader(io.StringIO(downloaded(at, "Briefing CSV").decode("utf-8-sig"), newline="")))
    assert [r["Date (ISO)"] for r in rows] == headings
    for _, row in key.drop_duplicates("event_id").iterrows():
        if row["url"]:
            assert row["url"] in markdown, row["event_id"]
    # The HTML and Word ones carry the chart's image, seconds of work: built only when clicked (their content is
    # checked in a real browser, `test_store_page_browser`).
    for label in ("Chronology (HTML)", "Chronology (Word)"):
        button = next(b for b in at.download_button if b.label == label)
        assert not button.proto.url, label


def test_pin_and_drop_move_events_in_and_out_of_the_key_view(
    monkeypatch: pytest.MonkeyPatch, store: Path, seeds: Extraction
) -> None:
    statement = _event(seeds, "2020-12-29", "statement")
    talks = _event(seeds, *MILESTONES[0])

    def listed(event: pd.Series) -> bool:
        mentions = set(seeds.frame.loc[seeds.frame["event_id"] == event["event_id"], "mention_id"])
        return bool(mentions & set(events_table(at)["mention_id"]))

    at = store_app(monkeypatch, store, {"event": str(statement["mention_id"]), "key": "1"})
    assert not listed(statement)
    next(b for b in at.button if b.label == "Pin as key event").click()
    at.run()
    assert not at.exception
    assert listed(statement)
    assert corrections.read_picks(SEEDS)[0][str(statement["event_id"])][1] == "pin"
    assert any(b.label == "Unpin" for b in at.button)
    # A milestone removed by hand leaves the key events; restored, it is back.
    at.session_state["s_selected"] = str(talks["mention_id"])
    at.run()
    next(b for b in at.button if b.label == "Remove from key events").click()
    at.run()
    assert not listed(talks)
    next(b for b in at.button if b.label == "Restore to key events").click()
    at.run()
    assert listed(talks)


def test_a_bad_address_gives_a_notice(monkeypatch: pytest.MonkeyPatch, store: Path) -> None:
    at = store_app(monkeypatch, store, {"from": "someday", "type": "<b>nope</b>"})
    assert not at.exception
    notices = " ".join(w.value for w in at.warning)
    assert "someday" in notices and "nope" in notices


# --- the overlay in SQL --------------------------------------------------------------------------------------------


@pytest.fixture
def opened(store: Path) -> Iterator[StoreSession]:
    session = open_store(store)
    yield session
    wait_for_side_tables(session, timeout=60)
    session.connection.close()


def test_the_corpus_is_the_folder_the_store_was_read_from(store: Path, tmp_path: Path) -> None:
    docs = [("a.txt", str(SEEDS / "a.txt")), ("b/c.txt", str(SEEDS / "b" / "c.txt")), ("x.txt", "/elsewhere/x.txt")]
    assert overlay.corpus_folder(store, "", docs) == SEEDS.resolve()
    assert overlay.corpus_folder(store, str(tmp_path), docs) == tmp_path.resolve()
    # Documents from a folder that is gone: the edits are kept for the store itself.
    assert overlay.corpus_folder(store, "", [("a.txt", "/no/such/a.txt")]) == store.resolve()


def test_picks_follow_an_event_by_its_mentions_and_outlet_edits_are_withdrawn(
    opened: StoreSession, seeds: Extraction, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    when = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    frame = seeds.frame
    single = frame.loc[frame["n_sources"] < 2].iloc[0]
    dropped = frame.loc[frame["n_sources"] >= 2].iloc[0]
    # Saved under an id the store no longer has: found by its mention.
    corrections.set_pick(corpus, "e-gone", (str(single["mention_id"]),), "pin", who="t", when=when)
    corrections.set_pick(corpus, str(dropped["event_id"]), (), "drop", who="t", when=when)
    doc = str(frame["doc"].iloc[0])
    corrections.set_document_field(corpus, doc, "outlet", "Desk", who="t", when=when)
    overlay.refresh(opened, corpus)
    key = queries.rows(opened, chart.condition_for(opened, state.Filters(), key_events=True), 1_000)
    expected = frame.loc[key_events.key_mask(frame, pinned=(single["event_id"],), dropped=(dropped["event_id"],))]
    assert set(key["mention_id"]) == set(expected["mention_id"])
    outlets = {n.name: n.events for n in queries.choices(opened).outlets}
    assert outlets["Desk"] == frame.loc[frame["doc"] == doc, "event_id"].nunique()
    assert set(queries.rows(opened, Sql("doc = ?", (doc,)), 100)["outlet"]) == {"Desk"}
    corrections.set_document_field(corpus, doc, "outlet", None, who="t", when=when)
    overlay.refresh(opened, corpus)
    assert "Desk" not in {n.name for n in queries.choices(opened).outlets}
    assert set(queries.rows(opened, Sql("doc = ?", (doc,)), 100)["outlet"]) == set(frame.loc[frame["doc"] == doc,
                                                                                               "outlet"])  # fmt: skip


def test_the_headlines_log_decides_over_a_headline_the_store_was_extracted_with(seeds: Extraction) -> None:
    rows = seeds.frame.iloc[:3].copy()
    first, second = (str(m) for m in rows["mention_id"].iloc[:2])
    # The store holds an analyst's headline for the first row (extracted with --with-corrections) ...
    rows.loc[rows.index[0], ["headline", "headline_basis"]] = ["Withdrawn since", "analyst"]
    # ... which the log has since withdrawn; the second row's headline is in force.
    doc2 = str(rows["doc"].iloc[1])
    laid = overlay.apply_rows(rows, overlay.Overlay(SEEDS, headlines={(doc2, second): "In force"}))
    assert list(laid["headline"].iloc[:2]) == [seeds.frame["headline_generated"].iloc[0], "In force"]
    assert list(laid["headline_basis"]) == ["generated", "analyst", "generated"]
    assert laid["mention_id"].iloc[0] == first and rows["headline"].iloc[0] == "Withdrawn since"  # a copy
