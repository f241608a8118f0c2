"""A state's institutions named bare by their capitalised proper name: "The Senate approved the bill",
"Parliament passed the accord", "until Congress cut military aid", "the Interior Ministry said".

Capitalised and qualified by no state, such a word names the one institution of the state the article is
about: a reader knows whose it is, and the annotators list it as written.  `data/en/bare_institutions.txt`
lists the names and says which occurrences are read (with examples).  This runs after every other way of
naming an actor, so that a state's organ ("the Kenyan Parliament"), a longer name ("the General National
Congress") or a body the document names ("Parliament endorses" for the House of Representatives named before)
wins, and a mention of it is added only where no other covers its words.
"""

from __future__ import annotations

import functools
import os
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter

from timeline.core.data import DATA_DIR
from timeline.understanding.actors import ActorMention, Gazetteer
from timeline.understanding.rulefiles import read_rule_file

BARE_INSTITUTIONS = DATA_DIR / "en" / "bare_institutions.txt"
RULE = "institution"
_START = attrgetter("start")
# the word right before a name: a capitalised word makes it part of a longer name ("General National
# Congress"), a possessive or a demonym the organ of whoever owns it
_WORD_BEFORE = re.compile(r"([\w'’.-]+)\s+$")
# the word right after it
_WORD_AFTER = re.compile(r"\s+([\w'’.-]+)")
# what may end the text before a sentence's first word
_SENTENCE_OPENERS = '.!?:;\n"“—–-'
# "U.S.", "U.N.": a word ending in a full stop that ends no sentence
_INITIALISM = re.compile(r"(?:[A-Za-z]\.){2,}")
# a letter, digit or hyphen right before a name makes it part of a word ("Subcommittee", "ex-Parliament")
_WORD_CHAR = re.compile(r"[\w-]")


@dataclass(frozen=True, slots=True)
class InstitutionRules:
    """The names (as written, capitals required) and the kind each gives, as one pattern."""

    kinds: dict[str, str]
    pattern: re.Pattern[str] | None


@functools.cache
def load_institution_rules(path: str | os.PathLike[str] = BARE_INSTITUTIONS) -> InstitutionRules:
    rows = read_rule_file(path, columns=2).rows
    kinds = {" ".join(name.split()): kind.strip() for name, kind in rows}
    if not kinds:
        return InstitutionRules({}, None)
    # the longest first: "State Duma" before "Duma"; no letter, digit or hyphen after (the one before is
    # checked by `_WORD_CHAR`: a look-behind opening the pattern would stop `re` from skipping ahead to the
    # names' first letters, and cost this scan four times as much)
    names = sorted(kinds, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, name.split())) for name in names)
    return InstitutionRules(kinds, re.compile(rf"(?:{alternatives})(?![\w-])"))


def with_bare_institutions(
    text: str, named: Sequence[ActorMention], gaz: Gazetteer, rules: InstitutionRules | None = None
) -> tuple[ActorMention, ...]:
    """`named` (sorted, non-overlapping) with the bare institutions no mention covers."""
    rules = rules or load_institution_rules()
    if rules.pattern is None:
        return tuple(named)
    added: list[ActorMention] = []
    for match in rules.pattern.finditer(text):
        start, end = match.span()
        if start and _WORD_CHAR.match(text, start - 1):
            continue
        inside = bisect_right(named, end - 1, key=_START) - 1
        if inside >= 0 and named[inside].end > start:
            continue  # covered: an organ, a longer name, a registered body
        if not _bare(text, start, end, gaz):
            continue
        name = " ".join(match.group().split())
        added.append(ActorMention(start, end, name, rules.kinds[name], text[start:end], RULE))
    if not added:
        return tuple(named)
    return tuple(sorted([*named, *added]))


def _bare(text: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """Whether the name at text[start:end] stands alone: no capitalised word, possessive or demonym right before
    it (other than a sentence's first "The"), no "of", capitalised word or title right after it."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and not _ends_sentence(text, before):
        word = before.group(1)
        if word.endswith(("'s", "’s", "'", "’")):
            return False  # "Kenya's Parliament", "Mrs. Chamorro's Congress": an owner's
        if word[0].isupper() and not (word == "The" and _opens_sentence(text, before.start(1))):
            return False  # "the General National Congress", "the Kenyan Parliament"
    after = _WORD_AFTER.match(text, end)
    if after is not None:
        word = after.group(1)
        if word == "of" or word[0].isupper():
            return False  # "the Congress of ...", "Parliament Street"
        name_and_word = f"{text[start:end].lower()} {word.lower()}"
        if word.lower() in gaz.titles or name_and_word in gaz.titles:
            return False  # "Parliament speaker A": the title's qualifier
    return True


def _ends_sentence(text: str, before: re.Match[str]) -> bool:
    """Whether the word before a name ends a sentence or a line ("... on Monday.\\n\\nParliament ratified"): the
    name opens the next one."""
    word = before.group(1)
    return "\n" in text[before.end(1) : before.end()] or (word[-1] in ".!?:;" and not _INITIALISM.fullmatch(word))


def _opens_sentence(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos].rstrip(" ")
    return not before or before[-1] in _SENTENCE_OPENERS
