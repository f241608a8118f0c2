"""The Streamlit app itself, run headless with AppTest on the seed documents."""

from __future__ import annotations

import datetime as dt
import functools
import html
import io
import re
import shutil
import sys
from pathlib import Path

import pandas as pd
import pytest
import streamlit.testing.v1.app_test as app_test_module
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from timeline.core.frame import COLUMN_NAMES
from timeline.pipeline import Extraction, extract
from timeline.reading import corrections
from timeline.understanding.event_types import builtin_taxonomy
from timeline.view import export, key_events, masks, state

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "dashboard.py"
SEEDS = ROOT / "seeds"
UNDATED_DOC = "002_f922b3274599afac.txt"
EVENTS_LABEL = "Download events (one row per event)"
# Every passage, not the default briefing view of key events.
ALL = {"key": "0"}


def default_key_events(frame: pd.DataFrame) -> set[str]:
    return set(frame.loc[key_events.key_mask(frame, builtin_taxonomy().key_types), "event_id"])


class CapturingMediaFileManager(MediaFileManager):
    """The test runtime's media manager, kept so a test can read what a download button serves."""

    last: CapturingMediaFileManager | None = None

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        CapturingMediaFileManager.last = self


@pytest.fixture
def media(monkeypatch: pytest.MonkeyPatch) -> type[CapturingMediaFileManager]:
    monkeypatch.setattr(app_test_module, "MediaFileManager", CapturingMediaFileManager)
    return CapturingMediaFileManager


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Corrections and uploads go to the user data folder: a temporary one in every test."""
    folder = tmp_path / "userdata"
    monkeypatch.setenv(corrections.DATA_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A copy of the seeds, for tests that write (date corrections, uploads)."""
    return Path(shutil.copytree(SEEDS, tmp_path / "corpus"))


def app(monkeypatch: pytest.MonkeyPatch, docs: Path | None = None, query: dict | None = None) -> AppTest:
    monkeypatch.setattr(sys, "argv", ["dashboard.py", *(["--docs", str(docs)] if docs else [])])
    at = AppTest.from_file(str(APP), default_timeout=120)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    return at.run()


@functools.cache
def _seeds_extraction() -> Extraction:
    return extract([SEEDS])


def seeds_frame() -> pd.DataFrame:
    """What `extract` gives on the seeds, extracted once for this module's many comparisons (a copy each time)."""
    return _seeds_extraction().frame.copy()


def events_table(at: AppTest) -> pd.DataFrame:
    (table,) = [d for d in at.dataframe if d.key == "table"]
    return table.value


def downloaded(at: AppTest, label: str, media: type[CapturingMediaFileManager]) -> tuple[bytes, str]:
    button = next(b for b in at.download_button if label in b.label)
    url = button.proto.url
    assert url, "the download should be served eagerly for a small corpus"
    assert media.last is not None
    file = media.last._storage.get_file(url.rsplit("/", 1)[-1])
    return bytes(file.content), file.filename or ""


def html_bodies(at: AppTest) -> list[str]:
    return [el.proto.body for el in at.get("html")]


def test_app_runs_on_the_seeds(monkeypatch: pytest.MonkeyPatch) -> None:
    at = app(monkeypatch)
    assert not at.exception
    assert not at.error
    frame = seeds_frame()
    header = " ".join(m.value for m in at.markdown).replace("\\", "")
    assert "5 documents" in header and f"{len(frame)} events" in header
    # The header gives the span in view, not the 2011 background date.
    assert "In view: 8 Jan 2020 – 24 Dec 2021" in header and "more outside (2011)" in header
    # The default view is the briefing: one row per key event, by the taxonomy's key types.
    table = events_table(at)
    assert sorted(table["event_id"]) == sorted(default_key_events(frame))
    assert at.toggle(key="f_key").value is True and at.selectbox(key="f_lane").value == "story"
    assert [t.label for t in at.tabs] == ["Timeline", "Documents"]
    assert at.query_params == {}
    # The skeleton is gone once the chart is drawn.
    assert not any("Preparing the timeline" in i.value for i in at.info)
    all_events = app(monkeypatch, query=ALL)
    assert len(events_table(all_events)) == len(frame)


