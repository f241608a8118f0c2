"""The temporal stage's English knowledge, read from data files into one object passed to every step.

`load_temporal_rules()` reads `timeline/data/en/*.yaml` (month and weekday names, cue lists, qualifier
and offset tables, tense markers, the contexts where a number is not a year) and compiles what the tagger
needs: the patterns, the anchor automaton, the tense marker sets.  The tagger and its helpers take the
result as an argument; nothing in them reads a file or keeps a module-level word list.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import ahocorasick

from timeline.core.data import builtin
from timeline.core.errors import DataFileError
from timeline.core.periods import Modifier
from timeline.core.yamldata import entry, int_table, phrases, read_yaml, str_table, strings
from timeline.temporal.casing import LowerCaseNames, lower_case_names
from timeline.temporal.holidays import Holiday, NationalDays, holiday_names, read_holidays, read_national_days
from timeline.temporal.patterns import (
    Family,
    Pattern,
    Words,
    YearChecks,
    anchor_automaton,
    anchor_forms,
    by_family,
    compile_patterns,
)
from timeline.temporal.patterns import year_checks as compile_year_checks
from timeline.temporal.tense import TenseMarkers, tense_markers
from timeline.text.lexicon import calendar_names, season_names

# The cue lists every pattern template refers to (cues.yaml).
_CUE_LISTS = (
    "year_qualifiers", "year_possessives", "weekday_brackets", "holiday_not_before", "holiday_events",
    "year_part_nouns", "range_openers", "range_joiners", "period_parts", "month_cues", "scheduled_nouns",
    "year_modifiers",
    "season_qualifiers", "season_cues", "the_season_parts", "weekday_qualifiers", "weekday_neutral_qualifiers",
    "deictic_leads", "part_of_day_qualifiers", "next_morning_leads", "same_day_leads", "same_week_leads",
    "relative_qualifiers",
    "calendar_kinds",
    "hours_after_happenings", "counted_unit_qualifiers", "counted_unit_verbs",
    "counted_units_not_after",
    "stretch_leads", "recent_stretches", "unit_parts", "weekend_qualifiers", "sequence_leads", "duration_leads",
    "new_year_leads", "new_year_not_before",
    "duration_determiners", "vague_counts", "duration_adjectives", "weekday_counts_ahead", "weekday_counts_back",
    "month_part_units", "news_arrival_verbs", "news_arrival_subjects",
    "news_arrival_past_verbs", "news_arrival_clause_breaks", "news_day_same_day_leads", "that_year_cues",
    "habitual_leads", "habitual_tails", "habitual_prepositions", "taken_up_month_nouns",
    "day_condition_openers", "day_condition_not_after", "recommendation_leads",
)  # fmt: skip
_TENSE_LISTS = (
    "hope_verbs", "condition_words", "future_clause_leads",
    "future_words", "future_auxiliaries", "reported_auxiliaries", "future_before_to", "future_after_to", "modals",
    "plan_prepositions", "setting_prepositions", "setting_plan_prepositions",
    "not_a_verb_after_to",
    "past_words", "ed_not_verb", "ed_verb_after_subject", "present_words", "forward_cues", "plan_participles",
    "plan_participle_heads",
    "present_plan_participles",
    "plan_clause_openers",
    "perfect_heads", "perfect_adverbs", "reporting_verbs", "adjunct_prepositions", "reschedule_cues", "subordinators",
    "plan_adverbs", "day_subject_verbs", "day_subject_nouns", "past_plan_verbs",
    "modal_copulas", "backward_cues", "directive_verbs", "aspect_verbs", "purpose_verbs", "wish_verbs", "negations",
    "speaker_pronouns", "speaker_states", "exhortation_modals", "performative_verbs", "sequence_participles",
    "caption_openers",
    "not_gerunds",
    "gerund_subject_leads", "possibility_cues", "possibility_modals", "call_verbs", "call_nouns", "not_present_verbs",
    "adjective_leads", "adjective_pasts", "reschedule_verbs", "futurate_verbs", "plan_leads", "state_today_verbs",
    "bare_past_words", "bare_verb_leads", "complementizers", "future_from_now", "convening_verbs",
    "convened_gatherings", "progressive_heads", "not_progressive", "state_until_heads", "aside_hedges",
    "due_adverbs", "lower_case_auxiliaries",
)  # fmt: skip
_NOT_YEAR_LISTS = (
    "not_year_before", "year_cues", "counted_after", "not_plural", "counted_after_abbreviations", "clock_after",
    "count_joiners", "measure_after",
)  # fmt: skip
# The cases a word of a caption's mark is written in ("file", "File", "FILE").
_CASES = (str.lower, str.title, str.upper)
_MODIFIER_CODES = frozenset({"START", "MID", "END"})
_UNITS = frozenset({"day", "week", "month", "year"})

# Every data file of the stage, by concept; the test suite runs the examples each one carries.
DATA_FILES = (
    "en/months.yaml", "en/weekdays.yaml", "en/seasons.yaml", "en/numbers.yaml", "en/anchor_words.yaml",
    "en/cues.yaml", "en/qualifier_offsets.yaml", "en/modifiers.yaml", "en/sequence_offsets.yaml",
    "en/prepositions.yaml", "en/tense_markers.yaml", "en/not_a_year.yaml", "en/holidays.yaml",
    "en/national_days.yaml", "en/lower_case_names.yaml", "en/date_names.yaml",
)  # fmt: skip


@dataclass(frozen=True, eq=False)
class TemporalRules:
    """Everything the tagger knows of English dates.  Compared by identity (caches key on it)."""

    # -- finding
    patterns: tuple[Pattern, ...]
    by_family: Mapping[str, Family]
    automaton: ahocorasick.Automaton
    year_checks: YearChecks
    # A cue or qualifier made only of these is cut off the expression's text ("in February" -> "February").
    cue_only: frozenset[str]
    leading_preposition: re.Pattern[str]
    # -- resolving
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    seasons: Mapping[str, str]
    numbers: Mapping[str, int]
    # Month words that are months only after a cue: every abbreviation, and names that are common words.
    month_needs_cue: frozenset[str]
    # Month abbreviations ("jan", "jun"), some of which are given names too ("Jan Egeland", "Jun Azumi").
    month_abbreviations: frozenset[str]
    # Capitalised words that make "March" or "May" right after them part of a name ("the Green March"): no month.
    month_name_words: frozenset[str]
    weekday_neutral_qualifiers: frozenset[str]
    qualifier_offsets: Mapping[str, int]
    # Qualifiers that make "the past year" a stretch of time up to (or from) now, not a calendar unit.
    stretch_qualifiers: frozenset[str]
    # Of those, the ones that name the calendar unit before when bare and with no word before them ("past week").
    opening_stretch_qualifiers: frozenset[str]
    modifiers: Mapping[str, Modifier]
    sequence_offsets: Mapping[str, tuple[int, str]]
    scheduled_noun_before: re.Pattern[str]
    # A scheduled noun right before a day ("an election on"), or after a weekday's possessive ("'s meeting").
    scheduled_noun_ahead: re.Pattern[str]
    scheduled_noun_after: re.Pattern[str]
    holidays: Mapping[str, Holiday]
    ordinals: Mapping[str, int]
    # "Independence Day": each state's day, by the table a national holiday names (national_days.yaml).
    national_days: Mapping[str, NationalDays]
    # -- tense
    tense: TenseMarkers
    # The order of an all-numeric date a document set declares ("DMY" or "MDY"); None: only unambiguous
    # numeric dates are read.
    date_order: str | None = None
    # Lower-case names read as names ("next tuesday", "halloween"): lower_case_names.yaml.
    lower_case: LowerCaseNames | None = None
    # Decades in words -> their first year ("seventies" 1970): numbers.yaml.
    decade_words: Mapping[str, int] = dataclasses.field(default_factory=dict)
    # Years in words ("nineteen ninety-one"): numbers.yaml's lead words and the words of the last two digits.
    year_leads: Mapping[str, int] = dataclasses.field(default_factory=dict)
    year_words: Mapping[str, int] = dataclasses.field(default_factory=dict)
    # Other spellings of a calendar unit ("yr", "qtr", "week-end"): anchor_words.yaml.
    unit_spellings: Mapping[str, str] = dataclasses.field(default_factory=dict)
    # Abbreviations of a part of a unit ("eom" -> "end of the month"): anchor_words.yaml.
    part_spellings: Mapping[str, str] = dataclasses.field(default_factory=dict)
    # Figures that are never a month and day ("24/7"): prepositions.yaml.
    figures_not_dates: frozenset[str] = frozenset()
    # Qualifiers that put a weekday in the week after publication's ("next Friday"): weekdays.yaml.
    weekday_of_next_week: frozenset[str] = frozenset()
    # Words before a year told in the past that make it the frame of the year-less dates after it ("In 2019,
    # ... in March"): prepositions.yaml.
    year_frame_leads: frozenset[str] = frozenset()
    # Parts of a time between a frame word and its date ("on the evening of 15 February 2011", "in the autumn of
    # 2020"): the frame word still leads (prepositions.yaml).
    year_frame_parts: frozenset[str] = frozenset()
    # A demonstrative before a month ("that May"): the month of the year the text is telling (cues.yaml).
    that_year_cues: frozenset[str] = frozenset()
    # Words opening a relative clause: a year inside one describes its noun and frames nothing
    # ("a general who had returned from exile in 2011"): prepositions.yaml.
    frame_relative_openers: frozenset[str] = frozenset()
    # Words opening an apposition after a sentence's subject ("The deputies, the survivors of a parliament elected
    # in 1972, began ..."): a year inside it describes the subject and sets no frame.
    frame_apposition_openers: frozenset[str] = frozenset()
    # A record that "in five years" counts the stretch of ("the worst fighting in a decade"): cues.yaml.
    record_words: frozenset[str] = frozenset()
    record_words_adjacent: frozenset[str] = frozenset()
    # "later on Thursday": the publication day itself when it is that weekday (cues.yaml).
    later_same_day: re.Pattern[str] = re.compile(r"(?!)")
    # What may stand beside a date on a stamp line ("Thu 16 Jun 2022 08.10 BST"): figures, punctuation and the
    # words of cues.yaml's `stamp_line_words` (the rest of the line is matched whole).
    stamp_rest: re.Pattern[str] = re.compile(r"(?!)")
    # "the week of 8 March": right before a digest heading's day, its week (cues.yaml `week_heading_leads`).
    week_heading_lead: re.Pattern[str] = re.compile(r"(?!)")
    # "less than a year earlier": a bound on a count, no date (cues.yaml).
    count_bound: re.Pattern[str] = re.compile(r"(?!)")
    # A plan's verb group in the clause after "N days before" ("the vote was supposed to take place").
    planned_clause: re.Pattern[str] = re.compile(r"(?!)")
    # "every Tuesday", "each January": a recurring time, no date of one happening (cues.yaml).
    recurrence_lead: re.Pattern[str] = re.compile(r"(?!)")
    # "each year at Christmas", "usually around Easter", "on 26 December every year": a habit, no date of one
    # happening (cues.yaml `habitual_leads`, `habitual_tails`).
    habitual_lead: re.Pattern[str] = re.compile(r"(?!)")
    habitual_tail: re.Pattern[str] = re.compile(r"(?!)")
    # The first words of `habitual_leads`: the pattern is tried only where one stands (a search per date costs time).
    habitual_heads: frozenset[str] = frozenset()
    # "the December date", "the March deadline": a definite month before a noun of a set time, which takes up a day
    # of that month the text told before (cues.yaml `taken_up_month_nouns`): the noun right after the month ...
    taken_up_noun: re.Pattern[str] = re.compile(r"(?!)")
    # "on Monday, if calm holds": a condition right after a weekday, which leaves its happening ahead (cues.yaml
    # `day_condition_openers`, never before `day_condition_not_after`: "if only briefly" concedes, sets no condition).
    condition_after_day: re.Pattern[str] = re.compile(r"(?!)")
    # "gave the militias a deadline of March 31": a deadline set in a past clause lies after the setting, which news
    # tells soon after: the nearest such day, not the past one (cues.yaml `deadline_leads`).
    deadline_lead: re.Pattern[str] = re.compile(r"(?!)")
    # "should be asked to report by 1 March": a recommendation's lead and, in its clause, a deadline (cues.yaml).
    recommendation_lead: re.Pattern[str] = re.compile(r"(?!)")
    # "before Eid al-Fitr": some time before a feast, not its day (cues.yaml `holiday_bound_leads`).
    holiday_bound: re.Pattern[str] = re.compile(r"(?!)")
    # "after the Ramadan fast": some time after a feast of several days, no day of it (cues.yaml `holiday_after_leads`).
    holiday_after: re.Pattern[str] = re.compile(r"(?!)")
    # ", which began on": after a feast, a relative clause telling its start or end, right before the calendar words
    # that date it (cues.yaml).
    feast_bound: re.Pattern[str] = re.compile(r"(?!)")
    # ", which marks the end of": what stands between a feast's name and another feast a relative clause telling
    # what the first is names (cues.yaml's feast_definition_verbs): no time of the story.
    feast_definition: re.Pattern[str] = re.compile(r"(?!)")
    # "because of the Eid holiday": a feast as a cause, no date of a happening (cues.yaml).
    holiday_cause: re.Pattern[str] = re.compile(r"(?!)")
    # Capitalised words a one-word holiday may follow inside a sentence ("the Holy Ramadan"; after any
    # other, "Tamer Ramadan" is a name): cues.yaml.
    holiday_capitalised_leads: frozenset[str] = frozenset()
    # "the Tuesday of that week": a weekday in the anchor's week (prepositions.yaml).
    anchor_week_tail: re.Pattern[str] = re.compile(r"(?!)")
    # "The report comes two days after ...": the news itself, counted back from the publication day (cues.yaml).
    news_arrival: re.Pattern[str] = re.compile(r"(?!)")
    # "The deal came two days after ...": the news told in the past, counted back from its first day (cues.yaml).
    news_arrival_past: re.Pattern[str] = re.compile(r"(?!)")
    # ", following a deal ... in September": after a count, where another clause starts, whose dates are not
    # the counted clause's own (cues.yaml).
    news_arrival_clause_break: re.Pattern[str] = re.compile(r"(?!)")
    # "that the 2015 political agreement was dead", "in the April 11 election": a date set before a noun, after a
    # determiner (cues.yaml's attributive_date_determiners): in a counted clause, after its verb, another thing's date.
    attributive_date: re.Pattern[str] = re.compile(r"(?!)")
    # "were expected to begin talks on": a plan told in the past, its infinitive up to the date in one clause; and the
    # words that call a plan off ("was cancelled") (cues.yaml's past_plan_heads and plan_calloffs).
    past_plan_head: re.Pattern[str] = re.compile(r"(?!)")
    plan_calloff: re.Pattern[str] = re.compile(r"(?!)")
    # "later in the day" with no day before it in reach: the publication day, when it is the last day told
    # (cues.yaml).
    news_day_same_day: re.Pattern[str] = re.compile(r"(?!)")
    # "the 17 February Revolution": a day-month inside a name dates nothing (date_names.yaml): what may stand
    # before it, and the capitalised words and head word after it.
    date_name_lead: re.Pattern[str] = re.compile(r"(?!)")
    date_name_tail: re.Pattern[str] = re.compile(r"(?!)")
    # "the Western-backed March 14 parliamentary majority": a camp's lower-case head (date_names.yaml), and what may
    # stand before the day and month then.
    date_name_lower_tail: re.Pattern[str] = re.compile(r"(?!)")
    date_name_lower_lead: re.Pattern[str] = re.compile(r"(?!)")
    # "on 23 July Street": a place's head right after the day and month makes a name after any word (date_names.yaml).
    date_name_place_tail: re.Pattern[str] = re.compile(r"(?!)")
    # "[File: Name/Agency]", "(AP Photo/Name, File)": a caption of an archive picture, whose year-less dates are
    # of a year the reader cannot know (cues.yaml; lower case, matched in the date's line).
    file_photo_marks: tuple[str, ...] = ()
    # The first word of each mark, in lower, title and upper case: cheap to look for in the text first.
    file_photo_gates: tuple[str, ...] = ()
    # "(File photo, 2016)": a bracket opening with an archive mark, up to a date inside it (cues.yaml).
    archive_mark: re.Pattern[str] = re.compile(r"(?!)")
    # The current year named alone ("this year"): outside a future clause a stretch, no event (cues.yaml).
    current_stretches: frozenset[str] = frozenset()
    # Each happening's noun with the nouns of its kind that may name it before ("the vote" <- "a referendum on
    # 3 December"; `counted_event_nouns`).
    event_nouns: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    # "in a couple of weeks": a count given as about so many, which dates no day, week or month ahead (cues.yaml).
    approximate_counts: frozenset[str] = frozenset()
    # "its second on the city this week": an ordinal count in an apposition or after a copula, right before the
    # stretch it runs over (cues.yaml: `ordinal_counts`, `ordinal_count_stretches`); no event.
    ordinal_count: re.Pattern[str] = re.compile(r"(?!)")
    ordinal_count_stretches: frozenset[str] = frozenset()
    # "closed for most of the first half of this year", "throughout 2019": a stretch a state lasted (cues.yaml).
    state_stretch_lead: re.Pattern[str] = re.compile(r"(?!)")
    # "a truce for the holy month of " right before a feast: the truce's name (cues.yaml `feast_truce_leads`).
    feast_truce_lead: re.Pattern[str] = re.compile(r"(?!)")
    # The last words of those leads ("of", "throughout"): the word before an expression is tested first.
    state_stretch_last_words: frozenset[str] = frozenset()
    # "marginalised after 2011": a bare year after these is where a state begins, no happening's time (cues.yaml).
    year_state_leads: frozenset[str] = frozenset()
    # "did not begin in 2019", "would have seemed unthinkable in 1992": a bare year after these, dated by a denied
    # verb or an unreal past, is no happening's time (cues.yaml).
    denied_year_leads: frozenset[str] = frozenset()
    # "If the truce holds on Monday night, we will leave": a clause opening on a condition word, and a modal of the
    # result elsewhere in the sentence: the condition's dates are no happening (cues.yaml `condition_openers`,
    # `condition_results`).
    condition_open: re.Pattern[str] = re.compile(r"(?!)")
    condition_result: re.Pattern[str] = re.compile(r"(?!)")
    # "Unless the two houses agree by the summer, ...": right before a date in a condition, a deadline's lead.
    condition_deadline: re.Pattern[str] = re.compile(r"(?!)")
    # "the men of 2011", "the question of 2026": nouns of people (a cohort) or of a topic that a bare year after "of"
    # names as the year's own, no happening (cues.yaml's cohort_nouns and year_topic_nouns).
    cohort_nouns: frozenset[str] = frozenset()
    # "thinner than the 2008 accord", "back where it was in 2014": a bare year as the standard of a comparison, no
    # happening; not after a comparative of time ("no later than 2025") (cues.yaml's comparison_year_leads and
    # time_comparatives).
    comparison_year: re.Pattern[str] = re.compile(r"(?!)")
    # "half as many as a decade ago": a count back as a comparison's standard (cues.yaml's comparison_ago_leads).
    comparison_ago: re.Pattern[str] = re.compile(r"(?!)")
    # "Three weeks later, the council has lost ...": the present verbs after which a count opening its sentence
    # reaches the writer's now (cues.yaml); no event.
    count_to_now_verbs: frozenset[str] = frozenset()
    # "fought a war from 1998 to 2000": the words before a span of years that tell it as a happening's time (cues.yaml);
    # any other span of years is background.
    year_span_leads: frozenset[str] = frozenset()
    year_span_article_leads: frozenset[str] = frozenset()
    # "between late August and late September", "from mid-June to early July": a span's opening word and the words
    # that join its two ends (cues.yaml's `span_ends`, "between and", "from to"): the second end is no time of its own.
    span_ends: frozenset[tuple[str, str]] = frozenset()

    def month_number(self, word: str) -> int:
        return self.months[word.lower().rstrip(".")]

    def weekday_number(self, word: str) -> int:
        return self.weekdays[word.lower().rstrip(".")]


# The cue regexes' templates, each `{}` a phrase list's alternation (`_cue_regex`).  A lead right before the
# date ("every", "more than"): matched against the text before it.
_RIGHT_BEFORE = r"(?i)\b(?:{})\s+$"
# A truce's lead, then "the holy month of" or "the" before a feast's name.
_FEAST_TRUCE = r"(?i)\b(?:{})\s+(?:the\s+(?:[a-z]+\s+){{0,3}}?(?:of\s+)?)?$"
# "The report comes two days after ...": a subject opening the sentence, its verb right before the count; one
# aside fenced by commas may follow the subject ("The meeting, held in Kelvar, came three days after ...").
_NEWS_ARRIVAL = r"(?i)^\s*(?:{})\b[^,;:.!?\n]{{0,40}}(?:,[^,;:.!?\n]{{1,80}},\s*)?\b(?:{})\s+$"
# "its second on the city this week": an ordinal after a comma or a copula, up to the stretch.
_ORDINAL_COUNT = (
    r"(?i)(?:,|\b(?:is|was|are|were|be|been)\b)\s+(?:[\w'\u2019]+\s+){{0,2}}?(?:{})\b[^,;:.!?()\n]{{0,40}}?\s$"
)


# "(File photo, " right before a date: a bracket opening with a credit's word, then no bracket up to the date.
_ARCHIVE_MARK = r"(?i)[(\[]\s*(?:{})\b[^()\[\]\n]{{0,60}}$"
# The rest of a stamp line: figures of a clock, punctuation, bullets and the stamp words, nothing else.
_STAMP_FILL = r"[\s\d:.,;|/()\[\]\-\u2013\u2014\u2022*]*"
_STAMP_REST = r"(?i)" + _STAMP_FILL + r"(?:(?:{})(?!\w)" + _STAMP_FILL + r")*"


def _cue_regex(template: str, *lists: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    """`template` compiled with each `{}` filled by the alternation of one phrase list, in its order."""
    return re.compile(template.format(*("|".join(phrases) for phrases in lists)))


def _noun_kinds(groups: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Each noun of `groups` (nouns of one kind, space-separated) with every noun of its group."""
    kinds: dict[str, frozenset[str]] = {}
    for group in groups:
        nouns = frozenset(group.lower().split())
        for noun in nouns:
            kinds[noun] = kinds.get(noun, frozenset()) | nouns
    return kinds


