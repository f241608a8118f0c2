"""Filtering, the URL form of the view, and the table/summary helpers."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.core.frame import conform
from timeline.view import actor_cells, key_events, masks, state, summary, tables, url
from timeline.view.state import Choices, Filters, View

ROWS = [
    # mention, doc, outlet, date, date_end, precision, basis, status, title, passage
    ("m1", "a.txt", "Press TV", "2020-01-13", "2020-01-13", "day", "explicit", "reported", "Talks in Moscow", "Talks…"),
    ("m2", "a.txt", "Press TV", "2020-09-01", "2020-11-30", "season", "anchor", "reported", "Ceasefire", "last fall"),
    ("m3", "b.txt", "teleSUR", "2020-10-01", "2020-10-31", "month", "publication", "reported", "Truce signed", "Oct"),
    ("m4", "b.txt", "teleSUR", "2021-12-24", "2021-12-24", "day", "explicit", "scheduled", "Elections", "polls open"),
    ("m5", "c.txt", "", "2019-01-01", "2019-12-31", "year", "estimated", "reported", "Offensive", "Haftar moved"),
    ("m6", "c.txt", "", None, None, "", "unresolved", "reported", "Envoy alerted", "this week the envoy"),
]


def frame() -> pd.DataFrame:
    keys = ("mention_id", "doc", "outlet", "date", "date_end", "precision", "date_basis", "status", "title", "passage")
    return conform(pd.DataFrame([dict(zip(keys, row, strict=True)) for row in ROWS]))


CHOICES = Choices(docs=("a.txt", "b.txt", "c.txt"), outlets=("Press TV", "teleSUR"), lanes=("doc", "outlet"))


def ids(result: pd.DataFrame) -> set[str]:
    return set(result["mention_id"])


# --- each filter -------------------------------------------------------------------------------


def test_no_filter_keeps_everything_in_order() -> None:
    f = frame()
    out = masks.apply_filters(f, Filters())
    assert list(out["mention_id"]) == list(f["mention_id"])


def test_date_range_keeps_periods_that_overlap_it() -> None:
    out = masks.apply_filters(frame(), Filters(start=dt.date(2020, 10, 15), end=dt.date(2020, 10, 20)))
    # "last fall" (Sep-Nov) and October overlap mid-October; the day events do not; undated never match a range.
    assert ids(out) == {"m2", "m3"}


def test_open_ended_date_range() -> None:
    assert ids(masks.apply_filters(frame(), Filters(start=dt.date(2021, 1, 1)))) == {"m4"}
    assert ids(masks.apply_filters(frame(), Filters(end=dt.date(2019, 6, 1)))) == {"m5"}


def test_text_search_title_and_passage_case_insensitive_all_terms() -> None:
    f = frame()
    assert ids(masks.apply_filters(f, Filters(text="moscow"))) == {"m1"}
    assert ids(masks.apply_filters(f, Filters(text="LAST fall"))) == {"m2"}
    assert ids(masks.apply_filters(f, Filters(text="envoy week"))) == {"m6"}
    assert ids(masks.apply_filters(f, Filters(text="envoy moscow"))) == set()


def test_text_search_is_literal_not_regex() -> None:
    assert ids(masks.apply_filters(frame(), Filters(text="(.*"))) == set()


def test_documents_and_outlets() -> None:
    f = frame()
    assert ids(masks.apply_filters(f, Filters(docs=("b.txt",)))) == {"m3", "m4"}
    assert ids(masks.apply_filters(f, Filters(outlets=("Press TV",)))) == {"m1", "m2"}


def test_precision_including_unresolved() -> None:
    f = frame()
    assert ids(masks.apply_filters(f, Filters(precisions=("month", "season")))) == {"m2", "m3"}
    assert ids(masks.apply_filters(f, Filters(precisions=(state.NO_PRECISION,)))) == {"m6"}


def test_status_and_basis() -> None:
    f = frame()
    assert ids(masks.apply_filters(f, Filters(statuses=("scheduled",)))) == {"m4"}
    hide_estimated = tuple(b for b in state.DATE_BASES if b != "estimated")
    assert "m5" not in ids(masks.apply_filters(f, Filters(bases=hide_estimated)))


def test_filters_combine_and_can_leave_nothing() -> None:
    out = masks.apply_filters(frame(), Filters(docs=("a.txt",), statuses=("scheduled",)))
    assert out.empty and list(out.columns) == list(frame().columns)


def test_filters_on_empty_frame() -> None:
    empty = frame().iloc[0:0]
    assert masks.apply_filters(empty, Filters(text="x", start=dt.date(2020, 1, 1))).empty


def test_restriction_and_ticked_round_trip() -> None:
    vocab = state.STATUSES
    assert state.restriction(list(vocab), vocab) == ()
    assert state.restriction([], vocab) == ()
    assert state.restriction(["scheduled"], vocab) == ("scheduled",)
    assert state.ticked((), vocab) == list(vocab)
    assert state.ticked(("scheduled",), vocab) == ["scheduled"]


# --- URL ---------------------------------------------------------------------------------------


def test_empty_url_is_the_default_view() -> None:
    assert url.parse_query({}, CHOICES) == (View(), [])


def test_url_round_trip() -> None:
    view = View(
        Filters(
            start=dt.date(2020, 1, 1),
            end=dt.date(2020, 12, 31),
            text="ceasefire talks",
            docs=("a.txt", "b.txt"),
            outlets=("teleSUR",),
            precisions=("day", "none"),
            statuses=("reported",),
            bases=("explicit", "anchor"),
        ),
        lane="outlet",
        selected="m2",
    )
    query = url.to_query(view)
    assert query["doc"] == ["a.txt", "b.txt"] and query["from"] == "2020-01-01"
    assert url.parse_query(query, CHOICES) == (view, [])


def test_default_view_writes_an_empty_url() -> None:
    assert url.to_query(View()) == {}


@pytest.mark.parametrize(
    ("params", "named"),
    [
        ({"from": ["2020-13-01"]}, "'from'"),
        ({"to": ["yesterday"]}, "'to'"),
        ({"from": ["1066-10-14"]}, "'from'"),
        ({"precision": ["fortnight"]}, "'precision'"),
        ({"status": ["rumoured"]}, "'status'"),
        ({"basis": ["guess"]}, "'basis'"),
        ({"doc": ["../../etc/passwd"]}, "'doc'"),
        ({"outlet": ["Nowhere"]}, "'outlet'"),
        ({"lane": ["colour"]}, "'lane'"),
        ({"event": ["<script>alert(1)</script>"]}, "'event'"),
        ({"bogus": ["1"]}, "'bogus'"),
        ({"q": ["x" * 500]}, "'q'"),
        ({"lane": ["doc", "outlet"]}, "'lane'"),
    ],
)
def test_malformed_parameter_is_ignored_with_a_notice_naming_it(params: dict, named: str) -> None:
    view, notices = url.parse_query(params, CHOICES)
    assert len(notices) == 1 and named in notices[0]
    assert masks.apply_filters(frame(), view.filters) is not None


def test_bad_value_does_not_spoil_good_ones() -> None:
    view, notices = url.parse_query({"doc": ["a.txt", "zzz.txt"], "status": "scheduled"}, CHOICES)
    assert view.filters.docs == ("a.txt",) and view.filters.statuses == ("scheduled",)
    assert len(notices) == 1 and "zzz.txt" in notices[0]


def test_reversed_date_range_is_ignored_with_a_notice() -> None:
    view, notices = url.parse_query({"from": "2021-01-01", "to": "2020-01-01"}, CHOICES)
    assert view.filters.start is None and view.filters.end is None
    assert len(notices) == 1 and "'from'" in notices[0] and "'to'" in notices[0]


def test_unknown_selected_event_is_dropped_with_a_notice() -> None:
    view, notices = url.drop_unknown_selection(View(selected="gone"), {"m1"})
    assert view.selected == "" and "'event'" in notices[0]
    assert url.drop_unknown_selection(View(selected="m1"), {"m1"}) == (View(selected="m1"), [])


@given(st.dictionaries(st.text(max_size=12), st.lists(st.text(max_size=30), max_size=3), max_size=6))
def test_any_url_parses_without_raising(params: dict[str, list[str]]) -> None:
    view, notices = url.parse_query(params, CHOICES)
    assert isinstance(view, View) and all(isinstance(n, str) for n in notices)
    masks.apply_filters(frame(), view.filters)


# --- table and summary -------------------------------------------------------------------------


def test_table_sorted_by_date_undated_last_with_briefing_columns() -> None:
    shuffled = frame().sample(frac=1.0, random_state=3)
    table = tables.table_frame(shuffled)
    assert list(table["mention_id"]) == ["m5", "m1", "m2", "m3", "m4", "m6"]
    assert {"date", "precision", "date_text", "title", "outlet", "status", "mention_id"} <= set(table.columns)


def test_corpus_summary_and_span() -> None:
    assert summary.date_span(frame()) == (dt.date(2019, 1, 1), dt.date(2021, 12, 24))
    line = summary.corpus_summary(3, frame())
    assert line == "3 documents · 6 events (5 dated) · 2019-01-01 – 2021-12-24"
    assert summary.corpus_summary(1, frame().iloc[0:0]).endswith("no dated events")


def test_choices_include_documents_without_events() -> None:
    choices = state.choices_for(frame(), ["z.txt"], ("doc",))
    assert "z.txt" in choices.docs and choices.outlets == ("Press TV", "teleSUR")


def test_view_from_controls() -> None:
    controls = {
        "start": dt.date(2020, 1, 1),
        "end": dt.date(2020, 6, 30),
        "text": "  truce ",
        "docs": ["a.txt"],
        "outlets": [],
        "precisions": (),
        "statuses": ("scheduled",),
        "bases": (),
        "lane": "outlet",
        "selected": "m1",
    }
    view, problem = state.view_from_controls(**controls)
    assert problem == ""
    assert view == View(
        Filters(dt.date(2020, 1, 1), dt.date(2020, 6, 30), "truce", ("a.txt",), statuses=("scheduled",)), "outlet", "m1"
    )


def test_view_from_controls_refuses_a_reversed_range() -> None:
    view, problem = state.view_from_controls(
        start=dt.date(2021, 1, 1), end=dt.date(2020, 1, 1), text="", docs=(), outlets=(),
        precisions=(), statuses=(), bases=(), lane="doc", selected="",
    )  # fmt: skip
    assert view.filters.start is None and view.filters.end is None and "'From' is after 'To'" in problem


# --- actors, event types, key events -----------------------------------------------------------

# One happening (e1) reported by two documents, one of whose passages names no actor; e2 and e3 single mentions.
EVENT_ROWS = [
    # mention, event, doc, date, date_end, precision, actors, type, n_sources, event_date, event_end, event_prec, from
    ("m1", "e1", "a.txt", "2020-10-01", "2020-10-31", "month", "Libya; United Nations", "agreement", 2,
     "2020-10-23", "2020-10-23", "day", "m3"),
    ("m2", "e1", "a.txt", "2020-09-01", "2020-11-30", "season", "", "agreement", 2,
     "2020-10-23", "2020-10-23", "day", "m3"),
    ("m3", "e1", "b.txt", "2020-10-23", "2020-10-23", "day", "Libya; Turkey", "agreement", 2,
     "2020-10-23", "2020-10-23", "day", "m3"),
    ("m4", "e2", "b.txt", "2020-12-30", "2020-12-30", "day", "Russia; Sergey Lavrov; Libya", "talks", 1,
     "2020-12-30", "2020-12-30", "day", "m4"),
    ("m5", "e3", "c.txt", "2021-01-05", "2021-01-05", "day", "Russia", "statement", 1,
     "2021-01-05", "2021-01-05", "day", "m5"),
]  # fmt: skip


def event_frame() -> pd.DataFrame:
    keys = (
        "mention_id", "event_id", "doc", "date", "date_end", "precision", "actors", "event_type", "n_sources",
        "event_date", "event_date_end", "event_precision", "event_date_from",
    )  # fmt: skip
    rows = [dict(zip(keys, row, strict=True)) for row in EVENT_ROWS]
    for i, row in enumerate(rows):
        row.update(outlet=f"Outlet {row['doc'][0].upper()}", title=f"Event {i}", passage=f"passage {i}")
        row.update(status="reported", date_basis="explicit", passage_start=10 * i)
    return conform(pd.DataFrame(rows))


def test_actor_options_most_events_first() -> None:
    # Libya is in e1 and e2, Russia in e2 and e3 (e1 counts once although three mentions report it).
    assert actor_cells.actor_options(event_frame()) == (
        "Libya", "Russia", "Sergey Lavrov", "Turkey", "United Nations",
    )  # fmt: skip
    assert actor_cells.type_options(event_frame()) == ("agreement", "statement", "talks")
    choices = state.choices_for(event_frame())
    assert choices.actors[0] == "Libya" and "talks" in choices.types


def test_actor_pairs_split_every_cell() -> None:
    rows, names = actor_cells.actor_pairs(pd.Series(["A; B", "", "B", "A; B"]))
    assert list(rows) == [0, 0, 2, 3, 3] and list(names) == ["A", "B", "B", "A", "B"]
    empty_rows, _ = actor_cells.actor_pairs(pd.Series([], dtype=str))
    assert len(empty_rows) == 0


def test_actor_filter_keeps_every_mention_of_an_event_naming_the_actor() -> None:
    f = event_frame()
    # m2 names nobody and m3 names Turkey, but they report the same event as m1, which names the UN.
    assert ids(masks.apply_filters(f, Filters(actors=("United Nations",)))) == {"m1", "m2", "m3"}
    assert ids(masks.apply_filters(f, Filters(actors=("Sergey Lavrov",)))) == {"m4"}
    # Any chosen actor: Turkey or Russia.
    assert ids(masks.apply_filters(f, Filters(actors=("Turkey", "Russia")))) == {"m1", "m2", "m3", "m4", "m5"}
    assert ids(masks.apply_filters(f, Filters(actors=("Nobody",)))) == set()
    # Actor names match whole, not as substrings.
    assert ids(masks.apply_filters(f, Filters(actors=("Russ",)))) == set()


def test_actor_filter_combines_with_the_other_filters() -> None:
    out = masks.apply_filters(event_frame(), Filters(actors=("United Nations",), docs=("b.txt",)))
    assert ids(out) == {"m3"}


def test_actor_filter_without_event_ids_is_per_mention() -> None:
    f = event_frame().assign(event_id="")
    assert ids(masks.apply_filters(f, Filters(actors=("United Nations",)))) == {"m1"}


def test_type_filter() -> None:
    f = event_frame()
    assert ids(masks.apply_filters(f, Filters(types=("talks", "statement")))) == {"m4", "m5"}
    assert ids(masks.apply_filters(f, Filters(types=("talks",), actors=("Libya",)))) == {"m4"}


def test_key_events_are_multi_source_or_of_a_chosen_type() -> None:
    f = event_frame()
    assert ids(key_events.key_mentions(f)) == {"m1", "m2", "m3"}
    assert ids(key_events.key_mentions(f, ("statement",))) == {"m1", "m2", "m3", "m5"}
    assert key_events.key_mentions(f.iloc[3:], ()).empty


def test_one_per_event_dedupes_by_event_id_at_the_event_date() -> None:
    events = key_events.one_per_event(event_frame())
    assert list(events["event_id"]) == ["e1", "e2", "e3"]
    first = events.iloc[0]
    # The mention that dated the event stands for it, at the event's own day, not a mention's month or season.
    assert first["mention_id"] == "m3"
    assert first["date"] == pd.Timestamp("2020-10-23") and first["date_end"] == pd.Timestamp("2020-10-23")
    assert first["precision"] == "day"
    # Actors and outlets of all its mentions, the representative's first.
    assert first["actors"] == "Libya; Turkey; United Nations"
    assert first["outlets"] == "Outlet B; Outlet A"
    assert events.iloc[1]["actors"] == "Russia; Sergey Lavrov; Libya" and events.iloc[1]["outlets"] == "Outlet B"


def test_one_per_event_without_the_dating_mention_takes_the_first_row() -> None:
    shown = event_frame().loc[lambda f: f["mention_id"].isin(["m1", "m2"])]
    assert list(shown["mention_id"]) == ["m2", "m1"]  # by date: "last fall" starts before October
    (row,) = key_events.one_per_event(shown).itertuples()
    assert row.mention_id == "m2" and row.date == pd.Timestamp("2020-10-23") and row.actors == "Libya; United Nations"


def test_one_per_event_of_nothing_is_empty() -> None:
    assert key_events.one_per_event(event_frame().iloc[0:0]).empty


def test_key_table_is_compact_and_by_date() -> None:
    table = tables.key_table(key_events.one_per_event(key_events.key_mentions(event_frame(), ("talks",))))
    assert list(table["event_id"]) == ["e1", "e2"]
    assert {"date", "title", "event_type", "actors", "n_sources", "outlets", "mention_id"} <= set(table.columns)
    assert list(table["n_sources"]) == [2, 1]


def test_event_of() -> None:
    assert tables.event_of(event_frame(), "m2") == "e1"
    assert tables.event_of(event_frame(), "nope") == "" and tables.event_of(event_frame(), "") == ""


EVENT_CHOICES = Choices(
    docs=("a.txt", "b.txt", "c.txt"), lanes=("doc", "actors"), actors=("Libya", "Russia"), types=("talks", "other")
)


def test_url_round_trip_with_actors_types_and_key_events() -> None:
    view = View(
        Filters(actors=("Libya", "Russia"), types=("talks",)), lane="actors", key_events=True, key_types=("other",)
    )
    query = url.to_query(view)
    assert query["actor"] == ["Libya", "Russia"] and query["type"] == ["talks"]
    # The key-events view is the default: only turning it off is written.
    assert "key" not in query and query["keytype"] == ["other"]
    assert url.parse_query(query, EVENT_CHOICES) == (view, [])
    off = View(key_events=False)
    assert url.to_query(off) == {"key": "0"} and url.parse_query({"key": "0"}, EVENT_CHOICES) == (off, [])


def test_key_types_default_none_and_explicit_none_round_trip() -> None:
    # No keytype: the taxonomy's key types (None); "none": no type is key; bad values fall back to the default.
    assert url.parse_query({}, EVENT_CHOICES)[0].key_types is None
    nothing = View(key_types=())
    assert url.to_query(nothing) == {"keytype": "none"}
    assert url.parse_query(url.to_query(nothing), EVENT_CHOICES) == (nothing, [])
    view, notices = url.parse_query({"keytype": ["coronation"]}, EVENT_CHOICES)
    assert view.key_types is None and len(notices) == 1 and "coronation" in notices[0]


def test_pins_and_drops_round_trip_and_bad_ids_give_notices() -> None:
    view = View(pinned=("e1", "e2"), dropped=("e3",))
    query = url.to_query(view)
    assert query["pin"] == ["e1", "e2"] and query["drop"] == ["e3"]
    assert url.parse_query(query, EVENT_CHOICES) == (view, [])
    parsed, notices = url.parse_query({"pin": ["e1", "<b>x</b>"], "drop": ["e1"]}, EVENT_CHOICES)
    # An event both pinned and dropped is dropped; a malformed id is named in a notice.
    assert parsed.pinned == () and parsed.dropped == ("e1",)
    assert len(notices) == 1 and "'pin'" in notices[0]


def test_unknown_pinned_events_are_dropped_with_a_notice() -> None:
    view, notices = url.drop_unknown_selection(View(pinned=("e1", "gone"), dropped=("old",)), {"m1"}, {"e1"})
    assert view.pinned == ("e1",) and view.dropped == ()
    assert len(notices) == 2 and "'pin'" in notices[0] and "'gone'" in notices[0] and "'drop'" in notices[1]


def test_pick_moves_an_event_between_pinned_and_dropped() -> None:
    view = state.pick(View(), "e1", "pin")
    assert view.pinned == ("e1",)
    view = state.pick(view, "e1", "drop")
    assert view.pinned == () and view.dropped == ("e1",)
    assert state.pick(view, "e1", "") == View()


@pytest.mark.parametrize(
    ("params", "named"),
    [
        ({"actor": ["Napoleon"]}, "'actor'"),
        ({"type": ["coronation"]}, "'type'"),
        ({"key": ["maybe"]}, "'key'"),
        ({"keytype": ["<script>"]}, "'keytype'"),
        ({"key": ["1", "0"]}, "'key'"),
    ],
)
def test_malformed_actor_type_or_key_parameter_gives_a_notice(params: dict, named: str) -> None:
    view, notices = url.parse_query(params, EVENT_CHOICES)
    assert len(notices) == 1 and named in notices[0]
    assert view.filters.actors == () and view.filters.types == ()


def test_bad_actor_does_not_spoil_good_ones() -> None:
    view, notices = url.parse_query({"actor": ["Libya", "Napoleon"], "key": "0"}, EVENT_CHOICES)
    assert view.filters.actors == ("Libya",) and view.key_events is False
    assert len(notices) == 1 and "Napoleon" in notices[0]


def test_view_from_controls_with_actors_types_and_key_events() -> None:
    view, problem = state.view_from_controls(
        start=None, end=None, text="", docs=(), outlets=(), precisions=(), statuses=(), bases=(), lane="actors",
        selected="", actors=["Libya"], types=("talks",), key_events=True, key_types=["other"],
    )  # fmt: skip
    assert problem == ""
    assert view == View(Filters(actors=("Libya",), types=("talks",)), "actors", "", True, ("other",))


def test_view_from_controls_keeps_the_default_key_types_as_none() -> None:
    common = {"start": None, "end": None, "text": "", "docs": (), "outlets": (), "precisions": (), "statuses": (),
              "bases": (), "lane": "story", "selected": ""}  # fmt: skip
    same, _ = state.view_from_controls(**common, key_types=["talks", "other"], default_key_types=("other", "talks"))
    assert same.key_types is None and url.to_query(same) == {}
    fewer, _ = state.view_from_controls(**common, key_types=["talks"], default_key_types=("other", "talks"))
    assert fewer.key_types == ("talks",)
    assert state.resolved_key_types(same, ("other", "talks")) == ("other", "talks")
