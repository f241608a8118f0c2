"""Shared helpers: paths, calendar arithmetic written independently of timeline.core.periods, the CLI runner,
and a corpus of bad inputs built in a temporary folder."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import gc
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"
GOLD = DATA / "gold_seeds.csv"
SEED_DOCS = sorted(p.name for p in SEEDS.glob("*.txt"))

# Every property test is derandomized: CI runs the same examples each time, so a pass cannot turn
# into a failure by chance (a failure found while developing is kept as an explicit example instead).
settings.register_profile("deterministic", derandomize=True, deadline=None)
settings.load_profile("deterministic")

# For this suite's property tests: modest, deterministic, no per-example deadline (applied per test, so that
# other modules' hypothesis settings are left alone).
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)


def probe_case(xfail: dict[tuple[str, str], str], published: str, text: str, expression: str, value: str | None):
    """One probe case as a pytest param, strictly xfailed with its reason when `xfail` names (text, expression)."""
    reason = xfail.get((text, expression))
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(published, text, expression, value, marks=marks, id=f"{text[:40]}|{expression}")


def gold_value(start: dt.date, precision: str, value: str) -> str | None:
    """The value a gold row writes for a dated mention: its start at its precision (a decade or century: none,
    being background that dates no event)."""
    if precision == "day":
        return start.isoformat()
    if precision == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if precision == "month":
        return start.isoformat()[:7]
    if precision == "season":
        return value
    if precision == "year":
        return str(start.year)
    return None


def d(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


# ------------------------------------------------------------ calendar, independent of the code under test

SEASON_FIRST_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def span_of(value: str) -> tuple[dt.date, dt.date]:
    """First and last day of a TIMEX3-style value: 2020-01-13, 2020-W21, 2020-W20-WE, 2020-11, 2020-FA, 2019, 199."""
    week = re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value)
    if week:
        monday = dt.date.fromisocalendar(int(week[1]), int(week[2]), 1)
        if week[3]:  # the weekend of that week
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        return monday, monday + dt.timedelta(days=6)
    parts = value.split("-")
    if len(parts) == 1 and len(value) == 3:  # decade: 199 -> 1990-1999
        first = int(value) * 10
        return dt.date(first, 1, 1), dt.date(first + 9, 12, 31)
    year = int(parts[0])
    if len(parts) == 1:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if parts[1] in SEASON_FIRST_MONTH:
        first = SEASON_FIRST_MONTH[parts[1]]
        last_year, last_month = (year + 1, 2) if parts[1] == "WI" else (year, first + 2)
        return dt.date(year, first, 1), _month_end(last_year, last_month)
    month = int(parts[1])
    if len(parts) == 2:
        return dt.date(year, month, 1), _month_end(year, month)
    day = dt.date(year, month, int(parts[2]))
    return day, day


# ------------------------------------------------------------ mentions


def overlapping(mentions, text: str, expr: str):
    """Mentions whose span overlaps the first occurrence of `expr` in `text`."""
    start = text.index(expr)
    end = start + len(expr)
    return [m for m in mentions if m.start < end and start < m.end]


def texts_meet(a: str, b: str) -> bool:
    a, b = a.strip().lower(), b.strip().lower()
    return bool(a) and bool(b) and (a in b or b in a)


def date_value_of(text: str, expr: str, published: str, occurrence: int = 1) -> str | None:
    """The value of the one date mention over the `occurrence`-th `expr` of `text` (None: no mention, or no date)."""
    from timeline.temporal.tagger import Reference, tag

    start = -1
    for _ in range(occurrence):
        start = text.index(expr, start + 1)
    hits = [
        m
        for m in tag(text, Reference(d(published)))
        if m.kind == "date" and m.start < start + len(expr) and m.end > start
    ]
    assert len(hits) <= 1, hits
    return hits[0].period.value if hits and hits[0].period is not None else None


def event_values(text: str, published: str) -> dict[str, str | None]:
    """Each mention's text and its value, None when it gives no event (background) or no date."""
    from timeline.temporal.tagger import Reference, tag

    out: dict[str, str | None] = {}
    for m in tag(text, Reference(d(published))):
        dated = m.kind == "date" and m.period is not None and not m.background
        out[text[m.start : m.end]] = m.period.value if dated else None
    return out


