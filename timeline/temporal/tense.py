"""Which way a date expression points: past, future or present, read from its clause.

"elections in December" is the coming December in "will hold elections in
December" and the last one in "held elections in December".  Each rule is a
small named function so that it can be tested and reasoned about alone.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from typing import Literal

from timeline.text.segment import clause_bounds, literal_first

Tense = Literal["past", "future", "present", "unknown"]


@dataclass(frozen=True, eq=False)
class TenseMarkers:
    """The English words tense is read from (tense_markers.yaml).  Compared by identity, so that the
    marker cache never mixes the readings of two different sets."""

    future_words: frozenset[str]
    future_auxiliaries: frozenset[str]
    reported: re.Pattern[str]
    future_before_to: frozenset[str]
    future_after_to: frozenset[str]
    modals: frozenset[str]
    plan_prepositions: frozenset[str]
    not_a_verb_after_to: frozenset[str]
    past_words: frozenset[str]
    # Pasts spelt as their present ("shut", "cut", "put"), and the words that make them a bare verb ("to", "could").
    bare_past_words: frozenset[str]
    bare_verb_leads: frozenset[str]
    ed_not_verb: frozenset[str]
    present: re.Pattern[str]
    # Prepositions that put the date after the clause's own time ("until December elections").
    forward_cue: re.Pattern[str]
    # A future told from now ("will", "is due"): in a sentence holding one, a date told as future bounds an undated
    # report's publication (`estimate.estimate_publication`).
    future_from_now: re.Pattern[str] = re.compile(r"(?!)")
    # Words of `ed_not_verb` read as a clause's past verb in the marker scan when a word other than a determiner
    # stands before them ("the envoy proposed a truce on 30 December"; not "Proposed talks ...", "the proposed talks").
    ed_verb_after_subject: frozenset[str] = frozenset()
    # "the vote scheduled for 3 April had been postponed": a plan participle without a head of its own,
    # before a past perfect, tells a past plan.
    plan_participles: frozenset[str] = frozenset()
    plan_participle_heads: frozenset[str] = frozenset()
    # "is expected in Tripoli on Thursday": after a present copula and before a plan preposition, a plan.
    present_plan_participles: frozenset[str] = frozenset()
    # "set by the council", "set in Paris": after "set" (not "due"), the setting itself, no plan.
    setting_prepositions: frozenset[str] = frozenset()
    # "set by the forum for 24 December": after the setting's agent, the plan it sets.
    setting_plan_prepositions: frozenset[str] = frozenset()
    present_copulas: frozenset[str] = frozenset()
    # "due back in Vessa on Thursday": after "due", adverbs of a return that stand before its plan preposition.
    due_adverbs: frozenset[str] = frozenset()
    # "may meet on Tuesday": auxiliaries of a future that are also names ("May"), read only as written in lower case.
    lower_case_auxiliaries: frozenset[str] = frozenset()
    # Words opening a clause of time or cause after a plan participle: its past is not the plan's.
    plan_clause_openers: frozenset[str] = frozenset()
    perfect_heads: frozenset[str] = frozenset()
    perfect_adverbs: frozenset[str] = frozenset()
    # Past verbs that report the plan rather than end it ("the vote scheduled for 3 April, officials said,
    # will go ahead"): they do not make the plan a past one.
    reporting_verbs: frozenset[str] = frozenset()
    # A chain of a verb's adjuncts up to the date ("with the Kessa government on "), tense_markers.yaml's
    # adjunct_prepositions opening it.
    adjunct_chain: re.Pattern[str] = re.compile(r"(?!)")
    plan_adverbs: frozenset[str] = frozenset()
    # "was postponed to": a plan moved to the date that follows.
    reschedule: re.Pattern[str] = re.compile(r"(?!)")
    reschedule_last: frozenset[str] = frozenset()
    # "proposed postponing the election by a month, to Jan. 24": a verb moving a plan, its object, then the date.
    reschedule_object: re.Pattern[str] = re.compile(r"(?!)")
    # A subordinate clause opening after the date: its verb is not the date's.
    subordinator: re.Pattern[str] = re.compile(r"(?!)")
    # Words opening a complement clause ("showed that ..."), whose own verb dates what it holds.
    complementizer: re.Pattern[str] = re.compile(r"(?!)")
    # A day that is the subject it describes ("Today is a historic day", "Today marks ten years since"):
    # matched right after the day's expression.
    day_subject: re.Pattern[str] = re.compile(r"(?!)")
    # A present of state right after a bare "today" that follows its subject ("Libya today has two parliaments",
    # "the country today is a patchwork"): "nowadays", no happening; not a participle, a plan or a negation after
    # the verb ("today has signed", "today is expected to").
    state_today: re.Pattern[str] = re.compile(r"(?!)")
    # A photo caption's opening ("[Image:", "Photo:"): what it shows is past.
    caption: re.Pattern[str] = re.compile(r"(?!)")
    # Past verbs of a commitment before "to" and a verb ("agreed to withdraw by 30 May"): the infinitive's
    # time lies after the commitment's, a future told from a past reporting time, like "would".
    past_plan_verbs: frozenset[str] = frozenset()
    # Verbs that, like "be", join a modal to a participle ("would remain closed", "will stay shut"): the group
    # ends on the participle, which is no past tense.
    modal_copulas: frozenset[str] = frozenset()
    # Past verbs of asking someone to act ("urged the parties to stick to the date"): the infinitive after their
    # object is a future told from the request.
    directive_verbs: frozenset[str] = frozenset()
    # Past verbs of beginning or trying ("began to be dismantled in April"): the infinitive shares their past.
    aspect_verbs: frozenset[str] = frozenset()
    # Past verbs of going somewhere ("flew to Oskar to meet the general on Friday"): a purpose infinitive after
    # them lies near the trip, on either side of publication.
    purpose_verbs: frozenset[str] = frozenset()
    # Verbs of wanting whose object a participle follows ("want the road reopened by Friday"): the participle tells
    # a state wished for, ahead of the wish, no past.
    wish_verbs: frozenset[str] = frozenset()
    # Prepositions that put the date before the clause's time ("deployed since January must go"): a past.
    backward_cue: re.Pattern[str] = re.compile(r"(?!)")
    # ... at the start of the expression itself, when its match holds the preposition ("since January").
    backward_lead: re.Pattern[str] = re.compile(r"(?!)")
    # Words that deny a verb ("did not respond", "will never sign"): a day only that verb dates is no happening.
    negations: frozenset[str] = frozenset()
    # The speaker's own pronouns: a quoted "Tomorrow we ..." opening a sentence of the quotation.
    speaker_pronouns: frozenset[str] = frozenset()
    # The verbs after such a pronoun that state rather than do ('"Today we have a deal"', '"Today we are
    # here"'): after any other ('"Today we turn the page"') the speaker tells the act the report is about.
    speaker_states: frozenset[str] = frozenset()
    # Modals of obligation or expectation: a quoted "tomorrow" in their sentence exhorts, it schedules nothing.
    exhortation_modals: frozenset[str] = frozenset()
    # Verbs that do the act by saying it ("declares a truce"): a quoted "today" with one dates that act.
    performative_verbs: frozenset[str] = frozenset()
    # Participles that, before "by", continue the clause before them ("would retake X by Nov. 15, followed by Y
    # on Nov. 20"): no past of their own.
    sequence_participles: frozenset[str] = frozenset()
    # "that holding the vote on Friday, as planned, would be impossible": a gerund subject whose verb is a modal
    # group after the date; the words ending in -ing that are no gerunds.
    gerund_subject: re.Pattern[str] = re.compile(r"(?!)")
    not_gerunds: frozenset[str] = frozenset()
    # "could leave as early as Tuesday": a possibility's earliest time, ahead of its clause.
    possibility: re.Pattern[str] = re.compile(r"(?!)")
    possibility_cue: re.Pattern[str] = re.compile(r"(?!)")
    possibility_lead: re.Pattern[str] = re.compile(r"(?!)")
    # "called for a demonstration on Friday": the gathering called for comes after the call.
    call_for: re.Pattern[str] = re.compile(r"(?!)")
    # "Its mandate, under the roadmap agreed last year, runs until 24 December": a present verb after an aside.
    present_after_aside: re.Pattern[str] = re.compile(r"(?!)")
    not_present_verbs: frozenset[str] = frozenset()
    # "to be held in Kessa, possibly in October": a hedge after an aside's closing comma ties the date to the aside.
    aside_hedges: frozenset[str] = frozenset()
    # "a unified budget", "the disputed law": after these a word in -ed is an adjective, no past verb.
    adjective_leads: frozenset[str] = frozenset()
    # "the last sector", "its last convoy": after those leads these past words are adjectives, no past either.
    adjective_pasts: frozenset[str] = frozenset()
    # "expires on Sunday", "where talks resume on Sunday": a present of a set time ahead, right before the date.
    futurate: re.Pattern[str] = re.compile(r"(?!)")
    # Their first words: the cheap test before the pattern is searched.
    futurate_heads: frozenset[str] = frozenset()
    # "The border is closed until Friday": a present state lasting until a time ahead.
    state_until: re.Pattern[str] = re.compile(r"(?!)")
    # "The roadmap calls for elections on Dec. 24", "preparing for a vote on": a plan's date, not before the plan.
    plan_lead: re.Pattern[str] = re.compile(r"(?!)")
    plan_lead_heads: frozenset[str] = frozenset()
    # "would be revoked if the government failed to act by November": a past after these, after a future, is ahead.
    condition_words: frozenset[str] = frozenset()
    # "hoped direct talks could begin by June": a possibility modal after a verb of hoping tells what lies ahead.
    hope_verbs: frozenset[str] = frozenset()
    possibility_words: frozenset[str] = frozenset()
    # "When ministers gather on Wednesday, the draft will demand ...": a time clause opening the sentence, whose
    # present tells a future when the main clause's verb is one.
    future_clause_lead: re.Pattern[str] = re.compile(r"(?!)")
    # "proposed postponing Friday's election": the day of a plan right after a verb moving it, which lies ahead.
    moved_plan: re.Pattern[str] = re.compile(r"(?!)")
    # Their last words: the cheap test before the pattern is searched.
    moved_plan_last: frozenset[str] = frozenset()
    # "is running in elections on Monday", "who is seeking reelection on April 9": a present progressive with a
    # day is an arrangement ahead; the words in -ing after the copula that are no participle ("is nothing").
    progressive_heads: frozenset[str] = frozenset()
    not_progressive: frozenset[str] = frozenset()

    @functools.cached_property
    def infinitive_heads(self) -> frozenset[str]:
        """The directive, aspect and purpose verbs together, so that a word is tested once."""
        return self.directive_verbs | self.aspect_verbs | self.purpose_verbs

    @functools.cached_property
    def opening_words(self) -> frozenset[str]:
        """The words a future group or plan may open on (`_markers`' first pass looks at no other)."""
        return (
            self.modals
            | self.past_plan_verbs
            | self.future_auxiliaries
            | self.future_words
            | self.future_before_to
            | self.infinitive_heads
            | self.possibility_words
            | self.wish_verbs
            | {"to", "ahead", "set", "due"}
        )


def _from_now(words: tuple[str, ...]) -> re.Pattern[str]:
    """Caseless whole words and phrases (a space any run of spaces); a contraction ("'ll") with either apostrophe,
    right after its word."""

    def one(word: str) -> str:
        body = re.escape(word).replace("'", "['\u2019]").replace(r"\ ", r"\s+")
        return body if word.startswith("'") else r"(?<![\w'\u2019])" + body

    return re.compile(r"(?i)(?:" + "|".join(one(w) for w in words) + r")(?!\w)")


def tense_markers(words: dict[str, tuple[str, ...]]) -> TenseMarkers:
    """Compile the marker lists read from tense_markers.yaml."""

    def one_of(key: str) -> str:
        return "|".join(words[key])

    return TenseMarkers(
        future_words=frozenset(words["future_words"]),
        future_from_now=_from_now(words["future_from_now"]),
        future_auxiliaries=frozenset(words["future_auxiliaries"]),
        reported=re.compile(
            rf"(?i:\b(?:{one_of('reported_auxiliaries')})\b(?!\s+have\b)|\b(?:{one_of('past_plan_verbs')})\s+to\s+(?!(?:{one_of('not_a_verb_after_to')})\b)\w)"
            rf"|\b(?i:{one_of('directive_verbs')})\s+(?:[\w'\u2019-]+\s+){{1,{_OBJECT_WORDS}}}?(?i:to)\s+(?!(?:{one_of('not_a_verb_after_to')})\b)[a-z]",
        ),
        future_before_to=frozenset(words["future_before_to"]),
        future_after_to=frozenset(words["future_after_to"]),
        modals=frozenset(words["modals"]),
        plan_prepositions=frozenset(words["plan_prepositions"]),
        setting_prepositions=frozenset(words["setting_prepositions"]),
        setting_plan_prepositions=frozenset(words["setting_plan_prepositions"]),
        not_a_verb_after_to=frozenset(words["not_a_verb_after_to"]),
        past_words=frozenset(words["past_words"]),
        bare_past_words=frozenset(words["bare_past_words"]),
        bare_verb_leads=frozenset(words["bare_verb_leads"]),
        ed_not_verb=frozenset(words["ed_not_verb"]),
        ed_verb_after_subject=frozenset(words["ed_verb_after_subject"]),
        # (a clock's "am", "10:30 am", is no copula)
        present=re.compile(rf"\b(?!(?<=\d )am\b)(?:{one_of('present_words')})\b"),
        # "starting Tuesday", "starting from 6:00 a.m. on Monday": a clock time may stand between cue and day
        forward_cue=re.compile(
            rf"\b(?:{one_of('forward_cues')})\s+(?:from\s+)?(?:(?:at\s+)?{_CLOCK}\s+(?:on\s+)?)?(?:the\s+)?$", re.I
        ),
        plan_participles=frozenset(words["plan_participles"]),
        present_plan_participles=frozenset(words["present_plan_participles"]),
        present_copulas=frozenset(words["present_words"]),
        due_adverbs=frozenset(words["due_adverbs"]),
        lower_case_auxiliaries=frozenset(words["lower_case_auxiliaries"]),
        plan_participle_heads=frozenset(words["plan_participle_heads"]),
        plan_clause_openers=frozenset(words["plan_clause_openers"]),
        perfect_heads=frozenset(words["perfect_heads"]),
        perfect_adverbs=frozenset(words["perfect_adverbs"]),
        reporting_verbs=frozenset(words["reporting_verbs"]),
        adjunct_chain=re.compile(
            rf"\s+(?i:{one_of('adjunct_prepositions')})\s+(?:(?!to\s)[^\s,;:\"\u201c\u201d]+\s+){{0,{_ADJUNCT_WORDS}}}"
        ),
        plan_adverbs=frozenset(words["plan_adverbs"]),
        reschedule=re.compile(rf"\b(?:{one_of('reschedule_cues')})\s+(?:the\s+)?$", re.I),
        reschedule_last=frozenset(" " + w.split()[-1] for w in words["reschedule_cues"]),
        reschedule_object=re.compile(
            rf"\b(?:{one_of('reschedule_verbs')})\b[^.;:!?\"\u201c\u201d()]{{0,{_RESCHEDULE_OBJECT}}}?"
            r"\s(?:to|until|till)\s+(?:the\s+)?$",
            re.I,
        ),
        # `\b(?:words)\b` and `\b(?:words)\s`, ignoring case, written so that `re` can skip to the words' first
        # letters (`literal_first`): searched in every clause whose tense is read
        subordinator=literal_first(words["subordinators"], ignore_case=True),
        complementizer=literal_first(words["complementizers"], ignore_case=True, end=r"\s"),
        past_plan_verbs=frozenset(words["past_plan_verbs"]),
        modal_copulas=frozenset(words["modal_copulas"]),
        directive_verbs=frozenset(words["directive_verbs"]),
        aspect_verbs=frozenset(words["aspect_verbs"]),
        purpose_verbs=frozenset(words["purpose_verbs"]),
        wish_verbs=frozenset(words["wish_verbs"]),
        backward_lead=re.compile(rf"(?:{one_of('backward_cues')})\s", re.I),
        backward_cue=re.compile(rf"\b(?:{one_of('backward_cues')})\s+(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?$", re.I),
        negations=frozenset(words["negations"]),
        speaker_pronouns=frozenset(words["speaker_pronouns"]),
        speaker_states=frozenset(words["speaker_states"]),
        exhortation_modals=frozenset(words["exhortation_modals"]),
        performative_verbs=frozenset(words["performative_verbs"]),
        sequence_participles=frozenset(words["sequence_participles"]),
        gerund_subject=re.compile(
            rf"(?:^|\b(?:{one_of('gerund_subject_leads')})\s+)[\"\u201c]?([A-Za-z]+ing)\s+[^,;:]*$", re.I
        ),
        not_gerunds=frozenset(words["not_gerunds"]),
        hope_verbs=frozenset(words["hope_verbs"]),
        condition_words=frozenset(words["condition_words"]),
        possibility_words=frozenset(words["possibility_modals"]),
        moved_plan_last=frozenset(phrase.split()[-1] for phrase in words["reschedule_verbs"]),
        progressive_heads=frozenset(words["progressive_heads"]),
        not_progressive=frozenset(words["not_progressive"]),
        moved_plan=re.compile(rf"\b(?:{one_of('reschedule_verbs')})\s+(?:of\s+)?(?:the\s+)?$", re.I),
        future_clause_lead=re.compile(rf"[\s\"\u201c]*(?:{one_of('future_clause_leads')})\s", re.I),
        possibility=re.compile(rf"\b(?:{one_of('possibility_modals')})\s+(?:not\s+)?(?!have\b)[a-z]+\b"),
        possibility_cue=re.compile(rf"\b(?:{one_of('possibility_cues')})\s+$", re.I),
        possibility_lead=re.compile(rf"(?:{one_of('possibility_cues')})\s", re.I),
        call_for=re.compile(
            rf"(?<!had )\b(?:{one_of('call_verbs')})\s+for\s+(?:[\w'\u2019-]+\s+){{0,3}}?(?:{one_of('call_nouns')})\b"
            rf"[^,;:.!?\"\u201c\u201d]{{0,40}}?\s(?:on\s+|from\s+)?(?:the\s+)?$"
            # "called an extraordinary session of parliament for Tuesday", "convened a meeting for Sunday": a
            # gathering called, then "for" and its day.
            rf"|(?<!had )\b(?:{one_of('convening_verbs')})\s+(?:[\w'\u2019-]+\s+){{0,4}}?"
            rf"(?:{one_of('call_nouns')}|{one_of('convened_gatherings')})\b"
            rf"[^,;:.!?\"\u201c\u201d]{{0,40}}?\sfor\s+(?:the\s+)?$",
            re.I,
        ),
        present_after_aside=re.compile(r",\s+([a-z]+s)\s+(?:[a-z]+\s+)?(?:the\s+)?$"),
        not_present_verbs=frozenset(words["not_present_verbs"]),
        aside_hedges=frozenset(words["aside_hedges"]),
        adjective_leads=frozenset(words["adjective_leads"]),
        adjective_pasts=frozenset(words["adjective_pasts"]),
        futurate_heads=frozenset(phrase.split()[0] for phrase in words["futurate_verbs"]),
        futurate=re.compile(
            rf"(?<!\bto )(?<!\bdid )(?<!\bnot )(?<!n.t )\b(?:{one_of('futurate_verbs')})"
            r"(?:\s+(?:on|in|at|until|from|by|before|after|around|with)\b)?(?:\s+[\w:.-]+){0,2}\s+$",
            re.I,
        ),
        state_until=re.compile(
            rf"\b(?:{one_of('state_until_heads')})\s+(?:[a-z]+\s+){{1,2}}?(?:(?:until|till)\s+"
            rf"(?:(?:at\s+)?{_CLOCK}\s+(?:on\s+)?)?(?:the\s+)?)?$",
            re.I,
        ),
        plan_lead_heads=frozenset(phrase.split()[0] for phrase in words["plan_leads"]),
        plan_lead=re.compile(
            rf"\b(?:{one_of('plan_leads')})\s+(?:(?:[^,;:.!?\"\u201c\u201d()\u2014]{{0,{_PLAN_OBJECT}}}?\s)?"
            r"(?:on|for|by|in)\s+)?(?:the\s+)?$",
            re.I,
        ),
        caption=re.compile(
            # "[Image: ...", "[Photo] ...", "[Photo caption: ...", "Image caption, ..." (a BBC page's)
            r"\s*[\[(]?\s*(?:{})(?:\s+caption)?\s*(?::|[\])]|,)".format(
                "|".join(sorted(words["caption_openers"], key=len)[::-1])
            ),
            re.I,
        ),
        day_subject=re.compile(
            rf"\s+(?:{one_of('day_subject_verbs')})\s+(?:[\w'\u2019-]+\s+){{0,4}}?(?:{one_of('day_subject_nouns')})\b",
            re.I,
        ),
        state_today=re.compile(
            rf"\s+(?:{one_of('state_today_verbs')})\s+(?!(?:to|due|set|about|going|been|being|not|no\s+longer)\b)"
            r"(?![a-z]+(?:ed|en|ing)\b)[\w'\u2019-]"
        ),
    )


# A clock time ("6:00 a.m.", "0600 GMT", "noon" is not one), and how far before a date a forward cue is looked for.
# A clock time, or a named hour ("until midnight on Sunday", "from noon on Friday").
_CLOCK = r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm|gmt|utc|local\s+time)?|midnight|noon|midday)"
_CUE_REACH = 40
# At most this many characters of a plan's object between its lead and the date ("calls for presidential and
# parliamentary elections on", "tasked with unifying the country's divided institutions and leading it to general
# elections on").
_PLAN_OBJECT = 100
# At most this many words of a request's object ("urged the country's interim authorities to ...").
_OBJECT_WORDS = 5
# At most this many words between a verb of going and its purpose ("flew to the eastern city of X to meet").
_PURPOSE_WORDS = 8
_AFTER_PENALTY = 12
# At most this many words in a chain of a verb's adjuncts before a date (`TenseMarkers.adjunct_chain`).
_ADJUNCT_WORDS = 12
_INFINITIVE = re.compile(r"to\s", re.I)
_SUBORDINATE_PENALTY = 10_000
# What may follow a reporting verb that closes a report ("..., diplomats said." / "said, adding").
_TAIL_END = re.compile(r"\s*(?:[.,;:!?\"\u201d)]|\Z)")
_WORD = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?")
# A byte -> itself for a lower-case ASCII letter, else a space.
_LETTER_BYTES = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
# The contracted auxiliaries a word may end in ("I'll", "they'd"): the word is read as the auxiliary.
_CONTRACTED = ("'ll", "'d")


