"""Issue 9: a deadline in a condition looks ahead, an unreal past dates nothing, a habit dates no one happening.

Invented sentences and names only.
"""

from __future__ import annotations

import pytest
from conftest import d, event_values

from timeline.temporal.tagger import Reference, tag


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # 2023-05-21 is a Sunday: the coming Friday, not the last one.
        ("Unless the rebels withdraw by Friday, the army could move in.", "Friday", "2023-05-26"),
        ("If the militia leaves Orsk by Friday, the talks may resume.", "Friday", "2023-05-26"),
        ("If the convoy reaches Varno on Friday, aid workers can start.", "Friday", "2023-05-26"),
        # A past condition, or "could have", stays in the past.
        ("If the rebels attacked on Friday, the army did not say.", "Friday", "2023-05-19"),
        ("If the rebels withdrew by Friday, the army could have moved in.", "Friday", "2023-05-19"),
    ],
)
def test_a_condition_with_a_possibility_looks_ahead(text: str, expression: str, value: str) -> None:
    found = {m.text: m.period.value for m in tag(text, Reference(d("2023-05-21"))) if m.period is not None}
    assert found[expression] == value


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("The army would have kept troops in Kessa until 2030.", "2030"),
        ("Without the deal, the militia would have stayed in Varno until March 2022.", "March 2022"),
        ("The vote should have been held on Friday.", "Friday"),
    ],
)
def test_an_unreal_past_gives_no_event(text: str, expression: str) -> None:
    assert event_values(text, "2021-03-14")[expression] is None


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The truce would have to hold until Friday, the envoy said.", "Friday", "2021-03-19"),
        ("The army could withdraw from Kessa in 2022.", "2022", "2022"),
    ],
)
def test_no_unreal_past_keeps_its_event(text: str, expression: str, value: str) -> None:
    assert event_values(text, "2021-03-14")[expression] == value


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Veterans gather in Orsk every year on 26 December.", "26 December"),
        ("Villagers in Kessa light candles each year at Christmas.", "Christmas"),
        ("Pilgrims usually arrive in Varno around Easter.", "Easter"),
        ("The Orsk movement marks its anniversary on 26 December.", "26 December"),
        ("Veterans gather in Orsk on 26 December every year.", "26 December"),
        # An unnumbered founding anniversary in the present is a yearly day too.
        ("The Kessa Front marks its founding anniversary on 26 December.", "26 December"),
        ("The Varno unions celebrate their founding anniversary on 1 May.", "1 May"),
    ],
)
def test_a_habit_dates_no_event(text: str, expression: str) -> None:
    assert event_values(text, "2021-03-14").get(expression) is None


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The mandate in Kessa has been renewed every year since 2011.", "2011", "2011"),
        ("The talks, usually held in Orsk, opened in Varno on Monday.", "Monday", "2021-03-08"),
        ("Veterans gathered in Orsk on 26 December.", "26 December", "2020-12-26"),
        # Told in the past, or numbered, the anniversary is one day.
        ("The Kessa Front marked its founding anniversary on 26 December.", "26 December", "2020-12-26"),
        ("The Kessa Front will mark its fifth founding anniversary on 26 December.", "26 December", "2021-12-26"),
    ],
)
def test_no_habit_keeps_its_event(text: str, expression: str, value: str) -> None:
    assert event_values(text, "2021-03-14")[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # 2022-08-07 is a Sunday.  A condition right after the weekday leaves its happening ahead: the coming one.
        ("The minister ordered the Orsk crossing reopened on Monday, if calm holds overnight.", "Monday", "2022-08-08"),
        ("Kessa said the talks were to resume on Wednesday, unless fighting flares.", "Wednesday", "2022-08-10"),
        (
            "The army cleared the convoys to leave on Thursday, as long as the roads stay open.",
            "Thursday",
            "2022-08-11",
        ),
        # No condition, or a word that opens none ("if only briefly"): the past day.
        ("The Orsk crossing reopened on Monday after calm held overnight.", "Monday", "2022-08-01"),
        ("The Orsk crossing reopened on Monday, if only briefly.", "Monday", "2022-08-01"),
        ("The Orsk crossing reopened on Monday, if not earlier.", "Monday", "2022-08-01"),
    ],
)
def test_a_condition_after_a_weekday_leaves_it_ahead(text: str, expression: str, value: str) -> None:
    assert event_values(text, "2022-08-07")[expression] == value


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        # A deadline a writer recommends dates no happening.
        ("The monitors should be asked to report to the Orsk council by 1 September.", "1 September"),
        ("The envoys ought to settle the Kessa dispute by 1 October.", "1 October"),
        ("A fair vote requires that foreign forces be confined to their bases by the autumn.", "the autumn"),
        ("Varno recommends that the militias disarm by 30 June.", "30 June"),
    ],
)
def test_a_recommended_deadline_dates_no_event(text: str, expression: str) -> None:
    assert event_values(text, "2021-03-14").get(expression) is None


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # Agreed, or no deadline, or the lead in another clause: the date stays an event.
        ("The monitors agreed to report to the Orsk council by 1 September.", "1 September", "2021-09-01"),
        ("The monitors should meet the Orsk council on 1 September.", "1 September", "2021-09-01"),
        ("The envoy said talks should go on, and the council must decide by 1 September.", "1 September", "2021-09-01"),
    ],
)
def test_a_deadline_not_recommended_keeps_its_event(text: str, expression: str, value: str) -> None:
    assert event_values(text, "2021-03-14")[expression] == value
