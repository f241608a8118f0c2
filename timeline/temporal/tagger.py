"""The temporal tagger: find date expressions in English news text and resolve them.

Finding (`timeline.temporal.patterns`) is a set of regular expressions, longest
match first; resolving (`timeline.temporal.resolve`) turns each match into a
`Period` against a `Reference` (the document's publication date, or an
estimated range of it) and the tense of the clause around the expression.
The English words of both come from one `TemporalRules` object.

A date that cannot be resolved honestly is left unresolved (`period` None):
a wrong date is worse than a missing one.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from timeline.core import periods as P
from timeline.core.models import DateBasis, TimeMention
from timeline.core.periods import Period
from timeline.temporal.casing import capitalised_and_anchors
from timeline.temporal.estimate import QUOTE_REACH, quoted
from timeline.temporal.patterns import Match, find
from timeline.temporal.resolve import (
    FEAST_TRUCE_REACH,
    RESOLVERS,
    Resolution,
    deictic_offset,
    names_a_time,
    resolve_count_from_happening,
)
from timeline.temporal.rules import TemporalRules, builtin_rules
from timeline.temporal.tense import (
    Tense,
    forget_clauses,
    forward_cue,
    negated,
    relative_present_before,
    reported_future,
    rescheduled,
    sentence_tense,
    unreal_past,
)
from timeline.text.automaton import SharedPass
from timeline.text.segment import line_end, line_start, sentence_spans


@dataclass(frozen=True, slots=True)
class Reference:
    """What relative expressions resolve against.

    `published` is the publication day when known.  For an undated document
    `earliest`/`latest` may bound it instead: an expression is then resolved
    against both ends and kept only at a precision on which they agree.
    """

    published: dt.date | None = None
    earliest: dt.date | None = None
    latest: dt.date | None = None
    # The page's "Update" stamp a day or two after publication, when it has one: a weekday the text names in the past
    # between the two is that day (`resolve_weekday`).
    updated: dt.date | None = None

    @property
    def days(self) -> tuple[dt.date, ...]:
        if self.published:
            return (self.published,)
        if self.earliest and self.latest:
            return (self.earliest, self.latest)
        return ()

    @property
    def basis(self) -> DateBasis:
        return "publication" if self.published else "estimated"


@dataclass(frozen=True, slots=True)
class Context:
    text: str
    reference: Reference
    rules: TemporalRules
    sentence_start: int
    sentence_end: int
    # The last resolved day-or-finer period before this mention (for "two days later").
    anchor: Period | None
    # Tense of the mention's clause, read once per mention.
    clause_tense: Tense = "unknown"
    # The last resolved period of any precision before this mention in its paragraph ("the following
    # month" after "in January").
    last_period: Period | None = None
    # The last resolved day before this mention in its sentence ("agreed on Thursday to a truce starting
    # Saturday": a forward cue counts from it).
    sentence_anchor: Period | None = None
    # The last resolved period of any precision before this mention in its sentence ("began in October 2019,
    # six months after ...").
    sentence_period: Period | None = None

    def tense(self, m: Match) -> Tense:
        return self.clause_tense

    def reported(self, m: Match) -> bool:
        """The date's clause tells a future from a reporting time ("said it would ... on Friday")."""
        sentence = self.text[self.sentence_start : self.sentence_end]
        return reported_future(sentence, m.start - self.sentence_start, m.end - self.sentence_start, self.rules.tense)

    def forward(self, m: Match) -> bool:
        sentence = self.text[self.sentence_start : self.sentence_end]
        return forward_cue(sentence, m.start - self.sentence_start, self.rules.tense)


# ---------------------------------------------------------------- the tagger

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# What stands between a date and an apposition naming the same time again ("April 2, the first day of
# the holy month of Ramadan", "June 3, a Monday"): a comma and a noun phrase, no clause break.
_APPOSITION = re.compile(r",\s+(?:the|a|an)\s[^,;:.!?()\n\"\u201c\u201d]{0,60}", re.IGNORECASE)
# A relative time restated as a date right after it ("two years later, in 1999", "a year later, in October
# 2006", "two days earlier, on the evening of 15 February 2011"): one time, told twice.
_RESTATED = re.compile(r",\s+(?:in|on)\s+(?:the\s+(?P<part>[a-z]+(?:\s[a-z]+)?)\s+of\s+)?", re.IGNORECASE)
# A time restated in another zone, in brackets after the date ("at 1am on Tuesday Moscow time (22:00 GMT on
# Monday)"): the same moment, though its day may differ by one.
_ZONE_RESTATED = re.compile(r"[^().;!?\n]{0,40}\([^()\n]{0,30}\b(?:GMT|UTC)\b\s*(?:on\s+)?")
# A feast and the calendar date that places it, a few words apart in one clause ("the Mawlid holiday at the
# end of the month", "Ramadan is expected to begin on or around March 11"): one time, dated by the calendar
# words.  No clause break and no conjunction between them: "a truce over Christmas and talks on December 26"
# names two times.  The calendar words may stand apart after a comma, opened by a preposition or a relative
# pronoun ("on 2 April, at the start of Ramadan", "before Eid al-Fitr, which falls around April 21").
# A relative clause set off by commas between a feast's name and its clause's verb ("Eid al-Fitr, which marks the
# end of Ramadan, began on Friday").
_ASIDE_RE = r",\s+(?:which|that)\s[^,;:.!?()\n\"\u201c\u201d]{1,80},\s+"
_ASIDE = re.compile("(?i)" + _ASIDE_RE)
_FEAST_DATED = re.compile(
    r"(?i)(?:,\s+(?=(?:at|on|in|around|during|which|that)\b)|" + _ASIDE_RE + ")?"
    r"(?![^,;:.!?()\n\"\u201c\u201d]*\b(?:and|but|while|whereas|then|until|till|after|since|from)\b)"
    r"[^,;:.!?()\n\"\u201c\u201d]{0,45}"
)


@dataclass(frozen=True, slots=True)
class Found:
    """A text's date expressions as found, before any is resolved: all of the tagger's reading that does not
    depend on the reference.  An undated document is tagged twice, once against no reference to estimate its
    publication and once against the estimate; `find_dates` reads it once for both."""

    text: str
    spans: list[tuple[int, int]]
    # Each candidate in text order, with the index of its sentence in `spans` and its clause's tense ("unknown"
    # for a duration, whose tense no rule reads; None for a count after a clause, "a day after talks stalled",
    # which is most often dropped before its tense is asked: `tag` reads it then).
    matches: tuple[tuple[Match, int, Tense | None], ...]


def find_dates(
    text: str,
    spans: list[tuple[int, int]] | None = None,
    rules: TemporalRules | None = None,
    shared: SharedPass | None = None,
) -> Found:
    """The date expressions of `text` and their clauses' tenses (`tag` resolves them).  `rules` may differ from
    the ones `tag` is then given only in their date order: finding and tense do not read it.  `shared`: a pass
    over `text` that found the lower-case names' keys (`casing.capitalised_and_anchors`)."""
    rules = rules if rules is not None else builtin_rules()
    spans = spans if spans is not None else sentence_spans(text)
    forget_clauses()
    # Lower-case names ("next tuesday") are found in a copy with them capitalised, offsets unchanged (the same
    # pass finds the anchor words).
    cased, words = capitalised_and_anchors(text, rules.lower_case, shared) if rules.lower_case else (text, None)
    found: list[tuple[Match, int, Tense | None]] = []
    span_index = 0
    for match in find(cased, rules, words):
        while span_index < len(spans) - 1 and spans[span_index][1] <= match.start:
            span_index += 1
        s_start, s_end = spans[span_index] if spans else (0, len(text))
        groups = match.groups
        tense: Tense | None = "unknown"
        if groups["resolver"] == "later" and groups.get("dir", "").lower() == "after":
            tense = None  # "a day after talks stalled": a count after a clause, not after a date
        elif groups["resolver"] != "duration":
            tense = sentence_tense(text[s_start:s_end], match.start - s_start, match.end - s_start, rules.tense)
        found.append((match, span_index, tense))
    return Found(text, spans, tuple(found))


