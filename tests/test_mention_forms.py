"""How many dated events a passage gives, and which: forms that must give none, or one (issue 9, task dates49).

Invented articles and paragraphs (names and places made up), each with its publication date and every dated event a
careful annotator following the study sets' conventions would mark (`score_events.py`'s docstring, the sets' READMEs):
the expression each event's date text covers and its value at its precision.  The pipeline must give exactly those
dated rows, no more (a spurious row costs precision) and none with another value.

Families, from the false and wrong rows left on the study sets' dev halves and the issue's classes:
- a headline repeating the body (class 2): the body's mention only;
- one expression written twice (class 3): "on Monday (11 March)", "Friday (tomorrow)", "March 12 of this year",
  "in early June this year", "last year's March 12": one row;
- numbers that are not event dates (class 4): ages, counts, measures, document and flight numbers, clock times,
  decades, durations; with the traps where a similar form is an event ("the 2011 revolution", "founded in 1987",
  "since 2014", "for the first time since 2019", "a 2015 agreement");
- a day told again by a possessive that points back at the news ("Friday's agreement" after "signed ... on
  Friday"): one row; "later Friday" (another happening) is one more;
- words of time in quotations and idioms ("nobody expects peace tomorrow"), holidays named as a season
  ("for the holy month of Ramadan") or a habit ("around the Lunar New Year in past years"), vague spans ("hours
  later", "hours earlier"): no row;
- "last week" in a Sunday report (the study sets' gold: the ISO week before the report's).

Right at main before task dates49: 76 of 100; after its changes: 82 (18 strict xfail with reasons).
After task dates50's one day told twice in brackets or apposed ("yesterday (Wednesday)", "Sunday night (10
March)", "yesterday, Tuesday,"): 86 of 100 (14 strict xfail); with hours told in the past after a plan's day
ahead of publication undated, and a feast after a truce's "for" or "around" undated ("a truce for the holy month
of Ramadan"): 88 of 100, 105 of 119 with the task's own cases.  A possessive day whose noun the earlier sentence of
that day names ("signed a peace accord on Friday ... Friday's accord") as no row of its own was built (89 of 100,
108 of 119) and taken out on a blind half's evidence: its cases are strict xfails (`_SAME_NOUN`).

Left out, the study sets disagreeing or not saying: the year of a document number ("resolution 2231 (2015)"), a bare
month after a frame year the publication year could also give ("launched in April 2019 ... collapsed in early June",
recorded below as open), a quoted "today" said at the day's ceremony.  Task precision57 undated a quoted "tomorrow"
under "must", "should" or "ought" (tense_markers.yaml `exhortation_modals`): the quoted generality is right now.

Every weekday was checked on a calendar (`test_the_probes_own_calendar`).
"""

from __future__ import annotations

import datetime as dt
import functools

import pytest
from conftest import gold_value

from timeline.pipeline import extract_texts

# Wednesday 13 March 2024 (ISO week 11): Sun 10, Mon 11, Tue 12 past; Thu 14, Fri 15, Mon 18 to come.
WED = "2024-03-13"
# Tuesday 10 October 2023 (ISO week 41): Sun 8, Mon 9 past; Wed 11, Fri 13 to come.
TUE = "2023-10-10"
# Thursday 25 November 2021 (ISO week 47): Wed 24 past; Fri 26 to come.
THU = "2021-11-25"
# Sunday 9 April 2023 (ISO week 14): Fri 7, Sat 8 past; Mon 10 to come.
SUN = "2023-04-09"
# Wednesday 5 June 2024 (ISO week 23).
JUN = "2024-06-05"
# Friday 5 January 2024 (ISO week 1).
JAN = "2024-01-05"
# Friday 17 June 2022 (ISO week 24): Thu 16, Mon 13 past.
FRI = "2022-06-17"


def C(published: str, text: str, *expected: tuple) -> tuple:
    """A case: the text, its publication and its events as (expression, value[, occurrence])."""
    return (published, text, tuple((e[0], e[1], e[2] if len(e) > 2 else 1) for e in expected))


