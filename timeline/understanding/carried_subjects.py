"""A subject carried over from the sentence before: "The Krell Liberation Front took the port.  On 4 May
2031 they withdrew" names the Front's withdrawal without naming the Front.  The pronouns and the words
that may open a sentence before them are data (`data/en/subject_pronouns.txt`); which actor of the
sentence before is the subject is read as `roles.sentence_subjects` reads it."""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from operator import itemgetter

from timeline.core.data import DATA_DIR
from timeline.core.errors import DataFileError
from timeline.text.segment import CASE_EXTRAS
from timeline.understanding.actors import PERSON, ActorMention, actors_within
from timeline.understanding.participants import taking_part
from timeline.understanding.party_anaphora import PartyAnaphors, anaphor_kinds, parties_of
from timeline.understanding.roles import sentence_subjects
from timeline.understanding.rulefiles import read_rule_file

SUBJECT_PRONOUNS = DATA_DIR / "en" / "subject_pronouns.txt"
USES = (
    "person",
    "plural",
    "thing",
    "lead",
    "expletive",
    "verb",
    "joiner",
    "relative",
    "relative_object",
    "object",
    "object_follow",
    "fragment",
    "subordinator",
    "possessive",
    "referent",
    "not_subject",
    "participle",
    "first_person",
    "statement",
    "first_person_stop",
)
# How many sentences before the dated one are searched for the subject.
REACH_BACK = 2
# A lead ending in a comma ("Two days after the vote, they") may be this many words long.
LEAD_WORDS = 7
# Kinds one pronoun can stand for.  "they" stands for one actor only if it is a group or force.
_FITS = {
    "person": frozenset({PERSON}),
    "plural": frozenset({"armed_group", "state_forces"}),
    "thing": frozenset({"state", "government", "organisation", "armed_group", "state_forces", "un_body"}),
}


@dataclass(frozen=True, slots=True)
class SubjectPronouns:
    # A pronoun as a whole word, in the first characters of a passage (group 1).
    pattern: re.Pattern[str] | None
    uses: dict[str, str]  # lower-case pronoun -> person, plural or thing
    leads: frozenset[str]  # lower-case words that may open a sentence before its pronoun subject
    expletive: re.Pattern[str] | None  # right after "it": no reference ("It was unclear")
    verbs: frozenset[str] = frozenset()  # irregular past forms that open a clause without its subject
    joiners: frozenset[str] = frozenset()  # words before such a verb ("and took", "after signing")
    # A relative pronoun opening a passage (group 1); `relatives` maps it (lower case) to whether its antecedent acted.
    relative: re.Pattern[str] | None = None
    relatives: dict[str, bool] = field(default_factory=dict)
    # An object pronoun (group 1) before a word of `object_follow` or a punctuation mark ("appointed him on").
    objects: re.Pattern[str] | None = None
    # The object pronouns after a space (" him"): a passage without any cannot match `objects`, and finding them
    # costs a fraction of its search.
    object_words: tuple[str, ...] = ()
    # Words that open a short piece of a sentence with no clause of its own ("..., and again | in Ankara this
    # month."): its happening is the sentence's.
    fragments: frozenset[str] = frozenset()
    # Words that open a sentence with a clause before its subject ("After the elections produced a parliament, the
    # losing coalition, | seized Tripoli in August"): the subject follows that clause's comma.
    subordinators: frozenset[str] = frozenset()
    # Pronouns that own the subject ("Its fourth round, held in Geneva, produced"): they carry only into a passage that
    # names nobody before its date ("Its political coalition, the Alliance, said" names who acted).
    possessives: frozenset[str] = frozenset()
    # Words after an `expletive` that make "it" a reference after all: a body's founding, seat or deeds ("It was
    # founded in 1974", "It had been based in Tunis since January", "It was behind the attack"); "It was unclear"
    # and "It was agreed that" stay expletive.
    referents: frozenset[str] = frozenset()
    # Words right before a name in a relative clause that make the name none of the clause's subjects (a passive's
    # agent, a place: "X, who had been dismissed by Y the previous month", "X, who returned from exile in Y in 2011"):
    # the relative pronoun is still the subject.
    not_subjects: frozenset[str] = frozenset()
    # Past participles without the -ed ending that may open a sentence before its subject ("Born in 1959, ...");
    # words in -ed do so by their form.
    participles: frozenset[str] = frozenset()
    # The speaker's own words as subject or owner (I, we, my, our) before a lower-case word: a quotation's or a
    # statement's first person telling of the speaker's act (`quoted_speaker`); `statements` the nouns of a
    # heading or an introduction that names who speaks ("Statement by the Special Envoy A", "a statement made by A:").
    # (`first_person` does not test the character before a word: `_first_person_at` does.)
    first_person: re.Pattern[str] | None = None
    statements: re.Pattern[str] | None = None
    # Words between the first person and the date that put the date in another clause ("I regret that ... today").
    first_person_stops: frozenset[str] = frozenset()