def _longest_first(phrases: tuple[str, ...]) -> list[str]:
    """Longest first, so that an alternation tries "no more than" before "more than"."""
    return sorted(phrases, key=len)[::-1]


# A past copula (an adverb may follow: "were initially"), a planning participle, "to" and a verb; then no clause
# mark up to the date.
_PAST_PLAN_HEAD = r"(?i)\b(?:was|were|had\s+been)\s+(?:[a-z]+ly\s+)?(?:{})\s+to\s+[a-z]+\b[^,;:.!?()\n\"\u201c\u201d]*$"
# A year ("2015", "1998-99") or a day of a month ("April 11", "11 April") between a determiner and a lower-case word.
_ATTRIBUTIVE_DATE = (
    r"\b(?i:{dets})\s+"
    r"(?:\d{{4}}(?:[-/\u2013]\d{{2,4}})?|(?:{months})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{months}))\s+(?=[a-z])"
)


def _attributive_date(
    determiners: tuple[str, ...], months: Mapping[str, int], abbreviations: Mapping[str, int]
) -> re.Pattern[str]:
    """ "the 2015 political agreement", "the April 11 election": a date used as an adjective (`_ATTRIBUTIVE_DATE`)."""
    names = sorted({name.title() for name in (*months, *abbreviations)}, key=len, reverse=True)
    dets = "|".join(re.escape(d).replace("'", "['\u2019]") for d in _longest_first(determiners))  # either apostrophe
    return re.compile(_ATTRIBUTIVE_DATE.format(dets=dets, months="|".join(names)))