def test_a_filter_change_reduces_the_table_and_the_url_follows(monkeypatch: pytest.MonkeyPatch) -> None:
    at = app(monkeypatch)
    before = len(events_table(at))
    at.text_input(key="f_text").input("ceasefire").run()
    after = events_table(at)
    assert 0 < len(after) < before
    assert all("ceasefire" in t.lower() or "ceasefire" in p.lower() for t, p in _titles_passages(after))
    assert at.query_params.get("q") in ("ceasefire", ["ceasefire"])


def _titles_passages(table: pd.DataFrame) -> list[tuple[str, str]]:
    frame = seeds_frame().set_index("mention_id")
    return [(frame.at[m, "title"], frame.at[m, "passage"]) for m in table["mention_id"]]


def test_status_chip_filter(monkeypatch: pytest.MonkeyPatch) -> None:
    at = app(monkeypatch, query=ALL)
    at.button_group(key="f_statuses").set_value(["scheduled"]).run()
    table = events_table(at)
    assert len(table) >= 1 and set(table["status"]) == {"scheduled"}


def test_download_equals_the_filtered_frame(monkeypatch: pytest.MonkeyPatch, media) -> None:  # type: ignore[no-untyped-def]
    at = app(monkeypatch, query={"doc": "004_f1dd5552526f5dc8.txt", "basis": ["explicit", "publication"], **ALL})
    assert not at.exception and not at.warning
    data, _ = downloaded(at, "CSV", media)
    expected = masks.apply_filters(
        seeds_frame(), state.Filters(docs=("004_f1dd5552526f5dc8.txt",), bases=("explicit", "publication"))
    )
    assert data == export.csv_bytes(expected)
    got = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False)
    assert list(got.columns) == list(COLUMN_NAMES)
    assert list(got["mention_id"]) == list(events_table(at)["mention_id"]) == list(expected["mention_id"])
    json_data, _ = downloaded(at, "JSON", media)
    assert json_data == export.json_bytes(expected)
    labels = {b.label: b for b in at.download_button}
    assert set(labels) == {
        "Download CSV", "Download JSON", EVENTS_LABEL, "Briefing CSV",
        "Chronology (HTML)", "Chronology (Word)", "Chronology (Markdown)",
    }  # fmt: skip


def test_briefing_csv_is_one_row_per_key_event_with_a_bom(monkeypatch: pytest.MonkeyPatch, media) -> None:  # type: ignore[no-untyped-def]
    frame = seeds_frame()
    at = app(monkeypatch)
    data, name = downloaded(at, "Briefing CSV", media)
    assert data.startswith(b"\xef\xbb\xbf") and name.startswith("briefing_") and name.endswith(".csv")
    got = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert len(got) == len(default_key_events(frame))


def test_events_download_is_one_row_per_event_of_the_filtered_rows(monkeypatch: pytest.MonkeyPatch, media) -> None:  # type: ignore[no-untyped-def]
    at = app(monkeypatch, query={"from": "2020-01-01", "to": "2020-12-31", **ALL})
    data, name = downloaded(at, EVENTS_LABEL, media)
    expected = masks.apply_filters(seeds_frame(), state.Filters(start=dt.date(2020, 1, 1), end=dt.date(2020, 12, 31)))
    assert data == export.events_csv_bytes(expected)
    got = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False)
    assert sorted(got["event_id"]) == sorted(set(expected["event_id"]))
    assert len(got) < len(expected)
    assert name == "timeline_events_2020-01-01_2020-12-31.csv"


def test_download_file_name_carries_the_date_range(monkeypatch: pytest.MonkeyPatch, media) -> None:  # type: ignore[no-untyped-def]
    at = app(monkeypatch, query={"from": "2020-01-01", "to": "2020-12-31"})
    _, name = downloaded(at, "CSV", media)
    assert name == "timeline_2020-01-01_2020-12-31.csv"


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ({"precision": "fortnight"}, "precision"),
        ({"from": "2020-13-45"}, "from"),
        ({"lane": "<script>"}, "lane"),
        ({"doc": "../../etc/passwd"}, "doc"),
        ({"event": "nope"}, "event"),
        ({"colour": "red"}, "colour"),
        ({"actor": "Napoleon"}, "actor"),
        ({"type": "coronation"}, "type"),
        ({"key": "maybe"}, "key"),
        ({"keytype": "<b>x</b>"}, "keytype"),
    ],
)
def test_a_bad_query_parameter_shows_a_notice_not_a_crash(monkeypatch: pytest.MonkeyPatch, query, parameter) -> None:  # type: ignore[no-untyped-def]
    frame = seeds_frame()
    at = app(monkeypatch, query=query if "key" in query else {**query, **ALL})
    assert not at.exception
    warnings = [w.value for w in at.warning]
    assert any(parameter in w.replace("\\", "") for w in warnings), warnings
    # The rest of the page is there: the bad value was dropped, not the view (a bad 'key': the default, key events).
    expected = len(default_key_events(frame)) if "key" in query else len(frame)
    assert len(events_table(at)) == expected


