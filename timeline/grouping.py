"""One happening, one event: mentions of the same happening share an `event_id`.

Several documents, or one document several times, report the same
happening at different precisions ("on October 23", "in October", "last
fall").  `same_happening` decides whether two mentions are one happening;
`group_events` applies it over a whole frame without comparing every pair.

The criteria, all in `same_happening` with their thresholds as constants:

1. Both mentions are dated and their periods are compatible: one contains
   the other (a day inside its month, a month inside its season).
2. Same event type.
3. No conflict of actors: when both passages name actors of the same kind
   (two sets of persons, two sets of states) and share none, they report
   different happenings ("Russia said ..." vs "Turkey said ...").  Type
   ``other`` says nothing of what happened, so such mentions merge only
   when nearly worded alike (`NEAR_DUPLICATE_WORDING`).
4. Some positive evidence, strongest first:
   a. a shared actor that is not a state (person, organisation, armed
      group, UN body, unknown name), or near-duplicate wording;
   b. only when neither period is coarser than a season (`COARSE_DAYS`): a
      shared strong concept of the type (the taxonomy's concept column:
      both speak of a *ceasefire*, both of a *meeting*; the weak reporting
      verbs of `statement` do not count), or similar wording
      (`MIN_WORDING`: Jaccard similarity of content-word stems).

Grouping is greedy and deterministic.  Mentions are taken from the most
precise period to the least; each joins the candidate event with the
strongest evidence, or starts a new one.  An event keeps the most precise
period of its mentions (`event_date`), and a mention may join only if its
period contains that one, so an event never chains incompatible mentions
(a vague "in 2020" cannot glue a January truce to an October ceasefire: it
joins one of them).  Candidates are found through buckets of (type, day)
and (type, month), never by comparing the whole corpus.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from timeline.actors import fold
from timeline.event_types import OTHER, Taxonomy, concepts_of, default_taxonomy
from timeline.lexicon import MONTHS, SEASONS, WEEKDAYS

# Jaccard similarity of content-word stems above which wording alone is evidence.
MIN_WORDING = 0.3
# Near-duplicate wording (that similarity over at least that many shared stems): evidence even for
# coarse periods and for type `other`.
NEAR_DUPLICATE_WORDING = 0.6
NEAR_DUPLICATE_MIN_WORDS = 4
# A period longer than this (days, i.e. coarser than a season) is too vague for a shared concept
# or similar wording to mean the same happening: it needs a shared actor.
COARSE_DAYS = 183
# Kinds of actor whose sharing is evidence by itself (a state takes part in too many happenings).
STATE_KIND = "state"
# An event with many mentions is compared through its first (most precise) ones only.
MAX_MEMBERS_COMPARED = 25
# Periods up to this many days are looked up day by day, longer ones month by month.
DAY_LOOKUP_DAYS = 31

_STOPWORDS = frozenset(
    """a about above after again against all also although am among an and any are around as at be because been
    before being below between both but by can could did do does doing down during each either even ever every few
    for from further had has have having he her here hers him his how however i if in into is it its itself just
    last least less many may me might more most much must my near neither next no nor not now of off on once only or
    other our out over own per same she should since so some such than that the their them then there these they
    this those through to too under until up upon us very was we were what when where whether which while who whom
    whose why will with within without would yet you your said says say told week weeks month months year years day
    days today yesterday tomorrow ago earlier later early late mid""".split()
)
_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(SEASONS)
_LETTERS = re.compile(r"[a-z]{3,}")


@dataclass(frozen=True, slots=True)
class MentionView:
    """What grouping knows of one mention."""

    mention_id: str
    doc: str
    start: dt.date | None
    end: dt.date | None
    event_type: str
    actors: frozenset[str] = frozenset()
    actor_kinds: frozenset[str] = frozenset()
    specific_actors: frozenset[str] = frozenset()  # actors that are not states
    concepts: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()

    @property
    def days(self) -> int:
        if self.start is None or self.end is None:
            return 0
        return (self.end - self.start).days + 1


@dataclass(frozen=True, slots=True)
class Verdict:
    merge: bool
    reason: str
    # Strength of the evidence, to choose among several candidate events.
    score: float = 0.0


def compatible(a: MentionView, b: MentionView) -> bool:
    """One period contains the other."""
    if a.start is None or b.start is None or a.end is None or b.end is None:
        return False
    return (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)


def same_happening(a: MentionView, b: MentionView) -> Verdict:
    """Whether two mentions report one happening (the module doc lists the criteria)."""
    if a.start is None or b.start is None:
        return Verdict(False, "undated")
    if not compatible(a, b):
        return Verdict(False, "periods incompatible")
    return evidence(a, b, coarse=max(a.days, b.days) > COARSE_DAYS)


def evidence(a: MentionView, b: MentionView, coarse: bool) -> Verdict:
    """Criteria 2-4 of `same_happening`, for mentions whose periods are already known compatible."""
    if a.event_type != b.event_type:
        return Verdict(False, "different types")
    shared = a.actors & b.actors
    if not shared and a.actor_kinds & b.actor_kinds:
        return Verdict(False, "different actors of the same kind")
    wording = jaccard(a.words, b.words)
    if wording >= NEAR_DUPLICATE_WORDING and len(a.words & b.words) >= NEAR_DUPLICATE_MIN_WORDS:
        return Verdict(True, f"near-duplicate wording ({wording:.2f})", 3 + wording)
    if a.event_type == OTHER:
        return Verdict(False, "type other needs near-duplicate wording")
    shared_specific = a.specific_actors & b.specific_actors
    shared_concepts = a.concepts & b.concepts
    score = 2 * len(shared_specific) + 0.5 * len(shared) + len(shared_concepts) + 2 * wording
    if shared_specific:
        return Verdict(True, f"shared actor {sorted(shared_specific)[0]}", score)
    if coarse:
        return Verdict(False, "coarse period needs a shared actor")
    if shared_concepts:
        return Verdict(True, f"same {sorted(shared_concepts)[0]}", score)
    if wording >= MIN_WORDING:
        return Verdict(True, f"similar wording ({wording:.2f})", score)
    return Verdict(False, "no shared actor, concept or wording")


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def content_words(passage: str) -> frozenset[str]:
    """Crude stems of a passage's content words: no function words, dates or numbers."""
    words = set()
    for word in _LETTERS.findall(fold(passage)):
        if word in _STOPWORDS or word in _DATE_WORDS:
            continue
        words.add(_stem(word))
    return frozenset(words)


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            return word[: -len(suffix)]
    return word


