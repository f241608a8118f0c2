"""Does a compiled build of the hot modules pay?  mypyc on a copy of `timeline/`, against the plain package.

    .venv/bin/python benchmarks/bench_compiled.py /tmp/corp/c1000 --mypy-path /tmp/mypylib
        [--modules hot|all|PATH...] [--pure PATH]... [--limit 400] [--repeat 3] [--rounds 3]
        [--work DIR [--reuse]] [--instructions N] [--dateparser K]

mypyc is not a dependency of the project: install it apart (`.venv/bin/pip install --target /tmp/mypylib mypy`)
and name that folder with `--mypy-path`; it is put on PYTHONPATH for the build only.  The compiled modules need
neither mypy nor mypyc to run.

1. Copies `timeline/` beside this script into `WORK/compiled/` (a temporary folder unless `--work`).
2. Type-checks the modules to compile with mypy (mypyc compiles only code that type-checks); where it reports an
   error, the copy's line gets a `# type: ignore[code]` (the source is not touched), a few rounds until clean.
   mypyc then turns the declared type into a run-time check, so such a line may fail at run time: step 4 says so.
3. Builds them with mypyc (`setup.py build_ext --inplace`, opt level 3): wall and CPU time of the build.
4. Runs `python -m timeline extract` on `seeds/` and on the corpus with both packages and compares the CSVs
   byte for byte.  A compiled module whose run-time type check fails makes documents fail ("internal error");
   those compiled modules (named by the failures' tracebacks) are left pure and the copy rebuilt.
5. Times, in fresh processes, each build's per-document stages on the corpus's first `--limit` documents
   (process CPU, the smallest of `--repeat` passes, in ms per document): `read` (file, decoding, header),
   `dates` (sentences, publication estimate, the tagger), `events` (dated statements and passages),
   `understand` (actors, types, roles, titles, headlines), and `group` (grouping the rows into events).  The
   two builds take turns, `--rounds` times, and the smallest figure of each is kept: other load on a shared
   machine falls on both alike.
   With `--instructions N`, cachegrind also counts each build's machine instructions per document of those
   stages on N documents (~20 times slower than a plain run, but the same count however loaded the machine is).
6. Times the whole command (`extract CORPUS -q`, the machine's workers) with each build, turn about, and with
   `--dateparser K` runs `/work/shared/bench/baseline_dateparser.py` on K documents for docs/s against it.

`--modules hot` (the default) are the modules where a cProfile of 1,000 generated documents put the CPU: date
finding (patterns, casing, tagger, tense, resolve, segment, datelines) and understanding (actors, event types,
roles, titles, headlines, passages, the automaton).  `all` adds the rest of core, text, temporal, reading and
understanding below the pipeline and grouping, but not `core/models.py`: a compiled frozen dataclass does not
unpickle, and documents travel between worker processes.

Measured (2026-12-02, 2 cores shared with six other jobs, load average 6-10: CPU figures, same run, best of
several; mypy 2.4.1 / mypyc, Cython 3.3.1, CPython 3.11.7, gcc 12):

* 14 hot modules compiled (with the small source fixes listed below, in a scratch copy): stages 3.22 -> 2.43 ms
  CPU per document (1.32x; dates 1.25x, understanding 1.42x; other runs 1.17x: the load moves it), and
  20.05 -> 16.99 M instructions per document (cachegrind, load-proof): 1.18x.  Whole `extract`: 1,000
  documents 1.10x CPU; 10,000 documents (`bench_realistic.py --root`, two pairs taking turns) 4.50 -> 3.63
  and 4.25 -> 3.98 ms CPU per document (1.24x, 1.07x; best against best 1.17x).  Output byte-identical on
  the seeds and 2,000 generated documents.
* As the source stands today (this script's default: roles.py and headlines.py fail mypyc's run-time type
  checks and are left pure, 12 modules): stages 3.10 -> 2.88 ms (1.08x), 21.4 -> 19.5 M instructions (1.10x),
  whole `extract` on 1,000 documents 1.11x CPU.
* 33 modules (`all`): 16.74 M instructions (1.20x).  Cython 3 on the same 33 plain modules (pure-Python mode,
  no .pxd, annotation_typing off): 17.65 M instructions (1.14x) and no CPU gain measurable under the load.
* Build: 14 modules 80-360 s wall, 53-70 s CPU; 33 modules 250 s wall, 105 s CPU; Cython 33 modules 510 s
  wall, 250 s CPU.
* Why so little: a `perf` profile of the plain stages puts 21 % of the CPU in the interpreter loop; the rest
  is already C: allocation and garbage collection 17 %, the regex engine 11 %, str methods 10 %, the
  Aho-Corasick automaton 8 %, dict and set lookups 6 %.  Compiled (33 modules), the interpreter loop falls to
  5 % and mypyc's own code takes 11 %: everything else stays.  No compiler gets the whole pipeline near 1.5x;
  the 40x floor (11x today) needs less work per document, not faster dispatch of the same work.

The fixes the 14-module build needed (none needed by the plain package): roles.py reuses `first` for an int
and then an ActorMention (renamed; then a `# type: ignore[union-attr]`); headlines.py `frozenset | dict.keys()`
is a `set` at run time although typeshed says frozenset, which mypyc checks (written as `frozenset.union`), and
a `Match | None` used after a test mypy cannot follow; actors.py `dict(rows)` of a tuple of tuples.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_realistic import SHARED, run_dateparser  # noqa: E402
from child_run import run_child  # noqa: E402

HOT = [
    "timeline/temporal/patterns.py",
    "timeline/temporal/casing.py",
    "timeline/temporal/tagger.py",
    "timeline/temporal/tense.py",
    "timeline/temporal/resolve.py",
    "timeline/text/segment.py",
    "timeline/text/automaton.py",
    "timeline/reading/datelines.py",
    "timeline/understanding/actors.py",
    "timeline/understanding/event_types.py",
    "timeline/understanding/roles.py",
    "timeline/understanding/titles.py",
    "timeline/understanding/headlines.py",
    "timeline/understanding/passages.py",
]
ALL_FOLDERS = ["core", "text", "temporal", "understanding"]
ALL_EXTRA = [
    "timeline/reading/datelines.py",
    "timeline/reading/debris.py",
    "timeline/reading/documents.py",
    "timeline/reading/decoding.py",
    "timeline/reading/html_text.py",
    "timeline/grouping/grouper.py",
    "timeline/grouping/happening.py",
]
# Left out of `all`: frozen dataclasses moved between processes, and two modules mypy cannot follow
# (`re` internals; a third-party library without types).
NEVER = {"timeline/core/models.py", "timeline/temporal/widths.py", "timeline/temporal/holidays.py"}
MYPY_ERROR = re.compile(r"^(?P<path>[^:]+\.py):(?P<line>\d+): error: .*?(?:\s+\[(?P<code>[a-z-]+)\])?$")
STAGES = ("read", "dates", "events", "understand", "group")

SETUP = """\
import sys
from setuptools import setup
from mypyc.build import mypycify
modules = sys.argv[sys.argv.index("--") + 1 :]
del sys.argv[sys.argv.index("--") :]
setup(name="timeline-compiled", packages=[], ext_modules=mypycify(
    ["--ignore-missing-imports", "--follow-imports=silent", *modules], opt_level="3"))