def tag(
    text: str,
    reference: Reference,
    spans: list[tuple[int, int]] | None = None,
    rules: TemporalRules | None = None,
    found: Found | None = None,
) -> list[TimeMention]:
    """Every date expression of `text`, resolved against `reference`.

    Mentions come in text order; "two days later" resolves against the
    latest day-or-finer date mentioned before it in the same paragraph.
    `spans` are the text's sentences (split here when not given); `rules`
    default to the built-in English data; `found`: the expressions of this text found already (`find_dates`),
    not searched again.
    """
    rules = rules if rules is not None else builtin_rules()
    if found is None:
        found = find_dates(text, spans, rules)
    elif found.text is not text and found.text != text:
        raise ValueError("the expressions given were found in another text")
    spans = found.spans
    found_breaks = list(_PARAGRAPH_BREAK.finditer(text))
    breaks = [m.start() for m in found_breaks]
    paragraph_starts = [0, *(m.end() for m in found_breaks)]
    mentions: list[TimeMention] = []
    anchor: Period | None = None
    last_period: Period | None = None
    # Whether `last_period` was told from the publication date ("last month", "this week").
    last_relative = False
    anchor_paragraph = -1
    anchor_at = -1
    last_paragraph = -1
    last_at = -1
    frame: _YearFrame | None = None
    # The text's first day told relative to publication: the day of its news ("announced early Tuesday").
    lead_day: Period | None = None
    # The last single day told outside quotations, in any paragraph ("later in the day" paragraphs after it).
    told_day: Period | None = None
    # Whether the anchor is a day only a future or a plan names ("would end on Monday"), and the last single day
    # told in the past before it, with the paragraph it reaches to (`_past_count_anchor`).
    anchor_ahead = False
    past_day: Period | None = None
    past_day_paragraph = -1
    # The last date told, when it is a single day told in the past outside quotations: its day, sentence and
    # paragraph (what a count after a clause with no date of its own in its sentence counts from, `_story_day`).
    story: tuple[Period, int, int] | None = None
    closings = _next_dates_in_full(found.matches, rules)
    # The last stamp line ("Thu 16 Jun 2022 08.10 BST", "2019") and the last digest heading's week ("Weekly
    # digest, 15-21 March"), each with where its line ends: what follows is told from them (`_stamped`).
    stamp: Period | None = None
    week: Period | None = None
    stamp_end = week_end = len(text)
    year_heads: list[tuple[int, int]] | None = None
    for index, (match, span_index, found_tense) in enumerate(found.matches):
        s_start, s_end = spans[span_index] if spans else (0, len(text))
        paragraph = bisect.bisect_left(breaks, match.start)
        # A paragraph opening "The next day, ..." goes on from the last date of the paragraph before.
        opening = paragraph > 0 and (span_index == 0 or spans[span_index - 1][1] <= paragraph_starts[paragraph])
        # ... when nothing of its own is dated before it.
        carried = opening and last_paragraph == paragraph - 1
        if paragraph != anchor_paragraph and not (carried and anchor_paragraph == paragraph - 1):
            anchor = None
        if paragraph != last_paragraph and not carried:
            last_period = None
        news_day: Period | None = None
        # "Two days before the vote, ...": the day the text gave that happening before (`_happening_day`)
        happening = (
            _happening_day(text, match, span_index, spans, mentions, rules)
            if match.groups["resolver"] in _COUNTED_RESOLVERS and last_at < s_start and mentions
            else None
        )
        if found_tense is None and last_at < s_start and happening is None:  # a count after a clause (`find_dates`)
            news_day = _news_day(text, match, (s_start, s_end), reference, rules, lead_day)
            if news_day is None:
                # ... up to a count after it in its sentence ("Five months after X, and a month after Y sworn in on
                # January 30, ..."): that count's clause is its own
                ahead = found.matches[index + 1] if index + 1 < len(found.matches) else None
                end = ahead[0].start if ahead is not None and ahead[1] == span_index and ahead[2] is None else s_end
                news_day = _story_day(story, span_index, paragraph, text, match, (s_start, s_end), end, rules)
            if news_day is None:
                continue  # "a day after <clause>" with no date before it in its sentence: no mention (tense not read)
        tense = found_tense
        if tense is None:
            tense = sentence_tense(text[s_start:s_end], match.start - s_start, match.end - s_start, rules.tense)
        in_sentence = anchor if anchor is not None and anchor_at >= s_start else news_day
        period_in_sentence = last_period if last_period is not None and last_at >= s_start else news_day
        ctx = Context(
            text, reference, rules, s_start, s_end, anchor, tense, last_period, in_sentence, period_in_sentence
        )
        if match.groups["resolver"] == "month_day" and _in_a_name(text, match, rules):
            continue  # "the 17 February Revolution": a name, whose day is of another year
        if match.groups["resolver"] in _DAY_RESOLVERS and rules.tense.day_subject.match(text, match.core_end):
            continue  # "Today is a good day for peace": the day described, no happening dated
        if rules.recurrence_lead.search(text, max(0, match.start - _RECURRENCE_REACH), match.start):
            continue  # "every Tuesday", "each January": a recurring time, no happening dated
        if match.groups["resolver"] == "holiday" and rules.feast_truce_lead.search(
            text, max(s_start, match.start - FEAST_TRUCE_REACH), match.start
        ):
            continue  # "offered a truce for the holy month of Ramadan": the feast names the truce, as "a Ramadan truce"
        if _habitual(text, match, s_start, rules):
            continue  # "each year at Christmas", "usually around Easter", "on 26 December every year": a habit
        if (
            match.groups["resolver"] == "hours_later"
            and index > 0
            and s_start <= found.matches[index - 1][0].end
            and not text[found.matches[index - 1][0].end : match.start].strip()
        ):
            continue  # "began production on Wednesday hours after the vote": the day is told; the count restates it
        if match.groups["resolver"] in _DAY_RESOLVERS and _denied_day(text, match, s_start, s_end, rules):
            continue  # "did not respond to requests for comment on Wednesday": nothing happened that day
        if match.groups["resolver"] == "deictic_day" and (
            _rhetorical_today(text, match, rules)
            or _state_today(text, match, rules)
            or _exhorted_tomorrow(text, match, rules)
        ):
            continue  # '"We are here today because the people demanded it," he said': no happening dated
        res = RESOLVERS[match.groups["resolver"]](match, ctx)
        if happening is not None and res.period is None and tense == "past":
            res = resolve_count_from_happening(match, ctx, happening)
        if res.rule == "anchor_same_day" and last_relative and res.period is not None and res.period.precision != "day":
            # "resigned last month ... renewed the call the same day": a week or month told from the publication
            # date is background to the story, not a time it narrates ("came in November 2004, when ... the same
            # day"); which day "the same day" is, the text does not say.
            res = Resolution(None, "unresolved", "anchor_missing", res.kind, res.tense)
        if (
            match.groups["resolver"] == "month_alone"
            and res.period is not None
            and res.period.precision == "month"
            and mentions
            and not match.groups.get("cue")
            and rules.taken_up_noun.match(text, match.core_end)
            and _THE_BEFORE.search(text, max(0, match.core_start - 5), match.core_start)
        ):
            res = _taken_up_month(res, mentions)
        if (
            anchor_ahead
            and res.basis == "anchor"
            and tense == "past"
            and res.period is not None
            and reference.days
            and res.period.start > max(reference.days)
        ):
            if past_day is not None and past_day_paragraph == anchor_paragraph:
                # "The truce would start on Saturday and end on Monday.\n\nThe council said hours later ...": a
                # count told in the past cannot land after publication; it goes on from the last day told in the
                # past, not from a plan's day named since ("Two days before polling day, ..." stays counted from the
                # plan's day).
                res = RESOLVERS[match.groups["resolver"]](match, dataclasses.replace(ctx, anchor=past_day))
            elif res.rule == "anchor_hours_later":
                # "announced that parliament would convene on May 25.\n\nHours later, the opposition began ...":
                # with no day told in the past to count from, the hours count from the untold day of the
                # announcement, not from the plan's.
                res = Resolution(None, "unresolved", "count_after_plan", res.kind, res.tense)
        if res.rule == "anchor_missing" and _publication_day(told_day, reference) and _same_day_lead(match, rules):
            # "appeared later in the day", "issued a similar call about an hour later", paragraphs after "left
            # Tripoli on Tuesday morning" in a report of that Tuesday: the day the report tells, when no other day
            # has come between (and the count stays within it).
            again = RESOLVERS[match.groups["resolver"]](match, dataclasses.replace(ctx, anchor=told_day))
            res = again if again.period == told_day else res
        elif res.rule == "anchor_missing" and _news_week(told_day, reference) and _same_week_lead(match, rules):
            # "Residents who fled earlier in the week began returning on Sunday", paragraphs after "struck early on
            # Saturday" in a Sunday report: the week the report tells, as "earlier this week" is.
            again = RESOLVERS[match.groups["resolver"]](match, dataclasses.replace(ctx, last_period=told_day))
            week, day = again.period, told_day
            res = again if week is not None and day is not None and week.start <= day.start <= week.end else res
        if in_sentence is not None and match.groups["resolver"] == "deictic_day" and quoted(text, match.start):
            res = _from_speech_day(in_sentence.start, match, ctx) or res
        elif (
            match.groups["resolver"] == "deictic_day"
            and quoted(text, match.start)
            and (spoken := _speech_day_after(text, found.matches, index, spans, reference, rules)) is not None
        ):
            # '"We will sign the deal tomorrow," the minister told reporters on Tuesday': the day of the speech,
            # told after the quotation, counts the quoted word.
            res = _from_speech_day(spoken, match, ctx) or res
        elif (
            match.groups["resolver"] == "deictic_day"
            and _news_weekday(lead_day, reference) is not None
            and _speaker_today(text, match, rules)
        ):
            # '"Today we turn the page," he told reporters after the ceremony': the act the news is about,
            # said on its day (the lead's weekday, "signed ... on Thursday"), not on the day of writing.
            res = _from_speech_day(lead_day.start, match, ctx) or res  # type: ignore[union-attr]
        if match.groups["resolver"] == "weekday" and rules.anchor_week_tail.match(text, match.core_end):
            res = _in_anchor_week(anchor, match, res, rules)
        if (
            res.basis == "publication"
            and res.period is not None
            and match.groups["resolver"] in _FRAMED_RESOLVERS
            and (year_heads is None or year_heads)
        ):
            # A year alone on a line heads a list ("2019\nApril 4: ..."): a stamp of that year, unless a later stamp
            # line stands between (the years are looked for once, at the first date they could place; a text with
            # no line opening on a year of these centuries has none).
            if year_heads is None:
                year_heads = _year_heads(text) if "\n20" in text or "\n19" in text or "\n18" in text else []
            at = bisect.bisect_left(year_heads, (match.start, 0)) - 1
            if at >= 0 and (stamp is None or year_heads[at][0] > stamp_end):
                stamp, stamp_end = P.year(year_heads[at][1]), year_heads[at][0]
        if res.basis == "publication" and res.period is not None and (stamp is not None or week is not None):
            res = _stamped(stamp if match.start > stamp_end else None, week if match.start > week_end else None,
                           match, ctx, res)  # fmt: skip
        if res.kind == "none":
            continue
        if (
            res.period is not None
            and reference.days
            and res.kind == "date"
            # a stamp or heading is a short line, with a line under it (two cheap searches first)
            and (line_break := text.find("\n", match.core_end, match.core_end + _HEADING_CHARS)) >= 0
            and (line_break <= _HEADING_CHARS or text.rfind("\n", line_break - _HEADING_CHARS, match.core_start) >= 0)
        ):
            heading = _stamp_line(text, match, res.period, rules)
            if heading is not None:
                if heading[0] == "week":
                    week, week_end = heading[1], heading[2]
                elif heading[1].start not in reference.days and _after_prose(text, match.start):
                    # A page's own stamp ("Saturday, Feb 23, 2002" over a story of the 22nd, "8 Aug 2022" under
                    # "Published On 8 Aug 2022") heads the text before any sentence of it, or repeats publication.
                    stamp, stamp_end = heading[1], heading[2]
        if res.period is not None and rules.archive_mark.search(text, max(0, match.start - 80), match.start):
            # "(File photo, 2016)": the picture's date, not a happening's
            res = Resolution(None, "unresolved", f"{res.rule}_archive_mark", res.kind, res.tense)
        elif res.basis in ("publication", "estimated") and _archive_caption_line(text, match.start, rules):
            # "[Image: X speaks in Tripoli in January [File: ...]]": an older picture, of an unknown year
            res = Resolution(None, "unresolved", f"{res.rule}_file_photo", res.kind, res.tense)
        closing = closings[index]
        framed = frame is not None and _in_frame(frame, match, res, ctx, paragraph, span_index, closing)
        if framed and frame is not None:
            res = _framed(frame, match, ctx, closing) or res
        if res.period is not None and res.kind == "date":
            # A date of the frame's own year that sets none ("from the autumn of 2019" after "on 4 April that
            # year") goes on with it.
            # A date in a relative clause describes its noun ("Haftar, an officer who had spent the 1990s in exile"):
            # the narrative's frame goes on past it.
            kept = (
                frame
                if framed
                or not reference.days
                or _of_frame_year(frame, res.period)
                or (
                    frame is not None
                    and (
                        _in_relative_clause(text, match.core_start, rules)
                        or _in_subject_apposition(text, match.core_start, s_start, rules)
                    )
                )
                else None
            )
            if not _stepped_back(frame, res.period, text, s_start, match.start):
                carried_from = frame if framed else None
                frame = _frame_of(text, match, res, rules, paragraph, span_index, s_start) or kept
                if carried_from is not None and frame is not None and frame is not carried_from:
                    # A date the frame placed carries it on from the narrative's first day: "on 6 January 2020
                    # ... collapsed in the spring ... after the vote in January" (that January is no earlier).
                    frame = dataclasses.replace(frame, start=min(frame.start, carried_from.start))
        elif res.kind == "date" and match.groups["resolver"] in _DAY_NAMING:
            anchor = None  # "the next day" after a day left unresolved would count from an older one
        mention = TimeMention(
            match.core_start, match.core_end, text[match.core_start : match.core_end], res.period, res.basis, res.rule,
            kind=res.kind, tense=res.tense,  # type: ignore[arg-type]
            background=res.period is not None and (
                (
                    # "which holds the chair this year": a present state through the year, not a time ahead
                    (res.tense != "future" or relative_present_before(text[s_start:s_end], match.start - s_start))
                    and res.period.precision == "year"
                    and _current_stretch(text, match, rules)
                )
                or (res.period.precision in _COUNT_STRETCHES and _ordinal_count(text, match, s_start, rules))
                or _state_stretch(text, match, s_start, rules)
                or (res.rule == "year" and _year_state_start(text, match, rules))
                or (res.rule == "year" and _denied_year(text, match, s_start, s_end, rules))
                or _unreal_time(text, match, s_start, s_end, rules)
                or _conditioned(text, match, s_start, s_end, rules)
                or _recommended_deadline(text, match, s_start, rules)
                or (res.rule == "year" and _cohort_year(text, match, rules))
                or (res.rule == "year" and _compared_year(text, match, s_start, rules))
                or (res.rule == "ago" and _compared_ago(text, match, s_start, rules))
                or (res.rule == "anchor_later" and _count_to_now(text, match, s_start, s_end, rules))
                or (res.period.precision == "year" and _years_named(text, match, res.period, rules))
                or (res.period.precision in _PAIRED and _second_of_pair(text, match, res.period, mentions, rules))
                or _span_end(text, match, res.period, mentions, s_start, s_end, rules)
                or _clock_span_end(text, match, res.period, mentions, s_start, rules)
            ),
            parts=tuple(
                TimeMention(a, b, text[a:b], p, res.basis, res.rule, tense=res.tense)  # type: ignore[arg-type]
                for a, b, p in res.parts
            ),
        )  # fmt: skip
        mentions.append(mention)
        if res.rule in _COUNTED_CLAUSE:
            # "on April 15, two days after talks stalled. Hours later, ...": the date of the clause after the
            # count lies back in time; the story goes on from the date before it.
            continue
        if res.period is not None and res.kind == "date":
            last_period, last_paragraph, last_at = res.period, paragraph, match.start
            last_relative = res.basis == "publication"
        if res.kind == "date":
            story = (
                (res.period, span_index, paragraph)
                if res.period is not None
                and res.period.precision == "day"
                and res.period.start == res.period.end
                and res.tense != "future"
                and not quoted(text, match.start)
                else None
            )
        if res.kind == "date" and res.period is not None and not quoted(text, match.start):
            single = res.period.precision == "day" and res.period.start == res.period.end
            if single and res.rule != "night_of_days":
                told_day = res.period
            elif res.tense != "future" and not _PAST_PERFECT.search(text, s_start, match.start):
                # The story moved to another time ("collapsed in June. Hours later"); a plan does not, nor a step
                # back in the past perfect ("The border had been quiet since February 2021"), background to it.
                told_day = None
        if res.rule == "night_of_days":
            anchor = None  # a night across two days: "the next day" or "earlier in the day" could count from either
        elif res.period is not None and res.period.precision == "day" and res.period.start == res.period.end:
            anchor, anchor_paragraph, anchor_at = res.period, paragraph, match.start
            anchor_ahead = res.tense == "future"
            if not anchor_ahead:
                past_day, past_day_paragraph = res.period, paragraph
            elif past_day is not None and past_day_paragraph >= paragraph - 1:
                past_day_paragraph = paragraph  # the story told in the past goes on past a plan's day
            if lead_day is None and res.kind == "date" and res.basis == "publication" and not _credited(text, match):
                lead_day = res.period
    return _without_appositions(text, mentions, rules)


