"""Score dated events and actor recall on the blind article set (benchmarks/data/heldout/).

usage: python benchmarks/heldout_eval.py [--set heldout|heldout2|...|heldout9]
                                         [--half dev|held-out|all] [--show]
                                         [--by-topic] [--scorer SCORE_EVENTS.py]
The half is dev unless told; --show only with dev (so a bare run never scores or shows a blind half).

The set was written by a helper who had not seen the tool's code: 16 articles (Libya 2019-2021 and
ceasefires elsewhere), each half with `docs/`, `sources.csv`, `gold.csv` (the format of the shared
gold_seeds.csv) and `actors.csv` (doc, date_text, kind, accepted names '|'-separated).  `dev/` may be
inspected and tuned on; `held/` is scored, never inspected (`--show` is refused for it).  The first set's
`held/` half was opened in session 14 and moved into its `dev/` (see its README): it has a dev half only.
`--set heldout2` scores the second blind set (benchmarks/data/heldout2/, written the same way later): it
was held out whole until session 14 and was opened in session 15 (see its README): it has a dev half only.
`--set heldout3` scores the third (benchmarks/data/heldout3/, by a writer who never saw the code): its held
half was opened in session 16 and moved into its `dev/` (see its README), which holds all 24 articles.
`--set heldout4` the fourth, `--set heldout5` the fifth, `--set heldout6` the sixth, `--set heldout7` the
seventh (session 15), `--set heldout8` the eighth (session 16, Libya only) and `--set heldout9` the ninth (session 16,
no Libya), made the same way, 12 articles a half: `dev/` may be tuned on, `held/` is the lead's.  The held
halves of sets 5 and 7 were opened in session 17 and moved into their `dev/` (see their READMEs).
`--set heldout10` the tenth (session 17, half Libya, half elsewhere), made the same way; its held half was opened in
session 18 and moved into its `dev/`.  `--set heldout11` the eleventh (session 18, half Libya, half elsewhere),
`--set heldout12` the twelfth (session 19, the same), `--set heldout13` the thirteenth (session 20, all 24 articles
about conflicts outside Libya), `--set heldout14` the fourteenth (session 23, 8 Libya and 16 elsewhere),
`--set heldout15` the fifteenth (session 23, in the hidden sets' image: 8 on Libya 2020-2021, 16 on ceasefires
of 2018-2025 in the Caucasus, Yemen, the Horn of Africa, Sudan, the Levant, Latin America and South-East Asia),
`--set heldout16` the sixteenth (session 24, the same image at real-news density: 12 on Libya 2020-2021, 12 on
ceasefires of 2015-2025 elsewhere), `--set heldout17` the seventeenth (session 25, the same image and density: 12 on
Libya 2020-2021, 12 on ceasefires of 1994-2025 elsewhere), `--set heldout18` the eighteenth (session 26, the same
image and density: 12 on Libya 2020-2021, 12 on ceasefires of 1991-2022 elsewhere), `--set heldout19` the
nineteenth (session 27, the same image and density: 12 on Libya 2020-2021, 12 on ceasefires of 1985-2014
elsewhere), `--set heldout20` the twentieth (session 28, the same image and density: 12 on Libya 2020-2021, 12 on
ceasefires of 1985-2003 elsewhere), `--set heldout21` the twenty-first (session 28, the same image and density: 12 on
Libya 2020-2021, 12 on ceasefires of 1987-2006 elsewhere), `--set heldout22` the twenty-second (session 29, the
same image and density: 12 on Libya 2020-2021, 12 on ceasefires of 1988-2010 elsewhere), `--set heldout23` the
twenty-third (session 30, the same image and density: 12 on Libya 2020-2021, 12 on ceasefires of 1985-2011
elsewhere).
`--by-topic` adds the dates' score of the Libya articles (file names starting `libya`) and of the others
apart, as the hidden sets are split.

Dates are scored by the shared scorer (`../shared/eval/score_events.py`, the one the hidden sets use);
actors by the rule of `actor_recall.py`: an expected actor is recalled when one of its accepted names is
among the `actors` of that document's rows with the same date text; actor precision is the share of the
actors put on those rows that are expected there (`actor_recall.precision`).
"""

from __future__ import annotations

import csv
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from actor_recall import precision, recall_by_kind
from dev_split import half_and_show, option

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.pipeline import extract  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
SETS = (
    "heldout",
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "heldout11",
    "heldout12",
    "heldout13",
    "heldout14",
    "heldout15",
    "heldout16",
    "heldout17",
    "heldout18",
    "heldout19",
    "heldout20",
    "heldout21",
    "heldout22",
    "heldout23",
)
FOLDERS = {"dev": ("dev",), "held-out": ("held",), "all": ("dev", "held")}


def _libya(doc: str) -> bool:
    return doc.startswith("libya")


