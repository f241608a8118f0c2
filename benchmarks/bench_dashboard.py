"""Time the dashboard's work per rerun (filter -> figure -> table data) on synthetic events.

    .venv/bin/python benchmarks/bench_dashboard.py [--sizes 20000 100000] [--repeat 3]

Prints seconds per size (best of `repeat`); the floor is 1 s at 20,000
events, the goal 1 s at 100,000.  Also times the Plotly JSON the browser
receives, which Streamlit does on top of building the figure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import plotly.io

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline import figure, filters
from timeline.frame import conform

_PRECISIONS = np.array(["day", "day", "day", "day", "week", "month", "season", "year"])
_LENGTH = {"day": 0, "week": 6, "month": 29, "season": 90, "year": 364}
_BASES = np.array(["explicit", "explicit", "publication", "anchor", "estimated"])
_WORDS = np.array(
    [
        "ceasefire",
        "talks",
        "Tripoli",
        "Moscow",
        "Ankara",
        "Haftar",
        "Sarraj",
        "oil",
        "embargo",
        "militia",
        "UN",
        "Berlin",
    ]
)


def synthetic_frame(n: int, seed: int = 0, n_docs: int = 400) -> pd.DataFrame:
    """`n` events over 2019–2022 in `n_docs` documents, with the real columns and dtypes."""
    rng = np.random.default_rng(seed)
    start = np.datetime64("2019-01-01") + rng.integers(0, 4 * 365, n).astype("timedelta64[D]")
    precision = _PRECISIONS[rng.integers(0, len(_PRECISIONS), n)]
    length = np.array([_LENGTH[p] for p in precision]).astype("timedelta64[D]")
    doc = np.char.add("doc_", rng.integers(0, n_docs, n).astype(str))
    words = _WORDS[rng.integers(0, len(_WORDS), (n, 3))]
    title = np.char.add(np.char.add(words[:, 0], " "), np.char.add(words[:, 1], " agreed"))
    passage = np.char.add(np.char.add(title, " in "), words[:, 2])
    ids = np.char.add("m", np.arange(n).astype(str))
    frame = pd.DataFrame(
        {
            "mention_id": ids,
            "event_id": np.char.add("e", (np.arange(n) // 2).astype(str)),
            "doc": doc,
            "doc_title": np.char.add("Article ", doc),
            "outlet": np.char.add("Outlet ", (rng.integers(0, 12, n)).astype(str)),
            "url": "",
            "published": pd.Timestamp("2021-06-01"),
            "published_basis": "sources",
            "date": start,
            "date_end": start + length,
            "precision": precision,
            "date_text": "on Monday",
            "date_basis": _BASES[rng.integers(0, len(_BASES), n)],
            "date_rule": "weekday_past",
            "status": np.where(rng.random(n) < 0.1, "scheduled", "reported"),
            "title": title,
            "passage": passage,
            "passage_start": 0,
            "passage_end": np.char.str_len(passage),
            "event_type": "diplomacy",
            "n_sources": 1,
        }
    )
    return conform(frame)


def one_rerun(frame: pd.DataFrame, view: filters.View) -> tuple[pd.DataFrame, object, pd.DataFrame]:
    shown = filters.apply_filters(frame, view.filters)
    x_range = figure.initial_x_range(shown)
    fig = figure.build_figure(shown, view.lane, x_range=x_range, selected=view.selected)
    table = filters.table_frame(shown)
    return shown, fig, table


def best_of(repeat: int, work) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        work()
        times.append(time.perf_counter() - t0)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    # A typical view: a year, a search term and estimated dates hidden, lanes by outlet.
    narrowed = filters.View(
        filters.Filters(
            start=dt.date(2020, 1, 1),
            end=dt.date(2020, 12, 31),
            text="ceasefire",
            bases=("explicit", "publication", "anchor"),
        ),
        lane="outlet",
    )
    for n in args.sizes:
        frame = synthetic_frame(n)
        everything = best_of(args.repeat, lambda f=frame: one_rerun(f, filters.View()))
        filtered = best_of(args.repeat, lambda f=frame: one_rerun(f, narrowed))
        _, fig, _ = one_rerun(frame, filters.View())
        to_json = best_of(args.repeat, lambda fig=fig: plotly.io.to_json(fig, validate=False))
        print(
            f"{n:>7} events: filter->figure->table {everything:.3f} s (all shown), "
            f"{filtered:.3f} s (filtered); figure JSON {to_json:.3f} s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