def view_of(row: Mapping[str, Any], taxonomy: Taxonomy | None = None) -> MentionView:
    """The grouping view of one frame row (a mapping with the frame's column names)."""
    start, end = _day(row.get("date")), _day(row.get("date_end"))
    if start is not None and end is None:
        end = start
    names = _split(row.get("actors", ""))
    kinds = _split(row.get("actor_kinds", ""))
    kinds += ["unknown"] * (len(names) - len(kinds))
    passage = str(row.get("passage", "") or "")
    event_type = str(row.get("event_type", "") or OTHER)
    p0 = int(row.get("passage_start", 0) or 0)
    ds, de = int(row.get("date_text_start", -1) or 0) - p0, int(row.get("date_text_end", -1) or 0) - p0
    return MentionView(
        mention_id=str(row.get("mention_id", "")),
        doc=str(row.get("doc", "")),
        start=start,
        end=end,
        event_type=event_type,
        actors=frozenset(names),
        actor_kinds=frozenset(kinds),
        specific_actors=frozenset(n for n, k in zip(names, kinds) if k != STATE_KIND),
        concepts=concepts_of(passage, event_type, ds, de, taxonomy) if event_type != OTHER else frozenset(),
        words=content_words(passage),
    )


def _split(cell: object) -> list[str]:
    if not isinstance(cell, str) or not cell:
        return []
    return [part.strip() for part in cell.split(";") if part.strip()]


