"""Actors named in a text: people, organisations, states, armed groups and UN bodies.

Known actors come from gazetteer files (CSV, see `load_gazetteer`): every
state (`data/countries.csv`), international bodies and armed groups
(`data/actors_world.csv`), people of conflicts (`data/actors_people.csv`),
world leaders and UN bodies (`data/actors.csv`),
and country packs (`data/actors_libya.csv`: the Libyan conflict of 2011-2022)
whose generic names carry a scope: they name their actor only in a document
that names that country, so that Libya's "Presidential Council" or "Joint
Military Commission" is not another country's body of that name.  A user adds
files for another conflict, scoped or not, without touching code.

Every alias, demonym, capital and title of all loaded files goes into
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
  start and followed by a lowercase word ("Moscow has backed Varro",
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
import itertools
import os
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, Literal, NamedTuple

import ahocorasick

from timeline.core.data import DATA_DIR
from timeline.core.errors import DataFileError
from timeline.text.automaton import SharedPass, leftmost_longest, ordered_automaton, phrase_automaton
from timeline.text.fold import SYMBOL_LETTERS, case_of, fold
from timeline.text.letters import CAPITALS
from timeline.text.lexicon import MONTHS
from timeline.understanding.rulefiles import read_rule_file

BUILTIN_GAZETTEER = DATA_DIR / "actors.csv"
BUILTIN_ROLES = DATA_DIR / "actors_roles.csv"
# Every state: ISO 3166 names from pycountry, with short forms, demonyms and capitals from this file.
BUILTIN_COUNTRIES = DATA_DIR / "countries.csv"
# International and regional bodies, UN agencies and armed groups beyond one conflict.
BUILTIN_WORLD = DATA_DIR / "actors_world.csv"
# Heads of state and government, ministers, envoys and commanders of conflicts beyond one country.
BUILTIN_PEOPLE = DATA_DIR / "actors_people.csv"
# Country packs: rows with a scope, active in a document only where it names that country.
BUILTIN_PACKS = (DATA_DIR / "actors_libya.csv",)

KINDS: tuple[str, ...] = (
    "person", "state", "state_forces", "government", "organisation", "armed_group", "un_body", "unknown"
)  # fmt: skip
UNKNOWN = "unknown"
PERSON = "person"
# A state's organs (state_organs.txt): the kind and canonical name each gives: ACLED's "Military Forces of
# X"; a government as news and annotators name it, "Sudanese government" (ACLED's "Government of X" only for
# a state without a demonym); its legislature likewise, "Kenyan parliament" ("Parliament of X"); its cabinet by
# the phrase that names it, "Israeli security cabinet" ("{phrase}": the organ's words as written, in lower case).
ORGANS: dict[str, tuple[str, str]] = {
    "military": ("state_forces", "Military Forces of {state}"),
    "government": ("government", "{demonym} government"),
    "legislature": ("government", "{demonym} parliament"),
    "cabinet": ("government", "{demonym} {phrase}"),
}

Use = Literal[
    "alias",
    "demonym",
    "capital",
    "title",
    "head",
    "speech",
    "organ",
    "given",
    "member",
    "signing",
    "speaker",
    "age",
    "occupation",
]

# Words a demonym may be separated from its agent noun by ("Russian and
# Turkish foreign ministers": and, Turkish, foreign).
DEMONYM_REACH = 5
# An unknown name is two to four capitalised words after a title.
NAME_MIN_WORDS, NAME_MAX_WORDS = 2, 4
# A surname shorter than this is too likely an ordinary word to follow alone.
SURNAME_MIN_CHARS = 4
# A group recognised by its form: at most this many words before its head word.
GROUP_MAX_WORDS = 7
# How far before a title the name of "Name, the ... title" may end (characters).
APPOSITION_REACH = 70
# The ages an apposition gives a person ("Zorvan Dusek, 61,"): a number between two commas after a name.
AGE_RANGE = (16, 99)
# "the rebels" after two groups were named: the one named within this many characters before (about a
# sentence), if only one was.
DESCRIPTION_REACH = 200


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


# How an alias's case must match: `case_of`'s readings, "acronym" (capitals or a capitalised word: "Nato")
# and "mixed" (an acronym written with lower-case letters inside: "JeM", "HoR", "FAMa").
AliasCase = Literal["any", "capital", "exact", "acronym", "mixed"]
# A one-word alias with a lower-case letter right before a capital inside it is an acronym in mixed case.
_MIXED_CASE = re.compile(r"[A-Z][A-Za-z]*[a-z][A-Z][A-Za-z]*")


def _pattern_case(pattern: str) -> AliasCase:
    """How `pattern`'s case must match: as `case_of` reads it, except that an acronym written in mixed case
    ("JeM", Jaish-e-Mohammed) is no match for the same letters in capitals: "JEM" is another acronym (the
    Justice and Equality Movement), so the text must write a lower-case letter in it too."""
    if _MIXED_CASE.fullmatch(pattern):
        return "mixed"
    return case_of(pattern)


@dataclass(frozen=True, slots=True)
class _Entry:
    canonical: str
    kind: str
    use: Use
    case: AliasCase
    # The states (as written, and where: "file:line") one of which a text must name for this pattern
    # to name its actor there; () for everywhere.
    scope: tuple[str, ...] = ()
    where: str = ""


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Gazetteer:
    """The loaded gazetteer: one automaton over every pattern, the role word lists, and the English
    rules of reading a name no gazetteer knows."""

    # see `timeline.text.automaton`; payload (canonical, kind, use, case, scope: frozenset of states or None)
    automaton: Any
    agents: frozenset[str]
    modifiers: frozenset[str]
    place_nouns: frozenset[str]
    demonyms: frozenset[str]
    aliases: tuple[tuple[str, str], ...]  # (folded alias, canonical) of alias entries, for other matchers
    sources: tuple[str, ...]
    name_word: re.Pattern[str]  # one word of an unknown name, with its particle ("al-Tawil")
    name_run: re.Pattern[str]  # two to four such words ending where the search ends
    name_stop_words: frozenset[str]  # lower case: words that end an unknown name
    clause_openers: frozenset[str]  # lower case: words after which a capital is in subject position
    organ_after: re.Pattern[str]  # an organ phrase right after a state ("'s defence ministry", " army")
    organs: dict[str, str]  # lower-cased organ phrase -> organ (military, government)
    group_kinds: dict[str, str]  # head word of a group's name ("Forces", "Front") -> kind
    connectors: frozenset[str]  # lower-case words inside a group's name or between title and name
    determiners: frozenset[str]  # "<Name>, the ... adviser": words opening an apposition
    single_titles: frozenset[str]  # lower case: titles a one-word name may follow ("King Idris")
    known_as: re.Pattern[str]  # ", known as Tambor": a second name of the actor named right before
    known_as_words: tuple[str, ...]  # one of these is in every such phrase: a cheap test before the search
    # (" rebels", kind, other kinds, name words): "the rebels" names the one group named before; with name
    # words, the one whose name has one of them ("the bank": a body named "... Bank ...")
    descriptions: tuple[tuple[str, str, frozenset[str], frozenset[str]], ...]
    scoped: bool  # whether any pattern has a scope (its payload's fifth item: the states' canonical names)
    place_words: frozenset[str] = frozenset()  # lower case: "Victoria Falls", "Camp David Accords" are no person
    # lower case: a title's word opening a document's name ("the General Peace Agreement") introduces no person
    document_words: frozenset[str] = frozenset()
    # lower case: phrases that make a short line a credit line, (at its start, anywhere in it)
    credit_markers: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    group_plurals: tuple[tuple[str, str], ...] = ()  # (ending, kind): "the Maoists"
    particles: frozenset[str] = frozenset()  # lower case: "al", "bin": a surname's particle
    # (" called ", ...) and the group nouns one of which stands before: "a coalition called X"
    group_called: tuple[tuple[str, ...], frozenset[str]] = ((), frozenset())
    # lower case: "in" (also "in the") right before a state's name: the place where something happens
    place_before: frozenset[str] = frozenset()
    # a state's name before one of these ("Sudan Tribune") names a publication, not the state
    outlet_words: frozenset[str] = frozenset()
    place_ends: frozenset[str] = frozenset()  # their last letters and that of "the": a cheap test first
    # folded titles ("foreign minister", "envoy"), for the tests of a title before or after a name
    titles: frozenset[str] = frozenset()
    # lower case: honorifics ("mr", "mrs"), which open a person's name and are no part of it
    honorifics: frozenset[str] = frozenset()
    # lower case: titles whose holder speaks for the body before the title ("spokesman")
    speaking_for: frozenset[str] = frozenset()
    # lower case: words after a hyphen that end a noun compound inside a body's name ("Follow-up")
    hyphen_nouns: frozenset[str] = frozenset()
    # (" charity", kind): a group's name right after or before the noun ("the charity X", "the X group")
    group_apposed: tuple[tuple[str, str], ...] = ()
    # "-backed" after a name, "pro-" before it: the name only qualifies a noun (see `_qualifiers`)
    qualifier_after: re.Pattern[str] = re.compile("(?!)")
    qualifier_before: tuple[str, ...] = ()
    # lower case: fighters after "pro-<name>" that are the name's ("pro-Hamas gunmen"), not a qualifier's
    loyal_forces: frozenset[str] = frozenset()
    # a state's canonical name -> its first demonym: a government is named as news name it ("Ethiopian government")
    state_demonyms: tuple[tuple[str, str], ...] = ()
    # "Lawmakers", "the 75 delegates" (group 1): the members of a body, and the
    # words (lower case) one of which the body's name has, by the noun in lower case
    members: re.Pattern[str] | None = None
    member_words: tuple[tuple[str, frozenset[str]], ...] = ()
    # the nouns as `members` finds them: a text without any cannot match it, and finding them costs a fraction of
    # its search
    member_nouns: tuple[str, ...] = ()
    member_openers: frozenset[str] = frozenset()  # lower case: "The", "Some" may open a sentence before them
    # lower case: words between "the" and a description's noun ("the rival government") and endings of such
    # words ("-based")
    qualifier_words: frozenset[str] = frozenset()
    qualifier_endings: tuple[str, ...] = ()
    # lower case: the verbs after "The army" opening a sentence that make it the article's state's forces
    # (`home_forces.txt`), and the endings ("-ed") of such verbs
    home_verbs: frozenset[str] = frozenset()
    home_verb_endings: tuple[str, ...] = ()
    # lower case: verbs a speaker's name stands right before ("Zorvan Dusek said"), `name_speakers.txt`
    speaker_verbs: frozenset[str] = frozenset()
    sentence_adverbs: frozenset[str] = frozenset()  # lower case: "later", "meanwhile" opening a sentence
    # lower case, without the possessive ending: nouns whose possessive stands inside a group's name ("People's");
    # any other possessive before a name read by its head word names its owner, no part of it (`_group_by_form`)
    inner_possessives: frozenset[str] = frozenset()
    # words that open a body's name only after "the" and before "of <Capitalised>" ("the House of ..."): no head
    # word elsewhere ("the White House", "State House"), `group_openers.txt`
    opening_heads: frozenset[str] = frozenset()


# --- loading ----------------------------------------------------------------------------------------

# English rules of name reading, one concept a file (see `timeline.understanding.rulefiles`).
NAME_PARTICLES = DATA_DIR / "en" / "name_particles.txt"
NAME_STOP_WORDS = DATA_DIR / "en" / "name_stop_words.txt"
CLAUSE_OPENERS = DATA_DIR / "en" / "clause_openers.txt"
STATE_ORGANS = DATA_DIR / "en" / "state_organs.txt"
GROUP_HEADS = DATA_DIR / "en" / "group_heads.txt"
NAME_CONNECTORS = DATA_DIR / "en" / "name_connectors.txt"
SPEECH_VERBS = DATA_DIR / "en" / "speech_verbs.txt"
# Phrases after which a capitalised run is a person's name as after a speech verb ("led by Zorvan Dusek").
NAME_INTRODUCERS = DATA_DIR / "en" / "name_introducers.txt"
# Phrases between a signatory and the side it signed for ("Khan Tal signed for the Front, Ris Oba for Peru").
NAME_SIGNATORIES = DATA_DIR / "en" / "name_signatories.txt"
# verbs a speaker's name stands right before ("Zorvan Dusek told"), and trades an apposition after a name gives
# ("Zorvan Dusek, a lawyer,"): the name is a person's, whatever the given name
NAME_SPEAKERS = DATA_DIR / "en" / "name_speakers.txt"
NAME_OCCUPATIONS = DATA_DIR / "en" / "name_occupations.txt"
# adverbs that open a sentence capitalised ("Later Dusek said"): no part of a name before a speech verb
SENTENCE_ADVERBS = DATA_DIR / "en" / "headline_adverbs.txt"
APPOSITION_DETERMINERS = DATA_DIR / "en" / "apposition_determiners.txt"
NAME_SINGLE_TITLES = DATA_DIR / "en" / "name_single_titles.txt"
NAME_HONORIFICS = DATA_DIR / "en" / "name_honorifics.txt"
NAME_KNOWN_AS = DATA_DIR / "en" / "name_known_as.txt"
NAME_DESCRIPTIONS = DATA_DIR / "en" / "name_descriptions.txt"
MEMBER_DESCRIPTIONS = DATA_DIR / "en" / "member_descriptions.txt"
DESCRIPTION_QUALIFIERS = DATA_DIR / "en" / "description_qualifiers.txt"
# The verbs that make "The army" opening a sentence the forces of the state the article's title names.
HOME_FORCES = DATA_DIR / "en" / "home_forces.txt"
# Given names of many regions (from a licensed list, see its header) and the words after one that make
# the capitalised run a place or a thing ("Victoria Falls", "Camp David Accords").
GIVEN_NAMES = DATA_DIR / "given_names.txt"
NAME_PLACE_WORDS = DATA_DIR / "en" / "name_place_words.txt"
# Words that end a document's or a meeting's name ("General Peace Agreement"): no person after a title.
DOCUMENT_WORDS = DATA_DIR / "en" / "document_words.txt"
# Bylines and credit lines name journalists, not actors.
NAME_CREDIT_MARKERS = DATA_DIR / "en" / "name_credit_markers.txt"
# Groups named by their followers ("the Maoists") and groups introduced by "called" ("a coalition called X").
GROUP_PLURALS = DATA_DIR / "en" / "group_plurals.txt"
GROUP_CALLED = DATA_DIR / "en" / "group_called.txt"
# Words after which a state's name is a place ("talks in Sweden").
STATE_PLACE_PREPOSITIONS = DATA_DIR / "en" / "state_place_prepositions.txt"
# Words that make a state's name before them a publication's ("Libya Herald").
OUTLET_WORDS = DATA_DIR / "en" / "outlet_words.txt"
LOYAL_FORCES = DATA_DIR / "en" / "loyal_forces.txt"
# Titles whose holder speaks for the body named before the title ("a GNA spokesman").
TITLES_SPEAKING_FOR = DATA_DIR / "en" / "titles_speaking_for.txt"
# Group nouns a group's name stands right after or before ("the charity Sea Lantern", "the Kessel group").
GROUP_APPOSED = DATA_DIR / "en" / "group_apposed.txt"
# Nouns whose possessive stands inside a group's name ("Tarnia People's Front"); any other possessive owns the name.
NAME_INNER_POSSESSIVES = DATA_DIR / "en" / "name_inner_possessives.txt"
# Words that open a body's name before "of" ("the House of Peoples' Envoys") and head none elsewhere.
GROUP_OPENERS = DATA_DIR / "en" / "group_openers.txt"
# Words after a hyphen that end a noun compound inside a body's name ("Follow-up Committee").
NAME_HYPHEN_NOUNS = DATA_DIR / "en" / "name_hyphen_nouns.txt"
# Words a name is joined to by a hyphen when it only qualifies a noun ("the U.N.-backed government").
NAME_QUALIFIERS = DATA_DIR / "en" / "name_qualifiers.txt"


def load_gazetteer(*paths: str | os.PathLike[str], builtin: bool = True) -> Gazetteer:
    """A new gazetteer of the built-in files (unless `builtin=False`) and `paths`.

    Each file is recognised by its header:

    * actors: ``canonical,kind,aliases[,demonyms][,capitals][,scope]``;
      aliases, demonyms, capitals and scope are "|"-separated.  The
      canonical name is an alias of itself (a row repeating a canonical name
      adds it only if no earlier row of that actor did).  The patterns of a
      row with a scope (states, by any of their names: "Libya") name its
      actor only in a text that names one of those states (by name, demonym
      or capital); a generic name ("Presidential Council") is written in a
      scoped row, an unmistakable one in a row of the same actor without.
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
    builtins = (
        *map(str, (BUILTIN_WORLD, BUILTIN_PEOPLE, BUILTIN_GAZETTEER)),
        *map(str, BUILTIN_PACKS),
        str(BUILTIN_ROLES),
    )
    files = [*(builtins if builtin else ()), *map(str, paths)]
    entries: dict[str, _Entry] = {}
    kinds: dict[str, str] = {}
    roles: dict[str, set[str]] = {"agent": set(), "modifier": set(), "place_noun": set()}
    titles: dict[str, str] = {}
    if builtin:
        _add_actor_rows(str(BUILTIN_COUNTRIES), country_rows(BUILTIN_COUNTRIES), entries, kinds)
    for path in files:
        header, body = _read_csv(path)
        if "canonical" in header:
            _add_actor_rows(path, body, entries, kinds)
        elif "phrase" in header:
            _add_role_rows(path, body, roles, titles)
        else:
            raise DataFileError(f"{path}: neither an actors file (canonical,kind,...) nor a roles file (phrase,use)")
    honorifics = read_rule_file(NAME_HONORIFICS).words()
    if builtin:
        # "Mr Karel Dusek", "Mrs Ilse Varga": an honorific opens a person's name as a title does (name_honorifics.txt)
        for word in honorifics:
            titles.setdefault(_key(word), word)
    for key, phrase in titles.items():
        entries.setdefault(key, _Entry("", "", "title", case_of(phrase)))
    # Head words of groups' names and speech verbs ride the same single pass; an alias or title wins.
    heads = dict(read_rule_file(GROUP_HEADS, columns=2).rows)
    for head, kind in heads.items():
        if kind not in KINDS:
            raise DataFileError(f"{GROUP_HEADS}: kind {kind!r} of {head!r} is none of {', '.join(KINDS)}")
        entries.setdefault(_key(head), _Entry("", kind, "head", "capital"))
    openers = dict(read_rule_file(GROUP_OPENERS, columns=2).rows)
    for word, kind in openers.items():
        if kind not in KINDS:
            raise DataFileError(f"{GROUP_OPENERS}: kind {kind!r} of {word!r} is none of {', '.join(KINDS)}")
        entries.setdefault(_key(word), _Entry("", kind, "head", "capital"))
    for verb in (*read_rule_file(SPEECH_VERBS).words(), *read_rule_file(NAME_INTRODUCERS).words()):
        entries.setdefault(_key(verb), _Entry("", "", "speech", "any"))
    for phrase in read_rule_file(NAME_SIGNATORIES).words():
        entries.setdefault(_key(phrase), _Entry("", "", "signing", "any"))
    # a name before a speech verb, an age (", 61,") or a trade in apposition (", a lawyer"): `_named_before`; a
    # verb that is a speech verb already keeps that use, and is told apart by `speaker_verbs`
    speaker_verbs = frozenset(w.lower() for w in read_rule_file(NAME_SPEAKERS).words())
    for verb in speaker_verbs:
        entries.setdefault(_key(verb), _Entry("", "", "speaker", "any"))
    for age in range(AGE_RANGE[0], AGE_RANGE[1] + 1):
        entries.setdefault(str(age), _Entry("", "", "age", "any"))
    for noun in read_rule_file(NAME_OCCUPATIONS).words():
        entries.setdefault(_key(noun), _Entry("", "", "occupation", "any"))
    # so do the members of a body ("lawmakers"), found by `_members`
    members = _members_pattern(MEMBER_DESCRIPTIONS)
    for noun in members.get("member_nouns", ()):
        entries.setdefault(_key(noun), _Entry("", "", "member", "any"))
    # A state's organs too ("army", "defence ministry"); one that is also a head word ("Army",
    # "Forces") is an organ after a state and a head word elsewhere (see `_interpret`).
    organs = {phrase.lower(): organ for phrase, organ in read_rule_file(STATE_ORGANS, columns=2).rows}
    for phrase, organ in organs.items():
        if organ not in ORGANS:
            raise DataFileError(f"{STATE_ORGANS}: organ {organ!r} of {phrase!r} is none of {', '.join(ORGANS)}")
        key = _key(phrase)
        if entries.get(key, _Entry("", "", "head", "any")).use == "head":
            entries[key] = _Entry("", organ, "organ", "any")
    # Kinds follow the last row naming the canonical, whichever file gave the alias.
    entries = {k: _Entry(e.canonical, kinds.get(e.canonical, e.kind), e.use, e.case, e.scope, e.where)
               for k, e in entries.items()}  # fmt: skip
    scopes = _resolved_scopes(entries)
    # Given names ride the same pass, after everything else: an alias, title, capital or speech verb of
    # the same spelling wins ("Jordan", "General").  Their keys are folded already.
    given: tuple[str, ...] = _given_names(GIVEN_NAMES) if builtin else ()
    given_payload = ("", PERSON, "given", "capital", None)
    # "January", "Tuesday", "Ramadan" are given names too, and end a name: never look them up
    name_stop_words = frozenset(w.lower() for w in read_rule_file(NAME_STOP_WORDS).words())
    given_set = frozenset(given)
    automaton = phrase_automaton(
        itertools.chain(
            (
                (key, (e.canonical, e.kind, e.use, _alias_case(key, e, given_set), scopes.get(key)))
                for key, e in entries.items()
            ),
            ((name, given_payload) for name in given if name not in entries and name not in name_stop_words),
        )
    )
    agents = frozenset(_plurals(roles["agent"]))
    demonyms = frozenset(k for k, e in entries.items() if e.use == "demonym")
    state_demonyms: dict[str, str] = {}
    for k, e in entries.items():
        if e.use == "demonym" and e.kind == "state":
            state_demonyms.setdefault(e.canonical, " ".join(w[:1].upper() + w[1:] for w in k.split()))
    particle_words = read_rule_file(NAME_PARTICLES).words()
    particles = "|".join(map(re.escape, particle_words))
    particle = rf"(?:(?:{particles})[-\s]+)?" if particles else ""
    organ_words = "|".join(sorted(map(re.escape, organs), key=len, reverse=True)) or "(?!)"
    known_as = read_rule_file(NAME_KNOWN_AS).words()
    # files two fields are read from, each read once
    qualifiers = read_rule_file(DESCRIPTION_QUALIFIERS).words()
    home = read_rule_file(HOME_FORCES).words()
    place_before = _place_before(STATE_PLACE_PREPOSITIONS)
    return Gazetteer(
        automaton=automaton,
        agents=agents,
        modifiers=frozenset(roles["modifier"]),
        place_nouns=frozenset(roles["place_noun"]),
        demonyms=demonyms,
        state_demonyms=tuple(state_demonyms.items()),
        aliases=tuple((k, e.canonical) for k, e in entries.items() if e.use == "alias"),
        sources=tuple(files),
        name_word=re.compile(rf"{particle}{_NAME_WORD}"),
        name_run=re.compile(rf"{particle}{_NAME_WORD}(?: {particle}{_NAME_WORD}){{1,3}}$"),
        name_stop_words=name_stop_words,
        clause_openers=frozenset(w.lower() for w in read_rule_file(CLAUSE_OPENERS).words()),
        organ_after=re.compile(rf"(?:['’]s\s+(?:[a-z]+\s+)?|\s+)({organ_words})\b", re.IGNORECASE),
        organs=organs,
        group_kinds=heads,  # read above, for the automaton's head words
        connectors=frozenset(w.lower() for w in read_rule_file(NAME_CONNECTORS).words()),
        determiners=frozenset(w.lower() for w in read_rule_file(APPOSITION_DETERMINERS).words()),
        single_titles=frozenset(w.lower() for w in (*read_rule_file(NAME_SINGLE_TITLES).words(), *honorifics)),
        honorifics=frozenset(w.lower() for w in honorifics),
        known_as=_known_as_pattern(known_as),
        known_as_words=tuple(p for p in known_as if not any(q != p and q in p for q in known_as)),
        descriptions=tuple(_descriptions(NAME_DESCRIPTIONS)),
        qualifier_words=frozenset(w.lower() for w in qualifiers if w[:1] != "-"),
        qualifier_endings=tuple(w.lower() for w in qualifiers if w[:1] == "-"),
        home_verbs=frozenset(w.lower() for w in home if w[:1] != "-"),
        home_verb_endings=tuple(w.lower()[1:] for w in home if w[:1] == "-"),
        **members,
        place_words=frozenset(w.lower() for w in read_rule_file(NAME_PLACE_WORDS).words()),
        document_words=frozenset(w.lower() for w in read_rule_file(DOCUMENT_WORDS).words()),
        credit_markers=_credit_markers(NAME_CREDIT_MARKERS),
        group_plurals=_group_plurals(GROUP_PLURALS),
        particles=frozenset(w.lower() for w in particle_words),
        group_called=_group_called(GROUP_CALLED),
        scoped=bool(scopes),
        group_apposed=tuple((" " + noun.lower(), kind) for noun, kind in _group_plurals(GROUP_APPOSED)),
        place_before=place_before,
        outlet_words=frozenset(read_rule_file(OUTLET_WORDS).words()),
        loyal_forces=frozenset(w.lower() for w in read_rule_file(LOYAL_FORCES).words()),
        place_ends=frozenset(w[-1] for w in (*place_before, "the") if ":" not in w),
        titles=frozenset(k for k, e in entries.items() if e.use == "title"),
        speaking_for=frozenset(w.lower() for w in read_rule_file(TITLES_SPEAKING_FOR).words()),
        hyphen_nouns=frozenset(w.lower() for w in read_rule_file(NAME_HYPHEN_NOUNS).words()),
        speaker_verbs=speaker_verbs,
        sentence_adverbs=frozenset(w.lower() for w in read_rule_file(SENTENCE_ADVERBS).words()),
        inner_possessives=frozenset(w.lower() for w in read_rule_file(NAME_INNER_POSSESSIVES).words()),
        opening_heads=frozenset(openers) - frozenset(heads),
        **_qualifiers(NAME_QUALIFIERS),
    )