@dataclass(frozen=True, slots=True)
class _YearFrame:
    """A past year the text has set as the time of what it tells next ("In 2019, ...")."""

    year: int
    paragraph: int
    sentence: int
    # A day, month or season moves a narrative on ("The offensive collapsed in the spring"); a bare year ("plunged
    # into chaos in 2011") is mostly background, and frames only its own sentence.
    narrative: bool
    # The frame's own date's first day, and where it was written.
    start: dt.date
    at: int


# The precisions of a date that moves a narrative on (`_YearFrame.narrative`).
_NARRATIVE = ("day", "month", "season")
# How many sentences after its own a year frame still holds (with no other date between).
_FRAME_SENTENCES = 2
# The year-less expressions a frame places: months, days of a month, seasons.
_FRAMED_RESOLVERS = frozenset({"month_day", "month_alone", "season"})
# A day or month placed in a year named relative to publication ("died on April 20 last year", "in March last
# year") frames what follows as "In 2021, ..." does.
_NAMED_YEAR_FRAMES = frozenset({"month_day_named_year", "day_month_named_year", "month_named_year"})
# ... when named alone, with no qualifier of their own ("last fall", "March this year" are counted from
# publication).
_FRAMED_RULES = frozenset({"month_past", "month_day", "day_month", "season_past"})


def _frame_of(
    text: str,
    match: Match,
    res: Resolution,
    rules: TemporalRules,
    paragraph: int,
    sentence: int,
    sentence_start: int = 0,
) -> _YearFrame | None:
    """The frame a resolved date sets: a single past year, written with a frame word before it ("in 2019",
    "during March 2018", "on 3 March 2018") or counted from publication ("last year", "on April 20 last year",
    "in March last year")."""
    period = res.period
    if period is None or res.tense != "past" or period.start.year != period.end.year:
        return None
    # "on 4 April that year": a day or month of the year told before, written with a frame word, frames as
    # "on 4 April 2019" would.
    that_year = res.basis == "anchor" and res.rule.endswith("_named_year") and period.precision in ("day", "month")
    if res.basis == "explicit" or that_year:
        if _frame_lead(text, match.core_start, rules) not in rules.year_frame_leads:
            return None
    elif res.basis == "anchor" and res.rule.endswith("_year_frame"):
        pass  # a day or month the frame placed carries it on ("on 30 June ... on 6 July ... on 7 July")
    elif res.basis not in ("publication", "estimated") or not (
        res.rule == "relative_year" or res.rule in _NAMED_YEAR_FRAMES
    ):
        return None
    if _in_relative_clause(text, match.core_start, rules) or _in_subject_apposition(
        text, match.core_start, sentence_start, rules
    ):
        return None
    return _YearFrame(period.start.year, paragraph, sentence, period.precision in _NARRATIVE, period.start, match.start)


# How far back the word leading a frame's date is looked for: past a part of the time ("on the early morning of").
_FRAME_LEAD_REACH = 40
_PART_WORDS = 2


def _frame_lead(text: str, at: int, rules: TemporalRules) -> str:
    """The lower-case word before the date at `at`, or, past "the <part> of" ("on the evening of 15 February
    2011") or a "the" before a date that opens with its part ("in the autumn of 2020"), the word before the
    part; "" when there is none."""
    before = text[max(0, at - _FRAME_LEAD_REACH) : at].lower().split()
    if len(before) > 1 and before[-1] == "the":
        head = text[at : at + 20].lower().split(maxsplit=1)
        if head and head[0] in rules.year_frame_parts:
            return before[-2]
    if len(before) > 2 and before[-1] == "of":
        for n in range(1, _PART_WORDS + 1):
            part = " ".join(before[-n - 1 : -1])
            if len(before) > n + 2 and before[-n - 2] == "the" and part in rules.year_frame_parts:
                return before[-n - 3]
    return before[-1] if before else ""


# How far back a relative clause's opening word is looked for, and what ends the search: a clause break.
_RELATIVE_REACH = 80
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]\n\u2014\u2013]|\.\s")
_WORD_RE = re.compile(r"[A-Za-z]+")


def _of_frame_year(frame: _YearFrame | None, period: Period) -> bool:
    return frame is not None and period.start.year == frame.year == period.end.year


def _in_relative_clause(text: str, at: int, rules: TemporalRules) -> bool:
    """The year at `at` stands in a relative clause, between its opening word and the date, with no clause break:
    "Haftar, a general who had returned from exile in 2011, appeared ... on 14 February": it tells of the noun,
    not the time of the sentence's other dates."""
    before = text[max(0, at - _RELATIVE_REACH) : at]
    lowered = before.lower()
    if not any(w in lowered for w in rules.frame_relative_openers):
        return False  # the regexes only where an opening word may stand (most years have none before them)
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end() :] if breaks else before
    return any(w.lower() in rules.frame_relative_openers for w in _WORD_RE.findall(clause))


# At most this many words of a subject before the apposition that describes it, and how far after the year the
# apposition's closing comma is looked for.
_SUBJECT_WORDS = 6
_APPOSITION_REACH = 120


def _in_subject_apposition(text: str, at: int, sentence_start: int, rules: TemporalRules) -> bool:
    """The year at `at` stands in an apposition fenced by commas right after the sentence's subject, before its verb
    ("The deputies, the survivors of a parliament elected in 1972, began meeting on September 30"; "Orvan, the
    general named to the post in May 1990, launched ..."): it describes the subject's noun, not the time of the
    sentence's other dates.  The apposition opens on a determiner (`frame_apposition_openers`); a participle there
    ("Monitors, deployed in March 2019, completed ...") tells the subject's own story, which the frame goes on with."""
    before = text[sentence_start:at]
    opening = before.find(",")
    if opening < 0 or "," in before[opening + 1 :] or not rules.frame_apposition_openers:
        return False
    subject = before[:opening].split()
    if (
        not 1 <= len(subject) <= _SUBJECT_WORDS
        or not subject[0][:1].isupper()
        or any(c.isdigit() for c in before[:opening])
    ):
        return False
    if subject[0].lower() in rules.year_frame_leads:
        return False  # "In 2019, ...": the frame heads the sentence
    aside = before[opening + 1 :].split()
    if not aside or aside[0].lower() not in rules.frame_apposition_openers:
        return False
    after = text[at : at + _APPOSITION_REACH]
    closing = after.find(",")
    if closing < 0 or any(c in after[:closing] for c in ".;:!?\n"):
        return False
    verb = _WORD_RE.search(after, closing)
    return verb is not None and verb.start() == len(after[:closing]) + 2 and verb.group()[0].islower()


def _stepped_back(frame: _YearFrame | None, period: Period, text: str, sentence_start: int, at: int) -> bool:
    """A date before a narrative frame's own, told in the past perfect ("took the city on 6 January 2020 ... the
    offensive he had launched in April 2019"): a step back from the narrative's time, which goes on in the frame's
    year after it; it sets no frame of its own."""
    return (
        frame is not None
        and frame.narrative
        and period.end < frame.start
        and _PAST_PERFECT.search(text, max(sentence_start, frame.at), at) is not None
    )


