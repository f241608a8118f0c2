"""Date phrases of the forms public taggers test (issue 9), worded anew here; every value worked out by hand.

The reference is Wednesday 15 June 2022 unless a case says otherwise.  In June 2022 the 1st is a Wednesday;
Western Easter 2022 fell on 17 April, Easter 2023 on 9 April.
"""

from __future__ import annotations

import pytest
from conftest import d
from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal.casing import capitalised
from timeline.temporal.rules import builtin_rules
from timeline.temporal.tagger import Reference, tag

JUNE15 = "2022-06-15"


def _value(text: str, expression: str, published: str = JUNE15) -> str | None:
    """The value of the one resolved date mention over `expression` (None when there is none)."""
    start = text.index(expression)
    end = start + len(expression)
    mentions = tag(text, Reference(d(published)))
    dated = [m for m in mentions if m.start < end and start < m.end and m.kind == "date" and m.period is not None]
    assert len(dated) <= 1, dated
    if not dated:
        return None
    assert (dated[0].start, dated[0].end) == (start, end), dated[0]
    return dated[0].value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # July 2022 begins on a Friday: its first Tuesday is the 5th.
        ("The summit will open on the first tuesday of july.", "the first tuesday of july", "2022-07-05"),
        ("The ministers met last monday.", "last monday", "2022-06-13"),
        ("The panel reconvenes next tuesday.", "next tuesday", "2022-06-21"),
        ("Envoys will meet on thursday of next week.", "thursday of next week", "2022-06-23"),
        ("The accord was signed on 14 october 2020.", "14 october 2020", "2020-10-14"),
        ("The vote was held on the 2nd of february.", "the 2nd of february", "2022-02-02"),
        ("Refugees arrived in january.", "january", "2022-01"),
        ("The rally took place on march 3rd.", "march 3rd", "2022-03-03"),
        ("Fighting stopped on the 9th of may.", "the 9th of may", "2022-05-09"),
        ("The port reopened in aug 2019.", "aug 2019", "2019-08"),
    ],
)  # fmt: skip
def test_lower_case_names_inside_a_date(text, expression, value):
    assert _value(text, expression) == value


@pytest.mark.parametrize(
    "text,expression",
    [
        ("Protesters march 3 miles to the square.", "march"),
        ("You may 2 times appeal.", "may"),
        ("An august body met in the capital.", "august"),
        ("Friday prayers and sunday markets resumed.", "sunday"),
        ("The bank lent money to the city.", "lent"),
        ("Traders had a good friday after the vote.", "good friday"),
        ("A service of thanksgiving was held.", "thanksgiving"),
    ],
)  # fmt: skip
def test_lower_case_ordinary_words_stay_words(text, expression):
    assert _value(text, expression) is None


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # November 2021 has Thursdays 4, 11, 18 and 25.
        ("Stores opened at dawn on Black Friday 2021.", "Black Friday 2021", "2021-11-26"),
        ("The family gathered at Thanksgiving 2021.", "Thanksgiving 2021", "2021-11-25"),
        # The first Monday of September 2022 is the 5th; the last Monday of May 2022 the 30th.
        ("The strike ended on Labor Day 2022.", "Labor Day 2022", "2022-09-05"),
        ("Veterans marched on Memorial Day 2022.", "Memorial Day 2022", "2022-05-30"),
        # Easter 2022 + 50 days.
        ("The border closed on Whit Monday 2022.", "Whit Monday 2022", "2022-06-06"),
        ("Children paraded on halloween last year.", "halloween last year", "2021-10-31"),
        ("Pilgrims will return next Easter.", "next Easter", "2023-04-09"),
        ("The ceasefire collapsed last Christmas.", "last Christmas", "2021-12-25"),
        # November 2022 begins on a Tuesday: its fourth Thursday is the 24th.
        ("Talks resume this Thanksgiving.", "this Thanksgiving", "2022-11-24"),
    ],
)  # fmt: skip
def test_holidays_by_weekday_rule_and_qualifier(text, expression, value):
    assert _value(text, expression) == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        ("The convoy was stopped on Tuesday the 14th.", "Tuesday the 14th", "2022-06-14"),
        # Friday 13ths: 13 May 2022, then 13 January 2023.
        ("The court ruled on Friday the 13th.", "Friday the 13th", "2022-05-13"),
        ("The court will rule on Friday 13th.", "Friday 13th", "2023-01-13"),
        # A fragment reads forward, unless the day fell within the last month (Tuesday 14 June, 2022).
        ("Tuesday, the 14th", "Tuesday, the 14th", "2022-06-14"),
    ],
)  # fmt: skip
def test_weekday_with_its_day_of_month(text, expression, value):
    assert _value(text, expression) == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        ("Talks ran from Aug 8 - Aug 12, 2021 in Geneva.", "Aug 8 - Aug 12, 2021", "2021-08-08/2021-08-12"),
        ("The curfew lasted March 30 to April 2.", "March 30 to April 2", "2022-03-30/2022-04-02"),
        ("Crossings were shut December 30 - January 2.", "December 30 - January 2", "2021-12-30/2022-01-02"),
        # A clock time or a year after each day leaves the days whole; each day keeps its own year.
        ("The ceasefire ran Apr 3 2019 6:00 PM - Apr 9 2019 8:00 AM.", "Apr 3 2019 6:00 PM - Apr 9 2019 8:00 AM",
         "2019-04-03/2019-04-09"),
        ("Polls opened Dec 30 2019 at 7am - Jan 2 2020 at 5pm in Kabul.", "Dec 30 2019 at 7am - Jan 2 2020 at 5pm",
         "2019-12-30/2020-01-02"),
        ("The border was shut March 4 10:00 - March 6 18:00.", "March 4 10:00 - March 6 18:00",
         "2022-03-04/2022-03-06"),
        # A year written once, after the last day, is that day's: the span began the year before.
        ("The truce held from December 30 - January 2, 2019.", "December 30 - January 2, 2019",
         "2018-12-30/2019-01-02"),
        # Day before month, a month on each side; "and" joins a span only after "between".
        ("The truce held 30 December to 2 January 2019.", "30 December to 2 January 2019", "2018-12-30/2019-01-02"),
        ("The truce held from 3 May to 7 June 2018.", "3 May to 7 June 2018", "2018-05-03/2018-06-07"),
        ("The truce held between 3 May and 7 June 2018.", "3 May and 7 June 2018", "2018-05-03/2018-06-07"),
        ("The truce held between March 2 and March 9, 2018.", "March 2 and March 9, 2018", "2018-03-02/2018-03-09"),
        ("Talks were held on May 3 and May 7.", "May 3", "2022-05-03"),
        # A clock time may stand before the second day too; a day may be an ordinal word on either side.
        ("The ceasefire ran May 30 at 6pm - 8am June 2.", "May 30 at 6pm - 8am June 2", "2022-05-30/2022-06-02"),
        ("The curfew lasted May third to May fifth.", "May third to May fifth", "2022-05-03/2022-05-05"),
        ("The truce held from the first of March to the fifth of April 2019.",
         "the first of March to the fifth of April 2019", "2019-03-01/2019-04-05"),
        ("Crossings were shut from the twenty-first of May to the 2nd of June.",
         "the twenty-first of May to the 2nd of June", "2022-05-21/2022-06-02"),
    ],
)  # fmt: skip
def test_a_range_of_two_month_days(text, expression, value):
    assert _value(text, expression) == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        ("Between 2015 and 2017, the war killed thousands.", "2015 and 2017", "2015/2017"),
        # A span of counts, not of years.
        ("Between 1990 and 2000 fighters joined.", "1990 and 2000", None),
        ("Between 1500 and 2000 fighters joined.", "2000", None),
        ("The war killed thousands between 2017 and 2015.", "2017 and 2015", None),
    ],
)  # fmt: skip
def test_a_span_of_years_between(text, expression, value):
    assert _value(text, expression) == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        ("The accord was signed on the 12th day of December, 2001.", "the 12th day of December, 2001", "2001-12-12"),
        ("The siege ended on the 3rd day of March.", "the 3rd day of March", "2022-03-03"),
        # "day of" a month only: the third day of talks is no day of March.
        ("Envoys met on the 3rd day of talks in March.", "March", "2022-03"),
    ],
)  # fmt: skip
def test_a_day_counted_in_a_month(text, expression, value):
    assert _value(text, expression) == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # A month cue before an abbreviation with its full stop: the day after it is the abbreviation's.
        ("The truce has held since Aug. 29, the minister said.", "Aug. 29", "2021-08-29"),
        ("The curfew stays in force until Oct. 15.", "Oct. 15", "2022-10-15"),
        ("Talks resumed in Feb. 2021 after a pause.", "Feb. 2021", "2021-02"),
        ("Talks have stalled since Jan.", "Jan", "2022-01"),
    ],
)  # fmt: skip
def test_a_cue_before_an_abbreviated_month_and_day(text, expression, value):
    assert _value(text, expression) == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # A night across two days in a row is dated by the day it began; two days apart make no one night.
        ("Troops clashed on the night of 9/10 May 2021.", "the night of 9/10 May 2021", "2021-05-09"),
        ("Shelling went on overnight 3-4 June.", "overnight 3-4 June", "2022-06-03"),
        ("Troops clashed on the night of 9/12 May 2021.", "the night of 9/12 May 2021", None),
    ],
)  # fmt: skip
def test_a_night_across_two_days(text, expression, value):
    assert _value(text, expression) == value