# An acronym of this many letters or more may be written as a word ("Nato", "Asean", "Unifil": British style).
ACRONYM_WORD_MIN = 4


def _alias_case(key: str, entry: _Entry, given: frozenset[str]) -> str:
    """How an alias's case must match: an acronym of a body or group of ACRONYM_WORD_MIN letters or more
    matches in capitals or written as a capitalised word ("acronym"), unless that word is a given name
    ("Isis"); any other pattern as `case_of` read it."""
    if (
        entry.case == "exact"
        and entry.use == "alias"
        and entry.kind != PERSON
        and len(key) >= ACRONYM_WORD_MIN
        and key.isalpha()
        and key not in given
    ):
        return "acronym"
    return entry.case


def _place_before(path: os.PathLike[str]) -> frozenset[str]:
    """The words after which a state is a place ("in"), and "party:sides" for the party nouns after which
    it is not ("the warring sides in Libya")."""
    return frozenset(w.lower() for w in read_rule_file(path).words())


def _qualifiers(path: os.PathLike[str]) -> dict[str, Any]:
    """The hyphenated words that make a name a qualifier: after it as one pattern ("U.N.-backed": the
    abbreviation's full stop may stand before the hyphen), before it as lower-case prefixes ("pro-")."""
    words = read_rule_file(path).words()
    after = "|".join(sorted((re.escape(w.lower()) for w in words if not w.endswith("-")), key=len, reverse=True))
    return {
        "qualifier_after": re.compile(rf"\.?-(?:{after or '(?!)'})\b", re.IGNORECASE),
        "qualifier_before": tuple(w.lower() for w in words if w.endswith("-")),
    }


def _group_plurals(path: os.PathLike[str]) -> tuple[tuple[str, str], ...]:
    rows = read_rule_file(path, columns=2).rows
    for ending, kind in rows:
        if kind not in KINDS:
            raise DataFileError(f"{path}: kind {kind!r} of {ending!r} is none of {', '.join(KINDS)}")
    return tuple((ending, kind) for ending, kind in rows)


def _group_called(path: os.PathLike[str]) -> tuple[tuple[str, ...], frozenset[str]]:
    words = read_rule_file(path).words()
    nouns = frozenset(w[len("noun:") :].lower() for w in words if w.startswith("noun:"))
    return tuple(f" {w} " for w in words if not w.startswith("noun:")), nouns


