"""The command line, run as a user runs it: `python -m timeline ...` in a subprocess.

All runs are started at once (they are independent) and each test reads the run it is about.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from conftest import BAD_FILES, GOOD_TEXT, SEED_DOCS, SEEDS, Run, run_cli, write_bad_corpus, write_binary_corpus

from timeline.cli import _progress_bar
from timeline.core.frame import COLUMN_NAMES, DATE_COLUMNS

ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATES_TEXT = (
    "Ministers meet in Tunis\n\n"
    "Lavrov met Siala in Moscow on Wednesday. National elections will take place on 24 December 2021.\n"
    "Libya has been at war for nine years, and a 5+5 committee meets at 10:30.\n"
)


def _runs(tmp: Path) -> dict[str, list[str]]:
    bad = write_bad_corpus(tmp / "bad")
    binary = write_binary_corpus(tmp / "binary")
    no_file_column = write_bad_corpus(tmp / "nofilecol")
    (no_file_column / "sources.csv").write_text("name,published\ngood.txt,2020-01-20\n", encoding="utf-8")
    messy = write_bad_corpus(tmp / "messy")
    (messy / "sources.csv").write_text(
        "file,published\ngood.txt,someday\ncp1252.txt,2020-01-20\ncp1252.txt,2020-01-21\nghost.txt,2020-01-20\n",
        encoding="utf-8",
    )
    (tmp / "dates.txt").write_text(DATES_TEXT, encoding="utf-8")
    (tmp / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp / "out").mkdir()
    return {
        "seeds_csv": ["extract", SEEDS, "-o", tmp / "out" / "events.csv"],
        "seeds_json_suffix": ["extract", SEEDS, "-o", tmp / "out" / "events.json"],
        "seeds_stdout_json_quiet": ["extract", "seeds", "--format", "json", "-q"],
        "bad": ["extract", bad, "-o", tmp / "out" / "bad.csv"],
        "nothing_readable": ["extract", binary, tmp / "nowhere", "-o", tmp / "out" / "binary.csv"],
        "sources_missing": ["extract", SEEDS, "--sources", tmp / "nowhere.csv", "-o", tmp / "out" / "s.csv"],
        "sources_no_file_column": ["extract", no_file_column, "-o", tmp / "out" / "nofilecol.csv"],
        "sources_messy": ["extract", messy, "-o", tmp / "out" / "messy.csv"],
        "extract_help": ["extract", "--help"],
        "dates_help": ["dates", "--help"],
        "dates": ["dates", tmp / "dates.txt", "--published", "2020-12-31"],
        "dates_unpublished": ["dates", tmp / "dates.txt"],
        "dates_bad_published": ["dates", tmp / "dates.txt", "--published", "someday"],
        "dates_binary": ["dates", tmp / "binary.txt", "--published", "2020-12-31"],
    }


@pytest.fixture(scope="module")
def cli(tmp_path_factory) -> tuple[dict[str, Run], Path]:
    tmp = tmp_path_factory.mktemp("cli")
    runs = _runs(tmp)
    with ThreadPoolExecutor(max_workers=8) as pool:
        futures = {name: pool.submit(run_cli, *args, timeout=180) for name, args in runs.items()}
        return {name: f.result() for name, f in futures.items()}, tmp


def run(cli, name: str) -> Run:
    return cli[0][name]


# ---------------------------------------------------------------- outputs


def test_csv_output(cli):
    r = run(cli, "seeds_csv")
    assert r.returncode == 0, r.stderr
    with (cli[1] / "out" / "events.csv").open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
    assert tuple(reader.fieldnames) == COLUMN_NAMES
    assert len(rows) == 29
    for row in rows:
        for column in DATE_COLUMNS:
            assert row[column] == "" or ISO_DAY.match(row[column]), (column, row[column])
    assert {row["date"] for row in rows if row["date_text"] == "last fall"} == {"2020-09-01"}


def test_json_output_chosen_by_suffix(cli):
    r = run(cli, "seeds_json_suffix")
    assert r.returncode == 0, r.stderr
    records = json.loads((cli[1] / "out" / "events.json").read_text(encoding="utf-8"))
    assert len(records) == 29
    assert all(tuple(rec) == COLUMN_NAMES for rec in records)
    for rec in records:
        for column in DATE_COLUMNS:
            assert rec[column] in ("", None) or ISO_DAY.match(rec[column]), (column, rec[column])
    assert {rec["date"] for rec in records if rec["date_text"] == "24 December 2021"} == {"2021-12-24"}


def test_json_format_to_stdout_and_quiet(cli):
    r = run(cli, "seeds_stdout_json_quiet")
    assert r.returncode == 0
    records = json.loads(r.stdout)
    assert len(records) == 29 and tuple(records[0]) == COLUMN_NAMES
    assert r.stderr == ""


def test_stderr_has_one_line_per_document(cli):
    lines = run(cli, "seeds_csv").stderr.splitlines()
    for doc in SEED_DOCS:
        assert sum(line.startswith(f"{doc}: ") for line in lines) == 1, lines
    assert any("29 events from 5 document(s)" in line for line in lines)


# ---------------------------------------------------------------- bad input


def test_no_traceback_for_any_input(cli):
    for name, r in cli[0].items():
        assert "Traceback" not in r.stderr, (name, r.stderr)


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_line_names_file_and_problem(cli, name):
    r = run(cli, "bad")
    (line,) = [x for x in r.stderr.splitlines() if x.startswith(f"{name}: ")]
    assert any(word in line.lower() for word in BAD_FILES[name]), line


def test_bad_corpus_still_exits_zero_with_the_good_events(cli):
    r = run(cli, "bad")
    assert r.returncode == 0, r.stderr
    lines = r.stderr.splitlines()
    for doc in ("good.txt", "cp1252.txt", "nodates.txt"):
        assert sum(line.startswith(f"{doc}: ") for line in lines) == 1, lines
    with (cli[1] / "out" / "bad.csv").open(newline="", encoding="utf-8") as fh:
        assert sorted((row["doc"], row["date"]) for row in csv.DictReader(fh)) == [
            ("cp1252.txt", "2020-01-14"),
            ("good.txt", "2020-01-13"),
        ]


def test_non_utf8_line_names_the_encoding(cli):
    (line,) = [x for x in run(cli, "bad").stderr.splitlines() if x.startswith("cp1252.txt: ")]
    message = line.removeprefix("cp1252.txt: ")
    assert re.search(r"(?i)utf-8|cp1252|windows-1252|latin|encoding", message), line


def test_nothing_readable_exits_non_zero(cli):
    r = run(cli, "nothing_readable")
    assert r.returncode != 0
    assert "error:" in r.stderr and "no document could be read" in r.stderr
    lines = r.stderr.splitlines()
    for doc in ("a.txt", "b.txt"):
        assert [line for line in lines if line.startswith(f"{doc}: ") and "binary" in line], lines
    assert [line for line in lines if "nowhere" in line and "no such file" in line], lines


def test_unreadable_sources_exits_non_zero(cli):
    r = run(cli, "sources_missing")
    assert r.returncode != 0
    assert "error:" in r.stderr and "--sources" in r.stderr and "nowhere.csv" in r.stderr


def test_sources_without_file_column_warns_and_goes_on(cli):
    r = run(cli, "sources_no_file_column")
    assert r.returncode == 0
    warnings = [line for line in r.stderr.splitlines() if "sources.csv" in line and "'file' column" in line]
    assert warnings, r.stderr
    assert [line for line in r.stderr.splitlines() if line.startswith("good.txt: ") and "1 dated event" in line]


@pytest.mark.parametrize(
    "words",
    [
        pytest.param(("line 2", "good.txt", "unparseable"), id="unparseable-date"),
        pytest.param(("line 4", "duplicate", "cp1252.txt"), id="duplicate-row"),
        pytest.param(("ghost.txt", "no such document"), id="row-for-missing-file"),
    ],
)
def test_sources_problems_are_named(cli, words):
    r = run(cli, "sources_messy")
    assert r.returncode == 0
    assert [line for line in r.stderr.splitlines() if "sources.csv" in line and all(w in line for w in words)], r.stderr


def test_unwritable_output(tmp_path, capsys):
    from timeline.cli import main

    assert main(["extract", str(SEEDS / SEED_DOCS[0]), "-o", str(tmp_path)]) != 0
    err = capsys.readouterr().err
    assert "error:" in err and "cannot write" in err


def test_sources_that_is_a_folder(tmp_path, capsys):
    from timeline.cli import main

    assert main(["extract", str(SEEDS / SEED_DOCS[0]), "--sources", str(tmp_path)]) != 0
    assert "--sources" in capsys.readouterr().err


# ---------------------------------------------------------------- help


@pytest.mark.parametrize("name", ["extract_help", "dates_help"])
def test_help_shows_examples(cli, name):
    r = run(cli, name)
    assert r.returncode == 0
    assert "examples:" in r.stdout
    assert re.search(r"python -m timeline (extract|dates) \S+", r.stdout)


# ---------------------------------------------------------------- dates command


def test_dates_command(cli):
    r = run(cli, "dates")
    assert r.returncode == 0, r.stderr
    items = json.loads(r.stdout)
    assert all({"start", "end", "text", "value", "precision", "basis"} <= set(item) for item in items)
    assert [(i["text"], i["value"], i["precision"], i["basis"]) for i in items] == [
        ("Wednesday", "2020-12-30", "day", "publication"),
        ("24 December 2021", "2021-12-24", "day", "explicit"),
    ]
    assert all(DATES_TEXT[i["start"] : i["end"]] == i["text"] for i in items)


def test_dates_command_without_publication(cli):
    items = json.loads(run(cli, "dates_unpublished").stdout)
    by_text = {i["text"]: i for i in items}
    assert (by_text["Wednesday"]["value"], by_text["Wednesday"]["basis"]) == ("", "unresolved")
    assert by_text["24 December 2021"]["value"] == "2021-12-24"


@pytest.mark.parametrize(
    "name,words",
    [
        pytest.param("dates_bad_published", ("--published", "someday"), id="bad-published"),
        pytest.param("dates_binary", ("binary.txt", "binary"), id="binary-file"),
    ],
)
def test_dates_command_errors(cli, name, words):
    r = run(cli, name)
    assert r.returncode != 0
    assert r.stderr.startswith("error:") and all(w in r.stderr for w in words), r.stderr


def test_top_level_help_shows_examples(capsys):
    from timeline.cli import main

    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    assert "examples:" in capsys.readouterr().out


def test_dates_command_missing_file(tmp_path, capsys):
    from timeline.cli import main

    assert main(["dates", str(tmp_path / "nowhere.txt")]) != 0
    err = capsys.readouterr().err
    assert "nowhere.txt" in err and "cannot read" in err


def test_single_file_is_reported_by_its_name(tmp_path, capsys):
    """The same entry point in-process: a document given as a file path is reported by its name."""
    from timeline.cli import main

    (tmp_path / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "a.csv")]) == 0
    assert capsys.readouterr().err.startswith("a.txt: published")


# ---------------------------------------------------------------- event store, Parquet, progress


def test_store_run_as_a_user_runs_it(tmp_path):
    store = tmp_path / "store"
    first = run_cli("extract", SEEDS, "--store", store, "--progress")
    assert first.returncode == 0, first.stderr
    assert "5 new, 0 changed, 0 unchanged, 0 removed; 5 document(s) in the store" in first.stderr
    assert "doc/s]" in first.stderr  # the bar, asked for with --progress although stderr is not a terminal
    for doc in SEED_DOCS:
        assert sum(f"{doc}: published" in line for line in first.stderr.splitlines()) == 1
    again = run_cli("extract", SEEDS, "--store", store, "-o", tmp_path / "events.parquet")
    assert again.returncode == 0, again.stderr
    assert "0 new, 0 changed, 5 unchanged" in again.stderr and "doc/s]" not in again.stderr
    assert "29 events from 5 document(s)" in again.stderr
    assert (store / "manifest.sqlite").is_file() and list((store / "events").glob("month=*/*.parquet"))


def test_parquet_output_and_its_errors(tmp_path):
    out = run_cli("extract", SEEDS, "--format", "parquet", "-o", tmp_path / "events.bin", "-q", "--progress")
    assert out.returncode == 0 and out.stderr == ""  # -q: no report lines and no bar, even with --progress
    table = pq.read_table(tmp_path / "events.bin")
    assert tuple(table.column_names) == COLUMN_NAMES and table.num_rows == 29
    to_stdout = run_cli("extract", SEEDS, "--format", "parquet")
    assert to_stdout.returncode == 2 and "needs -o FILE" in to_stdout.stderr
    (tmp_path / "not_a_store").mkdir()
    (tmp_path / "not_a_store" / "notes.txt").write_text("mine", encoding="utf-8")
    refused = run_cli("extract", SEEDS, "--store", tmp_path / "not_a_store")
    assert refused.returncode == 2 and "not an event store" in refused.stderr and "Traceback" not in refused.stderr


def test_the_progress_bar_starts_no_thread():
    """A second thread would make the pipeline extract in-process instead of forking its workers."""
    before = threading.active_count()
    bar = _progress_bar(argparse.Namespace(quiet=False, progress=True), 10)
    assert bar is not None
    try:
        assert threading.active_count() == before
    finally:
        bar.close()


# ---------------------------------------------------------------- chronology


def _chronology_runs(tmp: Path) -> dict[str, list[str | Path]]:
    out = tmp / "chron"
    out.mkdir()
    return {
        "html": ["chronology", SEEDS, "-o", out / "chronology.html", "--title", "Libya <talks>"],
        "docx": ["chronology", SEEDS, "-o", out / "chronology.docx", "--no-chart", "-q"],
        "md": ["chronology", SEEDS, "-o", out / "chronology.md", "--no-chart", "--from", "2020-01-01", "-q"],
        "csv": ["chronology", SEEDS, "-o", out / "briefing.csv", "-q"],
        "key": ["chronology", SEEDS, "-o", out / "key.txt", "--format", "md", "--key-events", "--no-chart", "-q"],
        "filtered": [
            "chronology",
            SEEDS,
            "-o",
            out / "t.csv",
            "--type",
            "talks",
            "--actor",
            "Russia",
            "--to",
            "2020-12-31",
        ],
        "bad_to": ["chronology", SEEDS, "-o", out / "x.html", "--to", "2020"],
        "bad_from": ["chronology", SEEDS, "-o", out / "x.html", "--from", "2020-13-01"],
        "reversed": ["chronology", SEEDS, "-o", out / "x.html", "--from", "2021-01-01", "--to", "2020-01-01"],
        "bad_suffix": ["chronology", SEEDS, "-o", out / "x.pdf"],
        "nothing": ["chronology", tmp / "nowhere", "-o", out / "nothing.html"],
    }


@pytest.fixture(scope="module")
def chronology_cli(tmp_path_factory) -> tuple[dict[str, Run], Path]:
    tmp = tmp_path_factory.mktemp("chronology_cli")
    runs = _chronology_runs(tmp)
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = {name: pool.submit(run_cli, *args, timeout=180) for name, args in runs.items()}
        return {name: f.result() for name, f in futures.items()}, tmp / "chron"


def _seed_urls() -> dict[str, str]:
    with (SEEDS / "sources.csv").open(newline="", encoding="utf-8") as fh:
        return {row["file"]: row["url"] for row in csv.DictReader(fh)}


def test_chronology_html_from_the_command_line(chronology_cli):
    runs, out = chronology_cli
    r = runs["html"]
    assert r.returncode == 0, r.stderr
    assert "20 events (2 undated left out) from 5 document(s)" in r.stderr
    page = (out / "chronology.html").read_text(encoding="utf-8")
    assert "<h1>Libya &lt;talks&gt;</h1>" in page
    dates = re.findall(r'<article class="entry" data-date="(\d{4}-\d\d-\d\d)"', page)
    assert len(dates) == 20 and dates == sorted(dates)
    # the chart is embedded (Debian's chromium drives kaleido; CI installs it)
    assert 'src="data:image/png;base64,iVBORw0KGgo' in page, r.stderr
    for url in filter(None, _seed_urls().values()):
        assert f'href="{url}"' in page


def test_chronology_docx_md_and_key_events_from_the_command_line(chronology_cli):
    import docx

    runs, out = chronology_cli
    for name in ("docx", "md", "key"):
        assert runs[name].returncode == 0, runs[name].stderr
        assert runs[name].stderr == ""
    document = docx.Document(str(out / "chronology.docx"))
    assert sum(1 for p in document.paragraphs if p.style.name == "Chronology Date") == 20
    assert "Chart image unavailable." in [p.text for p in document.paragraphs]
    md = (out / "chronology.md").read_text(encoding="utf-8")
    headings = [line for line in md.splitlines() if line.startswith("### ")]
    # from 2020-01-01: the 2011, 2019 and December 2019 events are left out
    assert len(headings) == 17 and headings[0].startswith("### 5 January 2020")
    assert "events from 2020-01-01" in md
    key = (out / "key.txt").read_text(encoding="utf-8")
    assert "key events only (reported by 2 documents or more)" in key
    # the seeds' events reported by two documents: 2011, 23 October 2020, 30 December 2020, 24 December 2021
    assert [line.split(" (")[0] for line in key.splitlines() if line.startswith("### ")] == [
        "### 2011",
        "### 23 October 2020",
        "### 30 December 2020",
        "### 24 December 2021",
    ]


def test_chronology_briefing_csv_from_the_command_line(chronology_cli):
    runs, out = chronology_cli
    assert runs["csv"].returncode == 0, runs["csv"].stderr
    data = (out / "briefing.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert len(rows) == 20
    assert rows[0]["Date"] == "2011" and rows[-1]["Date"] == "24 December 2021"
    assert runs["filtered"].returncode == 0, runs["filtered"].stderr
    talks = list(csv.DictReader(io.StringIO((out / "t.csv").read_text(encoding="utf-8-sig"), newline="")))
    assert talks and all(r["Type"] == "talks" and "Russia" in r["Actors"] for r in talks)
    assert all(r["Date (ISO)"] <= "2020-12-31" for r in talks)


def test_chronology_bad_arguments_exit_2_with_a_message(chronology_cli):
    runs, out = chronology_cli
    expected = {
        "bad_from": "--from 2020-13-01: not a date",
        "reversed": "--from 2021-01-01 is after --to 2020-01-01",
        "bad_suffix": "cannot tell the format",
        "bad_to": "--to 2020: not a date",
        "nothing": "no document could be read",
    }
    for name, message in expected.items():
        assert runs[name].returncode == 2, (name, runs[name].stderr)
        assert message in runs[name].stderr, (name, runs[name].stderr)
        assert "Traceback" not in runs[name].stderr
    assert not (out / "x.html").exists() and not (out / "nothing.html").exists()


@pytest.mark.parametrize(
    "how",
    [("-o", "events.json"), ("-o", "events.csv"), ("--store", "store"), ("--store", "store", "-o", "events.parquet")],
    ids=["json", "csv", "store", "store-output"],
)
def test_strict_exits_3_when_a_document_is_not_read(tmp_path, capsys, how):
    """Without --strict unreadable files are reported and the run exits 0; with it, 3 (the output still written)."""
    from timeline.cli import EXIT_UNREAD, main

    corpus = write_bad_corpus(tmp_path / "corpus")
    clean = tmp_path / "clean"
    clean.mkdir()
    (clean / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")

    def run(folder: Path, where: Path, *strict: str) -> int:
        where.mkdir()
        options = [str(where / part) if i % 2 else part for i, part in enumerate(how)]
        return main(["extract", str(folder), *options, "-q", *strict])

    assert run(corpus, tmp_path / "plain") == 0
    capsys.readouterr()
    assert run(corpus, tmp_path / "strict", "--strict") == EXIT_UNREAD == 3
    err = capsys.readouterr().err
    assert re.search(r"^error: [1-9]\d* document\(s\) not read or skipped \(--strict\)$", err, re.M), err
    assert (tmp_path / "strict" / how[-1]).exists()  # the output of the documents that were read is written
    assert run(clean, tmp_path / "clean_out", "--strict") == 0


def test_strict_chronology(tmp_path, capsys):
    from timeline.cli import EXIT_UNREAD, main

    corpus = write_bad_corpus(tmp_path / "corpus")
    out = tmp_path / "c.md"
    assert main(["chronology", str(corpus), "-o", str(out), "--no-chart", "-q"]) == 0
    assert main(["chronology", str(corpus), "-o", str(out), "--no-chart", "-q", "--strict"]) == EXIT_UNREAD
    assert out.read_text(encoding="utf-8").strip()
    assert "not read or skipped (--strict)" in capsys.readouterr().err