def load_subject_pronouns(path: str | os.PathLike[str] = SUBJECT_PRONOUNS) -> SubjectPronouns:
    rows = read_rule_file(path, columns=2).rows
    unknown = {use for _, use in rows} - set(USES)
    if unknown:
        raise DataFileError(f"{path}: use {sorted(unknown)[0]!r} is none of {', '.join(USES)}")
    uses = {word.lower(): use for word, use in rows if use in _FITS}
    expletives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w, use in rows if use == "expletive")
    relatives = {w.lower(): use == "relative" for w, use in rows if use in ("relative", "relative_object")}
    objects = "|".join(re.escape(w.lower()) for w, use in rows if use == "object")
    follows = "|".join(re.escape(w.lower()) for w, use in rows if use == "object_follow")
    return SubjectPronouns(
        _pronoun_pattern(list(uses)) if uses else None,
        uses,
        frozenset(word.lower() for word, use in rows if use == "lead"),
        re.compile(rf"(?i)\s*(?:{expletives})(?![\w-])") if expletives else None,
        frozenset(word.lower() for word, use in rows if use == "verb"),
        frozenset(word.lower() for word, use in rows if use == "joiner"),
        re.compile(rf"\s*({'|'.join(map(re.escape, relatives))})(?![\w’'-])") if relatives else None,
        relatives,
        re.compile(rf"(?<![\w’'-])({objects})(?=\s*[,.;:)]|\s+(?:{follows or '(?!)'})(?![\w’'-]))")
        if objects
        else None,
        tuple(" " + w.lower() for w, use in rows if use == "object"),
        frozenset(w.lower() for w, use in rows if use == "fragment"),
        frozenset(w.lower() for w, use in rows if use == "subordinator"),
        frozenset(w.lower() for w, use in rows if use == "possessive"),
        frozenset(w.lower() for w, use in rows if use == "referent"),
        frozenset(w.lower() for w, use in rows if use == "not_subject"),
        frozenset(w.lower() for w, use in rows if use == "participle"),
        _first_person_pattern([w for w, use in rows if use == "first_person"]),
        _statement_pattern([w for w, use in rows if use == "statement"]),
        frozenset(w.lower() for w, use in rows if use == "first_person_stop"),
    )


def _pronoun_pattern(words: list[str]) -> re.Pattern[str]:
    r"""As written `(?i)(?<![\w’'-])(words)(?![\w’'-])`: each branch opens on a literal letter (each case of the
    word's first letter, `CASE_EXTRAS` too) and checks the character before it after that letter, as `literal_first`
    does, so that `re` skips to those letters instead of trying the look-behind and the alternation at every character
    of a passage's opening; words sharing a first letter keep their order (same matches, same group 1)."""
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[0], []).append(re.escape(word[1:]))
    branches = [
        f"{re.escape(letter)}(?<![\\w’'-].)(?i:{'|'.join(rests)})"
        for first, rests in by_first.items()
        for letter in sorted({first.lower(), first.upper(), *CASE_EXTRAS.get(first.lower(), "")})
    ]
    return re.compile(f"({'|'.join(branches)})(?![\\w’'-])")


def _first_person_pattern(words: list[str]) -> re.Pattern[str] | None:
    """The first-person words as written ("I" only in capitals: "i" is no word of a text; "we", "We"), not after a
    capitalised word ("World War I", "Phase I"), before a lower-case word."""
    if not words:
        return None
    forms = sorted({form for w in words for form in ((w,) if w == "I" else (w.lower(), w.lower().capitalize()))})
    # No look-behind in front (`_first_person_at` tests the character before): one would be tried at every character,
    # where the words' first letters let the search skip to the next of them.
    return re.compile(rf"({'|'.join(map(re.escape, forms))})(?=\s+[a-z])")


