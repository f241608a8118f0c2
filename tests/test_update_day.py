"""Issue 9: a weekday told in the past between a page's publication and its update stamp a day or two later is
that day ("17.09.2018 - Update : 18.09.2018" under "Lavrov said Tuesday ...": the 18th, not the 11th).

Invented sentences and names only.
"""

from __future__ import annotations

import pytest
from conftest import d

from timeline.reading.documents import document_from_text
from timeline.temporal.tagger import Reference, tag
from timeline.understanding.passages import reference_for


def _value(text: str, expression: str, reference: Reference) -> str | None:
    start = text.index(expression)
    for m in tag(text, reference):
        if m.start <= start < m.end and m.kind == "date" and m.period is not None:
            return m.period.value
    return None


@pytest.mark.parametrize(
    ("published", "updated", "text", "expression", "value"),
    [
        # Monday's page updated on Tuesday: Tuesday's news is the update's day; Monday stays Monday.
        ("2018-09-17", "2018-09-18", "Orvan Dale said Tuesday there would be no offensive.", "Tuesday", "2018-09-18"),
        ("2018-09-17", "2018-09-18", "The leaders met in Kessa on Monday.", "Monday", "2018-09-17"),
        ("2018-09-17", "2018-09-19", "The envoy said Wednesday the talks would go on.", "Wednesday", "2018-09-19"),
        # Another weekday, an update a week later, or no update: the last such day up to publication.
        ("2018-09-17", "2018-09-18", "The envoy arrived on Thursday.", "Thursday", "2018-09-13"),
        ("2018-09-17", "2018-09-25", "Orvan Dale said Tuesday there would be no offensive.", "Tuesday", "2018-09-11"),
        ("2018-09-17", None, "Orvan Dale said Tuesday there would be no offensive.", "Tuesday", "2018-09-11"),
        # A future is not moved.
        ("2018-09-17", "2018-09-18", "The envoy will arrive on Tuesday.", "Tuesday", "2018-09-18"),
    ],
)  # fmt: skip
def test_a_past_weekday_up_to_the_update(published, updated, text, expression, value):
    reference = Reference(d(published), updated=d(updated) if updated else None)
    assert _value(text, expression, reference) == value


def test_a_pages_update_stamp_reaches_the_reference():
    text = (
        "Varnia and Kessa agree on a buffer zone\n\nThe leaders met in Orsk on Monday.\n\n"
        "Orvan Dale said Tuesday there would be no offensive.\n\n17.09.2018 - Update : 18.09.2018\n"
    )
    document = document_from_text("a.txt", text)
    reference = reference_for(document)
    assert (reference.published, reference.updated) == (d("2018-09-17"), d("2018-09-18"))
    assert _value(text, "Tuesday", reference) == "2018-09-18"
