"""Analysts' corrections live apart from the publisher's sources.csv (issue 13): an append-only log in the
user data folder, keyed by the document's path in the corpus, undone by a withdrawal, written under a lock."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from conftest import d
from filelock import FileLock

from timeline.pipeline import extract
from timeline.reading import corrections as C

WHEN = dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.UTC)
TEXT = "Talks\n\nThe talks began yesterday in Geneva.\n"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "userdata"
    monkeypatch.setenv(C.DATA_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "a").mkdir(parents=True)
    (root / "b").mkdir()
    (root / "a" / "x.txt").write_text(TEXT, encoding="utf-8")
    (root / "b" / "x.txt").write_text(TEXT, encoding="utf-8")
    (root / "sources.csv").write_bytes(b"file,title,published,note\r\nx.txt,Talks,2020-03-05,keep me\r\n")
    return root


def _save(corpus: Path, doc: str, date: dt.date | None, who: str = "ana") -> Path:
    return C.set_published(corpus, doc, date, who=who, when=WHEN)


def _published(corpus: Path) -> dict[str, tuple[dt.date | None, str]]:
    result = extract([corpus], published_overrides=C.read_corrections(corpus).published)
    return {r.doc: (r.published, r.published_basis) for r in result.reports}


def test_the_corpus_folder_is_never_written(corpus: Path, data_dir: Path) -> None:
    before = {p: p.read_bytes() for p in corpus.rglob("*") if p.is_file()}
    modes = {p: p.stat().st_mode for p in before}
    path = _save(corpus, "a/x.txt", d("2020-04-01"))
    _save(corpus, "a/x.txt", None)
    assert {p: p.read_bytes() for p in corpus.rglob("*") if p.is_file()} == before
    assert {p: p.stat().st_mode for p in before} == modes
    assert path.is_relative_to(data_dir) and path.name == "corrections.csv"


def test_a_correction_is_basis_analyst_with_who_and_when(corpus: Path) -> None:
    path = _save(corpus, "a/x.txt", d("2020-04-01"))
    assert _published(corpus) == {"a/x.txt": (d("2020-04-01"), "analyst"), "b/x.txt": (d("2020-03-05"), "sources")}
    assert path.read_text(encoding="utf-8").splitlines() == [
        "file,published,basis,who,when",
        "a/x.txt,2020-04-01,analyst,ana,2026-12-02T09:00:00+00:00",
    ]


def test_keyed_by_the_path_in_the_corpus_not_the_bare_name(corpus: Path) -> None:
    _save(corpus, "b/x.txt", d("2020-05-01"))
    published = _published(corpus)
    assert published["a/x.txt"] == (d("2020-03-05"), "sources")
    assert published["b/x.txt"] == (d("2020-05-01"), "analyst")


def test_undo_restores_the_publishers_value_and_the_log_keeps_everything(corpus: Path) -> None:
    _save(corpus, "a/x.txt", d("2020-04-01"))
    _save(corpus, "a/x.txt", d("2020-04-02"), who="bo")
    _save(corpus, "a/x.txt", None)
    assert _published(corpus)["a/x.txt"] == (d("2020-03-05"), "sources")
    lines = C.corrections_path(corpus).read_text(encoding="utf-8").splitlines()
    assert [line.split(",")[1] for line in lines[1:]] == ["2020-04-01", "2020-04-02", ""]


def test_two_corpora_never_share_corrections(tmp_path: Path, corpus: Path) -> None:
    other = tmp_path / "other" / "corpus"
    other.mkdir(parents=True)
    assert C.corrections_path(corpus) != C.corrections_path(other)
    _save(corpus, "a/x.txt", d("2020-04-01"))
    assert C.read_corrections(other).published == {}


def test_concurrent_corrections_are_all_kept(corpus: Path) -> None:
    names = [f"doc{i:02d}.txt" for i in range(24)]

    def correct(batch: list[str]) -> None:
        for name in batch:
            _save(corpus, name, d("2021-03-05"))

    threads = [threading.Thread(target=correct, args=(names[i::3],)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert set(C.read_corrections(corpus).published) == set(names)


def test_a_held_lock_is_a_message_after_the_timeout(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(C, "LOCK_SECONDS", 0.2)
    path = C.corrections_path(corpus)
    path.parent.mkdir(parents=True)
    with FileLock(str(path) + ".lock"), pytest.raises(C.CorrectionsError, match="another session"):
        _save(corpus, "a/x.txt", d("2020-04-01"))


def test_a_bad_row_is_a_problem_not_a_crash(corpus: Path) -> None:
    path = C.corrections_path(corpus)
    path.parent.mkdir(parents=True)
    path.write_text("file,published,basis,who,when\na/x.txt,someday,analyst,,\nb/x.txt,2020-06-01,analyst,,\n")
    found = C.read_corrections(corpus)
    assert found.published == {"b/x.txt": d("2020-06-01")}
    assert len(found.problems) == 1 and "line 2" in found.problems[0]


def test_the_data_folder_defaults_to_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(C.DATA_DIR_ENV)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert C.user_data_dir() == tmp_path / "xdg" / "timeline"


def test_the_cli_applies_corrections_when_asked(corpus: Path, tmp_path: Path, data_dir: Path) -> None:
    from conftest import read_csv_rows, run_cli

    _save(corpus, "a/x.txt", d("2020-04-01"))
    out = tmp_path / "out.csv"
    env_run = run_cli("extract", corpus, "-o", out, "--with-corrections")
    assert env_run.returncode == 0, env_run.stderr
    assert "a/x.txt: published 2020-04-01 (analyst)" in env_run.stderr
    rows = {r["doc"]: r for r in read_csv_rows(out)}
    assert rows["a/x.txt"]["published_basis"] == "analyst"
    plain = run_cli("extract", corpus, "-o", out)
    assert "a/x.txt: published 2020-03-05 (sources)" in plain.stderr


# --- an analyst's headline (issue 10) ------------------------------------------------------------------


def _headline_run(corpus: Path) -> tuple:
    found = C.read_corrections(corpus)
    result = extract([corpus], published_overrides=found.published, headline_overrides=found.headlines)
    return found, result.frame


def test_an_analysts_headline_wins_and_the_generated_one_stays(corpus: Path, data_dir: Path) -> None:
    _, before = _headline_run(corpus)
    row = before[before["doc"] == "a/x.txt"].iloc[0]
    assert row["headline_basis"] == "generated"
    generated = row["headline"]
    path = C.set_headline(corpus, "a/x.txt", row["mention_id"], "  Talks open   in Geneva ", who="ana", when=WHEN)
    assert path.parent.is_relative_to(data_dir) and path.name == C.HEADLINES_NAME
    found, after = _headline_run(corpus)
    assert found.headlines == {("a/x.txt", row["mention_id"]): "Talks open in Geneva"}
    edited = after[after["mention_id"] == row["mention_id"]].iloc[0]
    assert (edited["headline"], edited["headline_basis"], edited["headline_generated"]) == (
        "Talks open in Geneva", "analyst", generated,
    )  # fmt: skip
    # keyed by the path in the corpus: the same text under b/ keeps its generated headline
    other = after[after["doc"] == "b/x.txt"].iloc[0]
    assert (other["headline"], other["headline_basis"]) == (generated, "generated")


def test_undoing_a_headline_restores_the_generated_one_and_keeps_the_log(corpus: Path) -> None:
    C.set_headline(corpus, "a/x.txt", "m1", "First", who="ana", when=WHEN)
    C.set_headline(corpus, "a/x.txt", "m1", "Second", who="bo", when=WHEN)
    assert C.read_corrections(corpus).headlines == {("a/x.txt", "m1"): "Second"}
    C.set_headline(corpus, "a/x.txt", "m1", None, who="ana", when=WHEN)
    assert C.read_corrections(corpus).headlines == {}
    lines = C.headlines_path(corpus).read_text(encoding="utf-8").splitlines()
    assert lines[0] == ",".join(C.HEADLINE_FIELDS)
    assert [line.split(",")[2] for line in lines[1:]] == ["First", "Second", ""]


def test_a_headline_is_no_date_correction(corpus: Path) -> None:
    """A date correction and a headline of the same document do not touch each other."""
    _save(corpus, "a/x.txt", dt.date(2020, 3, 9))
    C.set_headline(corpus, "a/x.txt", "m1", "Talks open", who="ana", when=WHEN)
    found = C.read_corrections(corpus)
    assert found.published == {"a/x.txt": dt.date(2020, 3, 9)}
    assert found.headlines == {("a/x.txt", "m1"): "Talks open"}
    assert found.problems == ()


def test_the_cli_applies_an_analysts_headline_when_asked(corpus: Path, tmp_path: Path, data_dir: Path) -> None:
    from conftest import read_csv_rows, run_cli

    _, frame = _headline_run(corpus)
    mention = frame.iloc[0]
    C.set_headline(corpus, mention["doc"], mention["mention_id"], "Analyst's own line", who="t", when=dt.datetime.now())
    out = tmp_path / "out.csv"
    assert run_cli("extract", corpus, "-o", out, "--with-corrections").returncode == 0
    rows = {r["mention_id"]: r for r in read_csv_rows(out)}
    assert (rows[mention["mention_id"]]["headline"], rows[mention["mention_id"]]["headline_basis"]) == (
        "Analyst's own line",
        "analyst",
    )
    assert run_cli("extract", corpus, "-o", out).returncode == 0
    assert read_csv_rows(out)[0]["headline_basis"] == "generated"
