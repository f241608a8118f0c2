"""One bad input never takes the tool down (issue 13): a failing document is that document's problem,
periods are range-checked, publication dates are absolute and plausible, and time is linear in length."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from conftest import run_cli

from timeline import pipeline
from timeline.core import periods as P
from timeline.core.errors import PeriodRangeError
from timeline.pipeline import extract, extract_texts
from timeline.reading.dateparser_adapter import DateParseError, parse_published
from timeline.text.segment import MAX_SENTENCE, sentence_spans

GOOD = "On 5 March 2020 the talks began in Geneva."


# ---------------------------------------------------------------- one document's failure is its own


def test_an_exception_in_one_document_is_its_report_and_the_others_go_on(monkeypatch):
    real = pipeline.document_events

    def failing(document, *args, **kwargs):
        if document.doc == "bad.txt":
            raise RuntimeError("boom")
        return real(document, *args, **kwargs)

    monkeypatch.setattr(pipeline, "document_events", failing)
    result = extract_texts({"bad.txt": GOOD, "good.txt": GOOD})
    reports = {r.doc: r for r in result.reports}
    assert reports["bad.txt"].status == "error"
    assert reports["bad.txt"].message == "skipped: internal error RuntimeError: boom"
    assert reports["good.txt"].status == "ok"
    assert set(result.frame["doc"]) == {"good.txt"}


def test_an_exception_reading_a_file_is_its_report(monkeypatch, tmp_path):
    (tmp_path / "bad.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    real = pipeline.D.read_file

    def failing(item, *args, **kwargs):
        if item.doc == "bad.txt":
            raise MemoryError("too much")
        return real(item, *args, **kwargs)

    monkeypatch.setattr(pipeline.D, "read_file", failing)
    result = extract([tmp_path])
    reports = {r.doc: r for r in result.reports}
    assert reports["bad.txt"].message.startswith("skipped: internal error MemoryError")
    assert reports["good.txt"].status == "ok"


def test_a_document_over_its_time_budget_is_skipped(monkeypatch):
    monkeypatch.setattr(pipeline, "DOCUMENT_SECONDS", -1.0)
    result = extract_texts({"slow.txt": GOOD})
    assert result.reports[0].status == "error"
    assert result.reports[0].message.startswith("skipped: took")
    assert "budget" in result.reports[0].message


def test_out_of_range_date_arithmetic_does_not_take_the_others_down():
    published = {name: dt.date(2020, 1, 1) for name in ("a.txt", "b.txt", "c.txt")}
    texts = {"a.txt": "The war began 300 decades ago.", "b.txt": GOOD, "c.txt": "It ends 999 decades later."}
    result = extract_texts(texts, published)
    reports = {r.doc: r for r in result.reports}
    assert reports["b.txt"].status == "ok"
    assert set(reports) == set(texts)


def test_text_over_the_size_limit_is_refused():
    from timeline.config import load_config

    result = extract_texts({"big.txt": GOOD * 100, "small.txt": GOOD}, config=load_config(max_bytes=1000))
    reports = {r.doc: r for r in result.reports}
    assert reports["big.txt"].message.startswith("too large")
    assert reports["small.txt"].status == "ok"


# ---------------------------------------------------------------- periods


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda: P.year(-980), id="year-negative"),
        pytest.param(lambda: P.year(12010), id="year-too-late"),
        pytest.param(lambda: P.decade(-980), id="decade"),
        pytest.param(lambda: P.century(101), id="century"),
        pytest.param(lambda: P.month(0, 5), id="month"),
        pytest.param(lambda: P.season(9999, "WI"), id="winter-into-10000"),
        pytest.param(lambda: P.shift_months(dt.date(9999, 12, 1), 1), id="shift-months"),
        pytest.param(lambda: P.week(dt.date(9999, 12, 31)), id="week-past-9999"),
    ],
)
def test_periods_outside_years_1_to_9999_are_a_named_error(make):
    with pytest.raises(PeriodRangeError, match="outside the years 1-9999"):
        make()


def test_periods_at_the_edges_of_the_range():
    assert P.year(1).start == dt.date(1, 1, 1)
    assert P.year(9999).end == dt.date(9999, 12, 31)
    assert P.decade(0).start == dt.date(1, 1, 1)
    assert P.month_end(9999, 12) == dt.date(9999, 12, 31)


# ---------------------------------------------------------------- publication dates


@pytest.mark.parametrize("text", ["9999-12-31", "0001-01-05", "1066-10-14", "yesterday", "3 days ago", "today"])
def test_implausible_or_relative_publication_dates_are_refused(text):
    with pytest.raises(DateParseError):
        parse_published(text)


@pytest.mark.parametrize("text", ["2020-03-05", "5 March 2020", "March 5, 2020", "25/03/1999"])
def test_absolute_publication_dates_are_read(text):
    assert parse_published(text).year in (2020, 1999)


def test_extreme_published_dates_in_sources_are_problems_not_crashes(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("late.txt", "early.txt", "good.txt"):
        (corpus / name).write_text("The talks began yesterday. They end next week.", encoding="utf-8")
    (corpus / "sources.csv").write_text(
        "file,published\nlate.txt,9999-12-31\nearly.txt,0001-01-05\ngood.txt,2020-03-05\n", encoding="utf-8"
    )
    result = extract([corpus])
    assert {r.doc: r.status for r in result.reports} == {"early.txt": "empty", "good.txt": "ok", "late.txt": "empty"}
    assert sum("outside the plausible publication dates" in p for p in result.problems) == 2


@pytest.mark.parametrize("published", ["9999-12-31", "0001-01-05", "yesterday"])
def test_dates_command_refuses_extreme_published(tmp_path, published):
    (tmp_path / "a.txt").write_text("The talks began yesterday.", encoding="utf-8")
    run = run_cli("dates", tmp_path / "a.txt", "--published", published)
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    assert run.stderr.startswith("error: --published")


# ---------------------------------------------------------------- linear time


def test_no_sentence_is_longer_than_the_bound():
    text = ("word, " * 2000 + "\n") + ("x" * 5000) + ". Short one."
    spans = sentence_spans(text)
    assert max(e - s for s, e in spans) <= MAX_SENTENCE
    # Cut at commas where there are some; nothing between the pieces but the separators.
    assert text[spans[0][1] - 1] == ","
    covered = "".join(text[s:e] for s, e in spans)
    assert covered.replace(" ", "").replace(",", "") == text.replace(" ", "").replace(",", "").replace("\n", "")


def test_a_2_mb_single_line_finishes():
    words = [
        "the",
        "army",
        "said",
        "on",
        "5",
        "March",
        "2020",
        "that",
        "forces",
        "moved",
        "near",
        "Tripoli",
        "and",
        "officials",
        "met",
        "in",
        "Geneva",
    ]
    line = " ".join(words[(i * 7) % len(words)] for i in range(200_000))[: 2 * 1024 * 1024 - 1000]
    started = time.monotonic()
    result = extract_texts({"long.txt": line}, {"long.txt": dt.date(2020, 3, 10)})
    elapsed = time.monotonic() - started
    assert result.reports[0].status == "ok"
    assert elapsed < 120, f"2 MB single line took {elapsed:.0f} s"


_REAL_WORKER_BATCH = pipeline._worker_batch


def _dying_worker_batch(items):
    """A worker that dies (as one killed for memory would) on the batch holding doc3.txt."""
    import os

    if any(item.doc == "doc3.txt" for item in items):
        os._exit(1)
    return _REAL_WORKER_BATCH(items)


def test_a_dying_worker_process_does_not_take_the_run_down(monkeypatch, tmp_path):
    from timeline.config import load_config

    for i in range(6):
        (tmp_path / f"doc{i}.txt").write_text(GOOD, encoding="utf-8")
    monkeypatch.setattr(pipeline, "_worker_batch", _dying_worker_batch)
    monkeypatch.setattr(pipeline, "BATCH", 2)
    result = extract([tmp_path], load_config(workers=2))
    assert sorted(r.doc for r in result.reports) == [f"doc{i}.txt" for i in range(6)]
    assert {r.status for r in result.reports} == {"ok"}
