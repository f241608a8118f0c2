"""Issue 9 (task dates46): pages of many outlets as they are pasted or saved as text, probed with invented documents.

Each document is page furniture (stamps, datelines, bylines, update lines, related links, copyright lines, slugs)
around two or three invented sentences of news with a relative date. For each the pipeline must give (a) the
publication date a careful reader of the page would give it (None where the page does not tell it), (b) no event
dated by the furniture, (c) the day of the news sentence's relative date counted from that publication.

Lines written with a leading "~" are furniture (the mark is taken off). Places, people and outlets' stories are
invented; every weekday was checked on a calendar (`test_the_probes_own_calendar` checks them again).
"""

from __future__ import annotations

import datetime as dt
import functools
import tempfile
from pathlib import Path

import pytest

from timeline.core.data import builtin
from timeline.core.yamldata import examples, read_yaml
from timeline.pipeline import extract, extract_texts


def _doc(*lines: str) -> str:
    return "\n".join(line.removeprefix("~") for line in lines) + "\n"


def _furniture(*lines: str) -> tuple[tuple[int, int], ...]:
    spans, at = [], 0
    for line in lines:
        text = line.removeprefix("~")
        if line.startswith("~"):
            spans.append((at, at + len(text)))
        at += len(text) + 1
    return tuple(spans)


def P(pid, lines, published, expr, value, sources=None):
    return pytest.param(tuple(lines), published, expr, value, sources, id=pid)


# Left open, by test and page: none now (dates54's numbered ministry heading and dates55's "Month DD/YYYY" dateline
# are read since tasks dates57 and dates56).
OPEN: dict[tuple[str, str], str] = {}


def mark_open(request: pytest.FixtureRequest, open_cases: dict[tuple[str, str], str], test: str) -> None:
    """Strictly xfail the running case when `open_cases` names (test, case id), with its reason."""
    reason = open_cases.get((test, request.node.callspec.id))
    if reason:
        request.applymarker(pytest.mark.xfail(strict=True, reason=reason))