def _first_person_at(passage: str, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """`pattern`'s matches in the passage that stand as words of their own: not after a word character, an apostrophe
    or a hyphen (a match after one is inside a word of letters, where no match of its own can begin)."""
    for match in pattern.finditer(passage):
        at = match.start()
        if not at or not (passage[at - 1].isalnum() or passage[at - 1] in "_’'-"):
            yield match


def _statement_pattern(words: list[str]) -> re.Pattern[str] | None:
    """A statement's noun, an optional "made" or "delivered", and "by" ("statement made by", "Remarks by")."""
    if not words:
        return None
    return re.compile(rf"(?i)\b(?:{'|'.join(map(re.escape, words))})\s+(?:(?:made|delivered|issued|given)\s+)?by\b")


# The pronoun is looked for only this far into a passage.
_PRONOUN_REACH = 80
_WORD = re.compile(r"[\w’'-]+")
_QUOTES = '"“”'
# `"... collapsed," he said`: a pronoun and the word after it, right after a quotation ends.
_ATTRIBUTION = re.compile(r"[,.!?][\"”]\s+([A-Za-z]+)\s+([a-z]+)")
CLAUSE = "clause"
FRAGMENT = "fragment"


def carried_subjects(
    use: str,
    start: int,
    named: Sequence[ActorMention],
    sentences: Sequence[tuple[int, int]],
    text: str,
    anaphors: PartyAnaphors,
    subordinators: frozenset[str] = frozenset(),
    openers: frozenset[str] = frozenset(),
) -> tuple[tuple[str, str], ...]:
    """(canonical, kind) of the actors a pronoun subject (`use`, as `pronoun_use` gives it) of the passage
    at `start` of `text` stands for: the subject of the nearest sentence before it that names one
    fitting the pronoun, up to REACH_BACK sentences back (the clauses before the passage in its own
    sentence first; for a CLAUSE, after a clause opening the sentence with one of `subordinators`); () when none
    fits."""
    here = bisect_right(sentences, start, key=itemgetter(0)) - 1
    regions: list[tuple[int, int]] = []
    if 0 <= here < len(sentences) and sentences[here][0] < start:
        regions.append((sentences[here][0], start))  # the clauses before, in the same sentence
    if use == FRAGMENT:
        # the piece belongs to the nearest clause before it that names someone taking part ("Angola's presidency
        # said | after a summit on 23 November": Angola)
        for s, e in _clauses_before(text, regions[0][0], start) if regions else []:
            mentions = taking_part(text, actors_within(named, s, e))
            if mentions:
                return tuple(dict.fromkeys((m.canonical, m.kind) for m in sentence_subjects(text[s:e], mentions, s)))
        return ()
    elif use != CLAUSE:
        regions += [sentences[i] for i in range(here - 1, max(-1, here - 1 - REACH_BACK), -1)]
    elif regions and (cut := _cut_after_subject(text, start, named, openers)):
        return cut
    elif regions and subordinators:
        regions[0] = _after_opening_clause(text, *regions[0], subordinators)
    for s, e in regions:
        found = _subject_in(text, s, e, use, named, sentences, anaphors)
        if found:
            return found
    return ()


# Between a subject and its verb where a passage is cut: the closing comma of an apposition ("the UN envoy, A, | said on
# Friday"), the bracket of an acronym.
_SUBJECT_CUT = re.compile(r"\)?\s*,?\s*")


def _cut_after_subject(
    text: str, start: int, named: Sequence[ActorMention], openers: frozenset[str]
) -> tuple[tuple[str, str], ...]:
    """The actor named right before a clause passage that opens with its verb, with nothing but a comma between
    (", the UN envoy, A, | said on Friday"): the cut fell between the verb and its subject, which is that actor, not
    the sentence's first; () when a lead or joining word opens the passage ("..., A, | and took the port in May": a
    clause of its own, whose subject is the sentence's)."""
    first = _WORD.match(text, start)
    if first is None or first.group().lower() in openers:
        return ()
    before = actors_within(named, max(0, start - _CLAUSE_OPENING_CHARS * 5), start)
    if not before or not _SUBJECT_CUT.fullmatch(text, before[-1].end, start):
        return ()
    last = before[-1]
    if last.kind != PERSON:
        # "the leaders of A, B, the C and D, | visiting X on May 10": the states or bodies of the list the verb's
        # subject ends with (each after a comma, "and" or both, "the" allowed before it)
        i = len(before) - 1
        while (
            i > 0
            and before[i - 1].kind != PERSON
            and _BODY_LIST_GAP.fullmatch(text, before[i - 1].end, before[i].start)
        ):
            i -= 1
        return tuple(dict.fromkeys((m.canonical, m.kind) for m in before[i:]))
    # "A's prime minister, B, C's president, D, and E's president, F, | signed a statement late on Monday": the
    # people of the list the verb's subject ends with (each after the comma, "and" or owned title before it)
    found = [last]
    i = len(before) - 1
    while i > 0:
        gap = text[before[i - 1].end : before[i].start]
        if _OWNED_TITLE.fullmatch(gap) and before[i - 1].kind != PERSON and i - 1 > 0:
            i -= 1  # "C's president, D": C owns D's title, and the list goes on before C
            gap = text[before[i - 1].end : before[i].start]
        if before[i - 1].kind != PERSON or not _LIST_GAP.fullmatch(gap):
            break
        i -= 1
        found.append(before[i])
    return tuple(dict.fromkeys((m.canonical, m.kind) for m in reversed(found)))


# Between the people of a list that is a verb's subject: a comma, "and" or both.
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# Between the states or bodies of such a list: the same, "the" allowed before the next ("Germany, the U.K. and ...";
# the abbreviation's last dot is no part of its name).
_BODY_LIST_GAP = re.compile(r"\.?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
# Between a state or body and the person whose title it owns: its possessive, at most four lower-case words of
# the title and the apposition's comma ("Azerbaijan's president, ").
_OWNED_TITLE = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,\s*")


def _after_opening_clause(text: str, s: int, e: int, subordinators: frozenset[str]) -> tuple[int, int]:
    """[s, e) from after the comma of a clause opening it with a subordinating word ("After the elections produced
    a parliament, "), when one does and the comma lies before e; else [s, e)."""
    first = _WORD.match(text, s, e)
    if first is None or first.group().lower() not in subordinators:
        return s, e
    comma = text.find(",", first.end(), e)
    return (comma + 1, e) if comma >= 0 else (s, e)


def pronoun_use(
    passage: str,
    start: int,
    date_span: tuple[int, int],
    named: Sequence[ActorMention],
    pronouns: SubjectPronouns,
    speech_verbs: frozenset[str] = frozenset(),
) -> str | None:
    """person, plural or thing when the passage's subject is a pronoun: it opens the passage, after
    nothing but its date, lead words, or a short lead ending in a comma that names nobody; or it says
    who spoke after a quotation, before the date (`"... collapsed," he said on Monday`).  CLAUSE when
    the passage is a clause without a subject of its own (`passage_is_clause`: "..., told a briefing
    today"): its subject is the sentence's."""
    if pronouns.pattern is None:
        return None
    quoted = _ATTRIBUTION.search(passage)
    if (
        quoted is not None
        and quoted.end() <= date_span[0]
        and (quoted[2] in speech_verbs or quoted[2] in pronouns.verbs)  # "he said", "he told reporters"
        and quoted[1].lower() in pronouns.uses
    ):
        return pronouns.uses[quoted[1].lower()]
    match = pronouns.pattern.search(passage, 0, _PRONOUN_REACH)
    if match is None or actors_within(named, start, start + match.start()):
        return None
    lead = passage[: match.start()]
    if any(mark in lead for mark in _QUOTES):
        return None  # "“They indicated ...”": a quotation's pronoun is the speaker's, not the text's
    date_start, date_end = date_span
    if 0 <= date_start < match.start():
        lead = lead[:date_start] + " " + lead[min(date_end, match.start()) :]
    words = _WORD.findall(lead)
    leads_only = all(w.lower() in pronouns.leads for w in words)
    use = pronouns.uses[match[1].lower()]
    if match[1].lower() in pronouns.possessives and actors_within(named, start, start + max(0, date_span[0])):
        return None
    # "..., after a war he had launched in 1989": a later clause (it opens in lower case) whose few words
    # before a he, she or they name nobody: the pronoun is the sentence's subject, as in the clauses before.
    inner = lead[:1].islower() and use != "thing" and len(words) <= LEAD_WORDS and "," not in lead
    if not (leads_only or inner) and not (
        lead.rstrip().endswith(",") and len(words) <= LEAD_WORDS and lead[:1].isupper()
    ):
        return None
    if use == "thing" and pronouns.expletive is not None:
        expletive = pronouns.expletive.match(passage, match.end())
        if expletive is not None:
            after = _WORD.search(passage, expletive.end(), expletive.end() + _PRONOUN_REACH)
            if after is None or after.group().lower() not in pronouns.referents:
                return None
    return use


def _subject_in(
    text: str,
    s: int,
    e: int,
    use: str,
    named: Sequence[ActorMention],
    sentences: Sequence[tuple[int, int]],
    anaphors: PartyAnaphors,
) -> tuple[tuple[str, str], ...]:
    mentions = actors_within(named, s, e)
    subjects = sentence_subjects(text[s:e], mentions, s)
    if use == "plural":
        if len(subjects) >= 2:
            return tuple((m.canonical, m.kind) for m in subjects)
        reference = anaphor_kinds(text[s:e], anaphors)
        if reference is not None and not reference.event:
            parties = parties_of(s, named, sentences, reference, text)
            if len(parties) >= 2:
                return parties
    if use == CLAUSE:
        # "The Rwanda-backed Front seized the port ..., and took the town": who only backs or owns the subject is
        # not it; "The two countries clashed in 1981, and fought a war in 1941": the parties the reference stands for
        acting = sentence_subjects(text[s:e], taking_part(text, mentions), s) if mentions else ()
        if not acting:
            reference = anaphor_kinds(text[s:e], anaphors)
            if reference is not None and not reference.event:
                return parties_of(s, named, sentences, reference, text)
        return tuple((m.canonical, m.kind) for m in acting or subjects)
    fits = _FITS[use]
    ordered = (*subjects, *mentions)
    first = next((m for m in ordered if m.kind in fits), None)
    return ((first.canonical, first.kind),) if first is not None else ()


# At most this many lead words ("and then") may stand before a clause's opening verb.
_LEAD_WORDS_BEFORE_VERB = 2
_CLAUSE_OPENING_CHARS = 40
# A piece of a sentence opening with a `fragment` word is read as the sentence's happening only when it is this
# short (words): a longer one holds a clause of its own ("in the hills the long war they fought ended").
_FRAGMENT_WORDS = 12


def _inside_a_sentence(start: int, sentences: Sequence[tuple[int, int]]) -> bool:
    """`start` lies after the start of the sentence holding it: the passage is a later piece of its sentence."""
    here = bisect_right(sentences, start, key=itemgetter(0)) - 1
    return 0 <= here < len(sentences) and sentences[here][0] < start


def passage_is_clause(
    passage: str,
    start: int,
    date_span: tuple[int, int],
    named: Sequence[ActorMention],
    sentences: Sequence[tuple[int, int]],
    pronouns: SubjectPronouns,
    speech_verbs: frozenset[str] = frozenset(),
) -> bool:
    """Whether the passage is a later clause of its sentence that opens with its verb ("..., told a
    briefing in Geneva today that ...", "..., flew to Belfast on Tuesday"; an -ed or -ing word or a
    `verb` of the data file), also after lead words or a `joiner` ("and took the port in May", "after signing a
    truce on 4 May"), and names nobody before its date: who acted is the sentence's subject."""
    if not _inside_a_sentence(start, sentences):
        return False
    first = _WORD.match(passage)
    if first is None:
        return False
    # "..., and took the port in May", "..., but later withdrew": the verb after lead words ("and", "later")
    words = _WORD.findall(passage, 0, _CLAUSE_OPENING_CHARS)[: _LEAD_WORDS_BEFORE_VERB + 1]
    word = next((w for w in words if w not in pronouns.leads and w not in pronouns.joiners), "")
    if not (word.islower() and first.group().islower()):
        return False
    if not (word in pronouns.verbs or (len(word) > 4 and word.endswith(("ed", "ing")))):
        return False
    before = actors_within(named, start, start + max(0, date_span[0]))
    if not before:
        return True
    # "..., | launched a war against Syrian forces on March 14": the names after its opening verb are its objects
    # (not after a speech verb, whose subject may follow it: "said Paraguay's envoy on Monday")
    # a participle before its agent describes a name before it ("..., | estimated by the UN at 20,000 late last
    # year", "..., | followed by the House a day later")
    return (
        word == first.group()
        and word not in speech_verbs
        and word.endswith("ed")
        and _AGENT_AFTER.match(passage, first.end()) is None
    )


_AGENT_AFTER = re.compile(r"\s+by\b")


def passage_is_fragment(
    passage: str,
    start: int,
    date_span: tuple[int, int],
    named: Sequence[ActorMention],
    sentences: Sequence[tuple[int, int]],
    pronouns: SubjectPronouns,
    text: str = "",
) -> bool:
    """Whether the passage is a short later piece of its sentence with no clause of its own, opening with a
    `fragment` word ("..., met in Ankara last week and again | in Ankara this month.", "... would reopen its
    embassy | before the end of the year.") and naming nobody before its date: it dates the happening of the
    clause it is cut from (`carried_subjects` with FRAGMENT).  So does a list item cut at its comma that repeats
    the item before it without its verb ("... must hand back A by 15 May, | B by 20 May"), read in `text` (the
    document, the passage at `start`)."""
    if not _inside_a_sentence(start, sentences):
        return False
    words = _WORD.findall(passage)
    # "..., and | in Ankara this month", "but by May": lead words before it
    word = next(
        (w for w in words[: _LEAD_WORDS_BEFORE_VERB + 1] if w not in pronouns.leads or w in pronouns.fragments), ""
    )
    if text and words and words[0][:1].isupper() and len(words) <= _FRAGMENT_WORDS:
        # "... must hand back A by 15 May, | B by 20 May and C by 1 June": a list item whose verb and subject are
        # those of the item before it, cut at its comma; its object's capitalised words, then the same word as that
        # item's ("by")
        word = next((w for w in words[1 : _GAPPED_WORDS + 1] if not w[:1].isupper()), "")
        if not (word in pronouns.fragments and _gapped_after(text, start, word)):
            return False
    elif word not in pronouns.fragments or len(words) > _FRAGMENT_WORDS or not words[0].islower():
        return False
    # a finite verb makes it a clause with a subject of its own ("after the rebel leaders arrived on Friday")
    if any(w in pronouns.verbs or (len(w) > 4 and w.endswith("ed")) for w in words[1:]):
        return False
    return not actors_within(named, start, start + max(0, date_span[0]))


# At most this many capitalised words name a gapped list item's object ("Agdam", "Port Amsel").
_GAPPED_WORDS = 3
# The item before a gapped one: its fragment word, a few words (its date) and the comma that ends it.
_GAPPED_BEFORE = r"\b{}\s[^,;:.]{{1,30}},\s*(?:and\s+)?$"


def _gapped_after(text: str, start: int, word: str) -> bool:
    """Whether the text before `start` ends with a list item opened by the same fragment word `word` ("by 15
    May, "), so that the piece at `start` repeats its pattern without its verb."""
    return re.search(_GAPPED_BEFORE.format(re.escape(word)), text[max(0, start - 40) : start]) is not None


# Where a clause a fragment may be cut from opens: after a semicolon, colon, dash, comma or "that" ("Officials
# said that | Germany would reopen its embassy | before the end of the year").
_CLAUSE_OPENING = re.compile(r"[;:—–]|,\s|\bthat\b")


def _clauses_before(text: str, s: int, start: int) -> list[tuple[int, int]]:
    """The clauses of the sentence opening at `s` before `start`, nearest first."""
    cuts = [m.end() for m in _CLAUSE_OPENING.finditer(text, s, start)]
    bounds = [s, *cuts, start]
    return [(a, b) for a, b in reversed(list(pairwise(bounds))) if b > a]


# Between a speaker and its speech verb: a possessive organ ("China's foreign ministry said"), an aside between
# commas ("Gen. A, the head of U.S. Africa Command, said") and at most two words.
_SPEAKER_GAP = re.compile(r"(?:['’]s)?(?:\s*,[^,;:\"“”]{0,80},)?(?:\s+[a-z]+){0,2}\s+")


def sentence_speakers(
    start: int,
    end: int,
    named: Sequence[ActorMention],
    sentences: Sequence[tuple[int, int]],
    text: str,
    speech: re.Pattern[str],
) -> tuple[tuple[str, str], ...]:
    """(canonical, kind) of who reports the sentence that the passage [start, end) is a clause of, named in
    the sentence's other clauses: "A and B agreed a truce on 11 May after talks in C, | China's foreign
    ministry said on Friday" (a sentence with two dates is cut in two passages): the speaker, here China,
    reports the first clause too.  () when the passage is its whole sentence."""
    here = bisect_right(sentences, start, key=itemgetter(0)) - 1
    if not 0 <= here < len(sentences):
        return ()
    s, e = sentences[here]
    if s >= start and e <= end:
        return ()
    found: list[ActorMention] = []
    for lo, hi in ((s, start), (end, e)):
        mentions = actors_within(named, lo, hi)
        for verb in speech.finditer(text, lo, hi):
            before = [m for m in mentions if m.end <= verb.start()]
            if before and _SPEAKER_GAP.fullmatch(text, before[-1].end, verb.start()):
                speaker = before[-1]
                # "China's foreign ministry said": China speaks through its organ
                owner = [m for m in before[:-1] if 0 <= speaker.start - m.end <= 3]
                found += owner or [speaker]
    return tuple(dict.fromkeys((m.canonical, m.kind) for m in found))


# Between an antecedent and the relative pronoun opening the passage: a comma, after the bracket of an acronym
# ("the 5+5 Joint Military Commission (JMC), whose members").
_ANTECEDENT_GAP = re.compile(r"\)?\s*,\s*")
# Between a state or body and the person it owns right before a relative pronoun ("Azerbaijan's, Rasul Guliyev,
# who"): the possessive, an optional comma.
_OWNER_GAP = re.compile(r"['’]s\s*,?\s*")
_ANTECEDENT_REACH = 200


def relative_antecedent(
    passage: str, start: int, date_start: int, named: Sequence[ActorMention], text: str, pronouns: SubjectPronouns
) -> tuple[bool, tuple[tuple[str, str], ...]]:
    """(whether it acted, (canonical, kind) of it and of a state or body owning it) for the antecedent of a
    relative pronoun opening the passage at `start` of `text` ("..., Colonel Ilse Varga, who seized power in
    2031" -> (True, Ilse Varga); "Ilse Varga, whom the assembly appointed" -> (False, ...)): the actor right
    before the pronoun and its comma, in the same sentence; (False, ()) when there is none, or "which" follows
    a person, or who or which stands before a subject of the date's own clause ("the TPLF, which ruled until
    Abiy took office in 2018": the passage's date is Abiy's, `date_start` its offset in the passage)."""
    if pronouns.relative is None:
        return False, ()
    match = pronouns.relative.match(passage)
    apposed = match is None
    if apposed:
        # "Stephanie Williams, | the American diplomat who served as acting envoy": an apposition naming a person's
        # role, its relative clause about that person
        match = _APPOSED_WHO.match(passage)
    if match is None:
        return False, ()
    before = actors_within(named, max(0, start - _ANTECEDENT_REACH), start)
    if apposed and (not before or before[-1].kind != PERSON):
        return False, ()
    if not before or not _ANTECEDENT_GAP.fullmatch(text, before[-1].end, start):
        return False, ()
    word = match[1].lower()
    last = before[-1]
    acted = pronouns.relatives[word]
    if (word == "which" and last.kind == PERSON) or (
        acted
        and any(
            not _after_a_word(text, m.start, pronouns.not_subjects)
            for m in actors_within(named, start + match.end(), start + max(0, date_start))
        )
    ):
        return False, ()
    # the acronym in brackets repeats its long form: one actor
    found = [last]
    for mention in reversed(before[:-1]):
        if mention.canonical == found[-1].canonical and text[mention.end : found[-1].start].strip() == "(":
            found.append(mention)
            continue
        if _OWNER_GAP.fullmatch(text, mention.end, found[-1].start):
            found.append(mention)
        break
    return acted, tuple(dict.fromkeys((m.canonical, m.kind) for m in reversed(found)))


# An apposition opening a passage, a role of at most three lower-case words or nationalities before "who" ("the
# American diplomat who", "a retired general who"), which may end in "of" and a capitalised place ("a former governor
# of Aden who").
_APPOSED_WHO = re.compile(
    r"\s*(?:the|an?)\s+(?:[A-Za-z][a-z-]*\s+){0,2}[a-z][a-z-]*(?:\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+(who)(?![\w’'-])"
)
# The word right before an offset (group 1), past the spaces between.
_WORD_BEFORE = re.compile(r"([\w’'-]+)\s+$")


def _after_a_word(text: str, at: int, words: frozenset[str]) -> bool:
    """Whether the word right before `at` in `text` is one of `words` (lower case)."""
    before = _WORD_BEFORE.search(text, max(0, at - 40), at)
    return before is not None and before[1].lower() in words


# How far before an object pronoun its verb's subject may be named ("President A had appointed him").
_SUBJECT_GAP = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,4}")


def object_antecedent(
    passage: str,
    start: int,
    named: Sequence[ActorMention],
    sentences: Sequence[tuple[int, int]],
    text: str,
    pronouns: SubjectPronouns,
    anaphors: PartyAnaphors,
) -> tuple[tuple[str, str], ...]:
    """(canonical, kind) of the person an object pronoun of the passage at `start` stands for ("A court
    reinstated him on 2 May"): the subject (a person) of the nearest sentence before, up to REACH_BACK back,
    other than a person the passage names; () when there is no such pronoun, or a person named in the passage
    before it other than its verb's subject may be who it is ("A ordered ..., after forces loyal to him ...")."""
    if pronouns.objects is None or not any(word in passage for word in pronouns.object_words):
        return ()
    match = pronouns.objects.search(passage)
    if match is None:
        return ()
    inside = actors_within(named, start, start + len(passage))
    persons = [m for m in inside if m.kind == PERSON and m.end <= start + match.start()]
    if persons and not _SUBJECT_GAP.fullmatch(text, persons[-1].end, start + match.start()):
        return ()
    own = {(m.canonical, m.kind) for m in inside}
    here = bisect_right(sentences, start, key=itemgetter(0)) - 1
    regions = [sentences[i] for i in range(here - 1, max(-1, here - 1 - REACH_BACK), -1)]
    if 0 <= here < len(sentences) and sentences[here][0] < start:
        regions.insert(0, (sentences[here][0], start))  # the clauses before, in the same sentence
    for s, e in regions:
        found = _subject_in(text, s, e, "person", named, sentences, anaphors)
        found = tuple(a for a in found if a not in own)
        if found:
            return found
    return ()


def aside_antecedent(
    passage: str,
    start: int,
    named: Sequence[ActorMention],
    sentences: Sequence[tuple[int, int]],
    text: str,
    pronouns: SubjectPronouns,
) -> tuple[tuple[str, str], ...]:
    """(canonical, kind) of what a relative aside that the passage at `start` follows refers to: the passage is the
    rest of the main clause after the aside ("Colonel A, who took office in 2029, | was due to hand over power
    today"; a sentence with two dates is cut there), and the aside's antecedent takes part in it; () when no
    aside ends right before the passage."""
    if pronouns.relative is None:
        return ()
    here = bisect_right(sentences, start, key=itemgetter(0)) - 1
    if not (0 <= here < len(sentences) and sentences[here][0] < start):
        return ()
    s = max(sentences[here][0], start - _ASIDE_REACH)
    aside = _ASIDE.search(text[s:start])
    if aside is None:
        return ()
    at = s + aside.start(1)
    return relative_antecedent(text[at:start], at, 0, named, text, pronouns)[1]


# A relative aside between commas ending where a passage starts: ", who took office in 2029, " (group 1 its pronoun,
# which `relative_antecedent` reads).
_ASIDE = re.compile(r",\s+((?:who|which|whose|whom)\b[^,;:\"“”]*),\s*$")
_ASIDE_REACH = 300


# Between a passage that opens its sentence and the main clause's subject: the comma, an article.
_MAIN_SUBJECT_GAP = re.compile(r"\s*,\s*(?:the\s+)?")


def opening_participle_subject(
    passage: str,
    start: int,
    named: Sequence[ActorMention],
    sentences: Sequence[tuple[int, int]],
    text: str,
    pronouns: SubjectPronouns,
) -> tuple[tuple[str, str], ...]:
    """(canonical, kind) of the subject of the main clause after a participle phrase that opens the sentence and is
    the passage at `start` ("Founded in 2029 during the war, | the Krell Liberation Front carried out ..."; "In
    resolution 12, adopted on 4 May, | the Council authorised ..."): the participle's subject is the main clause's,
    the actor right after the passage's comma; () when the passage does not open its sentence, holds no such
    participle, or no actor follows the comma."""
    here = bisect_right(sentences, start, key=itemgetter(0)) - 1
    if not (0 <= here < len(sentences)) or text[sentences[here][0] : start].strip():
        return ()
    end = start + len(passage)
    if end >= sentences[here][1]:
        return ()
    at = _participle_at(passage, pronouns.participles)
    if at < 0 or actors_within(named, start, start + at):
        return ()  # "Paraguay's army, formed in 2029, ...": the passage names its subject before the participle
    after = actors_within(named, end, sentences[here][1])
    if not after or not _MAIN_SUBJECT_GAP.fullmatch(text, end, after[0].start):
        return ()
    return ((after[0].canonical, after[0].kind),)


# A word and the word after it, after the spaces before them.
_TWO_WORDS = re.compile(r"\s*([\w’'-]+)\s+([\w’'-]+)")


def _participle_at(passage: str, participles: frozenset[str]) -> int:
    """Where a past participle opens the passage or a piece of it after a comma, before a lower-case word ("Founded
    in", "adopted unanimously"; "United Nations" is a name); -1 when none does."""
    at = 0
    while at >= 0:
        words = _TWO_WORDS.match(passage, at)
        if words is not None and words[2][:1].islower():
            word = words[1].lower()
            if (word.endswith("ed") and len(word) > 4) or word in participles:
                return words.start(1)
        at = passage.find(",", at)
        at = at + 1 if at >= 0 else -1
    return -1


# How far after a quotation's closing mark its attribution's speech verb may stand ('," the envoy of the Union,
# A, told reporters'), and how far into a document a statement's heading or introduction may stand.
_ATTRIBUTION_REACH = 120
_STATEMENT_REACH = 400
_OPEN_MARKS = '"“'
_CLOSE_MARKS = '"”'


def quoted_speaker(
    passage: str,
    start: int,
    date_span: tuple[int, int],
    named: Sequence[ActorMention],
    sentences: Sequence[tuple[int, int]],
    text: str,
    pronouns: SubjectPronouns,
    speech: re.Pattern[str],
    anaphors: PartyAnaphors,
) -> tuple[tuple[str, str], ...]:
    """(canonical, kind) of who speaks a passage that tells of the speaker's own act in the first person ("I",
    "we", "my", "our" before a lower-case word: '"The talks will open under my auspices on 25 May," said A', '"I
    plan to arrive the day before," he said', "On 1 October I presented a proposal" in a statement headed
    "Statement by the Special Envoy A"): the speaker took part.  Not "me", "us": the speaker only receives ("a
    letter conveyed to me").  The speaker is named (or a he or she stands for it) right after the quotation's
    closing mark, before or after a speech verb, in its paragraph; or, for a quotation running on over
    paragraphs with no attribution, before the colon that opens it ("a statement made by A:"); or, outside any
    quotation, after a statement's noun and "by" near the document's start.  () when none."""
    if pronouns.first_person is None:
        return ()
    found = None
    for match in _first_person_at(passage, pronouns.first_person):
        before = _WORD_BEFORE.search(passage, 0, match.start())
        # "World War I ended", "Phase I opened": a capital I after a capitalised word is a numeral, unless that word
        # ends the date ("On 1 October I presented")
        after_date = date_span[1] <= match.start() and not passage[date_span[1] : match.start()].strip(" ,")
        if before is None or not before[1][:1].isupper() or match[1] != "I" or after_date:
            found = match
            break
    if found is None:
        return ()
    # "I have the honour to inform the Council that ... have agreed to ... on 20 August", "I submitted a report,
    # which the Council will consider tomorrow": the date is another clause's, whose subject is not the speaker
    lo, hi = sorted((found.end(), date_span[0]))
    if any(word.lower() in pronouns.first_person_stops for word in _WORD.findall(passage, lo, hi)):
        return ()
    at = start + found.start()
    dated = start + date_span[0]
    para = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    marks = _marks_within(text, para, at, _QUOTES)
    inside = bool(marks) and (text[marks[-1]] == "“" or (text[marks[-1]] == '"' and len(marks) % 2 == 1))
    if inside:
        closes = _marks_within(text, at, end, _CLOSE_MARKS)
        close = closes[0] if closes else -1
        if dated < marks[-1] or 0 <= close < dated:
            return ()  # the date is told outside the speaker's quotation
        # an attribution follows a closing mark after a comma ('," A said'), not after a full stop ('." A said': a
        # new sentence)
        said = (
            _attributed(close + 1, marks[0], named, sentences, text, pronouns, speech, anaphors)
            if close >= 0 and text[close - 1] in ",!?"
            else ()
        )
        if said:
            return said
        # a quotation with no attribution (running on over paragraphs): the colon before its first paragraph
        # introduces its speaker
        while para > 1 and text[para] in _OPEN_MARKS:
            previous = text.rfind("\n", 0, para - 1)
            while previous > 0 and not text[previous + 1 : para].strip():
                previous = text.rfind("\n", 0, previous)
            lo = previous + 1
            line = text[lo:para].strip()
            if line.endswith(":"):
                return _statement_speaker(text, lo, lo + len(text[lo:para].rstrip()), named, pronouns)
            if line[:1] not in _OPEN_MARKS:
                return ()
            para = lo
        return ()
    if marks or _marks_within(text, end, dated, _QUOTES):
        return ()
    return _statement_speaker(text, 0, min(len(text), _STATEMENT_REACH), named, pronouns)


def _marks_within(text: str, lo: int, hi: int, marks: str) -> list[int]:
    """Where the characters of `marks` stand in text[lo:hi], in order (a str.find for each: no loop over the
    characters in Python)."""
    found: list[int] = []
    for mark in marks:
        i = text.find(mark, lo, hi)
        while i >= 0:
            found.append(i)
            i = text.find(mark, i + 1, hi)
    found.sort()
    return found


def _attributed(
    after: int,
    opened: int,
    named: Sequence[ActorMention],
    sentences: Sequence[tuple[int, int]],
    text: str,
    pronouns: SubjectPronouns,
    speech: re.Pattern[str],
    anaphors: PartyAnaphors,
) -> tuple[tuple[str, str], ...]:
    """Who a quotation closing at `after` is attributed to: the actor before its speech verb ('," A said') or right
    after it ('," said Foreign Minister A'), or the person a he or she there stands for (the subject of the sentence
    before the quotation's opening mark at `opened`)."""
    end = text.find("\n", after)
    end = len(text) if end < 0 else min(end, after + _ATTRIBUTION_REACH)
    verb = speech.search(text, after, end)
    if verb is None:
        return ()
    mentions = actors_within(named, after, end)
    before = [m for m in mentions if m.end <= verb.start()]
    if before:
        if _SPEAKER_GAP.fullmatch(text, before[-1].end, verb.start()) or not text[after : before[0].start].strip():
            return ((before[0].canonical, before[0].kind),)
        return ()
    word = _WORD.search(text, after, verb.start())
    if word is not None:
        use = pronouns.uses.get(word.group().lower())
        if use != "person" or text[word.end() : verb.start()].strip():
            return ()
        return carried_subjects(use, opened, named, sentences, text, anaphors)
    following = [m for m in mentions if m.start >= verb.end()]
    if following and re.fullmatch(r"\s+(?:[A-Z][\w.’'-]*\s+){0,4}", text[verb.end() : following[0].start]):
        return ((following[0].canonical, following[0].kind),)
    return ()


def _statement_speaker(
    text: str, lo: int, hi: int, named: Sequence[ActorMention], pronouns: SubjectPronouns
) -> tuple[tuple[str, str], ...]:
    """The first person named after a statement's noun and "by" in text[lo:hi] ("Statement by the Special Envoy
    for X A on ...", "the text of a statement made by Secretary-General A in the Council this evening:"), on the
    line of that phrase."""
    if pronouns.statements is None:
        return ()
    phrase = pronouns.statements.search(text, lo, hi)
    if phrase is None:
        return ()
    line_end = text.find("\n", phrase.end())
    line_end = hi if line_end < 0 else min(hi, line_end)
    people = [m for m in actors_within(named, phrase.end(), line_end) if m.kind == PERSON]
    return ((people[0].canonical, people[0].kind),) if people else ()