def compound_counts(counts: Mapping[str, int]) -> dict[str, int]:
    """ "thirty-three", "forty five": a count's tens word and a count word of one to nine, joined by a hyphen
    or a space (the article "a" and "an" count one but join no tens)."""
    tens = {w: v for w, v in counts.items() if v in range(20, 100, 10)}
    units = {w: v for w, v in counts.items() if v in range(1, 10) and w not in ("a", "an") and " " not in w}
    return {f"{t}{joint}{u}": tv + uv for t, tv in tens.items() for u, uv in units.items() for joint in ("-", " ")}


def load_temporal_rules(data_dir: Path | None = None) -> TemporalRules:
    """Read the data files and compile the rules; a malformed file is a `DataFileError` naming it.

    The files are the built-in ones unless `data_dir` holds a set laid out the same way (`en/months.yaml`, ...).
    """
    paths = {name: (data_dir / name if data_dir is not None else builtin(name)) for name in DATA_FILES}
    docs = {name: read_yaml(path) for name, path in paths.items()}
    marks = strings(docs["en/cues.yaml"], "file_photo_marks", paths["en/cues.yaml"])
    file_photo_marks = tuple(m.lower() for m in marks)

    def lists(name: str, keys: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
        return {key: phrases(docs[name], key, paths[name]) for key in keys}

    def cue(key: str) -> tuple[str, ...]:
        return phrases(docs["en/cues.yaml"], key, paths["en/cues.yaml"])

    month_names, month_abbreviations = calendar_names(docs["en/months.yaml"], paths["en/months.yaml"])
    weekday_names, weekday_abbreviations = calendar_names(docs["en/weekdays.yaml"], paths["en/weekdays.yaml"])
    seasons = season_names(docs["en/seasons.yaml"], paths["en/seasons.yaml"])
    numbers = int_table(docs["en/numbers.yaml"], "counts", paths["en/numbers.yaml"])
    unit_spellings = str_table(docs["en/anchor_words.yaml"], "spellings", paths["en/anchor_words.yaml"])
    part_spellings = str_table(docs["en/anchor_words.yaml"], "part_spellings", paths["en/anchor_words.yaml"])
    decade_words = int_table(docs["en/numbers.yaml"], "decades", paths["en/numbers.yaml"])
    year_leads = int_table(docs["en/numbers.yaml"], "year_leads", paths["en/numbers.yaml"])
    year_words = int_table(docs["en/numbers.yaml"], "year_words", paths["en/numbers.yaml"])
    numbers = {**numbers, **compound_counts(numbers)}
    # Cue lists kept with the prepositions (prepositions.yaml) fill pattern slots as cues.yaml's do.
    cues = {**lists("en/cues.yaml", _CUE_LISTS), **lists("en/prepositions.yaml", ("numeric_date_leads",))}
    words = Words(
        months=month_names,
        month_abbreviations=month_abbreviations,
        weekdays=weekday_names,
        weekday_abbreviations=weekday_abbreviations,
        seasons=seasons,
        numbers=numbers,
        cues=cues,
        anchor_words=lists("en/anchor_words.yaml", ("unit", "deictic")),
        holidays=holiday_names(docs["en/holidays.yaml"]),
        ordinals=int_table(docs["en/numbers.yaml"], "ordinals", paths["en/numbers.yaml"]),
        unit_spellings=unit_spellings,
        part_spellings=part_spellings,
        decade_words=decade_words,
        year_leads=year_leads,
        year_words=year_words,
        ordinary_weekday_abbreviations=phrases(
            docs["en/weekdays.yaml"], "ordinary_abbreviations", paths["en/weekdays.yaml"]
        ),
    )
    patterns = compile_patterns(words)
    not_year = docs["en/not_a_year.yaml"]
    not_year_path = paths["en/not_a_year.yaml"]
    prepositions = lists("en/prepositions.yaml", ("cue_only", "leading"))
    tense_words = lists("en/tense_markers.yaml", _TENSE_LISTS)
    ordinary_words = phrases(docs["en/months.yaml"], "ordinary_words", paths["en/months.yaml"])
    # "elections due Dec. 24", "a vote set Sunday": a month or weekday right after "due" or "set" marks a plan as
    # "due on" does (wire copy drops the preposition); not a month that is also a word ("due may", "set march")
    calendar_heads = (*month_names, *month_abbreviations, *weekday_names)
    tense_words["plan_prepositions"] += tuple(w for w in calendar_heads if w not in ordinary_words)
    scheduled_cues = phrases(docs["en/cues.yaml"], "scheduled_noun_cues", paths["en/cues.yaml"])
    scheduled_nouns = "|".join(phrases(docs["en/cues.yaml"], "scheduled_nouns", paths["en/cues.yaml"]))
    noun_breaks = "|".join(phrases(docs["en/cues.yaml"], "scheduled_noun_breaks", paths["en/cues.yaml"]))
    holidays = read_holidays(docs["en/holidays.yaml"], paths["en/holidays.yaml"])
    national_days = read_national_days(docs["en/national_days.yaml"], paths["en/national_days.yaml"])
    for name, holiday in holidays.items():
        if holiday.kind == "national" and holiday.members[0] not in national_days:
            raise DataFileError(
                f"{paths['en/holidays.yaml']}: national holiday {name!r} names table {holiday.members[0]!r}, "
                f"not one of {paths['en/national_days.yaml']}"
            )
    return TemporalRules(
        patterns=patterns,
        by_family=by_family(patterns),
        automaton=anchor_automaton(words),
        year_checks=compile_year_checks(*(strings(not_year, key, not_year_path) for key in _NOT_YEAR_LISTS)),
        cue_only=frozenset(prepositions["cue_only"]),
        leading_preposition=re.compile(r"(?i:{})\s+".format("|".join(prepositions["leading"]))),
        months={**month_names, **month_abbreviations},
        weekdays={**weekday_names, **weekday_abbreviations},
        seasons=seasons,
        numbers=numbers,
        month_needs_cue=frozenset(month_abbreviations) | frozenset(ordinary_words),
        month_abbreviations=frozenset(month_abbreviations),
        month_name_words=frozenset(phrases(docs["en/months.yaml"], "name_words", paths["en/months.yaml"])),
        weekday_neutral_qualifiers=frozenset(cues["weekday_neutral_qualifiers"]),
        qualifier_offsets=int_table(docs["en/qualifier_offsets.yaml"], "offsets", paths["en/qualifier_offsets.yaml"]),
        stretch_qualifiers=frozenset(
            phrases(docs["en/qualifier_offsets.yaml"], "stretches", paths["en/qualifier_offsets.yaml"])
        ),
        opening_stretch_qualifiers=frozenset(
            phrases(docs["en/qualifier_offsets.yaml"], "opening_stretches", paths["en/qualifier_offsets.yaml"])
        ),
        modifiers=_modifiers(docs["en/modifiers.yaml"], paths["en/modifiers.yaml"]),
        sequence_offsets=_sequence_offsets(docs["en/sequence_offsets.yaml"], paths["en/sequence_offsets.yaml"]),
        ordinals=words.ordinals or {},
        holidays=holidays,
        national_days=national_days,
        scheduled_noun_before=re.compile(r"\b(?:{})\s+(?:the\s+)?$".format("|".join(scheduled_cues)), re.I),
        scheduled_noun_ahead=re.compile(rf"\b(?:{scheduled_nouns})\s+(?:on\s+)?$", re.I),
        # (the words between are the noun's modifiers: no word that opens another phrase, cues.yaml's
        # scheduled_noun_breaks)
        scheduled_noun_after=re.compile(
            rf"(?:'s|\u2019s)?\s+(?:(?!(?:{noun_breaks})\b)[a-z-]+\s+){{0,2}}(?:{scheduled_nouns})\b", re.I
        ),
        tense=tense_markers(tense_words),
        lower_case=_lower_case(docs["en/lower_case_names.yaml"], paths["en/lower_case_names.yaml"], words),
        unit_spellings=unit_spellings,
        part_spellings=part_spellings,
        decade_words=decade_words,
        year_leads=year_leads,
        year_words=year_words,
        figures_not_dates=frozenset(
            strings(docs["en/prepositions.yaml"], "figures_not_dates", paths["en/prepositions.yaml"])
        ),
        weekday_of_next_week=frozenset(phrases(docs["en/weekdays.yaml"], "of_next_week", paths["en/weekdays.yaml"])),
        year_frame_leads=frozenset(
            strings(docs["en/prepositions.yaml"], "year_frame_leads", paths["en/prepositions.yaml"])
        ),
        year_frame_parts=frozenset(
            phrases(docs["en/prepositions.yaml"], "year_frame_parts", paths["en/prepositions.yaml"])
        ),
        that_year_cues=frozenset(phrases(docs["en/cues.yaml"], "that_year_cues", paths["en/cues.yaml"])),
        frame_relative_openers=frozenset(
            strings(docs["en/prepositions.yaml"], "frame_relative_openers", paths["en/prepositions.yaml"])
        ),
        frame_apposition_openers=frozenset(
            strings(docs["en/prepositions.yaml"], "frame_apposition_openers", paths["en/prepositions.yaml"])
        ),
        record_words=frozenset(phrases(docs["en/cues.yaml"], "record_words", paths["en/cues.yaml"])),
        record_words_adjacent=frozenset(phrases(docs["en/cues.yaml"], "record_words_adjacent", paths["en/cues.yaml"])),
        anchor_week_tail=re.compile(
            r"\s+(?:{})\b".format(
                "|".join(
                    sorted(
                        strings(docs["en/prepositions.yaml"], "anchor_week_tails", paths["en/prepositions.yaml"]),
                        key=len,
                    )[::-1]
                )
            ),
            re.IGNORECASE,
        ),
        # After "the", "'s", "or" ("M23, or March 23 Movement"), a bracket or a sentence's start; never after a
        # preposition ("On 17 February Army units moved": a date before a capitalised subject).
        date_name_lead=re.compile(r"(?:\b(?:[Tt]he|or)|['\u2019]s|\(|\A|[.!?\n][\"\u201d\u2019]?)\s*$"),
        date_name_tail=re.compile(
            r"(?:\s+[A-Z][\w'\u2019-]*){{0,2}}?\s+(?:{})\b".format(
                "|".join(strings(docs["en/date_names.yaml"], "name_heads", paths["en/date_names.yaml"]))
            )
        ),
        date_name_lower_tail=re.compile(
            r"\s+(?:[a-z]+\s+)?(?:{})\b".format(
                "|".join(strings(docs["en/date_names.yaml"], "lower_name_heads", paths["en/date_names.yaml"]))
            )
        ),
        date_name_lower_lead=re.compile(r"(?:\b[Tt]he(?:\s+[\w'\u2019-]+)?|['\u2019]s)\s+$"),
        date_name_place_tail=re.compile(
            r"\s+(?:{})\b".format(
                "|".join(strings(docs["en/date_names.yaml"], "place_heads", paths["en/date_names.yaml"]))
            )
        ),
        holiday_capitalised_leads=frozenset(
            strings(docs["en/cues.yaml"], "holiday_capitalised_leads", paths["en/cues.yaml"])
        ),
        news_arrival_past=_cue_regex(_NEWS_ARRIVAL, cue("news_arrival_subjects"), cue("news_arrival_past_verbs")),
        news_arrival_clause_break=_cue_regex(r"(?i)[,;]\s*(?:{})\b", cue("news_arrival_clause_breaks")),
        news_day_same_day=_cue_regex(r"(?i)(?:{})", cue("news_day_same_day_leads")),
        past_plan_head=_cue_regex(_PAST_PLAN_HEAD, cue("past_plan_heads")),
        plan_calloff=_cue_regex(r"(?i)\b(?:{})\b", _longest_first(cue("plan_calloffs"))),
        attributive_date=_attributive_date(cue("attributive_date_determiners"), month_names, month_abbreviations),
        news_arrival=_cue_regex(_NEWS_ARRIVAL, cue("news_arrival_subjects"), cue("news_arrival_verbs")),
        recurrence_lead=_cue_regex(_RIGHT_BEFORE, cue("recurrence_leads")),
        # The lead and the date in one clause: no clause mark between them.
        habitual_lead=_cue_regex(
            r"(?i)\b(?:{})\b[^,;:.!?()\n\"\u201c\u201d]*\b(?:{})\s+(?:the\s+)?$",
            _longest_first(cue("habitual_leads")),
            cue("habitual_prepositions"),
        ),
        habitual_heads=frozenset(phrase.split()[0] for phrase in cue("habitual_leads")),
        habitual_tail=_cue_regex(r"(?i)\s+(?:{})\b", _longest_first(cue("habitual_tails"))),
        taken_up_noun=_cue_regex(r"(?i)[ \t]+(?:{})\b", _longest_first(cue("taken_up_month_nouns"))),
        recommendation_lead=_cue_regex(
            r"(?i)\b(?:{})\b[^,;:.!?()\n\"\u201c\u201d]*\bby[ \t]+(?:the[ \t]+)?$",
            _longest_first(cue("recommendation_leads")),
        ),
        condition_after_day=_cue_regex(
            r"(?i),?[ \t]+(?:{})\b(?![ \t]+(?:{})\b)",
            _longest_first(cue("day_condition_openers")),
            _longest_first(cue("day_condition_not_after")),
        ),
        holiday_bound=_cue_regex(r"(?i)\b(?:{})\s+(?:the\s+)?$", _longest_first(cue("holiday_bound_leads"))),
        holiday_after=_cue_regex(r"(?i)\b(?:{})\s+(?:the\s+)?$", _longest_first(cue("holiday_after_leads"))),
        feast_definition=_cue_regex(
            r"(?i),\s+(?:which|that)\s+(?:{})\s[^,;:.!?()\n\"\u201c\u201d]{{0,60}}$", cue("feast_definition_verbs")
        ),
        feast_bound=_cue_regex(
            r"(?i),\s+(?:which|that)\s+(?:{})\s+(?:(?:on|in|at|around|from)\s+)?$", cue("feast_bound_verbs")
        ),
        count_bound=_cue_regex(_RIGHT_BEFORE, _longest_first(cue("count_bounds"))),
        planned_clause=_cue_regex(
            r"(?i)\b(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:{})\b",
            _longest_first(cue("planned_clause_marks")),
        ),
        holiday_cause=_cue_regex(
            r"(?i)\b(?:{})\s+(?:the\s+)?(?:(?:{})\s+)?$",
            _longest_first(cue("holiday_causes")),
            strings(docs["en/cues.yaml"], "holiday_capitalised_leads", paths["en/cues.yaml"]),
        ),
        later_same_day=_cue_regex(_RIGHT_BEFORE, _longest_first(cue("later_same_day_leads"))),
        stamp_rest=_cue_regex(_STAMP_REST, [re.escape(w) for w in _longest_first(cue("stamp_line_words"))]),
        week_heading_lead=_cue_regex(_RIGHT_BEFORE, _longest_first(cue("week_heading_leads"))),
        file_photo_marks=file_photo_marks,
        archive_mark=_cue_regex(_ARCHIVE_MARK, _longest_first(cue("archive_mark_openers"))),
        current_stretches=frozenset(cue("current_stretches")),
        event_nouns=_noun_kinds(cue("counted_event_nouns")),
        approximate_counts=frozenset(c.lower() for c in cue("approximate_counts")),
        ordinal_count=_cue_regex(_ORDINAL_COUNT, cue("ordinal_counts")),
        state_stretch_lead=_cue_regex(_RIGHT_BEFORE, cue("state_stretch_leads")),
        feast_truce_lead=_cue_regex(_FEAST_TRUCE, cue("feast_truce_leads")),
        state_stretch_last_words=frozenset(w.split()[-1] for w in cue("state_stretch_leads")),
        year_state_leads=frozenset(cue("year_state_leads")),
        denied_year_leads=frozenset(cue("denied_year_leads")),
        condition_open=_cue_regex(r"(?i)[\s\"'\u201c\u2018(]*(?:{})\s", _longest_first(cue("condition_openers"))),
        # a contraction ("we'll") with either apostrophe, right after its word; the other words whole
        condition_result=_cue_regex(
            r"(?i)(?<![\w'\u2019])(?:{})(?!\w)|['\u2019](?:{})(?!\w)",
            [w for w in cue("condition_results") if not w.startswith("'")],
            [w[1:] for w in cue("condition_results") if w.startswith("'")],
        ),
        deadline_lead=_cue_regex(r"(?i)\b(?:{})\s+(?:the\s+)?$", _longest_first(cue("deadline_leads"))),
        condition_deadline=_cue_regex(r"(?i)\b(?:{})\s+(?:the\s+)?$", _longest_first(cue("condition_deadline_leads"))),
        cohort_nouns=frozenset(cue("cohort_nouns")) | frozenset(cue("year_topic_nouns")),
        comparison_year=_cue_regex(
            r"(?i)(?<![\w'\u2019])(?!(?:{})\s)[\w'\u2019]+\s+(?:{})\s+$",
            cue("time_comparatives"),
            _longest_first(cue("comparison_year_leads")),
        ),
        comparison_ago=_cue_regex(r"(?i)\b(?:{})\s+$", _longest_first(cue("comparison_ago_leads"))),
        count_to_now_verbs=frozenset(cue("count_to_now_verbs")),
        year_span_leads=frozenset(cue("year_span_leads")),
        year_span_article_leads=frozenset(cue("year_span_article_leads")),
        span_ends=frozenset((pair.split()[0], pair.split()[1]) for pair in cue("span_ends")),
        ordinal_count_stretches=frozenset(cue("ordinal_count_stretches")),
        file_photo_gates=tuple(sorted({f(re.findall(r"[a-z]+", m)[0]) for m in file_photo_marks for f in _CASES})),
    )


def _lower_case(document: Mapping[str, object], path: Path, words: Words) -> LowerCaseNames:
    def listed(key: str) -> tuple[str, ...]:
        return phrases(document, key, path)

    return lower_case_names(
        listed("always"),
        listed("beside_a_day_number"),
        listed("weekdays"),
        listed("weekday_leads"),
        listed("weekday_tails"),
        holidays=words.holidays,
        never=listed("holidays_never"),
        months=(*words.months, *words.month_abbreviations),
        # Days written as ordinal words: "the first of march" (not "the last").
        ordinals=tuple(w for w, n in (words.ordinals or {}).items() if n > 0),
        parts=listed("parts_before"),
        part_ordinals=tuple(words.ordinals or {}),
        holiday_tails=listed("holiday_tails"),
        anchor_forms=anchor_forms(words),
    )


def _modifiers(document: Mapping[str, object], path: Path) -> dict[str, Modifier]:
    table = str_table(document, "modifiers", path)
    for word, code in table.items():
        if code not in _MODIFIER_CODES:
            raise DataFileError(f"{path}: modifier {word!r} has {code!r}, not one of {sorted(_MODIFIER_CODES)}")
    return table  # type: ignore[return-value]


def _sequence_offsets(document: Mapping[str, object], path: Path) -> dict[str, tuple[int, str]]:
    table = entry(document, "offsets", path)
    if not isinstance(table, dict) or not table:
        raise DataFileError(f"{path}: 'offsets' must be a table of phrase: [count, unit]")
    offsets: dict[str, tuple[int, str]] = {}
    for phrase, value in table.items():
        ok = isinstance(value, list) and len(value) == 2 and isinstance(value[0], int) and value[1] in _UNITS
        if not isinstance(phrase, str) or not ok:
            raise DataFileError(f"{path}: offset {phrase!r}: {value!r} is not [count, day|week|month|year]")
        offsets[phrase] = (value[0], value[1])
    return offsets


DATE_ORDERS = ("DMY", "MDY")


def with_date_order(rules: TemporalRules, order: str | None) -> TemporalRules:
    """The rules reading an ambiguous numeric date ("4/3/2019") in the declared order; None: unresolved."""
    if order is not None and order not in DATE_ORDERS:
        raise ValueError(f"date order {order!r}: must be one of {', '.join(DATE_ORDERS)}")
    if order == rules.date_order:
        return rules
    # One copy per rules and order, so that a run's documents share it (caches key on the rules' identity).
    key = (id(rules), order)
    kept = _ORDERED.get(key)
    if kept is None or kept[0] is not rules:
        kept = (rules, dataclasses.replace(rules, date_order=order))
        _ORDERED[key] = kept
    return kept[1]


_ORDERED: dict[tuple[int, str | None], tuple[TemporalRules, TemporalRules]] = {}


_BUILTIN: TemporalRules | None = None


def builtin_rules() -> TemporalRules:
    """The rules of the built-in data files, built on first use and shared (a convenience default)."""
    global _BUILTIN
    if _BUILTIN is None:
        _BUILTIN = load_temporal_rules()
    return _BUILTIN
