"""A "who did what" headline for an event, written the way a chronology is (issue 10).

From the event's full title (`titles.full_title`: the passage without its leading date phrase, its
subject shortened to a name) the headline keeps the clause holding the event and writes it in
headline style:

1. Speaker: 'X said (that) Y' reads "X: Y" with Y headlined in turn; a quotation in the first person
   ('"I call on ...," Guterres said') reads "Guterres calls on ..."; other quotations that speak for
   "we" or "you" read "X makes a statement"; a trailing attribution (", the ministry said") goes.
2. Clause: the line is cut at a comma (or semicolon, or dash) before a clause break ("when", "which",
   "bringing", ...).  When the first clause has no event verb and a later one holding the date has,
   that one is kept; a "which"/"who" clause is read with what it refers to.
3. Debris: the date phrase, sentence adverbs ("also"), an apposition after the subject ("Turkey, X's
   closest ally, welcomed") or a dashed aside go; "Long Name (ACR)" reads "ACR".
4. Verb: a past or perfect form ("signed", "had signed") becomes present, agreeing with its subject
   ("signs" / "sign"); a future ("will", "is due to") reads "to <verb>"; a passive loses its auxiliary
   ("was established" -> "established") or, with a named agent, turns active ("was proposed by Putin"
   -> "Putin proposes ..."); a pronoun subject is the one actor of a fitting kind named just before,
   else the clause turns passive ("they signed a truce" -> "Truce signed").
5. Length: no leading article; at most HEADLINE_MAX characters, cut before a preposition or conjunction
   (articles after the verb are dropped first when that is what makes it fit); "…" only when no
   complete phrase fits.

The English words of these rules are rule files under `timeline/data/en/` (`headline_*.txt`), read
into `TitleRules` by `titles.load_title_rules`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from timeline.understanding.actors import ActorMention, Gazetteer, actors_within
from timeline.understanding.titles import (
    HEADLINE_MAX,
    TitleRules,
    builtin_title_rules,
    capitalise,
    full_title,
    short_name,
    shorten_title,
)

# A cut leaving a line shorter than this is worse than dropping the articles to keep more of it.
GOOD_CUT = 45
# Characters before a passage in which a pronoun's antecedent is looked for (about one sentence).
ANTECEDENT_REACH = 300
# A pronoun's antecedent in the passage itself must come this close before the pronoun's clause.
VERB_REACH = 16
# A removed date that leaves fewer words than this leaves a fragment: the date stays.
FRAGMENT_WORDS = 3

_DATE_MARK = "\x00"
_ARTICLES = frozenset({"the", "a", "an"})
_PERFECT = frozenset({"has", "have", "had"})
_BE = frozenset({"was", "were", "is", "are", "been", "be"})
_NOT_FINITE = frozenset({"be", "been", "being", "would", "will", "to", "could", "should", "may", "might", "can"})
_DATE_PREPOSITIONS = frozenset({"on", "in", "at", "by", "from", "since", "until", "of", "during"})
# Words that open a fragment passage ("after interim leaders were selected") and go when a clause follows.
_SUBORDINATORS = frozenset({"after", "before", "following", "once", "until"})
_SUBJECT_END = frozenset({"of", "between", "in", "for", "on", "with", "from", "under", "against", "over", "to"})
_QUOTE_FIRST = re.compile(r"^(?P<who>[^:“\"]{1,60}) said[^:“\"]*:\s*[“\"](?P<what>[^”\"]+)[”\"]?$")
_SAID_QUOTE = re.compile(r"^(?P<who>[^:“\"]{1,60}) said[^:]*:\s*[“\"](?P<what>.*?)[”\"]?$")
# "The Marrow Valley Liberation Front (MVLF)": a name of two or more capitalised words, then its acronym.
_NAMED_ACRONYM = re.compile(
    r"(?:\b(?:[Tt]he )?(?:[A-Z][\w'’.-]*)(?: (?:of|on|for|and|de|the|[A-Z][\w'’.-]*)){1,7} )?\(([A-Z][A-Z0-9&-]{1,7})\)"
)
_DASHED_ASIDE = re.compile(r"\s[—–-]\s[^—–]{1,60}?\s[—–-]\s")
# "Turkey, Azerbaijan's closest ally, welcomed": an apposition (or a non-restrictive clause) after the subject.
_APPOSITION = re.compile(
    r"^(?P<subject>[^,]{2,60}?), (?:the|a|an|its|his|her|their|which|who|[A-Z][\w'’-]*['’]s?) [^,]{1,100}, (?=[a-z])"
)
_ANTECEDENT = re.compile(r"(?:\(([A-Z][A-Z0-9&-]{1,7})\)|((?:[A-Z][\w'’.-]*)(?: (?:of|the|[A-Z][\w'’.-]*))*))\s*$")


@dataclass(frozen=True, slots=True)
class HeadlineContext:
    """What a headline may know besides its line: the actors named in the line (offsets into it) and
    those named just before the passage (for a pronoun subject)."""

    line: str = ""
    mentions: tuple[ActorMention, ...] = ()
    earlier: tuple[ActorMention, ...] = ()


NO_CONTEXT = HeadlineContext()


def title_and_headline(
    passage: str,
    actors: Sequence[ActorMention] | None,
    offset: int,
    date_span: tuple[int, int] | None,
    gazetteer: Gazetteer | None = None,
    rules: TitleRules | None = None,
) -> tuple[str, str]:
    """An event's title (`titles.make_title`) and headline, from one reading of its passage (same
    arguments as `make_title`)."""
    line = " ".join(passage.split())
    if not line:
        return "", ""
    rules = rules or builtin_title_rules()
    full, mentions = full_title(passage, line, actors, offset, date_span, gazetteer, rules)
    date_text = passage[date_span[0] : date_span[1]] if date_span and 0 <= date_span[0] < date_span[1] else ""
    earlier = tuple(actors_within(actors, max(0, offset - ANTECEDENT_REACH), offset)) if actors and offset else ()
    context = HeadlineContext(line, tuple(mentions), earlier)
    return shorten_title(full), make_headline(full, date_text, rules, context)


def make_headline(
    title: str, date_text: str = "", rules: TitleRules | None = None, context: HeadlineContext = NO_CONTEXT
) -> str:
    """A "who did what" line of at most HEADLINE_MAX characters from an event's (full) title and the
    text of its date expression; see the module's documentation for the rules."""
    rules = rules or builtin_title_rules()
    line = title.rstrip("…").strip()
    if not line:
        return ""
    forms = _forms(rules)
    speaker = ""
    quoted = _QUOTE_FIRST.match(line)
    if quoted:
        speaker, line = _drop_article(quoted.group("who").strip()), quoted.group("what").strip()
        first_person = _first_person(line, speaker, rules, forms)
        if first_person:
            speaker, line = "", first_person
        elif not rules.quote_pronouns.isdisjoint(re.findall(r"[\w’']+", line.lower())):
            return _fit(f"{speaker} makes a statement".split(), 1, rules)
    elif not rules.speech_verbs.isdisjoint(line.lower().replace(",", " ").split()):
        said = _SAID_QUOTE.match(line)
        first = rules.speaker_first.match(line)
        if said:
            speaker, line = said.group("who"), said.group("what")
        elif first:
            speaker, line = first.group("who"), first.group("what")
        else:
            line = rules.attribution.sub("", line)
    words, verb = _clause(line, date_text, rules, forms, context, capital=not speaker)
    if speaker:
        who = _drop_article(speaker.strip()).rstrip(" ,").split()
        if not words:
            return _fit([*who, "says"], len(who), rules)
        who[-1] += ":"
        return _fit(who + words, len(who) + verb if verb is not None else None, rules)
    return _fit(words, verb, rules)


