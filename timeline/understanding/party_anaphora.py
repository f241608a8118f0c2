"""The parties an unnamed reference stands for: "the two sides signed a truce on Friday" names no one,
but the document named them before (or, in a lead, names them in the next sentence); "The agreement,
signed late on Saturday, ..." names no one either, but the sentence before it named who made it.  The
phrases are data (`data/en/party_anaphors.txt`); what they stand for is added to an event's associated
actors, never to its actor1/actor2, since which side acted is not said.

Here too the readers of who took part in a dated passage's happening from the undated sentences after it ("... signed
on 3 May.  It was witnessed by A"): each is one function of the sentences its walk reads (`SentenceWalk`), run in
the order of `PARTICIPANT_READERS` by `participants_after`, which makes each walk once a passage."""

from __future__ import annotations

import functools
import os
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from operator import attrgetter, itemgetter

from timeline.core.data import DATA_DIR
from timeline.core.errors import DataFileError
from timeline.text.fold import as_spaces, fold
from timeline.text.lexicon import MONTHS, WEEKDAYS
from timeline.text.segment import literal_first
from timeline.understanding.actors import PERSON, ActorMention, actors_within, organ_of, unique_actors
from timeline.understanding.roles import sentence_subjects, title_words
from timeline.understanding.rulefiles import read_rule_file

PARTY_ANAPHORS = DATA_DIR / "en" / "party_anaphors.txt"
CONTINUATION = DATA_DIR / "en" / "continuation.txt"
LEAD_REACH = DATA_DIR / "en" / "lead_reach.txt"
RESTATED_HAPPENING = DATA_DIR / "en" / "restated_happening.txt"
CONTINUATION_KINDS = ("role", "elided", "relative", "definite")
# How many sentences before an anaphor are searched for its parties when none names them as a pair.
REACH_BACK = 3
# How many sentences before an event phrase with words of its own ("The current session began") may have made it.
NEAR_BACK = 2
# How far back (characters) a party reference's pair, or an event phrase's agreement, is looked for with no limit
# of sentences: further than any news article runs, so that a document the length of a book does not cost its
# length squared (each reference walking back over all the names before it).
PAIR_REACH = 30_000
ANAPHOR_KINDS = (
    "states",
    "parties",
    "persons",
    "event",
    "talks",
    "event_verbs",
    "event_words",
    "examples",
    "both",
    "made_by",
    "go_betweens",
    "determiners",
    "event_noun",
    "talks_noun",
    "witnesses",
    "onlookers",
    "witnessing",
    "counterparts",
    "occasion",
    "attending",
    "two_sided",
    "signing_for",
    "chairing",
    "chaired_by",
    "gathering",
    *(f"count_{n}" for n in range(2, 11)),
    "counted_states",
    "counted_persons",
    "counted_parties",
    "side_of",
    "go_between_roles",
)
# The kind of reference a `counted_*` noun makes ("the three guarantors": states).
# The words before a number word that make it a reference ("the three", "all four"; not "killed three men").
_COUNT_DETERMINERS = ("these", "those", "the", "all")
_COUNTED = {"counted_states": "states", "counted_persons": "persons", "counted_parties": "parties"}


@dataclass(frozen=True, slots=True)
class PartyAnaphors:
    # One group per second cell of the data file: `states` or `parties`, anywhere in a passage.
    pattern: re.Pattern[str] | None
    # `event` phrases: only at the start of a passage, as its subject ("The agreement, signed ...").
    event: re.Pattern[str] | None = None
    # `examples` phrases: a list right after one ("groups such as the AU and the EU") names no parties.
    examples: re.Pattern[str] | None = None
    # A sentence that can have made the happening an event phrase refers to: it holds one of these words.
    event_words: re.Pattern[str] | None = None
    # An `event_words` word before "by" in its clause: "The deal was signed by A and B" tells who made it.
    made_by: re.Pattern[str] | None = None
    # An `event_words` word alone ("signed"): the happening a passage dates is an agreement.
    agreed: re.Pattern[str] | None = None
    # The last word of every `states`, `persons` or `parties` phrase, lower case (None: a phrase is not ASCII): an ASCII
    # passage without any of them as a whole word cannot match `pattern`, and finding them costs far less than its
    # search.
    last_words: tuple[str, ...] | None = None
    # `pattern` without (?i), its phrases in lower case (None: a phrase is not ASCII): on a passage of ASCII letters,
    # in lower case, it matches where `pattern` matches the passage, at a third of the cost (case-insensitive
    # alternatives are tried letter by letter).
    lowered: re.Pattern[str] | None = None
    # `talks` phrases at the start of a passage, as its subject ("Indirect talks had stalled"): an event
    # reference whose happening was made in a sentence holding an `event_words` word or a noun of either kind.
    talks: re.Pattern[str] | None = None
    talk_words: re.Pattern[str] | None = None
    # `both` words anywhere in a passage: a happening that takes two sides ("Fighting erupted on 4 May").
    both: re.Pattern[str] | None = None
    # `examples` and `go_betweens` phrases: a list right after one names no parties ("brokered by A and B").
    not_parties: re.Pattern[str] | None = None
    # A last word of `last_words` -> the words every phrase ending in it has right before it ("states" -> "two",
    # "both"): "United States" then lets no passage through to the search.
    words_before: dict[str, frozenset[str]] = field(default_factory=dict)
    # `event` without the phrases a determiner and other words open ("The Riyadh Agreement"): a passage only these
    # match refers to a happening of its own paragraph or the one before (`Reference.near`).
    plain_event: re.Pattern[str] | None = None
    # `witnesses` phrases, before the people who saw an agreement made ("It was witnessed by A and B"), and
    # `onlookers` ones, after them ("with A and B looking on").
    witnesses: re.Pattern[str] | None = None
    onlookers: re.Pattern[str] | None = None
    # `witnessing` ones, after them as their verb ("A and B witnessed the signing").
    witnessing: re.Pattern[str] | None = None
    # `counterparts` ones, before the people whom a lead's actor met ("met A, as well as B", "at a joint news
    # conference in Cairo with A and B"): the phrase, a place at most, then "with" or "alongside" (after "met"
    # optional).
    counterparts: re.Pattern[str] | None = None
    # `occasion` nouns: a sentence that holds one speaks of a lead's signing ("shook hands at the ceremony").
    occasion: re.Pattern[str] | None = None
    # `attending` ones, after the list of people who attended a lead's signing as its subject ("A, B and C were
    # present").
    attending: re.Pattern[str] | None = None
    # `two_sided` nouns: a happening two sides make between them ("a peace agreement"); a passage naming no one that
    # speaks of one before its date takes the parties of the sentence before (`parties_before`).
    two_sided: re.Pattern[str] | None = None
    # An event phrase whose noun a complement follows before its verb ("The Basic Agreement on the Region of ...
    # was signed", "The Agreements on a Comprehensive Settlement were signed"): a determiner, at most three words,
    # the noun (also plural), then "on", "of", "for" or "between": the document's name for the happening.
    complemented_event: re.Pattern[str] | None = None
    # `signing_for` phrases, between a signatory and the side it signed for ("General A signed for the Front"): in
    # the sentences after a lead, both took part in its agreement.
    signing_for: re.Pattern[str] | None = None
    # `chairing` verbs, after the people who chaired a meeting ("A and B co-chaired the meeting"), `chaired_by`
    # phrases, before them ("The team was led by A and B"), and `gathering` words, for a meeting, talks or a
    # delegation: in the undated sentence after a passage that tells of a gathering, such people took part in it.
    chairing: re.Pattern[str] | None = None
    chaired_by: re.Pattern[str] | None = None
    gathering: re.Pattern[str] | None = None
    # Every `chairing` and `chaired_by` phrase, lower case, after a space (" led by" is not in "killed by"), none held
    # by another: a sentence whose lower-case text holds none of them names nobody after or before such a phrase
    # (who chaired stands before it, the gathering before "led by"), and `in` tests cost far less than the
    # patterns' case-insensitive search.
    chair_words: tuple[str, ...] = ()
    # The first word (its leading run of word characters, lower case) of every `event`, `talks` and `determiners`
    # phrase: each pattern above anchored at a passage's start (`event`, `talks`, `plain_event`,
    # `complemented_event`) opens on one of them, so a passage whose first word, in ASCII, is none of them matches
    # none (`may_open_event`); None when the test cannot be made (a phrase opens on another character or holds
    # a letter outside ASCII, which a case-insensitive match may equate with an ASCII one).
    openers: frozenset[str] | None = None
    # `determiners`, lower case: a bare year between one and a noun ("the 1942 Rio Protocol", "its 2015 charter")
    # names which thing is meant, not when the sentence's happening was (`noun_modifier_year`).
    determiner_words: frozenset[str] = frozenset()
    # `role` phrases of `data/en/continuation.txt`, folded (`text.fold`), for a sentence's folded text: an undated
    # sentence after a dated one that holds one tells who took part in its happening ("The meeting was hosted by
    # A").  `role_words`: each phrase's longest word, folded, for a cheap test of a sentence's words before the
    # pattern.
    continuing: re.Pattern[str] | None = None
    role_words: frozenset[str] = frozenset()
    # `elided` phrases of continuation.txt, folded: a role whose verb's object is left out ("B attended on behalf of
    # C"), so the sentence speaks of the happening told just before without naming it.
    elided: re.Pattern[str] | None = None
    # `relative` words of continuation.txt: the text before a date from an aside they open after a comma (", which
    # opened on Saturday"): the date tells of the thing the aside describes, not of its sentence's happening
    # (`aside_date`).  `definite` ones open a sentence that names its gathering as one told before ("The
    # conference, held on Monday"): who took part may be named in the sentence before (`continuing_participants`).
    relative: re.Pattern[str] | None = None
    definite: re.Pattern[str] | None = None
    # A number word and a plural noun of a kind ("the three guarantors", "both mediators"): `counted`, read when no
    # phrase of `pattern` is in the passage; `count_words` each number word as running text writes it, with the
    # spaces around it (" three ", "Both "), for a cheap `in` test before it; `counts` a number word -> how many,
    # `counted_kinds` a noun -> its kind.
    # `form` phrases of `data/en/lead_reach.txt` and the opening of a sentence on the happening's noun (or on a
    # form), over folded text: an undated sentence further on that names the lead's participants (`lead_reach`).
    reach_form: re.Pattern[str] | None = None
    reach_opening: re.Pattern[str] | None = None
    # `restating` words and `present` phrases (at a sentence's end) of `data/en/restated_happening.txt`: a later
    # sentence that tells the lead's signing again, or who was there (`restated_participants`).
    restating: re.Pattern[str] | None = None
    present: re.Pattern[str] | None = None
    # and its `chair_of` phrases, after a witness and a comma: the body the witness chairs (`chaired_bodies`)
    chair_of: re.Pattern[str] | None = None
    counted: re.Pattern[str] | None = None
    count_words: tuple[str, ...] = ()
    counts: dict[str, int] = field(default_factory=dict)
    counted_kinds: dict[str, str] = field(default_factory=dict)
    # After a party phrase, "of" and one of the `side_of` nouns ("the two sides of the river", "both sides of the
    # debate"): a place or an argument, no parties.  Before it, a number and a plural ("five officers from each
    # side"): who make up a body, which acts, not the sides.
    side_of: re.Pattern[str] | None = None
    composition: re.Pattern[str] | None = None
    # `go_between_roles` words within a few words after a pair ("A and B, the guarantors", "A and B mediated"):
    # the pair are go-betweens, whom "the two sides" never stands for.
    go_between_roles: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class Reference:
    """What a passage's unnamed reference can stand for: called as (name, kind) -> whether that actor
    can be one of its parties."""

    fits: Callable[[str, str], bool]
    # The anaphors, to pass over sentences that themselves name their parties only by reference.
    anaphors: re.Pattern[str] | None = None
    # An event reference ("The agreement"): every actor of the sentence that made it, in any role.
    event: bool = False
    examples: re.Pattern[str] | None = None
    event_words: re.Pattern[str] | None = None
    # Only parties named as a pair stand for it, never those of a sentence that merely names two.
    paired_only: bool = False
    # "The two men", "both leaders": two people named as a pair, never a list of three or more (the guests of a
    # ceremony, a caption's row of leaders).
    two: bool = False
    # An event phrase with words of its own ("The current session", "A peace agreement"): its happening was made
    # at most NEAR_BACK sentences before, in the same paragraph or the one before.
    near: bool = False
    # "The two countries", "both sides": the pair or list named as such before them must be two (not the four
    # guarantors of a treaty listed nearer); a sentence merely naming more may still hold them.
    numbered: bool = False
    # "The three guarantors": the list named before must be of exactly this many (3 or more; 0: not counted).
    count: int = 0
    # `PartyAnaphors.go_between_roles`: a pair such a word follows closely is not the parties ("A and B, the
    # guarantors").
    go_betweens: re.Pattern[str] | None = None

    def __call__(self, name: str, kind: str) -> bool:
        return self.fits(name, kind)