def _credit_markers(path: os.PathLike[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    rows = read_rule_file(path, columns=2).rows
    for phrase, where in rows:
        if where not in ("start", "any"):
            raise DataFileError(f"{path}: where {where!r} of {phrase!r} is neither start nor any")
    return (
        tuple(p.lower() + " " for p, where in rows if where == "start"),
        tuple(p.lower() for p, where in rows if where == "any"),
    )


@functools.cache
def _given_names(path: os.PathLike[str]) -> tuple[str, ...]:
    """The given names of a file (the built-in one is read once a process: about 54,000 lines)."""
    return read_rule_file(path).words()


# The word before a body's members: one with a capital ("Egyptian lawmakers", "Kremlin delegates") may name
# another owner, unless it opens the sentence ("The 75 delegates").
_WORD_BEFORE = re.compile(r"([\w’'-]+)\s+(?:\d+\s+)?$")


def _members_pattern(path: os.PathLike[str]) -> dict[str, Any]:
    """The Gazetteer fields `members` (group 1: the noun, matched where it starts), `member_words`, `member_openers`
    and `member_nouns` from a file of (plural noun, name words) and (word, `before`) rows."""
    every = read_rule_file(path, columns=2).rows
    rows = [(noun, cell) for noun, cell in every if cell != "before"]
    if not rows:
        return {}
    nouns = "|".join(re.escape(noun) + "|" + re.escape(noun[:1].upper() + noun[1:]) for noun, _ in rows)
    pattern = re.compile(rf"({nouns})\b(?!\s+(?:of|from)\b)(?![-’'])")
    words = tuple(
        (noun.lower(), frozenset(w.strip().lower() for w in cell.split("|") if w.strip())) for noun, cell in rows
    )
    before = frozenset(word.lower() for word, cell in every if cell == "before")
    spelled = tuple(dict.fromkeys(form for noun, _ in rows for form in (noun, noun[:1].upper() + noun[1:])))
    return {"members": pattern, "member_words": words, "member_openers": before, "member_nouns": spelled}


def _descriptions(path: os.PathLike[str]) -> list[tuple[str, str, frozenset[str], frozenset[str]]]:
    rows: list[tuple[str, str, frozenset[str], frozenset[str]]] = []
    for noun, cell in read_rule_file(path, columns=2).rows:
        # "government|organisation Government": the kinds (the first one the mention's), then the words one
        # of which the actor's name must have
        kinds, _, words = cell.partition(" ")
        kind, *others = kinds.split("|")
        for k in (kind, *others):
            if k not in KINDS:
                raise DataFileError(f"{path}: kind {k!r} of {noun!r} is none of {', '.join(KINDS)}")
        name_words = frozenset(w.lower() for w in words.replace(" ", "").split("|") if w)
        rows.append((noun, kind, frozenset(others), name_words))
    # also capitalised, as news written in British or Indian style has it ("the Army said", "the Government");
    # a noun the file writes capitalised only so ("the House": "the house" is mostly a dwelling)
    lower = [(" " + noun, *rest) for noun, *rest in rows if noun[:1].islower()]
    upper = [(" " + noun[:1].upper() + noun[1:], *rest) for noun, *rest in rows]
    return lower + upper  # type: ignore[operator]


# One capitalised word of a name: an apostrophe inside ("O'Hara"), not a possessive ending ("Dusek's office").
# A name's capital may lie outside ASCII ("Álvaro", "Óscar", "İbrahim", "Şahin", "Željko").
_NAME_WORD = rf"[{CAPITALS}](?:[\w-]|['’](?!s\b))*\w"


def _known_as_pattern(phrases: Sequence[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
    return re.compile(
        # a description may stand between the name and the phrase ("the Front, the rebel group known as ...")
        rf",?\s+(?:(?:the|a|an)\s+(?:[a-z'’-]+\s+){{1,3}})?(?:{alternatives or '(?!)'})\s+(?:the\s+)?"
        rf"([{CAPITALS}][\w'’-]*[\w](?:\s+[{CAPITALS}][\w'’-]*[\w]){{0,3}})"
    )


def organ_of(organ: str, state: str) -> bool:
    """Whether `organ` (a canonical name) is the government, parliament or military forces of `state` (a state's
    name): "Military Forces of Sudan", "Government of Sudan", "Sudanese government" or "Sudanese parliament" (the
    demonym form organs are named by, see ORGANS)."""
    if organ.endswith(" of " + state):
        return True
    head, _, organ_word = organ.rpartition(" ")
    if organ_word not in ("government", "parliament", "cabinet") or not head:
        return False
    known = _demonym_of().get(state)
    if known is not None and organ_word == "cabinet" and head.startswith(known + " "):
        return True  # "Israeli security cabinet": a cabinet keeps its qualifier
    # a state of a user's gazetteer: its demonym is its name's stem ("Valdorian" of "Valdoria")
    return head == known if known is not None else len(state) >= 4 and head[:4] == state[:4]


@functools.cache
def _demonym_of() -> dict[str, str]:
    return dict(builtin_gazetteer().state_demonyms)


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


def _add_actor_rows(
    path: str,
    rows: _Rows,
    entries: dict[str, _Entry],
    kinds: dict[str, str],
) -> None:
    for line, row in rows:
        canonical, kind = row.get("canonical", ""), row.get("kind", "") or UNKNOWN
        if not canonical:
            raise DataFileError(f"{path}:{line}: no canonical name")
        if kind not in KINDS:
            raise DataFileError(f"{path}:{line}: kind {kind!r} is none of {', '.join(KINDS)}")
        kinds[canonical] = kind
        scope = tuple(_split(row.get("scope", "")))
        known = entries.get(_key(canonical))
        itself: list[tuple[Use, str]] = [] if known and known.canonical == canonical else [("alias", canonical)]
        uses = [*itself, *(("alias", a) for a in _split(row.get("aliases", "")))]
        uses += [("demonym", d) for d in _split(row.get("demonyms", ""))]
        uses += [("capital", c) for c in _split(row.get("capitals", ""))]
        for use, pattern in uses:
            key = _key(pattern)
            if key:
                entries[key] = _Entry(canonical, kind, use, _pattern_case(pattern), scope, f"{path}:{line}")


def _resolved_scopes(entries: dict[str, _Entry]) -> dict[str, frozenset[str]]:
    """Each scoped pattern (folded) with the canonical names of its scope's states; a scope naming no
    known state raises DataFileError (a misspelt scope would silently switch the row off)."""
    out: dict[str, frozenset[str]] = {}
    for key, e in entries.items():
        if e.scope:
            states: set[str] = set()
            for name in e.scope:
                state = entries.get(_key(name))
                if state is None or state.use != "alias" or state.kind != "state":
                    raise DataFileError(f"{e.where}: scope {name!r} is not the name of a known state")
                states.add(state.canonical)
            out[key] = frozenset(states)
    return out


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


def country_rows(path: str | os.PathLike[str]) -> _Rows:
    """Actor rows (kind state) of every country pycountry knows, completed by the countries file.

    The file (``iso3,canonical,aliases,demonyms,capitals``) gives the short form used as canonical name
    ("Russia" for the ISO "Russian Federation"), common short forms, demonyms and capitals; pycountry
    gives the ISO 3166 name, official and common names as aliases (names written "Korea, Republic of"
    are left out).  A row with an empty canonical name drops that country; a code pycountry does not
    know (Kosovo's XKX) is a state of its own.  Raises DataFileError for a file without those columns.
    """
    import pycountry  # imported here: a gazetteer without the built-in files does not need it

    header, rows = _read_csv(str(path))
    if "iso3" not in header or "canonical" not in header:
        raise DataFileError(f"{path}: a countries file has the columns iso3,canonical,aliases,demonyms,capitals")
    extra = {row.get("iso3", "").upper(): (line, row) for line, row in rows}
    # A short form the file gives one state is not another's ISO name: "Congo" is pycountry's common name of
    # the Republic of the Congo, while the file (and most news) means the Democratic Republic by it.
    claimed = {_key(a): iso for iso, (_, row) in extra.items() for a in _split(row.get("aliases", ""))}
    out: _Rows = []
    for country in pycountry.countries:
        line, row = extra.pop(country.alpha_3, (0, {}))
        names = [getattr(country, a, "") for a in ("common_name", "name", "official_name")]
        names = [n for n in names if n and "," not in n and claimed.get(_key(n), country.alpha_3) == country.alpha_3]
        canonical = row.get("canonical", names[0] if names else "") if row else (names[0] if names else "")
        if canonical:
            aliases = "|".join([*names, row.get("aliases", "")])
            out.append((line, {**row, "canonical": canonical, "kind": "state", "aliases": aliases}))
    out += [(line, {**row, "kind": "state"}) for line, row in extra.values() if row.get("canonical")]
    return out


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

# The next word or comma after a position (after spaces only: other punctuation ends the run), and how
# far such a run is read.
_WORD_STEP = re.compile(r"\s*(,|[^\W\d_][\w'’-]*)")
_WORDS_REACH = 80
_FIRST_WORD = re.compile(r"\s+([^\W\d_][\w'’-]*)")
_COMPOUND = re.compile(r"-([^\W\d_][\w'’]*)")
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|from|to|near|outside|into|toward|towards|across)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?,\s*$"
    # a dateline: the city in capitals at a line's start, then its country ("NAIROBI, Kenya (AP) -")
    r"|^[ \t]*[A-Z][A-Z'’.-]+(?:[ -][A-Z][A-Z'’.-]+){0,3},\s*$",
    re.MULTILINE,
)
# (start, end, (canonical, kind, use, case)) of a match, before context rules.
_Match = tuple[int, int, tuple[str, str, str, AliasCase, frozenset[str] | None]]
_new_mention = tuple.__new__  # builds an ActorMention without the Python-level __new__ (hot loop)


def find_actors(
    text: str, gazetteer: Gazetteer | None = None, shared: SharedPass | None = None
) -> tuple[ActorMention, ...]:
    """Every actor mention in a text, in text order, non-overlapping (leftmost-longest).  `shared`: the hits of
    `shared_pass` over this text with this gazetteer, when the caller has made that pass (for the date finder's
    words too), read instead of a pass of its own."""
    gaz = gazetteer or builtin_gazetteer()
    if not text or not len(gaz.automaton):
        return ()
    # A capitalised alias needs a capital in the text, an acronym capitals.  This is the hot loop of a
    # document (a hundred hits or more): the automaton is read here directly, with the padding
    # `phrase_hits` uses, so that each hit is made once and only if it passes.  The same pass finds the fixed
    # words and description nouns `_add_inferred` looks for (`_actor_automaton`), kept for it as they are.
    hits: list[_Match] = []
    written: list[tuple[int, tuple[tuple[str, Any], ...]]] = []
    found = (
        shared.hits
        if shared is not None and shared.text is text
        else _actor_automaton(gaz, None).iter(f" {fold(text)} ")  # type: ignore[union-attr]
    )
    for end, (length, payload, pairs, _other) in found:
        if pairs is not None:
            written.append((end - 1, pairs))
        if payload is None:
            continue
        start = end - length + 1
        case = payload[3]
        if case != "any":
            if case == "capital":
                if not text[start].isupper():
                    continue
            elif case == "mixed":
                if not text[start].isupper() or (surface := text[start : end - 1]) == surface.upper():
                    continue
            elif (surface := text[start : end - 1]) != surface.upper() and not (
                case == "acronym" and surface[0].isupper() and surface[1:].islower()
            ):
                continue
        hits.append((start, end - 1, payload))
    if gaz.scoped:
        hits = _in_scope(hits)
    return _interpret(text, leftmost_longest(hits), gaz, written)


# A hit's end and value, and a value's slot of the second matcher's keys: C-level getters (every hit of a pass).
_END, _VALUE, _OTHER = itemgetter(0), itemgetter(1), itemgetter(3)


def shared_pass(text: str, gazetteer: Gazetteer, other: Any) -> SharedPass:
    """One pass over the text for `find_actors` and for a second matcher whose keys are `other` (an automaton over
    folded keys, each to its value, casing's `folded_automaton`), instead of one pass each (each costs some 0.5 M
    instructions a document).  That matcher must read a hit only where no letter or figure comes before it: its
    keys join the gazetteer's with a space before them (`_actor_automaton`), and meet the text only at the start
    of a word, as the gazetteer's do (its keys as they are, met inside words too, made the pass some 0.25 M
    dearer, against 0.05 M).  A space in the folding is exactly a character that is no letter or figure, but for
    a symbol that folds to a letter (`SYMBOL_LETTERS`, "™"): a text holding one gets `other`'s own pass."""
    folded = fold(text)
    automaton = _actor_automaton(gazetteer, other)
    hits = list(automaton.iter(f" {folded} ")) if text and len(automaton) else []
    if SYMBOL_LETTERS and not text.isascii() and any(symbol in text for symbol in SYMBOL_LETTERS):
        return SharedPass(text, hits, list(other.iter(folded)))
    # the second matcher's hits picked out in C, their ends moved back by the padding
    selected = list(map(_OTHER, map(_VALUE, hits)))
    ends = map((-1).__add__, itertools.compress(map(_END, hits), selected))
    return SharedPass(text, hits, list(zip(ends, itertools.compress(selected, selected), strict=True)))


@functools.lru_cache(maxsize=8)
def _actor_automaton(gaz: Gazetteer, other: Any = None) -> Any:
    """The gazetteer's automaton with the keys of `_words_and_descriptions_automaton` (written as in the text)
    folded into it, for one pass over the padded folded text instead of one more over the text (each cost some
    0.35 M instructions a document): each key to (length, the gazetteer's payload or None, the (key as written,
    its value) pairs that fold to it or None, `other`'s value or None).  Folding goes character by character, so
    a key as written is in the text only where its folding is in the folded text, and `_written_hits` keeps just
    those.  `other`: an automaton whose keys (folded) join too, each with a space before it (see `shared_pass`)."""
    entries: dict[str, list[Any]] = {
        key: [length, payload, None, None] for key, (length, payload) in gaz.automaton.items()
    }
    words = _fixed_words(gaz.group_plurals, gaz.group_called[0], gaz.group_apposed, gaz.known_as_words)
    if words or gaz.descriptions:
        for key, value in _words_and_descriptions_automaton(words, gaz.descriptions).items():
            entry = entries.setdefault(fold(key), [len(key), None, None, None])
            entry[2] = (*(entry[2] or ()), (key, value))
    if other is not None:
        for key, value in other.items():
            entries.setdefault(f" {key}", [len(key) + 1, None, None, None])[3] = value
    automaton = ordered_automaton({key: tuple(entry) for key, entry in entries.items()})
    if len(automaton):
        automaton.make_automaton()
    return automaton


# A hit's payload, its canonical name and scope, as C-level getters: this runs on every document.
_PAYLOAD, _CANONICAL, _SCOPE = itemgetter(2), itemgetter(0), itemgetter(4)


def _in_scope(hits: list[_Match]) -> list[_Match]:
    """The hits less those of scoped patterns whose states the text does not name (by name, demonym or
    capital, whatever the context: "the Libyan conflict" sets the scope too)."""
    payloads = list(map(_PAYLOAD, hits))
    if not any(map(_SCOPE, payloads)):
        return hits
    named = set(map(_CANONICAL, payloads))  # a scope's states are matched against these
    return [hit for hit in hits if not hit[2][4] or not hit[2][4].isdisjoint(named)]


def _interpret(
    text: str, chosen: list[_Match], gaz: Gazetteer, written: list[tuple[int, tuple[tuple[str, Any], ...]]]
) -> tuple[ActorMention, ...]:
    found: list[ActorMention] = []
    titles: list[tuple[int, int]] = []
    cues: list[tuple[int, int, str]] = []  # group head words (kind) and speech verbs (kind "")
    members: list[int] = []  # where a body's members are named ("lawmakers")
    signings: list[tuple[int, int]] = []  # "signed for": a signatory's name before it
    before: list[tuple[int, str]] = []  # where a person's name must end ("<name> said", "<name>, 61,"), and its rule
    organs: list[tuple[int, int, str, str]] = []  # a state's organ: (start, end, state, organ)
    pending_organ: tuple[int, int, str] | None = None
    accepted_end = -10
    listed: frozenset[int] = frozenset()  # where the items of a list of capitals read as metonyms start
    qualifier_after, qualifier_before = gaz.qualifier_after, gaz.qualifier_before
    # Where the text has hyphens, found once: a test per match cost a tenth of actor finding.
    hyphens = set(_positions(text, "-")) if "-" in text else _NO_POSITIONS
    demonym: tuple[int, int, str] = (-1, -1, "")  # the last demonym: (start, end, its state)
    for start, end, (canonical, kind, use, _case, _scope) in chosen:
        if hyphens:
            if (end in hyphens or end + 1 in hyphens) and qualifier_after.match(text, end):
                continue  # "the U.N.-backed government": the UN only qualifies it
            if (
                start - 1 in hyphens
                and text[max(0, start - 5) : start].lower().endswith(qualifier_before)
                and not (kind in _LOYAL_KINDS and _word_after(text, end) in gaz.loyal_forces)
            ):
                continue  # "pro-Russian separatists"; "pro-Hamas gunmen" are Hamas's (loyal_forces.txt)
        if use != "alias":
            if use == "title":
                titles.append((start, end))
                continue
            if use == "head" or use == "speech" or use == "given":
                cues.append((start, end, kind))
                if use == "speech" and text[start - 1 : start] == " " and text[start:end].lower() in gaz.speaker_verbs:
                    before.append((start - 1, "speech"))
                continue
            if use == "speaker":
                if text[start - 1 : start] == " ":
                    before.append((start - 1, "speech"))
                continue
            if use == "age":
                if text[start - 2 : start] == ", " and text[end : end + 1] == ",":
                    before.append((start - 2, "apposition"))
                continue
            if use == "occupation":
                trade = _TRADE_BEFORE.search(text, max(0, start - _TITLE_GAP), start)
                if trade is not None:
                    before.append((trade.start(), "apposition"))
                continue
            if use == "member":
                members.append(start)
                continue
            if use == "signing":
                signings.append((start, end))
                continue
            if use == "organ":
                if _title_at(text, end, gaz):
                    continue  # "Libyan military commander X", "the government spokesman": the title's qualifier
                # "the Sudanese army", "Azerbaijan's defence ministry"; "the armed forces of Colombia"
                if found and found[-1].kind == "state" and _ORGAN_GAP.fullmatch(text, found[-1].end, start):
                    organs.append((start, end, found[-1].canonical, kind))
                else:
                    pending_organ = (start, end, kind)
                    head_kind = gaz.group_kinds.get(text[start:end])
                    if head_kind:  # "Forces", "Army" capitalised: also a group's head word
                        cues.append((start, end, head_kind))
                continue
            if use == "demonym":
                demonym = (start, end, canonical)  # an owner of a scoped body's name right after it
                if not (_demonym_is_actor(text, end, gaz) or gaz.organ_after.match(text, end)):
                    continue
            if use == "capital" and start not in listed:
                if text.startswith(", ", end):
                    listed = _capital_list(text, start, end, chosen, gaz)
                if start not in listed and not _capital_is_actor(text, start, end, accepted_end, gaz):
                    continue
        elif kind == "state" and text[end : end + 1] == " " and _outlet_after(text, end, gaz):
            continue  # "told Libya Herald": a publication's name
        elif _scope and (owner := _other_states_owner(text, start, found, demonym, _scope)) >= 0:
            # "Egypt's House of Representatives", "the Egyptian House of Representatives": a name the gazetteer
            # keeps for a body of its scope's states, owned by another state, is that state's own body, named
            # with its owner (the state's possessive is part of that name, no actor of its own)
            if found and found[-1].start == owner:
                found.pop()
            found.append(_new_mention(ActorMention, (owner, end, text[owner:end], kind, text[owner:end], use)))
            accepted_end = end
            continue
        elif (
            kind == "un_body"
            and found
            and found[-1].kind == "state"
            and _STATE_POSSESSIVE_GAP.fullmatch(text, found[-1].end, start)
            and not text.startswith(_UN_PREFIXES, start)
        ):
            continue  # "Armenia's Security Council": the state's own council, not the UN's
        elif (
            kind == "state"
            and text[start - 2 : start] == ", "
            and not text.startswith(("'s", "’s"), end)
            # "from New Zealand, Australia and Fiji": a list of states, not a place and its country
            and not (found and found[-1].kind == "state" and found[-1].end == start - 2)
            and _qualifies_place(text, start)
        ):
            continue
        elif (
            kind == "state"
            and start > 2
            and text[start - 2] in gaz.place_ends
            and not text.startswith(("'s", "’s"), end)
            and _after_place_word(text, start, gaz)
        ):
            continue  # "talks in Sweden": a place ("handed it to Peru's army": Peru's organ)
        found.append(_new_mention(ActorMention, (start, end, canonical, kind, text[start:end], use)))
        accepted_end = end
        if pending_organ is not None and kind == "state" and _OF_GAP.fullmatch(text, pending_organ[1], start):
            organs.append((pending_organ[0], pending_organ[1], canonical, pending_organ[2]))
            pending_organ = None
    return tuple(_add_inferred(text, titles, cues, organs, found, gaz, members, written, signings, before))


def _other_states_owner(
    text: str, start: int, found: list[ActorMention], demonym: tuple[int, int, str], scope: frozenset[str]
) -> int:
    """Where the state that owns a scoped body's name at `start` is named, when that state is none of the
    scope's: its possessive right before ("Egypt's House of Representatives") or its demonym ("the Egyptian
    House of Representatives"); -1 when no other state owns it."""
    if (
        found
        and found[-1].kind == "state"
        and found[-1].canonical not in scope
        and _STATE_POSSESSIVE_GAP.fullmatch(text, found[-1].end, start)
    ):
        return found[-1].start
    if demonym[1] == start - 1 and text[demonym[1]] == " " and demonym[2] and demonym[2] not in scope:
        return demonym[0]
    return -1


_TWO_WORDS = re.compile(r"\s+([^\W\d_][\w'’-]*)(?:\s+([^\W\d_][\w'’-]*))?")


def _folded(words: str) -> str:
    return words.lower() if words.isalpha() else fold(words).strip()


def _title_at(text: str, pos: int, gaz: Gazetteer) -> bool:
    """Whether a title ("commander", "chief of staff") follows pos, as its next word or two."""
    words = _TWO_WORDS.match(text, pos)
    if words is None:
        return False
    first = _folded(words[1])
    return first in gaz.titles or (words[2] is not None and f"{first} {_folded(words[2])}" in gaz.titles)


def _after_place_word(text: str, start: int, gaz: Gazetteer) -> bool:
    """Whether the word before text[start] (past a "the") is one after which a state is a place ("in")."""
    if text[start - 1] != " ":
        return False
    space = text.rfind(" ", max(0, start - 12), start - 1)
    word = text[space + 1 : start - 1].lower().lstrip("(\"“‘'")
    if word == "the" and space > 0:
        before = text.rfind(" ", max(0, space - 12), space)
        word = text[before + 1 : space].lower()
        space = before
    if word not in gaz.place_before:
        # a two-word entry: "independence from Ethiopia" (the word before is read only then)
        before = text.rfind(" ", max(0, space - 16), max(0, space))
        return space > 0 and f"{text[before + 1 : space].lower()} {word}" in gaz.place_before
    # "the warring sides in Libya": the parties' state stays; so does the side a signatory "signed for"
    noun_start = text.rfind(" ", max(0, space - 16), max(0, space)) + 1
    noun = text[noun_start : max(0, space)].lower()
    if "party:" + noun in gaz.place_before or f"side:{noun} {word}" in gaz.place_before:
        return False
    # "A signed for Peru, B for Bolivia": the verb left out of a list's later item, after a capitalised name
    return not (text[noun_start : noun_start + 1].isupper() and _gapped_side(text, noun_start, word, gaz))


# Words a gapped list's item may hold between the comma (or "and") and the preposition: a name of four words.
_GAPPED_NAME = re.compile(r"(?:,|\band)\s+(?:[A-Z][\w'’.-]*\s+){0,3}$")
# How far back the list's first item (its verb and preposition) may stand.
_GAPPED_REACH = 160
_SENTENCE_BREAK = re.compile(r"[.;!?]\s|\n")


def _gapped_side(text: str, name_start: int, word: str, gaz: Gazetteer) -> bool:
    """Whether the capitalised word at name_start, right before `word` ("for"), ends a name that is a later item
    of a list opened by a "side:" phrase of the same preposition, its verb left out ("A signed for Peru, B for
    Bolivia and C for Chile"): the state after it is that person's side."""
    if text[name_start : text.find(" ", name_start)].lower() in gaz.titles:
        return False  # "the Envoy for Peru": a title's topic
    lo = max(0, name_start - _GAPPED_REACH)
    window = text[lo:name_start]
    for entry in gaz.place_before:
        if entry.startswith("side:") and entry.endswith(" " + word):
            at = window.rfind(entry[5:] + " ")
            if at >= 0 and _SENTENCE_BREAK.search(window, at) is None:
                return _GAPPED_NAME.search(window, at) is not None
    return False


# Between a state's name and a body's name the state owns ("Armenia's Security Council").
_STATE_POSSESSIVE_GAP = re.compile(r"['’]s ")
# A UN body's name that says it is the UN's ("Russia's UN Security Council envoy") stays the UN's.
_UN_PREFIXES = ("UN ", "U.N. ", "United Nations ")


def _outlet_after(text: str, end: int, gaz: Gazetteer) -> bool:
    """Whether the word after a state's name at `end` makes the two a publication's name ("Sudan Tribune")."""
    stop = end + 1
    while stop < len(text) and text[stop].isalpha():
        stop += 1
    return text[end + 1 : stop] in gaz.outlet_words


def _qualifies_place(text: str, start: int) -> bool:
    """A state after "in <Place>, ": the place's country, not an actor ("talks in Moscow, Russia")."""
    return _LOCATIVE_BEFORE.search(text, max(0, start - 40), start) is not None


def _words_after(text: str, pos: int, limit: int) -> Iterator[str]:
    """Up to `limit` lower-cased words (or commas) right after pos, stopping at other punctuation.

    Read one at a time: a demonym is mostly decided by the word after it ("the Libyan conflict")."""
    reach = pos + _WORDS_REACH
    for _ in range(limit):
        step = _WORD_STEP.match(text, pos, reach)
        if step is None:
            return
        token = step.group(1)
        yield token.lower() if token.isascii() else fold(token).strip()
        pos = step.end()


def _demonym_is_actor(text: str, end: int, gaz: Gazetteer) -> bool:
    if text.startswith("-", end):  # "a Russian-brokered deal", "the Saudi-led coalition"
        compound = _COMPOUND.match(text, end)
        return compound is not None and compound.group(1).lower() in gaz.agents
    words = _words_after(text, end, DEMONYM_REACH)
    word = next(words, None)
    while word is not None:
        if word in gaz.agents:
            return True
        following = next(words, None)
        if following is not None and f"{word} {following}" in gaz.agents:
            return True
        if not (word in gaz.modifiers or word in gaz.demonyms):
            return False
        word = following
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
    # a sentence, caption or dateline ends there ("... / MNDAA]  Beijing said", "(Reuters) — Moscow said")
    if not before or before[-1] in '.!?;:,"“\n•|])—–':
        return True
    previous = before.rsplit(None, 1)[-1].lower()
    if previous == "and":
        # "Moscow and Ankara have ...": a conjunct shares the reading of the actor before it.
        return accepted_end >= 0 and text[accepted_end:start].strip() == "and"
    return previous in gaz.clause_openers


# Between two items of a list of capitals ("Washington, Ankara and London").
_LIST_GAP = re.compile(r",? (?:and|or) |, ")
# Where a sentence, caption or dateline ends: a capital right after it is a metonym ("(Reuters) - Moscow said").
_METONYM_BREAKS = '.!?;:,"“\n•|])—–'


def _capital_list(text: str, start: int, end: int, chosen: list[_Match], gaz: Gazetteer) -> frozenset[int]:
    """Where the items start of the list of three or more capitals of as many states that the capital at
    start..end opens ("brokered by Washington, Ankara and London in May", "Washington, Moscow and Beijing
    welcomed"), when the list stands as a metonym: its commas then only separate the items, not a place from its
    country ("in Kunming, China").  So where its first item's place is a metonym's (`_capital_is_actor`: a
    sentence's start, a clause opener before it) and a lower-case word follows its last item; else none."""
    at = bisect_left(chosen, end, key=_START)
    states = {chosen[at - 1][2][0]} if at else set()
    last_end, items, closed = end, [start], False
    while at < len(chosen) and not closed:
        item_start, item_end, payload = chosen[at]
        gap = _LIST_GAP.fullmatch(text, last_end, item_start)
        if gap is None or payload[2] != "capital" or payload[0] in states:
            return frozenset()
        states.add(payload[0])
        items.append(item_start)
        last_end = item_end
        at += 1
        closed = gap[0] != ", "
    if not closed or len(items) < 3:
        return frozenset()
    following = _FIRST_WORD.match(text, last_end)
    if following is None or not following[1][0].islower() or following[1] in gaz.place_nouns:
        return frozenset()
    before = text[max(0, start - 30) : start].rstrip()
    if before and before[-1] not in _METONYM_BREAKS and before.rsplit(None, 1)[-1].lower() not in gaz.clause_openers:
        return frozenset()
    return frozenset(items)


# --- names no gazetteer knows --------------------------------------------------------------------------

_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9]{1,7})\)")
# An acronym in brackets that a name before it defines: all capitals or a word's capitalisation ("(Lurd)").
_SHORT_FORM = re.compile(r"\(([A-Z][A-Za-z0-9]{1,7})\)")
# An initial before a longer word of the name, also one of a run of initials written without stops, as South
# Asian news writes its names ("T R Zeliang", "P V Narasimha Rao"), or joined with stops ("J.R. Tarsen"); a name
# particle may open that word ("F. W. de Klerk", "J. van Dam": name_particles.txt), as it may any word of a name.
_INITIAL = re.compile(
    r"(?:(?:[A-Z]\.){2,3}|[A-Z]\.?)(?= (?:(?:[A-Z]\.){2,3} |[A-Z]\.? )*(?:(?:"
    + "|".join(map(re.escape, read_rule_file(NAME_PARTICLES).words()))
    + r")[ -])?[A-Z][\w'’-]*\w)"
)
_NAME_TOKEN = re.compile(r"[\w'’.-]+")
_APPOSITION_BREAK = re.compile(r"[,.;:!?()\"“”\n]")
_ORGAN_GAP = re.compile(r"(?:['’]s\s+(?:[a-z]+\s+)?|\s+)")
_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?")
_LAST_WORD = re.compile(r"([\w'’-]+) $")
_OF_PLACE = re.compile(r"\s+(?:of|for|on)\s+(?:the\s+)?([A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,3}")
# A name's aims after "for" may be joined by "and" ("Civic Alliance for Justice and Democracy", "Front for Change
# and Concord in Chad"); a head word opening a name after "the" needs one ("the Movement for Democracy in Liberia").
_FOR_AIMS = re.compile(
    r"\s+for\s+(?:the\s+)?([A-Z][\w'’-]*)(?:\s+(?:(?:and|of|in)\s+)?[A-Z][\w'’-]*){0,4}(?=[\s,.;:()])"
)
# After "the", a head word opens a body's name when "of" and capitalised words follow ("the Assembly of the Free
# Cantons", "the League of Free Towns"): the head word alone is no name, so what it is "of" is part of it.
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w'’-]*)(?:\s+(?:(?:and|of)\s+)?[A-Z][\w'’-]*){0,3}(?=[\s,.;:()])")
# A candidate: (start, end, canonical, kind, rule, swallow); swallow: may take the place of the state
# mentions it contains ("Myanmar National Democratic Alliance Army").
_Candidate = tuple[int, int, str, str, str, bool]


