"""Score the tagger on date phrases from public taggers' test corpora (benchmarks/data/phrases/*.tsv).

usage: python benchmarks/phrase_eval.py [TSV ...] [--half dev|held-out|all] [--show]

The half is dev unless told; --show only with dev (so a bare run never scores or shows a blind half).

Each phrase is tagged alone, as `python -m timeline dates --published REFERENCE` would tag it, and the
best mention (the resolved date mention covering most of the phrase) is compared with the expected
period:
  right    its first and last day are the expected ones; for a part of a period (precision_hint
           such as `month-END`: "late March", "the end of the year") the modifier and the period it
           narrows are compared instead, since taggers cut "late" at different days;
  coarse   it contains the expected period but is wider ("two years ago" read as a year, not a month);
  wrong    anything else it resolves to;
  missing  no resolved date mention.
A row whose precision_hint is `none` is a phrase that holds no date: right when nothing is resolved,
wrong otherwise.  Accuracy is right / rows.

The rows are split in two halves by a hash of the phrase: `dev` may be inspected and tuned on,
`held-out` is scored but never inspected (`--show` is refused for it).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE))

from dev_split import half_and_show, positional  # noqa: E402

from timeline.core.models import TimeMention  # noqa: E402
from timeline.core.periods import parse_value  # noqa: E402
from timeline.temporal.rules import load_temporal_rules, with_date_order  # noqa: E402
from timeline.temporal.tagger import Reference, tag  # noqa: E402

DATA = HERE / "benchmarks" / "data" / "phrases"
OUTCOMES = ("right", "coarse", "wrong", "missing")


@dataclass(frozen=True, slots=True)
class Row:
    phrase: str
    reference: dt.date
    start: dt.date | None
    end: dt.date | None
    hint: str
    source: str


def half_of(phrase: str) -> str:
    """`dev` or `held-out`, fixed by the phrase's text alone."""
    return "dev" if hashlib.sha256(phrase.encode("utf-8")).digest()[0] % 2 == 0 else "held-out"


def read_rows(path: Path) -> list[Row]:
    with path.open(newline="", encoding="utf-8") as fh:
        return [
            Row(
                r["phrase"],
                dt.date.fromisoformat(r["reference_date"]),
                dt.date.fromisoformat(r["expected_start"]) if r["expected_start"] else None,
                dt.date.fromisoformat(r["expected_end"]) if r["expected_end"] else None,
                r["precision_hint"],
                path.stem,
            )
            for r in csv.DictReader(fh, delimiter="\t")
        ]


def best_mention(mentions: list[TimeMention]) -> TimeMention | None:
    """The resolved date mention covering most of the phrase (the first of equals)."""
    dated = [m for m in mentions if m.kind == "date" and m.period is not None]
    return max(dated, key=lambda m: m.end - m.start, default=None)


def outcome(row: Row, mention: TimeMention | None) -> str:
    if row.hint == "none":
        return "right" if mention is None else "wrong"
    if mention is None or mention.period is None or row.start is None or row.end is None:
        return "missing"
    p = mention.period
    if "-" in row.hint:
        modifier = row.hint.split("-", 1)[1]
        if p.modifier == modifier:
            try:
                whole = parse_value(p.value)
            except ValueError:
                whole = p
            if whole.start <= row.start and row.end <= whole.end:
                return "right"
    elif (p.start, p.end) == (row.start, row.end):
        return "right"
    if p.start <= row.start and row.end <= p.end:
        return "coarse"
    return "wrong"


def evaluate(rows: list[Row]) -> list[tuple[Row, str, TimeMention | None]]:
    rules = with_date_order(load_temporal_rules(), None)
    results = []
    for row in rows:
        mention = best_mention(tag(row.phrase, Reference(row.reference), rules=rules))
        results.append((row, outcome(row, mention), mention))
    return results


def main(argv: list[str]) -> int:
    asked = half_and_show(argv)
    if asked is None:
        return 2
    half, show = asked
    paths = [Path(a) for a in positional(argv)]
    paths = paths or sorted(DATA.glob("*.tsv"))
    rows = [r for p in paths for r in read_rows(p) if half == "all" or half_of(r.phrase) == half]
    results = evaluate(rows)
    print(f"date phrases, half: {half}")
    print(f"{'source':<22}{'rows':>6}" + "".join(f"{o:>9}" for o in OUTCOMES) + f"{'accuracy':>10}")
    for source in [*sorted({r.source for r in rows}), "ALL"]:
        mine = [o for r, o, _ in results if source in ("ALL", r.source)]
        counts = Counter(mine)
        accuracy = counts["right"] / len(mine) if mine else 0.0
        print(f"{source:<22}{len(mine):>6}" + "".join(f"{counts[o]:>9}" for o in OUTCOMES) + f"{accuracy:>10.3f}")
    if show:
        for row, result, m in results:
            if result != "right":
                got = f"{m.text!r} -> {m.period.start}..{m.period.end} {m.value} [{m.rule}]" if m and m.period else "-"
                want = f"{row.start}..{row.end} ({row.hint})"
                print(f"{result:<8} {row.phrase!r} ref {row.reference} want {want} got {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
