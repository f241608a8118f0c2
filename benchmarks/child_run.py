"""One timed subprocess, as the benchmark scripts run the CLI or a build: wall and CPU seconds and peak RSS.

CPU is the difference of this process's RUSAGE_CHILDREN around the run, so it counts the command and every
process it waited for (extract's forked workers included), and other load on the machine moves it much
less than wall time.
"""

from __future__ import annotations

import resource
import subprocess
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ChildRun:
    wall: float
    cpu: float
    # ru_maxrss of the children is the largest of any one waited-for descendant over this process's life
    # (KiB on Linux), so it is this run's peak only when runs go from the smallest input to the largest.
    peak_mib: float
    done: subprocess.CompletedProcess[str]


def run_child(cmd: Sequence[str], cwd: Path, env: Mapping[str, str] | None = None) -> ChildRun:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(list(cmd), cwd=cwd, env=None if env is None else dict(env), capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return ChildRun(wall, cpu, after.ru_maxrss / 1024, done)
