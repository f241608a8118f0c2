"""A "who did what" headline for an event, written the way a chronology is (issue 10).

From the event's full title (`titles.full_title`: the passage without its leading date phrase, its
subject shortened to a name) the headline keeps the clause holding the event and writes it in
headline style:

1. Speaker: 'X said (that) Y' reads "X: Y" with Y headlined in turn; a quotation in the first person
   ('"I call on ...," Dusek said') reads "Dusek calls on ..."; other quotations that speak for
   "we" or "you" read "X makes a statement"; a trailing attribution (", the ministry said") goes; what a
   speaker says of itself is its own line ('Salamé said he would convene' -> "Salamé to convene"); a
   participle phrase before the speaker ("Speaking in Havana, Petro said") goes.
2. Clause: the line is cut at a comma (or semicolon, or dash) before a clause break ("when", "which",
   "bringing", ...).  When the first clause has no event verb and a later one holding the date has,
   that one is kept; a "which"/"who" clause is read with what it refers to; the "that" clause of a
   noun holding the date is the event ("the announcement that elections will take place on <date>").
3. Debris: the date phrase, sentence adverbs ("also"), an apposition after the subject ("Turkey, X's
   closest ally, welcomed"), a passive relative clause in the subject ("the resolution that was passed
   in X calls") or a dashed aside go; "Long Name (ACR)" reads "ACR".
4. Verb: a past or perfect form ("signed", "had signed") becomes present, agreeing with its subject
   ("signs" / "sign"); a future ("will", "is due to") reads "to <verb>"; a passive loses its auxiliary
   ("was established" -> "established") or, with a named agent, turns active ("was proposed by Putin"
   -> "Putin proposes ..."); a pronoun subject is the one actor of a fitting kind named just before,
   else the clause turns passive ("they signed a truce" -> "Truce signed").
5. Length: no leading article; at most HEADLINE_MAX characters, cut before a preposition or conjunction
   (articles after the verb are dropped first when that is what makes it fit) or a participle phrase,
   never inside a "that" clause whose verb is past the cut; "…" only when no complete phrase fits.

The English words of these rules are rule files under `timeline/data/en/` (`headline_*.txt`), read
into `TitleRules` by `titles.load_title_rules`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from timeline.understanding.actors import ActorMention, Gazetteer, actors_within, builtin_gazetteer
from timeline.understanding.titles import (
    HEADLINE_MAX,
    TitleRules,
    builtin_title_rules,
    capitalise,
    full_title,
    short_name,
    shorten_title,
)

if TYPE_CHECKING:
    from timeline.understanding.readings import PassageReading

# A cut leaving a line shorter than this is worse than dropping the articles to keep more of it.
GOOD_CUT = 45
# Characters before a passage in which a pronoun's antecedent is looked for (about one sentence).
ANTECEDENT_REACH = 300
# The event verb is looked for among a clause's first words only (a headline is short).
VERB_REACH = 18
# A clause is read up to this many words: more never fit in a headline.
WORD_REACH = 40
# A removed date that leaves fewer words than this leaves a fragment: the date stays.
FRAGMENT_WORDS = 3

_DATE_MARK = "\x00"
_DASHES = frozenset({"-", "–", "—"})
_NAME_FILLERS = frozenset({"of", "the", "and", "on", "for", "de", "del", "la"})
_ARTICLES = frozenset({"the", "a", "an"})
_PERFECT = frozenset({"has", "have", "had"})
_BE = frozenset({"was", "were", "is", "are", "been", "be"})
_NOT_FINITE = frozenset({"be", "been", "being", "would", "will", "to", "could", "should", "may", "might", "can"})
_DATE_PREPOSITIONS = frozenset({"on", "in", "at", "by", "from", "since", "until", "during"})
_MODALS = frozenset({"will", "would", "shall", "could", "should", "may", "might", "can", "must"})
_RELATIVE = frozenset({"that", "which", "who"})
_AUXILIARIES = frozenset({"was", "were", "is", "are", "has", "have", "had", "will", "would"})
_NOT_VERB_AFTER = frozenset(
    {
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "of",
        "to",
        "in",
        "on",
        "by",
        "and",
        "or",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "has",
        "have",
        "had",
        "more",
        "most",
        "well",
    }
)
# Words that open the object of a participle ("documenting their progress", "separating the two halves").
_OBJECT_OPENERS = frozenset({"the", "a", "an", "their", "its", "his", "her", "our", "all", "some", "any", "both"})
# A subject's modifier starting with one of these may go to make a headline fit ("powers with interests in X").
_SUBJECT_MODIFIERS = frozenset({"in", "with", "from", "at", "on"})
_PRONOUN_SUBJECTS = frozenset({"they", "it", "he", "she", "we", "i", "you"})
# A word after these is a noun, not a verb ("the start", "its call").
_NOT_AFTER = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "of", "this", "that", "to", "in", "on"})
# Words that open a fragment passage ("after interim leaders were selected") and go when a clause follows.
_SUBORDINATORS = frozenset({"after", "before", "following", "once", "until"})
_SUBJECT_END = frozenset(
    {"of", "between", "in", "for", "on", "with", "from", "under", "against", "over", "to", "at", "who", "which", "that"}
)
_QUOTE_FIRST = re.compile(r"^(?P<who>[^:“\"]{1,60}) said[^:“\"]*:\s*[“\"](?P<what>[^”\"]+)[”\"]?$")
_SAID_QUOTE = re.compile(r"^(?P<who>[^:“\"]{1,60}) said[^:]*:\s*[“\"](?P<what>.*?)[”\"]?$")
# "The Marrow Valley Liberation Front (MVLF)": a name of two or more capitalised words, then its acronym.
_NAMED_ACRONYM = re.compile(
    r"(?:\b(?:[Tt]he )?(?:[A-Z][\w'’.-]*)(?: (?:of|on|for|and|de|the|[A-Z][\w'’.-]*)){1,7} )?\(([A-Z][A-Z0-9&-]{1,7})\)"
)
_APPOSITION_START = re.compile(
    r"^(?P<subject>[^,]{2,90}?), (?:(?:the|a|an|its|his|her|their|which|who|[A-Z][\w'’-]*['’]s?) "
    r"|(?:[a-z]+ly )?[a-z]+(?:ed|en|wn) )"
)
# How far (characters) an apposition after the subject may reach.
APPOSITION_REACH = 160
# "Speaking to reporters in Havana, Petro said": a participle phrase before the subject (a name or "a/the ...").
_PARTICIPLE_OPENER = re.compile(r"^[A-Za-z][a-z]{2,}ing\b[^,“”\"]{0,70}, (?=[A-Z]|(?:the|a|an) )")
_CLOSE_QUOTE = re.compile(r"[”\"]")
# who an attribution after a quotation names: the agent ("a statement issued by the Kremlin") or its subject
_ATTRIBUTED = re.compile(
    r"\bby (?:the )?([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*)|^(?:the )?([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*)"
)
_DASHED_ASIDE = re.compile(r"\s[—–-]\s[^—–]{1,60}?\s[—–-]\s")
# "Turkey, Azerbaijan's closest ally, welcomed": an apposition (or a non-restrictive clause) after the subject.
_APPOSITION = re.compile(
    r"^(?P<subject>[^,]{2,60}?), (?:(?:the|a|an|its|his|her|their|which|who|[A-Z][\w'’-]*['’]s?) "
    r"|(?:[a-z]+ly )?[a-z]+(?:ed|en|wn) )[^,]{0,100}, (?=[a-z])"
)
_ANTECEDENT = re.compile(r"(?:\(([A-Z][A-Z0-9&-]{1,7})\)|((?:[A-Z][\w'’.-]*)(?: (?:of|the|[A-Z][\w'’.-]*))*))\s*$")


@dataclass(frozen=True, slots=True)
class HeadlineContext:
    """What a headline may know besides its line: the actors named in the line (offsets into it) and
    those named just before the passage (for a pronoun subject)."""

    line: str = ""
    mentions: tuple[ActorMention, ...] = ()
    earlier: tuple[ActorMention, ...] = ()
    acronyms: tuple[tuple[str, str], ...] = ()  # (name as written, its acronym): for a line too long


NO_CONTEXT = HeadlineContext()


def title_and_headline(
    passage: str,
    actors: Sequence[ActorMention] | None,
    offset: int,
    date_span: tuple[int, int] | None,
    gazetteer: Gazetteer | None = None,
    rules: TitleRules | None = None,
    reading: PassageReading | None = None,
    carried: Sequence[tuple[str, str]] = (),
) -> tuple[str, str]:
    """An event's title (`titles.make_title`) and headline, from one reading of its passage (same
    arguments as `make_title`; `reading`: the passage already scanned with `rules`' interaction verbs,
    `timeline.understanding.readings`; `carried`: (canonical, kind) of the actors the passage's pronoun
    subject stands for, `carried_subjects.carried_subjects`)."""
    line = " ".join(passage.split())
    if not line:
        return "", ""
    rules = rules or builtin_title_rules()
    # the reading's offsets are the line's only when the passage is already one line
    interactions = reading.interactions if reading is not None and line == passage else None
    full, mentions = full_title(passage, line, actors, offset, date_span, gazetteer, rules, interactions)
    date_text = passage[date_span[0] : date_span[1]] if date_span and 0 <= date_span[0] < date_span[1] else ""
    earlier = tuple(actors_within(actors, max(0, offset - ANTECEDENT_REACH), offset)) if actors and offset else ()
    known = _acronyms(gazetteer or builtin_gazetteer())
    short = tuple(
        {(line[m.start : m.end], known[m.canonical]) for m in mentions if m.canonical in known and m.end - m.start > 6}
    )
    context = HeadlineContext(line, tuple(mentions), earlier, short)
    headline = make_headline(full, date_text, rules, context)
    if carried and headline[:1] in "HSI":
        headline = _pronoun_named(headline, carried, rules, known)
    return shorten_title(full), headline


def _pronoun_named(headline: str, carried: Sequence[tuple[str, str]], rules: TitleRules, known: dict[str, str]) -> str:
    """A headline opening with "He", "She" or "It" (its subject, or a speaker "He: ...") names the one
    actor the passage's pronoun stands for ("He to brief the Council" -> "Griffiths to brief the
    Council"); "They" stays, its verb agreeing with it."""
    first, _, rest = headline.partition(" ")
    pronoun = first.rstrip(":").lower()
    if pronoun not in ("he", "she", "it") or len(carried) != 1 or not rest:
        return headline
    canonical, kind = carried[0]
    if kind not in rules.pronouns.get(pronoun, frozenset()):
        return headline
    name = canonical.split()[-1] if kind == "person" else known.get(canonical, canonical)
    if len(headline) - len(pronoun) + len(name) > HEADLINE_MAX:
        return headline
    return f"{name}{first[len(pronoun) :]} {rest}"