def _add_inferred(
    text: str,
    titles: list[tuple[int, int]],
    cues: list[tuple[int, int, str]],
    organs: list[tuple[int, int, str, str]],
    found: list[ActorMention],
    gaz: Gazetteer,
    members: Sequence[int] = (),
    written: list[tuple[int, tuple[tuple[str, Any], ...]]] | None = None,
    signings: Sequence[tuple[int, int]] = (),
    before: Sequence[tuple[int, str]] = (),
) -> list[ActorMention]:
    """The mentions of names no gazetteer knows, added to `found` (sorted, non-overlapping).  `written`: the
    hits of `_actor_automaton`'s keys as written (see `find_actors`), when that pass has run.  `signings`: where
    a `name_signatories.txt` phrase stands (`_signatories`).

    First the names themselves: a state's organs, a person after or before a title or after a speech
    verb, a group by the form of its name, an acronym introduced in brackets; then, in one pass over
    the text, the later short references to them (a person's surname or given name, the acronym).
    Each step is linear in the text and the mentions (a sorted list and bisection, no re-sorting per
    name), so a document twice as long costs about twice as much.
    """
    candidates: list[_Candidate] = []
    starts = [m.start for m in found]
    demonym_of = dict(gaz.state_demonyms) if organs else {}
    for start, end, state, organ in organs:
        name = _organ_name(organ, state, demonym_of.get(state), " ".join(text[start:end].lower().split()))
        candidates.append((start, end, name, ORGANS[organ][0], "organ", False))
    title_starts = {start for start, _ in titles}
    title_positions = [start for start, _ in titles]  # in text order, for bisection
    title_ends = {end for _, end in titles}
    for title_start, title_end in titles:
        after = bisect_left(starts, title_end)
        # "Army chief General Abdel Fattah al-Burhan": the name is the last title's, without "General".
        title_follows = title_end + 1 in title_starts or title_end + 2 in title_starts
        if not (title_follows or (after < len(starts) and starts[after] - title_end <= 2)):
            single = " ".join(text[title_start:title_end].lower().split()) in gaz.single_titles
            span = _name_after(text, title_end, gaz, found, starts, 1 if single else NAME_MIN_WORDS)
            # "General National Congress", "General Peace Agreement": a title's word opening a body's or a
            # document's name, not a person's
            if (
                span is not None
                and text[span[0] : span[1]].rsplit(None, 1)[-1] not in gaz.group_kinds
                and text[span[0] : span[1]].rsplit(None, 1)[-1].lower() not in gaz.document_words
                # "Chief of Defence Staff Gen Bipin Rawat": a title inside is the name's own
                and not _starts_inside(title_positions, span[0], span[1])
                # "Mr Dusek" after "Karel Dusek": the surname of a person named before, which the surname pass reads
                and not (
                    " " not in text[span[0] : span[1]]
                    and text[title_start:title_end].lower() in gaz.honorifics
                    and _surname_of_named(text, text[span[0] : span[1]], title_start, gaz.honorifics, gaz.particles)
                )
            ):
                candidates.append((*span, _spaced(text, span), PERSON, "title", False))
        span = _name_before(text, title_start, gaz)
        # "the chair of the Referendum Commission, the former prime minister A": a body's name, not a person's;
        # "Prime Minister A, the chairman of ...": the name after a title of its own is the title rule's, without it
        if (
            span is not None
            and text[span[0] : span[1]].rsplit(None, 1)[-1] not in gaz.group_kinds
            and not _starts_inside(title_positions, span[0] - 1, span[1])
        ):
            candidates.append((*span, _spaced(text, span), PERSON, "apposition", False))
    given_end = -1
    # "UN Secretary General Kofi Annan": a known actor's name ending in a title opens a person's name as a title does
    given_starts = {cue_start - 1 for cue_start, _end, kind in cues if kind == PERSON}
    name_openers = title_ends | {
        m.end
        for m in found
        if m.end in given_starts and m.kind != PERSON and " " in m.surface and _ends_in_title(m.surface, gaz)
    }
    for cue_start, cue_end, kind in cues:
        if kind == PERSON:  # a given name: "met Barack Obama"
            if (
                cue_start >= given_end
                and text[cue_start + 1 : cue_start + 2].islower()  # "EVENS SANON": a byline in capitals
                and _given_name_starts(text, cue_start, name_openers, gaz)
                and not _in_credit_line(text, cue_start, gaz)
            ):
                span = _name_words(text, cue_start, gaz)
                if span is not None and not (
                    _is_place(text, cue_end, span[1], gaz)
                    or _modifies_place(text, span, gaz)
                    or _quoted_name(text, span)
                ):
                    candidates.append((*span, _spaced(text, span), PERSON, "given", False))
                    given_end = span[1]
        elif not kind:  # a speech verb: "said Karel Dusek"
            span = _name_words(text, cue_end + 1, gaz) if text.startswith(" ", cue_end) else None
            # "led by Prime Minister A" is the title rule's; "led by the Tarnia Valley Front" a body's or a place's
            if span is not None and not (
                _starts_inside(title_positions, span[0] - 1, span[1])
                or _is_place(text, text.find(" ", span[0], span[1]), span[1], gaz)
            ):
                candidates.append((*span, _spaced(text, span), PERSON, "speech", False))
        elif text[cue_start - 1 : cue_start] == " ":
            candidate = _group_by_form(text, cue_start, cue_end, kind, gaz)
            if candidate is not None:
                candidates.append(candidate)
    if signings:
        candidates += _signatories(text, signings, gaz)
    if before:
        candidates += _named_before(text, before, gaz)
    if "(" in text:
        candidates += _defined_long_forms(text, found, gaz)
    if ", who" in text:
        candidates += _named_by_relative(text, found, title_positions, gaz)
    merged = _merge(text, found, candidates)
    merged = _merge(text, merged, _acronyms_defined(text, merged, gaz))
    # where the gazetteer's fixed words stand (group nouns, "called", "known as"), from one pass over the text
    # (and where its description nouns stand, `_described`'s: the same pass)
    at, nouns = _positions_and_descriptions(
        text,
        _fixed_words(gaz.group_plurals, gaz.group_called[0], gaz.group_apposed, gaz.known_as_words),
        gaz.descriptions,
        written,
    )
    named_groups = (
        _plural_groups(text, merged, gaz, at) + _called_groups(text, gaz, at) + _apposed_groups(text, merged, gaz, at)
    )
    if "(" in text:
        named_groups += _faction_acronyms(text)
    if named_groups:
        merged = _merge(text, merged, named_groups)
    described = _described(text, merged, gaz, nouns) + (_members(text, merged, gaz, members) if members else [])
    if not (candidates or len(merged) > len(found) or any(m.kind == PERSON for m in found)):
        return _merge(text, merged, described) if described else merged  # no name here to refer back to
    nicknames = _nicknames(text, merged, gaz, at)
    forms: dict[str, tuple[int, str]] = {}  # the surnames with their particle, `_short_references` fills it
    out = _merge(text, merged, _short_references(text, merged, gaz, nicknames, forms) + described)
    # "Van Dusek said" after "Karel van Dusek": the speech rule read the surname with its particle as a name of its
    # own; it is the person named before (a look-up per mention, only where a name with a particle was read)
    if forms:
        out = [
            m._replace(canonical=forms[m.surface][1], rule="surname")
            if m.kind == PERSON and m.surface in forms and m.start >= forms[m.surface][0]
            else m
            for m in out
        ]
    if nicknames:
        # "the Krell Front, also known as the Valley Guard": a group found by the form of its second name
        # (or as a name "called" after a group noun: "the rebel group known as K-9") is the first one.
        out = [
            m._replace(canonical=nicknames[m.canonical][1], kind=nicknames[m.canonical][2])
            if m.rule in ("form", "called") and m.canonical in nicknames and m.start >= nicknames[m.canonical][0]
            else m
            for m in out
        ]
    return _without_title_qualifiers(text, out, title_positions, gaz)


# Bodies that qualify a person's title rather than act ("UN envoy Jan Doe"); a state does act through its
# officials ("Turkish Foreign Minister X": Turkey), as the annotated dev sets have it.
_TITLE_QUALIFIER_KINDS = frozenset({"organisation", "un_body"})
# How far after a body a title may start ("the UN's emergency relief coordinator"): about three words.
_TITLE_GAP = 40
_GAP_BREAK = re.compile(r"[.;:!?()\n\"“”]")


# The next signatory of a list with the verb left out, and "for" after it ("..., Ris Oba for Peru and Mira Sol for
# Chile"): a comma or "and", then two to four capitalised words (group 1), then "for".
_NEXT_SIGNATORY = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*)\s+for\s")
# How far a list of signatories may run after the phrase (up to the sentence's end, found by `_SENTENCE_END`).
_SIGNATORY_LIST_REACH = 300
_SENTENCE_END = re.compile(r"[.;!?\n]")


def _signatories(text: str, signings: Sequence[tuple[int, int]], gaz: Gazetteer) -> list[_Candidate]:
    """ "Khan Tal signed for the Front, Ris Oba for Peru": the capitalised words right before a signing phrase
    (opening a sentence or a list's item), and those of each item of the list after it with the verb left out,
    are people, when no word of them is known (a known given name, title or body is another rule's): who signs
    for a side is a person, whatever the given name.  Each phrase reads its own sentence only (the phrases are
    found by the gazetteer's pass: no scan of the text of its own)."""
    out: list[_Candidate] = []
    for start, end in signings:
        run = gaz.name_run.search(text, max(0, start - 60), start - 1) if text[start - 1 : start] == " " else None
        if run is not None:
            begin = run.start()
            if _opens_item(text, begin, _LIST_OPENERS):
                span = _name_words(text, begin, gaz)
                if span is not None and span[1] == start - 1 and _unknown_but_given(text, span, gaz):
                    out.append((*span, _spaced(text, span), PERSON, "signatory", False))
        stop = _SENTENCE_END.search(text, end, end + _SIGNATORY_LIST_REACH)
        for item in _NEXT_SIGNATORY.finditer(text, end, stop.start() if stop else end + _SIGNATORY_LIST_REACH):
            span = _name_words(text, item.start(1), gaz)
            if span is not None and span[1] == item.end(1) and _unknown_but_given(text, span, gaz):
                out.append((*span, _spaced(text, span), PERSON, "signatory", False))
    return out


