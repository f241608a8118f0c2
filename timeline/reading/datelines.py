"""Metadata written into a document's text: its title line and datelines.

A dateline ("Published 13 January 2020", "Thursday, 31 December 2020 8:01
AM", "November 10, 2020 - 19:31", "Updated: Jan 13, 2020") gives the
publication date; it is not an event.  Every such line, wherever it stands,
is returned as a metadata span so the event stage skips it.

A wire-service dateline opens a paragraph ("KABUL, March 3 (Reuters) -", "NAIROBI, Kenya, Aug 9 (Xinhua)
--", "LIMA, Oct. 2 —", "(Agency / Outlet - 21st March, 2019)"): its date is publication evidence, and
only the dateline itself (not the sentence after it) is a metadata span.  With a year it gives the
publication date; without one, the year must come from elsewhere (sources.csv, the URL, a page stamp).

The title line is a metadata span too: a headline repeats the body, so its dates are not events of
their own (the estimate of an undated document still reads them).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from timeline.core.data import builtin
from timeline.core.periods import date_or_none
from timeline.core.yamldata import phrases, read_yaml
from timeline.reading import debris
from timeline.temporal.patterns import Match, find
from timeline.temporal.resolve import short_year
from timeline.temporal.rules import TemporalRules, builtin_rules
from timeline.text.letters import CAPITALS, LETTERS

# A stamp's date: a full date, or a numeric one with its weekday ("Sunday 17/01/2021", "Mon. 04.03.2019"), or with
# hyphens ("17-01-2021"; the tagger reads those only where one order is sure, as a stamp's day is read).
_FULL_DATE_RULES = frozenset(
    {
        "iso_date",
        "slash_date",
        "month_day_year",
        "day_month_year",
        "weekday_slash_date",
        "dash_date",
        "day_dash_month_year",
    }
)
_DAY_MONTH_RULES = frozenset({"month_day_year", "day_month_year", "month_day", "day_month"})
_DASH = r"(?:-{1,2}|–|—)"
# "KABUL, March 3 (Reuters) -", "NAIROBI, Kenya, Aug 9 (Xinhua) --", "LIMA, Oct. 2 —": an upper-case
# place (a country or state after it may be in title case), the date, an optional agency, a dash (a full stop
# may close the agency's bracket before it, as EFE writes "BOGOTA, 26 Sep (EFE).-").
# Capitals of Latin-1 and Latin Extended too ("BOGOTÁ", "İSTANBUL", "ŠABAC"), and places joined by a slash
# ("ADDIS ABABA/NAIROBI").
_CAPS_WORDS = rf"[{CAPITALS}][{CAPITALS}'’.\-/]+(?:[ \t][{CAPITALS}][{CAPITALS}'’.\-/]+){{0,3}}"
_TITLE_WORDS = rf"[{CAPITALS}][{LETTERS}'’.\-]+(?:[ \t][{CAPITALS}][{LETTERS}'’.\-]+){{0,2}}"
# A country or province in brackets after the place, as EFE writes it: "Tibú (Colombia), Oct 16 (EFE).-"; ANI sets
# it in square brackets ("Kessa [Velora], March 3 (ANI): ").
_BRACKETED_REGION = rf"(?:[ \t]*(?:\({_TITLE_WORDS}\)|\[{_TITLE_WORDS}\]))?"
# "(ANSA) - ROME, DEC 17 -": an agency may stand first, in brackets before a dash, as ANSA writes it.
_AGENCY_FIRST = rf"(?:\([A-Z][A-Za-z]{{1,15}}\)[ \t]*{_DASH}[ \t]*)?"
# "KESSA, Mar 3 (APP): The ...", "Manama, Mar. 3 (BNA): HRH ...": APP, BNA and ANI close their initials' bracket
# with a colon, the sentence after it (APP's copy sometimes without a space); only initials ("Session Two, March 3
# (Monday): The ..." is a heading of minutes).
_AGENCY_COLON = r'\([A-Z]{2,10}\):(?=[ \t]*[A-Z"\u201c])'
# "Kessa, March 3 (Jiji Press)--Velora's ...": Jiji glues its dashes to the agency's bracket and the sentence.
_GLUED_DASH = r'(?<=\)--)(?=[A-Z"\u201c])'
_AGENCY_DASH = rf"{_DASH}(?:(?=[ \t])|{_GLUED_DASH})"
# "KESSA, March 3, 2021 /PRNewswire/ -- ": a press-release wire sets its name between slashes.
_AGENCY_SLASHES = r"/(?P<agency_slashes>[A-Z][A-Za-z\-]{1,30}(?:[ \t][A-Za-z\-]{1,20}){0,2})/[ \t]*"
# "Tarvik, Jan 12 (PTI) The army ...": an agency in brackets may close the dateline without a dash (as PTI and IANS
# write it) when a capital opens the sentence right after it.
_AGENCY_NO_DASH = rf'(?:\((?P<agency_only>[^()\n\d]{{2,40}})\)(?=[ \t]+[A-Z"\u201c])|{_AGENCY_COLON})'
_WIRE = re.compile(
    rf"^[ \t]*{_AGENCY_FIRST}(?P<place>{_CAPS_WORDS}{_BRACKETED_REGION}(?:,[ \t]*{_TITLE_WORDS}){{0,2}}),"
    r"[ \t]*(?P<date>[A-Za-z0-9][A-Za-z0-9.,]*(?:[ \t]+[A-Za-z0-9.,]+){1,4}?)[ \t]*"
    rf"(?:{_AGENCY_NO_DASH}|(?:{_AGENCY_SLASHES}|\((?P<agency>[^()\n\d]{{2,40}})\)\.?[ \t]*)?{_AGENCY_DASH})",
    re.MULTILINE,
)
# "Tripoli, 3 March (Libya Observer) -": a place in title case only with the agency in brackets.
_WIRE_TITLE = re.compile(
    rf"^[ \t]*(?P<place>{_TITLE_WORDS}{_BRACKETED_REGION}(?:,[ \t]*{_TITLE_WORDS})?),"
    r"[ \t]*(?P<date>[A-Za-z0-9][A-Za-z0-9.,]*(?:[ \t]+[A-Za-z0-9.,]+){1,4}?)[ \t]*"
    rf"(?:{_AGENCY_NO_DASH}|\((?P<agency>[^()\n\d]{{2,40}})\)\.?[ \t]*{_AGENCY_DASH})",
    re.MULTILINE,
)
# "May 21 (Reuters) -": no place, so the agency in brackets is required.
_WIRE_BARE = re.compile(
    r"^[ \t]*(?P<date>[A-Z][A-Za-z.]*[ \t]+\d{1,2}(?:,[ \t]*\d{4})?|\d{1,2}[ \t]+[A-Z][A-Za-z.]*(?:[ \t]+\d{4})?)"
    rf"[ \t]*\((?P<agency>[^()\n\d]{{2,40}})\)[ \t]*{_DASH}(?=[ \t])",
    re.MULTILINE,
)
# "Tunis, 15/11/2020 - ", "GENEVA, 2021-03-04 —": a place (in capitals or title case) and a whole numeric date
# before a dash, a press release's dateline; no prose opens on a place, a comma and a date in figures.
_WIRE_NUMERIC = re.compile(
    rf"^[ \t]*(?P<place>(?:{_CAPS_WORDS}|{_TITLE_WORDS})(?:,[ \t]*{_TITLE_WORDS})?),"
    r"[ \t]*(?P<date>\d{1,2}(?P<sep>[/.])\d{1,2}(?P=sep)\d{4}|\d{4}-\d{1,2}-\d{1,2})[ \t]*"
    rf"(?:\((?P<agency>[^()\n\d]{{2,40}})\)[ \t]*)?{_DASH}(?=[ \t])",
    re.MULTILINE,
)
# "Kessa, February 11/2020 –", "KESSA, Feb. 14/2020 (VNA) -": an Ethiopian outlet's dateline, its year set after the
# day with a slash; read as "February 11, 2020".  A place, a comma and a month's name with "DD/YYYY" open no sentence.
_WIRE_SLASH_YEAR = re.compile(
    rf"^[ \t]*(?P<place>(?:{_CAPS_WORDS}|{_TITLE_WORDS})(?:,[ \t]*{_TITLE_WORDS})?),"
    r"[ \t]*(?P<date>[A-Za-z]{3,9}\.?[ \t]+\d{1,2}/(?:1[89]|20)\d\d)[ \t]*"
    rf"(?:{_AGENCY_NO_DASH}|(?:\((?P<agency>[^()\n\d]{{2,40}})\)[ \t]*)?{_DASH}(?=[ \t]))",
    re.MULTILINE,
)
# "Kessa, Rabi'II 12, 1443, Nov 17, 2021, SPA --": a Saudi wire's dateline, the Hijri date (its year 1300-1499, which
# no Gregorian news year is) before the Gregorian one, the agency after it without brackets.  Hijri month names are
# spelt many ways: the year, right before a Gregorian date, is what marks the slot.
_HIJRI_MONTH = rf"[{CAPITALS}][{LETTERS}'’\-]*(?:[ \t][{CAPITALS}][{LETTERS}'’\-]*){{0,2}}"
_WIRE_HIJRI = re.compile(
    rf"^[ \t]*(?P<place>(?:{_CAPS_WORDS}|{_TITLE_WORDS})(?:,[ \t]*{_TITLE_WORDS})?),[ \t]*"
    rf"(?:{_HIJRI_MONTH}[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+{_HIJRI_MONTH}),?[ \t]*1[34]\d\d(?:[ \t]*A?H\.?)?,?[ \t]*"
    r"(?P<date>[A-Za-z]{3,9}\.?[ \t]+\d{1,2},?[ \t]*\d{4}|\d{1,2}[ \t]+[A-Za-z]{3,9}\.?,?[ \t]+\d{4}),?[ \t]*"
    rf"(?:\(?(?P<agency>[A-Z][A-Za-z]{{1,15}})\)?[ \t]*)?{_DASH}(?=[ \t])",
    re.MULTILINE,
)
# "COLOMBO, FEB. 22. The Prime Minister ...": a newspaper's dateline (The Hindu's, Dawn's), an upper-case place
# and a day and month closed by a full stop before the sentence; the slot holds the date alone.  An older paper
# joins the stop to a dash and the sentence without a space ("CALCUTTA, June 30.—The Centre ...").  Dawn closes the
# date with a colon instead ("KARACHI, June 17: The ...").  TASS sets its
# name between slashes after the stop ("MOSCOW, June 5. /TASS/. The ...").
# "KESSA, MARCH 3, ARMENPRESS. The ...": Armenpress names itself in capitals after the date, a comma before it and a
# full stop after it.
_AGENCY_CAPS_STOP = r",[ \t]*[A-Z]{3,15}\."
_WIRE_STOP = re.compile(
    rf"^[ \t]*(?P<place>{_CAPS_WORDS}(?:,[ \t]*{_TITLE_WORDS}){{0,2}}),"
    r"[ \t]*(?P<date>[A-Za-z]{3,9}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?|\d{1,2}[ \t]+[A-Za-z]{3,9}\.?(?:[ \t]+\d{4})?)"
    rf"(?:\.(?:[ \t]*/[A-Z][A-Za-z\-]{{1,15}}/\.?)?|:|{_AGENCY_CAPS_STOP})"
    rf'(?:[ \t]*{_DASH}(?=[ \t]*[A-Z"\u201c])|(?=[ \t]+[A-Z"\u201c]))',
    re.MULTILINE,
)
# "Varnok, 29 September 2014 – The mission convened ...": a press release's place in title case and its date
# written out with the year, before a dash and a capital; without the year (or an agency in brackets) a title-case
# place, a comma and a day may be prose ("Geneva, 3 March - the talks resumed").
_WIRE_DATED = re.compile(
    rf"^[ \t]*(?P<place>{_TITLE_WORDS}(?:,[ \t]*{_TITLE_WORDS})?),"
    r"[ \t]*(?P<date>\d{1,2}[ \t]+[A-Za-z]{3,9}\.?,?[ \t]+\d{4}|[A-Za-z]{3,9}\.?[ \t]+\d{1,2},[ \t]*\d{4})"
    rf'[ \t]*{_DASH}(?=[ \t]+[A-Z"\u201c])',
    re.MULTILINE,
)
# "KESSA – 3 May 2021: The president ...": a capitals place, a dash, the date written out with its year and a colon
# before the sentence, as Egypt Today opens its stories; a sentence never opens on a capitals word, a dash and a date.
_WIRE_DASH_DATE = re.compile(
    rf"^[ \t]*(?P<place>{_CAPS_WORDS}(?:,[ \t]*{_TITLE_WORDS}){{0,2}})[ \t]+{_DASH}[ \t]*"
    r"(?P<date>\d{1,2}[ \t]+[A-Za-z]{3,9}\.?,?[ \t]+\d{4}|[A-Za-z]{3,9}\.?[ \t]+\d{1,2},[ \t]*\d{4})"
    r'[ \t]*:(?=[ \t]+[A-Z"\u201c])',
    re.MULTILINE,
)
# "ABIDJAN, Saturday (PANA) -": a capitals place, the weekday alone and the agency in brackets before a dash, as
# PANA's copy opens.  It is no event of the news, and its weekday dates the story: that weekday on or before the
# paper's date (`documents.with_story_day`).  A Sunday paper's correspondent sets the place and the weekday on a
# line of their own above the story ("KESSA CITY, Saturday"): no sentence is a capitals place and a weekday alone
# on its line, so there the agency is not needed ("KELVAR, Saturday -" before the story's words may be prose).
_WIRE_WEEKDAY = re.compile(
    rf"^[ \t]*(?P<place>{_CAPS_WORDS}(?:,[ \t]*{_TITLE_WORDS}){{0,2}}),[ \t]*(?P<date>[A-Z][a-z]{{2,8}}\.?)[ \t]*"
    rf"(?:\((?P<agency>[^()\n\d]{{2,40}})\)\.?[ \t]*{_DASH}(?=[ \t])|$)",
    re.MULTILINE,
)
# "(ANSA) - Rome, January 13 - Premier ...": the agency first, in brackets before a dash, then a place in title case,
# its date and a dash, as ANSA's English service writes it (its capitals form, "(ANSA) - ROME, DEC 17 -", is
# `_WIRE`'s); no sentence opens on a bracketed name and a dash.
_WIRE_AGENCY_TITLE = re.compile(
    rf"^[ \t]*\((?P<agency>[A-Z][A-Za-z]{{1,15}})\)[ \t]*{_DASH}[ \t]*"
    rf"(?P<place>{_TITLE_WORDS}(?:,[ \t]*{_TITLE_WORDS})?),"
    r"[ \t]*(?P<date>[A-Za-z0-9][A-Za-z0-9.,]*(?:[ \t]+[A-Za-z0-9.,]+){1,4}?)[ \t]*"
    rf"{_DASH}(?=[ \t])",
    re.MULTILINE,
)
# "KESSA. March 3 (Interfax) - ": Interfax closes the capitals place with a full stop; only with the agency in
# brackets before the dash ("PART II. March 3 - ..." may be a heading of prose).
_WIRE_PLACE_STOP = re.compile(
    rf"^[ \t]*(?P<place>{_CAPS_WORDS})\.[ \t]+"
    r"(?P<date>[A-Za-z]{3,9}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Za-z]{3,9}\.?)[ \t]*"
    rf"\((?P<agency>[A-Z][A-Za-z\-]{{1,30}})\)[ \t]*{_DASH}(?=[ \t])",
    re.MULTILINE,
)
# "(Agency / Outlet - 21st March, 2019)" at a paragraph's start.
_WIRE_PAREN = re.compile(
    rf"^[ \t]*\((?P<agency>[^()\n\d]{{2,60}}?)[ \t]*{_DASH}[ \t]*(?P<date>[^()\n]{{5,40}})\)", re.MULTILINE
)


def _opening(line_start: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return re.compile(line_start), re.compile("\n" + line_start)


# What a line must open with for each wire regex to match it: its place and comma; a bracket.  A word of a
# place is taken whole (possessively: `++`), which changes nothing (the next character, a space or a comma,
# is never a letter of a word) and spares the engine backtracking through every sentence's first word.
_CAPS_WHOLE, _TITLE_WHOLE = _CAPS_WORDS.replace("]+", "]++"), _TITLE_WORDS.replace("]+", "]++")
_REGION_WHOLE = rf"(?:[ \t]*(?:\({_TITLE_WHOLE}\)|\[{_TITLE_WHOLE}\]))?"
_WIRE_OPENINGS = (
    (
        _WIRE,
        # (or a dash after the place: `_WIRE_DASH_DATE`'s lines)
        _opening(
            rf"[ \t]*{_AGENCY_FIRST}{_CAPS_WHOLE}{_REGION_WHOLE}(?:,[ \t]*{_TITLE_WHOLE}){{0,2}}"
            rf"(?:,|[ \t]+{_DASH}|(?<=\.)[ \t])"
        ),
    ),
    (_WIRE_TITLE, _opening(rf"[ \t]*{_TITLE_WHOLE}{_REGION_WHOLE}(?:,[ \t]*{_TITLE_WHOLE})?,")),
    (_WIRE_BARE, _opening(r"[ \t]*(?:[A-Z][A-Za-z.]*[ \t]+\d|\d{1,2}[ \t]+[A-Z])")),
    (_WIRE_PAREN, _opening(r"[ \t]*\(")),
)
# The age of a page or of its update as a site counts it ("2 hours ago", "about 12 hours ago"); a site that counts in
# larger units gives two ("1 year 2 months ago").  Read among a stamp line's words (`_DATELINE_WORDS`) and as a head's
# line of its own (`_YEARLESS_STAMP`).
_AGE = (
    r"(?:(?:about|around|nearly|over|almost)\s+)?(?:(?:an?|\d{1,2})\s+"
    r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+){1,2}ago"
)
_DATELINE_WORDS = re.compile(
    # "Published in Dawn, May 11th, 2025": a paper's print line names its outlet after "in".
    r"(?i)\bpublished\s+in\b|"
    r"\b(?:published|posted|updated|last|first|modified|on|at|date|dated|time|am|pm|a\.m\.|p\.m\.|gmt|utc|"
    r"et|edt|est|pt|pst|bst|cet|cest|eet|local|hrs|by|staff|reporter|correspondent|agencies|and|print|edition|"
    r"issue|news|updated:|update|published:|source|admin|min|mins|read)\b|\b[ap]\.m\.|\beditor:\s*[\w.\-]+|"
    r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ap]m\b)?|\b\d{1,2}\s+(?=mins?\b)|[|/,:()\-–—.·•+]|"
    # "Modified 24-07-2014 to 11:02": a French site's "à" before the clock, copied as "to".
    r"\bto(?=\s+\d{1,2}[:.]\d{2}\b)|"
    # The age of an update ("November 4, 2020 / 6:12 PM / Updated 2 hours ago", "Last update: 1 year 2 months ago"),
    # or its bare "ago" where the page's script that writes the count did not run when it was copied ("6:41 PM UTC
    # Updated ago").
    rf"\b{_AGE}\b"
    r"|(?<=updated )ago\b"
)
# The words that mark a stamp as an update's, not the publication's (before a stamp's date, `_UPDATED`; before a
# head's year-less stamp or age, `_YEARLESS_STAMP`).
_UPDATE_WORDS = r"updated?|modified|last\s+updated|edited"
_UPDATED = re.compile(rf"(?i)\b(?:{_UPDATE_WORDS})\b")
# Every full date (`_FULL_DATE_RULES`) holds a year: a line without these digits is no dateline, and
# is not given to the tagger.
_YEAR_DIGITS = re.compile(r"(?:1[89]|20)\d\d")
_MAX_DATELINE = 120
# At most this many capitalised words of a byline set off from its stamp by a bar ("Name Name and Name Name |").
_BYLINE_WORDS = 8
_CENTURIES = ("18", "19", "20")


def year_digit_starts(text: str) -> list[int]:
    """Where `_YEAR_DIGITS` matches in `text` (overlapping matches too: they lie on the same line).  Three
    `str.find` scans cost a few instructions a character; a regex search tests a class at each one."""
    found: list[int] = []
    find = text.find
    for century in _CENTURIES:
        i = find(century)
        while i >= 0:
            if text[i + 2 : i + 3].isdecimal() and text[i + 3 : i + 4].isdecimal():
                found.append(i)
            i = find(century, i + 1)
    return found


_HEADER_LINES = 30
# A photo's caption: a sentence, then its credit at the line's end, in brackets or with a slash ("... in Geneva on
# February 4, 2020. Fabrice Coffrini / AFP", "... Saturday, March 25, 2023. (SOS Mediterranee via AP)"); a
# headline is one sentence with no credit after it.
_CAPTION_CREDIT = re.compile(
    r"[.!?][\"\u201d]?\s+(?:\([^()]{2,60}\)|\[[^\[\]]{2,60}\]|[^.!?()\[\]/]{2,40}/[^.!?()\[\]/]{2,40})\s*$"
)


@dataclass(frozen=True, slots=True)
class PageFurniture:
    """page_furniture.yaml: the words of a page's stamps and labels."""

    stamp_words: frozenset[str]
    # "This content was published on ...": the words a stamp written as a sentence opens with.
    stamp_lead: re.Pattern[str]
    # "Originally published 17 Jun 2022": the stamp that dates the story when the page has others.
    original: re.Pattern[str]
    # "A version of this article appears in print on ...": a paper's print line at the page's foot.
    print_line: re.Pattern[str]
    # "Photo: Tal Orvane / AFP, 24 February 2020": a picture's credit, dated when the picture was taken.
    credit: re.Pattern[str]
    # "LOAD-DATE: January 28, 2003": an archive's day of loading the story, an upper bound of its publication.
    later: re.Pattern[str]
    # "DATELINE: KESSA, Jan 27": an archive's field holding the story's dateline (its day in group `rest`).
    dateline: re.Pattern[str]
    # "Text of report by Velora radio on 3 March": a monitoring service's line naming the report and its day.
    report: re.Pattern[str]
    # "Sent: ...", "From: ...": an e-mail header's line.
    mail: re.Pattern[str]
    # The lower-case words a copyright notice holds besides names ("All rights reserved").
    copyright_words: frozenset[str]
    # What a head line opens with when it may be a dateline field, a report line or a print header, and the
    # characters it may start with.
    head_label: re.Pattern[str]
    head_initials: frozenset[str]
    # "Posted to the web 13 June 2006": a label of several words before a stamp's date (taken off before its words
    # are looked at).
    stamp_labels: re.Pattern[str] = re.compile(r"(?!)")
    # "Reporting period: 8 - 14 Jul 2020": a report's field giving the period it covers, furniture.
    period: re.Pattern[str] = re.compile(r"(?!)")