@functools.lru_cache(maxsize=4)
def _acronyms(gazetteer: Gazetteer) -> dict[str, str]:
    """Canonical name -> the acronym the gazetteer lists for it ("Krell Liberation Front" -> "KLF"): an
    alias of two to six letters that are the initials of the name's words (without "of", "the", ...)."""
    out: dict[str, str] = {}
    for alias, canonical in gazetteer.aliases:
        if 2 <= len(alias) <= 6 and alias.isalpha() and " " in canonical:
            initials = "".join(w[0] for w in canonical.split() if w.lower() not in _NAME_FILLERS)
            if initials.lower() == alias:
                out.setdefault(canonical, alias.upper())
    return out


def make_headline(
    title: str, date_text: str = "", rules: TitleRules | None = None, context: HeadlineContext = NO_CONTEXT
) -> str:
    """A "who did what" line of at most HEADLINE_MAX characters from an event's (full) title and the
    text of its date expression; see the module's documentation for the rules."""
    rules = rules or builtin_title_rules()
    line = title.rstrip("…").strip().rstrip(".")
    if not line:
        return ""
    forms = _forms(rules)
    opener = _PARTICIPLE_OPENER.match(line)
    if opener:
        rest = line[opener.end() :]
        lowered = rest.lower().replace(",", " ").split()
        if _verb_index(lowered, forms) is not None or not rules.speech_verbs.isdisjoint(lowered):
            line = capitalise(rest)  # "Speaking in Havana, Petro said ...": the phrase before the subject goes
    speech = not rules.speech_verbs.isdisjoint(line.lower().replace(",", " ").split())
    if speech and ", " in line[:80]:
        line = _without_apposition(line, forms)  # "The Houthis, officially known as X, said"
    speaker = ""
    quoted = _QUOTE_FIRST.match(line) if " said" in line else None
    if quoted:
        speaker, line = _drop_article(quoted.group("who").strip()), quoted.group("what").strip()
        first_person = _first_person(line, _speaker(speaker, context), rules, forms)
        if first_person:
            speaker, line = "", first_person
        elif not rules.quote_pronouns.isdisjoint(re.findall(r"[\w’']+", line.lower())):
            return _fit([*_speaker(speaker, context).split(), "makes", "a", "statement"], None, rules)
        else:
            return _fit(_reported(_speaker(speaker, context), _without_date(line, date_text, forms)), 1, rules)
    elif line[:1] in '“"' and _CLOSE_QUOTE.search(line, 1):
        # '“...,” underlined a statement issued by the Kremlin': reported, never the quotation first
        close = _CLOSE_QUOTE.search(line, 1)
        quote, attribution = line[1 : close.start()].strip(" ,"), line[close.end() :].strip(" ,.")
        found = _ATTRIBUTED.search(attribution)
        who = (found.group(1) or found.group(2)) if found else ""
        if who:
            what = _without_date(quote, date_text, forms)
            if not rules.quote_pronouns.isdisjoint(re.findall(r"[\w’']+", what.lower())):
                return _fit([*who.split(), "makes", "a", "statement"], None, rules)
            return _fit(_reported(who, what), len(who.split()), rules)
        line = quote
    elif speech:
        said = _SAID_QUOTE.match(line) if " said" in line else None
        plain = _without_date(line, date_text, forms)  # "Russia said in February it is ...": the date goes first
        first = forms.speaker_first.match(plain)
        if said:
            speaker, line = said.group("who"), said.group("what")
        elif first and _verb_index(first.group("who").lower().split(), forms) is None:
            speaker, line = first.group("who"), first.group("what")
        else:
            line = rules.attribution.sub("", line)
    if not speaker:
        words, verb = _clause(line, date_text, rules, forms, context)
        return _fit(words, verb, rules, context)
    who = capitalise(_speaker(speaker, context)).split()
    body = line.strip(" ,.")
    if body.lower().startswith("that "):
        body = body[5:]
    pronoun = body.split(" ", 1)[0].lower()
    if pronoun in rules.pronouns:
        rest = body.split()[1:]
        if _speaker_itself(pronoun, who, context) and _plain_verb(_lower(rest[:2]), forms):
            # "Russia said it is prepared ...": what the speaker says of itself reads as its own line
            words, verb = _clause(" ".join([*who, *rest]), "", rules, forms, context)
            if verb == len(who) and words[:verb] == who:
                return _fit(words, verb, rules, context)
        return _fit([*who, _says(who, context), *body.split()], len(who), rules)
    words, verb = _clause(body, "", rules, forms, context, capital=False)
    if not words:
        return _fit([*who, _says(who, context)], len(who), rules)
    line = " ".join(who) + ": " + " ".join(words)
    if len(line) > HEADLINE_MAX and len(who) > 2 and who[0].endswith(("'s", "’s")):
        who = [who[0][:-2]]  # "Azerbaijan's defence ministry" -> "Azerbaijan"
    who[-1] += ":"
    return _fit(who + words, len(who) + verb if verb is not None else None, rules, context)