def test_a_range_of_two_day_months_keeps_each_end_for_timex():
    (mention,) = [m for m in tag("It ran 30 December - 2 January 2019.", Reference(d(JUNE15))) if m.kind == "date"]
    assert [(p.text, p.value) for p in mention.parts] == [("30 December", "2018-12-30"), ("2 January", "2019-01-02")]


def test_a_range_of_two_month_days_keeps_each_end_for_timex():
    (mention,) = [m for m in tag("It ran Aug 8 - Aug 12, 2021.", Reference(d(JUNE15))) if m.kind == "date"]
    assert [(p.text, p.value) for p in mention.parts] == [("Aug 8", "2021-08-08"), ("Aug 12", "2021-08-12")]


@pytest.mark.parametrize(
    "text,expression,value",
    [
        ("Rent is due on the 20th of the current month.", "the 20th of the current month", "2022-06-20"),
        ("The loan is repaid on 20 of next month.", "20 of next month", "2022-07-20"),
        ("The order was given on the 5th day of the previous month.", "the 5th day of the previous month",
         "2022-05-05"),
    ],
)  # fmt: skip
def test_a_day_of_a_qualified_month(text, expression, value):
    assert _value(text, expression) == value


def test_parts_of_a_period_without_the():
    # A 30-day month's last third is its last 10 days; a week's first third its first 2 days.
    start = "Salaries will be paid by end of the month."
    (m,) = [x for x in tag(start, Reference(d(JUNE15))) if x.kind == "date"]
    assert (m.text, m.value, m.period.start, m.period.end) == ("end of the month", "2022-06", d("2022-06-21"),
                                                               d("2022-06-30"))  # fmt: skip
    week = "Strikes began at the beginning of last week."
    (m,) = [x for x in tag(week, Reference(d(JUNE15))) if x.kind == "date"]
    assert (m.value, m.period.start, m.period.end) == ("2022-W23", d("2022-06-06"), d("2022-06-07"))


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # June 2022's Thursdays: 2, 9, 16, 23, 30; the second last week holds the 23rd (20-26 June).
        ("Fighting is expected to peak in the second last week of June.", "last week of June", "2022-W25"),
        ("The fund ran dry on the fourth last day of May.", "last day of May", "2022-05-28"),
        ("The count closed on the 2nd last day of February 2020.", "last day of February 2020", "2020-02-28"),
    ],
)  # fmt: skip
def test_an_ordinal_before_last_counts_back_from_the_end(text, expression, value):
    assert _value(text, expression) == value


