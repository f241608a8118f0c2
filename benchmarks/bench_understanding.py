"""Speed of the event-understanding layer: actors, event types, titles and grouping, on synthetic news text.

    .venv/bin/python benchmarks/bench_understanding.py [--docs 2000] [--group-docs 10000] [--seed 7]

Generates deterministic ~4 KB English news documents from sentence templates filled with actors of the
built-in gazetteer (names, spelling variants, demonyms, capitals, titles with unknown names), each with
about eight dated sentences reporting happenings drawn from a shared pool (so that several documents
report the same happening, at day or month precision).  Then it times, per document:

* `find_actors` over the whole text (budget: well under 0.5 ms per 4 KB document);
* per dated sentence: `passage_actors`, `classify` and `make_title`;

and `group_events` once over the frame of `--group-docs` documents (about eight mentions each).
Reports per-document costs in microseconds and the layer's documents per second.  Process CPU time is
used, so that other work on the machine disturbs the figures less.

With `--corpus DIR` (a folder written by `/work/shared/bench/make_corpus.py`, or any folder of documents)
it times instead the pipeline's own understanding stage on those documents, as `extract` runs it:
`document_events` (dated statements and their passages) and `understood` (actors, types, roles, titles
and headlines of each event), per document, after reading and date finding (not timed) of the first
`--limit` documents.  Each step is timed over `--repeat` passes and the fastest pass is kept.  With
`--against OTHER_CHECKOUT` the other checkout's stage runs in the same process, its passes interleaved
with this one's (a shared machine's load then falls on both alike), and the ratio of their CPU and
whether their rows are identical are printed:

    .venv/bin/python benchmarks/bench_understanding.py --corpus /tmp/corp/c1000 --limit 1000
    .venv/bin/python benchmarks/bench_understanding.py --corpus /tmp/corp/c1000 --limit 400 --repeat 8 \\
        --against ../main
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import importlib
import logging
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.core.frame import conform  # noqa: E402
from timeline.grouping.grouper import group_events  # noqa: E402
from timeline.understanding.actors import (  # noqa: E402
    BUILTIN_GAZETTEER,
    builtin_gazetteer,
    find_actors,
    format_actors,
    passage_actors,
)
from timeline.understanding.event_types import builtin_taxonomy, classify  # noqa: E402
from timeline.understanding.titles import builtin_title_rules, make_title  # noqa: E402

log = logging.getLogger("bench_understanding")

DOC_CHARS = 4096
MENTIONS_PER_DOC = 8
BUDGET_ACTORS_US = 500.0
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
CITIES = ("Sirte", "Benghazi", "Misrata", "Tobruk", "Geneva", "Berlin", "Palermo", "Tunis", "Cairo", "Moscow")
UNKNOWN_NAMES = ("Nikos Dendias", "Omar Abdelkader", "Salem Juha", "Hana Fathi", "Ali Buzakouk", "Adel Jumaa")
TITLES = ("Foreign Minister", "Defence Minister", "Prime Minister", "Gen.", "Colonel", "Interior Minister")

# Templates of dated sentences: {A} and {B} are actors, {S} a state, {D} a demonym, {C} a capital,
# {O} an organisation, {T} a title and an unknown name, {P} a city, {W} the date expression.
DATED = (
    ("talks", "{A} met {B} in {P} {W}, as diplomats pushed for an end to the conflict."),
    ("talks", "{T} held talks with {A} {W} on the withdrawal of foreign fighters."),
    ("agreement", "{S} and {O} signed a ceasefire agreement {W}, bringing an end to months of fighting."),
    ("statement", "The {D} and {D2} foreign ministers {W} called for a cessation of hostilities."),
    ("deployment", "{C} started sending military personnel {W}, a move that {S} rejected."),
    ("armed_clash", "Heavy fighting broke out near {P} {W} as forces loyal to {A} advanced."),
    ("election", "{A} said elections would take place {W}, according to {O}."),
    ("un_action", "The UN Security Council adopted a resolution {W} calling on {O} to withdraw."),
    ("remote_violence", "Drone strikes hit {P} {W}, killing several fighters, {O} said."),
    ("statement", "{A} warned {W} of severe consequences if {B} moved on {P}."),
)
FILLER = (
    "Analysts say the situation remains fragile after years of conflict and economic decline.",
    "The country sits atop the largest oil reserves in Africa, and production has been repeatedly disrupted.",
    "{A} has long opposed the presence of foreign mercenaries, while {B} has denied sending fighters.",
    "European nations have tried to reduce violence by preventing the influx of weapons into the region.",
    "Residents of {P} described long queues for fuel and frequent power cuts during the summer months.",
    "{O} has repeatedly urged the parties to respect the arms embargo and return to the political process.",
)


@dataclass(frozen=True)
class Names:
    persons: tuple[str, ...]
    states: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    organisations: tuple[str, ...]


@dataclass(frozen=True)
class Happening:
    template: int
    fill: dict[str, str]
    start: dt.date
    end: dt.date
    precision: str


def read_names() -> Names:
    persons, states, demonyms, capitals, organisations = [], [], [], [], []
    with open(BUILTIN_GAZETTEER, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            aliases = [a for a in row["aliases"].split("|") if a]
            if row["kind"] == "person":
                persons += aliases[:3]
            elif row["kind"] == "state":
                states.append(row["canonical"])
                demonyms += [d for d in row.get("demonyms", "").split("|") if d]
                capitals += [c for c in row.get("capitals", "").split("|") if c]
            else:
                organisations += aliases[:2]
    return Names(tuple(persons), tuple(states), tuple(demonyms), tuple(capitals), tuple(organisations))


def make_pool(rng: random.Random, names: Names, size: int) -> list[Happening]:
    pool = []
    for _ in range(size):
        day = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(3 * 365))
        fill = {
            "A": rng.choice(names.persons),
            "B": rng.choice(names.persons),
            "S": rng.choice(names.states),
            "D": rng.choice(names.demonyms),
            "D2": rng.choice(names.demonyms),
            "C": rng.choice(names.capitals),
            "O": rng.choice(names.organisations),
            "T": f"{rng.choice(TITLES)} {rng.choice(UNKNOWN_NAMES)}",
            "P": rng.choice(CITIES),
        }
        pool.append(Happening(rng.randrange(len(DATED)), fill, day, day, "day"))
    return pool


def render_doc(rng: random.Random, names: Names, pool: list[Happening]) -> tuple[str, list[dict]]:
    """A ~4 KB text and its dated mentions (as frame rows without the understanding columns)."""
    parts: list[str] = []
    rows: list[dict] = []
    length = 0
    happenings = rng.sample(pool, MENTIONS_PER_DOC)
    while length < DOC_CHARS:
        if happenings and rng.random() < 0.45:
            h = happenings.pop()
            month_precision = rng.random() < 0.3
            if month_precision:
                when = f"in {MONTHS[h.start.month - 1]}"
                start = h.start.replace(day=1)
                end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
            else:
                when = rng.choice(
                    (f"on {WEEKDAYS[h.start.weekday()]}", f"on {MONTHS[h.start.month - 1]} {h.start.day}")
                )
                start = end = h.start
            sentence = DATED[h.template][1].format(W=when, **h.fill)
            offset = length + sentence.index(when)
            rows.append(
                {
                    "date": start,
                    "date_end": end,
                    "precision": "month" if month_precision else "day",
                    "date_text": when,
                    "date_text_start": offset,
                    "date_text_end": offset + len(when),
                    "passage_start": length,
                    "passage_end": length + len(sentence),
                    "passage": sentence,
                }
            )
        else:
            fill = {"A": rng.choice(names.persons), "B": rng.choice(names.persons), "P": rng.choice(CITIES),
                    "O": rng.choice(names.organisations)}  # fmt: skip
            sentence = rng.choice(FILLER).format(**fill)
        parts.append(sentence)
        length += len(sentence) + 1
    return " ".join(parts), rows


def cpu_time(fn: Callable[[], object]) -> tuple[float, object]:
    t0 = time.process_time()
    result = fn()
    return time.process_time() - t0, result


def understand(docs: list[tuple[str, str, list[dict]]]) -> tuple[dict[str, float], list[dict]]:
    """Run the per-document and per-mention steps as the pipeline does; CPU seconds per step.

    Each step runs over all documents in one timed pass, so that the clock's own cost stays out.
    """
    spent: dict[str, float] = {}
    gaz, tax, rules = builtin_gazetteer(), builtin_taxonomy(), builtin_title_rules()
    t0 = time.process_time()
    found = [find_actors(text, gaz) for _, text, _ in docs]
    spent["find_actors"] = time.process_time() - t0
    jobs = [(d, m, p0 := m["passage_start"], m["date_text_start"] - p0, m["date_text_end"] - p0)
            for d, (_, _, mentions) in enumerate(docs) for m in mentions]  # fmt: skip
    t0 = time.process_time()
    actors = [format_actors(passage_actors(found[d], p0, m["passage_end"])) for d, m, p0, _, _ in jobs]
    t1 = time.process_time()
    types = [classify(m["passage"], ds, de, tax)[:2] for _, m, _, ds, de in jobs]
    t2 = time.process_time()
    titles = [make_title(m["passage"], found[d], p0, (ds, de), gaz, rules) for d, m, p0, ds, de in jobs]
    t3 = time.process_time()
    spent.update({"passage_actors": t1 - t0, "classify": t2 - t1, "make_title": t3 - t2})
    rows = [
        {**m, "mention_id": f"m{docs[d][0]}-{i}", "doc": docs[d][0], "actors": a, "actor_kinds": k,
         "event_type": t, "event_type_rule": r, "title": title, "status": "reported"}
        for i, ((d, m, _, _, _), (a, k), (t, r), title) in enumerate(zip(jobs, actors, types, titles, strict=True))
    ]  # fmt: skip
    return spent, rows


# One checkout's understanding stage over tagged documents: one timed pass, (document_events s, understood s, rows).
_Pass = Callable[[], tuple[float, float, list]]


def stage_pass(folder: Path, limit: int, modules: dict[str, Any]) -> tuple[_Pass, int]:
    """A timed pass of the understanding stage of the checkout whose modules are given, over the first
    `limit` documents of `folder` (read and tagged here, untimed), and the number of documents."""
    config = modules["timeline.config"].load_config(workers=1)
    prepared = modules["timeline.pipeline"].prepare([folder], config)
    read, passages = modules["timeline.reading.documents"], modules["timeline.understanding.passages"]
    tagged = []
    for item in prepared.items[:limit]:
        # What `pipeline._Job.process` does before understanding (without the publication estimate: a
        # make_corpus document has its date in sources.csv).
        document = read.read_file(item, config.max_bytes, config.debris, config.temporal)
        document = read.apply_sources(document, prepared.job.sources)
        spans = modules["timeline.text.segment"].sentence_spans(document.text)
        mentions = modules["timeline.temporal.tagger"].tag(
            document.text, passages.reference_for(document), spans, config.temporal
        )
        tagged.append((document, spans, mentions))
    understood = modules["timeline.pipeline"].understood

    def one_pass() -> tuple[float, float, list]:
        t0 = time.process_time()
        events = [passages.document_events(d, m, s, debris=config.debris) for d, s, m in tagged]
        t1 = time.process_time()
        rows = [understood(d, found, config) for (d, _, _), found in zip(tagged, events, strict=True)]
        return t1 - t0, time.process_time() - t1, rows

    return one_pass, len(tagged)


_STAGE_MODULES = ("timeline.config", "timeline.pipeline", "timeline.reading.documents",
                  "timeline.temporal.tagger", "timeline.text.segment", "timeline.understanding.passages")  # fmt: skip


def checkout_modules(root: Path) -> dict[str, Any]:
    """The stage's modules of another checkout, imported beside this one's: `timeline` is taken out of
    `sys.modules` while they import, then this checkout's modules are put back."""
    ours = {name: module for name, module in sys.modules.items() if name == "timeline" or name.startswith("timeline.")}
    for name in ours:
        del sys.modules[name]
    sys.path.insert(0, str(root))
    try:
        return {name: importlib.import_module(name) for name in _STAGE_MODULES}
    finally:
        sys.path.remove(str(root))
        for name in [n for n in sys.modules if n == "timeline" or n.startswith("timeline.")]:
            del sys.modules[name]
        sys.modules.update(ours)