def _rows(path: Path, keep: Callable[[str], bool]) -> tuple[list[str], list[dict[str, str]]]:
    """The CSV's header and the rows whose `doc` passes `keep`."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or ()), [row for row in reader if keep(row["doc"])]


def _write_rows(path: Path, header: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=header)
        writer.writeheader()
        writer.writerows(rows)


def score_half(folder: Path, scorer: Path, show: bool, by_topic: bool = False) -> tuple[str, list[str]]:
    """The scorer's summary line for one half's dates, and its actor recall lines (after the dates' lines of the
    Libya articles and the others apart, when `by_topic`)."""
    extraction = extract([folder / "docs"], sources=folder / "sources.csv")
    topics: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        events = Path(tmp) / "events.csv"
        extraction.frame.to_csv(events, index=False)
        command = [sys.executable, str(scorer), str(folder / "gold.csv"), str(events)]
        out = subprocess.run(command + (["--show"] if show else []), capture_output=True, text=True, check=True)
        if by_topic:
            for topic, keep in (("libya", True), ("others", False)):
                part = Path(tmp) / f"gold_{topic}.csv"
                header, rows = _rows(folder / "gold.csv", lambda doc, keep=keep: _libya(doc) == keep)
                if not rows:
                    continue  # a set of one topic (set 8: Libya only)
                _write_rows(part, header, rows)
                command = [sys.executable, str(scorer), str(part), str(events)]
                done = subprocess.run(command, capture_output=True, text=True, check=True)
                topics.append(f"dates {topic:6s} {done.stdout.strip().splitlines()[-1]}")
    lines = out.stdout.strip().splitlines()
    if show:
        print(out.stdout)
    counts, missed = recall_by_kind(
        folder / "docs", folder / "actors.csv", folder / "sources.csv", frame=extraction.frame
    )
    recall = [f"actors {kind:8s} {f:3d}/{t:3d} = {f / t:.2f}" for kind, (f, t) in sorted(counts.items())]
    right, put = precision(folder / "actors.csv", extraction.frame)
    recall.append(f"actors precision {right:3d}/{put:3d} = {right / max(1, put):.2f}")
    if by_topic:
        # The hidden actor check is on articles outside Libya: their recall apart (a missed line starts with its doc).
        lost = sum(1 for m in missed if not _libya(m))
        total = len(_rows(folder / "actors.csv", lambda doc: not _libya(doc))[1])
        if total:  # a set of Libya articles only (set 8) has none
            recall.append(f"actors others   {total - lost:3d}/{total:3d} = {(total - lost) / total:.2f}")
        libya_lost = sum(1 for m in missed if _libya(m))
        libya_total = len(_rows(folder / "actors.csv", _libya)[1])
        if libya_total:
            recall.append(
                f"actors libya    {libya_total - libya_lost:3d}/{libya_total:3d} = {1 - libya_lost / libya_total:.2f}"
            )
    # The same with accepted names also read through the gazetteer (actor_recall.resolved): a right actor
    # under another form of its name ("IRA", the Irish Republican Army) is no miss.
    used: list[str] = []
    counts, missed_resolved = recall_by_kind(
        folder / "docs", folder / "actors.csv", folder / "sources.csv", frame=extraction.frame, resolve=True, used=used
    )
    found, total = counts["all"]
    right, put = precision(folder / "actors.csv", extraction.frame, resolve=True)
    recall.append(f"actors resolved {found:3d}/{total:3d} = {found / total:.2f}, precision {right / max(1, put):.2f}")
    if by_topic:
        lost = sum(1 for m in missed_resolved if not _libya(m))
        others = total_others(folder)
        if others:
            recall.append(f"actors resolved others {others - lost:3d}/{others:3d} = {(others - lost) / others:.2f}")
    if show:
        recall += [f"missed: {line}" for line in missed]
        recall += [f"resolved: {line}" for line in used]
    return lines[-1], topics + recall


def total_others(folder: Path) -> int:
    """How many expected actors lie in the articles outside Libya."""
    return len(_rows(folder / "actors.csv", lambda doc: not _libya(doc))[1])


def main(argv: list[str]) -> int:
    asked = half_and_show(argv)
    if asked is None:
        return 2
    half, show = asked
    scorer = Path(option(argv, "--scorer", str(ROOT.parent / "shared" / "eval" / "score_events.py")))
    if not scorer.is_file():
        print(f"error: no scorer at {scorer}", file=sys.stderr)
        return 2
    chosen = option(argv, "--set", "heldout")
    if chosen not in SETS:
        print(f"error: --set must be one of {', '.join(SETS)}", file=sys.stderr)
        return 2
    halves = [name for name in FOLDERS[half] if (DATA / chosen / name).is_dir()]
    if not halves:
        print(f"error: {chosen} has no {half} half", file=sys.stderr)
        return 2
    for name in halves:
        dates, actors = score_half(DATA / chosen / name, scorer, show, "--by-topic" in argv)
        print(f"{name}: {dates}")
        for line in actors:
            print(f"{name}: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