STATE = "state"
# A person speaks for a party and the UN mediates: neither is a party.
_NEVER_PARTIES = frozenset({PERSON, "un_body"})
_POSSESSIVE = re.compile(r"\b([A-Z][\w-]*)['’]s\s+(?:\w+\s+){0,2}$")
_LOCATIVE = re.compile(r"\s+(?:in|of)\s+([A-Z][\w-]*)")
_OF_A_STATE = frozenset({"government", "state_forces"})
# "the two sides in December" names a time after "in", not the state the sides are of.
_CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
# What stands between two parties named as a pair: "A and B", "A (ACR) and the paramilitary B",
# "A, B and C" (up to two lower-case words before the second, "and the eastern-based", or a place's compound, "and the
# Tripoli-based"); an aside of lower-case words between commas may follow the first ("A, based in the east, and B").
_PAIRED = re.compile(
    r"\)?\s*(?:\([^()]{1,15}\)\s*)?(?:,\s*(?:[a-z][\w-]*\s+){0,5}[a-z][\w-]*,)?"
    r"(?:,\s*(?:and\s+)?|\s+(?:and|or|&)\s+)(?:the\s+)?(?:(?:[a-z][\w-]*|[A-Z]\w*-[a-z][\w-]*)\s+){0,2}"
)
# Two people are a pair also with the second one's title between them ("Ethiopian Prime Minister A and Eritrean
# President B"): "and", then words that are a title (`_by_title`).
_PERSONS_PAIRED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _runs(
    text: str,
    mentions: Sequence[ActorMention],
    fits: Callable[[str, str], bool] | None = None,
    through_titles: bool = False,
) -> list[list[ActorMention]]:
    """The runs of mentions named as a pair or list (`_joined`), in order; a mention repeating the one before it
    ("Government of National Accord (GNA)") stays inside the run.  With `fits`, a mention that does not fit is in
    no run and ends the one before it, unless `through_titles` and it stands inside the title between two people
    of a pair ("A and Eritrean President B")."""
    runs: list[list[ActorMention]] = []
    run: list[ActorMention] = []
    for mention in mentions:
        if fits is not None and not fits(mention.canonical, mention.kind):
            if through_titles and run and run[-1].kind == PERSON and mention.start - run[-1].end <= _PAIR_GAP:
                continue
            if run:
                runs.append(run)
                run = []
            continue
        # (the same name first: it spares the pair test)
        if run and mention.canonical != run[-1].canonical and not _joined(text, run[-1], mention):
            runs.append(run)
            run = []
        run.append(mention)
    if run:
        runs.append(run)
    return runs


def _joined(text: str, a: ActorMention, b: ActorMention) -> bool:
    """Whether the mentions a and b (a before b) are named as a pair or list."""
    if _PAIRED.fullmatch(text, a.end, b.start):
        return True
    if a.kind != PERSON or b.kind != PERSON:
        return False
    joint = _PERSONS_PAIRED.match(text, a.end, b.start)
    return joint is not None and _by_title(text[joint.end() : b.start])


# The longest text between an agreement word and its "by" ("signed in Bissau, the capital of its neighbour, by").
_BY_GAP = 80
# How far "with" may stand before an `onlookers` phrase ("with A, B and C looking on").
_ONLOOKERS_REACH = 200
# The longest gap between two names of a pair ("(GNA) and the internationally recognised "): a cheap test
# before the pattern.
_PAIR_GAP = 48


def load_party_anaphors(
    path: str | os.PathLike[str] = PARTY_ANAPHORS,
    continuation: str | os.PathLike[str] = CONTINUATION,
    reach: str | os.PathLike[str] = LEAD_REACH,
    restated: str | os.PathLike[str] = RESTATED_HAPPENING,
) -> PartyAnaphors:
    rows = read_rule_file(path, columns=2).rows
    reach_form, reach_opening = load_lead_reach(reach)
    restating, present, chair_of = load_restated(restated)
    roles = read_rule_file(continuation, columns=2).rows
    strange = {k for _, k in roles} - set(CONTINUATION_KINDS)
    if strange:
        raise DataFileError(f"{continuation}: kind {sorted(strange)[0]!r} is none of {', '.join(CONTINUATION_KINDS)}")
    role_phrases = sorted((p for p, k in roles if k in ("role", "elided")), key=len, reverse=True)
    elided = sorted((p for p, k in roles if k == "elided"), key=len, reverse=True)
    relative = "|".join(re.escape(p) for p, k in roles if k == "relative")
    definite = "|".join(re.escape(p) for p, k in roles if k == "definite")
    unknown = {k for _, k in rows} - set(ANAPHOR_KINDS)
    if unknown:
        raise DataFileError(f"{path}: kind {sorted(unknown)[0]!r} is none of {', '.join(ANAPHOR_KINDS)}")

    def phrases_of(kind: str, lower: bool = False) -> list[str]:
        return sorted((phrase.lower() if lower else phrase for phrase, k in rows if k == kind), key=len, reverse=True)

    def alternatives(kind: str, lower: bool = False) -> str:
        return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases_of(kind, lower))

    kinds = [kind for kind in ("states", "persons", "parties") if alternatives(kind)]
    groups = [rf"(?P<{kind}>{alternatives(kind)})" for kind in kinds]
    lowered = [rf"(?P<{kind}>{alternatives(kind, lower=True)})" for kind in kinds]
    events, talks, examples = alternatives("event"), alternatives("talks"), alternatives("examples")
    both = alternatives("both")
    two_sided = alternatives("two_sided")
    not_parties = "|".join(filter(None, (examples, alternatives("go_betweens"))))
    # An event phrase is the subject: a comma ("The agreement, signed ...") or a verb follows it, an
    # auxiliary or irregular past of the file (`event_verbs`) or a word in -s or -ed ("The truce begins");
    # "The truce deadline passed" refers to no happening.
    verbs = alternatives("event_verbs") or "(?!)"
    follows = rf"(?=\s*,|\s+(?:{verbs})\b|\s+[a-z]+(?:s|ed)\b)"
    words = alternatives("event_words")
    # before "by", the words that tell who made the happening: agreement words and `made_by` ones ("hosted by")
    by_words = "|".join(filter(None, (words, alternatives("made_by"))))
    # each noun once ("the deal" and a key point's bare "deal")
    noun_words = list(dict.fromkeys(p.split()[-1] for p, k in rows if k == "event"))
    nouns = "|".join(map(re.escape, noun_words))
    talk_nouns = "|".join(dict.fromkeys(re.escape(p.split()[-1]) for p, k in rows if k == "talks"))
    # "The Riyadh Agreement was signed by", "The current session began", "A peace agreement signed in": a determiner
    # and at most two words before the noun of an `event` or `talks` phrase name the happening too
    determiners = alternatives("determiners")
    event_nouns = "|".join(filter(None, (nouns, alternatives("event_noun"))))
    all_talk_nouns = "|".join(filter(None, (talk_nouns, alternatives("talks_noun"))))
    modified = rf"(?:{determiners})\s+(?:[\w-]+\s+){{0,2}}(?:{event_nouns})" if determiners and event_nouns else ""
    modified_talks = (
        rf"(?:{determiners})\s+(?:[\w-]+\s+){{0,2}}(?:{all_talk_nouns})" if determiners and all_talk_nouns else ""
    )
    plain_either = "|".join(filter(None, (events, talks)))
    events = "|".join(filter(None, (events, modified)))
    talks = "|".join(filter(None, (talks, modified_talks)))
    either = "|".join(filter(None, (events, talks)))
    # Every kind that `pattern` below matches: a passage without any of their last words cannot match it.
    pairs = [p for p, k in rows if k in ("states", "persons", "parties")]
    last_words = tuple(sorted({p.split()[-1].lower() for p in pairs})) if all(map(str.isascii, pairs)) else None
    words_before = _words_before(pairs) if last_words is not None else {}
    return PartyAnaphors(
        re.compile(r"(?i)\b(?:" + "|".join(groups) + r")\b") if groups else None,
        re.compile(rf"(?i)^\W*(?:{either}){follows}") if either else None,
        re.compile(rf"(?i)\b(?:{examples})\s+(?:the\s+)?$") if examples else None,
        # (these three and `gathering` open each branch on a literal letter, `literal_first`: `re` skips to those
        # letters instead of trying the alternation at every character of a passage)
        # as written: (?i)\b(?:{words}|{nouns})
        literal_first([*phrases_of("event_words"), *noun_words], ignore_case=True, end="", any_space=True)
        if words or nouns
        else None,
        # "signed by", also with a place or an aside between ("signed in Bissau, the capital, by ...")
        # as written: (?i)\b(?:{by_words})\b[^.;:!?\"“”]{0,_BY_GAP}?[\s,]by\s+
        literal_first(
            [*phrases_of("event_words"), *phrases_of("made_by")],
            ignore_case=True,
            end=rf"(?i:\b[^.;:!?\"“”]{{0,{_BY_GAP}}}?[\s,]by\s+)",
            any_space=True,
        )
        if by_words
        else None,
        # as written: \b(?:{words})\b
        literal_first(phrases_of("event_words"), any_space=True) if words else None,
        last_words,
        re.compile(r"\b(?:" + "|".join(lowered) + r")\b") if groups and last_words is not None else None,
        re.compile(rf"(?i)^\W*(?:{talks}){follows}") if talks else None,
        re.compile(rf"(?i)\b(?:{'|'.join(filter(None, (words, event_nouns, all_talk_nouns)))})") if talks else None,
        re.compile(rf"(?i)\b(?:{both})\b") if both else None,
        # a title may stand between the phrase and the first name ("in the presence of Ugandan President A")
        re.compile(rf"(?i)\b(?:{not_parties})\s+(?:the\s+)?(?-i:[A-Z][\w.-]*\s+){{0,3}}$") if not_parties else None,
        words_before=words_before,
        plain_event=re.compile(rf"(?i)^\W*(?:{plain_either}){follows}") if plain_either else None,
        witnesses=re.compile(rf"(?i)\b(?:{alternatives('witnesses')})\s+") if alternatives("witnesses") else None,
        onlookers=re.compile(rf"(?i)\bwith\s+([^.;:!?]{{1,{_ONLOOKERS_REACH}}}?)\s+(?:{alternatives('onlookers')})\b")
        if alternatives("onlookers")
        else None,
        witnessing=re.compile(rf"(?i)\b(?:{alternatives('witnessing')})\b") if alternatives("witnessing") else None,
        counterparts=re.compile(
            rf"(?i)\b(?:{alternatives('counterparts')})(?:\s+(?:in|at)\s+(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){{0,2}})?"
            r"\s+(?:(?:with|alongside)\s+)?"
        )
        if alternatives("counterparts")
        else None,
        occasion=re.compile(rf"(?i)\b(?:{alternatives('occasion')})\b") if alternatives("occasion") else None,
        attending=re.compile(rf"(?i)\b(?:{alternatives('attending')})\b") if alternatives("attending") else None,
        two_sided=re.compile(rf"(?i)\b(?:{two_sided})\b") if two_sided else None,
        complemented_event=re.compile(
            rf"(?i)^\W*(?:{determiners})\s+(?:[\w-]+\s+){{0,3}}(?:{event_nouns})s?\s+(?:on|of|for|between)\s+"
        )
        if determiners and event_nouns
        else None,
        signing_for=re.compile(rf"(?i)\b(?:{alternatives('signing_for')})\s+") if alternatives("signing_for") else None,
        openers=_openers([p for p, k in rows if k in ("event", "talks", "determiners")]),
        chairing=re.compile(rf"(?i)\b(?:{alternatives('chairing')})\b") if alternatives("chairing") else None,
        chaired_by=re.compile(rf"(?i)\b(?:{alternatives('chaired_by')})\s+") if alternatives("chaired_by") else None,
        # as written: (?i)\b(?:{gathering})\b
        gathering=literal_first(phrases_of("gathering"), ignore_case=True, any_space=True)
        if alternatives("gathering")
        else None,
        chair_words=_chair_words([p for p, k in rows if k in ("chairing", "chaired_by")]),
        determiner_words=frozenset(p.lower() for p, k in rows if k == "determiners"),
        # folded phrases on the folded text: a case-sensitive search costs half of a case-insensitive one
        continuing=re.compile(
            r"\b(?:" + "|".join(" +".join(map(re.escape, fold(p).split())) for p in role_phrases) + r")\b"
        )
        if role_phrases
        else None,
        role_words=_role_words(role_phrases),
        elided=re.compile(r"\b(?:" + "|".join(" +".join(map(re.escape, fold(p).split())) for p in elided) + r")\b")
        if elided
        else None,
        # the aside runs from its comma to the date, past no other comma or sentence end
        relative=re.compile(rf",\s+(?:{relative})\b[^,.;:!?\"“”]*$") if relative else None,
        definite=re.compile(rf"(?i)\W*(?:{definite})\s+") if definite else None,
        reach_form=reach_form,
        reach_opening=reach_opening,
        restating=restating,
        present=present,
        chair_of=chair_of,
        **_counted(rows),
        side_of=re.compile(
            rf"(?i)\s+of\s+(?:the\s+|a\s+|this\s+|that\s+)?(?:[\w-]+\s+){{0,2}}?(?:{alternatives('side_of')})\b"
        )
        if alternatives("side_of")
        else None,
        composition=_composition(rows),
        go_between_roles=re.compile(rf"(?i)\b(?:{alternatives('go_between_roles')})\b")
        if alternatives("go_between_roles")
        else None,
    )


def _composition(rows: Sequence[tuple[str, ...]]) -> re.Pattern[str] | None:
    """A number (digits or a `count_N` word other than "both") and at most two words, a plural, then "from" or "of"
    right before a party phrase ("five senior officers from each side"): the members of a body, named by where
    they come from."""
    numbers = "|".join(re.escape(p) for p, k in rows if k.startswith("count_") and p.lower() != "both")
    if not numbers:
        return None
    return re.compile(rf"(?i)\b(?:\d+|{numbers})\s+(?:[\w-]+\s+){{0,2}}[\w-]+s\s+(?:from|of)\s+$")


