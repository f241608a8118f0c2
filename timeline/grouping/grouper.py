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
precise period to the least (ties: date, document, offset, mention_id);
each joins the candidate event with the strongest evidence, or starts a
new one.  A mention is compared with an event as a whole: the event's most
precise period, the union of its mentions' actors and concepts, and the
wording of its most precise mention.  An event keeps that most precise
period (`event_date`), and a mention may join only if its period contains
it, so an event never chains incompatible mentions (a vague "in 2020"
cannot glue a January truce to an October ceasefire).

Candidates come from an inverted index, never from comparing the corpus:
(type, day) for a one-day mention and (type, month) for longer ones, then
actor or concept -> events; the `MAX_CANDIDATES` events sharing the most
actors and concepts with the mention are compared.  A mention naming no
actor and no concept therefore stays alone (no evidence could join it but
near-duplicate wording, which is not searched for).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import chain
from typing import Any

import numpy as np
import pandas as pd

from timeline.text.fold import fold
from timeline.text.lexicon import MONTHS, SEASONS, WEEKDAYS
from timeline.understanding.event_types import OTHER, Taxonomy, builtin_taxonomy, concepts_of

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
# A mention is compared with at most this many candidate events (those sharing the most actors and concepts).
MAX_CANDIDATES = 12

# Function words and calendar words carry no evidence of what happened.
_STOPWORDS = frozenset({
    "a", "about", "above", "after", "again", "against", "all", "also", "although", "am", "among", "an", "and", "any",
    "are", "around", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
    "can", "could", "did", "do", "does", "doing", "down", "during", "each", "either", "even", "ever", "every", "few",
    "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how",
    "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "last", "least", "less", "many", "may",
    "me", "might", "more", "most", "much", "must", "my", "near", "neither", "next", "no", "nor", "not", "now", "of",
    "off", "on", "once", "only", "or", "other", "our", "out", "over", "own", "per", "same", "she", "should", "since",
    "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those",
    "through", "to", "too", "under", "until", "up", "upon", "us", "very", "was", "we", "were", "what", "when",
    "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without",
    "would", "yet", "you", "your", "said", "says", "say", "told", "week", "weeks", "month", "months", "year",
    "years", "day", "days", "today", "yesterday", "tomorrow", "ago", "earlier", "later", "early", "late", "mid",
})  # fmt: skip
_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(SEASONS)


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
    # Content-word stems; None means "compute from `passage` when needed" (most decisions never need them).
    words: frozenset[str] | None = None
    passage: str = ""

    @property
    def stems(self) -> frozenset[str]:
        return self.words if self.words is not None else content_words(self.passage)

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
        return _DIFFERENT_TYPES
    shared = a.actors & b.actors
    if not shared and a.actor_kinds & b.actor_kinds:
        return _ACTOR_CONFLICT
    shared_specific = a.specific_actors & b.specific_actors
    shared_concepts = a.concepts & b.concepts
    if a.event_type != OTHER and (shared_specific or (shared_concepts and not coarse)):
        score = 2 * len(shared_specific) + 0.5 * len(shared) + len(shared_concepts)
        if shared_specific:
            return Verdict(True, f"shared actor {min(shared_specific)}", score)
        return Verdict(True, f"same {min(shared_concepts)}", score)
    # Only now is wording needed: it is the costliest feature.
    words_a, words_b = a.stems, b.stems
    common = len(words_a & words_b)
    wording = common / (len(words_a) + len(words_b) - common) if common else 0.0
    if wording >= NEAR_DUPLICATE_WORDING and common >= NEAR_DUPLICATE_MIN_WORDS:
        return Verdict(True, f"near-duplicate wording ({wording:.2f})", 3 * wording)
    if a.event_type == OTHER:
        return _OTHER_NEEDS_DUPLICATE
    if coarse:
        return _COARSE
    if wording >= MIN_WORDING:
        return Verdict(True, f"similar wording ({wording:.2f})", 2 * wording + 0.5 * len(shared))
    return _NO_EVIDENCE


