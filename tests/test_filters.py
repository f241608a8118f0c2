"""Filtering, the URL form of the view, and the table/summary helpers."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import filters
from timeline.filters import Choices, Filters, View
from timeline.frame import conform

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
    out = filters.apply_filters(f, Filters())
    assert list(out["mention_id"]) == list(f["mention_id"])


def test_date_range_keeps_periods_that_overlap_it() -> None:
    out = filters.apply_filters(frame(), Filters(start=dt.date(2020, 10, 15), end=dt.date(2020, 10, 20)))
    # "last fall" (Sep-Nov) and October overlap mid-October; the day events do not; undated never match a range.
    assert ids(out) == {"m2", "m3"}


def test_open_ended_date_range() -> None:
    assert ids(filters.apply_filters(frame(), Filters(start=dt.date(2021, 1, 1)))) == {"m4"}
    assert ids(filters.apply_filters(frame(), Filters(end=dt.date(2019, 6, 1)))) == {"m5"}


def test_text_search_title_and_passage_case_insensitive_all_terms() -> None:
    f = frame()
    assert ids(filters.apply_filters(f, Filters(text="moscow"))) == {"m1"}
    assert ids(filters.apply_filters(f, Filters(text="LAST fall"))) == {"m2"}
    assert ids(filters.apply_filters(f, Filters(text="envoy week"))) == {"m6"}
    assert ids(filters.apply_filters(f, Filters(text="envoy moscow"))) == set()


def test_text_search_is_literal_not_regex() -> None:
    assert ids(filters.apply_filters(frame(), Filters(text="(.*"))) == set()


def test_documents_and_outlets() -> None:
    f = frame()
    assert ids(filters.apply_filters(f, Filters(docs=("b.txt",)))) == {"m3", "m4"}
    assert ids(filters.apply_filters(f, Filters(outlets=("Press TV",)))) == {"m1", "m2"}


def test_precision_including_unresolved() -> None:
    f = frame()
    assert ids(filters.apply_filters(f, Filters(precisions=("month", "season")))) == {"m2", "m3"}
    assert ids(filters.apply_filters(f, Filters(precisions=(filters.NO_PRECISION,)))) == {"m6"}


def test_status_and_basis() -> None:
    f = frame()
    assert ids(filters.apply_filters(f, Filters(statuses=("scheduled",)))) == {"m4"}
    hide_estimated = tuple(b for b in filters.DATE_BASES if b != "estimated")
    assert "m5" not in ids(filters.apply_filters(f, Filters(bases=hide_estimated)))


def test_filters_combine_and_can_leave_nothing() -> None:
    out = filters.apply_filters(frame(), Filters(docs=("a.txt",), statuses=("scheduled",)))
    assert out.empty and list(out.columns) == list(frame().columns)


def test_filters_on_empty_frame() -> None:
    empty = frame().iloc[0:0]
    assert filters.apply_filters(empty, Filters(text="x", start=dt.date(2020, 1, 1))).empty


def test_restriction_and_ticked_round_trip() -> None:
    vocab = filters.STATUSES
    assert filters.restriction(list(vocab), vocab) == ()
    assert filters.restriction([], vocab) == ()
    assert filters.restriction(["scheduled"], vocab) == ("scheduled",)
    assert filters.ticked((), vocab) == list(vocab)
    assert filters.ticked(("scheduled",), vocab) == ["scheduled"]


# --- URL ---------------------------------------------------------------------------------------


def test_empty_url_is_the_default_view() -> None:
    assert filters.parse_query({}, CHOICES) == (View(), [])


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
    query = filters.to_query(view)
    assert query["doc"] == ["a.txt", "b.txt"] and query["from"] == "2020-01-01"
    assert filters.parse_query(query, CHOICES) == (view, [])


def test_default_view_writes_an_empty_url() -> None:
    assert filters.to_query(View()) == {}


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
    view, notices = filters.parse_query(params, CHOICES)
    assert len(notices) == 1 and named in notices[0]
    assert filters.apply_filters(frame(), view.filters) is not None


def test_bad_value_does_not_spoil_good_ones() -> None:
    view, notices = filters.parse_query({"doc": ["a.txt", "zzz.txt"], "status": "scheduled"}, CHOICES)
    assert view.filters.docs == ("a.txt",) and view.filters.statuses == ("scheduled",)
    assert len(notices) == 1 and "zzz.txt" in notices[0]


def test_reversed_date_range_is_ignored_with_a_notice() -> None:
    view, notices = filters.parse_query({"from": "2021-01-01", "to": "2020-01-01"}, CHOICES)
    assert view.filters.start is None and view.filters.end is None
    assert len(notices) == 1 and "'from'" in notices[0] and "'to'" in notices[0]


def test_unknown_selected_event_is_dropped_with_a_notice() -> None:
    view, notices = filters.drop_unknown_selection(View(selected="gone"), {"m1"})
    assert view.selected == "" and "'event'" in notices[0]
    assert filters.drop_unknown_selection(View(selected="m1"), {"m1"}) == (View(selected="m1"), [])


@given(st.dictionaries(st.text(max_size=12), st.lists(st.text(max_size=30), max_size=3), max_size=6))
def test_any_url_parses_without_raising(params: dict[str, list[str]]) -> None:
    view, notices = filters.parse_query(params, CHOICES)
    assert isinstance(view, View) and all(isinstance(n, str) for n in notices)
    filters.apply_filters(frame(), view.filters)


# --- table and summary -------------------------------------------------------------------------


def test_table_sorted_by_date_undated_last_with_briefing_columns() -> None:
    shuffled = frame().sample(frac=1.0, random_state=3)
    table = filters.table_frame(shuffled)
    assert list(table["mention_id"]) == ["m5", "m1", "m2", "m3", "m4", "m6"]
    assert {"date", "precision", "date_text", "title", "outlet", "status", "mention_id"} <= set(table.columns)


def test_corpus_summary_and_span() -> None:
    assert filters.date_span(frame()) == (dt.date(2019, 1, 1), dt.date(2021, 12, 24))
    line = filters.corpus_summary(3, frame())
    assert line == "3 documents · 6 events (5 dated) · 2019-01-01 – 2021-12-24"
    assert filters.corpus_summary(1, frame().iloc[0:0]).endswith("no dated events")


def test_choices_include_documents_without_events() -> None:
    choices = filters.choices_for(frame(), ["z.txt"], ("doc",))
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
    view, problem = filters.view_from_controls(**controls)
    assert problem == ""
    assert view == View(
        Filters(dt.date(2020, 1, 1), dt.date(2020, 6, 30), "truce", ("a.txt",), statuses=("scheduled",)), "outlet", "m1"
    )


def test_view_from_controls_refuses_a_reversed_range() -> None:
    view, problem = filters.view_from_controls(
        start=dt.date(2021, 1, 1), end=dt.date(2020, 1, 1), text="", docs=(), outlets=(),
        precisions=(), statuses=(), bases=(), lane="doc", selected="",
    )  # fmt: skip
    assert view.filters.start is None and view.filters.end is None and "'From' is after 'To'" in problem