def _day(value: object) -> dt.date | None:
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, float) and np.isnan(value):
        return None
    if isinstance(value, pd.Timestamp | np.datetime64):
        ts = pd.Timestamp(value)
        return None if pd.isna(ts) else ts.date()
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return None


# --- grouping a frame --------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Event:
    """An event being built: its most precise period and its mentions (row positions)."""

    start: dt.date
    end: dt.date
    event_type: str
    members: list[int] = field(default_factory=list)


def event_id_for(mention_ids: Iterable[str]) -> str:
    """Stable id of the event made of these mentions: a hash of the smallest mention_id."""
    first = min(mention_ids)
    return "e" + hashlib.sha1(first.encode()).hexdigest()[:12]


def group_events(frame: pd.DataFrame, taxonomy: Taxonomy | None = None) -> pd.DataFrame:
    """The frame with `event_id`, `n_sources` and the event date columns set for grouped mentions.

    Rows keep their order and index.  Rows without a date are events of their own.
    """
    out = frame.copy()
    n = len(out)
    if n == 0:
        return out
    tax = taxonomy or default_taxonomy()
    records = out.to_dict("records")
    views: list[MentionView | None] = [None] * n

    def view(i: int) -> MentionView:
        v = views[i]
        if v is None:
            v = views[i] = view_of(records[i], tax)
        return v

    starts = [_day(r.get("date")) for r in records]
    ends = [_day(r.get("date_end")) or s for r, s in zip(records, starts)]
    order = sorted(
        (i for i in range(n) if starts[i] is not None),
        key=lambda i: (
            (ends[i] - starts[i]).days,  # type: ignore[operator]
            starts[i],
            str(records[i].get("doc", "")),
            int(records[i].get("passage_start", 0) or 0),
            str(records[i].get("mention_id", "")),
        ),
    )
    events: list[_Event] = []
    by_day: dict[tuple[str, dt.date], list[int]] = defaultdict(list)
    by_month: dict[tuple[str, int], list[int]] = defaultdict(list)
    assignment = [-1] * n
    for i in order:
        start, end = starts[i], ends[i]
        assert start is not None and end is not None
        event_type = str(records[i].get("event_type", "") or OTHER)
        best, best_score = -1, -1.0
        for e in _candidates(event_type, start, end, by_day, by_month):
            event = events[e]
            if not (start <= event.start and event.end <= end):
                continue
            coarse = (end - start).days + 1 > COARSE_DAYS
            for member in event.members[:MAX_MEMBERS_COMPARED]:
                verdict = evidence(view(i), view(member), coarse)
                if verdict.merge and verdict.score > best_score:
                    best, best_score = e, verdict.score
        if best < 0:
            best = len(events)
            events.append(_Event(start, end, event_type))
            by_day[(event_type, start)].append(best)
            by_month[(event_type, start.year * 12 + start.month - 1)].append(best)
        events[best].members.append(i)
        assignment[i] = best
    _write_events(out, records, events, assignment, starts)
    return out


def _candidates(
    event_type: str,
    start: dt.date,
    end: dt.date,
    by_day: Mapping[tuple[str, dt.date], list[int]],
    by_month: Mapping[tuple[str, int], list[int]],
) -> Iterable[int]:
    span = (end - start).days + 1
    if span <= DAY_LOOKUP_DAYS:
        for offset in range(span):
            yield from by_day.get((event_type, start + dt.timedelta(days=offset)), ())
        return
    first, last = start.year * 12 + start.month - 1, end.year * 12 + end.month - 1
    for month_index in range(first, last + 1):
        yield from by_month.get((event_type, month_index), ())


