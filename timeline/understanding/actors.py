"""Actors named in a text: people, organisations, states, armed groups and UN bodies.

Known actors come from gazetteer files (CSV, see `load_gazetteer`); the
built-in `data/actors.csv` covers the Libyan conflict of 2011-2022 and its
foreign players, and a user adds files for another conflict without touching
code.  Every alias, demonym, capital and title of all loaded files goes into
one Aho-Corasick automaton, so a document is matched in a single pass over
its text; context rules then decide what a match means:

* an alias names its actor.  Matching ignores case and diacritics, except
  that an alias written with a capital initial needs a capital initial in
  the text ("Turkey" the state, not "turkey" the bird), and an alias written
  all in capitals (an acronym: "UN", "US", "GNA") must be in capitals;
* a demonym ("Russian", "Turkish") names its state only when an agent noun
  follows within a few words ("the Russian and Turkish foreign ministers",
  "Russian Foreign Minister", "the Egyptian side"); "the Libyan conflict"
  names nobody;
* a capital ("Moscow", "Ankara") names its state only as a metonym: when
  possessive ("Moscow's support") or in subject position, i.e. at a clause
  start and followed by a lowercase word ("Moscow has backed Haftar",
  "..., Ankara started sending").  "in Moscow", "your Moscow visit" and
  "the capital, Moscow," are places;
* a state name that only qualifies a place ("talks in Moscow, Russia") is a
  place too; otherwise a state name is always an actor;
* a title ("Foreign Minister", "Gen.", "Colonel") followed by two to four
  capitalised words that no gazetteer knows gives an actor of kind
  ``unknown`` under the name as written; later mentions of its surname in
  the same text are that actor too.

The English words these rules read a name with (name particles such as "al"
and "bin", words that end a name, clause openers) are rule files under
`timeline/data/` with examples the tests run; they are read into the
`Gazetteer` with the actors, so one object carries all that matching needs.
"""

from __future__ import annotations

import csv
import functools
import os
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

from timeline.core.data import DATA_DIR
from timeline.core.errors import DataFileError
from timeline.text.automaton import leftmost_longest, phrase_automaton, phrase_hits
from timeline.text.fold import Case, case_of, fold
from timeline.understanding.rulefiles import read_rule_file

BUILTIN_GAZETTEER = DATA_DIR / "actors.csv"
BUILTIN_ROLES = DATA_DIR / "actors_roles.csv"

KINDS: tuple[str, ...] = ("person", "state", "organisation", "armed_group", "un_body", "unknown")
UNKNOWN = "unknown"

Use = Literal["alias", "demonym", "capital", "title"]

# Words a demonym may be separated from its agent noun by ("Russian and
# Turkish foreign ministers": and, Turkish, foreign).
DEMONYM_REACH = 5
# An unknown name is two to four capitalised words after a title.
NAME_MIN_WORDS, NAME_MAX_WORDS = 2, 4
# A surname shorter than this is too likely an ordinary word to follow alone.
SURNAME_MIN_CHARS = 4


class ActorMention(NamedTuple):
    """An actor named at text[start:end].

    A NamedTuple rather than a dataclass: a document has dozens of mentions and
    tuple construction keeps `find_actors` within its time budget.
    """

    start: int
    end: int
    canonical: str
    kind: str
    surface: str
    # alias, demonym, capital, title (a name after a title) or surname (its later mentions).
    rule: str


@dataclass(frozen=True, slots=True)
class _Entry:
    canonical: str
    kind: str
    use: Use
    case: Case


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Gazetteer:
    """The loaded gazetteer: one automaton over every pattern, the role word lists, and the English
    rules of reading a name no gazetteer knows."""

    # see `timeline.text.automaton`; payload (canonical, kind, use, case)
    automaton: Any
    agents: frozenset[str]
    modifiers: frozenset[str]
    place_nouns: frozenset[str]
    demonyms: frozenset[str]
    aliases: tuple[tuple[str, str], ...]  # (folded alias, canonical) of alias entries, for other matchers
    sources: tuple[str, ...]
    name_word: re.Pattern[str]  # one word of an unknown name, with its particle ("al-Tawil")
    name_stop_words: frozenset[str]  # lower case: words that end an unknown name
    clause_openers: frozenset[str]  # lower case: words after which a capital is in subject position


# --- loading ----------------------------------------------------------------------------------------

# English rules of name reading, one concept a file (see `timeline.understanding.rulefiles`).
NAME_PARTICLES = DATA_DIR / "en" / "name_particles.txt"
NAME_STOP_WORDS = DATA_DIR / "en" / "name_stop_words.txt"
CLAUSE_OPENERS = DATA_DIR / "en" / "clause_openers.txt"


