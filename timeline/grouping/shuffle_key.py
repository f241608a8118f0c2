"""The shuffle key of distributed grouping: which rows `group_events` can ever compare, so that grouping
each part on its own gives exactly the event_ids of grouping the whole frame.

`group_events` never merges mentions of different event types, and within a type it compares a mention
only with the events in its own buckets: (type, day) for a one-day mention, (type, month) for each
calendar month its period touches; an event sits in the buckets of the mention that started it (that
mention's first day and first month).  Two mentions of a type can therefore meet only through a chain
of periods that share calendar months.  The exact key of a dated row is (event type, the run of
month-overlapping periods of that type it falls in): the order mentions are grouped in (span, start,
document, offset, mention_id) is the same within a run whether or not the other runs are there.

A split by (type, month) or (type, period) would not be exact: a "2020" mention and the 13 January 2020
event it joins would land in different parts, so the event would lose a member and, when that member
has the smallest mention_id, its event_id.  Undated rows are events of their own: any part will do.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from timeline.grouping.happening import OTHER

# (event type, first month, last month), months counted from 1970-01.
Span = tuple[str, int, int]
# (event type, run number within that type): rows of one group must be grouped together.
Group = tuple[str, int]


@dataclass(frozen=True, slots=True)
class Bins:
    """Where each span's rows are grouped: one of `count` parts, whole groups per part."""

    of_span: Mapping[Span, int]
    count: int


def _spans(frame: pd.DataFrame) -> tuple[np.ndarray, list[str], list[int], list[int]]:
    """Per row: dated or not, event type (empty read as other, as the grouper does), first and last month."""
    start = frame["date"].to_numpy().astype("datetime64[D]")
    end = frame["date_end"].to_numpy().astype("datetime64[D]")
    end = np.where(np.isnat(end), start, end)
    dated = ~np.isnat(start)
    zero = np.datetime64(0, "D")
    first = np.where(dated, start, zero).astype("datetime64[M]").astype("int64").tolist()
    last = np.where(dated, end, zero).astype("datetime64[M]").astype("int64").tolist()
    types = [t if isinstance(t, str) and t else OTHER for t in frame["event_type"].tolist()]
    return dated, types, first, last


def span_counts(frame: pd.DataFrame) -> Counter[Span]:
    """How many dated rows of the frame have each span: the small summary a worker sends the client."""
    dated, types, first, last = _spans(frame)
    return Counter((t, f, la) for d, t, f, la in zip(dated.tolist(), types, first, last, strict=True) if d)


def groups(spans: Iterable[Span]) -> dict[Span, Group]:
    """Each span's group: spans of one type whose months overlap, directly or through other spans."""
    out: dict[Span, Group] = {}
    run, reach, current = -1, 0, ""
    for span in sorted(set(spans)):  # by type, then first month, then last month
        event_type, first, last = span
        if event_type != current or first > reach:
            run = run + 1 if event_type == current else 0
            current, reach = event_type, last
        else:
            reach = max(reach, last)
        out[span] = (event_type, run)
    return out


def plan_bins(counts: Mapping[Span, int], parts: int) -> Bins:
    """At most `parts` bins of whole groups, the largest groups first onto the least loaded bin."""
    group_of = groups(counts)
    sizes: Counter[Group] = Counter()
    for span, group in group_of.items():
        sizes[group] += counts[span]
    count = max(1, min(parts, len(sizes)))
    load = [0] * count
    bin_of: dict[Group, int] = {}
    for group in sorted(sizes, key=lambda g: (-sizes[g], g)):
        target = min(range(count), key=lambda b: (load[b], b))
        bin_of[group] = target
        load[target] += sizes[group]
    return Bins({span: bin_of[group] for span, group in group_of.items()}, count)


def split(frame: pd.DataFrame, bins: Bins, undated_bin: int) -> list[pd.DataFrame]:
    """The frame's rows by bin (each in the frame's order); undated rows go to `undated_bin`."""
    dated, types, first, last = _spans(frame)
    spare = undated_bin % bins.count
    rows = zip(dated.tolist(), types, first, last, strict=True)
    where = np.array([bins.of_span[(t, f, la)] if d else spare for d, t, f, la in rows], dtype="int64")
    return [frame.iloc[np.flatnonzero(where == b)] for b in range(bins.count)]