# fmt: off
PAGES = [
    # ------------------------------------------------------------------ wires
    P("reuters-mdy-updated-ago", [
        "Velora rebels shell port city",
        "~March 4, 2021 / 10:12 AM / Updated 2 hours ago",
        "KESSA (Reuters) - Fighters of the Orvan Front shelled the port of Kessa on Monday, officials said.",
        "Two civilians were killed, the director of the port hospital said.",
        "~Reporting by Tal Venn; Editing by Ora Lask",
    ], "2021-03-04", "Monday", "2021-03-01"),
    P("reuters-dateline-no-year-stamp-next-day", [
        "~March 5, 2021",
        "KESSA, March 4 (Reuters) - The Velora government arrested 12 opposition members on Thursday, a minister said.",
        "Their lawyer Ona Stael said they were detained yesterday in Tarvik.",
    ], "2021-03-04", "yesterday", "2021-03-03"),
    P("afp-iso-stamp-related", [
        "~Published: 2022-10-11 14:32",
        "TARVIK, Velora, Oct 11 (AFP) - Protesters in Tarvik clashed with police yesterday, witnesses said.",
        "The interior minister Brel Ostan called for calm.",
        "~Related: Velora talks collapse (September 30, 2022)",
    ], "2022-10-11", "yesterday", "2022-10-10"),
    P("ap-updated-clock-zone-copyright", [
        "~Updated 3:14 PM GMT+1, April 6, 2022",
        "DROVA, Velora (AP) \u2014 Flooding forced 3,000 people from their homes in Drova on Tuesday, officials said.",
        "Rescue crews reached the town of Gharo overnight.",
        "~Copyright 2022 The Associated Press. All rights reserved.",
    ], "2022-04-06", "Tuesday", "2022-04-05"),
    P("xinhua-source-editor-story-day", [
        "~Source: Xinhua| 2021-04-23 03:15:41|Editor: huaxia",
        "KESSA, April 22 (Xinhua) -- Velora and Marnia signed a trade accord on Thursday, officials said.",
        "The two ministers met yesterday in the capital.",
    ], "2021-04-22", "yesterday", "2021-04-21"),
    P("efe-bracketed-region", [
        "~09/26/2022 14:05",
        "Drova (Velora), Sep 26 (EFE).- Gunmen killed four soldiers near Drova on Sunday, the army said.",
        "The attack was the third this month.",
    ], "2022-09-26", "Sunday", "2022-09-25"),
    P("dpa-dotted-stamp", [
        "~dpa international | 22.03.2023, 14:05",
        "Kessa (dpa) - Velora's parliament voted on Tuesday to extend the state of emergency.",
        "The opposition walked out of the chamber in protest.",
    ], "2023-03-22", "Tuesday", "2023-03-21"),
    P("ansa-agency-first-sources", [
        "(ANSA) - TARVIK, DEC 17 - Velora's premier Odo Venn resigned yesterday after a vote of no confidence.",
        "President Ila Marsh will name a successor next week.",
        "~ALL RIGHTS RESERVED \u00a9 Copyright ANSA",
    ], "2020-12-17", "yesterday", "2020-12-16", "2020-12-17"),
    # ANSA's English service writes the place in title case after its bracketed name: "(ANSA) - Rome, January 13 -".
    P("ansa-agency-first-title-case-place-sources", [
        "(ANSA) - Tarvik, January 13 - Velora's premier Odo Venn on Monday met Marnia's president in Tarvik.",
        "The two leaders will meet again in Kessa on Sunday.",
        "~ALL RIGHTS RESERVED \u00a9 Copyright ANSA",
    ], "2020-01-13", "Monday", "2020-01-13", "2020-01-13"),
    P("ansamed-agency-first-title-case-place", [
        "(ANSAmed) - Kessa, March 4 - Velora's coastguard rescued 60 migrants off Gharo yesterday, officials said.",
    ], "2021-03-04", "yesterday", "2021-03-03", "2021-03-04"),
    P("anadolu-bar-update", [
        "~Mara Dellen   |22.04.2021 - Update : 23.04.2021",
        "KESSA, Velora - Security forces detained 30 suspects in raids on Wednesday, the police said.",
        "The raids followed a bombing in Tarvik.",
    ], "2021-04-22", "Wednesday", "2021-04-21"),
    P("tass-slashes-sources", [
        "~5 JUN, 14:21",
        "KESSA, June 5. /TASS/. Velora's foreign minister Odo Venn said on Thursday that talks would resume.",
        "The delegations will meet in Orsk.",
    ], "2020-06-05", "Thursday", "2020-06-04", "2020-06-05"),
    P("kyodo-copyright-year", [
        "KESSA, Oct. 23 Kyodo - Velora and Marnia signed a border accord here Wednesday, officials said.",
        "The accord ends a dispute over the Gharo valley.",
        "~(C) 1991 Kyodo News Service",
    ], "1991-10-23", "Wednesday", "1991-10-23"),
    P("yonhap-end-related", [
        "~2021-03-05 16:42",
        "KESSA, March 5 (Yonhap) -- Velora test-fired two missiles on Thursday, the military said.",
        "~(END)",
        "~Related: Velora warns of new tests 2021/03/02",
    ], "2021-03-05", "Thursday", "2021-03-04"),
    P("pti-no-dash-updated-ist", [
        "~Updated: Jan 12, 2022 18:45 IST",
        "Tarvik, Jan 12 (PTI) Velora's army said on Tuesday it had killed three militants near Drova.",
        "A soldier was injured in the clash.",
    ], "2022-01-12", "Tuesday", "2022-01-11"),
    P("ians-ordinal-last-updated", [
        "~Last Updated: 09th February, 2023 14:02 IST",
        "Kessa, Feb 9 (IANS) Velora's election commission postponed the local polls yesterday.",
        "The opposition leader Ona Stael condemned the decision.",
    ], "2023-02-09", "yesterday", "2023-02-08"),
    P("aps-weekday-stamp-place-dash", [
        "~Monday, 14 November 2022 17:31",
        "KESSA- Velora's foreign minister Brel Ostan received the Marnian envoy on Sunday, the ministry said.",
        "The two discussed the border crossings.",
    ], "2022-11-14", "Sunday", "2022-11-13"),
    P("map-dmy-slash-dash", [
        "~15/03/2022 - 11:24",
        "Tarvik - Velora and Marnia agreed on Monday to reopen their border, the foreign ministry said.",
        "Trade across the border stopped in 2019.",
    ], "2022-03-15", "Monday", "2022-03-14"),
    P("wam-ordinal-year-dateline", [
        "KESSA, 7th March, 2022 (WAM) -- Velora's president Ila Marsh received the Marnian premier yesterday.",
        "They discussed trade and investment.",
    ], "2022-03-07", "yesterday", "2022-03-06"),
    P("spa-hijri-and-gregorian", [
        "Kessa, Rabi'II 12, 1443, Nov 17, 2021, SPA -- Velora's cabinet approved the budget on Tuesday.",
        "The budget raises spending on health.",
    ], "2021-11-17", "Tuesday", "2021-11-16"),
    P("kuna-ambiguous-stamp-wire-day", [
        "~05/01/2022 14:22",
        "KESSA, Jan 5 (KUNA) -- Velora's parliament elected Tal Orvane as its speaker on Tuesday.",
        "He won 40 of the 65 votes.",
    ], "2022-01-05", "Tuesday", "2022-01-04"),
    P("irna-news-id", [
        "~Jan 6, 2022, 3:45 PM",
        "~News ID: 84601234",
        "Tarvik, IRNA -- Velora's oil minister Odo Venn said on Wednesday that exports had doubled.",
        "He spoke at a conference in Tarvik.",
    ], "2022-01-06", "Wednesday", "2022-01-05"),
    P("bernama-same-both-ways-closing", [
        "~08/08/2021 05:14 PM",
        "KESSA, Aug 8 (Bernama) -- Velora's health ministry reported 900 new cases on Saturday.",
        "~-- BERNAMA",
    ], "2021-08-08", "Saturday", "2021-08-07"),
    P("pna-byline-stamp", [
        "~By Mara Dellen  August 9, 2021, 6:12 pm",
        "KESSA \u2013 Velora's coast guard rescued 14 fishermen off Gharo on Sunday, officials said.",
        "The fishermen had been missing for three days.",
    ], "2021-08-09", "Sunday", "2021-08-08"),
    P("apa-utc-offset", [
        "~10 March 2021 14:31 (UTC +04:00)",
        "Velora's defence minister Brel Ostan met his Marnian counterpart yesterday in Kessa.",
        "They signed a memorandum on military cooperation.",
    ], "2021-03-10", "yesterday", "2021-03-09"),
    P("aim-sources", [
        "Kessa, 12 Feb (AIM) - Velora's police arrested four men for the theft of fuel on Tuesday.",
        "The fuel was worth 2 million dollars, the police said.",
    ], "2020-02-12", "Tuesday", "2020-02-11", "2020-02-12"),
    P("pana-dmy-stamp", [
        "~14/07/2021",
        "Kessa, Velora (PANA) - Velora's president Ila Marsh dissolved the government on Monday.",
        "A new cabinet will be named within a week.",
    ], "2021-07-14", "Monday", "2021-07-12"),
    P("upi-foot-slug", [
        "KESSA, Velora -- Rebels of the Orvan Front attacked a convoy near Drova Sunday, killing six soldiers.",
        "The army said it had sent reinforcements.",
        "~UPI 07-07-91 11:58 PED",
    ], "1991-07-07", "Sunday", "1991-07-07"),
    P("irin-dateline-with-year", [
        "KESSA, 14 May 2012 (IRIN) - Aid agencies said on Saturday that 20,000 people had fled the fighting.",
        "Most are sheltering in schools in Tarvik.",
    ], "2012-05-14", "Saturday", "2012-05-12"),
    # ------------------------------------------------------------------ broadcasters
    P("bbc-published-on-its-own-line", [
        "~By Tal Orvane",
        "~BBC News, Kessa",
        "~Published",
        "~4 March 2021",
        "Velora's army seized the town of Gharo on Tuesday, its commanders said.",
        "Thousands of residents fled north.",
    ], "2021-03-04", "Tuesday", "2021-03-02"),
    P("bbc-hours-ago-sources", [
        "~Published",
        "~2 hours ago",
        "~Share",
        "Velora's former president Odo Venn was arrested yesterday in Tarvik, his lawyer said.",
        "He denies the charges.",
    ], "2022-05-10", "yesterday", "2022-05-09", "2022-05-10"),
    P("aljazeera-published-on-source", [
        "~Published On 12 Oct 2022",
        "Velora's ruling party won Tuesday's regional elections, the election commission said.",
        "Turnout was 54 percent.",
        "~Source: Al Jazeera and news agencies",
    ], "2022-10-12", "Tuesday", "2022-10-11"),
    P("cnn-updated-hhmm-gmt", [
        "~Updated 1245 GMT (2045 HKT) February 16, 2021",
        "Kessa, Velora (CNN) - Velora's prime minister announced on Monday that schools would reopen.",
        "Teachers' unions criticised the plan.",
    ], "2021-02-16", "Monday", "2021-02-15"),
    P("dw-date-author-related", [
        "~Date 17.05.2022",
        "~Author Mara Dellen (with Reuters, AFP)",
        "Velora's central bank raised its main interest rate yesterday, the third rise this year.",
        "~Related content: Velora's currency slumps 10.05.2022",
    ], "2022-05-17", "yesterday", "2022-05-16"),
    P("france24-issued-on", [
        "~Issued on: 21/06/2023 - 08:14",
        "Velora's opposition leader Ona Stael was released from prison on Tuesday, her party said.",
        "She had been held for two years.",
    ], "2023-06-21", "Tuesday", "2023-06-20"),
    P("rfi-ambiguous-stamp-with-evidence", [
        "~Published on: 03/10/2023 - 09:12",
        "Velora's army said on Monday it had retaken Gharo, a week after the rebels seized it on 25 September.",
        "Residents began to return.",
    ], "2023-10-03", "Monday", "2023-10-02"),
    P("rfi-ambiguous-stamp-no-evidence", [
        "~Published on: 04/05/2023 - 09:12",
        "Velora's army said on Monday it had retaken Gharo.",
        "Residents began to return.",
    ], None, "Monday", None),
    P("voa-leading-zero-day", [
        "~March 09, 2021 05:14 PM",
        "Velora's foreign ministry summoned the Marnian ambassador on Monday over a border shooting.",
        "Marnia denied involvement.",
    ], "2021-03-09", "Monday", "2021-03-08"),
    P("rferl-service-line", [
        "~RFE/RL's Velora Service  November 30, 2021",
        "A court in Kessa sentenced the journalist Tal Orvane to five years in prison yesterday.",
        "His lawyers said they would appeal.",
    ], "2021-11-30", "yesterday", "2021-11-29"),
    P("sky-weekday-clock-uk", [
        "~Tuesday 7 June 2022 12:41, UK",
        "Velora's navy seized a tanker off Gharo on Monday, officials said.",
        "The crew of 20 was detained.",
    ], "2022-06-07", "Monday", "2022-06-06"),
    P("nhk-jst", [
        "~Mar. 5, 2021 10:21 JST",
        "Velora's government said on Thursday it would lift its travel restrictions.",
        "The restrictions have been in place since last year.",
    ], "2021-03-05", "Thursday", "2021-03-04"),
    # ------------------------------------------------------------------ papers and sites
    P("guardian-last-modified", [
        "~Tal Orvane in Kessa",
        "~Wed 3 Mar 2021 18.02 GMT",
        "~Last modified on Thu 4 Mar 2021 09.10 GMT",
        "Velora's president Ila Marsh sacked her defence minister on Monday, her office said.",
        "The minister had been accused of corruption.",
    ], "2021-03-03", "Monday", "2021-03-01"),
    P("guardian-first-published", [
        "~Mara Dellen",
        "~First published on Mon 1 Feb 2021 14.00 GMT",
        "Velora's army took power yesterday and detained the president, witnesses said.",
        "Soldiers blocked the roads into Kessa.",
    ], "2021-02-01", "yesterday", "2021-01-31"),
    P("guardian-archive-warning", [
        "~This article is more than 3 years old",
        "~Tal Orvane",
        "~Thu 14 Nov 2019 17.30 GMT",
        "Velora's parliament passed the new press law on Wednesday despite protests.",
        "Journalists marched to the parliament in Kessa.",
    ], "2019-11-14", "Wednesday", "2019-11-13"),
    P("independent-weekday-bst", [
        "~Mara Dellen",
        "~Tuesday 13 April 2021 09:12 BST",
        "Velora's opposition held its largest rally in years on Sunday, organisers said.",
        "Police estimated the crowd at 40,000.",
    ], "2021-04-13", "Sunday", "2021-04-11"),
    P("telegraph-bullet-clock", [
        "~By Tal Orvane, Kessa 13 April 2021 \u2022 5:47pm",
        "Velora's prime minister survived a vote of confidence yesterday by three votes.",
        "~Related Topics",
    ], "2021-04-13", "yesterday", "2021-04-12"),
    P("nyt-print-line", [
        "~By Mara Dellen",
        "~March 3, 2021",
        "~Updated 6:12 p.m. ET",
        "Velora's supreme court annulled the election result on Tuesday, ordering a new vote.",
        "~A version of this article appears in print on March 4, 2021, Section A, Page 10 of the New York "
        "edition with the headline: Velora Court Annuls Vote.",
    ], "2021-03-03", "Tuesday", "2021-03-02"),
    P("wapo-at-clock-est", [
        "~March 3, 2021 at 6:12 p.m. EST",
        "Velora's president Ila Marsh pardoned 300 prisoners yesterday, her office said.",
        "Most had been jailed after the protests.",
    ], "2021-03-03", "yesterday", "2021-03-02"),
    P("lemonde-published-updated-paris", [
        "~Published on March 3, 2021, at 6:12 pm (Paris), updated at 7:02 pm",
        "Velora's government resigned on Monday after weeks of protests.",
        "The president asked it to stay on until a new one is formed.",
    ], "2021-03-03", "Monday", "2021-03-01"),
    P("times-of-israel-byline-stamp", [
        "~By Tal Orvane 3 March 2021, 6:12 pm",
        "Velora's foreign minister Brel Ostan visited Kessa's old city on Tuesday.",
        "He met the city's mayor.",
    ], "2021-03-03", "Tuesday", "2021-03-02"),
    P("haaretz-dotted-ambiguous-weekday-evidence", [
        "~Mara Dellen",
        "~04.03.2021 | 18:12",
        "Velora's army said on Wednesday it had struck a weapons depot near Gharo.",
        "The army spokesman gave no details.",
    ], "2021-03-04", "Wednesday", "2021-03-03"),
    P("arab-news-updated-and-agency", [
        "~Updated 05 March 2021",
        "~AFP",
        "~March 05, 2021 18:12",
        "Velora's coalition said on Thursday it had intercepted a drone over Tarvik.",
        "No one was hurt.",
    ], "2021-03-05", "Thursday", "2021-03-04"),
    P("the-national-updated-next-day", [
        "~Mara Dellen",
        "~Jun 17, 2022",
        "~Updated: June 18, 2022, 7:12 AM",
        "Velora's oil minister said yesterday that output would rise in July.",
        "Prices fell after the announcement.",
    ], "2022-06-17", "yesterday", "2022-06-16"),
    P("gulf-news-colon-place", [
        "~Published: June 17, 2022 18:12",
        "~Last updated: June 18, 2022 07:12",
        "Kessa: Velora's interior ministry said on Thursday that 40 smugglers had been arrested.",
        "The arrests were made near Gharo.",
    ], "2022-06-17", "Thursday", "2022-06-16"),
    P("daily-star-lebanon-bar-agency", [
        "~Jun. 17, 2022 | 12:12 PM",
        "~Agence France Presse",
        "KESSA, Velora: Velora's caretaker premier met the central bank governor yesterday.",
        "They discussed the currency's collapse.",
    ], "2022-06-17", "yesterday", "2022-06-16"),
    P("ahram-comma-weekday", [
        "~Ahram Online , Friday 17 Jun 2022",
        "Velora's foreign minister Brel Ostan arrived in Kessa on Thursday for talks.",
        "He will meet the president on Saturday.",
    ], "2022-06-17", "Thursday", "2022-06-16"),
    P("daily-nation-no-comma", [
        "~Kessa",
        "~Friday June 17 2022",
        "Velora's electoral commission cleared four candidates on Wednesday.",
        "Two were rejected over their papers.",
    ], "2022-06-17", "Wednesday", "2022-06-15"),
    P("premium-times-related-dates", [
        "~June 17, 2022",
        "~By Mara Dellen",
        "Gunmen abducted 20 travellers on the Kessa-Tarvik road on Thursday, the police said.",
        "~Related: Gunmen kill 12 in Drova  June 10, 2022",
        "~Related: Police rescue 8 hostages  June 2, 2022",
    ], "2022-06-17", "Thursday", "2022-06-16"),
    P("east-african-saturday", [
        "~Saturday June 18 2022",
        "Velora and Marnia opened a new border post at Gharo on Friday.",
        "Traders welcomed the move.",
    ], "2022-06-18", "Friday", "2022-06-17"),
    P("dawn-colon-dateline-paper-next-day", [
        "~Published June 18, 2022",
        "KESSA, June 17: Velora's finance minister presented the budget on Thursday, officials said.",
        "It raises taxes on fuel.",
    ], "2022-06-17", "Thursday", "2022-06-16"),
    P("the-hindu-published-dash", [
        "~Published - June 17, 2022 10:12 pm IST",
        "~Updated - June 18, 2022 07:12 am IST",
        "Velora's police arrested 15 protesters in Kessa yesterday, officials said.",
    ], "2022-06-17", "yesterday", "2022-06-16"),
    P("kathmandu-post-at-colon", [
        "~Published at : June 17, 2022",
        "~Updated at : June 18, 2022 07:12",
        "Velora's Supreme Court ordered the release of three journalists on Thursday.",
    ], "2022-06-17", "Thursday", "2022-06-16"),
    P("jakarta-post-bullet-weekday", [
        "~Kessa   \u25cf   Fri, June 17, 2022",
        "Velora's parliament passed the mining bill yesterday after a heated debate.",
        "Environmental groups said they would challenge it.",
    ], "2022-06-17", "yesterday", "2022-06-16"),
    P("straits-times-sgt", [
        "~Published Jun 17, 2022, 6:12 pm SGT",
        "Velora's navy said on Thursday it had tracked a foreign submarine near Gharo.",
    ], "2022-06-17", "Thursday", "2022-06-16"),
    P("bangkok-post-upper-label", [
        "~PUBLISHED : 17 Jun 2022 at 18:12",
        "~WRITER: Mara Dellen",
        "Velora's army chief Odo Venn met protest leaders yesterday in Kessa.",
    ], "2022-06-17", "yesterday", "2022-06-16"),
    P("kyiv-independent-read-time", [
        "~June 17, 2022 6:12 PM 2 min read",
        "Velora's air defence shot down four drones over Tarvik on Thursday, the military said.",
    ], "2022-06-17", "Thursday", "2022-06-16"),
    P("moscow-times-read-more", [
        "~June 17, 2022",
        "A court in Tarvik jailed the activist Ona Stael for seven years on Thursday.",
        "~Read more: Velora's envoy resigns (June 2, 2022)",
    ], "2022-06-17", "Thursday", "2022-06-16"),
    P("balkan-insight-glued-year-clock", [
        "~Mara Dellen",
        "~BIRN",
        "~Kessa",
        "~June 17, 202218:12",
        "Velora's parliament elected a new government on Thursday after six months of talks.",
    ], "2022-06-17", "Thursday", "2022-06-16"),
    P("politico-cet-updated", [
        "~June 17, 2022 6:12 pm CET",
        "~Updated June 18, 2022 8:10 am",
        "~Press play to listen to this article",
        "Velora's prime minister told EU leaders on Thursday that reforms would take a year.",
    ], "2022-06-17", "Thursday", "2022-06-16"),
    P("euobserver-dotted-day", [
        "~By Mara Dellen, Brussels, 17. Jun 2022, 18:12",
        "EU ministers agreed yesterday to open accession talks with Velora.",
    ], "2022-06-17", "yesterday", "2022-06-16"),
    P("devex-double-slash", [
        "~By Mara Dellen // 17 June 2022",
        "Velora's health ministry launched a vaccination campaign in Gharo on Thursday.",
    ], "2022-06-17", "Thursday", "2022-06-16"),
    P("reliefweb-posted-and-originally-published", [
        "~Format News and Press Release",
        "~Source UN OCHA",
        "~Posted 18 Jun 2022",
        "~Originally published 17 Jun 2022",
        "Floods displaced 12,000 people in Velora's Gharo province yesterday, according to local officials.",
    ], "2022-06-17", "yesterday", "2022-06-16"),
    P("un-news-topic-line", [
        "~17 June 2022",
        "~Peace and Security",
        "The UN envoy for Velora, Tal Orvane, told the Security Council on Thursday that the truce was holding.",
    ], "2022-06-17", "Thursday", "2022-06-16"),
    # ------------------------------------------------------------------ forms across outlets
    P("numeric-mdy-slash-no-evidence", [
        "~03/04/2020",
        "Velora's army said yesterday it had repelled an attack near Gharo.",
    ], None, "yesterday", None),
    P("iso-t-z-saved-page", [
        "~2022-06-17T18:12:00Z",
        "Velora's president Ila Marsh signed the amnesty law on Thursday.",
    ], "2022-06-17", "Thursday", "2022-06-16"),
    P("weekday-only-dateline-sources", [
        "KESSA, Velora, Thursday (AFP) - Velora's police fired tear gas at protesters yesterday, witnesses said.",
        "Dozens were arrested.",
    ], "2022-06-16", "yesterday", "2022-06-15", "2022-06-17"),
    # A Sunday paper's correspondent: the place and the weekday alone on their line, the paper dated a day later.
    P("weekday-only-dateline-own-line-sunday-paper", [
        "Velora's factions sign truce",
        "~KESSA, Saturday",
        "The leaders of Velora's four factions signed a truce this evening. Yesterday the council met in Orsk.",
    ], "2022-06-18", "Yesterday", "2022-06-17", "2022-06-19"),
    # allAfrica: the source paper's name and date line, then its own "Posted to the web" line.
    P("allafrica-posted-to-the-web", [
        "Velora: Truce Signed in Kessa",
        "The Kessa Herald",
        "~13 June 2006",
        "~Posted to the web 13 June 2006",
        "Velora's president Ila Marsh signed the truce with the rebels yesterday.",
    ], "2006-06-13", "yesterday", "2006-06-12"),
    P("dateline-no-year-sources-same-day", [
        "TARVIK, June 17 (Reuters) - Velora's central bank cut its main rate on Thursday.",
        "Analysts had expected the cut.",
    ], "2022-06-17", "Thursday", "2022-06-16", "2022-06-17"),
    P("byline-with-date-correspondent", [
        "~By Mara Dellen, Kessa correspondent, 17 June 2022",
        "Velora's miners ended their strike yesterday after a pay deal.",
    ], "2022-06-17", "yesterday", "2022-06-16"),
    P("site-copyright-later-year", [
        "~June 17, 2022",
        "Velora's parliament approved the new constitution on Thursday.",
        "~\u00a9 2024 Velora Times. All rights reserved.",
    ], "2022-06-17", "Thursday", "2022-06-16"),
    P("last-updated-only", [
        "~Last updated: 18 June 2022",
        "Velora's president Ila Marsh left for Orsk yesterday on a state visit.",
    ], None, "yesterday", None),
    P("posted-on-by-admin", [
        "~Posted on June 17, 2022 by admin",
        "Velora's army said it had killed the rebel commander Odo Venn on Thursday.",
    ], "2022-06-17", "Thursday", "2022-06-16"),
    P("dashed-dmy-with-clock", [
        "~17-06-2022 18:12",
        "Velora's rebels freed 30 hostages yesterday, the Red Crescent said.",
    ], "2022-06-17", "yesterday", "2022-06-16"),
    P("weekday-month-day-year-stamp-last-line", [
        "Velora's cabinet approved the new fuel subsidies on Thursday, the government spokesman said.",
        "The subsidies take effect next month.",
        "~Friday, June 17, 2022",
    ], "2022-06-17", "Thursday", "2022-06-16"),
    # ------------------------------------------------------------------ a second family: more stamp forms
    P("drupal-posted-weekday-numeric", [
        "~Posted: Tue, 03/09/2021 - 10:15",
        "Velora's army said on Monday it had cleared the road to Gharo of mines.",
    ], "2021-03-09", "Monday", "2021-03-08"),
    P("kuna-weekday-numeric", [
        "~Tuesday, 09/03/2021",
        "KESSA, March 9 (KUNA) -- Velora's emir received the Marnian envoy yesterday.",
    ], "2021-03-09", "yesterday", "2021-03-08"),
    P("day-month-dash-clock", [
        "~09 Mar 2021 - 10:15 AM",
        "Velora's cabinet approved the new electoral law on Monday, ministers said.",
    ], "2021-03-09", "Monday", "2021-03-08"),
    P("iso-slashes-clock", [
        "~2019/09/17 10:15",
        "Velora's customs seized 2 tonnes of drugs at the port of Kessa yesterday.",
    ], "2019-09-17", "yesterday", "2019-09-16"),
    P("month-ordinal-comma-year", [
        "~Sep 17th, 2019",
        "Velora's opposition boycotted parliament on Monday over the budget.",
    ], "2019-09-17", "Monday", "2019-09-16"),
    P("weekday-ordinal-day-month-year", [
        "~Tuesday, 17th September 2019",
        "Velora's interior minister resigned yesterday after the prison break.",
    ], "2019-09-17", "yesterday", "2019-09-16"),
    P("day-month-comma-year-bar-clock", [
        "~17 September, 2019 | 10:15 am",
        "Velora's rebels shot down an army helicopter near Drova on Monday.",
    ], "2019-09-17", "Monday", "2019-09-16"),
    P("month-day-year-no-comma-et", [
        "~September 17 2019, 10:15 AM ET",
        "Velora's parliament approved the peace accord yesterday by 80 votes to 12.",
    ], "2019-09-17", "yesterday", "2019-09-16"),
    P("date-label-day-mon-year-dashes", [
        "~Date: 17-Sep-2019",
        "Velora's navy intercepted three smuggling boats on Monday, it said.",
    ], "2019-09-17", "Monday", "2019-09-16"),
    # A page's only stamp an update with no weekday of its day named: no publication day (as "last-updated-only").
    P("old-bbc-page-last-updated", [
        "~Page last updated at 10:15 GMT, Tuesday, 25 February 2020",
        "Velora's president Ila Marsh dissolved parliament yesterday, calling early elections.",
    ], None, "yesterday", None),
    P("published-weekday-clock-after", [
        "~Published: Tuesday 25 February 2020, 10:15 am",
        "Gunmen attacked a police post near Gharo on Monday, killing two officers.",
    ], "2020-02-25", "Monday", "2020-02-24"),
    P("reuters-standards-footer", [
        "KESSA, Feb 25 (Reuters) - Velora's central bank kept its rate unchanged on Tuesday.",
        "It cut the rate yesterday in a surprise move, analysts noted.",
        "~Our Standards: The Thomson Reuters Trust Principles.",
    ], "2020-02-25", "yesterday", "2020-02-24", "2020-02-25"),
    P("read-more-iso-dates", [
        "~February 25, 2020",
        "Velora's foreign minister Brel Ostan met the Marnian envoy on Monday in Kessa.",
        "~Read more: Velora recalls its ambassador (2020-02-18)",
        "~Read more: Marnia closes border (2020-02-11)",
    ], "2020-02-25", "Monday", "2020-02-24"),
    P("photo-credit-dated", [
        "~Photo: Tal Orvane / AFP, 24 February 2020",
        "~February 25, 2020",
        "Velora's police dispersed protesters in Kessa with tear gas yesterday.",
    ], "2020-02-25", "yesterday", "2020-02-24"),
    P("updated-and-first-published-one-line", [
        "~Updated on 26 Feb 2020 | First published on 25 Feb 2020",
        "Velora's election commission announced the results on Monday.",
    ], "2020-02-25", "Monday", "2020-02-24"),
    P("copyright-wire-year-alone", [
        "~February 25, 2020",
        "Velora's rebels freed two aid workers on Monday, the Red Cross said.",
        "~(Editing by Ora Lask)",
        "~\u00a9 Thomson Reuters 2020",
    ], "2020-02-25", "Monday", "2020-02-24"),
    P("updated-minutes-ago-line", [
        "~Updated 45 minutes ago",
        "Velora's defence ministry said yesterday it had ordered 12 new jets.",
    ], "2023-08-08", "yesterday", "2023-08-07", "2023-08-08"),
    P("two-digit-year-ambiguous", [
        "~08/07/23",
        "Velora's army said yesterday it had shot down a drone over Tarvik.",
    ], None, "yesterday", None),
    P("two-digit-year-order-sure", [
        "~28/07/98",
        "Velora's army said yesterday it had shot down a drone over Tarvik.",
    ], "1998-07-28", "yesterday", "1998-07-27"),
    P("xinhua-editor-first", [
        "~Editor: Liu Ming  2023-08-08 17:12:01",
        "KESSA, Aug. 8 (Xinhua) -- Velora's president met the Marnian premier on Monday, officials said.",
    ], "2023-08-08", "Monday", "2023-08-07"),
    P("irna-comma-agency-dashes", [
        "Tarvik, Aug 8, IRNA -- Velora's oil minister said on Monday that exports rose in July.",
    ], "2023-08-08", "Monday", "2023-08-07", "2023-08-08"),
    P("bernama-no-agency-dateline", [
        "~08/08/2023 05:14 PM",
        "KESSA, Aug 8 -- Velora's health ministry said yesterday that the outbreak was under control.",
    ], "2023-08-08", "yesterday", "2023-08-07"),
    P("toi-tnn-updated", [
        "~TNN | Updated: Aug 8, 2023, 10:15 IST",
        "KESSA: Velora's police arrested 14 people over Monday's riots in Tarvik.",
    ], "2023-08-08", "Monday", "2023-08-07"),
    P("last-updated-space-colon-am-ist", [
        "~Last Updated : 08 Aug 2023 10:15 AM IST",
        "Velora's supreme court adjourned the hearing on Monday.",
    ], "2023-08-08", "Monday", "2023-08-07"),
    # The same day read either way.
    P("apa-dotted-brackets-clock", [
        "~08.08.2023 [10:15]",
        "Velora's foreign ministry protested yesterday to the Marnian embassy.",
    ], "2023-08-08", "yesterday", "2023-08-07"),
    P("pana-seconds", [
        "~16 January 2024 10:15:00",
        "Kessa, Velora (PANA) - Velora's ruling party chose Odo Venn as its candidate on Monday.",
    ], "2024-01-16", "Monday", "2024-01-15"),
    P("reliefweb-origin-view", [
        "~Published 16 Jan 2024",
        "~Origin View original",
        "Aid agencies reported yesterday that 3,000 families had fled Gharo.",
    ], "2024-01-16", "yesterday", "2024-01-15"),
    P("haaretz-dotted-ambiguous-no-evidence", [
        "~Published on 05.01.2024",
        "Velora's army said it had struck a weapons depot yesterday.",
    ], None, "yesterday", None),
    P("dawn-caps-colon-no-date", [
        "~Published January 16, 2024",
        "KESSA: Velora's finance ministry raised fuel prices on Monday.",
    ], "2024-01-16", "Monday", "2024-01-15"),
    P("ap-byline-caps-date-line", [
        "~By MARA DELLEN",
        "~May 21, 2024",
        "KESSA, Velora (AP) \u2014 Velora's parliament impeached the president on Monday.",
    ], "2024-05-21", "Monday", "2024-05-20"),
    P("stamp-days-ago-line", [
        "~3 days ago",
        "Velora's army recaptured the town of Gharo on Monday, officials said.",
    ], "2024-05-21", "Monday", "2024-05-20", "2024-05-21"),
    P("foot-stamp-iso", [
        "Velora's president Ila Marsh named a new prime minister yesterday.",
        "He is the fourth in two years.",
        "~2018-11-27",
    ], "2018-11-27", "yesterday", "2018-11-26"),
    # A stamp written as a sentence (swissinfo's "This content was published on ..."), its clock after a dash and the
    # agency's credit under it; an aggregator's "originally published" sentence; an update sentence under it.
    P("stamp-as-sentence-content-was-published", [
        "Velora talks open in Kessa despite boycott",
        "~This content was published on March 3, 2021 - 18:05",
        "~Kessa-SDA/Reuters/sb",
        "Talks between Velora's rivals opened in Kessa on Wednesday. The Orvan Front said on Monday it would stay out.",
    ], "2021-03-03", "Monday", "2021-03-01"),
    P("stamp-as-sentence-originally-published", [
        "Floods in Gharo",
        "~This article was originally published on 16 June 2022",
        "Floods displaced 3,000 people in Gharo yesterday, officials said.",
    ], "2022-06-16", "yesterday", "2022-06-15"),
    P("stamp-as-sentence-first-then-updated", [
        "Velora court frees editor",
        "~This article was first published on June 15, 2022",
        "~This page was last updated on June 17, 2022 at 9:10 am",
        "A court in Kessa freed the editor Ona Stael on Monday.",
    ], "2022-06-15", "Monday", "2022-06-13"),
    P("date-created-label-words", [
        "Velora army retakes Gharo",
        "~Date created : 24/02/2021 - 18:05",
        "The army retook Gharo on Monday, officials said.",
    ], "2021-02-24", "Monday", "2021-02-22"),
    # The same words opening a sentence of news are prose: the page's date is its stamp's, the sentence's date an event.
    P("stamp-as-sentence-trap-prose", [
        "Velora paper closed",
        "~March 5, 2021",
        "This article was written in Kessa on March 3, 2021, the editor Tal Venn said on Thursday.",
    ], "2021-03-05", "Thursday", "2021-03-04"),
    # Egypt Today: a weekday stamp with a full stop after the month, a capitals place, a dash, the date and a colon.
    P("egypt-today-dash-dated-colon", [
        "Velora's president receives Marnian envoy",
        "~Thu, Feb. 18, 2021",
        "~By Ona Stael",
        "KESSA \u2013 18 February 2021: President Tal Venn received on Thursday the Marnian envoy Odo Brel.",
        "The envoy arrived in Kessa on Monday, the presidency said.",
    ], "2021-02-18", "Monday", "2021-02-15"),
    P("dash-dated-colon-alone-dates-the-page", [
        "Velora's president receives Marnian envoy",
        "KESSA \u2013 18 February 2021: President Tal Venn received the Marnian envoy Odo Brel.",
        "The envoy arrived in Kessa on Monday, the presidency said.",
    ], "2021-02-18", "Monday", "2021-02-15"),
    # A press office's release headed by its kind in sentence case and the day (page_furniture.yaml's stamp_leads).
    P("press-release-bar-stamp", [
        "Velora ministry welcomes truce",
        "~Press release | 26 February 2020",
        "The Velora foreign ministry welcomed on Wednesday the truce signed in Kessa on Tuesday.",
    ], "2020-02-26", "Tuesday", "2020-02-25"),
    P("news-release-dash-numeric-stamp", [
        "Velora ministry welcomes truce",
        "~News release - 26/02/2020",
        "The Velora foreign ministry welcomed the truce signed in Kessa on Tuesday.",
    ], "2020-02-26", "Tuesday", "2020-02-25"),
    # The release's kind in a sentence is prose: its date an event, the page dated by its own stamp.
    P("press-release-in-prose-trap", [
        "Velora ministry welcomes truce",
        "~March 5, 2020",
        "The press release of 26 February 2020 said the truce signed in Kessa on Tuesday held.",
    ], "2020-03-05", "Tuesday", "2020-03-03"),
    P("correction-line-at-foot", [
        "~November 27, 2018",
        "Velora's army chief Odo Venn met rebel leaders on Monday in Orsk.",
        "~Correction: An earlier version of this story misspelt the army chief's name.",
    ], "2018-11-27", "Monday", "2018-11-26"),
    # ---------------------------------------- official statements and Libya-focused outlets (task dates54)
    P("un-news-date-and-topic-one-line", [
        "~14 March 2023 Humanitarian Aid",
        "The UN refugee agency said on Monday that 4,000 people had fled Gharo since the floods.",
        "Aid convoys reached the town of Drova overnight.",
    ], "2023-03-14", "Monday", "2023-03-13"),
    P("un-mission-statement-dateline-dash", [
        "~UNMIV statement on the clashes in Kessa",
        "~14 March 2023",
        "Kessa, 14 March 2023 - The UN Mission in Velora (UNMIV) is alarmed by the clashes in Kessa on Monday.",
        "The Mission calls on all parties to respect the truce.",
    ], "2023-03-14", "Monday", "2023-03-13"),
    P("un-security-council-press-statement", [
        "~SC/15213",
        "~14 March 2023",
        "~Press Release",
        "Security Council Press Statement on Velora",
        "The members of the Security Council condemned the attack on a polling station in Gharo on Monday.",
        "They expressed their condolences to the families of the victims.",
    ], "2023-03-14", "Monday", "2023-03-13"),
    P("un-secretary-general-statement-symbol", [
        "~SG/SM/21734",
        "~17 May 2023",
        "Statement attributable to the Spokesperson for the Secretary-General on Velora",
        "The Secretary-General is deeply concerned by the fighting that erupted in Drova yesterday.",
    ], "2023-05-17", "yesterday", "2023-05-16"),
    P("reliefweb-colon-labels", [
        "~Source: UN OCHA",
        "~Posted: 18 Jun 2024",
        "~Originally published: 17 Jun 2024",
        "~Origin: View original",
        "Floods displaced 9,000 people in Velora's Gharo district yesterday, local officials said.",
    ], "2024-06-17", "yesterday", "2024-06-16"),
    P("reliefweb-labels-on-own-lines", [
        "~News and Press Release",
        "~Source",
        "~UNICEF",
        "~Posted",
        "~18 Jun 2024",
        "~Originally published",
        "~17 Jun 2024",
        "Floods displaced 9,000 people in Velora's Gharo district yesterday, local officials said.",
    ], "2024-06-17", "yesterday", "2024-06-16"),
    P("eeas-spokesperson-numeric-unique-id", [
        "~Velora: Statement by the Spokesperson on the latest clashes",
        "~14.03.2023",
        "~Brussels, 14/03/2023 - 16:05",
        "~UNIQUE ID: 230314_11",
        "The European Union condemns the shelling of Kessa on Monday, which killed at least nine civilians.",
    ], "2023-03-14", "Monday", "2023-03-13"),
    P("state-department-press-statement", [
        "~PRESS STATEMENT",
        "~Tal Venn, Department Spokesperson",
        "~March 14, 2023",
        "The United States condemns the attack on the Gharo oil terminal on Monday.",
        "We call on all parties to return to talks.",
    ], "2023-03-14", "Monday", "2023-03-13"),
    P("state-department-readout-caps", [
        "~READOUT",
        "~OFFICE OF THE SPOKESPERSON",
        "~MAY 17, 2023",
        "Secretary Ona Stael spoke yesterday with Velora's Prime Minister Brel Ostan about the election timetable.",
    ], "2023-05-17", "yesterday", "2023-05-16"),
    P("gov-uk-from-published-last-updated", [
        "~Press release",
        "~Velora: joint statement on the Gharo clashes",
        "~From: Foreign Office and Lord Tal Venn",
        "~Published 14 March 2023",
        "~Last updated 15 March 2023 \u2014 See all updates",
        "We condemn the clashes in Gharo on Monday and call for restraint.",
    ], "2023-03-14", "Monday", "2023-03-13"),
    P("foreign-ministry-no-date-heading", [
        "~No: 75, 14 March 2023, Press Release Regarding the Attack in Velora",
        "We learned with sorrow that a bomb killed 12 people in Kessa on Monday.",
        "We convey our condolences to the people of Velora.",
    ], "2023-03-14", "Monday", "2023-03-13"),
    P("foreign-ministry-date-type-labels", [
        "~Date: 14/03/2023",
        "~Type: Press Release",
        "Minister Ona Stael received Velora's foreign minister Brel Ostan in Kessa on Monday.",
    ], "2023-03-14", "Monday", "2023-03-13"),
    P("kremlin-transcript-clock-own-line", [
        "~President of Marnia",
        "~March 14, 2023",
        "~16:05",
        "~The Kremlin, Orsk",
        "Talks with President of Velora Brel Ostan began on Monday, the presidential press service said.",
    ], "2023-03-14", "Monday", "2023-03-13"),
    P("foreign-ministry-spokeswoman-clock-after", [
        "~17 May 2023 16:05",
        "Foreign Ministry Spokeswoman Ona Stael's answer to a media question",
        "The ministry noted that the Velora talks in Orsk were suspended yesterday.",
    ], "2023-05-17", "yesterday", "2023-05-16"),
    P("libya-herald-byline-colon-dateline", [
        "~By Tal Venn.",
        "~Kessa, 14 March 2023:",
        "The Presidential Council met the army chief Odo Venn on Monday in Kessa.",
        "They discussed unifying the army.",
    ], "2023-03-14", "Monday", "2023-03-13"),
    P("libya-observer-weekday-dmy-clock", [
        "~Tuesday, 14 March 2023 16:05",
        "The Velora Audit Bureau said on Monday that 40 officials were under investigation.",
    ], "2023-03-14", "Monday", "2023-03-13"),
    P("libya-review-by-outlet-date", [
        "~By Velora Review",
        "~March 14, 2023",
        "~0",
        "The Velora National Oil Company announced on Monday that production had resumed at the Gharo field.",
    ], "2023-03-14", "Monday", "2023-03-13"),
    P("al-wasat-place-outlet-weekday-clock", [
        "~Kessa - Al-Wasat Tuesday 14 March 2023, 04:05 PM",
        "The House of Representatives postponed its session on Monday, a spokesman said.",
    ], "2023-03-14", "Monday", "2023-03-13"),
    P("news-outlet-digits-bar-date", [
        "~218News | 14 Mar 2023",
        "The Velora election commission said on Monday that 2.8 million voters had registered.",
    ], "2023-03-14", "Monday", "2023-03-13"),
    P("libyan-express-last-updated-wordpress", [
        "~By Velora Express Last updated Mar 14, 2023",
        "~0 1 minute read",
        "Gunmen kidnapped a municipal official in Drova on Monday, his family said.",
    ], "2023-03-14", "Monday", "2023-03-13"),
    P("asharq-hijri-ah-gregorian-ad", [
        "~Tuesday, 22 Sha'ban, 1444 AH - 14 March 2023 AD",
        "~Kessa: Tal Venn",
        "Velora's rival governments exchanged accusations on Monday over the Gharo budget.",
    ], "2023-03-14", "Monday", "2023-03-13"),
    P("the-national-published-updated-clock", [
        "~Published: May 17, 2023, 4:05 PM",
        "~Updated: May 18, 2023, 7:12 AM",
        "Velora's central bank governor said yesterday that reserves had risen.",
    ], "2023-05-17", "yesterday", "2023-05-16"),
    P("arab-weekly-weekday-numeric", [
        "~Tuesday 14/03/2023",
        "Kessa - Velora's parliament approved a new election law on Monday after months of delay.",
    ], "2023-03-14", "Monday", "2023-03-13"),
    P("al-monitor-byline-date-summary", [
        "~Tal Venn",
        "~March 14, 2023",
        "~Article Summary",
        "Velora's parliament speaker visited Orsk on Monday, seeking support for a unity government.",
    ], "2023-03-14", "Monday", "2023-03-13"),
    P("middle-east-eye-published-date-last-update-ago", [
        "~Published date: 14 March 2023 16:05 GMT | Last update: 1 year 2 months ago",
        "Velora's coastguard intercepted 300 migrants off Gharo on Monday, a rights group said.",
    ], "2023-03-14", "Monday", "2023-03-13"),
    P("middle-east-monitor-at-clock-published-in", [
        "~March 14, 2023 at 4:05 pm | Published in: Africa, Velora, News",
        "Velora's rival militias agreed on Monday to withdraw from the capital, a mediator said.",
    ], "2023-03-14", "Monday", "2023-03-13"),
    P("anadolu-caps-place-dotted-update", [
        "~Tal Venn |14.03.2023 - Update : 15.03.2023",
        "~KESSA",
        "Velora's High Council of State elected a new head on Monday, the council said.",
    ], "2023-03-14", "Monday", "2023-03-13"),
    P("trt-world-date-source-agencies", [
        "~14 Mar 2023",
        "Velora's interior ministry said on Monday that it had arrested a smuggling ring in Drova.",
        "~Source: TRTWorld and agencies",
    ], "2023-03-14", "Monday", "2023-03-13"),
    P("daily-sabah-with-agency-caps-place-gmt3", [
        "~Daily Sabah with AA",
        "~ISTANBUL",
        "~Mar 14, 2023 4:05 pm GMT+3",
        "Velora's foreign minister met his Marnian counterpart on Monday to discuss maritime borders.",
    ], "2023-03-14", "Monday", "2023-03-13"),
    P("al-arabiya-space-comma-year-gst", [
        "~Published: 14 March ,2023: 04:05 PM GST",
        "~Updated: 14 March ,2023: 06:22 PM GST",
        "Velora's prime minister said on Monday that elections would be held by December.",
    ], "2023-03-14", "Monday", "2023-03-13"),
    P("aljazeera-published-on-date-twice", [
        "~Published On 14 Mar 2023 14 Mar 2023",
        "Fighting between rival armed groups in Kessa killed 12 people on Monday, the health ministry said.",
    ], "2023-03-14", "Monday", "2023-03-13"),
    P("egypt-independent-by-bar-date", [
        "~By Tal Venn | March 14, 2023",
        "Velora's foreign minister arrived in Orsk on Monday for talks on the border crossing.",
    ], "2023-03-14", "Monday", "2023-03-13"),
    P("agenzia-nova-dateline-no-year-clock", [
        "~14 March 2023 15:05",
        "Kessa, 14 Mar 15:05 - (Nova) - Velora's unity government announced on Monday a plan to rebuild Gharo.",
    ], "2023-03-14", "Monday", "2023-03-13"),
    P("ansa-redazione-caps-place-clock", [
        "~Redazione ANSA",
        "~KESSA",
        "~14 March 2023 16:05",
        "~NEWS",
        "(ANSA) - KESSA, MAR 14 - Italy's coastguard rescued 60 migrants off Gharo on Monday, officials said.",
    ], "2023-03-14", "Monday", "2023-03-13"),
    P("times-of-malta-date-bar-byline-read", [
        "~Mar 14, 2023 | Tal Venn | 2 min read",
        "A Maltese fishing boat was seized off Velora on Monday, its owner said.",
    ], "2023-03-14", "Monday", "2023-03-13"),
    P("kathimerini-dotted-bullet-clock", [
        "~ENGLISH EDITION",
        "~14.03.2023 \u2022 16:05",
        "Greece's foreign minister met Velora's envoy in Athens on Monday to discuss maritime zones.",
    ], "2023-03-14", "Monday", "2023-03-13"),
    P("tass-caps-month-no-year-sources", [
        "~14 MAR, 16:05",
        "~Updated 14 MAR, 18:22",
        "KESSA, March 14. /TASS/. Velora's foreign minister said on Monday that talks with Marnia would resume.",
    ], "2023-03-14", "Monday", "2023-03-13", "2023-03-14"),
    P("sputnik-clock-first-dotted-updated", [
        "~16:05 GMT 14.03.2023 (updated: 18:22 GMT 14.03.2023)",
        "Velora's army said on Monday it had downed two drones near Gharo.",
    ], "2023-03-14", "Monday", "2023-03-13"),
    P("euronews-published-on-bullet-updated", [
        "~By Tal Venn with AP, AFP",
        "~Published on 14/03/2023 - 16:05 \u2022 Updated 18:22",
        "Velora's parliament voted on Monday to dissolve the unity government.",
    ], "2023-03-14", "Monday", "2023-03-13"),
    P("rfi-issued-on-modified", [
        "~Issued on: 14/03/2023 - 16:05 Modified: 14/03/2023 - 18:22",
        "Velora's rival leaders met in Orsk on Monday for talks brokered by Marnia.",
    ], "2023-03-14", "Monday", "2023-03-13"),
    P("arab-news-updated-ast", [
        "~Updated 14 March 2023",
        "~Tal Venn",
        "~March 14, 2023 16:05",
        "KESSA: Velora's oil output rose on Monday after a blockade was lifted, the oil company said.",
    ], "2023-03-14", "Monday", "2023-03-13"),
    P("ast-zone-stamp", [
        "~Published 14 March 2023, 16:05 AST",
        "Velora's cabinet approved the Gharo reconstruction fund on Monday.",
    ], "2023-03-14", "Monday", "2023-03-13"),
    P("efe-dmy-dateline-dot-dash", [
        "~Kessa, 14 Mar 2023 (EFE).-",
        "Velora's coastguard recovered the bodies of 11 migrants off Gharo on Monday, officials said.",
    ], "2023-03-14", "Monday", "2023-03-13"),
    P("voa-byline-after-stamp", [
        "~May 17, 2023 4:05 PM",
        "~By Tal Venn",
        "KESSA, VELORA - Velora's election body said yesterday that voting would be delayed.",
    ], "2023-05-17", "yesterday", "2023-05-16"),
    # ------------------------------------------ task dates55: outlets of other regions and eras
    P("nation-africa-weekday-no-comma", [
        "~By Tal Venn",
        "~Friday July 08 2022",
        "Velora's police dispersed traders in Kessa on Thursday, witnesses said.",
    ], "2022-07-08", "Thursday", "2022-07-07"),
    P("east-african-updated-weekday", [
        "~Friday July 08 2022",
        "~Updated: Friday July 08 2022",
        "Velora and Marnia agreed on Thursday to reopen the Tarvik border post.",
    ], "2022-07-08", "Thursday", "2022-07-07"),
    P("premium-times-min-read", [
        "~by Tal Venn",
        "~July 8, 2022 2 min read",
        "Gunmen abducted 14 farmers near Gharo on Thursday, the state police said.",
    ], "2022-07-08", "Thursday", "2022-07-07"),
    P("vanguard-clock-in-section-by", [
        "~July 8, 2022",
        "~On 4:05 pmIn News by Tal Venn",
        "The Velora senate passed the electoral bill yesterday after a long debate.",
    ], "2022-07-08", "yesterday", "2022-07-07"),
    P("punch-ordinal-day-month", [
        "~By Tal Venn",
        "~8th July 2022",
        "Velora's labour union called off its strike on Thursday after talks in Kessa.",
    ], "2022-07-08", "Thursday", "2022-07-07"),
    P("citizen-updated-on", [
        "~Friday, July 08, 2022 \u2014 updated on July 08, 2022",
        "Velora's health ministry confirmed three cholera deaths in Tarvik on Thursday.",
    ], "2022-07-08", "Thursday", "2022-07-07"),
    P("new-vision-added-ordinal-clock", [
        "~Added 8th July 2022 04:05 PM",
        "Velora's army said it repulsed an attack on a camp near Gharo yesterday.",
    ], "2022-07-08", "yesterday", "2022-07-07"),
    P("sudan-tribune-date-caps-place-dateline", [
        "Velora opposition rejects deal",
        "July 8, 2022 (KESSA) \u2013 Velora's opposition coalition rejected on Thursday the deal signed in Orsk.",
    ], "2022-07-08", "Thursday", "2022-07-07"),
    P("dabanga-date-dash-year-places", [
        "~July 8 - 2022 KESSA / TARVIK",
        "Militiamen burned a market in Tarvik on Thursday, listeners told Radio Kessa.",
    ], "2022-07-08", "Thursday", "2022-07-07"),
    P("addis-standard-slash-year-dateline", [
        "Kessa, July 08/2022 \u2013 Velora's regional council elected a new speaker on Thursday.",
        "The vote was boycotted by two parties.",
    ], "2022-07-08", "Thursday", "2022-07-07"),
    P("mail-guardian-abbrev-month-zero-day", [
        "~Tal Venn",
        "~08 Jul 2022",
        "Velora's electricity company cut power to Kessa for six hours on Thursday.",
    ], "2022-07-08", "Thursday", "2022-07-07"),
    P("news24-date-clock-share", [
        "~08 Jul 2022",
        "~16:05",
        "~Share",
        "Police in Kessa arrested five suspects yesterday after a bank robbery.",
    ], "2022-07-08", "yesterday", "2022-07-07"),
    P("jeune-afrique-posted-on-weekday-reading-time", [
        "~By Tal Venn",
        "~Posted on Friday, 8 July 2022 16:05",
        "~Reading time: 2 minutes",
        "Velora's president dismissed his defence minister on Thursday.",
    ], "2022-07-08", "Thursday", "2022-07-07"),
    P("xinhua-source-bar-editor", [
        "~Source: Xinhua| 2022-07-08 16:05:21|Editor: Tal Venn",
        "KESSA, July 8 (Xinhua) -- Velora's cabinet approved a new mining code on Thursday.",
    ], "2022-07-08", "Thursday", "2022-07-07"),
    P("hindu-updated-dash-ist-place", [
        "~Updated - July 08, 2022 04:05 pm IST - KESSA",
        "Velora's election commission said on Thursday that polls would be held in two phases.",
    ], "2022-07-08", "Thursday", "2022-07-07"),
    P("toi-tnn-updated-ist", [
        "~TNN / Updated: Jul 8, 2022, 16:05 IST",
        "KESSA: A bridge collapsed near Tarvik on Thursday, killing four people.",
    ], "2022-07-08", "Thursday", "2022-07-07"),
    P("dawn-published-updated-ago", [
        "~Tal Venn",
        "~Published July 8, 2022",
        "~Updated about 3 hours ago",
        "Velora's finance minister presented the budget to parliament yesterday.",
    ], "2022-07-08", "yesterday", "2022-07-07"),
    P("daily-star-weekday-abbrev-last-update", [
        "~Fri Jul 8, 2022 04:05 PM Last update on: Fri Jul 8, 2022 06:22 PM",
        "Floods in northern Velora displaced 20,000 people on Thursday, officials said.",
    ], "2022-07-08", "Thursday", "2022-07-07"),
    P("kathmandu-post-published-at-updated-at", [
        "~Published at : July 8, 2022",
        "~Updated at : July 8, 2022 16:05",
        "Velora's supreme court ordered the release of two journalists on Thursday.",
    ], "2022-07-08", "Thursday", "2022-07-07"),
    P("irrawaddy-caps-byline-date", [
        "~By TAL VENN 8 July 2022",
        "The Velora junta's aircraft bombed a village near Gharo on Thursday, residents said.",
    ], "2022-07-08", "Thursday", "2022-07-07"),
    P("bangkok-post-published-caps-at", [
        "~PUBLISHED : 8 Jul 2022 at 16:05",
        "Velora's tourism board reported a rise in arrivals on Thursday.",
    ], "2022-07-08", "Thursday", "2022-07-07"),
    P("jakarta-post-source-place-bullet-weekday", [
        "~Tal Venn (The Kessa Post)",
        "~Kessa \u25cf Fri, July 8, 2022",
        "Velora's central bank held its key rate on Thursday.",
    ], "2022-07-08", "Thursday", "2022-07-07"),
    P("inquirer-byline-slash-clock-date", [
        "~By: Tal Venn - Reporter / @talvenn",
        "~INQUIRER.net / 04:05 PM July 08, 2022",
        "Velora's coastguard rescued 30 fishermen off Gharo on Thursday.",
    ], "2022-07-08", "Thursday", "2022-07-07"),
    P("rappler-published-clock-date", [
        "~Published 4:05 PM, July 08, 2022",
        "Velora's senate confirmed the new foreign minister on Thursday.",
    ], "2022-07-08", "Thursday", "2022-07-07"),
    P("kyodo-caps-dash-clock-section", [
        "~KYODO NEWS - Jul 8, 2022 - 16:05 | World",
        "Velora's prime minister said on Thursday that he would visit Marnia next month.",
    ], "2022-07-08", "Thursday", "2022-07-07"),
    P("nhk-abbrev-dot-jst", [
        "~Jul. 8, 2022 16:05 JST",
        "A strong earthquake struck off Velora's east coast on Thursday, officials said.",
    ], "2022-07-08", "Thursday", "2022-07-07"),
    P("scmp-clock-day-month-comma-year", [
        "~Published: 4:05pm, 8 Jul, 2022",
        "~Updated: 6:22pm, 8 Jul, 2022",
        "Velora's coastguard detained a Marnian trawler on Thursday, officials said.",
    ], "2022-07-08", "Thursday", "2022-07-07"),
    P("straits-times-published-updated-comma-clock", [
        "~Published Jul 8, 2022, 04:05 PM",
        "~Updated Jul 8, 2022, 06:22 PM",
        "Velora's port workers ended a strike on Thursday after a pay deal.",
    ], "2022-07-08", "Thursday", "2022-07-07"),
    P("antara-ordinal-clock", [
        "~8th July 2022 16:05",
        "Kessa (ANTARA) - Velora's trade minister signed a palm oil deal with Marnia on Thursday.",
    ], "2022-07-08", "Thursday", "2022-07-07"),
    P("bernama-dmy-slash-clock-pm", [
        "~08/07/2022 04:05 PM",
        "KESSA, July 8 (Bernama) -- Velora's police seized 200 kilograms of drugs on Thursday.",
    ], "2022-07-08", "Thursday", "2022-07-07"),
    P("mercopress-weekday-ordinal-utc", [
        "~Friday, July 8th 2022 - 16:05 UTC",
        "Velora's congress approved the pension reform on Thursday.",
    ], "2022-07-08", "Thursday", "2022-07-07"),
    P("ba-times-dash-dmy-clock", [
        "~08-07-2022 16:05",
        "Velora's economy minister resigned on Thursday amid a currency crisis.",
    ], "2022-07-08", "Thursday", "2022-07-07"),
    P("prensa-latina-dateline-no-year", [
        "~July 8, 2022, 16:05",
        "Kessa, Jul 8 (Prensa Latina) Velora's foreign minister met his Marnian peer yesterday.",
    ], "2022-07-08", "yesterday", "2022-07-07"),
    P("telesur-published-dmy", [
        "~Published 8 July 2022",
        "Velora's indigenous groups marched to Kessa on Thursday to demand land rights.",
    ], "2022-07-08", "Thursday", "2022-07-07"),
    P("interfax-caps-place-dot-dateline-clock", [
        "~16:05 08.07.2022",
        "KESSA. July 8 (Interfax) - Velora's defence ministry said on Thursday that it had held drills.",
    ], "2022-07-08", "Thursday", "2022-07-07"),
    P("civil-ge-slash-dash-clock", [
        "~08/07/2022 - 16:05",
        "Velora's parliament adopted the media law in its third reading on Thursday.",
    ], "2022-07-08", "Thursday", "2022-07-07"),
    P("trend-utc-offset", [
        "~8 July 2022 16:05 (UTC +04:00)",
        "KESSA, Velora, July 8. Velora's energy ministry signed a gas deal with Marnia on Thursday.",
    ], "2022-07-08", "Thursday", "2022-07-07"),
    P("armenpress-clock-first", [
        "~16:05, 8 July 2022",
        "KESSA, JULY 8, ARMENPRESS. Velora's president received Marnia's envoy on Thursday.",
    ], "2022-07-08", "Thursday", "2022-07-07"),
    P("kyiv-independent-clock-read", [
        "~July 8, 2022 4:05 PM 2 min read",
        "Velora's air defence downed 12 drones over Kessa on Thursday, the army said.",
    ], "2022-07-08", "Thursday", "2022-07-07"),
    P("ukrinform-dotted-clock", [
        "~08.07.2022 16:05",
        "Velora's navy said on Thursday that it had cleared mines off Gharo.",
    ], "2022-07-08", "Thursday", "2022-07-07"),
    P("ap-archive-copyright-am-cycle", [
        "~Copyright 1993 The Associated Press",
        "~The Associated Press",
        "~April 7, 1993, Wednesday, AM cycle",
        "~SECTION: International News",
        "~LENGTH: 412 words",
        "~DATELINE: KESSA, Velora",
        "~BODY:",
        "Velora's rebels shelled the airport of Kessa on Tuesday, the government said.",
    ], "1993-04-07", "Tuesday", "1993-04-06"),
    P("upi-archive-byline-bc-cycle", [
        "~Copyright 1988 U.P.I.",
        "~United Press International",
        "~October 12, 1988, Wednesday, BC cycle",
        "~SECTION: International",
        "~DISTRIBUTION: Regional News",
        "~LENGTH: 380 words",
        "~BYLINE: By TAL VENN",
        "~DATELINE: KESSA, Velora",
        "Velora's military government released 40 political prisoners yesterday.",
    ], "1988-10-12", "yesterday", "1988-10-11"),
    P("facts-on-file-digest-section-page", [
        "~Facts on File World News Digest",
        "~October 13, 1988",
        "~SECTION: Other World News; Pg. 759 E2",
        "~LENGTH: 220 words",
        "Velora's military government released 40 political prisoners on Tuesday.",
    ], "1988-10-13", "Tuesday", "1988-10-11"),
]
# fmt: on


