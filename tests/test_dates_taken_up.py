"""Issue 9: "the December date" takes up the day of that month the text told before.

Invented sentences and names only.
"""

from __future__ import annotations

import pytest
from conftest import event_values


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # A day ahead, then the month's set time told in the past: that day's month, not last year's.
        (
            "The council set the vote for Dec. 4.\n\nOn Thursday the envoy said the December date had slipped.",
            "2020-11-20",
            "2020-12",
        ),
        (
            "Orvan and Kessa agreed to hold the poll on June 8.\n\nBoth said the June deadline had been missed.",
            "2021-05-20",
            "2021-06",
        ),
        (
            "The summit in Varno was set for 12 October. Envoys said the October summit was in doubt.",
            "2021-09-20",
            "2021-10",
        ),
        # A day behind, then the month told ahead: the day's month, not next year's.
        (
            "The accord was due on 3 September but never came.\n\nMediators will revisit the September deadline.",
            "2021-10-02",
            "2021-09",
        ),
    ],
)
def test_the_month_noun_takes_up_the_day_told(text: str, published: str, value: str) -> None:
    month = text.rsplit("the ", 1)[1].split()[0]
    assert event_values(text, published)[month] == value


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # No day of that month before: the month as any other.
        ("On Thursday the envoy said the December date had become impossible.", "2020-11-20", "2019-12"),
        # A noun of no set time: the month as any other.
        (
            "The council set the vote for Dec. 4.\n\nOn Thursday the envoy said the December offensive had failed.",
            "2020-11-20",
            "2019-12",
        ),
    ],
)
def test_the_month_without_a_set_time_told_is_read_alone(text: str, published: str, value: str) -> None:
    assert event_values(text, published)["December"] == value