@dataclass(frozen=True, slots=True, eq=False)
class _Forms:
    """Verb forms and patterns derived once from a TitleRules."""

    past: dict[str, str]  # "signed" -> "sign"
    present: dict[str, str]  # "sign", "signs" -> "sign"
    participle: dict[str, str]  # "sign" -> "signed", "break" -> "broken"
    participles: frozenset[str]  # every participle
    breaks: re.Pattern[str]


@functools.lru_cache(maxsize=8)
def _forms(rules: TitleRules) -> _Forms:
    present: dict[str, str] = {}
    participle: dict[str, str] = {}
    for past, base in rules.headline_verbs.items():
        present.setdefault(base, base)
        present.setdefault(third_person(base), base)
        participle.setdefault(base, rules.participles.get(base, past))
    words = "|".join(sorted(map(re.escape, rules.clause_breaks), key=len, reverse=True)) or "(?!)"
    return _Forms(
        past=dict(rules.headline_verbs),
        present=present,
        participle=participle,
        participles=frozenset(participle.values()),
        breaks=re.compile(rf"\s*(?:;|,|\s[—–]|\s-)\s+(?=(?:{words})\b)|;\s+", re.IGNORECASE),
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
    pieces = forms.breaks.split(marked)
    chosen = pieces[0]
    if len(pieces) > 1 and _DATE_MARK not in chosen and not _has_verb(chosen, forms):
        for i, piece in enumerate(pieces[1:], 1):
            if _DATE_MARK in piece:
                later = _later_clause(piece, pieces[i - 1], rules, forms)
                if later:
                    chosen = later
                break
    chosen = _without_date(chosen, date_text)
    if "(" in chosen:
        chosen = _NAMED_ACRONYM.sub(_acronym, chosen)
    if " - " in chosen or " – " in chosen or " — " in chosen:
        chosen = _DASHED_ASIDE.sub(" ", chosen)
    if ", " in chosen:
        chosen = _APPOSITION.sub(r"\g<subject> ", chosen)
    words = [w for w in chosen.strip(" ,;:.").split() if w not in rules.adverbs]
    if len(words) > FRAGMENT_WORDS and words[0].lower() in _SUBORDINATORS:
        rest = words[1:]
        if _verb_index(rest, forms) is not None:
            words = rest
    words = _drop_article_words(words)
    verb = _headline_verb(words, rules, forms, context)
    if words:
        words = _drop_article_words(words)
        if capital:
            words[0] = capitalise(words[0])
    return words, verb


def _later_clause(piece: str, before: str, rules: TitleRules, forms: _Forms) -> str:
    """A later clause holding the date, made to stand alone: without its opening conjunction, a
    "which"/"who" clause with what it refers to; "" when it has no subject and event verb."""
    opener, _, rest = piece.partition(" ")
    opener = opener.lower()
    if opener in ("which", "who"):
        found = _ANTECEDENT.search(before)
        name = (found.group(1) or found.group(2)) if found else ""
        if not name or not _has_verb(rest, forms):
            return ""
        return f"{name} {rest}"
    if opener in rules.clause_breaks and not opener.endswith(("ing", "ed")):
        piece = rest
    first = piece.split(" ", 1)[0].lower()
    if not piece or first in forms.past or first in forms.present or not _has_verb(piece, forms):
        return ""
    return piece


def _has_verb(text: str, forms: _Forms) -> bool:
    return _verb_index(text.lower().split(), forms) is not None


def _verb_index(words: Sequence[str], forms: _Forms) -> int | None:
    for i, word in enumerate(words):
        w = word.lower()
        if w in forms.past or (i > 0 and w in forms.present):
            return i
    return None


def _without_date(text: str, date_text: str) -> str:
    """The text without the date mark (or, unmarked, the date text) and the preposition before it;
    with the date kept when what is left is a fragment."""
    mark = _DATE_MARK if _DATE_MARK in text else date_text
    if not mark or mark not in text:
        return text
    at = text.index(mark)
    before = text[:at].rstrip()
    word = before.rsplit(" ", 1)[-1]
    if word.lower() in _DATE_PREPOSITIONS:
        before = before[: len(before) - len(word)].rstrip()
    after = text[at + len(mark) :]
    out = f"{before} {after.lstrip()}" if after[:1].isalnum() else before + after
    if len(out.split()) < FRAGMENT_WORDS:
        return text.replace(_DATE_MARK, date_text)
    # "in a 2011 uprising" -> "in an uprising"
    return re.sub(r"\b([Aa]) (?=[aeiouAEIOU])", r"\1n ", out) if " a " in out or out.startswith("A ") else out


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
    limit = min(len(words), 18)
    for i in range(limit):
        w = words[i].lower()
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        ahead = _future_at(words, i, rules)
        if ahead and i > 0 and i + ahead < len(words):
            words[i : i + ahead] = ["to"]
            return i
        if w in _PERFECT and nxt == "been" and i + 2 < len(words) and words[i + 2].lower() in forms.participles:
            del words[i : i + 2]
            return _passive(words, i, forms, context)
        if w in _PERFECT and nxt in forms.past and i > 0:
            del words[i]
            return _finite(words, i, forms.past[nxt], context)
        if w in _BE and i > 0 and (nxt in forms.participles or (nxt.endswith("ed") and nxt.isalpha())):
            del words[i]
            return _passive(words, i, forms, context)
        if w in forms.past and (i == 0 or words[i - 1].lower() not in _NOT_FINITE):
            if i == 0:
                return None
            return _finite(words, i, forms.past[w], context, rules, forms)
        if i > 0 and w in forms.present and words[i - 1].lower() not in _NOT_FINITE:
            return _finite(words, i, forms.present[w], context, rules, forms)
    return None


def _future_at(words: Sequence[str], i: int, rules: TitleRules) -> int:
    """How many words a future marker ("is due to", "will") at words[i] has; 0 when none is there."""
    first = words[i].lower()
    for marker in rules.future:
        if marker[0] == first and tuple(w.lower() for w in words[i : i + len(marker)]) == marker:
            return len(marker)
    return 0


def _finite(
    words: list[str],
    i: int,
    base: str,
    context: HeadlineContext,
    rules: TitleRules | None = None,
    forms: _Forms | None = None,
) -> int:
    """words[i] becomes the present of `base`, agreeing with the subject words[:i]; a pronoun subject
    is named or the clause turns passive."""
    subject = words[:i]
    if rules is not None and forms is not None and len(subject) == 1 and subject[0].lower() in rules.pronouns:
        name = _antecedent(subject[0].lower(), rules, context)
        if name:
            words[:1] = name.split()
            return _finite(words, len(name.split()), base, context)
        obj = _object(words[i + 1 :])
        if obj:
            done = forms.participle.get(base, words[i])
            words[:] = [capitalise(obj[0]), *obj[1:], done]
            return len(obj)
    words[i] = base if _plural(subject, context) else third_person(base)
    return i


def _passive(words: list[str], i: int, forms: _Forms, context: HeadlineContext) -> int:
    """words[i] is a participle after its auxiliary went: "<object> <participle> by <agent>" turns
    active when the agent names persons."""
    if i + 1 < len(words) and words[i + 1] == "by":
        persons = _persons(" ".join(words[i + 2 :]), context)
        base = next((b for b, p in forms.participle.items() if p == words[i].lower()), "")
        if persons and base:
            agent = " and ".join(persons).split()
            obj = _drop_article_words(words[:i])
            if obj:
                obj[0] = obj[0][:1].lower() + obj[0][1:] if not obj[0].isupper() else obj[0]
            verb = base if len(persons) > 1 else third_person(base)
            words[:] = [*agent, verb, *obj]
            return len(agent)
    return i


def _persons(text: str, context: HeadlineContext) -> list[str]:
    """The short names of the persons `text` names (in order), if they are all it names."""
    line = context.line
    found = [
        (text.find(line[m.start : m.end]), short_name(m))
        for m in context.mentions
        if m.kind == "person" and line[m.start : m.end] in text
    ]
    return [name for _, name in sorted(set(found))][:2]


def _object(words: Sequence[str]) -> list[str]:
    """The noun phrase right after a verb ("a truce on Friday" -> "truce"), without its article."""
    out = []
    for word in words:
        if word.lower() in _SUBJECT_END or word.endswith((",", ";")):
            break
        out.append(word)
    return _drop_article_words(out)


def _antecedent(pronoun: str, rules: TitleRules, context: HeadlineContext) -> str:
    """The short name of the one actor of a kind `pronoun` may stand for, named last before it."""
    kinds = rules.pronouns.get(pronoun, frozenset())
    fitting = {m.canonical: m for m in (*context.earlier, *context.mentions) if m.kind in kinds}
    if pronoun == "they":
        fitting = {c: m for c, m in fitting.items() if m.surface.endswith("s") or m.kind == "armed_group"}
    if len(fitting) != 1:
        return ""
    return short_name(next(iter(fitting.values())))


def _plural(subject: Sequence[str], context: HeadlineContext) -> bool:
    if not subject:
        return False
    lowered = [w.lower() for w in subject]
    if "and" in lowered or lowered[-1] in ("they", "we"):
        return True
    head = subject
    for j, w in enumerate(lowered):
        if j > 0 and w in _SUBJECT_END:
            head = subject[:j]
            break
    last = head[-1].rstrip(",")
    if not last.endswith("s") or last.endswith(("ss", "'s", "’s", "us", "is")) or last.isupper():
        return False
    text = " ".join(head)
    line = context.line
    return not any(
        m.kind in ("state", "organisation") and text.endswith(line[m.start : m.end]) for m in context.mentions
    )


def _first_person(quote: str, who: str, rules: TitleRules, forms: _Forms) -> str:
    """ '“I call on all sides to ...”' said by Guterres -> "Guterres calls on all sides to ..."; "" otherwise."""
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


def _fit(words: list[str], verb: int | None, rules: TitleRules) -> str:
    """The words as one line of at most HEADLINE_MAX characters (see the module's rule 5)."""
    line = " ".join(words).strip(" ,;:.")
    if len(line) <= HEADLINE_MAX:
        return line
    first = (verb + 2) if verb is not None else 2
    cut = _cut(words, first, rules)
    if cut and len(cut) >= GOOD_CUT:
        return cut
    if verb is not None:
        lean = words[: verb + 1] + [w for w in words[verb + 1 :] if w.lower() not in _ARTICLES]
        line = " ".join(lean).strip(" ,;:.")
        if len(line) <= HEADLINE_MAX:
            return line
        cut = _cut(lean, first, rules) or cut
    if cut:
        return cut
    at = line.rfind(" ", 0, HEADLINE_MAX - 1)
    kept = line[: at if at >= HEADLINE_MAX // 2 else HEADLINE_MAX - 1].split(" ")
    while len(kept) > 1 and kept[-1].lower().strip(",;:") in rules.trailing_fillers:
        kept.pop()
    return " ".join(kept).rstrip(" ,;:—–-") + "…"


def _cut(words: Sequence[str], first: int, rules: TitleRules) -> str:
    """The longest prefix within HEADLINE_MAX ending before a cut word at index >= first; "" if none."""
    size = -1
    best = ""
    for i, word in enumerate(words):
        size += len(word) + 1
        if size > HEADLINE_MAX:
            break
        if i + 1 >= first and i + 1 < len(words) and words[i + 1].lower() in rules.cut_words:
            kept = list(words[: i + 1])
            while len(kept) > 1 and kept[-1].lower().strip(",;:") in rules.trailing_fillers:
                kept.pop()
            best = " ".join(kept).strip(" ,;:.—–-")
    return best