def _write_events(
    out: pd.DataFrame,
    records: Sequence[Mapping[str, Any]],
    events: Sequence[_Event],
    assignment: Sequence[int],
    starts: Sequence[dt.date | None],
) -> None:
    n = len(records)
    mids = [str(r.get("mention_id", "")) for r in records]
    event_ids = [""] * n
    n_sources = [1] * n
    dates: list[object] = [None] * n
    date_ends: list[object] = [None] * n
    precisions = [""] * n
    date_from = list(mids)
    for event in events:
        members = event.members
        eid = event_id_for(mids[m] for m in members)
        sources = len({str(records[m].get("doc", "")) for m in members})
        # Members are in grouping order: the first gave the event its (most precise) period.
        giver = members[0]
        for m in members:
            event_ids[m] = eid
            n_sources[m] = sources
            dates[m], date_ends[m] = event.start, event.end
            precisions[m] = str(records[giver].get("precision", "") or "")
            date_from[m] = mids[giver]
    for i in range(n):
        if assignment[i] < 0:
            event_ids[i] = event_id_for([mids[i]])
            dates[i], date_ends[i] = starts[i], _day(records[i].get("date_end"))
            precisions[i] = str(records[i].get("precision", "") or "")
    out["event_id"] = event_ids
    out["n_sources"] = pd.Series(n_sources, index=out.index, dtype="int64")
    out["event_date"] = pd.to_datetime(pd.Series(dates, index=out.index, dtype="object")).astype("datetime64[s]")
    out["event_date_end"] = pd.to_datetime(pd.Series(date_ends, index=out.index, dtype="object")).astype(
        "datetime64[s]"
    )
    out["event_precision"] = precisions
    out["event_date_from"] = date_from


# --- one row per event ---------------------------------------------------------------------------------------

EVENT_TABLE_COLUMNS: tuple[str, ...] = (
    "event_id",
    "event_date",
    "event_date_end",
    "event_precision",
    "event_type",
    "actors",
    "n_sources",
    "docs",
    "outlets",
    "title",
    "mention_ids",
)


def events_table(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per event of a grouped frame, with its sources listed; sorted by event date."""
    if frame.empty:
        return pd.DataFrame({c: pd.Series([], dtype=_table_dtype(c)) for c in EVENT_TABLE_COLUMNS})
    rows = []
    records = frame.to_dict("records")
    by_event: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for record in records:
        by_event[str(record.get("event_id", ""))].append(record)
    for event_id, members in by_event.items():
        giver = next((m for m in members if m.get("mention_id") == m.get("event_date_from")), members[0])
        rows.append(
            {
                "event_id": event_id,
                "event_date": giver.get("event_date"),
                "event_date_end": giver.get("event_date_end"),
                "event_precision": giver.get("event_precision", ""),
                "event_type": giver.get("event_type", ""),
                "actors": "; ".join(_ordered_union(_split(m.get("actors", "")) for m in members)),
                "n_sources": len({m.get("doc", "") for m in members}),
                "docs": "; ".join(sorted({str(m.get("doc", "")) for m in members})),
                "outlets": "; ".join(_ordered_union([str(m.get("outlet", "") or "")] for m in by_doc(members))),
                "title": giver.get("title", ""),
                "mention_ids": "; ".join(str(m.get("mention_id", "")) for m in members),
            }
        )
    table = pd.DataFrame(rows, columns=list(EVENT_TABLE_COLUMNS))
    for column in ("event_date", "event_date_end"):
        table[column] = pd.to_datetime(table[column]).astype("datetime64[s]")
    table["n_sources"] = table["n_sources"].astype("int64")
    return table.sort_values(["event_date", "event_id"], na_position="last", kind="stable").reset_index(drop=True)


def by_doc(members: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    return sorted(members, key=lambda m: str(m.get("doc", "")))


def _ordered_union(groups: Iterable[Iterable[str]]) -> list[str]:
    seen: dict[str, None] = {}
    for group in groups:
        for item in group:
            if item:
                seen.setdefault(item, None)
    return list(seen)


def _table_dtype(column: str) -> str:
    if column in ("event_date", "event_date_end"):
        return "datetime64[s]"
    return "int64" if column == "n_sources" else "str"
