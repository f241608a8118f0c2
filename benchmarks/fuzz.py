"""Randomised fuzzing of the loader and the tagger for N minutes: inputs tried, crashes found.

    python benchmarks/fuzz.py --minutes 10

Hypothesis, randomised (not the suite's derandomised profile), drives four targets:

* bytes -> `decode_bytes` and `parse_sources` (the loader: encodings, csv quoting, odd line ends);
* text -> `document_from_text` and `document_from_html` (headers, datelines, HTML);
* date-dense text and a publication date -> `tag` and the whole per-document pipeline, called without
  the pipeline's isolation so that an exception is seen, not turned into a report.

A crash's input is written to tests/data/fuzz_crashers/ (`<target>-<hash>.json`), which
tests/test_fuzz_regressions.py replays on every run of the suite.  Exit status 1 when anything crashed.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import hashlib
import json
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from timeline.config import load_config  # noqa: E402
from timeline.core.errors import DocumentError  # noqa: E402
from timeline.pipeline import _Job  # noqa: E402
from timeline.reading import documents as D  # noqa: E402
from timeline.reading.decoding import decode_bytes  # noqa: E402
from timeline.reading.sources import SourcesError, sources_from_bytes  # noqa: E402
from timeline.temporal.tagger import Reference, tag  # noqa: E402

CRASHERS = ROOT / "tests" / "data" / "fuzz_crashers"
CONFIG = load_config()

TOKENS = (
    "on",
    "in",
    "last",
    "next",
    "ago",
    "later",
    "earlier",
    "before",
    "after",
    "since",
    "until",
    "the",
    "of",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "day",
    "days",
    "Monday",
    "Friday",
    "January",
    "March",
    "Dec.",
    "Sept",
    "spring",
    "winter",
    "fall",
    "early",
    "late",
    "mid",
    "yesterday",
    "today",
    "tomorrow",
    "tonight",
    "this",
    "that",
    "said",
    "will",
    "would",
    "had",
    "was",
    "1",
    "5",
    "9",
    "12",
    "13",
    "29",
    "31",
    "99",
    "300",
    "999",
    "1999",
    "2020",
    "2021",
    "9999",
    "0001",
    "10000",
    "1990s",
    "20th",
    "21st",
    "2020-03-05",
    "05/03/2020",
    "2020-W53",
    "-",
    "–",
    ",",
    ".",
    ";",
    ":",
    "(",
    ")",
    "\n",
    "\n\n",
    "\r",
    "\t",
    "\u202e",
    "\u00a0",
    "\ufeff",
    "é",
    "İ",
    "“",
    "”",
    "<b>",
    "</p>",
    "&amp;",
    "Tripoli",
    "TRIPOLI, Libya (AP) —",
    "By Reuters",
    "Published:",
    "Updated",
)
dense_text = st.lists(st.sampled_from(TOKENS) | st.text(max_size=6), max_size=80).map(" ".join)
published = st.none() | st.dates(min_value=dt.date(1700, 1, 1), max_value=dt.date(2199, 12, 31))
HTML_BITS = (
    "<html>", "<head>", "<title>", "</title>", "<meta property='article:published_time' content='",
    "'>", "<body>", "<p>", "</p>", "<script>", "</script>", "<br>", "<h1>", "</h1>", "<!--", "-->",
)  # fmt: skip
html_text = st.lists(st.sampled_from(HTML_BITS) | st.sampled_from(TOKENS) | st.text(max_size=8), max_size=60).map(
    "".join
)
csv_bytes = st.lists(
    st.sampled_from((b",", b'"', b"\n", b"\r", b"\r\n", b"file", b"published", b"title", b"a.txt", b"2020-01-02",
                     b"\xe9", b"\xff\xfe", b"\x00", b"\xef\xbb\xbf", b"9999-12-31", b"yesterday"))
    | st.binary(max_size=6),
    max_size=60,
).map(b"".join)  # fmt: skip

TRIED = {"n": 0}
LAST: dict[str, object] = {}


def run_bytes(data: bytes) -> None:
    with contextlib.suppress(DocumentError):
        decode_bytes(data)
    with contextlib.suppress(SourcesError):
        sources_from_bytes(data, "fuzz.csv")


def run_document(text: str, html: bool) -> None:
    if html:
        D.document_from_html("f.html", text, debris=CONFIG.debris, rules=CONFIG.temporal)
    else:
        D.document_from_text("f.txt", text, debris=CONFIG.debris, rules=CONFIG.temporal)


def run_pipeline(text: str, published_on: dt.date | None) -> None:
    tag(text, Reference(published_on), rules=CONFIG.temporal)
    if not text.strip():
        return
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    document = D.document_from_text("f.txt", text, debris=CONFIG.debris, rules=CONFIG.temporal)
    overrides = {"f.txt": published_on} if published_on else {}
    _Job(CONFIG, None, overrides).process(document)


def replay(case: dict) -> None:
    """Run one saved case (as tests/test_fuzz_regressions.py does)."""
    target = case["target"]
    if target == "bytes":
        run_bytes(bytes.fromhex(case["hex"]))
    elif target == "document":
        run_document(case["text"], case["html"])
    else:
        day = case.get("published")
        run_pipeline(case["text"], dt.date.fromisoformat(day) if day else None)


def _record(case: dict) -> None:
    TRIED["n"] += 1
    LAST["case"] = case


FUZZ = settings(
    max_examples=300, deadline=None, derandomize=False, database=None, print_blob=False,
    suppress_health_check=list(HealthCheck),
)  # fmt: skip


@FUZZ
@given(csv_bytes)
def fuzz_bytes(data: bytes) -> None:
    _record({"target": "bytes", "hex": data.hex()})
    run_bytes(data)


@FUZZ
@given(st.one_of(html_text, dense_text), st.booleans())
def fuzz_document(text: str, html: bool) -> None:
    _record({"target": "document", "text": text, "html": html})
    run_document(text, html)


@FUZZ
@given(dense_text, published)
def fuzz_pipeline(text: str, published_on: dt.date | None) -> None:
    _record({"target": "pipeline", "text": text, "published": published_on.isoformat() if published_on else None})
    run_pipeline(text, published_on)


def _save(case: dict) -> Path:
    body = json.dumps(case, ensure_ascii=False, sort_keys=True)
    path = CRASHERS / f"{case['target']}-{hashlib.sha1(body.encode()).hexdigest()[:12]}.json"
    CRASHERS.mkdir(parents=True, exist_ok=True)
    path.write_text(body + "\n", encoding="utf-8")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=10.0)
    args = parser.parse_args()
    deadline = time.monotonic() + args.minutes * 60
    crashes: list[str] = []
    rounds = 0
    while time.monotonic() < deadline:
        for target in (fuzz_bytes, fuzz_document, fuzz_pipeline):
            try:
                target()
            except Exception as exc:  # a crash: keep the (shrunk) input that raised last
                saved = _save(dict(LAST["case"]))  # type: ignore[call-overload]
                crashes.append(f"{saved.name}: {type(exc).__name__}: {exc}")
                traceback.print_exception(exc, limit=4, file=sys.stderr)
        rounds += 1
        print(f"{rounds} rounds, {TRIED['n']:,} inputs tried, {len(crashes)} crash(es)", flush=True)
    print(f"fuzz: {TRIED['n']:,} inputs in {args.minutes:g} min, {len(crashes)} crash(es)")
    for line in crashes:
        print("  " + line)
    return 1 if crashes else 0


if __name__ == "__main__":
    raise SystemExit(main())