def _word(token: str) -> str:
    w = token.lower()
    if "'" not in w and "\u2019" not in w:
        return w
    w = w.replace("\u2019", "'")
    return next((tail for tail in _CONTRACTED if w.endswith(tail) and len(w) > len(tail)), w)


def _words(clause: str) -> tuple[list[str], _Spans]:
    """The clause's words as `_word` reads them, and where each stands.  The words are found by one
    `findall` on the lowered clause when lowering keeps every offset (ASCII): a match object and a tuple
    made for each word cost most of the tense stage."""
    if "'" not in clause and "\u2019" not in clause:
        # No apostrophe: a word is a run of ASCII letters, which a byte table and a split find in C (a third of
        # the regex's cost); a character outside ASCII is no letter of `_WORD`, nor its lower case ("K").
        letters = clause.encode("ascii", "replace").lower().translate(_LETTER_BYTES).decode("ascii")
        return letters.split(), _Spans(clause, letters)
    if clause.isascii():
        lowered = clause.lower()
        words = _WORD.findall(lowered)
        if "'" in lowered:
            words = [_word(w) if "'" in w else w for w in words]
        return words, _Spans(clause)
    return [_word(w) for w in _WORD.findall(clause)], _Spans(clause)


class _Spans:
    """Where each word of a clause stands, found only when first asked (a clause with no marker never asks).
    `letters`: the clause with every character but an ASCII letter a space (`_words`' byte table), when its
    words are its runs of letters: their spans are read off its split at single spaces, whose pieces (empty
    between two spaces) each stand one character after the one before (in C: a match object and a tuple made
    for each word by `_WORD` cost more)."""

    __slots__ = ("_clause", "_letters", "_spans")

    def __init__(self, clause: str, letters: str | None = None) -> None:
        self._clause = clause
        self._letters = letters
        self._spans: list[tuple[int, int]] | None = None

    def __getitem__(self, i: int) -> tuple[int, int]:
        if self._spans is None:
            if self._letters is None:
                self._spans = [m.span() for m in _WORD.finditer(self._clause)]
            else:
                pieces = self._letters.split(" ")
                starts = itertools.accumulate(map(_PLUS_ONE, map(len, pieces)), initial=0)
                # (one start more than pieces: the end of the last)
                self._spans = [(at, at + len(piece)) for at, piece in zip(starts, pieces, strict=False) if piece]
        return self._spans[i]