def _in_frame(
    frame: _YearFrame,
    match: Match,
    res: Resolution,
    ctx: Context,
    paragraph: int,
    sentence: int,
    closing: dt.date | None = None,
) -> bool:
    """A year-less month, day or season told in the past, near a frame of an earlier year than publication:
    in the frame's sentence; after a day, month or season, in the next two sentences of its paragraph too, or
    in any later paragraph when the next day or month the text writes with its year (`closing`) is of the frame's
    year: a narrative of one year between two of its dates ("took the city on 6 January 2020 ...\n\nThe offensive
    collapsed in the spring ... on 18 May ...\n\nOn 21 August 2020, ..."; `_framed` keeps it before that date), or,
    in a document with no publication day nor a closed estimate of it (a look back, an explainer), through its
    paragraph and the next one."""
    days = ctx.reference.days
    known = min(days) if days else ctx.reference.earliest
    if sentence == frame.sentence:
        near = True
    elif not frame.narrative:
        near = False
    elif days:
        near = (
            frame.paragraph == paragraph
            and 0 < sentence - frame.sentence <= _FRAME_SENTENCES
            # a page of one paragraph a line: a line ending a sentence ends the frame's paragraph as a blank line
            # does ("pulled out in April 2003.\nTensions rose after X was elected in November." tells the last
            # November before publication); a line broken mid-sentence (hard-wrapped text) does not
            and _PROSE_LINE_END.search(ctx.text, frame.at, match.start) is None
        ) or (closing is not None and closing.year == frame.year)
    else:
        near = 0 <= paragraph - frame.paragraph <= 1
    sentence_text = ctx.text[ctx.sentence_start : ctx.sentence_end]
    at = match.start - ctx.sentence_start
    return (
        match.groups["resolver"] in _FRAMED_RESOLVERS
        and res.rule in _FRAMED_RULES
        # "has been fighting off an offensive since April": a stretch reaching the present, not the frame's year
        and not ctx.rules.tense.backward_lead.match(sentence_text, at)
        and not ctx.rules.tense.backward_cue.search(sentence_text, max(0, at - 20), at)
        and "wd" not in match.groups
        and res.basis in ("publication", "estimated", "unresolved")
        and ctx.clause_tense == "past"
        and near
        # ... of a year before publication; or of the first year an undated text can be from, when the estimate
        # reads nothing without the frame ("ended in April 2016. In the early hours of 2 April, ...").
        and (
            known is None
            or frame.year < known.year
            or (not days and res.basis == "unresolved" and frame.year == known.year)
        )
        # "The embargo imposed in 2011 has been violated ...; the panel called it ineffective in March": a present
        # perfect after the frame brings the text back to now (looked for last: the other tests are cheaper).
        and not _PRESENT_PERFECT.search(ctx.text, frame.at, match.start)
    )


# A present perfect ("has been violated", "have already signed"): the time of the text's now, not a past frame's.
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:[a-z]+ly\s+)?(?:been|[a-z]{2,}ed|[a-z]{2,}en)\b")


# A past perfect between a frame and a month it places steps back from the frame ("In March 2018 they took
# the town, which they had lost in January").
_PAST_PERFECT = re.compile(r"\bhad\b", re.IGNORECASE)


def _next_dates_in_full(
    matches: tuple[tuple[Match, int, Tense | None], ...], rules: TemporalRules
) -> list[dt.date | None]:
    """For each expression, the first day of the next day or month written with its year after it ("21 August
    2020", "in March 2019"), None when none follows."""
    closings: list[dt.date | None] = [None] * len(matches)
    following: dt.date | None = None
    for i in range(len(matches) - 1, -1, -1):
        closings[i] = following
        following = _in_full(matches[i][0], rules) or following
    return closings


def _in_full(match: Match, rules: TemporalRules) -> dt.date | None:
    """The first day of a day or month written with its year, one time (no span): None for any other."""
    g = match.groups
    if "y" not in g or "mon" not in g or any(k.endswith("2") for k in g):
        return None
    try:
        return dt.date(int(g["y"]), rules.month_number(g["mon"]), int(re.sub(r"\D", "", g.get("d", "1")) or 1))
    except (KeyError, ValueError):
        return None


def _framed(frame: _YearFrame, match: Match, ctx: Context, closing: dt.date | None = None) -> Resolution | None:
    """The expression read as told at the end of the frame's year, kept when it falls in that year, and not
    before the frame's own day or month unless a past perfect steps back: "troops, deployed in December 2023,
    completed their withdrawal in May" tells a later May (the frame is left, and the May is read as it would
    be without one); nor after the frame year's next date written in full (`closing`), which a narrative of one
    year reaches after it."""
    year = frame.year
    at_year_end = Context(
        ctx.text, Reference(dt.date(year, 12, 31)), ctx.rules, ctx.sentence_start, ctx.sentence_end, None,
        ctx.clause_tense,
    )  # fmt: skip
    res = RESOLVERS[match.groups["resolver"]](match, at_year_end)
    if res.period is None or res.period.start.year != year or res.period.end.year != year:
        return None
    if res.period.end < frame.start and not _PAST_PERFECT.search(ctx.text, frame.at, match.start):
        return None
    if closing is not None and closing.year == year and res.period.start > closing:
        return None
    return Resolution(res.period, "anchor", f"{res.rule}_year_frame", res.kind, res.tense, res.parts)


# How far a stamp line or a digest heading is read each side of its date, and the longest heading.
_STAMP_REACH = 120
_HEADING_CHARS = 100
_WEEK_DAYS = 7
_HEADING_END = re.compile(r"[.!?\"\u201d]\s*$")


# A year alone on a line, heading the entries under it.
_YEAR_HEAD = re.compile(r"^[ \t]*((?:1[89]|20)\d\d)[ \t]*:?[ \t]*$", re.MULTILINE)


def _year_heads(text: str) -> list[tuple[int, int]]:
    """(where the line ends, the year) of each line that is a year alone ("2019"), in text order."""
    return [(m.end(), int(m.group(1))) for m in _YEAR_HEAD.finditer(text)]


# A line ending a sentence: prose before a stamp line.
_PROSE_LINE_END = re.compile(r"[.!?][\"'\u2019\u201d)]?[ \t]*\n")


def _after_prose(text: str, at: int) -> bool:
    """Some line before `at` ends a sentence: the text's body has begun (a stamp above it is the page's)."""
    return _PROSE_LINE_END.search(text, 0, at) is not None


def _stamp_line(text: str, match: Match, period: Period, rules: TemporalRules) -> tuple[str, Period, int] | None:
    """What a date's line sets for the lines under it: ("stamp", the day, line end) when the line holds the date and
    nothing but a clock time and punctuation ("Thu 16 Jun 2022 08.10 BST"); ("week", its first day, line end) when a
    short heading (no full stop) names a week: a range of seven days ("Weekly digest, 15-21 March") or a day after
    "week of".  None for any other line, and for the last line (nothing under it).  (A year alone on a line is no
    date the patterns find: `_year_heads` reads those.)"""
    start = line_start(text, match.core_start, _STAMP_REACH)
    end = line_end(text, match.core_end, _STAMP_REACH)
    if end >= len(text) or text[end] != "\n" or (start > 0 and text[start - 1] != "\n"):
        return None
    days = (period.end - period.start).days + 1
    if days == 1 and period.precision == "day":
        rest = text[start : match.core_start] + " " + text[match.core_end : end]
        if rules.stamp_rest.fullmatch(rest):
            return ("stamp", period, end)
    if end - start > _HEADING_CHARS or _HEADING_END.search(text, start, end):
        return None
    if days == _WEEK_DAYS and period.precision == "day":
        return ("week", period, end)
    if days == 1 and rules.week_heading_lead.search(text, start, match.core_start):
        return ("week", P.day(period.start), end)
    return None


def _stamped(stamp: Period | None, week: Period | None, match: Match, ctx: Context, res: Resolution) -> Resolution:
    """A date told from publication, read again under the stamp line or digest heading above it: a weekday of a
    digest's entries is the day of the digest's week; under a day's stamp, a date relative to now is told from that
    day ("this morning" in a live blog's entry of the 16th); under a year's, a month or a day of a month without its
    year is of that year ("April 4" under "2019")."""
    resolver = match.groups["resolver"]
    if week is not None and resolver == "weekday" and res.tense != "future":
        qualifier = (match.groups.get("qual") or "").lower()
        if not qualifier or qualifier in ctx.rules.weekday_neutral_qualifiers:
            wd = ctx.rules.weekday_number(match.groups["wd"])
            day = week.start + dt.timedelta(days=(wd - week.start.weekday()) % 7)
            return Resolution(P.day(day), "anchor", f"{res.rule}_digest_week", res.kind, res.tense, res.parts)
    if stamp is None:
        return res
    if stamp.precision == "day":
        again = RESOLVERS[resolver](match, dataclasses.replace(ctx, reference=Reference(stamp.start)))
    elif resolver in _FRAMED_RESOLVERS:
        year_end = Reference(dt.date(stamp.start.year, 12, 31))
        again = RESOLVERS[resolver](match, dataclasses.replace(ctx, reference=year_end, clause_tense="past"))
        if again.period is not None and again.period.start.year != stamp.start.year:
            return res
    else:
        return res
    if again.period is None or again.basis != "publication":
        return res
    return Resolution(again.period, "anchor", f"{again.rule}_stamp", again.kind, again.tense, again.parts)


def _in_anchor_week(anchor: Period | None, match: Match, res: Resolution, rules: TemporalRules) -> Resolution:
    """ "the Tuesday of that week": that weekday in the week of the day mentioned before it, else no date."""
    if anchor is None or "wd" not in match.groups:
        return Resolution(None, "unresolved", "weekday_anchor_week_missing", res.kind, res.tense)
    day = anchor.start + dt.timedelta(days=rules.weekday_number(match.groups["wd"]) - anchor.start.weekday())
    return Resolution(P.day(day), "anchor", "weekday_of_anchor_week", res.kind, res.tense)


# The fewest words a quotation has to read as a clause of its own, with its own tense.
_QUOTED_CLAUSE_WORDS = 3
# A conjunction joining a clause, right before the quoted word.
_JOINED_CLAUSE = re.compile(r"\s(?:and|but),?\s+$")
_QUOTE_MARKS = '"\u201c\u201d'
_QUOTE_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _in_a_name(text: str, match: Match, rules: TemporalRules) -> bool:
    """A day and month inside a name ("the March 23 Movement", "Lebanon's 14 March Alliance"), by
    date_names.yaml: the words before the day and month, and the capitalised head word after them (a place's head
    right after them whatever stands before)."""
    # The expression may hold its own "the" ("the 17 February").
    if rules.date_name_place_tail.match(text, match.core_end) is not None:
        return True  # "on 23 July Street": a place, whatever stands before it
    lead_end = match.core_start + 4 if text.startswith(("the ", "The "), match.core_start) else match.core_start
    if rules.date_name_tail.match(text, match.core_end) is None:
        # "the Western-backed March 14 parliamentary majority": a camp's lower-case head
        return (
            rules.date_name_lower_tail.match(text, match.core_end) is not None
            and rules.date_name_lower_lead.search(text, max(0, lead_end - _LOWER_NAME_LEAD), lead_end) is not None
        )
    return rules.date_name_lead.search(text, max(0, lead_end - 8), lead_end) is not None


# How far before a day and month a camp's name's "the" and the word after it are looked for.
_LOWER_NAME_LEAD = 30


def _quotation(text: str, position: int) -> tuple[int, int] | None:
    """The direct quotation `position` lies in (its words, without the marks), if one is open there."""
    if not quoted(text, position):
        return None
    # `quoted` found the opening mark within `QUOTE_REACH` characters back; the quotation is read no further on
    # either (its paragraph's ends found in a long line for every date would cost the line's length squared).
    paragraph_start = line_start(text, position, QUOTE_REACH)
    opening = max(text.rfind(mark, paragraph_start, position) for mark in _QUOTE_MARKS[:2])
    paragraph_end = line_end(text, position, QUOTE_REACH)
    closing = min((i for mark in '"\u201d' if (i := text.find(mark, position, paragraph_end)) >= 0), default=-1)
    return opening + 1, closing if closing >= 0 else paragraph_end