@dataclass(frozen=True, slots=True, eq=False)
class _Forms:
    """Verb forms and patterns derived once from a TitleRules."""

    past: dict[str, str]  # "signed" -> "sign"
    present: dict[str, str]  # "sign", "signs" -> "sign"
    participle: dict[str, str]  # "sign" -> "signed", "break" -> "broken"
    participles: frozenset[str]  # every participle
    function_words: frozenset[str]  # not a noun a date could qualify ("on Monday to", "in May it")
    comma_breaks: frozenset[str]  # open a clause after a comma, semicolon or dash
    any_breaks: frozenset[str]  # open a clause anywhere
    all_breaks: frozenset[str]
    speaker_first: re.Pattern[str]  # "X[, the ... ,] said (that) Y"
    openers: frozenset[str]  # words a leading adverbial phrase may open with ("under the deal, ...")
    future: dict[str, tuple[tuple[str, ...], ...]]  # first word -> future markers, longest first
    verbish: frozenset[str]  # every word `_headline_verb` looks at
    speech: frozenset[str]  # "said", "told", ...


@functools.lru_cache(maxsize=8)
def _forms(rules: TitleRules) -> _Forms:
    present: dict[str, str] = {}
    participle: dict[str, str] = {}
    for past, base in rules.headline_verbs.items():
        present.setdefault(base, base)
        present.setdefault(third_person(base), base)
        participle.setdefault(base, rules.participles.get(base, past))

    speech = "|".join(map(re.escape, sorted(rules.speech_verbs))) or "(?!)"
    return _Forms(
        past=dict(rules.headline_verbs),
        present=present,
        participle=participle,
        participles=frozenset(participle.values()),
        function_words=_DATE_PREPOSITIONS
        | {"of"}
        | frozenset(
            rules.cut_words
            | rules.pronouns.keys()
            | _ARTICLES
            | present.keys()
            | rules.headline_verbs.keys()
            | _PERFECT
            | _BE
            | _MODALS
            | rules.clause_breaks.keys()
            | rules.adverbs
        ),
        comma_breaks=frozenset(w for w, at in rules.clause_breaks.items() if at == "comma"),
        any_breaks=frozenset(w for w, at in rules.clause_breaks.items() if at == "any"),
        all_breaks=frozenset(rules.clause_breaks),
        speaker_first=re.compile(
            rf"^(?P<who>[A-Z][^,“”\"]{{1,40}}?)(?:, (?:the|a|an) [^,]{{1,60}},)? (?:{speech}) "
            r"(?:that )?(?P<what>.{12,})$"
        ),
        openers=frozenset(rules.clause_breaks) | rules.cut_words | _SUBORDINATORS,
        future={w: tuple(m for m in rules.future if m[0] == w) for w in {m[0] for m in rules.future}},
        speech=rules.speech_verbs,
        verbish=frozenset(rules.headline_verbs) | present.keys() | _PERFECT | _BE | {m[0] for m in rules.future},
    )


def third_person(base: str) -> str:
    """ "sign" -> "signs", "reach" -> "reaches", "deny" -> "denies"."""
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"


