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
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter

from timeline.core.data import DATA_DIR
from timeline.understanding.actors import PERSON, ActorMention, Gazetteer
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
_START = attrgetter("start")
_WORD = re.compile(r"[^\W_]+")
# "U.N.", "U.S.": a word ending in a full stop that ends no sentence
_INITIALISM = re.compile(r"(?:[A-Za-z]\.){2,}")


@dataclass(frozen=True, slots=True)
class BodyRules:
    """The head nouns of `data/en/body_heads.txt` (lower case) and their classes, compiled."""

    classes: dict[str, str]


@functools.cache
def load_body_rules(path: str | os.PathLike[str] = BODY_HEADS) -> BodyRules:
    rows = read_rule_file(path, columns=2).rows
    return BodyRules({" ".join(head.lower().split()): cls.strip().lower() for head, cls in rows})


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
            names.setdefault(mention.canonical, (mention.kind, set()))[1].add(mention.surface)
    found = (
        _kept_body(canonical, kind, frozenset(surfaces), gaz, rules) for canonical, (kind, surfaces) in names.items()
    )
    return tuple(body for body in found if body is not None)


# (canonical, kind, surfaces) -> (the gazetteer's aliases and the rules it was made with, the body)
_BODIES: dict[tuple[str, str, frozenset[str]], tuple[object, object, Body | None]] = {}
_KEPT_BODIES = 4096


def _kept_body(canonical: str, kind: str, surfaces: frozenset[str], gaz: Gazetteer, rules: BodyRules) -> Body | None:
    """`_body`, kept across documents for the same gazetteer and rules (the same bodies recur in a corpus)."""
    key = (canonical, kind, surfaces)
    kept = _BODIES.get(key)
    if kept is not None and kept[0] is gaz.aliases and kept[1] is rules:
        return kept[2]
    if len(_BODIES) >= _KEPT_BODIES:
        _BODIES.clear()
    body = _body(canonical, kind, surfaces, gaz, rules)
    _BODIES[key] = (gaz.aliases, rules, body)
    return body


def _body(canonical: str, kind: str, surfaces: frozenset[str], gaz: Gazetteer, rules: BodyRules) -> Body | None:
    """A body's entry from its canonical name, the forms the document writes it in and the gazetteer's other
    names of it (kept across documents: the same bodies recur in a corpus)."""
    forms = {_words(canonical), *map(_words, surfaces), *_other_names(gaz.aliases).get(canonical, ())}
    states = _state_words(gaz.state_demonyms)
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
    return Body(canonical, kind, frozenset(classes), frozenset(keys), frozenset(owners)) if classes else None


def _words(name: str) -> str:
    """A name's words in lower case, its punctuation as spaces, as the gazetteer's aliases are written (not
    `text.fold`, whose one remembered text is the document's, folded for its passages)."""
    return " ".join(_WORD.findall(name.lower()))


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
            if form and " " not in (folded := _words(form)):
                out[folded] = state
    return out


def with_registered_bodies(
    text: str,
    named: Sequence[ActorMention],
    gaz: Gazetteer,
    rules: BodyRules | None = None,
    folded: str | None = None,
) -> tuple[ActorMention, ...]:
    """`named` (sorted, non-overlapping) with the descriptions of registered bodies it does not cover.
    `folded`: the text folded (`text.fold`, lower case of the same length), when the caller has it."""
    rules = rules or load_body_rules()
    if not rules.classes or not any(m.kind in _BODY_KINDS for m in named):
        return tuple(named)
    # the registry first: only the heads of the classes its bodies have are looked for (its entries are kept
    # across documents, and each head looked for is a search of the whole text)
    bodies = registry(named, gaz, rules)
    classes = {cls for body in bodies for cls in body.classes}
    if not classes:
        return tuple(named)
    said: list[tuple[int, int, str, tuple[str, ...], str | None]] = []
    lowered = folded if folded is not None and len(folded) == len(text) else text.lower()
    for start, end in _head_spans(lowered, [head for head, cls in rules.classes.items() if cls in classes]):
        if text.startswith(" of ", end):
            continue  # "the commission of inquiry", "the army of Valdoria"
        inside = bisect_right(named, start, key=_START) - 1
        if inside >= 0 and named[inside].end > start:
            continue  # in a name ("Joint Military Commission")
        following = text[end : end + 30].split()
        if following and f"{lowered[start:end]} {_words(following[0])}" in gaz.titles:
            continue  # "Ethiopia's army chief", "Army chief General X": a title, not the body
        described = _description(text, start, end, named, gaz)
        if described is not None:
            said.append((described[0], end, rules.classes[lowered[start:end]], described[1], described[2]))
    if not said:
        return tuple(named)
    main = _main_state(named)
    added: list[ActorMention] = []
    for opens, end, cls, words, owner in said:
        fitting = {
            (b.canonical, b.kind)
            for b in bodies
            if cls in b.classes
            and all(_fits(w, b, gaz) for w in words)
            # a state owns no armed group: "Sudan's army" is its military, not the Sudan People's Liberation Army
            and (owner is None or (b.kind != "armed_group" and owner in (b.states or {main})))
        }
        if len(fitting) == 1:
            canonical, kind = fitting.pop()
            added.append(ActorMention(opens, end, canonical, kind, text[opens:end], RULE))
    if not added:
        return tuple(named)
    return _merged(named, added)


def _head_spans(lowered: str, heads: Sequence[str]) -> list[tuple[int, int]]:
    """Where a head noun stands as a word in the lower-cased text, in order: str.find for each (a pattern of
    all of them, tried at every position, cost more than the rest of the pass)."""
    spans: list[tuple[int, int]] = []
    for head in heads:
        pos = lowered.find(head)
        while pos >= 0:
            end = pos + len(head)
            if not (pos and (lowered[pos - 1].isalnum() or lowered[pos - 1] in "-_")) and not (
                lowered[end : end + 1].isalnum() or lowered[end : end + 1] in ("-", "_")
            ):
                spans.append((pos, end))
            pos = lowered.find(head, end)
    return sorted(spans)


def _description(
    text: str, start: int, end: int, named: Sequence[ActorMention], gaz: Gazetteer
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
            at = bisect_right(named, pos, key=_START) - 1
            owner = named[at] if at >= 0 else None
            if owner is None or owner.end != pos + len(raw) - 2 or owner.kind != "state":
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
    """The mentions with the added ones, each replacing the names among its words ("the U.N. mission": the UN
    only says which mission); one overlapping anything else is left out."""
    kept = list(named)
    for mention in added:
        inner = [m for m in kept if m.start < mention.end and mention.start < m.end]
        if all(mention.start <= m.start and m.end <= mention.end and m.kind != PERSON for m in inner):
            kept = [m for m in kept if m not in inner] if inner else kept
            kept.append(mention)
    return tuple(sorted(kept))
