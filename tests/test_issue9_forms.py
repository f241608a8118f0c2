"""Every form issue 9 lists, as an invented passage run through the whole pipeline (task dates51).

Right at main before task dates51: 86 of 91 (5 strict xfail with reasons); after its changes ("in the coming
week" the week after publication's, a feast "in" a year that year's): 89 of 91; 88 of 91 after the first was taken
out on blind evidence (session 29); every dev half's summary lines as
before, seeds 0.931 (P 1.000), TE3 dev value F1 0.6950 as before, phrase dev 929 -> 930 right, instructions 26.882
-> 26.928 M a document.  89 of 91 after task dates52 (a year-less dateline takes the year of a month told as past
that its day follows within 62 days): every dev half's summary lines, seeds, TE3 dev (0.6950) and phrase dev (929)
unchanged, instructions 26.924 -> 26.915 M a document.  98 of 100 after task dates53 added nine cases of a name's
"March" or "May" ("the Green March of 1975") and their traps.

One or more invented passages (names and places made up; a real state only where a national day needs one) for
each example and form of the issue's eleven classes and its "Also": the publication date, the passage, and every
dated row the pipeline must give: the expression the row's date text covers, its `date_value` and `precision` as
the frame writes them (a quarter or half of a year is `2019-Q3` / `2021-H1` at year precision: the frame's and the
scorer's precisions name no three or six months).  No other dated row may exist: an expression expected with
value None must give no dated row, and a dated row over no expected expression fails the case.  Traps: "may" as a
verb, "march" as a verb, "March" as a surname, "sun" as a noun, a resolution's year, a law's year, a dateline.

A case the pipeline still reads wrong is a strict xfail with its reason (`XFAIL`); where the issue and the study
sets' gold disagree, the case follows the issue and its reason says so.
"""

from __future__ import annotations

import datetime as dt
import functools

import pytest

from timeline.config import load_config
from timeline.pipeline import extract_texts

# Wednesday 12 June 2024 (ISO week 24): Sun 9, Mon 10, Tue 11 past; Thu 13, Fri 14, Sun 16 to come.
WED = "2024-06-12"
# Thursday 13 June 2024: Wed 12 past, Fri 14 tomorrow.
THU = "2024-06-13"
# Monday 20 May 2024.
MAY = "2024-05-20"
# Tuesday 12 December 2023.
DEC = "2023-12-12"


def C(cls: str, published: str | None, text: str, *expected: tuple, order: str | None = None,
      pub: tuple[str, str] | None = None) -> tuple:  # fmt: skip
    """A case: its class, publication (None: none given), text, expected rows (expression, value[, precision[,
    occurrence]]), the date order declared for it, and the publication and its basis the run must find."""
    rows = tuple((e[0], e[1], e[2] if len(e) > 2 else None, e[3] if len(e) > 3 else 1) for e in expected)
    return (cls, published, text, rows, order, pub)


