"""The event store's cost: a full `--store` run, a re-run with nothing changed, a re-run with 1% changed.

    .venv/bin/python benchmarks/bench_store.py --corpus /tmp/corp/c1000 [--plain] [--workers N]
    .venv/bin/python benchmarks/bench_store.py --n 1000 [--make-corpus ../shared/bench/make_corpus.py]

The corpus (given, or made with `make_corpus.py SEEDS OUT N`: ~4 KB documents of real-news density, a
sources.csv dating each) is copied into a temporary folder, so that the 1% edit never touches the
original.  Each step is a fresh process `python -m timeline extract COPY --store STORE -q`, run through
a wrapper that reports its own peak RSS (the parent, `resource.getrusage(RUSAGE_SELF)`) and the largest
of its reaped worker processes (`RUSAGE_CHILDREN`), with wall and CPU time.  `--plain` adds, first, the
same extraction without a store (`-o events.csv`) for comparison.  Prints a table; exit status 0.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

# Beside this script, also when a test loads it by path.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from child_run import run_child

ROOT = Path(__file__).resolve().parents[1]
MAKE_CORPUS = ROOT.parent / "shared" / "bench" / "make_corpus.py"

# Runs the CLI in the child and writes its peak memory figures (KiB on Linux) to the file named by argv[1].
WRAPPER = """
import json, resource, sys
from timeline.cli import main
code = main(sys.argv[2:])
peak = {"parent_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "workers_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}
with open(sys.argv[1], "w") as fh:
    json.dump(peak, fh)
sys.exit(code)
"""


@dataclass(frozen=True)
class Step:
    name: str
    wall: float
    cpu: float
    parent_mib: float
    workers_mib: float


def run_step(name: str, args: list[str], work: Path) -> Step:
    peak_file = work / f"{name}.peak.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = run_child([sys.executable, "-c", WRAPPER, str(peak_file), *args], ROOT, env)
    if run.done.returncode != 0:
        sys.exit(f"{name}: exit {run.done.returncode}\n{run.done.stderr[-2000:]}")
    wall, cpu = run.wall, run.cpu
    peak = json.loads(peak_file.read_text())
    return Step(name, wall, cpu, peak["parent_kib"] / 1024, peak["workers_kib"] / 1024)


def change_one_percent(corpus: Path) -> int:
    """Append a dated sentence to every hundredth document; returns how many were changed."""
    docs = sorted(p for p in corpus.iterdir() if p.suffix == ".txt")
    changed = docs[::100]
    for path in changed:
        with path.open("a", encoding="utf-8") as fh:
            fh.write("\nThe two delegations met again on 3 March 2021 in Geneva.\n")
    return len(changed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, help="an existing corpus folder (copied, never changed)")
    parser.add_argument("--n", type=int, default=1000, help="documents to make when no --corpus (default 1000)")
    parser.add_argument("--make-corpus", type=Path, default=MAKE_CORPUS, help="the make_corpus.py to use")
    parser.add_argument("--workers", type=int, help="passed to the CLI's --workers")
    parser.add_argument("--plain", action="store_true", help="also time the extraction without a store")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench_store_") as tmp:
        work = Path(tmp)
        corpus = work / "corpus"
        if args.corpus:
            shutil.copytree(args.corpus, corpus)
        else:
            subprocess.run([sys.executable, str(args.make_corpus), str(ROOT / "seeds"), str(corpus), str(args.n)],
                           check=True)  # fmt: skip
        n_docs = sum(1 for p in corpus.iterdir() if p.suffix == ".txt")
        store = work / "store"
        extra = ["--workers", str(args.workers)] if args.workers else []
        base = ["extract", str(corpus), "-q", *extra]
        steps = []
        if args.plain:
            steps.append(run_step("plain -o csv", [*base, "-o", str(work / "events.csv")], work))
        steps.append(run_step("store: full", [*base, "--store", str(store)], work))
        steps.append(run_step("store: no change", [*base, "--store", str(store)], work))
        n_changed = change_one_percent(corpus)
        steps.append(run_step(f"store: {n_changed} changed", [*base, "--store", str(store)], work))
        sys.path.insert(0, str(ROOT))
        from timeline.store.reader import read_events

        n_events = len(read_events(store))
        plain = ""
        if args.plain:
            with (work / "events.csv").open(encoding="utf-8", newline="") as fh:
                plain = f" (the plain run's CSV: {sum(1 for _ in csv.reader(fh)) - 1} rows, before the edit)"
        print(f"corpus: {n_docs} documents; the store: {n_events} event rows{plain}")
        print(f"load average at the end: {os.getloadavg()[0]:.1f} (other processes share the cores)")
        print(f"{'step':<22}{'wall s':>9}{'CPU s':>9}{'docs/s':>9}{'parent MiB':>12}{'worker MiB':>12}")
        for s in steps:
            rate = f"{n_docs / s.wall:9.0f}" if s.name in ("plain -o csv", "store: full") else f"{'':>9}"
            print(f"{s.name:<22}{s.wall:9.2f}{s.cpu:9.2f}{rate}{s.parent_mib:12.0f}{s.workers_mib:12.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
