"""Dated statements: passages, captions, statuses and ids."""

from __future__ import annotations

import pytest
from conftest import d

from timeline.core.models import Document, TimeMention
from timeline.core.periods import day, month
from timeline.reading.debris import load_debris
from timeline.reading.documents import document_from_text
from timeline.temporal.tagger import tag
from timeline.text.segment import sentence_spans
from timeline.understanding.passages import document_events, mention_id, reference_for, status_of

DEBRIS = load_debris()


def tagged_events(doc: Document):
    """The document's events as the pipeline finds them: its text tagged first, against its reference."""
    spans = sentence_spans(doc.text)
    return document_events(doc, tag(doc.text, reference_for(doc), spans), spans, debris=DEBRIS)


def events_of(text: str, published: str | None = "2020-05-20"):
    doc = Document("a.txt", text, published=d(published) if published else None,
                   published_basis="sources" if published else "unknown")  # fmt: skip
    return tagged_events(doc)


def test_one_date_one_sentence_passage():
    text = "Ministers met in Tunis. The ceasefire was signed on 13 January 2020 in Moscow. Fighting went on."
    (event,) = events_of(text)
    assert event.passage == "The ceasefire was signed on 13 January 2020 in Moscow."
    assert text[event.passage_start : event.passage_end] == event.passage


def test_two_dates_in_one_sentence_get_a_clause_each():
    text = "The truce was proposed on Jan. 8, and Ankara started sending troops on Jan. 5."
    first, second = events_of(text, "2020-01-13")
    assert (first.mention.text, second.mention.text) == ("Jan. 8", "Jan. 5")
    assert "Jan. 8" in first.passage and "Jan. 5" not in first.passage
    assert "Jan. 5" in second.passage and "Jan. 8" not in second.passage
    assert first.passage_end <= second.passage_start
    for e in (first, second):
        assert text[e.passage_start : e.passage_end] == e.passage
        assert e.passage_start <= e.mention.start and e.mention.end <= e.passage_end


def test_caption_repeated_verbatim_gives_one_event():
    caption = "Haftar shakes hands with Shoigu before talks in Moscow, Russia January 13, 2020."
    text = f"Talks in Moscow\n\n{caption}\n\n{caption}\n\nThe talks failed on Monday, Lavrov said.\n"
    events = events_of(text, "2020-01-13")
    assert [e.mention.text for e in events] == ["January 13, 2020", "Monday"]
    assert events[0].passage == caption


def test_caption_repeated_with_a_credit_gives_one_event():
    caption = "Haftar shakes hands with Shoigu before talks in Moscow, Russia January 13, 2020."
    text = f"  • {caption}\n\n    {caption} | Photo: Reuters\n\nLavrov spoke to reporters.\n"
    assert [e.mention.text for e in events_of(text, "2020-01-13")] == ["January 13, 2020"]


def test_same_date_in_two_different_sentences_gives_two_events():
    text = "Talks opened on 13 January 2020. A truce was also signed on 13 January 2020 in Berlin."
    assert len(events_of(text)) == 2


def test_metadata_spans_and_durations_give_no_events():
    text = "Published 13 January 2020\n\nLibya has been at war for nine years. The talks ended on Monday."
    doc = document_from_text("a.txt", text)
    assert [e.mention.text for e in tagged_events(doc)] == ["Monday"]


@pytest.mark.parametrize(
    "period,tense,expected",
    [
        pytest.param(day(d("2020-05-19")), "past", "reported", id="before-publication"),
        pytest.param(day(d("2020-05-21")), "past", "scheduled", id="after-publication-wins-over-tense"),
        pytest.param(month(2020, 12), "future", "scheduled", id="future-month"),
        pytest.param(month(2020, 5), "future", "scheduled", id="publication-month-future-tense"),
        pytest.param(month(2020, 5), "past", "reported", id="publication-month-past-tense"),
        pytest.param(None, "future", "scheduled", id="unresolved-future"),
        pytest.param(None, "past", "reported", id="unresolved-past"),
    ],
)
def test_status_of(period, tense, expected):
    doc = Document("a.txt", "", published=d("2020-05-20"), published_basis="sources")
    mention = TimeMention(0, 1, "x", period, "publication", "r", tense=tense)
    assert status_of(doc, mention) == expected


