"""The passage in its document: escaped text, exactly one mark around exactly the passage."""

from __future__ import annotations

import html
import re

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.view import highlight

MARK = re.compile(r"<mark[^>]*>(.*?)</mark>", re.DOTALL)


def marked(fragment: str) -> str:
    (inner,) = MARK.findall(fragment)
    return html.unescape(inner)


def visible_text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def test_mark_wraps_exactly_the_passage() -> None:
    text = "Intro.\n\nThe ministers met on Wednesday in Moscow. Then they left."
    start = text.index("The ministers")
    end = text.index(" Then")
    out = highlight.highlight_html(text, start, end)
    assert marked(out) == text[start:end]
    assert visible_text(out) == text


def test_script_and_html_in_documents_are_shown_as_text() -> None:
    text = "<script>alert('x')</script> before <b>bold</b> <img src=x onerror=alert(1)> the passage & after"
    start = text.index("the passage")
    out = highlight.highlight_html(text, start, start + len("the passage"))
    assert "<script>" not in out and "<b>" not in out and "<img" not in out
    assert "&lt;script&gt;" in out and "&amp;" in out
    assert visible_text(out) == text


def test_a_passage_holding_markup_is_escaped_inside_the_mark() -> None:
    text = "x <i>passage</i> y"
    out = highlight.highlight_html(text, 2, 16)
    assert marked(out) == "<i>passage</i>"
    assert "<i>" not in out


def test_markdown_is_left_as_characters_in_html() -> None:
    text = "# Heading\n**bold** and [link](javascript:alert(1)) and $x$"
    out = highlight.passage_html(text, 0, 9)
    assert "<h1" not in out and "<strong" not in out and "<a " not in out
    assert "**bold**" in out and "[link](javascript:alert(1))" in out


def test_escape_markdown_neutralises_markdown_syntax() -> None:
    out = highlight.escape_markdown("**bold** [x](javascript:alert(1)) # h <b> $x$ :red[y]")
    for raw in ("**", "](", "$x$", ":red["):
        assert raw not in out
    assert "\\*\\*bold\\*\\*" in out


def test_excerpt_keeps_the_passage_near_the_top_and_cuts_at_edges() -> None:
    text = ("Earlier paragraph. " * 100) + "\n\nThe passage itself." + ("\n\nLater text here. " * 200)
    start = text.index("The passage")
    end = start + len("The passage itself.")
    lo, hi = highlight.excerpt_bounds(text, start, end)
    assert lo <= start and end <= hi
    assert start - lo <= highlight.CONTEXT_BEFORE and hi - end <= highlight.CONTEXT_AFTER
    assert text[lo - 1] in " \n" and text[hi] in " \n"
    out = highlight.passage_html(text, start, end)
    assert out.count("<mark") == 1 and marked(out) == "The passage itself."
    assert "[…]" in out


def test_whole_document_box() -> None:
    text = "a " * 3000 + "PASSAGE" + " b" * 3000
    start = text.index("PASSAGE")
    out = highlight.passage_html(text, start, start + 7, whole=True)
    assert visible_text(out) == text and marked(out) == "PASSAGE"


def test_locate_trusts_correct_offsets() -> None:
    text = "one two three two"
    assert highlight.locate_passage(text, "two", 14, 17) == highlight.Located(14, 17)


def test_locate_finds_a_passage_when_offsets_are_wrong() -> None:
    located = highlight.locate_passage("one two three", "three", 0, 3)
    assert located is not None and (located.start, located.end) == (8, 13) and located.note


@pytest.mark.parametrize(("passage", "start", "end"), [("absent", 0, 6), ("", 0, 0)])
def test_locate_gives_none_when_the_passage_is_not_there(passage: str, start: int, end: int) -> None:
    assert highlight.locate_passage("some text", passage, start, end) is None


def test_offsets_out_of_range_are_clamped() -> None:
    out = highlight.highlight_html("short", 3, 999)
    assert marked(out) == "rt"
    assert marked(highlight.highlight_html("short", -5, 2)) == "sh"


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://newarab.com/News/2020/12/30/x", True),
        ("http://example.org", True),
        ("javascript:alert(1)", False),
        ("data:text/html,<script>", False),
        ("", False),
        ("https://a b", False),
    ],
)
def test_safe_url(url: str, safe: bool) -> None:
    assert highlight.safe_url(url) == (url if safe else "")