_PLUS_ONE = (1).__add__


def _verb_after_to(words: list[str], i: int, markers: TenseMarkers) -> bool:
    """ "is to meet", "due to be": a verb after "to" (not "due to the fighting")."""
    return i + 2 < len(words) and words[i + 2] not in markers.not_a_verb_after_to


# The words an agent, time or place of "set" may take before the plan it sets ("set by the Lorn Political Forum
# (LPF) for 24 December").
_SETTING_AGENT_WORDS = 8


def _future_word(words: list[str], i: int, markers: TenseMarkers) -> bool:
    """A single future marker: "upcoming", "ahead of", "set for", "expected to", "is to meet"."""
    w = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if w in markers.future_words or (w == "ahead" and nxt == "of"):
        return True
    if w in ("set", "due") and nxt in markers.plan_prepositions:
        # "a deadline set by the council", "the date set in Paris": a passive of setting, told in the clause's
        # own tense; "due by", "due in" stay plans, and so does a setting whose plan follows its agent ("set by
        # the forum for 24 December").
        if w == "set" and nxt in markers.setting_prepositions:
            return any(x in markers.setting_plan_prepositions for x in words[i + 2 : i + 2 + _SETTING_AGENT_WORDS])
        return True
    if w == "due" and nxt in markers.due_adverbs and i + 2 < len(words) and words[i + 2] in markers.plan_prepositions:
        return True  # "due back in Vessa on Thursday": a return set ahead, as "due in" is
    if (
        w in markers.present_plan_participles
        and nxt in markers.plan_prepositions
        and i > 0
        and words[i - 1] in markers.present_copulas
    ):
        return True  # "is expected in Tripoli on Thursday"; not "was expected in" (a plan told from a past time)
    # "presented the plan to the council on Thursday", "due to the fighting": "to" before a determiner is a
    # preposition, and the word before it a noun or adjective, no plan.
    return w in markers.future_before_to and nxt == "to" and _verb_after_to(words, i, markers)


def past_verb(word: str, markers: TenseMarkers) -> bool:
    """A lower-case word read as a past verb: a listed past ("met", "took") or a word in -ed that is no adjective."""
    return word in markers.past_words or (len(word) > 4 and word.endswith("ed") and word not in markers.ed_not_verb)


