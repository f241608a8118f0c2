"""One happening or two: the decision for a pair of mentions (`same_happening`) and what it reads.

Several documents, or one document several times, report the same
happening at different precisions ("on October 23", "in October", "last
fall").  The criteria, all in `same_happening` with their thresholds as
constants:

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
      shared strong concept of the type (the taxonomy's concept column,
      found when the passage was classified: both speak of a *ceasefire*,
      both of a *meeting*; the weak reporting verbs of `statement` do not
      count), or similar wording (`MIN_WORDING`: Jaccard similarity of
      content-word stems; the words that carry no evidence are data,
      `data/en/function_words.yaml`).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from timeline.core.data import builtin
from timeline.core.yamldata import phrases, read_yaml
from timeline.text.fold import fold
from timeline.text.lexicon import MONTHS, SEASONS, WEEKDAYS

OTHER = "other"
# Jaccard similarity of content-word stems above which wording alone is evidence.
MIN_WORDING = 0.3
# Near-duplicate wording (that similarity over at least that many shared stems): evidence even for
# coarse periods and for type `other`.
NEAR_DUPLICATE_WORDING = 0.6
NEAR_DUPLICATE_MIN_WORDS = 4
# A period longer than this (days, i.e. coarser than a season) is too vague for a shared concept
# or similar wording to mean the same happening: it needs a shared actor.
COARSE_DAYS = 183
# A state, its armed forces and its government take part in too many happenings for sharing one to be
# evidence by itself.
STATE_KINDS = frozenset({"state", "state_forces", "government"})
# A mention is compared with at most this many candidate events (those sharing the most actors and concepts).
MAX_CANDIDATES = 12

# Function words and calendar words carry no evidence of what happened.
_FUNCTION_WORDS_FILE = builtin("en/function_words.yaml")
_FUNCTION_WORDS = frozenset(phrases(read_yaml(_FUNCTION_WORDS_FILE), "words", _FUNCTION_WORDS_FILE))
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


@functools.lru_cache(maxsize=1024)
def content_words(passage: str) -> frozenset[str]:
    """Crude stems of a passage's content words: no function words, dates or numbers."""
    stems = _STEMS
    out = set()
    for word in set(fold(passage).split()) - _FUNCTION_WORDS:
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


def view_of(row: Mapping[str, Any]) -> MentionView:
    """The grouping view of one frame row (a mapping with the frame's column names)."""
    start, end = _day(row.get("date")), _day(row.get("date_end"))
    event_type = str(row.get("event_type", "") or OTHER)
    passage = str(row.get("passage", "") or "")
    actors = actor_set(str(row.get("actors", "") or ""), str(row.get("actor_kinds", "") or ""))
    return make_view(str(row.get("mention_id", "")), str(row.get("doc", "")), start, end or start, event_type, passage,
                 actors, frozenset(split_cell(row.get("event_concepts", ""))))  # fmt: skip


@dataclass(frozen=True, slots=True)
class ActorSet:
    names: frozenset[str]
    kinds: frozenset[str]
    specific: frozenset[str]


@functools.lru_cache(maxsize=4096)
def actor_set(actors: str, actor_kinds: str) -> ActorSet:
    names = split_cell(actors)
    kinds = split_cell(actor_kinds)
    kinds += ["unknown"] * (len(names) - len(kinds))
    specific = frozenset(n for n, k in zip(names, kinds, strict=False) if k not in STATE_KINDS)
    return ActorSet(frozenset(names), frozenset(kinds), specific)


def make_view(
    mention_id: str,
    doc: str,
    start: dt.date | None,
    end: dt.date | None,
    event_type: str,
    passage: str,
    actors: ActorSet,
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


def split_cell(cell: object) -> list[str]:
    if not isinstance(cell, str) or not cell:
        return []
    return [part.strip() for part in cell.split(";") if part.strip()]


def _day(value: object) -> dt.date | None:
    # Imported here: the event type constants of this module are read where pandas is not loaded (workers).
    import numpy as np
    import pandas as pd

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
