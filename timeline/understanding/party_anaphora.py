"""The parties an unnamed reference stands for: "the two sides signed a truce on Friday" names no one,
but the sentence before it (or, in a lead, the one after) does.  The phrases are data
(`data/en/party_anaphors.txt`); what they stand for is added to an event's associated actors, never to
its actor1/actor2, since which side acted is not said."""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from timeline.core.data import DATA_DIR
from timeline.core.errors import DataFileError
from timeline.understanding.actors import PERSON, ActorMention, actors_within, unique_actors
from timeline.understanding.rulefiles import read_rule_file

PARTY_ANAPHORS = DATA_DIR / "en" / "party_anaphors.txt"
# How many sentences before an anaphor are searched for its parties.
REACH_BACK = 3


@dataclass(frozen=True, slots=True)
class PartyAnaphors:
    # One group per second cell of the data file: `states` or `parties`.
    pattern: re.Pattern[str] | None


STATE = "state"
# A person speaks for a party and the UN mediates: neither is a party.
_NEVER_PARTIES = frozenset({PERSON, "un_body"})
_POSSESSIVE = re.compile(r"\b([A-Z][\w-]*)['’]s\s+(?:\w+\s+){0,2}$")
_LOCATIVE = re.compile(r"\s+(?:in|of)\s+([A-Z][\w-]*)")
_OF_A_STATE = frozenset({"government", "state_forces"})


def load_party_anaphors(path: str | os.PathLike[str] = PARTY_ANAPHORS) -> PartyAnaphors:
    rows = read_rule_file(path, columns=2).rows
    groups = []
    for kind in ("states", "parties"):
        phrases = sorted((phrase for phrase, k in rows if k == kind), key=len, reverse=True)
        if phrases:
            groups.append(rf"(?P<{kind}>" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + ")")
    unknown = {k for _, k in rows} - {"states", "parties"}
    if unknown:
        raise DataFileError(f"{path}: kind {sorted(unknown)[0]!r} is neither 'states' nor 'parties'")
    return PartyAnaphors(re.compile(r"(?i)\b(?:" + "|".join(groups) + r")\b") if groups else None)


def anaphor_kinds(passage: str, anaphors: PartyAnaphors) -> Callable[[str, str], bool] | None:
    """Which actors (name, kind) the passage's unnamed parties can be, or None when it names none by
    reference."""
    match = anaphors.pattern.search(passage) if anaphors.pattern is not None else None
    if match is None:
        return None
    if match.lastgroup == "states":
        return lambda name, kind: kind == STATE
    before = _POSSESSIVE.search(passage, max(0, match.start() - 40), match.start())
    after = _LOCATIVE.match(passage, match.end())
    where = before[1] if before else after[1] if after else None
    if where is None:
        return lambda name, kind: kind not in _NEVER_PARTIES
    # "Sudan's warring sides", "the opposing sides in Libya": parties inside that state, so neither a
    # state nor another state's government or forces.
    return lambda name, kind: (
        kind not in _NEVER_PARTIES and kind != STATE and (kind not in _OF_A_STATE or name.endswith(where))
    )


def parties_of(
    start: int,
    named: Sequence[ActorMention],
    sentences: Sequence[tuple[int, int]],
    fits: Callable[[str, str], bool],
) -> tuple[tuple[str, str], ...]:
    """(canonical, kind) of the parties named by the nearest sentence before `start` (up to REACH_BACK)
    that names at least two that fit, else by the sentence after the one holding `start`; () when none
    does.  (The document's lead is not a fallback: its pair is as often two of one side.)"""
    here = bisect_right([s for s, _ in sentences], start) - 1
    before = range(here - 1, max(-1, here - 1 - REACH_BACK), -1)
    for index in (*before, here + 1):
        if 0 <= index < len(sentences):
            parties = tuple(a for a in unique_actors(actors_within(named, *sentences[index])) if fits(*a))
            if len(parties) >= 2:
                return parties
    return ()
