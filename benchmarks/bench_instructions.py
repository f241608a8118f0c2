"""Instructions per document of one reading, date-finding or understanding stage, counted by valgrind (callgrind): a
measure that other work on a shared machine does not move, unlike CPU time.

    .venv/bin/python benchmarks/bench_instructions.py STAGE 'GLOB' [--limit 100] [--root OTHER_CHECKOUT]

STAGE is one of `tag` (`tagger.tag` against a publication date, sentence spans given: casing, finding,
tense and resolution), `header` (`datelines.read_header`), `segment` (`sentence_spans`), `casing`
(`casing.capitalised`), `find` (`patterns.find` on texts capitalised beforehand, with its own anchor
pass), `debris` (`debris.is_debris_at` at every tagged mention, as the passage stage asks it),
`understand` (`pipeline.understood`: actors, types, roles, anaphora, titles and headlines of each
event, on documents read, dated and cut into events beforehand, as `extract` does with the built-in data)
or `actors` (`find_actors` over each whole text), or `document`: the whole per-document path of `extract`
(`pipeline._Job.read_and_extract`: reading, dates, passages, understanding and the row values).  GLOB names
the documents (quote it), e.g. '/tmp/corp/c1000/*.txt'; the first `--limit` are used.

The documents are read, the rules built and every stage warmed before counting starts: the process runs
under callgrind with instrumentation off, and `callgrind_control -i on` switches it on once the set-up is
done; only the instructions inside `itertools.starmap` (which runs the stage on each document, and nothing
else) are collected.  The set-up's objects are frozen (`gc.freeze`) before counting: a full collection of them
landing inside the window or not moved a figure by up to 0.16 M a document between two checkouts that run the
same Python calls.  `--root` counts another checkout's `timeline` package with the same script (A/B).
Needs valgrind (Debian: `valgrind`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import glob
import inspect
import itertools
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UNDERSTANDING = ("understand", "actors")
STAGES = ("tag", "header", "segment", "casing", "find", "debris", *UNDERSTANDING, "document")


def run_stage(stage: str, pattern: str, limit: int, go: Path) -> None:
    """The child: set up, say so, wait for instrumentation, then run the stage inside `starmap`."""
    files = sorted(glob.glob(pattern))[:limit]
    if stage == "document":
        run, n = _document_stage(files)
    else:
        run, n = _understanding_stage(stage, files) if stage in UNDERSTANDING else _reading_stage(stage, files)
    for i in range(min(5, n)):
        run(i)
    # The set-up's objects are moved out of the collector's reach: else a full collection of them falls inside the
    # counted window or not as allocation shifts, by ±0.1-0.2 M a document, and hides what a change does.
    gc.collect()
    gc.freeze()
    go.with_suffix(".ready").write_text(f"{os.getpid()} {n}")
    while not go.exists():
        time.sleep(0.05)
    list(itertools.starmap(run, ((i,) for i in range(n))))


def _reading_stage(stage: str, files: list[str]) -> tuple[Callable[[int], object], int]:
    """A reading or date-finding stage on the i-th text, and the number of texts."""
    from timeline.reading import datelines
    from timeline.reading.debris import builtin_debris, is_debris_at
    from timeline.temporal import casing, patterns, tagger
    from timeline.temporal.rules import builtin_rules
    from timeline.text.segment import sentence_spans

    rules, debris = builtin_rules(), builtin_debris()
    texts = [Path(f).read_text(encoding="utf-8", errors="replace") for f in files]
    reference = tagger.Reference(published=dt.date(2021, 3, 5))
    spans = [sentence_spans(t) for t in texts]
    cased = [casing.capitalised(t, rules.lower_case) for t in texts]
    starts = [[m.start for m in tagger.tag(t, reference, s, rules)] for t, s in zip(texts, spans, strict=True)]
    verdicts = _debris_stage(is_debris_at, debris)
    stages: dict[str, Callable[[int], object]] = {
        "tag": lambda i: tagger.tag(texts[i], reference, spans[i], rules),
        "header": lambda i: datelines.read_header(texts[i], debris, rules),
        "segment": lambda i: sentence_spans(texts[i]),
        "casing": lambda i: casing.capitalised(texts[i], rules.lower_case),
        "find": lambda i: patterns.find(cased[i], rules),
        "debris": lambda i: verdicts(texts[i], starts[i]),
    }
    return stages[stage], len(texts)


def _debris_stage(is_debris_at: Callable[..., bool], debris: object) -> Callable[[str, list[int]], list[bool]]:
    """`is_debris_at` at each start of a text, as the passage stage asks it: with the verdicts kept by line for
    the document when the checkout's function takes them (`lines`), else one by one (an older checkout)."""
    if "lines" not in inspect.signature(is_debris_at).parameters:
        return lambda text, starts: [is_debris_at(text, at, debris) for at in starts]

    def by_line(text: str, starts: list[int]) -> list[bool]:
        lines: dict[int, bool] = {}
        return [is_debris_at(text, at, debris, lines) for at in starts]

    return by_line


