"""Who takes part when a passage names the participants by their roles: a document-level registry of the people
it names with their roles, and the descriptions that resolve against it.

"The presidents of Valdoria and Tarnia initialled the accord on Tuesday" names nobody, but the document names the
presidents elsewhere ("Valdorian President Anton Kessel", "Jana Roth, the Tarnian president,"); "the government
and the opposition signed" names the sides, and the document the negotiator of each ("Tomas Ferro, who heads
the government's delegation").  The registry is built once a document, in one pass over its person mentions,
from the forms titles are written in: a title before the name, with the state, body or side owning it right
before the title ("Tarnian President", "Ostrand's Foreign Minister", "opposition leader"); an apposition after
it (", the Tarnian president,", ", the chief negotiator of the opposition,"); "who heads the government's
delegation"; and "counterpart", which takes the title of the holder named right before.  A description resolves
only to exactly the holders it fits (`data/en/role_holders.txt` says which and how); what it resolves to is
added to the passage's associated actors, since which of them acted is not said.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass

from timeline.core.data import DATA_DIR
from timeline.core.errors import DataFileError
from timeline.understanding.actors import PERSON, ActorMention, actors_within
from timeline.understanding.rulefiles import read_rule_file

ROLE_HOLDERS = DATA_DIR / "en" / "role_holders.txt"
SAME = "same"
SIDE = "side"
QUALIFIER = "qualifier"
# How many holders a description without a number may stand for ("the foreign ministers").
MAX_UNCOUNTED = 4
_NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4}
# How far before a name its title may start (characters).
_TITLE_REACH = 48
# How far an apposition or "who heads" clause after a name may reach (characters).
_APPOSITION_REACH = 90
# How far after "of"/"from" the list of owners of a plural description may reach (characters).
_LIST_REACH = 120
# Between an owner and the title it owns: a space or a possessive ("Tarnian President", "Ostrand's Foreign
# Minister"), with "the" before a side ("the opposition's chief negotiator").
_OWNER_GAP = re.compile(r"(?:['’]s)?\s+")
_APPOSITION = re.compile(r",\s+(?:the|a|an|its|his|her|their)\s+([^,;:.()\"“”]{1,80})")
_WHO_HEADS = re.compile(r",\s+who\s+(?:heads|headed|leads|led|chairs|chaired)\s+([^,;:.()\"“”]{1,80})")
# Between two owners of a list: "A, B and C", "A and the B".
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_LIST_OPEN = re.compile(r"\s*(?:the\s+)?")
# At most this many mentions are read inside an apposition.
_OWNERS_WITHIN = 6


@dataclass(frozen=True, slots=True)
class RoleRules:
    """The title phrases and descriptions of `data/en/role_holders.txt`, compiled."""

    # title phrase (lower case) -> its families; "counterpart" -> ("same",)
    titles: dict[str, frozenset[str]]
    # a title phrase as the last words before a name (lower case text): group 1 the phrase
    title_before: re.Pattern[str] | None
    # any title phrase (lower case text)
    title_any: re.Pattern[str] | None
    # the side words (lower case)
    sides: frozenset[str]
    side_any: re.Pattern[str] | None
    # a side word right before a title, possibly possessive ("the opposition's chief negotiator")
    side_before: re.Pattern[str] | None
    # plural description (lower case) -> the family it names
    plurals: dict[str, str]
    # a plural description, with a number before it (group `num`) and "of"/"from" after it (group `of`)
    description: re.Pattern[str] | None
    # two sides named together ("the government and the opposition"): groups `a` and `b`
    both_sides: re.Pattern[str] | None
    # a cheap test before `description`: the last words of the plural descriptions and of the sides
    last_words: tuple[str, ...] = ()


def _alternatives(phrases: Sequence[str]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


def load_role_rules(path: str | os.PathLike[str] = ROLE_HOLDERS) -> RoleRules:
    rows = read_rule_file(path, columns=2).rows
    titles: dict[str, frozenset[str]] = {}
    sides: set[str] = set()
    plurals: dict[str, str] = {}
    qualifiers: set[str] = set()
    for phrase, second in rows:
        key = " ".join(phrase.lower().split())
        if second.startswith("="):
            plurals[key] = second[1:].strip().lower()
        elif second == SIDE:
            sides.add(key)
        elif second == QUALIFIER:
            qualifiers.add(key)
        else:
            titles[key] = frozenset(f.strip().lower() for f in second.split("|") if f.strip())
    families = {f for fs in titles.values() for f in fs} - {SAME}
    unknown = sorted(set(plurals.values()) - families)
    if unknown:
        raise DataFileError(f"{path}: description family {unknown[0]!r} is no title's family")
    title_alt, side_alt, plural_alt = (
        _alternatives(list(titles)),
        _alternatives(list(sides)),
        _alternatives(list(plurals)),
    )
    return RoleRules(
        titles,
        re.compile(rf"(?<![\w-])({title_alt})\s+$") if titles else None,
        re.compile(rf"(?<![\w-])({title_alt})(?![\w-])") if titles else None,
        frozenset(sides),
        re.compile(rf"(?<![\w-])({side_alt})(?![\w-])") if sides else None,
        re.compile(rf"(?<![\w-])({side_alt})(?:['’]s)?\s+$") if sides else None,
        plurals,
        re.compile(
            rf"(?<![\w-])(?P<the>the\s+)?(?:(?P<num>{'|'.join(_NUMBERS)})\s+)?(?:(?:{_alternatives(list(qualifiers))})\s+)?"
            rf"(?P<noun>{plural_alt})(?![\w-])(?P<of>\s+(?:of|from)(?![\w-]))?",
            re.IGNORECASE,
        )
        if plurals
        else None,
        re.compile(rf"(?i)(?<![\w-])(?P<a>{side_alt})\s+and\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?(?P<b>{side_alt})(?![\w-])")
        if len(sides) > 1
        else None,
        tuple(sorted({p.split()[-1] for p in plurals} | {s.split()[-1] for s in sides})),
    )


@dataclass(frozen=True, slots=True)
class Holder:
    """A person the document names with a role: its families and what the role is of (a state's or body's
    canonical name, or "side:<word>")."""

    canonical: str
    kind: str
    families: frozenset[str]
    of: frozenset[str]


def registry(text: str, named: Sequence[ActorMention], rules: RoleRules) -> tuple[Holder, ...]:
    """Every person of the document named with a title, in order of first mention, each once (the union of
    what its mentions say)."""
    found: dict[str, tuple[str, set[str], set[str]]] = {}
    last: tuple[frozenset[str], str] | None = None  # the families of the holder named last, and who
    lowered = text.lower()
    for index, mention in enumerate(named):
        if mention.kind != PERSON:
            continue
        families: set[str] = set()
        owners: set[str] = set()
        before = _title_before(lowered, mention.start, rules)
        if before is not None:
            phrase, title_start = before
            owners |= _owners_before(lowered, named, index, title_start, rules)
            families |= _families(phrase, rules, last, mention.canonical)
        for pattern in (_APPOSITION, _WHO_HEADS):
            after = pattern.match(text, mention.end, mention.end + _APPOSITION_REACH)
            if after is not None:
                words = lowered[after.start(1) : after.end(1)]
                if rules.title_any is not None and (title := _last_title(words, rules)) is not None:
                    families |= _families(title, rules, last, mention.canonical)
                    owners |= _owners_within(named, index, after.start(1), after.end(1))
                    owners |= _sides_within(words, rules)
        if not families:
            continue
        held = found.setdefault(mention.canonical, (mention.kind, set(), set()))
        held[1].update(families)
        held[2].update(owners)
        last = (frozenset(held[1]), mention.canonical)
    return tuple(
        Holder(name, kind, frozenset(families), frozenset(owners)) for name, (kind, families, owners) in found.items()
    )


def _title_before(lowered: str, start: int, rules: RoleRules) -> tuple[str, int] | None:
    """The title phrase right before a name (lower case) and where it starts."""
    if rules.title_before is None:
        return None
    low = max(0, start - _TITLE_REACH)
    found = rules.title_before.search(lowered, low, start)
    if found is None:
        return None
    return " ".join(found[1].split()), found.start(1)


def _last_title(words: str, rules: RoleRules) -> str | None:
    """The longest title phrase inside an apposition ("the chief negotiator of the opposition")."""
    assert rules.title_any is not None
    best = max((m[1] for m in rules.title_any.finditer(words)), key=len, default=None)
    return " ".join(best.split()) if best is not None else None


def _families(phrase: str, rules: RoleRules, last: tuple[frozenset[str], str] | None, name: str) -> set[str]:
    families = set(rules.titles.get(phrase, ()))
    if SAME in families:
        families.discard(SAME)
        # "her Tarnian counterpart Jana Roth": the title of the holder named right before
        if last is not None and last[1] != name:
            families |= last[0]
    return families


def _owners_before(
    lowered: str, named: Sequence[ActorMention], index: int, title_start: int, rules: RoleRules
) -> set[str]:
    """What owns a title written before a name: a state, body or group ending right before it ("Tarnian
    President", "Ostrand's Foreign Minister") or a side word ("opposition leader")."""
    owners: set[str] = set()
    j = index - 1
    while j >= 0 and named[j].end > title_start:
        j -= 1
    if j >= 0 and named[j].kind != PERSON and _OWNER_GAP.fullmatch(lowered, named[j].end, title_start):
        owners.add(named[j].canonical)
    if rules.side_before is not None:
        side = rules.side_before.search(lowered, max(0, title_start - _TITLE_REACH), title_start)
        if side is not None:
            owners.add(f"{SIDE}:{side[1]}")
    return owners


def _owners_within(named: Sequence[ActorMention], index: int, start: int, end: int) -> set[str]:
    """The states, bodies and groups an apposition names ("the Tarnian president", "the chief negotiator of
    the Selva Front")."""
    owners: set[str] = set()
    for mention in named[index + 1 : index + 1 + _OWNERS_WITHIN]:
        if mention.start >= end:
            break
        if mention.start >= start and mention.kind != PERSON:
            owners.add(mention.canonical)
    return owners


def _sides_within(words: str, rules: RoleRules) -> set[str]:
    if rules.side_any is None:
        return set()
    return {f"{SIDE}:{m[1]}" for m in rules.side_any.finditer(words)}


def may_describe(passage: str, rules: RoleRules) -> bool:
    """Whether a passage may hold a description (a cheap test: the last word of one, in any case)."""
    lowered = passage.lower()
    return any(word in lowered for word in rules.last_words)


def described_holders(
    text: str,
    start: int,
    end: int,
    named: Sequence[ActorMention],
    holders: Sequence[Holder],
    rules: RoleRules,
) -> tuple[tuple[str, str], ...]:
    """(canonical, kind) of the holders the descriptions of the passage text[start:end] stand for, in order."""
    if not holders or rules.description is None:
        return ()
    passage = text[start:end]
    out: list[tuple[str, str]] = []
    for found in rules.description.finditer(passage):
        noun = found["noun"]
        if not (found["the"] or (found["num"] or "").lower() == "both"):
            continue  # "rebel leaders", "six generals", "European leaders": not (only) the holders the document names
        if not found["of"] and re.match(r"\s+[A-Z]", passage[found.end("noun") : found.end("noun") + 2]):
            continue  # "Presidents Kessel and Roth": a title before names
        family = rules.plurals[" ".join(noun.lower().split())]
        fitting = [h for h in holders if family in h.families]
        if found["of"]:
            for owner in _listed(passage, start, found.end(), named):
                of_owner = [h for h in fitting if owner in h.of]
                if len(of_owner) == 1:
                    out.append((of_owner[0].canonical, of_owner[0].kind))
            continue
        wanted = _NUMBERS.get(found["num"].lower()) if found["num"] else None
        if (wanted is not None and len(fitting) == wanted) or (wanted is None and 2 <= len(fitting) <= MAX_UNCOUNTED):
            out.extend((h.canonical, h.kind) for h in fitting)
    if rules.both_sides is not None:
        for found in rules.both_sides.finditer(passage):
            a, b = found["a"].lower(), found["b"].lower()
            if a == b:
                continue
            for side in (a, b):
                out.extend(_side_holder(holders, f"{SIDE}:{side}"))
    return tuple(dict.fromkeys(out))


def _side_holder(holders: Sequence[Holder], side: str) -> tuple[tuple[str, str], ...]:
    """The one negotiator of a side, else its one leader."""
    of_side = [h for h in holders if side in h.of]
    for family in ("negotiator", "leader"):
        fitting = [h for h in of_side if family in h.families]
        if len(fitting) == 1:
            return ((fitting[0].canonical, fitting[0].kind),)
    return ()


def _listed(passage: str, offset: int, at: int, named: Sequence[ActorMention]) -> list[str]:
    """The canonical names of the states and bodies listed right after "of"/"from" at passage[at:] ("of
    Valdoria, Tarnia and Ostrand"; `offset`: where the passage starts in the document)."""
    opened = _LIST_OPEN.match(passage, at)
    pos = opened.end() if opened else at
    owners: list[str] = []
    for mention in actors_within(named, offset + pos, offset + min(len(passage), at + _LIST_REACH)):
        gap = passage[pos : mention.start - offset]
        joined = not gap if not owners else (not gap or _LIST_JOIN.fullmatch(gap) is not None)
        if not joined or mention.kind == PERSON:
            break
        owners.append(mention.canonical)
        pos = mention.end - offset
    return owners
