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
  associated; so does a state or group named in a person's title ("Tarnian Foreign Minister Karel
  Dusek", "his Valdorian counterpart, Ilse Varga"): the person has the role;
* an actor that only qualifies a noun ("the UN-recognized government", "a Russian-brokered deal",
  `data/en/role_modifiers.txt`) or stands in an apposition after the subject ("Turkey, Azerbaijan's
  closest ally, welcomed") takes no role;
* only the clause of the verb counts: nothing beyond a semicolon;
* a speaker whose statement has a pronoun subject ("Russia said it is prepared ...") is who acted.

Everything named that has no role is associated; `actors` stays the union of all three.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from timeline.core.data import DATA_DIR
from timeline.understanding.actors import ORGANS, ActorMention, organ_of
from timeline.understanding.rulefiles import read_rule_file

ROLE_MODIFIERS = DATA_DIR / "en" / "role_modifiers.txt"

ORGAN_KINDS = frozenset(kind for kind, _ in ORGANS.values())
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
# "A and B", "A, and the paramilitary B", "A and Colonel B": a second subject joined to the first (two words
# may qualify it, or a title of up to three capitalised words)
_AND = re.compile(r"^[\s)]*(?:,\s*)?and\s+(?:the\s+|its\s+)?(?:(?:[a-z][\w-]*\s+){0,2}|(?:[A-Z][\w.-]*\s+){1,3})$")
# a qualifying prefix ("post-") is looked for this many characters before a name
_PREFIX_REACH = 8
# at most this many words between the comma and the speech verb of a trailing attribution
_ATTRIBUTION_WORDS = 8
# how close (characters) a state must precede its organ to be read as its qualifier
_ORGAN_REACH = 24
# how close (characters) a state or group must precede a person to be part of the person's title
TITLE_REACH = 45
_TITLE_GAP = re.compile(r"^\)?(?:['’]s)?(?:\s+(?:\([A-Z0-9]+\)|[\w.’'-]+)){0,5}?,?\s+$")
_GAP_WORDS = frozenset({"of", "the", "his", "her", "its", "their", "counterpart", "to", "for"})
CLAUSE_BREAKS = DATA_DIR / "en" / "headline_clause_breaks.txt"
ACTOR_ROLES = DATA_DIR / "actors_roles.csv"
_APPOSITION = re.compile(r"^,\s(?:the|a|an|its|his|her|their|[A-Z][\w'’-]*['’]s?)\s[^,]{1,100},\s(?=[a-z])")
# a speaker whose statement opens with a pronoun within a few words ("said in February it is")
_PRONOUN_STATEMENT = re.compile(r"\s+(?:that\s+)?(?:[\w.]+\s+){0,3}?(?:it|they|he|she|we)\b", re.IGNORECASE)


@functools.cache
def title_words() -> frozenset[str]:
    """The lower-case words of the built-in title phrases ("foreign", "minister", "envoy", ...)."""
    with open(ACTOR_ROLES, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return frozenset(w.lower() for row in rows if row.get("use") == "title" for w in row["phrase"].split())


def title_gap(gap: str) -> bool:
    """Whether the text between a state or group and a person is part of the person's title."""
    if not _TITLE_GAP.match(gap) or " and " in gap:
        return False
    titles = title_words()
    for word in re.findall(r"\([A-Z0-9]+\)|[\w.’'-]+", gap.removeprefix("'s").removeprefix("’s")):
        if not (word[0] in "(" or word[0].isupper() or word.lower() in titles or word.lower() in _GAP_WORDS):
            return False
    return True


@functools.cache
def _clause_break() -> re.Pattern[str]:
    words = [w for w, where in read_rule_file(CLAUSE_BREAKS, columns=2).rows if where == "comma" and w != "and"]
    alternatives = "|".join(map(re.escape, words)) or "(?!)"
    return re.compile(rf"(?:[;,]|\s[—–])\s+(?:{alternatives})\b|;", re.IGNORECASE)


def _clause_bounds(passage: str, pivot: int) -> tuple[int, int]:
    """[start, end) of the clause holding the pivot: between the clause breaks around it (", when",
    ", which", ";", ... of `data/en/headline_clause_breaks.txt`)."""
    left, right = 0, len(passage)
    for found in _clause_break().finditer(passage):
        if found.end() <= pivot:
            left = found.end()
        elif found.start() >= pivot:
            right = found.start()
            break
    return left, right


@functools.cache
def _modifier_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A word after an actor that makes it a qualifier ("-led"), and a prefix before it ("post-")."""
    entries = read_rule_file(ROLE_MODIFIERS).words()
    after = "|".join(re.escape(w) for w in entries if not w.endswith("-")) or "(?!)"
    before = "|".join(re.escape(w) for w in entries if w.endswith("-")) or "(?!)"
    return (
        re.compile(rf"\.?[-\s](?:{after})\b", re.IGNORECASE),
        re.compile(rf"(?<![\w-])(?:{before})$", re.IGNORECASE),
    )


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
    if "," in passage or ";" in passage:
        left, right = _clause_bounds(passage, pivot)
        if not any(left <= item[0] < pivot for item in local):
            # "the Army (MNDAA), which seized the town": the Army seized it; "X issued a warning, following
            # a meeting with Y": the first clause's subject met Y
            earlier = [item for item in local if item[1] <= left]
            relative = earlier and passage[left - 6 : left].lower().endswith(("which", " who"))
            left = earlier[-1][0] if relative else 0
        local = [item for item in local if left <= item[0] and item[1] <= right] or local
    after, before = _modifier_patterns()
    local = [
        item
        for item in local
        if not after.match(passage, item[1]) and not before.search(passage, max(0, item[0] - _PREFIX_REACH), item[0])
    ] or local
    acting = _persons_first(passage, _without_qualifying_states(local))
    if acting:
        aside = _APPOSITION.match(passage[acting[0][1] :])
        if aside:
            end = acting[0][1] + aside.end()
            acting = [acting[0], *(a for a in acting[1:] if not acting[0][1] <= a[0] < end)]
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


def sentence_subjects(sentence: str, mentions: Sequence[ActorMention], offset: int) -> tuple[ActorMention, ...]:
    """The subject of a sentence (its mentions at document offsets; the sentence starts at `offset`), as
    `actor_roles` reads who acted: the first actor (a state through its organ, a group through the
    person its title names), and a second joined to it by "and"; () when it names nobody."""
    if not mentions:
        return ()
    local = [(m.start - offset, m.end - offset, m) for m in mentions]
    acting = _persons_first(sentence, _without_qualifying_states(local))
    joined = len(acting) > 1 and _AND.match(sentence[acting[0][1] : acting[1][0]])
    if joined and acting[1][2].canonical != acting[0][2].canonical:
        return (acting[0][2], acting[1][2])
    return (acting[0][2],)


def with_subjects(roles: Roles, subjects: Sequence[tuple[str, str]]) -> Roles:
    """The roles of a passage whose pronoun subject stands for `subjects` (carried over from the sentence
    before): they acted, and who the passage names is the other party or associated."""
    if not subjects:
        return roles
    actor1 = subjects[0][0]
    actor2 = (
        subjects[1][0]
        if len(subjects) > 1
        else next((a for a in (roles.actor1, roles.actor2) if a and a != actor1), "")
    )
    rest = (roles.actor1, roles.actor2, *roles.associated, *(name for name, _ in subjects[2:]))
    associated = tuple(dict.fromkeys(a for a in rest if a and a not in (actor1, actor2)))
    return Roles(actor1, actor2, associated)


def _reported_span(passage: str, pivot: int, speech: re.Pattern[str]) -> tuple[int, int]:
    """[start, end) of the passage outside its attribution: after the last speech verb before the
    pivot, and before ", <up to six words> <speech verb>" after it."""
    start, end = 0, len(passage)
    for word in speech.finditer(passage):
        if word.end() <= pivot:
            # "Russia said it is prepared ...": the speaker is who the statement is about
            start = 0 if _PRONOUN_STATEMENT.match(passage, word.end()) else word.end()
        elif end == len(passage):
            comma = passage.rfind(",", pivot, word.start())
            if comma >= 0 and len(passage[comma : word.start()].split()) <= _ATTRIBUTION_WORDS:
                end = comma
    return start, end


def _persons_first(passage: str, local: list[tuple[int, int, ActorMention]]) -> list[tuple[int, int, ActorMention]]:
    """A state or group named in a person's title ("Tarnian Foreign Minister Karel Dusek", "Commander
    of the Marrow Valley Liberation Front (MVLF) Aran Tawil") gives its place to the person."""
    out = list(local)
    for i in range(len(out) - 1, 0, -1):
        before, person = out[i - 1], out[i]
        if (
            person[2].kind == "person"
            and before[2].kind != "person"
            and person[0] - before[1] <= TITLE_REACH
            and title_gap(passage[before[1] : person[0]])
        ):
            out[i - 1] = (before[0], person[1], person[2])
            del out[i]
    return out


def _without_qualifying_states(
    local: list[tuple[int, int, ActorMention]],
) -> list[tuple[int, int, ActorMention]]:
    out: list[tuple[int, int, ActorMention]] = []
    for i, item in enumerate(local):
        if (
            out
            and item[2].kind == "state"
            and out[-1][2].kind in ORGAN_KINDS
            and organ_of(out[-1][2].canonical, item[2].canonical)
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
            and organ_of(following[2].canonical, item[2].canonical)
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