@given(st.text(max_size=60), st.data())
def test_any_text_round_trips_with_exactly_one_mark(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    out = highlight.highlight_html(text, start, end)
    assert out.count("<mark") == 1 and out.count("</mark>") == 1
    assert marked(out) == text[start:end]
    assert visible_text(out) == text


# --- every source of an event ------------------------------------------------------------------


def sources_frame() -> pd.DataFrame:
    from timeline.core.frame import conform

    rows = [
        {"mention_id": "m1", "event_id": "e1", "doc": "b.txt", "outlet": "The New Arab", "passage_start": 5,
         "date": "2020-12-30", "date_end": "2020-12-30", "precision": "day", "date_text": "Wednesday",
         "n_sources": 2, "actors": "Libya; Russia", "event_type": "talks", "event_date": "2020-12-30",
         "event_date_end": "2020-12-30", "event_precision": "day"},
        {"mention_id": "m2", "event_id": "e1", "doc": "a.txt", "outlet": "Press TV", "passage_start": 50,
         "date": "2020-12-30", "date_end": "2020-12-30", "precision": "day", "date_text": "on Wednesday",
         "n_sources": 2, "actors": "Russia; Sergey Lavrov", "event_type": "talks", "event_date": "2020-12-30",
         "event_date_end": "2020-12-30", "event_precision": "day"},
        {"mention_id": "m3", "event_id": "e1", "doc": "a.txt", "outlet": "Press TV", "passage_start": 9,
         "date": "2020-12-01", "date_end": "2020-12-31", "precision": "month", "date_text": "in December",
         "n_sources": 2, "actors": "", "event_type": "talks", "event_date": "2020-12-30",
         "event_date_end": "2020-12-30", "event_precision": "day"},
        {"mention_id": "m4", "event_id": "e2", "doc": "a.txt", "outlet": "Press TV", "passage_start": 90,
         "date": "2021-01-05", "date_end": "2021-01-05", "precision": "day", "date_text": "Jan. 5", "n_sources": 1},
    ]  # fmt: skip
    return conform(pd.DataFrame(rows))


def test_event_mentions_gathers_every_passage_of_the_event_clicked_first() -> None:
    mentions = highlight.event_mentions(sources_frame(), "m2")
    # The clicked one, then the others by document and offset; never another event's.
    assert list(mentions["mention_id"]) == ["m2", "m3", "m1"]
    assert set(mentions["doc"]) == {"a.txt", "b.txt"}
    assert list(highlight.event_mentions(sources_frame(), "m4")["mention_id"]) == ["m4"]


def test_event_mentions_of_an_unknown_or_ungrouped_mention() -> None:
    assert highlight.event_mentions(sources_frame(), "nope").empty
    assert highlight.event_mentions(sources_frame(), "").empty
    ungrouped = sources_frame().assign(event_id="")
    assert list(highlight.event_mentions(ungrouped, "m1")["mention_id"]) == ["m1"]


def test_event_summary_says_date_type_actors_and_sources() -> None:
    line = highlight.event_summary_markdown(highlight.event_mentions(sources_frame(), "m3")).replace("\\", "")
    assert "2020-12-30 (day)" in line and "talks" in line
    assert "Russia; Sergey Lavrov; Libya" in line  # the actors of all its passages, in the order listed
    assert "reported by 2 sources (3 passages)" in line


def test_source_lines_say_where_from_and_the_date_as_written_and_resolved() -> None:
    row = highlight.event_mentions(sources_frame(), "m3").iloc[0].to_dict()
    heading = highlight.source_heading(row, 1, 3, clicked=True).replace("\\", "")
    assert heading.startswith("**Source 1 of 3 (clicked)**") and "Press TV" in heading
    lines = " ".join(highlight.source_markdown(row)).replace("\\", "")
    assert "“in December”" in lines and "2020-12-01 – 2020-12-31" in lines and "month" in lines
    assert "a.txt" in lines


def test_source_excerpt_can_be_short() -> None:
    text = ("Filler words here. " * 100) + "THE PASSAGE." + (" More words after." * 100)
    start = text.index("THE PASSAGE")
    short = highlight.passage_html(text, start, start + 12, before=100, after=100)
    long = highlight.passage_html(text, start, start + 12)
    assert marked(short) == "THE PASSAGE." and len(short) < len(long) / 3


@pytest.mark.parametrize(
    "text", ["https://x.example/a", "see www.x.example now", "mail me: a@b.example", "HTTP://X.EXAMPLE", "mailto:a@b.c"]
)
def test_escape_markdown_leaves_no_bare_address_to_auto_link(text):
    escaped = highlight.escape_markdown(text)
    assert not re.search(r"(?i)https?\\?:|www\\?\.|@\w", escaped), escaped
    # What shows is the text itself: only backslashes and invisible word joiners were added.
    assert escaped.replace("\\", "").replace("\u2060", "") == text