def _clause(
    line: str, date_text: str, rules: TitleRules, forms: _Forms, context: HeadlineContext, capital: bool = True
) -> tuple[list[str], int | None]:
    """The words of the headline's clause, and the index of its verb (None: none found)."""
    marked = line.replace(date_text, _DATE_MARK, 1) if date_text and date_text in line else line
    if ", " in marked:
        marked = _without_apposition(marked, forms)
    chosen = _choose_clause(marked, forms)
    if " that " in chosen and _DATE_MARK in chosen:
        chosen = _complement_with_date(chosen, forms)
    chosen = _without_date(chosen, date_text, forms)
    if "(" in chosen:
        chosen = _NAMED_ACRONYM.sub(_acronym, chosen)
    if " - " in chosen or " – " in chosen or " — " in chosen:
        chosen = _DASHED_ASIDE.sub(" ", chosen)
    words = chosen.strip(" ,;:.").split()[:WORD_REACH]
    lowered = _lower(words)
    if not rules.adverbs.isdisjoint(lowered):
        words = [w for w, low in zip(words, lowered, strict=True) if low not in rules.adverbs]
    if "the" in lowered:
        words = [w for k, w in enumerate(words) if not (w == "the" and _is_acronym(words, k + 1))]
    words = _without_leading_phrase(words, forms)
    words = _drop_article_words(words)
    if not _RELATIVE.isdisjoint(lowered):
        words = _without_subject_relative(words, forms)
    verb = _headline_verb(words, rules, forms, context)
    if words:
        words = _drop_article_words(words)
        if capital:
            words[0] = capitalise(words[0])
    return words, verb


def _complement_with_date(text: str, forms: _Forms) -> str:
    """The "that" clause after a noun when it holds the date and the words before it have no verb
    ("Following the announcement that elections will take place on <date>, there have been ..." ->
    "elections will take place on <date>"); else the text."""
    at = text.find(" that ")
    while at >= 0:
        clause = text[at + 6 :].split(", ", 1)[0]
        if _DATE_MARK in clause:
            head, lowered = text[:at].lower().split(), clause.lower().split()
            verb = _verb_index(lowered, forms, auxiliaries=True)
            if (
                verb
                and len(lowered) >= FRAGMENT_WORDS
                and not any(_verb_like(w, forms) for w in head[1:])
                and not (head[-1].endswith("s") and not head[-1].endswith("ss"))  # "X understands that"
                and lowered[0] not in forms.verbish
                and lowered[0] not in _NOT_FINITE
                and not any(_finite_form(w, forms) for w in lowered[verb + 1 :])
            ):
                return clause
            return text
        at = text.find(" that ", at + 1)
    return text


def _verb_like(word: str, forms: _Forms) -> bool:
    """Whether a lower-case word may be a verb: a listed form, a speech verb, an -ed word, "told"."""
    return (
        word in forms.verbish
        or word in forms.speech
        or word in _MODALS
        or word == "told"
        or (word.endswith(("ed", "es")) and len(word) > 4)
    )


def _finite_form(word: str, forms: _Forms) -> bool:
    """Whether a lower-case word is a finite verb of a clause of its own ("was", "ends", "signed")."""
    return word in forms.past or word in _BE or word in _AUXILIARIES or forms.present.get(word, word) != word


def _without_subject_relative(words: list[str], forms: _Forms) -> list[str]:
    """The subject without a passive or perfect relative clause before the clause's verb ("The resolution
    that was passed in New York calls for" -> "The resolution calls for")."""
    lowered = _lower(words[:VERB_REACH])
    at = next((k for k, w in enumerate(lowered) if k > 0 and w in _RELATIVE), None)
    if at is None or at + 2 >= len(lowered) or _verb_index(lowered[:at], forms, auxiliaries=True) is not None:
        return words
    aux = lowered[at + 1]
    if aux not in _BE and aux not in _PERFECT:
        return words
    start = at + (3 if lowered[at + 2] == "been" else 2)
    if start >= len(lowered) or not _participle(lowered[start], forms):
        return words
    for k in range(start + 1, len(lowered)):
        w = lowered[k]
        if w in _RELATIVE or w.endswith((",", ";")):
            return words
        if w in forms.past or w in _MODALS or (w in forms.present and lowered[k - 1] not in _NOT_AFTER):
            return words[:at] + words[k:]
    return words


def _without_apposition(line: str, forms: _Forms) -> str:
    """The line without an apposition after its subject, when a verb follows it ("Turkey, X's closest
    ally, welcomed" -> "Turkey welcomed"; not "delegates, chosen to represent regions, factions and ...")."""
    found = _APPOSITION_START.match(line)
    if not found:
        return line
    at = found.end()
    while True:
        at = line.find(", ", at, found.end() + APPOSITION_REACH)
        if at < 0:
            return line
        first = line[at + 2 :].split(" ", 1)[0].lower()
        if first in forms.verbish or first in forms.speech or (first.endswith("ed") and first.isalpha()):
            return f"{found.group('subject')} {line[at + 2 :]}"
        at += 2


def _choose_clause(marked: str, forms: _Forms) -> str:
    """The clause holding the event: the one holding the date when it can stand alone, else the first
    one (with what continues it), else the whole line."""
    pieces = _split_clauses(marked, forms)
    if len(pieces) == 1:
        return marked
    main, j = pieces[0], 1
    while j < len(pieces) and pieces[j].lower().startswith("and ") and not _has_verb(pieces[j], forms):
        main, j = f"{main}, {pieces[j]}", j + 1  # "national, regional, and international": a list goes on
    if j < len(pieces) and not _has_verb(main, forms) and pieces[j].split(" ", 1)[0].endswith(("ed", "ing")):
        # "Talks between X, aimed at a truce failed to ...": an aside without its closing comma
        rest = pieces[j].split()
        verb = _verb_index(rest[2:], forms, past_only=True)
        if verb is not None:
            main, j = f"{main} {' '.join(rest[verb + 2 :])}", j + 1
    if _DATE_MARK not in main:
        for i in range(j, len(pieces)):
            if _DATE_MARK in pieces[i]:
                later = _later_clause(pieces[i], pieces[i - 1], main, forms)
                if later:
                    return later
                break
    if _has_verb(main, forms):
        return main
    for i in range(j, len(pieces)):
        later = _later_clause(pieces[i], pieces[i - 1], main, forms)
        if later:
            return later  # "X have been the main backers, but have called for ...": the event is there
    return main if len(main.split()) >= FRAGMENT_WORDS else marked