# ", a lawyer", ", a former teacher", ", the human rights lawyer": what stands between a name's comma and a trade
# (`name_occupations.txt`), read backwards from the trade found by the gazetteer's pass.
_TRADE_BEFORE = re.compile(r", (?:an?|the)(?: [a-z][\w-]*){0,3} $")


# What stands before a name that opens an item: a comma, or a dateline's dash ("PORT AMSEL (Reuters) - A B, 61,");
# a signatory's item only after a comma.
_ITEM_OPENERS = (", ", "- ", "— ", "– ")
_LIST_OPENERS = (", ",)


def _opens_item(text: str, begin: int, openers: tuple[str, ...]) -> bool:
    """Whether a name at `begin` opens a sentence, or an item after one of `openers` or "and "."""
    return _opens_sentence(text, begin) or text[begin - 2 : begin] in openers or text[begin - 4 : begin] == "and "


def _named_before(text: str, ends: Sequence[tuple[int, str]], gaz: Gazetteer) -> list[_Candidate]:
    """ "Zorvan Dusek said", '"...," Zorvan Dusek told', "Zorvan Dusek, 61,", "Zorvan Dusek, a lawyer,": the two to four
    capitalised words ending at each of `ends` (found by the gazetteer's pass: no scan of the text of its own) are a
    person's name when they open a sentence, a quotation's tail or an item after a comma or "and", and no word of
    them is known (but as a given name), a group's head word or a place word."""
    out: list[_Candidate] = []
    for end, rule in ends:
        # walked back word by word with rfind (a regex search back over the window, once per "said", cost some 0.2 M
        # instructions a document): the words holding a capital or a particle, ending in a letter
        begin, pos = -1, end
        for _ in range(NAME_MAX_WORDS):
            low = max(0, pos - 30)
            space = text.rfind(" ", low, pos)
            if space < 0 and low > 0:
                break  # a word longer than any name's
            word = text[space + 1 : pos]
            line = word.rfind("\n")  # a line's first word ends the walk
            if line >= 0:
                word, space = word[line + 1 :], space + 1 + line
            if not (word[-1:].isalnum() and (word[:1].isupper() or word.split("-", 1)[0].lower() in gaz.particles)):
                break
            begin, pos = space + 1, space
            if space < 0 or line >= 0:
                break
        if begin < 0 or begin == text.rfind(" ", 0, end) + 1:
            continue  # no word or one: no name
        if not _opens_item(text, begin, _ITEM_OPENERS):
            continue
        span = _name_words(text, begin, gaz)
        if (
            span is not None
            and span[1] == end
            and text[begin : text.find(" ", begin, end)].lower() not in gaz.sentence_adverbs
            and _unknown_but_given(text, span, gaz)
            and not _is_place(text, span[0], span[1], gaz)
        ):
            out.append((*span, _spaced(text, span), PERSON, rule, False))
    return out


def _unknown_but_given(text: str, span: tuple[int, int], gaz: Gazetteer) -> bool:
    """Whether no word of text[span] is a stop word or known to the gazetteer but as a given name ("Khan Tal":
    "Tal" is one, and still a surname here)."""
    for word in text[span[0] : span[1]].split():
        key = fold(word).strip()
        entry = gaz.automaton.get(f" {key} ", None)
        if key.lower() in gaz.name_stop_words or (entry is not None and entry[1][2] != "given"):
            return False
    return True


# A lone capitalised word right before a relative pronoun that only a person takes ("Brel, who", "Brel, whose"),
# read backwards from the ", who" that str.find gives (no regex scan of the whole text).
_SURNAME_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z][\w'’-]*)$")
# The capitalised word right before such a surname ("Ogwal Brel, who"): the whole name is read, not its end.
_CAPITAL_WORD_BEFORE = re.compile(r"[A-Z][\w'’-]* $")


def _named_by_relative(
    text: str, found: list[ActorMention], title_positions: list[int], gaz: Gazetteer
) -> list[_Candidate]:
    """A person whose given name no list knows, by the surname a later "who" refers to ("Ogwal Brel signed.
    Brel, who leads the group, ..."): the two to four capitalised words ending in that surname the first time
    it is named, not after "the", not a known actor, a title or a place."""
    starts = {m.start for m in found}
    out: list[_Candidate] = []
    seen: set[str] = set()
    comma = text.find(", who")
    while comma >= 0:
        word = _SURNAME_BEFORE.search(text, max(0, comma - 40), comma)
        at = comma
        comma = text.find(", who", comma + 5)
        if word is None or word[1] in seen or word.start() in starts:
            continue
        if _CAPITAL_WORD_BEFORE.search(text, max(0, word.start() - 30), word.start()):
            # "Ogwal Brel, who heads the commission,": the whole name, read as one before a speech verb is
            out += _named_before(text, ((at, "speech"),), gaz)
            continue
        surname = word[1]
        seen.add(surname)
        # the first time the surname stands after another capitalised word
        pos = text.find(" " + surname, 0, at)
        while pos > 0:
            after = pos + 1 + len(surname)
            first = text.rfind(" ", max(0, pos - 40), pos) + 1
            if (
                text[first : first + 1].isupper()
                and _in_word(text[pos - 1 : pos])
                and not _in_word(text[after : after + 1])
            ):
                span = _name_words(text, first, gaz)
                if (
                    span is not None
                    and span[1] == after
                    and span[0] not in starts
                    and text[max(0, span[0] - 4) : span[0]].lower() != "the "
                    and not _starts_inside(title_positions, span[0] - 1, span[1])
                    and not _is_place(text, pos, span[1], gaz)
                ):
                    out.append((*span, _spaced(text, span), PERSON, "speech", False))
                break
            pos = text.find(" " + surname, pos + 1, at)
    return out


def _without_title_qualifiers(
    text: str, found: list[ActorMention], title_positions: list[int], gaz: Gazetteer
) -> list[ActorMention]:
    """`found` less what only qualifies the title of the person named right after: a body before the
    title ("UN envoy Jan Doe", "the UN's special envoy", "UN Secretary General Jan Doe") and the place an
    envoy is "for" or "to" ("the Special Envoy for Tarnia Jan Doe"); a state before the title acts through
    its official and stays ("Turkish Foreign Minister X")."""
    drop: set[int] = set()
    for i, m in enumerate(found):
        # cheap tests first: a body right before a title, or a state right after "for"/"to" inside a title
        if m.kind in _TITLE_QUALIFIER_KINDS:
            t = bisect_left(title_positions, m.end)
            if not (
                (t < len(title_positions) and title_positions[t] - m.end <= _TITLE_GAP)
                or (" " in m.surface and _ends_in_title(m.surface, gaz))
            ):
                continue
        elif not (
            m.kind == "state"
            and text[max(0, m.start - 4) : m.start] in ("for ", " to ")
            and _starts_inside(title_positions, m.start - 60, m.start)
        ):
            continue
        # the person the title names: the next person named within reach, no clause break between
        j = i + 1
        while j < len(found) and found[j].kind != PERSON and found[j].start - m.end <= APPOSITION_REACH:
            j += 1
        if j == len(found) or found[j].start - m.end > APPOSITION_REACH:
            continue
        person = found[j]
        if person.rule not in ("title", "given", "alias") or _GAP_BREAK.search(text, m.end, person.start):
            continue
        if m.kind == "state" or (
            _title_within_words(text, m.end, person.start, title_positions, gaz)
            or (person.start - m.end <= 2 and _ends_in_title(m.surface, gaz))
        ):
            drop.add(i)
    return [m for i, m in enumerate(found) if i not in drop] if drop else found


# A body's possessive, then at most three words before a title: "the UN's emergency relief coordinator".
_BEFORE_TITLE = re.compile(r"(?:['’]s)?(?:\s+[\w]+){0,3}\s+")


def _title_within_words(text: str, end: int, limit: int, title_positions: list[int], gaz: Gazetteer) -> bool:
    """Whether a title starts a few plain words after `end` (and before `limit`), other than one whose
    holder speaks for the body before it ("a GNA military spokesman": the GNA spoke)."""
    i = bisect_left(title_positions, end)
    while i < len(title_positions) and title_positions[i] < limit:
        at = title_positions[i]
        if _BEFORE_TITLE.fullmatch(text, end, at):
            word = _NAME_TOKEN.match(text, at)
            return word is None or word.group().lower() not in gaz.speaking_for
        i += 1
    return False


def _starts_inside(positions: list[int], start: int, end: int) -> bool:
    """Whether one of the sorted positions lies strictly inside (start, end)."""
    i = bisect_right(positions, start)
    return i < len(positions) and positions[i] < end


def _ends_in_title(surface: str, gaz: Gazetteer) -> bool:
    """Whether a name's last word or two are a title ("UN Secretary General")."""
    words = surface.split()
    last = _folded(words[-1])
    return last in gaz.titles or (len(words) > 1 and f"{_folded(words[-2])} {last}" in gaz.titles)


def _given_name_starts(text: str, start: int, title_ends: set[int], gaz: Gazetteer) -> bool:
    """Whether a name may start at a given name: not inside a longer proper noun, where a capitalised word
    stands right before it ("Camp David", "Fort George"), unless that word is a title or a possessive
    ("President Barack Obama", "Sinn Fein's Martin Doe") or punctuation ends it ("The Taoiseach, Bertie")."""
    if start < 2 or text[start - 1] != " " or (start - 1) in title_ends:
        return True
    space = text.rfind(" ", max(0, start - 40), start - 1)
    previous = text[space + 1 : start - 1]
    if not previous or not previous[0].isupper():
        return True
    return previous.endswith(("'s", "’s")) or not previous[-1].isalnum() or previous.lower() in gaz.name_stop_words


# A line longer than this is body text, not a byline or credit line.
CREDIT_LINE_MAX = 200


# A run of capitalised words inside quotation marks: the words before the run up to the opening mark.
_QUOTED_OPENING = re.compile(r"[\"“](?:[^\W\d_][\w'’-]* )*$")


def _quoted_name(text: str, span: tuple[int, int]) -> bool:
    """'launched "Mano Dura" (Iron Fist)', 'followed with "Super Mano Dura"': capitalised words that fill a
    quotation name a policy, a slogan or a work, not a person (a nickname in quotes is one word inside a
    name: 'Joko "Jokowi" Widodo')."""
    if text[span[1] : span[1] + 1] not in ('"', "”"):
        return False
    return _QUOTED_OPENING.search(text, max(0, span[0] - 40), span[0]) is not None


def _in_credit_line(text: str, pos: int, gaz: Gazetteer) -> bool:
    """ "By Jane Doe and John Roe", "(Reporting by Jane Doe; Editing by John Roe)": a short line that
    credits journalists."""
    start = text.rfind("\n", max(0, pos - CREDIT_LINE_MAX), pos) + 1
    if start == 0 and pos > CREDIT_LINE_MAX:
        return False
    end = text.find("\n", pos, start + CREDIT_LINE_MAX + 1)
    if end < 0:
        end = len(text)
    if end - start > CREDIT_LINE_MAX:
        return False
    line = text[start:end].lower().lstrip(" (")
    at_start, anywhere = gaz.credit_markers
    return line.startswith(at_start) or any(marker in line for marker in anywhere)


def _is_place(text: str, first_end: int, end: int, gaz: Gazetteer) -> bool:
    """ "Victoria Falls", "Camp David Accords", "Grace Foundation": a word after the given name that names
    a place, a thing or a body (a group's head word)."""
    return any(w.lower() in gaz.place_words or w in gaz.group_kinds for w in text[first_end:end].split())


def _modifies_place(text: str, span: tuple[int, int], gaz: Gazetteer) -> bool:
    """ "the Abu Salim district", "the Omar Mukhtar street": a name between "the" and a lower-case place word
    names the place, not a person; so does one in apposition to a place ("Marek Halden, the old quarter")."""
    if text.startswith((", the ", ", a "), span[1]):
        # "Daraa al-Balad, the old quarter of the city": the apposition names what the name is
        words = text[span[1] + 2 : span[1] + 40].split(None, 4)[1:4]
        return any(w.strip(",.;") in gaz.place_words for w in words if w.islower() or not w[:1].isalpha())
    if text[max(0, span[0] - 4) : span[0]].lower() != "the ":
        return False
    following = _FIRST_WORD.match(text, span[1])
    return following is not None and following.group(1).islower() and following.group(1) in gaz.place_words


# A nickname in quotes inside a person's name ('Joko "Jokowi" Widodo'), up to the space before the surname.
_QUOTES = ('"', "“")
_QUOTED_NICKNAME = re.compile(r"[\"“]([A-Z][\w'’-]*\w)[\"”] ")


def _spaced(text: str, span: tuple[int, int]) -> str:
    """The name in a span, one space between words and without a nickname in quotes inside it."""
    words = text[span[0] : span[1]]
    if '"' in words or "“" in words:
        words = _QUOTED_NICKNAME.sub("", words)
    return " ".join(words.split())


# Bodies whose acronym may open the name of one of their own organs ("UN Group of Experts").
_PARENT_KINDS = frozenset({"un_body", "organisation"})


def _merge(text: str, found: list[ActorMention], candidates: list[_Candidate]) -> list[ActorMention]:
    """`found` with the candidates that overlap nothing accepted before them (leftmost first); a
    swallowing candidate replaces the state mentions it wholly contains."""
    if not candidates:
        return found
    starts = [m.start for m in found]
    dropped: set[int] = set()
    added: list[ActorMention] = []
    last_end = -1
    for start, end, canonical, kind, rule, swallow in sorted(candidates, key=lambda c: (c[0], -c[1])):
        if start < last_end:
            continue
        first = bisect_left(starts, end)
        i = first
        overlapping: list[int] = []
        while i > 0 and found[i - 1].end > start:
            overlapping.append(i - 1)
            i -= 1
        if overlapping:
            inside = all(start <= found[j].start and found[j].end <= end for j in overlapping)
            # "the UN Group of Experts", "the EU Naval Force": a body's own name opened by its parent's acronym
            states = inside and all(
                found[j].kind == "state"
                or (
                    found[j].start == start
                    and found[j].kind in _PARENT_KINDS
                    and found[j].surface.isupper()
                    and " " not in found[j].surface
                )
                for j in overlapping
            )
            # "Foreign Minister Jane Kolo Wagner": a one-word alias past a person's first name is a surname;
            # "political chief Abdul Ghani Baradar": a person's one-word alias inside the name is a middle name
            surname = (
                inside
                and kind == PERSON
                and all(
                    found[j].start > start
                    and " " not in found[j].surface
                    and (found[j].kind != PERSON or found[j].end < end)
                    for j in overlapping
                )
            )
            if not ((swallow and states) or surname):
                continue
            dropped.update(overlapping)
        added.append(ActorMention(start, end, canonical, kind, text[start:end], rule))
        last_end = end
    kept = [m for j, m in enumerate(found) if j not in dropped] if dropped else found
    return sorted([*kept, *added])  # tuples: by start (mentions never share one)


def _name_words(text: str, pos: int, gaz: Gazetteer, min_words: int = NAME_MIN_WORDS) -> tuple[int, int] | None:
    """Two to four capitalised words (with particles) from pos: a name."""
    words: list[tuple[int, int]] = []
    cursor = pos
    initials = 0
    while len(words) < NAME_MAX_WORDS:
        match = gaz.name_word.match(text, cursor)
        if not match:
            # an initial ("S Jaishankar", "John F. Kennedy") when a longer word of the name follows it
            match = _INITIAL.match(text, cursor)
            if match is None:
                break
            initials += 1
        elif match.group().lower() in gaz.name_stop_words:
            break
        words.append((match.start(), match.end()))
        cursor = match.end()
        if not text.startswith(" ", cursor):
            break
        cursor += 1
        nickname = _QUOTED_NICKNAME.match(text, cursor) if text[cursor : cursor + 1] in _QUOTES else None
        if nickname is not None and gaz.name_word.match(text, nickname.end()) is not None:
            cursor = nickname.end()  # 'Joko "Jokowi" Widodo': the name goes on after the nickname
    while words and (text[words[-1][1] - 1] == "." or words[-1][1] - words[-1][0] == 1):
        words.pop()  # a name ends in a word, not an initial
        initials -= 1
    if len(words) < min_words or len(words) == initials:
        return None
    return words[0][0], words[-1][1]


def _surname_of_named(
    text: str, word: str, before: int, honorifics: frozenset[str], particles: frozenset[str] = frozenset()
) -> bool:
    """`word` ends a longer capitalised name written before `before` ("Karel Dusek ... Mr Dusek"; "Ilse Marta de
    Varga ... Mrs. Varga", a particle between): the surname of a person named there, whose whole name the surname
    reading gives."""
    at = text.rfind(word, 0, before)
    while at > 0:
        previous = text[max(0, at - 30) : at]
        if (
            previous.endswith(" ")
            and not text[at + len(word) : at + len(word) + 1].isalnum()
            and (capital := _CAPITALISED_BEFORE.search(previous)) is not None
            and (capital.group(2) is None or capital.group(2) in particles)
            and capital.group(1).rstrip(".").lower() not in honorifics
        ):
            return True
        at = text.rfind(word, 0, at)
    return False


# A capitalised word right before a name's last word ("Karel " in "Karel Dusek"), or with a particle between
# ("Marta de " in "Marta de Varga", checked against name_particles.txt); the caller turns away the gazetteer's
# honorifics ("Mr " in "Mr Dusek"), which name_honorifics.txt lists.
_CAPITALISED_BEFORE = re.compile(r"(?<![\w.])([A-Z][\w'’.-]+) (?:([a-z]+(?: [a-z]+)?) )?$")


def _name_after(
    text: str, pos: int, gaz: Gazetteer, found: list[ActorMention], starts: list[int], min_words: int = NAME_MIN_WORDS
) -> tuple[int, int] | None:
    """The name a title introduces: right after it ("Colonel Karim Tawil"), after words that qualify
    the title ("Special Envoy for Tarnia Karel Dusek", "envoy for the region, Karel Dusek") or in
    apposition ("the country's president, Karel Dusek,")."""
    start = pos
    while start < len(text) and text[start] in " \t.":
        start += 1
    word = _FIRST_WORD.match(text, start - 1) if start > 0 else None
    if word is not None and word.group(1).lower() in gaz.connectors:
        # skip the qualifier: connectors, capitalised words and known actors, up to a comma or a name
        cursor = start
        lower_seen = False  # a lower-case word in the qualifier: only ", Name" can end it
        for _ in range(8):
            i = bisect_left(starts, cursor)
            if i < len(found) and found[i].start == cursor:
                cursor = found[i].end
            else:
                token = _NAME_TOKEN.match(text, cursor)
                if token is None:
                    break
                if not (token.group()[0].isupper() or token.group().lower() in gaz.connectors):
                    lower_seen = True
                elif token.group()[0].isupper() and not lower_seen and (span := _name_words(text, cursor, gaz)):
                    previous = text[max(0, cursor - 12) : cursor].split()
                    if previous and previous[-1].lower() not in gaz.connectors:
                        # "the President of the Autonomous Tarnia Government, Karel Dusek": capitalised words
                        # of the qualifier, and the name after its comma
                        apposed = _name_words(text, span[1] + 2, gaz) if text.startswith(", ", span[1]) else None
                        return apposed or span
                cursor = token.end()
            if text.startswith(", ", cursor):
                return _name_words(text, cursor + 2, gaz)
            if not text.startswith(" ", cursor):
                return None
            cursor += 1
        return None
    if text.startswith(", ", pos):
        return _name_words(text, pos + 2, gaz)
    return _name_words(text, start, gaz, min_words)


def _name_before(text: str, title_start: int, gaz: Gazetteer) -> tuple[int, int] | None:
    """ "Karel Dusek, the national security adviser": the name before ", <determiner> ... <title>"."""
    end = text.rfind(", ", max(0, title_start - APPOSITION_REACH), title_start)
    if end < 0:
        return None
    between = text[end + 2 : title_start]
    determiner = between.split(None, 1)
    if not determiner or determiner[0].lower() not in gaz.determiners or _APPOSITION_BREAK.search(between):
        return None
    name = gaz.name_run.search(text, max(0, end - 60), end)
    if name is None or (name.start() > 0 and text[name.start() - 1].isalnum()):
        return None
    begin = name.start()
    opener = text[begin : text.find(" ", begin, end)]
    if opener.lower() in gaz.clause_openers:
        begin += len(opener) + 1  # "When Karel Dusek, the first ... president, took office": no part of the name
    span = _name_words(text, begin, gaz)
    return span if span is not None and span[1] == end else None


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
# The months a group's name may open with, before its day ("the April 19 Movement").
_MONTH_NAMES = frozenset(MONTHS)


def _hyphen_qualifies(tail: str, gaz: Gazetteer) -> bool:
    """ "Tripoli-based", "UN-led", "Iran-aligned": a lower-case word after a hyphen makes the word a qualifier;
    a noun compound's end keeps it a word of the name ("the International Follow-up Committee", "the Joint
    Cease-fire Commission"; `data/en/name_hyphen_nouns.txt`)."""
    return tail[:1].islower() and tail.lower() not in gaz.hyphen_nouns


# A capitalised word after a space: what follows a group's head word.
_CAPITALISED_AFTER = re.compile(r" ([A-Z][\w'’-]*)")


def _names_a_place(text: str, head_end: int, gaz: Gazetteer) -> bool:
    """Whether the capitalised words after a head word, past any other head words ("Liberation Front"), end in a
    place or thing ("Hall", "Airport", "Accord"): the body's name is part of another name."""
    following = _CAPITALISED_AFTER.match(text, head_end)
    while following is not None and following.group(1) in gaz.group_kinds:
        following = _CAPITALISED_AFTER.match(text, following.end())
    return following is not None and following.group(1).lower() in gaz.place_words


def _group_by_form(text: str, head_start: int, head_end: int, kind: str, gaz: Gazetteer) -> _Candidate | None:
    """ "the Marrow Valley Liberation Front": capitalised words (and connectors) ending in a head word."""
    # the word before, after any space or line break ("2026\n\nThe Assembly of ...": "The")
    before = text[max(0, head_start - 40) : head_start - 1].split()
    previous = before[-1] if before else ""
    if previous in ("the", "The"):
        aims = _FOR_AIMS.match(text, head_end)
        if aims is not None and aims.group(1).lower() not in gaz.name_stop_words:
            # "the Front for Change and Concord in Chad": the head word opens the name
            return head_start, aims.end(), " ".join(text[head_start : aims.end()].split()), kind, "form", True
        owned = _OF_NAME.match(text, head_end)
        if (
            owned is not None
            and owned.group(1).lower() not in gaz.name_stop_words
            and f" {fold(text[owned.start(1) : owned.end()]).strip()} " not in gaz.automaton
        ):
            # "the Assembly of the Free Cantons": the head word opens the name, the words after "of" end it; a known
            # name after "of" is that actor's own ("the Union of Tarnia" is the state)
            end = owned.end()
            while text[text.rfind(" ", owned.start(1), end) + 1 : end].lower() in gaz.name_stop_words:
                end = text.rfind(" ", owned.start(1), end)  # "the Assembly of the Free Cantons Monday"
            return head_start, end, " ".join(text[head_start:end].split()), kind, "form", True
    if text[head_start:head_end] in gaz.opening_heads:
        return None  # "the White House": an opener heads no name
    if not previous or not (previous[0].isupper() or previous[0].isdigit() or previous in gaz.connectors):
        return None  # "the rebel Army": no name before the head word; "the 444 Brigade" has one
    words: list[tuple[int, str]] = []
    cursor = head_start
    for _ in range(GROUP_MAX_WORDS):
        token = _LAST_WORD.search(text, max(0, cursor - 40), cursor)
        if token is None:
            break
        word = token.group(1)
        connector = word.islower() and word in gaz.connectors
        # "the 444 Brigade", "the 23rd Battalion"; an ordinal opens a longer name ("the 15th Motor Rifle Brigade")
        ordinal = _ORDINAL.fullmatch(word) is not None
        number = word[0].isdigit() and (len(words) == 0 or ordinal)
        if not (connector or number or (word[0].isupper() and word.lower() not in gaz.name_stop_words)):
            break
        if "-" in word and _hyphen_qualifies(word.rpartition("-")[2], gaz):
            break  # "the Tripoli-based X Council": a qualifier, no part of the name
        words.append((token.start(1), word))
        cursor = token.start(1)
        if number and text[cursor - 1 : cursor] == " " and word.isdigit() and 1 <= int(word) <= 31:
            # "the April 19 Movement", "the March 23 Movement": a group named after a day opens with its month
            month = _LAST_WORD.search(text, max(0, cursor - 12), cursor)
            if month is not None and month.group(1)[0].isupper() and month.group(1).lower() in _MONTH_NAMES:
                words.append((month.start(1), month.group(1)))
            break
        if text[cursor - 1 : cursor] != " " or number:
            break  # a number opens the name
    words = words[: _inner_connectors_end(words, gaz.group_kinds)]
    while words and not (words[-1][1][0].isupper() or words[-1][1][0].isdigit()):
        words.pop()
    if len(words) > 1 and words[-2][1].islower() and _sentence_initial(text, words[-1][0]):
        # "Fighters of the Coastal Defence Brigades": a word capitalised by its place starts no name
        words.pop()
        while words and not (words[-1][1][0].isupper() or words[-1][1][0].isdigit()):
            words.pop()
    if not words:
        return None
    if _names_a_place(text, head_end, gaz):
        return None  # "the Tarnia Union Hall", "Mitiga International Airport": a place or thing named after a body
    owned = _owner_cut(words, gaz)
    if owned is not None:
        # "Vessel's People's Alliance": the possessive names the owner (a leader, a state), no part of the name;
        # a state's possessive right before the rest is read below ("Kosovo's Constitutional Court")
        words = words[: owned + (_state_possessive(words[owned][1], gaz) is not None)]
    start, end = words[-1][0], head_end
    if " ".join(text[words[-2][0] if len(words) > 1 else start : end].lower().split()) in gaz.organs:
        return None  # "the Sudanese Armed Forces": a state's organ, found by `_organs_of`
    tail = _FOR_AIMS.match(text, end) or _OF_PLACE.match(text, end)
    if tail is not None and tail.group(1).lower() in gaz.name_stop_words:  # "the Council on Tuesday"
        tail = None
    if tail is not None:
        end = tail.end()
    name = " ".join(text[start:end].split())
    owner = _state_possessive(words[-1][1], gaz) if len(words) >= 2 and tail is None else None
    if owner is not None:
        # "Kosovo's Constitutional Court" is the Constitutional Court of Kosovo, whichever way it is written
        name = " ".join(text[words[-2][0] : end].split()) + " of " + owner
    # one word and a head may swallow only the state of its own "of <State>" ("Constitutional Court of Kosovo")
    return start, end, name, kind, "form", len(words) >= 2 or tail is not None


def _owner_cut(words: list[tuple[int, str]], gaz: Gazetteer) -> int | None:
    """The index (nearest the head first) of the first possessive among a group name's words read back from its
    head that is no noun of `name_inner_possessives.txt`, when a word stays between it and the head; else None."""
    for i, (_pos, word) in enumerate(words[1:], 1):
        stem = word[:-2] if word.endswith(("'s", "’s")) else word[:-1] if word.endswith(("s'", "s’")) else None
        if stem is not None and stem.lower() not in gaz.inner_possessives:
            return i
    return None


def _state_possessive(word: str, gaz: Gazetteer) -> str | None:
    """The state a possessive names ("Kosovo's"), by its canonical name; None for any other word."""
    if not word.endswith(("'s", "’s")):
        return None
    entry = gaz.automaton.get(f" {fold(word[:-2]).strip()} ", None)
    if entry is None or entry[1][1] != "state" or entry[1][2] != "alias" or entry[1][4]:
        return None
    return str(entry[1][0])


# Connector runs that may stand inside a group's name, read backwards from its head: "Justice and
# Equality Movement", "Front for the Liberation".  "and the", "of the" join two names ("Valdoria and
# the Krell Front", "Drovic of the Krell Front"); a trailing "of <Place>" is read forwards instead.
_INNER_RUNS = frozenset({("and",), ("for",), ("for", "the"), ("on",)})


def _inner_connectors_end(words: list[tuple[int, str]], heads: Mapping[str, str]) -> int:
    """How many of the words (nearest the head first) remain once a run of connectors that may not
    stand inside a name is met: the name ends before it.  A "for" run stands inside only when a head word
    lies before it ("Movement for the Liberation Front"): else the words before it are who acts for the
    group ("signed by Ilse Varga for the Krell Front"), not its name."""
    run: list[str] = []
    for i, (_pos, word) in enumerate(words):
        if word.islower():
            run.append(word)
            continue
        if run and (tuple(reversed(run)) not in _INNER_RUNS or ("for" in run and not _head_before(words, i, heads))):
            return i - len(run)
        run = []
    return len(words)


def _head_before(words: list[tuple[int, str]], at: int, heads: Mapping[str, str]) -> bool:
    """Whether a group's head word is among the capitalised words from `at` on, up to the next connector
    (the words before a connector run, read backwards from the head)."""
    for _pos, word in words[at:]:
        if word.islower():
            return False
        if word in heads:
            return True
    return False


def _sentence_initial(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4) : pos].rstrip()
    return not before or before[-1] in ".!?\n\"“'‘"