def _counted(rows: Sequence[tuple[str, ...]]) -> dict[str, object]:
    """The `PartyAnaphors` fields of the number words and counted nouns: a number word after a determiner ("the
    three", "all four") or "both", at most one word, then the noun ("the three resistance factions"); not a word
    that opens on a number ("the two five-member delegations": how large each is, not how many).  The words are
    joined by single spaces, as news text writes them, so that a literal test of " three " (`count_words`) can let
    a passage through to the pattern: most passages hold no number word, and "ten" is inside "often"."""
    counts = {p.lower(): int(k.removeprefix("count_")) for p, k in rows if k.startswith("count_")}
    kinds = {p.lower(): _COUNTED[k] for p, k in rows if k in _COUNTED}
    if not counts or not kinds:
        return {}
    numbers = "|".join(re.escape(w) for w in sorted(counts, key=len, reverse=True) if w != "both")
    nouns = "|".join(re.escape(w) for w in sorted(kinds, key=len, reverse=True))
    pattern = (
        rf"(?i)\b(?:(?:{'|'.join(_COUNT_DETERMINERS)}) (?P<count>{numbers})|(?P<count2>both))"
        rf" (?:(?!(?:{numbers})\b|\d)[a-z][\w-]* )?(?P<noun>{nouns})\b"
    )
    # each number word in lower case with the spaces the pattern puts around it ("both" opens the match: only the
    # one after it, and also capitalised at a sentence's start)
    words = tuple(
        w for word in counts for w in ((f"{word} ", f"{word.capitalize()} ") if word == "both" else (f" {word} ",))
    )
    return {
        "counted": re.compile(pattern),
        "count_words": words,
        "counts": counts,
        "counted_kinds": kinds,
    }


def _counted_match(passage: str, anaphors: PartyAnaphors) -> re.Match[str] | None:
    """`anaphors.counted`'s first match in the passage, searched only when the passage holds a number word as
    running text writes it after its determiner (" three ", "both ", "Both "): a literal test of each, which
    allocates nothing (splitting the passage into its words cost twice as many instructions, with the
    collections of the objects it made).  A heading in capitals ("The Three Guarantors") is not read."""
    if anaphors.counted is None or not any(w in passage for w in anaphors.count_words):
        return None
    match = anaphors.counted.search(passage)
    while match is not None and _not_parties(passage, match, anaphors):
        match = anaphors.counted.search(passage, match.end())
    return match


def _role_words(phrases: Sequence[str]) -> frozenset[str]:
    """The longest word of each phrase folded (`text.fold`: lower case, every other character than a letter or digit
    a space; "presence" of "in the presence of", "chaired" of "co-chaired"): a sentence whose folded words hold none
    of them holds no phrase."""
    return frozenset(max(fold(p).split(), key=len) for p in phrases if fold(p).split())


# The passage's first run of word characters, after what else opens it: where a pattern `^\W*(?:...)` must find
# the first word of one of its phrases.
_FIRST_WORD = re.compile(r"\W*(\w*)")


def _openers(phrases: Sequence[str]) -> frozenset[str] | None:
    """The leading runs of word characters of the phrases, lower case; None when a phrase opens on another
    character (\\W* could then give way to it) or is not ASCII."""
    out = set()
    for phrase in phrases:
        first = _FIRST_WORD.match(phrase)
        if not phrase.isascii() or first is None or first.start(1) != 0 or not first[1]:
            return None
        out.add(first[1].lower())
    return frozenset(out)


def _chair_words(phrases: Sequence[str]) -> tuple[str, ...]:
    """The phrases in lower case with single spaces, each after a space, without those that hold another (" chaired
    by" holds " chaired", " co-chaired" holds " co-chair"): a text holding the longer holds the shorter."""
    keys = {" " + " ".join(p.lower().split()) for p in phrases}
    return tuple(sorted(k for k in keys if not any(o != k and o in k for o in keys)))


def may_open_event(passage: str, anaphors: PartyAnaphors) -> bool:
    """False only when none of the patterns anchored at the passage's start (`event`, `talks`, `plain_event`,
    `complemented_event`) can match it: its first word is ASCII and opens none of their phrases.  Those patterns
    try a long case-insensitive alternation at the start of every passage asked (about 10 us each); most
    passages open on a name or a word no phrase opens with.  The phrase's first word must be the passage's whole
    first run of word characters: in each pattern it is followed by a non-word character (a space, read as
    \\s+, the phrase's own punctuation) or ends the phrase, which a comma or a space must follow."""
    if anaphors.openers is None:
        return True
    word = _FIRST_WORD.match(passage)[1]  # type: ignore[index]  # \W*(\w*) matches every string
    return not word.isascii() or word.lower() in anaphors.openers


def _words_before(phrases: Sequence[str]) -> dict[str, frozenset[str]]:
    """For each last word of the phrases, the words right before it in all of them; no entry for a word that
    ends a one-word phrase or follows a word with other characters than word characters."""
    before: dict[str, set[str]] = {}
    open_ended: set[str] = set()
    for phrase in phrases:
        words = phrase.lower().split()
        if len(words) < 2 or not all(map(_is_word_char, words[-2])):
            open_ended.add(words[-1])
        else:
            before.setdefault(words[-1], set()).add(words[-2])
    return {word: frozenset(previous) for word, previous in before.items() if word not in open_ended}


# Typographic punctuation common in news: never part of a phrase's words, so read as spaces by `_may_name`.
_PUNCTUATION = "“”‘’—–…«»\u00a0"


def _may_name(passage: str, anaphors: PartyAnaphors) -> bool:
    """Whether `anaphors.pattern` can match the passage: False only for a passage of ASCII letters (and
    typographic punctuation) holding none of the phrases' last words as a whole word; for ASCII letters,
    case-insensitive matching is plain lower-case matching, which other letters (the Kelvin sign, a long s)
    would not be."""
    plain = _plain_lower(passage, anaphors)
    return plain is None or _has_last_word(plain, anaphors.last_words or (), anaphors.words_before)


def _plain_lower(passage: str, anaphors: PartyAnaphors) -> str | None:
    """The passage in lower case, its typographic punctuation as spaces (same offsets); None when the
    last-word test cannot be made (a phrase or a letter of the passage is not ASCII)."""
    if anaphors.last_words is None:
        return None
    plain = passage if passage.isascii() else as_spaces(passage, _PUNCTUATION)
    return plain.lower() if plain.isascii() else None


# A byte -> itself for an ASCII word character (letter, digit, underscore: what \b sees as one), else a space.
_WORD_BYTES = bytes(c if c < 128 and (chr(c).isalnum() or c == 95) else 32 for c in range(256))


@functools.lru_cache(maxsize=8)
def _plain_last_words(last_words: tuple[str, ...]) -> frozenset[str]:
    """The last words made of word characters only: each occurs as a whole word exactly where it is one of the
    passage's runs of word characters."""
    return frozenset(w for w in last_words if w and all(map(_is_word_char, w)))


def _has_last_word(
    lowered: str, last_words: tuple[str, ...], words_before: dict[str, frozenset[str]] | None = None
) -> bool:
    size = len(lowered)
    plain = _plain_last_words(last_words)
    if plain and lowered.isascii():
        # The passage's words, split in C: a last word of word characters that is none of them is not looked for
        # (a str.find of each of them, and of each occurrence inside a longer word, was most of this test's cost).
        present = plain.intersection(lowered.encode("ascii").translate(_WORD_BYTES).decode("ascii").split())
        last_words = tuple(w for w in last_words if w in present or w not in plain)
    for word in last_words:
        previous = words_before.get(word) if words_before else None
        # Whole words only, as the pattern's \b on each side requires: "men" is in most passages, inside
        # "government" or "agreement", and the search it let through was most of this stage's cost.
        pos = lowered.find(word)
        while pos >= 0:
            end = pos + len(word)
            whole = (pos == 0 or not _is_word_char(lowered[pos - 1])) and (
                end == size or not _is_word_char(lowered[end])
            )
            if whole and (previous is None or _word_before(lowered, pos) in previous):
                return True
            pos = lowered.find(word, pos + 1)
    return False