# --- class 2: a headline (the first line, before a blank line) repeating the body gives no row of its own
HEADLINES = [
    C(WED, "Velora rebels seize Tarsa on Monday\n\nVelora rebels seized the town of Tarsa on Monday, the army said. "
      "Two soldiers were killed.", ("Monday", "2024-03-11", 2)),
    C(WED, "Ceasefire to take effect on Friday\n\nA ceasefire between Velora and the Orvani Front will take effect on "
      "Friday, mediators in Dastrel said on Tuesday.", ("Friday", "2024-03-15", 2), ("Tuesday", "2024-03-12")),
    C(TUE, "Orsk talks set for November 15\n\nThe two delegations will meet in Orsk on November 15, the foreign "
      "ministry said on Monday.", ("November 15", "2023-11-15", 2), ("Monday", "2023-10-09")),
    C(TUE, "Kessa voters reject charter in Sunday referendum\n\nVoters in Kessa rejected the new charter in a "
      "referendum on Sunday, results released on Monday showed.", ("on Sunday", "2023-10-08"),
      ("Monday", "2023-10-09")),
    C(TUE, "Orvani Front ends 2019 truce\n\nThe Orvani Front said on Monday it was ending the truce it signed with "
      "the government in 2019.", ("Monday", "2023-10-09"), ("in 2019", "2019")),
    C(TUE, "Velora-Marnia talks to resume next week\n\nTalks between Velora and Marnia will resume next week in "
      "Orsk, the envoy Ilan Brecht said on Monday.", ("next week", "2023-W42", 2), ("Monday", "2023-10-09")),
    C(WED, "What next after Sunday's vote in Drova?\n\nVoters in Drova backed the accord on Sunday, officials said "
      "on Tuesday.", ("on Sunday", "2024-03-10"), ("Tuesday", "2024-03-12")),
    C(WED, "Marnia and Velora sign border accord\nThe accord, signed on Monday in Orsk, ends a long dispute\n\n"
      "Marnia and Velora signed a border accord in Orsk on Monday, officials said.",
      ("Monday", "2024-03-11", 2)),
    C(WED, "Parliament to vote on charter on March 20\n\nVelora's parliament will vote on the new charter on March "
      "20, the speaker Odo Renn said on Tuesday.", ("March 20", "2024-03-20", 2), ("Tuesday", "2024-03-12")),
    C(THU, "Envoy to visit Tarsa on Friday\n\nThe envoy Mira Dost will visit Tarsa on Friday, her office said on "
      "Wednesday.", ("Friday", "2021-11-26", 2), ("Wednesday", "2021-11-24")),
    C(JUN, "Gunmen kill 12 in Ansk attack on Monday\n\nGunmen killed 12 people in an attack on a market in Ansk on "
      "Monday, police said.", ("Monday", "2024-06-03", 2)),
    C(JUN, "Rebels, army trade blame over May 30 shelling\n\nThe Orvani Front and the army blamed each other on "
      "Tuesday for the shelling of Ansk on May 30.", ("Tuesday", "2024-06-04"), ("May 30", "2024-05-30", 2)),
    # traps: a body with no headline above it, two mentions of two happenings
    C(WED, "The council met on Monday and again on Tuesday to discuss the truce.", ("Monday", "2024-03-11"),
      ("Tuesday", "2024-03-12")),
    C(WED, "Velora rebels seized Tarsa on Monday. On Tuesday, they lost it again.", ("Monday", "2024-03-11"),
      ("Tuesday", "2024-03-12")),
]  # fmt: skip

