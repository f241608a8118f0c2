"""benchmarks/rule_precision.py: its rows judged as the shared scorer matches them, on an invented gold/events pair."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

from timeline.evaluation import score

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from rule_precision import main, summary, verdicts  # noqa: E402

GOLD = [
    # doc, quote span, date text, date, precision
    {"doc": "a.txt", "start": "0", "end": "40", "date_text": "on 3 May", "date": "2021-05-03", "precision": "day"},
    {"doc": "a.txt", "start": "50", "end": "90", "date_text": "in June", "date": "2021-06", "precision": "month"},
    {"doc": "a.txt", "start": "100", "end": "140", "date_text": "last week", "date": "2021-W20", "precision": "week"},
    {"doc": "a.txt", "start": "150", "end": "190", "date_text": "Monday", "date": "2021-05-24", "precision": "day"},
]


def _row(doc, start, end, text, date, precision, basis, rule):
    return {
        "doc": doc, "passage_start": str(start), "passage_end": str(end), "date_text": text, "date": date,
        "precision": precision, "date_basis": basis, "date_rule": rule,
    }  # fmt: skip


EVENTS = [
    _row("a.txt", 5, 30, "3 May", "2021-05-03", "day", "publication", "day_month"),  # right
    _row("a.txt", 55, 80, "June", "2021-06-01", "day", "publication", "month_past"),  # lenient: a day in June
    _row("a.txt", 105, 130, "last week", "2021-05-10", "week", "publication", "relative_week"),  # wrong week
    _row("a.txt", 300, 330, "Friday", "2021-05-21", "day", "publication", "weekday_past"),  # false: no gold there
    _row("a.txt", 155, 170, "Monday", "", "", "unresolved", "weekday_past"),  # no date: not judged
    _row("b.txt", 0, 20, "Tuesday", "2021-05-25", "day", "publication", "weekday_past"),  # no gold doc: not judged
]


def test_each_dated_row_is_judged_as_the_scorer_matches_it():
    judged = [(verdict, row["date_text"], gold) for verdict, row, gold in verdicts(GOLD, EVENTS)]
    assert judged == [
        ("right", "3 May", "2021-05-03 day"),
        ("lenient", "June", "2021-06 month"),
        ("wrong", "last week", "2021-W20 week"),
        ("false", "Friday", ""),
    ]


def test_the_counts_agree_with_the_project_scorer():
    counts = Counter(verdict for verdict, _, _ in verdicts(GOLD, EVENTS))
    scored = score(GOLD, EVENTS)
    assert (counts["right"], sum(counts.values())) == (scored.strict, scored.system)


def test_the_summary_counts_per_basis_and_rule():
    lines = summary({"heldoutX": verdicts(GOLD, EVENTS)})
    assert any(line.startswith("publication / weekday_past") and line.split()[-5:] == ["0", "0", "0", "1", "0.00"]
               for line in lines)  # fmt: skip


@pytest.mark.parametrize(
    "argv",
    [
        ["--set", "heldout2", "--show"],  # a check set: counts only
        ["--set", "all", "--show"],
        ["--set", "heldout3", "--half", "held-out"],  # only dev halves are read
        ["--set", "heldout23"],  # not a study or check set here
    ],
)
def test_refused(argv):
    assert main(argv) == 2