# The words a group's name may be introduced by "called" after (how far back the group noun may stand).
CALLED_REACH = 40


def _plural_groups(text: str, found: list[ActorMention], gaz: Gazetteer, at: dict[str, list[int]]) -> list[_Candidate]:
    """ "the Maoists", "Nepal's Maoists": a capitalised plural of a group ending after "the" or a possessive
    is that group, named as written; then "the Maoist militia", "Maoist rebels" (the singular before an
    agent noun or a description) name it too.  `at`: where each ending stands (`_positions_each`)."""
    out: list[_Candidate] = []
    for ending, kind in gaz.group_plurals:
        for pos in at.get(ending, ()):
            end = pos + len(ending)
            if _in_word(text[end : end + 1]):
                continue
            start = pos
            while start > 0 and text[start - 1].isalpha():
                start -= 1
            word = text[start:end]
            if not (word[0].isupper() and word[1:2].islower()) or not _after_the_or_possessive(text, start):
                continue
            out.append((start, end, word, kind, "plural", False))
    if out:
        nouns = gaz.agents | {noun.strip() for noun, *_rest in gaz.descriptions}
        for canonical, kind in {c[2]: c[3] for c in out}.items():
            singular = canonical[:-1]
            for pos in _positions(text, singular + " "):
                after = _FIRST_WORD.match(text, pos + len(singular))
                if not _in_word(text[pos - 1 : pos]) and after is not None and after.group(1).lower() in nouns:
                    out.append((pos, pos + len(singular), canonical, kind, "plural", False))
    return out


def _after_the_or_possessive(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start]
    return before in ("the ", "The ") or before[-3:] in ("'s ", "’s ")


# "of" or "of the" and capitalised words going on a group's name read after "called" ("the Sons of the Valley").
_CALLED_OF = re.compile(r" of (?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)")


def _called_groups(text: str, gaz: Gazetteer, at: dict[str, list[int]]) -> list[_Candidate]:
    """ "a coalition of armed groups called Dawn of Tarnia": the capitalised words after "called" (or
    "known as") are a group's name when a group noun stands a few words before; a state inside is part of
    it (the candidate swallows it).  `at`: where each phrase stands (`_positions_each`)."""
    out: list[_Candidate] = []
    phrases, nouns = gaz.group_called
    for phrase in phrases:
        for pos in at.get(phrase, ()):
            words = text[max(0, pos - CALLED_REACH) : pos].lower().split()
            if not words or not any(w.strip(",") in nouns for w in words[-4:]):
                continue
            name = pos + len(phrase)
            if text.startswith("the ", name):
                name += 4
            span = _name_words(text, name, gaz, 1)
            if span is not None:
                # "called the Sons of the Valley", "Dawn of Tarnia": a name goes on through "of (the)"
                tail = _CALLED_OF.match(text, span[1])
                if tail is not None and tail.group(1).lower() not in gaz.name_stop_words:
                    span = (span[0], tail.end())
                out.append((*span, _spaced(text, span), "armed_group", "called", True))
    return out


def _unknown_words(text: str, span: tuple[int, int], gaz: Gazetteer) -> bool:
    """Whether no word of text[span] is known to the gazetteer (as an alias, demonym, capital, title or
    given name) or is a stop word: "Kessel", not "Paraguayan", "Asuncion" or "Monday"."""
    for word in text[span[0] : span[1]].split():
        key = fold(word).strip()
        if key.lower() in gaz.name_stop_words or gaz.automaton.get(f" {key} ", None) is not None:
            return False
    return True


def _acronym_as_word(word: str, gaz: Gazetteer) -> tuple[str, str] | None:
    """(canonical, kind) of the actor whose all-capitals alias a capitalised word spells ("Ecomil" for
    ECOMIL, as British style writes acronyms); None for any other word."""
    if " " in word or not word[1:].islower():
        return None
    entry = gaz.automaton.get(f" {fold(word).strip()} ", None)
    if entry is None or entry[1][2] != "alias" or entry[1][3] not in ("exact", "acronym") or entry[1][4]:
        return None
    return str(entry[1][0]), str(entry[1][1])


# A party's or movement's acronym with its faction's initials in brackets written against it: "NSCN(IM)",
# "CPN(UML)", "JD(S)".  The brackets touch the acronym, which sets it apart from an acronym defined after a
# name ("the Front (FLN)") and from a note ("UN (2019)").
_FACTION_ACRONYM = re.compile(r"(?<![\w(])[A-Z][A-Z0-9]{1,7}\([A-Z][A-Za-z0-9-]{0,5}\)(?![\w(])")


def _faction_acronyms(text: str) -> list[_Candidate]:
    """ "the NSCN(IM) signed": an acronym with a faction's initials in brackets glued to it names that faction,
    a body of its own (its name is the whole, as the press writes it; the same acronym with other initials
    is another faction)."""
    found: list[_Candidate] = []
    # The pattern is tried only where a "(" is glued to a capital or a digit: run over every position of the text,
    # its look-behind cost a fifth of `find_actors` (1.0 M instructions a make_corpus document).
    pos = text.find("(", 2)
    while pos >= 0:
        start = pos
        while start > 0 and pos - start < 8 and ("A" <= text[start - 1] <= "Z" or "0" <= text[start - 1] <= "9"):
            start -= 1
        if start < pos - 1 and (m := _FACTION_ACRONYM.match(text, start)) is not None:
            found.append((m.start(), m.end(), m.group(), "organisation", "faction", False))
        pos = text.find("(", pos + 1)
    return found