# --- class 3: one date written twice in one expression gives one row
ONE_EXPRESSION = [
    C(WED, "The council met on Monday (11 March) in Orsk.", ("Monday (11 March)", "2024-03-11")),
    C(WED, "The council will meet on Friday (15 March) in Orsk.", ("Friday (15 March)", "2024-03-15")),
    C(THU, "The envoy will arrive on Friday (tomorrow), officials said.", ("Friday (tomorrow)", "2021-11-26")),
    C(THU, "The envoy arrived yesterday (Wednesday) in Tarsa.", ("yesterday (Wednesday)", "2021-11-24")),
    C(JUN, "The accord was signed on March 12 of this year in Vessa.", ("March 12 of this year", "2024-03-12")),
    C(WED, "Elections are planned in early June this year.", ("early June this year", "2024-06")),
    C(JUN, "Last year's March 12 attack on Tarsa killed 30 people.", ("Last year's March 12", "2023-03-12")),
    C(JUN, "The accord was signed on March 12 of last year in Vessa.", ("March 12 of last year", "2023-03-12")),
    C(WED, "The rebels shelled Ansk on Tuesday, March 12, witnesses said.", ("Tuesday, March 12", "2024-03-12")),
    C(WED, "The rebels shelled Ansk on Monday, 11 March, witnesses said.", ("Monday, 11 March", "2024-03-11")),
    C(WED, "The rebels shelled Ansk on 11 March (Monday), witnesses said.", ("11 March (Monday)", "2024-03-11")),
    C(WED, "The council will meet next Monday, March 18, in Orsk.", ("next Monday, March 18", "2024-03-18")),
    C(WED, "The talks open this Friday (March 15) in Orsk.", ("this Friday (March 15)", "2024-03-15")),
    C(WED, "Fighting broke out on Sunday night (10 March) near Ansk.", ("Sunday night (10 March)", "2024-03-10")),
    C(WED, "The envoy met both leaders last Thursday (7 March).", ("last Thursday (7 March)", "2024-03-07")),
    C(WED, "The rebels signed the truce in March this year.", ("March this year", "2024-03")),
    C(JUN, "The vote is due on Friday, June 7, officials said.", ("Friday, June 7", "2024-06-07")),
    C(JUN, "The army said on Monday, June 3, that it had retaken the pass.", ("Monday, June 3", "2024-06-03")),
    C(WED, "The ministers meet today (Wednesday) in Orsk.", ("today (Wednesday)", "2024-03-13")),
    C(WED, "The vote is set for Sunday, March 17.", ("Sunday, March 17", "2024-03-17")),
    C(JUN, "The rebels left Ansk on May 30 of this year.", ("May 30 of this year", "2024-05-30")),
    C(WED, "Rebels shelled Ansk yesterday, Tuesday, the army said.", ("yesterday, Tuesday", "2024-03-12")),
    C(WED, "The talks will resume tomorrow (Thursday) in Orsk.", ("tomorrow (Thursday)", "2024-03-14")),
    # the two disagree: the calendar date stands; a deictic day and another weekday give no date
    C(WED, "The rebels shelled Ansk on Tuesday night (11 March), witnesses said.",
      ("11 March", "2024-03-11")),
    C(THU, "The envoy arrived yesterday (Tuesday) in Tarsa.", ),
    # traps: two expressions, two rows
    C(WED, "Shelling went on yesterday, Monday, and Sunday, residents said.", ("yesterday", "2024-03-12"),
      ("Monday", "2024-03-11"), ("Sunday", "2024-03-10")),
    C(WED, "The envoy said yesterday, Tuesday's vote was flawed.", ("yesterday", "2024-03-12"),
      ("Tuesday", "2024-03-12")),
    C(WED, "The envoy flew to Orsk on Monday (yesterday in Tarsa).", ("Monday", "2024-03-11"),
      ("yesterday", "2024-03-12")),
    C(WED, "The rebels signed on Monday and the army on 12 March.", ("Monday", "2024-03-11"),
      ("12 March", "2024-03-12")),
    C(WED, "The truce, agreed on Monday, two days after the 9 March vote, is holding.", ("Monday", "2024-03-11"),
      ("9 March", "2024-03-09")),
    C(JUN, "The accord signed on March 12 was broken on May 2.", ("March 12", "2024-03-12"), ("May 2", "2024-05-02")),
]  # fmt: skip

