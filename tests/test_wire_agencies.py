"""Issue 9 (task dates59): each news agency's English wire dateline, as its service prints it, probed with invented
first paragraphs.

A wire dateline is publication evidence and never an event.  For each agency's form the pipeline must give (a) the
publication date the dateline tells, (b) no dated row inside the dateline, (c) the story's "yesterday" counted from
that day.  Places, people and events are invented; only the shape of each dateline (place case, date form, where
the agency stands, its brackets or slashes, the dash) is the agency's.

A dateline without its year is read from a page whose stamp says the next day: only a dateline that is read makes
the dateline's day the publication (`test_datelines.py`'s "c-stamp-a-day-later").  A dateline without a date is
given a stamp of its own day: it must only give no row.
"""

from __future__ import annotations

import datetime as dt
import functools

import pytest

from timeline.pipeline import extract_texts
from timeline.reading.datelines import wire_datelines

SENTENCE = "Velora's coastguard rescued 60 migrants off Gharo yesterday, officials said."
SECOND = "The migrants were taken to the port of Tarvik."


def W(pid: str, dateline: str, day: str, kind: str = "yearless"):
    """One agency's dateline (with the space or the glue it leaves before the sentence), the day it tells, and what it
    holds: "year", "yearless" or "dateless" (a weekday alone or no date)."""
    return pytest.param(dateline, day, kind, id=pid)


_NZPA = (
    "a title-case place, a date and a bare capitalised word before a dash is as often prose (test_datelines.py's"
    " 'agency-without-brackets-title-case-place' trap); NZPA's and old AAP's title-case copy stays unread"
)
_ACCESSWIRE = (
    "ACCESSWIRE's 'PLACE, ST / ACCESSWIRE / Month D, YYYY /' sets the date after the agency between slashes; one"
    " outlet's form, not read yet"
)
# Left open, by test and agency, with the reason (strict xfails).
OPEN: dict[tuple[str, str], str] = {
    ("publication", "nzpa-title-bare-agency"): _NZPA,
    ("event", "nzpa-title-bare-agency"): _NZPA,
    ("relative", "nzpa-title-bare-agency"): _NZPA,
    ("event", "accesswire"): _ACCESSWIRE,
    ("relative", "accesswire"): _ACCESSWIRE,
}


def _mark_open(request: pytest.FixtureRequest, test: str) -> None:
    reason = OPEN.get((test, request.node.callspec.id))
    if reason:
        request.applymarker(pytest.mark.xfail(strict=True, reason=reason))


