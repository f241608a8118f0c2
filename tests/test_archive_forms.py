"""Issue 9 (task dates47): documents as users paste or export them from news archives and aggregators.

LexisNexis / Nexis Uni exports, Factiva (plain and with its field codes), BBC Monitoring, ProQuest, NewsBank and
PressReader, a Google News RSS item, e-mail forwards of an article, PDF-to-text pages with running heads and page
numbers, newsletter digests.  As in `test_page_forms.py`, each document asserts (a) the publication date a careful
reader gives it (where the export states it, that wins over any estimate; a monitored report is dated by the
report's own day, as a story by its wire dateline), (b) no event dated by the furniture (load dates, document IDs,
copyright lines, "Sent:" lines, running heads), (c) the day of a relative date in the news.

Lines written with a leading "~" are furniture.  Every outlet, place, person and story is invented; the weekdays
were checked on a calendar (`test_the_archives_own_calendar`).
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_page_forms import (
    P as A,
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
OPEN: dict[tuple[str, str], str] = {}


# fmt: off
ARCHIVES = [
    # ------------------------------------------------------------------ LexisNexis / Nexis Uni
    A("nexis-wire-full-header", [
        "~Copyright 2003 Agence France Presse",
        "~All Rights Reserved",
        "~Agence France Presse -- English",
        "~January 27, 2003 Monday 4:12 PM GMT",
        "~SECTION: International News",
        "~LENGTH: 412 words",
        "HEADLINE: Velora rebels seize border town",
        "~DATELINE: KESSA, Jan 27",
        "~BYLINE: Tal Venn",
        "~BODY:",
        "Rebels of the Orvan Front seized the border town of Gharo on Sunday, a military spokesman said.",
        "The government sent two battalions to the area.",
        "~LOAD-DATE: January 28, 2003",
        "~LANGUAGE: ENGLISH",
        "~PUBLICATION-TYPE: Newswire",
    ], "2003-01-27", "Sunday", "2003-01-26"),
    A("nexis-wire-body-dateline", [
        "~Copyright 2003 Agence France Presse",
        "~All Rights Reserved",
        "~Agence France Presse -- English",
        "~January 27, 2003 Monday",
        "~SECTION: International News",
        "~LENGTH: 288 words",
        "HEADLINE: Velora opposition leader detained",
        "~BODY:",
        "KESSA, Jan 27 (AFP) - Police in Kessa detained the opposition leader Ora Lask yesterday, her party said.",
        "Her lawyer said she had not been charged.",
        "~LOAD-DATE: January 29, 2003",
        "~LANGUAGE: ENGLISH",
    ], "2003-01-27", "yesterday", "2003-01-26"),
    A("nexis-newspaper-final-edition", [
        "~Copyright 2005 The Kessa Herald",
        "~The Kessa Herald",
        "~March 4, 2005 Friday",
        "~Final Edition",
        "~SECTION: NEWS; Pg. A12",
        "~LENGTH: 650 words",
        "HEADLINE: Velora budget passes after all-night session",
        "~BYLINE: By Ona Stael, Staff Writer",
        "~BODY:",
        "Velora's parliament passed the budget yesterday after an all-night session, ending weeks of deadlock.",
        "The finance minister Brel Ostan called the vote a victory for stability.",
        "~LOAD-DATE: March 5, 2005",
        "~LANGUAGE: ENGLISH",
        "~GRAPHIC: Photo",
        "~PUBLICATION-TYPE: Newspaper",
    ], "2005-03-04", "yesterday", "2005-03-03"),
    A("nexis-upper-case-date-line", [
        "~Copyright 1998 Xinhua News Agency",
        "~Xinhua General News Service",
        "~MARCH 3, 1998, TUESDAY",
        "~SECTION: International News",
        "~LENGTH: 230 words",
        "HEADLINE: Velora, Marnia agree to reopen border",
        "~DATELINE: KESSA, March 3",
        "~BODY:",
        "Velora and Marnia agreed on Monday to reopen their border crossing at Gharo, the foreign ministry said.",
        "~LOAD-DATE: March 4, 1998",
    ], "1998-03-03", "Monday", "1998-03-02"),
    A("nexis-ap-bc-cycle", [
        "~Copyright 2001 Associated Press",
        "~All Rights Reserved",
        "~Associated Press Worldstream",
        "~June 12, 2001, Tuesday, BC cycle",
        "~SECTION: International News",
        "~LENGTH: 512 words",
        "HEADLINE: Floods kill 12 in northern Velora",
        "~BYLINE: By ORA LASK, Associated Press Writer",
        "~DATELINE: DROVA, Velora",
        "~BODY:",
        "Floods killed 12 people in the north of Velora on Monday, officials said.",
        "Rescue teams reached the village of Tarvik by boat.",
        "~LOAD-DATE: June 13, 2001",
    ], "2001-06-12", "Monday", "2001-06-11"),
    A("nexis-uni-title-case-labels", [
        "Velora rebels seize border town",
        "~Agence France Presse -- English",
        "~January 27, 2003 Monday 4:12 PM GMT",
        "~Copyright 2003 Agence France Presse All Rights Reserved",
        "~Section: International News",
        "~Length: 412 words",
        "~Dateline: KESSA, Jan 27",
        "~Body",
        "Rebels seized the border town of Gharo on Sunday, a military spokesman said.",
        "~Load-Date: January 28, 2003",
        "~End of Document",
    ], "2003-01-27", "Sunday", "2003-01-26"),
    A("nexis-uni-document-count", [
        "~Document 3 of 25",
        "Velora court jails former minister",
        "~The Kessa Times",
        "~September 14, 2011 Wednesday",
        "~Edition 1; National Edition",
        "~Copyright 2011 Kessa Times Ltd. All Rights Reserved",
        "~Section: WORLD; Pg. 31",
        "~Length: 540 words",
        "~Byline: Mara Dellen",
        "~Body",
        "A court in Kessa jailed the former interior minister Odo Venn for six years yesterday.",
        "He denied the charges of fraud.",
        "~Load-Date: September 15, 2011",
        "~End of Document",
    ], "2011-09-14", "yesterday", "2011-09-13"),
    A("nexis-transcript-show-line", [
        "~Copyright 2010 Velora Broadcasting Corp.",
        "~All Rights Reserved",
        "~VBC News",
        "~March 3, 2010 Wednesday",
        "~SHOW: Kessa Tonight 10:00 PM EST",
        "~LENGTH: 3120 words",
        "HEADLINE: Velora Votes",
        "~BYLINE: Tal Venn, Ila Marsh",
        "~BODY:",
        "TAL VENN, ANCHOR: Voters in Velora went to the polls on Sunday for the first time in a decade.",
        "~LOAD-DATE: March 4, 2010",
    ], "2010-03-03", "Sunday", "2010-02-28"),
    A("nexis-dateline-day-before-paper", [
        "~Copyright 2005 The Kessa Herald",
        "~The Kessa Herald",
        "~March 4, 2005 Friday",
        "~SECTION: WORLD; Pg. A9",
        "~LENGTH: 390 words",
        "HEADLINE: Velora army retakes Gharo",
        "~BODY:",
        "GHARO, Velora, March 3 (Reuters) - Velora's army retook the town of Gharo on Wednesday, officials said.",
        "~LOAD-DATE: March 5, 2005",
    ], "2005-03-03", "Wednesday", "2005-03-02"),
    A("nexis-british-paper-page", [
        "~Copyright 2003 Kessa Chronicle Ltd",
        "~The Kessa Chronicle",
        "~January 28, 2003, Tuesday",
        "~SECTION: Home Pages, Pg. 14",
        "~LENGTH: 812 words",
        "HEADLINE: Ministers clash over Velora aid",
        "~BYLINE: Ora Lask, Political Correspondent",
        "~BODY:",
        "Two ministers clashed yesterday over aid to Velora, officials said.",
        "~LOAD-DATE: January 28, 2003",
    ], "2003-01-28", "yesterday", "2003-01-27"),
    A("nexis-load-date-only-at-foot", [
        "~Agence France Presse -- English",
        "~June 12, 2001 Tuesday",
        "HEADLINE: Velora frees 40 prisoners",
        "~BODY:",
        "Velora freed 40 political prisoners on Monday under an amnesty, the justice ministry said.",
        "The opposition welcomed the move.",
        "~LOAD-DATE: June 14, 2001",
        "~LANGUAGE: ENGLISH",
        "~PUBLICATION-TYPE: Newswire",
        "~Copyright 2001 Agence France Presse",
    ], "2001-06-12", "Monday", "2001-06-11"),
    # ------------------------------------------------------------------ Factiva
    A("factiva-plain", [
        "Velora rebels seize border town",
        "~412 words",
        "~27 January 2003",
        "~04:12 GMT",
        "~Agence France Presse",
        "~AFPR",
        "~English",
        "~(c) 2003 Agence France-Presse",
        "KESSA, Jan 27 (AFP) - Rebels seized the border town of Gharo on Sunday, a military spokesman said.",
        "The government sent two battalions to the area.",
        "~Document AFPR000020030127dz1r00abc",
    ], "2003-01-27", "Sunday", "2003-01-26"),
    A("factiva-newspaper-byline", [
        "Velora budget passes",
        "~By Ona Stael",
        "~1,023 words",
        "~4 March 2005",
        "~Kessa Herald",
        "~KHER",
        "~First",
        "~12",
        "~English",
        "~(c) 2005 Kessa Herald Ltd. All rights reserved.",
        "Velora's parliament passed the budget yesterday after an all-night session.",
        "The finance minister Brel Ostan called the vote a victory.",
        "~Document KHER000020050304e1340000b",
    ], "2005-03-04", "yesterday", "2005-03-03"),
    A("factiva-field-codes", [
        "HD Velora rebels seize border town",
        "~WC 412 words",
        "~PD 27 January 2003",
        "~ET 04:12",
        "~SN Agence France Presse",
        "~SC AFPR",
        "~LA English",
        "~CY (c) 2003 Agence France-Presse",
        "LP",
        "Rebels of the Orvan Front seized the border town of Gharo on Sunday, a military spokesman said.",
        "TD",
        "The government sent two battalions to the area.",
        "~AN Document AFPR000020030127dz1r00abc",
    ], "2003-01-27", "Sunday", "2003-01-26"),
    A("factiva-reuters-clock", [
        "Velora central bank cuts rate",
        "~289 words",
        "~3 March 2010",
        "~14:22 GMT",
        "~Reuters News",
        "~LBA",
        "~English",
        "~(c) 2010 Reuters Limited",
        "KESSA, March 3 (Reuters) - Velora's central bank cut its main rate on Wednesday, surprising analysts.",
        "~Document LBA0000020100303e6330004z",
    ], "2010-03-03", "Wednesday", "2010-03-03"),
    A("factiva-us-style-date", [
        "Velora jails former minister",
        "~By Mara Dellen",
        "~540 words",
        "~September 14, 2011",
        "~The Kessa Times",
        "~KTIM",
        "~English",
        "~Copyright 2011 Kessa Times Ltd. All Rights Reserved.",
        "A court in Kessa jailed the former interior minister Odo Venn for six years yesterday.",
        "~Document KTIM000020110914e79e0001x",
    ], "2011-09-14", "yesterday", "2011-09-13"),
    A("factiva-dow-jones-et", [
        "Velora's Oil Output Falls",
        "~By Tal Venn",
        "~318 words",
        "~12 June 2001",
        "~09:14",
        "~Dow Jones International News",
        "~DJI",
        "~English",
        "~(Copyright (c) 2001, Dow Jones & Company, Inc.)",
        "KESSA -- Velora's oil output fell 4% in May, the oil ministry said Monday.",
        "~Document DJI0000020010612dx6c0008m",
    ], "2001-06-12", "Monday", "2001-06-11"),
    # ------------------------------------------------------------------ BBC Monitoring
    A("bbcm-text-of-report-day-before", [
        "Velora minister says talks to resume",
        "~BBC Monitoring Middle East - Political",
        "~Supplied by BBC Worldwide Monitoring",
        "~January 28, 2003, Tuesday",
        "~Text of report by Velora state news agency VNA on 27 January",
        "Velora's foreign minister Odo Venn said yesterday that talks with Marnia would resume in Orsk.",
        "~Source: VNA news agency, Kessa, in English 1412 gmt 27 Jan 03",
        "~Copyright 2003 British Broadcasting Corporation",
    ], "2003-01-27", "yesterday", "2003-01-26"),
    A("bbcm-excerpt-radio", [
        "Velora radio reports clashes in north",
        "~BBC Monitoring International Reports",
        "~4 March 2010",
        "~Excerpt from report by Velora radio on 3 March",
        "Clashes between the army and rebels near Drova on Tuesday left nine dead, the radio said.",
        "~Source: Radio Velora, Kessa, in Velori 1700 gmt 3 Mar 10",
        "~(c) 2010 The British Broadcasting Corporation",
    ], "2010-03-03", "Tuesday", "2010-03-02"),
    A("bbcm-same-day", [
        "Velora TV says president to visit Marnia",
        "~BBC Monitoring Europe",
        "~June 12, 2011 Sunday",
        "~Text of report by Velora TV on 12 June",
        "President Ila Marsh met the Marnian envoy in Kessa on Saturday, the television said.",
        "~Source: Velora TV, Kessa, in Velori 1500 gmt 12 Jun 11",
    ], "2011-06-12", "Saturday", "2011-06-11"),
    A("bbcm-website-in-english", [
        "Velora paper says drought worsens",
        "~BBC Monitoring Africa",
        "~Supplied by BBC Worldwide Monitoring",
        "~October 8, 2019 Tuesday",
        "~Text of report in English by Velora newspaper Kessa Daily website on 7 October",
        "Drought has killed 4,000 cattle in the Gharo region since Friday, the paper said.",
        "~Source: Kessa Daily website, Kessa, in English 7 Oct 19",
        "~BBC Mon AF1 AFEauosc 081019 ab",
    ], "2019-10-07", "Friday", "2019-10-04"),
    A("bbcm-factiva-form", [
        "Velora agency reports arrest of rebel commander",
        "~321 words",
        "~19 November 2015",
        "~BBC Monitoring Middle East",
        "~BBCMEP",
        "~English",
        "~(c) 2015 The British Broadcasting Corporation. All Rights Reserved.",
        "~Text of report by Velora state news agency VNA on 19 November",
        "Security forces arrested the rebel commander Brel Ostan in Tarvik yesterday, the agency said.",
        "~Document BBCMEP0020151119ebbj000xe",
    ], "2015-11-19", "yesterday", "2015-11-18"),
    # ------------------------------------------------------------------ ProQuest, NewsBank, PressReader
    A("proquest-citation-head", [
        "Velora rebels seize border town",
        "~Tal Venn. The Kessa Herald; Kessa [Kessa]. 27 Jan 2003: A.12.",
        "Rebels of the Orvan Front seized the border town of Gharo on Sunday, a military spokesman said.",
        "The government sent two battalions to the area.",
        "~Credit: By Tal Venn, Staff Writer",
        "~Publication title: The Kessa Herald; Kessa",
        "~Publication year: 2003",
        "~Publication date: Jan 27, 2003",
        "~Section: A",
        "~Source type: Newspapers",
        "~Language of publication: English",
        "~ProQuest document ID: 409432671",
        "~Document URL: https://search.example.com/docview/409432671?accountid=1234",
        "~Copyright: Copyright Kessa Herald Company Jan 27, 2003",
        "~Last updated: 2010-06-14",
        "~Database: Newspaper Archive Central",
    ], "2003-01-27", "Sunday", "2003-01-26"),
    A("proquest-historical", [
        "VELORA ARMY SEIZES GHARO",
        "~Special to The Kessa Times. Kessa Times (1923-Current file); Mar 4, 1951; Kessa Times pg. 12",
        "The Velora army seized the town of Gharo yesterday after two days of fighting.",
        "The rebels withdrew to the hills.",
    ], "1951-03-04", "yesterday", "1951-03-03"),
    A("proquest-foot-block", [
        "Floods kill 12 in northern Velora",
        "~Ora Lask",
        "Floods killed 12 people in the north of Velora on Monday, officials said.",
        "Rescue teams reached the village of Tarvik by boat.",
        "~Publication title: Kessa Herald",
        "~Publication date: Jun 12, 2001",
        "~Publication year: 2001",
        "~ProQuest document ID: 201336187",
        "~Last updated: 2017-11-20",
    ], "2001-06-12", "Monday", "2001-06-11"),
    A("newsbank-source-line", [
        "Velora court jails former minister",
        "~Kessa Herald (Velora) - September 14, 2011 - page A3",
        "~Author/Byline: Mara Dellen",
        "~Section: News",
        "~Readability: 8-9 grade level (Lexile: 1120L)",
        "A court in Kessa jailed the former interior minister Odo Venn for six years yesterday.",
        "~Record Number: 1109140112",
        "~Copyright 2011 Kessa Herald",
    ], "2011-09-14", "yesterday", "2011-09-13"),
    A("newsbank-caps-date", [
        "VELORA FREES PRISONERS",
        "~Kessa Times (Velora) - Tuesday, July 22, 2008",
        "~Author: Tal Venn",
        "~Edition: Final",
        "~Section: World",
        "~Page: A7",
        "Velora freed 40 political prisoners on Monday under an amnesty, the justice ministry said.",
        "~Copyright (c) 2008 Kessa Times",
    ], "2008-07-22", "Monday", "2008-07-21"),
    A("pressreader-dot-line", [
        "Velora budget passes",
        "~Kessa Herald \u00b7 4 Mar 2005 \u00b7 A12 \u00b7 Ona Stael",
        "Velora's parliament passed the budget yesterday after an all-night session.",
        "~Printed and distributed by PressReader",
        "~PressReader.com +1 604 278 4604",
        "~COPYRIGHT AND PROTECTED BY APPLICABLE LAW",
    ], "2005-03-04", "yesterday", "2005-03-03"),
    # ------------------------------------------------------------------ Google News RSS
    A("google-news-rss-pasted", [
        "Velora rebels seize border town - Kessa Herald",
        "~https://news.google.com/rss/articles/CBMiXWh0dHBzOi8vd3d3LmtlcnNhaGVyYWxkLmNvbQ?oc=5",
        "~Tue, 28 Jan 2003 09:14:00 GMT",
        "Rebels seized the border town of Gharo yesterday, the army said.",
        "~Kessa Herald",
    ], "2003-01-28", "yesterday", "2003-01-27"),
    A("google-news-rss-xml", [
        "~<item>",
        "<title>Velora central bank cuts rate - Kessa Times</title>",
        "~<link>https://news.google.com/rss/articles/CBMiS2h0dHBzOi8vd3d3Lmtlc3NhdGltZXM?oc=5</link>",
        "~<guid isPermaLink=\"false\">CBMiS2h0dHBzOi8vd3d3Lmtlc3NhdGltZXM</guid>",
        "~<pubDate>Mon, 07 Mar 2022 14:05:00 GMT</pubDate>",
        "<description>Velora's central bank cut its main rate on Friday, surprising analysts.</description>",
        "~<source url=\"https://www.kessatimes.example\">Kessa Times</source>",
        "~</item>",
    ], "2022-03-07", "Friday", "2022-03-04"),
    # ------------------------------------------------------------------ e-mail forwards
    A("outlook-forward-article-stamp", [
        "~-----Original Message-----",
        "~From: Ona Stael",
        "~Sent: Tuesday, January 28, 2003 9:14 AM",
        "~To: Tal Venn",
        "~Subject: FW: Velora rebels seize border town",
        "",
        "Velora rebels seize border town",
        "~January 27, 2003",
        "KESSA, Jan 27 (AFP) - Rebels seized the border town of Gharo on Sunday, a military spokesman said.",
        "The government sent two battalions to the area.",
    ], "2003-01-27", "Sunday", "2003-01-26"),
    A("gmail-forward-published-line", [
        "~---------- Forwarded message ---------",
        "~From: Mara Dellen <mara@example.org>",
        "~Date: Tue, Mar 9, 2021 at 9:14 AM",
        "~Subject: Velora parliament",
        "~To: <desk@example.org>",
        "",
        "Velora parliament dissolved",
        "~Published: 5 March 2021 16:12 GMT",
        "Velora's president dissolved parliament yesterday and called early elections.",
    ], "2021-03-05", "yesterday", "2021-03-04"),
    A("outlook-forward-sources", [
        "~From: Tal Venn",
        "~Sent: Wednesday, September 14, 2011 8:02 PM",
        "~To: Ila Marsh",
        "~Subject: court story",
        "",
        "A court in Kessa jailed the former interior minister Odo Venn for six years yesterday.",
        "He denied the charges of fraud.",
    ], "2011-09-14", "yesterday", "2011-09-13", "2011-09-14"),
    # ------------------------------------------------------------------ PDF to text
    A("pdf-running-heads", [
        "~Kessa Herald Monday, January 27, 2003 A12",
        "Velora rebels seize border town",
        "~By Tal Venn",
        "Rebels of the Orvan Front seized the border town of Gharo on Sunday, a military spokesman said.",
        "The government sent two battalions to the area, and the border",
        "~A12 Kessa Herald Monday, January 27, 2003",
        "crossing at Gharo was closed to traffic.",
        "~Page 2 of 3",
    ], "2003-01-27", "Sunday", "2003-01-26"),
    A("pdf-report-running-head-bar", [
        "~Velora Situation Report No. 12 | 5 March 2021",
        "~Page 1 of 4",
        "Highlights",
        "Fighting near Drova displaced 3,000 people yesterday, aid agencies said.",
        "Aid convoys reached Gharo for the first time since January.",
        "~Velora Situation Report No. 12 | 5 March 2021",
        "~2",
    ], "2021-03-05", "yesterday", "2021-03-04"),
    A("pdf-browser-print-header", [
        "~3/9/21, 9:14 AM Velora parliament dissolved | Kessa Times",
        "Velora parliament dissolved",
        "~March 5, 2021",
        "Velora's president dissolved parliament yesterday and called early elections.",
        "~https://www.kessatimes.example/velora/parliament-dissolved 1/2",
    ], "2021-03-05", "yesterday", "2021-03-04"),
    A("pdf-page-numbers-footer", [
        "Velora frees 40 prisoners",
        "~Kessa Times, 22 July 2008",
        "Velora freed 40 political prisoners on Monday under an amnesty, the justice ministry said.",
        "~- 1 -",
        "The opposition welcomed the move.",
        "~- 2 -",
    ], "2008-07-22", "Monday", "2008-07-21"),
    # ------------------------------------------------------------------ newsletter digests
    A("digest-issue-dated-items", [
        "~Velora Weekly Digest \u2014 Issue 112",
        "~Friday, March 5, 2021",
        "Army recaptures Gharo",
        "The army recaptured the town of Gharo on Wednesday, officials said.",
        "Budget passed",
        "Parliament passed the budget after a long debate, the speaker said.",
        "~You are receiving this because you subscribed to Velora Weekly.",
        "~\u00a9 2021 Velora Monitor",
    ], "2021-03-05", "Wednesday", "2021-03-03"),
    A("digest-source-lines", [
        "~Velora Daily Brief",
        "~Tuesday 9 March 2021",
        "Parliament dissolved",
        "Velora's president dissolved parliament on Monday and called early elections.",
        "~Kessa Times, 9 March 2021",
        "Drought in the south",
        "Drought has killed 4,000 cattle in the Gharo region, officials said.",
        "~Kessa Daily, 8 March 2021",
    ], "2021-03-09", "Monday", "2021-03-08"),
    A("digest-browser-unsubscribe", [
        "~View this email in your browser",
        "~THE VELORA MONITOR | 14 February 2017",
        "Talks resume in Orsk",
        "Velora and Marnia resumed talks in Orsk yesterday after a month's pause, diplomats said.",
        "~Unsubscribe | Update your preferences",
        "~Copyright \u00a9 2017 Velora Monitor, All rights reserved.",
    ], "2017-02-14", "yesterday", "2017-02-13"),
    A("digest-numbered-items", [
        "~Velora Security Update \u2013 26 April 1996",
        "~1. Drova",
        "Gunmen killed four soldiers near Drova on Thursday, the army said.",
        "~2. Tarvik",
        "Police arrested 30 suspects in raids in Tarvik, officials said.",
        "~Velora Security Update is published weekly.",
    ], "1996-04-26", "Thursday", "1996-04-25"),
]
# fmt: on


@pytest.mark.parametrize("lines,published,expr,value,sources", ARCHIVES)
def test_publication(request, lines, published, expr, value, sources):
    mark_open(request, OPEN, "publication")
    check_publication(lines, published, sources)


@pytest.mark.parametrize("lines,published,expr,value,sources", ARCHIVES)
def test_no_furniture_event(request, lines, published, expr, value, sources):
    mark_open(request, OPEN, "furniture")
    check_no_furniture_event(lines, sources)


@pytest.mark.parametrize("lines,published,expr,value,sources", ARCHIVES)
def test_relative_date(request, lines, published, expr, value, sources):
    mark_open(request, OPEN, "relative")
    check_relative_date(lines, expr, value, sources)


@pytest.mark.parametrize("lines,published,expr,value,sources", ARCHIVES)
def test_the_archives_own_calendar(lines, published, expr, value, sources):
    """The expected day is the one before publication ("yesterday") or the last such weekday up to it."""
    check_calendar(published, expr, value)


# Lines that look like an archive's furniture but are prose: their dates stay events.
@pytest.mark.parametrize(
    "line,date_text",
    [
        pytest.param("Talks resumed; March 4, 2005; no deal was reached in Orsk.", "March 4, 2005", id="semicolons"),
        pytest.param("Report by the commission on 3 March was delayed.", "3 March", id="report-sentence"),
        pytest.param("Dateline disputes ended on 3 March in Orsk, officials said.", "3 March", id="dateline-word"),
    ],
)
def test_prose_like_furniture_keeps_its_date(line, date_text):
    text = f"Velora talks\nMarch 9, 2005\n\n{line}\nThe ministers will meet again next week.\n"
    _text, _report, rows = _run((text,), None)
    assert date_text in [t for t, _v, _s in rows]


def test_a_memo_is_dated_by_its_mail_header_when_nothing_else_dates_it():
    """A mail header's date is furniture; with no article stamp under it, it is the text's own date (a memo)."""
    lines = (
        "~From: Velora Ministry of the Interior",
        "~Date: 5 March 2021",
        "~To: All governors",
        "~Subject: Curfew",
        "",
        "The curfew in Gharo starts tomorrow at 20:00.",
    )
    _text, report, rows = _run(lines, None)
    assert report.published == dt.date(2021, 3, 5)
    assert dict((t, v) for t, v, _s in rows)["tomorrow"] == "2021-03-06"