def test_an_ordinal_before_last_week_gives_no_date_rather_than_a_wrong_one():
    assert _value("Aid arrived in the 3rd last week.", "last week") is None


def test_an_ordinal_before_last_week_of_a_year_counts_back_from_its_last_iso_week():
    # 2021 has 52 ISO weeks: the third last is W50.
    assert _value("Aid arrived in the 3rd last week of 2021.", "last week of 2021") == "2021-W50"


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # Simple past after a plan participle: a past plan (the latest 3 June by publication).
        ("The hearing scheduled for 3 June was postponed.", "3 June", "2022-06-03"),
        ("Talks planned for 2 May were called off.", "2 May", "2022-05-02"),
        # The plan's own verb group, or a future after it: forward.
        ("The hearing scheduled for 3 June will go ahead.", "3 June", "2023-06-03"),
        ("The hearing is scheduled for 3 July.", "3 July", "2022-07-03"),
    ],
)  # fmt: skip
def test_the_clause_after_a_plan_participle_decides_its_tense(text, expression, value):
    assert _value(text, expression) == value


@given(st.text(alphabet=st.sampled_from(list("abcdefmnorstuyjlpvwhig '’-0123456789,.\n")), max_size=80))
def test_capitalising_names_keeps_every_offset_and_changes_only_letter_case(text):
    out = capitalised(text, builtin_rules().lower_case)
    assert len(out) == len(text)
    assert out.lower() == text.lower()


@pytest.mark.parametrize(
    "text,expression,value",
    [
        ("The truce began on the first of March.", "the first of March", "2022-03-01"),
        ("Ballots were counted on the second of may 2019.", "the second of may 2019", "2019-05-02"),
        # A day alone: of the publication month, the one before or after, by tense.
        ("The vote will be held on the 20th.", "the 20th", "2022-06-20"),
        ("The blast happened on the 10th, police said.", "the 10th", "2022-06-10"),
        ("The blast happened on the 28th.", "the 28th", "2022-05-28"),
    ],
)  # fmt: skip
def test_a_day_written_as_an_ordinal_or_alone(text, expression, value):
    assert _value(text, expression) == value


@pytest.mark.parametrize(
    "text,expression",
    [
        ("The fire started on the 14th floor.", "14th"),
        ("Supplies ran out by the last of March.", "the last of March"),
    ],
)  # fmt: skip
def test_no_day_where_the_ordinal_is_no_day(text, expression):
    assert _value(text, expression) is None


@pytest.mark.parametrize(
    "text,expression,value",
    [
        ("Voting ran from may 2nd to 5th.", "may 2nd to 5th", "2022-05-02/2022-05-05"),
        ("The plant closed on oct. 1, 1980.", "oct. 1, 1980", "1980-10-01"),
    ],
)  # fmt: skip
def test_lower_case_short_forms_and_day_ranges(text, expression, value):
    assert _value(text, expression) == value


def test_a_modal_before_a_count_is_no_month():
    assert _value("Members may 2 to 3 times appeal.", "may 2 to 3") is None


@pytest.mark.parametrize(
    "text,expression,value",
    [
        ("He was born on the 4th of July in the year 1950.", "the 4th of July in the year 1950", "1950-07-04"),
        ("It opened on the first of June in the year 1990.", "the first of June in the year 1990", "1990-06-01"),
    ],
)  # fmt: skip
def test_a_day_and_month_in_the_year(text, expression, value):
    assert _value(text, expression) == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # The week of 20-26 June 2022 follows the reference's.
        ("The envoys meet on Friday next week.", "Friday next week", "2022-06-24"),
        ("The talks broke down on Tuesday, last week.", "Tuesday, last week", "2022-06-07"),
        # Past text: the last day of a month that has ended; future text: of this one.
        ("The fund ran dry on the last day of the month.", "the last day of the month", "2022-05-31"),
        ("Rent will be due on the last day of the month.", "the last day of the month", "2022-06-30"),
        # 6/11/2022: 6 November (a Sunday) or 11 June (a Saturday).
        ("The vote was held Saturday 6/11/2022.", "Saturday 6/11/2022", "2022-06-11"),
        ("The vote was held Sunday 6/11/2022.", "Sunday 6/11/2022", "2022-11-06"),
    ],
)  # fmt: skip
def test_weekday_of_a_relative_week_the_month_and_a_numeric_date(text, expression, value):
    assert _value(text, expression) == value


def test_a_weekday_that_fits_neither_reading_leaves_the_numeric_date_ambiguous():
    (m,) = [x for x in tag("The vote was held Monday 6/11/2022.", Reference(d(JUNE15))) if x.kind == "date"]
    assert (m.period, m.basis) == (None, "ambiguous")


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # Wednesday 15 June 2022: this week runs 13-19 June.
        ("Markets reopen this Saturday.", "this Saturday", "2022-06-18"),
        ("Protests are planned this Monday.", "this Monday", "2022-06-20"),
        ("Shops closed this Monday.", "this Monday", "2022-06-13"),
        ("The summit opens this Wednesday.", "this Wednesday", "2022-06-15"),
    ],
)  # fmt: skip
def test_this_weekday_is_the_coming_one_unless_the_clause_is_past(text, expression, value):
    assert _value(text, expression) == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # Past text: the latest third quarter begun by 15 June 2022 is 2021's; future text: 2022's.
        ("Profits rose in the third quarter.", "the third quarter", "2021-Q3"),
        ("Profits should rise in the third quarter.", "the third quarter", "2022-Q3"),
        ("Output fell in the 4th quarter 2019.", "the 4th quarter 2019", "2019-Q4"),
        ("Crowds gathered during the week of March 15, 2021.", "the week of March 15, 2021", "2021-W11"),
        ("Heat records fell during the current summer.", "the current summer", "2022-SU"),
    ],
)  # fmt: skip
def test_quarters_weeks_of_a_day_and_current_seasons(text, expression, value):
    assert _value(text, expression) == value


