"""Extraction speed on real-news density: the whole `python -m timeline extract` process against
`dateparser.search_dates`, on the same make_corpus documents, in the same run.

    .venv/bin/python benchmarks/bench_realistic.py CORPUS_DIR [--limit 400]
    .venv/bin/python benchmarks/bench_realistic.py --sizes 1000,10000,100000 [--corpora /tmp/corp] [--limit 400]

CORPUS_DIR is a folder written by `/work/shared/bench/make_corpus.py SEEDS OUT N` (about 4 KB and 6 dated
expressions a document, and a sources.csv).  With --sizes, the corpus of each size N is
`CORPORA/cN` when it exists, else it is generated into a temporary folder from `seeds/` with make_corpus.py
(which must then be present; `--make-corpus PATH` names it).

For each corpus it runs, as a subprocess, `python -m timeline extract DIR -o OUT.csv -q` and reports the
whole process's wall time, CPU time (user + system of the process and its worker processes, from the
children's rusage) and peak RSS (the largest single process, `ru_maxrss` of the children: the parent and
each forked worker are counted separately, not summed).  Then it runs the dateparser baseline
(`baseline_dateparser.py DIR OUT.csv --limit K`) on the first K documents of the first corpus: dateparser
takes ~20 ms a document, so K = 300-500 gives its docs/s to a few per cent without an hour's wait.  It
prints docs/s of both, their ratio against the README's floor and goal (40x, 100x), and, with several
sizes, the per-document cost at each size against the smallest (net of the start-up cost, measured on a 1-document run).

The machine may be shared: wall times move with other load, CPU times much less; the ratio is measured
in one run so both sides see about the same load.
"""

from __future__ import annotations

import argparse
import os
import re
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
SHARED = Path("/work/shared/bench")
# The README's floor and goal for this ratio ("Accuracy and speed", other measures: 40x / 100x).
FLOOR_RATIO = 40.0
GOAL_RATIO = 100.0
FLOOR_MIB = 1024.0
# Per-document cost at the largest size over the smallest one.
FLOOR_LINEARITY = 1.15


@dataclass(frozen=True)
class Run:
    docs: int
    wall: float
    cpu: float
    peak_mib: float

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.wall


def timed(cmd: list[str], root: Path = ROOT) -> tuple[float, float, float, str]:
    """Wall seconds, CPU seconds (the command and its children) and peak RSS MiB of one subprocess."""
    run = run_child(cmd, root)
    if run.done.returncode != 0:
        sys.exit(f"failed ({run.done.returncode}): {' '.join(cmd)}\n{run.done.stderr[-2000:]}")
    return run.wall, run.cpu, run.peak_mib, run.done.stderr


def run_extract(folder: Path, out: Path, root: Path = ROOT) -> Run:
    n = sum(1 for p in folder.iterdir() if p.suffix == ".txt")
    cmd = [sys.executable, "-m", "timeline", "extract", str(folder), "-o", str(out), "-q"]
    wall, cpu, peak, _ = timed(cmd, root)
    return Run(n, wall, cpu, peak)


def run_dateparser(folder: Path, out: Path, limit: int, script: Path) -> float:
    """dateparser's docs/s (its own timing, after a warm-up call, excluding its import)."""
    _, _, _, err = timed([sys.executable, str(script), str(folder), str(out), "--limit", str(limit)])
    found = re.search(r"= ([0-9.]+) docs/s", err)
    if not found:
        sys.exit(f"no docs/s in the baseline's output:\n{err[-2000:]}")
    return float(found.group(1))


def corpus(size: int, corpora: Path, make_corpus: Path, scratch: Path) -> Path:
    ready = corpora / f"c{size}"
    if ready.is_dir() and sum(1 for p in ready.iterdir() if p.suffix == ".txt") == size:
        return ready
    if not make_corpus.is_file():
        sys.exit(f"no corpus {ready} and no generator {make_corpus}")
    target = scratch / f"c{size}"
    print(f"generating {size} documents into {target} ...", file=sys.stderr)
    subprocess.run([sys.executable, str(make_corpus), str(ROOT / "seeds"), str(target), str(size)], check=True)
    return target