def _rhetorical_today(text: str, match: Match, rules: TemporalRules) -> bool:
    """A quoted "today" or "tonight" in a quotation with no past or future verb of its own ("Today we choose
    peace", "those who are not here today", "Today is the beginning of a hard road"): the speaker's present,
    commentary rather than a happening (the speech itself is dated by its own report).  "We signed it today"
    and "We will sign it today" tell one and stay.  A quoted "Today" or "Tomorrow" opening a sentence of the
    quotation before the speaker's own "I" or "we", not in the past ("Tomorrow we will go to work as usual"),
    is the speaker's resolve, no happening either."""
    if "matched" not in match.groups:
        return False
    words = match.groups["matched"].split()
    if len(words) != 1:
        return False  # "this morning", "this evening": a part of the day that something happened in
    offset = deictic_offset(words[0])
    if offset < 0:
        return False
    span = _quotation(text, match.start)
    if span is None:
        return False
    quote = text[span[0] : span[1]]
    before = text[: max(0, span[0] - 1)].rstrip()[-1:]
    if before.isalnum() or len(quote.split()) < _QUOTED_CLAUSE_WORDS:
        return False  # a quoted fragment ('would come "tonight"') takes the reporting sentence's time
    start, end = match.core_start - span[0], match.core_end - span[0]
    tense = sentence_tense(quote, start, end, rules.tense)
    # A sentence of the quotation opens before it, or a clause joined by "and" or "but" ('"Today we have decided
    # our future and tomorrow we start building it"').
    opens = not quote[:start].strip() or quote[:start].rstrip()[-1] in ".!?" or _JOINED_CLAUSE.search(quote, 0, start)
    if offset == 0 and opens and _speaker_doing(quote[end:], rules):
        return False  # '"Today we are laying the foundation for a peace that will last"': the act of the day
    if offset == 0 and tense in ("present", "unknown"):
        if _speaker_progressive(quote[:start], rules) or _performative(quote, start, rules):
            return False
        return not (opens and _speaker_act(quote[end:], rules))
    # '"Tomorrow we will go to work as usual"', '"Today I will sleep in her house"': the speaker's own resolve,
    # opening a sentence of the quotation, no scheduled happening ('"Today we closed the chapter"' stays).
    after = quote[end:].split(maxsplit=1)
    if not (opens and after and after[0].lower() in rules.tense.speaker_pronouns):
        return False
    own = _QUOTE_SENTENCE_END.search(quote, end)
    own_end = own.end() if own else len(quote)
    return sentence_tense(quote[start:own_end], 0, end - start, rules.tense) != "past"


def _exhorted_tomorrow(text: str, match: Match, rules: TemporalRules) -> bool:
    """A quoted "tomorrow" in a sentence of the quotation holding a modal of obligation or expectation ('"From
    tomorrow our soldiers must treat each other as partners"', '"Nobody should expect the council to change
    tomorrow"'): the speaker's exhortation or figure of speech, no happening scheduled.  A plan told with "will" or
    "is to" stays ('"We will sign the deal tomorrow"'), and so does an unquoted one ("The leaders must fly home
    tomorrow")."""
    words = match.groups.get("matched", "").split()
    if len(words) != 1 or deictic_offset(words[0]) != 1:
        return False
    span = _quotation(text, match.start)
    if span is None:
        return False
    own = _quote_sentence_words(text[span[0] : span[1]], match.core_start - span[0])
    return any(w.lower() in rules.tense.exhortation_modals for w in own)


def _performative(quote: str, start: int, rules: TemporalRules) -> bool:
    """The sentence of the quotation holding a "today" at `start` has a performative verb ('"... today the council
    declares a truce"', '"Today I announce ..."'): the act done by saying it, on the speech's day."""
    return any(w.lower() in rules.tense.performative_verbs for w in _quote_sentence_words(quote, start))


def _quote_sentence_words(quote: str, start: int) -> list[str]:
    """The words of the sentence of `quote` that holds the word starting at `start`."""
    opening = max(quote.rfind(c, 0, start) for c in ".!?") + 1
    closing = _QUOTE_SENTENCE_END.search(quote, start)
    return _WORD_RE.findall(quote, opening, closing.start() if closing else len(quote))


def _state_today(text: str, match: Match, rules: TemporalRules) -> bool:
    """A bare, unquoted "today" after its subject and before a present of state ("Libya today has two parliaments"):
    "nowadays", no happening dated."""
    if match.groups.get("matched", "").lower() != "today" or quoted(text, match.start):
        return False
    before = text[max(0, match.core_start - 2) : match.core_start]
    if before[-1:] != " " or not before[:1].isalnum():
        return False  # no subject right before it: "Today, the country has ..."
    return rules.tense.state_today.match(text, match.core_end) is not None


def _same_day_lead(match: Match, rules: TemporalRules) -> bool:
    """ "later in the day", "earlier that day" (news_day_same_day_leads) or "an hour later", "hours later": a time
    later or earlier the same day, which a report may tell of its own day with no date before it in reach."""
    resolver = match.groups["resolver"]
    if resolver == "hours_later":
        return True
    return resolver == "same_day" and rules.news_day_same_day.fullmatch(match.groups.get("pre", "")) is not None


def _same_week_lead(match: Match, rules: TemporalRules) -> bool:
    """ "earlier in the week", "later that week" (a lead of news_day_same_day_leads before "week"): a time of the
    week the story is in, which a report may tell of its own week with no date before it in reach."""
    if match.groups["resolver"] != "same_unit" or match.groups.get("unit", "").lower() != "week":
        return False
    return rules.news_day_same_day.fullmatch(re.sub(r"\s+", " ", match.groups.get("pre", ""))) is not None


def _news_week(day: Period | None, reference: Reference) -> bool:
    """`day` lies in the ISO week of the one publication day, not after it."""
    if day is None or len(reference.days) != 1:
        return False
    published = reference.days[0]
    return day.start <= published and day.start.isocalendar()[:2] == published.isocalendar()[:2]


def _publication_day(day: Period | None, reference: Reference) -> bool:
    """`day` is the one publication day."""
    return day is not None and reference.days == (day.start,)


# How far back the lead's day may lie and still be the news of a text published after it (a weekday's reach).
_NEWS_DAYS_BACK = 6


def _news_weekday(lead_day: Period | None, reference: Reference) -> Period | None:
    """The text's first day told relative to publication, when it lies in the week before the one publication
    day (the news of a report written the day after: "signed ... on Thursday")."""
    if lead_day is None or len(reference.days) != 1:
        return None
    return lead_day if 0 <= (reference.days[0] - lead_day.start).days <= _NEWS_DAYS_BACK else None


def _speaker_today(text: str, match: Match, rules: TemporalRules) -> bool:
    """A quoted "Today" opening a sentence of its quotation, before the speaker's own act ('"Today we turn
    the page"')."""
    if "matched" not in match.groups or match.groups["matched"].lower() != "today":
        return False
    span = _quotation(text, match.start)
    if span is None:
        return False
    before = text[span[0] : match.core_start].rstrip()
    return (not before or before[-1] in ".!?") and _speaker_act(text[match.core_end : span[1]], rules)


def _speaker_act(rest: str, rules: TemporalRules) -> bool:
    """The words after a quoted "Today" tell the speaker's own act: "we" or "I" and a verb that does rather
    than states ('"Today we turn the page"', '"Today we are turning the page"'; not '"Today we have a deal"',
    '"Today we are here"')."""
    words = rest.lstrip(" ,").split(maxsplit=3)
    if len(words) < 3 or words[0].lower() not in rules.tense.speaker_pronouns:
        return False
    verb = words[1].lower()
    if verb in ("am", "are"):
        return _speaker_doing(rest, rules)
    if verb in ("have", "has"):
        # '"Today, we have taken a big step"': a present perfect tells the act done ("have been" is a state).
        return _participle(words[2].lower().rstrip(",.;"), rules)
    return verb.isalpha() and verb not in rules.tense.speaker_states


def _speaker_doing(rest: str, rules: TemporalRules) -> bool:
    """The words after a quoted "Today" are the speaker's act in the present progressive ('"Today we are laying the
    foundation"'): what the speaker does that day, whatever a later clause's tense ("for a peace that will last")."""
    words = rest.lstrip(" ,").split(maxsplit=3)
    return (
        len(words) >= 3
        and words[0].lower() in rules.tense.speaker_pronouns
        and words[1].lower() in ("am", "are")
        and words[2].isalpha()
        and words[2].endswith("ing")
    )


def _participle(word: str, rules: TemporalRules) -> bool:
    """A past participle: "-ed", a strong verb's "-en" ("taken", "chosen") or one spelt as its past ("met")."""
    if not word.isalpha() or word == "been":
        return False
    return word.endswith(("ed", "en")) or word in rules.tense.past_words


# The speaker's own act in the present progressive before a quoted "today" ('"We are meeting today in Sanaa"',
# '"I am signing the accord today"'): the happening of that day, not commentary.
_SPEAKER_PROGRESSIVE = re.compile(r"(?i)\b(\w+)\s+(?:am|are|'m|'re)\s+[a-z]+ing\b[^,;:.!?]{0,30}$")


def _speaker_progressive(before: str, rules: TemporalRules) -> bool:
    found = _SPEAKER_PROGRESSIVE.search(before)
    return found is not None and found.group(1).lower() in rules.tense.speaker_pronouns


_QUOTED = re.compile(r'"[^"\n]*"|\u201c[^\u201d\n]*\u201d')


def _news_day(
    text: str, match: Match, sentence: tuple[int, int], reference: Reference, rules: TemporalRules,
    lead_day: Period | None,
) -> Period | None:  # fmt: skip
    """The day a count after a clause counts back from, when its sentence opens on the news it reports: the
    publication day ("The report comes two days after ..."), or told in the past the text's first day told
    relative to publication ("The deal came two days after ..."), unless the words after the count date
    themselves further on in their own clause."""
    days = reference.days
    opening = text[sentence[0] : match.start]
    if '"' in opening or "\u201c" in opening:
        # A quotation in the subject's aside (a slogan, a title) is no clause mark of the sentence's own.
        opening = _QUOTED.sub("", opening)
    if len(days) == 1 and rules.news_arrival.search(opening):
        day = P.day(days[0])
    elif lead_day is not None and rules.news_arrival_past.search(opening):
        day = lead_day
    else:
        return None
    rest = text[match.end : sentence[1]]
    # Only the counted clause: a later clause's dates (", following a deal in September") are its own; an aside in it
    # ("The setback comes a week after a conference, held on 23 June, called for ...") is the clause's.
    cut = rules.news_arrival_clause_break.search(rest)
    rest = rest[: cut.start()] if cut else rest
    return None if names_a_time(rest, rules) else day


# A count after a clause counts from the story's last day at most this many sentences back ("signed the plan on
# Saturday. The Kremlin said he had signed it, a day after ...").
_STORY_SENTENCES = 2


def _story_day(
    story: tuple[Period, int, int] | None, span_index: int, paragraph: int, text: str, match: Match,
    sentence: tuple[int, int], end: int, rules: TemporalRules,
) -> Period | None:  # fmt: skip
    """The day a count after a clause counts back from when its sentence has no date before it: the last date the
    text told, when that is a single day told in the past outside quotations, in one of the two sentences before
    (in its paragraph or the one before), and the count's clause is told in the past ("The ministers met on
    Thursday. ... The envoy also took part, four days after his country hosted a conference": the Sunday); unless
    the words after the count date themselves in their own clause (up to `end`, where another count begins)."""
    if story is None or not 0 < span_index - story[1] <= _STORY_SENTENCES or paragraph - story[2] > 1:
        return None
    start = sentence[0]
    if sentence_tense(text[start : sentence[1]], match.start - start, match.end - start, rules.tense) != "past":
        return None  # "Three years after the revolution, the country has split": a state now, told from no day
    rest = text[match.end : end]
    cut = rules.news_arrival_clause_break.search(rest)
    rest = rest[: cut.start()] if cut else rest
    return None if names_a_time(rest, rules) else story[0]


