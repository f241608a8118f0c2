"""Instructions per document of one reading or date-finding stage, counted by valgrind (callgrind): a
measure that other work on a shared machine does not move, unlike CPU time.

    .venv/bin/python benchmarks/bench_instructions.py STAGE 'GLOB' [--limit 100] [--root OTHER_CHECKOUT]

STAGE is one of `tag` (`tagger.tag` against a publication date, sentence spans given: casing, finding,
tense and resolution), `header` (`datelines.read_header`), `segment` (`sentence_spans`), `casing`
(`casing.capitalised`), `find` (`patterns.find` on texts capitalised beforehand, with its own anchor
pass) or `debris` (`debris.is_debris_at` at every tagged mention, as the passage stage asks it).
GLOB names the documents (quote it), e.g. '/tmp/corp/c1000/*.txt'; the first `--limit` are used.

The documents are read, the rules built and every stage warmed before counting starts: the process runs
under callgrind with instrumentation off, and `callgrind_control -i on` switches it on once the set-up is
done; only the instructions inside `itertools.starmap` (which runs the stage on each document, and nothing
else) are collected.  `--root` counts another checkout's `timeline` package with the same script (A/B).
Needs valgrind (Debian: `valgrind`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import glob
import itertools
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STAGES = ("tag", "header", "segment", "casing", "find", "debris")


def run_stage(stage: str, pattern: str, limit: int, go: Path) -> None:
    """The child: set up, say so, wait for instrumentation, then run the stage inside `starmap`."""
    from timeline.reading import datelines
    from timeline.reading.debris import builtin_debris, is_debris_at
    from timeline.temporal import casing, patterns, tagger
    from timeline.temporal.rules import builtin_rules
    from timeline.text.segment import sentence_spans

    rules, debris = builtin_rules(), builtin_debris()
    texts = [Path(f).read_text(encoding="utf-8", errors="replace") for f in sorted(glob.glob(pattern))[:limit]]
    reference = tagger.Reference(published=dt.date(2021, 3, 5))
    spans = [sentence_spans(t) for t in texts]
    cased = [casing.capitalised(t, rules.lower_case) for t in texts]
    starts = [[m.start for m in tagger.tag(t, reference, s, rules)] for t, s in zip(texts, spans, strict=True)]
    stages = {
        "tag": lambda i: tagger.tag(texts[i], reference, spans[i], rules),
        "header": lambda i: datelines.read_header(texts[i], debris, rules),
        "segment": lambda i: sentence_spans(texts[i]),
        "casing": lambda i: casing.capitalised(texts[i], rules.lower_case),
        "find": lambda i: patterns.find(cased[i], rules),
        "debris": lambda i: [is_debris_at(texts[i], at, debris) for at in starts[i]],
    }
    run = stages[stage]
    for i in range(min(5, len(texts))):
        run(i)
    go.with_suffix(".ready").write_text(f"{os.getpid()} {len(texts)}")
    while not go.exists():
        time.sleep(0.05)
    list(itertools.starmap(run, ((i,) for i in range(len(texts)))))


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
        while not ready.exists():
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
