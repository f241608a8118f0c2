"""The records that flow between stages: documents in, date mentions, events out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from timeline.core.periods import Period

PublishedBasis = Literal["sources", "dateline", "meta", "url", "analyst", "estimated", "unknown"]
DateBasis = Literal["explicit", "publication", "anchor", "estimated", "ambiguous", "unresolved"]
Status = Literal["reported", "scheduled"]


@dataclass(frozen=True, slots=True)
class Document:
    """One document's text (the text every offset refers to) and what is known of it."""

    doc: str
    text: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: dt.date | None = None
    published_basis: PublishedBasis = "unknown"
    # For an estimated publication date: the latest day it can be (published is the earliest).
    published_latest: dt.date | None = None
    # The page's "Updated ..." stamp: publication is not later.  Bounds an estimate from above.
    updated: dt.date | None = None
    # Both days a numeric publication stamp may be ("05.12.2019"), when neither order is ruled out.
    stamp_readings: tuple[dt.date, ...] = ()
    # The day of a stamp line ending the page, or of a head line dated with a two-digit year ("28/07/98"), when no
    # other stamp dates it: publication if its own dates allow.
    foot_stamp: dt.date | None = None
    # Spans of the text that carry metadata (datelines, bylines): never events.
    metadata_spans: tuple[tuple[int, int], ...] = ()
    path: str = ""
    notes: tuple[str, ...] = ()
    # The (month, day) of the story's first wire dateline ("COLOMBO, FEB. 22."), the day its "today" means.
    wire_day: tuple[int, int] | None = None
    # The weekday (Monday 0) of a wire dateline that names only its weekday ("KESSA, Velora, Thursday (AFP) -").
    wire_weekday: int | None = None


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A date expression found in a text and what it resolved to."""

    start: int
    end: int
    text: str
    period: Period | None
    basis: DateBasis
    rule: str
    # A duration ("for nine years") or a set ("every Friday") is not a point in time.
    kind: Literal["date", "duration", "set", "metadata"] = "date"
    # Direction read from the text around the mention: past, future or unknown.
    tense: Literal["past", "future", "present", "unknown"] = "unknown"
    # The ends of a range written as two expressions ("2009-2010"), each with its own span.
    parts: tuple[TimeMention, ...] = ()
    # A date that is the stretch something is counted over or holds through, not a happening's time ("dozens of
    # whom have been murdered this year"): listed by `dates`, no event.
    background: bool = False

    @property
    def value(self) -> str:
        return self.period.value if self.period else ""


@dataclass(frozen=True, slots=True)
class Event:
    """One dated statement: a passage of a document and the date it gives a happening."""

    mention_id: str
    event_id: str
    document: Document
    mention: TimeMention
    status: Status
    passage: str
    passage_start: int
    passage_end: int

    def as_row(self) -> dict[str, object]:
        """The frame's values that dating alone decides; understanding fills title, actors and type."""
        d, m, p = self.document, self.mention, self.mention.period
        return {
            "mention_id": self.mention_id,
            "event_id": self.event_id,
            "doc": d.doc,
            "doc_title": d.title,
            "outlet": d.outlet,
            "url": d.url,
            "published": d.published,
            "published_basis": d.published_basis,
            "published_latest": d.published_latest,
            "date": p.start if p else None,
            "date_end": p.end if p else None,
            "precision": p.precision if p else "",
            "date_value": p.value if p else "",
            "date_modifier": p.modifier if p else "",
            "date_text": m.text,
            "date_text_start": m.start,
            "date_text_end": m.end,
            "date_basis": m.basis,
            "date_rule": m.rule,
            "status": self.status,
            "title": "",
            "passage": self.passage,
            "passage_start": self.passage_start,
            "passage_end": self.passage_end,
            "actors": "",
            "actor_kinds": "",
            "event_type": "other",
            "event_type_rule": "",
            "event_concepts": "",
            "n_sources": 1,
            # Until mentions are grouped, each mention is its own event.
            "event_date": p.start if p else None,
            "event_date_end": p.end if p else None,
            "event_precision": p.precision if p else "",
            "event_date_from": self.mention_id,
        }


@dataclass(frozen=True, slots=True)
class DocumentReport:
    """One input file and what became of it; every input gets one, readable or not."""

    doc: str
    title: str
    outlet: str
    url: str
    published: dt.date | None
    published_basis: str
    n_events: int
    # ok: events found; empty: read but no dated events (message says why); error: not read.
    status: str
    message: str
    published_latest: dt.date | None = None


REPORT_COLUMNS: tuple[str, ...] = tuple(DocumentReport.__dataclass_fields__)
