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

The script times the `timeline` package beside it: to compare another checkout, copy it into that
checkout's `benchmarks/` and run both one after the other, twice, comparing the smaller figures (under
load they move by 20-30 %).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

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


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
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