def load_gazetteer(*paths: str | os.PathLike[str], builtin: bool = True) -> Gazetteer:
    """A new gazetteer of the built-in files (unless `builtin=False`) and `paths`.

    Each file is recognised by its header:

    * actors: ``canonical,kind,aliases[,demonyms][,capitals]``; aliases,
      demonyms and capitals are "|"-separated.  The canonical name is an
      alias of itself.
    * roles: ``phrase,use`` with use ``title`` (introduces a name: "Foreign
      Minister"), ``agent`` (a noun that makes a preceding demonym an actor:
      "minister", "forces"; plurals are added), ``modifier`` (may stand
      between demonym and agent: "foreign", "and") or ``place_noun`` (after a
      capital, marks a place: "Moscow talks").

    Files are read in order, built-in first.  A pattern (alias, demonym,
    capital or title, compared folded) belongs to the file read last that
    names it; a row repeating a canonical name adds its aliases, and its kind
    replaces the earlier one.  The English rules of reading names (particles,
    stop words, clause openers) always come from the built-in rule files.

    Raises DataFileError naming the file (and line) for a file that cannot be read, has neither
    header, or has a bad row.
    """
    files = [*((str(BUILTIN_GAZETTEER), str(BUILTIN_ROLES)) if builtin else ()), *map(str, paths)]
    entries: dict[str, _Entry] = {}
    kinds: dict[str, str] = {}
    roles: dict[str, set[str]] = {"agent": set(), "modifier": set(), "place_noun": set()}
    titles: dict[str, str] = {}
    for path in files:
        header, body = _read_csv(path)
        if "canonical" in header:
            _add_actor_rows(path, body, entries, kinds)
        elif "phrase" in header:
            _add_role_rows(path, body, roles, titles)
        else:
            raise DataFileError(f"{path}: neither an actors file (canonical,kind,...) nor a roles file (phrase,use)")
    for key, phrase in titles.items():
        entries.setdefault(key, _Entry("", "", "title", case_of(phrase)))
    # Kinds follow the last row naming the canonical, whichever file gave the alias.
    entries = {k: _Entry(e.canonical, kinds.get(e.canonical, e.kind), e.use, e.case) for k, e in entries.items()}
    automaton = phrase_automaton((key, (e.canonical, e.kind, e.use, e.case)) for key, e in entries.items())
    agents = frozenset(_plurals(roles["agent"]))
    demonyms = frozenset(k for k, e in entries.items() if e.use == "demonym")
    particles = "|".join(map(re.escape, read_rule_file(NAME_PARTICLES).words()))
    particle = rf"(?:(?:{particles})[-\s]+)?" if particles else ""
    return Gazetteer(
        automaton=automaton,
        agents=agents,
        modifiers=frozenset(roles["modifier"]),
        place_nouns=frozenset(roles["place_noun"]),
        demonyms=demonyms,
        aliases=tuple((k, e.canonical) for k, e in entries.items() if e.use == "alias"),
        sources=tuple(files),
        name_word=re.compile(rf"{particle}[A-Z][\w'’-]*[\w]"),
        name_stop_words=frozenset(w.lower() for w in read_rule_file(NAME_STOP_WORDS).words()),
        clause_openers=frozenset(w.lower() for w in read_rule_file(CLAUSE_OPENERS).words()),
    )


@functools.cache
def builtin_gazetteer() -> Gazetteer:
    """The gazetteer of the built-in files, built on first use: the default where none is given."""
    return load_gazetteer()


# (line number, row) of a CSV file, the row's keys lower-cased and its cells stripped.
_Rows = list[tuple[int, dict[str, str]]]


def _read_csv(path: str) -> tuple[list[str], _Rows]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            rows = [(reader.line_num, row) for row in reader]
            header = [h.strip().lower() for h in reader.fieldnames or ()]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise DataFileError(f"{path}: cannot read gazetteer file ({exc})") from exc
    clean = [(n, {(k or "").strip().lower(): (v or "").strip() for k, v in row.items() if k}) for n, row in rows]
    return header, clean


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def _key(pattern: str) -> str:
    return fold(pattern).strip()


def _add_actor_rows(path: str, rows: _Rows, entries: dict[str, _Entry], kinds: dict[str, str]) -> None:
    for line, row in rows:
        canonical, kind = row.get("canonical", ""), row.get("kind", "") or UNKNOWN
        if not canonical:
            raise DataFileError(f"{path}:{line}: no canonical name")
        if kind not in KINDS:
            raise DataFileError(f"{path}:{line}: kind {kind!r} is none of {', '.join(KINDS)}")
        kinds[canonical] = kind
        uses: list[tuple[Use, str]] = [("alias", canonical), *(("alias", a) for a in _split(row.get("aliases", "")))]
        uses += [("demonym", d) for d in _split(row.get("demonyms", ""))]
        uses += [("capital", c) for c in _split(row.get("capitals", ""))]
        for use, pattern in uses:
            key = _key(pattern)
            if key:
                entries[key] = _Entry(canonical, kind, use, case_of(pattern))


