"""Recall of named actors taking part in a dated happening, on real ceasefires outside Libya.

The dev set is `tests/data/ceasefires_dev/`: ten short articles written for this measure (Caucasus,
Yemen, Sudan, Colombia, Myanmar, Ethiopia, Gaza, Ukraine, DR Congo) and `expected.csv`, one row per
actor a dated happening names (doc, date_text, kind, the accepted names '|'-separated).  An actor is
recalled when one of its accepted names is among the `actors` of the rows of that doc whose date text
contains the expected one or lies inside it (case-insensitive), as the shared scorer matches dates.

With `resolve=True` an accepted name also stands for the actor the tool's gazetteer reads it as, when the
name read alone is one whole mention ("IRA" is the Irish Republican Army, "Hifter" Khalifa Haftar,
"Kyrgyz forces" Military Forces of Kyrgyzstan): the annotator lists the forms the article uses, the tool
writes one canonical name whatever the form, so a strict match counts a right actor as missed and as
false.  The resolution is the tool's own reading, so every one that makes a hit is listed (`resolved:`
with --show) for a person to check that it names the same actor.

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
from timeline.understanding.actors import find_actors  # noqa: E402

DEV = ROOT / "tests" / "data" / "ceasefires_dev"


def resolved(name: str) -> str | None:
    """The canonical name the built-in gazetteer reads `name` alone as, when one mention is the whole name
    (after "the"), or a state's organ ends it ("Indian Army", "Kyrgyz forces": the organ mention holds the
    state); else None."""
    text = name.strip()
    if text[:4].lower() == "the ":
        text = text[4:]
    mentions = find_actors(text)
    if len(mentions) == 1 and mentions[0].start == 0 and mentions[0].end == len(text):
        return mentions[0].canonical
    last = mentions[-1] if mentions else None
    if (
        last is not None
        and last.end == len(text)
        and last.rule == "organ"
        and all(m.kind == "state" and last.canonical.endswith(" of " + m.canonical) for m in mentions[:-1])
    ):
        return last.canonical
    return None


def _accepted(cell: str, resolve: bool, resolutions: dict[str, str]) -> set[str]:
    """The folded accepted names of an actor cell, with the gazetteer's canonical names when `resolve`
    (each resolution that adds a name noted in `resolutions`: folded canonical -> "name -> canonical")."""
    names = [a.strip() for a in cell.split("|") if a.strip()]
    out = {fold(a).strip() for a in names}
    if resolve:
        for name in names:
            canonical = resolved(name)
            if canonical is not None and fold(canonical).strip() not in out:
                out.add(fold(canonical).strip())
                resolutions.setdefault(fold(canonical).strip(), f"{name} -> {canonical}")
    return out


def recall_by_kind(
    docs: Path = DEV / "docs",
    expected: Path = DEV / "expected.csv",
    sources: Path | None = None,
    frame: pd.DataFrame | None = None,
    resolve: bool = False,
    used: list[str] | None = None,
) -> tuple[dict[str, tuple[int, int]], list[str]]:
    """{kind: (found, expected)} with "all", and a line for every actor missed (`frame`: the events of `docs`
    when the caller has extracted them already).  `resolve`: accepted names also stand for the gazetteer's
    reading of them (see the module's docstring); each resolution a hit relied on is appended to `used`."""
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
            resolutions: dict[str, str] = {}
            accepted = _accepted(row["actor"], resolve, resolutions)
            strict = accepted - set(resolutions)
            wanted = row["date_text"].lower()
            rows = [names for text, names in named[row["doc"]].items() if wanted in text or text in wanted]
            hit = any(accepted & names for names in rows)
            if hit and used is not None and not any(strict & names for names in rows):
                used += [
                    f"{row['doc']} {row['date_text']!r}: {resolutions[n]}"
                    for names in rows
                    for n in names & set(resolutions)
                ][:1]
            for kind in (row["kind"], "all"):
                counts[kind][0] += hit
                counts[kind][1] += 1
            if not hit:
                missed.append(f"{row['doc']} {row['date_text']!r}: {row['actor']} ({row['kind']})")
    return {k: (v[0], v[1]) for k, v in counts.items()}, missed


def precision(expected: Path, frame: pd.DataFrame, resolve: bool = False) -> tuple[int, int]:
    """(right, put): of the actors put on the rows of each expected happening (its document's rows whose
    date text matches, as `recall_by_kind` matches them), those that are one of its expected actors.  Where
    the expected lists are complete, the rest are actors the analyst would wrongly find by filtering."""
    accepted: dict[tuple[str, str], set[str]] = defaultdict(set)
    with open(expected, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            accepted[(row["doc"], row["date_text"].lower())] |= _accepted(row["actor"], resolve, {})
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
    used: list[str] = []
    counts, _ = recall_by_kind(frame=frame, resolve=True, used=used)
    found, total = counts["all"]
    right, put = precision(DEV / "expected.csv", frame, resolve=True)
    share, right_share = found / total, right / max(1, put)
    print(f"resolved names: all {found:3d}/{total:3d} = {share:.2f}, precision {right}/{put} = {right_share:.2f}")
    for line in missed:
        print("missed:", line)
    for line in used:
        print("resolved:", line)


if __name__ == "__main__":
    main()
