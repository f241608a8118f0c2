"""Reading documents: one input file -> one text, plus what is known of it.

The text produced here is the only text offsets ever refer to: the CLI's
passage_start/passage_end and the dashboard's highlighting both index it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from timeline.core.errors import DocumentError
from timeline.core.models import Document
from timeline.core.periods import date_or_none
from timeline.reading import datelines
from timeline.reading.debris import Debris
from timeline.reading.decoding import decode_bytes
from timeline.reading.files import HTML_SUFFIXES, InputFile
from timeline.reading.sources import Sources
from timeline.temporal.rules import TemporalRules

DEFAULT_MAX_BYTES = 2 * 1024 * 1024


def read_file(
    item: InputFile,
    max_bytes: int = DEFAULT_MAX_BYTES,
    debris: Debris | None = None,
    rules: TemporalRules | None = None,
) -> Document:
    """Read and decode one file; raises DocumentError naming the problem."""
    if item.skip:
        raise DocumentError(item.skip)
    try:
        size = item.path.stat().st_size
        if size > max_bytes:
            raise DocumentError(
                f"too large: {size / 1e6:.1f} MB is over the {max_bytes / 1e6:.1f} MB limit for one document"
            )
        data = item.path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"cannot read: {exc.strerror or exc}") from exc
    decoded = decode_bytes(data)
    text = decoded.text
    if item.path.suffix.lower() in HTML_SUFFIXES:
        document = document_from_html(item.doc, text, str(item.path), debris, rules)
    else:
        document = document_from_text(item.doc, text, str(item.path), debris, rules)
    if decoded.note:
        document = replace(document, notes=(*document.notes, decoded.note))
    return document


def document_from_text(
    doc: str, text: str, path: str = "", debris: Debris | None = None, rules: TemporalRules | None = None
) -> Document:
    """A document from plain text: title and publication date read from the text itself."""
    header = datelines.read_header(text, debris, rules)
    return Document(
        doc=doc,
        text=text,
        title=header.title,
        published=header.published,
        published_basis="dateline" if header.published else "unknown",
        updated=header.updated,
        stamp_readings=header.stamp_readings,
        foot_stamp=header.foot,
        metadata_spans=header.metadata_spans,
        path=path,
        wire_day=header.wire_month_day,
        wire_weekday=header.wire_weekday,
        notes=header.notes,
    )


def document_from_html(
    doc: str, html: str, path: str = "", debris: Debris | None = None, rules: TemporalRules | None = None
) -> Document:
    from timeline.reading import html_text

    page = html_text.extract(html)
    base = document_from_text(doc, page.text, path, debris, rules)
    title = page.title or base.title
    published, basis = base.published, base.published_basis
    if page.published and not published:
        published, basis = page.published, "meta"
    return replace(base, title=title, outlet=page.site_name, url=page.url, published=published, published_basis=basis)


def apply_sources(document: Document, sources: Sources | None) -> Document:
    """Metadata from sources.csv wins over what the text says; a URL date is the last resort."""
    row = sources.get(document.doc) if sources else None
    doc = document
    if row:
        doc = replace(
            doc,
            title=row.title or doc.title,
            outlet=row.outlet or doc.outlet,
            url=row.url or doc.url,
        )
        if row.published:
            doc = replace(doc, published=row.published, published_basis="sources")
    if doc.published is None and doc.url:
        from_url = datelines.date_in_url(doc.url)
        if from_url:
            doc = replace(doc, published=from_url, published_basis="url")
    if doc.published is None and doc.url and doc.wire_day is not None:
        # "LIMA, Oct. 2 —" on a page ".../2021/10/velora-talks": the URL's year (and month, when it names one that
        # agrees) dates the dateline's day.
        day = datelines.dateline_in_url_year(doc.url, *doc.wire_day)
        if day is not None:
            note = f"dateline day and month, year from the URL ({day.year})"
            doc = replace(doc, published=day, published_basis="dateline", notes=(*doc.notes, note))
    return doc


# How many days a paper may be dated after its story's wire dateline ("COLOMBO, FEB. 22." in the paper of 23
# February, a Monday's paper with Saturday's dateline).
_STORY_LAG_DAYS = 3


def with_story_day(document: Document) -> Document:
    """The document told from its wire dateline's day when its publication date (sources.csv, a page stamp) is a
    day to three days later: a story's "today", "yesterday" and weekdays count from the day written in its
    dateline, not from the paper's date, as every blind set's annotators read them."""
    if document.published is None or document.published_basis == "analyst":
        return document
    published = document.published
    if document.wire_day is None and document.wire_weekday is not None:
        # "KESSA, Velora, Thursday (AFP) -": the story's day is that weekday on or before the paper's date.
        lag = (published.weekday() - document.wire_weekday) % 7
        if lag == 0:
            return document
        told = published - dt.timedelta(days=lag)
        note = (
            f"the story's wire dateline names {told.strftime('%A')}, {told.isoformat()}, {lag} day(s) before the "
            f"paper's date {published.isoformat()}: its relative dates count from the dateline"
        )
        return replace(document, published=told, published_basis="dateline", notes=(*document.notes, note))
    if document.wire_day is None:
        return document
    month, day = document.wire_day
    for year in (published.year, published.year - 1):
        told = date_or_none(year, month, day)
        if told is None:
            continue
        lag = (published - told).days
        if 1 <= lag <= _STORY_LAG_DAYS:
            note = (
                f"the story's wire dateline gives {told.isoformat()}, {lag} day(s) before the paper's date "
                f"{published.isoformat()}: its relative dates count from the dateline"
            )
            return replace(document, published=told, published_basis="dateline", notes=(*document.notes, note))
    return document