def bench_corpus(folder: Path, limit: int, repeat: int, against: Path | None = None) -> None:
    """CPU per document of the pipeline's understanding stage on the first `limit` documents of `folder`;
    with `against` (another checkout), that checkout's too, their passes interleaved in this process so
    that the load of a shared machine falls on both alike."""
    checkouts = {str(ROOT): {name: importlib.import_module(name) for name in _STAGE_MODULES}}
    if against is not None:
        checkouts[str(against)] = checkout_modules(against)
    passes = {root: stage_pass(folder, limit, modules) for root, modules in checkouts.items()}
    best: dict[str, list[float]] = {root: [float("inf"), float("inf")] for root in passes}
    first_rows: dict[str, list] = {}
    for _ in range(repeat):
        for root, (one_pass, _n) in passes.items():
            events_s, understood_s, rows = one_pass()
            best[root] = [min(best[root][0], events_s), min(best[root][1], understood_s)]
            first_rows.setdefault(root, rows)
    for root, (events_s, understood_s) in best.items():
        n = passes[root][1]
        n_events = sum(map(len, first_rows[root]))
        log.info("%s on %s: %d documents, %d events (fastest of %d passes)", root, folder, n, n_events, repeat)
        total = 0.0
        for step, seconds in (("document_events", events_s), ("understood", understood_s)):
            us = seconds / n * 1e6
            total += us
            log.info("  %-16s %8.1f us per document", step, us)
        log.info("  %-16s %8.1f us per document (%.0f documents/s)", "understanding", total, 1e6 / total)
    if against is not None:
        ours, other = (sum(best[root]) for root in checkouts)
        same = first_rows[str(ROOT)] == first_rows[str(against)]
        log.info("this checkout / %s: %.2fx the CPU; rows %s", against, ours / other, "identical" if same else "DIFFER")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000, help="documents for the per-document timings")
    parser.add_argument("--group-docs", type=int, default=10000, help="documents in the frame given to grouping")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--corpus", type=Path, help="time the pipeline's understanding stage on these documents")
    parser.add_argument("--limit", type=int, default=1000, help="with --corpus: documents read")
    parser.add_argument("--repeat", type=int, default=3, help="with --corpus: timed passes (the fastest is kept)")
    parser.add_argument("--against", type=Path, help="with --corpus: another checkout, timed in the same passes")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stdout)
    if args.corpus is not None:
        bench_corpus(args.corpus, args.limit, args.repeat, args.against)
        return 0

    rng = random.Random(args.seed)
    names = read_names()
    n_all = max(args.docs, args.group_docs)
    # Each happening is reported by about three documents.
    pool = make_pool(rng, names, max(MENTIONS_PER_DOC, n_all * MENTIONS_PER_DOC // 3))
    docs = []
    for i in range(n_all):
        text, mentions = render_doc(rng, names, pool)
        docs.append((f"{i:06d}.txt", text, mentions))
    mean_chars = sum(len(t) for _, t, _ in docs[: args.docs]) / args.docs

    # build the automata outside the timing
    find_actors(docs[0][1], builtin_gazetteer())
    classify("warm-up", taxonomy=builtin_taxonomy())
    builtin_title_rules()
    spent, _ = understand(docs[: args.docs])
    n_mentions = sum(len(m) for _, _, m in docs[: args.docs])
    log.info("%d documents of %.0f characters, %d dated mentions", args.docs, mean_chars, n_mentions)
    per_doc = {step: seconds / args.docs * 1e6 for step, seconds in spent.items()}
    for step, us in per_doc.items():
        log.info("  %-15s %8.1f us per document", step, us)
    total = sum(per_doc.values())
    log.info("  %-15s %8.1f us per document (%.0f documents/s)", "total", total, 1e6 / total)

    _, rows = understand(docs[: args.group_docs]) if args.group_docs > args.docs else (None, None)
    if rows is None:
        _, rows = understand(docs[: args.group_docs])
    frame = conform(pd.DataFrame(rows))
    seconds, grouped = cpu_time(lambda: group_events(frame))
    assert isinstance(grouped, pd.DataFrame)
    n_events = grouped["event_id"].nunique()
    log.info(
        "group_events: %d mentions of %d documents in %.2f s (%.1f us per document), %d events, %.2f sources each",
        len(frame), args.group_docs, seconds, seconds / args.group_docs * 1e6, n_events,
        grouped.drop_duplicates("event_id")["n_sources"].mean(),
    )  # fmt: skip
    verdict = "PASS" if per_doc["find_actors"] < BUDGET_ACTORS_US else "FAIL"
    log.info("find_actors budget %.0f us per 4 KB document: %s", BUDGET_ACTORS_US, verdict)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