CASES = [
    # --- 1. wire datelines: publication evidence (basis `dateline`), never an event
    C("1", WED, "KESSA, June 11 (Reuters) - Velora rebels shelled the town of Ansk on Monday, the army said.",
      ("June 11", None), ("Monday", "2024-06-10", "day")),
    C("1", WED, "ORSK, Marnia, Jun 10 (Xinhua) -- The Orvani council met on Sunday to discuss the truce.",
      ("Jun 10", None), ("Sunday", "2024-06-09", "day")),
    C("1", WED, "TARSA, June 9 — Gunmen attacked a checkpoint in Tarsa on Saturday.",
      ("June 9", None), ("Saturday", "2024-06-08", "day")),
    C("1", WED, "(Kessa Wire / Drova Post - 11th June, 2024) The envoy Mira Dost arrived in Orsk on Monday.",
      ("11th June, 2024", None), ("Monday", "2024-06-10", "day")),
    C("1", None, "KESSA, March 3, 2021 (Reuters) - Velora rebels shelled the town of Ansk on Monday, the army said.",
      ("March 3, 2021", None), ("Monday", "2021-03-01", "day"), pub=("2021-03-03", "dateline")),
    C("1", None, "(Kessa Wire / Drova Post - 21st March, 2019) The envoy Mira Dost arrived in Orsk on Monday.",
      ("21st March, 2019", None), ("Monday", "2019-03-18", "day"), pub=("2019-03-21", "dateline")),
    C("1", WED, "Orsk, Sunday 9 June 2024\n\nThe council met on Monday to discuss the truce.",
      ("Sunday 9 June 2024", None), ("Monday", "2024-06-10", "day")),
    # the year from the estimate: the dateline's day and month in the year the text's dates give
    C("1", None, "LIMA, Oct. 2 — Velora rebels shelled Ansk on Monday. The truce signed in September 2021 has "
      "collapsed.", ("Oct. 2", None), ("Monday", "2021-09-27", "day"), ("September 2021", "2021-09", "month"),
      pub=("2021-10-02", "dateline")),
    # --- 2. the headline line repeats the body: no row of its own
    C("2", WED, "Velora postpones Sunday's meeting\n\nVelora postponed the talks set for Sunday in Orsk, the envoy "
      "said on Tuesday.", ("Sunday's", None), ("Sunday", "2024-06-16", "day", 2), ("Tuesday", "2024-06-11", "day")),
    C("2", WED, "Talks to resume in one week\n\nTalks between Velora and Marnia will resume in one week, the envoy "
      "Ilan Brecht said on Tuesday.", ("one week", None), ("one week", "2024-W25", "week", 2),
      ("Tuesday", "2024-06-11", "day")),
    # --- 3. one expression written twice: one row, the most specific consistent reading
    C("3", WED, "The council met on Monday (10 June) in Orsk.", ("Monday (10 June)", "2024-06-10", "day")),
    C("3", THU, "The envoy will arrive on Friday (tomorrow) in Tarsa.", ("Friday (tomorrow)", "2024-06-14", "day")),
    C("3", WED, "The council signed the accord on May 12 of this year.", ("May 12 of this year", "2024-05-12", "day")),
    C("3", MAY, "Elections in Velora are planned in early June this year.",
      ("early June this year", "2024-06", "month")),
    C("3", WED, "Last year's March 12 attack on Ansk killed 30 people.",
      ("Last year's March 12", "2023-03-12", "day")),
    C("3", WED, "Rebels shelled Ansk on last year's March 12, the anniversary of the accord.",
      ("last year's March 12", "2023-03-12", "day")),
    # --- 4. numbers that are not event dates
    C("4", WED, "The Kessa Council adopted Resolution 2231 (2015) on the Orvani mines.", ("2015", None),
      ("2231", None)),
    C("4", WED, "The body cited Law No. 14 of 2016 when it banned the Orvani Front.", ("2016", None)),
    C("4", WED, "The 72-year-old envoy arrived with 2,019 soldiers at 10:30.", ("72", None), ("2,019", None),
      ("10:30", None)),
    # --- 5. tense in reported speech: the clause holding the date decides
    C("5", WED, "The ministry said the withdrawal will be completed by 30 June.", ("30 June", "2024-06-30", "day")),
    C("5", WED, "Officials said the truce would take effect on Thursday.", ("Thursday", "2024-06-13", "day")),
    C("5", WED, "The two sides agreed on Monday on a truce starting Tuesday.", ("Monday", "2024-06-10", "day"),
      ("Tuesday", "2024-06-11", "day")),
    C("5", THU, "The talks will begin on Friday, the mediators announced Wednesday.",
      ("Friday", "2024-06-14", "day"), ("Wednesday", "2024-06-12", "day")),
    # a bare day-month in a future clause is never put into an earlier year
    C("5", DEC, "The Velora council said the vote will be held on 15 January.", ("15 January", "2024-01-15", "day")),
    # --- 6. anchored: from the date told before, not from publication
    C("6", MAY, "The two sides signed a truce in Orsk on Jan. 8. Talks resumed the following month.",
      ("Jan. 8", "2024-01-08", "day"), ("the following month", "2024-02", "month")),
    C("6", WED, "The vote was held on 3 March. The next week, the council resigned.",
      ("3 March", "2024-03-03", "day"), ("The next week", "2024-W10", "week")),
    C("6", WED, "The accord was signed on 3 March 2019. The following year, fighting resumed.",
      ("3 March 2019", "2019-03-03", "day"), ("The following year", "2020", "year")),
    C("6", WED, "The envoy arrived in Orsk on 3 March. The next day, she met the rebels.",
      ("3 March", "2024-03-03", "day"), ("The next day", "2024-03-04", "day")),
    C("6", WED, "The envoy arrived in Orsk on 3 March. Two days later, talks began.",
      ("3 March", "2024-03-03", "day"), ("Two days later", "2024-03-05", "day")),
    C("6", WED, "Rebels attacked Ansk on 3 March. Later in the day, jets struck back.",
      ("3 March", "2024-03-03", "day"), ("Later in the day", "2024-03-03", "day")),
    C("6", WED, "Rebels attacked Ansk on 3 March. Earlier in the day, a convoy left Orsk.",
      ("3 March", "2024-03-03", "day"), ("Earlier in the day", "2024-03-03", "day")),
    C("6", WED, "Rebels attacked Ansk on 3 March. That evening, the army retook the town.",
      ("3 March", "2024-03-03", "day"), ("That evening", "2024-03-03", "day")),
    # --- 7. composition
    C("7", WED, "The charter was signed on the second Tuesday of March 2016 in Orsk.",
      ("the second Tuesday of March 2016", "2016-03-08", "day")),
    C("7", WED, "The council will meet on the last Friday of June.", ("the last Friday of June", "2024-06-28", "day")),
    C("7", WED, "The vote is set for the last week of August.", ("the last week of August", "2024-W35", "week")),
    C("7", WED, "The rebels withdrew on the last day of May.", ("the last day of May", "2024-05-31", "day")),
    C("7", WED, "The talks will resume on the 15th of next month.", ("the 15th of next month", "2024-07-15", "day")),
    C("7", WED, "The envoy will visit Tarsa on Thursday of next week.", ("Thursday of next week", "2024-06-20", "day")),
    C("7", WED, "The council met on the first Monday of this month.",
      ("the first Monday of this month", "2024-06-03", "day")),
    C("7", WED, "The vote in Orsk is due on the third Thursday of next month.",
      ("the third Thursday of next month", "2024-07-18", "day")),
    C("7", WED, "Exports to Velora fell in the third quarter of 2019.",
      ("the third quarter of 2019", "2019-Q3", "year")),
    C("7", WED, "Exports to Velora fell in Q3 2019.", ("Q3 2019", "2019-Q3", "year")),
    C("7", WED, "Exports to Velora are expected to rise this quarter.", ("this quarter", "2024-Q2", "year")),
    C("7", WED, "Exports to Velora rose in the first half of 2021.", ("the first half of 2021", "2021-H1", "year")),
    C("7", WED, "The vote will be held 3 Fridays from now.", ("3 Fridays from now", "2024-06-28", "day")),
    C("7", WED, "The vote will be held in 10 days.", ("10 days", "2024-06-22", "day")),
    C("7", WED, "The vote will be held 10 days hence.", ("10 days hence", "2024-06-22", "day")),
    C("7", WED, "The rebels seized Ansk a fortnight ago.", ("a fortnight ago", "2024-W22", "week")),
    C("7", WED, "The rebels seized Ansk a week ago.", ("a week ago", "2024-W23", "week")),
    C("7", WED, "The envoy will visit Tarsa this week.", ("this week", "2024-W24", "week")),
    C("7", WED, "The envoy will visit Tarsa in the current week.", ("the current week", "2024-W24", "week")),
    C("7", WED, "The envoy will visit Tarsa in the coming week.", ("the coming week", "2024-W25", "week")),
    C("7", WED, "The envoy will visit Tarsa the upcoming week.", ("the upcoming week", "2024-W25", "week")),
    C("7", WED, "The council voted at the beginning of the month.", ("the beginning of the month", "2024-06", "month")),
    C("7", WED, "The council will vote at the end of the month.", ("the end of the month", "2024-06", "month")),
    C("7", WED, "The council voted at the beginning of the year.", ("the beginning of the year", "2024", "year")),
    C("7", WED, "The council will vote at the end of the year.", ("the end of the year", "2024", "year")),
    # the plural is a stretch from now, no date
    C("7", WED, "The envoy will visit Tarsa in the coming weeks.", ("the coming weeks", None)),
    # --- 8. holidays
    C("8", WED, "The rebels released twelve prisoners on Christmas Day last year.",
      ("Christmas Day last year", "2023-12-25", "day")),
    C("8", WED, "The new charter takes effect on New Year's Day.", ("New Year's Day", "2025-01-01", "day")),
    C("8", WED, "Nigerians will celebrate Independence Day with a parade in Orsk.",
      ("Independence Day", "2024-10-01", "day")),
    C("8", WED, "Marnia celebrated its Independence Day with a parade in Orsk.", ("Independence Day", None)),
    C("8", WED, "Rebels shelled Ansk on Easter Sunday, the army said.", ("Easter Sunday", "2024-03-31", "day")),
    C("8", WED, "The truce was signed on Orthodox Easter this year.",
      ("Orthodox Easter this year", "2024-05-05", "day")),
    C("8", WED, "Fighting eased during Ramadan this year.", ("Ramadan this year", "2024-03-11/2024-04-09", "day")),
    C("8", WED, "Fighting eased during Ramadan in 2023, monitors said.",
      ("Ramadan in 2023", "2023-03-23/2023-04-20", "day")),
    C("8", WED, "The rebels freed ten prisoners at Christmas in 2019.", ("Christmas in 2019", "2019-12-25", "day")),
    C("8", WED, "The prisoners were freed on Eid al-Fitr this year.", ("Eid al-Fitr this year", "2024-04-10", "day")),
    C("8", WED, "The talks will resume after Eid al-Adha.", ("Eid al-Adha", "2024-06-16", "day")),
    C("8", WED, "Thousands marched in Orsk on Mawlid last year.", ("Mawlid last year", "2023-09-27", "day")),
    C("8", WED, "Velora's army announced an Eid truce with the Orvani Front.", ("Eid", "2024-06-16", "day")),
    # --- 9. numeric dates
    C("9", WED, "The talks opened in Orsk on 2016-3-4, the minutes show.", ("2016-3-4", "2016-03-04", "day")),
    C("9", WED, "The plan was adopted in 2019-10 by the council.", ("2019-10", "2019-10", "month")),
    C("9", WED, "The plan was adopted in 2019/10 by the council.", ("2019/10", "2019-10", "month")),
    C("9", WED, "The plan was adopted in 3/2019 by the council.", ("3/2019", "2019-03", "month")),
    C("9", WED, "The accord was signed on 10/31/98 in Orsk.", ("10/31/98", "1998-10-31", "day")),
    C("9", WED, "The accord was signed on 24/3/19 in Orsk.", ("24/3/19", "2019-03-24", "day")),
    C("9", WED, "The accord was signed on 4/3/19 in Orsk.", ("4/3/19", None)),
    C("9", WED, "The pact was signed on 4/3/19 in Orsk.", ("4/3/19", "2019-03-04", "day"), order="DMY"),
    C("9", WED, "The pact was signed on 4/3/19 in Vessa.", ("4/3/19", "2019-04-03", "day"), order="MDY"),
    # --- 10. lower-case names, never the ordinary words
    C("10", WED, "The envoy will arrive next tuesday, officials said.", ("next tuesday", "2024-06-18", "day")),
    C("10", WED, "The accord was signed on 3 march 2015 in Orsk.", ("3 march 2015", "2015-03-03", "day")),
    C("10", WED, "The rebels may withdraw from Ansk if the army pulls back.", ("may", None)),
    C("10", WED, "The council met in May, and it may meet again in July.", ("May", "2024-05", "month"),
      ("may", None), ("July", "2024-07", "month")),
    C("10", WED, "Thousands will march in Orsk to demand a truce.", ("march", None)),
    C("10", WED, "Ilan March, the Velora envoy, met the rebels on Monday.", ("March", None),
      ("Monday", "2024-06-10", "day")),
    C("10", WED, "The envoy said the sun was setting when the shelling began.", ("sun", None)),
    # A capitalised word that makes "March" or "May" part of a name (months.yaml's name_words, task dates53): no
    # month, the year after it a year alone; any other word, or a comma between, leaves the month.
    C("10", WED, "The Green March of 1975 ended Varnish rule in Orsk.", ("March", None), ("1975", "1975", "year")),
    C("10", WED, "Orvan led the Long March across the hills in 1934.", ("Long March", None),
      ("1934", "1934", "year")),
    C("10", WED, "The Women\u2019s March of 2017 filled the streets of Orsk.", ("March", None),
      ("2017", "2017", "year")),
    C("10", WED, "Fighters of the March 23 Movement seized Orsk on Monday.", ("March 23", None),
      ("Monday", "2024-06-10", "day")),
    C("10", WED, "The May 4th Movement of 1919 shaped Orsk's politics.", ("May 4th", None), ("1919", "1919", "year")),
    C("10", WED, "Velora's army entered Orsk in early March 1975.", ("early March 1975", "1975-03", "month")),
    C("10", WED, "The band played Orsk on Green Day, March 3, 2019.", ("March 3, 2019", "2019-03-03", "day")),
    C("10", WED, "Prices in Orsk have risen since March, the ministry said.", ("March", "2024-03", "month")),
    C("10", WED, "The army left Orsk last March.", ("last March", "2024-03", "month")),
    # --- 11. consistency: the past week, month and year read one way (a stretch up to now); no fiscal year
    C("11", WED, "Fighting eased over the past week, monitors said.", ("the past week", None)),
    C("11", WED, "Fighting eased over the past month, monitors said.", ("the past month", None)),
    C("11", WED, "Fighting eased over the past year, monitors said.", ("the past year", None)),
    C("11", WED, "Exports rose this fiscal year, the ministry said.", ("this fiscal year", None)),
]  # fmt: skip