_DIFFERENT_TYPES = Verdict(False, "different types")
_ACTOR_CONFLICT = Verdict(False, "different actors of the same kind")
_OTHER_NEEDS_DUPLICATE = Verdict(False, "type other needs near-duplicate wording")
_COARSE = Verdict(False, "coarse period needs a shared actor")
_NO_EVIDENCE = Verdict(False, "no shared actor, concept or wording")


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


@functools.lru_cache(maxsize=1024)
def content_words(passage: str) -> frozenset[str]:
    """Crude stems of a passage's content words: no function words, dates or numbers."""
    stems = _STEMS
    out = set()
    for word in set(fold(passage).split()) - _STOPWORDS:
        stem = stems.get(word)
        if stem is None:
            stem = stems[word] = _stem(word) if len(word) > 2 and word.isalpha() and word not in _DATE_WORDS else ""
        if stem:
            out.add(stem)
    return frozenset(out)


# word -> stem ("" for a word that is no content word); words recur, stemming them once is cheaper.
_STEMS: dict[str, str] = {}


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            return word[: -len(suffix)]
    return word


def view_of(row: Mapping[str, Any], taxonomy: Taxonomy | None = None) -> MentionView:
    """The grouping view of one frame row (a mapping with the frame's column names)."""
    start, end = _day(row.get("date")), _day(row.get("date_end"))
    event_type = str(row.get("event_type", "") or OTHER)
    passage = str(row.get("passage", "") or "")
    actors = _actors(str(row.get("actors", "") or ""), str(row.get("actor_kinds", "") or ""))
    return _view(str(row.get("mention_id", "")), str(row.get("doc", "")), start, end or start, event_type, passage,
                 actors, _concepts(passage, event_type, taxonomy))  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Actors:
    names: frozenset[str]
    kinds: frozenset[str]
    specific: frozenset[str]


@functools.lru_cache(maxsize=4096)
def _actors(actors: str, actor_kinds: str) -> _Actors:
    names = _split(actors)
    kinds = _split(actor_kinds)
    kinds += ["unknown"] * (len(names) - len(kinds))
    specific = frozenset(n for n, k in zip(names, kinds, strict=False) if k != STATE_KIND)
    return _Actors(frozenset(names), frozenset(kinds), specific)


def _concepts(passage: str, event_type: str, taxonomy: Taxonomy | None) -> frozenset[str]:
    return frozenset() if event_type == OTHER else concepts_of(passage, event_type, taxonomy)


