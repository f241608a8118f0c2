"""Issue 9 (task dates57): copies of news that did not come from an outlet's own page, as analysts' piles hold them.

Monitoring services (BBC Monitoring, OSC/FBIS-style headers), situation reports and think-tank commentary, archive
exports (Factiva, Nexis Uni, ProQuest, EBSCO, PressReader, newspaper archives), UN documents as PDF text, syndicated
and aggregator copies (Yahoo, MSN, Apple News), transcripts, e-mail digests and PDF-extracted newspaper pages.  As in
`test_page_forms.py`, each document asserts (a) the publication date a careful reader gives it (a report's period,
"covers developments from 19 January to 15 August", is never its publication), (b) no event dated by the furniture,
(c) the day of a relative or partial date in the news counted from that publication.

Lines written with a leading "~" are furniture.  Every outlet, place, person, document symbol and story is invented;
the weekdays were checked on a calendar (`test_the_copies_own_calendar`).
"""

from __future__ import annotations

import pytest
from test_page_forms import (
    P as C,
)
from test_page_forms import (
    _run,
    check_calendar,
    check_no_furniture_event,
    check_publication,
    check_relative_date,
    mark_open,
)

# Left open, by test and document (strict xfails; the reasons say why).
# An EBSCO record's "Source: Kessa Herald (Velora). 03/12/2020, pA4.": a numeric date whose order is open, and
# numeric stamps' day and month order is another task's ground (dates56).
_NUMERIC_SOURCE = "an index record's numeric 'Source: ... 03/12/2020, pA4.' is not read as a stamp"
# A Gale record's "Source Citation:" line quotes the headline before the paper and day: too many words for a
# citation line, and a label of one database.
_GALE = "a 'Source Citation:' line quoting the headline is read as a sentence"
OPEN: dict[tuple[str, str], str] = {
    ("publication", "ebsco-source-slash-date"): _NUMERIC_SOURCE,
    ("furniture", "ebsco-source-slash-date"): _NUMERIC_SOURCE,
    ("relative", "ebsco-source-slash-date"): _NUMERIC_SOURCE,
    ("furniture", "gale-source-citation"): _GALE,
    ("relative", "gale-source-citation"): _GALE,
}