_POSSESSIVE = re.compile(r"['\u2019]s\b")


def _denied_day(text: str, match: Match, s_start: int, s_end: int, rules: TemporalRules) -> bool:
    """A weekday or "today" that only a denied verb dates ("did not respond on Wednesday"); not a possessive
    ("was not party to Thursday's accord", which names a happening of its own)."""
    if _POSSESSIVE.match(text, match.core_end):
        return False
    return negated(text[s_start:s_end], match.core_start - s_start, match.core_end - s_start, rules.tense)


# At most this many words between a quotation's closing mark and the day of its speech ("," the foreign minister
# told reporters on Tuesday): the reporting verb's subject and object.
_SPEECH_TAIL_WORDS = 8
_CLOSING_QUOTE = re.compile(r"[\"\u201d]")


def _speech_day_after(
    text: str,
    matches: list[tuple[Match, int, Tense | None]],
    index: int,
    spans: list[tuple[int, int]],
    reference: Reference,
    rules: TemporalRules,
) -> dt.date | None:
    """The past day a reporting verb after the quotation holding the match at `index` gives its speech, in the same
    sentence ('..." the minister told reporters on Tuesday'): a weekday, after the closing mark with a reporting
    verb and at most a few words between, before publication.  None otherwise."""
    match, span_index = matches[index][0], matches[index][1]
    if index + 1 >= len(matches) or matches[index + 1][1] != span_index:
        return None
    after = matches[index + 1][0]
    qualifier = (after.groups.get("qual") or "").lower()
    if after.groups["resolver"] != "weekday" or (qualifier and qualifier not in rules.weekday_neutral_qualifiers):
        return None
    closing = _CLOSING_QUOTE.search(text, match.end, after.start)
    if closing is None:
        return None
    words = [w.lower() for w in _WORD_RE.findall(text, closing.end(), after.start)]
    if len(words) > _SPEECH_TAIL_WORDS or not any(w in rules.tense.reporting_verbs for w in words):
        return None
    s_start, s_end = spans[span_index] if spans else (0, len(text))
    tense = sentence_tense(text[s_start:s_end], after.start - s_start, after.end - s_start, rules.tense)
    if tense != "past":
        return None
    res = RESOLVERS["weekday"](after, Context(text, reference, rules, s_start, s_end, None, tense))
    if res.period is None or res.period.precision != "day" or not reference.days:
        return None
    day = res.period.start
    return day if day < min(reference.days) else None


def _from_speech_day(day: dt.date, match: Match, ctx: Context) -> Resolution | None:
    """A quoted "tonight" or "tomorrow" in a sentence that dates the speech before it ("warned in an address
    on Thursday that his forces would come "tonight""): counted from the day the words were spoken."""
    if day in ctx.reference.days:
        return None
    spoken = Context(ctx.text, Reference(day), ctx.rules, ctx.sentence_start, ctx.sentence_end, None, ctx.clause_tense)
    res = RESOLVERS[match.groups["resolver"]](match, spoken)
    if res.period is None:
        return None
    return Resolution(res.period, "anchor", "deictic_day_speech_day", res.kind, res.tense, res.parts)


_FEAST_SLACK_DAYS = 2
# The rules that read a feast's name (a day of it counted too: "the second day of Eid al-Fitr"; a month-long one
# named alone, undated, still a feast: "Eid al-Fitr, which marks the end of Ramadan, ..." is defined by it).
_FEAST_RULES = frozenset({"holiday", "holiday_qualified", "day_of_holiday", "holiday_month_long"})
# The rule of "a day after <clause>", which dates the clause after it, back in time from the story's date.
_AFTER_CLAUSE = "anchor_after_clause"
# ... and of "three days before <clause>", forward from it, and of "two days before the vote" from the vote's
# day: none is the story's date.
_COUNTED_CLAUSE = frozenset({_AFTER_CLAUSE, "anchor_before_clause", "anchor_event_noun"})
# The resolvers of "N days after ..." and "N days before ...".
_COUNTED_RESOLVERS = frozenset({"later", "before_clause"})
# "the vote," / "the presidential vote.": a happening's noun (one word may qualify it) ending its phrase.
_HAPPENING_NOUN = re.compile(r"\s+the\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]+)(?=\s*[,;.]|\s*$)")
# How many sentences back the happening's day may have been told.
_HAPPENING_SENTENCES = 2
# How far before or after the day its noun may stand in its sentence ("held a referendum on December 3").
_HAPPENING_REACH = 60


def _happening_day(
    text: str, match: Match, span_index: int, spans: list[tuple[int, int]], mentions: list[TimeMention],
    rules: TemporalRules,
) -> Period | None:  # fmt: skip
    """The day a count before or after "the <happening>" counts from, when its sentence has no date before it: the
    single day of the latest mention in this sentence or the two before it whose own sentence names that happening
    (its noun or one of its kind, `event_nouns`) near it ("Varnia held a referendum on December 3 ... Two days
    before the vote, the court ordered ...").  A count after it keeps to "after"; one before it to "before"."""
    if match.groups["resolver"] == "later" and match.groups.get("dir", "").lower() != "after":
        return None
    found = _HAPPENING_NOUN.match(text, match.end)
    kinds = rules.event_nouns.get(found["noun"]) if found else None
    if not kinds or not spans:
        return None
    first = spans[max(0, span_index - _HAPPENING_SENTENCES)][0]
    starts = [start for start, _end in spans]
    for earlier in reversed(mentions):
        if earlier.start < first:
            return None
        period = earlier.period
        if earlier.kind != "date" or period is None or period.precision != "day" or period.start != period.end:
            continue
        s_start, s_end = spans[bisect.bisect_right(starts, earlier.start) - 1]
        near = text[max(s_start, earlier.start - _HAPPENING_REACH) : min(s_end, earlier.end + _HAPPENING_REACH)]
        if any(word.lower() in kinds for word in _WORD_RE.findall(near)):
            return period
    return None


# The expressions that name a day: one left unresolved ends the day anchor.
_DAY_NAMING = frozenset(
    {"weekday", "deictic_day", "month_day", "weekday_day", "weekday_of", "weekday_deictic", "weekday_following",
     "weekday_after_next", "weekday_count", "day_alone", "ordinal_day", "holiday", "ordinal_weekday"}
)  # fmt: skip
# The expressions that name a day alone ("today", "Monday"): the ones that can be a sentence's subject.
_DAY_RESOLVERS = frozenset({"deictic_day", "weekday"})
# How far before a date a recurrence word ("every", "each") is looked for.
_RECURRENCE_REACH = 8
# How far before a date a habit's lead ("usually arrive in the town around") may begin.
_HABIT_REACH = 40


def _without_appositions(text: str, mentions: list[TimeMention], rules: TemporalRules) -> list[TimeMention]:
    """One mention per time named twice in apposition ("on April 2, the first day of Ramadan", "June 3, a
    Monday"): the second names the first's time again when their periods overlap (or the weekday is the
    date's own, or a feast falls within `_FEAST_SLACK_DAYS`), and the more precise reading stays (the
    first on a tie).  A moment restated in GMT in brackets is the first's too, and a relative time restated as
    a full date after a comma ("two years later, in 1999") is the date's."""
    mentions = _without_feast_definitions(text, mentions, rules)
    dropped: set[int] = set()
    joined: dict[int, TimeMention] = {}
    for i in range(1, len(mentions)):
        a, b = mentions[i - 1], mentions[i]
        if i - 1 in dropped or a.period is None or b.period is None or a.kind != "date" or b.kind != "date":
            continue
        if _next_weekday_joined(text, a, b):
            # "met on Wednesday and Thursday": one happening over two days, one mention of the range
            joined[i - 1] = dataclasses.replace(
                a, end=b.end, text=text[a.start : b.end], period=P.spanning(a.period, b.period), parts=()
            )
            dropped.add(i)
            continue
        told = _day_told_again(text, a, b) if b.start - a.end <= _TOLD_AGAIN_GAP else None
        if told is not None:
            kept, end = told
            if kept is None:
                dropped.update((i - 1, i))  # "yesterday (Tuesday)" told on a Tuesday: which day is meant is unsure
            else:
                joined[i - 1] = dataclasses.replace(kept, start=a.start, end=end, text=text[a.start : end], parts=())
                dropped.add(i)
            continue
        if _ZONE_RESTATED.fullmatch(text, a.end, b.start) and abs((b.period.start - a.period.start).days) <= 1:
            dropped.add(i)
            continue
        if b.rule == "relative_year" and not text[a.end : b.start].strip() and b.period.contains(a.period):
            # "falls on Sunday this year": the year of the day before it, as "3 May this year" is one date.
            dropped.add(i)
            continue
        restated = _RESTATED.fullmatch(text, a.end, b.start)
        if restated and (restated["part"] is None or restated["part"].lower() in rules.year_frame_parts):
            if b.basis == "explicit" and a.basis != "explicit":
                dropped.add(i - 1)  # "two years later, in 1999": the counted time restated in full, which wins
                continue
            if a.basis == "anchor" and b.basis != "anchor" and b.rule.startswith("weekday"):
                # "two days later, on Tuesday": the weekday names the day counted, not one near publication (a
                # weekday that disagrees with the count is no better evidence).
                dropped.add(i)
                continue
            if a.basis == "anchor" and a.period.contains(b.period):
                # "Two months later, on 23 October", "two days later, on 5 March": the date restates the time
                # counted (the month's day, more precisely).
                dropped.add(i - 1)
                continue
        if (
            a.rule in _FEAST_RULES
            and b.basis == "explicit"
            and _COMMA.fullmatch(text, a.end, b.start)
            and _same_time(b.period, a, rules)
        ):
            # "on the second day of Eid al-Fitr, 16 June 2018": a feast's day restated by its full calendar date
            # after a comma is one time, and the calendar words, which need no reckoning of the feast, date it.
            dropped.add(i - 1)
            continue
        if _feast_dated(text, a, b):
            # Set off by a comma, the second only dates the first, which the sentence is about ("before Eid
            # al-Fitr, which falls around April 21"); in one clause the calendar words stand for both.
            # A relative clause set off by commas ("Eid al-Fitr, which marks the end of Ramadan, began on Friday")
            # is an aside: the feast and the calendar words stand in one clause.
            apposed = text[a.end : b.start].startswith(",") and not _ASIDE.match(text, a.end, b.start)
            feast_first = a.rule == "holiday"
            if (
                apposed
                and feast_first
                and (
                    rules.feast_bound.fullmatch(text, a.end, b.start)
                    or (a.period.precision == "day" and _span(b.period) < _span(a.period))
                )
            ):
                # "the holy month of Ramadan, which began on Friday", "Ramadan, which begins in mid-April": the
                # time a long feast (its days, not a month it falls in: "before Eid al-Fitr, which falls around
                # April 21") begins or ends is what the clause tells of, dated by the calendar words.
                dropped.add(i - 1)
                continue
            dropped.add(i - 1 if feast_first and not apposed else i)
            continue
        # "on Wednesday, a day before Thanksgiving": the apposition's article opens the second mention itself.
        if not _APPOSITION.fullmatch(text, a.end, b.start) and not (
            _COMMA.fullmatch(text, a.end, b.start) and _ARTICLE.match(b.text)
        ):
            continue
        if _same_time(a.period, b, rules):
            finer_b = (b.period.end - b.period.start) < (a.period.end - a.period.start)
            dropped.add(i - 1 if finer_b else i)
    if not dropped:
        return mentions
    return [joined.get(i, m) for i, m in enumerate(mentions) if i not in dropped]


