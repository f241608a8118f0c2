"""CPU per document of the reading and date-finding stages, on a folder of documents (a make_corpus folder).

    .venv/bin/python benchmarks/bench_stages.py /tmp/corp/c1000 [--limit 1000] [--repeat 3]

Times, per document and in microseconds of process CPU (the best of `--repeat` passes, so that other work
on the machine disturbs the figures less):

* `read`     `read_file`: bytes, decoding and the header (includes `header`);
* `header`   `read_header` alone: title, datelines, wire datelines;
* `segment`  `sentence_spans`;
* `casing`   `casing.capitalised` alone;
* `find`     `patterns.find` on the text with its lower-case names capitalised (includes `casing`);
* `find_only` `patterns.find` on texts capitalised beforehand;
* `tag`      `tagger.tag` against the publication date (includes `find`, tense and resolution; the sentence
             spans are passed in).

With `--pipeline` it times instead the whole per-document path of `extract` (`pipeline._Job.batch`, one
process, batches of `pipeline.BATCH`) split by stage, in milliseconds of process CPU per document: each
stage function the pipeline calls is wrapped with a timer (a stage's time excludes the timed stages it
calls), so the stages add up to the whole; `rows` is what `understood` does itself (the row values,
party anaphora's glue) and `other` the rest (`process`, reports, Arrow rows).  The wrappers cost about a
microsecond a call (~0.05 ms a document), charged to the calling stage.

    .venv/bin/python benchmarks/bench_stages.py /tmp/corp/c1000 --pipeline [--limit 1000] [--repeat 3]

The script times the `timeline` package beside it: to compare another checkout, copy it into that
checkout's `benchmarks/` and run both one after the other, twice, comparing the smaller figures (under
load they move by 20-30 %).
"""

from __future__ import annotations

import argparse
import functools
import logging
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline import pipeline  # noqa: E402
from timeline.config import load_config  # noqa: E402
from timeline.reading import datelines  # noqa: E402
from timeline.reading.debris import builtin_debris  # noqa: E402
from timeline.reading.documents import read_file  # noqa: E402
from timeline.reading.files import collect  # noqa: E402
from timeline.temporal.casing import capitalised  # noqa: E402
from timeline.temporal.patterns import find  # noqa: E402
from timeline.temporal.rules import builtin_rules  # noqa: E402
from timeline.temporal.tagger import Reference, tag  # noqa: E402
from timeline.text.segment import sentence_spans  # noqa: E402

log = logging.getLogger("bench_stages")


