"""Check a blind article set: gold offsets, date formats, actor keys, sources.

usage: python benchmarks/data/heldout/check.py [SET_OR_HALF_DIR ...]   (default: this set's dev and held)

One checker for every blind set (heldout, heldout2, heldout3, heldout4, heldout5): give a set's folder to check
its halves, or a half's folder.  A half that does not exist yet is skipped (a dev half is committed
before its held half is written), and sources.csv must name each document exactly once.

Exits 1 and names every bad row; prints the counts otherwise.  It reads only
the set's own files, so checking the `held/` half reveals nothing about the tool.
"""

import collections
import csv
import datetime as dt
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
FORMATS = {
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "week": re.compile(r"^\d{4}-W\d{2}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "season": re.compile(r"^\d{4}-(SP|SU|FA|WI)$"),
    "year": re.compile(r"^\d{4}$"),
}
KINDS = {"event", "scheduled", "background"}
ACTOR_KINDS = {"state", "person", "group"}


def _date_ok(value: str, precision: str) -> bool:
    if not FORMATS[precision].match(value):
        return False
    try:
        if precision == "day":
            dt.date.fromisoformat(value)
        elif precision == "week":
            year, week = value.split("-W")
            dt.date.fromisocalendar(int(year), int(week), 1)
        elif precision == "month":
            dt.date(int(value[:4]), int(value[5:7]), 1)
    except ValueError:
        return False
    return True


def check(half: pathlib.Path) -> list[str]:
    errors = []
    docs = {p.name: p.read_text(encoding="utf-8") for p in (half / "docs").glob("*.txt")}
    with open(half / "sources.csv", encoding="utf-8", newline="") as fh:
        sources = list(csv.DictReader(fh))
    listed = {row["file"] for row in sources}
    if len(listed) != len(sources):
        errors.append(f"{half.name}: sources.csv names a document twice")
    errors += [f"{half.name}: {name} has no sources.csv row" for name in docs.keys() - listed]
    errors += [f"{half.name}: sources.csv names missing {name}" for name in listed - docs.keys()]
    for row in sources:
        if row["published"] and not FORMATS["day"].match(row["published"]):
            errors.append(f"{half.name}: bad published {row['published']!r} for {row['file']}")
    with open(half / "gold.csv", encoding="utf-8", newline="") as fh:
        gold = list(csv.DictReader(fh))
    keys = set()
    for n, row in enumerate(gold, start=2):
        where = f"{half.name}/gold.csv:{n}"
        text = docs.get(row["doc"])
        if text is None:
            errors.append(f"{where}: unknown doc {row['doc']}")
            continue
        if text[int(row["start"]) : int(row["end"])] != row["quote"]:
            errors.append(f"{where}: offsets do not give the quote")
        if row["date_text"] not in row["quote"]:
            errors.append(f"{where}: date_text not inside quote")
        if row["precision"] not in FORMATS or not _date_ok(row["date"], row["precision"]):
            errors.append(f"{where}: date {row['date']!r} not at precision {row['precision']!r}")
        if row["kind"] not in KINDS:
            errors.append(f"{where}: kind {row['kind']!r}")
        keys.add((row["doc"], row["date_text"]))
    with open(half / "actors.csv", encoding="utf-8", newline="") as fh:
        actors = list(csv.DictReader(fh))
    for n, row in enumerate(actors, start=2):
        where = f"{half.name}/actors.csv:{n}"
        if (row["doc"], row["date_text"]) not in keys:
            errors.append(f"{where}: no gold row for {row['doc']} / {row['date_text']!r}")
        if row["kind"] not in ACTOR_KINDS or not row["actor"].strip():
            errors.append(f"{where}: bad kind or empty actor")
    by_kind = collections.Counter(row["kind"] for row in gold)
    by_precision = collections.Counter(row["precision"] for row in gold)
    by_actor = collections.Counter(row["kind"] for row in actors)
    print(
        f"{half.name}: {len(docs)} docs, {len(gold)} gold rows {dict(by_kind)} "
        f"{dict(by_precision)}, {len(actors)} actor rows {dict(by_actor)}"
    )
    return errors


def _halves(folder: pathlib.Path) -> list[pathlib.Path]:
    """A half's folder as it is; a set's folder as its halves that exist."""
    if (folder / "gold.csv").exists():
        return [folder]
    return [half for half in (folder / "dev", folder / "held") if (half / "gold.csv").exists()]


def main(argv: list[str]) -> int:
    halves = [half for folder in (argv or [HERE]) for half in _halves(pathlib.Path(folder))]
    errors = [e for half in halves for e in check(half)]
    for error in errors:
        print(error, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