# ------------------------------------------------------------ CLI


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


def run_cli(*args: str | os.PathLike[str], cwd: Path = ROOT, timeout: int = 60) -> Run:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run(
        [sys.executable, "-m", "timeline", *map(str, args)],
        cwd=cwd, capture_output=True, text=True, encoding="utf-8", timeout=timeout, env=env,
    )  # fmt: skip
    return Run(proc.returncode, proc.stdout, proc.stderr)


def read_csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


# ------------------------------------------------------------ bad inputs

GOOD_TEXT = (
    "Ministers meet in Tunis\n\n"
    "The foreign ministers met in Tunis on 13 January 2020 to discuss the ceasefire and the withdrawal of troops.\n"
)
NO_DATES_TEXT = (
    "Ministers discuss the economy\n\nThe ministers discussed the economy, trade and the weather at length.\n"
)
CP1252_TEXT = (
    "Caf\u00e9 diplomacy \u2013 the \u201cTunis\u201d round\n\n"
    "The ministers met at a caf\u00e9 in Tunis on 14 January 2020 and agreed on a \u201cpermanent\u201d truce.\n"
)
LIMIT_BYTES = 5 * 1024 * 1024

# file name -> (words the problem message must contain: any of them)
BAD_FILES: dict[str, tuple[str, ...]] = {
    "empty.txt": ("empty",),
    "blank.txt": ("empty", "whitespace", "no text"),
    "binary.txt": ("binary",),
    "huge.txt": ("too large", "size", "limit"),
    "picture.png": ("unsupported",),
}


def write_bad_corpus(folder: Path) -> Path:
    """A folder with one readable document, one non-UTF-8 document, one without dates, and every kind of bad file."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (folder / "cp1252.txt").write_bytes(CP1252_TEXT.encode("cp1252"))
    (folder / "nodates.txt").write_text(NO_DATES_TEXT, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b"  \r\n\t\n   \n")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 16)
    sentence = b"The ministers met in Tunis on 13 January 2020 and talked for hours. "
    (folder / "huge.txt").write_bytes(sentence * (LIMIT_BYTES // len(sentence) + 1))
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    return folder


def write_binary_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "b.txt").write_bytes(b"\x00\x01\x02\x03" * 500)
    return folder


@pytest.fixture(scope="session")
def bad_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_bad_corpus(tmp_path_factory.mktemp("bad") / "corpus")


@pytest.fixture(scope="session", autouse=True)
def _streamlit_components_scanned_once() -> Iterator[None]:
    """Every AppTest scans all installed distributions' metadata for Streamlit components (about 0.25 s of CPU,
    some hundred times in this suite); the installed packages do not change during a run, so scan once.
    Only when a collected test module imported Streamlit: a run of other modules does not import it for this."""
    if "streamlit" not in sys.modules:
        yield
        return
    from streamlit.components.v2 import manifest_scanner

    scan = functools.cache(manifest_scanner.scan_component_manifests)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(manifest_scanner, "scan_component_manifests", scan)
        yield


@pytest.fixture(scope="session")
def seeds_extraction():
    from timeline.pipeline import extract

    return extract([SEEDS])


# The files that take longest (a Streamlit server and chromium, a Dask cluster, stores extracted again and
# again, CLI subprocesses): handed out first, so that under `-n 2 --dist loadfile` the two workers finish
# together instead of one running these alone at the end (`pytest --durations=30` names them).
_LONGEST_FIRST = (
    "test_store_incremental.py",
    "test_dask.py",
    "test_store_view.py",
    "test_cli.py",
    "test_browser.py",
    "test_store.py",
    "test_store_page_browser.py",
    "test_dashboard_app.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {name: i for i, name in enumerate(_LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))


def pytest_collection_finish(session: pytest.Session) -> None:
    """What collection built (every module, the 2,500 test items and their parameters) lives to the end of the
    run: frozen, the collector's full passes skip it.  The store's regrouping calls gc.collect once per event type
    to give memory back, and each pass over a collected suite's heap cost ~0.1 s: the store tests' CPU halved."""
    gc.collect()
    gc.freeze()
