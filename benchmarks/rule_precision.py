"""Which date rules put the wrong and false rows: right / lenient / wrong / false counts per (date_basis, date_rule).

usage: python benchmarks/rule_precision.py --set heldoutN [--show]
       python benchmarks/rule_precision.py --set all          (every study and check dev half, summed)

Only dev halves are read (there is no --half: a held half is never scored here).  Rows are matched to the gold as
the shared scorer does (`timeline.evaluation.match`, the rules of score_events.py): among the system rows that carry
a date, a row is RIGHT when it takes a gold row with exactly its period, LENIENT when its period lies inside the
gold's or holds it, WRONG when it takes a gold row with another date and FALSE when it takes no gold row.  All
but the right ones cost precision.  `--show` lists the rows that cost precision with their rule and text; it is
allowed on the study sets only (the odd sets' dev halves), never on the check sets (the even ones).

Measured over the dev halves of the 14 study and 8 check sets (not set 23), summed: right / lenient / wrong /
false rows, at main df2c212 (before) and at precision56 ea5490f, after its two gates (the
`holiday_month_long` and `in_n_units_horizon` rules, which left those dates empty).  The second was taken out
again on blind evidence: it moved no row of any held half and cost the held phrase half 4 right answers ("in two
months" is a date there), so `in_n_units` is dated as before (0/0/0/3 on these halves today).

basis / rule (rows costing precision)          before r/l/w/f      after r/l/w/f
publication / weekday_past                          724/0/0/2          724/0/0/2
publication / month_day                             410/0/2/0          410/0/2/0
explicit / year                                     377/0/0/6          377/0/0/6
publication / relative_week                         144/0/3/1          144/0/3/1
publication / deictic_day                           116/0/0/4          116/0/0/4
publication / month_future                           60/0/1/1           60/0/1/1
publication / relative_year                          45/0/0/2           45/0/0/2
anchor / anchor_later                                40/0/0/2           40/0/0/2
anchor / anchor_after_clause                         29/2/0/2           29/2/0/2
anchor / anchor_next                                 30/0/0/1           30/0/0/1
publication / holiday                                17/1/0/8           17/0/0/4
anchor / anchor_same_day                             21/0/1/1           21/0/1/1
anchor / month_past_year_frame                       17/0/4/0           17/0/4/0
publication / month_forward_cue                      18/1/0/0           18/1/0/0
publication / year_part_future                       14/0/0/2           14/0/0/2
anchor / anchor_hours_later                           9/0/0/1            9/0/0/1
anchor / month_day_year_frame                         7/0/1/0            7/0/1/0
publication / ago                                     4/2/0/1            4/2/0/1
explicit / between_year_range                         3/0/0/1            3/0/0/1
publication / month_day_range                         3/0/0/1            3/0/0/1
publication / in_n_units                              0/0/0/3            0/0/0/0
anchor / month_taken_up                               1/0/0/1            1/0/0/1
estimated / day_month                                 1/0/1/0            1/0/1/0
explicit / holiday_in_month                           1/1/0/0            1/1/0/0
publication / month_present                           0/0/0/1            0/0/0/1
publication / week_part_past                          0/0/1/0            0/0/1/0

basis                                          before r/l/w/f      after r/l/w/f
publication                                       2712/4/7/26        2712/3/7/19
explicit                                           1049/1/0/7         1049/1/0/7
anchor                                              241/2/6/8          241/2/6/8
estimated                                             7/0/1/0            7/0/1/0

publication date's basis                       before r/l/w/f      after r/l/w/f
sources                                           1955/4/8/22        1955/4/8/19
dateline                                          1918/3/5/17        1918/2/5/13
estimated                                           136/0/1/2          136/0/1/2

worst 10 rules before (rows costing precision; per set: set=count, 1 = heldout)
publication / holiday                       9  2=1 5=1 12=5 16=2
explicit / year                             6  2=1 5=1 6=1 10=1 15=1 16=1
anchor / anchor_after_clause                4  2=1 10=1 12=2
anchor / month_past_year_frame              4  11=1 19=2 20=1
publication / deictic_day                   4  3=1 4=1 5=2
publication / relative_week                 4  1=3 9=1
publication / ago                           3  2=1 8=1 9=1
publication / in_n_units                    3  2=1 14=1 21=1
anchor / anchor_later                       2  12=1 14=1
anchor / anchor_same_day                    2  12=1 22=1

Read (study sets, --show): the wrong and false rows are spread thin; few rules cost more than they give.  Left as
they are: `month_past_year_frame` (4 wrong: "launched its offensive in April 2019 ... ended in June" is June 2020
only by what the reader knows; a gate on its form would lose 5 right rows), `relative_week` on a Sunday
publication (3 wrong in one set, where "last week" meant the week ending that Sunday; 4 right elsewhere read it
as the ISO week before), "2016 and 2017" lists (2 right, 2 false: annotators differ), an estimated publication
date (136 right, 1 wrong, 2 false: no worse than a given one).

precision57 (the next rules by false rows, study sets read by form): a quoted "tomorrow" in a sentence of the
quotation with "must", "should" or "ought" (tense_markers.yaml `exhortation_modals`) gives no date:
`publication / deictic_day` 116/0/0/4 -> 116/0/0/2 (both set 5; a quoted "tomorrow" was 2 false / 0 right on the
study sets).  Left: a quoted "today" (1 false / 12 right), a possessive weekday ("Friday's agreement", 2 false /
5 right), the second year of "2016 and 2017" (2 false / 2 right), "before the end of the year" in a wish (2 false /
1 right with "hoped ... by"), "until 2020" and "pumped last year" (1 false / 0 right each: too thin);
`anchor_later` and `anchor_after_clause` have no false row on a study set.
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