def _apposed_groups(text: str, found: list[ActorMention], gaz: Gazetteer, at: dict[str, list[int]]) -> list[_Candidate]:
    """ "the charity Sea Lantern", "the regional force, Ecoval,": capitalised words no file knows right after
    a group noun (after "the" or "a" a few words before); "the Kessel group": such words between "the" and
    the noun.  The name is the group's (see `data/en/group_apposed.txt`).  `at`: where each noun stands
    (`_positions_each`)."""
    out: list[_Candidate] = []
    starts = {m.start for m in found}
    for noun, kind in gaz.group_apposed:
        for pos in at.get(noun, ()):
            end = pos + len(noun)
            if _in_word(text[end : end + 1]):
                continue
            # after: "the charity Sea Lantern", "the force, Ecoval"
            name = end + 2 if text.startswith(", ", end) else end + 1
            if text[end : end + 1] in (" ", ",") and text[name : name + 1].isupper():
                if name in starts:
                    continue  # "the rebel group M23": a known actor
                words = text[max(0, pos - 30) : pos].lower().split()[-3:]
                # news style may leave the article out after a comma: ", energy company Orvelco said"
                bare = re.search(r"(?:^|[,.;:])\s*(?:[a-z]+)?$", text[max(0, pos - 30) : pos]) is not None
                article = any(w in ("the", "a", "an") for w in words) or bare
                span = _name_words(text, name, gaz, 1) if article else None
                if span is not None and not _sentence_initial(text, span[0]):
                    if _unknown_words(text, span, gaz):
                        out.append((*span, _spaced(text, span), kind, "apposed", False))
                    elif (known := _acronym_as_word(text[span[0] : span[1]], gaz)) is not None:
                        out.append((*span, *known, "apposed", False))
                continue  # "the West African force, Ecomil": the words before the noun qualify it
            # before: "the Kessel group" (its name right after "the"): the word before the noun is capitalised
            if not text[text.rfind(" ", max(0, pos - 30), pos) + 1 : pos][:1].isupper():
                continue
            the = text.rfind("the ", max(0, pos - 40), pos)
            if the < 0 or text.find("The ", the + 1, pos) >= 0:
                # "The Kessel group said": a sentence may open with it
                the = text.rfind("The ", max(0, pos - 40), pos)
            if the < 0 or _in_word(text[the - 1 : the]) or the + 4 in starts:
                continue
            span = _name_words(text, the + 4, gaz, 1)
            if span is not None and span[1] == pos and _unknown_words(text, span, gaz):
                out.append((*span, _spaced(text, span), kind, "apposed", False))
    return out


# How many words before an acronym its long form may take, beyond the acronym's letters (Schwartz and
# Hearst's bound: min(letters + 5, 2 * letters)).
LONG_FORM_EXTRA = 5
_CLAUSE_END = re.compile(r"[,.;:!?()\"“”\n]")


def _defined_long_forms(text: str, found: list[ActorMention], gaz: Gazetteer) -> list[_Candidate]:
    """ "the Liberians United for Reconciliation and Democracy (LURD)", "the Movement for Democracy in
    Liberia (Model)": capitalised words (and connectors) before an acronym in brackets whose letters they
    spell (Schwartz and Hearst's algorithm: each letter in order, the first at a word's start) are a body's
    name no gazetteer knows, and the acronym its alias; a state named inside ("in Liberia") is part of it.
    Not where a known actor other than a state ends right before the brackets (`_acronyms_defined` reads
    that) or is the acronym: "... for a Free and Sovereign Congo (APCLS)" is a group, not the Congo."""
    out: list[_Candidate] = []
    starts = {m.start for m in found}
    ends = {m.end: m for m in found}
    for match in _SHORT_FORM.finditer(text):
        short, bracket = match.group(1), match.start()
        before = bracket - 1 if text[bracket - 1 : bracket] == " " else bracket
        known = ends.get(before)
        if (known is not None and known.kind != "state") or match.start(1) in starts:
            continue  # "the Rapid Support Forces (RSF)": `_acronyms_defined` reads it
        letters = sum(c.isalnum() for c in short)
        clause = _CLAUSE_END.search(text[max(0, before - 200) : before][::-1])
        window_start = before - clause.start() if clause else max(0, before - 200)
        words = text[window_start:before].split()[-min(letters + LONG_FORM_EXTRA, 2 * letters) :]
        long = " ".join(words)
        first = _long_form_start(short, long)
        if first is None:
            continue
        name_words = long[first:].split()
        # "the Forces for Freedom and Change (FFC)": the shortest form starts at "for"; a capitalised word of
        # the same initial right before it opens the name
        before_words = long[:first].split()
        if (
            name_words
            and name_words[0].islower()
            and before_words
            and before_words[-1][:1] == name_words[0][:1].upper()
        ):
            name_words.insert(0, before_words[-1])
        # capitalised words, with connectors and short function words ("in", "a", "de") between them
        if len(name_words) < 2 or not all(
            w[0].isupper() or w in gaz.connectors or (w.islower() and len(w) <= 3) for w in name_words
        ):
            continue
        if not name_words[0][0].isupper() or sum(w[0].isupper() for w in name_words) < 2:
            continue
        # a group's head word ends a body's name even where it is also a place word ("Africa Command")
        place = name_words[-1].lower() in gaz.place_words and name_words[-1] not in gaz.group_kinds
        if place or (name_words[0].lower() in gaz.place_words and name_words[1] == "of"):
            # "Weapons of Mass Destruction (WMD)", "Demilitarized Zone (DMZ)", "Line of Actual Control (LAC)":
            # a thing or a place
            continue
        start = text.rfind(name_words[0], window_start, before)
        if start in starts:
            continue  # "Sudanese Armed Forces (SAF)": a known actor opens it, other rules read it
        kind = next((gaz.group_kinds[w] for w in reversed(name_words) if w in gaz.group_kinds), "organisation")
        organ = gaz.organs.get(name_words[0].lower()) if name_words[1] == "of" else None
        if organ is not None:
            kind = ORGANS[organ][0]  # "the Government of the Tarnian Republic (GTR)": a state's organ, "the government"
        name = " ".join(name_words)
        out.append((start, before, name, kind, "long_form", True))
        out.append((match.start(1), match.end(1), name, kind, "acronym", False))
    return out


def _long_form_start(short: str, long: str) -> int | None:
    """Where in `long` the shortest long form of `short` starts (Schwartz and Hearst 2003): its characters
    matched from the end, each in order, the first at the start of a word; None when none."""
    s_index, l_index = len(short) - 1, len(long) - 1
    while s_index >= 0:
        char = short[s_index].lower()
        if not char.isalnum():
            s_index -= 1
            continue
        while l_index >= 0 and (
            long[l_index].lower() != char or (s_index == 0 and l_index > 0 and long[l_index - 1].isalnum())
        ):
            l_index -= 1
        if l_index < 0:
            return None
        l_index -= 1
        s_index -= 1
    return long.rfind(" ", 0, l_index + 1) + 1


def _acronyms_defined(text: str, found: list[ActorMention], gaz: Gazetteer) -> list[_Candidate]:
    """ "the Rapid Support Forces (RSF)": the acronym in brackets right after a mention is its alias."""
    out: list[_Candidate] = []
    if "(" not in text:
        return out
    ends = {m.end: m for m in found}
    for match in _ACRONYM.finditer(text):
        mention = ends.get(match.start() - 1) if text[match.start() - 1 : match.start()] == " " else None
        if mention is not None and mention.kind != PERSON and _initial_of_a_word(match.group(1), mention.surface):
            out.append((match.start(1), match.end(1), mention.canonical, mention.kind, "acronym", False))
    return out


def _initial_of_a_word(short: str, name: str) -> bool:
    """Whether an acronym opens with the initial of a word of the name it follows: "Rapid Support Forces
    (RSF)", "Joint Military Commission (JMC)"; not an agency's credit after a dateline ("Kenya (AP)")."""
    first = short[0].lower()
    folded = name if name.isascii() else fold(name)
    return any(word[:1].lower() == first for word in folded.replace("-", " ").replace("'", " ").split())


def _described(
    text: str, found: list[ActorMention], gaz: Gazetteer, nouns: list[tuple[int, int]] | None = None
) -> list[_Candidate]:
    """ "the rebels", "the army": the one actor of the description's kind named before it (when two were,
    the one of them named within DESCRIPTION_REACH before it, if only one was).  The nouns are found in one
    automaton pass; the kinds named so far are read from `found` (sorted) with bisection."""
    out: list[_Candidate] = []
    descriptions = gaz.descriptions
    home: str | bool | None = False  # the article's state, looked for once (False: not yet)
    for index, pos in _description_positions(text, descriptions) if nouns is None else nouns:
        noun, kind, others, words = descriptions[index]
        end = pos + len(noun)
        start = pos - 3
        qualified = False
        if start >= 0 and text[start:pos] not in ("the", "The") and kind != PERSON:
            # "the Tripoli-based government", "the rival eastern-based parliament"
            start = _qualified_from(text, pos, gaz)
            qualified = True
        if (
            start >= 0
            and text[start : start + 3] in ("the", "The")
            and not _in_word(text[start - 1 : start])
            and not (text[end : end + 1].isalnum() or text[end : end + 1] == "-")
            and not text.startswith(" of ", end)  # "the group of delegates", "the army of Valdoria"
        ):
            before = found[: bisect_left(found, start, key=_START)]
            if kind == PERSON:
                # "the king": the last person named before with that title ("King Idris")
                title = re.compile(rf"\b{re.escape(noun.strip())},?\s+$", re.IGNORECASE)
                person = next(
                    (
                        m
                        for m in reversed(before)
                        if m.kind == PERSON and title.search(text, max(0, m.start - 40), m.start)
                    ),
                    None,
                )
                if person is not None:
                    out.append((start, end, person.canonical, PERSON, "description", False))
                continue
            kinds = others | {kind}
            fits = _description_fit(kinds, words, noun, qualified)
            named = {(m.canonical, m.kind) for m in before if fits(m)}
            if len(named) > 1:
                # two named: the one of them named in the last sentence or so, if only one was
                near = bisect_left(before, start - DESCRIPTION_REACH, key=_START)
                named = {(m.canonical, m.kind) for m in before[near:] if fits(m)}
            if not named and qualified:
                # a lead describes first and names next: the one named in the next sentence or so
                after = found[
                    bisect_left(found, end, key=_START) : bisect_left(found, end + DESCRIPTION_REACH, key=_START)
                ]
                named = {(m.canonical, m.kind) for m in after if fits(m)}
            if len(named) == 1:
                canonical, its_kind = named.pop()
                # a qualified description designates its actor as a name does (participants keeps it)
                rule = "qualified_description" if qualified else "description"
                out.append((start, end, canonical, its_kind, rule, False))
            elif not named and kind == "state_forces" and _home_forces(text, start, end, noun, qualified, gaz):
                # "The army launched an offensive": no forces named before, the forces of the article's state
                if home is False:
                    home = _home_state(text, found)
                if home is not None:
                    name = _organ_name("military", home, None, noun.strip())
                    out.append((start, end, name, "state_forces", "home_forces", False))
    return out


def _organ_name(organ: str, state: str, demonym: str | None, phrase: str) -> str:
    """The canonical name of a state's organ (`ORGANS`) named by `phrase` ("army", "security cabinet")."""
    form = ORGANS[organ][1]
    if demonym or "{demonym}" not in form:
        return form.format(state=state, demonym=demonym, phrase=phrase)
    # a state without a demonym keeps ACLED's form ("Government of X")
    return f"{form.rpartition(' ')[2].format(phrase=phrase).capitalize()} of {state}"


def _home_forces(text: str, start: int, end: int, noun: str, qualified: bool, gaz: Gazetteer) -> bool:
    """Whether a state's forces described bare ("the army") are the home state's: in lower case ("the Army" is a
    name, `bare_institutions.txt`), unqualified, as the subject opening a sentence, a verb of `home_forces.txt`
    right after ("The army launched")."""
    if qualified or not noun[1:2].islower() or not _opens_sentence(text, start):
        return False
    verb = _WORD_AFTER.match(text, end)
    if verb is None:
        return False
    word = verb[1]
    return word in gaz.home_verbs or any(
        word.endswith(ending) and len(word) > len(ending) + 1 for ending in gaz.home_verb_endings
    )


_WORD_AFTER = re.compile(r" ([a-z]+)\b")


def _home_state(text: str, found: list[ActorMention]) -> str | None:
    """The state the article is about: the one state its title (its first line) names, where it names one."""
    opening = len(text) - len(text.lstrip())
    title_end = text.find("\n", opening)
    states = {
        m.canonical
        for m in found[: bisect_left(found, title_end if title_end >= 0 else len(text), key=_START)]
        if m.kind == "state"
    }
    return states.pop() if len(states) == 1 else None


def _description_fit(
    kinds: frozenset[str], words: frozenset[str], noun: str, qualified: bool
) -> Callable[[ActorMention], bool]:
    """Whether a mention is what a description names: an actor of its kinds with a word of `words` in its name;
    for a qualified description ("the Tripoli-based government") also a body with the noun's last word in its
    name ("Government of National Accord")."""
    head = frozenset({noun.split()[-1].lower()})
    if not qualified:
        return lambda m: m.kind in kinds and _has_word(m.canonical, words)
    return lambda m: (
        (m.kind in kinds and _has_word(m.canonical, words))
        or (m.kind == "organisation" and _has_word(m.canonical, head))
    )


# "the" and one to three words before a description's noun.
_QUALIFIED = re.compile(r"(?<![\w-])([Tt]he)((?:\s+[\w.’'-]+){1,3})$")


def _qualified_from(text: str, pos: int, gaz: Gazetteer) -> int:
    """Where "the" stands before the description noun at `pos` when only qualifiers (`description_qualifiers.txt`)
    stand between ("the Tripoli-based government"); -1 otherwise."""
    if not gaz.qualifier_words and not gaz.qualifier_endings:
        return -1
    # the word right before first: mostly it is no qualifier, and the pattern is not tried
    last = text[text.rfind(" ", max(0, pos - 40), pos) + 1 : pos].lower()
    if last not in gaz.qualifier_words and not ("-" in last and last.endswith(gaz.qualifier_endings)):
        return -1
    match = _QUALIFIED.search(text, max(0, pos - 60), pos)
    if match is None:
        return -1
    for word in match[2].split():
        lower = word.lower()
        if lower not in gaz.qualifier_words and not ("-" in lower and lower.endswith(gaz.qualifier_endings)):
            return -1
    return match.start(1)