# fmt: off
AGENCIES = [
    # ---------------------------------------------------------------- world wires
    W("reuters", "KESSA, March 3 (Reuters) - ", "2021-03-03"),
    W("reuters-country", "KESSA, Velora, March 3 (Reuters) - ", "2021-03-03"),
    W("reuter-1990s", "KESSA, March 3 (Reuter) - ", "2021-03-03"),
    W("reuters-bare", "March 3 (Reuters) - ", "2021-03-03"),
    W("reuters-breakingviews", "LONDON, March 3 (Reuters Breakingviews) - ", "2021-03-03"),
    W("ap", "KESSA, Velora (AP) \u2014 ", "2021-03-03", "dateless"),
    W("ap-underscore", "KESSA, Velora (AP) _ ", "2021-03-03", "dateless"),
    W("afp", "KESSA, Velora, March 3, 2021 (AFP) - ", "2021-03-03", "year"),
    W("afp-no-year", "KESSA, March 3 (AFP) - ", "2021-03-03"),
    W("afp-weekday", "KESSA, Velora, Wednesday (AFP) - ", "2021-03-03", "dateless"),
    W("afp-place-only", "Kessa (AFP) - ", "2021-03-03", "dateless"),
    W("upi", "KESSA, Velora, March 3 (UPI) -- ", "2021-03-03"),
    W("upi-bare", "March 3 (UPI) -- ", "2021-03-03"),
    W("dpa", "Kessa (dpa) - ", "2021-03-03", "dateless"),
    W("dpa-dated", "Kessa, March 3 (dpa) - ", "2021-03-03"),
    W("efe", "Kessa, Mar 3 (EFE).- ", "2021-03-03"),
    W("efe-day-first", "Kessa, 3 Mar (EFE).- ", "2021-03-03"),
    W("efe-region", "Tarvik (Velora), Mar 3 (EFE).- ", "2021-03-03"),
    W("ansa-caps", "(ANSA) - KESSA, MAR 3 - ", "2021-03-03"),
    W("ansa-title", "(ANSA) - Kessa, March 3 - ", "2021-03-03"),
    W("kyodo-brackets", "TOKYO, March 3 (Kyodo) - ", "2021-03-03"),
    W("kyodo-bare-agency", "TOKYO, March 3 Kyodo - ", "2021-03-03"),
    W("kyodo-no-agency", "KESSA, March 3 \u2014 ", "2021-03-03"),
    W("jiji-glued-dashes", "Kessa, March 3 (Jiji Press)--", "2021-03-03"),
    W("yonhap", "SEOUL, March 3 (Yonhap) -- ", "2021-03-03"),
    W("xinhua", "KESSA, March 3 (Xinhua) -- ", "2021-03-03"),
    W("cna-taiwan-no-dash", "Taipei, March 3 (CNA) ", "2021-03-03"),
    W("kcna", "Pyongyang, March 3 (KCNA) -- ", "2021-03-03"),
    # ---------------------------------------------------------------- Russia, Caucasus, Central Asia
    W("tass", "KESSA, March 3. /TASS/. ", "2021-03-03"),
    W("itar-tass", "KESSA, March 3 (Itar-Tass) -- ", "2021-03-03"),
    W("ria-novosti", "KESSA, March 3 (RIA Novosti) - ", "2021-03-03"),
    W("sputnik", "KESSA (Sputnik) - ", "2021-03-03", "dateless"),
    W("interfax-stop-after-place", "KESSA. March 3 (Interfax) - ", "2021-03-03"),
    W("interfax-ukraine", "KESSA. March 3 (Interfax-Ukraine) - ", "2021-03-03"),
    W("ukrinform-no-dateline", "", "2021-03-03", "dateless"),
    W("trend", "BAKU, Azerbaijan, March 3. ", "2021-03-03"),
    W("apa-reporter", "Kessa. Tal Venn \u2013 APA. ", "2021-03-03", "dateless"),
    W("armenpress", "KESSA, MARCH 3, ARMENPRESS. ", "2021-03-03"),
    W("kazinform", "KESSA. KAZINFORM \u2013 ", "2021-03-03", "dateless"),
    W("kazinform-dated", "KESSA, March 3. KAZINFORM \u2013 ", "2021-03-03"),
    # ---------------------------------------------------------------- South Asia
    W("pti", "Kessa, Mar 3 (PTI) ", "2021-03-03"),
    W("ians", "Kessa, March 3 (IANS) ", "2021-03-03"),
    W("ani-square-region-colon", "Kessa [Velora], March 3 (ANI): ", "2021-03-03"),
    W("uni", "Kessa, Mar 3 (UNI) ", "2021-03-03"),
    W("app-colon", "KESSA, Mar 3 (APP): ", "2021-03-03"),
    W("bss", "DHAKA, March 3, 2021 (BSS) - ", "2021-03-03", "year"),
    # ---------------------------------------------------------------- South-East Asia, Pacific
    W("bernama", "KUALA LUMPUR, March 3 (Bernama) -- ", "2021-03-03"),
    W("bernama-no-agency", "KUALA LUMPUR, March 3 -- ", "2021-03-03"),
    W("antara", "Kessa (ANTARA) - ", "2021-03-03", "dateless"),
    W("antara-dated", "Kessa, March 3 (ANTARA News) - ", "2021-03-03"),
    W("pna", "KESSA \u2013 ", "2021-03-03", "dateless"),
    W("vna", "Kessa, March 3 (VNA) - ", "2021-03-03"),
    W("vna-dateless", "Kessa (VNA) - ", "2021-03-03", "dateless"),
    W("tna", "BANGKOK, March 3 (TNA) - ", "2021-03-03"),
    W("aap-bare-agency", "SYDNEY, March 3 AAP - ", "2021-03-03"),
    W("nzpa-title-bare-agency", "Wellington, March 3 NZPA - ", "2021-03-03"),
    # ---------------------------------------------------------------- Africa
    W("sapa", "Johannesburg, March 3 (Sapa) - ", "2021-03-03"),
    W("ena-slash-year-no-dash", "Kessa, March 3/2021(ENA) ", "2021-03-03", "year"),
    W("ena-slash-year-dash", "Kessa, March 3/2021 (ENA) - ", "2021-03-03", "year"),
    W("pana-weekday", "KESSA, Wednesday (PANA) - ", "2021-03-03", "dateless"),
    W("mena", "CAIRO, March 3 (MENA) - ", "2021-03-03"),
    W("map", "Rabat - ", "2021-03-03", "dateless"),
    W("aps", "ALGIERS - ", "2021-03-03", "dateless"),
    W("tap", "TUNIS, March 3 (TAP) - ", "2021-03-03"),
    W("lana", "Tripoli, March 3 (LANA) - ", "2021-03-03"),
    W("suna", "Khartoum, March 3 (SUNA) - ", "2021-03-03"),
    # ---------------------------------------------------------------- Middle East
    W("anadolu", "ANKARA\n", "2021-03-03", "dateless"),
    W("irna", "Kessa, IRNA \u2013 ", "2021-03-03", "dateless"),
    W("sana", "Kessa, SANA- ", "2021-03-03", "dateless"),
    W("spa-hijri", "Riyadh, Rajab 19, 1442, March 3, 2021, SPA -- ", "2021-03-03", "year"),
    W("spa-dateless", "Riyadh, SPA -- ", "2021-03-03", "dateless"),
    W("wam-ordinal", "ABU DHABI, 3rd March, 2021 (WAM) -- ", "2021-03-03", "year"),
    W("kuna", "KUWAIT, March 3 (KUNA) -- ", "2021-03-03"),
    W("qna-padded-day", "Doha, March 03 (QNA) - ", "2021-03-03"),
    W("bna-colon", "Manama, Mar. 3 (BNA): ", "2021-03-03"),
    W("ona", "Muscat, March 3 (ONA) \u2014 ", "2021-03-03"),
    W("petra", "Amman, March 3 (Petra) -- ", "2021-03-03"),
    W("saba", "SANA'A, March 3 (Saba) - ", "2021-03-03"),
    # ---------------------------------------------------------------- Europe
    W("pap", "Warsaw, March 3 (PAP) - ", "2021-03-03"),
    W("ctk", "Prague, March 3 (CTK) - ", "2021-03-03"),
    W("bta", "Sofia, March 3 (BTA) - ", "2021-03-03"),
    W("hina", "ZAGREB, March 3 (Hina) - ", "2021-03-03"),
    W("tanjug", "BELGRADE, March 3 (Tanjug) - ", "2021-03-03"),
    W("fides", "Kessa (Agenzia Fides) - ", "2021-03-03", "dateless"),
    # ---------------------------------------------------------------- the Americas, IPS
    W("prensa-latina-no-dash", "Havana, Mar 3 (Prensa Latina) ", "2021-03-03"),
    W("notimex", "Mexico City, March 3 (Notimex) - ", "2021-03-03"),
    W("ips-year-without-comma", "UNITED NATIONS, Mar 3 2021 (IPS) - ", "2021-03-03", "year"),
    # ---------------------------------------------------------------- press releases
    W("pr-newswire", "NEW YORK, March 3, 2021 /PRNewswire/ -- ", "2021-03-03", "year"),
    W("globenewswire", "NEW YORK, March 03, 2021 (GLOBE NEWSWIRE) -- ", "2021-03-03", "year"),
    W("business-wire", "SAN FRANCISCO--(BUSINESS WIRE)--", "2021-03-03", "dateless"),
    W("accesswire", "NEW YORK, NY / ACCESSWIRE / March 3, 2021 / ", "2021-03-03", "year"),
]
# fmt: on


