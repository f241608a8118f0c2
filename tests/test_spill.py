"""The command line's CSV from rows kept on disk (`extract_spilled`): byte for byte the CSV of `extract`'s
frame, whatever the number of date ranges and worker processes, with an analyst's headlines and without
the formula guard."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from conftest import SEEDS
from corpus_gen import write_corpus

from timeline.config import load_config
from timeline.core.frame import records_for_export
from timeline.pipeline import extract, extract_spilled, prepare
from timeline.view.export import guard_formulas, write_csv


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("spill") / "corpus", 40)


def _expected(folder: Path, headlines=None, guard: bool = True) -> str:
    frame = extract([folder], headline_overrides=headlines).frame
    table = records_for_export(frame)
    out = io.StringIO()
    write_csv(guard_formulas(table) if guard else table, out)
    return out.getvalue()


def _spilled(folder: Path, workers: int, rows_per_range: int, headlines=None, guard: bool = True) -> tuple[str, int]:
    prepared = prepare([folder], load_config(workers=workers), keep_texts=False)
    batches = []
    with extract_spilled(
        prepared, headline_overrides=headlines, on_batch=batches.append, rows_per_range=rows_per_range
    ) as run:
        out = io.StringIO()
        n = run.write_csv(out, guard=guard)
    assert sum(len(b.reports) for b in batches) == len(run.reports) == len(prepared.items)
    return out.getvalue(), n


@pytest.mark.parametrize(("workers", "rows_per_range"), [(1, 20_000), (1, 7), (2, 25)])
def test_the_spilled_csv_is_extracts_csv(corpus, workers, rows_per_range):
    expected = _expected(corpus)
    text, n = _spilled(corpus, workers, rows_per_range)
    assert text == expected
    assert n == len(extract([corpus]).frame) > 100


def test_the_spilled_csv_has_the_analysts_headlines_and_can_go_unguarded(corpus):
    frame = extract([corpus]).frame
    first = frame.iloc[len(frame) // 2]
    headlines = {(first["doc"], first["mention_id"]): "=Analyst's headline"}
    text, _ = _spilled(corpus, 2, 50, headlines=headlines, guard=False)
    assert text == _expected(corpus, headlines, guard=False)
    assert ",=Analyst's headline," in text
    guarded, _ = _spilled(corpus, 1, 50, headlines=headlines)
    assert ",'=Analyst's headline," in guarded


def test_a_corpus_without_events_gives_the_header_alone(tmp_path):
    (tmp_path / "a.txt").write_text("Nothing dated is said here.\n\nNor here.\n", encoding="utf-8")
    text, n = _spilled(tmp_path, 1, 100)
    assert n == 0 and text == _expected(tmp_path) and text.count("\n") == 1


def test_the_seeds_spilled(tmp_path):
    text, _ = _spilled(SEEDS, 1, 3)
    assert text == _expected(SEEDS)