@pytest.mark.parametrize(
    "text,expression,start,end",
    [
        ("Output fell in the third quarter of 2019.", "the third quarter of 2019", "2019-07-01", "2019-09-30"),
        ("Talks were held in the first half of 2021.", "the first half of 2021", "2021-01-01", "2021-06-30"),
        ("The vote is due in the second half of next year.", "the second half of next year",
         "2023-07-01", "2023-12-31"),
    ],
)  # fmt: skip
def test_a_part_of_a_year_is_its_months_at_year_precision(text, expression, start, end):
    """No precision names three or six months; as "early 2020", a quarter or a half is a year's part."""
    hits = [m for m in tag(text, Reference(d(JUNE15))) if m.kind == "date" and m.period is not None]
    assert [(m.period.start.isoformat(), m.period.end.isoformat(), m.period.precision) for m in hits] == [
        (start, end, "year")
    ]


def test_a_quarter_of_something_else_is_no_date():
    assert _value("Growth slowed in the first quarter of the century.", "the first quarter") is None


@pytest.mark.parametrize(
    "text,expression,value",
    [
        ("Salaries will be paid by EOM.", "EOM", "2022-06"),
        ("The audit closes eoy.", "eoy", "2022"),
        # Inside a code or a name it is no abbreviation of a date.
        ("The EOM-2 sensor failed.", "EOM", None),
        ("Eom Ji-won starred in it.", "Eom", None),
    ],
)  # fmt: skip
def test_a_part_of_a_unit_spelt_short(text, expression, value):
    assert _value(text, expression) == value


def test_a_night_across_two_days_is_no_anchor():
    # "The next day" could count from either day of the night: left unresolved, not read from the first.
    text = "Troops clashed on the night of 9/10 May 2021. The next day, talks began."
    (next_day,) = [m for m in tag(text, Reference(d(JUNE15))) if m.text == "The next day"]
    assert next_day.period is None


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # The n-th week of a year is ISO week n (the week holding the year's n-th Thursday).
        ("Convoys moved in the second week of 2015.", "the second week of 2015", "2015-W02"),
        ("Voting starts in the third week of next year.", "the third week of next year", "2023-W03"),
        ("Voting starts the third week next year.", "the third week next year", "2023-W03"),
        ("Aid arrived in the first week of this year.", "the first week of this year", "2022-W01"),
        # 2020 ends on a Thursday: it has 53 weeks; 2021 has 52.
        ("The ports closed in the last week of 2020.", "the last week of 2020", "2020-W53"),
        ("Talks stalled in the second last week of 2021.", "last week of 2021", "2021-W51"),
    ],
)  # fmt: skip
def test_the_nth_week_of_a_year_is_its_iso_week(text, expression, value):
    assert _value(text, expression) == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        ("Exports grew in Q3 this year.", "Q3 this year", "2022-Q3"),
        ("Output will recover in the third quarter next year.", "the third quarter next year", "2023-Q3"),
        ("Sales fell in Q1 of last year.", "Q1 of last year", "2021-Q1"),
        # A half needs "of" (a match has halves), and "H2" is hydrogen too: only the year is a date.
        ("He scored in the first half last year.", "last year", "2021"),
        ("Germany imported H2 last year.", "last year", "2021"),
    ],
)  # fmt: skip
def test_a_quarter_with_a_relative_year_after_it(text, expression, value):
    assert _value(text, expression) == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        ("The camp opened in June of nineteen ninety-nine.", "June of nineteen ninety-nine", "1999-06"),
        ("The camp opened in March nineteen eighty-four.", "March nineteen eighty-four", "1984-03"),
        ("Elections follow in the second week of two thousand and twenty-three.",
         "the second week of two thousand and twenty-three", "2023-W02"),
        # A count after a month is no year: "nineteen" alone, or a year with a word after it.
        ("In March nineteen soldiers died.", "March", "2022-03"),
        ("In March nineteen eighty soldiers died.", "March", "2022-03"),
    ],
)  # fmt: skip
def test_a_year_in_words_after_a_month_or_a_week(text, expression, value):
    assert _value(text, expression) == value


@pytest.mark.parametrize(
    "text,expression,start,end",
    [
        ("The blockade lasted from January 2015 to March 2016.", "January 2015 to March 2016",
         "2015-01-01", "2016-03-31"),
        ("Fighting raged between 2015 and February 2018.", "2015 and February 2018", "2015-01-01", "2018-02-28"),
        ("Aid flowed from 2015 to May 5th, 2017.", "2015 to May 5th, 2017", "2015-01-01", "2017-05-05"),
        # An end without its year takes the other's: "January 2015 to December" is all of 2015, "from Feb 1st to
        # March 2019" begins in 2019 (not the February before publication).
        ("Talks ran from January 2015 to December.", "January 2015 to December", "2015-01-01", "2015-12-31"),
        ("Talks ran from Feb 1st to March 2019.", "Feb 1st to March 2019", "2019-02-01", "2019-03-31"),
        ("Aid flowed between May 2015 and 2018.", "May 2015 and 2018", "2015-05-01", "2018-12-31"),
    ],
)  # fmt: skip
def test_a_span_whose_ends_name_a_year_a_month_or_a_day(text, expression, start, end):
    hits = [m for m in tag(text, Reference(d(JUNE15))) if m.kind == "date" and m.period is not None]
    assert [(m.text, m.period.start.isoformat(), m.period.end.isoformat()) for m in hits] == [(expression, start, end)]
    # Each end is a part of its own, as TIMEX3 annotates them.
    assert len(hits[0].parts) == 2


