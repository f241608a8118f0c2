"""The page's filters as parameterised SQL over the store's tables (the same rules as `timeline.view.masks`).

Every value the analyst typed or picked travels as a `?` parameter; the SQL text holds only column and table
names written here.  Actor and type filters select *events*: an event passes the actor filter when any of its
mentions names a chosen actor (through the `event_actors` table: one row per event and actor).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from timeline.view.key_events import KEY_MIN_SOURCES
from timeline.view.state import NO_PRECISION, Filters


@dataclass(frozen=True, slots=True)
class Sql:
    """A boolean SQL condition and its parameters, in order."""

    text: str = "TRUE"
    params: tuple[object, ...] = ()

    def and_(self, other: Sql) -> Sql:
        if self.text == "TRUE":
            return other
        if other.text == "TRUE":
            return self
        return Sql(f"({self.text}) AND ({other.text})", self.params + other.params)


def text_terms(text: str) -> tuple[str, ...]:
    """The search's terms, lowercased: every one must occur in the title or the passage."""
    return tuple(text.lower().split())


def text_match_sql(text: str) -> Sql:
    """Rows of the full events (`title`, `passage`) holding every term of `text`, case-insensitively."""
    condition = Sql()
    for term in text_terms(text):
        condition = condition.and_(Sql("(contains(lower(title), ?) OR contains(lower(passage), ?))", (term, term)))
    return condition


def haystack_match_sql(text: str) -> Sql:
    """The same test on the `haystack` table (`text`: lowercased title, newline, lowercased passage)."""
    condition = Sql()
    for term in text_terms(text):
        condition = condition.and_(Sql("contains(text, ?)", (term,)))
    return condition


def filter_sql(
    filters: Filters,
    *,
    text_hits: str = "",
    key_events: bool = False,
    key_types: Sequence[str] = (),
    picks: str = "",
) -> Sql:
    """The condition on the `lean` table for `filters`; `text_hits` names a table of the `mention_id`s that
    match the search (required when `filters.text` has terms), `key_events` keeps only key events: by the rule,
    or pinned, and not dropped, by the analyst (`picks` names a table of event_key, choice "pin" or "drop")."""
    condition = Sql()
    # A period is kept when it overlaps the range: "last fall" is in a range that holds October.
    if filters.start is not None:
        condition = condition.and_(Sql("date_end >= ?", (_day(filters.start),)))
    if filters.end is not None:
        condition = condition.and_(Sql("date <= ?", (_day(filters.end),)))
    condition = condition.and_(member_sql("doc", filters.docs))
    condition = condition.and_(member_sql("outlet", filters.outlets))
    precisions = tuple("" if p == NO_PRECISION else p for p in filters.precisions)
    condition = condition.and_(member_sql("precision", precisions))
    condition = condition.and_(member_sql("status", filters.statuses))
    condition = condition.and_(member_sql("date_basis", filters.bases))
    condition = condition.and_(member_sql("event_type", filters.types))
    if filters.actors:
        marks = _marks(len(filters.actors))
        condition = condition.and_(
            Sql(f"event_key IN (SELECT event_key FROM event_actors WHERE actor IN ({marks}))", tuple(filters.actors))
        )
    if key_events:
        key = Sql(f"n_sources >= {int(KEY_MIN_SOURCES)}")
        if key_types:
            key = Sql(f"n_sources >= {int(KEY_MIN_SOURCES)} OR event_type IN ({_marks(len(key_types))})",
                      tuple(key_types))  # fmt: skip
        if picks:
            if not picks.isidentifier():
                raise ValueError("the analyst's key-event picks are named by a table")
            key = Sql(f"({key.text}) OR event_key IN (SELECT event_key FROM {picks} WHERE choice = 'pin')", key.params)
            key = key.and_(Sql(f"event_key NOT IN (SELECT event_key FROM {picks} WHERE choice = 'drop')"))
        condition = condition.and_(key)
    if text_terms(filters.text):
        if not text_hits.isidentifier():
            raise ValueError("a text search needs the name of its table of matching mentions")
        condition = condition.and_(Sql(f"mention_id IN (SELECT mention_id FROM {text_hits})"))
    return condition


def member_sql(column: str, allowed: Sequence[str]) -> Sql:
    """`column` is one of `allowed` (no restriction when empty); `column` is a name written in this package."""
    if not allowed:
        return Sql()
    return Sql(f"{column} IN ({_marks(len(allowed))})", tuple(str(a) for a in allowed))


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def _day(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day)