def one_document(folder: Path, scratch: Path) -> Path:
    """A folder with the first document of `folder` and its sources row: the start-up cost."""
    target = scratch / "c1"
    target.mkdir(exist_ok=True)
    first = min(p for p in folder.iterdir() if p.suffix == ".txt")
    shutil.copy(first, target / first.name)
    lines = (folder / "sources.csv").read_text(encoding="utf-8").splitlines()
    row = next(line for line in lines[1:] if line.startswith(first.name + ","))
    (target / "sources.csv").write_text(f"{lines[0]}\n{row}\n", encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, help="a make_corpus folder")
    parser.add_argument("--sizes", help="comma-separated corpus sizes, e.g. 1000,10000,100000")
    parser.add_argument("--corpora", type=Path, default=Path("/tmp/corp"), help="where cN folders are looked for")
    parser.add_argument("--make-corpus", type=Path, default=SHARED / "make_corpus.py")
    parser.add_argument("--baseline", type=Path, default=SHARED / "baseline_dateparser.py")
    parser.add_argument("--limit", type=int, default=400, help="documents the dateparser baseline reads")
    parser.add_argument("--no-baseline", action="store_true", help="skip dateparser (per-size costs only)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a floor fails")
    parser.add_argument(
        "--root", type=Path, default=ROOT, help="the checkout whose `timeline` is timed (another branch: before/after)"
    )
    args = parser.parse_args(argv)
    if not args.corpus and not args.sizes:
        parser.error("give a corpus folder or --sizes")
    with tempfile.TemporaryDirectory(prefix="bench_realistic_") as tmp:
        scratch = Path(tmp)
        if args.corpus:
            folders = [args.corpus]
        else:
            sizes = sorted(int(s) for s in args.sizes.split(","))
            folders = [corpus(n, args.corpora, args.make_corpus, scratch) for n in sizes]
        start = run_extract(one_document(folders[0], scratch), scratch / "one.csv", args.root)
        print(f"start-up (1 document): {start.wall:.2f} s wall, {start.cpu:.2f} s CPU", flush=True)
        runs: list[Run] = []
        for folder in folders:
            run = run_extract(folder, scratch / "out.csv", args.root)
            runs.append(run)
            net = (run.wall - start.wall) / run.docs * 1000
            print(
                f"timeline extract, {run.docs} docs ({folder}): {run.wall:.1f} s wall, {run.cpu:.1f} s CPU, "
                f"{run.docs_per_s:.0f} docs/s, {net:.2f} ms/doc net of start-up, "
                f"{run.cpu / run.docs * 1000:.2f} ms CPU/doc, peak RSS {run.peak_mib:.0f} MiB",
                flush=True,
            )
        failed = []
        if not args.no_baseline:
            rate = run_dateparser(folders[0], scratch / "dateparser.csv", args.limit, args.baseline)
            print(f"dateparser.search_dates: {rate:.1f} docs/s on the first {args.limit} documents", flush=True)
            for run in runs:
                ratio = run.docs_per_s / rate
                verdict = (
                    "goal met" if ratio >= GOAL_RATIO else "floor met" if ratio >= FLOOR_RATIO else "below the floor"
                )
                print(
                    f"ratio at {run.docs} docs: {ratio:.1f}x dateparser (the README's target for the whole process: "
                    f"floor {FLOOR_RATIO:.0f}x, goal {GOAL_RATIO:.0f}x): {verdict}"
                )
                if ratio < FLOOR_RATIO:
                    failed.append("ratio")
        if len(runs) > 1:
            base = (runs[0].wall - start.wall) / runs[0].docs
            base_cpu = (runs[0].cpu - start.cpu) / runs[0].docs
            for run in runs[1:]:
                growth = (run.wall - start.wall) / run.docs / base
                growth_cpu = (run.cpu - start.cpu) / run.docs / base_cpu
                print(
                    f"per-document cost at {run.docs} vs {runs[0].docs}: {growth:.2f}x wall, {growth_cpu:.2f}x CPU "
                    f"(floor {FLOOR_LINEARITY:.2f}x)"
                )
                if growth > FLOOR_LINEARITY:
                    failed.append("linearity")
        peak = max(run.peak_mib for run in runs)
        print(f"peak RSS (largest process): {peak:.0f} MiB (floor {FLOOR_MIB:.0f} MiB)")
        if peak > FLOOR_MIB:
            failed.append("memory")
        print(f"cores: {os.cpu_count()}; load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 1 if args.check and failed else 0


if __name__ == "__main__":
    sys.exit(main())
