"""A chronology with citations: one entry per dated event of the rows in view, in date order.

An entry says when (the event's date in words at its precision), what (the
headline of the mention that gave the event its date), one quoted passage (that
mention's), and every source document among the rows, cited by outlet, title,
publication date and URL.  The renderers (`chronology_html`, `chronology_docx`,
`chronology_markdown`) and the briefing CSV read this value; none of them looks
at the frame again.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from timeline.core.frame import event_keys
from timeline.view.actor_cells import split_actors
from timeline.view.date_words import date_in_words, date_iso
from timeline.view.state import Filters

# A quote longer than this is cut at the last word boundary before it, with an ellipsis.
QUOTE_CHARS = 400
ELLIPSIS = "…"
_SPACE = re.compile(r"\s+")
# An event's own period first; a mention's when the frame is not grouped.
_DATE_COLUMNS = (("event_date", "event_date_end", "event_precision"), ("date", "date_end", "precision"))


@dataclass(frozen=True, slots=True)
class Citation:
    outlet: str
    title: str
    published: dt.date | None
    url: str
    doc: str


@dataclass(frozen=True, slots=True)
class Entry:
    event_id: str
    start: dt.date
    end: dt.date
    precision: str
    date_words: str
    date_iso: str
    headline: str
    event_type: str
    actors: tuple[str, ...]
    quote: str
    # Which citation the quote is from.
    quote_citation_index: int
    citations: tuple[Citation, ...]
    # Distinct documents among the rows in view that report the event (one citation each).
    n_sources: int
    # reported (happened by publication time) or scheduled (future when reported), from the dating mention.
    status: str = ""


@dataclass(frozen=True, slots=True)
class Chronology:
    title: str
    scope: str
    span_words: str
    entries: tuple[Entry, ...]
    n_events: int
    # Events among the rows that have no date: not entries, but counted so the reader knows.
    n_undated: int = 0


def build_chronology(frame: pd.DataFrame, *, title: str, scope: str, max_entries: int | None = None) -> Chronology:
    """The chronology of the (already filtered) mention frame `frame`; see the module doc.

    `max_entries`: list only the first so many events in date order (`n_events` still counts them all,
    and `omitted_note` says what was left out): a Word file of ten thousand entries takes half a minute.
    """
    if frame.empty:
        return Chronology(title, scope, "", (), 0, 0)
    keys = event_keys(frame).tolist()
    rows = frame.reset_index(drop=True)
    members: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        members.setdefault(key, []).append(i)
    columns = {name: rows[name].tolist() for name in rows.columns}
    entries: list[tuple[tuple[object, ...], Entry]] = []
    n_undated = 0
    for key, of_event in members.items():
        giver = _date_giver(columns, of_event)
        when = _when(columns, giver)
        if when is None:
            n_undated += 1
            continue
        start, end, precision = when
        citations = _citations(columns, of_event)
        giver_doc = str(columns["doc"][giver])
        headline = _text(columns, "headline", giver) or _text(columns, "title", giver)
        entry = Entry(
            event_id=key,
            start=start,
            end=end,
            precision=precision,
            date_words=date_in_words(start, end, precision),
            date_iso=date_iso(start, end),
            headline=headline,
            event_type=_text(columns, "event_type", giver),
            actors=_actors(columns, giver, of_event),
            quote=trim_quote(_text(columns, "passage", giver)),
            quote_citation_index=next(i for i, c in enumerate(citations) if c.doc == giver_doc),
            citations=citations,
            n_sources=len(citations),
            status=_text(columns, "status", giver),
        )
        passage_start = int(columns["passage_start"][giver]) if "passage_start" in columns else 0
        entries.append(((start, end, giver_doc, passage_start, key), entry))
    entries.sort(key=lambda pair: pair[0])
    ordered = tuple(e for _, e in entries)
    listed = ordered if max_entries is None else ordered[: max(max_entries, 0)]
    return Chronology(title, scope, _span_words(ordered), listed, len(ordered), n_undated)


def trim_quote(passage: str, limit: int = QUOTE_CHARS) -> str:
    """`passage` on one line; past `limit` characters cut at a word boundary, with an ellipsis."""
    text = _SPACE.sub(" ", passage).strip()
    if len(text) <= limit:
        return text
    cut = text[: limit + 1]
    # The last space before the limit; a single word longer than the limit is cut where it must be.
    boundary = cut.rfind(" ")
    kept = cut[:boundary] if boundary > 0 else text[:limit]
    return kept.rstrip(" ,;:-–—") + ELLIPSIS


def entry_meta(entry: Entry) -> str:
    """ "scheduled · election · Libya; UN": what the renderers print under the headline ("" when nothing)."""
    kind = entry.event_type.replace("_", " ")
    parts = ["scheduled" if entry.status == "scheduled" else "", kind, "; ".join(entry.actors)]
    return " · ".join(p for p in parts if p)


def summary_line(chron: Chronology) -> str:
    """ "20 events, 2011 to 24 December 2021." """
    count = f"{chron.n_events:,} event{'s' if chron.n_events != 1 else ''}"
    return f"{count}, {chron.span_words}." if chron.span_words else f"{count}."


def undated_note(n_undated: int) -> str:
    """ "2 matching events have no date and are not listed." """
    if n_undated == 1:
        return "1 matching event has no date and is not listed."
    return f"{n_undated:,} matching events have no date and are not listed."


def omitted_note(chron: Chronology) -> str:
    """What `max_entries` left out ("" when every event is listed)."""
    if len(chron.entries) >= chron.n_events:
        return ""
    return (
        f"Only the first {len(chron.entries):,} of {chron.n_events:,} events (in date order) are listed; "
        "narrow the filters to list the others."
    )


def scope_line(
    filters: Filters,
    *,
    n_documents: int | None = None,
    key_events: bool = False,
    key_rule: str = "",
) -> str:
    """A plain description of what the chronology covers, e.g. "5 documents; from 2020-01-01; types: ceasefire"."""
    parts: list[str] = []
    if n_documents is not None:
        parts.append(f"{n_documents:,} document{'s' if n_documents != 1 else ''}")
    if filters.start and filters.end:
        parts.append(f"events from {filters.start.isoformat()} to {filters.end.isoformat()}")
    elif filters.start:
        parts.append(f"events from {filters.start.isoformat()}")
    elif filters.end:
        parts.append(f"events up to {filters.end.isoformat()}")
    else:
        parts.append("all dates")
    for label, values in (
        ("documents", filters.docs),
        ("outlets", filters.outlets),
        ("event types", filters.types),
        ("actors", filters.actors),
        ("precisions", filters.precisions),
        ("statuses", filters.statuses),
        ("date bases", filters.bases),
    ):
        if values:
            parts.append(f"{label}: {', '.join(values)}")
    if filters.text.strip():
        parts.append(f"text: {filters.text.strip()}")
    if key_events:
        parts.append(f"key events only ({key_rule})" if key_rule else "key events only")
    return "; ".join(parts)


def _date_giver(columns: dict[str, list[object]], of_event: Sequence[int]) -> int:
    """The mention that gave the event its date when it is among the rows, else the event's first row."""
    givers, mids = columns.get("event_date_from"), columns["mention_id"]
    if givers is not None:
        for i in of_event:
            if mids[i] == givers[i]:
                return i
    return of_event[0]