_NOT_TRUCE = "the study sets' gold dates no feast naming a truce ('an Easter truce', a 'Ramadan truce')"
XFAIL: dict[str, str] = {
    "Velora's army announced an Eid truce": "the issue dates it (mid-June 2024: Eid al-Adha, 16 June); "
    + _NOT_TRUCE
    + " (cues.yaml `holiday_not_before`), and a blind set's annotators too",
    "The envoy will visit Tarsa in the coming week.": "the issue lists 'coming week' with 'upcoming week'; read so"
    " (task dates51), it put a false row on a blind half (session 29): it stays a stretch, as 'the coming weeks'",
}


def _case(cls, published, text, expected, order, pub):
    reason = next((why for start, why in XFAIL.items() if text.startswith(start)), None)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(published, text, expected, order, pub, marks=marks, id=f"{cls}|{text[:50]}")


@functools.cache
def _config(order: str | None):
    return load_config(date_order=order)


@functools.cache
def _frame(published: str | None, text: str, order: str | None):
    pubs = None if published is None else {"a.txt": dt.date.fromisoformat(published)}
    config = _config(order) if order else None
    return extract_texts({"a.txt": text}, published=pubs, config=config).frame


def _rows(frame) -> list[tuple[int, int, str, str]]:
    """The dated rows: (start, end, value, precision) of each row's date text."""
    columns = ("date_text", "date_value", "precision", "date_text_start")
    return [
        (int(start), int(start) + len(t), value, precision)
        for t, value, precision, start in zip(*(frame[c] for c in columns), strict=True)
        if value and precision
    ]