def _word_before(lowered: str, pos: int) -> str:
    """The word before the whitespace before `pos` ("" when none): what the pattern's whitespace joins to it."""
    end = pos
    while end > 0 and lowered[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and _is_word_char(lowered[start - 1]):
        start -= 1
    return lowered[start:end] if end < pos else ""


def _is_word_char(char: str) -> bool:
    """What the pattern's \b counts as a word character (in an ASCII passage)."""
    return char.isalnum() or char == "_"


def _named_by_reference(passage: str, anaphors: PartyAnaphors) -> re.Match[str] | None:
    """`anaphors.pattern`'s first match in the passage that stands for parties (offsets, group): not "the two sides
    of the river" nor "five officers from each side" (`_not_parties`)."""
    match = _first_reference(passage, anaphors)
    while match is not None and _not_parties(passage, match, anaphors):
        match = anaphors.pattern.search(passage, match.end()) if anaphors.pattern is not None else None
    return match


def _not_parties(passage: str, match: re.Match[str], anaphors: PartyAnaphors) -> bool:
    """Whether the phrase matched names a place or an argument ("both sides of the border") or where the members of
    a body come from ("five officers from each side"), not the parties of a happening."""
    if anaphors.side_of is not None and anaphors.side_of.match(passage, match.end()):
        return True
    return (
        anaphors.composition is not None
        and anaphors.composition.search(passage, max(0, match.start() - 60), match.start()) is not None
    )


def _first_reference(passage: str, anaphors: PartyAnaphors) -> re.Match[str] | None:
    """`anaphors.pattern`'s first match in the passage (offsets, group), found the cheapest way."""
    if anaphors.pattern is None:
        return None
    plain = _plain_lower(passage, anaphors)
    if plain is None:
        return anaphors.pattern.search(passage)
    if not _has_last_word(plain, anaphors.last_words or (), anaphors.words_before):
        return None
    if anaphors.lowered is None:
        return anaphors.pattern.search(passage)
    # ASCII letters (typographic punctuation has no case): case-insensitive matching is matching in lower
    # case, which keeps every offset.
    return anaphors.lowered.search(plain if passage.isascii() else passage.lower())


_TWO = re.compile(r"(?i)\b(?:two|both)\b")


def anaphor_kinds(passage: str, anaphors: PartyAnaphors) -> Reference | None:
    """Which actors (name, kind) the passage's unnamed parties can be, or None when it names none by
    reference."""
    match = _named_by_reference(passage, anaphors)
    if match is None and anaphors.counted is not None:
        counted = _counted_reference(passage, anaphors)
        if counted is not None:
            return counted
    if match is None:
        event = (
            anaphors.event.match(passage) if anaphors.event is not None and may_open_event(passage, anaphors) else None
        )
        if event is not None:
            near = anaphors.plain_event is not None and anaphors.plain_event.match(passage) is None
            # "The previous round, in September, ...": made where its own noun was ("the fourth round"), not in
            # any sentence of an agreement
            own = re.compile(rf"(?i)\b{re.escape(event[0].split()[-1])}") if near else None
            if anaphors.talks is not None and anaphors.talks.match(passage) is not None:
                # who talked: the parties, not who spoke for them or the UN that convened them
                parties = Reference(lambda name, kind: kind not in _NEVER_PARTIES, anaphors.pattern, True, near=near)
                return replace(parties, examples=anaphors.examples, event_words=own or anaphors.talk_words)
            return Reference(
                lambda name, kind: True,
                anaphors.pattern,
                True,
                anaphors.examples,
                own or anaphors.event_words,
                near=near,
            )
        return None
    passed = anaphors.not_parties or anaphors.examples
    # "the two countries", "both sides": two, never a list of three or more named before (the guarantors, the
    # observers of a treaty)
    two = _TWO.search(match.group(0)) is not None
    if match.lastgroup == "states":
        return Reference(
            lambda name, kind: kind == STATE,
            anaphors.pattern,
            examples=passed,
            numbered=two,
            go_betweens=anaphors.go_between_roles,
        )
    if match.lastgroup == "persons":
        return Reference(lambda name, kind: kind == PERSON, anaphors.pattern, examples=passed, two=True)
    before = _POSSESSIVE.search(passage, max(0, match.start() - 40), match.start())
    after = _LOCATIVE.match(passage, match.end())
    where = before[1] if before else after[1] if after else None
    if where is not None and where.lower() in _CALENDAR_WORDS:
        where = None  # "talks between the two sides in December": a time, not a place
    if where is None:
        return Reference(
            lambda name, kind: kind not in _NEVER_PARTIES,
            anaphors.pattern,
            examples=passed,
            numbered=two,
            go_betweens=anaphors.go_between_roles,
        )
    # "Sudan's warring sides", "the opposing sides in Libya": parties inside that state, so neither a
    # state nor another state's government or forces.
    return Reference(
        lambda name, kind: (
            kind not in _NEVER_PARTIES
            and kind != STATE
            and (kind not in _OF_A_STATE or organ_of(name, where) or name.endswith(where))
        ),
        anaphors.pattern,
        examples=passed,
        go_betweens=anaphors.go_between_roles,
    )


def _counted_reference(passage: str, anaphors: PartyAnaphors) -> Reference | None:
    """The reference of a number word and a counted noun ("the three guarantors"): actors of the noun's kind, in a
    list of exactly that many."""
    match = _counted_match(passage, anaphors)
    if match is None:
        return None
    count = anaphors.counts.get((match["count"] or match["count2"]).lower(), 0)
    kind = anaphors.counted_kinds.get(match["noun"].lower())
    if count < 2 or kind is None:
        return None
    passed = anaphors.not_parties or anaphors.examples
    if kind == "states":
        fits: Callable[[str, str], bool] = lambda name, kind: kind == STATE  # noqa: E731
    elif kind == "persons":
        fits = lambda name, kind: kind == PERSON  # noqa: E731
    else:
        fits = lambda name, kind: kind not in _NEVER_PARTIES  # noqa: E731
    return Reference(
        fits,
        anaphors.pattern,
        examples=passed,
        two=count == 2 and kind == "persons",
        numbered=count == 2 and kind != "persons",
        count=count if count > 2 else 0,
    )


def reference_after(passage: str, date_end: int, anaphors: PartyAnaphors) -> bool:
    """Whether the passage's first party reference ("both sides") stands after its date (ending at `date_end`): it
    is then in a later clause than the dated happening ("He called for elections next March, with police from both
    sides agreeing"), not its subject."""
    match = _named_by_reference(passage, anaphors)
    return match is not None and match.start() >= date_end


# "reached in Munich by the 17-nation support group": a passive's agent, named or not
_BY_AGENT = re.compile(r"\bby\s+(?:the\s+)?[A-Z0-9]")


def by_agent(passage: str) -> bool:
    """Whether the passage names a passive's agent after "by" (a capitalised name or a number opening it): it says
    who made its happening, as a name in it does."""
    return _BY_AGENT.search(passage) is not None


def both_sides(passage: str, date_start: int, anaphors: PartyAnaphors) -> Reference | None:
    """The parties a happening of both sides stands for when its passage names no one ("Fighting erupted on
    4 May", "Formal peace talks opened in Oslo in 2012"): the parties named as a pair nearest before it (or in
    the next sentence, for a lead); None when no `both` word stands before the date (at `date_start`): the
    happening dated is then another ("elections will take place on 24 December ..., efforts to stabilise the
    ceasefire" dates the elections, not the ceasefire)."""
    if anaphors.both is None or anaphors.both.search(passage, 0, date_start) is None:
        return None
    return Reference(
        lambda name, kind: kind not in _NEVER_PARTIES, anaphors.pattern, examples=anaphors.examples, paired_only=True
    )


def parties_before(
    start: int,
    date_start: int,
    named: Sequence[ActorMention],
    sentences: Sequence[tuple[int, int]],
    text: str,
    anaphors: PartyAnaphors,
) -> tuple[tuple[str, str], ...]:
    """(canonical, kind) of the parties of a passage at `start` of `text` that names no one (by name, reference or
    pronoun: the caller knows) and speaks, before its date (`date_start`, from `start`), of a happening two sides
    make between them (a `two_sided` noun: "A peace agreement signed in X in May 2031").  A reader takes the sides
    to be those the sentence right before named ("A and B fought a border war for two years.  A peace agreement
    signed ..."): its parties (no persons, no UN bodies: a mediator or a speaker is no side), when it names two or
    more, in the passage's paragraph or the one before; else ().  A noun after the date belongs to another clause
    ("took the town on 4 May, weeks before the agreement")."""
    if anaphors.two_sided is None or anaphors.two_sided.search(text, start, start + date_start) is None:
        return ()
    here = bisect_right(sentences, start, key=_FIRST) - 1
    if here < 1:
        return ()
    s, e = sentences[here - 1]
    if text.count("\n\n", e, start) > 1:
        return ()
    parties = tuple(a for a in unique_actors(actors_within(named, s, e)) if a[1] not in _NEVER_PARTIES)
    return parties if len(parties) >= 2 else ()


def parties_of(
    start: int,
    named: Sequence[ActorMention],
    sentences: Sequence[tuple[int, int]],
    fits: Reference,
    text: str,
    present: Sequence[tuple[str, str]] = (),
) -> tuple[tuple[str, str], ...]:
    """(canonical, kind) of the parties an unnamed reference at `start` of the document's `text` stands
    for; () when none.  `present`: the actors the reference's own passage names.

    A party reference first takes the nearest pair (or list) of fitting
    parties named as such before it ("the GNA and the eastern-based LNA"), passing over sentences
    that themselves name parties only by reference ("the two sides as well as Saudi Arabia and the
    United States"), else the pair of the next sentence (a lead).  Otherwise, and for an event
    reference, it takes the parties of the nearest sentence before `start` (up to REACH_BACK) that
    names at least two that fit, else of the sentence after the one holding `start`; else, when the
    passage names one that fits, that one and the nearest other one named before it (up to REACH_BACK
    sentences).  (The document's lead is not a fallback: its actors are as often two of one side.)"""
    # bisected by key: a list of the sentences' starts built here would cost the document's length per reference
    here = bisect_right(sentences, start, key=_FIRST) - 1
    if fits.event and fits.event_words is not None:
        # the nearest sentence before that names two or more and speaks of an agreement ("agreed to a truce")
        for index in range(here - 1, max(-1, here - 1 - NEAR_BACK) if fits.near else -1, -1):
            s, e = sentences[index]
            if e < start - PAIR_REACH:
                break
            if fits.near and text.count("\n\n", e, start) > 1:
                break  # not in the passage's paragraph nor the one before
            parties = tuple(a for a in unique_actors(actors_within(named, s, e)) if fits(*a))
            if len(parties) >= (1 if fits.near else 2) and fits.event_words.search(text, s, e):
                return parties
        return ()
    if fits.paired_only and 0 <= here < len(sentences):
        # a happening of both sides in a clause: the pair its sentence names ("The talks opened on Monday, five
        # days after A and B signed a truce")
        paired = _paired(text, actors_within(named, *sentences[here]), fits, fits.examples)
        if paired:
            return paired
    if not fits.event and 0 <= here < len(sentences):
        paired = _nearest_pair(text, named, sentences, sentences[here][0], fits, fits.anaphors, fits.examples)
        if not paired and here + 1 < len(sentences):
            paired = _paired(text, actors_within(named, *sentences[here + 1]), fits, fits.examples)
        if paired:
            return paired
    if fits.paired_only:
        return ()
    before = range(here - 1, max(-1, here - 1 - REACH_BACK), -1)
    for index in (*before, here + 1):
        if 0 <= index < len(sentences):
            mentions = _sides(text, actors_within(named, *sentences[index]), fits)
            parties = tuple(a for a in unique_actors(mentions) if fits(*a))
            if len(parties) > 2 and (fits.two or (fits.numbered and _listed(text, mentions, fits))):
                return ()  # "the two presidents", "both sides" after three named as a list: which two is not said
            if fits.count:
                if len(parties) > fits.count:
                    return ()  # "the three guarantors" after four named: which three is not said
                if len(parties) == fits.count:
                    return parties
                continue
            if len(parties) >= 2:
                return parties
    one = {a for a in present if fits(*a)}
    if len(one) == 1 and not fits.event and not fits.count and 0 <= here < len(sentences):
        # "Gbagbo travelled to the rebel capital and the two men lit a flame": the passage names one of
        # them; the other is the nearest other one named before it.
        reach = sentences[max(0, here - REACH_BACK)][0]
        for mention in reversed(actors_within(named, reach, start)):
            if fits(mention.canonical, mention.kind) and (mention.canonical, mention.kind) not in one:
                return (*one, (mention.canonical, mention.kind))
    return ()


def _listed(text: str, mentions: Sequence[ActorMention], fits: Reference) -> bool:
    """Whether the mentions hold a list of three or more fitting parties ("A, B and C")."""
    return any(len(unique_actors(run)) > 2 for run in _runs(text, mentions, fits))


def _sides(text: str, mentions: Sequence[ActorMention], fits: Reference) -> list[ActorMention]:
    """The mentions of a sentence that can be sides: not a run of names a `go_between_roles` word follows ("A and B,
    the guarantors").  A state after its government's "of" ("the Government of Paraguay and the Front") is still
    taken as a side of its own: passing over it gave a study set +1 right and a blind half 3 fewer (session 28)."""
    if len(mentions) < 2 or fits.go_betweens is None:
        return list(mentions)  # no run of two names: nothing to drop (most sentences)
    kept: list[ActorMention] = []
    for run in _runs(text, mentions):
        # the run up to a `go_between_roles` word is dropped; the names after it start a run of their own
        piece: list[ActorMention] = []
        for mention in run:
            piece.append(mention)
            kept.append(mention)
            # a pair or list ("A and B, the guarantors"); one name before such a word is left as it was ("Ethiopian
            # mediators"): with it gone, a sentence further away would be read for the sides
            if len(piece) > 1 and _go_between_run(text, mention.end, fits.go_betweens):
                kept = [m for m in kept if m not in piece]
                piece = []
    return kept


def _nearest_pair(
    text: str,
    named: Sequence[ActorMention],
    sentences: Sequence[tuple[int, int]],
    before: int,
    fits: Callable[[str, str], bool],
    skip: re.Pattern[str] | None,
    examples: re.Pattern[str] | None,
) -> tuple[tuple[str, str], ...]:
    """The parties of the nearest sentence before `before` that names two as a pair (its first pair),
    passing over sentences that name parties only by reference.  The mentions are walked back from
    `before` looking for two fitting ones joined as a pair (a pair never spans sentences: no full stop
    joins two names); only a sentence holding one is read in full.  No further back than `PAIR_REACH`."""
    j = bisect_left(named, (before,)) - 1
    while j > 0:
        a, b = named[j - 1], named[j]
        if b.start < before - PAIR_REACH:
            break
        if b.kind == PERSON and a.kind != PERSON and b.start - a.end <= _PAIR_GAP and fits(b.canonical, b.kind):
            # the person before, passing over what the gap names ("Prime Minister A and Eritrean President B":
            # the state of B's title)
            i = j - 1
            while i > 0 and named[i].kind != PERSON and b.start - named[i].end <= _PAIR_GAP:
                i -= 1
            a = named[i]
        if (
            a.canonical != b.canonical
            and b.start - a.end <= _PAIR_GAP
            and fits(a.canonical, a.kind)
            and fits(b.canonical, b.kind)
            and _joined(text, a, b)
        ):
            index = bisect_right(sentences, a.start, key=_FIRST) - 1
            s, e = sentences[index]
            if skip is None or not skip.search(text, s, e):
                paired = _paired(text, actors_within(named, s, e), fits, examples)
                if paired:
                    return paired
            j = bisect_left(named, (s,)) - 1  # on to the sentence before
            continue
        j -= 1
    return ()


def _paired(
    text: str,
    mentions: Sequence[ActorMention],
    fits: Callable[[str, str], bool],
    examples: re.Pattern[str] | None = None,
) -> tuple[tuple[str, str], ...]:
    """The first run of fitting mentions joined as a pair or list ("A and the B", "A, B and C"), each once;
    a mention repeating the one before it ("Government of National Accord (GNA)") stays inside the run,
    and a run after an `examples` phrase ("such as") is passed over."""
    two = isinstance(fits, Reference) and (fits.two or fits.numbered)
    count = fits.count if isinstance(fits, Reference) else 0
    roles = fits.go_betweens if isinstance(fits, Reference) else None
    for run in _runs(text, mentions, fits, through_titles=True):
        parties = unique_actors(run)
        if count and len(parties) != count:
            continue
        if roles is not None and _go_between_run(text, run[-1].end, roles):
            continue
        if (len(parties) == 2 or (len(parties) > 2 and not two)) and not _after_examples(text, run[0].start, examples):
            return parties
    return ()


# between a pair and a `go_between_roles` word: an aside's opening or "will act as" ("A and B, which act as
# guarantors", "A and B, the mediators", "A and B will serve as observers", "A and B mediated")
_ROLE_GAP = re.compile(
    r"\s*(?:,\s*)?(?:(?:the|which|who|that|will|would|also|both|have|had|were|are|act|acts|acted|acting|serve|serves"
    r"|served|serving|as|its|their|two|to)\s+){0,5}"
)


_BY_AFTER = re.compile(r"\s+by\b")


def _go_between_run(text: str, end: int, roles: re.Pattern[str]) -> bool:
    """Whether a `go_between_roles` word follows a run of names ending at `end`, past an aside's opening at most."""
    gap = _ROLE_GAP.match(text, end)
    role = roles.match(text, gap.end()) if gap is not None else None
    # "A and B were mediated by C": the pair is mediated, C the go-between
    return role is not None and _BY_AFTER.match(text, role.end()) is None


def _after_examples(text: str, start: int, examples: re.Pattern[str] | None) -> bool:
    return examples is not None and examples.search(text, max(0, start - 60), start) is not None


# "by the Ostrand Union and the Selva Commission": who did what a passive sentence tells, after "by" and
# at most a few words of title ("by Foreign Minister", "by the head of Paraguay's army").
_BY_WORDS = re.compile(r"[\w.'’-]+")
_BY_REACH = 5
_BY_GAP_WORDS = frozenset({"the", "of", "its", "his", "her", "their", "a", "an"})
# Between two of them: "and", a comma, and a title or a few words ("and Colonel", ", and the rebel"); the
# first may own the second or a title ("by the head of Paraguay's army and General A"), also the title of
# the second ("by Paraguay's army chief Field Marshal A").
_BY_JOINED = re.compile(
    r"\)?(?:['’]s\s+(?:[a-z][\w-]*\s+){0,3}(?:[A-Z][\w.-]*\s+){0,3}"
    r"|(?:['’]s(?:\s+[a-z][\w-]*){1,4})?\s*(?:,\s*(?:and\s+)?|\s+(?:and|&)\s+)(?:the\s+)?(?:[\w.'’-]+\s+){0,3})"
)
# Between two signatories of one agreement: the side the first signed for ("A on behalf of the Government", "A for
# the government", also left unnamed), then another "by" before a title (", and by General B"); a list after "by
# the leaders of eight groups:" is not read (the annotators name a few of them).
# a title of its own after another "by" may be long ("Commander-in-Chief of Defence Services Senior General")
_TITLE_REACH = 8
_BY_BEHALF = re.compile(r"\s+(?:on\s+behalf\s+of|for)\s+(?:the\s+)?")
# Also after an aside about the first one and the place where the next one signed ("by A, the leader of the rebel
# negotiators, and in Port Amsel by B").
_BY_AGAIN = re.compile(
    r"(?:\s+(?:on\s+behalf\s+of|for)\s+[^,;:()]{1,40})?(?:\s*,[^,;:()]{1,80}(?=,))?\s*,?\s*(?:and\s+)?"
    r"(?:(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+)?(?:[a-z-]+ed\s+)?by\s+"
)
# "It was signed by ...": a pronoun opening the sentence after a dated one is its happening too.
_FIRST = itemgetter(0)
_MENTION_START = attrgetter("start")
_IT_PASSIVE = re.compile(r"^\W*It\s+(?:was|had\s+been|has\s+been)\s+")


def agents_after(around: Around, passage: DatedPassage, walked: Sequence[tuple[int, int]]) -> Actors:
    """(canonical, kind) of who made the happening of the passage [start, end), when the next sentence
    names it by reference and tells who in the passive ("... signed on 3 May.  The deal was signed by A
    and B"): the actor right after its "by" and those joined to it as a pair or list; or, for a passage
    that dates an agreement ("signed a peace deal on 3 May"), when the next sentence's subject signed
    or agreed too ("General A signed on behalf of the army"): that subject; () when the next
    sentence dates a happening of its own (`walked`: the sentence after it, unless it does: `NEXT_SENTENCE`),
    opens with no event reference ("The agreement", "It was") or has no agreement word right before "by"."""
    anaphors, text, named, start, end = around.anaphors, around.text, around.named, passage.start, passage.end
    if anaphors.event is None or anaphors.made_by is None or not walked:
        return ()
    s, e = walked[0]
    sentence = text[s:e]
    opens = may_open_event(sentence, anaphors)
    if not (
        (opens and anaphors.event.match(sentence))
        or _IT_PASSIVE.match(sentence)
        or (opens and anaphors.complemented_event is not None and anaphors.complemented_event.match(sentence))
    ):
        return _signatories(text, s, e, start, end, named, anaphors)
    if (
        anaphors.plain_event is not None
        and not ((opens and anaphors.plain_event.match(sentence)) or _IT_PASSIVE.match(sentence))
        and (anaphors.event_words is None or not anaphors.event_words.search(text, start, end))
    ):
        return ()  # "The Riyadh Agreement was signed by ...": the agreement of a passage that speaks of one only
    by = anaphors.made_by.search(sentence)
    if by is None:
        return ()
    after = actors_within(named, s + by.end(), e)
    if not after:
        return ()
    gap = text[s + by.end() : after[0].start]
    if not (_by_title(gap) or _apposed_title(gap)):
        return ()
    run = [after[0]]
    for mention in after[1:]:
        aside = _WHO_ASIDE.match(text, run[-1].end)
        if aside is not None and mention.start < aside.end():
            continue  # named inside the aside about the one before ("A, who headed the government delegation,")
        if (
            mention.canonical == run[-1].canonical
            or _BY_JOINED.fullmatch(text, run[-1].end, mention.start)
            or _BY_BEHALF.fullmatch(text, run[-1].end, mention.start)
            or _BEHALF_AGAIN.fullmatch(text, run[-1].end, mention.start)
            or _another_by(text, run[-1].end, mention.start)
            or (mention.kind == PERSON and _owner_and_title(text[run[-1].end : mention.start]))
            or _BY_SIDE_AGAIN.fullmatch(text, run[-1].end, mention.start)
            or (run[-1].kind == PERSON and mention.kind != PERSON and _served_body(text[run[-1].end : mention.start]))
        ):
            run.append(mention)
        else:
            break
    return unique_actors(run)


# The side a signatory signed for, not named as an actor, then the next one ("by A for the National Government, B and
# C"): a comma or "and", then at most three words of title.
_BY_SIDE_AGAIN = re.compile(
    r"\s+(?:on\s+behalf\s+of|for)\s+[^,;:()]{1,40}?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[\w.'’-]+\s+){0,3}"
)
# A signatory's apposed title that names the body the person serves ("A, vice-president of the Interim Government"):
# that body signed through the person.
_SERVED = re.compile(r",\s+(?:the\s+)?((?:[\w'’-]+\s+){1,3})of\s+(?:the\s+)?")


def _served_body(gap: str) -> bool:
    """Whether `gap`, between a person and a body, is a title of the person's in that body (", vice-president of
    the ", ", the secretary general of ")."""
    served = _SERVED.fullmatch(gap)
    return served is not None and served.group(1).split()[-1].lower() in title_words()


# An aside about a signatory, between commas ("A, who headed the government delegation to the talks,").
_WHO_ASIDE = re.compile(r",\s*(?:who|whom|whose)\b[^,;:()]{1,100},")
# The side the next signatory signed for, before its "by" ("A, ..., and on behalf of the Front by its chief B").
_BEHALF_AGAIN = re.compile(r"(?:,\s*(?:who|whom|whose)\b[^,;:()]{1,100})?\s*,?\s*and\s+on\s+behalf\s+of\s+(?:the\s+)?")
# A title in apposition before the name, after "by": "by the state minister at the presidency, A".
_APPOSED_TITLE_WORDS = 8
_APPOSED_PREPOSITIONS = frozenset({"at", "of", "for", "in", "to", "on"})


def _apposed_title(gap: str) -> bool:
    """Whether `gap`, between "by" and an actor, is a title in apposition: "the state minister at the
    presidency, ", also owned ("the government's interlocutor for the talks, ") (a title word among its
    first four words; past a preposition any words, at most _APPOSED_TITLE_WORDS in all)."""
    if not gap.endswith(", ") or "," in gap[:-2]:
        return False
    words = _BY_WORDS.findall(gap[:-2])
    if not words or len(words) > _APPOSED_TITLE_WORDS:
        return False
    titles = title_words()
    if not any(w.lower() in titles for w in words[:4]):
        return False
    for index, word in enumerate(words):
        lower = word.lower()
        if lower in _APPOSED_PREPOSITIONS:
            return index > 0  # "at the presidency": the rest is the title's object
        if not (word[0].isupper() or lower in titles or lower in _BY_GAP_WORDS or lower.endswith(("'s", "’s"))):
            return False
    return True


def _another_by(text: str, start: int, end: int) -> bool:
    """Whether [start, end) of `text`, between two actors, is another "by" and a title (", by Commander-in-Chief
    of Defence Services Senior General "), after the side the first one signed for."""
    again = _BY_AGAIN.match(text, start, end)
    return again is not None and _by_title(text[again.end() : end], _TITLE_REACH, plural=True)


# Between a body or state and the person who acts for it: "Ethiopia's army chief Field Marshal", "GPH peace
# panel chair" (a possessive or a space, then at most four words).
# (A closing bracket, or the full stop of an abbreviation the name left out: "by U.S. Secretary of State A"
# names "U.S".)
_OWNER_TITLE = re.compile(r"[).]?(?:['’]s)?\s+(?:[\w.'’-]+\s+){1,4}")


def _owner_and_title(gap: str) -> bool:
    """Whether `gap`, between an actor and a person, is the words of the person's title for it."""
    owned = gap.removeprefix(")").removeprefix(".").removeprefix("'s").removeprefix("’s").lstrip()
    return _OWNER_TITLE.fullmatch(gap) is not None and _by_title(owned)


# A numbered item's number ("2.", "(3)").
_LIST_NUMBER = re.compile(r"\(?\d{1,3}[.)]")


@dataclass(frozen=True, slots=True)
class Around:
    """The document around its dated passages, as the readers of who took part in a passage's happening from the
    undated sentences near it read it (`participants_after`): made once per document."""

    text: str
    # `text` folded (`text.fold`: lower case, same offsets), where a sentence's phrases are looked for in one search
    folded: str
    named: Sequence[ActorMention]
    sentences: Sequence[tuple[int, int]]
    # The sorted starts of the passages the lead rules take to date a happening of their own (a passage dating two
    # things is there twice): not one whose only date is a year modifying a noun; the first is the document's lead.
    lead_dated: Sequence[int]
    # The sorted starts of the passages that stop the reading of who goes on with a happening: a year modifying a
    # noun too ("a 2008 treaty signed by A" is another happening), not a date in an aside (`aside_date`).
    going_dated: Sequence[int]
    # every event's date start, sorted
    date_starts: Sequence[int]
    anaphors: PartyAnaphors
    speech: re.Pattern[str] | None = None
    # The sentences (by start) already asked whether they hold a `role` phrase (`continuing_participants`), filled as
    # they are read: the sentences after one dated passage are those after the next, and each is read once.
    holds_role: dict[int, bool] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DatedPassage:
    """A dated passage [start, end) whose participants the sentences after it may name."""

    # where it starts: the sentence's start for a sentence dating an agreement among other things (`signing_passages`)
    start: int
    end: int
    # where its date starts
    date_at: int
    # the first sentence that starts at or after `end`
    index: int


@dataclass(frozen=True, slots=True, eq=False)
class SentenceWalk:
    """Which undated sentences after a dated passage a reader reads: up to `reach` sentences from the first that starts
    at or after its end.  Compared by identity (eq=False): readers that share one walk share its sentences, read once
    a passage (`participants_after`)."""

    reach: int
    # A sentence that dates a happening of its own ends the walk (it tells of that one); else it is passed over (a
    # story's background, dated, between its lead and who signed).
    stops: bool = True
    # What dates a happening of its own: `Around.going_dated` (a year modifying a noun too, not a date in an aside),
    # else `Around.lead_dated`.
    going: bool = False
    # "2." of a numbered press release is a sentence of its own: the item follows it.
    numbered: bool = False


# The sentence right after a passage, unless it dates a happening of its own.
NEXT_SENTENCE = SentenceWalk(1, numbered=True)
# How many undated sentences after a lead are read for its witnesses (the signatories, an aside, then who was present).
WITNESS_SENTENCES = 3
WITNESS_WALK = SentenceWalk(WITNESS_SENTENCES)
# How many sentences after a dated passage may go on with its happening (up to the next dated one), as for
# WITNESS_SENTENCES: 5 gained 5 more right actors on the study sets with speaking of the happening not required, and
# 4 more wrong ones; 5 with both the role phrase and the happening's word required (session 26) gave the study sets +4
# right and 1 wrong but the blind halves +2 right and 10 wrong (sets 6, 11, 13): kept at 3.
CONTINUING_SENTENCES = 3
CONTINUING_WALK = SentenceWalk(CONTINUING_SENTENCES, going=True)
# How many sentences after the lead a sentence of `lead_reach.txt` may stand (a story's first paragraphs).
READ_SENTENCES = 8
REACH_WALK = SentenceWalk(READ_SENTENCES, stops=False, going=True)


def _walked(around: Around, passage: DatedPassage, walk: SentenceWalk) -> list[tuple[int, int]]:
    """The sentences `walk` reads after `passage`, in order."""
    sentences, index = around.sentences, passage.index
    if walk.numbered and index + 1 < len(sentences) and _LIST_NUMBER.fullmatch(around.text, *sentences[index]):
        index += 1
    dated = around.going_dated if walk.going else around.lead_dated
    found: list[tuple[int, int]] = []
    for s, e in sentences[index : index + walk.reach]:
        if _dates_own(s, e, dated):
            if walk.stops:
                break
            continue
        found.append((s, e))
    return found


# (canonical, kind) of each actor a reader finds, each once
Actors = tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class ParticipantReader:
    """A rule that takes who took part in a dated passage's happening from the sentences `walk` reads after it: `read`
    is called as (the document, the passage, those sentences) -> (canonical, kind) of who it finds."""

    read: Callable[[Around, DatedPassage, Sequence[tuple[int, int]]], Actors]
    walk: SentenceWalk
    # Only after the document's first dated passage (`lead_dated`): a news lead tells the happening, the sentences
    # after it who took part; the passage holds the lead's, or starts its sentence when the lead dates two things
    # (`signing_passages`).
    lead: bool = False
    # Who it finds made the happening (the passage's subjects when it names none), not only took part.
    makers: bool = False


def signing_passages(
    dates: Sequence[tuple[int, int]], sentences: Sequence[tuple[int, int]], text: str, anaphors: PartyAnaphors
) -> dict[int, tuple[int, int]]:
    """For each dated passage of a sentence that dates two things or more and speaks of an agreement (`dates`: the
    (passage start, date start) of every dated passage, sorted): (the start of the passage that dates the agreement,
    the sentence's start).  The agreement's date is the first one after its word: "A ceasefire will take effect on
    April 30, under the agreement signed ... on Friday" (Friday), "PARIS, Oct. 23 - The factions signed a settlement
    here Wednesday" (Wednesday, not the dateline's day).  Who signed it, named in the sentences after, took part in
    that passage's happening, not in the others'."""
    found: dict[int, tuple[int, int]] = {}
    if anaphors.agreed is None:
        return found
    index = 0
    while index < len(dates):
        at = bisect_left(sentences, dates[index][0] + 1, key=_FIRST) - 1
        if at < 0 or not sentences[at][0] <= dates[index][0] < sentences[at][1]:
            index += 1
            continue
        s, e = sentences[at]
        last = index
        while last + 1 < len(dates) and dates[last + 1][0] < e:
            last += 1
        word = anaphors.agreed.search(text, s, e) if last > index else None
        if word is not None:
            after = [passage for passage, date in dates[index : last + 1] if date >= word.end()]
            if after:
                for passage, _ in dates[index : last + 1]:
                    found[passage] = (after[0], s)
        index = last + 1
    return found


# A bare year, and the word before it after the spaces between; a word (the noun it modifies) right after a year.
_BARE_YEAR = re.compile(r"[12]\d{3}")
_WORD_BEFORE_YEAR = re.compile(r"(\w+)\s+$")
_NOUN_AFTER_YEAR = re.compile(r"[ \t]+[A-Za-z]")


def noun_modifier_year(text: str, start: int, end: int, anaphors: PartyAnaphors) -> bool:
    """Whether the date [start, end) of `text` is a bare year between a `determiners` word and a noun ("the guarantors
    of the 1942 Rio Protocol", "under its 2015 charter"): it tells which thing is meant, not when the sentence's own
    happening was, so a sentence holding no other date tells of the happening before it ("... signed a declaration on
    Friday.  The document was signed by A and B, guarantors of the 1942 Rio Protocol")."""
    if not anaphors.determiner_words or not _BARE_YEAR.fullmatch(text, start, end):
        return False
    before = _WORD_BEFORE_YEAR.search(text, max(0, start - 12), start)
    return (
        before is not None
        and before[1].lower() in anaphors.determiner_words
        and _NOUN_AFTER_YEAR.match(text, end) is not None
    )


def _dates_own(s: int, e: int, dated: Sequence[int]) -> bool:
    """Whether the sentence [s, e) dates a happening of its own (`dated`: the sorted starts of the document's dated
    passages)."""
    later = bisect_left(dated, s)
    return later < len(dated) and dated[later] < e


def _by_title(gap: str, reach: int = _BY_REACH, plural: bool = False) -> bool:
    """Whether the words between "by" and an actor are at most a title: capitalised words, title words and
    "the", "of" ("the head of", "Foreign Minister"), not a place or a time ("the end of"); with `plural`, a title
    word's plural too ("by representatives of A, B and C": who signed for them)."""
    words = _BY_WORDS.findall(gap)
    if len(words) > reach or (gap and not gap[-1:].isspace()):
        return False
    titles = title_words()
    return all(
        w[0].isupper()
        or w.lower() in titles
        or w.lower() in _BY_GAP_WORDS
        or (plural and w.endswith("s") and w[:-1].lower() in titles)
        for w in words
    )


# Between a signatory and its verb: an aside between commas and at most two words ("also", "then"), so
# that "A said the deal was signed" names no signatory.
_SIGNATORY_GAP = re.compile(r"(?:\s*,[^,.;:\"“”]{0,80},)?(?:\s+[a-z]+){0,2}\s+")
# The same between a person and a speech verb, where the aside may hold an abbreviation ("Gen. A, the head of
# U.S. Africa Command, said").
_SPEAKER_GAP = re.compile(r"(?:\s*,[^,;:\"“”]{0,80},)?(?:\s+[a-z]+){0,2}\s+")


def _signatories(
    text: str, s: int, e: int, start: int, end: int, named: Sequence[ActorMention], anaphors: PartyAnaphors
) -> tuple[tuple[str, str], ...]:
    """The subject of the sentence [s, e) when it signed or agreed, after a passage [start, end) that dates
    an agreement: "The parties signed a peace deal on 3 May.  General A signed it for the army"."""
    if anaphors.agreed is None or not anaphors.agreed.search(text, start, end):
        return ()
    verb = anaphors.agreed.search(text, s, e)
    if verb is None:
        return ()
    subjects = sentence_subjects(text[s:e], actors_within(named, s, e), s)
    if not subjects or not _SIGNATORY_GAP.fullmatch(text, subjects[-1].end, verb.start()):
        return ()
    return unique_actors(subjects)


# Between two witnesses of a list: a comma, "and" or "as well as", then a title ("..., the Chadian president A, as
# well as the joint chief mediator B").
_WITNESS_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|&|as\s+well\s+as)\s+)")