@functools.cache
def _run(lines: tuple[str, ...], sources: str | None):
    text = _doc(*lines)
    if sources is None:
        extraction = extract_texts({"a.txt": text})
    else:
        with tempfile.TemporaryDirectory() as folder:
            (Path(folder) / "a.txt").write_text(text, encoding="utf-8")
            (Path(folder) / "sources.csv").write_text(f"file,published\na.txt,{sources}\n", encoding="utf-8")
            extraction = extract([folder])
    (report,) = extraction.reports
    frame = extraction.frame
    rows = list(zip(frame["date_text"], frame["date_value"], frame["date_text_start"], strict=True))
    return text, report, rows


# The checks of one page, shared with the archive probe (tests/test_archive_forms.py).
def check_publication(lines: tuple[str, ...], published: str | None, sources: str | None) -> None:
    _text, report, _rows = _run(lines, sources)
    assert (report.published.isoformat() if report.published else None) == published


def check_no_furniture_event(lines: tuple[str, ...], sources: str | None) -> None:
    _text, _report, rows = _run(lines, sources)
    spans = _furniture(*lines)
    assert [t for t, _v, s in rows if any(a <= s < b for a, b in spans)] == []


def check_relative_date(lines: tuple[str, ...], expr: str, value: str | None, sources: str | None) -> None:
    text, _report, rows = _run(lines, sources)
    spans = _furniture(*lines)
    at = next(i for i in _occurrences(text, expr) if not any(a <= i < b for a, b in spans))
    found = [v for t, v, s in rows if s <= at < s + len(t)]
    assert (found[0] or None if found else None) == value


