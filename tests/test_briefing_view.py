"""The briefing view (issue 11): key events from data, pins and removals, labels on the chart, the opening window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from timeline.core.errors import DataFileError
from timeline.core.frame import conform
from timeline.pipeline import extract
from timeline.reading import corrections as C
from timeline.understanding.actors import builtin_gazetteer
from timeline.understanding.event_types import builtin_taxonomy, load_taxonomy
from timeline.view import figure, key_events, labels, tables, window

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
WHEN = dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "userdata"
    monkeypatch.setenv(C.DATA_DIR_ENV, str(folder))
    return folder


@pytest.fixture(scope="module")
def seeds() -> pd.DataFrame:
    return extract([SEEDS]).frame


def make(rows: list[dict]) -> pd.DataFrame:
    base = {"doc": "a.txt", "doc_title": "A", "outlet": "Press TV", "status": "reported", "date_basis": "explicit"}
    return conform(pd.DataFrame([{**base, **row} for row in rows]))


def event(mid: str, date: str, end: str | None = None, precision: str = "day", **more: object) -> dict:
    return {
        "mention_id": mid,
        "event_id": "e" + mid,
        "date": date,
        "date_end": end or date,
        "precision": precision,
        **more,
    }


# --- key types come from data -------------------------------------------------------------------------


def test_builtin_key_types_and_labels_come_from_the_briefing_file() -> None:
    tax = builtin_taxonomy()
    assert {"agreement", "talks", "un_action", "election"} <= set(tax.key_types)
    assert "statement" not in tax.key_types and "armed_clash" not in tax.key_types
    assert tax.label("un_action") == "UN action"
    # A type without a label reads with spaces, not underscores.
    assert tax.label("brand_new_type") == "brand new type"


def test_a_user_briefing_file_changes_key_types_and_labels(tmp_path: Path) -> None:
    mine = tmp_path / "briefing.csv"
    mine.write_text("type,label,key\ntalks,Negotiations,no\nprotest,,yes\n", encoding="utf-8")
    tax = load_taxonomy(mine, gazetteer=builtin_gazetteer())
    assert "talks" not in tax.key_types and "protest" in tax.key_types and "agreement" in tax.key_types
    assert tax.label("talks") == "Negotiations" and tax.label("protest") == "Protest"


def test_a_bad_briefing_row_names_the_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("type,label,key\ntalks,Talks,maybe\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"bad\.csv:2"):
        load_taxonomy(bad, gazetteer=builtin_gazetteer())


def _event_of(frame: pd.DataFrame, day: str, event_type: str) -> set[str]:
    rows = frame.loc[(frame["event_date"] == pd.Timestamp(day)) & (frame["event_type"] == event_type)]
    return set(rows["event_id"])


def test_the_default_key_events_hold_the_milestones_of_the_seeds(seeds: pd.DataFrame) -> None:
    key = set(seeds.loc[key_events.key_mask(seeds, builtin_taxonomy().key_types), "event_id"])
    # The Moscow talks, the October 2020 ceasefire, the April 2021 Security Council resolution.
    for day, kind in (("2020-01-13", "talks"), ("2020-10-23", "agreement"), ("2021-04-16", "un_action")):
        found = _event_of(seeds, day, kind)
        assert found and found <= key, (day, kind)
    # Only the sources rule would leave two of them out.
    by_sources = set(seeds.loc[key_events.key_mask(seeds), "event_id"])
    assert not _event_of(seeds, "2020-01-13", "talks") & by_sources


def test_pins_add_and_drops_remove_single_events() -> None:
    frame = make(
        [
            event("m1", "2020-01-01", event_type="talks", n_sources=1),
            event("m2", "2020-01-02", event_type="statement", n_sources=1),
            event("m3", "2020-01-03", event_type="statement", n_sources=2),
        ]
    )
    assert frame.loc[key_events.key_mask(frame, ("talks",)), "mention_id"].tolist() == ["m1", "m3"]
    mask = key_events.key_mask(frame, ("talks",), pinned=("em2",), dropped=("em3",))
    assert frame.loc[mask, "mention_id"].tolist() == ["m1", "m2"]


def test_saved_picks_round_trip_and_follow_an_event_whose_id_changed(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    C.set_pick(corpus, "e-old", ("m1", "m9"), "pin", who="ana", when=WHEN)
    C.set_pick(corpus, "em2", ("m2",), "drop", who="ana", when=WHEN)
    C.set_pick(corpus, "e-gone", ("m7",), "pin", who="ana", when=WHEN)
    C.set_pick(corpus, "em3", ("m3",), "pin", who="ana", when=WHEN)
    C.set_pick(corpus, "em3", ("m3",), "", who="ana", when=WHEN)  # withdrawn
    picks, problems = C.read_picks(corpus)
    assert problems == () and set(picks) == {"e-old", "em2", "e-gone"}
    assert C.key_events_path(corpus).parent == C.corpus_data_dir(corpus)
    assert not any(corpus.iterdir()), "nothing is written into the corpus folder"
    frame = make([event("m1", "2020-01-01"), event("m2", "2020-01-02"), event("m3", "2020-01-03")])
    pinned, dropped = key_events.picked_events(frame, picks)
    # e-old is now em1 (found by its mention m1); e-gone names no event of this corpus.
    assert pinned == ("em1",) and dropped == ("em2",)
    with pytest.raises(C.CorrectionsError):
        C.set_pick(corpus, "em1", ("m1",), "promote", who="ana", when=WHEN)


# --- labels ------------------------------------------------------------------------------------------------


def test_wrap_lines_breaks_between_words_and_marks_a_cut() -> None:
    assert labels.wrap_lines("Haftar shakes hands with Shoigu in Moscow", 24, 3) == (
        "Haftar shakes hands with",
        "Shoigu in Moscow",
    )
    cut = labels.wrap_lines("one two three four five six seven eight nine ten", 9, 2)
    assert cut == ("one two", "three…") and all(len(line) <= 9 for line in cut)
    assert labels.wrap_lines("", 10, 2) == ()


def _boxes(placed: list[labels.Placed], x: np.ndarray) -> list[tuple[float, float, float, float]]:
    out = []
    for p in placed:
        half = (max(len(line) for line in p.lines) * labels.CHAR_PX + labels.PAD_PX) / 2
        height = len(p.lines) * labels.LINE_PX + labels.PAD_PX
        cx = x[p.point] + p.dx
        out.append((cx - half, cx + half, p.dy - height / 2, p.dy + height / 2))
    return out


def test_placed_labels_never_overlap_and_alternate_sides() -> None:
    x = np.array([100.0, 110.0, 120.0, 130.0, 600.0, 900.0, 995.0])
    texts = [f"Event number {i} with a long headline" for i in range(len(x))]
    placed = labels.place_labels(
        x, texts, np.zeros(len(x)), levels=2, line_chars=24, max_lines=2, row_px=40, width_px=1000
    )
    boxes = _boxes(placed, x)
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert a[1] <= b[0] or b[1] <= a[0] or a[3] <= b[2] or b[3] <= a[2], (a, b)
        assert a[0] >= 0 and a[1] <= 1000, "a label is kept inside the plot"
    # Four clustered events and four slots (two rows each side): all placed, two above and two below.
    cluster = [p for p in placed if p.point < 4]
    assert len(cluster) == 4 and sum(p.dy < 0 for p in cluster) == 2
    assert {p.point for p in placed} >= {4, 5, 6}


def test_higher_priority_labels_win_the_slots() -> None:
    x = np.array([500.0, 502.0, 504.0])
    placed = labels.place_labels(
        x, ["low", "high", "middle"], np.array([0.0, 2.0, 1.0]), levels=1, line_chars=20, max_lines=1,
        row_px=30, width_px=1000,
    )  # fmt: skip
    assert {p.point for p in placed} == {1, 2}


def test_story_figure_labels_key_events_escaped_in_one_unlabelled_lane() -> None:
    frame = make(
        [
            event("m1", "2020-01-13", headline="Talks <b>in</b> Moscow", title="Long title one"),
            event("m2", "2020-06-01", headline="", title="Fallback title"),
            event("m3", "2020-09-01", headline="Not labelled"),
        ]
    )
    texts = np.where(np.array([True, True, False]), labels.event_label_texts(frame), "")
    fig = figure.build_figure(
        frame, figure.STORY_LANE, x_range=(pd.Timestamp("2019-12-01"), pd.Timestamp("2020-12-01")), label_texts=texts
    )
    shown = [a.text for a in fig.layout.annotations]
    assert "Talks &lt;b&gt;in&lt;/b&gt; Moscow" in shown and "Fallback title" in shown
    assert not any("Not labelled" in t for t in shown)
    assert fig.layout.yaxis.ticktext in (None, ()) or list(fig.layout.yaxis.ticktext) == []
    assert {round(float(y)) for t in fig.data if t.customdata is not None for y in t.y} == {0}


def test_event_type_lanes_have_readable_names_and_a_show_all_button() -> None:
    frame = make(
        [event("m1", "2020-01-13", event_type="un_action"), event("m2", "2020-02-13", event_type="armed_clash")]
    )
    window_ = (pd.Timestamp("2020-01-01"), pd.Timestamp("2020-03-01"))
    fig = figure.build_figure(frame, "event_type", x_range=window_, lane_names={"un_action": "UN action"})
    assert list(fig.layout.yaxis.ticktext) == ["UN action", "armed clash"]
    (menu,) = fig.layout.updatemenus
    assert [b.label for b in menu.buttons] == ["Show all", "Opening view"]
    assert fig.layout.xaxis.rangeslider.visible is True


def test_every_point_of_the_selected_event_is_ringed() -> None:
    frame = make(
        [event("m1", "2020-01-13"), {**event("m2", "2020-01-13", doc="b.txt", doc_title="B"), "event_id": "em1"}]
    )
    fig = figure.build_figure(frame, "doc", selected="m1", selected_event="em1")
    (ring,) = [t for t in fig.data if t.name == "selected"]
    assert len(ring.x) == 2


# --- the opening window ------------------------------------------------------------------------------------


def test_window_follows_the_date_filter() -> None:
    frame = make([event("m1", "2011-01-01", "2011-12-31", "year"), event("m2", "2020-01-13")])
    lo, hi = window.opening_window(frame, None, dt.date(2020, 1, 1), dt.date(2020, 3, 31))
    assert pd.Timestamp("2019-12-25") < lo <= pd.Timestamp("2020-01-01")
    assert pd.Timestamp("2020-04-01") <= hi < pd.Timestamp("2020-04-10")


def test_window_covers_every_milestone_but_not_a_background_year() -> None:
    rows = [event(f"m{i}", f"2020-01-{10 + i:02d}") for i in range(12)]
    rows += [event("late", "2021-12-24"), event("bg", "2011-01-01", "2011-12-31", "year")]
    frame = make(rows)
    bulk = figure.initial_x_range(frame)
    assert bulk is not None and bulk[1] < pd.Timestamp("2021-12-24"), "the bulk alone leaves the milestone out"
    key = frame["mention_id"].isin(["late", "bg", "m0"]).to_numpy()
    lo, hi = window.opening_window(frame, key)
    assert hi > pd.Timestamp("2021-12-24") and lo > pd.Timestamp("2019-01-01")
    text = window.span_in_view(frame, (lo, hi))
    assert text.startswith("In view: 10 Jan 2020 – 24 Dec 2021 (13 events)") and "1 more outside (2011)" in text


def test_date_presets_span_years_and_the_last_30_days() -> None:
    frame = make([event("m1", "2020-01-13"), event("m2", "2021-04-16")])
    presets = window.date_presets(frame)
    assert presets["Whole corpus"] == (dt.date(2020, 1, 13), dt.date(2021, 4, 16))
    assert presets["2020"] == (dt.date(2020, 1, 1), dt.date(2020, 12, 31))
    assert presets["Last 30 days"] == (dt.date(2021, 3, 18), dt.date(2021, 4, 16))
    assert window.date_presets(frame.iloc[0:0]) == {}


def test_a_box_drawn_on_the_chart_gives_its_days() -> None:
    state = {"selection": {"points": [], "box": [{"x": ["2020-03-05 10:00", "2020-01-02"], "y": [0, 1]}]}}
    assert figure.days_from_box(state) == (dt.date(2020, 1, 2), dt.date(2020, 3, 5))
    assert figure.days_from_box({"selection": {"box": [{"x": ["nonsense", 3]}]}}) is None
    assert figure.days_from_box(None) is None


def test_event_order_walks_each_event_once_by_date() -> None:
    frame = make(
        [event("m2", "2020-02-01"), {**event("m3", "2020-01-01"), "event_id": "em2"}, event("m1", "2020-01-15")]
    )
    assert tables.event_order(frame) == [("em2", "m3"), ("em1", "m1")]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2020", (dt.date(2020, 1, 1), dt.date(2020, 12, 31))),
        ("2020-02", (dt.date(2020, 2, 1), dt.date(2020, 2, 29))),
        ("2020-10-01 to 2021-04", (dt.date(2020, 10, 1), dt.date(2021, 4, 30))),
        ("2020 – 2021", (dt.date(2020, 1, 1), dt.date(2021, 12, 31))),
        ("2020-10 to", (dt.date(2020, 10, 1), None)),
        ("to 2021-04-16", (None, dt.date(2021, 4, 16))),
        ("", (None, None)),
    ],
)
def test_typed_date_ranges(typed: str, expected: tuple) -> None:
    from timeline.view import state

    start, end, problem = state.parse_date_range(typed)
    assert (start, end, problem) == (*expected, "")
    assert state.parse_date_range(state.range_text(start, end))[:2] == expected


@pytest.mark.parametrize("typed", ["yesterday", "2020-13", "2021 to 2020", "1066"])
def test_a_bad_typed_range_is_a_problem_not_a_range(typed: str) -> None:
    from timeline.view import state

    start, end, problem = state.parse_date_range(typed)
    assert start is None and end is None and problem


def test_calendars_open_on_the_corpus_years() -> None:
    frame = make([event("m1", "2011-03-01"), event("m2", "2021-04-16")])
    assert window.calendar_bounds(frame) == (dt.date(2011, 1, 1), dt.date(2021, 12, 31))
    assert window.calendar_bounds(frame, dt.date(2023, 5, 1), None) == (dt.date(2011, 1, 1), dt.date(2023, 12, 31))


def test_labels_of_different_lanes_do_not_compete() -> None:
    x = np.array([500.0, 500.0])
    common = {"levels": 1, "line_chars": 20, "max_lines": 1, "row_px": 30, "width_px": 1000}
    one_lane = labels.place_labels(x, ["first", "second"], np.zeros(2), **common)
    two_lanes = labels.place_labels(x, ["first", "second"], np.zeros(2), groups=np.array([0, 1]), **common)
    # One lane: one row above, one below; two lanes: each label takes its lane's first row on its preferred side.
    assert len(one_lane) == 2 and {np.sign(p.dy) for p in one_lane} == {-1.0, 1.0}
    assert len(two_lanes) == 2
    three = labels.place_labels(np.array([500.0] * 3), ["a", "b", "c"], np.zeros(3), **common)
    assert len(three) == 2, "a third label in one lane finds no row"