@pytest.mark.parametrize(
    "text,expressions",
    [
        # A day before the first month: the day's own pattern reads it, the month and year after it stay apart.
        ("The siege lasted from 3 March 2015 to June 2016.", ["3 March 2015", "June 2016"]),
        # "and" joins a span only after "between"; a year alone opens one only after "from" or "between".
        ("Elections were held in January 2015 and December.", ["January 2015", "December"]),
        ("Prices rose 2015 to May 2017 levels.", ["2015", "May 2017"]),
    ],
)  # fmt: skip
def test_two_dates_that_are_no_mixed_span(text, expressions):
    hits = [m for m in tag(text, Reference(d(JUNE15))) if m.kind == "date" and m.period is not None]
    assert [m.text for m in hits] == expressions


@pytest.mark.parametrize(
    "text,expression,value",
    [
        ("The envoy returns the month after the next.", "the month after the next", "2022-08"),
        ("The census was held the year before the last.", "the year before the last", "2020"),
        # "the next" with a noun after it is no date: the meeting, not the week.
        ("Troops leave the week after the next meeting.", "the week after the next", None),
    ],
)  # fmt: skip
def test_after_the_next_and_before_the_last(text, expression, value):
    assert _value(text, expression) == value


@pytest.mark.parametrize(
    "text,expression,start,end,modifier",
    [
        # The first or last months of a year are the year's part (year precision), as a quarter is.
        ("Attacks doubled in the first three months of the year.", "the first three months of the year",
         "2022-01-01", "2022-03-31", "START"),
        ("Exports fell in the first six months of 2021.", "the first six months of 2021", "2021-01-01", "2021-06-30",
         "START"),
        ("Talks stalled in the last three months of last year.", "the last three months of last year",
         "2021-10-01", "2021-12-31", "END"),
        # Weeks are counted in days from the month's start or end.
        ("Aid will arrive in the first two weeks of July.", "the first two weeks of July", "2022-07-01", "2022-07-14",
         "START"),
        ("Clashes flared in the last two weeks of May 2020.", "the last two weeks of May 2020", "2020-05-18",
         "2020-05-31", "END"),
        ("Voting runs over the first ten days of next month.", "the first ten days of next month", "2022-07-01",
         "2022-07-10", "START"),
    ],
)  # fmt: skip
def test_the_first_or_last_days_weeks_or_months_of_a_year_or_month(text, expression, start, end, modifier):
    hits = [m for m in tag(text, Reference(d(JUNE15))) if m.kind == "date" and m.period is not None]
    assert [(m.text, m.period.start.isoformat(), m.period.end.isoformat(), m.period.modifier) for m in hits] == [
        (expression, start, end, modifier)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds fled in the first two weeks of the war.",
        "The last three days of talks were tense.",
        "He spent the first three months in hospital.",
    ],
)  # fmt: skip
def test_the_first_weeks_of_something_else_are_no_date(text):
    assert [m for m in tag(text, Reference(d(JUNE15))) if m.kind == "date" and m.period is not None] == []


@pytest.mark.parametrize(
    "text,expression,value",
    [
        ("The accord was signed three years ago this month.", "three years ago this month", "2019-06"),
        ("A year ago today, the city fell.", "A year ago today", "2021-06-15"),
        # "tonight": that evening's day, one mention (not a year and a day of its own).
        ("A year ago tonight, a convoy of buses left the jail.", "A year ago tonight", "2021-06-15"),
        ("The talks open two years ago tomorrow, he recalled.", "two years ago tomorrow", "2020-06-16"),
        # Wednesday 15 June 2022 six months back is 15 December 2021, in ISO week 50.
        ("The camps emptied six months ago this week.", "six months ago this week", "2021-W50"),
        ("The siege began more than a year ago today.", "a year ago today", None),
    ],
)  # fmt: skip
def test_a_count_ago_of_this_day_week_or_month(text, expression, value):
    assert _value(text, expression) == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # The second year of a span is no year of its own: the 2019-2020 winter runs December 2019 to February 2020.
        ("Fuel ran short during the 2019-2020 winter.", "2020 winter", "2019-WI"),
        ("Fuel ran short during the 2020 winter.", "2020 winter", "2020-WI"),
        # Any other part after a span is a fiscal or a sports year's: no date.
        ("Profits rose in the 2016-2017 first quarter.", "2017 first quarter", None),
    ],
)  # fmt: skip
def test_a_part_after_a_span_of_years(text, expression, value):
    assert _value(text, expression) == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        ("A year ago in June, the talks collapsed.", "A year ago in June", "2021-06"),
        ("Two years ago in March, the army withdrew.", "Two years ago in March", "2020-03"),
        # A month with its own year is that month: the count stays a mention of its own.
        ("A year ago in May 2019, the army withdrew.", "May 2019", "2019-05"),
    ],
)  # fmt: skip
def test_a_count_of_years_ago_in_a_month(text, expression, value):
    assert _value(text, expression) == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # Wednesday 15 June 2022: the coming Friday is the 17th, a week on it the 24th.
        ("The vote is a week on Friday.", "a week on Friday", "2022-06-24"),
        ("The vote is Friday week.", "Friday week", "2022-06-24"),
        ("The vote is two weeks on Monday.", "two weeks on Monday", "2022-07-04"),
        ("The vote is a week today.", "a week today", "2022-06-22"),
        ("The vote is a fortnight tomorrow.", "a fortnight tomorrow", "2022-06-30"),
        # Told in the past these count back, or are no date: never the day itself.
        ("It was a week today that he died.", "today", None),
        ("He spent a week on Friday fishing.", "Friday", None),
    ],
)  # fmt: skip
def test_a_week_on_friday_and_a_week_today(text, expression, value):
    assert _value(text, expression) == value