def check_calendar(published: str, expr: str, value: str) -> None:
    """The expected day is the one before publication ("yesterday") or the last such weekday up to it."""
    day, told = dt.date.fromisoformat(published), dt.date.fromisoformat(value)
    if expr.lower() == "yesterday":
        assert told == day - dt.timedelta(days=1)
    else:
        assert _WEEKDAYS[told.weekday()] == expr and 0 <= (day - told).days < 7


@pytest.mark.parametrize("lines,published,expr,value,sources", PAGES)
def test_publication(request, lines, published, expr, value, sources):
    mark_open(request, OPEN, "publication")
    check_publication(lines, published, sources)


@pytest.mark.parametrize("lines,published,expr,value,sources", PAGES)
def test_no_furniture_event(request, lines, published, expr, value, sources):
    mark_open(request, OPEN, "furniture")
    check_no_furniture_event(lines, sources)


@pytest.mark.parametrize("lines,published,expr,value,sources", PAGES)
def test_relative_date(request, lines, published, expr, value, sources):
    mark_open(request, OPEN, "relative")
    check_relative_date(lines, expr, value, sources)


FURNITURE_FILE = builtin("en/page_furniture.yaml")
FURNITURE_EXAMPLES = [
    pytest.param(e, id=f"{e['entry']}:{e['published']}")
    for e in examples(read_yaml(FURNITURE_FILE), FURNITURE_FILE, ("page", "published"))
]


@pytest.mark.parametrize("example", FURNITURE_EXAMPLES)
def test_page_furniture_examples(example):
    """page_furniture.yaml's worked examples: each page's publication date through the pipeline."""
    (report,) = extract_texts({"a.txt": example["page"]}).reports
    assert report.published == dt.date.fromisoformat(example["published"])


def _occurrences(text: str, expr: str):
    at = text.find(expr)
    while at >= 0:
        yield at
        at = text.find(expr, at + 1)


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@pytest.mark.parametrize("lines,published,expr,value,sources", PAGES)
def test_the_probes_own_calendar(lines, published, expr, value, sources):
    """The expected day is the one before publication ("yesterday") or the last such weekday up to it."""
    if published is None:
        assert value is None
        return
    check_calendar(published, expr, value)