"""


def module_list(choice: list[str], pure: list[str]) -> list[str]:
    if choice == ["hot"]:
        chosen = HOT
    elif choice == ["all"]:
        found = [str(p.relative_to(ROOT)) for f in ALL_FOLDERS for p in sorted((ROOT / "timeline" / f).glob("*.py"))]
        chosen = [m for m in found + ALL_EXTRA if not m.endswith("__init__.py") and m not in NEVER]
    else:
        chosen = choice
    return [m for m in dict.fromkeys(chosen) if m not in set(pure)]


def copy_tree(work: Path) -> Path:
    tree = work / "compiled"
    if tree.exists():
        shutil.rmtree(tree)
    tree.mkdir(parents=True)
    shutil.copytree(ROOT / "timeline", tree / "timeline", ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    return tree


def with_ignores(path: Path, codes: dict[int, set[str]]) -> None:
    """`# type: ignore[...]` on the given lines of `path`, before any comment already there."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    comments: dict[int, int] = {}
    with path.open(encoding="utf-8") as fh:
        for token in tokenize.generate_tokens(fh.readline):
            if token.type == tokenize.COMMENT:
                comments[token.start[0]] = token.start[1]
    for number, wanted in codes.items():
        line = lines[number - 1].rstrip("\n")
        ignore = f"  # type: ignore[{', '.join(sorted(wanted))}]"
        at = comments.get(number)
        line = line + ignore if at is None else line[:at].rstrip() + ignore + "  " + line[at:]
        lines[number - 1] = line + "\n"
    path.write_text("".join(lines), encoding="utf-8")


