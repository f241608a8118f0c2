"""Issue 9: the count before a clause ("two days after ...") and the dates inside that clause.

Invented sentences and names only.
"""

from __future__ import annotations

import pytest
from conftest import d, event_values

from timeline.temporal.tagger import Reference, tag


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # A year or a day set before a noun after the clause's verb is another thing's date: the count stands.
        ("Velmor resigned on June 9, two days after Orvan said that the 2016 border treaty was void.",
         "two days after", "2021-06-07"),
        ("Velmor died on May 20, a day after early results showed he had won the May 11 vote.",
         "a day after", "2021-05-19"),
        ("Kessa fell on June 9, a day after the rebels rejected Orvan's 2019 peace plan.", "a day after", "2021-06-08"),
        # The date heads the clause, or dates its verb: the clause tells its own time, no count.
        ("Velmor came to power on June 9, a decade after the 2011 uprising.", "a decade after", None),
        ("Velmor resigned on June 9, two days after the 2021 budget was rejected.", "two days after", None),
        ("Velmor resigned on June 9, two days after Orvan quit on June 7.", "two days after", None),
    ],
)  # fmt: skip
def test_a_date_before_a_noun_in_the_counted_clause(text: str, expression: str, value: str | None) -> None:
    assert event_values(text, "2021-06-12").get(expression) == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # The caption's day (closed by a photo credit) is not the news the text opens on.
        ("Guards stand at the Orsk gate on June 1 [Ivo Brenn/Agency]\n\nThe Kessa council voted late on Wednesday "
         "to end the strike.\n\nThe vote came two days after the unions rejected an offer.", "two days after",
         "2021-06-07"),
        ("Guards stand at the Orsk gate on June 1 (Photo/Ivo Brenn)\n\nThe Kessa council voted late on Wednesday "
         "to end the strike.\n\nThe vote came two days after the unions rejected an offer.", "two days after",
         "2021-06-07"),
        # A first line without a credit is the news's day.
        ("The Kessa council voted on June 8 to end the strike.\n\nThe vote came two days after the unions rejected "
         "an offer.", "two days after", "2021-06-06"),
    ],
)  # fmt: skip
def test_a_captions_day_is_not_the_news_day(text: str, expression: str, value: str) -> None:
    assert event_values(text, "2021-06-12").get(expression) == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # A list or an aside in the clause's subject: its date is read past the commas, and the count gives none.
        ("Orvan spoke on May 11, a day after the envoys of Kessa, Varno, Tarn and Orsk, meeting in Dalvik on May 10, "
         "demanded a truce.", "a day after", None),
        ("Orvan spoke on May 11, a day after the envoys of Kessa, Varno and Orsk met in Dalvik on May 10.",
         "a day after", None),
        # The clause's verb read, the next comma ends it: what follows is another clause's.
        ("The rebels signed a pact on Friday, a day after laying down their arms in the hills, ending 16 years of war.",
         "a day after", "2021-05-13"),
        ("Orvan spoke on May 11, a day after the envoys of Kessa, Varno and Orsk demanded a truce.", "a day after",
         "2021-05-10"),
        # Another clause after the count's (", which ...") keeps its dates.
        ("Orvan spoke on May 11, a day after the envoys demanded a truce, which Orsk had refused on May 2.",
         "a day after", "2021-05-10"),
    ],
)  # fmt: skip
def test_the_counted_clause_is_read_past_a_list(text: str, expression: str, value: str | None) -> None:
    assert event_values(text, "2021-05-17").get(expression) == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # A count of things in the clause ("killed 37 people") names no time: the count stands.
        ("Orsk launched air strikes on Kessa positions June 9, two days after a mortar shell killed 37 people in "
         "a Varno market.", "two days after", "2021-06-07"),
        ("Velmor resigned on June 9, a day after rebels killed 1,200 villagers.", "a day after", "2021-06-08"),
        ("Velmor resigned on June 9, three days after 12 soldiers were killed in an ambush.", "three days after",
         "2021-06-06"),
        # The trap: a day of a month, a year or a clock time in the clause dates it, and the count gives none.
        ("Velmor resigned on June 9, a day after the rebels arrived on 7 June.", "a day after", None),
        ("Velmor resigned on June 9, a day after talks ended at 3 pm.", "a day after", None),
    ],
)  # fmt: skip
def test_a_count_of_things_in_the_clause_is_no_time(text: str, expression: str, value: str | None) -> None:
    assert event_values(text, "2021-06-12").get(expression) == value


