"""Extraction speed on one machine against Dask (`--scheduler local`), same documents, same process.

    .venv/bin/python benchmarks/bench_dask.py [CORPUS ...] [--workers 2]

CORPUS folders default to /tmp/corp/c1000 and /tmp/corp/c10000 (made by make_corpus.py from the seeds).
For each corpus, in this order (the one-machine runs first: a process running Dask's threads would
not fork its worker processes):

* `extract` in one process (workers=1), and with the default worker processes (one per core);
* `extract_on_dask` on a `LocalCluster` of `--workers` processes, one thread each, twice: on the fresh
  cluster (its workers import timeline and receive the job) and again on the warm cluster.  The
  cluster's start is timed apart, and the Dask frame is checked equal to the one-machine frame.

Prints, for each run, wall seconds, docs/s and the speed-up over one process, and CPU seconds of every
process involved (this one, its forked workers, the Dask workers): on a machine shared with other work
the wall clock is noisy, the CPU time much less, so the CPU ratio tells Dask's own overhead.
"""

from __future__ import annotations

import argparse
import os
import pickle
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pandas as pd
from distributed import Client, LocalCluster

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.config import load_config  # noqa: E402
from timeline.distributed.dask_extract import LOCAL_HTTP, extract_on_dask  # noqa: E402
from timeline.pipeline import Extraction, extract, prepare  # noqa: E402

DEFAULT_CORPORA = ("/tmp/corp/c1000", "/tmp/corp/c10000")
T = TypeVar("T")


def _cpu_here() -> float:
    """CPU seconds of this process and of its waited-for children (the forked extraction workers)."""
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def _timed(run: Callable[[], T], client: Client | None = None) -> tuple[T, float, float]:
    """The result, wall seconds and CPU seconds (this process, its children and the client's workers)."""

    def workers_cpu() -> float:
        return sum(client.run(time.process_time).values()) if client else 0.0

    cpu, remote, started = _cpu_here(), workers_cpu(), time.perf_counter()
    result = run()
    wall = time.perf_counter() - started
    return result, wall, _cpu_here() - cpu + workers_cpu() - remote


def _same(a: Extraction, b: Extraction) -> bool:
    """Same frame (values, dtypes, order: what the tests assert) and same reports."""
    try:
        pd.testing.assert_frame_equal(a.frame, b.frame)
    except AssertionError:
        return False
    return a.reports == b.reports


def bench(corpus: str, workers: int) -> list[tuple[object, ...]]:
    prepared = prepare([corpus], load_config())
    n = len(prepared.items)
    print(
        f"{corpus}: {n} files; job sent once to each worker: {len(pickle.dumps(prepared.job)) / 1e6:.2f} MB",
        file=sys.stderr,
    )
    single, wall, cpu = _timed(lambda: extract([corpus], load_config(workers=1)))
    rows: list[tuple[object, ...]] = [(corpus, n, "one process", wall, cpu, None)]
    _, wall, cpu = _timed(lambda: extract([corpus], load_config()))
    rows.append((corpus, n, f"one machine, {os.cpu_count()} forked workers", wall, cpu, None))
    cluster, wall, _ = _timed(
        lambda: LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=LOCAL_HTTP)
    )
    with cluster, Client(cluster) as client:
        rows.append((corpus, n, "  (dask: start the cluster)", wall, None, None))
        for label in ("fresh", "warm"):
            dask, wall, cpu = _timed(lambda: extract_on_dask([corpus], client), client)
            rows.append((corpus, n, f"dask local, {workers} workers, {label}", wall, cpu, _same(dask, single)))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", nargs="*", default=[c for c in DEFAULT_CORPORA if Path(c).is_dir()])
    parser.add_argument("--workers", type=int, default=2, help="Dask worker processes (default: 2)")
    args = parser.parse_args(argv)
    if not args.corpora:
        print("no corpus: give folders, or make /tmp/corp/c1000 with make_corpus.py", file=sys.stderr)
        return 2
    rows = [row for corpus in args.corpora for row in bench(corpus, args.workers)]
    table = pd.DataFrame(rows, columns=["corpus", "files", "run", "wall_s", "cpu_s", "same_events"])
    one = table[table["run"] == "one process"].set_index("corpus")
    table["docs_per_s"] = table["files"] / table["wall_s"]
    table["x_wall"] = one["wall_s"].reindex(table["corpus"]).to_numpy() / table["wall_s"]
    table["x_cpu_cost"] = table["cpu_s"] / one["cpu_s"].reindex(table["corpus"]).to_numpy()
    table.loc[table["run"].str.startswith("  "), ["docs_per_s", "x_wall"]] = None
    print(table.round(2).to_string(index=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
