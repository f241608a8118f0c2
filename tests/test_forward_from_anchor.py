"""A date a forward cue ("starting", "until", "effective") puts after the day named before it in the same
sentence: "they agreed on Monday on a truce starting Tuesday" is the Tuesday after that Monday, whatever
the publication day."""

from __future__ import annotations

import pytest
from conftest import d

from timeline.temporal.tagger import Reference, tag


@pytest.mark.parametrize(
    ("published", "text", "expression", "value"),
    [
        # Published Friday 5 March 2021: Thursday is the 4th, the Saturday after it the 6th (not the 27th).
        pytest.param(
            "2021-03-05", "The rebels agreed on Thursday to a truce starting Saturday.", "Saturday", "2021-03-06",
            id="weekday-ahead-of-publication",
        ),
        # Monday 1 March; the Tuesday after it is the 2nd, not the coming 9th.
        pytest.param(
            "2021-03-05", "They agreed on Monday on a truce starting Tuesday.", "Tuesday", "2021-03-02",
            id="weekday-before-publication",
        ),
        pytest.param(
            "2021-03-12", "The curfew imposed on Monday lasted until Thursday.", "Thursday", "2021-03-11",
            id="until",
        ),
        # Read as past from 5 March 2021 alone, 6 March would be 2020's.
        pytest.param(
            "2021-03-05", "The deal signed on 4 March set a truce effective 6 March.", "6 March", "2021-03-06",
            id="day-month",
        ),
        # The day before it is in another sentence: read from publication as before.
        pytest.param(
            "2020-05-20", "Rebels took the town on May 3. The curfew lasted until Monday.", "Monday", "2020-05-18",
            id="other-sentence",
        ),
        # The day before it lies ahead of publication (24 March 2021): a plan, not a happening the deadline follows;
        # the clause's future places "1 July" in 2021, before the vote, not in 2022.
        pytest.param(
            "2021-03-24",
            "The envoy urged the council to hold elections on 24 December and called on the assembly to adopt the"
            " law for the polls by 1 July.",
            "1 July", "2021-07-01", id="anchor-ahead-of-publication",
        ),
    ],
)  # fmt: skip
def test_forward_cue_counts_from_the_day_before_it(published, text, expression, value):
    found = {m.text: m.period.value for m in tag(text, Reference(d(published))) if m.period is not None}
    assert found[expression] == value


@pytest.mark.parametrize(
    ("published", "text", "expression", "value"),
    [
        # Published 21 June 2020; the cue puts the start after the call, which came before publication.
        pytest.param(
            "2020-06-21", "The Varro declaration called for a ceasefire starting at 6am on 8 June.", "8 June",
            "2020-06-08", id="start-within-the-last-month",
        ),
        pytest.param(
            "2020-06-21", "Kessa's plan: a truce effective from 6:00 a.m. on June 2 and talks in Lorn.", "June 2",
            "2020-06-02", id="effective-within-the-last-month",
        ),
        # Further back than a month, or ahead, the cue still reads forward.
        pytest.param(
            "2020-06-21", "The Varro declaration called for a ceasefire starting at 6am on 8 March.", "8 March",
            "2021-03-08", id="older-reads-forward",
        ),
        pytest.param(
            "2020-06-21", "The Varro declaration called for a ceasefire starting at 6am on 28 June.", "28 June",
            "2020-06-28", id="ahead",
        ),
        # A future clause keeps its future: next year's day.
        pytest.param(
            "2020-06-21", "The truce will hold until 8 June.", "8 June", "2021-06-08", id="future-clause",
        ),
    ],
)  # fmt: skip
def test_forward_cue_without_tense_keeps_a_day_of_the_last_month(published, text, expression, value):
    found = {m.text: m.period.value for m in tag(text, Reference(d(published))) if m.period is not None}
    assert found[expression] == value
