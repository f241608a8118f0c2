"""Grouping a whole frame: mentions of one happening share an `event_id`, without comparing every pair.

Grouping is greedy and deterministic.  Mentions are taken from the most
precise period to the least (ties: date, document, offset, mention_id);
each joins the candidate event with the strongest evidence
(`happening.same_happening`), or starts a new one.  A mention is compared
with an event as a whole: the event's most precise period, the union of its
mentions' actors and concepts, and the wording of its most precise mention.
An event keeps that most precise period (`event_date`); because mentions
come from the most precise to the least, a mention whose period is
compatible with the event's contains it, so an event never chains
incompatible mentions (a vague "in 2020" cannot glue a January truce to an
October ceasefire).

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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import chain

import numpy as np
import pandas as pd

from timeline.grouping.happening import (
    MAX_CANDIDATES,
    OTHER,
    ActorSet,
    MentionView,
    actor_set,
    make_view,
    same_happening,
    split_cell,
)


@functools.lru_cache(maxsize=4096)
def _concepts(cell: str) -> frozenset[str]:
    return frozenset(split_cell(cell))


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
        # The strong concepts classification found in each passage ("ceasefire; signing").
        self.event_concepts = strings("event_concepts")
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

    def __init__(self, cols: _Columns) -> None:
        self.cols = cols
        self.events: list[_Event] = []
        self.by_day: dict[tuple[str, int], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        # by_day's keys in the order they were made (days ascending, as day-precise mentions come).
        self._day_keys: deque[tuple[str, int]] = deque()
        self._days_done = False
        self.by_month: dict[tuple[str, int], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        self.actors: dict[int, ActorSet] = {}
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
        actors = self.actors[i] = actor_set(cols.actors[i], cols.actor_kinds[i])
        concepts = self.concepts[i] = _concepts(cols.event_concepts[i])
        return set(actors.names) | {"~" + c for c in concepts}

    def view(self, i: int) -> MentionView:
        c = self.cols
        start, end = _EPOCH + dt.timedelta(days=c.start[i]), _EPOCH + dt.timedelta(days=c.end[i])
        return make_view(c.mention_id[i], c.doc[i], start, end, c.event_type[i], c.passage[i], self.actors[i],
                     self.concepts[i])  # fmt: skip

    def add(self, i: int) -> int:
        cols = self.cols
        start, end, event_type = cols.start[i], cols.end[i], cols.event_type[i]
        keys = self.keys(i)
        best, best_score = -1, -1.0
        mine: MentionView | None = None
        for e in self.candidates(event_type, start, end, cols.month[i], cols.end_month[i], keys):
            event = self.events[e]
            if event.view is None:
                continue
            mine = mine or self.view(i)
            verdict = same_happening(mine, event.view)
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
        # Keys in a fixed order: a set's order changes with the process's string hashing, and the order of
        # the postings decides between candidates of equal score.
        ordered = sorted(keys)
        postings = [posting for index in buckets if index for key in ordered if (posting := index.get(key))]
        if not postings:
            return []
        if len(postings) == 1:
            return postings[0][:MAX_CANDIDATES]
        counts = Counter(chain.from_iterable(postings))
        if len(counts) <= MAX_CANDIDATES:
            return list(counts)
        return [e for e, _ in counts.most_common(MAX_CANDIDATES)]


def group_events(frame: pd.DataFrame) -> pd.DataFrame:
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
        grouper = _Grouper(cols)
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
