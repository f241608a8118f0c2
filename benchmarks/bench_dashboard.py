"""Time the dashboard's work per rerun (filter -> figure -> table data) on synthetic events.

    .venv/bin/python benchmarks/bench_dashboard.py [--sizes 20000 100000] [--repeat 3]

Prints seconds per size (best of `repeat`); the floor is 1 s at 20,000
events, the goal 1 s at 100,000.  Views timed: everything shown; a typical
narrowed view (a year, a search term, estimated dates hidden); an actor and
event-type filter with lanes by actor; the key-events view (multi-source
events, one marker per event, compact table); the default briefing view (key
events by the taxonomy's key types, one labelled lane).  Also times the sidebar's
choices (actors by frequency), the Plotly JSON the browser receives, and the
events download (built when clicked above 20,000 rows).
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

from timeline.core.frame import conform
from timeline.understanding.event_types import builtin_taxonomy
from timeline.view import export, figure, key_events, labels, masks, state, tables, window

_PRECISIONS = np.array(["day", "day", "day", "day", "week", "month", "season", "year"])
_LENGTH = {"day": 0, "week": 6, "month": 29, "season": 90, "year": 364}
_BASES = np.array(["explicit", "explicit", "publication", "anchor", "estimated"])
_TYPES = np.array(["talks", "agreement", "statement", "armed_clash", "call", "deployment", "un_action", "other"])
_KINDS = np.array(["state", "person", "organisation", "armed_group", "un_body"])
_N_ACTORS = 300
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
    # Events of 1 to 5 mentions (most of one); a mention of an event shares its date, type and some actors.
    group = np.repeat(np.arange(n), rng.choice([1, 1, 1, 2, 2, 3, 5], n))[:n]
    start, length, precision = start[group], length[group], precision[group]
    event_type = _TYPES[rng.integers(0, len(_TYPES), n)][group]
    # Actors: a few very frequent (Zipf-like), 1 to 3 per mention.
    actor_ids = np.minimum(rng.zipf(1.6, (n, 3)) - 1, _N_ACTORS - 1)
    n_actors = rng.integers(0, 4, n)
    names = np.char.add("Actor ", actor_ids.astype(str))
    kinds = _KINDS[actor_ids % len(_KINDS)]
    actors = ["; ".join(dict.fromkeys(row[:k])) for row, k in zip(names.tolist(), n_actors.tolist(), strict=True)]
    actor_kinds = ["; ".join(row[:k]) for row, k in zip(kinds.tolist(), n_actors.tolist(), strict=True)]
    docs_per_event = pd.Series(doc).groupby(group).transform("nunique").to_numpy()
    first_of_event = pd.Series(ids).groupby(group).transform("first").to_numpy()
    frame = pd.DataFrame(
        {
            "mention_id": ids,
            "event_id": np.char.add("e", group.astype(str)),
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
            "actors": actors,
            "actor_kinds": actor_kinds,
            "event_type": event_type,
            "n_sources": docs_per_event,
            "event_date": start,
            "event_date_end": start + length,
            "event_precision": precision,
            "event_date_from": first_of_event,
        }
    )
    return conform(frame)


def one_rerun(frame: pd.DataFrame, view: state.View) -> tuple[pd.DataFrame, object, pd.DataFrame]:
    """What dashboard.py computes on a rerun: filter, (key events), figure, table."""
    shown = masks.apply_filters(frame, view.filters)
    key_types = state.resolved_key_types(view, builtin_taxonomy().key_types)
    key = key_events.key_mask(shown, key_types, view.pinned, view.dropped)
    drawn = shown
    if view.key_events:
        shown = shown.loc[key].reset_index(drop=True)
        drawn = key_events.one_per_event(shown)
        key = np.ones(len(drawn), dtype=bool)
    x_range = window.opening_window(drawn, key, view.filters.start, view.filters.end)
    selected_event = tables.event_of(frame, view.selected)
    texts = np.where(key | (window.count_in_window(drawn, x_range) <= 30), labels.event_label_texts(drawn), "")
    fig = figure.build_figure(
        drawn, view.lane, x_range=x_range, selected=view.selected, selected_event=selected_event,
        actors=view.filters.actors, label_texts=texts,
        label_priority=key_events.milestone_priority(drawn, key_types, view.pinned),
    )  # fmt: skip
    table = tables.key_table(drawn) if view.key_events else tables.table_frame(shown)
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
    narrowed = state.View(
        state.Filters(
            start=dt.date(2020, 1, 1),
            end=dt.date(2020, 12, 31),
            text="ceasefire",
            bases=("explicit", "publication", "anchor"),
        ),
        lane="outlet",
        key_events=False,
    )
    for n in args.sizes:
        frame = synthetic_frame(n)
        choices = state.choices_for(frame, (), tuple(figure.LANES))
        # The second and third most frequent actors (the first is in most events), two event types.
        by_actor = state.View(
            state.Filters(actors=choices.actors[1:3], types=("talks", "agreement")),
            lane=figure.ACTOR_LANE,
            key_events=False,
        )
        # Multi-source events only (no key types), as before the briefing view.
        key = state.View(
            key_events=True, key_types=(), lane="event_type", selected=str(frame["mention_id"].iloc[n // 2])
        )
        views = {
            "all shown": state.View(key_events=False, lane="doc"),
            "narrowed": narrowed,
            "actor lanes, nothing filtered": state.View(lane=figure.ACTOR_LANE, key_events=False),
            "actor+type filter, actor lanes": by_actor,
            "key events": key,
            "key events + actor filter": state.View(by_actor.filters, key_events=True, key_types=()),
            "default briefing view (story, key types)": state.View(),
        }
        sizes = {name: len(one_rerun(frame, view)[0]) for name, view in views.items()}
        timings = {name: best_of(args.repeat, lambda f=frame, v=view: one_rerun(f, v)) for name, view in views.items()}
        sidebar = best_of(args.repeat, lambda f=frame: state.choices_for(f, (), tuple(figure.LANES)))
        _, fig, _ = one_rerun(frame, views["all shown"])
        to_json = best_of(args.repeat, lambda fig=fig: plotly.io.to_json(fig, validate=False))
        _, key_fig, _ = one_rerun(frame, key)
        key_json = best_of(args.repeat, lambda fig=key_fig: plotly.io.to_json(fig, validate=False))
        events_csv = best_of(1, lambda f=frame: export.events_csv_bytes(f))
        print(f"{n:>7} events (mentions), {frame['event_id'].nunique():,} distinct events:")
        for name, seconds in timings.items():
            print(f"    filter->figure->table {seconds:.3f} s  {name} ({sizes[name]:,} mentions)")
        print(f"    sidebar choices {sidebar:.3f} s ({len(choices.actors)} actors)")
        print(f"    figure JSON {to_json:.3f} s (all shown), {key_json:.3f} s (key events)")
        print(f"    events download (all, one row per event) {events_csv:.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