def _split_clauses(marked: str, forms: _Forms) -> list[str]:
    """The line cut before each clause break: a word of `comma_breaks` after a comma, semicolon or dash,
    a word of `any_breaks` anywhere, anything after a semicolon."""
    lowered = marked.lower().split(" ")
    if forms.all_breaks.isdisjoint(lowered) and ";" not in marked:
        return [marked]
    tokens = marked.split(" ")
    pieces: list[str] = []
    start = 0
    at = [i for i, word in enumerate(lowered) if word in forms.all_breaks]
    if ";" in marked:
        at = sorted({*at, *(i for i, word in enumerate(lowered) if word[-1:] == ";")})
    for i in at:
        word = lowered[i]
        if word.endswith(";") and word not in forms.all_breaks:
            i += 1  # the clause after a semicolon starts with the next word
            if i >= len(tokens):
                break
            word = lowered[i]
        if i <= start:
            continue
        prev = tokens[i - 1]
        if (
            word in forms.any_breaks
            or prev.endswith(";")
            or (word in forms.comma_breaks and (prev.endswith(",") or prev in _DASHES))
        ):
            kept = tokens[start : i - 1] if prev in _DASHES else tokens[start:i]
            pieces.append(" ".join(kept).rstrip(",;"))
            start = i
    pieces.append(" ".join(tokens[start:]))
    return pieces


def _later_clause(piece: str, before: str, main: str, forms: _Forms) -> str:
    """A later clause holding the date, made to stand alone: without its opening conjunction, a
    "which"/"who" clause with what it refers to, "but have called" with the first clause's subject;
    "" when it cannot stand alone."""
    opener, _, rest = piece.partition(" ")
    lowered = opener.lower()
    if lowered in ("which", "who"):
        found = _ANTECEDENT.search(before)
        name = (found.group(1) or found.group(2)) if found else ""
        if not name or _verb_index(rest.lower().split()[:1], forms) is None:
            return ""
        return f"{name} {rest}"
    if lowered.endswith(("ed", "ing")) or lowered not in forms.openers:
        return ""
    words = _without_leading_phrase(piece.split(), forms)
    if words and words[0] == opener:
        words = _without_leading_phrase(words[1:], forms)
    if not words:
        return ""
    first = words[0].lower()
    if first in _PRONOUN_SUBJECTS:
        return ""  # "once they came to ...": who "they" are is in the first clause
    if first in _PERFECT or first in _BE or first in forms.past or first in forms.present:
        if lowered not in ("and", "but"):
            return ""
        subject = main.split()
        verb = _verb_index(_lower(subject), forms, auxiliaries=True)
        if not verb:
            return ""
        words = subject[:verb] + words
    text = " ".join(words)
    return text if _has_verb(text, forms) else ""


def _without_leading_phrase(words: list[str], forms: _Forms) -> list[str]:
    """ "after validation by the parliament, Ankara started" -> "Ankara started"; "after interim
    leaders were selected" -> "interim leaders were selected" (a fragment passage's opener)."""
    if len(words) <= FRAGMENT_WORDS or words[0].lower() not in forms.openers:
        return words
    verb = _verb_index(_lower(words), forms, auxiliaries=True)
    for k, word in enumerate(words[: verb if verb is not None else len(words)]):
        if word.endswith(","):
            rest = words[k + 1 :]
            return rest if _verb_index(_lower(rest), forms) is not None else words
    if words[0].lower() in _SUBORDINATORS and verb is not None and verb > 1:
        return words[1:]
    return words


def _is_acronym(words: Sequence[str], k: int) -> bool:
    return k < len(words) and len(words[k]) > 1 and words[k].rstrip(",;:").isupper() and words[k].isalpha()


def _lower(words: Sequence[str]) -> list[str]:
    """The words in lower case (one call: words hold no spaces)."""
    return " ".join(words).lower().split(" ") if words else []


def _has_verb(text: str, forms: _Forms) -> bool:
    return _verb_index(text.lower().split(), forms) is not None


def _verb_index(words: Sequence[str], forms: _Forms, past_only: bool = False, auxiliaries: bool = False) -> int | None:
    """Where the first event verb (or, with `auxiliaries`, auxiliary) of lower-case words is."""
    if forms.verbish.isdisjoint(words) and (not auxiliaries or _MODALS.isdisjoint(words)):
        return None
    for i, w in enumerate(words):
        if w in forms.past or (auxiliaries and i > 0 and (w in _PERFECT or w in _BE or w in _MODALS)):
            return i
        if not past_only and i > 0 and w in forms.present and words[i - 1] not in _NOT_AFTER:
            return i
    return None


def _without_date(text: str, date_text: str, forms: _Forms) -> str:
    """The text without the date mark (or, unmarked, the date text) and the preposition before it;
    with the date kept when what is left is a fragment."""
    mark = _DATE_MARK if _DATE_MARK in text else date_text
    if not mark or mark not in text:
        return text
    at = text.index(mark)
    before = text[:at].rstrip()
    after = text[at + len(mark) :]
    word = before.rsplit(" ", 1)[-1]
    following = after.split(" ", 2)[1].lower() if after.startswith(" ") and len(after.split(" ", 2)) > 1 else ""
    # "until December elections": the date qualifies a noun, "until" stays
    attributive = following[:1].islower() and following not in forms.function_words
    if word.lower() == "of" and not after.strip(" .,;"):
        return text.replace(_DATE_MARK, date_text)  # "at the start of Ramadan": the date is what is named
    if word.lower() in _DATE_PREPOSITIONS and not attributive:
        before = before[: len(before) - len(word)].rstrip()
    if before.endswith(",") and after.startswith(","):
        before, after = before[:-1], after[1:]  # "The round, in September, produced" -> "The round produced"
    out = f"{before} {after.lstrip()}" if after.lstrip()[:1].isalnum() else before + after
    if len(out.split()) < FRAGMENT_WORDS:
        return text.replace(_DATE_MARK, date_text)
    if before.endswith((" a", " A")) and after.lstrip()[:1] in "aeiou":
        out = out.replace(f"{before} ", f"{before}n ", 1)  # "in a 2011 uprising" -> "in an uprising"
    return out


def _acronym(match: re.Match[str]) -> str:
    """ "the Long Name (ACR)" -> "ACR"; a one-word name keeps its name ("the Front (MVLF)" -> "the Front")."""
    name = match.group(0)[: match.start(1) - match.start(0) - 1].strip()
    if not name:
        return ""
    if len(name.removeprefix("the ").removeprefix("The ").split()) < 2:
        return name
    return match.group(1)


