"""Careless and hostile inputs around the documents (issue 13): odd files are reported, links out of the
corpus not followed, report lines stay one line, `dates` has a size limit, the CLI's CSV is formula-guarded,
many problems are one notice, and no worker process is forked from a threaded server."""

from __future__ import annotations

import csv
import os
import sys
import threading
from pathlib import Path

import pytest
from conftest import run_cli

from timeline import pipeline
from timeline.reading.files import collect

GOOD = "Talks\n\nOn 5 March 2020 the talks began in Geneva.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    (root / "sub" / "inner.txt").write_text(GOOD, encoding="utf-8")
    return root


def _reasons(paths) -> dict[str, str]:
    return {item.doc: item.skip for item in collect(paths)}


def test_fifo_dangling_link_and_links_out_of_the_corpus_are_reported(tmp_path: Path, corpus: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(corpus / "pipe.txt")
    (corpus / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (corpus / "out.txt").symlink_to(outside / "secret.txt")
    (corpus / "outdir").symlink_to(outside)
    (corpus / "in.txt").symlink_to(corpus / "good.txt")
    reasons = _reasons([corpus])
    assert reasons["good.txt"] == "" and reasons["sub/inner.txt"] == ""
    assert reasons["pipe.txt"] == "not a regular file (a FIFO)"
    assert reasons["dangling.txt"].startswith("a link to nothing")
    assert reasons["out.txt"].startswith("a link leading outside the folder")
    assert reasons["outdir/"].startswith("a link leading outside the folder")
    assert not any(doc.startswith("outdir/secret") for doc in reasons)


def test_a_fifo_given_directly_does_not_hang(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    run = run_cli("extract", tmp_path / "pipe.txt", tmp_path / "good.txt", "-o", tmp_path / "out.csv", timeout=60)
    assert run.returncode == 0
    assert "pipe.txt: not read: not a regular file (a FIFO)" in run.stderr


def test_a_device_is_reported() -> None:
    assert _reasons(["/dev/null"]) == {"null": "not a regular file (a device)"}


def test_an_unreadable_folder_is_reported(monkeypatch: pytest.MonkeyPatch, corpus: Path) -> None:
    real = os.scandir

    def scandir(path):  # type: ignore[no-untyped-def]
        if Path(path).name == "sub":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    reasons = _reasons([corpus])
    assert reasons["sub/"] == "folder cannot be read: Permission denied"
    assert reasons["good.txt"] == ""


def test_report_lines_escape_control_and_direction_characters(tmp_path: Path) -> None:
    name = "evil\u202etxt.exe\nfake: published 2020.txt"
    (tmp_path / name).write_text(GOOD, encoding="utf-8")
    run = run_cli("extract", tmp_path, "-o", tmp_path / "out.csv")
    assert run.returncode == 0
    lines = [line for line in run.stderr.splitlines() if "evil" in line]
    assert len(lines) == 1, run.stderr
    assert "\\u202e" in lines[0] and "\\n" in lines[0] and "\u202e" not in lines[0]


def test_dates_has_a_size_limit_and_refuses_devices(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD * 10, encoding="utf-8")
    run = run_cli("dates", tmp_path / "a.txt", "--max-bytes", "100")
    assert run.returncode == 2 and "too large" in run.stderr
    run = run_cli("dates", "/dev/zero", timeout=30)
    assert run.returncode == 2 and "not a regular file" in run.stderr


def test_the_cli_csv_is_formula_guarded_unless_asked(tmp_path: Path, corpus: Path) -> None:
    (corpus / "sources.csv").write_text(
        'file,title,outlet\ngood.txt,"=HYPERLINK(""http://x.example"",""go"")",@outlet\n', encoding="utf-8"
    )
    guarded, raw = tmp_path / "guarded.csv", tmp_path / "raw.csv"
    assert run_cli("extract", corpus, "-o", guarded, "-q").returncode == 0
    assert run_cli("extract", corpus, "-o", raw, "-q", "--no-formula-guard").returncode == 0
    with guarded.open(encoding="utf-8", newline="") as fh:
        row = next(r for r in csv.DictReader(fh) if r["doc"] == "good.txt")
    assert row["doc_title"].startswith("'=HYPERLINK") and row["outlet"] == "'@outlet"
    with raw.open(encoding="utf-8", newline="") as fh:
        row = next(r for r in csv.DictReader(fh) if r["doc"] == "good.txt")
    assert row["doc_title"].startswith("=HYPERLINK") and row["outlet"] == "@outlet"


def test_no_fork_from_a_threaded_process() -> None:
    decided: list[int] = []
    thread = threading.Thread(target=lambda: decided.append(pipeline._workers(None, 10_000)))
    thread.start()
    thread.join()
    assert decided == [1]


def test_explicit_workers_from_a_threaded_process_use_fresh_interpreters(corpus: Path) -> None:
    from timeline.config import load_config

    found: list[object] = []
    thread = threading.Thread(target=lambda: found.append(pipeline.extract([corpus], load_config(workers=2))))
    thread.start()
    thread.join(timeout=120)
    (result,) = found
    assert {r.doc: r.status for r in result.reports} == {"good.txt": "ok", "sub/inner.txt": "ok"}


def test_many_problems_are_one_notice_in_the_dashboard(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, corpus: Path
) -> None:
    from streamlit.testing.v1 import AppTest

    rows = "".join(f"ghost{i:03d}.txt,2020-01-01\n" for i in range(312))
    (corpus / "sources.csv").write_text("file,published\n" + rows, encoding="utf-8")
    monkeypatch.setenv("TIMELINE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(sys, "argv", ["dashboard.py", "--docs", str(corpus)])
    at = AppTest.from_file(str(Path(__file__).resolve().parents[1] / "dashboard.py"), default_timeout=120).run()
    assert not at.exception
    assert len(at.warning) == 1
    assert "312 problems" in at.warning[0].value
    assert "ghost311.txt" in at.text[0].value