# fmt: off
COPIES = [
    # ------------------------------------------------------------------ monitoring services
    C("bbcm-website-report-day-before", [
        "Velora agency says talks with Marnia to resume",
        "~BBC Monitoring Middle East",
        "~13 March 2020",
        "~Text of report by Velora news agency VNA website on 12 March",
        "Velora's foreign minister Odo Venn said yesterday that talks with Marnia would resume in Orsk.",
        "~Source: VNA website, Kessa, in Arabic 12 Mar 20",
        "~BBC Mon ME1 MEPol sm",
    ], "2020-03-12", "yesterday", "2020-03-11"),
    C("bbcm-source-line-only", [
        "Velora TV reports clashes near Drova",
        "~BBC Monitoring Middle East",
        "~13 March 2020",
        "Clashes between the army and rebels near Drova on Wednesday left nine dead, the television said.",
        "~Source: Al-Kessa TV, Kessa, in Arabic 1400 gmt 12 Mar 20",
        "~BBC Mon ME1 MEPol ac",
    ], "2020-03-12", "Wednesday", "2020-03-11"),
    C("bbcm-description-of-source", [
        "Velora Army Says Rebels Driven From Gharo",
        "~Velora Radio",
        "~Monday, March 2, 2009",
        "The army drove the rebels from Gharo yesterday, the chief of staff said on the radio.",
        "~(Description of Source: Kessa Velora Radio in Arabic -- State-run radio)",
    ], "2009-03-02", "yesterday", "2009-03-01"),
    C("osc-header-gmt-line", [
        "Velora: Army Chief Says Rebels Driven From Gharo",
        "~GMP20090302614005 Kessa Velora Radio in Arabic 1400 GMT 02 Mar 09",
        "[Text] The army drove the rebels from Gharo yesterday, the chief of staff said.",
        "~(Description of Source: Kessa Velora Radio in Arabic -- State-run radio)",
    ], "2009-03-02", "yesterday", "2009-03-01"),
    C("fbis-daily-report-item", [
        "~FBIS-NES-94-045",
        "~Daily Report",
        "~7 Mar 1994",
        "Velora: Army Reports Clashes in North",
        "~NC0603191094 Kessa Radio Velora Network in Arabic 1800 GMT 6 Mar 94",
        "[Text] Clashes near Drova on Saturday left nine rebels dead, the army said.",
    ], "1994-03-06", "Saturday", "1994-03-05"),
    C("ocha-sitrep-as-of", [
        "~Velora: Floods",
        "~Situation Report No. 12 | As of 30 June 2020",
        "Highlights",
        "Floods displaced 3,000 people in Gharo on Monday, aid agencies said.",
        "Aid convoys reached Tarvik for the first time since May.",
    ], "2020-06-30", "Monday", "2020-06-29"),
    C("sitrep-date-label-reporting-period", [
        "~Velora Security Situation Report",
        "~Date: 15 Jul 2020",
        "~Reporting period: 8 - 14 Jul 2020",
        "Gunmen killed four soldiers near Drova on Monday, the army said.",
        "Police arrested 30 suspects in raids in Tarvik.",
    ], "2020-07-15", "Monday", "2020-07-13"),
    C("flash-update-as-of-parenthesis", [
        "~Velora: Floods - Flash Update No. 3 (as of 12 March 2020)",
        "Floods displaced 3,000 people in Gharo yesterday, aid agencies said.",
        "Aid convoys are on their way to Tarvik.",
    ], "2020-03-12", "yesterday", "2020-03-11"),
    C("sitrep-title-as-at-bracket", [
        "~Velora Humanitarian Snapshot (as at 30 June 2020)",
        "Floods displaced 3,000 people in Gharo on Monday, aid agencies said.",
    ], "2020-06-30", "Monday", "2020-06-29"),
    C("think-tank-commentary-bar", [
        "Velora's truce will not hold",
        "~Commentary | 3 March 2021",
        "~Tal Venn",
        "The truce signed in Kessa on Monday leaves the hardest questions open.",
        "Neither side has agreed to withdraw from Gharo.",
    ], "2021-03-03", "Monday", "2021-03-01"),
    C("think-tank-analysis-slash", [
        "Velora's truce will not hold",
        "~Analysis / 3 Mar 2021",
        "The truce signed in Kessa on Monday leaves the hardest questions open.",
        "Neither side has agreed to withdraw from Gharo.",
    ], "2021-03-03", "Monday", "2021-03-01"),
    C("crisis-group-qa-region", [
        "Velora's Fragile Truce",
        "~Q&A / Africa 12 March 2020",
        "The rival governments of Velora signed a truce in Kessa on Tuesday.",
        "What does it change?",
    ], "2020-03-12", "Tuesday", "2020-03-10"),
    # ------------------------------------------------------------------ archive exports
    C("factiva-afp-dateline-and-clock", [
        "Velora rebels seize border town",
        "~By Tal Venn",
        "~523 words",
        "~12 March 2020",
        "~14:05 GMT",
        "~Agence France Presse",
        "~AFPR",
        "~English",
        "~Copyright 2020 Agence France Presse. All rights reserved.",
        "KESSA, March 12, 2020 (AFP) - Rebels seized the border town of Gharo on Wednesday, a spokesman said.",
        "~Document AFPR000020200312eg3c00abc",
    ], "2020-03-12", "Wednesday", "2020-03-11"),
    C("nexis-uni-highlight-classification", [
        "Velora court jails former minister",
        "~The Kessa Times",
        "~March 12, 2020 Thursday",
        "~Copyright 2020 Kessa Times Ltd. All Rights Reserved",
        "~Section: WORLD; Pg. 9",
        "~Length: 523 words",
        "~Byline: Mara Dellen",
        "~Dateline: KESSA",
        "~Highlight: Former interior minister sentenced to six years",
        "~Body",
        "A court in Kessa jailed the former interior minister Odo Venn for six years yesterday.",
        "~Classification",
        "~Language: ENGLISH",
        "~Publication-Type: Newspaper",
        "~Load-Date: March 14, 2020",
        "~End of Document",
    ], "2020-03-12", "yesterday", "2020-03-11"),
    C("ebsco-source-slash-date", [
        "~Title: Velora court jails former minister.",
        "~Authors: Dellen, Mara",
        "~Source: Kessa Herald (Velora). 03/12/2020, pA4.",
        "~Document Type: Article",
        "~Accession Number: 8FA2020031200431",
        "A court in Kessa jailed the former interior minister Odo Venn for six years yesterday.",
        "He denied the charges of fraud.",
    ], "2020-03-12", "yesterday", "2020-03-11"),
    C("pressreader-name-and-day", [
        "Velora budget passes",
        "~The Kessa Times \u00b7 12 Mar 2020",
        "Velora's parliament passed the budget yesterday after an all-night session.",
        "~Printed and distributed by PressReader",
    ], "2020-03-12", "yesterday", "2020-03-11"),
    C("gale-source-citation", [
        "VELORA ARMY SEIZES GHARO",
        "The Velora army seized the town of Gharo yesterday after two days of fighting.",
        "The rebels withdrew to the hills.",
        "~Source Citation: \"Velora Army Seizes Gharo.\" Kessa Times, 12 Mar. 1953, p. 8. Kessa Times Digital Archive.",
        "~Gale Document Number: CS118243201",
    ], "1953-03-12", "yesterday", "1953-03-11"),
    C("newspaper-archive-clipping", [
        "~The Kessa Herald from Kessa, Velora \u2022 Page 12",
        "~Thursday, March 12, 1953",
        "VELORA ARMY SEIZES GHARO",
        "The Velora army seized the town of Gharo yesterday after two days of fighting.",
        "~Clipped by tvenn on Mon, Oct 9, 2018",
    ], "1953-03-12", "yesterday", "1953-03-11"),
    C("proquest-dateline-field", [
        "Velora frees 40 prisoners",
        "~Ora Lask",
        "Velora freed 40 political prisoners on Wednesday under an amnesty, the justice ministry said.",
        "~Dateline: Kessa",
        "~Publication title: Kessa Herald",
        "~Publication date: Mar 12, 2020",
        "~First page: A4",
        "~ProQuest document ID: 2375510122",
    ], "2020-03-12", "Wednesday", "2020-03-11"),
    # ------------------------------------------------------------------ UN documents as PDF text
    C("un-sg-report-covers-period", [
        "~United Nations S/2020/832",
        "~Security Council Distr.: General",
        "~25 August 2020",
        "~Original: English",
        "United Nations Support Mission in Velora",
        "Report of the Secretary-General",
        "1. The present report covers developments from 19 January to 15 August 2020.",
        "2. On 10 August, fighting resumed near Gharo.",
    ], "2020-08-25", "10 August", "2020-08-10"),
    C("un-letter-symbol-and-distr", [
        "~United Nations S/2021/123",
        "~Security Council Distr.: General",
        "~16 February 2021",
        "~Original: English",
        "The Security Council met on Monday to discuss the situation in Velora.",
    ], "2021-02-16", "Monday", "2021-02-15"),
    C("un-meeting-record", [
        "~United Nations S/PV.8778",
        "~Security Council",
        "~Seventy-sixth year",
        "~8778th meeting",
        "~Wednesday, 16 June 2021, 10 a.m.",
        "~New York",
        "The President: Yesterday, the Council heard a briefing on Velora.",
    ], "2021-06-16", "Yesterday", "2021-06-15"),
    C("un-press-statement", [
        "~SC/14500",
        "~16 April 2021",
        "Security Council Press Statement on Velora",
        "The members of the Security Council condemned the attack in Gharo on Wednesday.",
    ], "2021-04-16", "Wednesday", "2021-04-14"),
    C("un-general-assembly-doc", [
        "~United Nations A/75/712",
        "~General Assembly Distr.: General",
        "~3 February 2021",
        "~Original: English",
        "~Seventy-fifth session",
        "~Agenda item 34",
        "On 1 February, the Government of Velora released 40 prisoners.",
    ], "2021-02-03", "1 February", "2021-02-01"),
    C("un-hrc-advance-version", [
        "~A/HRC/46/12",
        "~Advance Unedited Version",
        "~Distr.: General",
        "~22 January 2021",
        "~Original: English",
        "On 20 January, security forces detained 30 protesters in Kessa.",
    ], "2021-01-22", "20 January", "2021-01-20"),
    C("un-meetings-coverage-caps", [
        "~Meetings Coverage and Press Releases",
        "~SC/14500",
        "~16 APRIL 2021",
        "Security Council Press Statement on Velora",
        "The members of the Security Council condemned the attack in Gharo on Wednesday.",
    ], "2021-04-16", "Wednesday", "2021-04-14"),
    # ------------------------------------------------------------------ syndicated and aggregator copies
    C("yahoo-reuters-min-read", [
        "Velora central bank cuts rate",
        "~Reuters",
        "~Thu, March 12, 2020, 2:05 PM \u00b7 3 min read",
        "Velora's central bank cut its main rate on Wednesday, surprising analysts.",
    ], "2020-03-12", "Wednesday", "2020-03-11"),
    C("yahoo-at-clock-min-read", [
        "Velora central bank cuts rate",
        "~Tal Venn",
        "~Thu, March 12, 2020 at 2:05 PM\u00b73 min read",
        "Velora's central bank cut its main rate on Wednesday, surprising analysts.",
    ], "2020-03-12", "Wednesday", "2020-03-11"),
    C("yahoo-agency-dot-min-read", [
        "Velora central bank cuts rate",
        "~Reuters \u00b7 3 min read",
        "~March 12, 2020",
        "Velora's central bank cut its main rate on Wednesday, surprising analysts.",
    ], "2020-03-12", "Wednesday", "2020-03-11"),
    C("msn-story-by-hours", [
        "Velora central bank cuts rate",
        "~Story by Tal Venn \u2022 2h",
        "Velora's central bank cut its main rate yesterday, surprising analysts.",
    ], "2023-03-14", "yesterday", "2023-03-13", "2023-03-14"),
    C("published-updated-one-line", [
        "Velora parliament dissolved",
        "~Published 12 March 2020 \u00b7 Updated 13 March 2020",
        "Velora's president dissolved parliament yesterday and called early elections.",
    ], "2020-03-12", "yesterday", "2020-03-11"),
    C("apple-news-outlet-day", [
        "~Kessa Times",
        "~March 12, 2020",
        "Velora parliament dissolved",
        "Velora's president dissolved parliament yesterday and called early elections.",
    ], "2020-03-12", "yesterday", "2020-03-11"),
    # ------------------------------------------------------------------ transcripts
    C("transcript-press-conference-place-day", [
        "~Transcript of press conference by Foreign Minister Ona Stael, Kessa, 12 March 2020",
        "Minister Stael: We met the Marnian envoy yesterday and agreed to resume talks.",
        "Question: When will the talks start?",
    ], "2020-03-12", "yesterday", "2020-03-11"),
    C("remarks-bar-day", [
        "~Remarks by President Ila Marsh | March 12, 2020",
        "President Marsh: On Tuesday, I spoke with the leaders of Marnia.",
        "We agreed that the truce must hold.",
    ], "2020-03-12", "Tuesday", "2020-03-10"),
    # ------------------------------------------------------------------ newsletters and e-mail digests
    C("newsletter-mail-header-subject-date", [
        "~Date: Thu, 12 Mar 2020 07:02:11 +0000",
        "~From: Velora Brief <brief@example.org>",
        "~Subject: Velora Brief: 12 March 2020",
        "",
        "Parliament dissolved",
        "Velora's president dissolved parliament yesterday and called early elections.",
    ], "2020-03-12", "yesterday", "2020-03-11"),
    C("substack-style-byline-day", [
        "Velora Notes",
        "Why the truce will not hold",
        "~Tal Venn",
        "~Mar 12, 2020",
        "The truce signed in Kessa on Tuesday leaves the hardest questions open.",
    ], "2020-03-12", "Tuesday", "2020-03-10"),
    # ------------------------------------------------------------------ PDF-extracted newspaper pages
    C("pdf-page-number-masthead-day", [
        "~12 THE KESSA TIMES Thursday, March 12, 2020",
        "Velora rebels seize border town",
        "Rebels of the Orvan Front seized the border town of Gharo on Wednesday, a military spokesman said.",
        "The government sent two battalions to the area.",
    ], "2020-03-12", "Wednesday", "2020-03-11"),
    C("pdf-masthead-day-page-number", [
        "~THE KESSA TIMES Thursday, March 12, 2020 13",
        "Velora rebels seize border town",
        "Rebels of the Orvan Front seized the border town of Gharo on Wednesday, a military spokesman said.",
    ], "2020-03-12", "Wednesday", "2020-03-11"),
    # ------------------------------------------------------------------ numbered statements
    C("numbered-statement-bar", [
        "~Statement No. 12/2021 | 3 March 2021",
        "The ministry condemns the attack on the convoy near Gharo on Monday.",
        "We call on all parties to respect the truce.",
    ], "2021-03-03", "Monday", "2021-03-01"),
    C("numbered-press-release-comma", [
        "~No: 75, 14 March 2023",
        "Press Release Regarding the Attack in Velora",
        "We learned with sorrow that a bomb killed 12 people in Kessa on Monday.",
    ], "2023-03-14", "Monday", "2023-03-13"),
    C("numbered-statement-bars-title", [
        "~No. 12/2021 | 3 March 2021 | Statement on the Attack near Gharo",
        "The ministry condemns the attack on the convoy near Gharo on Monday.",
    ], "2021-03-03", "Monday", "2021-03-01"),
    C("numbered-release-dash-title", [
        "~NO: 41 - 9 March 2021 - Press Release on the Talks in Orsk",
        "Minister Ona Stael met the Marnian envoy in Orsk yesterday.",
    ], "2021-03-09", "yesterday", "2021-03-08"),
]
# fmt: on