def test_a_mixed_span_ending_in_a_year_and_its_month():
    hits = [m for m in tag("Aid flowed between May 2015 and 2018 June.", Reference(d(JUNE15))) if m.period]
    assert [(m.text, m.period.start.isoformat(), m.period.end.isoformat()) for m in hits] == [
        ("May 2015 and 2018 June", "2015-05-01", "2018-06-30")
    ]


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # Wednesday 15 June 2022.  A named year: its day, whatever the tense.
        ("They met on the last Friday of 2018.", "the last Friday of 2018", "2018-12-28"),
        ("The first Monday in 2020 was quiet.", "The first Monday in 2020", "2020-01-06"),
        ("They met on the last Tue in 1997.", "the last Tue in 1997", "1997-12-30"),
        # A qualified year: the year the qualifier names.
        ("Parliament reopens on the first Monday of next year.", "the first Monday of next year", "2023-01-02"),
        # "the year" by tense, as "the last day of the year".
        ("They met on the first Monday of the year.", "the first Monday of the year", "2022-01-03"),
        ("Talks resume on the second Tuesday of the year.", "the second Tuesday of the year", "2023-01-10"),
        # The year's own noun is not its day.
        ("They met on the first Monday of the year's session.", "the first Monday", None),
    ],
)  # fmt: skip
def test_an_ordinal_weekday_of_a_year(text, expression, value):
    assert _value(text, expression) == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # Wednesday 15 June 2022: a week after the day (British), as "Friday week".
        ("The vote is today week.", "today week", "2022-06-22"),
        ("The vote is tomorrow week at 10am.", "tomorrow week", "2022-06-23"),
        ("The vote is Friday week at 10am.", "Friday week", "2022-06-24"),
        # Never "week" of a compound after the day.
        ("He said today week-long talks begin.", "today", "2022-06-15"),
    ],
)  # fmt: skip
def test_today_week_and_tomorrow_week(text, expression, value):
    assert _value(text, expression) == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # Wednesday 15 June 2022: a clock time after "on the 20th" ends the day as punctuation does.
        ("The vote is set for 8pm on the 20th.", "the 20th", "2022-06-20"),
        ("The vote will be held on the 20th at 8pm.", "the 20th", "2022-06-20"),
        ("They met on the 10th at 10:30 a.m. in Geneva.", "the 10th", "2022-06-10"),
        # Never a floor or a number of things.
        ("They met on the 10th at 10 houses.", "the 10th", None),
    ],
)  # fmt: skip
def test_a_day_of_the_month_alone_before_a_clock_time(text, expression, value):
    assert _value(text, expression) == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # A year in words after a day and month is that day's year, never the one the reference guesses.
        ("They met on 7 Feb, two thousand and eighteen.", "7 Feb, two thousand and eighteen", "2018-02-07"),
        ("They met on Feb 7, two thousand eighteen.", "Feb 7, two thousand eighteen", "2018-02-07"),
        ("They met on May 5th, nineteen ninety-nine.", "May 5th, nineteen ninety-nine", "1999-05-05"),
        ("Talks ran from 2 to 7 Feb, two thousand and eighteen.", "2 to 7 Feb, two thousand and eighteen",
         "2018-02-02/2018-02-07"),
        # The last day of a span the span's patterns do not read: the month of the year named, never that day.
        ("Talks ran between 2 and 7 Feb two thousand and eighteen.", "7 Feb two thousand and eighteen", "2018-02"),
        # A count after the day is no year.
        ("On May 3, nineteen soldiers died.", "May 3", "2022-05-03"),
        ("On May 3, nineteen eighty soldiers died.", "May 3", "2022-05-03"),
    ],
)  # fmt: skip
def test_a_year_in_words_after_a_day_and_month(text, expression, value):
    assert _value(text, expression) == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # An ordinal weekday of a month: a number right after the month is no part of it (a two-digit year
        # there would move the day to the reference's year).
        ("The fair opens on the 3rd Tuesday in Jun 96 at noon.", "the 3rd Tuesday in Jun", None),
        ("The fair opens on the 3rd tuesday in Jun.", "the 3rd tuesday in Jun", "2022-06-21"),
        ("It opened on the first Tuesday of June, 12 days late.", "the first Tuesday of June", "2022-06-07"),
    ],
)  # fmt: skip
def test_an_ordinal_weekday_of_a_month_and_a_number_after_it(text, expression, value):
    assert _value(text, expression) == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # A short month's full stop may stand for the space before its day ("Oct.23", as wire copy writes it).
        ("The talks ended on Oct.23, 2015.", "Oct.23, 2015", "2015-10-23"),
        ("The talks ended on Sept.11.", "Sept.11", "2021-09-11"),
        # Never a full month name run into a number.
        ("In May.23 people were hurt.", "May", None),
    ],
)  # fmt: skip
def test_a_short_month_joined_to_its_day_by_a_full_stop(text, expression, value):
    assert _value(text, expression, "2022-06-15") == value