def test_actor_and_type_filters_change_the_table_and_the_url(monkeypatch: pytest.MonkeyPatch) -> None:
    frame = seeds_frame()
    at = app(monkeypatch, query=ALL)
    assert at.multiselect(key="f_actors").options[0] == "Libya"  # most frequent first
    at.multiselect(key="f_actors").set_value(["Sergey Lavrov"]).run()
    table = events_table(at)
    lavrov_events = set(frame.loc[frame["actors"].str.contains("Sergey Lavrov"), "event_id"])
    assert 0 < len(table) < len(frame)
    assert set(frame.set_index("mention_id").loc[table["mention_id"], "event_id"]) == lavrov_events
    assert at.query_params.get("actor") in ("Sergey Lavrov", ["Sergey Lavrov"])
    at.multiselect(key="f_actors").set_value([]).run()
    at.multiselect(key="f_types").set_value(["agreement"]).run()
    table = events_table(at)
    # Types read by their briefing names in the table.
    assert set(table["event_type"]) == {builtin_taxonomy().label("agreement")}
    assert len(table) == int((frame["event_type"] == "agreement").sum())
    assert at.query_params.get("type") in ("agreement", ["agreement"])


def test_actor_filter_from_the_url(monkeypatch: pytest.MonkeyPatch) -> None:
    at = app(monkeypatch, query={"actor": ["United Nations", "Napoleon"], "lane": "actors"})
    assert not at.exception
    assert any("Napoleon" in w.value for w in at.warning)
    table = events_table(at)
    assert 0 < len(table) < len(seeds_frame())
    assert at.multiselect(key="f_actors").value == ["United Nations"]
    assert any("lane of every actor" in c.value for c in at.caption)


def test_key_events_view_is_one_row_per_multi_source_event(monkeypatch: pytest.MonkeyPatch) -> None:
    frame = seeds_frame()
    at = app(monkeypatch, query={**ALL, "lane": "doc"})
    at.toggle(key="f_key").set_value(True).run()
    assert not at.exception
    table = events_table(at)
    multi = frame.loc[frame["n_sources"] >= 2]
    assert sorted(table["event_id"]) == sorted(default_key_events(frame))
    assert set(multi["event_id"]) < set(table["event_id"])
    assert "key" not in at.query_params
    # Turning the view on leaves lanes by document (an event of two documents is in no one lane) for event types.
    assert at.selectbox(key="f_lane").value == "event_type"
    lavrov = table.loc[table["date"] == pd.Timestamp("2020-12-30")]
    assert len(lavrov) == 1 and "Sergey Lavrov" in lavrov["actors"].iloc[0]
    assert any("Key events" in c.value for c in at.caption)
    # Fewer key types: only those, with the multi-source events.
    at.multiselect(key="f_key_types").set_value(["talks"]).run()
    table = events_table(at)
    assert set(table["event_id"]) == set(multi["event_id"]) | set(frame.loc[frame["event_type"] == "talks", "event_id"])
    assert at.query_params.get("keytype") in ("talks", ["talks"])
    at.multiselect(key="f_key_types").set_value([]).run()
    assert sorted(events_table(at)["event_id"]) == sorted(set(multi["event_id"]))
    assert at.query_params.get("keytype") in ("none", ["none"])


def test_key_events_view_from_the_url(monkeypatch: pytest.MonkeyPatch) -> None:
    at = app(monkeypatch, query={"key": "1", "keytype": "election"})
    assert not at.exception and not at.warning
    assert at.toggle(key="f_key").value is True
    assert at.multiselect(key="f_key_types").value == ["election"]
    frame = seeds_frame()
    key = frame.loc[(frame["n_sources"] >= 2) | (frame["event_type"] == "election"), "event_id"]
    assert sorted(events_table(at)["event_id"]) == sorted(set(key))