def _add_role_rows(path: str, rows: _Rows, roles: dict[str, set[str]], titles: dict[str, str]) -> None:
    for line, row in rows:
        phrase, use = row.get("phrase", ""), row.get("use", "").lower()
        if use == "title" and _key(phrase):
            titles[_key(phrase)] = phrase
        elif use in roles and phrase:
            # "," is a modifier: it may separate two demonyms.
            roles[use].add(phrase if phrase == "," else _key(phrase))
        else:
            raise DataFileError(f"{path}:{line}: a role row needs a phrase and a use (title, {', '.join(roles)})")


def _plurals(words: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for word in words:
        out.add(word)
        if word.endswith("y") and not word.endswith(("ay", "ey", "oy")):
            out.add(word[:-1] + "ies")
        elif not word.endswith("s"):
            out.add(word + "s")
    return out


# --- matching -----------------------------------------------------------------------------------------

# The run of words and commas after a position (up to other punctuation), and its tokens.
_WORDS = re.compile(r"(?:\s*(?:,|[^\W\d_][\w'’-]*))+")
_TOKEN = re.compile(r",|[^\W\d_][\w'’-]*")
_WORDS_REACH = 80
_FIRST_WORD = re.compile(r"\s+([^\W\d_][\w'’-]*)")
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|from|to|near|outside|into|toward|towards|across)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?,\s*$"
)
# (start, end, (canonical, kind, use, case)) of a match, before context rules.
_Match = tuple[int, int, tuple[str, str, str, Case]]
_new_mention = tuple.__new__  # builds an ActorMention without the Python-level __new__ (hot loop)


def find_actors(text: str, gazetteer: Gazetteer | None = None) -> tuple[ActorMention, ...]:
    """Every actor mention in a text, in text order, non-overlapping (leftmost-longest)."""
    gaz = gazetteer or builtin_gazetteer()
    if not text or not len(gaz.automaton):
        return ()
    # A capitalised alias needs a capital in the text, an acronym capitals.  (A comprehension, not a
    # generator, feeds the leftmost-longest choice: this is the hot loop of a document.)
    hits = [
        hit for hit in phrase_hits(gaz.automaton, fold(text))
        if (case := hit[2][3]) == "any"
        or (text[hit[0]].isupper() if case == "capital" else (surface := text[hit[0] : hit[1]]) == surface.upper())
    ]  # fmt: skip
    return _interpret(text, leftmost_longest(hits), gaz)


def _interpret(text: str, chosen: list[_Match], gaz: Gazetteer) -> tuple[ActorMention, ...]:
    found: list[ActorMention] = []
    titles: list[int] = []
    accepted_end = -10
    for start, end, (canonical, kind, use, _case) in chosen:
        if use != "alias":
            if use == "title":
                titles.append(end)
                continue
            if use == "demonym" and not _demonym_is_actor(text, end, gaz):
                continue
            if use == "capital" and not _capital_is_actor(text, start, end, accepted_end, gaz):
                continue
        elif kind == "state" and text[start - 2 : start] == ", " and _qualifies_place(text, start):
            continue
        found.append(_new_mention(ActorMention, (start, end, canonical, kind, text[start:end], use)))
        accepted_end = end
    if titles:
        found = _add_unknown_names(text, titles, chosen, found, gaz)
    return tuple(found)


def _qualifies_place(text: str, start: int) -> bool:
    """A state after "in <Place>, ": the place's country, not an actor ("talks in Moscow, Russia")."""
    return _LOCATIVE_BEFORE.search(text, max(0, start - 40), start) is not None


def _words_after(text: str, pos: int, limit: int) -> list[str]:
    """Up to `limit` lower-cased words (or commas) right after pos, stopping at other punctuation."""
    match = _WORDS.match(text, pos, pos + _WORDS_REACH)
    if not match:
        return []
    tokens = _TOKEN.findall(match.group())[:limit]
    return [t.lower() if t.isascii() else fold(t).strip() for t in tokens]


def _demonym_is_actor(text: str, end: int, gaz: Gazetteer) -> bool:
    words = _words_after(text, end, DEMONYM_REACH)
    for i, word in enumerate(words):
        if word in gaz.agents or (i + 1 < len(words) and f"{word} {words[i + 1]}" in gaz.agents):
            return True
        if not (word in gaz.modifiers or word in gaz.demonyms):
            return False
    return False