# --- class 4: numbers that are not the dates of events; and the forms that are
NUMBERS = [
    C(WED, "The 72-year-old envoy Ilan Brecht arrived in Orsk on Monday.", ("Monday", "2024-03-11")),
    C(WED, "Some 2,000 monitors were deployed along the line on Monday.", ("Monday", "2024-03-11")),
    C(WED, "The council adopted resolution 2231 on Tuesday.", ("Tuesday", "2024-03-12")),
    C(WED, "Decree No. 1998 was published in Orsk on Tuesday.", ("Tuesday", "2024-03-12")),
    C(WED, "Flight 1917 from Orsk landed in Tarsa on Monday with 140 freed prisoners.", ("Monday", "2024-03-11")),
    C(WED, "Velora pumped about 1.2 million barrels per day before the blockade.", ),
    C(WED, "The motion passed by 1999 votes to 1204.", ),
    C(WED, "About 2000 people fled Ansk, the agency said.", ),
    C(WED, "The envoy, aged 64, has led the mission since its start.", ),
    C(WED, "Shelling began at 1930 local time on Monday.", ("Monday", "2024-03-11")),
    C(WED, "The region was at war for most of the 1990s.", ),
    C(WED, "The region was emptied in the early 2000s.", ),
    C(WED, "The two sides agreed a 72-hour truce.", ),
    C(WED, "The rebels must withdraw within 48 hours.", ),
    C(WED, "The 16-year war killed 40,000 people.", ),
    C(WED, "The rebels have fought the government for three years.", ),
    C(WED, "The Velora Vision 2030 plan was unveiled on Tuesday.", ("Tuesday", "2024-03-12")),
    C(WED, "The 1,200-km border was closed.", ),
    C(WED, "Turnout was 2,019 voters in the district, the commission said.", ),
    C(WED, "The rebels hold 1,500 square kilometres of land.", ),
    C(WED, "About 1,947 people have been killed in the fighting.", ),
    C(WED, "He was 81 when he signed the accord.", ),
    C(WED, "The ceasefire took effect at 0600 GMT on Tuesday.", ("Tuesday", "2024-03-12")),
    C(WED, "Curfew starts at 2100 hours, the army said on Monday.", ("Monday", "2024-03-11")),
    C(WED, "The militia fields some 1990 fighters, the report said.", ),
    C(WED, "Article 1995 of the penal code was repealed on Tuesday.", ("Tuesday", "2024-03-12")),
    # traps: a year that dates a happening
    C(WED, "The 2011 revolution toppled the old regime.", ("2011", "2011")),
    C(WED, "The Orvani Front, founded in 1987, took up arms later.", ("1987", "1987")),
    C(WED, "Velora has been split since 2014 between two governments.", ("since 2014", "2014")),
    C(WED, "Flights resumed from Tarsa for the first time since 2019.", ("since 2019", "2019")),
    C(WED, "A 2015 agreement set the border.", ("2015", "2015")),
    C(WED, "The rebels marked the tenth anniversary of the uprising on Monday.", ("Monday", "2024-03-11")),
    C(WED, "The tenth anniversary of the 17 February 2014 revolution passed quietly.",
      ("17 February 2014", "2014-02-17")),
    C(WED, "The accord ended a war that broke out in 1991.", ("1991", "1991")),
    C(WED, "Velora's independence in 1951 was celebrated on Tuesday.", ("1951", "1951"), ("Tuesday", "2024-03-12")),
    C(WED, "The 2019 offensive on Kessa collapsed within weeks.", ("2019", "2019")),
]  # fmt: skip

# --- a day told again: a possessive weekday pointing back at the news is no second row
REPEATS = [
    C(FRI, "The two ministers signed a peace accord on Friday in Orsk. Speaking later Friday, the president hailed "
      "it. The rebels are not party to Friday's accord.", ("on Friday", "2022-06-17"),
      ("later Friday", "2022-06-17")),
    C(WED, "An Orsk delegation arrived in Tarsa on Sunday. Observers said Sunday's visit marked a change.",
      ("on Sunday", "2024-03-10")),
    C(WED, "Gunmen attacked a market in Ansk on Monday. Monday's attack killed 12 people.",
      ("on Monday", "2024-03-11")),
    C(WED, "Voters backed the charter on Sunday. Sunday's referendum was boycotted by the opposition.",
      ("on Sunday", "2024-03-10")),
    C(WED, "Rebels shelled Ansk yesterday, the heaviest shelling in weeks. Critics said yesterday's shelling broke "
      "the truce.",
      ("yesterday", "2024-03-12")),
    C(FRI, "Kessa and Velora agreed a truce on Thursday. Thursday's hastily agreed truce held overnight.",
      ("on Thursday", "2022-06-16")),
    # traps: a possessive of a new day, or the first mention, or another happening that day
    C(WED, "Monday's talks in Vessa ended without agreement.", ("Monday", "2024-03-11")),
    C(WED, "The council met in Orsk on Monday. Monday's attack on Ansk killed 12 people.", ("Monday", "2024-03-11"),
      ("Monday's", "2024-03-11")),
    C(WED, "Gunmen attacked a market in Ansk on Monday. Tuesday's attack killed 12 people.", ("Monday", "2024-03-11"),
      ("Tuesday", "2024-03-12")),
    C(FRI, "The rebels agreed on Thursday to open the road. Under Thursday's deal, the army withdrew.",
      ("on Thursday", "2022-06-16"), ("Thursday's", "2022-06-16")),
    C(WED, "Monday's attack on Ansk killed 12 people, the army said on Monday.", ("Monday's", "2024-03-11"),
      ("on Monday", "2024-03-11")),
    C(WED, "The council met on Monday. Tuesday's vote was postponed.", ("Monday", "2024-03-11"),
      ("Tuesday", "2024-03-12")),
]  # fmt: skip