@pytest.mark.parametrize(
    "text,expression,published,value",
    [
        # Eid al-Adha 2024 began on 16 June, Ramadan 2024 ran 11 March to 9 April, Eid al-Fitr 2023 began on 21 April.
        ("Airstrikes hit the port on the second day of Eid al-Adha.", "the second day of Eid al-Adha", "2024-06-20",
         "2024-06-17"),
        ("Fasting began on the first day of Ramadan.", "the first day of Ramadan", "2024-06-20", "2024-03-11"),
        ("The truce ends on the last day of Ramadan 2024.", "the last day of Ramadan 2024", "2024-01-10", "2024-04-09"),
        ("Shelling resumed on the third day of Eid al-Fitr 2023.", "the third day of Eid al-Fitr 2023", "2024-06-20",
         "2023-04-23"),
        # Beyond a feast's few days, or the last day of one listed by its first day only: no date (never its first).
        ("Shelling resumed on the ninth day of Eid al-Fitr 2023.", "the ninth day of Eid al-Fitr 2023", "2024-06-20",
         None),
        ("Shelling resumed on the last day of Eid al-Fitr 2023.", "the last day of Eid al-Fitr 2023", "2024-06-20",
         None),
    ],
)  # fmt: skip
def test_a_day_of_a_holiday(text, expression, published, value):
    assert _value(text, expression, published) == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # "next Friday" from Wednesday 15 June 2022 is the 24th (next week's); said twice, the week after: 1 July.
        ("The panel reconvenes next next Friday.", "next next Friday", "2022-07-01"),
        # A clock time after an ordinal day makes it a day without "on".
        ("The panel will meet the 20th at 9am.", "the 20th", "2022-06-20"),
        ("The panel will meet the 20th at 9:30 a.m.", "the 20th", "2022-06-20"),
        # A month's name written against its year.
        ("Talks stalled in Sept2011.", "Sept2011", "2011-09"),
        ("Talks stalled in Dec2000 again.", "Dec2000", "2000-12"),
        # Two digits after a day and before a clock time: a year of the 1900s.
        ("The treaty was signed on April 9th 68 at 4:15.", "April 9th 68", "1968-04-09"),
        ("The treaty was signed on april 9 68 at 4pm.", "april 9 68", "1968-04-09"),
    ],
)  # fmt: skip
def test_a_doubled_next_an_ordinal_day_before_a_clock_and_years_written_short(text, expression, value):
    assert _value(text, expression) == value


@pytest.mark.parametrize(
    "text,expression",
    [
        # A rank, not a day: no clock time after it.
        ("The runner came the 14th at the marathon.", "14th"),
        ("The country ranked the 20th.", "20th"),
        # Five digits against a month's name are a code, no year.
        ("Batch Mar20145 was lost.", "Mar20145"),
        # Two digits after a day with no clock time after them: a count.
        ("On April 9 68 people were hurt.", "April 9 68"),
    ],
)  # fmt: skip
def test_no_day_in_a_rank_nor_year_in_a_code(text, expression):
    assert _value(text, expression) is None


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # A clock time is no word of a clause: a date with only clock times beside it is read as one alone, forward
        # (from Wednesday 15 June 2022: Friday the 17th; 14 November 2022 is a Monday, the weekday left aside).
        ("Friday 10:30 am - 12:30 pm", "Friday", "2022-06-17"),
        ("Friday 10 am", "Friday", "2022-06-17"),
        ("Sun, Nov 14 1:30 PM - 3:35 PM", "Sun, Nov 14", "2022-11-14"),
        # A copula that is no clock's keeps its present (the latest Friday).
        ("I am here on Friday", "Friday", "2022-06-10"),
    ],
)  # fmt: skip
def test_clock_times_beside_a_date_make_no_clause(text, expression, value):
    assert _value(text, expression) == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # Wednesday 15 June 2022 is in ISO week 24 (13-19 June); week 25 runs 20-26 June, week 26 27 June - 3 July.
        ("Last 3 days: sales fell in Norvale.", "Last 3 days", "2022-06-12/2022-06-14"),
        ("Roads stay shut next two weeks.", "next two weeks", "2022-W25/2022-W26"),
        ("Exports grew; last four months were the best.", "last four months", "2022-02/2022-05"),
        ("next 2 years", "next 2 years", "2023/2024"),
    ],
)
def test_a_count_of_whole_units_after_last_or_next(text, expression, value):
    assert _value(text, expression) == value


@pytest.mark.parametrize(
    "text,expression",
    [
        ("The index fell sharply over the last two years.", "last two years"),
        ("The Last three months were calm in Norvale.", "three months"),
        ("Analysts expect rates to rise over next three months.", "next three months"),
        ("Her last two years at the ministry were quiet.", "last two years"),
        ("Aid is promised for next 5 days.", "next 5 days"),
        ("Last two years of the war were the worst.", "two years"),
        ("The next three days after the vote were tense.", "three days"),
        # "last" as a verb, after its subject or an auxiliary
        ("The ceasefire in Norvale is expected to last 60 days.", "last 60 days"),
        ("Such hearings last three weeks.", "last three weeks"),
    ],
)
def test_a_count_after_last_or_next_that_is_a_stretch_or_counts_from_elsewhere(text, expression):
    assert _value(text, expression) is None


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # Wednesday 15 June 2022 is in ISO week 24; week 23 runs 6-12 June.
        ("past week", "past week", "2022-W23"),
        ("Past month was the driest on record in Norvale.", "Past month", "2022-05"),
        # after any word, or with an article, a stretch up to now
        ("Rents in Norvale rose by a fifth over past year.", "past year", None),
        ("The talks ran past year-end.", "past year", None),
        ("Rents rose in the past month.", "past month", None),
    ],
)
def test_a_bare_past_opening_a_clause_is_the_unit_before(text, expression, value):
    assert _value(text, expression) == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # "day after tomorrow" without its article is two days on, not tomorrow.
        ("Envoys return to Norvale day after tomorrow.", "day after tomorrow", "2022-06-17"),
        ("day before yesterday", "day before yesterday", "2022-06-13"),
        # an ordinal word for the day of a month counted from publication, as its figures are
        ("The levy is due on the first of next month.", "the first of next month", "2022-07-01"),
        ("The levy fell due on the tenth of last month.", "the tenth of last month", "2022-05-10"),
    ],
)
def test_bare_day_after_tomorrow_and_an_ordinal_word_of_next_month(text, expression, value):
    assert _value(text, expression) == value


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # Counts of a thousand or more, with or without a comma between the thousands: 2022 - 1200 = 822.
        ("The chapel was built 1,200 years ago.", "1,200 years ago", "0822"),
        ("The well was dug some 1000 years ago.", "1000 years ago", "1022"),
        # 3000 months are 250 years: June 2272.
        ("The probe reaches the comet in 3000 months.", "3000 months", "2272-06"),
        # Before the calendar's first year: no date (not the "030 years ago" at its end, 1992).
        ("The town was founded 2,030 years ago.", "2,030 years ago", None),
        # The end of a decimal or of a number with a point between its thousands is no count of its own.
        ("The talks collapsed 2.5 years ago.", "2.5 years ago", None),
        ("The bridge stood 1.500 years ago.", "1.500 years ago", None),
    ],
)  # fmt: skip
def test_a_count_of_a_thousand_or_more_or_a_decimal(text, expression, value):
    assert _value(text, expression) == value


