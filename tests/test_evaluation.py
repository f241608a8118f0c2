"""The project's scorer (timeline.evaluation) against the seeds' gold, and against the official shared scorer.

The official scorer is /work/shared/eval/score_events.py (in CI: ../shared/eval beside the clone).
"""

from __future__ import annotations

import csv
import importlib.util
import os
from pathlib import Path

import pytest
from conftest import GOLD, ROOT, SEEDS

from timeline.core.frame import records_for_export
from timeline.pipeline import extract

OFFICIAL = ROOT.parent / "shared" / "eval" / "score_events.py"


def gold_rows() -> list[dict[str, str]]:
    with GOLD.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def system_rows(frame) -> list[dict[str, str]]:
    return [{k: str(v) for k, v in row.items()} for row in records_for_export(frame).to_dict("records")]


@pytest.fixture(scope="module")
def seeds_rows() -> list[dict[str, str]]:
    return system_rows(extract([SEEDS]).frame)


def official():
    if not OFFICIAL.is_file() and not os.environ.get("CI"):
        pytest.skip(f"the official scorer is not beside this clone ({OFFICIAL}); CI always has it")
    assert OFFICIAL.is_file(), f"the official scorer is expected at {OFFICIAL}"
    spec = importlib.util.spec_from_file_location("score_events", OFFICIAL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def official_score(gold, system) -> tuple[float, float, float]:
    """strict_recall, precision, f1 exactly as score_events.py computes them in main()."""
    module = official()
    docs = {g["doc"] for g in gold}
    system = [s for s in system if s.get("doc") in docs and (s.get("date") or "").strip()]
    results, _ = module.score(gold, system)
    strict = sum(r[2] == "strict" for r in results)
    precision = strict / len(system) if system else 0.0
    recall = strict / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return recall, precision, f1


def test_seeds_f1_at_least_0_90(seeds_rows):
    from timeline.evaluation import score

    result = score(gold_rows(), seeds_rows)
    assert result.f1 >= 0.90, result


def test_seeds_precision_is_perfect(seeds_rows):
    """Every date the system claims on the seeds is the gold one (a wrong date is worse than none)."""
    from timeline.evaluation import score

    assert score(gold_rows(), seeds_rows).precision == 1.0


def test_same_numbers_as_the_official_scorer(seeds_rows):
    from timeline.evaluation import score

    gold = gold_rows()
    result = score(gold, seeds_rows)
    recall, precision, f1 = official_score(gold, seeds_rows)
    assert (result.strict / result.gold, result.precision, result.f1) == pytest.approx((recall, precision, f1))


def _perturbed(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Seeds output with one wrong date, one coarser date, one dropped row and one extra row."""
    out = [dict(r) for r in rows]
    wrong = next(r for r in out if r["date_text"] == "October 23")
    wrong["date"] = "2020-10-24"
    coarse = next(r for r in out if r["date_text"] == "Jan. 8")
    coarse["precision"] = "month"
    out = [r for r in out if r["date_text"] != "last fall"]
    extra = dict(next(r for r in out if r["date_text"] == "Monday"))
    extra.update(date_text="Monday", passage_start="1", passage_end="5", date="2020-01-06")
    return [*out, extra]


def test_same_numbers_as_the_official_scorer_on_mistakes(seeds_rows):
    from timeline.evaluation import score

    gold, system = gold_rows(), _perturbed(seeds_rows)
    result = score(gold, system)
    recall, precision, f1 = official_score(gold, system)
    assert (result.strict / result.gold, result.precision, result.f1) == pytest.approx((recall, precision, f1))
    assert result.lenient - result.strict == 1  # Jan. 8 at month precision contains the gold day


def test_perfect_system_scores_one():
    from timeline.evaluation import score

    gold = gold_rows()
    system = [
        {"doc": g["doc"], "date": g["date"], "precision": g["precision"], "date_text": g["date_text"],
         "passage_start": g["start"], "passage_end": g["end"]}
        for g in gold
    ]  # fmt: skip
    result = score(gold, system)
    assert (result.strict, result.precision, result.f1) == (len(gold), 1.0, 1.0)


def test_unresolved_rows_make_no_claim():
    from timeline.evaluation import score

    gold = [{"doc": "a", "start": "0", "end": "10", "date_text": "Monday", "date": "2020-01-13", "precision": "day"}]
    empty = [{"doc": "a", "date": "", "precision": "", "date_text": "Monday", "passage_start": "0", "passage_end": "9"}]
    result = score(gold, empty)
    assert (result.system, result.strict, result.precision) == (0, 0, 0.0)


def test_winter_gold_date():
    from timeline.evaluation import score

    gold = [{"doc": "a", "start": "0", "end": "10", "date_text": "last winter", "date": "2019-WI",
             "precision": "season"}]  # fmt: skip
    system = [{"doc": "a", "date": "2019-12-01", "precision": "season", "date_text": "last winter",
               "passage_start": "0", "passage_end": "12"}]  # fmt: skip
    assert score(gold, system).strict == 1


def test_score_file_paths(tmp_path: Path, seeds_rows):
    from timeline.evaluation import read_rows, score

    path = tmp_path / "events.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(seeds_rows[0]))
        writer.writeheader()
        writer.writerows(seeds_rows)
    assert score(read_rows(GOLD), read_rows(path)) == score(gold_rows(), seeds_rows)