def _view(
    mention_id: str,
    doc: str,
    start: dt.date | None,
    end: dt.date | None,
    event_type: str,
    passage: str,
    actors: _Actors,
    concepts: frozenset[str],
) -> MentionView:
    return MentionView(
        mention_id=mention_id,
        doc=doc,
        start=start,
        end=end,
        event_type=event_type,
        actors=actors.names,
        actor_kinds=actors.kinds,
        specific_actors=actors.specific,
        concepts=concepts,
        passage=passage,
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
    """An event being built: its most precise period (days since 1970), mentions (row positions), keys.

    `view` is the event as one mention: its most precise period and mention's wording, the union of
    its mentions' actors and concepts (rebuilt when a mention brings new ones).
    """

    start: int
    end: int
    month: int
    members: list[int] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    view: MentionView | None = None


def event_id_for(mention_ids: Iterable[str]) -> str:
    """Stable id of the event made of these mentions: a hash of the smallest mention_id."""
    first = min(mention_ids)
    return "e" + hashlib.sha1(first.encode()).hexdigest()[:12]


_EPOCH = dt.date(1970, 1, 1)


class _Columns:
    """The frame's columns as Python lists (row access through pandas is far too slow here)."""

    def load_passages(self, rows: Sequence[int]) -> None:
        if "passage" not in self._frame:
            self.passage = dict.fromkeys(rows, "")
            return
        values = self._frame["passage"].iloc[list(rows)].tolist()
        self.passage = {i: ("" if v is None or v != v else str(v)) for i, v in zip(rows, values, strict=True)}

    def __init__(self, frame: pd.DataFrame) -> None:
        n = len(frame)

        def strings(name: str) -> list[str]:
            if name not in frame:
                return [""] * n
            # Through categories, equal cells share one string object: far less memory for
            # columns such as doc or event_type that repeat across hundreds of thousands of rows.
            codes, uniques = pd.factorize(frame[name], use_na_sentinel=True)
            values = ["" if v is None or v is pd.NA or v != v else str(v) for v in uniques.tolist()]
            return [values[c] if c >= 0 else "" for c in codes.tolist()]

        def ints(name: str, default: int) -> list[int]:
            if name not in frame:
                return [default] * n
            return pd.to_numeric(frame[name], errors="coerce").fillna(default).astype("int64").tolist()

        self.mention_id = strings("mention_id")
        self.doc = strings("doc")
        self.event_type = [t or OTHER for t in strings("event_type")]
        self.actors = strings("actors")
        self.actor_kinds = strings("actor_kinds")
        # Passages are read one event type at a time (`load_passages`): most of the frame's bytes.
        self._frame = frame
        self.passage: dict[int, str] = {}
        self.precision = strings("precision")
        self.passage_start = ints("passage_start", 0)
        start = _days(frame, "date")
        end = _days(frame, "date_end")
        self.dated: list[bool] = (~np.isnat(start)).tolist()
        end = np.where(np.isnat(end), start, end)
        zero = np.datetime64(0, "D")
        self.start = np.where(self.dated, start, zero).astype("int64").tolist()
        self.end = np.where(self.dated, end, zero).astype("int64").tolist()
        self.month = np.where(self.dated, start, zero).astype("datetime64[M]").astype("int64").tolist()
        self.end_month = np.where(self.dated, end, zero).astype("datetime64[M]").astype("int64").tolist()


def _days(frame: pd.DataFrame, name: str) -> np.ndarray:
    if name not in frame:
        return np.full(len(frame), np.datetime64("NaT"), dtype="datetime64[D]")
    series = frame[name]
    if not pd.api.types.is_datetime64_any_dtype(series):
        series = pd.to_datetime(series, errors="coerce")
    # Keep the column's own unit: seconds reach years a nanosecond unit cannot (before 1677).
    return series.to_numpy().astype("datetime64[D]")


class _Grouper:
    """Greedy grouping with an inverted index: (type, day or month) -> key -> events holding that key.

    A mention's keys are its actors and its concepts.  Evidence of one
    happening always includes a shared actor or concept, except for
    near-duplicate wording of passages naming neither, which is not
    looked for.
    """

    def __init__(self, cols: _Columns, taxonomy: Taxonomy) -> None:
        self.cols = cols
        self.tax = taxonomy
        self.events: list[_Event] = []
        self.by_day: dict[tuple[str, int], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        # by_day's keys in the order they were made (days ascending, as day-precise mentions come).
        self._day_keys: deque[tuple[str, int]] = deque()
        self._days_done = False
        self.by_month: dict[tuple[str, int], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        self.actors: dict[int, _Actors] = {}
        self.concepts: dict[int, frozenset[str]] = {}

    def forget_days_before(self, start: int, span: int) -> None:
        """Drop day buckets no later mention can consult, keeping the index small.

        Mentions come by span, then start: a day bucket is consulted only by day-precise mentions of
        that day, so once they are past it (or past all days) it is dead weight.
        """
        if span > 0:
            self.by_day.clear()
            self._days_done = True
            return
        while self._day_keys and self._day_keys[0][1] < start:
            self.by_day.pop(self._day_keys.popleft(), None)

    def keys(self, i: int) -> set[str]:
        cols = self.cols
        actors = self.actors[i] = _actors(cols.actors[i], cols.actor_kinds[i])
        concepts = self.concepts[i] = _concepts(cols.passage[i], cols.event_type[i], self.tax)
        return set(actors.names) | {"~" + c for c in concepts}

    def view(self, i: int) -> MentionView:
        c = self.cols
        start, end = _EPOCH + dt.timedelta(days=c.start[i]), _EPOCH + dt.timedelta(days=c.end[i])
        return _view(c.mention_id[i], c.doc[i], start, end, c.event_type[i], c.passage[i], self.actors[i],
                     self.concepts[i])  # fmt: skip

    def add(self, i: int) -> int:
        cols = self.cols
        start, end, event_type = cols.start[i], cols.end[i], cols.event_type[i]
        keys = self.keys(i)
        coarse = end - start + 1 > COARSE_DAYS
        best, best_score = -1, -1.0
        mine: MentionView | None = None
        for e in self.candidates(event_type, start, end, cols.month[i], cols.end_month[i], keys):
            event = self.events[e]
            if not (start <= event.start and event.end <= end):
                continue
            mine = mine or self.view(i)
            assert event.view is not None
            verdict = evidence(mine, event.view, coarse)
            if verdict.merge and verdict.score > best_score:
                best, best_score = e, verdict.score
        if best < 0:
            best = len(self.events)
            self.events.append(_Event(start, end, cols.month[i]))
        self.join(best, i, keys, event_type, mine)
        return best

    def join(self, e: int, i: int, keys: set[str], event_type: str, view: MentionView | None) -> None:
        event = self.events[e]
        event.members.append(i)
        new = keys - event.keys
        if event.view is None:
            first = view or self.view(i)
            # The event's wording is recomputed from its passage when a comparison needs it: keeping
            # every event's stems costs more memory than the corpus itself.
            event.view = first
        elif new:
            actors, concepts = self.actors[i], self.concepts[i]
            event.view = replace(
                event.view,
                actors=event.view.actors | actors.names,
                actor_kinds=event.view.actor_kinds | actors.kinds,
                specific_actors=event.view.specific_actors | actors.specific,
                concepts=event.view.concepts | concepts,
            )
        if not new:
            return
        event.keys |= new
        month_index = self.by_month[(event_type, event.month)]
        for key in new:
            month_index[key].append(e)
        if self._days_done:
            return
        if (event_type, event.start) not in self.by_day:
            self._day_keys.append((event_type, event.start))
        day_index = self.by_day[(event_type, event.start)]
        for key in new:
            day_index[key].append(e)

    def candidates(
        self, event_type: str, start: int, end: int, month: int, end_month: int, keys: set[str]
    ) -> list[int]:
        """Events in compatible buckets sharing a key with the mention, most shared keys first."""
        if start == end:
            buckets = [self.by_day.get((event_type, start))]
        else:
            buckets = [self.by_month.get((event_type, m)) for m in range(month, end_month + 1)]
        postings = [posting for index in buckets if index for key in keys if (posting := index.get(key))]
        if not postings:
            return []
        if len(postings) == 1:
            return postings[0][:MAX_CANDIDATES]
        counts = Counter(chain.from_iterable(postings))
        if len(counts) <= MAX_CANDIDATES:
            return list(counts)
        return [e for e, _ in counts.most_common(MAX_CANDIDATES)]


def group_events(frame: pd.DataFrame, taxonomy: Taxonomy | None = None) -> pd.DataFrame:
    """The frame with `event_id`, `n_sources` and the event date columns set for grouped mentions.

    Rows keep their order and index.  Rows without a date are events of their own.
    """
    out = frame.copy(deep=False)  # copy-on-write: the caller's frame is not changed
    if len(out) == 0:
        return out
    cols = _Columns(out)
    starts, ends = cols.start, cols.end
    by_type: dict[str, list[int]] = defaultdict(list)
    for i in range(len(out)):
        if cols.dated[i]:
            by_type[cols.event_type[i]].append(i)
    assignment = [-1] * len(out)
    events: list[_Event] = []
    # Mentions of different types never merge, so each type is grouped on its own: the index and
    # views of one type at a time is all the memory grouping needs.
    for event_type in sorted(by_type):
        grouper = _Grouper(cols, taxonomy or builtin_taxonomy())
        cols.load_passages(by_type[event_type])
        order = sorted(
            by_type[event_type],
            key=lambda i: (ends[i] - starts[i], starts[i], cols.doc[i], cols.passage_start[i], cols.mention_id[i]),
        )
        for i in order:
            grouper.forget_days_before(starts[i], ends[i] - starts[i])
            assignment[i] = len(events) + grouper.add(i)
        events.extend(_Event(e.start, e.end, e.month, e.members) for e in grouper.events)
        del grouper
    _write_events(out, cols, events, assignment)
    return out


def _write_events(out: pd.DataFrame, cols: _Columns, events: Sequence[_Event], assignment: Sequence[int]) -> None:
    n = len(out)
    mids = cols.mention_id
    event_ids = [""] * n
    n_sources = [1] * n
    starts = list(cols.start)
    ends = list(cols.end)
    precisions = list(cols.precision)
    date_from = list(mids)
    for event in events:
        members = event.members
        eid = event_id_for(mids[m] for m in members)
        sources = len({cols.doc[m] for m in members})
        # Members are in grouping order: the first gave the event its (most precise) period.
        giver = members[0]
        for m in members:
            event_ids[m] = eid
            n_sources[m] = sources
            starts[m], ends[m] = event.start, event.end
            precisions[m] = cols.precision[giver]
            date_from[m] = mids[giver]
    for i in range(n):
        if assignment[i] < 0:
            event_ids[i] = event_id_for([mids[i]])
    dated = cols.dated
    out["event_id"] = event_ids
    out["n_sources"] = pd.Series(n_sources, index=out.index, dtype="int64")
    for name, days in (("event_date", starts), ("event_date_end", ends)):
        values = np.array(days, dtype="int64").astype("datetime64[D]").astype("datetime64[s]")
        out[name] = pd.Series(np.where(dated, values, np.datetime64("NaT")), index=out.index).astype("datetime64[s]")
    out["event_precision"] = [p if d else "" for p, d in zip(precisions, dated, strict=True)]
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
    n = len(frame)

    def column(name: str) -> list[Any]:
        return frame[name].tolist() if name in frame else [""] * n

    event_ids, mids, docs = column("event_id"), column("mention_id"), column("doc")
    outlets, actors, givers = column("outlet"), column("actors"), column("event_date_from")
    members: dict[str, list[int]] = defaultdict(list)
    for i, event_id in enumerate(event_ids):
        members[str(event_id)].append(i)
    first_rows, rows = [], []
    for event_id, rows_of_event in members.items():
        giver = next((i for i in rows_of_event if mids[i] == givers[i]), rows_of_event[0])
        in_doc_order = sorted(rows_of_event, key=lambda i: str(docs[i]))
        first_rows.append(giver)
        rows.append(
            {
                "event_id": event_id,
                "actors": "; ".join(_ordered_union(_split(actors[i]) for i in rows_of_event)),
                "n_sources": len({docs[i] for i in rows_of_event}),
                "docs": "; ".join(sorted({str(docs[i]) for i in rows_of_event})),
                "outlets": "; ".join(_ordered_union([_text(outlets[i])] for i in in_doc_order)),
                "mention_ids": "; ".join(str(mids[i]) for i in rows_of_event),
            }
        )
    table = pd.DataFrame(rows)
    picked = frame.iloc[first_rows].reset_index(drop=True)
    for name in ("event_date", "event_date_end", "event_precision", "event_type", "title"):
        table[name] = picked.get(name, "")
    for name in ("event_date", "event_date_end"):
        table[name] = pd.to_datetime(table[name]).astype("datetime64[s]")
    table["n_sources"] = table["n_sources"].astype("int64")
    table = table.loc[:, list(EVENT_TABLE_COLUMNS)]
    return table.sort_values(["event_date", "event_id"], na_position="last", kind="stable").reset_index(drop=True)


def _text(value: object) -> str:
    return "" if value is None or value is pd.NA or value != value else str(value)


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
