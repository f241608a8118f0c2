"""The publication date of a document that states none: bounds from its own dates, a page's "Updated"
stamp, and the two recency assumptions (a report follows its news, a page is updated soon)."""

from __future__ import annotations

import pytest
from conftest import d

from timeline.core import periods as P
from timeline.core.models import TimeMention
from timeline.pipeline import extract_texts
from timeline.temporal.estimate import RECENT_DAYS, UPDATE_DAYS, capped, estimate_publication, quoted
from timeline.temporal.rules import builtin_rules, with_date_order
from timeline.temporal.tagger import Reference, find_dates, tag


def _told(period: P.Period, tense: str = "past", start: int = 0) -> TimeMention:
    return TimeMention(start, start + 4, "date", period, "explicit", "test", tense=tense)  # type: ignore[arg-type]


def test_a_day_told_as_past_closes_the_estimate_within_the_recent_window():
    estimate = estimate_publication([_told(P.day(d("2021-04-16"))), _told(P.year(2011))])
    assert estimate is not None
    assert (estimate.earliest, estimate.latest) == (d("2021-04-16"), d("2021-06-17"))
    assert (estimate.latest - estimate.earliest).days == RECENT_DAYS
    assert "assumed not after 2021-06-17" in estimate.reason


def test_a_month_as_the_latest_date_leaves_the_estimate_open():
    # "... became first minister in February 2024" closing a look back over decades: no recent day to close on.
    # The month may still run when the report tells of it: the bound is its first day, not its last.
    estimate = estimate_publication([_told(P.month(2024, 2)), _told(P.day(d("1998-05-22")))])
    assert estimate is not None
    assert (estimate.earliest, estimate.latest) == (d("2024-02-01"), None)


def test_a_year_alone_leaves_the_estimate_open():
    # "The 2019 budget was rejected" may be told in August 2019: not before the year's first day.
    estimate = estimate_publication([_told(P.year(2019)), _told(P.day(d("2018-05-02")))])
    assert estimate is not None
    assert (estimate.earliest, estimate.latest) == (d("2019-01-01"), None)


def test_a_day_after_a_running_years_start_is_the_bound():
    estimate = estimate_publication([_told(P.year(2021)), _told(P.day(d("2021-03-15")))])
    assert estimate is not None
    assert estimate.earliest == d("2021-03-15")


def test_a_future_date_bounds_the_estimate_instead_of_the_assumption():
    estimate = estimate_publication([_told(P.day(d("2021-04-16"))), _told(P.day(d("2021-05-01")), "future")])
    assert estimate is not None
    assert estimate.latest == d("2021-04-30")
    assert "earliest date it calls future" in estimate.reason


@pytest.mark.parametrize(
    ("text", "bounded"),
    [
        # A future told from now bounds the report: it was written before that day.
        pytest.param("The army took Varn in 2011. The vote will be held in April 2019.", True, id="will"),
        pytest.param("The army took Varn in 2011. The vote is due in April 2019.", True, id="is-due"),
        # A future of a past time does not: the report may come years after it.
        pytest.param(
            "The army took Varn in 2011. Dorsk launched an offensive to take Varn in April 2019, but it failed.",
            False,
            id="purpose-of-a-past-verb",
        ),
        pytest.param(
            "The army took Varn in 2011. He recalled that the council had invited the rebels to talks in April 2019.",
            False,
            id="past-perfect-invitation",
        ),
    ],
)
def test_only_a_future_told_from_now_bounds_the_estimate(text, bounded):
    rules = builtin_rules()
    told = [m for m in tag(text, Reference(), rules=rules) if m.basis == "explicit"]
    estimate = estimate_publication(told, text, rules.tense.future_from_now)
    assert estimate is not None
    assert estimate.earliest == d("2011-01-01")
    assert (estimate.latest == d("2019-03-31")) is bounded


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        pytest.param("\u201cWe signed on May 3, 2019,\u201d he said.", True, id="curly-open"),
        pytest.param('"We signed on May 3, 2019," he said.', True, id="straight-open"),
        pytest.param("\u201cWe agree,\u201d he said on May 3, 2019.", False, id="curly-closed"),
        pytest.param('He said "yes" on May 3, 2019.', False, id="straight-closed"),
        pytest.param("\u201cA long quote\nThey met on May 3, 2019.", False, id="other-paragraph"),
    ],
)
def test_quoted(text, inside):
    assert quoted(text, text.index("May 3")) is inside


def test_a_quoted_date_does_not_close_the_estimate():
    text = "\u201cWe stand by the accord of May 3, 2019,\u201d the minister said."
    estimate = estimate_publication([_told(P.day(d("2019-05-03")), start=text.index("May 3"))], text)
    assert estimate is not None
    assert (estimate.earliest, estimate.latest) == (d("2019-05-03"), None)