def _headline_verb(words: list[str], rules: TitleRules, forms: _Forms, context: HeadlineContext) -> int | None:
    """Puts the clause's event verb in headline form, in place; its index, or None."""
    lowered = _lower(words[: VERB_REACH + 2])
    verbish = forms.verbish
    for i in range(min(len(words), VERB_REACH)):
        w = lowered[i]
        if w not in verbish:
            continue
        nxt = lowered[i + 1] if i + 1 < len(lowered) else ""
        before = lowered[i - 1] if i else ""
        ahead = _future_at(lowered, i, forms) if w in forms.future else 0
        if ahead and i > 0 and i + ahead < len(words):
            words[i : i + ahead] = ["to"]
            return _short_subject(words, i, context)
        if before in _RELATIVE:
            continue  # "the resolution that was passed ... calls": not the clause's verb
        if w in _PERFECT and nxt == "been" and i + 2 < len(lowered) and _participle(lowered[i + 2], forms):
            del words[i : i + 2]
            return _passive(words, i, forms, context)
        if w in _PERFECT and i > 0 and nxt not in forms.past and nxt.endswith("ed") and nxt.isalpha():
            del words[i]  # "had shared power" -> "shared power": a past form the table does not know
            return _short_subject(words, i, context)
        if w in _PERFECT and nxt in forms.past and i > 0:
            del words[i]
            return _finite(words, i, forms.past[nxt], context, rules, forms)
        if before.endswith(",") and not before[:-1].isdigit() and (w in forms.participles or w in forms.past):
            words[i - 1] = words[i - 1].rstrip(",")  # "The agreement, signed in Jeddah": a participle
            return _short_subject(words, i, context)
        if (
            w in _BE
            and i > 0
            and before != "to"
            and (nxt in forms.participles or (nxt.endswith("ed") and nxt.isalpha()))
        ):
            del words[i]
            return _passive(words, i, forms, context)
        if before in _BE:
            continue  # "that was passed": a participle
        if w in forms.past and nxt == "by" and any(v in forms.past for v in lowered[i + 2 : VERB_REACH]):
            continue  # "forces backed by troops from X launched ...": a participle, the verb comes later
        if w in forms.past and before not in _NOT_FINITE:
            return None if i == 0 else _finite(words, i, forms.past[w], context, rules, forms)
        if (
            i > 0
            and w in forms.present
            and before not in _NOT_FINITE
            and before not in _NOT_AFTER
            and nxt not in _AUXILIARIES
            and (w != forms.present[w] or "and" in lowered[:i] or before in ("they", "we"))
        ):
            return _finite(words, i, forms.present[w], context, rules, forms)
    for i in range(1, min(len(words), VERB_REACH)):
        w = lowered[i]
        if (
            w.endswith("ed")
            and len(w) > 4
            and w.isalpha()
            and words[i].islower()
            and lowered[i - 1] not in _NOT_VERB_AFTER
        ):
            return i  # a past form the verb table does not know: kept as it is
    return None


def _participle(word: str, forms: _Forms) -> bool:
    return word in forms.participles or (word.endswith("ed") and word.isalpha())


def _future_at(lowered: Sequence[str], i: int, forms: _Forms) -> int:
    """How many words a future marker ("is due to", "will") at lowered[i] has; 0 when none is there."""
    for marker in forms.future[lowered[i]]:
        if tuple(lowered[i : i + len(marker)]) == marker:
            return len(marker)
    return 0


def _finite(words: list[str], i: int, base: str, context: HeadlineContext, rules: TitleRules, forms: _Forms) -> int:
    """words[i] becomes the present of `base`, agreeing with the subject words[:i]; a pronoun subject
    is named or the clause turns passive."""
    if i == 1 and words[0].lower() in rules.pronouns:
        name = _antecedent(words[0].lower(), rules, context)
        if name:
            words[:1] = name.split()
            i = len(name.split())
        else:
            obj = _object(words[i + 1 :])
            if not obj:
                words[i] = base if words[0].lower() == "they" else third_person(base)
                return i
            done = forms.participle.get(base, words[i])
            words[:] = [capitalise(obj[0]), *obj[1:], done]
            return len(obj)
    i = _short_subject(words, i, context)
    words[i] = base if _plural(words[:i], context) else third_person(base)
    return i


def _short_subject(words: list[str], i: int, context: HeadlineContext) -> int:
    """ "Tarnian Foreign Minister Karel Dusek" before the verb at i -> "Dusek"; the verb's new index."""
    if i < 2 or not context.mentions:
        return i
    subject = " ".join(words[:i])
    line = context.line
    parts = subject.split(" and ")
    changed = False
    for k, part in enumerate(parts):
        for m in context.mentions:
            surface = line[m.start : m.end]
            if (
                m.kind == "person"
                and part.endswith(surface)
                and part != short_name(m)
                and not part[: len(part) - len(surface)].endswith("of ")  # "the government of X": not X
            ):
                parts[k] = capitalise(short_name(m))
                changed = True
                break
    if not changed:
        return i
    name = " and ".join(parts).split()
    words[:i] = name
    return len(name)


def _plain_verb(lowered: Sequence[str], forms: _Forms) -> bool:
    """Whether a clause's first words are a verb the headline writes plainly: a future ("would
    convene"), a listed past ("responded"), or a perfect or passive of a listed form ("had secured",
    "was determined")."""
    if not lowered:
        return False
    first = lowered[0]
    if first in ("would", "will") or first in forms.past:
        return len(lowered) > 1 and lowered[1] not in _NOT_FINITE
    return (first in _PERFECT or first in _BE) and len(lowered) > 1 and lowered[1] in forms.participles


def _says(who: Sequence[str], context: HeadlineContext) -> str:
    """ "says", or "say" after a plural speaker ("Residents say")."""
    return "say" if _plural(who, context) else "says"


def _speaker_itself(pronoun: str, who: Sequence[str], context: HeadlineContext) -> bool:
    """Whether the subject pronoun of what `who` said stands for `who` ("Russia said it", "Salamé said
    he", "the rebels said they"): "he"/"she" after a person (by surname), "it" after a singular name that
    is not a person's, "they" after a plural speaker."""
    if not who or (not who[0][:1].isupper() and pronoun != "they"):
        return False
    line = context.line
    person = len(who) == 1 and any(
        short_name(m) == who[0] or line[m.start : m.end] == who[0] for m in context.mentions if m.kind == "person"
    )
    if pronoun in ("he", "she"):
        return person
    if pronoun == "it":
        return not person and not _plural(who, context)
    return pronoun == "they" and _plural(who, context)


