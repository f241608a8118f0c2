"""The Streamlit app itself, run headless with AppTest on the seed documents."""

from __future__ import annotations

import datetime as dt
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

from timeline import export, filters
from timeline.frame import COLUMN_NAMES
from timeline.pipeline import extract

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "dashboard.py"
SEEDS = ROOT / "seeds"
UNDATED_DOC = "002_f922b3274599afac.txt"


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
    n_events = len(extract([SEEDS]).frame)
    header = " ".join(m.value for m in at.markdown)
    assert "5 documents" in header and f"{n_events} events" in header
    assert len(events_table(at)) == n_events
    assert [t.label for t in at.tabs] == ["Timeline", "Documents"]
    assert at.query_params == {}


def test_a_filter_change_reduces_the_table_and_the_url_follows(monkeypatch: pytest.MonkeyPatch) -> None:
    at = app(monkeypatch)
    before = len(events_table(at))
    at.text_input(key="f_text").input("ceasefire").run()
    after = events_table(at)
    assert 0 < len(after) < before
    assert all("ceasefire" in t.lower() or "ceasefire" in p.lower() for t, p in _titles_passages(after))
    assert at.query_params.get("q") in ("ceasefire", ["ceasefire"])


def _titles_passages(table: pd.DataFrame) -> list[tuple[str, str]]:
    frame = extract([SEEDS]).frame.set_index("mention_id")
    return [(frame.at[m, "title"], frame.at[m, "passage"]) for m in table["mention_id"]]


def test_status_chip_filter(monkeypatch: pytest.MonkeyPatch) -> None:
    at = app(monkeypatch)
    at.button_group(key="f_statuses").set_value(["scheduled"]).run()
    table = events_table(at)
    assert len(table) >= 1 and set(table["status"]) == {"scheduled"}


def test_download_equals_the_filtered_frame(monkeypatch: pytest.MonkeyPatch, media) -> None:  # type: ignore[no-untyped-def]
    at = app(monkeypatch, query={"doc": "004_f1dd5552526f5dc8.txt", "basis": ["explicit", "publication"]})
    assert not at.exception and not at.warning
    data, _ = downloaded(at, "CSV", media)
    expected = filters.apply_filters(
        extract([SEEDS]).frame, filters.Filters(docs=("004_f1dd5552526f5dc8.txt",), bases=("explicit", "publication"))
    )
    assert data == export.csv_bytes(expected)
    got = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False)
    assert list(got.columns) == list(COLUMN_NAMES)
    assert list(got["mention_id"]) == list(events_table(at)["mention_id"]) == list(expected["mention_id"])
    json_data, _ = downloaded(at, "JSON", media)
    assert json_data == export.json_bytes(expected)
    labels = {b.label: b for b in at.download_button}
    assert set(labels) == {"Download CSV", "Download JSON"}


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
    ],
)
def test_a_bad_query_parameter_shows_a_notice_not_a_crash(monkeypatch: pytest.MonkeyPatch, query, parameter) -> None:  # type: ignore[no-untyped-def]
    at = app(monkeypatch, query=query)
    assert not at.exception
    warnings = [w.value for w in at.warning]
    assert any(parameter in w.replace("\\", "") for w in warnings), warnings
    # The rest of the page is there: the bad value was dropped, not the view.
    assert len(events_table(at)) == len(extract([SEEDS]).frame)


def test_a_filter_that_leaves_nothing_shows_an_empty_state(monkeypatch: pytest.MonkeyPatch) -> None:
    at = app(monkeypatch, query={"q": "zzzz-no-such-words"})
    assert not at.exception
    assert any("No events match" in i.value for i in at.info)
    assert not [d for d in at.dataframe if d.key == "table"]
    assert not at.get("plotly_chart")


def test_a_selected_event_opens_its_passage_highlighted(monkeypatch: pytest.MonkeyPatch) -> None:
    frame = extract([SEEDS]).frame
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
    at = app(monkeypatch, docs=corpus)
    undated_before = int(events_table(at)["date"].isna().sum())
    assert undated_before > 0
    at.selectbox(key="pub_doc").set_value(UNDATED_DOC)
    at.date_input(key="pub_date").set_value(dt.date(2020, 1, 16))
    next(b for b in at.button if b.label == "Save").click()
    at.run()
    assert not at.exception
    assert "2020-01-16" in (corpus / "sources.csv").read_text(encoding="utf-8")
    assert int(events_table(at)["date"].isna().sum()) < undated_before
    assert any("set to 2020-01-16" in s.value.replace("\\", "") for s in at.success)


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
    assert (corpus / "escape.txt").read_bytes() == text
    assert not (corpus.parent.parent / "escape.txt").exists()
    assert (corpus / "001_be79753bff2f498b-2.txt").read_bytes() == text
    assert (corpus / "001_be79753bff2f498b.txt").read_bytes() == (SEEDS / "001_be79753bff2f498b.txt").read_bytes()
    (docs,) = [d.value for d in at.dataframe if d.key != "table"]
    assert {"escape.txt", "001_be79753bff2f498b-2.txt"} <= set(docs["doc"])


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