def _perfect_at(words: list[str], j: int, markers: TenseMarkers) -> bool:
    """ "had been postponed", "had already met": a past perfect begins at word j (not "had to")."""
    if words[j] not in markers.perfect_heads:
        return False
    k = j + 1
    while k < len(words) and words[k] in markers.perfect_adverbs:
        k += 1
    return k < len(words) and (words[k] == "been" or past_verb(words[k], markers) or words[k].endswith("en"))


# A present perfect's head, adverbs between ("has already called"), and its participle ("called", "taken", "set").
# (not after "to": "were to have resumed on Wednesday" is a perfect infinitive, a plan that did not come to be)
_PRESENT_PERFECT = re.compile(r"(?<!\bto )\b(?:has|have|'ve|\u2019ve)\s+(?:[a-z]+ly\s+)?([a-z]+)\b", re.IGNORECASE)


def present_perfect_day(sentence: str, start: int, markers: TenseMarkers) -> bool:
    """The verb of the clause a weekday at `start` stands in is a present perfect ("has called a conference of the
    parties from Sunday"), with no other verb in the clause after it and no "since" before the day.  English does
    not put a present perfect with a past day ("*has signed the deal on Monday"): the day is one ahead, the thing's
    set time."""
    left, right = clause_bounds(sentence, start, start)
    found = None
    for m in _PRESENT_PERFECT.finditer(sentence, left, start):
        found = m
    if found is None:
        return False
    word = found.group(1).lower()
    if word == "been" or not (past_verb(word, markers) or word.endswith(("ed", "en")) or word in markers.ed_not_verb):
        return False  # "has been closed since Friday", "have to leave", "has a meeting"
    if markers.backward_lead.match(sentence, start) or markers.backward_cue.search(sentence, max(0, start - 20), start):
        return False
    return not any(found.end() <= s and e <= right for s, e, _t, _tail in _markers(sentence, markers))


def _past_passive_at(words: list[str], j: int, markers: TenseMarkers) -> bool:
    """ "was postponed", "were called off": a simple past passive begins at word j."""
    return (
        words[j] in ("was", "were")
        and j + 1 < len(words)
        and (past_verb(words[j + 1], markers) or words[j + 1].endswith(("ed", "en")))
    )


def _plan_before_perfect(words: list[str], i: int, markers: TenseMarkers) -> bool:
    """A plan participle with no head of its own ("the vote scheduled for 3 April") whose next verb group is a
    past perfect ("had been postponed"), a simple past passive ("was postponed") or a simple past ("collapsed",
    "did not take place"; not an auxiliary, nor a reporting verb such as "said"): the plan it tells is a past
    one."""
    if words[i] not in markers.plan_participles:
        return False
    h = i - 1
    while h >= 0 and words[h] in markers.plan_adverbs:
        h -= 1  # "was originally scheduled": the head stands before the adverbs
    if h >= 0 and words[h] in markers.plan_participle_heads:
        return False
    for j in range(i + 1, len(words)):
        w = words[j]
        if w in markers.plan_clause_openers:
            return False  # "scheduled for December 22 after the period was extended": the past is another clause's
        if _perfect_at(words, j, markers) or _past_passive_at(words, j, markers):
            return True
        # An auxiliary ("had to be moved", "were to resume") is read by the verb group checks above.
        auxiliary = w in markers.perfect_heads or w in markers.plan_participle_heads
        if w == "to" and j + 1 < len(words) and words[j + 1] not in markers.not_a_verb_after_to:
            return False  # "had to be moved": an infinitive's group, no past of its own
        if past_verb(w, markers) and not auxiliary and w not in markers.reporting_verbs:
            return True
        if words[j] in markers.future_auxiliaries or _future_word(words, j, markers):
            return False  # another verb group ("will go ahead") comes first
    return False


def _past_head(words: list[str], i: int, markers: TenseMarkers) -> int | None:
    """Where the past auxiliary heading the plan word at i stands ("was" in "was originally scheduled",
    "had" in "had been expected"), if one does."""
    h = i - 1
    while h >= 0 and words[h] in markers.plan_adverbs:
        h -= 1
    if h < 0:
        return None
    if words[h] == "been" and h > 0 and words[h - 1] in markers.perfect_heads:
        return h - 1
    w = words[h]
    return h if w in markers.plan_participle_heads and w in markers.past_words else None


def forget_clauses() -> None:
    """Empty the clause cache before a new text: it is there for the sentences of one text (a sentence's
    mentions, a clause asked again), and kept across texts it would mostly serve sentences repeated between
    documents, which a generated benchmark corpus holds far more of than real news (95% hits on make_corpus
    documents, about 20% on real articles)."""
    _markers.cache_clear()


