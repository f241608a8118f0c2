"""Which stage lost each missed expected actor, and what each false actor is (dev material only).

For every expected actor `actor_recall.py` counts as missed, one class:

  e  no event row for that date text (a date miss, not the actors' stages);
  a  no accepted name occurs in the document in any form (an implied actor: "the two leaders", a state
     named only through its capital or people, a long form the text never writes);
  b  an accepted name occurs in a matched row's passage but no mention the recogniser finds there reads as
     it (the form is guessed: acronym, title+name, bare name, group, organ, ...);
  c  the recogniser finds it in the document (or its name occurs there), but not in the passage of any
     matched row: named in another sentence, a pronoun or "the two sides" stands for it;
  d  put on a matched row under another name form (the gazetteer's reading of an accepted name, or a
     mention whose surface is an accepted name, has another canonical name).

False actors (the actors put on an expected row that are none of its expected ones), by where they come
from: `passage` (recognised inside the row's passage) or `outside` (carried, parties, agents, lead), with
the actor's kind; those whose surface in the passage follows a place preposition are `place?`.

    python benchmarks/actor_misses.py [--set heldout|heldout2|...|heldout6|ceasefires]
                                      [--docs a.txt,b.txt] [--show]

Only dev halves are read (`dev/`); `--show` prints each miss and false actor with its class.
"""

from __future__ import annotations

import csv
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd
from actor_recall import precision, resolved

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.pipeline import extract  # noqa: E402
from timeline.text.fold import fold  # noqa: E402
from timeline.text.segment import sentence_spans  # noqa: E402
from timeline.understanding.actors import ActorMention, builtin_gazetteer, find_actors  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
CEASEFIRES = ROOT / "tests" / "data" / "ceasefires_dev"
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|to|into|across|outside|around)\s+(?:the\s+)?$", re.IGNORECASE)


def _folder(name: str) -> tuple[Path, Path, Path | None]:
    if name == "ceasefires":
        return CEASEFIRES / "docs", CEASEFIRES / "expected.csv", None
    half = DATA / name / "dev"
    return half / "docs", half / "actors.csv", half / "sources.csv"


def _occurs(name: str, text: str) -> int:
    """Where `name` occurs in `text` (folded, whole words), else -1."""
    key = fold(name).strip()
    if not key:
        return -1
    found = re.search(r"(?<!\w)" + re.escape(key) + r"(?!\w)", fold(text))
    return found.start() if found else -1


_TITLE_BEFORE = re.compile(r"\b(?:President|Minister|General|Gen\.|[Ee]nvoy|Secretary|leader|chief|spokes\w+)\s+$")


def _matching(rows: list[pd.Series], wanted: str) -> list[pd.Series]:
    """The rows whose date text contains `wanted` or lies inside it (as actor_recall matches them)."""
    return [x for x in rows if wanted in str(x["date_text"]).lower() or str(x["date_text"]).lower() in wanted]


def _form(name: str, passage: str, at: int) -> str:
    """A guess at the form an unrecognised name takes where it occurs."""
    before = passage[max(0, at - 40) : at]
    if re.fullmatch(r"[A-Z][A-Z0-9-]{1,9}", name):
        return "acronym"
    if _TITLE_BEFORE.search(before):
        return "title+name"
    words = name.split()
    if any(w[:1].islower() for w in words) or len(words) > 3:
        return "group/organ phrase"
    if len(words) == 1:
        return "single word"
    return "bare name"


def _where_else(doc: str, matched: list[pd.Series], found: tuple[ActorMention, ...], names: set[str], text: str) -> str:
    """How far from a matched row's passage the actor is recognised: in the passage's sentence (the passage
    is a clause of it), in the sentence before or after, or further; with the passage's opening."""
    spans = sentence_spans(text)
    best = "further"
    for x in matched:
        start, end = int(x["passage_start"]), int(x["passage_end"])
        index = next((i for i, (s, e) in enumerate(spans) if s <= start < e), None)
        if index is None:
            continue
        for label, (lo, hi) in (
            ("same sentence", spans[index]),
            ("sentence before", spans[max(0, index - 1)]),
            ("sentence after", spans[min(len(spans) - 1, index + 1)]),
        ):
            hi = max(hi, end)
            if any(lo <= m.start < hi and fold(m.canonical).strip() in names for m in found):
                if ("same sentence", "sentence before", "sentence after", "further").index(label) < (
                    "same sentence",
                    "sentence before",
                    "sentence after",
                    "further",
                ).index(best):
                    best = label
                break
    passage = str(matched[0]["passage"]).replace("\n", " ")
    return f"{best}: {passage[:110]!r}"