def _speaker(who: str, context: HeadlineContext) -> str:
    """A speaker by surname when a person is named ("Tessa Movren" -> "Movren")."""
    who = _drop_article(_NAMED_ACRONYM.sub(_acronym, who.strip()) if "(" in who else who.strip()).rstrip(" ,")
    if who.endswith((" has", " had", " have")):
        who = who.rsplit(" ", 1)[0]  # "Petro has said": the auxiliary is not the speaker's
    line = context.line
    for m in context.mentions:
        if m.kind == "person" and who.endswith(line[m.start : m.end]):
            return capitalise(short_name(m))
    return who


def _passive(words: list[str], i: int, forms: _Forms, context: HeadlineContext) -> int:
    """words[i] is a participle after its auxiliary went: "<object> <participle> by <agent>" turns
    active when the agent names persons."""
    if i + 1 < len(words) and words[i + 1] == "by":
        persons = _persons(" ".join(words[i + 2 :]), context)
        base = next((b for b, p in forms.participle.items() if p == words[i].lower()), "")
        if persons and base:
            agent = " and ".join(persons).split()
            obj = _drop_article_words(words[:i])
            if obj and not obj[0].isupper():
                obj[0] = obj[0][:1].lower() + obj[0][1:]
            words[:] = [*agent, base if len(persons) > 1 else third_person(base), *obj]
            return len(agent)
    return _short_subject(words, i, context)


def _persons(text: str, context: HeadlineContext) -> list[str]:
    """The short names of the persons `text` names (in order), at most two."""
    line = context.line
    found = {
        (text.find(line[m.start : m.end]), short_name(m))
        for m in context.mentions
        if m.kind == "person" and line[m.start : m.end] in text
    }
    return [name for _, name in sorted(found)][:2]


def _object(words: Sequence[str]) -> list[str]:
    """The noun phrase right after a verb ("a truce on Friday" -> "truce"), without its article."""
    out = []
    for word in words:
        if word.lower() in _SUBJECT_END:
            break
        out.append(word.rstrip(",;"))
        if word.endswith((",", ";")):
            break
    return _drop_article_words(out)


def _antecedent(pronoun: str, rules: TitleRules, context: HeadlineContext) -> str:
    """The short name of the one actor of a kind `pronoun` may stand for, named just before it."""
    kinds = rules.pronouns.get(pronoun, frozenset())
    fitting = {m.canonical: m for m in (*context.earlier, *context.mentions) if m.kind in kinds}
    if pronoun == "they":
        fitting = {c: m for c, m in fitting.items() if m.surface.endswith("s") or m.kind == "armed_group"}
    if len(fitting) != 1:
        return ""
    return capitalise(short_name(next(iter(fitting.values()))))


def _plural(subject: Sequence[str], context: HeadlineContext) -> bool:
    """Whether a subject takes a plural verb: "A and B", a plural head noun ("talks between ...")."""
    if not subject:
        return False
    lowered = _lower(subject)
    if "between" in lowered:
        head = subject[: lowered.index("between")]
    elif "and" in lowered or lowered[-1] in ("they", "we"):
        return True
    else:
        head = next(
            (
                subject[:j]
                for j, w in enumerate(lowered)
                if j > 0 and (w in _SUBJECT_END or (w.endswith("ing") and lowered[j - 1].endswith("s")))
            ),
            subject,
        )
    if not head:
        return False
    text = " ".join(head)
    line = context.line
    for m in context.mentions:
        if text.endswith(line[m.start : m.end]) or text.endswith(short_name(m)):
            if m.kind in ("person", "state", "organisation"):
                return False
            break
    last = head[-1].rstrip(",")
    return last.endswith("s") and not last.endswith(("ss", "'s", "’s", "us", "is")) and not last.isupper()


def _reported(who: str, what: str) -> list[str]:
    """A quotation as reported speech: "<who> says <what>", its first word in lower case unless a name."""
    words = _drop_article_words(what.strip(" ,.;:!?").split())
    if words and not words[0].isupper() and words[0][1:].islower() and words[0].lower() != words[0]:
        words[0] = words[0].lower()  # "Talks will resume" -> "talks will resume"; not "Russia"
    return [*who.split(), "says", *words]


def _first_person(quote: str, who: str, rules: TitleRules, forms: _Forms) -> str:
    """'“I call on all sides to ...”' said by Dusek -> "Dusek calls on all sides to ..."; "" otherwise."""
    words = quote.split()
    if len(words) < 3 or words[0] != "I" or words[1].lower() not in forms.present:
        return ""
    rest = " ".join(words[2:])
    if not rules.quote_pronouns.isdisjoint(re.findall(r"[\w’']+", rest.lower())):
        return ""
    return f"{who} {third_person(forms.present[words[1].lower()])} {rest}".rstrip(" ,.;:!?")


def _drop_article(text: str) -> str:
    first, _, rest = text.partition(" ")
    return rest.lstrip() if first in ("The", "A", "An", "the") and rest else text


def _drop_article_words(words: list[str]) -> list[str]:
    if len(words) > 1 and words[0].lower() in _ARTICLES:
        return words[1:]
    return words