def _rules(text: str, published: str) -> dict[str, str]:
    return {m.text: m.rule for m in tag(text, Reference(d(published)))}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # 2020-09-12 is a Saturday: a plan told in the past is the nearest such weekday, the coming one on a tie.
        ("The two teams were expected to begin talks on a code of conduct on Sunday.", "Sunday", "2020-09-13"),
        ("The envoy was due to arrive in Kessa on Tuesday.", "Tuesday", "2020-09-15"),
        ("The envoy was scheduled to meet the council on Thursday.", "Thursday", "2020-09-10"),
        ("The vote had been set to take place on Monday.", "Monday", "2020-09-14"),
        ("The rebels were initially slated to hand over the town on Saturday.", "Saturday", "2020-09-12"),
    ],
)  # fmt: skip
def test_a_plan_told_in_the_past_is_the_nearest_weekday(text: str, expression: str, value: str) -> None:
    assert event_values(text, "2020-09-12")[expression] == value


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        # Called off: the day stays a past one.
        ("The envoy was due to arrive in Kessa on Tuesday, but the visit was cancelled.", "Tuesday"),
        ("The vote was expected to take place on Monday before it was postponed.", "Monday"),
        # Another day before it in the sentence or the paragraph: the plan is told from that story.
        ("The talks opened on Wednesday and the teams were expected to sign the deal on Monday.", "Monday"),
        ("The talks opened on Wednesday. The teams were expected to sign the deal on Monday.", "Monday"),
        # No planning participle before "to": no plan.
        ("The envoy was sent to meet the council on Tuesday.", "Tuesday"),
        # A clause mark between the plan and the day: the day is another clause's.
        ("The envoy was expected to arrive, officials said on Tuesday.", "Tuesday"),
    ],
)  # fmt: skip
def test_a_past_plan_weekday_keeps_its_reading_otherwise(text: str, expression: str) -> None:
    assert _rules(text, "2020-09-12")[expression] != "weekday_past_plan"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # 2020-08-17 is a Monday: a participle of where a noun stays does not make the plan's clause past.
        ("Orvan is expected to visit the troops stationed in Kessa on Tuesday.", "Tuesday", "2020-08-18"),
        ("The envoy will meet the monitors headquartered in Varno on Thursday.", "Thursday", "2020-08-20"),
        # A past verb of the clause still is one.
        ("Orvan visited the troops stationed in Kessa on Friday.", "Friday", "2020-08-14"),
    ],
)  # fmt: skip
def test_a_participle_of_a_state_does_not_decide_the_tense(text: str, expression: str, value: str) -> None:
    assert event_values(text, "2020-08-17")[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # One aside fenced by commas after the news's subject is the subject's: the count still reads from the news.
        ("The envoy met elders in Varna on Thursday.\n\nThe meeting, held in Orsk, came three days after the "
         "assembly called on the army to act.", "three days after", "2020-07-13"),
        ('The envoy met elders in Varna on Thursday.\n\nThe meeting, held under the slogan "One Land: One Fate, One '
         'Road", came three days after the assembly called on the army to act.', "three days after", "2020-07-13"),
        ("The envoy met elders in Varna on Thursday.\n\nThe meeting, which Orsk \u201cwelcomed, warmly\u201d, came "
         "a day after the assembly voted.", "a day after", "2020-07-15"),
        # Two asides, or a subject that is no news's (no determiner opening the sentence): no count from the news
        # (the day told two sentences back or less still dates the count, `_story_day`; beyond that, nothing).
        ("The envoy met elders in Varna on Thursday. Talks ran late. Aid was pledged.\n\nThe meeting, held in Orsk, "
         "the capital, came three days after the assembly called on the army to act.", "three days after", None),
        ("The envoy met elders in Varna on Thursday. Talks ran late. Aid was pledged.\n\nOfficials said the meeting, "
         "held in Orsk, came three days after the assembly called on the army to act.", "three days after", None),
        ("The envoy met elders in Varna on Thursday.\n\nThe meeting, held in Orsk, the capital, came three days "
         "after the assembly called on the army to act.", "three days after", "2020-07-13"),
    ],
)  # fmt: skip
def test_an_aside_after_the_news_subject_keeps_the_count(text: str, expression: str, value: str | None) -> None:
    assert event_values(text, "2020-07-16").get(expression) == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # "N days before <clause>" dates the clause that long after its sentence's date.
        ("Velmor was arrested in Kessa on 4 June 2021, three days before the council declared a truce.",
         "three days before", "2021-06-07"),
        ("The rebels left Orsk on May 30, a week before they entered Dalvik.", "a week before", "2021-06-06"),
        ("Orvan signed the decree in March 2020, two months before the army seized the port.", "two months before",
         "2020-05"),
        # A plan's clause, a present, no date before it, or a clause that dates itself: nothing.
        ("The board moved the vote to June 30, two days before it was supposed to take place.", "two days before",
         None),
        ("The talks opened on June 2, a day before the summit was due to begin.", "a day before", None),
        ("The vote is set for June 30, 30 days before the mandate ends.", "30 days before", None),
        ("Three days before the council declared a truce, the rebels left Orsk.", "Three days before", None),
        ("The rebels left Orsk on May 30, a week before they entered Dalvik on June 8.", "a week before", None),
    ],
)  # fmt: skip
def test_a_count_before_a_clause(text: str, expression: str, value: str | None) -> None:
    assert event_values(text, "2021-06-12").get(expression) == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # "N days before/after the <happening>" with no date before it in its sentence: from the day the text gave
        # that happening (its noun or one of its kind) in its sentence or the two before.
        ("Varnia held a referendum on June 3 on the border. Two days before the vote, the court ordered Varnia to "
         "wait.", "Two days before", "2021-06-01"),
        ("Varnia held a referendum on June 3 on the border. Two days after the referendum, the court met.",
         "Two days after", "2021-06-05"),
        ("A ceasefire took effect on May 15. Aid reached Orsk. A week after the truce, rebels shelled Kessa.",
         "A week after", "2021-05-22"),
        # Another happening's noun, a count told in the present, or the day three sentences back: nothing.
        ("Varnia held a referendum on June 3 on the border. Two days before the summit, the court ordered Varnia to "
         "wait.", "Two days before", None),
        ("A ceasefire took effect on May 15. A week after the truce, rebels are still in Kessa.", "A week after", None),
        ("A ceasefire took effect on May 15. Aid came. Roads opened. A week after the truce, rebels shelled Kessa.",
         "A week after", None),
    ],
)  # fmt: skip
def test_a_count_from_a_named_happening(text: str, expression: str, value: str | None) -> None:
    assert event_values(text, "2021-06-12").get(expression) == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # "within a day after <clause>" is a stretch up to the clause's time ("within a day", as "within 72
        # hours"): no day; without "within" the count dates the clause before its sentence's day (task study21).
        ("Velora's bid to restart exports unraveled within a day after rebels loyal to Odo Venn said they would keep"
         " the port shut.", "a day after", None),
        ("The truce collapsed within two days after the rebels left Orsk.", "two days after", None),
        ("The army entered Gharo on Friday, a day after the rebels left the town.", "a day after", "2021-06-10"),
    ],
)  # fmt: skip
def test_a_count_after_within_is_no_day(text: str, expression: str, value: str | None) -> None:
    assert event_values(text, "2021-06-12").get(expression) == value