@pytest.mark.parametrize(
    ("told", "updated", "expected"),
    [
        # Open: the stamp closes it, and publication is at most a week before the stamp.
        pytest.param([_told(P.year(2021))], "2022-11-02", ("2022-10-26", "2022-11-02"), id="open"),
        # A lower bound within the week stays.
        pytest.param([_told(P.day(d("2022-10-30")))], "2022-11-02", ("2022-10-30", "2022-11-02"), id="close-bound"),
        # The stamp is evidence, the recent window an assumption: the stamp wins even when later.
        pytest.param([_told(P.day(d("2021-04-16")))], "2021-08-01", ("2021-07-25", "2021-08-01"), id="assumed"),
        # A future date the text tells is evidence: a later stamp neither moves it nor inverts the bounds.
        pytest.param(
            [_told(P.day(d("2021-04-16"))), _told(P.day(d("2021-05-01")), "future")],
            "2021-08-01",
            ("2021-04-16", "2021-04-30"),
            id="future-bound",
        ),
        # A stamp before what the text reports contradicts it: ignored.
        pytest.param([_told(P.day(d("2021-04-16")))], "2021-03-01", ("2021-04-16", "2021-06-17"), id="contradicts"),
    ],
)
def test_capped_by_the_updated_stamp(told, updated, expected):
    estimate = estimate_publication(told)
    assert estimate is not None
    result = capped(estimate, d(updated))
    assert (result.earliest.isoformat(), result.latest.isoformat() if result.latest else None) == expected
    assert result.earliest <= (result.latest or result.earliest)
    if result.earliest == d(updated) - __import__("datetime").timedelta(days=UPDATE_DAYS):
        assert "days before the page's updated stamp" in result.reason


# An undated wire story: the council's vote is the latest day it tells, so it was written within two months
# of it.  Only what reads the same from both ends of that window is dated.
UNDATED = (
    "Monitors reach Kelvar\n\n"
    "KELVAR, (Agency) -- A team of ceasefire monitors arrived in Kelvar on Thursday, officials said.\n\n"
    "The council on May 3, 2019 voted to send them to watch over the truce signed last October.\n\n"
    "The envoy told the council in March that the truce was holding, and that about 5,000 fighters had"
    " left late last year.\n\n"
    "The new cabinet was sworn in on March 15 and is to lead the country to elections on Nov. 2 this year.\n\n"
    "The monitors will meet the commanders again in early June, an official said.\n"
)


@pytest.mark.parametrize(
    ("expression", "value"),
    [
        pytest.param("May 3, 2019", "2019-05-03", id="explicit"),
        pytest.param("last October", "2018-10", id="last-month-name"),
        pytest.param("March", "2019-03", id="month-past"),
        pytest.param("late last year", "2018", id="late-last-year"),
        pytest.param("March 15", "2019-03-15", id="day-month-past"),
        pytest.param("Nov. 2 this year", "2019-11-02", id="this-year"),
        # Read from May 3 it is this June, from July 4 next June: no date, not a coarse year.
        pytest.param("early June", "", id="future-month-disagrees"),
        pytest.param("Thursday", "", id="weekday-disagrees"),
    ],
)
def test_undated_report_is_read_within_the_recent_window(expression, value):
    extraction = extract_texts({"a.txt": UNDATED})
    (report,) = extraction.reports
    assert (report.published, report.published_latest, report.published_basis) == (
        d("2019-05-03"),
        d("2019-07-04"),
        "estimated",
    )
    frame = extraction.frame
    values = dict(zip(frame["date_text"], frame["date_value"], strict=True))
    assert values[expression] == value


def test_undated_report_whose_latest_day_is_quoted_stays_open():
    text = UNDATED.replace(
        "The council on May 3, 2019 voted to send them",
        "\u201cThe council voted on May 3, 2019 to send us,\u201d a monitor said, sent",
    )
    extraction = extract_texts({"a.txt": text})
    (report,) = extraction.reports
    assert (report.published, report.published_latest) == (d("2019-05-03"), None)
    values = dict(zip(extraction.frame["date_text"], extraction.frame["date_value"], strict=True))
    assert values["March"] == ""


def test_dates_found_once_read_as_a_fresh_search_reads_them():
    """An undated document's dates are found once (`find_dates`) and read twice: against no reference for the
    estimate, then against the estimate, in the document's own date order, which finding does not read."""
    text = UNDATED + "\nThe talks of 4/3/2019 ended without a deal.\n"
    rules = builtin_rules()
    found = find_dates(text, rules=rules)
    assert tag(text, Reference(), rules=rules, found=found) == tag(text, Reference(), rules=rules)
    ordered = with_date_order(rules, "MDY")
    against = Reference(earliest=d("2019-05-03"), latest=d("2019-07-04"))
    shared = tag(text, against, rules=ordered, found=found)
    assert shared == tag(text, against, rules=ordered)
    ambiguous = next(m for m in shared if m.text == "4/3/2019")
    assert ambiguous.period == P.day(d("2019-04-03"))


def test_dates_found_in_another_text_are_refused():
    with pytest.raises(ValueError, match="another text"):
        tag(UNDATED + " On Monday.", Reference(), found=find_dates(UNDATED))