# --- quotations and idioms, holidays as seasons or habits, vague spans: no row
NO_ROW = [
    C(WED, '"Nobody should expect peace to come tomorrow," said the analyst Vera Lind.', ),
    C(WED, 'The minister said the wounds of "yesterday" must not reopen.', ),
    C(WED, "Haftoun's forces offered a truce for the holy month of Ramadan.", ),
    C(WED, "The next round of talks will take place after the Ramadan fast, the envoy said.", ),
    C(WED, "The army declared similar pauses around the Lunar New Year in past years.", ),
    C(JUN, "Parliament was convened for 25 May. Hours later, the protesters began to leave the square.",
      ("25 May", "2024-05-25")),
    C(WED, "The alliance had authorised strikes only hours earlier.", ),
    C(WED, "The rebels want consultations to start \"before the middle of the year\", their leader said in a "
      "statement on Monday.", ("Monday", "2024-03-11")),
    C("2024-05-21", "The speaker announced that parliament would convene on 25 May. Hours later, the protesters began "
      "to leave the square.", ("25 May", "2024-05-25")),
    C(WED, "Last year the rebels rejected a ceasefire for the holy month of Ramadan.", ("Last year", "2023")),
    # traps: a holiday on its day, a plain "today", hours counted from a day told in the past or in a plan, a feast
    # as a happening's time
    C("2023-04-15", "The guns fell silent during Easter, residents said.", ("Easter", "2023-04-09")),
    C(JAN, "The rebels declared a truce over Christmas.", ("Christmas", "2023-12-25")),
    C(WED, "The truce took effect on the first day of Ramadan.", ("the first day of Ramadan", "2024-03-11")),
    C("2024-05-21", "Protesters rallied on Monday and the speaker said parliament would convene on 25 May. Hours "
      "later, the camp was dismantled.", ("Monday", "2024-05-20"), ("25 May", "2024-05-25"),
      ("Hours later", "2024-05-20")),
    C("2024-05-21", "The talks will open on 25 May. Hours later, the envoy will fly home.", ("25 May", "2024-05-25"),
      ("Hours later", "2024-05-25")),
    C(JAN, "The accord was signed on Christmas Eve in Dastrel.", ("Christmas Eve", "2023-12-24")),
    C(WED, "The rebels said today they would free the hostages.", ("today", "2024-03-13")),
]  # fmt: skip

# --- weeks counted from a Sunday report: "last week" is the ISO week before the report's
SUNDAY = [
    C(SUN, "The envoy, who visited Orsk last week, said he welcomed the talks.", ("last week", "2023-W13")),
    C(SUN, "A rocket hit the Green Zone of Tarsa last week, the embassy said.", ("last week", "2023-W13")),
    C(SUN, "The council, which last week removed its deputy head, met again on Saturday.", ("last week", "2023-W13"),
      ("Saturday", "2023-04-08")),
    C(SUN, "The talks will resume next week in Orsk.", ("next week", "2023-W15")),
    C(SUN, "Gunmen attacked a checkpoint on Friday, the army said.", ("Friday", "2023-04-07")),
    C(WED, "The envoy visited Orsk last week.", ("last week", "2024-W10")),
]  # fmt: skip

# --- a bare month after a frame year the publication year could also give
FRAMES = [
    C("2020-07-19", "The GNA, which pushed the rebels back from the outskirts of Tarsa in early June, has vowed to "
      "retake Ansk.", ("early June", "2020-06")),
    C("2020-09-21", "Orvani forces launched an offensive on Tarsa in April last year, which collapsed in early June "
      "after Velora stepped up its support.", ("April last year", "2019-04"), ("early June", "2020-06")),
    # traps: a narrative of one past year keeps it
    C("2020-09-21", "In March 2011, protesters filled the squares of Velm. In October, the old ruler was killed.",
      ("March 2011", "2011-03"), ("October", "2011-10")),
]  # fmt: skip

CASES = HEADLINES + ONE_EXPRESSION + NUMBERS + REPEATS + NO_ROW + SUNDAY + FRAMES

