"""One time named twice in apposition is one mention: "on April 2, the first day of Ramadan"."""

from __future__ import annotations

import pytest
from conftest import d

from timeline.temporal.tagger import Reference, tag


def _dated(text: str, published: str) -> list[tuple[str, str]]:
    return [(m.text, m.period.value) for m in tag(text, Reference(d(published))) if m.period is not None]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # Ramadan 1443 began on 2 April 2022: the feast names the explicit day again.
        pytest.param(
            "2022-10-02",
            "The truce in Vardia took effect on April 2, the first day of the holy month of Ramadan.",
            [("April 2", "2022-04-02")],
            id="feast",
        ),
        # 3 June 2019 was a Monday.
        pytest.param(
            "2019-06-14",
            "The accord, signed on June 3, a Monday, was hailed in Kelvar.",
            [("June 3", "2019-06-03")],
            id="weekday",
        ),
        # The moment restated in GMT: one mention, though the day differs.
        pytest.param(
            "2020-11-10",
            "The deal took effect at 1am on Tuesday Moscow time (22:00 GMT on Monday), officials said.",
            [("Tuesday", "2020-11-10")],
            id="zone-restated",
        ),
        # Not the same time: both stay.
        pytest.param(
            "2019-06-14",
            "The accord was signed on March 3, the day after the vote on March 2.",
            [("March 3", "2019-03-03"), ("March 2", "2019-03-02")],
            id="another-day",
        ),
        pytest.param(
            "2019-06-14",
            "The accord, signed on June 4, a Monday, was hailed.",
            [("June 4", "2019-06-04"), ("Monday", "2019-06-10")],
            id="another-weekday",
        ),
        # A feast and the calendar words that place it, a few words apart: one time, the calendar's (Mawlid
        # 1442 fell on 29 October 2020; Ramadan 1445 began on 11 March 2024).
        pytest.param(
            "2020-10-14",
            "Valdorian Airlines will add flights before the Mawlid holiday at the end of the month.",
            [("the end of the month", "2020-10")],
            id="feast-dated",
        ),
        pytest.param(
            "2024-02-22",
            "Ramadan is expected to begin on or around March 11, the Kardesh council said.",
            [("March 11", "2024-03-11")],
            id="feast-begins",
        ),
        # The calendar words set off by a comma, after a preposition or a relative pronoun: one time, the
        # first mention's (Ramadan 1443 began on 2 April 2022; Eid al-Fitr 1444 fell on 21 April 2023; "before" it,
        # some time before its day, is its month).
        pytest.param(
            "2022-10-02",
            "The Varnish truce took effect on 2 April, at the start of the holy month of Ramadan, and held.",
            [("2 April", "2022-04-02")],
            id="date-then-feast-apposed",
        ),
        pytest.param(
            "2023-04-09",
            "A Kardesh official said a deal could be announced before Eid al-Fitr, which falls around April 21.",
            [("Eid al-Fitr", "2023-04")],
            id="feast-then-date-apposed",
        ),
        # A feast's day restated by its full calendar date after a comma: one time, the calendar's (Eid al-Adha
        # 1444 fell on 28 June 2023; Christmas Day is 25 December).
        pytest.param(
            "2023-07-01",
            "Crowds filled the squares of Orsk on the first day of Eid al-Adha, 28 June 2023.",
            [("28 June 2023", "2023-06-28")],
            id="feast-day-then-full-date",
        ),
        pytest.param(
            "2020-01-05",
            "The Varnok envoys met on Christmas Day, 25 December 2019, and signed nothing.",
            [("25 December 2019", "2019-12-25")],
            id="feast-then-full-date",
        ),
        # The calendar date names another day: two times.
        pytest.param(
            "2020-01-05",
            "The truce in Kessa held over Christmas, 3 January 2020 was its last day.",
            [("Christmas", "2019-12-25"), ("3 January 2020", "2020-01-03")],
            id="feast-then-another-full-date",
        ),
        # A long feast set off by a comma and placed by one day: the day it begins or ends is the time told, the
        # finer one (Ramadan 1443 began on Saturday 2 April 2022).
        pytest.param(
            "2022-04-05",
            "Envoys urged a truce in Kessa during the holy month of Ramadan, which began on Saturday.",
            [("Saturday", "2022-04-02")],
            id="long-feast-then-its-first-day-apposed",
        ),
        # A relative clause telling what a feast is, every year: a feast named in it is no time of the story,
        # and the clause is an aside, so the feast's own verb is dated by the calendar words after it (Eid al-Fitr
        # 1439 fell on Friday 15 June 2018).
        pytest.param(
            "2018-06-17",
            "Eid al-Fitr, which marks the end of Ramadan, began in Kessa on Friday.",
            [("Friday", "2018-06-15")],
            id="feast-defined-then-dated",
        ),
        pytest.param(
            "2018-06-17",
            "Eid al-Fitr, which marks the end of the holy month of Ramadan, was quiet in Orsk.",
            [("Eid al-Fitr", "2018-06-15")],
            id="feast-defined",
        ),
        # A past relative clause tells of a time: both feasts stay.
        pytest.param(
            "2018-06-17",
            "Fighting paused over Eid al-Fitr, which came after a bloody Ramadan in 2018.",
            [("Eid al-Fitr", "2018-06-15"), ("Ramadan in 2018", "2018-05-16/2018-06-14")],
            id="feast-past-relative",
        ),
        # A comma and no preposition or relative pronoun: two times.
        pytest.param(
            "2023-01-10",
            "The Varnish rebels kept a truce over Christmas, talks on 28 December failed.",
            [("Christmas", "2022-12-25"), ("28 December", "2022-12-28")],
            id="feast-comma-another-clause",
        ),
        # Joined by "and": two times, both stay.
        pytest.param(
            "2023-01-10",
            "The Kardesh rebels declared a truce over Christmas and talks resumed on December 26.",
            [("Christmas", "2022-12-25"), ("December 26", "2022-12-26")],
            id="feast-and-another-day",
        ),
        # Two weekdays joined by "and", the second the day after the first: one happening over both days
        # (30 July 2021 was a Friday).
        pytest.param(
            "2021-07-30",
            "The Kardesh commission met in Kelvar on Wednesday and Thursday and agreed a timetable.",
            [("Wednesday and Thursday", "2021-07-28/2021-07-29")],
            id="two-days-joined",
        ),
        pytest.param(
            "2021-07-30",
            "Fighting erupted in Kelvar on Wednesday and talks opened on Thursday.",
            [("Wednesday", "2021-07-28"), ("Thursday", "2021-07-29")],
            id="two-days-two-clauses",
        ),
        # A clause between them: no apposition.
        pytest.param(
            "2019-06-14",
            "The accord was signed on June 3; a day of talks followed on Monday.",
            [("June 3", "2019-06-03"), ("Monday", "2019-06-10")],
            id="clause-break",
        ),
    ],
)
def test_apposition_is_one_mention(published, text, expected):
    assert _dated(text, published) == expected
