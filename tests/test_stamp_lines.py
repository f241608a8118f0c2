"""Stamp lines and digest headings (task dates33): a live blog's entry stamp, a timeline's year heading and a
weekly digest's week tell the lines under them their day, year or week, not publication.

Invented places and people; weekdays checked on a calendar (2021-03-24 a Wednesday, 15 March 2021 a Monday;
2022-06-15 a Wednesday; 2020-10-24 a Saturday; 2020-11-04 a Wednesday, 26 October 2020 a Monday).
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import date_value_of

from timeline.pipeline import extract_texts

DIGEST = (
    "Weekly digest, 15\u201321 March\n\nMonday: Fighters of the Orvan Front shelled the port of Kessa.\n\n"
    "On Tuesday, envoy Mara Dellen met leaders of the Sahl Coalition in Tarvik.\n\n"
    "Thursday: The two sides exchanged 40 prisoners near Drova.\n"
)
WEEK_OF = (
    "Weekly briefing for the week of 8 March 2021\n\nOn Monday, the Orvan Front released 12 prisoners.\n\n"
    "On Wednesday, the Joint Commission of Velora met in Tarvik.\n"
)
ROUNDUP = (
    "THE WEEK: 26 October \u2013 1 November 2020\n\nMonday 26 October: Coalition fighters seized a checkpoint.\n\n"
    "Tuesday: The coalition's leader, Odo Venn, was wounded in an air strike.\n"
)
BLOG = (
    "Velora talks: as it happened\n\nWed 15 Jun 2022 18.02 BST\nThe talks were suspended this evening.\n\n"
    "Thu 16 Jun 2022 08.10 BST\nTalks resumed this morning, a spokesman said.\n\n"
    "Thu 16 Jun 2022 09.45 BST\nThe Orvan Front said it would sign the deal tomorrow.\n"
)
DAY_HEADS = (
    "Geneva talks \u2013 live\n\nSaturday 24 October\n09:00 The delegations returned this morning.\n\n"
    "Friday 23 October\n18:30 The ceasefire agreement was signed this afternoon.\n"
)
YEAR_HEADS = (
    "Key dates in the Sahl conflict\n\n2019\nApril 4: The Orvan Front launches an offensive on Tarvik.\n"
    "June 26: Government forces retake the town of Gharo.\n\n2020\nJan. 19: Foreign powers meet in Lunsa.\n"
)


# fmt: off
STAMPED = [
    pytest.param(DIGEST, "Monday", "2021-03-24", 1, "2021-03-15", id="digest-range-monday"),
    pytest.param(DIGEST, "Tuesday", "2021-03-24", 1, "2021-03-16", id="digest-range-tuesday"),
    pytest.param(DIGEST, "Thursday", "2021-03-24", 1, "2021-03-18", id="digest-range-thursday"),
    pytest.param(WEEK_OF, "Monday", "2021-03-16", 1, "2021-03-08", id="week-of-monday"),
    pytest.param(WEEK_OF, "Wednesday", "2021-03-16", 1, "2021-03-10", id="week-of-wednesday"),
    pytest.param(ROUNDUP, "Tuesday", "2020-11-04", 1, "2020-10-27", id="roundup-across-months"),
    pytest.param(BLOG, "this evening", "2022-06-15", 1, "2022-06-15", id="blog-first-entry"),
    pytest.param(BLOG, "this morning", "2022-06-15", 1, "2022-06-16", id="blog-next-day-entry"),
    pytest.param(BLOG, "tomorrow", "2022-06-15", 1, "2022-06-17", id="blog-tomorrow-of-entry"),
    pytest.param(DAY_HEADS, "this morning", "2020-10-24", 1, "2020-10-24", id="day-heading-today"),
    pytest.param(DAY_HEADS, "this afternoon", "2020-10-24", 1, "2020-10-23", id="day-heading-earlier-day"),
    pytest.param(YEAR_HEADS, "April 4", "2021-03-10", 1, "2019-04-04", id="year-heading-present-tense"),
    pytest.param(YEAR_HEADS, "June 26", "2021-03-10", 1, "2019-06-26", id="year-heading-second-entry"),
    pytest.param(YEAR_HEADS, "Jan. 19", "2021-03-10", 1, "2020-01-19", id="next-year-heading"),
]
# fmt: on


@pytest.mark.parametrize("text,expr,published,occurrence,value", STAMPED)
def test_lines_under_a_stamp_or_heading(text, expr, published, occurrence, value):
    assert date_value_of(text, expr, published, occurrence) == value


# fmt: off
UNSTAMPED = [
    # An article's weekdays: the publication week's (no heading names a week).
    pytest.param("Orvan Front shells Kessa\n\nOn Monday, the Orvan Front shelled Kessa, officials said.\n",
                 "Monday", "2021-03-24", "2021-03-22", id="no-heading"),
    # A headline that tells a range as its news, with a full stop: no digest.
    pytest.param("Talks held 15-21 March ended without a deal.\n\nOn Monday, the envoy left Tarvik.\n",
                 "Monday", "2021-03-24", "2021-03-22", id="sentence-not-heading"),
    # A weekday told ahead in a digest is no entry of its week.
    pytest.param("Weekly digest, 15-21 March\n\nThe envoy will return to Tarvik on Friday.\n",
                 "Friday", "2021-03-24", "2021-03-26", id="digest-future"),
    # A page's own stamp over the story, before any sentence: the story is told from publication.
    pytest.param("Velora news\nWednesday, March 24, 2021\n\nThe envoy arrived in Tarvik this morning.\n",
                 "this morning", "2021-03-24", "2021-03-24", id="page-stamp"),
    pytest.param("Velora news\nTuesday, March 23, 2021\n\nThe envoy arrived in Tarvik this morning.\n",
                 "this morning", "2021-03-24", "2021-03-24", id="page-stamp-before-prose"),
    # A line with words of its own is no stamp.
    pytest.param("The talks opened on 16 June 2022.\nTalks resumed again this morning.\n",
                 "this morning", "2022-06-20", "2022-06-20", id="dated-sentence-no-stamp"),
    # A year in a sentence is no heading.
    pytest.param("The war began in 2019.\nOn April 4 the front launched an offensive.\n",
                 "April 4", "2021-03-10", "2020-04-04", id="year-in-a-sentence"),
]
# fmt: on


@pytest.mark.parametrize("text,expr,published,value", UNSTAMPED)
def test_no_stamp_no_change(text, expr, published, value):
    assert date_value_of(text, expr, published) == value


def test_stamped_dates_through_the_pipeline():
    published = {"blog.txt": dt.date(2022, 6, 15), "digest.txt": dt.date(2021, 3, 24)}
    frame = extract_texts({"blog.txt": BLOG, "digest.txt": DIGEST}, published=published).frame
    rows = {(r.doc, r.date_text): (r.date_value, r.date_basis) for r in frame.itertuples()}
    assert rows[("blog.txt", "this morning")] == ("2022-06-16", "anchor")
    assert rows[("digest.txt", "Monday")] == ("2021-03-15", "anchor")