# Failing at the end of task dates49, by the start of the case's text: why.
_VERB_TOLD = (
    "the earlier sentence tells the happening by a verb only (arrived/visit, attacked/attack, voters backed/"
    "referendum): the study gold marks 'Under Friday's deal' after 'agreed on Friday to' as a row, and taking a verb"
    " or another noun as the same happening lost a check-set row (task dates50)"
)
# A rule for the same noun (task dates50: "signed a peace accord on Friday ... Friday's accord" no row) took two false
# rows off a study set but a right row off a blind half (session 28): the annotators mark the form either way.
_SAME_NOUN = (
    "a possessive day whose noun the earlier sentence of that day names is marked as its own row by some sets'"
    " annotators (a blind half) and not by others (the study sets): the rule was measured and left out"
)
XFAIL: dict[str, str] = {
    "The two ministers signed a peace accord on Friday": _SAME_NOUN,
    "Rebels shelled Ansk yesterday, the heaviest": _SAME_NOUN,
    "Kessa and Velora agreed a truce on Thursday": _SAME_NOUN,
    "An Orsk delegation arrived in Tarsa on Sunday": _VERB_TOLD,
    "Gunmen attacked a market in Ansk on Monday. Monday": _VERB_TOLD,
    "Voters backed the charter on Sunday": _VERB_TOLD,
    "What next after Sunday's vote": "a headline ending in '?' is no crosshead; its weekday is dated ahead",
    "Marnia and Velora sign border accord": "a standfirst of more than 8 words is no crosshead; it keeps its row",
    "The truce, agreed on Monday, two days after": "'two days after the 9 March vote' is read as one count from"
    " 9 March (11 March) and covers the 9 March row",
    "The motion passed by 1999 votes": "'by' cues a year before 'votes' makes it a count",
    "Parliament was convened for 25 May. Hours later": "'Hours later' is dated as the day counted from: 'was"
    " convened for' is read as a past, not a plan (a plan's day, ahead of publication, is no longer counted from)",
    'The rebels want consultations to start "before the middle': "a hoped-for limit in a quotation is dated",
    "Orvani forces launched an offensive on Tarsa in April last year": "a month after a frame year takes the frame's"
    " year (the study sets' gold takes the publication year here, and the frame's in a narrative of that year)",
}


def _case(published: str, text: str, expected: tuple):
    reason = next((why for start, why in XFAIL.items() if text.startswith(start)), None)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(published, text, expected, marks=marks, id=f"{published}|{text[:50]}")


def _as_gold(date: str, precision: str, value: str) -> str | None:
    """The value the gold writes for a row: its start at its precision (a decade's or century's: its precision,
    which no expected value is)."""
    if not date or not precision or str(date) in ("NaT", "nan"):
        return None
    return gold_value(dt.date.fromisoformat(str(date)[:10]), precision, value) or precision


@functools.cache
def _rows(published: str, text: str) -> tuple[tuple[int, int, str], ...]:
    """The dated rows: (start, end, value) of each row's date text."""
    extraction = extract_texts({"a.txt": text}, published={"a.txt": dt.date.fromisoformat(published)})
    frame = extraction.frame
    columns = ("date_text", "date", "precision", "date_value", "date_text_start")
    rows = []
    for t, day, precision, value, start in zip(*(frame[c] for c in columns), strict=True):
        told = _as_gold(day, precision, value)
        if told:
            rows.append((int(start), int(start) + len(t), told))
    return tuple(sorted(rows))


def _span(text: str, expression: str, occurrence: int) -> tuple[int, int]:
    at = -1
    for _ in range(occurrence):
        at = text.index(expression, at + 1)
    return at, at + len(expression)


@pytest.mark.parametrize(("published", "text", "expected"), [_case(*c) for c in CASES])
def test_mention_form(published: str, text: str, expected: tuple) -> None:
    rows = list(_rows(published, text))
    got, missing = [], []
    for expression, value, occurrence in expected:
        a, b = _span(text, expression, occurrence)
        over = [r for r in rows if r[0] < b and a < r[1]]
        if len(over) != 1 or over[0][2] != value:
            missing.append((expression, value, [r[2] for r in over]))
        for r in over:
            rows.remove(r)
            got.append(r)
    extra = [(text[s:e], v) for s, e, v in rows]
    assert not missing and not extra, f"missing or wrong {missing}; extra {extra}"


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@pytest.mark.parametrize(("published", "text", "expected"), CASES)
def test_the_probes_own_calendar(published: str, text: str, expected: tuple) -> None:
    """A weekday's expected day is that weekday, within a week of publication."""
    for expression, value, _ in expected:
        named = [w for w in _WEEKDAYS if w in expression]
        if named and len(value) == 10:
            told = dt.date.fromisoformat(value)
            assert _WEEKDAYS[told.weekday()] == named[0]
            assert abs((told - dt.date.fromisoformat(published)).days) < 7


def test_enough_cases() -> None:
    assert len(CASES) >= 100
    assert len({(p, t) for p, t, _ in CASES}) == len(CASES)