def _fit(
    words: list[str], verb: int | None, rules: TitleRules, context: HeadlineContext = NO_CONTEXT, whole: bool = True
) -> str:
    """The words as one line of at most HEADLINE_MAX characters (see the module's rule 5); with `whole`,
    a subject's place or company goes before the line is cut with "…"."""
    line = " ".join(words).strip(" ,;:.")
    if len(line) <= HEADLINE_MAX:
        return line
    if context.acronyms:
        words, verb = _with_acronyms(words, verb, context.acronyms)
        line = " ".join(words).strip(" ,;:.")
    first = (verb + 2) if verb is not None else 2
    # "the" before a name first ("the Coastal Defence Brigades"), then every article after the verb
    named = (
        [w for k, w in enumerate(words) if not (w == "the" and k + 1 < len(words) and words[k + 1][:1].isupper())]
        if "the" in words
        else words
    )
    named_line = " ".join(named).strip(" ,;:.")
    if len(named_line) <= HEADLINE_MAX and verb is not None and len(named) > verb:
        return named_line
    lean = words
    if verb is not None:
        lean = words[: verb + 1] + [w for w in words[verb + 1 :] if w.lower() not in _ARTICLES]
        lean_line = " ".join(lean).strip(" ,;:.")
        if len(lean_line) <= HEADLINE_MAX:
            return lean_line
    cut = _cut(words, first, rules, verb is not None)
    if len(cut) >= GOOD_CUT:
        return cut
    lean_cut = _cut(lean, first, rules, verb is not None)
    if len(lean_cut) >= GOOD_CUT or (lean_cut and not cut):
        return lean_cut
    if cut:
        return cut
    if whole and verb is not None:
        # "World powers with interests in the war agree to ..." -> "World powers agree to ..."
        at = next((k for k in range(1, verb) if words[k].lower() in _SUBJECT_MODIFIERS), None)
        if at is not None and _plain_subject(words, at, verb, rules, context):
            shorter = _fit(words[:at] + words[verb:], at, rules, context, whole=False)
            if not shorter.endswith("…") and shorter.rsplit(" ", 1)[-1].lower() not in rules.cut_words:
                return shorter
    at = line.rfind(" ", 0, HEADLINE_MAX - 1)
    kept = line[: at if at >= HEADLINE_MAX // 2 else HEADLINE_MAX - 1].split(" ")
    while len(kept) > 1 and kept[-1].lower().strip(",;:") in rules.trailing_fillers:
        kept.pop()
    return " ".join(kept).rstrip(" ,;:—–-") + "…"


def _plain_subject(words: Sequence[str], at: int, verb: int, rules: TitleRules, context: HeadlineContext) -> bool:
    """Whether words[:verb] are a plain noun phrase whose modifier words[at:verb] may go: no verb,
    clause, punctuation or infinitive in it, not inside a name ("Conference on Security") nor after an
    -ing word ("ministers meeting in Berlin"), naming no party but at most one state or place
    ("commanders from Ethiopia's government and Tigrayan rebels" stays)."""
    forms = _forms(rules)
    before, after = words[at - 1], words[at + 1] if at + 1 < verb else ""
    if (before[:1].isupper() and after[:1].isupper()) or before.endswith("ing"):
        return False
    modifier = " ".join(words[at:verb])
    named = [m for m in context.mentions if context.line[m.start : m.end] in modifier]
    if len(named) > 1 or any(m.kind not in ("state", "place") for m in named):
        return False
    for word in words[:verb]:
        low = word.lower()
        if (
            word[-1] in ",;:.)" or word[:1] in "(“\"‘" or word in _DASHES
            or low in _RELATIVE or low == "to" or low in _PERFECT or low in _BE
            or _verb_like(low, forms) or low in forms.past
        ):  # fmt: skip
            return False
    return True


def _with_acronyms(
    words: list[str], verb: int | None, acronyms: Sequence[tuple[str, str]]
) -> tuple[list[str], int | None]:
    """ "the Krell Liberation Front" -> "KLF" (a name's acronym, its article gone), the verb's new index."""
    head, tail = (
        " ".join(words[:verb] if verb is not None else words),
        " ".join(words[verb:] if verb is not None else []),
    )
    for name, acronym in acronyms:
        head = re.sub(rf"\b(?:the )?{re.escape(name)}\b", acronym, head)
        tail = re.sub(rf"\b(?:the )?{re.escape(name)}\b", acronym, tail)
    first = head.split()
    return first + tail.split(), (len(first) if verb is not None else None)


def _cut(words: Sequence[str], first: int, rules: TitleRules, verb: bool = False) -> str:
    """The longest prefix within HEADLINE_MAX ending before a cut word at index >= first (with a `verb`
    before it, also before a participle phrase), and before any comma after it, but never inside a
    "that" clause whose verb lies past the cut; "" if none."""
    size = -1
    end = 0
    for i, word in enumerate(words):
        size += len(word) + 1
        if size > HEADLINE_MAX or i + 1 >= len(words):
            break
        if i + 1 < first:
            continue
        following = words[i + 1].lower()
        aside = (
            word[-1] == ","
            and following != "and"
            and (following in rules.clause_breaks or following.endswith(("ed", "ing")))
        )
        if following == "up" and i + 2 < len(words) and words[i + 2] == "to":
            following = "to"  # "of up to 60 members": the cut comes before "up"
        elif following == "to" and word.lower() == "up":
            following = ""
        if (following in rules.cut_words and not (following == "and" and word[-1] == ",")) or aside:
            end = i + 1  # not inside a list ("national, regional, and international")
        elif verb and following.endswith("ing") and _participle_phrase(words, i + 1, rules.cut_words):
            end = i + 1  # "a UN resolution | documenting their progress": a phrase of its own
        if aside:
            break
    kept = list(words[:end])
    while len(kept) >= first and (
        kept[-1].lower().strip(",;:") in rules.trailing_fillers or kept[-1].lower() in _AUXILIARIES
    ):
        kept.pop()
    that = next((k for k in range(len(kept) - 3, first - 1, -1) if kept[k] == "that"), None) if "that" in kept else None
    if that is not None and not _verb_after(kept, that + 1, len(kept), rules):
        kept = kept[:that]  # "alerts the Council | that the escalation of fighting": its verb is past the cut
    return " ".join(kept).strip(" ,;:.—–-") if len(kept) >= first else ""


def _participle_phrase(words: Sequence[str], k: int, cut_words: frozenset[str]) -> bool:
    """Whether words[k] opens a participle phrase after a noun: an -ing word with an object of its own
    ("a resolution documenting their progress"), not a noun ("a ceasefire monitoring component", "the
    escalation of fighting")."""
    if k + 1 >= len(words) or k < 1:
        return False
    word, before, after = words[k], words[k - 1], words[k + 1].lower()
    if not (word.endswith("ing") and len(word) > 5 and word.isalpha() and word.islower()):
        return False
    if before[-1:] in ",;:" or before.lower() in _NOT_AFTER or before.lower() in _AUXILIARIES or before in cut_words:
        return False
    return after in _OBJECT_OPENERS or after[:1].isdigit()


def _verb_after(words: Sequence[str], start: int, end: int, rules: TitleRules) -> bool:
    """Whether words[start:end] hold a verb (a "that" clause complete within a cut)."""
    forms = _forms(rules)
    lowered = [w.strip("“”\"'‘’,;:") for w in _lower(words[start:end])]
    return any(
        w in forms.past
        or w in _BE
        or w in _MODALS
        or (k > 0 and lowered[k - 1] not in _NOT_AFTER and (w in forms.present or (w.endswith("ed") and len(w) > 4)))
        for k, w in enumerate(lowered)
    )
