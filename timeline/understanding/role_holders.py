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
from bisect import bisect_left
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
# The most words a title has ("minister of foreign affairs").
_TITLE_WORDS = 4
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
    # any title phrase (lower case text)
    title_any: re.Pattern[str] | None
    # the side words (lower case)
    sides: frozenset[str]
    side_any: re.Pattern[str] | None
    # a side word right before a title, possibly possessive ("the opposition's chief negotiator")
    side_before: re.Pattern[str] | None
    # plural description (lower case) -> the family it names
    plurals: dict[str, str]
    # a plural description in folded text (`text.fold`), after a space (group 1): no look-behind, so that
    # the search skips to the spaces
    description: re.Pattern[str] | None
    # the words that may stand between "the" (or a number) and a plural description ("guarantor")
    qualifiers: frozenset[str]
    # two sides named together in folded text ("the government and the opposition"): groups `a` and `b`
    both_sides: re.Pattern[str] | None
    # the key word of each plural description: its last, or its first when it has "of" ("heads of state")
    key_words: tuple[str, ...] = ()


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
        re.compile(rf"(?<![\w-])({title_alt})(?![\w-])") if titles else None,
        frozenset(sides),
        re.compile(rf"(?<![\w-])({side_alt})(?![\w-])") if sides else None,
        re.compile(rf"(?<![\w-])({side_alt})(?:['’]s)?\s+$") if sides else None,
        plurals,
        re.compile(rf" ({plural_alt})(?!\w)") if plurals else None,
        frozenset(qualifiers),
        re.compile(rf" (?P<a>{side_alt})\s+and\s+(?:the\s+)?(?:[a-z]\w*\s+)?(?P<b>{side_alt})(?!\w)")
        if len(sides) > 1
        else None,
        tuple(sorted({(p.split()[0] if " of " in p else p.split()[-1]) for p in plurals})),
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
    lowered = _lower_same_length(text)
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


def _lower_same_length(text: str) -> str:
    """The text in lower case with its offsets kept: a letter whose lower case is longer ("İ") stays as it is."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(low := c.lower()) != 1 else low for c in text)


def _title_before(lowered: str, start: int, rules: RoleRules) -> tuple[str, int] | None:
    """The longest title phrase right before a name (lower case) and where it starts: read as words, not by a
    pattern, since it is asked at every person's mention."""
    low = max(0, start - _TITLE_REACH)
    window = lowered[low:start]
    if not window[-1:].isspace():
        return None
    words = window.split()
    if low > 0:
        words = words[1:]  # the window may open inside a word
    words = words[-_TITLE_WORDS:]
    for n in range(len(words), 0, -1):
        phrase = " ".join(words[-n:])
        if phrase in rules.titles:
            pos = len(window)
            for word in reversed(words[-n:]):
                pos = window.rindex(word, 0, pos)
            return phrase, low + pos
    return None


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


def description_spots(folded: str, rules: RoleRules) -> tuple[int, ...]:
    """Where a folded document (`text.fold`: lower case, punctuation as spaces) may hold a description, sorted:
    the key word of every plural description ("leaders", "heads" of "heads of state") and, when it names two
    sides, every side word.  Found by substring search, once a document: only a passage with a spot is read."""
    spots: list[int] = []
    words = list(rules.key_words)
    if sum(side in folded for side in rules.sides) > 1:
        words += rules.sides
    for word in words:
        pos = folded.find(word)
        while pos >= 0:
            spots.append(pos)
            pos = folded.find(word, pos + 1)
    return tuple(sorted(spots))


def has_spot(spots: Sequence[int], start: int, end: int) -> bool:
    """Whether a spot of `description_spots` lies in [start, end)."""
    index = bisect_left(spots, start)
    return index < len(spots) and spots[index] < end


# After a plural description: "of"/"from", also after a second noun ("the leaders or representatives of").
_OWNED_BY = re.compile(r"(?:\s+(?:or|and)\s+[a-z][\w-]*)?\s+(?:of|from)(?![\w-])")
# A capitalised word after a plural description: a title before names ("the presidents Kessel and Roth").
_NAMES_AFTER = re.compile(r"\s+[A-Z]")
# How many words before a plural description are read for "the", a number and a qualifier.
_WORDS_BEFORE = 3