def lead_witnesses(around: Around, passage: DatedPassage, walked: Sequence[tuple[int, int]]) -> Actors:
    """(canonical, kind) of the people who witnessed the agreement the document's first dated passage [start, end)
    tells of, named in one of the WITNESS_SENTENCES sentences right after it that date nothing of their own
    and speak of the agreement (an agreement word, an `occasion` noun: "the ceremony", or the agreement named as
    their subject: "It was"): a
    lead tells the signing, the next sentences who signed and who looked on ("... signed a peace deal on
    Thursday.  It was signed by A and B.  It was witnessed by President C and the Emir of Ostrand, D", "...
    signed it, with C and D looking on", "The ceremony was attended by C", "C, D and E were present").  Only
    people: a state in the list is the place or owner of a title ("the Emir of Qatar").  (`walked`: those
    sentences, up to the first that dates a happening of its own: `WITNESS_WALK`.)"""
    anaphors, text, named = around.anaphors, around.text, around.named
    if anaphors.agreed is None or not anaphors.agreed.search(text, passage.start, passage.end):
        return ()
    if (
        anaphors.witnesses is None
        and anaphors.onlookers is None
        and anaphors.witnessing is None
        and anaphors.signing_for is None
    ):
        return ()
    found: list[ActorMention] = []
    sides: list[ActorMention] = []
    for s, e in walked:
        sentence = text[s:e]
        if not (
            anaphors.agreed.search(sentence)
            or (anaphors.event_words is not None and anaphors.event_words.search(sentence))
            or _IT_PASSIVE.match(sentence)
            or (anaphors.event is not None and may_open_event(sentence, anaphors) and anaphors.event.match(sentence))
            or (anaphors.occasion is not None and anaphors.occasion.search(sentence))
        ):
            continue  # it speaks of something else ("The talks were held in the presence of A")
        if anaphors.witnesses is not None:
            for phrase in anaphors.witnesses.finditer(text, s, e):
                found += _witness_run(text, phrase.end(), e, named)
                sides += _represented(text, phrase.end(), e, named)
        if anaphors.onlookers is not None:
            for phrase in anaphors.onlookers.finditer(text, s, e):
                found += actors_within(named, phrase.start(1), phrase.end(1))
        if anaphors.witnessing is not None and (verb := anaphors.witnessing.search(text, s, e)) is not None:
            # the sentence's subject, right before its verb ("A, and representatives of B, witnessed the signing"),
            # and the people listed after it ("A, the envoy to Ostrand, and the UN mediator B signed as witnesses")
            subjects = sentence_subjects(text[s : verb.start()], actors_within(named, s, verb.start()), s)
            found += subjects
            persons = [m for m in subjects if m.kind == PERSON]
            if persons:
                found += _counterpart_run(text, persons[-1].start, verb.start(), named)
        if anaphors.signing_for is not None:
            for phrase in anaphors.signing_for.finditer(text, s, e):
                sides += _signed_for(text, s, phrase.start(), phrase.end(), e, named)
        if anaphors.attending is not None and (verb := anaphors.attending.search(text, s, e)) is not None:
            # the list that opens the sentence as its subject ("Home Minister A, Army Chief B and C were present")
            found += _counterpart_run(text, s, verb.start(), named)
    persons = [m for m in found if m.kind == PERSON]
    return unique_actors([*persons, *sides, *chaired_bodies(text, persons, named, anaphors.chair_of)])


