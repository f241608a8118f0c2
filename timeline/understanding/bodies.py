"""Bodies a document names by a description: a document-level registry of the bodies it names, and the
descriptions that resolve against it.

"Libya's election commission on Wednesday proposed ..." names no body by name, but the document names the
High National Elections Commission elsewhere, before or after; "the U.N. mission said" is the UNSMIL of a photo
credit; "10 March 2021 - Parliament endorses ..." is the House of Representatives named in the text above.
The registry holds every organisation, UN body and armed group the document names by a name of its own, with
the words of all its names (the gazetteer's other names of it too) and the classes of their head nouns
(`data/en/body_heads.txt` says which heads and forms are read, with examples).  A description resolves only
to the one registered body it fits; one fitting none or several adds nobody.
"""

from __future__ import annotations

import functools
import os
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from timeline.core.data import DATA_DIR
from timeline.text.fold import fold
from timeline.understanding.actors import ActorMention, Gazetteer
from timeline.understanding.rulefiles import read_rule_file

BODY_HEADS = DATA_DIR / "en" / "body_heads.txt"
RULE = "registered"
_BODY_KINDS = frozenset({"organisation", "un_body", "armed_group"})
# mentions that name a body by a description themselves: no entry of the registry
_DESCRIBING_RULES = frozenset({"description", "qualified_description", "definite", RULE})
# the most words read between "the" (or a possessive) and the head
_MAX_WORDS = 3
# how far before a head its words are read (characters)
_REACH = 60
# words of a name that make no initials ("Support Mission in Libya" is "SMIL")
_NAME_LINKS = frozenset({"of", "in", "for", "the", "and", "on"})
# what may stand right before a capitalised head opening a sentence or a line
_OPENERS = '.!?:;\n"“—–-'
# "U.N.", "U.S.": a word ending in a full stop that ends no sentence
_INITIALISM = re.compile(r"(?:[A-Za-z]\.){2,}")


@dataclass(frozen=True, slots=True)
class BodyRules:
    """The head nouns of `data/en/body_heads.txt` (lower case) and their classes, compiled."""

    classes: dict[str, str]
    heads: re.Pattern[str] | None


@functools.cache
def load_body_rules(path: str | os.PathLike[str] = BODY_HEADS) -> BodyRules:
    rows = read_rule_file(path, columns=2).rows
    classes = {" ".join(head.lower().split()): cls.strip().lower() for head, cls in rows}
    alternatives = "|".join(sorted(map(re.escape, classes), key=len, reverse=True))
    return BodyRules(classes, re.compile(rf"(?<![\w-])(?i:{alternatives})(?![\w-])") if classes else None)


@dataclass(frozen=True, slots=True)
class Body:
    """A body the document names: its canonical name and kind, the classes of its heads, the keys its
    description's words may be (lower case: its words, their singulars, initials of runs of them) and the
    states its names name."""

    canonical: str
    kind: str
    classes: frozenset[str]
    keys: frozenset[str]
    states: frozenset[str]


def registry(named: Sequence[ActorMention], gaz: Gazetteer, rules: BodyRules) -> tuple[Body, ...]:
    """Every body the document names by a name of its own, each once."""
    names: dict[str, tuple[str, set[str]]] = {}
    for mention in named:
        if mention.kind in _BODY_KINDS and mention.rule not in _DESCRIBING_RULES:
            entry = names.setdefault(mention.canonical, (mention.kind, {fold(mention.canonical)}))
            entry[1].add(fold(mention.surface))
    if not names:
        return ()
    other_names = _other_names(gaz.aliases)
    states = _state_words(gaz.state_demonyms)
    bodies: list[Body] = []
    for canonical, (kind, forms) in names.items():
        forms |= other_names.get(canonical, set())
        keys: set[str] = set()
        classes: set[str] = set()
        owners: set[str] = set()
        for form in forms:
            words = form.split()
            keys.update(words)
            keys.update(w[:-1] for w in words if len(w) > 3 and w.endswith("s"))
            classes.update(rules.classes[w] for w in words if w in rules.classes)
            owners.update(states[w] for w in words if w in states)
            keys.update(_initials(words))
        if classes:
            bodies.append(Body(canonical, kind, frozenset(classes), frozenset(keys), frozenset(owners)))
    return tuple(bodies)


def _initials(words: Sequence[str]) -> set[str]:
    """The initials of every run of two to four words of a name without its links ("united nations": "un")."""
    kept = [w for w in words if w not in _NAME_LINKS]
    return {"".join(w[0] for w in kept[i : i + n]) for n in (2, 3, 4) for i in range(len(kept) - n + 1)}


