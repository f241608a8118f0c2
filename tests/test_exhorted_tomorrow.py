"""A quoted "tomorrow" in a sentence of the quotation holding a modal of obligation or expectation (tense_markers.yaml
`exhortation_modals`): the speaker's exhortation or figure of speech, no date.  A plan ("will"), an unquoted
"tomorrow", another sentence of the quotation or a quoted "today" keep theirs.  Invented sentences; a Thursday."""

from __future__ import annotations

import pytest
from conftest import date_value_of

THURSDAY = "2023-06-15"

CASES = [
    # an exhortation: no date
    ('"From tomorrow the militias must hand in their rifles," the colonel said.', "tomorrow", None),
    ('"Nobody should expect the parliament to change tomorrow," the analyst said.', "tomorrow", None),
    ('"We ought to open the crossings tomorrow," the mayor told Radio Verna.', "tomorrow", None),
    ('"You mustn\'t think the war ends tomorrow," the envoy said.', "tomorrow", None),
    # a plan told with "will", or scheduled in the present: the next day
    ('"We will sign the accord tomorrow," the envoy said.', "tomorrow", "2023-06-16"),
    ('"The council must meet again. We vote tomorrow," the envoy said.', "tomorrow", "2023-06-16"),
    # unquoted: the reporter's own schedule
    ("The delegates must leave Orsk tomorrow, the organisers said.", "tomorrow", "2023-06-16"),
    # "today" is not gated here (its own rules decide)
    ('"We signed the accord today and everyone must respect it," the envoy said.', "today", "2023-06-15"),
]


@pytest.mark.parametrize("text,expr,value", CASES)
def test_quoted_tomorrow_under_a_modal_of_obligation(text, expr, value):
    assert date_value_of(text, expr, THURSDAY) == value