def _page(dateline: str, day: str, kind: str) -> tuple[str, int]:
    """The page, and where the dateline's paragraph starts in it."""
    told = dt.date.fromisoformat(day)
    stamp = {"year": None, "yearless": told + dt.timedelta(days=1), "dateless": told}[kind]
    head = "Velora coastguard rescues migrants\n"
    if stamp is not None:
        head += f"Published {stamp.day} {stamp:%B %Y}\n"
    head += "\n"
    return f"{head}{dateline}{SENTENCE}\n{SECOND}\n", len(head)


@functools.cache
def _run(dateline: str, day: str, kind: str):
    text, at = _page(dateline, day, kind)
    extraction = extract_texts({"a.txt": text})
    (report,) = extraction.reports
    frame = extraction.frame
    rows = list(zip(frame["date_text"], frame["date_value"], frame["date_text_start"], strict=True))
    return text, at, report, rows


@pytest.mark.parametrize("dateline,day,kind", AGENCIES)
def test_the_dateline_is_the_publication(request, dateline, day, kind):
    _mark_open(request, "publication")
    _text, _at, report, _rows = _run(dateline, day, kind)
    assert (report.published.isoformat() if report.published else None) == day


@pytest.mark.parametrize("dateline,day,kind", AGENCIES)
def test_the_dateline_is_no_event(request, dateline, day, kind):
    _mark_open(request, "event")
    _text, at, _report, rows = _run(dateline, day, kind)
    assert [t for t, _v, s in rows if at <= s < at + len(dateline)] == []


