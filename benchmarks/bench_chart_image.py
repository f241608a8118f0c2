"""Time the chart's static export (kaleido 1.x + Debian's chromium): one-shot exports, then a kept-open browser.

    .venv/bin/python benchmarks/bench_chart_image.py [--repeat 3]

Prints seconds per export of the seeds' timeline (1200x600 layout pixels, scale 2): each one-shot export
starts and closes a browser; with `open_chart_browser` the first export starts it and later ones reuse it.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline.pipeline import extract
from timeline.view.chart_image import browser_path, chart_png, close_chart_browser, open_chart_browser
from timeline.view.figure import build_figure

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def timed(fig) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    png = chart_png(fig, width=1200, height=600, scale=2)
    elapsed = time.perf_counter() - start
    if png is None:
        raise SystemExit("the export failed: see the warning above")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    print(f"browser: {browser_path() or 'kaleido default'}")
    fig = build_figure(extract([SEEDS]).frame)
    for i in range(args.repeat):
        print(f"one-shot export {i + 1}: {timed(fig):.2f} s")
    started = time.perf_counter()
    if not open_chart_browser():
        raise SystemExit("could not keep a browser open")
    print(f"open_chart_browser: {time.perf_counter() - started:.2f} s (the browser starts on the first export)")
    try:
        for i in range(args.repeat + 1):
            print(f"kept-open export {i + 1}: {timed(fig):.2f} s")
    finally:
        close_chart_browser()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