def best_of(repeat: int, run: Callable[[], object]) -> float:
    """The smallest process CPU time of `repeat` runs, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best


# Stages of the per-document path: (stage, module whose name the pipeline calls, name).
PIPELINE_STAGES: tuple[tuple[str, Any, str], ...] = (
    ("read", pipeline.D, "read_file"),
    ("estimate", pipeline, "_with_estimate"),
    ("segment", pipeline, "sentence_spans"),
    ("tag", pipeline, "tag"),
    # an undated document's dates found once for the estimate and the reading after it (its resolution is `tag`)
    ("tag", pipeline, "find_dates"),
    ("passages", pipeline, "document_events"),
    ("actors", pipeline, "find_actors"),
    ("types", pipeline, "classify"),
    ("roles", pipeline, "actor_roles"),
    ("roles", pipeline, "event_pivot"),
    ("anaphora", pipeline, "anaphor_kinds"),
    ("anaphora", pipeline, "parties_of"),
    ("anaphora", pipeline, "pronoun_use"),
    ("anaphora", pipeline, "carried_subjects"),
    ("roles", pipeline, "with_subjects"),
    ("headlines", pipeline, "title_and_headline"),
    ("headlines", pipeline, "caption_headlines"),
    ("rows", pipeline, "understood"),
    ("arrow", pipeline, "table_from_rows"),
)


def _timed(fn: Callable[..., Any], stage: str, spent: Counter[str], inner: list[float]) -> Callable[..., Any]:
    """`fn`, its process CPU added to `spent[stage]` less that of the timed stages it calls."""

    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        inner.append(0.0)
        try:
            return fn(*args, **kwargs)
        finally:
            took = time.process_time() - started
            spent[stage] += took - inner.pop()
            if inner:
                inner[-1] += took

    return run


def bench_pipeline(folder: Path, limit: int, repeat: int) -> dict[str, float]:
    """Process CPU per document (seconds) of each stage of the per-document path, and `total`: each stage's
    fastest of `repeat` passes (a stage's minimum, so the stages may add up to a little less than `total`)."""
    config = load_config(workers=1)
    prepared = pipeline.prepare([folder], config, keep_texts=False)
    items = prepared.items[:limit]
    job = prepared.job
    spent: Counter[str] = Counter()
    inner: list[float] = []
    # (a checkout older than one of the names has no such stage)
    stages = [(stage, module, name) for stage, module, name in PIPELINE_STAGES if hasattr(module, name)]
    originals = [(module, name, getattr(module, name)) for _, module, name in stages]
    for stage, module, name in stages:
        setattr(module, name, _timed(getattr(module, name), stage, spent, inner))
    best: dict[str, float] = {}
    try:
        job.batch(items[:20])  # first use: lazily built tables and caches
        for _ in range(repeat):
            spent.clear()
            started = time.process_time()
            for i in range(0, len(items), pipeline.BATCH):
                job.batch(items[i : i + pipeline.BATCH])
            spent["total"] = time.process_time() - started
            spent["other"] = spent["total"] - sum(v for k, v in spent.items() if k != "total")
            for stage, seconds in spent.items():
                best[stage] = min(best.get(stage, float("inf")), seconds / max(len(items), 1))
    finally:
        for module, name, fn in originals:
            setattr(module, name, fn)
    return best


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pipeline", action="store_true", help="the whole per-document path, by stage")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.pipeline:
        costs = bench_pipeline(args.folder, args.limit, args.repeat)
        total = costs.pop("total")
        for stage, seconds in sorted(costs.items(), key=lambda kv: -kv[1]):
            log.info("%-10s %7.3f ms/doc  %4.1f %%", stage, seconds * 1e3, 100 * seconds / total)
        log.info("%-10s %7.3f ms/doc  (fastest pass)", "total", total * 1e3)
        return 0
    items = [i for i in collect([args.folder]) if i.path.suffix == ".txt"][: args.limit]
    rules, debris = builtin_rules(), builtin_debris()
    documents = [read_file(i, debris=debris, rules=rules) for i in items]
    texts = [d.text for d in documents]
    cased = [capitalised(t, rules.lower_case) if rules.lower_case else t for t in texts]
    spans = [sentence_spans(t) for t in texts]
    refs = [Reference(d.published) for d in documents]
    stages: dict[str, Callable[[], object]] = {
        "read": lambda: [read_file(i, debris=debris, rules=rules) for i in items],
        "header": lambda: [datelines.read_header(t, debris, rules) for t in texts],
        "segment": lambda: [sentence_spans(t) for t in texts],
        "casing": lambda: [capitalised(t, rules.lower_case) if rules.lower_case else t for t in texts],
        "find": lambda: [find(capitalised(t, rules.lower_case) if rules.lower_case else t, rules) for t in texts],
        "find_only": lambda: [find(t, rules) for t in cased],
        "tag": lambda: [tag(t, r, s, rules) for t, r, s in zip(texts, refs, spans, strict=True)],
    }
    n = len(texts)
    log.info("%d documents, %.0f characters on average", n, sum(map(len, texts)) / max(n, 1))
    total = 0.0
    for name, run in stages.items():
        seconds = best_of(args.repeat, run)
        if name in ("read", "segment", "tag"):
            total += seconds
        log.info("%-10s %8.1f us/doc", name, seconds / n * 1e6)
    log.info("%-10s %8.1f us/doc  (read + segment + tag)", "total", total / n * 1e6)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