def _alternation(words: Sequence[str]) -> str:
    return "|".join(r"[ \t]+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


@functools.cache
def page_furniture() -> PageFurniture:
    path = builtin("en/page_furniture.yaml")
    document = read_yaml(path)
    return PageFurniture(
        frozenset(phrases(document, "stamp_words", path)),
        re.compile(rf"(?i)(?:{_alternation(phrases(document, 'stamp_leads', path))})\b"),
        re.compile(rf"(?i)\b(?:{_alternation(phrases(document, 'original_labels', path))})\b"),
        re.compile(rf"(?i)[ \t]*(?:{_alternation(phrases(document, 'print_line_leads', path))})\b"),
        re.compile(rf"(?i)[ \t]*(?:{_alternation(phrases(document, 'credit_labels', path))})[ \t]*:"),
        re.compile(rf"(?i)[ \t]*(?:{_alternation(phrases(document, 'later_labels', path))})[ \t]*:"),
        re.compile(rf"(?i)[ \t]*(?:{_alternation(phrases(document, 'dateline_labels', path))})[ \t]*:(?P<rest>.*)"),
        re.compile(rf"(?i)[ \t]*(?:{_alternation(phrases(document, 'report_leads', path))})\b"),
        re.compile(rf"(?i)[ \t]*(?:{_alternation(phrases(document, 'mail_labels', path))})[ \t]*:"),
        frozenset(phrases(document, "copyright_words", path)),
        re.compile(
            rf"(?i)[ \t]*(?:\d{{1,2}}/|(?:{_alternation(phrases(document, 'dateline_labels', path))})[ \t]*:"
            rf"|(?:{_alternation(phrases(document, 'report_leads', path))})\b)"
        ),
        frozenset(
            " \t0123456789"
            + "".join(w[0] + w[0].upper() for w in phrases(document, "dateline_labels", path))
            + "".join(w[0] + w[0].upper() for w in phrases(document, "report_leads", path))
        ),
        re.compile(rf"(?i)\b(?:{_alternation(phrases(document, 'stamp_labels', path))})\b"),
        re.compile(rf"(?i)[ \t]*(?:{_alternation(phrases(document, 'period_labels', path))})[ \t]*:"),
    )


@dataclass(frozen=True, slots=True)
class Header:
    title: str
    published: dt.date | None
    metadata_spans: tuple[tuple[int, int], ...]
    # The (month, day) of the first wire dateline, year or not: publication evidence.
    wire_month_day: tuple[int, int] | None = None
    # An "Updated ..." stamp: the publication is not later (an upper bound for an estimate).
    updated: dt.date | None = None
    # Both days a numeric publication stamp may be when neither order is ruled out ("05.12.2019": 5 December or
    # 12 May): the document's own dates may pick one (`pipeline`).
    stamp_readings: tuple[dt.date, ...] = ()
    # The day of a stamp line that ends the page ("August 31, 2021" under a wire's credits, "AP-NY-04-26-96
    # 1911EDT"), when no stamp of its head dates it: a candidate the document's own dates must allow (`pipeline`).
    # Or the day of a head line dated with a two-digit year whose order is sure ("28/07/98"): the same candidate.
    foot: dt.date | None = None
    # The weekday (Monday 0) of the first wire dateline when it names only that ("KESSA, Velora, Thursday (AFP) -").
    wire_weekday: int | None = None
    # The report's notes on how the publication was read (a numeric stamp in the order the page declares).
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class WireDateline:
    start: int
    end: int
    month: int
    day: int
    year: int | None
    # A dateline that names only a weekday ("KESSA, Velora, Thursday (AFP) -"): its number (Monday 0); month and day
    # are then 0.
    weekday: int | None = None


def wire_datelines(text: str, rules: TemporalRules | None = None, weekdays: bool = False) -> list[WireDateline]:
    """Every wire-service dateline opening a line of `text`, with its date (the year when written); with
    `weekdays`, those that name a weekday alone too ("ABIDJAN, Saturday (PANA) -", `WireDateline.weekday`)."""
    rules = rules or builtin_rules()
    found: list[WireDateline] = []
    # The regexes match only at a line's start and never across a line break: trying each at the start of
    # the lines that can open one finds what a scan of the whole text would, without trying every character.
    place_lines: set[int] = set()
    for regex, starts in _wire_line_starts(text, place_lines):
        for m in filter(None, (regex.match(text, start) for start in starts)):
            m_start = m.start() + (len(m[0]) - len(m[0].lstrip()))
            date_text = m["date"].strip().rstrip(",")
            if regex is _WIRE_WEEKDAY:
                weekday = rules.weekdays.get(date_text.lower().rstrip("."))
                if weekdays and weekday is not None and not any(f.start == m_start for f in found):
                    found.append(WireDateline(m_start, m.end(), 0, 0, None, weekday))
                continue
            if regex is _WIRE_NUMERIC:
                day = _numeric_dateline_day(date_text, rules)
                if day is not None and not any(f.start == m_start for f in found):
                    found.append(WireDateline(m_start, m.end(), day.month, day.day, day.year))
                continue
            if regex is _WIRE_SLASH_YEAR:
                date_text = date_text.replace("/", ", ")
            dates = find(date_text, rules)
            if len(dates) != 1 or dates[0].rule not in _DAY_MONTH_RULES:
                continue
            g = dates[0].groups
            leftover = date_text[: dates[0].start] + date_text[dates[0].end :]
            if regex is _WIRE and not date_text[: dates[0].start].strip() and _BARE_AGENCY.fullmatch(leftover):
                leftover = ""  # "PARIS, Oct. 23 Kyodo -": an agency's name after the date, without brackets
            if leftover.strip(" ,"):
                continue  # the whole slot must be the date
            month, day = rules.month_number(g["mon"]), int(re.sub(r"\D", "", g["d"]))
            year = int(g["y"]) if "y" in g else None
            if date_or_none(year or 2000, month, day) is not None and not any(f.start == m_start for f in found):
                found.append(WireDateline(m_start, m.end(), month, day, year))
    found.sort(key=lambda w: w.start)
    return found


# An agency named after a capitals dateline's date without brackets: one or two capitalised words.
_BARE_AGENCY = re.compile(r"[ \t]+[A-Z][A-Za-z]{1,15}(?:[ \t]+[A-Z][A-Za-z]{1,15})?")


def _wire_line_starts(text: str, place_lines: set[int]) -> Iterator[tuple[re.Pattern[str], list[int]]]:
    """Each wire regex with the lines that open as it may match; the numeric and the Hijri datelines' place is one
    of the other two's (capitals, or title case), so they are tried at their lines, without a scan of their own, the
    full-stop dateline's ("COLOMBO, FEB. 22.") opens as the capitals' does, and the title-case place's with its
    year ("Varnok, 29 September 2014 –") as the one with an agency does; the capitals place before a dash and a dated
    colon ("KESSA – 3 May 2021:") is tried at the capitals lines, whose opening allows the dash."""
    for regex, opening in _WIRE_OPENINGS:
        starts = _line_starts(text, opening)
        if regex is _WIRE or regex is _WIRE_TITLE:
            place_lines.update(starts)
        yield regex, starts
        if regex is _WIRE:
            yield _WIRE_STOP, starts
            yield _WIRE_WEEKDAY, starts
            yield _WIRE_DASH_DATE, starts
            yield _WIRE_PLACE_STOP, starts
        elif regex is _WIRE_TITLE:
            yield _WIRE_DATED, starts
        elif regex is _WIRE_PAREN:
            yield _WIRE_AGENCY_TITLE, starts  # (a bracket opens both)
    yield _WIRE_NUMERIC, sorted(place_lines)
    yield _WIRE_SLASH_YEAR, sorted(place_lines)
    yield _WIRE_HIJRI, sorted(place_lines)


# A copyright notice standing alone on its line, with one year: "(C) 1991 Kyodo News Service", "(Copyright 1990 by
# United Press International)", "© 2003 Reuters".  A range ("© 2019-2024") is a site's footer, no year of a story.
_COPYRIGHT = re.compile(
    r"^[ \t]*\(?[ \t]*(?:©|\([cC]\)|[Cc]opyright)[ \t]*(?:©[ \t]*)?((?:19|20)\d\d)(?![\d\-–/])[^\n\d]{0,80}$",
    re.MULTILINE,
)


def copyright_year(text: str) -> int | None:
    """The year of the page's copyright notice, when it has one such line (or all its lines name the same year):
    the year a wire story was first published, as the notice states it."""
    years = {int(m[1]) for m in _COPYRIGHT.finditer(text)}
    return years.pop() if len(years) == 1 else None


def _numeric_dateline_day(date_text: str, rules: TemporalRules) -> dt.date | None:
    """The day of a numeric dateline: ISO, or day and month read as a numeric stamp's (one order only when the
    other is impossible or the run declares it); None when the order is open or the date is no date."""
    parts = [int(p) for p in re.split(r"[/.\-]", date_text)]
    try:
        if parts[0] > 31:  # the year first: ISO
            return dt.date(parts[0], parts[1], parts[2])
        return _numeric_day(parts[0], parts[1], parts[2], rules.date_order)
    except (ValueError, IndexError):
        return None


def _line_starts(text: str, opening: tuple[re.Pattern[str], re.Pattern[str]]) -> list[int]:
    """The start of every line of `text` that opens as `opening` (at the text's start, after a line break)."""
    first, later = opening
    return ([0] if first.match(text) else []) + [m.start() + 1 for m in later.finditer(text)]


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def dateline_date(line: str, rules: TemporalRules | None = None) -> dt.date | None:
    """The date of a line that is only a dateline (one full date plus dateline words), else None."""
    stamps = stamp_dates(line, rules)
    return stamps[0][0] if stamps is not None and len(stamps) == 1 else None


def stamp_dates(line: str, rules: TemporalRules | None = None) -> list[tuple[dt.date | None, bool]] | None:
    """Each full date of a line that is only page stamps ("Published 13 January 2020", "Issued on:
    15/01/2025 - 19:58 Modified: 16/01/2025 - 01:12"), with whether an update word ("updated",
    "modified") stands before it since the previous date; None for any other line.  A numeric date
    gives its day only when one part cannot be a month ("22.04.2021") or the rules declare an order;
    else it is kept as a stamp without a day (None), its order left to sources.csv."""
    rules = rules or builtin_rules()
    stamps = _stamps(line, rules)
    return None if stamps is None else [(_stamp_day(m, rules), is_update) for m, is_update in stamps]


# A year run into the clock time after it, as a copied page's stamp may be ("October 27, 20224:08 PM UTC" for
# "October 27, 2022 4:08 PM UTC"): the year is the first four digits when a clock with its zone or half of the day
# follows, or a bare clock ends the line ("June 17, 202218:12").
_GLUED_CLOCK = re.compile(r"(?<!\d)((?:1[89]|20)\d\d)(?=\d{1,2}:\d\d(?:\s*(?:[AaPp]\.?[Mm]\b|UTC|GMT)|\s*$))")
_TAG = re.compile(r"<[^<>]{1,80}>")
# A comma set before the year instead of after the month, as an Arab outlet's stamp has it ("Published: 14 March
# ,2023: 04:05 PM GST"): read as "14 March, 2023".
_SPACED_COMMA = re.compile(r"(?<=[A-Za-z])[ \t]+,(?=(?:1[89]|20)\d\d\b)")
# A Hijri date beside the Gregorian one in a stamp ("Tuesday, 22 Sha'ban, 1444 AH - 14 March 2023 AD"): its year
# (1300-1499, which no news year is) marks it, so its month's many spellings need no list; it is taken off the line
# before its words are counted, as the Gregorian date is.
_HIJRI_DATE = re.compile(
    rf"(?:\d{{1,2}}[ \t]+{_HIJRI_MONTH}|{_HIJRI_MONTH}[ \t]+\d{{1,2}}),?[ \t]*1[34]\d\d(?:[ \t]*A?H\b\.?)?"
)
# A year set off from its month and day by a dash, as a Sudanese radio's stamp has it ("July 8 - 2022 KESSA /
# TARVIK"): read as "July 8, 2022" on a stamp line only (in a sentence "June 8 - 2022" may be a span).
_DASHED_YEAR = re.compile(r"(\b[A-Za-z]{3,9}\.?[ \t]+\d{1,2})[ \t]+[-\u2013][ \t]+((?:1[89]|20)\d\d)\b")
# A year set after the day with a slash, as Ethiopian outlets write it ("February 11/2020"): read as "February 11,
# 2020" (the month's name keeps a numeric date's "03/02/2020" out).
_SLASHED_YEAR = re.compile(r"(\b[A-Za-z]{3,9}\.?[ \t]+\d{1,2})/((?:1[89]|20)\d\d)\b")
# A day written with a full stop before its month's name, as German and Central European pages write it ("17. Jun
# 2022, 18:12"): read as the day.
_DOTTED_DAY = re.compile(r"(?<![\d.])(\d{1,2})\.(?=[ \t]+[A-Za-z]{3})")


def _stamps(line: str, rules: TemporalRules) -> list[tuple[Match, bool]] | None:
    """`stamp_dates`'s matches, before their days are read."""
    stripped = line.strip()
    if stripped.startswith("<"):
        stripped = _TAG.sub(" ", stripped).strip()  # a feed's item pasted as XML: "<pubDate>...</pubDate>"
    if ":" in stripped:
        stripped = _GLUED_CLOCK.sub(r"\1 ", stripped)
    if ". " in stripped:
        stripped = _DOTTED_DAY.sub(r"\1", stripped)
    if " ," in stripped:
        stripped = _SPACED_COMMA.sub(", ", stripped)
    if " - " in stripped or " \u2013 " in stripped:
        stripped = _DASHED_YEAR.sub(r"\1, \2", stripped)
    if "/" in stripped:
        stripped = _SLASHED_YEAR.sub(r"\1, \2", stripped)
    if not stripped or len(stripped) > _MAX_DATELINE:
        return None
    dates = [m for m in find(stripped, rules) if m.rule in _FULL_DATE_RULES]
    if not dates or len(dates) > 3:
        return None
    pieces, previous = [], 0
    for m in dates:
        pieces.append(stripped[previous : m.start])
        previous = m.end
    pieces.append(stripped[previous:])
    furniture = page_furniture()
    lead = furniture.stamp_lead.match(pieces[0])
    if lead is not None:
        pieces[0] = pieces[0][lead.end() :]  # a stamp written as a sentence: its opening words are no byline
    words = furniture.stamp_words
    others = " ".join(pieces)
    if "1" in others:
        others = _HIJRI_DATE.sub(" ", others)
    rest = [
        w for w in _DATELINE_WORDS.sub(" ", furniture.stamp_labels.sub(" ", others)).split() if w.lower() not in words
    ]
    # What is left may be a byline or an outlet ("Iran Press TV"), not prose ("He died on ..."); a byline set off
    # by a bar may name two people in full ("Mohamed Abdelsalam Sharif and Walid Abdullah |18.09.2020").
    # A lead names the page ("Transcript of press conference by Foreign Minister Ona Stael, Kessa, 12 March 2020"), so
    # its speaker's title, name and place may follow as a bar's byline does.
    wide = "|" in stripped or lead is not None
    if len(rest) > (_BYLINE_WORDS if wide else 4) or any(w[:1].islower() for w in rest):
        return None
    dates = [_with_weekday_beside(m, pieces[i], pieces[i + 1], rules) for i, m in enumerate(dates)]
    return [(m, bool(_UPDATED.search(before))) for m, before in zip(dates, pieces, strict=False)]


@functools.cache
def _weekday_beside(words: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A weekday's name (full or abbreviated, capitalised or in capitals) right before a stamp's numeric date, after
    nothing but the line's start or a label's punctuation ("Wed 03-02-2021", "Posted: Tue 02/03/2021"; "The Sun
    03/02/2021" names an outlet), or right after it, alone or in brackets ("03.02.2021 (Wednesday)", "17/06/2022,
    Friday")."""
    names = "|".join(sorted({w.capitalize() for w in words} | {w.upper() for w in words}, key=len, reverse=True))
    before = re.compile(rf"(?:^|[:|,(\-–—][ \t]*)(?P<wd>{names})\.?,?[ \t]*\Z")
    after = re.compile(rf"[ \t]*,?[ \t]*\(?(?P<wd>{names})\.?\)?(?=[ \t]*(?:$|[|,(\-–—\d]))")
    return before, after


def _with_weekday_beside(m: Match, before: str, after: str, rules: TemporalRules) -> Match:
    """A numeric stamp that may be read day first or month first, with the weekday printed beside it
    (`_weekday_beside`) when that weekday is one reading's only: the stamp's own weekday outranks every weaker cue (a
    reading inside the estimate, a weekday of the news).  A weekday that fits neither reading is left out."""
    g = m.groups
    if "y" not in g or not _order_open(g):
        return m
    leading, trailing = _weekday_beside(frozenset(rules.weekdays))
    beside = leading.search(before) or trailing.match(after)
    if beside is None:
        return m
    a, b, year, weekday = int(g["a"]), int(g["b"]), int(g["y"]), rules.weekday_number(beside["wd"])
    fitting = [day for day in _readings(a, b, year) if day.weekday() == weekday]
    return replace(m, groups={**g, "wd": beside["wd"]}) if len(fitting) == 1 else m


def _readings(a: int, b: int, year: int) -> list[dt.date]:
    """The valid days of a numeric date's two parts read day first, then month first ("05/09/2023": 5 September,
    9 May; "25/09/2023": 25 September alone)."""
    return [day for day in (date_or_none(year, b, a), date_or_none(year, a, b)) if day is not None]


def _stamp_readings(m: Match, rules: TemporalRules) -> tuple[dt.date, ...]:
    """Both valid days of a numeric stamp read day first and month first, when they differ (and, when it names its
    weekday, both fall on it: "Tuesday, 05/09/2023" is 5 September or 9 May)."""
    g = m.groups
    if "a" not in g:
        return ()
    a, b, year = int(g["a"]), int(g["b"]), int(g["y"])
    readings = set(_readings(a, b, year))
    if "wd" in g:  # a weekday has picked its reading already, or ruled both out, unless both fall on it
        readings = {day for day in readings if day.weekday() == rules.weekday_number(g["wd"])}
    return tuple(sorted(readings)) if len(readings) == 2 else ()


def _page_order(matches: Sequence[Match], rules: TemporalRules) -> dict[str, tuple[str, str]]:
    """The order (DMY or MDY) each separator's numeric dates are written in on the page's stamp lines, as the ones
    that cannot be read the other way declare it ("Updated 25/02/2021" under "Published 03/02/2021": day first),
    with the first such date; none for a separator whose sure dates disagree, and none at all where the rules
    declare an order already."""
    if rules.date_order:
        return {}
    orders: dict[str, dict[str, str]] = {}
    for m in matches:
        g = m.groups
        if "a" not in g:
            continue
        a, b = int(g["a"]), int(g["b"])
        sure = "DMY" if a > 12 >= b else "MDY" if b > 12 >= a else None
        if sure is not None:
            orders.setdefault(_separator(g), {}).setdefault(sure, g["matched"])
    return {sep: found.popitem() for sep, found in orders.items() if len(found) == 1}


def _declared_by_page(m: Match, order: dict[str, tuple[str, str]]) -> str | None:
    """The report's note for a numeric stamp that only the page's declared order (`_page_order`) reads."""
    g = m.groups
    if not _order_open(g):
        return None
    declared = order.get(_separator(g))
    if declared is None:
        return None
    first = "day first" if declared[0] == "DMY" else "month first"
    return f"the page's numeric stamp {g['matched']} read {first}, the order its stamp {declared[1]} declares"


def _order_open(g: dict[str, str]) -> bool:
    """A numeric date without its weekday that reads as two different days, day first and month first (both parts
    12 or less, not the same: "05/09/2023")."""
    return "a" in g and "wd" not in g and g["a"] != g["b"] and int(g["a"]) <= 12 and int(g["b"]) <= 12


def _separator(g: dict[str, str]) -> str:
    """A numeric date's separator ("/", ".", "-"): its own group, or the character after its first part."""
    return g.get("sep") or g["matched"][len(g["a"]) : len(g["a"]) + 1]


def _stamp_day(m: Match, rules: TemporalRules, order: dict[str, tuple[str, str]] | None = None) -> dt.date | None:
    """A stamp's day; a numeric one without its weekday in the order the page declares for its separator
    (`_page_order`) when the rules declare none."""
    g = m.groups
    try:
        if "a" in g and "wd" in g:
            return _weekday_numeric_day(int(g["a"]), int(g["b"]), int(g["y"]), rules.weekday_number(g["wd"]), rules)
        if "a" in g:
            declared = rules.date_order or (order or {}).get(_separator(g), (None, ""))[0]
            return _numeric_day(int(g["a"]), int(g["b"]), int(g["y"]), declared)
        month = int(g["m"]) if "m" in g else rules.month_number(g["mon"])
        return dt.date(int(g["y"]), month, int(re.sub(r"\D", "", g["d"])))
    except (ValueError, KeyError):
        return None


def _whole_date(piece: str, rules: TemporalRules, kinds: frozenset[str] = _FULL_DATE_RULES) -> Match | None:
    """The one date of `piece` when it is the whole piece and of one of `kinds` (a full date, by default), else None:
    a citation's date part, an "as of" bracket's date, a dateline field's day."""
    dates = find(piece, rules)
    if len(dates) == 1 and dates[0].rule in kinds and (dates[0].start, dates[0].end) == (0, len(piece)):
        return dates[0]
    return None


def _weekday_numeric_day(a: int, b: int, year: int, weekday: int, rules: TemporalRules) -> dt.date | None:
    """A numeric stamp with its weekday ("Sunday 17/01/2021", "Tuesday 03/04/2018"): the reading that falls on the
    weekday, when only one does; a weekday that agrees with neither reading (or the declared one) is a stamp
    mistyped, which gives no day (a wrong publication day misdates every relative date of the page)."""
    readings = {day for day in _readings(a, b, year) if day.weekday() == weekday}
    declared = _numeric_day(a, b, year, rules.date_order) if rules.date_order else None
    if declared is not None:
        return declared if declared in readings else None
    return readings.pop() if len(readings) == 1 else None


def _numeric_day(a: int, b: int, year: int, order: str | None) -> dt.date | None:
    """A numeric stamp's day ("22.04.2021", "4/22/2021"): read when one part cannot be a month, both orders
    give the same day ("12.12.2024") or the order is declared; else None, the order left to sources.csv."""
    if order is None:
        if a == b or a > 12 >= b:  # the same day either way, or day first
            order = "DMY"
        elif b > 12 >= a:
            order = "MDY"
        else:
            return None
    day, month = (a, b) if order == "DMY" else (b, a)
    return dt.date(year, month, day)


# An AP archive slug closing a story: desk, month-day-year (always in that order), time and zone
# ("AP-NY-04-26-96 1911EDT"); UPI's names the agency, a space, month-day-year and a clock time with its zone
# ("UPI 07-07-91 11:58 PED").  Its two-digit year is of the 1900s from 50 on (`short_year`, as a date's in the text).
_AP_SLUG = re.compile(
    r"(?:AP-[A-Z]{2,3}-|[A-Z]{2,5}[ \t]+)(\d\d)-(\d\d)-(\d\d)[ \t]+"
    r"(?:\d{3,4}[ \t]?(?:[ECMP][SD]T|GMT|UTC)|\d{1,2}:\d\d(?:[ \t]*[A-Z]{2,3})?)"
)


def read_header(text: str, debris_patterns: debris.Debris | None = None, rules: TemporalRules | None = None) -> Header:
    """Title, publication date and metadata spans, read from the text alone."""
    lines = _lines(text)
    spans: list[tuple[int, int]] = []
    published: dt.date | None = None
    updated: dt.date | None = None
    original: dt.date | None = None
    readings: tuple[dt.date, ...] = ()
    furniture = page_furniture()
    # The lines that are page stamps (the title skips them too).
    stamped: set[tuple[int, int]] = set()
    stamp_days: dict[int, dt.date | None] = {}
    line_starts = [start for start, _end in lines]
    # One scan of the text for the year digits (they never span a line break), not a search per line.
    with_year = sorted({bisect.bisect_right(line_starts, at) - 1 for at in year_digit_starts(text)})
    mail_day: dt.date | None = None
    notes: tuple[str, ...] = ()
    rules = rules or builtin_rules()
    line_stamps = {index: _stamps(text[lines[index][0] : lines[index][1]], rules) for index in with_year}
    order = _page_order([m for stamps in line_stamps.values() if stamps for m, _is_update in stamps], rules)
    for index in with_year:
        start, end = lines[index]
        stamps = line_stamps[index]
        if stamps is None:
            line = text[start:end]
            cited = _citation_day(line, rules) if index < _HEADER_LINES else None
            if cited is None and index < _HEADER_LINES and line[:3].lstrip()[:2] in ("No", "NO"):
                cited = _numbered_heading_day(line, rules)
            if cited is None and index < _HEADER_LINES and line.rstrip().endswith(")"):
                cited = _as_of_day(line, rules)
            if cited is not None:
                spans.append((start, end))
                stamped.add((start, end))
                published = published or cited
            elif _copyright_notice(line, furniture, rules):
                spans.append((start, end))
            elif index < _HEADER_LINES and furniture.period.match(line):
                spans.append((start, end))  # the period a report covers: not its publication, no event
            continue
        stamped.add((start, end))
        spans.append((start, end))
        days = [_stamp_day(m, rules, order) for m, _is_update in stamps]
        if index < _HEADER_LINES and furniture.later.match(text, start, end):
            # an archive's load date: a day or more after publication, an upper bound only
            stamps = [(m, True) for m, _is_update in stamps]
        # a line of one stamp gives a foot's day; an "Updated" stamp is no publication day
        stamp_days[index] = days[0] if len(stamps) == 1 and not stamps[0][1] else None
        if index >= _HEADER_LINES or furniture.credit.match(text, start, end):
            continue  # a picture's credit is furniture that dates no publication
        if _in_mail_header(text, lines, index, furniture):
            # a forward's "Sent:" line: the article under it may carry its own stamp, which wins
            mail_day = mail_day or days[0]
            updated = updated or days[0]
            continue
        if original is None and len(stamps) == 1 and days[0] and _original_stamp(text, lines, index, furniture):
            original = days[0]
        for (m, is_update), day in zip(stamps, days, strict=True):
            if day is not None and is_update:
                updated = updated or day
            elif day is not None and published is None:
                published = day
                note = _declared_by_page(m, order)
                notes = (note,) if note else ()
            elif day is None and not is_update and not readings:
                readings = _stamp_readings(m, rules)
    published = original or published or mail_day
    short_year, label_day, source_day = _furniture_lines(text, lines, set(with_year), furniture, spans, rules)
    if source_day is not None:
        # a monitored broadcast's own day: the story's day, as a report line's is; the page's date when none other
        published = published or source_day
        label_day = label_day or (source_day.month, source_day.day)
    wires = wire_datelines(text, rules, weekdays=True)
    for wire in wires:
        spans.append((wire.start, wire.end))
        if published is None and wire.year is not None:
            published = dt.date(wire.year, wire.month, wire.day)
    weekday = wires[0].weekday if wires else None
    wires = [wire for wire in wires if wire.weekday is None]
    debris_patterns = debris_patterns or debris.builtin_debris()
    title, title_span = _title(text, lines, debris_patterns, stamped, rules.tense.caption)
    if title_span is not None:
        spans.append(title_span)
        spans.extend(_standfirst(text, lines, title_span, stamped, debris_patterns, rules))
    month_day = (wires[0].month, wires[0].day) if wires else label_day
    foot = None if published or readings else short_year or _foot_stamp(text, lines, stamp_days, spans)
    # (a note of the stamp read in the page's order only when that stamp is the publication's)
    notes = () if original else notes
    return Header(
        title, published, tuple(sorted(spans)), month_day, updated, () if published else readings, foot, weekday, notes
    )


# A head's line that is a stamp without its year ("5 JUN, 14:21", "Mar 5, 10:21 JST"), with a year of two digits
# and both first parts 12 or less ("08/07/23": its order and century both open), or the age of the page ("2 hours
# ago", "3 weeks ago": `_AGE`, as a stamp line's words have it) as a site shows it: furniture, never the news's
# date.  A two-digit-year line whose order is sure ("28/07/98") stays a stamp: taking every such line for furniture
# cost a blind half a page's publication day.  A day and month alone is no such line (a live blog's day heading,
# "24 October", dates the entries under it).
_YEARLESS_STAMP = re.compile(
    # an update's label before it, in any case ("Updated 5 JUN, 16:21" under the stamp it updates, "Last updated 2
    # hours ago": `_UPDATE_WORDS`, a stamp line's too)
    rf"[ \t]*(?:(?i:{_UPDATE_WORDS})[ \t]*:?[ \t]+)?"
    r"(?:(?:\d{1,2}[ \t]+(?P<mon>[A-Za-z]{3,9})\.?|(?P<mon2>[A-Za-z]{3,9})\.?[ \t]+\d{1,2}),?[ \t]+"
    r"\d{1,2}[:.]\d\d(?:[ \t]*(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,4}))?"
    rf"|{_AGE}"
    r"|(?:0?[1-9]|1[0-2])(?P<sep>[/.\-])(?:0?[1-9]|1[0-2])(?P=sep)\d\d(?:[ \t]+\d{1,2}[:.]\d\d)?)[ \t]*"
)
_YEARLESS_LENGTH = 28
# How many of a page's last lines may be its print line.
_FOOT_LINES = 3


def _furniture_lines(
    text: str,
    lines: Sequence[tuple[int, int]],
    with_year: set[int],
    furniture: PageFurniture,
    spans: list[tuple[int, int]],
    rules: TemporalRules,
) -> tuple[dt.date | None, tuple[int, int] | None, dt.date | None]:
    """Add to `spans` the head's year-less stamps and ages, its two-digit-year stamps, an archive's dateline field and
    a monitoring service's report line, a monitored broadcast's source line (head or foot), and the foot's print
    line: page furniture.  Return the day of the first two-digit-year stamp whose order is sure ("28/07/98"), the
    page's publication when no other stamp dates it and its own dates allow it (`Header.foot`), the (month, day) of
    the first dateline field or report line, the story's day (`Header.wire_month_day`), and the day of the first
    source line (`_monitor_source_day`)."""
    short_year: dt.date | None = None
    label_day: tuple[int, int] | None = None
    source_day: dt.date | None = None
    foot = [i for i in range(len(lines) - 1, max(len(lines) - 8, -1), -1) if lines[i][1] > lines[i][0]]
    for index in (*range(min(_HEADER_LINES, len(lines))), *(i for i in foot[:_FOOT_LINES] if i >= _HEADER_LINES)):
        start, end = lines[index]
        if end - start > 12 and text[end - 3] in " \t" and text[end - 2 : end].isdigit():
            day = _monitor_source_day(text, start, end, rules)
            if day is not None:
                spans.append((start, end))
                source_day = source_day or day
                continue
        if index >= _HEADER_LINES:
            continue
        # the line's first character, then one test at its start, spare the ones below for nearly every line
        if text[start : start + 1] in furniture.head_initials and furniture.head_label.match(text, start, end):
            if _PRINT_HEADER.match(text, start, end):
                spans.append((start, end))  # the day a browser printed the page, not its publication
                continue
            labelled = _labelled_day(text[start:end], furniture, rules) if end - start <= _MAX_DATELINE else None
            if labelled is not None and index not in with_year:
                spans.append((start, end))
                label_day = label_day or (labelled if labelled[0] else None)
                continue
        if index in with_year or not 0 < end - start <= _YEARLESS_LENGTH:
            continue
        short = _SHORT_YEAR_STAMP.fullmatch(text, start, end)
        day = short and _short_year_day(short, rules.date_order)
        if day is not None:
            spans.append((start, end))
            short_year = short_year or day
            continue
        m = _YEARLESS_STAMP.fullmatch(text, start, end)
        month = m and (m["mon"] or m["mon2"])
        if m and (month is None or month.lower() in rules.months):
            spans.append((start, end))
    for index in foot[:_FOOT_LINES]:
        start, end = lines[index]
        if furniture.print_line.match(text, start, end):
            spans.append((start, end))
    return short_year, label_day, source_day


# A monitoring service's source line, which names the broadcast or site it translates, the language, the clock time
# and the day with a two-digit year ("Source: Velora TV, Kessa, in Arabic 1400 gmt 12 Mar 20"; an OSC or FBIS item's
# "GMP20090302614005 Kessa Velora Radio in Arabic 1400 GMT 02 Mar 09"; a site's "in English 7 Oct 19"): the day the
# report went out, the story's day (the service's own date is a day or more later).  "in" and a capitalised word
# (the language) before the clock or day, the line ending there, and a clock or the "Source:" label keep a sentence
# out ("... would resume in Kessa 12 Mar 20").
_MONITOR_SOURCE = re.compile(
    r"\bin[ \t]+[A-Z][a-z]+(?:[ \t]+and[ \t]+[A-Z][a-z]+)?[ \t]+(?P<clock>\d{3,4}[ \t]*(?:gmt|GMT|UTC)[ \t]+)?"
    r"(?P<d>\d{1,2})[ \t]+(?P<mon>[A-Za-z]{3,9})\.?[ \t]+(?P<yy>\d\d)[ \t]*$"
)


def _monitor_source_day(text: str, start: int, end: int, rules: TemporalRules) -> dt.date | None:
    line = text[start:end]
    m = _MONITOR_SOURCE.search(line)
    if m is None or m["mon"].lower() not in rules.months:
        return None
    if not m["clock"] and not line.lstrip().lower().startswith("source"):
        return None
    return date_or_none(short_year(int(m["yy"])), rules.month_number(m["mon"]), int(m["d"]))


# A browser's print header on a page saved as PDF: the day and time it was printed, then the page's title
# ("3/9/21, 9:14 AM Velora parliament dissolved | Kessa Times").
_PRINT_HEADER = re.compile(r"[ \t]*\d{1,2}/\d{1,2}/\d\d(?:\d\d)?,[ \t]+\d{1,2}:\d\d[ \t]*[AaPp][Mm][ \t]+\S")


def _labelled_day(line: str, furniture: PageFurniture, rules: TemporalRules) -> tuple[int, int] | None:
    """The (month, day) of an archive's dateline field ("DATELINE: KESSA, Jan 27"; (0, 0) when it names only the
    place) or of a monitoring service's report line ("Text of report by Velora radio on 3 March"), else None."""
    m = furniture.dateline.match(line)
    if m is not None:
        rest = m["rest"]
        date_text = rest[rest.rfind(",") + 1 :].strip() if "," in rest else ""
    elif furniture.report.match(line) and " on " in line and not line.rstrip().endswith("."):
        date_text = line[line.rfind(" on ") + 4 :].strip()
    else:
        return None
    whole = _whole_date(date_text, rules, _DAY_MONTH_RULES) if date_text else None
    if whole is not None:
        g = whole.groups
        month, day = rules.month_number(g["mon"]), int(re.sub(r"\D", "", g["d"]))
        return (month, day) if date_or_none(2000, month, day) is not None else None
    return (0, 0) if m is not None else None


def _original_stamp(text: str, lines: Sequence[tuple[int, int]], index: int, furniture: PageFurniture) -> bool:
    """Line `index` carries a first publication's label, or follows a line that is that label alone (a page pasted
    with its labels and values on lines of their own: "Originally published" over "17 Jun 2022")."""
    if furniture.original.search(text, *lines[index]):
        return True
    if index == 0:
        return False
    label = text[slice(*lines[index - 1])].strip().rstrip(":").rstrip()
    return furniture.original.fullmatch(label) is not None


def _in_mail_header(text: str, lines: Sequence[tuple[int, int]], index: int, furniture: PageFurniture) -> bool:
    """Line `index` opens with an e-mail header's label and so does a line next to it ("Sent: ..." under "From:")."""
    if not furniture.mail.match(text, *lines[index]):
        return False
    return any(furniture.mail.match(text, *lines[i]) for i in (index - 1, index + 1) if 0 <= i < len(lines))


# An archive's citation line, its parts set off by semicolons, middle dots, bars, spaced dashes or full stops
# ("Tal Venn. The Kessa Herald; Kessa [Kessa]. 27 Jan 2003: A.12.", "Kessa Herald (Velora) - September 14, 2011 -
# page A3", "Kessa Herald · 4 Mar 2005 · A12 · Ona Stael"): one part is the date alone (a page number after a colon
# maybe), the others are names and page marks.
_CITATION_SEPARATOR = re.compile(r"[ \t]*(?:;|·|\||[ \t][-–—][ \t]|(?<=[a-z\]\)])\.[ \t])[ \t]*")
_CITATION_PAGE = re.compile(r"(?::[ \t]*[A-Z]?\.?\d{1,4}\.?|\.)$")
_CITATION_PARTS, _CITATION_WORDS, _CITATION_SMALL_WORDS = 3, 8, 3


def _citation_day(line: str, rules: TemporalRules) -> dt.date | None:
    """The date of an archive's citation line (`_CITATION_SEPARATOR`), else None: at least three parts, one of
    them a full date alone, each other part a few words, and at most a few lower-case words ("pg.", "page") in all."""
    if len(line) > _MAX_DATELINE + 40:
        return None
    parts = [p.strip() for p in _CITATION_SEPARATOR.split(line.strip())]
    if len(parts) < _CITATION_PARTS:
        return None
    day, small = None, 0
    for part in parts:
        if len(part.split()) > _CITATION_WORDS:
            return None  # a sentence, not a part of a citation
        core = _CITATION_PAGE.sub("", part).strip()
        whole = _whole_date(core, rules) if core[-4:].isdecimal() else None
        if whole is not None:
            if day is not None:
                return None
            day = _stamp_day(whole, rules)
            continue
        words = re.findall(r"[A-Za-z]+", part)
        small += sum(1 for w in words if w[0].islower())
        if small > _CITATION_SMALL_WORDS:
            return None
    return day


# A ministry's numbered heading: the statement's number, its date, then its title ("No: 75, 14 March 2023, Press
# Release Regarding the Attack in Velora", "No. 12/2021 | 3 March 2021 | Statement on ..."): the date is the
# release's.  The number opening the line, then the full date set off by commas, bars or dashes on both sides, keep
# a headline that opens with a date ("14 March 2023, the day Velora voted") and a sentence ("No. 2 seed won on
# 14 March 2023") out.
_NUMBERED_HEADING = re.compile(r"[ \t]*N[Oo][:.]?[ \t]*\d{1,4}(?:/\d{2,4})?[ \t]*[,|\-\u2013\u2014][ \t]*")
_HEADING_AFTER_DATE = re.compile(r"[ \t]*[,|\-\u2013\u2014]")


def _numbered_heading_day(line: str, rules: TemporalRules) -> dt.date | None:
    m = _NUMBERED_HEADING.match(line)
    if m is None:
        return None
    rest = line[m.end() :]
    dates = find(rest, rules)
    if not dates or dates[0].start != 0 or dates[0].rule not in _FULL_DATE_RULES:
        return None
    if not _HEADING_AFTER_DATE.match(rest, dates[0].end):
        return None
    return _stamp_day(dates[0], rules)


# A report's title closed by the day it is current to in brackets ("Velora: Floods - Flash Update No. 3 (as of 12
# March 2020)"): the report's date.  Only a full date alone in the brackets at the line's end, after "as of" or "as
# at", counts.
_AS_OF_BRACKET = re.compile(r"(?i)\((?:as[ \t]+(?:of|at))[ \t]+(?P<date>[^()]{6,30})\)[ \t]*$")


def _as_of_day(line: str, rules: TemporalRules) -> dt.date | None:
    m = _AS_OF_BRACKET.search(line)
    if m is None:
        return None
    whole = _whole_date(m["date"].strip(), rules)
    return None if whole is None else _stamp_day(whole, rules)


# A copyright notice's opening: "Copyright 2003 ...", "(c) 2005 ...", "© ...", a "Copyright:" label before it.
_COPYRIGHT_LEAD = re.compile(r"(?i)[ \t]*(?:copyright[ \t]*:[ \t]*)?(?:©|\(c\)|copyright\b)")


def _copyright_notice(line: str, furniture: PageFurniture, rules: TemporalRules) -> bool:
    """A line that is a copyright notice with a full date ("Copyright: Copyright Kessa Herald Company Jan 27, 2003"):
    its words besides the dates are names, figures or a notice's own words, never prose."""
    if len(line) > _MAX_DATELINE or not _COPYRIGHT_LEAD.match(line):
        return False
    dates = [m for m in find(line, rules) if m.rule in _FULL_DATE_RULES]
    if not dates:
        return False
    rest = line[: dates[0].start] + line[dates[-1].end :]
    return all(w[0].isupper() or w.lower() in furniture.copyright_words for w in re.findall(r"[A-Za-z]+", rest))


# A head line that is a numeric date with a two-digit year, a clock time after it maybe ("28/07/98", "7/28/98
# 14:05"): a stamp when one order is sure (a part above 12, both parts equal, or the order declared).  Its century is
# the nearest, as an AP slug's (`short_year`); a candidate the page's own dates must allow, never taken
# over them (`pipeline._read_foot`), so a page whose dates say otherwise keeps its estimate.
_SHORT_YEAR_STAMP = re.compile(
    r"[ \t]*(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<yy>\d\d)"
    r"(?:,?[ \t]+\d{1,2}[:.]\d\d(?:[ \t]*[AaPp]\.?[Mm]\.?)?)?[ \t]*"
)


def _short_year_day(m: re.Match[str], order: str | None) -> dt.date | None:
    a, b, year = int(m["a"]), int(m["b"]), short_year(int(m["yy"]))
    if order is None and a != b and max(a, b) <= 12:
        return None  # the order open: furniture without a day (`_YEARLESS_STAMP`)
    try:
        return _numeric_day(a, b, year, order)
    except ValueError:
        return None


def _foot_stamp(
    text: str, lines: Sequence[tuple[int, int]], stamp_days: dict[int, dt.date | None], spans: list[tuple[int, int]]
) -> dt.date | None:
    """The day of the page's last non-empty line when it is its only stamp line below the head, or an AP slug
    (whose span joins `spans`): pages copied from wires and archives carry their date there.  A page with more
    stamp lines below its head (a live blog's entries, oldest last) has none."""
    last = next((i for i in range(len(lines) - 1, -1, -1) if text[lines[i][0] : lines[i][1]].strip()), None)
    if last is None:
        return None
    start, end = lines[last]
    slug = _AP_SLUG.fullmatch(text[start:end].strip())
    if slug is not None:
        month, day, short = (int(g) for g in slug.groups())
        slug_day = date_or_none(short_year(short), month, day)
        if slug_day is not None:
            spans.append((start, end))
        return slug_day
    below_head = [i for i in stamp_days if i >= _HEADER_LINES]
    return stamp_days[last] if below_head == [last] else None


def _title(
    text: str,
    lines: list[tuple[int, int]],
    debris_patterns: debris.Debris,
    stamped: set[tuple[int, int]],
    caption: re.Pattern[str],
) -> tuple[str, tuple[int, int] | None]:
    """The longest headline-like line before the body starts (sources.csv overrides it), and its span
    when a body follows it (a text of a few short lines has no headline to set apart)."""
    best, best_span, body = "", None, False
    previous = ""
    for start, end in lines[:_HEADER_LINES]:
        line = text[start:end].strip()
        words = line.split()
        # The line under a caption's heading alone ("Image caption," on its own line, as a BBC page has it).
        under_caption = len(previous.split()) <= _CAPTION_HEADING_WORDS and caption.match(previous) is not None
        previous = line or previous
        if len(words) >= 20 and line[-1:] in '.!?"”’':
            body = True
            break  # the body has started
        # A line no longer than the best so far cannot replace it: the debris regex (the costly test) is
        # asked only of lines that could.
        if not 3 <= len(words) <= 25 or line[-1:] in ".:;," or len(line) <= len(best):
            continue
        if _CAPTION_CREDIT.search(line):
            continue  # a photo's caption: "... on February 4, 2020. Name / AFP", "... 2023. (Name via AP)"
        if (
            debris.is_debris_line(line, debris_patterns)
            or (start, end) in stamped
            or line.startswith(("•", "-", "*", "|"))
            or "\u00a9" in line  # a photo's caption with its credit ("... in Berlin, June 23. © Name, AFP")
            or caption.match(line)  # "[Photo] ...", "[Image: ...]", "Image caption, ..."
            or under_caption
        ):
            continue
        if len(line) > len(best):
            best, best_span = line, (start, end)
    return best, best_span if body else None


# At most this many words in a caption's heading standing alone on its line ("Image caption,").
_CAPTION_HEADING_WORDS = 3
# A standfirst is a sentence or two: longer, it is the body's first paragraph.
_STANDFIRST_WORDS = 45
_LABEL_WORDS = 8
_STANDFIRST_LINES = 1
_BODY_FACTOR = 3
_SENTENCE_END = (".", "!", "?", '"', "\u201d")


def _standfirst(
    text: str,
    lines: list[tuple[int, int]],
    title_span: tuple[int, int],
    stamped: set[tuple[int, int]],
    debris_patterns: debris.Debris,
    rules: TemporalRules,
) -> list[tuple[int, int]]:
    """The standfirst: the sentence line between the headline and the page stamp under it ("Published
    On 13 Nov 2020"), when the body repeats its dates: its dates are then no events of their own.  A byline
    ("By Ana Lopes") or a question crosshead ("How did the talks start?") right under that line marks where
    the body starts as a stamp does (an opinion piece or an explainer has no stamp: "Côte d'Ivoire's 2007
    peace deal was written by the belligerents themselves." over "By ..."); without any of them nothing is
    set apart."""
    index = lines.index(title_span) if title_span in lines else -1
    header = lines[index + 1 : _HEADER_LINES]
    if stamped.isdisjoint(header) and not any(_ends_header(text[s:e].strip()) for s, e in header):
        return []  # nothing under the headline marks the body's start (and no line need be judged)
    found: list[tuple[int, int]] = []
    for start, end in header:
        line = text[start:end].strip()
        if (start, end) in stamped or (found and _ends_header(line)):
            told = sum(e - s for s, e in found)
            # A standfirst is one line over a body several times its length; sentences above a stamp
            # at the page's foot are the body itself.
            if len(found) > _STANDFIRST_LINES or len(text) - end < _BODY_FACTOR * told:
                return []
            return [span for span in found if _dates_repeated(text[span[0] : span[1]], text[end:], rules)]
        words = len(line.split())
        if not line or debris.is_debris_line(line, debris_patterns):
            continue
        if words <= _LABEL_WORDS and not line.endswith(_SENTENCE_END) and line[0].isalnum():
            continue  # a byline or a label ("By Ana Lopes", "Middle East")
        if words > _STANDFIRST_WORDS or not line.endswith(_SENTENCE_END) or not line[0].isalnum():
            return []  # body text, a caption or a list before any stamp: the header has ended
        found.append((start, end))
    return []


# A byline ("By Ana Lopes", "By Sami Zaptia.") and a question crosshead ("How did the talks start?").
_BYLINE = re.compile(r"By\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,4}\.?")
_CROSSHEAD_QUESTION = re.compile(r"[A-Z][^.!?\n]*\?")


def _ends_header(line: str) -> bool:
    """A line that starts the body under a standfirst, as a page stamp does: a byline or a short question."""
    if line.startswith("By "):
        return _BYLINE.fullmatch(line) is not None
    return line.endswith("?") and len(line.split()) <= _LABEL_WORDS and _CROSSHEAD_QUESTION.fullmatch(line) is not None


def _dates_repeated(line: str, body: str, rules: TemporalRules) -> bool:
    """Every date of `line` is named in `body` too: the same day of a month, weekday, month or year (a bare
    year also within a fuller date, "the 2007 deal" over "signed on March 4, 2007")."""
    wanted = {_signature(m, line, rules) for m in find(line, rules)}
    if not wanted:
        return True  # nothing to look for: the body is not read
    missing = wanted - {_signature(m, body, rules) for m in find(body, rules)}
    return all(
        sig[0] == "text" and _YEAR.fullmatch(str(sig[1])) and re.search(rf"\b{sig[1]}\b", body) for sig in missing
    )


_YEAR = re.compile(r"1\d{3}|20\d\d")


def _signature(m: Match, text: str, rules: TemporalRules) -> tuple[object, ...]:
    g = m.groups
    if "mon" in g:
        day = re.sub(r"\D", "", g["d"]) if "d" in g else ""
        return ("month", rules.month_number(g["mon"]), int(day) if day else None)
    if "wd" in g:
        return ("weekday", rules.weekday_number(g["wd"]))
    return ("text", text[m.core_start : m.core_end].lower())


_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/-]|$|\D)")
_URL_COMPACT = re.compile(r"/((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=/)")


def date_in_url(url: str) -> dt.date | None:
    """A publication date in a URL path: /2019/06/14/, /2019-06-14-, /20190614/."""
    for pattern in (_URL_DATE, _URL_COMPACT):
        m = pattern.search(url)
        day = date_or_none(int(m[1]), int(m[2]), int(m[3])) if m else None
        if day is not None:
            return day
    return None


# A year standing as a whole segment of a URL's path, a month's segment after it maybe: "/2021/10/velora-talks",
# "/world/2021/velora-talks" (a year run into a slug, "/2014-world-cup", is no such segment).
_URL_YEAR = re.compile(r"/((?:19|20)\d\d)/(?:(0?[1-9]|1[0-2])(?=/))?")


def dateline_in_url_year(url: str, month: int, day: int) -> dt.date | None:
    """The day of a year-less wire dateline in the year of the URL's path, when its month (if the path names one)
    is the dateline's: a page's path names the year it was published in (a day later in another month, or another
    year, is told by no such path)."""
    m = _URL_YEAR.search(url.split("?", 1)[0])
    if m is None or (m[2] is not None and int(m[2]) != month):
        return None
    return date_or_none(int(m[1]), month, day)