def test_a_multi_source_event_shows_every_passage_marked(monkeypatch: pytest.MonkeyPatch) -> None:
    frame = seeds_frame()
    row = frame.loc[(frame["date"] == pd.Timestamp("2020-12-30")) & (frame["n_sources"] >= 2)].iloc[-1]
    siblings = frame.loc[frame["event_id"] == row["event_id"]]
    at = app(monkeypatch, query={"event": row["mention_id"]})
    assert not at.exception
    marked = [b for b in html_bodies(at) if "<mark" in b and "timeline-source" in b]
    inner = [html.unescape(m) for b in marked for m in re.findall(r"<mark[^>]*>(.*?)</mark>", b, re.DOTALL)]
    assert set(siblings["passage"]) <= set(inner)
    assert inner[0] == row["passage"]  # the clicked passage first
    text = " ".join(m.value for m in at.markdown).replace("\\", "")
    assert "Source 1 of 2" in text and "Source 2 of 2" in text and "reported by 2 sources" in text
    for outlet in siblings["outlet"]:
        assert outlet in text


def test_a_filter_that_leaves_nothing_shows_an_empty_state(monkeypatch: pytest.MonkeyPatch) -> None:
    at = app(monkeypatch, query={"q": "zzzz-no-such-words"})
    assert not at.exception
    assert any("No events match" in i.value for i in at.info)
    assert not [d for d in at.dataframe if d.key == "table"]
    assert not at.get("plotly_chart")


def test_a_selected_event_opens_its_passage_highlighted(monkeypatch: pytest.MonkeyPatch) -> None:
    frame = seeds_frame()
    row = frame.loc[frame["date_text"] == "last fall"].iloc[0]
    at = app(monkeypatch, query={"event": row["mention_id"]})
    assert not at.exception and not at.warning
    marks = [b for b in html_bodies(at) if "<mark" in b]
    assert marks
    (inner,) = set(re.findall(r"<mark[^>]*>(.*?)</mark>", marks[0], re.DOTALL))
    assert html.unescape(inner) == row["passage"]
    details = " ".join(m.value for m in at.markdown).replace("\\", "")
    assert "2020-09-01 – 2020-11-30" in details and "season" in details and "last fall" in details


def test_table_row_selection_opens_the_detail_panel(monkeypatch: pytest.MonkeyPatch) -> None:
    at = app(monkeypatch)
    assert not [b for b in html_bodies(at) if "<mark" in b]
    table = events_table(at)
    at.session_state["selected"] = table["mention_id"].iloc[5]
    at.run()
    assert [b for b in html_bodies(at) if "<mark" in b]
    assert at.query_params.get("event") in (table["mention_id"].iloc[5], [table["mention_id"].iloc[5]])


def test_documents_tab_lists_every_document(monkeypatch: pytest.MonkeyPatch) -> None:
    at = app(monkeypatch)
    reports = [d.value for d in at.dataframe if d.key != "table"]
    (docs,) = reports
    assert len(docs) == 5 and UNDATED_DOC in set(docs["doc"])


def test_publication_date_correction_is_saved_and_recomputes(monkeypatch: pytest.MonkeyPatch, corpus: Path) -> None:
    at = app(monkeypatch, docs=corpus, query=ALL)
    undated_before = int(events_table(at)["date"].isna().sum())
    assert undated_before > 0
    at.selectbox(key="pub_doc").set_value(UNDATED_DOC)
    at.date_input(key="pub_date").set_value(dt.date(2020, 1, 16))
    next(b for b in at.button if b.label == "Save").click()
    at.run()
    assert not at.exception
    assert (corpus / "sources.csv").read_bytes() == (SEEDS / "sources.csv").read_bytes()
    assert corrections.read_corrections(corpus).published == {UNDATED_DOC: dt.date(2020, 1, 16)}
    assert int(events_table(at)["date"].isna().sum()) < undated_before
    assert any("set to 2020-01-16" in s.value.replace("\\", "") for s in at.success)
    (docs,) = [d.value for d in at.dataframe if d.key != "table"]
    assert docs.set_index("doc").loc[UNDATED_DOC, "published_basis"] == "analyst"
    # Undo: the correction is withdrawn, the document is as the publisher left it.
    at.selectbox(key="pub_doc").set_value(UNDATED_DOC)
    at.checkbox(key="pub_unknown").check()
    next(b for b in at.button if b.label == "Save").click()
    at.run()
    assert not at.exception
    assert int(events_table(at)["date"].isna().sum()) == undated_before


