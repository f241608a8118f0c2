"""ACLED-style roles of an event's actors: who acted (`actor1`), the other party or who was acted on
(`actor2`), and the rest (associated actors).

Read from the passage around the event's verb (the taxonomy keyword that decided its type, else the
date expression):

* "between A and B" gives A and B;
* otherwise the actors before the verb are its subjects and those after it its objects: the first
  subject acted; a second subject joined to it by "and" ("Armenia and Azerbaijan signed") is the other
  party, else the first object ("... accuses Rwanda"), else another subject of the first one's kind;
* who reports takes no role: actors before a speech verb ahead of the event's verb, or in a trailing
  attribution (", the ministry said");
* a state named right before its own organ ("the Sudanese army": Sudan, Military Forces of Sudan)
  takes part through the organ, ACLED's "Military Forces of X": the organ has the role, the state is
  associated.

Everything named that has no role is associated; `actors` stays the union of all three.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from timeline.understanding.actors import ORGANS, ActorMention

ORGAN_KINDS = frozenset(kind for kind, _ in ORGANS.values())
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
# "A and B", "A, and the paramilitary B": a second subject joined to the first (two words may qualify it)
_AND = re.compile(r"^[\s)]*(?:,\s*)?and\s+(?:the\s+|its\s+)?(?:[a-z][\w-]*\s+){0,2}$")
# how close (characters) a state must precede its organ to be read as its qualifier
_ORGAN_REACH = 24


class Roles(NamedTuple):
    actor1: str
    actor2: str
    associated: tuple[str, ...]


NO_ROLES = Roles("", "", ())


def actor_roles(
    passage: str,
    mentions: Sequence[ActorMention],
    offset: int,
    pivot: int,
    speech: re.Pattern[str] | None = None,
    speech_verbs: frozenset[str] = frozenset(),
) -> Roles:
    """The roles of the actors `mentions` (document offsets; the passage starts at `offset`) name in
    `passage`, whose event verb (or date) is at `pivot` (passage offset).

    With `speech` and `speech_verbs` (`TitleRules.speech_pattern`, `.speech_verbs`), who reports takes no role: actors
    before the last speech verb ahead of the verb ("Dusek said the Brigades withdrew") and inside a
    trailing attribution (", Dusek said")."""
    if not mentions:
        return NO_ROLES
    if len(mentions) == 1 or all(m.canonical == mentions[0].canonical for m in mentions):
        return Roles(mentions[0].canonical, "", ())
    local = [(m.start - offset, m.end - offset, m) for m in mentions]
    if speech is not None and not speech_verbs.isdisjoint(passage.lower().replace(",", " ").split()):
        first, last = _reported_span(passage, pivot, speech)
        local = [item for item in local if first <= item[0] < last] or local
    acting = _without_qualifying_states(local)
    first = second = None
    for i, (start, _end, _m) in enumerate(acting):
        joined = i + 1 < len(acting) and _AND.match(passage[acting[i][1] : acting[i + 1][0]])
        if joined and _BETWEEN.search(passage, max(0, start - 20), start):
            first, second = acting[i][2], acting[i + 1][2]
            break
    if first is None:
        subjects = [a for a in acting if a[1] <= pivot]
        objects = [a for a in acting if a[0] >= pivot]
        if subjects:
            first = subjects[0][2]
            if len(subjects) > 1 and _AND.match(passage[subjects[0][1] : subjects[1][0]]):
                second = subjects[1][2]
        elif objects:
            first, objects = objects[0][2], objects[1:]
        if second is None:
            second = next((o[2] for o in objects if o[2].canonical != first.canonical), None)
        if second is None and first is not None:
            # "A, the minister, met B of the Front ... to prepare": another subject of A's kind
            peers = (a[2] for a in subjects[1:] if a[2].kind == first.kind and a[2].canonical != first.canonical)
            second = next(peers, None)
    actor1 = first.canonical if first else ""
    actor2 = second.canonical if second and second.canonical != actor1 else ""
    associated: dict[str, None] = {}
    for m in mentions:
        if m.canonical not in (actor1, actor2):
            associated.setdefault(m.canonical, None)
    return Roles(actor1, actor2, tuple(associated))


def _reported_span(passage: str, pivot: int, speech: re.Pattern[str]) -> tuple[int, int]:
    """[start, end) of the passage outside its attribution: after the last speech verb before the
    pivot, and before ", <up to six words> <speech verb>" after it."""
    start, end = 0, len(passage)
    for word in speech.finditer(passage):
        if word.end() <= pivot:
            start = word.end()
        elif end == len(passage):
            comma = passage.rfind(",", pivot, word.start())
            if comma >= 0 and len(passage[comma : word.start()].split()) <= 6:
                end = comma
    return start, end


def _without_qualifying_states(
    local: list[tuple[int, int, ActorMention]],
) -> list[tuple[int, int, ActorMention]]:
    out: list[tuple[int, int, ActorMention]] = []
    for i, item in enumerate(local):
        if (
            out
            and item[2].kind == "state"
            and out[-1][2].kind in ORGAN_KINDS
            and out[-1][2].canonical.endswith(item[2].canonical)
            and item[0] - out[-1][1] <= _ORGAN_REACH
        ):
            out[-1] = (out[-1][0], item[1], out[-1][2])  # "the government of Valdoria": the organ acts
            continue
        if out and out[-1][2].canonical == item[2].canonical and item[0] - out[-1][1] <= 3:
            out[-1] = (out[-1][0], item[1], out[-1][2])  # "the Rapid Support Forces (RSF)": one mention
            continue
        following = local[i + 1] if i + 1 < len(local) else None
        if (
            item[2].kind == "state"
            and following is not None
            and following[2].kind in ORGAN_KINDS
            and following[2].canonical.endswith(item[2].canonical)
            and following[0] - item[1] <= _ORGAN_REACH
        ):
            # the organ takes the state's place, from where the state is named ("between the Sudanese army")
            local[i + 1] = (item[0], following[1], following[2])
            continue
        out.append(item)
    return out


def event_pivot(passage: str, rule: str, date_start: int, speech_verbs: frozenset[str] = frozenset()) -> int:
    """Where the event's verb is in the passage: the deciding keyword's occurrence nearest the date,
    else (no keyword, or a speech verb: what was said happened elsewhere) the date expression."""
    keyword = rule.split(" (", 1)[0].strip().lower()
    if not keyword or keyword in speech_verbs:
        return max(0, date_start)
    lowered = passage.lower()
    best, pos = -1, lowered.find(keyword)
    while pos >= 0:
        if best < 0 or abs(pos - date_start) < abs(best - date_start):
            best = pos
        pos = lowered.find(keyword, pos + 1)
    return best if best >= 0 else max(0, date_start)


def format_roles(roles: Roles) -> tuple[str, str, str]:
    """The frame's `actor1`, `actor2` and `assoc_actors` cells."""
    return roles.actor1, roles.actor2, "; ".join(roles.associated)