_OF_STATE = re.compile(r"\s+of\s+(?:the\s+)?")


def chaired_bodies(
    text: str, persons: Sequence[ActorMention], named: Sequence[ActorMention], chair_of: re.Pattern[str] | None
) -> list[ActorMention]:
    """The bodies the witnesses `persons` chair, named right after one of them and a `chair_of` phrase ("President
    A, the current chairman of the Ostrand Union, witnessed the signing", "President B, whose country chairs the
    regional Krell League"): the body took part through its chair, as the annotators list it.  A body only: a state
    or a person after the phrase is no body chaired."""
    if chair_of is None:
        return []
    bodies: list[ActorMention] = []
    for person in persons:
        at = bisect_left(named, person.end, key=_MENTION_START)
        end = person.end
        if at < len(named) and named[at].kind == STATE and _OF_STATE.fullmatch(text, end, named[at].start):
            end = named[at].end  # the state the title is of ("President A of Ostrand, the chairman of ...")
        phrase = chair_of.match(text, end)
        if phrase is None:
            continue
        at = bisect_left(named, phrase.end(), key=_MENTION_START)
        if at < len(named) and named[at].start == phrase.end() and named[at].kind not in (PERSON, STATE):
            bodies.append(named[at])
    return bodies


# Between "signed for" and the side: a determiner and two words at most ("for the royalist Front").
_SIDE_GAP = re.compile(r"(?:(?:the|its|his|her|their)\s+)?(?:[\w'’-]+\s+){0,2}")


def _signed_for(text: str, s: int, verb: int, start: int, e: int, named: Sequence[ActorMention]) -> list[ActorMention]:
    """The signatory who opens the sentence [s, e) before its `signing_for` phrase [verb, start) and the side it
    signed for, the first actor after the phrase ("Foreign Minister A signed for Ostrand")."""
    subjects = [m for m in sentence_subjects(text[s:verb], actors_within(named, s, verb), s) if m.kind == PERSON]
    if (
        not subjects
        or not _by_title(text[s : subjects[0].start])
        or not _SIGNATORY_GAP.fullmatch(text, subjects[-1].end, verb)
    ):
        return []
    after = actors_within(named, start, e)
    if after and _SIDE_GAP.fullmatch(text, start, after[0].start):
        return [*subjects, after[0]]
    return list(subjects)


def _witness_run(text: str, start: int, end: int, named: Sequence[ActorMention]) -> list[ActorMention]:
    """The actors of the list that opens at `start` (right after a `witnesses` phrase), up to `end`: the first
    after at most a title, then each joined to the one before by a comma, "and" or "as well as" and a title,
    or by a title alone (a state owning a person's title: "the Emir of Ostrand, A", "the Chadian president
    A")."""
    after = actors_within(named, start, end)
    if not after or not _by_title(text[start : after[0].start]):
        return []
    run = [after[0]]
    for mention in after[1:]:
        gap = text[run[-1].end : mention.start]
        joined = _WITNESS_JOINED.match(gap)
        if (joined is not None and _by_title(gap[joined.end() :])) or _owner_and_title(gap):
            run.append(mention)
        else:
            break
    return run


# Before the bodies or states that sent witnesses: "representatives of", "envoys from" (a title's plural, then
# "of"/"from" and "the" at most).
_REPRESENTED = re.compile(r"(?:an?\s+|the\s+)?([\w-]+)\s+(?:of|from)\s+(?:the\s+)?")
# Between two of them: a comma, "and" or "as well as", and "the" at most ("of the OAU and the UN").
_REPRESENTED_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+(?:and|as\s+well\s+as)\s+)(?:the\s+)?")


def _represented(text: str, start: int, end: int, named: Sequence[ActorMention]) -> list[ActorMention]:
    """The bodies and states whose envoys witnessed an agreement, listed right after a `witnesses` phrase
    ("witnessed by representatives of the Ostrand Union and the UN"): they took part through them, as the
    annotators list them.  People are read by `_witness_run`."""
    opening = _REPRESENTED.match(text, start, end)
    if opening is None:
        return []
    word = opening[1].lower()
    if not (word.endswith("s") and word[:-1] in title_words()):
        return []
    after = actors_within(named, opening.end(), end)
    if not after or after[0].start != opening.end() or after[0].kind == PERSON:
        return []
    run = [after[0]]
    for mention in after[1:]:
        joined = _REPRESENTED_JOINED.fullmatch(text, run[-1].end, mention.start)
        if joined is None or mention.kind == PERSON:
            break
        run.append(mention)
    return run


def lead_persons(around: Around, passage: DatedPassage, walked: Sequence[tuple[int, int]]) -> Actors:
    """(canonical, kind) of the people who are the subject of the sentence right after the document's first
    dated passage [start, end), when that passage speaks of an agreement (an `event_words` word or an
    `event` noun) and that sentence dates nothing of its own: a news lead tells the happening, its next
    sentence who took part ("Kyrgyzstan and Tajikistan agreed a ceasefire on Friday.  Presidents A and B
    met in Samarkand and agreed ...").  Not when they only speak (a `speech` verb right after them: "A said
    the deal was signed in haste")."""
    anaphors, text, speech = around.anaphors, around.text, around.speech
    if anaphors.event_words is None or not anaphors.event_words.search(text, passage.start, passage.end) or not walked:
        return ()
    s, e = walked[0]
    subjects = [m for m in sentence_subjects(text[s:e], actors_within(around.named, s, e), s) if m.kind == PERSON]
    # the subject opens the sentence, after nothing but its title ("Kyrgyz President A"), not "in the
    # presence of A"
    if not subjects or not _by_title(text[s : subjects[0].start]):
        return ()
    said = speech.search(text, subjects[-1].end, e) if speech is not None else None
    if said is not None and _SPEAKER_GAP.fullmatch(text, subjects[-1].end, said.start()):
        return ()
    return unique_actors(subjects)


# Between two people whom a lead's actor met: a comma, "and" or "as well as", after an aside about the first one at
# most ("A, head of the council (PC), as well as Interior Minister B and Foreign Minister C"), then a title: a witness
# list's joint, with "with" after it ("met A and with B").
_COUNTERPART_JOINED = re.compile(_WITNESS_JOINED.pattern + r"(?:with\s+)?")
_COUNTERPART_ASIDE = re.compile(r"\s*,[^,;:\"“”]{1,100},")