_AND = re.compile(r"\s+and\s+")
# A day told again in brackets right after it ("yesterday (Wednesday)", "Sunday night (10 March)"), or a deictic
# day and its weekday set off by commas ("yesterday, Tuesday, the army said").
_BRACKET_OPEN = re.compile(r"\s*\(\s*")
# The widest gap either form leaves between the two mentions (checked first: most neighbours stand further apart).
_TOLD_AGAIN_GAP = 4
_BRACKET_CLOSE = re.compile(r"\s*\)")
_APPOSED_END = re.compile(r"\s*(?:[,.;:]|$)")


def _day_class(m: TimeMention) -> str:
    """How a day is named: by a deictic word, a weekday, or its calendar date."""
    if m.rule.startswith("deictic"):
        return "deictic"
    return "weekday" if m.rule.startswith("weekday") else "calendar"


def _day_told_again(text: str, a: TimeMention, b: TimeMention) -> tuple[TimeMention | None, int] | None:
    """One day named twice in one expression, the second in brackets ("yesterday (Wednesday)", "Sunday night (10
    March)") or a deictic day and its weekday apposed ("yesterday, Tuesday,"): the mention to keep over both
    (the calendar date where one is given, else the first) and where the expression ends.  When the two disagree,
    the calendar date stands (its year was read by the tense); a deictic day and a weekday that disagree give no
    date (None kept).  Two weekdays, or two calendar dates, are two expressions."""
    assert a.period is not None and b.period is not None
    one_day = a.period.precision == b.period.precision == "day" and a.period.start == a.period.end
    classes = {_day_class(a), _day_class(b)}
    if not one_day or b.period.start != b.period.end or len(classes) < 2:
        return None
    agree = a.period.start == b.period.start
    if _BRACKET_OPEN.fullmatch(text, a.end, b.start):
        close = _BRACKET_CLOSE.match(text, b.end)
        if close is None:
            return None
        end = close.end()
    elif classes == {"deictic", "weekday"} and agree and _COMMA.fullmatch(text, a.end, b.start):
        if not _APPOSED_END.match(text, b.end):
            return None
        end = b.end
    else:
        return None
    calendar = a if _day_class(a) == "calendar" else b if _day_class(b) == "calendar" else None
    if agree:
        return (calendar or a), end
    return calendar, end


_COMMA = re.compile(r",\s+")
_ARTICLE = re.compile(r"(?:the|a|an)\s", re.IGNORECASE)


def _without_feast_definitions(text: str, mentions: list[TimeMention], rules: TemporalRules) -> list[TimeMention]:
    """A feast named in a present relative clause telling what the feast before it is ("Eid al-Fitr, which marks
    the end of Ramadan"): a fact of every year, no time of the story (`feast_definition_verbs`): no mention."""
    kept = [
        b
        for i, b in enumerate(mentions)
        if not (
            i
            and b.rule in _FEAST_RULES
            and mentions[i - 1].rule in _FEAST_RULES
            and rules.feast_definition.fullmatch(text, mentions[i - 1].end, b.start)
        )
    ]
    return kept if len(kept) < len(mentions) else mentions


def _next_weekday_joined(text: str, a: TimeMention, b: TimeMention) -> bool:
    """Two weekdays joined by "and", the second the day after the first ("on Wednesday and Thursday")."""
    if not (a.rule.startswith("weekday") and b.rule.startswith("weekday")) or a.period is None or b.period is None:
        return False
    one_day = a.period.start == a.period.end and b.period.start == b.period.end
    return (
        one_day and b.period.start == a.period.end + dt.timedelta(days=1) and bool(_AND.fullmatch(text, a.end, b.start))
    )


def _span(period: Period) -> int:
    return (period.end - period.start).days


def _feast_dated(text: str, a: TimeMention, b: TimeMention) -> bool:
    """One of two neighbouring mentions is a feast and the other a calendar date that places it (their periods
    overlap): the feast's name says what happens then, the calendar words when."""
    if (a.rule == "holiday") == (b.rule == "holiday") or a.period is None or b.period is None:
        return False
    if not _FEAST_DATED.fullmatch(text, a.end, b.start):
        return False
    return P.overlaps(a.period, b.period)


def _same_time(first: Period, second: TimeMention, rules: TemporalRules) -> bool:
    period = second.period
    if period is None:
        return False
    if second.rule.startswith("weekday") and first.precision == "day" and first.start == first.end:
        word = second.text.split()[0] if second.text.split() else ""
        return rules.weekdays.get(word.lower().rstrip(".")) == first.start.weekday()
    # A feast's day as reckoned may differ from the one observed by a day or two.
    slack = dt.timedelta(days=_FEAST_SLACK_DAYS if second.rule.startswith("holiday") else 0)
    return period.start - slack <= first.end and first.start <= period.end + slack


# A photo's credit closing its caption line ("[Ivo Brenn/Agency]", "(AP Photo/Ivo Brenn)"): a name, a slash, a source.
_CREDIT_END = re.compile(r"[\[(][^\[\]()\n]{1,80}/[^\[\]()\n]{1,60}[\])][ \t]*(?:\n|\Z)")


def _credited(text: str, match: Match) -> bool:
    """The date's line is a photo's caption, closed by its credit: the picture's day, not the news the text opens
    on (only asked of a text's first day told from publication)."""
    end = text.find("\n", match.end)
    end = len(text) if end < 0 else end
    return _CREDIT_END.search(text, match.end, min(end + 1, len(text))) is not None


# The longest line read as a photo's caption.
_CAPTION_CHARS = 1000


def _archive_caption_line(text: str, position: int, rules: TemporalRules) -> bool:
    """The line of `text` holding `position` captions an archive picture ("[File: Name/Agency]", "(AP Photo/Name,
    File)"): its year-less dates are not of the story's time.  Only a line holding a mark's word ("file", "File",
    "FILE") is lowered and read; the line is found only for a date that could be moved (most have none), not by
    a search of the whole text for every such word."""
    # A caption is a short line; a longer one is a paragraph (and reading it whole for each of its dates
    # would make a document of one long line cost its length squared).  Read one character further each way
    # than a caption's length, the line's ends found are its own whenever it is short enough to be one.
    start = line_start(text, position, _CAPTION_CHARS + 1)
    end = line_end(text, position, _CAPTION_CHARS + 1)
    if end - start > _CAPTION_CHARS:
        return False
    line = text[start:end]
    if not any(gate in line for gate in rules.file_photo_gates):
        return False
    lowered = line.lower()
    return any(mark in lowered for mark in rules.file_photo_marks)


def _current_stretch(text: str, match: Match, rules: TemporalRules) -> bool:
    """The current year named alone ("this year", cues.yaml's `current_stretches`), in a clause not told as
    ahead: the stretch up to now that something is counted over or holds through ("dozens of whom have been
    murdered this year", "whose country chairs the bloc this year"), no happening's time."""
    return " ".join(text[match.core_start : match.core_end].lower().split()) in rules.current_stretches


# The precisions of the stretches an ordinal count runs over ("this week", "this month", "this year").
_COUNT_STRETCHES = frozenset({"week", "month", "year"})
# How far before an expression a lead ("for most of") is looked for.
_LEAD_REACH = 24


def _state_stretch(text: str, match: Match, sentence_start: int, rules: TemporalRules) -> bool:
    """ "closed for most of the first half of this year", "throughout 2019": the stretch a state lasted through.
    The word right before the expression is tested first (most expressions have no such lead)."""
    before = text[max(sentence_start, match.core_start - _LEAD_REACH) : match.core_start]
    words = before.split()
    if not words or not before[-1:].isspace() or words[-1].lower() not in rules.state_stretch_last_words:
        return False
    return rules.state_stretch_lead.search(before) is not None


def _year_state_start(text: str, match: Match, rules: TemporalRules) -> bool:
    """ "tribes who felt marginalised after 2011": a bare year right after a lead of `year_state_leads` is where a
    state begins; what follows lies some time after it, not in it."""
    before = text[max(0, match.core_start - _LEAD_REACH) : match.core_start].split()
    return bool(before) and before[-1].lower() in rules.year_state_leads


def _denied_year(text: str, match: Match, s_start: int, s_end: int, rules: TemporalRules) -> bool:
    """ "did not begin in 2019", "would have seemed unthinkable in 1992": a bare year told as the time of a denied
    verb or an unreal past (after a lead of `denied_year_leads`) dates nothing that happened; "has not met since
    2014", "the 2019 offensive did not succeed", "could have left in 2019" still date one."""
    before = text[max(s_start, match.core_start - _LEAD_REACH) : match.core_start].split()
    if not before or before[-1].lower() not in rules.denied_year_leads:
        return False
    sentence = text[s_start:s_end]
    start, end = match.core_start - s_start, match.core_end - s_start
    return negated(sentence, start, end, rules.tense) or unreal_past(sentence, start, end, rules.tense)


# "the" right before a month alone ("the December date"), for `_taken_up_month`.
_THE_BEFORE = re.compile(r"(?i)\bthe[ \t]+$")


def _taken_up_month(res: Resolution, mentions: list[TimeMention]) -> Resolution:
    """ "could not be held on Dec. 4 ... the December date had slipped": "the", a month and a noun of a set
    time (cues.yaml `taken_up_month_nouns`) take up the last single day of that month told before in the text; the
    month of that day's year, not the one the clause's tense would pick.  With no such day, `res` as it was."""
    month = res.period.start.month  # type: ignore[union-attr]
    for told in reversed(mentions):
        p = told.period
        if p is not None and p.precision == "day" and p.start == p.end and p.start.month == month:
            if p.start.year == res.period.start.year:  # type: ignore[union-attr]
                return res
            return Resolution(P.month(p.start.year, month), "anchor", "month_taken_up", res.kind, res.tense)
    return res


def _habitual(text: str, match: Match, s_start: int, rules: TemporalRules) -> bool:
    """ "each year at Christmas", "usually around Easter", "on 26 December every year": a habit's date (cues.yaml
    `habitual_leads`, `habitual_tails`); the lead's pattern only where one of its first words stands."""
    begin = max(s_start, match.start - _HABIT_REACH)
    if any(word in rules.habitual_heads for word in text[begin : match.start].lower().split()) and (
        rules.habitual_lead.search(text, begin, match.start)
    ):
        return True
    return rules.habitual_tail.match(text, match.end) is not None


# "by" or "by the" right before a date: a deadline's lead, for `_recommended_deadline` (a cheap look first).
_BY_BEFORE = re.compile(r"(?i)\bby[ \t]+(?:the[ \t]+)?$")