@functools.lru_cache(maxsize=256)
def _markers(clause: str, markers: TenseMarkers) -> tuple[tuple[int, int, Tense, bool], ...]:
    """(start, end, tense, tail) of each tense marker in a clause, `tail` for a reporting verb that ends its
    clause ("..., diplomats said.") (cached: a sentence's mentions share it; the key holds the marker set
    too, by identity)."""
    words, spans = _words(clause)
    found: list[tuple[int, int, Tense, bool]] = []
    masked: set[int] = set()
    # The infinitive after a plan told from a past time ("were expected to end"): part of that plan.
    planned: set[int] = set()
    # Only a word that may open a future group is looked at here (most words are none).
    opening = markers.opening_words
    for i in [i for i, w in enumerate(words) if w in opening]:
        if i in planned:
            continue
        w = words[i]
        start, end = spans[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if (
            w in markers.modals
            and (nxt in ("be", "have", "not") or nxt in markers.modal_copulas)
            and i + 2 < len(words)
        ):
            # "will be held", "to be published", "will not be": the group ends on its participle
            last = i + 3 if nxt == "not" and i + 3 < len(words) else i + 2
            # "would be partially lifted", "will be formally signed": an adverb in -ly inside the group does not
            # end it; the participle after it is the group's.
            while _GROUP_ADVERB.fullmatch(words[last]) and last + 1 < len(words):
                last += 1
            masked.update(range(i, last + 1))
            if w != "to" or nxt == "be":
                # "should have started", "could have been": a past that did not come to be ("will have" stays
                # a future).
                past = nxt == "have" and w not in markers.future_words
                found.append((start, spans[last][1], "past" if past else "future", False))
            continue
        # (one set lookup for every word first: the three lists' tests cost more)
        if w in markers.infinitive_heads:
            if w in markers.aspect_verbs:
                if nxt == "to":
                    planned.update((i + 1, i + 2))  # "began to be dismantled": the verb's own past, no future group
                continue
            later = _infinitive_after(clause, words, spans, i, markers)
            if later is not None:
                # "urged the parties to stick to ...": a future from the request; "flew to X to meet ...": a
                # purpose near the trip, no tense.
                planned.update((later, later + 1))
                masked.update((later, later + 1))
                tense_of: Tense = "future" if w in markers.directive_verbs else "unknown"
                found.append((spans[later][0], spans[later + 1][1], tense_of, False))
                continue
        if w in markers.wish_verbs:
            wished = _wished_participle(clause, words, spans, i, markers)
            if wished is not None:
                # "want the road reopened before Christmas": the participle is the state wished for, ahead.
                masked.add(wished)
                found.append((*spans[wished], "future", False))
                continue
        if w in markers.past_plan_verbs and nxt == "to" and _verb_after_to(words, i, markers):
            # "agreed to withdraw by 30 May": the verb stays a past (a date before it is the agreement's); the
            # infinitive after it is a future, nearer to a date that follows.
            planned.update((i + 1, i + 2))
            masked.update((i + 1, i + 2))
            found.append((spans[i + 1][0], spans[i + 2][1], "future", False))
        elif w in markers.possibility_words and nxt != "have" and _hoped(clause, words, spans, i, markers):
            # "he hoped direct talks could begin by the middle of the year": what a hope's modal tells lies ahead.
            masked.update((i, i + 1))
            found.append((start, spans[min(i + 1, len(words) - 1)][1], "future", False))
        elif (
            (w in markers.future_auxiliaries and nxt != "have")
            or (w == "to" and nxt in markers.future_after_to)
            or (w in markers.lower_case_auxiliaries and nxt != "have" and clause[start].islower())
        ):
            masked.update((i, i + 1))
            found.append((start, spans[min(i + 1, len(words) - 1)][1], "future", False))
        elif _future_word(words, i, markers):
            tense: Tense = "unknown" if _plan_before_perfect(words, i, markers) else "future"
            head = _past_head(words, i, markers) if tense == "future" else None
            if head is not None:
                # "were expected to end on Oct. 30", "was scheduled for 3 April": a plan told from a past
                # time, its date on either side of publication: no tense, the nearest reading.
                tense = "unknown"
                masked.update(range(head, i + 3))
                planned.update((i + 1, i + 2) if nxt == "to" else ())
            found.append((start, end, tense, False))
    past_words, ed_not_verb, adjective_leads = markers.past_words, markers.ed_not_verb, markers.adjective_leads
    after_subject = markers.ed_verb_after_subject
    adjective_pasts = markers.adjective_pasts
    condition = _future_condition(clause, words, markers)
    for i, w in enumerate(words):
        if (
            (
                (w in past_words and (i == 0 or w not in adjective_pasts or words[i - 1] not in adjective_leads))
                or (
                    len(w) > 4
                    and w.endswith("ed")
                    and w not in ed_not_verb
                    and (i == 0 or words[i - 1] not in adjective_leads)  # "a unified budget": an adjective
                )
                # ("proposed postponing the vote to Jan. 24": a gerund after it is the plan proposed, its date ahead)
                or (
                    w in after_subject
                    and i > 0
                    and words[i - 1] not in adjective_leads
                    and not (i + 1 < len(words) and words[i + 1].endswith("ing"))
                )
                or (w in ("has", "have") and i + 1 < len(words) and words[i + 1] in ("been", "already"))
                # "forces on Saturday shut down the terminals": a past whose form is the present's too, not after a
                # word that makes it a bare verb ("to shut", "could shut", "did not shut").
                or (w in markers.bare_past_words and (i == 0 or words[i - 1] not in markers.bare_verb_leads))
            )
            and i not in masked
            # "a UN-sponsored roadmap": a word joined by a hyphen to the one before is an adjective
            and clause[spans[i][0] - 1 : spans[i][0]] != "-"
        ):
            if w in markers.sequence_participles and i + 1 < len(words) and words[i + 1] == "by":
                continue  # ", followed by Aghdam on Nov. 20": the time of the clause it continues
            start, end = spans[i]
            tail = w in markers.reporting_verbs and _TAIL_END.match(clause, end) is not None
            # "would be revoked if the government failed to act by the end of November": the condition of a
            # future, told in the past tense, lies ahead (not "if they had failed": a past that did not come to be).
            hypothetical = condition is not None and condition < i <= condition + _CONDITION_WORDS
            if hypothetical and "had" not in words[condition : i + 1]:
                found.append((start, end, "future", False))
                continue
            if w in markers.reporting_verbs and i > 0 and words[i - 1] in ("has", "have"):
                # "has said it needs the framework by 1 August": a report standing now tells its content from now
                found.append((start, end, "present", tail))
                continue
            found.append((start, end, "past", tail))
    return tuple(_inverted_reports(clause, found, markers))


# An adverb of manner or degree standing inside a verb group ("partially", "formally", "fully").
_GROUP_ADVERB = re.compile(r"[a-z]{3,}ly")
# At most this many words after "if" that a past verb may stand at and still be the condition's.
_CONDITION_WORDS = 8


def _future_condition(clause: str, words: list[str], markers: TenseMarkers) -> int | None:
    """Where a condition word ("if", "unless") stands after a future auxiliary ("would be revoked if ...")."""
    # (a substring test on the clause first: most clauses hold no condition word, and a test of their words costs;
    # one after a future auxiliary stands between spaces)
    for word in markers.condition_words:
        if f" {word} " in clause and word in words:
            k = words.index(word)
            if any(v in markers.future_auxiliaries for v in words[:k]):
                return k
    return None


# At most this many words between a verb of hoping and the modal it governs ("hoped direct talks with the rebels
# could begin").
_HOPE_WORDS = 10


def _hoped(clause: str, words: list[str], spans: _Spans, i: int, markers: TenseMarkers) -> bool:
    """The modal at word i (in lower case in the text: "May" is a month) follows a verb of hoping."""
    if not markers.hope_verbs or not clause[spans[i][0]].islower():
        return False
    return any(words[j] in markers.hope_verbs for j in range(max(0, i - _HOPE_WORDS), i))


def _infinitive_after(clause: str, words: list[str], spans: _Spans, i: int, markers: TenseMarkers) -> int | None:
    """Where the "to" of the infinitive a request or a trip at word i governs stands: a request's after an object
    of a few words, before a lower-case verb ("urged the authorities to stick"); a trip's after a few words,
    before a verb of `future_after_to` ("flew to the city to meet"); none past a clause break."""
    w = words[i]
    if w in markers.directive_verbs:
        reach, verbs = _OBJECT_WORDS, None
    elif w in markers.purpose_verbs:
        reach, verbs = _PURPOSE_WORDS, markers.future_after_to
    else:
        return None
    for k in range(i + 2 if verbs is None else i + 1, min(i + reach + 2, len(words) - 1)):
        if words[k] != "to":
            continue
        verb_start, verb = spans[k + 1][0], words[k + 1]
        if any(c in clause[spans[i][1] : spans[k][0]] for c in ',;:()"\u201c\u201d'):
            return None
        if verbs is None:
            lower = clause[verb_start].islower() and verb not in markers.not_a_verb_after_to
            return k if lower else None
        if verb in verbs:
            return k
    return None


def _wished_participle(clause: str, words: list[str], spans: _Spans, i: int, markers: TenseMarkers) -> int | None:
    """Where the participle after a verb of wanting and its object stands ("want the road reopened"): a lower-case
    word in -ed (or a past form) after an object of a few words opened by a determiner; none past a clause break or
    an infinitive's "to" (which `directive_verbs` read)."""
    if i + 2 >= len(words) or words[i + 1] not in _OBJECT_OPENERS:
        return None
    for k in range(i + 2, min(i + _OBJECT_WORDS + 2, len(words))):
        w = words[k]
        if any(c in clause[spans[k - 1][1] : spans[k][0]] for c in ',;:()"\u201c\u201d'):
            return None
        if not clause[spans[k][0]].islower():
            continue
        if w == "to" and k + 1 < len(words) and clause[spans[k + 1][0]].islower():
            return None  # "want the talks to resume": an infinitive (a name after "to" is a place: "the road to Velm")
        if (len(w) > 4 and w.endswith("ed") and w not in markers.ed_not_verb) or w in markers.past_words:
            return k
    return None


# The determiners that open the object of a verb of wanting before its participle ("want the road reopened").
_OBJECT_OPENERS = frozenset({"the", "a", "an", "all", "both", "its", "their", "his", "her", "our", "this", "these"})


def _inverted_reports(
    clause: str, found: list[tuple[int, int, Tense, bool]], markers: TenseMarkers
) -> list[tuple[int, int, Tense, bool]]:
    """A reporting verb after a comma and a short subject, when a verb of its own stands before that comma
    ("X will begin on June 11, the mediators said in a statement"), reports that clause: it is marked as a
    tail like one that ends the sentence.  After a phrase with no verb ("Before Friday's announcement, it
    said ...") it is the main verb and stays."""
    result = []
    for start, end, tense, tail in found:
        if not tail and clause[start:end].lower() in markers.reporting_verbs:
            comma = clause.rfind(",", 0, start)
            if comma >= 0 and _short_subject(clause[comma + 1 : start]):
                tail = any(e <= comma for _s, e, _t, _tail in found)
        result.append((start, end, tense, tail))
    return result


# At most this many words between a comma and a reporting verb: the report's subject ("..., the Saudi and
# U.S. mediators said in a statement"), not a clause of its own.
_SUBJECT_WORDS = 6


def _short_subject(between: str) -> bool:
    return len(between.split()) <= _SUBJECT_WORDS and not any(c in between for c in '"\u201c\u201d')


def _nearest(
    found: tuple[tuple[int, int, Tense, bool], ...],
    sentence: str,
    mention_start: int,
    mention_end: int,
    left: int,
    right: int,
    markers: TenseMarkers,
) -> Tense:
    marker = _nearest_marker(found, sentence, mention_start, mention_end, left, right, markers)
    return marker[2] if marker is not None else "unknown"


def _opens_quotation(sentence: str, begin: int, end: int) -> bool:
    """A quotation opens in sentence[begin:end] (a curly opening mark, or a straight one after an even number)."""
    between = sentence[begin:end]
    if "\u201c" in between:
        return True
    at = between.find('"')
    return at >= 0 and sentence.count('"', 0, begin + at) % 2 == 0


def _nearest_marker(
    found: tuple[tuple[int, int, Tense, bool], ...],
    sentence: str,
    mention_start: int,
    mention_end: int,
    left: int,
    right: int,
    markers: TenseMarkers,
) -> tuple[int, int, Tense, bool] | None:
    """The tense marker the date at [mention_start, mention_end) belongs to, in [left, right)."""
    best: tuple[int, tuple[int, int, Tense, bool]] | None = None
    # With a verb before the date in its clause, an infinitive after it ("launched an offensive on Thursday
    # to take Tripoli") or a verb past a comma ("from April 14 to 16, meant to chart ...") tells a purpose or
    # a description, not the date's time.
    verb_before = any(left <= start and end <= mention_start for start, end, _t, _tail in found)
    for start, end, tense, tail in found:
        if start < left or end > right or mention_start <= start < mention_end:
            continue  # outside the clause, or the expression's own words ("last" in "last year")
        after = end > mention_start
        if after and tail and "," in sentence[mention_end:start]:
            continue  # "... before Eid in late June, diplomats said.": the report's time is not the date's
        if after and verb_before and (_INFINITIVE.match(sentence, start) or "," in sentence[mention_end:start]):
            continue
        if after and verb_before and _opens_quotation(sentence, mention_end, start):
            continue  # 'told the council that statements in August "must not be allowed to close"': the speaker's
        if not after and _in_aside(found, sentence, start, end, mention_start, left, markers.aside_hedges):
            continue
        if (
            after
            and not _fronted(sentence, mention_start)
            and _apposed_after(found, sentence, start, end, mention_end, right)
        ):
            continue

        distance = start - mention_end if after else mention_start - end
        if (
            not after
            and all(t == "past" for s, e, t, _tail in found if s < end and start < e)
            and markers.adjunct_chain.fullmatch(sentence, end, mention_start)
            and sentence[start:end].lower() not in markers.reporting_verbs
            and not any(end <= s and e <= mention_start for s, e, _t, _tail in found)
        ):
            # "signed with the Kessa government on November 27 could not stand": the date closes the chain of the
            # past verb's own adjuncts, as near that verb as if it stood right after it (a plan's verb, "planned
            # between the two leaders for Dec. 15", keeps its own reading).
            distance = 1
        # The verb a date phrase modifies usually stands before it ("began in May will continue"):
        # a marker after the phrase must be much nearer to win.  A future marker beats a past one
        # at the same distance.  One behind a subordinator ("..., 48 hours after it was signed") wins
        # only when nothing else is there.
        key = distance * 2 + (0 if tense == "future" else 1) + (_AFTER_PENALTY if after else 0)
        if after and markers.subordinator.search(sentence, mention_end, start):
            key += _SUBORDINATE_PENALTY
        if best is None or key < best[0]:
            best = (key, (start, end, tense, tail))
    return best[1] if best else None


def _in_aside(
    found: tuple[tuple[int, int, Tense, bool], ...],
    sentence: str,
    start: int,
    end: int,
    mention_start: int,
    left: int,
    hedges: frozenset[str] = frozenset(),
) -> bool:
    """A marker fenced off by commas between an earlier verb and the date ("would reopen its embassy, closed
    since 2014, before the end of the year"): an aside describing a noun, not the date's verb.  A hedge right
    after the closing comma ("a second round, to be held in Kessa, possibly in October") hangs the date on the
    clause it follows: no aside."""
    closing = sentence.find(",", end, mention_start)
    opening = sentence.rfind(",", left, start)
    if closing < 0 or opening < 0 or "," in sentence[opening + 1 : start] or "," in sentence[end:closing]:
        return False
    after_comma = sentence[closing + 1 : mention_start].split(maxsplit=1)
    if after_comma and after_comma[0].lower() in hedges:
        return False
    if "," in sentence[closing + 1 : mention_start]:
        # "under the agreement signed by X at Lincoln University, near Christchurch, on Friday": the comma after
        # the verb's words opens a place's apposition, not the end of an aside; an aside ends right before its date.
        return False
    if _LIST_GOES_ON.match(sentence, closing):
        return False  # "the date agreed by Haftar, Serraj and two other leaders on May 29": a list's comma, no aside
    return any(left <= s and e <= opening for s, e, _t, _tail in found)


def _apposed_after(
    found: tuple[tuple[int, int, Tense, bool], ...], sentence: str, start: int, end: int, mention_end: int, right: int
) -> bool:
    """A marker fenced off by commas between the date and a later verb ("a vote on Nov. 8, the date agreed in Lorn,
    would be hard"): an apposition describing the date's noun, not the date's verb."""
    opening = sentence.find(",", mention_end, start)
    closing = sentence.find(",", end, right)
    if opening < 0 or closing < 0 or "," in sentence[opening + 1 : start] or "," in sentence[end:closing]:
        return False
    if _LIST_GOES_ON.match(sentence, closing):
        return False
    return any(closing < s and e <= right for s, e, _t, _tail in found)


# A date opening its sentence, after its preposition at most (which the match may hold), past any opening quotation
# mark: "On Friday, ...".
_FRONTED = re.compile(r"[\s\"'\u201c\u2018]*(?:[A-Z][a-z]+\s+)?")


def _fronted(sentence: str, mention_start: int) -> bool:
    """The date opens the sentence in a phrase of its own ('"On Friday, the two sides will sign the deal," he said'):
    the clause between the next commas is the sentence's main clause, no apposition describing the date's noun."""
    return mention_start < _FRONTED_REACH and _FRONTED.fullmatch(sentence, 0, mention_start) is not None


_FRONTED_REACH = 16


# A comma that goes on with a list of names ("X, Y and Z", "X, Y Z and others"), not one that closes an aside.
_LIST_GOES_ON = re.compile(r",\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}\s+(?:and|or)\s")


def forward_cue(sentence: str, mention_start: int, markers: TenseMarkers) -> bool:
    """`until`, `ahead of`, `before` right before the date (a clock time may stand between): the date lies
    after the clause's time."""
    return bool(markers.forward_cue.search(sentence[max(0, mention_start - _CUE_REACH) : mention_start]))


def rescheduled(sentence: str, mention_start: int, markers: TenseMarkers) -> bool:
    """ "postponed to", "moved to" right before the date, or a verb moving a plan and its object before "to"
    ("postponing the election by a month, to Jan. 24"): the new date of a plan."""
    before = sentence[max(0, mention_start - 30) : mention_start]
    # The regexes only where one of the cues' last words stands (a search per date otherwise costs time).
    if any(w in before for w in markers.reschedule_last) and markers.reschedule.search(before):
        return True
    # The regex only where the words before the date end on one it can end on (an ASCII tail that ends on
    # none of them cannot match it, case-insensitively or not).
    tail = before.rstrip()[-_TO_TAIL:]
    if (tail.isascii() and not tail.lower().endswith(_TO_ENDS)) or _TO_BEFORE.search(before) is None:
        return False
    left, _right = clause_bounds(sentence, mention_start, mention_start)
    reach = sentence[max(left, mention_start - _RESCHEDULE_OBJECT - 30) : mention_start]
    return markers.reschedule_object.search(reach) is not None


# At most this many characters of a moved plan's object ("the country's first presidential election by a month,").
_RESCHEDULE_OBJECT = 70
_TO_BEFORE = re.compile(r"\s(?:to|until|till)\s+(?:the\s+)?$", re.I)
_TO_ENDS = ("to", "until", "till", "the")
_TO_TAIL = max(map(len, _TO_ENDS))


def reported_future(sentence: str, start: int, end: int, markers: TenseMarkers) -> bool:
    """A future told from a reporting time ("said it would take effect on Friday"): a reported auxiliary
    in the clause before the date."""
    left, _right = clause_bounds(sentence, start, end)
    if markers.reported.search(sentence, left, start):
        return True
    # "called for a demonstration on Friday": the gathering comes after the call, the publication day included.
    call = sentence[max(left, start - _CALL_REACH) : start]
    return " for " in call and markers.call_for.search(call) is not None


def plan_tense(sentence: str, start: int, end: int, markers: TenseMarkers) -> Tense | None:
    """The tense that places a plan's date: a lead of a plan in a present or tenseless form ("The roadmap calls for
    elections on Dec. 24", "preparing for a vote on", "which the roadmap ties to Dec. 24") before the date, its object
    between.  "future" (at or after the plan's telling), or "unknown" (the nearest day) when a past verb after the
    date tells the plan may have passed ("... which the roadmap ties to Dec. 24 — has lapsed", "..., which were
    later postponed"); a past before the lead describes its subject ("The roadmap adopted in Tunis in November gives
    the government three jobs: ... prepare for elections on December 24").  None with no lead, or when a past verb
    right before it makes the plan a past one."""
    widest = max(0, start - _PLAN_OBJECT - 30)
    if not any(_word(w) in markers.plan_lead_heads for w in sentence[widest:start].split()):
        return None  # the pattern only where a lead's first word stands (a search per date otherwise costs time)
    left, _right = clause_bounds(sentence, start, end)
    reach = max(left, widest)
    lead = markers.plan_lead.search(sentence, reach, start)
    if lead is None:
        return None
    # The lead is the date's verb: a past verb right before it ("was preparing", "had been preparing", "was already
    # preparing", "issued separate calls for a ceasefire on August 21", where "calls" is a noun) makes the plan a
    # past one.
    before = _WORD.findall(sentence[max(left, lead.start() - _AUXILIARY_REACH) : lead.start()].lower())
    if any(past_verb(_word(w), markers) for w in before[-_AUXILIARY_WORDS:]):
        return None
    found = _markers(sentence, markers)
    # A reporting verb after the date ("..., officials said") tells when the plan was told, not that it passed.
    passed = any(
        t == "past" and s >= end and sentence[s:e].lower() not in markers.reporting_verbs for s, e, t, _tail in found
    )
    return "unknown" if passed else "future"


# How far before a plan's lead a past verb is looked for, and at most how many words ("had already been").
_AUXILIARY_REACH = 30
_AUXILIARY_WORDS = 3


# How many words before a verb marker may deny it ("have not solved", "had never been").
_NEGATION_REACH = 2


# A denial closed off by a comma before the marker, with a word of its own before the comma ("Nur Adan, who was
# not invited, said on Monday", "the militia, never consulted, signed on Friday"): it denies the aside's word, not
# the marker's verb.  A denial the comma follows at once ("did not, however, respond") still reaches the verb.
def _may_deny(lowered: str, left: int, marker: int) -> list[str]:
    """The words within `_NEGATION_REACH` before a marker at `marker` that may deny it (see above)."""
    kept: list[str] = []
    for m in list(_WORD.finditer(lowered, left, marker))[-_NEGATION_REACH:]:
        comma = lowered.find(",", m.end(), marker)
        if comma < 0 or _WORD.search(lowered, m.end(), comma) is None:
            kept.append(m.group())
    return kept


def negated(sentence: str, start: int, end: int, markers: TenseMarkers) -> bool:
    """The verb the date at [start, end) of `sentence` belongs to (the nearest marker in its clause, as for its
    tense) is denied: "did not respond to requests for comment on Wednesday", "we have not solved the problems
    today", "Tomorrow I will not be sad".  Nothing happened on that day, as the text tells it."""
    lowered = sentence.lower()
    if not any(w in lowered for w in markers.negations) and "n't" not in lowered and "n\u2019t" not in lowered:
        return False
    left, right = clause_bounds(sentence, start, end)
    marker = _nearest_marker(_markers(sentence, markers), sentence, start, end, left, right, markers)
    if marker is None or forward_cue(sentence, start, markers):
        return False  # "did not take effect until Monday": it did, on Monday
    before = _may_deny(lowered, left, marker[0])
    group = _WORD.findall(lowered[marker[0] : marker[1]])
    after = _WORD.findall(lowered[marker[1] : right])[:1]
    return any(w in markers.negations or w.endswith(("n't", "n\u2019t")) for w in (*before, *group, *after))


def unreal_past(sentence: str, start: int, end: int, markers: TenseMarkers) -> bool:
    """The verb the date at [start, end) of `sentence` belongs to (the nearest marker in its clause) is an unreal
    past, "would have" or "should have" and a participle ("a step that would have seemed unthinkable in 1992", "the
    vote should have been held in 2019"): what did not come to be, no happening at that time."""
    left, right = clause_bounds(sentence, start, end)
    marker = _nearest_marker(_markers(sentence, markers), sentence, start, end, left, right, markers)
    if marker is None:
        return False
    # The group and the three words before it: "should have been | held" may come as two markers.
    before = _WORD.findall(sentence[left : marker[0]].lower())[-3:]
    # The word after the group too: "would have to hold until Friday" is an obligation ahead, no unreal past.
    after = _WORD.findall(sentence[marker[1] : marker[1] + 4].lower())[:1]
    words = [*before, *_WORD.findall(sentence[marker[0] : marker[1]].lower()), *after, ""]
    return any(
        words[i] in ("would", "should") and words[i + 1] == "have" and words[i + 2] != "to"
        for i in range(len(words) - 2)
    )


# How far before a date a present of a set time ("expires at midnight on") may begin.
_FUTURATE_REACH = 40
# A relative clause opening on a verb in -s right before the date ("which expires in May", "which runs until
# June", "who visits Kessa on May 29"): a present of a time set ahead, which the sentence's past does not reach
# ("that" may open a noun: "that talks").
_RELATIVE_PRESENT = re.compile(
    r"\b(?:which|who)\s+(?!(?:was|has|is|does|as|thus)\b)[a-z]+[^s\W]s(?:\s+[A-Za-z]+){0,2}\s+$"
)
# The same verb with its object between it and the date ("who faces the party's leader in elections on May 29"):
# read only when no other verb stands between.
_RELATIVE_PRESENT_OBJECT = re.compile(
    r"\b(?:which|who)\s+(?!(?:was|has|is|does|as|thus)\b)(?P<verb>[a-z]+[^s\W]s)(?:\s+[A-Za-z'\u2019-]+){3,10}\s+$"
)


def relative_present_before(sentence: str, start: int) -> bool:
    """A relative clause's present verb stands right before `start` ("Valdoria, which holds the chair this year"):
    read as a set time ahead for a day ("which expires on Sunday"), but for the current year a state that holds
    through it."""
    return _RELATIVE_PRESENT.search(sentence, max(0, start - 60), start) is not None


_UNTIL = re.compile(r"(?i:until|till)\b")
_PRESENT_NOW = re.compile(r"(?i:today|tonight|this\s+(?:morning|afternoon|evening|week))\b")
_BE = frozenset({"is", "are"})


def sentence_tense(sentence: str, start: int, end: int, markers: TenseMarkers) -> Tense:
    """Tense for a date expression at [start, end) of `sentence`: its clause first, then the sentence."""
    if markers.caption.match(sentence):
        return "past"  # "[Image: X speaks in January]": a photo shows a moment gone
    if markers.backward_lead.match(sentence, start) or markers.backward_cue.search(sentence, max(0, start - 20), start):
        return "past"  # "since January": a stretch from a past time up to the clause's
    if _moved_plan(sentence, start, markers):
        return "future"  # "proposed postponing Friday's election": a plan is put off before its day
    if _reported_subject(sentence, start, end, markers):
        return "future"  # "officials said Saturday and Sunday would be used to bring aid": the modal's subject
    found = _markers(sentence, markers)
    left, right = _past_dash_aside(sentence, *clause_bounds(sentence, start, end), found)
    ahead = _ahead_of_clause(sentence, start, end, left, found, markers)
    if ahead is not None and ahead != "present":
        return ahead
    relative_from = max(0, left - 8)
    if (
        "which " in sentence[relative_from:start] or "who " in sentence[relative_from:start]
    ) and _RELATIVE_PRESENT.search(sentence, relative_from, start):
        # "The truce, which expires on Sunday, was agreed last week", "The envoy, who visits Kessa on May 29, said":
        # a present of a set time ahead
        return "future"
    if "who " in sentence[relative_from:start] or "which " in sentence[relative_from:start]:
        wide = _RELATIVE_PRESENT_OBJECT.search(sentence, relative_from, start)
        if wide is not None and not any(wide.end("verb") <= s and e <= start for s, e, _t, _tail in found):
            return "future"  # "Peres, who faces Netanyahu in elections on May 29, told reporters": the same present
    futurate_from = max(left, start - _FUTURATE_REACH)
    heads = markers.futurate_heads
    futurate = (
        markers.futurate.search(sentence, futurate_from, start)
        if any(w in heads for w in sentence[futurate_from:start].lower().split())
        else None
    )
    if futurate is None and ("til" in sentence[futurate_from:start] or _UNTIL.match(sentence, start)):
        # "The border is closed until Friday" (the match may hold its "until"): the participle is the state's, no past.
        state = markers.state_until.search(sentence, futurate_from, start)
        if state is not None and (_UNTIL.match(sentence, start) or _UNTIL.search(state.group())):
            return "future"
    if futurate is not None and _PRESENT_NOW.match(sentence, start) and futurate.group().split()[0].lower() in _BE:
        futurate = None  # "They are meeting today": a progressive of today's time is going on, no time set ahead
    if futurate is not None and not any(futurate.start() < s and e <= start for s, e, _t, _tail in found):
        # "The ceasefire, which took effect on Monday, expires on Sunday": the coming Sunday; not past a verb of its
        # own between ("are holding hostages seized on Monday": the seizing's day).
        return "future"
    if _progressive_before(sentence, start, end, left, found, markers):
        return "future"  # "Veltar, who met the envoy in 1990, is running in elections on Monday": the coming Monday
    if ahead is not None:
        return ahead  # a present after an aside, unless its verb tells a set time ahead (above: "..., expires on")
    if start < _LEAD_CLAUSE_REACH and markers.future_clause_lead.match(sentence):
        lead = _time_clause_future(sentence, end, found, markers)
        if lead is not None:
            return lead
    left = _complement_left(sentence, start, left, right, found, markers)
    tense = _nearest(found, sentence, start, end, left, right, markers)
    if tense == "unknown":
        tense = _nearest(found, sentence, start, end, 0, len(sentence), markers)
    if tense == "unknown" and not found and markers.present.search(sentence):
        tense = "present"
    return tense


# A word and its spaces right before a date, and a modal with no perfect after it right after one (or after a
# second capitalised day joined to it: "Saturday and Sunday would").
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
_MODAL_AFTER = re.compile(r"(?:\s+(?:and|or)\s+[A-Z][a-z]+)?\s+([a-z]+)\s+(?!have\b)[a-z]")


def _reported_subject(sentence: str, start: int, end: int, markers: TenseMarkers) -> bool:
    """A bare day between a reporting verb and a modal ("officials said Saturday and Sunday would be used", "the
    ministry announced Friday will be a holiday") is the subject of the reported clause: the clause after a verb of
    saying needs a subject, and nothing else stands before its modal, so the day is that clause's, told as ahead of
    the report ("said Tuesday it would", "said on Tuesday that talks would", "would have" stay as they are)."""
    after = _MODAL_AFTER.match(sentence, end)
    if after is None or after.group(1) not in markers.modals or after.group(1) == "to":
        return False
    before = _WORD_BEFORE.search(sentence, max(0, start - 20), start)
    return before is not None and before.group(1).lower() in markers.reporting_verbs


def _complement_left(
    sentence: str,
    start: int,
    left: int,
    right: int,
    found: tuple[tuple[int, int, Tense, bool], ...],
    markers: TenseMarkers,
) -> int:
    """The start of a complement clause the date stands in ("the violence showed that a vote on Dec. 10, the date
    set in Paris, would be difficult"): its verb, not the one before "that", is the date's.  `left` unchanged when
    no complementizer stands between the clause's start and the date, or no marker follows it in the clause."""
    opened = None
    for m in markers.complementizer.finditer(sentence, left, start):
        opened = m.end()
    if opened is None or not any(opened <= s and e <= right for s, e, _t, _tail in found):
        return left
    return opened


# At most this many characters between two dashes fencing off an aside.
_DASH_ASIDE = 80


def _past_dash_aside(
    sentence: str, left: int, right: int, found: tuple[tuple[int, int, Tense, bool], ...]
) -> tuple[int, int]:
    """A clause that opens on the closing dash of a short aside with no verb ("will be applied for all transactions
    – government, commercial and personal – from 3 January") goes on from before the opening dash: the
    aside only lists or describes, and the date belongs to the verb before it."""
    if not left or sentence[left - 1] not in "–—":
        return left, right
    inner, _right = clause_bounds(sentence, left - 1, left - 1)
    if not inner or sentence[inner - 1] not in "–—" or left - inner > _DASH_ASIDE:
        return left, right
    if any(inner <= s < left for s, _e, _t, _tail in found):
        return left, right
    return clause_bounds(sentence, inner - 1, inner - 1)[0], right


# How far before a date a verb moving a plan ("postponement of the") may begin.
_MOVED_PLAN_REACH = 30


def _moved_plan(sentence: str, start: int, markers: TenseMarkers) -> bool:
    """The date at `start` names a plan right after a verb moving it ("postponing Friday's election", "the
    postponement of the December 24 vote").  The last word before the date is looked at first (most are none).  A
    date opening on its own preposition ("postponed from Monday", "postponed on Monday") is the old day or the
    moving's, no plan named after the verb."""
    if sentence[start : start + 1].islower():
        return False
    before = sentence[max(0, start - _MOVED_PLAN_REACH) : start].split()
    while before and before[-1].lower() in ("the", "of"):
        before.pop()
    return (
        bool(before)
        and before[-1].lower() in markers.moved_plan_last
        and markers.moved_plan.search(sentence, max(0, start - _MOVED_PLAN_REACH), start) is not None
    )


# How far into its sentence a date may stand and still be read in a time clause opening it.
_LEAD_CLAUSE_REACH = 160


def _time_clause_future(
    sentence: str, end: int, found: tuple[tuple[int, int, Tense, bool], ...], markers: TenseMarkers
) -> Tense | None:
    """ "When ministers gather in Oskar on Wednesday, the draft ... will demand": the date ending at `end` stands in a
    time clause opening the sentence (`future_clause_leads`) with no tense marker before the comma that closes it;
    the main clause's first marker after that comma, when a future, makes the clause's present a future (a participle
    describing a noun, "the draft circulated by diplomats", is no verb of the main clause).  A condition's present
    ("Unless the rebels withdraw by Friday, the army could move in") looks ahead too when the main clause has no
    marker and tells its result with a possibility modal (`possibility_modals`, not "could have").  None otherwise."""
    comma = sentence.find(",", end)
    if comma < 0 or any(s < comma for s, _e, _t, _tail in found):
        return None
    for s, e, t, _tail in sorted(found):
        if s > comma and not (t == "past" and sentence.startswith(" by ", e) and sentence[s:e].endswith("ed")):
            return "future" if t == "future" else None
    opener = _WORD.search(sentence)
    if opener is not None and opener.group().lower() in markers.condition_words:
        return "future" if markers.possibility.search(sentence, comma) else None
    return None


# How far before a date a possibility cue ("as early as") may end, when the match does not hold it.
_POSSIBILITY_REACH = 20
# How far before a date a call for a gathering ("called for a larger demonstration in the capital on") may begin,
# and a present verb after an aside (", runs until").
_CALL_REACH = 120
_VERB_REACH = 30


def _ahead_of_clause(
    sentence: str,
    start: int,
    end: int,
    left: int,
    found: tuple[tuple[int, int, Tense, bool], ...],
    markers: TenseMarkers,
) -> Tense | None:
    """The tense of a date whose verb is not the nearest marker: a gerund subject's modal after it ("that holding
    the vote on Friday, as planned, would be impossible"), a possibility's earliest time ("could leave as early as
    Tuesday"), a gathering called for ("called for a demonstration on Friday") and a present verb after an aside
    ("Its mandate, under the roadmap agreed last year, runs until 24 December").  None when no such form holds."""
    cue_before = markers.possibility_cue.search(sentence, max(0, start - _POSSIBILITY_REACH), start)
    if (cue_before is not None or markers.possibility_lead.match(sentence, start) is not None) and (
        markers.possibility.search(sentence, left, start)
    ):
        return "future"
    call = sentence[max(left, start - _CALL_REACH) : start]
    if " for " in call and markers.call_for.search(call):
        return "future"
    before = sentence[left:start]
    if "ing " in before and ("that " in before or (left == 0 and "ing " in before[:20])):
        gerund = _gerund_subject_tense(sentence, start, end, left, found, markers)
        if gerund is not None:
            return gerund
    tail_start = max(left, start - _VERB_REACH)
    if ", " in sentence[tail_start:start]:
        verb = markers.present_after_aside.search(sentence, tail_start, start)
        if verb is not None and verb.group(1) not in markers.not_present_verbs and len(verb.group(1)) > 3:
            opening, closing = sentence.find(",", left, verb.start()), verb.start()
            # A subject with no verb of its own before the aside opens, and a verb inside the aside (whose past
            # would otherwise decide).
            subject_verb = any(left <= s and e <= opening for s, e, _t, _tail in found)
            aside_verb = any(opening < s and e <= closing for s, e, _t, _tail in found)
            if 0 <= opening < closing and aside_verb and not subject_verb:
                return "present"
    return None


def _gerund_subject_tense(
    sentence: str,
    start: int,
    end: int,
    left: int,
    found: tuple[tuple[int, int, Tense, bool], ...],
    markers: TenseMarkers,
) -> Tense | None:
    """A gerund opening the date's clause as its subject, with no verb between it and the date, takes the tense of
    the modal group after the date, when only a comma-fenced aside ("as planned") stands between them."""
    subject = markers.gerund_subject.search(sentence, left, start)
    if subject is None or subject.group(1).lower() in markers.not_gerunds:
        return None
    if any(subject.start(1) <= s < start for s, _e, _t, _tail in found):
        return None
    later = sorted(m for m in found if m[0] >= end)
    modal = next((m for m in later if _first_word(sentence, m[0]) in markers.future_auxiliaries), None)
    if modal is None:
        return None
    between = sentence[end : modal[0]].rstrip(' "\u201c')
    if between.count(",") not in (0, 2) or ("," in between and not between.endswith(",")):
        return None  # an aside closes right before the modal ("on Friday, as planned, would be")
    for s, e, _t, _tail in later:
        if s >= modal[0]:
            break
        if "," not in sentence[end:s] or "," not in sentence[e : modal[0]]:
            return None  # a verb of the clause's own stands between: the gerund is no subject of the modal
    return modal[2]


# How far before a named day or date a present progressive may begin ("is running for governor of the region in
# elections on"), and the group: a copula, "not" or an adverb in -ly, a word in -ing, and the participle after
# "being" ("are being held").
_PROGRESSIVE_REACH = 100
_PROGRESSIVE = re.compile(
    r"\b(?P<head>[a-z]+)\s+(?:not\s+)?(?:[a-z]{3,}ly\s+)?(?P<verb>[a-z]{2,}ing)\b(?:\s+(?P<participle>[a-z]+)\b)?"
)
_NAMED = re.compile(r"[A-Z0-9]")


def _progressive_before(
    sentence: str,
    start: int,
    end: int,
    left: int,
    found: tuple[tuple[int, int, Tense, bool], ...],
    markers: TenseMarkers,
) -> bool:
    """A present progressive stands before the named day or date at [start, end) in its clause, with no other tense
    marker between them: an arrangement ahead ("is running for governor in elections on Monday", "who is seeking
    reelection in the elections on April 9", "are being held on Friday").  Not a deictic day ("The ceasefire is
    holding this week" is a present), nor a date before the verb ('"Today we are turning the page"')."""
    if not markers.progressive_heads or _NAMED.search(sentence, start, end) is None:
        return False
    reach = max(left, start - _PROGRESSIVE_REACH)
    window = sentence[reach:start]
    if "ing " not in window:
        return False
    group = None
    for m in _PROGRESSIVE.finditer(sentence, reach, start):
        if m["head"] in markers.progressive_heads and m["verb"] not in markers.not_progressive:
            group = m
    if group is None:
        return False
    # the participle after "being" is the group's, no past of its own
    group_end = group.end() if group["verb"] == "being" and group["participle"] else group.end("verb")
    return not any(group_end <= s and e <= start for s, e, _t, _tail in found)


def _first_word(sentence: str, at: int) -> str:
    word = _WORD.match(sentence, at)
    return _word(word.group()) if word is not None else ""