def lead_counterparts(around: Around, passage: DatedPassage, walked: Sequence[tuple[int, int]]) -> Actors:
    """(canonical, kind) of the people whom the actor of the document's first dated passage [start, end) met, named
    after a `counterparts` phrase in the sentence right after it when that sentence dates nothing of its own: a
    lead tells the visit or the announcement, its next sentence whom it was made with ("An Ostrand delegation
    arrived in Port Amsel on Sunday.  The delegation met Prime Minister A, as well as B and C"; "..., announced on
    Saturday.  It was announced at a joint news conference with A and B").  Only people: a body in the list is
    the one a person heads."""
    anaphors, text, named = around.anaphors, around.text, around.named
    if anaphors.counterparts is None or not walked:
        return ()
    s, e = walked[0]
    found: list[ActorMention] = []
    for phrase in anaphors.counterparts.finditer(text, s, e):
        met = _counterpart_run(text, phrase.end(), e, named)
        if met:
            # and who met them, when people open the sentence right before the phrase ("A and Defence Minister B
            # met C"): the lead's actors, named here, took part as much
            run = _counterpart_run(text, s, phrase.start(), named)
            if run and _SUBJECT_GAP.fullmatch(text, run[-1].end, phrase.start()):
                found += run
        found += met
    return unique_actors(found)


# Between the last of the people who open a sentence and its `counterparts` phrase: a space, or an aside between commas
# ("A, head of the council, met B").
_SUBJECT_GAP = re.compile(r"(?:\s*,[^,;:\"“”]{1,100},)?\s+")


def _counterpart_run(text: str, start: int, end: int, named: Sequence[ActorMention]) -> list[ActorMention]:
    """The people of the list that opens at `start` up to `end`: the first after at most a title, then each joined
    to the one before by a comma, "and" or "as well as" and a title, past an aside about the one before."""
    persons = [m for m in actors_within(named, start, end) if m.kind == PERSON]
    # the first one's title may stand in apposition before the name ("chaired by the Special Representative of the
    # Secretary-General, A")
    if not persons or not (_by_title(text[start : persons[0].start]) or _apposed_title(text[start : persons[0].start])):
        return []
    run = [persons[0]]
    for mention in persons[1:]:
        if not any(_counterpart_joined(text, after, mention.start) for after in _past_aside(text, run[-1].end)):
            break
        run.append(mention)
    return run


def _past_aside(text: str, end: int) -> tuple[int, ...]:
    """Where a list may go on after a person ending at `end`: right there, or past an aside between commas."""
    aside = _COUNTERPART_ASIDE.match(text, end)
    return (end,) if aside is None else (end, aside.end())


def _counterpart_joined(text: str, start: int, end: int) -> bool:
    joined = _COUNTERPART_JOINED.match(text, start, end)
    return joined is not None and _by_title(text[joined.end() : end])


def lead_participants(around: Around, passage: DatedPassage, walked: Sequence[tuple[int, int]]) -> Actors:
    """(canonical, kind) of every person named in the WITNESS_SENTENCES sentences right after the document's first
    dated passage [start, end), when that passage tells of an agreement, in those of the sentences that tell of
    signing or agreeing (an `agreed` word), up to the first that dates a happening of its own: a lead tells the
    signing, the sentences after it who signed, mediated and looked on, in any form ("The accord was agreed after
    talks mediated by A"), past the forms `lead_witnesses` reads.  People only: a state or a body named there is as
    often where the talks were held or who welcomed them (states and bodies took away more right actors than they
    gave on the study sets, session 21).  Nobody when the lead's sentence dates two things: which one they took
    part in is not said.  Not who only speaks of it (a `speech` verb right after the person: "A said the deal was
    signed in haste"), as for `lead_persons`.  (`walked`: those sentences: `WITNESS_WALK`.)"""
    anaphors, text, sentences, dated = around.anaphors, around.text, around.sentences, around.lead_dated
    if anaphors.agreed is None or not anaphors.agreed.search(text, passage.start, passage.end):
        return ()
    here = bisect_right(sentences, dated[0], key=_FIRST) - 1
    if here >= 0 and len(dated) > 1 and dated[1] < sentences[here][1]:
        return ()
    found: list[ActorMention] = []
    for s, e in walked:
        if anaphors.agreed.search(text, s, e):
            found += [
                m
                for m in actors_within(around.named, s, e)
                if m.kind == PERSON and not _speaks(text, m.end, e, around.speech)
            ]
    return unique_actors(found)


def _speaks(text: str, end: int, e: int, speech: re.Pattern[str] | None) -> bool:
    """Whether a speech verb follows a person ending at `end` (before `e`), past an aside at most ("A, the head of
    the mission, said")."""
    said = speech.search(text, end, e) if speech is not None else None
    return said is not None and _SPEAKER_GAP.fullmatch(text, end, said.start()) is not None


# How far the gathering a `chairing` verb governs may stand after it ("co-chaired the two-day meeting").
_CHAIRED_REACH = 40


def gathering_chairs(around: Around, passage: DatedPassage, walked: Sequence[tuple[int, int]]) -> Actors:
    """(canonical, kind) of the people who chaired or led the gathering the passage [start, end) tells of (a
    `gathering` word: "met", "talks", "the conference"), named in the sentence right after it when that sentence
    dates nothing of its own (`walked`: `NEXT_SENTENCE`) and speaks of the gathering too, and no other date stands
    between (`date_at`: where the passage's date starts, `date_starts`: every event's, sorted; of a sentence that
    dates two, the last one's: "talks with A's delegation on Sunday and B's on Monday.  B's team was led by C" is
    Monday's): as the subject of a `chairing` verb whose object is the gathering ("... met in Lima on Sunday.  A and
    B co-chaired the meeting"), or after a `chaired_by` phrase that follows the gathering's word ("The Ostrand team
    was led by A and B").  A news story tells the meeting first, who sat at its head next.  Only people: a state or
    a body named there is as often a member."""
    anaphors, text, named = around.anaphors, around.text, around.named
    if anaphors.gathering is None or (anaphors.chairing is None and anaphors.chaired_by is None) or not walked:
        return ()
    s, e = walked[0]
    lowered = text[s:e].lower()
    if not any(word in lowered for word in anaphors.chair_words):
        return ()  # most sentences name no chair: the patterns below are not tried
    if not anaphors.gathering.search(text, passage.start, passage.end):
        return ()
    date_starts = around.date_starts
    if bisect_right(date_starts, passage.date_at) < bisect_left(date_starts, s):
        return ()  # another date stands between: the sentence after speaks of that one's gathering
    noun = anaphors.gathering.search(text, s, e)
    if noun is None:
        return ()
    found: list[ActorMention] = []
    if anaphors.chairing is not None:
        for verb in anaphors.chairing.finditer(text, s, e):
            if not anaphors.gathering.search(text, verb.end(), min(e, verb.end() + _CHAIRED_REACH)):
                continue  # "A chaired the party for years": not this gathering
            subjects = sentence_subjects(text[s : verb.start()], actors_within(named, s, verb.start()), s)
            if subjects and _SIGNATORY_GAP.fullmatch(text, subjects[-1].end, verb.start()):
                found += [m for m in subjects if m.kind == PERSON]
    bodies: list[ActorMention] = []
    if anaphors.chaired_by is not None:
        for phrase in anaphors.chaired_by.finditer(text, noun.end(), e):
            run = _counterpart_run(text, phrase.end(), e, named)
            found += run
            # and the body one of them chairs ("in the presence of A, whose country chairs the Krell League")
            bodies += chaired_bodies(text, [m for m in run if m.kind == PERSON], named, anaphors.chair_of)
    return unique_actors([*found, *bodies])


def _taking_part(
    mentions: Sequence[ActorMention], text: str, s: int, e: int, speech: re.Pattern[str] | None
) -> list[ActorMention]:
    """The people of `mentions` (in the sentence [s, e)) who take part in what it tells: not who only speaks ("A
    said") nor whom someone came on behalf of."""
    return [
        m
        for m in mentions
        if m.kind == PERSON and not _speaks(text, m.end, e, speech) and not _ON_BEHALF_OF.search(text, s, m.start)
    ]


def continuing_participants(around: Around, passage: DatedPassage, walked: Sequence[tuple[int, int]]) -> Actors:
    """(canonical, kind) of the people named in the undated sentences that continue the dated passage [start, end)'s
    happening: up to CONTINUING_SENTENCES sentences after it, before the next that dates anything
    (`CONTINUING_WALK`: a year modifying a noun too, "a 2008 treaty signed by A" is another happening), those that
    hold a `role` phrase of `data/en/continuation.txt` ("The meeting was hosted by A", "B's
    delegation was led by C", "D facilitated the talks") and speak of the happening too (a `gathering` or
    `event_words` word: "The envoys later attended a dinner" tells of another).  Only when the passage tells of a
    gathering or an agreement (such a word) and its date (starting at `date_at`; `date_starts`: every
    event's, sorted) is the only one of its sentence or the first after that word.  People only, as for
    `lead_participants`: states and bodies named there are as often where it was held or whose official came
    (measured: every kind but states cost set 6 0.013 of its actor precision), but for the side named after a
    `signing_for` phrase, of any kind ("A signed for the Front, B for Ostrand": `_sides_signed_for`).  Not who only
    speaks ("A said")."""
    anaphors, text, named, folded, speech = around.anaphors, around.text, around.named, around.folded, around.speech
    start, end = passage.start, passage.end
    if anaphors.continuing is None:
        return ()
    going_on: list[tuple[int, int]] = []
    for s, e in walked:
        held = around.holds_role.get(s)
        if held is None:
            # most sentences hold no role word: the pattern is not tried on them
            words = folded[s:e]
            held = not anaphors.role_words.isdisjoint(words.split())
            held = held and anaphors.continuing.search(words) is not None
            # and it speaks of the happening (a gathering's or an agreement's word): "The envoys later attended a
            # dinner" tells of another
            held = held and (
                (anaphors.gathering is not None and anaphors.gathering.search(text, s, e) is not None)
                or (anaphors.event_words is not None and anaphors.event_words.search(text, s, e) is not None)
                or (anaphors.elided is not None and anaphors.elided.search(words) is not None)
            )
            around.holds_role[s] = held
        if held:
            going_on.append((s, e))
    before = _told_before(start, passage.index, named, around.sentences, text, anaphors, speech, folded)
    if not going_on and not before:
        return ()
    if not (
        (anaphors.gathering is not None and anaphors.gathering.search(text, start, end))
        or (anaphors.agreed is not None and anaphors.agreed.search(text, start, end))
    ):
        return ()
    if not _first_after_happening(passage.date_at, around.sentences, around.date_starts, text, anaphors):
        return ()  # of a sentence dating two things, the sentences after go on with the other one's happening
    found: list[ActorMention] = []
    for s, e in going_on:
        inside = actors_within(named, s, e)
        found += _taking_part(inside, text, s, e, speech)
        found += _opening_agent(text, s, e, inside, anaphors, folded)
        if anaphors.signing_for is not None:
            for phrase in anaphors.signing_for.finditer(text, s, e):
                found += _sides_signed_for(text, phrase.end(), e, inside)
    return unique_actors(before + found)


# After the side one signatory signed for, the next signatory's side with the verb left out ("A signed for the
# Front, B for the League and C for Ostrand"): a comma or "and", the signatory's name and title (capitalised
# words: not "and the talks resumed for"), then "for".
_NEXT_SIDE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:[A-Z][\w.'’-]*\s+){1,6}for\s+")


def _sides_signed_for(text: str, start: int, e: int, inside: Sequence[ActorMention]) -> list[ActorMention]:
    """The side named right after a `signing_for` phrase ending at `start` (a determiner and two words at most
    before it: "signed for the royalist Front"), and the sides of the signatories listed after it with the verb
    left out, up to `e`: a side of any kind took part through its signatory, whether or not the signatory is
    recognised ("Khan Tal signed for the Front, Ris Oba for the League")."""
    sides: list[ActorMention] = []
    at = start
    while True:
        after = [m for m in inside if m.start >= at]
        if not after or not _SIDE_GAP.fullmatch(text, at, after[0].start):
            return sides
        sides.append(after[0])
        joined = _NEXT_SIDE.match(text, after[0].end, e)
        if joined is None:
            return sides
        at = joined.end()


# How far before a date an aside that holds it may open (", which has accompanied the talks since they began in").
_ASIDE_REACH = 150
# Where an aside ends after its date: the next comma or sentence end.
_ASIDE_END = re.compile(r"[,.;:!?]|$")


def aside_date(text: str, folded: str, start: int, end: int, anaphors: PartyAnaphors) -> bool:
    """Whether the date [start, end) of `text` stands in an aside that a `relative` word of continuation.txt opens
    after a comma ("The accord was signed by A and B, envoys of the Krell League, which has backed the talks since
    they began in 2029"), an aside that names no `role` phrase: it tells of the thing it describes, so its sentence
    still goes on with the happening dated before (`continuing_participants`).  Not when the aside says who took
    part in its own happening ("Tarnia, which hosted talks in 2029": that happening's host)."""
    if anaphors.relative is None or anaphors.continuing is None:
        return False
    aside = anaphors.relative.search(text, max(0, start - _ASIDE_REACH), start)
    if aside is None:
        return False
    close = _ASIDE_END.search(text, end)
    return anaphors.continuing.search(folded, aside.start(), close.start() if close else len(text)) is None


def _told_before(
    start: int,
    index: int,
    named: Sequence[ActorMention],
    sentences: Sequence[tuple[int, int]],
    text: str,
    anaphors: PartyAnaphors,
    speech: re.Pattern[str] | None,
    folded: str | None,
) -> list[ActorMention]:
    """The people named in the sentence before the one of the dated passage starting at `start` (`index`: the
    first sentence after the passage), when the passage's sentence opens on a `definite` word and a `gathering`
    word ("The conference, held on 4 May, ...") and the sentence before names that same gathering with a `role`
    phrase ("A conference in Port Amsel, attended by A and B, urged ..."): a story may name who came before it
    dates the gathering.  That sentence may date something of its own; not who only speaks of it, nor whom someone
    came on behalf of."""
    if anaphors.definite is None or anaphors.gathering is None or anaphors.continuing is None or index < 2:
        return []
    s, e = sentences[index - 1]
    if not s <= start < e:
        return []
    opening = anaphors.definite.match(text, s, e)
    noun = anaphors.gathering.match(text, opening.end(), e) if opening is not None else None
    if noun is None:
        return []
    ps, pe = sentences[index - 2]
    words = folded[ps:pe] if folded is not None else fold(text[ps:pe])
    if anaphors.continuing.search(words) is None:
        return []
    if re.search(rf"\b{re.escape(fold(noun.group()))}\b", words) is None:
        return []  # the sentence before speaks of another happening
    return _taking_part(actors_within(named, ps, pe), text, ps, pe, speech)


# A state's possessive and the lower-case words of the title it owns ("Brazil's special adviser ").
_OWNS_TITLE = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){1,4}")
# How far into its sentence a body or group may open it (after "The", a quotation mark).
_OPENING_REACH = 4