def _understanding_stage(stage: str, files: list[str]) -> tuple[Callable[[int], object], int]:
    """An understanding stage on the i-th document, its input made as `pipeline._Job.process` makes it (the
    sources.csv beside the documents read), and the number of documents."""
    from timeline import pipeline
    from timeline.config import load_config
    from timeline.reading import documents
    from timeline.reading.files import collect
    from timeline.temporal.tagger import tag
    from timeline.text.segment import sentence_spans
    from timeline.understanding.actors import find_actors
    from timeline.understanding.passages import document_events, reference_for

    config = load_config()
    sources = pipeline._load_sources(None, [Path(files[0]).parent], []) if files else None
    inputs = []
    for item in collect(files):
        document = documents.read_file(item, config.max_bytes, config.debris, config.temporal)
        document = documents.apply_sources(document, sources)
        if document.published is None:
            document = pipeline._with_estimate(document, config)
        spans = sentence_spans(document.text)
        mentions = tag(document.text, reference_for(document), spans, config.temporal)
        inputs.append((document, document_events(document, mentions, spans, debris=config.debris), spans))

    def run(i: int) -> object:
        document, events, spans = inputs[i]
        if stage == "actors":
            return find_actors(document.text, config.gazetteer)
        return pipeline.understood(document, events, config, spans)

    return run, len(inputs)


def _document_stage(files: list[str]) -> tuple[Callable[[int], object], int]:
    """The whole per-document path of `extract` on the i-th file (`pipeline._Job.read_and_extract`: reading,
    dates, passages, understanding, rows), with the built-in data and the sources.csv beside the files."""
    from timeline import pipeline

    prepared = pipeline.prepare(files)
    items = prepared.items
    return (lambda i: prepared.job.read_and_extract(items[i])), len(items)


def count(stage: str, pattern: str, limit: int, root: Path) -> tuple[float, int]:
    """(instructions per document, documents) of `stage` in the checkout at `root`."""
    with tempfile.TemporaryDirectory() as folder:
        go, out = Path(folder) / "go", Path(folder) / "callgrind.out"
        command = [
            "valgrind", "--tool=callgrind", "--instr-atstart=no", "--collect-atstart=no",
            "--toggle-collect=starmap_next", f"--callgrind-out-file={out}",
            sys.executable, str(Path(__file__).resolve()), "--child", stage, pattern, "--limit", str(limit),
            "--go", str(go),
        ]  # fmt: skip
        env = {**os.environ, "PYTHONPATH": str(root)}
        child = subprocess.Popen(command, cwd=root, env=env, stderr=subprocess.PIPE, text=True)
        ready = go.with_suffix(".ready")
        # the child writes "PID DOCUMENTS" into it: wait for both, not only for the file
        while not ready.exists() or len(ready.read_text().split()) < 2:
            if child.poll() is not None:
                sys.exit(f"the stage did not start: {child.stderr.read() if child.stderr else ''}")
            time.sleep(0.2)
        pid, docs = ready.read_text().split()
        subprocess.run(["callgrind_control", "-i", "on", pid], check=True, capture_output=True)
        go.write_text("")
        _, err = child.communicate()
        collected = re.search(r"Collected : (\d+)", err)
        if child.returncode or collected is None:
            sys.exit(f"callgrind failed:\n{err}")
        return int(collected[1]) / int(docs), int(docs)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("stage", choices=STAGES)
    parser.add_argument("glob", help="the documents, e.g. '/tmp/corp/c1000/*.txt' (quoted)")
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose timeline package is counted")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--go", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        sys.path.insert(0, os.getcwd())
        run_stage(args.stage, args.glob, args.limit, args.go)
        return 0
    if not shutil.which("valgrind") or not shutil.which("callgrind_control"):
        sys.exit("needs valgrind and callgrind_control")
    per_doc, docs = count(args.stage, args.glob, args.limit, args.root.resolve())
    print(f"{args.stage}: {per_doc / 1e6:.3f} M instructions a document ({docs} documents, {args.root})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