def _members(text: str, found: list[ActorMention], gaz: Gazetteer, places: Sequence[int]) -> list[_Candidate]:
    """ "Lawmakers voted", "The 75 delegates began meeting": the one body named before whose name has a word
    of the noun's row (when two were, the one of them named within DESCRIPTION_REACH before it, if only one
    was).  `places`: where the automaton pass found a noun of theirs, in any case."""
    if gaz.members is None:
        return []
    out: list[_Candidate] = []
    words_of = dict(gaz.member_words)
    for pos in places:
        match = gaz.members.match(text, pos)
        if match is None or (pos and (text[pos - 1].isalnum() or text[pos - 1] in "-_")):
            continue
        start, end = match.span()
        word = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if (
            word is not None
            and word[1][:1].isupper()
            and not (word[1].lower() in gaz.member_openers and _opens_sentence(text, word.start(1)))
        ):
            continue
        words = words_of.get(match[1].lower(), frozenset())
        before = found[: bisect_left(found, start, key=_START)]
        # the near ones are taken from the fitting ones (each name's words are split once: `_lower_words`)
        fit = [(i, m) for i, m in enumerate(before) if m.kind != PERSON and _has_word(m.canonical, words)]
        named = {(m.canonical, m.kind) for _, m in fit}
        if len(named) > 1:
            near = bisect_left(before, start - DESCRIPTION_REACH, key=_START)
            named = {(m.canonical, m.kind) for i, m in fit if i >= near}
        if len(named) == 1:
            canonical, kind = named.pop()
            out.append((start, end, canonical, kind, "description", False))
    return out


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether the word at `pos` opens a sentence, a line or a quotation."""
    before = text[max(0, pos - 3) : pos].rstrip(" ")
    return not before or before[-1] in '.!?;:\n"“'


@functools.lru_cache(maxsize=1024)
def _lower_words(name: str) -> tuple[str, ...]:
    """A name's words in lower case (`_has_word`'s split, kept for the names asked again)."""
    return tuple(name.lower().split())


def _has_word(name: str, words: frozenset[str]) -> bool:
    """Whether `name` has one of `words` (lower case; any name, when there are none)."""
    return not words or not words.isdisjoint(_lower_words(name))


@functools.lru_cache(maxsize=8)
def _description_automaton(descriptions: tuple[tuple[str, str, frozenset[str], frozenset[str]], ...]) -> Any:
    """The description nouns (as written in the text: lower case, after a space), each to (noun, the indexes
    of its rows)."""
    rows: dict[str, list[int]] = {}
    for index, (noun, *_rest) in enumerate(descriptions):
        rows.setdefault(noun, []).append(index)
    entries: dict[str, tuple[str, tuple[int, ...], int]] = {}
    for noun, indexes in rows.items():
        if noun[1:2].isupper():
            # a capitalised noun is looked for only after "the" (a capitalised word is mostly a name's):
            # the key holds it, the noun starts 3 characters in
            for the in ("the", "The"):
                entries[the + noun] = (noun, tuple(indexes), 3)
        else:
            entries[noun] = (noun, tuple(indexes), 0)
    automaton = ordered_automaton(entries)
    automaton.make_automaton()
    return automaton


def _description_positions(
    text: str, descriptions: tuple[tuple[str, str, frozenset[str], frozenset[str]], ...]
) -> list[tuple[int, int]]:
    """(row index, position) of each description noun in `text`, by row and then position: for each noun,
    what `_positions` gives (occurrences without overlaps), from one automaton pass instead of a str.find
    pass per noun (which cost as much as the rest of actor finding's inference)."""
    if not descriptions or not text:
        return []
    out: list[tuple[int, int]] = []
    taken: dict[str, int] = {}  # noun -> end of its last occurrence kept
    for last, (noun, indexes, _offset) in _description_automaton(descriptions).iter(text):
        pos = last - len(noun) + 1
        if pos >= taken.get(noun, 0):
            taken[noun] = pos + len(noun)
            out.extend((index, pos) for index in indexes)
    out.sort()
    return out


def _nicknames(
    text: str, found: list[ActorMention], gaz: Gazetteer, at: dict[str, list[int]]
) -> dict[str, tuple[int, str, str]]:
    """ "Karel Dusek, known as Tambor": each second name, with where it is first used and whose it is
    (`at`: where each of the gazetteer's "known as" words stands, `_positions_each`)."""
    out: dict[str, tuple[int, str, str]] = {}
    for m in found:
        if m.kind == PERSON and ('"' in m.surface or "“" in m.surface):
            # 'Ahod "Murad" Ebrahim': the nickname in quotes is a second name
            for nickname in _QUOTED_NICKNAME.finditer(m.surface):
                out.setdefault(nickname[1], (m.end, m.canonical, m.kind))
    ends: dict[int, ActorMention] | None = None
    for word in gaz.known_as_words:
        # str.find, then the pattern in a window around each: searched over the whole text, the pattern
        # would be tried at every space.
        for pos in at.get(word, ()):
            ends = ends if ends is not None else {m.end: m for m in found}
            for match in gaz.known_as.finditer(text, max(0, pos - 60), pos + len(word) + 80):
                m = ends.get(match.start())
                if m is not None and match[1] != m.canonical:
                    out.setdefault(" ".join(match[1].split()), (m.end, m.canonical, m.kind))
    return out


def _middle_surname(parts: list[str], gaz: Gazetteer, text: str = "", end: int = 0) -> tuple[str, ...]:
    """The middle word of a three-word name when it is no given name: a Spanish or Portuguese first surname,
    by which the person is named later ("Carlos Pizarro Leongomez" is "Pizarro", "Gustavo Rojas Pinilla"
    "Rojas"); "Abdul Karim Veltar"'s "Karim" is a given name, and a given name is no surname to follow while the
    last word is written alone after the name ("Veltar said").  A middle word the given names list too ("Ruiz")
    is the surname when the last word never stands alone after the name ("Tomas Ruiz Velcar" is later "Ruiz",
    never "Velcar"): one search of the last word from the name's end."""
    if len(parts) != 3 or not parts[1][:1].isupper() or parts[1].lower() in gaz.particles or "." in parts[1]:
        return ()
    payload = gaz.automaton.get(f" {fold(parts[1]).strip()} ", None)
    if payload is None:
        return (parts[1],)
    if not text or parts[2][:1].islower() or _written_alone(text, parts[2], end):
        return ()
    return (parts[1],)


def _written_alone(text: str, word: str, start: int) -> bool:
    """Whether `word` stands in `text` after `start` as a word of its own (no letter, hyphen or apostrophe
    joined to it before or after): str.find, then the characters either side."""
    for pos in _positions(text, word, start):
        before = text[pos - 1] if pos else " "
        after = text[pos + len(word) : pos + len(word) + 1] or " "
        if not (before.isalnum() or before in _WORD_CHARS) and not (after.isalnum() or after in "-_"):
            return True
    return False


# A generational suffix ends a name after the surname: "III", "Jr.".
_NAME_SUFFIX = re.compile(r"(?:[IVX]{1,4}|Jr\.?|Sr\.?)")


# The rules that read a person's whole name, whose surname or given name alone may follow.
_NAMED_PERSON_RULES = frozenset({"title", "apposition", "speech", "given", "signatory"})


def _short_references(
    text: str,
    found: list[ActorMention],
    gaz: Gazetteer,
    nicknames: dict[str, tuple[int, str, str]],
    particle_forms: dict[str, tuple[int, str]] | None = None,
) -> list[_Candidate]:
    """Later mentions of a name found above by its surname or given name, or of an acronym: one
    regular expression of all of them, one pass over the text.  `particle_forms` gets each person's surname with
    its particle (`_with_particle`: form -> (where the name ends, canonical))."""
    refs: dict[str, tuple[int, str, str]] = {}  # short form -> (first usable position, canonical, kind)
    for m in found:
        if m.rule in _NAMED_PERSON_RULES or (m.kind == PERSON and m.rule == "alias"):
            parts = m.canonical.split()
            while len(parts) > 2 and _NAME_SUFFIX.fullmatch(parts[-1]):
                parts.pop()  # "Benigno S. Aquino III" is later "Aquino"
            with_particle = _with_particle(parts, gaz.particles)
            if with_particle and particle_forms is not None:
                for form in with_particle:
                    particle_forms.setdefault(form, (m.end, m.canonical))
            for part in (
                parts[-1],
                parts[0],
                *_without_particle(parts[-1], gaz.particles),
                *_middle_surname(parts, gaz, text, m.end),
                *with_particle,
            ):
                if len(part) >= SURNAME_MIN_CHARS and part.lower() not in gaz.name_stop_words:
                    refs.setdefault(part, (m.end, m.canonical, m.kind))
        elif m.rule == "acronym" or m.rule == "apposed" or (m.rule == "called" and m.surface not in nicknames):
            # a group named once by a phrase ("a militia that calls itself Tarnia Shield") is named the same later
            # (a second name of a group named before is the nicknames' below: the first name's)
            refs.setdefault(m.surface, (m.end, m.canonical, m.kind))
        # Only initials the text writes join the one pass: each form more is a search more in every document.
        if m.kind in _HEADED_KINDS and (initials := _initials(m.surface, gaz)) is not None and initials in text:
            refs.setdefault(initials, (m.end, m.canonical, m.kind))
    for form, value in nicknames.items():
        refs.setdefault(form, value)
        words = form.split()
        if value[2] == PERSON and len(words) > 1 and len(words[-1]) >= SURNAME_MIN_CHARS:
            # "Frederic Bintsamou, better known as Pasteur Ntumi": later "Ntumi"
            refs.setdefault(words[-1], value)
    out: list[_Candidate] = [
        (start, end, canonical, kind, "surname" if kind == PERSON else "acronym", False)
        for start, end, form in (_occurrences(text, refs) if refs else ())
        for first, canonical, kind in (refs[form],)
        if start >= first
    ]
    heads = _definite_heads(found, gaz)
    if heads:
        out += _definite_references(text, heads)
        out.sort()
    return out


# How many words a body's name needs before a later acronym of their initials is read as it.
_INITIALS_WORDS = 3


def _initials(name: str, gaz: Gazetteer) -> str | None:
    """ "NSCN" for the "National Socialist Council of Nagaland" named before: the initials of a body's
    capitalised words (not its connectors), which news often uses later without defining them in brackets;
    None for a name of fewer words, or initials that are another actor's alias."""
    words = [w for w in name.split() if w.lower() not in gaz.connectors]
    if len(words) < _INITIALS_WORDS or not all(w[:1].isupper() for w in words):
        return None
    initials = "".join(w[0] for w in words)
    return None if gaz.automaton.get(f" {fold(initials).strip()} ", None) is not None else initials


# "the " or "the <word> " right before a body's head word (searched in a short window ending there).
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he (?:([a-z][\w-]*) )?$")


def _definite_references(text: str, heads: dict[str, tuple[int, str, str]]) -> list[_Candidate]:
    """ "the commission", "the military commission": a body named before by its head word, after "the" and
    at most one word of its own name.  Each head is looked for with str.find (a regular expression
    tried at every "the" of a document cost a third of actor finding)."""
    out: list[_Candidate] = []
    for head, (first, canonical, kind) in heads.items():
        # "the commission", also "the Commission" (a body's own style)
        for pos in sorted(itertools.chain(_positions(text, head, first), _positions(text, head.capitalize(), first))):
            end = pos + len(head)
            after = text[end : end + 1]
            if not (after.isalnum() or after == "_") and text[pos - 1 : pos] == " ":
                the = _THE_BEFORE.search(text, max(0, pos - 30), pos)
                if the is not None and (the[1] is None or the[1] in canonical.lower().split()):
                    out.append((the.start(), end, canonical, kind, "definite", False))
    return out


# Bodies a later "the <head>" can name: "the commission" for the Joint Military Commission named before.
_HEADED_KINDS = frozenset({"organisation", "armed_group", "un_body"})


def _definite_heads(found: list[ActorMention], gaz: Gazetteer) -> dict[str, tuple[int, str, str]]:
    """The head word of each body named in full ("Libyan Political Dialogue Forum": "forum", a head word of
    group names in group_heads.txt), for a later "the forum"; a head two different bodies share is left
    out as ambiguous."""
    heads: dict[str, tuple[int, str, str]] = {}
    ambiguous: set[str] = set()
    for m in found:
        words = m.surface.split()
        if m.kind not in _HEADED_KINDS or len(words) < 2:
            continue
        # the last head word: "High Council of State" is "the council"; also one a known name writes in lower
        # case ("the Saudi-led coalition" is later "the coalition")
        head = next((w.lower() for w in reversed(words[1:]) if w.capitalize() in gaz.group_kinds), "")
        if not head:
            continue
        if head in heads and heads[head][1] != m.canonical:
            ambiguous.add(head)
        heads.setdefault(head, (m.end, m.canonical, m.kind))
    return {head: value for head, value in heads.items() if head not in ambiguous}


def _with_particle(parts: list[str], particles: frozenset[str]) -> tuple[str, ...]:
    """ "Karel van Dusek", "Karim al-Vessar" are later "van Dusek", "al-Vessar" and, opening a sentence, "Van
    Dusek", "Al-Vessar": the surname with its particle, written in lower case or capitalised."""
    if len(parts) < 2 or ("-" not in parts[-1] and (len(parts) < 3 or parts[-2][:1].isupper())):
        return ()  # most names: no particle before the surname, none joined to it
    particle, hyphen, rest = parts[-1].partition("-")
    if hyphen and particle.lower() in particles and rest[:1].isupper():
        return (f"{particle.capitalize()}-{rest}",)
    for width in (2, 1):  # "de la Varga" before "la Varga"
        if len(parts) > width + 1 and " ".join(parts[-1 - width : -1]) in particles:
            written = " ".join(parts[-1 - width :])
            return (written, written[:1].upper() + written[1:])
    return ()


def _without_particle(surname: str, particles: frozenset[str]) -> tuple[str, ...]:
    """ "al-Burhan", "Al-Kabir" are later "Burhan", "Kabir": a particle joined by a hyphen may be left out."""
    particle, hyphen, rest = surname.partition("-")
    return (rest,) if hyphen and particle.lower() in particles and rest[:1].isupper() else ()


# Up to this many short forms are found each with str.find (fast in C, but the cost grows with their
# number); more with one Aho-Corasick pass over the text (a scan of its words in Python cost more than
# everything else actor finding does).
_FEW_FORMS = 8
_WORD_CHARS = "'’-_"
_NO_POSITIONS: frozenset[int] = frozenset()


def _positions(text: str, needle: str, start: int = 0) -> Iterator[int]:
    """Where `needle` occurs in `text` from `start`, without overlaps: str.find, in C, where a regular
    expression would be tried at every position."""
    pos = text.find(needle, start)
    while pos >= 0:
        yield pos
        pos = text.find(needle, pos + len(needle))


@functools.lru_cache(maxsize=8)
def _fixed_words(*groups: tuple[str | tuple[str, str], ...]) -> tuple[str, ...]:
    """The words of the gazetteer's lists that `_add_inferred` looks for in every text (each a string, or a pair
    whose first item is the word), once each."""
    return tuple(dict.fromkeys(item if isinstance(item, str) else item[0] for group in groups for item in group))


@functools.lru_cache(maxsize=8)
def _words_automaton(words: tuple[str, ...]) -> Any:
    automaton = ordered_automaton({word: word for word in words})
    automaton.make_automaton()
    return automaton


def _positions_each(text: str, words: tuple[str, ...]) -> dict[str, list[int]]:
    """For each of `words` found in `text`, what `_positions` gives (its occurrences without overlaps, in order),
    from one Aho-Corasick pass: a str.find pass for each of some thirty words cost four times as much."""
    found: dict[str, list[int]] = {}
    if not words:
        return found
    taken: dict[str, int] = {}  # word -> end of its last occurrence kept
    for last, word in _words_automaton(words).iter(text):
        pos = last - len(word) + 1
        if pos >= taken.get(word, 0):
            taken[word] = pos + len(word)
            found.setdefault(word, []).append(pos)
    return found


@functools.lru_cache(maxsize=8)
def _words_and_descriptions_automaton(
    words: tuple[str, ...], descriptions: tuple[tuple[str, str, frozenset[str], frozenset[str]], ...]
) -> Any:
    """`_words_automaton` and `_description_automaton` in one: each key to (the word or None, its description
    payload or None)."""
    keys: dict[str, list[Any]] = {word: [word, None] for word in words}
    if descriptions:
        for key, payload in _description_automaton(descriptions).items():
            keys.setdefault(key, [None, None])[1] = payload
    automaton = ordered_automaton({key: (word, payload) for key, (word, payload) in keys.items()})
    automaton.make_automaton()
    return automaton


def _positions_and_descriptions(
    text: str,
    words: tuple[str, ...],
    descriptions: tuple[tuple[str, str, frozenset[str], frozenset[str]], ...],
    written: list[tuple[int, tuple[tuple[str, Any], ...]]] | None = None,
) -> tuple[dict[str, list[int]], list[tuple[int, int]]]:
    """What `_positions_each` and `_description_positions` give, from one automaton pass over the text instead
    of one each (each pass over a whole text costs some 100,000 instructions); from `written` (`find_actors`'s
    pass), when given, instead of a pass of its own."""
    found: dict[str, list[int]] = {}
    out: list[tuple[int, int]] = []
    if not text or not (words or descriptions):
        return found, out
    taken: dict[str, int] = {}  # word -> end of its last occurrence kept
    nouns: dict[str, int] = {}  # noun -> end of its last occurrence kept
    hits = (
        _words_and_descriptions_automaton(words, descriptions).iter(text)
        if written is None
        else _written_hits(text, written)
    )
    for last, (word, payload) in hits:
        if word is not None:
            pos = last - len(word) + 1
            if pos >= taken.get(word, 0):
                taken[word] = pos + len(word)
                found.setdefault(word, []).append(pos)
        if payload is not None:
            noun, indexes, _offset = payload
            pos = last - len(noun) + 1
            if pos >= nouns.get(noun, 0):
                nouns[noun] = pos + len(noun)
                out.extend((index, pos) for index in indexes)
    out.sort()
    return found, out


def _written_hits(text: str, written: list[tuple[int, tuple[tuple[str, Any], ...]]]) -> Iterator[tuple[int, Any]]:
    """(last index, value) of each key as written that `text` holds where its folding was found, in the order the
    automaton of those keys alone would report them (by end; at one end, the longer first)."""
    for last, pairs in written:
        for key, value in pairs:
            start = last - len(key) + 1
            if start >= 0 and text.startswith(key, start):
                yield last, value


def _occurrences(text: str, forms: dict[str, Any]) -> list[tuple[int, int, str]]:
    """(start, end, form) of every whole-word occurrence of the forms in the text, in text order."""
    out: list[tuple[int, int, str]] = []
    if len(forms) <= _FEW_FORMS:
        for form in forms:
            for pos in _positions(text, form):
                end = pos + len(form)
                before = text[pos - 1] if pos else " "
                after = text[end] if end < len(text) else " "
                if not (before.isalnum() or before in "'’-" or after.isalnum() or after == "-"):
                    out.append((pos, end, form))
        return sorted(out)
    automaton = ahocorasick.Automaton()
    for form in forms:
        automaton.add_word(form, form)
    automaton.make_automaton()
    last_end = -1
    for end_index, form in automaton.iter(text):
        start, end = end_index - len(form) + 1, end_index + 1
        if start <= last_end or (start and _in_word(text[start - 1])):
            continue
        if end < len(text) and _in_word(text[end]) and not _possessive_at(text, end):
            continue
        out.append((start, end, form))
        last_end = end - 1
    return sorted(out)


def _possessive_at(text: str, pos: int) -> bool:
    """ "Doe's", "Momis'": a possessive ending after a name is not part of it (a bare apostrophe after a name
    ending in s, as British style writes it)."""
    if text[pos] not in "'’":
        return False
    if text.startswith("s", pos + 1):
        return not _in_word(text[pos + 2 : pos + 3])
    return text[pos - 1 : pos] == "s" and not _in_word(text[pos + 1 : pos + 2])


# Whose fighters "pro-<name> forces" are: a person or a named body, not a state ("pro-Russian separatists").
_LOYAL_KINDS = frozenset({PERSON, "organisation", "armed_group"})


def _word_after(text: str, end: int) -> str:
    """The word after a space at `end`, lower case ("" when none)."""
    found = _NEXT_WORD.match(text, end)
    return found[1].lower() if found else ""


_NEXT_WORD = re.compile(r" ([A-Za-z]+)")


def _in_word(char: str) -> bool:
    return bool(char) and (char.isalnum() or char in _WORD_CHARS)


# --- spans and formatting -------------------------------------------------------------------------------


# A mention's start, as bisection's key: an item getter is a C call, a lambda a Python one.
_START = itemgetter(0)


def actors_within(mentions: Sequence[ActorMention], start: int, end: int) -> tuple[ActorMention, ...]:
    """The mentions (sorted by start, as `find_actors` returns them) lying inside [start, end)."""
    # Both ends bisected: a slice to the list's end would copy the rest of the document's mentions on every
    # call, and a document of many sentences would cost its length squared.
    first = bisect_left(mentions, start, key=_START)
    last = bisect_left(mentions, end, first, key=_START)
    return tuple(mention for mention in mentions[first:last] if mention.end <= end)


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
