"""Issue 9 classes 1 and 9 (task dates56): numeric page stamps and datelines, read in the order the page declares.

A numeric stamp ("03/02/2021") is read day first or month first only when the page settles it: a part over 12,
the stamp's own weekday (which outranks every weaker cue), a second numeric date of the page in the same form that
cannot be read the other way ("Updated 25/02/2021" under "Published 03/02/2021"), the wire dateline's day, or (main's
`_read_stamp` rule) the one reading whose weekday the news names.  Where nothing settles it the page stays undated
and its report says why: a publication date guessed in the wrong order misdates every relative date of the page.

The pages are written as in `test_page_forms.py` (lines with a leading "~" are furniture).  Places, people and
stories are invented; the weekdays were checked on a calendar (`test_the_stamps_own_calendar`).
"""

from __future__ import annotations

import pytest
from test_page_forms import P as S
from test_page_forms import (
    _run,
    check_calendar,
    check_no_furniture_event,
    check_publication,
    check_relative_date,
    mark_open,
)

# Left open, by test and page (strict xfails; the reasons say why).
OPEN: dict[tuple[str, str], str] = {}


# fmt: off
STAMPS = [
    # ------------------------------------------------------------------ the stamp's own weekday decides
    S("abbrev-weekday-hyphens-24h-pm", [
        "~Wed 03-02-2021 19:22 PM",
        "Velora's foreign minister Odo Venn and his Marnian counterpart met on Tuesday in Kessa.",
    ], "2021-02-03", "Tuesday", "2021-02-02"),
    S("dotted-date-weekday-after-in-brackets", [
        "~03.02.2021 (Wednesday)",
        "Velora's border police detained 14 smugglers near Gharo yesterday, a spokesman said.",
    ], "2021-02-03", "yesterday", "2021-02-02"),
    S("full-weekday-comma-slash-dmy", [
        "~Wednesday, 03/02/2021",
        "Velora's central bank raised its main rate on Monday, the first rise in two years.",
    ], "2021-02-03", "Monday", "2021-02-01"),
    S("full-weekday-comma-slash-mdy", [
        "~Tuesday, 03/02/2021",
        "Velora's electoral board published the final results yesterday.",
    ], "2021-03-02", "yesterday", "2021-03-01"),
    S("abbrev-weekday-dotted-clock-h", [
        "~Thu 04.03.2021 19h22",
        "Fighters of the Orvan Front shelled the port of Drova on Wednesday, officials said.",
    ], "2021-03-04", "Wednesday", "2021-03-03"),
    S("abbrev-weekday-after-dotted", [
        "~03.02.2021 (Wed)",
        "Velora's teachers ended their strike yesterday after a pay deal.",
    ], "2021-02-03", "yesterday", "2021-02-02"),
    S("clock-first-weekday-slash", [
        "~19:22, Wednesday 03/02/2021",
        "Velora's parliament voted on Tuesday to extend the curfew in Tarvik.",
    ], "2021-02-03", "Tuesday", "2021-02-02"),
    S("weekday-after-slash-comma", [
        "~17/06/2022, Friday",
        "Velora's rebels freed 30 hostages yesterday, the Red Crescent said.",
    ], "2022-06-17", "yesterday", "2022-06-16"),
    S("posted-abbrev-weekday-slash-clock-gmt", [
        "~Posted: Tue 02/03/2021 - 19:22 GMT+2",
        "Velora's health ministry reported 40 new cases of cholera on Monday.",
    ], "2021-03-02", "Monday", "2021-03-01"),
    S("capitals-abbrev-weekday-slash-dash-clock", [
        "~WED, 03/02/2021 - 19:22",
        "Velora's foreign minister Odo Venn flew to Orsk yesterday for talks.",
    ], "2021-02-03", "yesterday", "2021-02-02"),
    # "Sun" after an outlet's other words is its name, not a weekday.
    S("outlet-named-sun-is-no-weekday", [
        "~The Kessa Sun 07/02/2021",
        "Velora's army said yesterday it had repelled an attack near Gharo.",
    ], None, "yesterday", None),
    # ------------------------------------------------------------------ a part over 12 decides
    S("dmy-slash-12h-pm", [
        "~25/02/2021 7:22 PM",
        "Velora's army said on Wednesday it had cleared the road to Gharo of mines.",
    ], "2021-02-25", "Wednesday", "2021-02-24"),
    S("mdy-slash-12h-pm-et", [
        "~02/25/2021 7:22 PM ET",
        "Velora's president Ila Marsh named a new prime minister yesterday.",
    ], "2021-02-25", "yesterday", "2021-02-24"),
    S("dmy-hyphens-clock-gmt-plus", [
        "~25-02-2021 19:22 GMT+2",
        "Velora's customs seized two tonnes of drugs at the port of Kessa on Tuesday.",
    ], "2021-02-25", "Tuesday", "2021-02-23"),
    S("dmy-dots-bar-clock-h", [
        "~17.06.2022 | 18h12",
        "Velora's miners ended their strike on Thursday.",
    ], "2022-06-17", "Thursday", "2022-06-16"),
    S("mdy-hyphens", [
        "~06-17-2022",
        "Velora's cabinet approved the fuel subsidies yesterday.",
    ], "2022-06-17", "yesterday", "2022-06-16"),
    S("dmy-two-digit-year-slash", [
        "~25/02/21",
        "Velora's police fired tear gas at students in Tarvik yesterday.",
    ], "2021-02-25", "yesterday", "2021-02-24"),
    S("dmy-two-digit-year-dots-clock", [
        "~25.02.21 19:22",
        "The Orvan Front released two aid workers on Wednesday, the Red Crescent said.",
    ], "2021-02-25", "Wednesday", "2021-02-24"),
    S("published-label-dmy-clock-gmt", [
        "~Published: 25/02/2021 - 19:22 GMT+2",
        "Velora's navy intercepted a boat carrying 60 migrants off Drova yesterday.",
    ], "2021-02-25", "yesterday", "2021-02-24"),
    S("issued-on-dmy-dash-clock", [
        "~Issued on: 14/06/2021 - 20:15",
        "Velora's court sentenced the former minister Brel Ostan on Sunday.",
    ], "2021-06-14", "Sunday", "2021-06-13"),
    # ------------------------------------------------------------------ datelines
    S("ethiopian-month-day-slash-year-dateline", [
        "Kessa, February 11/2020 \u2013 Velora's regional council elected a new speaker on Monday.",
        "The vote was boycotted by two parties.",
    ], "2020-02-11", "Monday", "2020-02-10"),
    S("ethiopian-month-day-slash-year-agency", [
        "KESSA, February 14/2020 (VNA) - Velora's prime minister Tal Orvane opened the new dam yesterday.",
        "The dam will supply power to Drova.",
    ], "2020-02-14", "yesterday", "2020-02-13"),
    S("ethiopian-abbrev-month-day-slash-year", [
        "Tarvik, Feb. 11/2020 - Velora's farmers began the harvest on Monday, the regional bureau said.",
    ], "2020-02-11", "Monday", "2020-02-10"),
    S("ethiopian-month-day-slash-year-stamp-line", [
        "~July 08/2022",
        "Velora's regional council elected a new speaker on Thursday.",
    ], "2022-07-08", "Thursday", "2022-07-07"),
    S("dmy-slash-dateline-agency-sure", [
        "KESSA, 14/02/2020 (VNA) - Velora's prime minister Tal Orvane received the Marnian envoy yesterday.",
        "They discussed the border.",
    ], "2020-02-14", "yesterday", "2020-02-13"),
    # ------------------------------------------------------------------ a second date of the page declares the order
    S("published-ambiguous-updated-sure-dmy", [
        "~Published 03/02/2021",
        "~Updated 25/02/2021",
        "Velora's foreign minister Odo Venn met the Marnian envoy on Tuesday in Kessa.",
    ], "2021-02-03", "Tuesday", "2021-02-02"),
    S("published-ambiguous-updated-sure-mdy", [
        "~Published 03/02/2021",
        "~Updated 03/25/2021",
        "Velora's foreign minister Odo Venn met the Marnian envoy in Kessa yesterday.",
    ], "2021-03-02", "yesterday", "2021-03-01"),
    S("issued-modified-one-line-dmy", [
        "~Issued on: 01/06/2021 - 20:15 Modified: 14/06/2021 - 08:00",
        "Velora's police arrested the opposition leader Ona Stael in Tarvik yesterday.",
    ], "2021-06-01", "yesterday", "2021-05-31"),
    S("published-updated-bar-dotted-dmy", [
        "~Published 03.02.2021 | Updated 13.02.2021",
        "Velora's parliament passed the budget yesterday after a night of debate.",
    ], "2021-02-03", "yesterday", "2021-02-02"),
    # ------------------------------------------------------------------ the wire dateline's day decides
    S("issued-on-ambiguous-wire-dateline", [
        "~Issued on: 01/06/2021 - 20:15",
        "KESSA, June 1 (AFP) - Velora's police arrested the opposition leader Ona Stael yesterday.",
    ], "2021-06-01", "yesterday", "2021-05-31"),
    # ------------------------------------------------------------------ only the news's weekdays decide
    S("text-weekday-only-evidence", [
        "~03/02/2021",
        "Velora's central bank cut its main rate on Tuesday, the second cut this year.",
    ], "2021-03-02", "Tuesday", "2021-03-02"),
    # ------------------------------------------------------------------ nothing decides: left unread
    S("nothing-decides-slash", [
        "~03/02/2021",
        "Velora's army said yesterday it had repelled an attack near Gharo.",
    ], None, "yesterday", None),
    S("issued-on-nothing-decides", [
        "~Issued on: 01/06/2021 - 20:15",
        "Velora's police arrested the opposition leader Ona Stael yesterday.",
    ], None, "yesterday", None),
    S("weekday-fits-both-readings", [
        "~Tuesday, 05/09/2023",
        "Velora's army said yesterday it had repelled an attack near Gharo.",
    ], None, "yesterday", None),
    S("weekday-fits-neither-reading", [
        "~Thursday, 03/02/2021",
        "Velora's army said yesterday it had repelled an attack near Gharo.",
    ], None, "yesterday", None),
    S("second-date-other-form-declares-nothing", [
        "~Published 03/02/2021",
        "~Updated 2021-02-25",
        "Velora's army said yesterday it had repelled an attack near Gharo.",
    ], None, "yesterday", None),
    S("last-updated-ambiguous-alone", [
        "~Last updated 03/02/2021",
        "Velora's army said yesterday it had repelled an attack near Gharo.",
    ], None, "yesterday", None),
    S("dmy-dateline-ambiguous-alone", [
        "KESSA, 11/02/2020 (VNA) - Velora's prime minister Tal Orvane received the Marnian envoy yesterday.",
    ], None, "yesterday", None),
]
# fmt: on