def _when(columns: dict[str, list[object]], i: int) -> tuple[dt.date, dt.date, str] | None:
    """The event's period (its own date, else the mention's: an ungrouped frame), or None when undated."""
    for first, last, precision in _DATE_COLUMNS:
        start = _day(columns[first][i]) if first in columns else None
        if start is not None:
            end = _day(columns[last][i]) if last in columns else None
            return start, max(start, end or start), _text(columns, precision, i)
    return None


def _citations(columns: dict[str, list[object]], of_event: Sequence[int]) -> tuple[Citation, ...]:
    seen: dict[str, Citation] = {}
    for i in of_event:
        doc = str(columns["doc"][i])
        if doc not in seen:
            seen[doc] = Citation(
                outlet=_text(columns, "outlet", i),
                title=_text(columns, "doc_title", i) or doc,
                published=_day(columns["published"][i]) if "published" in columns else None,
                url=_text(columns, "url", i),
                doc=doc,
            )
    # Earliest publication first; unknown dates last; then by document for a stable order.
    return tuple(sorted(seen.values(), key=lambda c: (c.published is None, c.published or dt.date.min, c.doc)))


def _actors(columns: dict[str, list[object]], giver: int, of_event: Sequence[int]) -> tuple[str, ...]:
    if "actors" not in columns:
        return ()
    names: dict[str, None] = {}
    for i in (giver, *of_event):
        for name in split_actors(columns["actors"][i]):
            names.setdefault(name, None)
    return tuple(names)


def _span_words(entries: Sequence[Entry]) -> str:
    if not entries:
        return ""
    last = max(entries, key=lambda e: (e.end, e.start))
    if last is entries[0]:
        return entries[0].date_words
    return f"{entries[0].date_words} to {last.date_words}"


def _text(columns: dict[str, list[object]], name: str, i: int) -> str:
    values = columns.get(name)
    value = values[i] if values is not None else ""
    return "" if value is None or value is pd.NA or (isinstance(value, float) and value != value) else str(value)


def _day(value: object) -> dt.date | None:
    if value is None or value is pd.NaT or (isinstance(value, float) and value != value):
        return None
    try:
        stamp = pd.Timestamp(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return None if pd.isna(stamp) else stamp.date()