@dataclass(frozen=True, slots=True)
class Description:
    """A passage's description of participants by role: a plural one's family ("president"), how many it says
    (0: not said) and the owners listed after it ("of Valdoria and Tarnia"; None: none listed); or a side
    (`side`: "side:government") named together with the other."""

    family: str
    wanted: int = 0
    owners: tuple[str, ...] | None = None
    side: str = ""


def descriptions(
    text: str, folded: str, start: int, end: int, named: Sequence[ActorMention], rules: RoleRules
) -> tuple[Description, ...]:
    """The descriptions of participants by role in the passage text[start:end] (`folded`: the document folded,
    `text.fold`); the registry is read only for a passage that has one."""
    found_all: list[Description] = []
    if rules.description is not None:
        # from the space before the passage: the pattern opens on one
        for found in rules.description.finditer(folded, max(0, start - 1), end):
            wanted = _determined(folded[max(start, found.start(1) - 40) : found.start(1)], rules)
            owned = _OWNED_BY.match(folded, found.end(), end)
            if wanted is None and owned is None:
                continue  # "rebel leaders", "six generals", "European leaders": not (only) the holders named
            if owned is None and _NAMES_AFTER.match(text, found.end(), end):
                continue  # "the presidents Kessel and Roth": a title before names
            family = rules.plurals[" ".join(found[1].split())]
            owners = tuple(_listed(text, owned.end(), end, named)) if owned is not None else None
            found_all.append(Description(family, wanted or 0, owners))
    if rules.both_sides is not None:
        for found in rules.both_sides.finditer(folded, max(0, start - 1), end):
            if found["a"] != found["b"]:
                found_all.extend(Description("", side=f"{SIDE}:{side}") for side in (found["a"], found["b"]))
    return tuple(found_all)


def described_holders(described: Sequence[Description], holders: Sequence[Holder]) -> tuple[tuple[str, str], ...]:
    """(canonical, kind) of the holders the descriptions stand for, in order: exactly the matching ones."""
    out: list[tuple[str, str]] = []
    for description in described:
        if description.side:
            out.extend(_side_holder(holders, description.side))
            continue
        fitting = [h for h in holders if description.family in h.families]
        if description.owners is not None:
            for owner in description.owners:
                of_owner = [h for h in fitting if owner in h.of]
                if len(of_owner) == 1:
                    out.append((of_owner[0].canonical, of_owner[0].kind))
        elif len(fitting) == description.wanted or (not description.wanted and 2 <= len(fitting) <= MAX_UNCOUNTED):
            out.extend((h.canonical, h.kind) for h in fitting)
    return tuple(dict.fromkeys(out))


def _determined(before: str, rules: RoleRules) -> int | None:
    """How many holders a plural description stands for, from the words before it (lower case): its number
    ("the two", "both"), 0 for none ("the"), None when it is not definite ("rebel leaders", "six generals")."""
    words = before.split()[-_WORDS_BEFORE:]
    if words and words[-1] in rules.qualifiers:
        words.pop()
    said = words.pop() if words and words[-1] in _NUMBERS else None
    if words and words[-1] == "the":
        return _NUMBERS[said] if said else 0
    return _NUMBERS[said] if said == "both" else None


def _side_holder(holders: Sequence[Holder], side: str) -> tuple[tuple[str, str], ...]:
    """The one negotiator of a side, else its one leader."""
    of_side = [h for h in holders if side in h.of]
    for family in ("negotiator", "leader"):
        fitting = [h for h in of_side if family in h.families]
        if len(fitting) == 1:
            return ((fitting[0].canonical, fitting[0].kind),)
    return ()


def _listed(text: str, at: int, end: int, named: Sequence[ActorMention]) -> list[str]:
    """The canonical names of the states and bodies listed right after "of"/"from" at text[at:end] ("of
    Valdoria, Tarnia and Ostrand")."""
    opened = _LIST_OPEN.match(text, at, end)
    pos = opened.end() if opened else at
    owners: list[str] = []
    for mention in actors_within(named, pos, min(end, at + _LIST_REACH)):
        gap = text[pos : mention.start]
        joined = not gap if not owners else (not gap or _LIST_JOIN.fullmatch(gap) is not None)
        if not joined or mention.kind == PERSON:
            break
        owners.append(mention.canonical)
        pos = mention.end
    return owners
