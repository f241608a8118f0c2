"""Recall of named actors taking part in a dated happening, on real ceasefires outside Libya.

The dev set is `tests/data/ceasefires_dev/`: ten short articles written for this measure (Caucasus,
Yemen, Sudan, Colombia, Myanmar, Ethiopia, Gaza, Ukraine, DR Congo) and `expected.csv`, one row per
actor a dated happening names (doc, date_text, kind, the accepted names '|'-separated).  An actor is
recalled when one of its accepted names is among the `actors` of the rows of that doc whose date text
contains the expected one or lies inside it (case-insensitive), as the shared scorer matches dates.

    python benchmarks/actor_recall.py
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.pipeline import extract  # noqa: E402
from timeline.text.fold import fold  # noqa: E402

DEV = ROOT / "tests" / "data" / "ceasefires_dev"


def recall_by_kind(
    docs: Path = DEV / "docs",
    expected: Path = DEV / "expected.csv",
    sources: Path | None = None,
    frame: pd.DataFrame | None = None,
) -> tuple[dict[str, tuple[int, int]], list[str]]:
    """{kind: (found, expected)} with "all", and a line for every actor missed (`frame`: the events of `docs`
    when the caller has extracted them already)."""
    if frame is None:
        frame = extract([docs], sources=sources).frame
    # As the shared scorer matches an event to gold: same document, and one date text contains the other
    # ("Wednesday" and "on Wednesday"), case-insensitive.
    named: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for doc, date_text, actors in zip(frame["doc"], frame["date_text"], frame["actors"], strict=True):
        names = named[str(doc)][str(date_text).lower()]
        names.update(fold(a).strip() for a in str(actors).split("; ") if a)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    missed: list[str] = []
    with open(expected, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            accepted = {fold(a).strip() for a in row["actor"].split("|")}
            wanted = row["date_text"].lower()
            hit = any(accepted & names for text, names in named[row["doc"]].items() if wanted in text or text in wanted)
            for kind in (row["kind"], "all"):
                counts[kind][0] += hit
                counts[kind][1] += 1
            if not hit:
                missed.append(f"{row['doc']} {row['date_text']!r}: {row['actor']} ({row['kind']})")
    return {k: (v[0], v[1]) for k, v in counts.items()}, missed


def precision(expected: Path, frame: pd.DataFrame) -> tuple[int, int]:
    """(right, put): of the actors put on the rows of each expected happening (its document's rows whose
    date text matches, as `recall_by_kind` matches them), those that are one of its expected actors.  Where
    the expected lists are complete, the rest are actors the analyst would wrongly find by filtering."""
    accepted: dict[tuple[str, str], set[str]] = defaultdict(set)
    with open(expected, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            accepted[(row["doc"], row["date_text"].lower())] |= {fold(a).strip() for a in row["actor"].split("|")}
    rows: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for doc, date_text, actors in zip(frame["doc"], frame["date_text"], frame["actors"], strict=True):
        rows[str(doc)].append((str(date_text).lower(), str(actors)))
    right = put = 0
    for (doc, wanted), names in accepted.items():
        found = {
            fold(a).strip()
            for text, actors in rows[doc]
            if wanted in text or text in wanted
            for a in actors.split("; ")
            if a
        }
        put += len(found)
        right += len(found & names)
    return right, put


def main() -> None:
    frame = extract([DEV / "docs"]).frame
    counts, missed = recall_by_kind(frame=frame)
    for kind in sorted(counts):
        found, total = counts[kind]
        print(f"{kind:8s} {found:3d}/{total:3d} = {found / total:.2f}")
    right, put = precision(DEV / "expected.csv", frame)
    print(f"precision {right:3d}/{put:3d} = {right / max(1, put):.2f}")
    for line in missed:
        print("missed:", line)


if __name__ == "__main__":
    main()