def breakdown(name: str, docs_only: set[str] | None, show: bool) -> tuple[Counter[str], Counter[str], int, int]:
    docs, expected, sources = _folder(name)
    frame = extract([docs], sources=sources).frame
    gaz = builtin_gazetteer()
    texts = {p.name: p.read_text(encoding="utf-8") for p in docs.glob("*.txt")}
    mentions: dict[str, tuple[ActorMention, ...]] = {doc: find_actors(text, gaz) for doc, text in texts.items()}
    rows: dict[str, list[pd.Series]] = defaultdict(list)
    for _, row in frame.iterrows():
        rows[str(row["doc"])].append(row)
    classes: Counter[str] = Counter()
    falses: Counter[str] = Counter()
    total = 0
    accepted_at: dict[tuple[str, str], set[str]] = defaultdict(set)
    with open(expected, encoding="utf-8", newline="") as handle:
        expected_rows = [r for r in csv.DictReader(handle) if docs_only is None or r["doc"] in docs_only]
    for r in expected_rows:
        names = [a.strip() for a in r["actor"].split("|") if a.strip()]
        accepted = {fold(a).strip() for a in names}
        canon = {fold(c).strip() for c in map(resolved, names) if c}
        accepted_at[(r["doc"], r["date_text"].lower())] |= accepted
        wanted = r["date_text"].lower()
        matched = _matching(rows[r["doc"]], wanted)
        total += 1
        put = {fold(a).strip() for x in matched for a in str(x["actors"]).split("; ") if a}
        if put & accepted:
            continue
        text = texts[r["doc"]]
        label, note = "", ""
        if not matched:
            label = "e"
        elif put & canon:
            label, note = "d", "resolved"
        else:
            in_passage: list[tuple[str, int, str]] = []
            for x in matched:
                for a in names:
                    at = _occurs(a, str(x["passage"]))
                    if at >= 0:
                        in_passage.append((a, at, str(x["passage"])))
            there = [
                m
                for x in matched
                for m in mentions[r["doc"]]
                if int(x["passage_start"]) <= m.start < int(x["passage_end"])
            ]
            other_form = [m for m in there if fold(text[m.start : m.end]).strip() in accepted]
            recognised_in_doc = any(fold(m.canonical).strip() in accepted | canon for m in mentions[r["doc"]])
            if other_form:
                first = other_form[0]
                label, note = "d", f"surface {text[first.start : first.end]!r} read as {first.canonical}"
            elif in_passage:
                a, at, passage = in_passage[0]
                label = "b"
                note = f"{_form(a, passage, at)}: ...{passage[max(0, at - 50) : at + len(a) + 30]!r}"
                note = note.replace("\n", " ")
            elif recognised_in_doc:
                label, note = "c", _where_else(r["doc"], matched, mentions[r["doc"]], accepted | canon, text)
            elif any(_occurs(a, text) >= 0 for a in names):
                label, note = "c", "occurs elsewhere, unrecognised there too"
            else:
                label = "a"
        classes[label] += 1
        if show:
            print(f"  miss {label} {r['doc']} {r['date_text']!r} [{r['kind']}] {r['actor']}  {note}")
    # false actors on the expected rows
    for (doc, wanted), accepted in accepted_at.items():
        matched = _matching(rows[doc], wanted)
        seen: set[str] = set()
        for x in matched:
            kinds = dict(zip(str(x["actors"]).split("; "), str(x["actor_kinds"]).split("; "), strict=False))
            for actor, kind in kinds.items():
                key = fold(actor).strip()
                if not actor or key in accepted or key in seen:
                    continue
                seen.add(key)
                inside = [
                    m
                    for m in mentions[doc]
                    if m.canonical == actor and int(x["passage_start"]) <= m.start < int(x["passage_end"])
                ]
                where = "passage" if inside else "outside"
                if inside and _PLACE_BEFORE.search(texts[doc][max(0, inside[0].start - 20) : inside[0].start]):
                    where = "place?"
                falses[f"{where} {kind}"] += 1
                if show:
                    context = ""
                    if inside:
                        at = inside[0]
                        context = texts[doc][max(0, at.start - 60) : at.end + 40].replace("\n", " ")
                    print(f"  false {where} {kind} {doc} {wanted!r}: {actor}  {context!r}")
    right, put = _precision(expected_rows, frame)
    return classes, falses, total, sum(classes.values()), right, put


def _precision(expected_rows: list[dict[str, str]], frame: pd.DataFrame) -> tuple[int, int]:
    """actor_recall.precision over the expected rows kept (written to a temporary file)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "expected.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=["doc", "date_text", "kind", "actor"])
            writer.writeheader()
            writer.writerows({k: r[k] for k in ("doc", "date_text", "kind", "actor")} for r in expected_rows)
        return precision(path, frame)


def main(argv: list[str]) -> int:
    # every set with a dev half, in order, then the ceasefires fixture
    sets = [*sorted(p.parent.name for p in DATA.glob("heldout*/dev")), "ceasefires"]
    if "--set" in argv:
        sets = [argv[argv.index("--set") + 1]]
    docs_only = set(argv[argv.index("--docs") + 1].split(",")) if "--docs" in argv else None
    show = "--show" in argv
    for name in sets:
        if show:
            print(name)
        classes, falses, total, missed, right, put = breakdown(name, docs_only, show)
        cells = "  ".join(f"{k}={classes[k]}" for k in "abcde")
        print(f"{name:10s} expected {total:3d} missed {missed:3d}  {cells}")
        print(
            f"{'':10s} recall {total - missed}/{total} = {(total - missed) / max(1, total):.3f}"
            f"  precision {right}/{put} = {right / max(1, put):.3f}"
        )
        print(f"{'':10s} false {sum(falses.values()):3d}  " + "  ".join(f"{k}={v}" for k, v in falses.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