def _opening_agent(
    text: str, s: int, e: int, inside: Sequence[ActorMention], anaphors: PartyAnaphors, folded: str | None
) -> list[ActorMention]:
    """The body or armed group that opens the sentence [s, e) as the subject of one of its active role phrases (not
    one ending in "by"): "The Krell Liberation Front (KLF), the group led by A, sent a delegation to the talks"; a
    state only through the person whose lower-case title it owns ("Paraguay's special envoy A attended on behalf
    of ...").  A state opening such a sentence otherwise is as often where the talks were held (measured on the
    dev halves: any opening state gave 4 right actors and 5 wrong; with a capitalised title 1 more wrong, none
    right); bodies after "by" gave 3 wrong and none right."""
    if not inside or inside[0].kind == PERSON or inside[0].start - s > _OPENING_REACH:
        return []
    if inside[0].kind == "state" and not (
        len(inside) > 1 and inside[1].kind == PERSON and _OWNS_TITLE.fullmatch(text, inside[0].end, inside[1].start)
    ):
        return []
    words = folded[s:e] if folded is not None else fold(text[s:e])
    first = inside[0]
    for match in anaphors.continuing.finditer(words, first.end - s):
        if not match.group().endswith(" by"):
            return [first]
    return []


# Before a person who did not come but sent someone ("B attended on behalf of President C"): C is represented.
_ON_BEHALF_OF = re.compile(r"\bon\s+behalf\s+of\s+(?:[A-Z][\w.-]*\s+){0,3}$")


def _sentence_dates(
    date_at: int, sentences: Sequence[tuple[int, int]], date_starts: Sequence[int]
) -> tuple[int, int, int, int] | None:
    """The sentence [s, e) holding the date starting at `date_at`, with the range [first, last) of `date_starts`
    (every event's date start, sorted) inside it; None before the first sentence."""
    here = bisect_right(sentences, date_at, key=_FIRST) - 1
    if here < 0:
        return None
    s, e = sentences[here]
    return s, e, bisect_left(date_starts, s), bisect_left(date_starts, e)


def _first_after_happening(
    date_at: int, sentences: Sequence[tuple[int, int]], date_starts: Sequence[int], text: str, anaphors: PartyAnaphors
) -> bool:
    """Whether the date starting at `date_at` is the only one of its sentence, or the first after the sentence's
    first word of a gathering or an agreement ("agreed on a swap during talks on May 16, the first since 2022":
    May 16's; "the separatists who seized Aden in August signed a deal on Tuesday": Tuesday's)."""
    dated = _sentence_dates(date_at, sentences, date_starts)
    if dated is None:
        return True
    s, e, first, last = dated
    if last - first <= 1:
        return True
    words = [
        m.start()
        for pattern in (anaphors.gathering, anaphors.agreed)
        if pattern is not None and (m := pattern.search(text, s, e)) is not None
    ]
    if not words:
        return False
    after = bisect_right(date_starts, min(words), first, last)
    return after < last and date_starts[after] == date_at


def load_lead_reach(path: str | os.PathLike[str] = LEAD_REACH) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The `form` phrases and the definite `noun`s of `lead_reach.txt`, as patterns over folded (lower-case)
    text."""
    rows = read_rule_file(path, columns=2).rows
    unknown = {k for _, k in rows} - {"form", "noun"}
    if unknown:
        raise DataFileError(f"{path}: kind {sorted(unknown)[0]!r} is none of form, noun")

    def alternatives(kind: str) -> str:
        phrases = sorted((p.lower() for p, k in rows if k == kind), key=len, reverse=True)
        return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) or "(?!)"

    # the sentence opens on the happening: "the" and at most two words before the noun ("The signing ceremony
    # was attended by"), or on a form that holds it ("Among the signatories were"); further in, the noun is as
    # often another happening's ("A attended the Berlin meeting", "the body chaired by B": measured, session 26)
    return (
        re.compile(rf"\b(?:{alternatives('form')})\b"),
        re.compile(
            rf"\W{{0,3}}(?:the\s+(?:[\w-]+\s+){{0,2}}(?:{alternatives('noun')})\b|(?:{alternatives('form')})\b)"
        ),
    )


def load_restated(
    path: str | os.PathLike[str] = RESTATED_HAPPENING,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The `restating` words (whole words, any case), the `present` phrases (ending their sentence: nothing but
    closing punctuation after) and the `chair_of` phrases (right after a comma, "the" and one word of rank at most
    before them, "the" and one lowercase word at most after: ", the current chairman of the regional ") of
    `restated_happening.txt`."""
    rows = read_rule_file(path, columns=2).rows
    unknown = {k for _, k in rows} - {"restating", "present", "chair_of"}
    if unknown:
        raise DataFileError(f"{path}: kind {sorted(unknown)[0]!r} is none of restating, present, chair_of")

    def alternatives(kind: str) -> str:
        phrases = sorted((p for p, k in rows if k == kind), key=len, reverse=True)
        return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) or "(?!)"

    return (
        re.compile(rf"(?i)\b(?:{alternatives('restating')})\b"),
        re.compile(rf"(?i)\b(?:{alternatives('present')})[\s.!\"”’']*$"),
        re.compile(rf"\s*,\s*(?:the\s+)?(?:[a-z]+\s+)?(?:{alternatives('chair_of')})\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?"),
    )


def lead_reach(around: Around, passage: DatedPassage, walked: Sequence[tuple[int, int]]) -> Actors:
    """(canonical, kind) of the people named in an undated sentence up to READ_SENTENCES after the lead [start,
    end) that holds a `form` phrase of `lead_reach.txt` and "the" with a `noun` of it ("Among the signatories were
    A and B", "The conference was co-chaired by C"): sentences dating some background may stand between
    (`REACH_WALK`: passed over, those dated only in an aside read).  Only when the lead tells of a gathering or an
    agreement; not who only speaks, nor whom someone came on behalf of."""
    anaphors, text, folded, start, end = around.anaphors, around.text, around.folded, passage.start, passage.end
    if not (
        (anaphors.gathering is not None and anaphors.gathering.search(text, start, end))
        or (anaphors.agreed is not None and anaphors.agreed.search(text, start, end))
    ):
        return ()
    form, noun = anaphors.reach_form, anaphors.reach_opening
    if form is None or noun is None:
        return ()
    found: list[ActorMention] = []
    for s, e in walked:
        if noun.match(folded, s, e) is None or form.search(folded, s, e) is None:
            continue
        found += _taking_part(actors_within(around.named, s, e), text, s, e, around.speech)
    return unique_actors(found)


def restated_participants(around: Around, passage: DatedPassage, walked: Sequence[tuple[int, int]]) -> Actors:
    """(canonical, kind) of who took part in the signing or the gathering the document's lead [start, end) tells of,
    named in an undated sentence further on that tells it again (`data/en/restated_happening.txt`): past the sentence
    right after the lead (`agents_after` reads that one), a sentence holding a `restating` word, as the lead does, that
    opens on the signing by reference and says who made it ("The accord was also signed by A"), or, past the sentences
    `continuing_participants` reads, names who signed for whom ("General B signed for the Front, C for Ostrand"); and,
    when the lead tells of an agreement or a gathering, a sentence among the CONTINUING_SENTENCES first that ends on a
    `present` phrase after the people who open it ("D and E, two rivals of F, attended.").  Nobody when the lead's
    sentence dates two things or more: which one they took part in is not said.  (`walked`: up to READ_SENTENCES
    undated sentences, a date in an aside passed over: `RESTATED_WALK`.)"""
    anaphors, text, named = around.anaphors, around.text, around.named
    if anaphors.restating is None or not walked:
        return ()
    dated = _sentence_dates(passage.date_at, around.sentences, around.date_starts)
    if dated is not None and dated[3] - dated[2] > 1:
        return ()
    found: list[tuple[str, str]] = []
    if anaphors.restating.search(text, passage.start, passage.end):
        for at, (s, e) in enumerate(walked[1:], start=1):
            if anaphors.restating.search(text, s, e) is None:
                continue
            if _told_by_reference(text[s:e], anaphors):
                found += agents_after(around, passage, [(s, e)])
            # `continuing_participants` reads the sides signed for in the sentences of its own walk
            if anaphors.signing_for is not None and at >= CONTINUING_SENTENCES:
                inside = actors_within(named, s, e)
                for phrase in anaphors.signing_for.finditer(text, s, e):
                    found += unique_actors(_signed_for(text, s, phrase.start(), phrase.end(), e, named))
                    found += unique_actors(_sides_signed_for(text, phrase.end(), e, inside))
    if anaphors.present is not None and (
        (anaphors.agreed is not None and anaphors.agreed.search(text, passage.start, passage.end))
        or (anaphors.gathering is not None and anaphors.gathering.search(text, passage.start, passage.end))
    ):
        # beyond the sentences that may go on with a happening (CONTINUING_SENTENCES), a story has moved on: who
        # "attended." there attended something else
        for s, e in walked[:CONTINUING_SENTENCES]:
            phrase = anaphors.present.search(text, s, e)
            if phrase is not None:
                found += unique_actors(_counterpart_run(text, s, phrase.start(), named))
    return tuple(dict.fromkeys(found))


def _told_by_reference(sentence: str, anaphors: PartyAnaphors) -> bool:
    """Whether `sentence` opens on the happening told before, named by reference: "It was", or a `definite` word and
    an `event` noun, or a named agreement ("The accord was also signed by A", "The Lima Agreement on Peace was also
    signed by A"); not a happening of its own ("A first truce was signed by A", "The Front signed a separate
    accord")."""
    if _IT_PASSIVE.match(sentence):
        return True
    if anaphors.definite is None or anaphors.definite.match(sentence) is None or not may_open_event(sentence, anaphors):
        return False
    return any(
        pattern is not None and pattern.match(sentence) is not None
        for pattern in (anaphors.event, anaphors.complemented_event)
    )


# The undated sentences after a lead that may tell its signing again: READ_SENTENCES, up to the first that dates a
# happening of its own (a date in an aside passed over).
RESTATED_WALK = SentenceWalk(READ_SENTENCES, going=True)


# The readers of who took part in a dated passage's happening from the undated sentences after it, in the order their
# findings are added (each adds only who the passage and the readers before it have not named): a new rule of this
# kind is one reader and one line here, its walk one of the walks above (or a new `SentenceWalk`).
PARTICIPANT_READERS: tuple[ParticipantReader, ...] = (
    # "... signed on 3 May.  The deal was signed by A and B": who made it, told in the next sentence
    ParticipantReader(agents_after, NEXT_SENTENCE, makers=True),
    # the people a lead's next sentence names as its subject took part in the lead's happening
    ParticipantReader(lead_persons, NEXT_SENTENCE, lead=True),
    # and the people who witnessed it, named in the sentences after a lead
    ParticipantReader(lead_witnesses, WITNESS_WALK, lead=True),
    # and the people its actor met, named in the sentence after a lead ("The delegation met A and B")
    ParticipantReader(lead_counterparts, NEXT_SENTENCE, lead=True),
    # and every person the sentences after a lead name where they tell of its signing or agreeing
    ParticipantReader(lead_participants, WITNESS_WALK, lead=True),
    # and who chaired or led the gathering it tells of, named in the sentence after it
    ParticipantReader(gathering_chairs, NEXT_SENTENCE),
    # and who took part in it, named where the undated sentences after it go on with it ("The meeting was hosted by
    # A"), up to the next sentence dating anything
    ParticipantReader(continuing_participants, CONTINUING_WALK),
    # and who signed, chaired or attended it, named with such a phrase and the happening's noun in an undated
    # sentence further on, past sentences dating its background ("Among the signatories were A")
    ParticipantReader(lead_reach, REACH_WALK, lead=True),
    # and who signed or was present, named in an undated sentence further on that tells the lead's signing again
    ParticipantReader(restated_participants, RESTATED_WALK, lead=True),
)


def participants_after(
    around: Around, start: int, end: int, date_at: int, readers: Sequence[ParticipantReader] = PARTICIPANT_READERS
) -> list[tuple[ParticipantReader, Actors]]:
    """Each reader's findings for the dated passage [start, end) whose date starts at `date_at`, in the readers'
    order: the lead's readers only for the document's lead.  Each walk is made once for the readers that share it
    (one search for the sentence after the passage, one test of each sentence's dates), not once a reader."""
    passage = DatedPassage(start, end, date_at, bisect_left(around.sentences, end, key=_FIRST))
    lead = bool(around.lead_dated) and start <= around.lead_dated[0] < end
    walks: dict[SentenceWalk, list[tuple[int, int]]] = {}
    found: list[tuple[ParticipantReader, Actors]] = []
    for reader in readers:
        if reader.lead and not lead:
            continue
        walked = walks.get(reader.walk)
        if walked is None:
            walked = walks[reader.walk] = _walked(around, passage, reader.walk)
        found.append((reader, reader.read(around, passage, walked)))
    return found
