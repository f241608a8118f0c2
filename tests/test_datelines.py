"""Datelines and title lines: the publication date written into a text, never an event."""

from __future__ import annotations

import pytest
from conftest import SEEDS, d

from timeline.pipeline import extract_texts
from timeline.reading.datelines import date_in_url, dateline_date, read_header


@pytest.mark.parametrize(
    "line,expected",
    [
        pytest.param("Published 13 January 2020", "2020-01-13", id="published"),
        pytest.param("Thursday, 31 December 2020 8:01 AM", "2020-12-31", id="weekday-time"),
        pytest.param("November 10, 2020 - 19:31", "2020-11-10", id="mdy-clock"),
        pytest.param("Updated: Jan 13, 2020", "2020-01-13", id="updated"),
        pytest.param("  Posted on 2020-12-30 | 10:15 GMT  ", "2020-12-30", id="iso-posted"),
        pytest.param("By Staff Reporter | 30 December 2020", "2020-12-30", id="byline"),
    ],
)
def test_dateline_date(line, expected):
    assert dateline_date(line) == d(expected)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "Libya's rival sides agreed to the permanent ceasefire on 23 October 2020, officials said.", id="sentence"
        ),
        pytest.param("Between 13 January 2020 and 19 January 2020", id="two-dates"),
        pytest.param("Published in January", id="no-full-date"),
        pytest.param("Posted 13/01/2020", id="numeric-left-to-sources"),
        pytest.param("", id="empty"),
        pytest.param(
            "He died on 13 January 2020.",
            id="short-sentence",
        ),
        pytest.param(
            "The talks were held on 15 January 2020.",
            id="short-sentence-2",
        ),
    ],
)
def test_not_a_dateline(line):
    assert dateline_date(line) is None


def test_short_sentence_in_the_body_is_an_event():
    text = "Former leader dies\n\nHe died on 13 January 2020.\n"
    result = extract_texts({"a.txt": text}, published={"a.txt": d("2020-01-20")})
    assert list(result.frame["date_value"]) == ["2020-01-13"]


def test_read_header_seed_000():
    text = (SEEDS / "000_6e2b36be541c4be2.txt").read_text(encoding="utf-8")
    header = read_header(text)
    assert header.title == "Russia warns against escalation of tensions in Libya"
    assert header.published == d("2020-12-31")
    assert [text[s:e] for s, e in header.metadata_spans] == ["Thursday, 31 December 2020 8:01 AM"]


def test_read_header_seed_001():
    text = (SEEDS / "001_be79753bff2f498b.txt").read_text(encoding="utf-8")
    header = read_header(text)
    assert header.title == "Libya Talks in Russia Progress but Fail to Sign Ceasefire"
    assert header.published == d("2020-01-13")
    assert [text[s:e] for s, e in header.metadata_spans] == ["Published 13 January 2020"]


def test_updated_stamp_is_metadata_but_not_the_publication_date():
    text = "Ministers meet in Tunis\nUpdated: 15 January 2020\nPublished 13 January 2020\n\nThe ministers met."
    header = read_header(text)
    assert header.published == d("2020-01-13")
    assert [text[s:e] for s, e in header.metadata_spans] == ["Updated: 15 January 2020", "Published 13 January 2020"]


def test_read_header_without_dateline():
    header = read_header("Ministers meet in Tunis\n\nThe ministers met on Thursday in Tunis, officials said.")
    assert (header.title, header.published, header.metadata_spans) == ("Ministers meet in Tunis", None, ())


def test_title_skips_debris_and_datelines():
    text = "• facebook\nJoin the mailing list now\nPublished 13 January 2020\nMinisters meet in Tunis\n\nBody."
    assert read_header(text).title == "Ministers meet in Tunis"


def test_dateline_is_never_an_event():
    text = "Ministers meet in Tunis\n\nPublished 13 January 2020\n\nThe ministers met in Tunis on Sunday."
    frame = extract_texts({"a.txt": text}).frame
    assert list(frame["date_text"]) == ["Sunday"]
    assert list(frame["date_value"]) == ["2020-01-12"]


@pytest.mark.parametrize(
    "url,expected",
    [
        pytest.param("https://newarab.com/News/2020/12/30/Russian-and-Libyan", "2020-12-30", id="slashes"),
        pytest.param("https://en.minbarlibya.org/2021/04/18/russia-calls/", "2021-04-18", id="trailing-slash"),
        pytest.param("https://example.org/news/2020-12-30-talks-in-moscow", "2020-12-30", id="dashes"),
        pytest.param("https://example.org/archive/20201230/talks", "2020-12-30", id="compact"),
        pytest.param("https://example.org/2020/1/5/talks", "2020-01-05", id="single-digits"),
    ],
)
def test_date_in_url(url, expected):
    assert date_in_url(url) == d(expected)


@pytest.mark.parametrize(
    "url",
    [
        pytest.param("https://example.org/news/talks-in-moscow", id="none"),
        pytest.param("https://example.org/2020/13/40/talks", id="invalid"),
        pytest.param("https://example.org/story/12345678/talks", id="id-number"),
        pytest.param("", id="empty"),
    ],
)
def test_no_date_in_url(url):
    assert date_in_url(url) is None