def test_scheduled_in_a_seed_like_sentence():
    text = "Following the announcement that national elections will take place on 24 December 2021, efforts grew."
    (event,) = events_of(text, "2020-12-30")
    assert event.status == "scheduled"


def test_mention_id_is_stable_and_distinct():
    a = TimeMention(10, 16, "Monday", None, "unresolved", "r")
    b = TimeMention(40, 46, "Monday", None, "unresolved", "r")
    assert mention_id("a.txt", a) == mention_id("a.txt", a)
    assert len({mention_id("a.txt", a), mention_id("a.txt", b), mention_id("b.txt", a)}) == 3


def test_event_ids_unique_in_a_document():
    text = "On Monday talks opened. On Tuesday they failed. On Wednesday they resumed. On Thursday a truce held."
    events = events_of(text)
    assert len(events) == 4
    assert len({e.mention_id for e in events}) == 4
    assert [e.mention.period.value for e in events] == ["2020-05-18", "2020-05-19", "2020-05-20", "2020-05-14"]


def test_dates_on_debris_lines_give_no_events(tmp_path) -> None:
    text = "The talks ended on Monday.\nShare this story, updated Tuesday\n"
    doc = document_from_text("a.txt", text)
    mentions = tag(text, reference_for(doc))
    assert [m.text for m in mentions if m.kind == "date"] == ["Monday", "Tuesday"]
    assert [e.mention.text for e in document_events(doc, mentions, debris=load_debris(builtin=False))] == [
        "Monday",
        "Tuesday",
    ]
    patterns = tmp_path / "debris.txt"
    patterns.write_text("share this story.*\n", encoding="utf-8")
    only = load_debris(patterns, builtin=False)
    assert [e.mention.text for e in document_events(doc, mentions, debris=only)] == ["Monday"]


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        pytest.param("The dams were built in the 1970s and repaired in May 2007.", ["May 2007"], id="decade"),
        pytest.param("The region broke away in a war in the early 1990s.", [], id="early-decade"),
        pytest.param("Sanctions imposed in the '90s were lifted on Monday.", ["Monday"], id="short-decade"),
        pytest.param("The feud goes back to the 19th century, and talks began on 3 May.", ["3 May"], id="century"),
        pytest.param("The militia was formed in 1994.", ["1994"], id="a-year-stays"),
        pytest.param(
            "Kosovo declared independence in 2008, a decade after the 1998-99 war.", ["2008"], id="years-span"
        ),
        pytest.param("The road, closed since the 2019-2020 war, reopened on Sunday.", ["Sunday"], id="years-range"),
        pytest.param("Talks ran from 10 to 13 May.", ["10 to 13 May"], id="a-days-range-stays"),
        pytest.param("Kelvar fought a 1998-2000 border war.", [], id="years-span-as-modifier"),
        # Told after a preposition, a span of years is the time of a happening: an event (at its first year).
        pytest.param("Kelvar and Orsk fought a border war from 1998 to 2000.", ["1998 to 2000"], id="from-years"),
        pytest.param("Orsk occupied the south from 1982 until 2000.", ["1982 until 2000"], id="from-until-years"),
        pytest.param("Rebels held parts of Kessa between 2014 and 2015.", ["2014 and 2015"], id="between-years"),
        pytest.param("The militia tried to take Varnok in 2019-20.", ["2019-20"], id="in-years"),
        # "during the" / "in the" before the span tells it as the time of the clause too.
        pytest.param("The gunmen fought for Orsk during the 2019-2020 war.", ["2019-2020"], id="during-the-years"),
        pytest.param("Kessa lost 300 men in the 1998-2000 border war.", ["1998-2000"], id="in-the-years"),
        pytest.param("Kessa lost 300 men after the 1998-2000 border war.", [], id="after-the-years"),
        # A day and month naming a political camp ("the March 14 majority"), in lower case too: no date.
        pytest.param("The Western-backed 14 March parliamentary majority met on Sunday.", ["Sunday"], id="camp-name"),
        pytest.param("Kessa's March 8 alliance walked out on Sunday.", ["Sunday"], id="camp-name-possessive"),
        pytest.param("On 14 March coalition troops entered Orsk.", ["14 March"], id="date-before-coalition-troops"),
        # Heading a list's entry, a span of years is the time of what the entry tells.
        pytest.param(
            "Timeline\n\n- 2016-2018: Kessa's councils hold votes in 40 towns.", ["2016-2018"], id="entry-years"
        ),
        pytest.param(
            "Timeline\n\n2016\u20132018 \u2013 Kessa's councils hold votes.", ["2016\u20132018"], id="entry-years-dash"
        ),
        # Two months or years in a row after one preposition are one stretch, dated by the first; two apart are two.
        pytest.param("Observers walked the villages of Kessa in 1992 and 1993.", ["1992"], id="years-in-a-row"),
        pytest.param("Talks were held in Orsk in July and August.", ["July"], id="months-in-a-row"),
        pytest.param("Talks with the group in 2002 and 2007 collapsed.", ["2002", "2007"], id="years-apart"),
        pytest.param(
            "The colonel seized power in coups in August 2019 and May 2020.",
            ["August 2019", "May 2020"],
            id="months-apart",
        ),
        # The ends of a span told as two expressions after its opening word: one stretch, dated by the first end.
        pytest.param(
            "Clashes in Orsk killed 40 people between late August and late September.",
            ["late August"],
            id="between-parts-of-months",
        ),
        pytest.param("Fighting raged around Kelvar from mid-June to early July.", ["mid-June"], id="from-to-months"),
        pytest.param(
            "Rebels held the Kessa valley between early 2016 and mid-2017.", ["early 2016"], id="between-parts-of-years"
        ),
        # "the night of Friday to Saturday": a night told by the two days it spans, dated by the first.
        pytest.param(
            "Shelling shook Orsk through the night of Friday to Saturday.", ["Friday"], id="the-night-of-two-days"
        ),
        # A span told by clock times, its last day after "until"/"to" and a clock: dated by its first day.
        pytest.param(
            'Orsk declared a "Harvest truce" from 6pm Orsk time (4pm GMT) on Saturday until midnight on Sunday.',
            ["Saturday"],
            id="clock-span-until",
        ),
        pytest.param(
            "The Kelvar curfew runs from 6 a.m. on Saturday to 6 p.m. on Monday.", ["Saturday"], id="clock-span-to"
        ),
        # ... the first day a quoted "today" whose sentence does the act by saying it ("declares"): the speech's day
        pytest.param(
            '"In the spirit of the season, today from noon until midnight on Sunday, the army declares a truce," Ilse'
            " Marr said.",
            ["today"],
            id="clock-span-quoted-today-declares",
        ),
        # With no opening word, or joined by "and", two times.
        pytest.param(
            "Rebels shelled Kessa on Saturday until noon on Sunday.", ["Saturday", "Sunday"], id="clock-no-opener"
        ),
        pytest.param(
            "Talks were held in Orsk on Saturday and at noon on Monday.", ["Saturday", "Monday"], id="clock-and"
        ),
        # No span word before the first, or a plan's new date: two times.
        pytest.param(
            "The council met in late August and again in late September.",
            ["late August", "late September"],
            id="no-span-word",
        ),
        pytest.param(
            "The board postponed the Kelvar vote from late December to mid-January.",
            ["late December", "mid-January"],
            id="a-plan-moved",
        ),
    ],
)
def test_decades_and_centuries_are_background_not_events(text, dated):
    assert [e.mention.text for e in events_of(text)] == dated


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        pytest.param(
            "Dozens of Valdorian activists have been killed this year, and three more died on Monday.",
            ["Monday"],
            id="counted-over-this-year",
        ),
        pytest.param(
            "Anwar, whose country chairs the Kardesh bloc this year, welcomed the truce on Monday.",
            ["Monday"],
            id="holds-through-this-year",
        ),
        # A relative clause's present before the current year is a state through it, not a time ahead, also in a
        # sentence whose main verb tells a future.
        pytest.param(
            "Kardesh, which holds the chair this year, has said it hopes to name an envoy by Monday.",
            ["Monday"],
            id="relative-present-through-this-year",
        ),
        pytest.param(
            "Valdoria, which hosts the summit this year, will send troops.",
            [],
            id="relative-present-no-plan-this-year",
        ),
        pytest.param(
            "The Kessa conference on Wednesday is the best chance this year to start talks.",
            ["Wednesday"],
            id="superlative-over-this-year",
        ),
        pytest.param("Prices in Kelvar rose sharply in the current year.", [], id="the-current-year"),
        # A happening placed in the current year, or a plan for it, still dates an event.
        pytest.param("Rebels took Kelvar earlier this year.", ["earlier this year"], id="earlier-this-year"),
        pytest.param("Valdoria will hold elections this year.", ["this year"], id="a-plan-this-year"),
        pytest.param("The truce collapsed in March this year.", ["March this year"], id="month-this-year"),
        # An ordinal count in an apposition or after a copula runs over the current week or month.
        pytest.param(
            "The council meets on Kelvar on Friday, its second meeting on the town this week.",
            ["Friday"],
            id="its-second-this-week",
        ),
        pytest.param(
            "Rebels shelled Kelvar on Friday, their fifth attack on the port this year.",
            ["Friday"],
            id="fifth-this-year",
        ),
        pytest.param("The strike on Sunday was the latest this week.", ["Sunday"], id="the-latest-this-week"),
        pytest.param("The meeting on Sunday was the committee's fourth this month.", ["Sunday"], id="was-its-fourth"),
        # The stretch a state lasted through.
        pytest.param(
            "The airport of Kelvar was closed for most of the first half of this year.", [], id="for-most-of-a-half"
        ),
        pytest.param("Fighting raged in Kelvar throughout 2019 and ended on Monday.", ["Monday"], id="throughout"),
        pytest.param("The airport of Kelvar was closed in March.", ["March"], id="closed-in-march"),
        pytest.param(
            "Envoys said the second round of talks would be held in Ardo this month.",
            ["this month"],
            id="a-second-round-this-month",
        ),
    ],
)
def test_the_current_stretch_counted_over_is_no_event(text, dated):
    assert [e.mention.text for e in events_of(text)] == dated