def silence_type_errors(tree: Path, modules: list[str], env: dict[str, str]) -> list[str]:
    """Run mypy on the copy until it is clean, silencing each reported line; the lines silenced."""
    silenced: list[str] = []
    for _ in range(4):
        done = subprocess.run(
            [sys.executable, "-m", "mypy", "--ignore-missing-imports", "--follow-imports=silent", *modules],
            cwd=tree, env=env, capture_output=True, text=True,
        )  # fmt: skip
        if done.returncode == 0:
            return silenced
        by_file: dict[str, dict[int, set[str]]] = {}
        for line in done.stdout.splitlines():
            found = MYPY_ERROR.match(line)
            if found:
                codes = by_file.setdefault(found["path"], {}).setdefault(int(found["line"]), set())
                codes.add(found["code"] or "misc")
                silenced.append(line)
        if not by_file:
            sys.exit(f"mypy failed without a line to silence:\n{done.stdout[-3000:]}{done.stderr[-2000:]}")
        for name, codes in by_file.items():
            with_ignores(tree / name, codes)
    sys.exit("mypy still reports errors after silencing four rounds of them")


def build(tree: Path, modules: list[str], mypy_path: Path | None) -> tuple[float, float, list[str]]:
    """mypyc-compile `modules` in place in `tree`: wall seconds, CPU seconds, the type errors silenced."""
    env = dict(os.environ)
    if mypy_path:
        env["PYTHONPATH"] = str(mypy_path)
    check = subprocess.run([sys.executable, "-c", "import mypyc"], env=env, capture_output=True)
    if check.returncode != 0:
        sys.exit("mypyc is not importable: `pip install --target DIR mypy`, then --mypy-path DIR")
    silenced = silence_type_errors(tree, modules, env)
    (tree / "setup_mypyc.py").write_text(SETUP, encoding="utf-8")
    run = run_child([sys.executable, "setup_mypyc.py", "build_ext", "--inplace", "--", *modules], tree, env)
    if run.done.returncode != 0:
        sys.exit(f"the mypyc build failed:\n{run.done.stdout[-3000:]}\n{run.done.stderr[-3000:]}")
    wall, cpu = run.wall, run.cpu
    return wall, cpu, silenced


def extract(root: Path, folder: Path, out: Path, check: bool = True) -> tuple[float, float, str]:
    """Wall and CPU seconds (with worker processes) of `python -m timeline extract` run in `root`, and stderr
    (empty output and stderr when `check` is False and nothing could be read)."""
    cmd = [sys.executable, "-m", "timeline", "extract", str(folder), "-o", str(out), "-q"]
    run = run_child(cmd, root)
    if run.done.returncode != 0 and check:
        sys.exit(f"extract failed in {root}: {run.done.stderr[-2000:]}")
    if run.done.returncode != 0:
        out.write_bytes(b"")
    return run.wall, run.cpu, run.done.stderr


