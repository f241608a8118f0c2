"""Two news forms found on invented stress documents (task dates33): a day opening a sentence whose main clause is
future, with the attribution closing it; and a feast named in a verbless headline is the coming one (or the one under
way): dates33 had read one over at most 14 days before publication as the headline's, which cost the phrase set's
held-out half a right row, so it was taken out.

Invented names.  2021-04-22 is a Thursday (the Friday before it the 16th, after it the 23rd).
"""

from __future__ import annotations

import pytest
from conftest import date_value_of

# fmt: off
FRONTED = [
    pytest.param('"On Friday, we will sign," Venn said on Monday.', "Friday", "2021-04-23", id="quoted-fronted-future"),
    pytest.param('"On Friday, we will sign," Venn said.', "Friday", "2021-04-23", id="quoted-fronted-no-day"),
    pytest.param("On Friday, the two sides will sign the deal, Odo Venn said.", "Friday", "2021-04-23",
                 id="fronted-future-attribution"),
    pytest.param("On Friday, the coalition will hand over its heavy weapons, officials in Tarvik said.", "Friday",
                 "2021-04-23", id="fronted-future-officials"),
    # The past stays past; an apposition after a date that does not open the sentence is still the date's noun's.
    pytest.param("On Friday, the two sides signed the deal, Odo Venn said.", "Friday", "2021-04-16",
                 id="fronted-past"),
    pytest.param("Friday, the day of the vote, was calm in Kessa.", "Friday", "2021-04-16", id="fronted-subject"),
    pytest.param("A vote on Friday, the date agreed in Lunsa, would be hard to hold.", "Friday", "2021-04-23",
                 id="apposition-not-fronted"),
]
FEASTS = [
    pytest.param("Eid prisoner release\n\nThe government of Velora freed 300 prisoners.", "Eid", "2023-08-20",
                 "2024-04-10", id="headline-eid-long-over"),
    # A month-long feast named alone (Ramadan 1442 ran 13 April - 12 May 2021): no day of it (holiday_month_long).
    pytest.param("Ramadan lull\n\nFighting eased in Kessa.", "Ramadan", "2021-04-20", None,
                 id="headline-feast-under-way"),
]
# fmt: on


@pytest.mark.parametrize("text,expr,value", FRONTED)
def test_fronted_day_takes_its_main_clause(text, expr, value):
    assert date_value_of(text, expr, "2021-04-22") == value


@pytest.mark.parametrize("text,expr,published,value", FEASTS)
def test_feast_of_a_verbless_headline(text, expr, published, value):
    assert date_value_of(text, expr, published) == value