@pytest.mark.parametrize(
    ("crosshead", "paragraph", "dated"),
    [
        # The paragraph under it names January again: one happening, dated by the paragraph.
        pytest.param(
            "Next round in January",
            "The Kardesh envoy said the two sides would meet again at the end of January.",
            ["the end of January"],
            id="restated",
        ),
        # The paragraph names another time: the crosshead keeps its own date.
        pytest.param(
            "Talks resume in March",
            "The Kardesh envoy flew to Port Amsel on 3 February.",
            ["March", "3 February"],
            id="not-restated",
        ),
        # A line opening with its date is an entry of a dated list, not a crosshead.
        pytest.param(
            "3 February 2020 - Truce in Kardesh",
            "The Kardesh envoy flew to Port Amsel on 3 February 2020.",
            ["3 February 2020", "3 February 2020"],
            id="list-entry",
        ),
    ],
)
def test_a_crosshead_restated_below_dates_nothing(crosshead, paragraph, dated):
    text = f"Valdoria and Kardesh end talks\n\nThe talks in Port Amsel ended.\n\n{crosshead}\n\n{paragraph}\n"
    assert [e.mention.text for e in events_of(text, "2020-12-10")] == dated


def test_a_live_entry_heading_restated_in_its_entry_dates_nothing():
    text = (
        "Kardesh truce signed: live\n\n"
        "15:40 GMT - Movren: 'Today we end the war'\n\n"
        "The Valdorian premier spoke at the ceremony in Port Amsel.\n\n"
        '"Today we ended the war," Movren said.\n\n'
        "14:05 GMT - Delegations arrive on Friday\n\n"
        "Envoys reached Port Amsel for the signing.\n"
    )
    dated = [(e.mention.text, e.passage_start) for e in events_of(text, "2020-10-03")]
    # The heading's "Today" is the quote's day again; the second heading's Friday is not restated: it stays.
    assert [t for t, _ in dated] == ["Today", "Friday"]
    assert dated[0][1] == text.index('"Today we ended')