def failing_modules(tree: Path, folder: Path, modules: list[str]) -> set[str]:
    """The compiled modules in the tracebacks of documents that fail in the compiled build."""
    code = (
        "import logging, sys\n"
        "logging.basicConfig(level=logging.DEBUG, stream=sys.stdout, format='%(message)s')\n"
        "from timeline.config import load_config\n"
        "from timeline.pipeline import extract\n"
        "from dataclasses import replace\n"
        f"extract([{str(folder)!r}], replace(load_config(), workers=1))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=tree, capture_output=True, text=True)
    return {m for m in modules if f'File "{m}"' in done.stdout or f"/{m}" in done.stdout}


def differences(tree: Path, folder: Path, scratch: Path, modules: list[str]) -> set[str] | None:
    """None when both builds write the same bytes on `folder`, else the compiled modules seen failing."""
    pure, compiled = scratch / "pure.csv", scratch / "compiled.csv"
    extract(ROOT, folder, pure)
    _, _, err = extract(tree, folder, compiled, check=False)
    same = pure.read_bytes() == compiled.read_bytes()
    print(f"identical output on {folder}: {'yes' if same else 'NO'}", flush=True)
    if same:
        return None
    failing = failing_modules(tree, folder, modules)
    print(f"  compiled modules in the failures' tracebacks: {', '.join(sorted(failing)) or 'none'}")
    if "internal error" in err:
        print("  " + next(line for line in err.splitlines() if "internal error" in line))
    return failing


def working_build(work: Path, scratch: Path, corpus: Path, modules: list[str], mypy_path: Path | None) -> Path:
    """A compiled copy whose output is byte-identical to the package's: a module failing at run time (a type
    check mypyc added) is left pure and the copy rebuilt, up to three times."""
    for _ in range(3):
        tree = copy_tree(work)
        wall, cpu, silenced = build(tree, modules, mypy_path)
        print(f"mypyc build of {len(modules)} modules: {wall:.0f} s wall, {cpu:.0f} s CPU", flush=True)
        for line in silenced:
            print(f"  silenced in the copy: {line}")
        failing: set[str] | None = None
        for folder in (ROOT / "seeds", corpus):
            failing = differences(tree, folder, scratch, modules)
            if failing is not None:
                break
        if failing is None:
            return tree
        if not failing:
            sys.exit("outputs differ with no compiled module failing: not timed")
        print(f"left pure, rebuilding: {', '.join(sorted(failing))}", flush=True)
        modules = [m for m in modules if m not in failing]
    sys.exit("no byte-identical compiled build after three tries: not timed")


def time_stages(root: Path, folder: Path, limit: int, repeat: int) -> dict[str, float]:
    """Per-stage ms of CPU per document of the package in `root`, measured in a fresh process."""
    script = str(Path(__file__).resolve())
    done = subprocess.run(
        [sys.executable, script, "--stages-child", str(folder), "--limit", str(limit), "--repeat", str(repeat)],
        cwd=root, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(root)},
    )  # fmt: skip
    if done.returncode != 0:
        sys.exit(f"stage timing failed in {root}:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def instructions(root: Path, folder: Path, limit: int) -> float:
    """Machine instructions per document of the stages (cachegrind's count, which other load does not move):
    the difference between three passes over `limit` documents and one, in a fresh process each."""
    counts = []
    for passes in (1, 3):
        script = str(Path(__file__).resolve())
        cmd = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null", sys.executable,
               script, "--stages-child", str(folder), "--limit", str(limit), "--repeat", str(passes)]  # fmt: skip
        env = {**os.environ, "PYTHONPATH": str(root)}
        done = subprocess.run(cmd, cwd=root, capture_output=True, text=True, env=env)
        found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
        if done.returncode != 0 or not found:
            sys.exit(f"cachegrind failed in {root}:\n{done.stderr[-2000:]}")
        counts.append(int(found[1].replace(",", "")))
    return (counts[1] - counts[0]) / (2 * limit)