@functools.cache
def _other_names(aliases: tuple[tuple[str, str], ...]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for alias, canonical in aliases:
        out.setdefault(canonical, set()).add(alias)
    return out


@functools.cache
def _state_words(state_demonyms: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """A state's name and demonym (folded, one word) -> the state."""
    out: dict[str, str] = {}
    for state, demonym in state_demonyms:
        for form in (state, demonym):
            if form and " " not in (folded := fold(form).strip()):
                out[folded] = state
    return out


def with_registered_bodies(
    text: str, named: Sequence[ActorMention], gaz: Gazetteer, rules: BodyRules | None = None
) -> tuple[ActorMention, ...]:
    """`named` (sorted, non-overlapping) with the descriptions of registered bodies it does not cover."""
    rules = rules or load_body_rules()
    if rules.heads is None or not any(m.kind in _BODY_KINDS for m in named):
        return tuple(named)
    bodies = registry(named, gaz, rules)
    if not bodies:
        return tuple(named)
    ends = {m.end: m for m in named}
    main = _main_state(named)
    added: list[ActorMention] = []
    for found in rules.heads.finditer(text):
        start, end = found.span()
        if text.startswith(" of ", end):
            continue  # "the commission of inquiry", "the army of Valdoria"
        described = _description(text, start, end, ends, gaz)
        if described is None:
            continue
        opens, words, owner = described
        cls = rules.classes[found[0].lower()]
        fitting = {
            (b.canonical, b.kind)
            for b in bodies
            if cls in b.classes
            and all(_fits(w, b, gaz) for w in words)
            and (owner is None or owner in (b.states or {main}))
        }
        if len(fitting) == 1:
            canonical, kind = fitting.pop()
            added.append(ActorMention(opens, end, canonical, kind, text[opens:end], RULE))
    if not added:
        return tuple(named)
    return _merged(named, added)


def _description(
    text: str, start: int, end: int, ends: dict[int, ActorMention], gaz: Gazetteer
) -> tuple[int, tuple[str, ...], str | None] | None:
    """Where a description ending in the head text[start:end] opens, its words before the head (lower case)
    and the state owning it; None when the head opens no description of a body."""
    window = text[max(0, start - _REACH) : start]
    pos = opens = start
    words: list[str] = []
    for raw in reversed(window.split()[1:] if start > _REACH else window.split()):
        pos = text.rindex(raw, 0, pos)
        if raw in ("the", "The"):
            return (pos, tuple(words), None) if words else None
        if raw.endswith(("'s", "’s")):
            owner = ends.get(pos + len(raw) - 2)
            if owner is None or owner.kind != "state":
                return None
            return opens, tuple(words), owner.canonical
        if (
            len(words) == _MAX_WORDS
            or raw[-1] in ',;:()"“”'
            or not raw[0].isalnum()
            or (raw[-1] in ".!?" and not _INITIALISM.fullmatch(raw))
        ):
            break
        words.append(raw.lower())
        opens = pos
    if words or not text[start].isupper():
        return None
    before = text[max(0, start - 3) : start].rstrip(" ")
    if before and before[-1] not in _OPENERS:
        return None
    # "Army chief General X": a title, not the body
    following = text[end : end + 30].split()
    if following and f"{fold(text[start:end]).strip()} {fold(following[0]).strip()}" in gaz.titles:
        return None
    return start, (), None


def _fits(word: str, body: Body, gaz: Gazetteer) -> bool:
    """Whether a word before the head says what the body is: a qualifier or a word of its names."""
    if word in gaz.qualifier_words or ("-" in word and word.endswith(gaz.qualifier_endings)):
        return True
    key = re.sub(r"\W", "", word)
    return bool(key) and (key in body.keys or (len(key) > 3 and key.endswith("s") and key[:-1] in body.keys))


def _main_state(named: Sequence[ActorMention]) -> str | None:
    """The state the document names most, if one is named more often than any other."""
    counts = Counter(m.canonical for m in named if m.kind == "state").most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
        return None
    return counts[0][0]


def _merged(named: Sequence[ActorMention], added: Sequence[ActorMention]) -> tuple[ActorMention, ...]:
    """The mentions with the added ones that overlap none of them."""
    starts = sorted((m.start, m.end) for m in named)
    kept = list(named)
    for mention in added:
        if not any(s < mention.end and mention.start < e for s, e in starts):
            kept.append(mention)
            starts.append((mention.start, mention.end))
    return tuple(sorted(kept))
