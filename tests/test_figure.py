"""The timeline figure: spans, markers, lanes, stacking, the initial window, the click."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from timeline.core.frame import conform
from timeline.view import figure


def make(rows: list[dict]) -> pd.DataFrame:
    base = {"doc": "a.txt", "doc_title": "A", "outlet": "Press TV", "status": "reported", "date_basis": "explicit"}
    return conform(pd.DataFrame([{**base, **row} for row in rows]))


def event(mid: str, date: str, end: str | None = None, precision: str = "day", **more: str) -> dict:
    return {
        "mention_id": mid,
        "event_id": "e" + mid,
        "date": date,
        "date_end": end or date,
        "precision": precision,
        **more,
    }


def traces_with(fig, mention_id: str) -> list:
    return [t for t in fig.data if t.customdata is not None and mention_id in {row[0] for row in t.customdata}]


def as_days(values) -> list[str]:
    return [str(np.datetime64(v, "D")) for v in values]


def test_month_event_spans_first_to_last_day() -> None:
    fig = figure.build_figure(make([event("m1", "2020-10-01", "2020-10-31", "month")]))
    lines = [t for t in fig.data if t.mode == "lines"]
    assert len(lines) == 1
    x = as_days(lines[0].x)
    assert x[:2] == ["2020-10-01", "2020-10-31"]
    # The period is not a marker at its first day: its one clickable point is its middle.
    (handle,) = traces_with(fig, "m1")
    assert as_days(handle.x) == ["2020-10-16"]


def test_season_spans_three_months() -> None:
    fig = figure.build_figure(make([event("m1", "2020-09-01", "2020-11-30", "season")]))
    (line,) = [t for t in fig.data if t.mode == "lines"]
    assert as_days(line.x)[:2] == ["2020-09-01", "2020-11-30"]


def test_spans_share_one_trace_with_gaps() -> None:
    rows = [event(f"m{i}", "2020-01-01", "2020-12-31", "year") for i in range(50)]
    fig = figure.build_figure(make(rows))
    (line,) = [t for t in fig.data if t.mode == "lines"]
    assert len(line.x) == 150 and np.isnan(np.asarray(line.y, dtype=float)[2::3]).all()
    assert not fig.layout.shapes or all(s.xref == "paper" for s in fig.layout.shapes)


def test_day_events_are_markers_with_ids_in_customdata() -> None:
    fig = figure.build_figure(make([event("m1", "2020-01-13"), event("m2", "2020-01-19")]))
    marker_traces = [t for t in fig.data if t.mode == "markers" and t.customdata is not None]
    assert len(marker_traces) == 1
    (trace,) = marker_traces
    assert [list(row) for row in trace.customdata] == [["m1", "em1"], ["m2", "em2"]]
    assert as_days(trace.x) == ["2020-01-13", "2020-01-19"]
    assert not [t for t in fig.data if t.mode == "lines"]


def test_every_dated_event_is_exactly_one_clickable_point() -> None:
    rows = [event("m1", "2020-01-13"), event("m2", "2020-10-01", "2020-10-31", "month"), event("m3", None, None, "")]
    fig = figure.build_figure(make(rows))
    points = [row[0] for t in fig.data if t.customdata is not None for row in t.customdata]
    assert sorted(points) == ["m1", "m2"]


def test_scheduled_looks_different_from_reported() -> None:
    rows = [
        event("m1", "2021-12-24", status="scheduled"),
        event("m2", "2020-01-13"),
        event("m3", "2021-12-01", "2021-12-31", "month", status="scheduled"),
        event("m4", "2020-10-01", "2020-10-31", "month"),
    ]
    fig = figure.build_figure(make(rows))
    (sched,) = traces_with(fig, "m1")
    (rep,) = traces_with(fig, "m2")
    assert (sched.marker.symbol, sched.marker.color) != (rep.marker.symbol, rep.marker.color)
    lines = {t.name: t for t in fig.data if t.mode == "lines"}
    sched_line = next(t for n, t in lines.items() if n.startswith("scheduled"))
    rep_line = next(t for n, t in lines.items() if n.startswith("reported"))
    assert sched_line.line.dash != rep_line.line.dash


def test_spans_are_lighter_than_markers() -> None:
    fig = figure.build_figure(make([event("m1", "2020-10-01", "2020-10-31", "month"), event("m2", "2020-01-13")]))
    (line,) = [t for t in fig.data if t.mode == "lines"]
    assert line.line.color.startswith("rgba(") and float(line.line.color.rstrip(")").split(",")[-1]) < 0.6


def test_same_day_same_lane_events_do_not_hide_each_other() -> None:
    fig = figure.build_figure(make([event(f"m{i}", "2020-12-30") for i in range(4)]))
    (trace,) = traces_with(fig, "m0")
    assert len(set(np.round(np.asarray(trace.y, dtype=float), 6))) == 4


def test_overlapping_periods_in_a_lane_stack() -> None:
    rows = [event("m1", "2020-09-01", "2020-11-30", "season"), event("m2", "2020-10-01", "2020-10-31", "month")]
    fig = figure.build_figure(make(rows))
    ys = {t.customdata[i][0]: float(t.y[i]) for t in fig.data if t.customdata is not None for i in range(len(t.y))}
    assert ys["m1"] != ys["m2"]


def test_stack_rows_greedy() -> None:
    codes = np.array([0, 0, 0, 1])
    rows = figure.stack_rows(codes, np.array([1, 1, 5, 1]), np.array([3, 3, 6, 1]))
    assert list(rows) == [0, 1, 0, 0]


@pytest.mark.parametrize("lane", ["doc", "outlet", "status", "event_type"])
def test_lanes_by_any_column(lane: str) -> None:
    rows = [
        event("m1", "2020-01-13", doc="a.txt", doc_title="Talks", outlet="teleSUR", event_type="meeting"),
        event("m2", "2020-02-13", doc="b.txt", doc_title="Truce", outlet="Press TV", status="scheduled"),
    ]
    fig = figure.build_figure(make(rows), lane)
    assert len(fig.layout.yaxis.ticktext) == 2
    assert fig.layout.yaxis.title.text == figure.LANES[lane]


def test_document_lanes_are_labelled_by_title_and_stay_distinct() -> None:
    rows = [
        event("m1", "2020-01-13", doc="a.txt", doc_title="Same"),
        event("m2", "2020-01-14", doc="b.txt", doc_title="Same"),
    ]
    lanes = figure.assign_lanes(make(rows), "doc")
    assert len(set(lanes.labels)) == 2 and lanes.labels[0] == "Same"


def test_unknown_lane_column_raises_keyerror() -> None:
    with pytest.raises(KeyError):
        figure.assign_lanes(make([event("m1", "2020-01-13")]), "no_such_column")


def test_hover_has_date_precision_text_basis_title_outlet_escaped() -> None:
    rows = [event("m1", "2020-09-01", "2020-11-30", "season", title="<script>x</script>", date_text="last fall")]
    rows[0].update(date_basis="anchor", date_rule="season_last", outlet="Minbar")
    (hover,) = figure.hover_texts(make(rows))
    for part in ("2020-09-01 – 2020-11-30", "season", "last fall", "anchor", "season_last", "Minbar"):
        assert part in hover
    assert "<script>" not in hover and "&lt;script&gt;" in hover


def test_initial_range_shows_the_bulk_not_the_outliers() -> None:
    rows = [event(f"m{i}", str(np.datetime64("2020-01-10") + np.timedelta64(15 * i, "D"))) for i in range(30)]
    rows += [event("old", "2011-01-01", "2011-12-31", "year"), event("vote", "2021-12-24", status="scheduled")]
    lo, hi = figure.initial_x_range(make(rows))
    assert pd.Timestamp("2019-12-01") <= lo <= pd.Timestamp("2020-01-10")
    assert pd.Timestamp("2021-04-01") <= hi <= pd.Timestamp("2021-06-01")


def test_initial_range_of_an_even_spread_is_everything() -> None:
    rows = [event(f"m{i}", str(np.datetime64("2019-01-01") + np.timedelta64(3 * i, "D"))) for i in range(400)]
    lo, hi = figure.initial_x_range(make(rows))
    assert lo <= pd.Timestamp("2019-01-01") and hi >= pd.Timestamp("2022-04-01")


def test_initial_range_of_one_event_is_not_empty() -> None:
    lo, hi = figure.initial_x_range(make([event("m1", "2020-01-13")]))
    assert lo < pd.Timestamp("2020-01-13") < hi and (hi - lo).days >= 60


def test_initial_range_none_without_dates() -> None:
    assert figure.initial_x_range(make([event("m1", None, None, "")])) is None


def test_webgl_above_threshold_svg_below() -> None:
    rows = [event(f"m{i}", "2020-01-13") for i in range(20)]
    assert {t.type for t in figure.build_figure(make(rows)).data} == {"scatter"}
    assert {t.type for t in figure.build_figure(make(rows), webgl_threshold=10).data} == {"scattergl"}


def test_no_dated_events_gives_an_annotated_empty_figure() -> None:
    fig = figure.build_figure(make([event("m1", None, None, "")]))
    assert not fig.data and fig.layout.annotations[0].text == "No dated events"


def test_selected_event_is_ringed() -> None:
    fig = figure.build_figure(make([event("m1", "2020-01-13"), event("m2", "2020-01-20")]), selected="m2")
    ring = [t for t in fig.data if t.name == "selected"]
    assert len(ring) == 1 and as_days(ring[0].x) == ["2020-01-20"]


def test_x_range_is_applied() -> None:
    rng = (pd.Timestamp("2020-01-01"), pd.Timestamp("2021-04-30"))
    fig = figure.build_figure(make([event("m1", "2020-01-13")]), x_range=rng)
    assert tuple(fig.layout.xaxis.range) == ("2020-01-01", "2021-04-30")


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        ({"selection": {"points": [{"customdata": ["m7", "e7"]}]}}, "m7"),
        ({"selection": {"points": [{"customdata": "m8"}]}}, "m8"),
        ({"selection": {"points": [{"x": 1}, {"customdata": ["m9"]}]}}, "m9"),
        ({"selection": {"points": []}}, ""),
        ({}, ""),
        (None, ""),
    ],
)
def test_mention_from_selection(state, expected: str) -> None:
    assert figure.mention_from_selection(state) == expected


def test_events_outside_the_window_are_counted() -> None:
    f = make([event("m1", "2011-01-01", "2011-12-31", "year"), event("m2", "2020-06-01"), event("m3", "2021-12-24")])
    window = (pd.Timestamp("2020-01-01"), pd.Timestamp("2021-04-30"))
    assert figure.events_outside(f, window) == 2
    assert figure.events_outside(f, None) == 0


def test_near_same_day_markers_are_kept_apart_at_the_opening_zoom() -> None:
    rows = [event("m1", "2020-01-05"), event("m2", "2020-01-08"), event("m3", "2021-06-01")]
    window = (pd.Timestamp("2020-01-01"), pd.Timestamp("2021-06-30"))
    fig = figure.build_figure(make(rows), x_range=window)
    (trace,) = traces_with(fig, "m1")
    y = {row[0]: float(v) for row, v in zip(trace.customdata, trace.y, strict=True)}
    assert y["m1"] != y["m2"]


def test_markers_shrink_as_events_multiply() -> None:
    assert figure.marker_size(10) == 10
    assert figure.marker_size(100_000) < figure.marker_size(5_000) < figure.marker_size(1_000)
    assert figure.marker_size(10_000_000) >= 4


def test_many_lanes_drop_their_labels_but_keep_their_lanes() -> None:
    rows = [
        event(f"m{i}", "2020-01-13", doc=f"d{i}.txt", doc_title=f"Doc {i}")
        for i in range(figure.MAX_LABELLED_LANES + 5)
    ]
    fig = figure.build_figure(make(rows))
    assert not fig.layout.yaxis.ticktext and "lanes" in fig.layout.yaxis.title.text
    (trace,) = traces_with(fig, "m0")
    assert len(set(np.round(np.asarray(trace.y, dtype=float)))) == figure.MAX_LABELLED_LANES + 5


def test_no_ring_in_webgl_figures() -> None:
    rows = [event("m1", "2020-01-13"), event("m2", "2020-01-20")]
    fig = figure.build_figure(make(rows), selected="m2", webgl_threshold=1)
    assert not [t for t in fig.data if t.name == "selected"]


# --- number of sources on the marker -----------------------------------------------------------


def test_marker_size_grows_with_the_number_of_sources() -> None:
    sizes = figure.source_marker_sizes(np.array([1, 2, 4, 8, 50]), 10.0)
    assert sizes[0] == 10.0
    assert sizes[0] < sizes[1] < sizes[2] < sizes[3]
    assert sizes[4] == sizes[3]  # capped: a hundred sources must not cover the lane
    # A frame without the column counts one source per row.
    assert list(figure.source_counts(pd.DataFrame({"x": [1, 2]}))) == [1, 1]


def test_label_and_hover_say_how_many_sources() -> None:
    assert list(figure.source_labels(np.array([1, 2, 5]))) == ["", "×2", "×5"]
    assert list(figure.sources_phrase(np.array([1, 3]))) == ["reported by 1 source", "reported by 3 sources"]
    hover = figure.hover_texts(make([event("m1", "2020-01-13", n_sources=2, actors="Russia; Libya")]))[0]
    assert "reported by 2 sources" in hover and "Russia; Libya" in hover


def test_multi_source_markers_are_bigger_and_labelled() -> None:
    rows = [event("m1", "2020-01-13", n_sources=1), event("m2", "2020-02-13", n_sources=3)]
    fig = figure.build_figure(make(rows))
    (trace,) = traces_with(fig, "m1")
    size = {row[0]: s for row, s in zip(trace.customdata, trace.marker.size, strict=True)}
    assert size["m2"] > size["m1"] == figure.marker_size(2)
    (labels,) = [t for t in fig.data if t.name == "sources"]
    assert list(labels.text) == ["×3"] and as_days(labels.x) == ["2020-02-13"]
    assert labels.hoverinfo == "skip" and labels.customdata is None  # not clickable, not counted as an event


def test_single_source_figure_has_one_size_and_no_labels() -> None:
    fig = figure.build_figure(make([event("m1", "2020-01-13", n_sources=1), event("m2", "2020-02-13")]))
    (trace,) = traces_with(fig, "m1")
    assert isinstance(trace.marker.size, (int, float))
    assert not [t for t in fig.data if t.name == "sources"]


def test_too_many_labels_are_left_out() -> None:
    rows = [event(f"m{i}", "2020-01-13", n_sources=2) for i in range(figure.MAX_SOURCE_LABELS + 1)]
    fig = figure.build_figure(make(rows), webgl_threshold=10**9)
    assert not [t for t in fig.data if t.name == "sources"]


# --- lanes by actor ----------------------------------------------------------------------------


def actor_rows() -> list[dict]:
    return [
        event("m1", "2020-01-13", actors="Russia; Libya"),
        event("m2", "2020-01-20", actors="Turkey"),
        event("m3", "2020-01-27", actors=""),
        # m4 names nobody but reports the same event as m1: it joins m1's actors' lanes.
        {**event("m4", "2020-01-13", actors=""), "event_id": "em1"},
    ]


def lanes_of(fig, mention_id: str) -> set[str]:  # type: ignore[no-untyped-def]
    labels = fig.layout.yaxis.ticktext
    return {
        labels[round(float(y))]
        for t in traces_with(fig, mention_id)
        for row, y in zip(t.customdata, t.y, strict=True)
        if row[0] == mention_id
    }


def test_an_event_appears_in_each_of_its_actors_lanes() -> None:
    fig = figure.build_figure(make(actor_rows()), figure.ACTOR_LANE)
    assert set(fig.layout.yaxis.ticktext) == {"Russia", "Libya", "Turkey", figure.NO_ACTOR_LANE}
    assert lanes_of(fig, "m1") == {"Russia", "Libya"}
    assert lanes_of(fig, "m4") == {"Russia", "Libya"}
    assert lanes_of(fig, "m3") == {figure.NO_ACTOR_LANE}
    assert fig.layout.yaxis.title.text == "Actor"


def test_actor_lanes_are_the_chosen_actors_when_filtered() -> None:
    fig = figure.build_figure(make(actor_rows()), figure.ACTOR_LANE, actors=("Libya",))
    assert lanes_of(fig, "m1") == {"Libya"}
    assert lanes_of(fig, "m2") == {figure.OTHER_ACTORS_LANE}


def test_actor_lanes_keep_the_most_frequent_actors() -> None:
    rows = [event(f"m{i}", "2020-01-13", actors=f"Common; Rare {i}") for i in range(figure.MAX_ACTOR_LANES + 3)]
    _, names = figure.actor_lanes(make(rows))
    assert len(set(names)) == figure.MAX_ACTOR_LANES
    assert "Common" in set(names)


def test_above_the_repeat_limit_each_event_is_drawn_once() -> None:
    frame = make(actor_rows())
    rows, names = figure.actor_lanes(frame, repeat=False)
    assert len(rows) == len(set(rows)) == 4
    lane = dict(zip(frame["mention_id"].iloc[rows], names, strict=True))
    # One lane per event: m1 and m4 (one event) both in Libya's, first by name among equally frequent actors.
    assert lane == {"m1": "Libya", "m4": "Libya", "m2": "Turkey", "m3": figure.NO_ACTOR_LANE}
    assert not figure.repeats_actors(figure.ACTOR_REPEAT_LIMIT + 1)
    assert figure.repeats_actors(figure.ACTOR_REPEAT_LIMIT + 1, ("Libya",))
    assert "every actor" in figure.actor_lane_caption(10)
    assert "drawn once" in figure.actor_lane_caption(figure.ACTOR_REPEAT_LIMIT + 1)


def test_the_selection_is_ringed_in_each_of_its_lanes() -> None:
    fig = figure.build_figure(make(actor_rows()), figure.ACTOR_LANE, selected="m1")
    (ring,) = [t for t in fig.data if t.name == "selected"]
    assert len(ring.x) == 2


def test_one_marker_per_event_rings_the_selected_mentions_event() -> None:
    # The key-events view draws m1 for event em1; the analyst opened m4, another mention of it.
    fig = figure.build_figure(make(actor_rows()[:3]), selected="m4", selected_event="em1")
    (ring,) = [t for t in fig.data if t.name == "selected"]
    assert as_days(ring.x) == ["2020-01-13"]


def test_lanes_with_nothing_in_the_opening_window_come_last() -> None:
    rows = [
        event("old", "2011-01-01", "2011-12-31", "year", doc="old.txt", doc_title="Old"),
        event("m1", "2020-01-13", doc="a.txt", doc_title="A"),
        event("m2", "2020-02-13", doc="b.txt", doc_title="B"),
    ]
    assert figure.assign_lanes(make(rows), "doc").labels == ("Old", "A", "B")
    window = (pd.Timestamp("2019-12-01"), pd.Timestamp("2020-03-01"))
    assert figure.assign_lanes(make(rows), "doc", window).labels == ("A", "B", "Old")


# ---------------------------------------------------------------- untrusted text


@pytest.mark.parametrize("lane", ["doc", "outlet", "actors"])
def test_lane_labels_from_documents_are_text_not_markup(lane):
    hostile = '<a href="//x.example">X</a>'
    rows = [event("m1", "2020-10-01", doc_title=hostile, outlet=hostile, actors=hostile, title=hostile)]
    fig = figure.build_figure(make(rows), lane=lane)
    ticks = list(fig.layout.yaxis.ticktext)
    assert ticks and all("<" not in t and ">" not in t for t in ticks), ticks
    assert any("&lt;a href" in t for t in ticks)
    assert "<" not in str(fig.layout.yaxis.title.text)


def test_plotly_text_escapes_tags_and_entities():
    assert figure.plotly_text('<span style="x">&amp;</span>') == '&lt;span style="x"&gt;&amp;amp;&lt;/span&gt;'