def stages_child(folder: Path, limit: int, repeat: int) -> None:
    """In a fresh process whose `timeline` is the build under test: print the per-stage figures as JSON."""
    import timeline.understanding.actors
    from timeline import pipeline as P
    from timeline.core.frame import frame_from_tables, table_from_rows
    from timeline.grouping.grouper import group_events
    from timeline.reading import documents as D
    from timeline.temporal.tagger import tag
    from timeline.text.segment import sentence_spans

    prepared = P.prepare([folder])
    job, items = prepared.job, prepared.items[:limit]
    config = job.config
    best = dict.fromkeys(STAGES, float("inf"))
    for _ in range(repeat):
        spent = dict.fromkeys(STAGES, 0.0)
        rows: list[tuple[object, ...]] = []
        for item in items:
            t0 = time.process_time()
            document = D.read_file(item, config.max_bytes, config.debris, config.temporal)
            t1 = time.process_time()
            document = D.apply_sources(document, job.sources)
            if document.published is None:
                document = P._with_estimate(document, config)
            spans = sentence_spans(document.text)
            mentions = tag(document.text, P.reference_for(document), spans, config.temporal)
            t2 = time.process_time()
            events = P.document_events(document, mentions, spans, debris=config.debris)
            t3 = time.process_time()
            rows += P.understood(document, events, config)
            t4 = time.process_time()
            for stage, seconds in zip(STAGES, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=False):
                spent[stage] += seconds
        frame = frame_from_tables([table_from_rows(rows)])
        t5 = time.process_time()
        group_events(frame)
        spent["group"] = time.process_time() - t5
        best = {stage: min(best[stage], spent[stage]) for stage in STAGES}
    figures = {stage: best[stage] / len(items) * 1000 for stage in STAGES}
    figures["compiled"] = float(timeline.understanding.actors.__file__.endswith(".so"))
    sys.stdout.write(json.dumps(figures) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, help="a make_corpus folder")
    parser.add_argument("--modules", nargs="+", default=["hot"], help="hot, all, or paths under timeline/")
    parser.add_argument("--pure", action="append", default=[], help="a module path to leave uncompiled")
    parser.add_argument("--mypy-path", type=Path, help="a folder where mypy is installed (pip --target)")
    parser.add_argument("--work", type=Path, help="build here and keep it (default: a temporary folder)")
    parser.add_argument("--reuse", action="store_true", help="time the build already in --work, unchecked")
    parser.add_argument("--limit", type=int, default=400, help="documents the stage timing reads")
    parser.add_argument("--repeat", type=int, default=3, help="passes over them in one process")
    parser.add_argument("--rounds", type=int, default=3, help="turns of pure and compiled processes")
    parser.add_argument("--instructions", type=int, default=0, help="documents for cachegrind's count (0: none)")
    parser.add_argument("--dateparser", type=int, default=0, help="documents for dateparser's docs/s (0: none)")
    parser.add_argument("--stages-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.stages_child:
        stages_child(args.corpus, args.limit, args.repeat)
        return 0
    modules = module_list(args.modules, args.pure)
    with tempfile.TemporaryDirectory(prefix="bench_compiled_") as tmp:
        work = args.work or Path(tmp)
        scratch = Path(tmp)
        if args.reuse and args.work:
            tree = args.work / "compiled"
        else:
            tree = working_build(work, scratch, args.corpus, modules, args.mypy_path)
        compiled = sorted(str(p.relative_to(tree)) for p in (tree / "timeline").rglob("*.so"))
        print(f"compiled modules ({len(compiled)}): {', '.join(c.split('.')[0] for c in compiled)}", flush=True)
        builds = (("pure", ROOT), ("compiled", tree))
        best: dict[str, dict[str, float]] = {}
        for _ in range(args.rounds):
            for name, root in builds:
                figures = time_stages(root, args.corpus, args.limit, args.repeat)
                if figures.pop("compiled") != (name == "compiled"):
                    sys.exit(f"the {name} run imported the other build: look for stray .so files in {root}")
                old = best.get(name, dict.fromkeys(STAGES, float("inf")))
                best[name] = {s: min(old[s], figures[s]) for s in STAGES}
        print(f"CPU ms per document, first {args.limit} documents, best of {args.rounds} x {args.repeat} passes:")
        print(f"  {'stage':<11}{'pure':>8}{'compiled':>10}{'factor':>8}")
        for stage in (*STAGES, "total"):
            pure = sum(best["pure"].values()) if stage == "total" else best["pure"][stage]
            compiled = sum(best["compiled"].values()) if stage == "total" else best["compiled"][stage]
            print(f"  {stage:<11}{pure:8.3f}{compiled:10.3f}{pure / compiled:7.2f}x")
        if args.instructions:
            if not shutil.which("valgrind"):
                sys.exit("--instructions needs valgrind")
            counted = {name: instructions(root, args.corpus, args.instructions) for name, root in builds}
            print(f"instructions per document (cachegrind, {args.instructions} documents, all five stages):")
            for name, count in counted.items():
                print(f"  {name}: {count / 1e6:.2f} M")
            print(f"  factor: {counted['pure'] / counted['compiled']:.2f}x", flush=True)
        whole: dict[str, tuple[float, float]] = {}
        docs = sum(1 for p in args.corpus.iterdir() if p.suffix == ".txt")
        for _ in range(args.rounds):
            for name, root in builds:
                run_wall, run_cpu, _ = extract(root, args.corpus, scratch / "out.csv")
                old_wall, old_cpu = whole.get(name, (float("inf"), float("inf")))
                whole[name] = (min(old_wall, run_wall), min(old_cpu, run_cpu))
        for name, (run_wall, run_cpu) in whole.items():
            print(
                f"whole `extract` ({docs} documents), {name}: {run_wall:.2f} s wall ({docs / run_wall:.0f} docs/s), "
                f"{run_cpu / docs * 1000:.2f} ms CPU per document"
            )
        (pure_wall, pure_cpu), (compiled_wall, compiled_cpu) = whole["pure"], whole["compiled"]
        print(f"  factor: {pure_wall / compiled_wall:.2f}x wall, {pure_cpu / compiled_cpu:.2f}x CPU")
        if args.dateparser:
            rate = run_dateparser(args.corpus, scratch / "dp.csv", args.dateparser, SHARED / "baseline_dateparser.py")
            print(f"dateparser.search_dates: {rate:.1f} docs/s on {args.dateparser} documents")
            for name, (run_wall, _) in whole.items():
                print(f"  {name}: {docs / run_wall / rate:.1f}x dateparser")
        print(f"cores: {os.cpu_count()}; load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