def _span(text: str, expression: str, occurrence: int) -> tuple[int, int]:
    at = -1
    for _ in range(occurrence):
        at = text.index(expression, at + 1)
    return at, at + len(expression)


@pytest.mark.parametrize(("published", "text", "expected", "order", "pub"), [_case(*c) for c in CASES])
def test_issue9_form(published, text, expected, order, pub) -> None:
    frame = _frame(published, text, order)
    rows = _rows(frame)
    wrong = []
    for expression, value, precision, occurrence in expected:
        a, b = _span(text, expression, occurrence)
        over = [r for r in rows if r[0] < b and a < r[1]]
        if value is None:
            if over:
                wrong.append((expression, None, [r[2:] for r in over]))
        elif len(over) != 1 or over[0][2:] != (value, precision):
            wrong.append((expression, (value, precision), [r[2:] for r in over]))
        for r in over:
            rows.remove(r)
    extra = [(text[s:e], v, p) for s, e, v, p in rows]
    assert not wrong and not extra, f"missing or wrong {wrong}; extra {extra}"
    if pub is not None:
        told = (str(frame["published"].iloc[0])[:10], frame["published_basis"].iloc[0])
        assert told == pub


@pytest.mark.parametrize(("published", "text", "expected", "order", "pub"), [c[1:] for c in CASES])
def test_issue9_rows_keep_the_invariants(published, text, expected, order, pub) -> None:
    """The issue's "Also": every row's date text stands at its offset, its first day is not after its last, and
    its value is written at its precision."""
    frame = _frame(published, text, order)
    columns = ("date_text", "date_text_start", "date", "date_end", "date_value", "precision")
    for t, start, first, last, value, precision in zip(*(frame[c] for c in columns), strict=True):
        assert text[int(start) : int(start) + len(t)] == t
        if not value:
            continue
        assert first <= last
        head = value.split("/")[0]
        assert head[:4] == str(first.year)
        if precision == "week":
            assert "-W" in head
        elif precision == "month":
            assert len(head) == 7
        elif precision == "day":
            assert len(head) == 10


def test_every_class_is_probed() -> None:
    assert {c[0] for c in CASES} == {str(n) for n in range(1, 12)}
    assert len({(c[1], c[2], c[4]) for c in CASES}) == len(CASES)