def _recommended_deadline(text: str, match: Match, s_start: int, rules: TemporalRules) -> bool:
    """ "The observers should be asked to report by 1 March", "requires that the forces be confined to their bases
    by the autumn": a deadline a writer recommends (cues.yaml `recommendation_leads`, in the deadline's own clause)
    sets no time anyone has agreed on: no happening (the mention keeps its date)."""
    if not _BY_BEFORE.search(text, max(s_start, match.core_start - 8), match.core_start):
        return False
    return (
        rules.recommendation_lead.search(text, max(s_start, match.core_start - _RECOMMENDATION_REACH), match.core_start)
        is not None
    )


# How far before a deadline its recommendation's lead ("should") is looked for.
_RECOMMENDATION_REACH = 120


def _unreal_time(text: str, match: Match, s_start: int, s_end: int, rules: TemporalRules) -> bool:
    """ "would have kept troops until 2030", "should have been signed on Friday": any time told as that of an unreal
    past dates what did not come to be, no happening (the mention keeps its date).  A cheap look first: the sentence
    must hold "would have" or "should have" (an adverb between is rare)."""
    sentence = text[s_start:s_end]
    if "ld have" not in sentence:
        return False
    return unreal_past(sentence, match.core_start - s_start, match.core_end - s_start, rules.tense)


# The marks that end a clause before or after a date, for `_conditioned`.
_CLAUSE_MARKS = ",;:\u2014"
# How far before a date in a condition its deadline's lead ("no later than the") is looked for.
_DEADLINE_REACH = 20


def _conditioned(text: str, match: Match, s_start: int, s_end: int, rules: TemporalRules) -> bool:
    """ "If the truce holds on Monday night, we will go on Tuesday": a date in a clause that opens on a condition
    word (cues.yaml `condition_openers`), in a sentence whose result is told with a modal (`condition_results`),
    dates what may not happen: no happening (the mention keeps its date).  Only a clause-opening condition: "asked
    if ...", "... on Tuesday if ..." are left alone."""
    left = max(s_start, max(text.rfind(c, s_start, match.core_start) for c in _CLAUSE_MARKS) + 1)
    if not rules.condition_open.match(text, left, match.core_start):
        return False
    if rules.condition_deadline.search(text, max(left, match.core_start - _DEADLINE_REACH), match.core_start):
        return False  # "Unless the houses agree by the summer, the vote will be postponed": a deadline, which stays
    ends = [i for i in (text.find(c, match.core_end, s_end) for c in _CLAUSE_MARKS) if i >= 0]
    right = min(ends, default=s_end)
    return bool(rules.condition_result.search(text, s_start, left) or rules.condition_result.search(text, right, s_end))


def _cohort_year(text: str, match: Match, rules: TemporalRules) -> bool:
    """ "the men of 2011", "the generation of 1968": a bare year after "of" and a noun of people (`cohort_nouns`)
    names who they are, no happening's time; "the uprising of 2011" still dates one."""
    before = text[max(0, match.core_start - _LEAD_REACH) : match.core_start].split()
    return len(before) >= 2 and before[-1].lower() == "of" and before[-2].lower() in rules.cohort_nouns


def _compared_year(text: str, match: Match, sentence_start: int, rules: TemporalRules) -> bool:
    """ "thinner than the 2008 accord", "back where it was in 2014": a bare year as the standard a comparison
    measures against is the time compared with, no happening of the story; "no later than 2025" bounds one."""
    before = text[max(sentence_start, match.core_start - _COMPARISON_REACH) : match.core_start]
    return rules.comparison_year.search(before) is not None


def _compared_ago(text: str, match: Match, sentence_start: int, rules: TemporalRules) -> bool:
    """ "half as many as a decade ago", "compared with a year ago": a count back as the standard a comparison
    measures against, no happening of the story; "more than a year ago" still dates one."""
    start = max(sentence_start, match.core_start - _COMPARISON_REACH)
    return rules.comparison_ago.search(text, start, match.core_start) is not None


# How far before a year a comparison's lead and the word before it ("worse than it was in ") are looked for.
_COMPARISON_REACH = 40


def _years_named(text: str, match: Match, period: Period, rules: TemporalRules) -> bool:
    """A span of several years named as a modifier ("a decade after the 1998-99 war", "a 1998-2000 border war"):
    how long a thing lasted, no happening's time; told after a preposition of cues.yaml's `year_span_leads` ("fought
    a border war from 1998 to 2000") it dates one."""
    if period.start.year == period.end.year or _entry_date(text, match):
        return False
    before = _WORD_RE.findall(text, max(0, match.core_start - _LEAD_REACH), match.core_start)
    between = text[match.core_start - 1 : match.core_start] if match.core_start else ""
    if not (before and between.isspace()):
        return True
    if before[-1].lower() == "the" and len(before) > 1:
        # "during the 2019-2020 war": the preposition tells the span as its clause's time
        return before[-2].lower() not in rules.year_span_article_leads
    return before[-1].lower() not in rules.year_span_leads


# A date heading a list's entry or a line: only a bullet before it on its line, a colon or a dash after it.
_ENTRY_TAIL = re.compile(r"\s*(?::|[-\u2013\u2014]\s)")


def _entry_date(text: str, match: Match) -> bool:
    """The expression heads a line or a list's entry ("- 2019-2021: The committee organises votes"): the time of
    what the entry tells, not a modifier of a noun."""
    line_start = text.rfind("\n", 0, match.core_start) + 1
    if text[line_start : match.core_start].strip(_SENTENCE_OPENING):
        return False
    return _ENTRY_TAIL.match(text, match.core_end) is not None


# The precisions of a pair told as one time ("in July and August", "in 1992 and 1993").
_PAIRED = frozenset({"month", "year"})


def _second_of_pair(text: str, match: Match, period: Period, mentions: list[TimeMention], rules: TemporalRules) -> bool:
    """ "walked the villages in 1992 and 1993", "met in Ankara in July and August": the second of two months or years
    in a row joined by "and" after one preposition of `year_span_leads` tells one stretch with the first, which dates
    it (as annotators give it, at the first); the second is kept as background.  Two apart ("attempts at talks in
    2002 and 2007", "coups in August 2020 and May 2021") are two happenings."""
    if not mentions:
        return False
    first = mentions[-1]
    if first.period is None or first.period.precision != period.precision or first.background:
        return False
    if period.start != first.period.end + dt.timedelta(days=1):
        return False
    if _AND.fullmatch(text, first.end, match.core_start) is None:
        return False
    before = _WORD_RE.findall(text, max(0, first.start - _LEAD_REACH), first.start)
    return bool(before) and before[-1].lower() in rules.year_span_leads


_JOINER = re.compile(r"\s+([A-Za-z]+)\s+")


def _span_end(
    text: str, match: Match, period: Period, mentions: list[TimeMention], s_start: int, s_end: int, rules: TemporalRules
) -> bool:
    """ "between late August and late September", "from mid-June to early July": the second of two expressions
    joined as a span's ends after its opening word (cues.yaml's `span_ends`) tells one stretch with the first, which
    dates it; the second is kept as background.  Not when it runs backward, nor when it is a plan's new date
    ("postponed the vote from December to January")."""
    if not mentions:
        return False
    first = mentions[-1]
    if first.period is None or first.background or first.start < s_start or period.start < first.period.start:
        return False
    joiner = _JOINER.fullmatch(text, first.end, match.core_start)
    if joiner is None:
        return False
    before = _WORD_RE.findall(text, max(s_start, first.start - _LEAD_REACH), first.start)
    if not before or (before[-1].lower(), joiner.group(1).lower()) not in rules.span_ends:
        return False
    return not rescheduled(text[s_start:s_end], match.core_start - s_start, rules.tense)


# A clock time, as a span's end gives it before its day ("until midnight on Sunday", "to 00.00 on Monday").
_CLOCK = r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)?|midnight|noon|midday)"
# Between a span's first day and its last: the joiner, a clock time and "on" ("Saturday until midnight on Sunday"),
# or the opening and the first clock time too ("today from 18.00 to 00.00 on Monday").
_CLOCK_JOINER = re.compile(rf"\s+(?:(?P<opener>[a-z]+)\s+{_CLOCK}\s+)?(?P<joiner>[a-z]+)\s+{_CLOCK}\s+on\s+", re.I)
# After the opening word before a span's first day: its clock time, an aside at most, and "on" ("from 6pm Moscow
# time (4pm BST) on Saturday").
_CLOCK_LEAD = re.compile(rf"\s+{_CLOCK}[^,;]{{0,30}}?\s+on\s+", re.I)
# How far before the first day the opening word is looked for.
_CLOCK_OPENER_REACH = 60


def _clock_span_end(
    text: str, match: Match, period: Period, mentions: list[TimeMention], s_start: int, rules: TemporalRules
) -> bool:
    """ "a truce from 6pm on Saturday until midnight on Sunday", "today from 18.00 to 00.00 on Monday": the last day
    of a span told by clock times is no time of its own; the span is dated by its first day, as annotators give it
    (cues.yaml's `span_ends` pair its opening word and joiner)."""
    if not mentions or period.precision != "day":
        return False
    first = mentions[-1]
    if first.period is None or first.background or first.start < s_start or first.period.precision != "day":
        return False
    between = _CLOCK_JOINER.fullmatch(text, first.end, match.core_start)
    if between is None:
        return False
    joiner = between.group("joiner").lower()
    if between.group("opener") is not None:
        return (between.group("opener").lower(), joiner) in rules.span_ends
    for word in reversed(list(_WORD_RE.finditer(text, max(s_start, first.start - _CLOCK_OPENER_REACH), first.start))):
        if (word.group().lower(), joiner) in rules.span_ends and _CLOCK_LEAD.fullmatch(text, word.end(), first.start):
            return True
    return False


# What may stand before a count that opens its sentence: a quotation mark, a bullet.
_SENTENCE_OPENING = ' \t\n"\u201c*-\u2022'


def _count_to_now(text: str, match: Match, sentence_start: int, sentence_end: int, rules: TemporalRules) -> bool:
    """ "Three weeks later, the council has lost most of its seats", "Ten years on, Kelvarans are tired": a count
    opening its sentence before a comma, whose clause is told in the present or present perfect (a verb of
    cues.yaml's `count_to_now_verbs` before any past verb), reaches the writer's now: no happening's time."""
    if text[sentence_start : match.core_start].strip(_SENTENCE_OPENING) or not text.startswith(",", match.core_end):
        return False
    past_words = rules.tense.past_words
    for word in _WORD_RE.findall(text, match.core_end, sentence_end):
        w = word.lower()
        if w in rules.count_to_now_verbs:
            return True
        if w in past_words:
            return False
    return False


# How far before a stretch an ordinal count ("its second on the city this week") is looked for.
_ORDINAL_COUNT_REACH = 80


def _ordinal_count(text: str, match: Match, sentence_start: int, rules: TemporalRules) -> bool:
    """ "an emergency meeting on Friday, its second on the city this week", "was its fourth this month": the
    current week, month or year that an ordinal count in an apposition or after a copula runs over."""
    core = " ".join(text[match.core_start : match.core_end].lower().split())
    if core not in rules.ordinal_count_stretches:
        return False
    lo = max(sentence_start, match.core_start - _ORDINAL_COUNT_REACH)
    return rules.ordinal_count.search(text, lo, match.core_start) is not None