@pytest.mark.parametrize(
    "text,expression,value,published",
    [
        # A time of day before "in" a count is told on one day, that many units after publication.
        ("The ferry leaves at 6 p.m. in two weeks.", "two weeks", "2022-06-29", JUNE15),
        ("Voting closes at 21:00 in a month.", "a month", "2022-07-15", JUNE15),
        ("The board meets at 9am in 3 years.", "3 years", "2025-06-15", JUNE15),
        # A month on from 31 January 2022 has no 31st: February's last day.
        ("The office reopens at 8:00 in a month.", "a month", "2022-02-28", "2022-01-31"),
        # Without a time of day the count stays at its unit: 29 June 2022 is in ISO week 26.
        ("The ferry leaves in two weeks.", "two weeks", "2022-W26", JUNE15),
    ],
)  # fmt: skip
def test_a_time_of_day_in_a_count_of_weeks_months_or_years(text, expression, value, published):
    assert _value(text, expression, published) == value


@pytest.mark.parametrize(
    "text,expression,value,first,last",
    [
        ("Mills spread across the valley in the nineteenth century.", "the nineteenth century", "18", "1800-01-01",
         "1899-12-31"),
        ("The town grew in the Twenty-First Century.", "the Twenty-First Century", "20", "2000-01-01", "2099-12-31"),
        ("The abbey was rebuilt at the end of the seventh century.", "the end of the seventh century", "06",
         "0666-09-01", "0699-12-31"),
        ("Ports silted up in the early twelfth century.", "the early twelfth century", "11", "1100-01-01",
         "1133-05-02"),
        ("Rail reached the coast in the late 19th century.", "late 19th century", "18", "1866-09-01", "1899-12-31"),
        ("The canal was dug in the mid-18th century.", "mid-18th century", "17", "1733-05-03", "1766-08-31"),
        ("Tolls were lifted at the beginning of the 20th century.", "the beginning of the 20th century", "19",
         "1900-01-01", "1933-05-02"),
        ("The band toured widely in the late '80s.", "late '80s", "198", "1986-09-01", "1989-12-31"),
        ("The club was founded in the mid-\u201970s.", "mid-\u201970s", "197", "1973-05-02", "1976-08-31"),
        ("Rents doubled in the early '90s.", "early '90s", "199", "1990-01-01", "1993-05-01"),
        ("The mines opened in the 1700s.", "1700s", "17", "1700-01-01", "1799-12-31"),
        ("Walls went up in the late 1500s.", "late 1500s", "15", "1566-09-01", "1599-12-31"),
    ],
)  # fmt: skip
def test_a_century_in_words_and_a_part_of_a_century_or_a_short_decade(text, expression, value, first, last):
    assert _value(text, expression) == value
    start = text.index(expression)
    [mention] = [m for m in tag(text, Reference(d(JUNE15))) if m.start == start and m.period is not None]
    assert (mention.period.start, mention.period.end) == (d(first), d(last))


@pytest.mark.parametrize(
    "text",
    [
        "Forts guarded the pass in the first century of the republic.",
        "In the last century the river moved twice.",
        "Her grandfather is in his late 70s.",
        "Temperatures stayed in the mid-90s all week.",
        "The firm marked a quarter century in business.",
    ],
)
def test_a_century_counted_from_a_happening_or_a_bare_number_of_tens_is_no_date(text):
    assert not [m for m in tag(text, Reference(d(JUNE15))) if m.kind == "date" and m.period is not None]


@pytest.mark.parametrize(
    "text,expression,first,last",
    [
        ("The fair runs August 3 8h - August 9 17h.", "August 3 8h - August 9 17h", "2022-08-03", "2022-08-09"),
        ("Polls open May 5 7h30 - May 6 20h.", "May 5 7h30 - May 6 20h", "2023-05-05", "2023-05-06"),
        ("The fair runs 7/14 - 7/16.", "7/14 - 7/16", "2022-07-14", "2022-07-16"),
        ("Talks run 7/14 9 am - 7/16 5 pm at the hall.", "7/14 9 am - 7/16 5 pm", "2022-07-14", "2022-07-16"),
        ("The market opens 12/28 to 1/3.", "12/28 to 1/3", "2022-12-28", "2023-01-03"),
        ("The fair runs 14/7 - 16/7.", "14/7 - 16/7", "2022-07-14", "2022-07-16"),
    ],
)  # fmt: skip
def test_a_span_of_numeric_days_or_of_days_with_hour_clock_times(text, expression, first, last):
    start = text.index(expression)
    [mention] = [m for m in tag(text, Reference(d(JUNE15))) if m.kind == "date" and m.period is not None]
    assert (mention.start, mention.end) == (start, start + len(expression))
    assert (mention.period.start, mention.period.end) == (d(first), d(last))


@pytest.mark.parametrize(
    "text",
    [
        "The share rose from 3/4 - 5/6 of the vote.",  # either order makes days: no date without a declared one
        "A 1/2 - 3/4 split was agreed.",
        "Turnout was 7/17 - 7/19 % in the north.",
    ],
)
def test_a_span_of_numbers_that_are_no_one_order_of_days_is_no_date(text):
    assert not [m for m in tag(text, Reference(d(JUNE15))) if m.kind == "date" and m.period is not None]