@pytest.mark.parametrize("lines,published,expr,value,sources", STAMPS)
def test_publication(request, lines, published, expr, value, sources):
    mark_open(request, OPEN, "publication")
    check_publication(lines, published, sources)


@pytest.mark.parametrize("lines,published,expr,value,sources", STAMPS)
def test_no_furniture_event(request, lines, published, expr, value, sources):
    mark_open(request, OPEN, "furniture")
    check_no_furniture_event(lines, sources)


@pytest.mark.parametrize("lines,published,expr,value,sources", STAMPS)
def test_relative_date(request, lines, published, expr, value, sources):
    mark_open(request, OPEN, "relative")
    check_relative_date(lines, expr, value, sources)


# The pages whose publication stamp may be read either way: the report names both readings.  (A weekday that fits
# neither reading is a stamp mistyped, an "Updated" stamp no publication, a numeric dateline no stamp.)
_UNDECIDED_IDS = {
    "nothing-decides-slash", "issued-on-nothing-decides", "weekday-fits-both-readings",
    "second-date-other-form-declares-nothing", "outlet-named-sun-is-no-weekday",
}  # fmt: skip
UNDECIDED = [p for p in STAMPS if p.id in _UNDECIDED_IDS]


@pytest.mark.parametrize("lines,published,expr,value,sources", UNDECIDED)
def test_undecided_stamp_is_reported(request, lines, published, expr, value, sources):
    """A numeric stamp left unread says so in the report, with both readings: never a guess."""
    mark_open(request, OPEN, "reported")
    _text, report, _rows = _run(lines, sources)
    assert "numeric" in report.message and "order" in report.message


DECLARED = [p for p in STAMPS if p.id.startswith(("published-ambiguous-updated-sure", "issued-modified-one-line"))]
DECLARED += [p for p in STAMPS if p.id == "published-updated-bar-dotted-dmy"]


@pytest.mark.parametrize("lines,published,expr,value,sources", DECLARED)
def test_order_declared_by_the_page_is_reported(lines, published, expr, value, sources):
    """A stamp read in the order another date of the page declares says so in the report."""
    _text, report, _rows = _run(lines, sources)
    assert "the order its stamp" in report.message and "declares" in report.message


@pytest.mark.parametrize("lines,published,expr,value,sources", STAMPS)
def test_the_stamps_own_calendar(lines, published, expr, value, sources):
    if published is None:
        assert value is None
        return
    check_calendar(published, expr, value)