def test_the_readme_command_never_writes_into_seeds(monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> None:
    before = {p: p.read_bytes() for p in SEEDS.rglob("*") if p.is_file()}
    at = app(monkeypatch)
    at.selectbox(key="pub_doc").set_value(UNDATED_DOC)
    at.date_input(key="pub_date").set_value(dt.date(2020, 1, 16))
    next(b for b in at.button if b.label == "Save").click()
    at.run()
    at.file_uploader[0].set_value([("new.txt", b"Talks\n\nThey met on 13 January 2020.\n", "text/plain")])
    at.run()
    next(b for b in at.button if b.label == "Add to the corpus").click()
    at.run()
    assert not at.exception
    assert {p: p.read_bytes() for p in SEEDS.rglob("*") if p.is_file()} == before
    assert (corrections.uploads_root(SEEDS) / "uploads" / "new.txt").is_file()
    assert corrections.corrections_path(SEEDS).is_relative_to(data_dir)


def test_upload_saves_safely_and_shows_the_document(monkeypatch: pytest.MonkeyPatch, corpus: Path) -> None:
    at = app(monkeypatch, docs=corpus)
    text = b"Talks in Tunis\n\nThe ministers met in Tunis on 13 January 2020 to agree a truce.\n"
    at.file_uploader[0].set_value(
        [("../../escape.txt", text, "text/plain"), ("001_be79753bff2f498b.txt", text, "text/plain")]
    )
    at.run()
    next(b for b in at.button if b.label == "Add to the corpus").click()
    at.run()
    assert not at.exception
    saved = corrections.uploads_root(corpus) / "uploads"
    assert (saved / "escape.txt").read_bytes() == text
    assert not (saved.parent.parent / "escape.txt").exists() and not (corpus / "escape.txt").exists()
    assert (saved / "001_be79753bff2f498b.txt").read_bytes() == text
    assert (corpus / "001_be79753bff2f498b.txt").read_bytes() == (SEEDS / "001_be79753bff2f498b.txt").read_bytes()
    (docs,) = [d.value for d in at.dataframe if d.key != "table"]
    assert {"uploads/escape.txt", "uploads/001_be79753bff2f498b.txt", "001_be79753bff2f498b.txt"} <= set(docs["doc"])


def test_missing_folder_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    at = app(monkeypatch, docs=tmp_path / "nope")
    assert not at.exception
    assert any("does not exist" in e.value for e in at.error)


def test_empty_folder_shows_an_empty_state(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    at = app(monkeypatch, docs=tmp_path)
    assert not at.exception
    assert at.info


def test_hostile_documents_are_shown_as_text_and_bad_files_reported(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    evil = (
        "Evil <script>alert(1)</script> **bold** [x](javascript:alert(1))\n\n"
        "The ministers met in Tunis on 13 January 2020 <b>to</b> agree a truce.\n"
    )
    (corpus / "evil.txt").write_text(evil, encoding="utf-8")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 8)
    frame = extract([corpus]).frame
    assert len(frame) >= 1
    mention = frame["mention_id"].iloc[0]
    at = app(monkeypatch, docs=corpus, query={"event": mention})
    assert not at.exception
    bodies = [b for b in html_bodies(at) if "<mark" in b]
    assert bodies
    for body in bodies:
        assert "<script>" not in body and "<b>" not in body and "&lt;script&gt;" in body
    assert any("unreadable" in c.value for c in at.caption)
    (docs,) = [d.value for d in at.dataframe if d.key != "table"]
    assert set(docs["doc"]) == {"evil.txt", "binary.txt"}


def test_a_headline_edit_is_saved_shown_exported_and_undone(
    monkeypatch: pytest.MonkeyPatch, media, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    before = {p: p.read_bytes() for p in SEEDS.rglob("*") if p.is_file()}
    frame = seeds_frame()
    row = frame.loc[frame["date_text"] == "last fall"].iloc[0]
    mention = row["mention_id"]
    at = app(monkeypatch, query={"event": mention})
    assert not at.exception
    box = at.text_input(key=f"headline_edit_{mention}")
    assert box.value == row["headline"]
    box.set_value("Analysts rename the autumn event")
    next(b for b in at.button if b.label == "Save headline").click()
    at.run()
    assert not at.exception
    assert any("Analysts rename the autumn event" in s.value for s in at.success)
    assert corrections.read_corrections(SEEDS).headlines == {(row["doc"], mention): "Analysts rename the autumn event"}
    assert corrections.headlines_path(SEEDS).is_relative_to(data_dir)
    # the panel shows the edit, and the export carries it with its basis and the generated headline
    assert at.text_input(key=f"headline_edit_{mention}").value == "Analysts rename the autumn event"
    data, _ = downloaded(at, "CSV", media)
    got = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False).set_index("mention_id")
    assert got.loc[mention, "headline"] == "Analysts rename the autumn event"
    assert got.loc[mention, "headline_basis"] == "analyst"
    assert got.loc[mention, "headline_generated"] == row["headline"]
    assert set(got.drop(index=mention)["headline_basis"]) == {"generated"}
    # Undo: the generated headline again
    next(b for b in at.button if b.label == "Undo my headline").click()
    at.run()
    assert not at.exception
    assert corrections.read_corrections(SEEDS).headlines == {}
    data, _ = downloaded(at, "CSV", media)
    got = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False).set_index("mention_id")
    assert (got.loc[mention, "headline"], got.loc[mention, "headline_basis"]) == (row["headline"], "generated")
    assert {p: p.read_bytes() for p in SEEDS.rglob("*") if p.is_file()} == before


def _event_row(frame: pd.DataFrame, day: str, event_type: str) -> pd.Series:
    rows = frame.loc[(frame["event_date"] == pd.Timestamp(day)) & (frame["event_type"] == event_type)]
    return rows.iloc[0]


def test_pin_and_remove_a_key_event_are_saved_and_kept_in_the_url(monkeypatch: pytest.MonkeyPatch) -> None:
    frame = seeds_frame()
    statement = _event_row(frame, "2020-12-29", "statement")
    at = app(monkeypatch, query={"event": statement["mention_id"]})
    assert statement["event_id"] not in set(events_table(at)["event_id"])
    next(b for b in at.button if b.label == "Pin as key event").click()
    at.run()
    assert not at.exception
    assert statement["event_id"] in set(events_table(at)["event_id"])
    assert at.query_params.get("pin") in (statement["event_id"], [statement["event_id"]])
    picks, _ = corrections.read_picks(SEEDS)
    assert picks[statement["event_id"]][1] == "pin"
    # A new session without the parameter takes the saved choice; with it, the URL's.
    again = app(monkeypatch)
    assert statement["event_id"] in set(events_table(again)["event_id"])
    # Remove a milestone by hand: it leaves the key events, and the URL says so.
    talks = _event_row(frame, "2020-01-13", "talks")
    at = app(monkeypatch, query={"event": talks["mention_id"]})
    next(b for b in at.button if b.label == "Remove from key events").click()
    at.run()
    assert talks["event_id"] not in set(events_table(at)["event_id"])
    assert at.query_params.get("drop") in (talks["event_id"], [talks["event_id"]])
    next(b for b in at.button if b.label == "Restore to key events").click()
    at.run()
    assert talks["event_id"] in set(events_table(at)["event_id"])
    assert "drop" not in at.query_params
    assert not any(SEEDS.joinpath(name).exists() for name in (corrections.KEY_EVENTS_NAME,))


def test_previous_and_next_walk_the_key_events_in_date_order(monkeypatch: pytest.MonkeyPatch) -> None:
    at = app(monkeypatch)
    table = events_table(at)
    at.session_state["selected"] = table["mention_id"].iloc[1]
    at.run()
    assert list(events_table(at)["selected"]).index("▶") == 1
    next(b for b in at.button if b.label == "Next event").click()
    at.run()
    assert at.query_params.get("event") in (table["mention_id"].iloc[2], [table["mention_id"].iloc[2]])
    assert list(events_table(at)["selected"]).index("▶") == 2
    for _ in range(2):
        next(b for b in at.button if b.label == "Previous event").click()
        at.run()
    assert at.query_params.get("event") in (table["mention_id"].iloc[0], [table["mention_id"].iloc[0]])
    assert next(b for b in at.button if b.label == "Previous event").disabled


def test_a_date_preset_sets_the_range_and_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    at = app(monkeypatch)
    at.button_group(key="f_preset").set_value("2021").run()
    assert not at.exception
    assert at.date_input(key="f_from").value == dt.date(2021, 1, 1)
    assert at.date_input(key="f_to").value == dt.date(2021, 12, 31)
    assert at.query_params.get("from") in ("2021-01-01", ["2021-01-01"])
    header = " ".join(m.value for m in at.markdown).replace("\\", "")
    assert "In view: 15 Apr 2021 – 24 Dec 2021" in header


def test_a_document_without_url_says_so(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Talks\n\nThe ministers met in Tunis on 13 January 2020.\n", encoding="utf-8")
    mention = extract([corpus]).frame["mention_id"].iloc[0]
    at = app(monkeypatch, docs=corpus, query={"event": mention})
    assert not at.exception
    assert any("No URL known" in c.value for c in at.caption)


def test_a_typed_range_applies_and_a_bad_one_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    at = app(monkeypatch)
    at.text_input(key="f_range").input("2020-10 to 2021-04").run()
    assert not at.exception
    assert at.query_params.get("from") in ("2020-10-01", ["2020-10-01"])
    assert at.query_params.get("to") in ("2021-04-30", ["2021-04-30"])
    at.text_input(key="f_range").input("next tuesday").run()
    assert any("not a date range" in w.value for w in at.warning)
    assert at.query_params.get("from") in ("2020-10-01", ["2020-10-01"])


def test_a_documents_title_outlet_and_url_are_edited_and_undone(monkeypatch: pytest.MonkeyPatch, media) -> None:  # type: ignore[no-untyped-def]
    before = {p: p.read_bytes() for p in SEEDS.rglob("*") if p.is_file()}
    at = app(monkeypatch, query=ALL)
    at.selectbox(key="meta_doc").set_value(UNDATED_DOC).run()
    at.text_input(key=f"meta_title_{UNDATED_DOC}").set_value("Moscow calls for a truce")
    at.text_input(key=f"meta_outlet_{UNDATED_DOC}").set_value("Analyst Desk")
    at.text_input(key=f"meta_url_{UNDATED_DOC}").set_value("https://example.org/truce")
    next(b for b in at.button if b.label == "Save details").click()
    at.run()
    assert not at.exception
    (docs,) = [d.value for d in at.dataframe if d.key != "table"]
    row = docs.set_index("doc").loc[UNDATED_DOC]
    assert (row["title"], row["outlet"], row["url"]) == (
        "Moscow calls for a truce",
        "Analyst Desk",
        "https://example.org/truce",
    )
    assert row["edited"] == "title, outlet, url"
    data, _ = downloaded(at, "CSV", media)
    got = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False)
    assert set(got.loc[got["doc"] == UNDATED_DOC, "outlet"]) == {"Analyst Desk"}
    assert corrections.documents_path(SEEDS).is_file()
    # A URL that is not http(s) is refused.
    at.text_input(key=f"meta_url_{UNDATED_DOC}").set_value("javascript:alert(1)")
    next(b for b in at.button if b.label == "Save details").click()
    at.run()
    assert any("must start with http" in e.value for e in at.error)
    next(b for b in at.button if b.label == "Remove my edits").click()
    at.run()
    (docs,) = [d.value for d in at.dataframe if d.key != "table"]
    assert docs.set_index("doc").loc[UNDATED_DOC, "edited"] == ""
    assert {p: p.read_bytes() for p in SEEDS.rglob("*") if p.is_file()} == before


def test_an_estimated_publication_date_reads_as_a_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    at = app(monkeypatch)
    (docs,) = [d.value for d in at.dataframe if d.key != "table"]
    estimated = docs.loc[docs["published_basis"] == "estimated"]
    assert len(estimated)
    assert all(v.startswith(("≥ ", "20")) and v.endswith("(estimate)") for v in estimated["published_shown"])


def test_default_key_types_absent_from_a_corpus_leave_the_url_empty(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    # Talks only: no election, UN action or agreement in this corpus.
    (corpus / "a.txt").write_text("Talks\n\nThe ministers met in Tunis on 13 January 2020.\n", encoding="utf-8")
    at = app(monkeypatch, docs=corpus)
    assert not at.exception
    assert at.query_params == {}
    assert len(events_table(at)) == 1