def _capital_is_actor(text: str, start: int, end: int, accepted_end: int, gaz: Gazetteer) -> bool:
    if text.startswith(("'s", "’s"), end):
        return True
    following = _FIRST_WORD.match(text, end)
    if not following:
        return False
    next_word = following.group(1)
    if not next_word[0].islower() or next_word in gaz.place_nouns:
        return False
    before = text[max(0, start - 30) : start].rstrip()
    if not before or before[-1] in '.!?;:,"“\n•|':
        return True
    previous = before.rsplit(None, 1)[-1].lower()
    if previous == "and":
        # "Moscow and Ankara have ...": a conjunct shares the reading of the actor before it.
        return accepted_end >= 0 and text[accepted_end:start].strip() == "and"
    return previous in gaz.clause_openers


def _add_unknown_names(
    text: str, title_ends: list[int], chosen: list[_Match], found: list[ActorMention], gaz: Gazetteer
) -> list[ActorMention]:
    known = [(m[0], m[1]) for m in chosen if m[2][2] != "title"]
    starts = [s for s, _ in known]
    new: list[ActorMention] = []
    for title_end in title_ends:
        # Most titles precede a name the gazetteer knows: skip those before reading a name.
        after = bisect_left(starts, title_end)
        if after < len(starts) and starts[after] - title_end <= 2:
            continue
        span = _name_after(text, title_end, gaz)
        if span is None or _overlaps(span, known, starts) or any(m.start < span[1] and span[0] < m.end for m in new):
            continue
        name = " ".join(text[span[0] : span[1]].split())
        new.append(ActorMention(span[0], span[1], name, UNKNOWN, text[span[0] : span[1]], "title"))
    known_new = sorted([*known, *((m.start, m.end) for m in new)])
    for mention in list(new):
        # Each surname found is taken before the next name's are looked for: no two mentions overlap.
        found_here = _surname_mentions(text, mention, known_new, [s for s, _ in known_new])
        new.extend(found_here)
        known_new = sorted([*known_new, *((m.start, m.end) for m in found_here)])
    if not new:
        return found
    return sorted([*found, *new], key=lambda m: m.start)


def _name_after(text: str, pos: int, gaz: Gazetteer) -> tuple[int, int] | None:
    start = pos
    while start < len(text) and text[start] in " \t.":
        start += 1
    words: list[tuple[int, int]] = []
    cursor = start
    while len(words) < NAME_MAX_WORDS:
        match = gaz.name_word.match(text, cursor)
        if not match or match.group().lower() in gaz.name_stop_words:
            break
        words.append((match.start(), match.end()))
        cursor = match.end()
        if not text.startswith(" ", cursor):
            break
        cursor += 1
    if len(words) < NAME_MIN_WORDS:
        return None
    return words[0][0], words[-1][1]


def _overlaps(span: tuple[int, int], known: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether span overlaps any of the sorted, non-overlapping `known` spans."""
    i = bisect_left(starts, span[1])
    return i > 0 and known[i - 1][1] > span[0]


def _surname_mentions(
    text: str, mention: ActorMention, known: list[tuple[int, int]], starts: list[int]
) -> list[ActorMention]:
    surname = mention.surface.split()[-1]
    if len(surname) < SURNAME_MIN_CHARS:
        return []
    out: list[ActorMention] = []
    pos = text.find(surname, mention.end)
    while pos >= 0:
        end = pos + len(surname)
        bounded = not text[pos - 1].isalnum() and (end >= len(text) or not text[end].isalnum())
        if bounded and not _overlaps((pos, end), known, starts):
            out.append(ActorMention(pos, end, mention.canonical, UNKNOWN, surname, "surname"))
        pos = text.find(surname, end)
    return out


# --- spans and formatting -------------------------------------------------------------------------------


def actors_within(mentions: Sequence[ActorMention], start: int, end: int) -> tuple[ActorMention, ...]:
    """The mentions (sorted by start, as `find_actors` returns them) lying inside [start, end)."""
    first = bisect_left(mentions, start, key=lambda m: m.start)
    out: list[ActorMention] = []
    for mention in mentions[first:]:
        if mention.start >= end:
            break
        if mention.end <= end:
            out.append(mention)
    return tuple(out)


def unique_actors(mentions: Iterable[ActorMention]) -> tuple[tuple[str, str], ...]:
    """(canonical, kind) of each actor once, in order of first mention."""
    seen: dict[str, str] = {}
    for mention in mentions:
        seen.setdefault(mention.canonical, mention.kind)
    return tuple(seen.items())


def passage_actors(mentions: Sequence[ActorMention], start: int, end: int) -> tuple[tuple[str, str], ...]:
    """(canonical, kind) of the actors named inside [start, end): what an event's `actors` column lists."""
    return unique_actors(actors_within(mentions, start, end))


def format_actors(actors: Sequence[tuple[str, str]]) -> tuple[str, str]:
    """The frame's `actors` and `actor_kinds` cells."""
    return "; ".join(name for name, _ in actors), "; ".join(kind for _, kind in actors)
