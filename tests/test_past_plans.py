"""A plan told from a past time ("were expected to end on Oct. 30", "was scheduled for 3 April") may lie on
either side of publication: its date is the nearest one, never pushed a year ahead."""

from __future__ import annotations

import pytest
from conftest import d

from timeline.temporal.tagger import Reference, tag


@pytest.mark.parametrize(
    ("published", "text", "expression", "value"),
    [
        # Four days before publication, not next year's.
        pytest.param("2022-11-03", "The talks opened on Oct. 25 and were initially expected to end on Oct. 30.",
                     "Oct. 30", "2022-10-30", id="past-side"),
        pytest.param("2022-11-03", "The vote was expected to take place on Nov. 20.", "Nov. 20", "2022-11-20",
                     id="future-side"),
        pytest.param("2020-07-10", "The vote was expected to take place in May.", "May", "2020-05", id="month"),
        pytest.param("2020-05-20", "The vote had been scheduled for 3 April.", "3 April", "2020-04-03",
                     id="past-perfect-head"),
        # A plan told now reads forward.
        pytest.param("2020-05-20", "The vote is expected to take place in March.", "March", "2021-03",
                     id="present-head"),
    ],
)  # fmt: skip
def test_plan_told_from_a_past_time_is_the_nearest_date(published, text, expression, value):
    found = {m.text: m.period.value for m in tag(text, Reference(d(published))) if m.period is not None}
    assert found[expression] == value


@pytest.mark.parametrize(
    ("published", "text", "expression", "value"),
    [
        # The moved plan's new date lies after the moving, not in the past year the clause's past would give.
        pytest.param("2021-12-22", "The Veltran election board proposed postponing the vote by a month, to Jan. 24, "
                     "after days of doubt over a ballot that was meant to end the crisis.", "Jan. 24", "2022-01-24",
                     id="gerund-object"),
        pytest.param("2021-12-22", "The Orsk court delayed the hearing of the case until Jan. 10, lawyers said.",
                     "Jan. 10", "2022-01-10", id="past-object-until"),
    ],
)  # fmt: skip
def test_a_moved_plan_reads_forward_past_its_object(published, text, expression, value):
    found = {m.text: m.period.value for m in tag(text, Reference(d(published))) if m.period is not None}
    assert found[expression] == value
