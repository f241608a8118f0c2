"""Which date rules put the wrong and false rows: right / lenient / wrong / false counts per (date_basis, date_rule).

usage: python benchmarks/rule_precision.py --set heldoutN [--show]
       python benchmarks/rule_precision.py --set all          (every study and check dev half, summed)

Only dev halves are read (there is no --half: a held half is never scored here).  Rows are matched to the gold as
the shared scorer does (`timeline.evaluation.match`, the rules of score_events.py): among the system rows that carry
a date, a row is RIGHT when it takes a gold row with exactly its period, LENIENT when its period lies inside the
gold's or holds it, WRONG when it takes a gold row with another date and FALSE when it takes no gold row.  All
but the right ones cost precision.  `--show` lists the rows that cost precision with their rule and text; it is
allowed on the study sets only (the odd sets' dev halves), never on the check sets (the even ones).

MEASURED_TABLE
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.evaluation import dated, match, read_rows  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
STUDY = tuple(f"heldout{n}" for n in ("", 3, 5, 7, 9, 11, 13, 15, 16, 17, 18, 19, 21, 22))
CHECK = tuple(f"heldout{n}" for n in (2, 4, 6, 8, 10, 12, 14, 20))
VERDICTS = ("right", "lenient", "wrong", "false")


def verdicts(gold: list[dict[str, str]], system: list[dict[str, str]]) -> list[tuple[str, dict[str, str], str]]:
    """(verdict, system row, gold date or '') for every system row the scorer judges (those with a date)."""
    system = dated(gold, system)
    taken: dict[int, tuple[int, dict[str, str]]] = {}
    for g, (i, rank) in zip(gold, match(gold, system), strict=True):
        if i is not None:
            taken[i] = (rank, g)
    out = []
    for i, s in enumerate(system):
        if i not in taken:
            out.append(("false", s, ""))
            continue
        rank, g = taken[i]
        out.append((("wrong", "lenient", "right")[rank], s, f"{g['date']} {g.get('precision', '')}".strip()))
    return out


def judge_half(folder: Path) -> list[tuple[str, dict[str, str], str]]:
    from timeline.pipeline import extract

    extraction = extract([folder / "docs"], sources=folder / "sources.csv")
    with tempfile.TemporaryDirectory() as tmp:
        events = Path(tmp) / "events.csv"
        extraction.frame.to_csv(events, index=False)  # read back as the scorer reads it: text as written
        return verdicts(read_rows(folder / "gold.csv"), read_rows(events))


def key(row: dict[str, str]) -> tuple[str, str]:
    return row.get("date_basis") or "-", row.get("date_rule") or "-"


def table(counts: dict[tuple[str, str], Counter[str]], title: str) -> list[str]:
    lines = [f"{title:40s} {'right':>5s} {'len':>4s} {'wrong':>5s} {'false':>5s}  prec"]
    for k, c in sorted(counts.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])):
        n = sum(c.values())
        name = " / ".join(x for x in k if x)
        lines.append(
            f"{name[:40]:40s} {c['right']:5d} {c['lenient']:4d} {c['wrong']:5d} {c['false']:5d}  {c['right'] / n:.2f}"
        )
    return lines


def summary(judged: dict[str, list[tuple[str, dict[str, str], str]]]) -> list[str]:
    by_rule: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    by_basis: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    by_published: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    spread: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for name, rows in judged.items():
        for verdict, row, _ in rows:
            by_rule[key(row)][verdict] += 1
            by_basis[(key(row)[0], "")][verdict] += 1
            by_published[(row.get("published_basis") or "-", "")][verdict] += 1
            if verdict != "right":
                spread[key(row)][name.removeprefix("heldout") or "1"] += 1
    lines = [*table(by_rule, "basis / rule"), "", *table(by_basis, "basis")]
    lines += ["", *table(by_published, "publication date's basis")]
    if len(judged) > 1:
        worst = sorted(spread, key=lambda k: (-sum(spread[k].values()), k))[:10]
        lines += ["", "worst 10 rules (rows costing precision; per set: set=count)"]
        for k in worst:
            per = " ".join(f"{s}={n}" for s, n in sorted(spread[k].items(), key=lambda x: int(x[0])))
            lines.append(f"{' / '.join(k)[:40]:40s} {sum(spread[k].values()):4d}  {per}")
    return lines


def main(argv: list[str]) -> int:
    chosen = argv[argv.index("--set") + 1] if "--set" in argv and argv.index("--set") + 1 < len(argv) else "heldout"
    show = "--show" in argv
    if "--half" in argv:
        print("error: only dev halves are read here (no --half)", file=sys.stderr)
        return 2
    names = STUDY + CHECK if chosen == "all" else (chosen,)
    if chosen != "all" and chosen not in STUDY + CHECK:
        print(f"error: --set must be all or one of {', '.join(STUDY + CHECK)}", file=sys.stderr)
        return 2
    if show and (chosen == "all" or chosen not in STUDY):
        print("error: --show only on a study set's dev half (check sets give counts only)", file=sys.stderr)
        return 2
    judged = {name: judge_half(DATA / name / "dev") for name in names}
    for line in summary(judged):
        print(line)
    if show:
        print()
        for verdict, row, gold in judged[chosen]:
            if verdict != "right":
                print(
                    f"{verdict:7s} {row['doc'][:28]:28s} {'/'.join(key(row)):32s} {row.get('date_text', '')!r:30s} "
                    f"got={row['date']} {row.get('precision', '')} gold={gold or '-'} "
                    f"pub={row.get('published', '')[:10]}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