@pytest.mark.parametrize("dateline,day,kind", AGENCIES)
def test_yesterday_is_told_from_the_dateline(request, dateline, day, kind):
    _mark_open(request, "relative")
    text, at, _report, rows = _run(dateline, day, kind)
    where = text.index("yesterday", at)
    found = [v for t, v, s in rows if s <= where < s + len(t)]
    assert found == [(dt.date.fromisoformat(day) - dt.timedelta(days=1)).isoformat()]


# The forms read since dates59 (a colon after the agency's initials, a region in square brackets, dashes glued to the
# agency's bracket, an agency between slashes, a full stop after a capitals place, Armenpress's ", AGENCY.", Ethiopia's
# slashed year without a dash), each with the span read and its day.
@pytest.mark.parametrize(
    ("text", "dateline", "month_day", "year"),
    [
        pytest.param("KESSA, Mar 3 (APP):The army said.", "KESSA, Mar 3 (APP):", (3, 3), None, id="colon-glued"),
        pytest.param("Kessa [Velora], March 3 (ANI): The army said.", "Kessa [Velora], March 3 (ANI):", (3, 3), None,
                     id="square-region-colon"),
        pytest.param("Kessa, March 3 (Jiji Press)--The army said.", "Kessa, March 3 (Jiji Press)--", (3, 3), None,
                     id="glued-dashes"),
        pytest.param("KESSA, March 3 (AFP)--The army said.", "KESSA, March 3 (AFP)--", (3, 3), None,
                     id="glued-dashes-capitals"),
        pytest.param("KESSA, March 3, 2021 /PRNewswire-Velora/ -- Orvan Ltd said.",
                     "KESSA, March 3, 2021 /PRNewswire-Velora/ --", (3, 3), 2021, id="slashes"),
        pytest.param("KESSA. 3 March (Interfax-Velora) - The army said.", "KESSA. 3 March (Interfax-Velora) -", (3, 3),
                     None, id="full-stop-after-place"),
        pytest.param("KESSA, MARCH 3, ARMENPRESS. The army said.", "KESSA, MARCH 3, ARMENPRESS.", (3, 3), None,
                     id="capitals-agency-after-comma"),
        pytest.param("Kessa, March 3/2021(ENA) The army said.", "Kessa, March 3/2021(ENA)", (3, 3), 2021,
                     id="slash-year-no-dash"),
    ],
)  # fmt: skip
def test_wire_dateline_forms(text, dateline, month_day, year):
    (found,) = wire_datelines(text)
    assert text[found.start : found.end] == dateline
    assert ((found.month, found.day), found.year) == (month_day, year)


# Traps: lines that open as the new forms do but are prose or headings.
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Session Two, March 3 (Monday): The committee agreed.", id="colon-after-a-word-not-initials"),
        pytest.param("Kessa [sic], March 3 (ANI): The army said.", id="square-brackets-lower-case"),
        pytest.param("Kessa, March 3 (two sources)--the talks ended.", id="glued-dashes-lower-case"),
        pytest.param("KESSA, March 3--The talks ended.", id="glued-dashes-without-agency"),
        pytest.param("KESSA, March 3 /photo/ - the talks ended.", id="slashes-lower-case"),
        pytest.param("PART II. March 3 - The talks ended.", id="full-stop-after-place-without-agency"),
        pytest.param("KESSA. March 3 (two sources) - The talks ended.", id="full-stop-after-place-lower-case-agency"),
        pytest.param("KESSA, March 3, UN. the talks ended.", id="capitals-agency-lower-case-after"),
        pytest.param("Kessa, March 3/2021(ENA) the talks ended.", id="slash-year-lower-case-after"),
        pytest.param("Rome, the capital, said on January 13 - The talks ended.", id="place-then-prose"),
    ],
)
def test_not_a_wire_dateline_form(text):
    assert wire_datelines(text) == []
