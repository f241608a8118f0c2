"""Time per MB for long inputs: one line with no sentence ends, and one long document of short lines.

    python benchmarks/bench_long_inputs.py [--sizes 0.05,0.1,0.2,0.5,1,2]

Prints, for each input shape and size, the seconds `extract_texts` takes and the seconds per MB; linear
time shows as a flat s/MB column.  Stops growing a shape once one run exceeds --give-up seconds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.config import load_config
from timeline.pipeline import extract_texts

MONTHS = ("January", "March", "May", "July", "September", "November")
CLAUSE = "the army said on {day} {month} {year} that forces moved near Tripoli , and officials met in Geneva"
SENTENCE = (
    "On {day} {month} {year} the army said forces moved near Tripoli, and officials met in Geneva last week; "
    "talks were due to resume on 12 April."
)


def _dated(template: str, i: int) -> str:
    return template.format(day=1 + i % 28, month=MONTHS[i % len(MONTHS)], year=1990 + i % 31)


def long_line(n_bytes: int) -> str:
    """One line, no full stops: words cycled with a stride so no stretch repeats exactly."""
    parts, size, i = [], 0, 0
    while size < n_bytes:
        clause = _dated(CLAUSE, i)
        parts.append(clause)
        size += len(clause) + 1
        i += 1
    return " ".join(parts)[:n_bytes]


def long_document(n_bytes: int) -> str:
    """Many ordinary sentences, a paragraph every five, numbered so no sentence repeats."""
    lines, size, i = [], 0, 0
    while size < n_bytes:
        line = _dated(SENTENCE, i) + ("\n\n" if i % 5 == 4 else " ")
        lines.append(line)
        size += len(line)
        i += 1
    return "".join(lines)[:n_bytes]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="0.05,0.1,0.2,0.5,1,2", help="sizes in MB, comma-separated")
    parser.add_argument("--give-up", type=float, default=120.0, help="stop a shape after a run this slow (s)")
    args = parser.parse_args()
    config = load_config(max_bytes=64 * 1024 * 1024)
    published = {"doc.txt": dt.date(2020, 3, 10)}
    print(f"{'input':<14} {'MB':>6} {'seconds':>9} {'s/MB':>8} {'events':>7}")
    for shape, make in (("long line", long_line), ("long document", long_document)):
        for mb in (float(s) for s in args.sizes.split(",")):
            text = make(int(mb * 1024 * 1024))
            started = time.perf_counter()
            result = extract_texts({"doc.txt": text}, published, config)
            seconds = time.perf_counter() - started
            print(f"{shape:<14} {mb:>6.2f} {seconds:>9.2f} {seconds / mb:>8.2f} {len(result.frame):>7}", flush=True)
            if seconds > args.give_up:
                print(f"{shape}: gave up after {seconds:.0f} s", flush=True)
                break
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
