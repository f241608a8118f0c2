"""Scoring an events table against a gold annotation of dated events.

The same rules as the shared scorer (`score_events.py`): a system event
matches a gold event in the same document when its passage overlaps the gold
quote and the two date texts overlap as strings; each side is used once.
Strict = same period (start and precision); rows without a date make no claim.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from timeline.core import periods as P

Row = Mapping[str, str]


@dataclass(frozen=True, slots=True)
class Score:
    gold: int
    system: int
    found: int
    strict: int
    lenient: int

    @property
    def recall(self) -> float:
        return self.strict / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.strict / self.system if self.system else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def period_of(value: str, precision: str = "") -> tuple[dt.date, dt.date]:
    """(first, last) day of a gold or system date written at a precision."""
    v = value.strip()
    if len(v) <= 8:  # a value at its own precision: 2020, 2020-11, 2020-FA, 2020-WI, 2020-W21
        period = P.parse_value(v)
        if not precision or precision == period.precision:
            return period.start, period.end
    parts = [int(x) for x in v[:10].split("-")]
    day = dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    p = precision or "day"
    if p == "day":
        return day, day
    if p == "week":
        w = P.week(day)
    elif p == "month":
        w = P.month(day.year, day.month)
    elif p == "season":
        w = P.season_of(day)
    elif p == "year":
        w = P.year(day.year)
    else:
        raise ValueError(f"unknown precision {precision!r}")
    return w.start, w.end


def dated(gold: Sequence[Row], system: Sequence[Row]) -> list[Row]:
    """The system rows the scorer judges: those of the gold's documents that carry a date."""
    docs = {g["doc"] for g in gold}
    return [s for s in system if s.get("doc") in docs and (s.get("date") or "").strip()]


def match(gold: Sequence[Row], system: Sequence[Row]) -> list[tuple[int | None, int]]:
    """For each gold row, the index in `system` of the row it takes (None when missed) and its rank:
    2 strict (same period), 1 lenient (one period inside the other), 0 wrong; -1 when missed.
    `system` must already be `dated`; the indexes it never gives are the false rows."""
    used: set[int] = set()
    out: list[tuple[int | None, int]] = []
    for g in gold:
        gp = period_of(g["date"], g.get("precision", ""))
        best: tuple[int, int] | None = None
        for i, s in enumerate(system):
            if i in used or s["doc"] != g["doc"] or not _matches(g, s):
                continue
            try:
                sp = period_of(s["date"], s.get("precision", ""))
            except (ValueError, KeyError):
                sp = None
            rank = 2 if sp == gp else 1 if sp and (_inside(sp, gp) or _inside(gp, sp)) else 0
            if best is None or rank > best[0]:
                best = (rank, i)
        if best is None:
            out.append((None, -1))
            continue
        used.add(best[1])
        out.append((best[1], best[0]))
    return out


def score(gold: Sequence[Row], system: Sequence[Row]) -> Score:
    system = dated(gold, system)
    ranks = [rank for _, rank in match(gold, system)]
    found = sum(r >= 0 for r in ranks)
    return Score(len(gold), len(system), found, ranks.count(2), sum(r >= 1 for r in ranks))


def _matches(g: Row, s: Row) -> bool:
    try:
        s0, s1 = int(float(s["passage_start"])), int(float(s["passage_end"]))
    except (TypeError, ValueError, KeyError):
        return False
    if not (s0 < int(g["end"]) and int(g["start"]) < s1):
        return False
    a, b = (s.get("date_text") or "").strip().lower(), g["date_text"].strip().lower()
    return bool(a) and bool(b) and (a in b or b in a)


def _inside(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    return b[0] <= a[0] and a[1] <= b[1]


def read_rows(path: str | Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))
