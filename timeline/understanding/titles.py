"""A readable one-line title for an event, built from its passage by general rules.

Rules, first that applies:

1. Interaction: an actor, an interaction verb ("met", "hosted", "held talks
   with", "shakes hands with", ...) and a second actor after it give
   "<A> <verb, present tense> <B>", followed by the rest of B's clause when
   it starts with a preposition ("for talks on energy"), else by "in
   <Place>" when a capitalised place follows closely ("Smith meets Jones in
   Geneva").  Persons go by surname; a person is preferred over the state or
   group beside it.
2. Subject: a passage opening with a title phrase that ends in an actor's
   name ("Foreign Minister Anna Smith said ...") is shortened to the name
   ("Smith said ..."); so is an opening phrase with the name in apposition
   ("UN envoy to the region, Anna Smith, alerted ..." -> "Smith alerted ...").
3. Quotation first: a passage that opens with a quotation followed by its
   attribution ('"We ...," Jones said on Tuesday.') puts the attribution
   first: 'Jones said on Tuesday: "We ..."'.
4. The passage itself, as one line: no leading date phrase ("On Thursday,",
   "In late November,"), no leading conjunction or bullet, first letter
   capitalised, cut at a word boundary with "…".

Every title is at most `TITLE_MAX` characters.

The English word lists of these rules (interaction verbs and their present
tense, tail prepositions, trailing fillers, temporal openers) are rule files
under `timeline/data/` with examples the tests run; `load_title_rules` reads
them into a `TitleRules` that `make_title` is given.  `full_title` is the uncut line the headline of
`timeline.understanding.headlines` is made from; datelines ("GENEVA, Oct 23 (Reuters) - ") go too.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeline.core.data import DATA_DIR
from timeline.text.automaton import leftmost_longest, phrase_automaton, phrase_hits
from timeline.text.fold import fold
from timeline.text.letters import CAPITALS
from timeline.text.lexicon import MONTHS, SEASONS, WEEKDAYS
from timeline.text.segment import TITLE_CLAUSE_END, TITLE_JOINER, literal_first
from timeline.understanding.actors import SPEECH_VERBS, ActorMention, Gazetteer, actors_within, find_actors
from timeline.understanding.rulefiles import read_rule_file

TITLE_MAX = 120
# How far (characters) the second actor may follow the interaction verb, and the first precede it.
OBJECT_REACH = 80
SUBJECT_REACH = 160
# How far after the second actor a place ("in Moscow") is still part of the interaction.
PLACE_REACH = 40
# A name in apposition must come within this many characters of the start to be the subject.
APPOSITION_REACH = 80
# An attribution longer than this after an opening quotation is a sentence of its own, not "X said".
ATTRIBUTION_MAX = 80

_DATE_WORDS = (
    set(MONTHS)
    | set(WEEKDAYS)
    | set(SEASONS)
    | {"week", "weekend", "month", "year", "day", "today", "yesterday", "tomorrow", "morning", "evening", "night",
       "afternoon", "decade", "weeks", "months", "years", "days"}
)  # fmt: skip
_LEADING_PHRASE = re.compile(
    r"^(?:(?:on|in|at|by|since|during|from|until|last|this|next|early|late|earlier|later|mid|over)\b[^,.;]{0,40}?),\s*",
    re.IGNORECASE,
)
# Up to five words opening the line, followed by a lower-case word.
_BARE_DATE_PHRASE = re.compile(r"^((?:[\w.]+,?\s+){2,5}?)(?=[a-z])")
_LEADING_JUNK = re.compile(r"^[\s•·*|>\-–—”’]+")
# A wire dateline opening a story: "GENEVA, Oct 23 (Reuters) - ", "LONDON (AP) — ".
_DATELINE = re.compile(
    rf"^[{CAPITALS}][{CAPITALS} .’'-]{{2,30}}(?:, [^()]{{1,30}})?,? \([A-Za-z .]{{2,20}}\) ?[-–—]+ ?"
)
# A story's dateline in any case, its agency in brackets: "Doha (AFP) – ", "Tripoli (Reuters) - ".
_AGENCY_DATELINE = re.compile(r"[^()\n]{1,40} \([A-Za-z .]{2,20}\) ?[-–—]+ ?")
_OPEN_QUOTES = ("“", '"', "‘", "'")
_PLACE = re.compile(r"\bin ((?:[A-Z][\w'’-]+)(?: [A-Z][\w'’-]+)?)")
_VERB_AFTER = re.compile(r"\s+[a-z]")
_APPOSITION_AFTER = re.compile(r",\s+[a-z]")
# '"Quote," Name said ...' -- the attribution must start with a capital (a subject) to come first.
_QUOTE_THEN_ATTRIBUTION = re.compile(r'^[“"](?P<quote>[^”"]{10,})[”"],?\s+(?P<who>[A-Z][^“”"]*)$')
# The second actor's organisation, after its name ("Sela Drovic of the Krell Liberation Front").
_AFFILIATION = re.compile(r"^\s*of (?:the )?(?:[A-Z][\w'’.-]*\s?)+(?:\([A-Z0-9]+\)\s?)?")
_TITLE_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|the|of|'s|’s)$")

# English rules of titles, one concept a file (see `timeline.understanding.rulefiles`).
TITLE_INTERACTIONS = DATA_DIR / "en" / "title_interactions.txt"
TITLE_TAIL_PREPOSITIONS = DATA_DIR / "en" / "title_tail_prepositions.txt"
TITLE_TRAILING_FILLERS = DATA_DIR / "en" / "title_trailing_fillers.txt"
TITLE_TEMPORAL_OPENERS = DATA_DIR / "en" / "title_temporal_openers.txt"
HEADLINE_VERBS = DATA_DIR / "en" / "headline_verbs.txt"
QUOTE_PRONOUNS = DATA_DIR / "en" / "quote_pronouns.txt"
CAPTION_MARKERS = DATA_DIR / "en" / "caption_markers.txt"
HEADLINE_PARTICIPLES = DATA_DIR / "en" / "headline_participles.txt"
HEADLINE_FUTURE = DATA_DIR / "en" / "headline_future.txt"
HEADLINE_ADVERBS = DATA_DIR / "en" / "headline_adverbs.txt"
HEADLINE_CLAUSE_BREAKS = DATA_DIR / "en" / "headline_clause_breaks.txt"
HEADLINE_CUT_WORDS = DATA_DIR / "en" / "headline_cut_words.txt"
HEADLINE_PRONOUNS = DATA_DIR / "en" / "headline_pronouns.txt"
# A caption is a short passage: longer ones are statements even with "pictured" in them.
CAPTION_MAX = 200
# How much of a passage `is_caption` reads first: enough to pass CAPTION_MAX when white space runs are short.
_CAPTION_READ = CAPTION_MAX + 50
CAPTION_PREFIX = "Photo: "
HEADLINE_MAX = 70


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class TitleRules:
    """The English word lists titles are made with (all lower case)."""

    interactions: Any  # see `timeline.text.automaton`: interaction verb as written -> present tense
    tail_prepositions: frozenset[str]  # keep the rest of the second actor's clause ("for talks on energy")
    trailing_fillers: frozenset[str]  # dropped from a tail's end once its date is gone ("in Moscow on")
    temporal_openers: frozenset[str]  # open a leading date phrase without a comma ("In October they")
    headline_verbs: dict[str, str]  # past form -> base form ("signed" -> "sign")
    attribution: re.Pattern[str]  # a trailing ", X said ..." or ", said X ..."
    speaker_first: re.Pattern[str]  # "X[, the ... ,] said (that) Y"
    speech_verbs: frozenset[str]  # lower case: "said", "told", ... (data/en/speech_verbs.txt)
    speech_pattern: re.Pattern[str]  # any of them, as a whole word
    quote_pronouns: frozenset[str] = frozenset()  # "we", "our", ...: a quotation not to report as "X says ..."
    caption_markers: tuple[str, ...] = ()  # "photo:", "(reuters)", ...: a short passage holding one is a caption
    # Headline rules (see `timeline.understanding.headlines`).
    participles: dict[str, str] = field(default_factory=dict)  # base -> past participle where not the past
    future: tuple[tuple[str, ...], ...] = ()  # "is due to", "will": the verb after them lies ahead; longest first
    adverbs: frozenset[str] = frozenset()  # "also", "recently": left out of a headline
    clause_breaks: dict[str, str] = field(default_factory=dict)  # "when" -> "comma" (after one) or "any"
    cut_words: frozenset[str] = frozenset()  # a long headline is cut before one of these
    pronouns: dict[str, frozenset[str]] = field(default_factory=dict)  # "they" -> the kinds it may stand for


def load_title_rules() -> TitleRules:
    """New title rules from the built-in rule files; DataFileError names a file that cannot be read."""

    def words(path: Path) -> frozenset[str]:
        return frozenset(w.lower() for w in read_rule_file(path).words())

    interactions = read_rule_file(TITLE_INTERACTIONS, columns=2).rows
    speech_verbs = read_rule_file(SPEECH_VERBS).words()
    speech = "|".join(map(re.escape, speech_verbs)) or "(?!)"
    verbs = {past.lower(): base for past, base in read_rule_file(HEADLINE_VERBS, columns=2).rows}
    future = read_rule_file(HEADLINE_FUTURE).words()
    return TitleRules(
        interactions=phrase_automaton((fold(written), present) for written, present in interactions),
        tail_prepositions=words(TITLE_TAIL_PREPOSITIONS),
        trailing_fillers=words(TITLE_TRAILING_FILLERS),
        temporal_openers=words(TITLE_TEMPORAL_OPENERS),
        headline_verbs=verbs,
        attribution=re.compile(rf",\s*(?:[^,]{{0,60}}\s)?(?:{speech})\b.*$"),
        speaker_first=re.compile(
            rf"^(?P<who>[A-Z][^,“”\"]{{1,40}}?)(?:, (?:the|a|an) [^,]{{1,60}},)? (?:{speech}) "
            rf"(?:that )?(?P<what>[^“”\"]{{12,}})$"
        ),
        speech_verbs=frozenset(w.lower() for w in speech_verbs),
        # as `\b(?:said|says|...)\b`, each branch opening with a literal letter (see `literal_first`)
        speech_pattern=literal_first(speech_verbs),
        quote_pronouns=words(QUOTE_PRONOUNS),
        caption_markers=tuple(w.lower() for w in read_rule_file(CAPTION_MARKERS).words()),
        participles={base.lower(): pp for base, pp in read_rule_file(HEADLINE_PARTICIPLES, columns=2).rows},
        future=tuple(sorted((tuple(w.lower().split()) for w in future), key=len, reverse=True)),
        adverbs=words(HEADLINE_ADVERBS),
        clause_breaks={w.lower(): where for w, where in read_rule_file(HEADLINE_CLAUSE_BREAKS, columns=2).rows},
        cut_words=words(HEADLINE_CUT_WORDS),
        pronouns={w.lower(): frozenset(k.split()) for w, k in read_rule_file(HEADLINE_PRONOUNS, columns=2).rows},
    )


@functools.cache
def builtin_title_rules() -> TitleRules:
    """The built-in title rules, read on first use: the default where none are given."""
    return load_title_rules()


def make_title(
    passage: str,
    actors: Sequence[ActorMention] | None = None,
    offset: int = 0,
    date_span: tuple[int, int] | None = None,
    gazetteer: Gazetteer | None = None,
    rules: TitleRules | None = None,
) -> str:
    """One line of at most TITLE_MAX characters describing the event of a passage.

    `actors` are mentions as `find_actors` gives them for the whole document
    (offsets into the document; `offset` is the passage's start in it) or
    None to find them in the passage with `gazetteer`, which is also used when
    the passage has whitespace runs to collapse.  `date_span` is the date
    expression's [start, end) within the passage, if known: it is kept out of
    the title's tail.  Both `gazetteer` and `rules` default to the built-in ones.
    """
    line = " ".join(passage.split())
    if not line:
        return ""
    rules = rules or builtin_title_rules()
    return shorten_title(full_title(passage, line, actors, offset, date_span, gazetteer, rules)[0])


def full_title(
    passage: str,
    line: str,
    actors: Sequence[ActorMention] | None,
    offset: int,
    date_span: tuple[int, int] | None,
    gazetteer: Gazetteer | None,
    rules: TitleRules,
    interactions: list[tuple[int, int, Any]] | None = None,
) -> tuple[str, list[ActorMention]]:
    """`make_title`'s line before it is cut to TITLE_MAX (`line`: the passage on one line), and the
    actors named in `line` (offsets into it).  `interactions` are the hits of `rules.interactions` in
    `line` folded, when the caller has them (`timeline.understanding.readings`)."""
    # Offsets below refer to the one-line form; whitespace runs shrink, so re-find actors there.
    mentions = _local_mentions(passage, line, actors, offset, gazetteer)
    date_text = passage[date_span[0] : date_span[1]] if date_span and 0 <= date_span[0] < date_span[1] else ""
    title = ""
    if len(mentions) >= 2:
        title = _interaction_title(line, mentions, date_text, rules, interactions)
    if title:
        return capitalise(title), mentions  # the cleaned line is not needed
    clean = _clean(line, rules)
    if mentions:
        title = _subject_title(line, clean, mentions)
    if not title:
        title = _attribution_first(line.lstrip(" •·*|>-–—"))
    return capitalise(title or clean), mentions


def is_caption(passage: str, rules: TitleRules | None = None) -> bool:
    """A photo caption or credit line: a short passage with a caption marker ("Photo:", "(Reuters)", ...)."""
    rules = rules or builtin_title_rules()
    # A wire story's opening dateline names its agency ("ISTANBUL (Reuters) -"): no photo's credit.
    text = _DATELINE.sub("", passage.lstrip())
    # The words of the text's start, one space apart, are the line's start (lower case never shortens a text):
    # longer than CAPTION_MAX there, the line is no caption, and the rest of a long passage is not read.
    if len(text) > _CAPTION_READ and len(" ".join(text[:_CAPTION_READ].split())) > CAPTION_MAX:
        return False
    line = " ".join(text.split()).lower()
    return len(line) <= CAPTION_MAX and any(marker in line for marker in rules.caption_markers)


def is_photo_caption(passage: str, rules: TitleRules | None = None) -> bool:
    """A caption (`is_caption`) whose marker is no wire dateline's agency ("Doha (AFP) – Israel and ..." is a story's
    lead)."""
    rules = rules or builtin_title_rules()
    if not is_caption(passage, rules):
        return False
    dateline = _AGENCY_DATELINE.match(passage.lstrip())
    return dateline is None or is_caption(passage.lstrip()[dateline.end() :], rules)


def caption_headlines(
    passages: Sequence[str], dates: Sequence[str], headlines: Sequence[str], rules: TitleRules | None = None
) -> list[str]:
    """The headlines of one document's events, a caption's replaced by the headline of the first body
    passage (not a caption) reporting the same date (`dates`: each event's date value), else marked
    with CAPTION_PREFIX."""
    rules = rules or builtin_title_rules()
    # a passage dating two things is there twice: read once
    read: dict[str, bool] = {}
    caption = [read[p] if p in read else read.setdefault(p, is_caption(p, rules)) for p in passages]
    if not any(caption):
        return list(headlines)
    body: dict[str, str] = {}
    for is_cap, date, headline in zip(caption, dates, headlines, strict=True):
        if not is_cap and date and headline:
            body.setdefault(date, headline)
    out: list[str] = []
    for is_cap, date, headline in zip(caption, dates, headlines, strict=True):
        if not is_cap:
            out.append(headline)
        elif date in body:
            out.append(body[date])
        else:
            marked = (
                headline if headline.startswith(CAPTION_PREFIX) else CAPTION_PREFIX + _without_markers(headline, rules)
            )
            out.append(marked if len(marked) <= HEADLINE_MAX else marked[: HEADLINE_MAX - 1].rstrip() + "…")
    return out


def _without_markers(headline: str, rules: TitleRules) -> str:
    """A caption's headline without its credit words ("File photo of", "(Reuters)", "Photo:")."""
    line = re.sub(r"^file photo(?: of)?\s*", "", headline, flags=re.IGNORECASE)
    for marker in rules.caption_markers:
        if len(marker) == 1 and not marker.isalnum():
            line = line.split(marker, 1)[0]  # a sign before the credit ("© Agency"): the credit goes with it
        elif marker != "pictured":
            line = re.sub(re.escape(marker) + r"(?:\s*\w+)?" if marker.endswith(":") else re.escape(marker),
                          "", line, flags=re.IGNORECASE)  # fmt: skip
    line = " ".join(line.split()).strip(" ,;:.|-–—")
    if line.lower().startswith(("the ", "a ", "an ")):
        line = line.split(" ", 1)[1]
    return capitalise(line)


def _local_mentions(
    passage: str, line: str, actors: Sequence[ActorMention] | None, offset: int, gazetteer: Gazetteer | None
) -> list[ActorMention]:
    if actors is None or line != passage:
        return list(find_actors(line, gazetteer))
    inside = actors_within(actors, offset, offset + len(line))
    if not offset:
        return list(inside)
    return [_shifted(m, offset) for m in inside]


def _shifted(mention: ActorMention, offset: int) -> ActorMention:
    return tuple.__new__(ActorMention, (mention.start - offset, mention.end - offset, *mention[2:]))


def short_name(mention: ActorMention) -> str:
    """A person by surname (with its particle: "al-Sarraj"), anything else by its canonical name."""
    if mention.kind in ("person", "unknown"):
        return mention.canonical.split()[-1]
    return mention.canonical


def _interaction_title(
    line: str,
    mentions: Sequence[ActorMention],
    date_text: str,
    rules: TitleRules,
    hits: list[tuple[int, int, Any]] | None = None,
) -> str:
    # The interaction verbs of the line, leftmost-longest, in order.
    if hits is None:
        hits = phrase_hits(rules.interactions, fold(line))
    for start, end, phrase in leftmost_longest(hits):
        before = [m for m in mentions if m.end <= start and start - m.end <= SUBJECT_REACH]
        after = [m for m in mentions if m.start >= end and m.start - end <= OBJECT_REACH]
        subject = _pick(list(reversed(before)))
        obj = _pick(after, exclude=subject.canonical if subject else "")
        if subject is None or obj is None:
            continue
        return f"{short_name(subject)} {phrase} {short_name(obj)}{_tail(line, obj.end, date_text, rules)}"
    return ""


def _pick(candidates: Sequence[ActorMention], exclude: str = "") -> ActorMention | None:
    """The first person among candidates, else the first non-state, else the first (nearest first)."""
    usable = [m for m in candidates if m.canonical != exclude]
    for wanted in (("person", "unknown"), None):
        for mention in usable:
            if wanted is None and mention.kind != "state":
                return mention
            if wanted is not None and mention.kind in wanted:
                return mention
    return usable[0] if usable else None


def _tail(line: str, pos: int, date_text: str, rules: TitleRules) -> str:
    brk = TITLE_CLAUSE_END.search(line, pos)
    clause = line[pos : brk.start() if brk else len(line)]
    if date_text and date_text in clause:
        # the date and its preposition go; what follows stays ("on Thursday for talks" -> "for talks")
        before, after = clause.split(date_text, 1)
        kept = before.split()
        if kept and kept[-1].lower() in rules.trailing_fillers:
            kept.pop()
        clause = " ".join(kept) + " " + after
    clause = _AFFILIATION.sub("", clause)  # "met Sela Drovic of the Front to prepare ...": "to prepare ..."
    words = clause.split()
    while words and (_is_date_token(words[-1]) or words[-1].lower() in rules.trailing_fillers):
        words.pop()
    if words and words[0].lower() in rules.tail_prepositions:
        return " " + " ".join(words)
    place = _PLACE.search(line, pos, min(len(line), pos + PLACE_REACH))
    if place and place.group(1).split()[0].lower() not in _DATE_WORDS:
        return f" in {place.group(1)}"
    return ""


def _subject_title(line: str, clean: str, mentions: Sequence[ActorMention]) -> str:
    shift = len(line) - len(clean)
    for mention in mentions:
        start, end = mention.start - shift, mention.end - shift
        if start < 0 or mention.kind not in ("person", "unknown"):
            continue
        rest = clean[end:]
        if _APPOSITION_AFTER.match(rest) and clean[:start].endswith(", ") and start <= APPOSITION_REACH:
            # "<role phrase>, <Name>, <verb> ...": the name is the subject.
            return short_name(mention) + " " + rest.split(",", 1)[1].lstrip()
        if not all(_TITLE_WORD.match(w) for w in clean[:start].split()):
            break  # the opening phrase is more than titles and names
        if _VERB_AFTER.match(rest):
            return short_name(mention) + rest
    return ""


def _attribution_first(clean: str) -> str:
    match = _QUOTE_THEN_ATTRIBUTION.match(clean)
    if not match or len(match.group("who")) > ATTRIBUTION_MAX:
        return ""
    who = match.group("who").rstrip(" .")
    return f"{who}: “{match.group('quote').rstrip(' ,.')}”"


def _clean(line: str, rules: TitleRules) -> str:
    """The line without leading bullets, date phrase or joining word."""
    previous = None
    while previous != line:
        previous = line
        line = _LEADING_JUNK.sub("", line)
        if "(" in line[:60]:
            line = _DATELINE.sub("", line)
        if line.startswith(_OPEN_QUOTES) and not any(q in line[1:] for q in '”"’'):
            line = line[1:]  # an opening quote closed outside the passage
        match = _LEADING_PHRASE.match(line)
        if match and _has_date_word(match.group()):
            line = line[match.end() :]
        line = _strip_bare_date_phrase(line, rules)
        line = TITLE_JOINER.sub("", line)
    return line


def _strip_bare_date_phrase(line: str, rules: TitleRules) -> str:
    """ "In October they signed" -> "they signed": a leading phrase of date words only, without a comma."""
    match = _BARE_DATE_PHRASE.match(line)
    if not match:
        return line
    words = match.group(1).split()
    if words[0].lower() not in rules.temporal_openers or not all(_is_date_token(w) for w in words[1:]):
        return line
    return line[match.end(1) :].lstrip()


def _is_date_token(word: str) -> bool:
    w = word.lower().rstrip(".,")
    return (
        w in _DATE_WORDS or w in ("the", "of", "early", "late", "mid") or bool(re.fullmatch(r"\d+(?:st|nd|rd|th)?", w))
    )


def _has_date_word(phrase: str) -> bool:
    words = re.findall(r"[a-z]+|\d{4}", phrase.lower())
    return any(w in _DATE_WORDS or w.isdigit() for w in words)


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def shorten_title(text: str) -> str:
    text = text.strip().rstrip(" ,;:")
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1]
    if len(text) <= TITLE_MAX:
        return text
    cut = text.rfind(" ", 0, TITLE_MAX)
    if cut < TITLE_MAX // 2:
        cut = TITLE_MAX - 1
    return text[:cut].rstrip(" ,;:—–-") + "…"
