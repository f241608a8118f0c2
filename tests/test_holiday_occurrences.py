"""An Islamic holiday's occurrences are converted once for each year and given afresh to each caller."""

from __future__ import annotations

import pytest

from timeline.temporal import holidays


@pytest.mark.parametrize(("month", "day", "days", "year"), [(10, 1, 0, 2021), (12, 10, 4, 2024), (9, 1, 0, 2030)])
def test_islamic_occurrences_are_the_same_asked_again_and_not_shared(
    month: int, day: int, days: int, year: int
) -> None:
    first = holidays._islamic(month, day, days, year)
    assert first and all(p.start.year == year for p in first)
    first.append(first[0])  # a caller's list is its own: the next caller is not given it
    again = holidays._islamic(month, day, days, year)
    assert again == first[:-1]
    assert again == list(holidays._islamic_periods.__wrapped__(month, day, days, year))


def test_a_year_outside_the_calendar_has_no_occurrence() -> None:
    assert holidays._islamic(10, 1, 0, 1800) == []