@pytest.mark.parametrize("lines,published,expr,value,sources", COPIES)
def test_publication(request, lines, published, expr, value, sources):
    mark_open(request, OPEN, "publication")
    check_publication(lines, published, sources)


@pytest.mark.parametrize("lines,published,expr,value,sources", COPIES)
def test_no_furniture_event(request, lines, published, expr, value, sources):
    mark_open(request, OPEN, "furniture")
    check_no_furniture_event(lines, sources)


@pytest.mark.parametrize("lines,published,expr,value,sources", COPIES)
def test_relative_date(request, lines, published, expr, value, sources):
    mark_open(request, OPEN, "relative")
    check_relative_date(lines, expr, value, sources)


@pytest.mark.parametrize("lines,published,expr,value,sources", COPIES)
def test_the_copies_own_calendar(lines, published, expr, value, sources):
    """A weekday or "yesterday" is counted back from publication; a day and month is the publication's year's."""
    if expr[0].isdigit():
        assert value.startswith(published[:4]) and value <= published
        return
    check_calendar(published, expr, value)


# Lines that look like a copy's furniture but are prose: their dates stay events and date no publication.
@pytest.mark.parametrize(
    "line,date_text",
    [
        pytest.param("The toll rose to 40 as of 30 June 2020, the ministry said.", "30 June 2020", id="as-of-sentence"),
        pytest.param("The reporting period ended on 14 July 2020, officials said.", "14 July 2020", id="period-words"),
        pytest.param(
            "No. 2 seed Ona Stael won the Kessa Open on 7 March 2021.", "7 March 2021", id="numbered-sentence"
        ),
        pytest.param("No, 7 March 2021, was not the day of the vote, he said.", "7 March 2021", id="no-comma-date"),
        pytest.param("Aid reached 3,000 people (as of 7 March 2021).", "7 March 2021", id="as-of-sentence-bracket"),
    ],
)
def test_prose_like_copy_furniture_keeps_its_date(line, date_text):
    text = f"Velora talks\nMarch 9, 2021\n\nThe ministers met in Orsk on Monday.\n{line}\nThey will meet again.\n"
    _text, report, rows = _run((text,), None)
    assert report.published.isoformat() == "2021-03-09"
    assert any(date_text in t for t, _v, _s in rows)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Source: Velora TV, Kessa, in Arabic 1400 gmt 8 Mar 21", id="bbcm-source"),
        pytest.param("GMP20210308614005 Kessa Velora Radio in Arabic 1400 GMT 08 Mar 21", id="osc-header"),
        pytest.param("Source: Kessa Daily website, Kessa, in English 8 Mar 21", id="website-no-clock"),
    ],
)
def test_a_monitored_source_line_dates_the_story(line):
    """The broadcast's day in a monitoring service's source line is the story's day, a day before the service's."""
    text = f"Velora radio reports talks\nBBC Monitoring\n9 March 2021\n\nThe ministers met in Orsk yesterday.\n{line}\n"
    _text, report, rows = _run((text,), None)
    assert report.published.isoformat() == "2021-03-08"
    assert dict((t, v) for t, v, _s in rows)["yesterday"] == "2021-03-07"


def test_a_sentence_ending_in_a_place_and_short_date_is_no_source_line():
    """No clock and no "Source:" label: the line is no monitoring service's, and the page keeps its own date."""
    last = "They said talks would resume in Kessa 8 Mar 21"
    text = f"Velora talks\nMarch 9, 2021\n\nThe ministers met in Orsk yesterday.\n{last}\n"
    _text, report, rows = _run((text,), None)
    assert report.published.isoformat() == "2021-03-09"
    assert dict((t, v) for t, v, _s in rows)["yesterday"] == "2021-03-08"
