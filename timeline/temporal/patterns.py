"""Finding date expressions: token-anchored regular expressions.

Running some thirty regular expressions over every character of a text is
slow in Python (each tries its alternations at every position).  Instead one
Aho-Corasick pass finds the words a date expression must contain (a month,
a weekday, a unit such as "week", a season, "yesterday", a digit); each
pattern then tries only where its anchor word stands: its `core` is matched
at the anchor, its `prefix` (a weekday, "the 8th of", "in", "last") against
the few characters just before it.  Longer matches win over shorter ones.

The English words come from the data files (`timeline/data/en/`, read by
`timeline.temporal.rules`); this module holds the regex machinery that
composes them.  A pattern is written as a template whose `{name}` slots
are filled with a word list or a shared fragment, and the words that may
stand right before a pattern's anchor are derived from the same slots.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import ahocorasick

from timeline.temporal.backwards import backwards
from timeline.temporal.caseless import by_first_character, caseless
from timeline.temporal.widths import prefix_width
from timeline.text.automaton import ordered_automaton

if TYPE_CHECKING:
    from timeline.temporal.rules import TemporalRules


@dataclass(frozen=True, slots=True)
class Pattern:
    name: str
    family: str
    core: re.Pattern[str]
    prefix: re.Pattern[str] | None
    prefix_required: bool
    resolver: str
    # Words that can stand right before the anchor when the prefix is there (a cheap test that
    # spares the prefix search); "#num" stands for any number.
    before: frozenset[str] | None = None
    # The longest a prefix match can be (`timeline.temporal.widths`), None when unbounded.
    prefix_width: tuple[int, int] | None = None
    # The prefix read backwards (`timeline.temporal.backwards`): when it does not match the reversed window,
    # the search for the prefix cannot succeed and is spared (tried on windows over 24 characters only: on a
    # narrower one the search costs about what the test does; on the 60 documents of the instruction count,
    # 24 saved more than 16 or 40).
    prefix_backwards: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    rule: str
    groups: dict[str, str]
    # The expression proper, without the preposition or noun that only cued it:
    # "in February" -> "February", "December elections" -> "December".
    core_start: int
    core_end: int
    spans: dict[str, tuple[int, int]]


@dataclass(frozen=True, slots=True)
class Words:
    """The English words the patterns are composed of, as read from the data files."""

    months: Mapping[str, int]
    month_abbreviations: Mapping[str, int]
    weekdays: Mapping[str, int]
    weekday_abbreviations: Mapping[str, int]
    seasons: Mapping[str, str]
    numbers: Mapping[str, int]
    # Named phrase lists (cues.yaml): each fills the pattern slot of its name.
    cues: Mapping[str, tuple[str, ...]]
    # Anchor words of the "unit" and "deictic" families (anchor_words.yaml).
    anchor_words: Mapping[str, tuple[str, ...]]
    # Holiday names as written (holidays.yaml), capitalised.
    holidays: tuple[str, ...] = ()
    # Ordinals of a weekday in its month (numbers.yaml): "second" 2, "last" -1.
    ordinals: Mapping[str, int] | None = None
    # Other spellings of a calendar unit (anchor_words.yaml): "yr" -> "year", "qtr" -> "quarter".
    unit_spellings: Mapping[str, str] | None = None
    # Abbreviations of a part of a unit (anchor_words.yaml): "eom" -> "end of the month".
    part_spellings: Mapping[str, str] | None = None
    # Decades in words -> their first year ("seventies" 1970): numbers.yaml.
    decade_words: Mapping[str, int] | None = None
    # Years in words: lead words -> hundreds ("nineteen" 1900), and the words of the last two digits.
    year_leads: Mapping[str, int] | None = None
    year_words: Mapping[str, int] | None = None
    # Weekday abbreviations that are ordinary words too ("Sat", "Sun", "Wed"): never a weekday on their own.
    ordinary_weekday_abbreviations: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class YearChecks:
    """Context in which a bare four-digit number is, or is not, a year (not_a_year.yaml)."""

    # The three checks of the words right before the number are written backwards and matched at the start of
    # the reversed text before it (`_backwards`): one attempt instead of a search trying every position of
    # the window (the document-year one cost some 50 us a year).  Each matches a reversed text exactly when
    # the forward regex it reverses (in `year_checks`) finds a match ending at the window's end.
    not_year_before_backwards: re.Pattern[str]
    # A year in brackets or after "of" following a numbered document is the document's year:
    # "Resolution 2231 (2015)", "Law No. 10 of 2014".
    document_year_before_backwards: re.Pattern[str]
    year_cue_backwards: re.Pattern[str]
    # A comma, an opening bracket or the text's start: a year there unless a count follows.
    year_opening: re.Pattern[str]
    counted_after: re.Pattern[str]
    clock_after: re.Pattern[str]
    # A number joined to the one before it ("between 1500 and", "1,000 to"): the end of a span of counts ...
    count_joined: re.Pattern[str]
    # ... or to a count after it ("1990 and 2000 fighters"): its start.
    count_joins: re.Pattern[str]
    # `counted_after` without its rule for any plural: the count words a span of numbers is checked against.
    listed_count_after: re.Pattern[str]


def alternatives(words: Mapping[str, object] | list[str]) -> list[str]:
    """The alternatives of a regex alternation of `words`, longest first so that 'sept' wins over 'sep'."""
    return sorted((w.replace(" ", r"\s+").replace(".", r"\.") for w in words), key=len, reverse=True)


def alternation(words: Mapping[str, object] | list[str]) -> str:
    """A regex alternation of `words`, longest first."""
    return "|".join(alternatives(words))


def _cap(words: list[str]) -> str:
    """Capitalised and all-caps forms: month and weekday names are proper nouns."""
    return by_first_character(alternatives(sorted({f for w in words for f in (w.capitalize(), w.upper())})))


_I = "(?i:{})".format
_SLOT = re.compile(r"\{([a-z_]+)\}")
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[89]\d\d|20\d\d)"
UNIT = r"(?:days?|weeks?|fortnights?|months?|years?|decades?)"
PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))"


def _last_words(phrases: Iterable[str]) -> frozenset[str]:
    return frozenset(p.split()[-1] for p in phrases)


def _literal_words(template: str) -> frozenset[str]:
    """Words written into a template itself ("the" in `(?:\\bthe\\s+)?`), outside its slots and regex syntax."""
    bare = re.sub(r"\{[a-z_]+\}|\(\?P<\w+>|\(\?i:|\\[a-zA-Z]", " ", template)
    return frozenset(re.findall(r"[a-z]+", bare))


def compile_patterns(words: Words) -> tuple[Pattern, ...]:
    """Every pattern, in the order that breaks ties between equally long matches."""
    full_weekdays = list(words.weekdays)
    month = rf"(?:{_cap(list(words.months))}|(?:{_cap(list(words.month_abbreviations))})\.?)"
    weekday = rf"(?:{_cap(full_weekdays)})"
    # Lower-case full names ("next tuesday", "3 march 2015"): only where the form leaves no doubt.
    month_lower = f"(?:{by_first_character(alternatives(list(words.months)))})"
    weekday_lower = f"(?:{by_first_character(alternatives(full_weekdays))})"
    weekday_abbr = rf"(?:{_cap(list(words.weekday_abbreviations))})\.?"
    # Abbreviations that may stand for a weekday without a date after them ("next Thurs", "Mon."): no
    # ordinary word among them.
    weekday_short = _cap([w for w in words.weekday_abbreviations if w not in words.ordinary_weekday_abbreviations])
    season = "(?:{})".format("|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in words.seasons))
    # Not the end of a longer number ("thirty-three days", "2-3 weeks", "1,500 years", "2.5 years"): its last
    # word or digits are not the count.
    num = rf"(?<!\w-)(?<!\d[,.])(?:\d{{1,3}}|{caseless(alternatives([w for w in words.numbers if words.numbers[w]]))})"
    joiners = words.cues["range_joiners"]
    day_ordinals = [w for w, n in (words.ordinals or {"first": 1}).items() if n > 0]
    spellings = dict(words.unit_spellings or {})

    # Other spellings of the units a count goes with ("2 yrs ago")
    count_spellings = [w for w, u in spellings.items() if u in ("day", "week", "fortnight", "month", "year", "decade")]

    def unit_words(*units: str) -> str:
        """A caseless alternation of calendar units and their other spellings ("year" and "yr")."""
        return _I(alternation([*units, *(w for w, u in spellings.items() if u in units)]))

    # Shared fragments, then every word list: what each template slot stands for ...
    fragments: dict[str, str] = {
        "month": month, "weekday": weekday, "month_lower": month_lower, "weekday_lower": weekday_lower,
        "season": season, "day": DAY, "year": YEAR, "num": num, "weekday_short": f"(?:{weekday_short})",
        "unit": _I(f"(?:{UNIT}|{alternation(count_spellings)})" if count_spellings else UNIT), "part_of_day": PART_OF_DAY, "dash": r"\s*(?:-|–|—|(?i:{}))\s*".format("|".join(joiners)),
        "wd_prefix": rf"(?P<wd>{weekday}|{weekday_abbr}),?\s+",
        "ordinal": f"(?:{caseless(alternatives(list(words.ordinals or {'first': 1})))}|{_I('[1-5](?:st|nd|rd|th)')})",
        # A day of the month as a number or as an ordinal word ("the fifth of August"), where a span joins two
        "span_day": rf"(?:{DAY}|{caseless(alternatives(day_ordinals))}\b)",
        "ordinal_word": caseless(alternatives(day_ordinals)),
        "of_year": r"(?:,?\s+(?:of\s+)?(?P<ryq>{year_qualifiers})\s+(?i:year)\b(?!['’]s))",
        # A clock time right after a date ("11 December 8am", "Friday 13:00", "5 May 13h", "5 May 8h30"): not a
        # day number or a year.
        "clock": r"(?:[01]?\d|2[0-3])(?::[0-5]\d\b|h(?:[0-5]\d)?\b|(?:[:.][0-5]\d)?\s*(?i:[ap]\.?m)(?:\.|\b))",
        "part_spellings": _I(alternation(list(words.part_spellings or {"eom": ""}))),
    }  # fmt: skip
    # An apostrophe in a phrase stands for a straight or a curly one in the text.
    fragments.update({name: caseless(p.replace("'", "['’]") for p in phrases) for name, phrases in words.cues.items()})
    fragments["of_year"] = fragments["of_year"].replace("{year_qualifiers}", fragments["year_qualifiers"])
    fragments["spelled_year"] = _spelled_year(words.year_leads or {}, words.year_words or {})
    # A word that may not stand before a slot's phrase, as one fixed-width look-behind per word ("the last two
    # years" is a stretch, "last two years" a date).
    fragments["counted_units_not_after"] = "".join(
        rf"(?<!\b(?i:{re.escape(w)})\s)" for w in words.cues.get("counted_units_not_after", ())
    )
    # ... and the words a slot can end with, for the cheap test before a prefix search.
    number_words = _last_words(w for w in words.numbers if words.numbers[w])
    endings: dict[str, frozenset[str]] = {
        name: _last_words(p for phrase in phrases for p in (phrase, phrase.replace("'", "’")))
        for name, phrases in words.cues.items()
    }
    endings.update({
        "ordinal": frozenset(words.ordinals or {"first": 1}) | {"#num"}, "day": frozenset({"#num"}), "year": frozenset({"#num"}),
        "span_day": _last_words(day_ordinals) | {"#num"}, "ordinal_word": _last_words(day_ordinals), "num": frozenset({"#num"}) | number_words, "dash": _last_words(joiners),
        "wd_prefix": frozenset(full_weekdays) | frozenset(words.weekday_abbreviations),
        "weekday": frozenset(full_weekdays), "weekday_lower": frozenset(full_weekdays),
    })  # fmt: skip

    def fill(template: str) -> str:
        return _SLOT.sub(lambda m: fragments[m[1]], template)

    patterns: list[Pattern] = []
    # A third of the prefixes are written again by other patterns ("{wd_prefix}"): each is read once.
    widths: dict[str, tuple[int, int] | None] = {}

    def p(
        name: str, family: str, core: str, resolver: str, prefix: str = "", required: bool = False,
        also_before: frozenset[str] = frozenset(),
    ) -> None:  # fmt: skip
        compiled_prefix = re.compile(f"(?:{fill(prefix)})\\Z") if prefix else None
        before = None
        if prefix:
            # Every word a prefix match can end with, so a superset is harmless and a gap is not: a slot
            # without known endings is a KeyError here, when the rules are built.
            before = frozenset().union(*(endings[s] for s in _SLOT.findall(prefix))) | _literal_words(prefix)
            before |= also_before  # words written in the prefix that the two derivations cannot see ("Q3")
        width = None
        if compiled_prefix is not None:
            if compiled_prefix.pattern not in widths:
                widths[compiled_prefix.pattern] = prefix_width(compiled_prefix.pattern)
            width = widths[compiled_prefix.pattern]
        quick = backwards(compiled_prefix.pattern) if compiled_prefix is not None else None
        patterns.append(
            Pattern(name, family, re.compile(fill(core)), compiled_prefix, required, resolver, before, width, quick)
        )

    # fmt: off
    # -- anchored on a month name
    # ("Monday, January, 16th 2012": a comma after the month when an ordinal or a comma marks the day; never
    # "In March, 12 2019 graduates")
    # (the year in figures or in words: "7 Feb, two thousand and eighteen", never "May 3, nineteen soldiers")
    year_after_day = r"(?:(?P<y>{year})\b|(?P<yw>{spelled_year})\b(?![\s-]+[A-Za-z]|[\s-]*\d))"
    p("month_day_year", "month",
      r"(?P<mon>{month})(?:,(?=\s+\d\d?(?:st|nd|rd|th|,)))?(?:\s+|(?<=\.))(?P<d>{day})(?:,\s*|\s+)" + year_after_day,
      "full_date",
      "{wd_prefix}")
    # "the 12th day of December, 2001": "day of" between the day and its month
    # "on 10 and 17 October", "on 3, 9 and 21 May 2019": a list of days sharing a month is told at its first day
    # (the one mention, as "on Sunday and Monday" is); "between 10 and 12 August" is a range (below)
    day_list = r"(?<!between\s)(?<!Between\s)\b(?P<d>{day})(?:\s*,\s*{day})*,?\s+(?i:and)\s+{day}\s+(?:of\s+)?"
    p("day_list_month_year", "month", r"(?P<mon>{month}),?\s+" + year_after_day, "full_date", day_list,
      required=True)
    p("day_list_month", "month", r"(?P<mon>{month})\b(?:(?=,?\s+{clock})|(?!,?\s*\d)){of_year}?", "month_day",
      day_list, required=True)
    p("day_month_year", "month", r"(?P<mon>{month}),?\s+" + year_after_day, "full_date",
      r"(?:{wd_prefix})?(?:\bthe\s+)?\b(?P<d>{day})\s+(?:(?:(?i:day)\s+)?of\s+)?", required=True)
    p("month_day_range_year", "month", r"(?P<mon>{month})\s+(?P<d>{day}){dash}(?P<d2>{day}),?\s+(?P<y>{year})\b",
      "day_range")
    p("day_range_month_year", "month", r"(?P<mon>{month}),?\s+" + year_after_day, "day_range",
      r"\b(?P<d>{day}){dash}(?P<d2>{day})\s+(?:of\s+)?", required=True)
    p("month_day_range", "month", r"(?P<mon>{month})\s+(?P<d>{day}){dash}(?P<d2>{day})\b(?![,\s]*\d)", "day_range")
    p("day_range_month", "month", r"(?P<mon>{month})\b(?!,?\s*\d)", "day_range",
      r"\b(?P<d>{day}){dash}(?P<d2>{day})\s+(?:of\s+)?", required=True)
    # "between 10 and 12 August", "between August 10 and 12": a range after "between"
    p("between_day_range_month", "month", r"(?P<mon>{month})\b(?:,?\s+(?P<y>{year})\b)?(?!,?\s*\d)", "day_range",
      r"\b(?i:between)\s+(?:the\s+)?(?P<d>{day})\s+(?i:and)\s+(?:the\s+)?(?P<d2>{day})\s+(?:of\s+)?", required=True)
    p("between_month_day_range", "month",
      r"(?P<mon>{month})\s+(?P<d>{day})\s+(?i:and)\s+(?P<d2>{day})\b(?:,?\s+(?P<y>{year})\b)?(?![,.]?\s*\d|[:%])",
      "day_range", r"\b(?i:between)\s+", required=True)
    # A colon after the day ends the date when words follow it on the line ("chose a slate on February 5: X as
    # head"); before a digit it is a clock's ("5:30"), at a line's end a heading's ("the updates for November 27:").
    # (never after a day of its own: "On 12 June 19 people were killed" is not 19 June)
    p("month_day", "month",
      r"(?<![0-9][ \t])(?<![0-9](?:st|nd|rd|th)[ \t])(?P<mon>{month})(?:\s+|(?<=\.))(?P<d>{day})\b"
      r"(?:(?=,?\s+{clock})|(?![,.]?[ \t]*['’]?\d|:(?![ \t]+[^\s\d])|%|\s*(?:-|–)\s*\d))"
      # "the August 8 election last year": a year named after the day's scheduled noun is the day's year
      r"(?:(?:\s+(?:{scheduled_nouns}))?{of_year})?",
      "month_day", "{wd_prefix}")
    # "next December 31", "last March 3": the first such day after publication, the last before it
    p("month_day_qualified", "month",
      r"(?P<mon>{month})\s+(?P<d>{day})\b(?:(?=,?\s+{clock})|(?![,.]?[ \t]*['’]?\d|[:%]|\s*(?:-|–)\s*\d))(?!\s+of\b)",
      "month_day", r"\b(?P<dqual>(?i:next|last|this\s+coming|this\s+past))\s+", required=True)
    # "Oct 31 '74": a two-digit year after an apostrophe, or without one right before a clock time, where it
    # can only be of the 1900s ("March 30th 79 at 4:30"; never "March 30 79 people")
    p("month_day_short_year", "month",
      r"(?P<mon>{month})\s+(?P<d>{day}),?\s+(?:['’](?P<yy>\d\d)\b(?!['’]?\s*\d)"
      r"|(?P<yy2>[5-9]\d)(?=,?\s+(?:(?i:at)\s+)?{clock}))",
      "day_month_short_year", "{wd_prefix}")
    # "11 Dec '79", "the 11th of December 79.": the day first, the year's two digits after an apostrophe, or
    # without one where nothing follows and they can only be of the 1900s (never "3 March 45 people")
    p("day_month_short_year", "month",
      r"(?P<mon>{month}),?\s+(?:['’](?P<yy>\d\d)\b(?!['’]?\s*\d)|(?P<yy2>[5-9]\d)(?=\s*(?:[.,;:)!?]|\Z)))",
      "day_month_short_year", r"(?:{wd_prefix})?(?:\bthe\s+)?\b(?P<d>{day})\s+(?:of\s+)?", required=True)
    # "31-Oct-74", "31/Oct/1974": a day, a month's name and a year joined by hyphens or slashes
    p("day_dash_month_year", "month", r"(?P<mon>{month})[-/](?:(?P<y>{year})|(?P<yy>\d\d))\b(?![-/.]?\d)",
      "full_date", r"\b(?P<d>{day})[-/]", required=True, also_before=frozenset({""}))
    # "1978-May-09", "2003.Sep.25", "2003/Sep/25": the year first (never day before month)
    p("year_dash_month_day", "month",
      r"(?P<mon>{month})(?<=[A-Za-z])[-./](?P<d>(?:[12]\d|3[01]|0?[1-9]))\b(?![-/.:]?\d)",
      "full_date", r"(?<![\d/.-])\b(?P<y>{year})[-./]", required=True, also_before=frozenset({"", "#num"}))
    p("day_month", "month", r"(?P<mon>{month})\b(?:(?=,?\s+{clock})|(?!,?\s*\d)){of_year}?", "month_day",
      r"(?:{wd_prefix})?(?:\bthe\s+)?\b(?P<d>{day})\s+(?:(?:(?i:day)\s+)?of\s+)?", required=True)
    p("year_possessive_month_day", "month", r"(?P<mon>{month})\s+(?P<d>{day})\b(?![,.]?\s*\d|[:%]|\s*(?:-|–)\s*\d)",
      "month_day", r"\b(?P<ryp>{year_possessives})\s+", required=True)
    p("month_range_year", "month",
      r"(?P<mon>{month})\s*(?:-|–|—|to|through|and|until|till)\s*(?P<mon2>{month}),?\s+(?P<y>{year})\b",
      "month_range", r"\b{range_openers}\s+")
    # "between September and November next year": the year named relative to publication holds both months
    p("month_range", "month", r"(?P<mon>{month})\s+(?:and|to|until|till)\s+(?P<mon2>{month})\b(?!,?\s*\d){of_year}?",
      "month_range", r"\b{range_openers}\s+", required=True)
    # ("June-2008", "June.2008": joined by a hyphen or a full stop; "Dec2000": written against it)
    # "June 1999", "June of 1999", "June of nineteen ninety-nine" (a year in words with no word after it)
    p("month_year", "month",
      r"(?P<mon>{month})(?:(?:,?\s+(?:of\s+)?|[-.]?(?={year}\b(?![-/.]?\d)))(?P<y>{year})\b"
      r"|\s+(?:of\s+)?(?P<yw>{spelled_year})\b(?![\s-]+[A-Za-z]|[\s-]*\d))", "month_year",
      r"\b(?P<mod>{period_parts})[\s-]+")
    # Never an abbreviation before its day ("since Aug. 29": the full stop is the abbreviation's, not an end);
    # a sentence's full stop before a new line's time ("in April.\n\n16:20 GMT") still ends the month.
    # Never after a day's number: "the 1 September deadline" is that day (as "the September 1 deadline" is), not a
    # longer "September deadline" match over the day.
    p("month_alone", "month",
      r"(?<!\b\d[ \t])(?<!\b\d\d[ \t])(?<!\d(?:st|nd|rd|th)[ \t])"
      r"(?P<mon>{month})\b(?!\s*\d|\.[ \t]?\d)(?:{of_year}|\s+(?P<noun>{scheduled_nouns})\b)?",
      "month_alone",
      r"\b(?P<cue>{month_cues})[\s-]+")

    # -- anchored on a lower-case full month or weekday name: a full date, or a weekday after a qualifier
    p("month_day_year_lower", "lower_month", r"(?P<mon>{month_lower})\s+(?P<d>{day})(?:,\s*|\s+)(?P<y>{year})\b",
      "full_date")
    p("day_month_year_lower", "lower_month", r"(?P<mon>{month_lower}),?\s+(?P<y>{year})\b", "full_date",
      r"\b(?P<d>{day})\s+(?:of\s+)?", required=True)
    p("weekday_lower", "lower_weekday", r"(?P<wd>{weekday_lower})\b(?!,?\s+\d)", "weekday",
      r"\b(?P<qual>{weekday_qualifiers})\s+", required=True)

    # -- anchored on a holiday's first word ("Christmas", "Eid", "Good Friday"): capitalised, or all capitals
    if words.holidays:
        # A name's part is matched too, so that its words are no date: "the Easter Rising", "the Good Friday
        # Agreement", "a Christmas tree", "Eid al-Mubahala" (a feast not listed, after an Arabic article); not what is
        # held on the day ("Christmas Mass").
        p("holiday", "holiday",
          rf"(?P<hol>{_holiday_names(words.holidays)})\b"
          r"(?:(?P<named>\s+(?:(?!(?:{holiday_events})\b)[A-Z][a-z]+|(?:{holiday_not_before})\b)|[-\s](?:al|el|ul|an|ar|as|ad)-)|,?\s+(?P<y>{year})\b"
          r"|,?\s+(?:['’](?P<yy>\d\d)\b(?!['’]?\s*\d)|(?P<yy2>[3-9]\d)(?=\s*(?:[.,;:)!?]|\Z))))?", "holiday")

    # -- anchored on a digit
    # "2016-3-4", and "2015/10/02" or "2015.10.02" (the year first: never day before month)
    # "16.02.2018 - 21.02.2018", "31/08/2012 to 30/08/2013", "2018-02-16 to 2018-02-21": two numeric dates as one
    # span (a clock time after the first leaves it whole)
    numeric_day = r"(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>{year})"
    p("numeric_date_range", "digit",
      r"(?<![\d/.])\b" + numeric_day + r"(?:,?\s+{clock})?{dash}(?P<a2>\d{1,2})(?P=sep)(?P<b2>\d{1,2})(?P=sep)"
      r"(?P<y2>{year})\b(?![/.]?\d)", "numeric_date_range")
    # "7/17 - 7/19", "7/17 3 pm - 7/19 2 pm": two months and days with no year as one span, where one order of the
    # numbers makes both real days (or the document set declares it)
    p("numeric_month_day_range", "digit",
      r"(?<![\d/.])\b(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:,?\s+(?:at\s+)?{clock})?{dash}(?P<a2>\d{1,2})/(?P<b2>\d{1,2})\b"
      r"(?![/.]?\d|\s*%)(?:,?\s+(?:at\s+)?{clock})?", "numeric_month_day_range")
    p("iso_date_range", "digit",
      r"\b(?P<y>{year})-(?P<m>0?[1-9]|1[0-2])-(?P<d>[0-2]?\d|3[01]){dash}(?P<y2>{year})-(?P<m2>0?[1-9]|1[0-2])-"
      r"(?P<d2>[0-2]?\d|3[01])\b(?![-/.]\d)", "numeric_date_range")
    p("iso_date", "digit",
      r"\b(?P<y>{year})(?P<sep>[-/.])(?P<m>0?[1-9]|1[0-2])(?P=sep)(?P<d>[0-2]?\d|3[01])(?:\b|(?=T(?:[01]\d|2[0-3])))"
      r"(?![-/.]\d)", "full_date")
    # "20030925T104941": ISO 8601's basic form, only as a timestamp (a bare eight-digit number is no date)
    p("iso_basic_timestamp", "digit",
      r"\b(?P<y>(?:1[89]|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?=T(?:[01]\d|2[0-3]))", "full_date")
    p("slash_date", "digit", r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>{year})\b", "numeric_date")
    p("slash_date_short_year", "digit", r"(?<![\d/.])\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<yy>\d\d)\b(?![/.]?\d)",
      "numeric_date")
    # "18-09-2015", "9-18-15": with hyphens, only a date one reading leaves no doubt about (a score or a code
    # is no date: an ambiguous one is none)
    p("dash_date", "digit",
      r"(?<![\d/.-])\b(?P<a>\d{1,2})-(?P<b>\d{1,2})-(?:(?P<y>{year})|(?P<yy>\d\d))\b(?![-/.]?\d)", "numeric_date")
    # "on 4/22", "by 22/04": a month and day with no year, after a cue, when one part cannot be a month
    # ("24/7" alone is no date)
    p("slash_month_day", "digit", r"(?P<a>\d{1,2})/(?P<b>\d{1,2})\b(?![/.]?\d|\s*%)", "numeric_month_day",
      r"\b(?P<cue>{numeric_date_leads})\s+", required=True)
    # "06-2008": with a hyphen only a month of two digits ("Law 7-2008" is a number)
    p("month_slash_year", "digit",
      r"(?<![\d/.-])\b(?:(?P<m>0?[1-9]|1[0-2])/|(?P<m2>0[1-9]|1[0-2])-)(?P<y>{year})\b(?![/.-]?\d)", "numeric_month")
    p("year_range", "digit",
      r"(?<![\d,.$£€#/-])\b(?P<y>{year})\s*(?:-|–|/|to|through|until)\s*(?P<y2>{year}|\d\d)\b(?![-/.]\d)",
      "year_range")
    p("between_year_range", "digit", r"(?<![\d,.$£€#/-])\b(?P<y>{year})\s+(?i:and)\s+(?P<y2>{year})\b(?![-/.]?\d)",
      "year_range", r"\b(?i:between)\s+", required=True)
    # "the 19th century", "the late 19th century", "the end of the 5th century": the part narrows it
    century_part = r"\b(?P<mod>{period_parts})[\s-]+(?:(?i:the)\s+)?"
    p("century", "digit", r"\b(?P<c>1[0-9]|2[01]|[1-9])(?:st|nd|rd|th)[\s-]+[Cc]entury\b", "century", century_part)
    # ("the 1500s": a century's hundreds, read as the century as "the 1800s" is)
    p("decade", "digit", r"\b(?P<y>1[0-7]00|1[89]\d0|20[0-9]0)s\b", "decade", r"\b(?P<mod>{period_parts})[\s-]+")
    # "the '90s", "the mid-'70s", "the late '80s": a decade of the 1900s with an apostrophe (never "in his 70s",
    # "the 90s" of a thermometer), its part before the apostrophe; the 00s to 20s are left out (which century is
    # not said)
    p("decade_short", "digit", r"(?<=['’])(?P<dd>[3-9]0)s\b", "decade", r"\b(?P<mod>{period_parts})[\s-]*['’]",
      also_before=frozenset({"'", "’"}))
    # "the 1997 second quarter", "1998 first quarter", "2005 summer", "2017 Q3": the year before the part
    part_code = r"(?P<code>Q[1-4]|H[12]|[1-4]Q|[12]H)"
    p("year_then_part", "digit",
      r"\b(?P<y>{year})\s+(?:(?P<ord>{ordinal})\s+(?P<part>{year_part_nouns})|(?P<season>{season})|" + part_code + r")\b",
      "year_then_part")
    # "the third quarter of 2019", "Q3 2019", "Q3 of 2019", "3Q 2019"
    p("year_part", "digit", r"\b(?P<y>{year})\b(?![\d%/-]|[,.]\d)", "year_part",
      r"(?:\b(?:(?i:the)\s+)?(?P<ord>{ordinal})\s+(?P<part>{year_part_nouns})\s+of\s+|\b" + part_code + r"\s+(?:of\s+)?)",
      required=True, also_before=frozenset({"q1", "q2", "q3", "q4", "h1", "h2", "1q", "2q", "3q", "4q", "1h", "2h"}))
    # "the first quarter of next year", "the second half of last year", "the third quarter this year", "Q3 this
    # year", "Q1 of next year": a part of a year named relative to publication (or "the same year": the year of
    # the date before); a half only with "of" ("scored in the first half last year" is a match's half), and no
    # "H2" ("imported H2 last year" is hydrogen)
    p("year_part_named_year", "unit", r"(?i:year)\b(?!['’]s)", "year_part_named_year",
      r"(?:\b(?:(?i:the)\s+)?(?P<ord>{ordinal})\s+(?:(?P<part>{year_part_nouns})\s+of|(?P<qpart>" + unit_words("quarter")
      + r"))|\b(?P<code>Q[1-4]|[1-4]Q)(?:\s+of)?)\s+(?P<ryq>{year_qualifiers})\s+",
      required=True)
    p("year", "digit", r"(?<![\d,.$£€#/-])\b(?P<y>{year})\b(?![\d%/-]|[,.]\d)", "year")
    p("year_modified", "digit", r"\b(?P<y>{year})\b(?![\d%/-]|[,.]\d)", "year",
      r"\b(?P<mod>{year_modifiers})[\s-]+", required=True)

    # -- anchored on a season
    p("season_year", "season",
      r"(?P<season>{season})\s+(?:of\s+)?(?:(?P<y>{year})\b|['’](?P<yy>\d\d)\b(?!['’]?\s*\d)"
      r"|(?P<yy2>[3-9]\d)(?=\s*(?:[.,;:)!?]|\Z))|(?P<yw>{spelled_year})\b(?![\s-]+[a-z]))", "season",
      r"\b(?P<mod>{period_parts})[\s-]+")
    # "summer last year", "the spring of next year", "winter of that year"
    p("season_named_year", "season", r"(?P<season>{season}){of_year}", "season", r"\b(?P<mod>{period_parts})[\s-]+")
    p("season_relative", "season", r"(?P<season>{season})\b", "season",
      r"\b(?P<qual>{season_qualifiers})\s+", required=True)
    p("season_the", "season", r"(?P<season>{season})\b(?!\s+(?:of\b|and\b))", "season",
      r"\b(?P<cue>{season_cues})\s+the\s+(?:(?P<mod>{the_season_parts})\s+)?", required=True)
    # "ended in failure that spring.": the season of the year the text is telling ("that May" is read as a month's
    # cue); not before a lower-case word or an apostrophe, where "that" may open a clause ("warned that winter
    # would bring hunger", "said that summer's harvest failed")
    p("season_that", "season", r"(?P<season>{season})\b(?![-'’]|\s+[a-z])", "season",
      r"\b(?P<that>{that_year_cues})\s+", required=True)

    # -- anchored on a weekday
    # Not before a day of the month ("Monday, 28 May", "Monday 28th": longer patterns read those), but
    # before a count ("on Monday, 48 people died", "on Monday, 48 hours after").
    p("weekday", "weekday",
      r"(?P<wd>{weekday})\b(?P<part>{part_of_day})?"
      r"(?!,?\s+(?:{month})\s+\d|,?\s+(?!{clock})\d{1,2}(?:st|nd|rd|th)?\b(?!\s+[a-z]))",
      "weekday", r"\b(?P<qual>{weekday_qualifiers})\s+")

    # A weekday's abbreviation after a qualifier ("next Thurs", "on Fri") or with its full stop ("Mon."),
    # save those that are ordinary words ("Sun", "Sat", "Wed"); never before a name ("Mon State") or after
    # "the" ("the Mon.")
    p("weekday_short", "weekday_short", r"(?P<wd>{weekday_short})\.?(?![\w'’-])(?!,?\s+(?:\d|[A-Z]))", "weekday",
      r"\b(?P<qual>{weekday_qualifiers})\s+", required=True)
    p("weekday_short_stop", "weekday_short", r"(?<!\b[Tt]he\s)(?P<wd>{weekday_short})\.(?!\w)(?!,?\s+\d)",
      "weekday")
    # "the second Tuesday of March 2016", "the last Friday in June", "Thursday of next week", "the third Thursday
    # (of) next September"
    of_month = (
        r"\s+(?:(?:of|in)\s+|(?=(?i:this|next|last)\s+{month}))(?:(?:(?P<mrel>(?i:this|next|last))\s+)?(?P<mon>{month})"
        r"(?:,?\s+(?P<y>{year}))?(?![ \t]*\d)|(?P<rel>(?i:this|next|last))\s+(?P<unit>(?i:month|week))|(?i:the)\s+"
        r"(?P<themonth>(?i:month)))\b"
    )
    p("weekday_of_month", "weekday", r"(?P<wd>{weekday})" + of_month, "weekday_of",
      r"\b(?:(?i:the)\s+)?(?P<ord>{ordinal})\s+")
    p("weekday_short_of_month", "weekday_short", r"(?P<wd>{weekday_short})\.?" + of_month, "weekday_of",
      r"\b(?:(?i:the)\s+)?(?P<ord>{ordinal})\s+", required=True)
    # "the first Monday of the year", "the last Friday of 2019", "the second Tuesday of next year": counted in
    # the year
    of_a_year = (
        r"\s+(?:of|in)\s+(?:(?P<y>{year})|(?i:the)\s+(?P<theyear>(?i:year))|(?P<rel>(?i:this|next|last))\s+(?i:year))"
        r"\b(?![\d%/-]|[,.]\d|['’]s)"
    )
    p("weekday_of_year", "weekday", r"(?P<wd>{weekday})" + of_a_year, "weekday_of_year",
      r"\b(?:(?i:the)\s+)?(?P<ord>{ordinal})\s+", required=True)
    p("weekday_short_of_year", "weekday_short", r"(?P<wd>{weekday_short})\.?" + of_a_year, "weekday_of_year",
      r"\b(?:(?i:the)\s+)?(?P<ord>{ordinal})\s+", required=True)
    # "3 Fridays from now", "two Mondays ago": anchored on the plural weekday
    p("weekday_count", "weekday_plural",
      r"(?P<wd>{weekday})[sS]\s+(?:(?P<ahead>{weekday_counts_ahead})|(?P<back>{weekday_counts_back}))\b",
      "weekday_count", r"\b(?P<n>{num})\s+", required=True)
    p("weekday_bracket_day_month", "weekday", r"(?P<wd>{weekday})\s*\(\s*(?P<d>{day})\s+(?P<mon>{month})\s*\)",
      "month_day", r"\b(?P<qual>{weekday_qualifiers})\s+")
    p("weekday_bracket_month_day", "weekday", r"(?P<wd>{weekday})\s*\(\s*(?P<mon>{month})\s+(?P<d>{day})\s*\)",
      "month_day", r"\b(?P<qual>{weekday_qualifiers})\s+")
    # "Aug. 16 (Friday)", "16 August (Friday)": the weekday in brackets after the date checks it, one mention
    p("month_day_bracket_weekday", "month",
      r"(?P<mon>{month})\s+(?P<d>{day})\b(?:,?\s+(?P<y>{year}))?\s*\(\s*(?P<wd>{weekday})\s*\)", "month_day_bracket")
    p("day_month_bracket_weekday", "month", r"(?P<mon>{month})(?:,?\s+(?P<y>{year}))?\s*\(\s*(?P<wd>{weekday})\s*\)",
      "month_day_bracket", r"\b(?P<d>{day})\s+(?:of\s+)?", required=True)
    p("weekday_bracket_deictic", "weekday", r"(?P<wd>{weekday})\s*\(\s*(?P<deic>{weekday_brackets})\s*\)",
      "weekday_deictic", r"\b(?P<qual>{weekday_qualifiers})\s+")

    # -- anchored on "yesterday", "morning", ...
    p("deictic_day", "deictic",
      r"(?P<word>(?i:yesterday|today|tomorrow|tonight))(?:\s+(?i:morning|afternoon|evening|night))?\b",
      "deictic_day", r"\b(?P<pre>{deictic_leads})\s+")
    # "2 days from tomorrow", "three days after today": counted from the deictic day
    p("deictic_offset", "deictic", r"(?P<word>(?i:yesterday|today|tomorrow))\b", "deictic_offset",
      r"\b(?P<n>{num})\s+(?P<unit>(?i:" + UNIT + r"))\s+(?P<dir>(?i:from|after|before))\s+", required=True)
    # ... not before "of": "the last night of 1991", "the last night of his life" are no night of this week
    p("part_of_day", "deictic", r"(?P<word>(?i:night|morning|afternoon|evening))\b(?!\s+(?i:of)\b)", "deictic_day",
      r"\b(?P<pre>{part_of_day_qualifiers})\s+", required=True)
    # "the last night of 1991", "the first evening of the year": that day of the year, as "the last day of 1991"
    p("night_of_year", "deictic", r"(?P<unit>(?i:night|evening))\s+of\s+(?:(?P<y>{year})|(?i:the)\s+(?i:year))\b"
      r"(?!['’]s|-)", "day_of_year", r"\b(?:(?i:the)\s+)?(?P<ord>(?i:first|last))\s+", required=True)
    # "the next morning", "the following evening", "the next night": the day after the date told before it, also
    # before the clause's subject ("By the following evening the men were free")
    p("next_morning", "deictic", r"(?i:morning|afternoon|evening|night)\b(?!\s+(?:(?:of|to|in)\b|[A-Z]))", "next_day",
      r"\b(?P<pre>{next_morning_leads})\s+", required=True)
    p("same_day_part", "deictic", r"(?P<word>(?i:morning|afternoon|evening|night))\b", "same_day",
      r"\b(?P<pre>{same_day_leads})\s+", required=True)

    # -- anchored on a unit word ("week", "days", ...)
    p("relative_unit", "unit",
      rf"(?P<unit>{unit_words('week', 'weekend', 'month', 'year', 'quarter')})\b(?!-(?i:long|old)\b)",
      "relative_unit",
      r"\b(?P<qual>{relative_qualifiers})\s+(?:(?P<kind>{calendar_kinds})\s+)?", required=True)
    # "early in the new year": the year after the one of publication, told at the year's end (`resolve_new_year`);
    # never the holiday ("the New Year holiday", "New Year's Day": cues.yaml `new_year_not_before`)
    p("new_year", "unit", r"(?P<unit>(?i:year))\b(?!['’]s|\s+(?:{new_year_not_before})\b)", "new_year",
      r"\b(?P<pre>{new_year_leads})\s+", required=True)
    p("day_of_relative_month", "unit", r"(?P<unit>(?i:month))\b", "day_of_month",
      r"\b(?i:the)\s+(?P<d>{span_day})\s+of\s+(?P<qual>(?i:this|next|last))\s+", required=True)
    # "the last week of August", "the first day of next month"
    p("unit_of_month", "unit",
      r"(?P<unit>{month_part_units})\s+of\s+(?:(?:(?P<mrel>(?i:this|next|last))\s+)?(?P<mon>{month})(?:,?\s+(?P<y>{year}))?"
      r"|(?P<rel>(?i:this|next|last))\s+"
      r"(?i:month))\b", "unit_of_month", r"\b(?:(?i:the)\s+)?(?P<ord>{ordinal})\s+", required=True)
    p("past_week", "unit", r"(?P<unit>(?i:week))\b", "relative_unit",
      r"\b{stretch_leads}\s+(?P<qual>{recent_stretches})\s+", required=True)
    p("end_of_unit", "unit", r"(?P<unit>(?i:week|month|year))\b", "end_of_unit",
      r"\b(?P<mod>{unit_parts})\s+(?:the\s+)?", required=True)
    # "EOM", "eoy": a part of a unit spelt short (not inside a word or a code: "EOM-3")
    p("part_spelling", "unit", r"(?<![\w-])(?P<spelt>{part_spellings})\b(?!-)", "end_of_unit")
    p("weekend", "unit", rf"(?P<unit>{unit_words('weekend')})\b", "weekend", r"\b(?P<qual>{weekend_qualifiers})\s+",
      required=True)
    # "half a year ago": a half is counted with the count it stands before; "two to three weeks ago", "three or
    # four days from now", "in two or three months": a span of counts
    count_range = r"(?:(?P<n0>{num})\s+(?i:to|or)\s+)?"
    # A count of a thousand or more is a count only before these units ("1,000 years ago", "in 5000 months"): a
    # four-digit number elsewhere is as often a year.
    long_count = r"(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|[1-9]\d{3,5})"
    count = r"\b(?:(?P<half>(?i:half))\s+)?" + count_range + r"(?P<n>{num}|" + long_count + r")\s+"
    p("ago", "unit", r"(?P<unit>{unit})\s+(?P<dir>(?i:ago|before\s+now))\b", "ago", count, required=True)
    # "a year ago in June", "two years ago in March": that month of the year n years back, one mention
    p("ago_in_month", "unit", r"(?P<unit>(?i:years?))\s+(?i:ago)\s+(?i:in)\s+(?P<mon>{month})\b(?!\.?,?\s*\d)",
      "ago_in_month", r"\b(?P<n>{num})\s+", required=True)
    # "two weekends ago", "1 weekend from now": the n-th weekend back or ahead ("last weekend" the first back)
    p("weekend_count", "unit", r"(?P<unit>(?i:weekends?))\s+(?:(?P<ago>(?i:ago))|(?i:hence|from\s+now))\b",
      "weekend_count", r"\b(?P<n>{num})\s+", required=True)
    # "three years ago this month", "a year ago today", "3 years ago tomorrow", "a year ago tonight": that day, week
    # or month, n units back
    p("ago_deictic", "unit",
      r"(?P<unit>{unit})\s+(?i:ago)\s+(?P<deixis>(?i:today|tonight|tomorrow|yesterday|this\s+(?:week|month)))\b",
      "ago_deictic", count, required=True)
    # "three days before the vote" dates the clause against the vote, not against the text: not a date; nor does
    # a comparison ("two weeks later than planned", "a month earlier than expected").  ("earlier" is no
    # preposition: "Two days earlier they had recaptured the airport" is a count back.)
    p("earlier", "unit",
      r"(?P<unit>{unit})\s+(?P<dir>(?i:earlier)(?!\s+(?i:than)\b)|(?i:before)"
      r"(?!\s+(?:(?:the|a|an|his|her|their|its|he|she|they|it|than)\b|[A-Z])))\b",
      "ago", count, required=True)
    # "arrested on 4 May, three days before the council declared a truce": what the clause after
    # it tells happened that long after its sentence's date (`resolve_before_clause`; no date, no mention)
    p("before_clause", "unit",
      r"(?P<unit>{unit})\s+(?P<dir>(?i:before))\b(?=\s+(?:the|a|an|his|her|their|its|he|she|they|it)\b)",
      "before_clause", count, required=True)
    # "a day after Moroccan troops moved in" too (one pattern, its resolver tells the two apart): what follows
    # happened that long before its sentence's date ("two days after March 12" is a longer match).
    # Not after "within": "unraveled within a day after the forces said ..." tells a stretch up to the clause's time
    # ("within a day", as "within 72 hours"), no day.
    p("later", "unit", r"(?P<unit>{unit})\s+(?P<dir>(?i:later|afterwards|on|after))\b(?!\s+(?i:than)\b)", "later",
      r"(?<!\b(?i:within)\s)" + count, required=True)
    # "an hour later", "hours later", "48 hours later": counted from the day before it (the hour is not known);
    # "hours earlier", "48 hours earlier" back from it
    p("hours_later", "unit", r"(?P<unit>(?i:hours?))\s+(?P<dir>(?i:later|earlier))\b(?!\s+(?i:than)\b)", "hours_later",
      r"\b(?P<n>{num})\s+")
    # "an hour after the ceremony", "Hours after the announcement": as "an hour later", the day before it
    p("hours_after", "unit",
      r"(?P<unit>(?i:hours?))\s+(?i:after)(?=\s+(?i:the)\s+(?:[a-z-]+\s+)?{hours_after_happenings}\b"
      r"(?!\s+(?:was|were|had|has|is|are)\b))", "hours_later", r"\b(?P<n>{num})\s+")
    # "48 hours ago", "in 72 hours", "48 hours from now": whole days of hours from publication (a truce "to take
    # effect in 48 hours"); any other count, not knowing the hour of publication, gives no day
    p("hours_offset", "unit", r"(?P<unit>(?i:hours))\s+(?P<dir>(?i:ago|from\s+now|hence))\b", "hours_offset",
      r"\b(?P<n>{num})\s+", required=True)
    p("in_hours", "unit", r"(?P<unit>(?i:hours))\b(?![-\w])(?!\s+(?:ago|later|earlier|from|of|after|before|since|hence)\b)",
      "hours_offset", r"\b(?i:in)\s+(?P<n>{num})\s+", required=True)
    p("hence", "unit", r"(?P<unit>{unit})\s+(?i:hence|from\s+now)\b", "in_n_units", count, required=True)
    p("in_n_units", "unit", r"(?P<unit>{unit})\b(?!\s+(?:of|ago|later|after|before|since))", "in_n_units",
      r"\b(?i:in)\s+" + count_range + r"(?P<n>{num}|" + long_count + r")\s+", required=True)
    # "to" and a verb after it is a purpose ("secured an agreement the following day to hold talks"), no span's end
    p("next_day", "unit", r"(?P<unit>(?i:day|week|month|year))\b(?!\s+of\b)(?!\s+to\b(?!\s+(?!(?:the|a|an)\b)[a-z]+\b))",
      "next_day",
      r"\b(?P<pre>{sequence_leads})\s+", required=True)
    p("same_day", "unit", r"(?P<unit>(?i:day))\b(?!\s+(?:of|to|after|before)\b)", "same_day",
      r"\b(?P<pre>{same_day_leads})\s+", required=True)
    # "later that month", "that year", "the same month": the month or year of the date before it
    p("same_unit", "unit", r"(?P<unit>(?i:month|year))\b(?!\s+(?:of|to|after|before)\b|-)", "same_unit",
      r"\b(?P<pre>{same_day_leads})\s+", required=True)
    # ... and the week, after a lead that says so (same_week_leads: "later that week", "the same week"): a bare
    # "that week" is as often a weekday's ("on the Tuesday of that week")
    p("same_week", "unit", r"(?P<unit>(?i:week))\b(?!\s+(?:of|to|after|before)\b|-)", "same_unit",
      r"\b(?P<pre>{same_week_leads})\s+", required=True)
    # ... also before a clause's "after"/"before" when "later" or "earlier" leads it ("suspended later that month
    # after the shelling of the port"; "the same year after ..." stays out)
    p("same_unit_later", "unit", r"(?P<unit>(?i:month|year))\b(?=\s+(?:after|before)\b)", "same_unit",
      r"\b(?P<pre>(?i:later|earlier)\s+(?i:that))\s+", required=True)
    p("day_before", "unit",
      r"(?P<unit>(?i:day))\s+(?P<dir>(?i:before|after))\b"
      r"(?!\s+(?:(?:yesterday|tomorrow|of|to|in|the|a|an|his|her|their|its)\b|[A-Z]))",
      "next_day", r"\b(?P<pre>(?i:the))\s+", required=True)
    # "had met in Geneva the week before.": only where the phrase ends its clause ("the year after independence",
    # "the month before elections" count from a happening, not from the date before them)
    p("unit_before", "unit",
      r"(?P<unit>(?i:week|month|year))\s+(?P<dir>(?i:before|after))\b(?=\s*[.,;:!?)]|\s*$)",
      "next_day", r"\b(?P<pre>(?i:the))\s+", required=True)
    # Durations: found so that their words are not read as dates ("for nine years" is not the year nine),
    # never events.
    p("duration", "unit",
      r"(?P<unit>(?i:" + UNIT + r"|hours?|minutes?|decade|centuries|century))\b"
      r"(?!\s+(?:ago|later|earlier|before|after))",
      "duration",
      r"\b(?:{duration_leads}\s+)+(?:{duration_determiners}\s+)*(?:(?:{num}|\d+|{vague_counts})\s+)?"
      r"(?:{duration_adjectives}\s+)?",
      required=True)
    p("duration_adj", "unit", r"(?P<unit>(?i:years?|months?|weeks?|days?|decades?|hours?))-(?i:long|old)\b",
      "duration", r"\b(?:{num}|\d+)-")

    # -- composed forms of public taggers' test phrases (issue 9): each wins over its parts by length
    # "next Easter", "last Thanksgiving": the holiday's next or latest occurrence from publication
    if words.holidays:
        p("holiday_qualified", "holiday", rf"(?P<hol>{_holiday_names(words.holidays)})\b(?!\s+[A-Z])", "holiday",
          r"\b(?P<qual>(?i:next|last|this|this\s+past|this\s+coming|coming|past))\s+", required=True)
    # "Tuesday the 19th", "Tuesday 19th": the 19th that is a Tuesday, nearest in tense
    weekday_the_day = r",?\s+(?:the\s+)?(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b(?!\s*(?:of\b|{month}|\d))"
    p("weekday_the_day", "weekday", r"(?P<wd>{weekday})" + weekday_the_day, "weekday_day")
    p("weekday_short_the_day", "weekday_short", r"(?P<wd>{weekday_short})\.?" + weekday_the_day, "weekday_day")
    # "Jan-1", "Oct/2": a month's name and a day number joined by a hyphen or a slash
    p("month_dash_day", "month", r"(?P<mon>{month})[-/](?P<d>(?:[12]\d|3[01]|0?[1-9]))\b(?![-/.:]?\d)", "month_day")
    # "Aug 8 - Aug 12", "March 30 to April 2", "between May 3 and May 7"; a year or a clock time after each day
    # ("Jun 28 2019 5:00 PM - Aug 02 2019 7:00 PM") leaves the days whole
    # ("and" only after "between": "on May 3 and May 7" are two days)
    def month_day_span(joiner: str) -> str:
        return (
            r"(?P<mon>{month})\s+(?P<d>{span_day})(?:,?\s+(?P<y1>{year})\b)?(?:,?\s+(?:at\s+)?{clock})?" + joiner +
            r"(?:{clock}\s+(?:on\s+)?)?(?P<mon2>{month})\s+(?P<d2>{span_day})\b(?:,?\s+(?P<y>{year})\b)?"
            r"(?:,?\s+(?:at\s+)?{clock}"
            r"(?:\s*(?i:[ap]\.?m)\b)?)?(?![,.]?\s*\d|[:%])"
        )

    def day_month_span(joiner: str) -> str:
        return (
            r"(?P<mon>{month})(?:,?\s+(?P<y1>{year})\b)?" + joiner + r"(?:(?i:the)\s+)?(?P<d2>{span_day})\s+(?:of\s+)?"
            r"(?P<mon2>{month})\b(?:,?\s+(?P<y>{year})\b)?(?![,.]?\s*\d|[:%])"
        )

    between, and_ = r"\b(?i:between)\s+", r"\s+(?i:and)\s+"
    # "the last day of the year", "the first day of 2019", "the 100th day of next year"; "the second week of
    # 2015", "the third week (of) next year": the ISO week of that number, as a month's n-th week below
    p("day_of_year", "unit",
      r"(?P<unit>(?i:day|week))\s+(?:of\s+(?:(?P<y>{year})|(?i:the)\s+(?i:year)|(?P<yw>{spelled_year})(?![\s-]+[A-Za-z]))"
      r"|(?:of\s+)?(?P<rel>(?i:this|next|last))"
      r"\s+(?i:year))\b(?!['’]s|-)",
      "day_of_year", r"\b(?:(?i:the)\s+)?(?P<ord>{ordinal})\s+", required=True)
    p("month_day_to_month_day", "month", month_day_span("{dash}"), "day_range")
    p("between_month_day_and_month_day", "month", month_day_span(and_), "day_range", between, required=True)
    # "30 December - 2 January 2019", "between 3 May and 7 June": day before month, a month on each side
    day_first = r"(?:(?i:the)\s+)?(?P<d>{span_day})\s+(?:of\s+)?"
    p("day_month_to_day_month", "month", day_month_span("{dash}"), "day_range", r"\b" + day_first, required=True)
    p("between_day_month_and_day_month", "month", day_month_span(and_), "day_range", between + day_first,
      required=True)
    # "the 20th of the current month", "20 of next month", "the 20th day of the previous month"
    p("day_of_qualified_month", "unit", r"(?P<unit>(?i:month))\b", "day_of_month",
      r"\b(?:(?i:the)\s+)?(?P<d>{day})\s+(?:(?i:day)\s+)?of\s+(?:(?i:the)\s+)?"
      r"(?P<qual>(?i:this|next|last|current|previous|following))\s+", required=True)
    # "the first of March", "the second of May 2019": a day written as an ordinal word
    p("ordinal_day_month", "month", r"(?P<mon>{month})\b(?:,?\s+(?P<y>{year})\b)?(?!,?\s*\d)", "ordinal_day",
      r"(?:\b(?i:the)\s+)?\b(?P<ord>{ordinal})\s+of\s+", required=True)
    # "the night of 15/16 June 2020", "overnight 4-5 May": a night across two days, dated by the day it began
    p("night_of_days", "month", r"(?P<mon>{month})\b(?:,?\s+(?P<y>{year})\b)?(?!\.?,?\s*\d)", "night_of_days",
      r"\b(?:(?i:the)\s+)?(?i:night\s+of|overnight(?:\s+on)?)\s+(?P<d>{day})\s*(?:/|-|–)\s*(?P<d2>{day})\s+",
      required=True)
    # "the 2nd of February in the year 1980": the year after the day and month
    p("day_month_in_the_year", "month", r"(?P<mon>{month})\s+in\s+the\s+year\s+(?P<y>{year})\b", "full_date",
      r"(?:\b(?i:the)\s+)?\b(?P<d>{day})\s+(?:of\s+)?", required=True)
    p("ordinal_day_month_in_the_year", "month", r"(?P<mon>{month})\s+in\s+the\s+year\s+(?P<y>{year})\b",
      "ordinal_day", r"(?:\b(?i:the)\s+)?\b(?P<ord>{ordinal})\s+of\s+", required=True)
    # "Friday next week", "Tuesday, last week": as "Friday of next week"
    p("weekday_relative_week", "weekday",
      r"(?P<wd>{weekday}),?\s+(?P<rel>(?i:this|next|last))\s+(?P<unit>(?i:week))\b", "weekday_of")
    # "the last day of the month", "the first week of the month": of the month by tense
    p("unit_of_the_month", "unit", r"(?P<unit>{month_part_units})\s+of\s+(?:(?i:the)\s+)?(?i:month)\b",
      "unit_of_month", r"\b(?:(?i:the)\s+)?(?P<ord>{ordinal})\s+", required=True)
    # "Sunday 12/7/2014", "Sunday 12.7.2014", "Sunday 12-7-2014": the weekday picks the reading of an ambiguous
    # numeric date
    p("weekday_slash_date", "weekday",
      r"(?P<wd>{weekday}),?\s+(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<y>{year})\b(?![/.\-]?\d)",
      "numeric_date")
    # "the third quarter" (no year): of the publication year, by tense ("the first quarter of the century" is
    # none; "half" is no anchor word: "the first half" of a match is no date)
    p("year_part_alone", "unit", rf"(?P<part>{unit_words('quarter')})\b(?!\s+of\b|\s*\d)", "year_part_alone",
      r"(?:\b(?i:the)\s+)?\b(?P<ord>{ordinal})\s+", required=True)
    # "the second half of the year", "the third quarter of the year": as "the third quarter", of the publication
    # year by tense ("of the year" makes "half" a year's)
    p("year_part_the_year", "unit", r"(?i:year)\b(?!['’]s)", "year_part_alone",
      r"(?:\b(?i:the)\s+)?\b(?P<ord>{ordinal})\s+(?P<part>{year_part_nouns})\s+(?i:of\s+the)\s+", required=True)
    # "the 4th quarter 2018": the year right after the part
    p("year_part_no_of", "digit", r"\b(?P<y>{year})\b(?![\d%/-]|[,.]\d)", "year_part",
      r"(?:\b(?:(?i:the)\s+)?(?P<ord>{ordinal})\s+(?P<part>{year_part_nouns})\s+)", required=True)
    # "the week of October 7": the week holding that day
    p("week_of_date", "month", r"(?P<mon>{month})\s+(?P<d>{day})\b(?:,?\s+(?P<y>{year})\b)?(?![,.]?\s*\d|[:%])",
      "week_of_date", r"\b(?i:the\s+week\s+of)\s+", required=True)
    # "on the 15th.": a day of a month the text leaves unsaid, nearest in tense (never "on the 15th floor")
    # ("on the 15th at 8pm": a clock time after it also ends the day)
    p("day_alone", "digit",
      r"(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b(?=\s*(?:[.,;:)!?]|\Z)|,?\s+(?i:at)\s+{clock})", "day_alone",
      r"\b(?i:on)\s+the\s+", required=True)
    # "the 28th at 5:30pm": a clock time after it makes the ordinal a day also without "on" (never "the 28th"
    # alone, a rank as often as a day)
    p("day_alone_clock", "digit", r"(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b(?=,?\s+(?i:at)\s+{clock})",
      "day_alone", r"\b(?i:the)\s+", required=True)
    # "three days after Easter", "the day before Christmas 2019", "two weeks after March 12": counted from a
    # holiday or a day and month
    # ("the eve of Christmas", "on the eve of 3 May": the day before)
    # ("the first Sunday after Easter", "the second Monday before 3 May": a weekday counted from it)
    offset_lead = (
        r"\b(?:(?:(?P<n>{num})|(?i:the|a|one))\s+(?P<unit>(?i:" + UNIT + r"))\s+(?P<dir>(?i:after|before))"
        r"|(?P<ord>{ordinal})\s+(?P<owd>{weekday}|{weekday_lower})\s+(?P<odir>(?i:after|before))"
        r"|(?P<eve>(?i:the\s+eve))\s+of)\s+"
    )
    if words.holidays:
        p("holiday_offset", "holiday", rf"(?P<hol>{_holiday_names(words.holidays)})\b(?:,?\s+(?P<y>{{year}})\b)?",
          "offset_from", offset_lead, required=True)
        # "the second day of Eid al-Adha", "the first day of Ramadan", "the last day of Ramadan 2024": a day of
        # the holiday counted from its first
        p("day_of_holiday", "holiday",
          rf"(?P<hol>{_holiday_names(words.holidays)})\b(?:,?\s+(?P<y>{{year}})\b)?(?!\s+[A-Z]|[-\s](?:al|el|ul)-)",
          "day_of_holiday", r"\b(?:(?i:the)\s+)?(?P<ord>{ordinal})\s+(?i:day)\s+of\s+(?:(?i:the)\s+)?", required=True)
    # "two weeks from next Tuesday", "three days after Monday": counted from a weekday ("met for four days from
    # Wednesday" is a stretch that began on the Wednesday: no count, the weekday alone)
    p("weekday_offset", "weekday", r"(?P<wd>{weekday})\b(?!,?\s+\d)", "offset_from",
      r"\b(?!(?<=\b[Ff]or )\S+\s+\S+\s+(?i:from)\s)"
      r"(?:(?P<n>{num})|(?i:the|a|one))\s+(?P<unit>(?i:" + UNIT + r"))\s+(?P<dir>(?i:from|after|before))\s+"
      r"(?:(?P<qual>(?i:next|last|this|this\s+coming|coming))\s+)?", required=True)
    # "a week on Friday", "Friday week", "a week today": a week after the coming Friday, after today (British)
    # (anchored on the unit: "on Friday" is too common a lead to search before every weekday)
    p("weekday_week_on", "unit",
      r"(?P<unit>(?i:weeks?|fortnights?))\s+(?i:on)\s+(?P<wd>{weekday})\b(?!['’]s|,?\s+\d)", "weekday_week",
      r"\b(?:(?P<n>{num})|(?i:a|one))\s+", required=True)
    p("weekday_week", "weekday", r"(?P<wd>{weekday})\s+(?i:week)\b(?=\s*(?:[.,;:)!?]|\Z)|\s+(?i:at)\s+{clock})",
      "weekday_week")
    p("deictic_week", "deictic", r"(?P<word>(?i:today|tomorrow))\b", "deictic_week",
      r"\b(?:(?P<n>{num})|(?i:a|one))\s+(?P<unit>(?i:weeks|week|fortnights|fortnight))\s+", required=True)
    # "today week", "tomorrow week": a week after the day, as "Friday week" (British)
    p("deictic_then_week", "deictic",
      r"(?P<word>(?i:today|tomorrow))\s+(?P<unit>(?i:week))\b(?=\s*(?:[.,;:)!?]|\Z)|\s+(?i:at)\s+{clock})",
      "deictic_week")
    p("month_day_offset", "month",
      r"(?P<mon>{month})\s+(?P<d>{day})\b(?:,?\s+(?P<y>{year})\b)?(?![,.]?\s*\d|[:%]|\s*(?:-|–)\s*\d)",
      "offset_from", offset_lead, required=True)
    p("day_month_offset", "month", r"(?P<mon>{month})\b(?:,?\s+(?P<y>{year})\b)?(?!,?\s*\d)", "offset_from",
      offset_lead + r"(?:the\s+)?(?P<d>{day})\s+(?:of\s+)?", required=True)
    # "March '19", "Jan. '80": a month with a two-digit year after an apostrophe, or without one where it
    # cannot be a day and nothing follows ("Aug 96.", never "March 45 people"); "June the 3rd"
    # (with "March third 2015" below: one pattern, as each pattern tried at every month name costs time)
    day_ordinal = alternation([w for w, n in (words.ordinals or {}).items() if n > 0])
    p("month_short_form", "month",
      r"(?P<mon>{month})(?:,?\s+['’](?P<yy>\d\d)\b(?!['’]?\s*\d)|\s+(?P<yy2>3[2-9]|[4-9]\d)(?=\s*(?:[.,;:)!?]|\Z))|\s+(?:the\s+)?(?P<ord>(?i:" + day_ordinal + r")"
      r"|(?<=[Tt]he\s)(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b"
      r"(?!\s+(?:of|in)\b)(?:,?\s+(?P<y>{year})\b)?)", "month_short_form", r"\b(?P<mod>{period_parts})[\s-]+")
    # "2024 August", "2011 February 17": the year first
    p("year_month", "digit",
      r"\b(?P<y>{year})\s+(?P<mon>{month})(?:\s+(?P<d>{day})\b(?![,.]?\s*\d|[:%]))?\b(?!\.?\s*\d)", "year_month")
    # "this week Friday", "last week, Sunday": as "Friday of next week" ("on" between is left out: every "on
    # Friday" would try it)
    p("relative_week_weekday", "weekday", r"(?P<wd>{weekday})\b(?!,?\s+\d)", "weekday_of",
      r"\b(?P<rel>(?i:this|next|last))\s+(?P<unit>(?i:week))(?:['’]s)?,?\s+", required=True,
      also_before=frozenset({"week's", "week’s"}))
    # "Monday next": as "next Monday" (not "Monday next week", read above)
    p("weekday_then_next", "weekday",
      r"(?P<wd>{weekday})\s+(?P<qual>(?i:next))\b(?!\s+(?:(?i:week|weekend|month|year|time)\b|[A-Za-z]+day\b))",
      "weekday")
    # "the following Tuesday": the first Tuesday after the day mentioned before it, "the previous Tuesday" the
    # last before it (none: no date)
    p("weekday_following", "weekday", r"(?P<wd>{weekday})\b(?!,?\s+\d)", "weekday_following",
      r"\b(?P<seq>(?i:the\s+(?:following|previous)))\s+", required=True)
    # "Wednesday after next": the Wednesday of the week after next, as "next Wednesday" is next week's; "the
    # Friday before last": the Friday a week before last Friday
    p("weekday_after_next", "weekday", r"(?P<wd>{weekday})\s+(?P<dir>(?i:after\s+(?:the\s+next\b(?!\s+\w)|next)|before\s+(?:the\s+last\b(?!\s+\w)|last)))\b",
      "weekday_after_next", r"\b(?i:the)\s+")
    # "next next Monday": the qualifier said twice is the week after next, as "Monday after next" (never the
    # week "next" alone names, which would be a wrong day)
    p("weekday_next_next", "weekday", r"(?P<wd>{weekday})\b", "weekday_after_next",
      r"\b(?P<dir>(?i:next\s+next))\s+", required=True)
    # "1 month, 21 days ago", "two years and three months ago": every count taken back from publication;
    # "in two years and three months", "1 year 2 months from now": every count taken forward
    counts = r"(?P<more>(?:{num}\s+(?i:" + UNIT + r")(?:,\s*|\s+(?i:and)\s+|\s+))+)(?P<n>{num})\s+"
    p("ago_compound", "unit", r"(?P<unit>{unit})\s+(?:(?P<ago>(?i:ago))|(?i:hence|from\s+now))\b", "ago_compound",
      r"\b" + counts, required=True)
    p("in_compound", "unit", r"(?P<unit>{unit})\b(?!\s+(?:of|ago|later|after|before|since|hence|from)\b)",
      "in_compound", r"\b(?i:in)\s+" + counts, required=True)
    # "Eid al-Adha in late June", "Easter in April 2019": one mention, the holiday's month told beside it
    if words.holidays:
        p("holiday_in_month", "holiday",
          rf"(?P<hol>{_holiday_names(words.holidays)})\s+(?i:in)\s+(?:(?P<mod>{{period_parts}})[\s-]+)?"
          r"(?P<mon>{month})\b(?:,?\s+(?P<y>{year})\b)?(?!,?\s*\d)", "holiday_in_month")
        # "Ramadan in 2023", "Christmas in 2019": one mention, that year's feast (never a span's first year, "Easter
        # in 2019-20")
        p("holiday_in_year", "holiday",
          rf"(?P<hol>{_holiday_names(words.holidays)})\s+(?i:in)\s+(?P<y>{{year}})\b(?!\s*[-\u2013/]\s*\d)",
          "holiday_in_year")
    # "the second Sunday", "first Friday" with no month: which month is not said, so no date (never the
    # weekday alone: "the first Friday prayers since the truce")
    p("ordinal_weekday", "weekday", r"(?P<wd>{weekday})\b", "ordinal_weekday",
      r"\b(?:(?i:the)\s+)?(?P<ord>{ordinal})\s+", required=True)
    # "Christmas last year", "Thanksgiving of next year", "Ramadan this year": a holiday in a named year
    if words.holidays:
        p("holiday_named_year", "holiday", rf"(?P<hol>{_holiday_names(words.holidays)}){{of_year}}", "holiday_named_year")
    # "March third 2015", "May the twenty-first": a day written as an ordinal word after the month, in
    # "month_short_form" above
    # "two weeks from today": as "two weeks from now"
    p("from_today", "unit", r"(?P<unit>{unit})\s+(?i:from\s+today)\b", "in_n_units", r"\b(?P<n>{num})\s+",
      required=True)
    # "this decade", "next decade", "this coming decade": the decade of publication or the one after ("the
    # next decade", "the last decade" are stretches of ten years from now, as "the past year": no date)
    p("relative_decade", "unit", r"(?i:decade)\b(?!['’]s|-(?i:long|old)\b)", "relative_decade",
      r"(?<!\bthe\s)\b(?P<qual>(?i:this|next|last|this\s+coming))\s+", required=True)
    # "next three months", "last 2 days", "last two years": that many whole days, weeks, months or years after or
    # before the one holding publication (never after an article, a possessive or a stretch's preposition: "the
    # next two years", "over next three months" are stretches from or up to now; nor before what counts from
    # another time: "last two years of the war", "next three days after the vote").  "last" is a verb too ("would
    # last 42 days"): only with no word right before it.
    counted_units = r"(?P<unit>(?i:days|weeks|months|years))\b(?!['’]|-|\s+(?i:of|ago|later|earlier|before|after|from|hence|since|on)\b)"
    p("counted_units", "unit", counted_units, "counted_units",
      r"{counted_units_not_after}\b(?P<qual>{counted_unit_qualifiers})\s+(?P<n>{num})\s+", required=True)
    p("counted_units_opening", "unit", counted_units, "counted_units",
      r"(?<![\w'’]\s)(?<![\w'’]\s\s)(?<![\w'’])(?P<qual>{counted_unit_verbs})\s+(?P<n>{num})\s+", required=True)
    # "the March after next", "the June before last": a year beyond "next March" or before "last June"
    p("month_after_next", "month", r"(?P<mon>{month})\s+(?P<dir>(?i:after\s+(?:the\s+next\b(?!\s+\w)|next)|before\s+(?:the\s+last\b(?!\s+\w)|last)))\b",
      "month_after_next")
    # "the week after next", "the year before last", "the month after the next"
    p("unit_after_next", "unit",
      r"(?P<unit>(?i:weekend|week|month|year))\s+(?P<dir>(?i:after\s+(?:the\s+next\b(?!\s+\w)|next)|before\s+(?:the\s+last\b(?!\s+\w)|last)))\b",
      "unit_after_next", r"\b(?i:the)\s+", required=True)
    # "from January 2015 to March 2016", "between 2015 and February 2018", "from Feb 1st to March 2019", "January 2015
    # to December": a span whose ends differ in what they name (a year, a month, a day), at least one with its year
    # (an end without one takes the other's); spans of one shape are read above ("and" only after "between")
    # (never a month after its day: "3 March 2015 to June 2016" is left to the day's own pattern)
    end_one = r"(?<!\d\s)(?<!\d[snrt][tdh]\s)(?<!\sof\s)(?P<mon>{month})(?:\s+(?P<d>{day})\b)?(?:,?\s+(?P<y1>{year}))?"
    end_two = (
        r"(?:(?P<mon2>{month})(?:\s+(?P<d2>{day})\b)?(?:,?\s+(?P<y>{year}))?|(?P<y2>{year})(?:\s+(?P<mon3>{month}))?)\b"
        r"(?![,.]?\s*\d|[:%/-])"
        r"(?(y1)|(?(y)|(?(y2)|(?!))))"
    )
    p("mixed_span", "month", end_one + "{dash}" + end_two, "mixed_span", r"\b{range_openers}\s+")
    p("between_mixed_span", "month", end_one + and_ + end_two, "mixed_span", between, required=True)
    year_end = r"(?<![\d,.$£€#/-])(?P<y1>{year})"
    month_end_two = r"(?P<mon2>{month})(?:\s+(?P<d2>{day})\b)?,?\s+(?P<y>{year})\b(?![,.]?\s*\d|[:%/-])"
    p("year_mixed_span", "digit", year_end + "{dash}" + month_end_two, "mixed_span", r"\b{range_openers}\s+",
      required=True)
    p("between_year_mixed_span", "digit", year_end + and_ + month_end_two, "mixed_span", between, required=True)
    # "the first three months of the year", "the last two weeks of August", "the first 10 days of next month": the
    # first or last stretch of a calendar year or month (a count of months only of a year)
    p("units_of_period", "unit",
      r"(?P<unit>(?i:days|weeks|months))\s+of\s+(?:(?P<y>{year})\b|(?P<rel>(?i:this|next|last))\s+(?P<runit>(?i:year|month))"
      r"|(?i:the)\s+(?P<the>(?i:year|month))|(?:(?P<mrel>(?i:this|next|last))\s+)?(?P<mon>{month})(?:,?\s+(?P<my>{year}))?)"
      r"\b(?!['’]s|-)",
      "units_of_period", r"\b(?:(?i:the)\s+)?(?P<fl>(?i:first|last))\s+(?P<n>{num})\s+", required=True)
    # "the last weekend of May", "the first weekend of June 2019", "the first weekend of next month"
    p("weekend_of_month", "unit",
      rf"(?P<unit>{unit_words('weekend')})\s+of\s+(?:(?P<mon>{{month}})\b(?:,?\s+(?P<y>{{year}})\b)?(?!,?\s*\d)"
      r"|(?P<rel>(?i:this|next|last))\s+(?i:month)\b)", "weekend_of_month",
      r"\b(?:(?i:the)\s+)?(?P<ord>{ordinal})\s+", required=True)
    # "in nineteen ninety-one", "the year twenty ten": a year in words, after a cue and with no word after it
    if words.year_leads and words.year_words:
        p("spelled_year", "year_word", rf"(?P<yw>{fragments['spelled_year']})\b(?![\s-]+[A-Za-z]|[\s-]*\d)",
          "spelled_year", r"\b(?i:in|of|since|until)\s+", required=True)
        p("the_year_spelled", "year_word", rf"(?P<yw>{fragments['spelled_year']})\b(?![\s-]*\d)", "spelled_year",
          r"\b(?i:the\s+year)\s+", required=True)
    # "the nineteenth century", "the early twenty-first century", "the end of the seventh century": a century as an
    # ordinal word, after "the" (not "the first century of its independence": a century counted from a happening)
    p("century_word", "unit", r"(?P<unit>(?i:century))\b(?!\s+of\b)", "century",
      r"(?:\b(?P<mod>{period_parts})[\s-]+(?i:the)\s+|\b(?i:the)\s+(?:(?P<mod2>{period_parts})[\s-]+)?)"
      r"(?P<ord>{ordinal_word})[\s-]+", required=True)
    # "the seventies", "the early nineteen seventies": a decade in words, after "the" ("in his seventies" is
    # an age)
    if words.decade_words:
        p("decade_word", "decade_word", rf"(?P<dw>{_I(alternation(list(words.decade_words)))})\b", "decade",
          r"\b(?i:the)\s+(?:(?P<mod>{period_parts})[\s-]+)?(?:(?i:nineteen)\s+)?", required=True)
    # fmt: on
    return tuple(patterns)


def _spelled_year(leads: Mapping[str, int], words: Mapping[str, int]) -> str:
    """A caseless regex of a year in words: a lead ("nineteen", "two thousand and") and its last two digits
    (ten or more after a one-word lead: "twenty five" is a count)."""
    if not leads or not words:
        return "(?!)"
    units = alternation([w for w, n in words.items() if n < 10])
    teens = alternation([w for w, n in words.items() if 10 <= n < 20])
    tens = alternation([w for w, n in words.items() if n >= 20 and n % 10 == 0])
    two_digits = rf"(?:(?:{tens})(?:[\s-]+(?:{units}))?|{teens})"
    short = alternation([w for w in leads if " " not in w])
    long = alternation([w for w in leads if " " in w])
    spelled = (
        rf"(?:(?:{short})[\s-]+{two_digits}" + (rf"|(?:{long})[\s-]+(?:{two_digits}|{units})" if long else "") + ")"
    )
    # A space inside a lead may be a hyphen too ("two-thousand ten").
    return _I(spelled.replace(r"\s+", r"[\s-]+").replace("\\ ", r"[\s-]+"))


def _holiday_names(names: tuple[str, ...]) -> str:
    """An alternation of the holiday names as capitalised or all capitals, longest first; an apostrophe
    may be curly, a hyphen a space and a space a hyphen ("Eid-ul-Fitr")."""

    def form(name: str) -> str:
        out = re.escape(name).replace("'", "['’]").replace(r"\-", r"[-\s]").replace(r"\ ", r"[-\s]+")
        return out.replace("\\ ", r"[-\s]+")

    forms = {f for n in names for f in (n, n.upper())}
    return "|".join(form(f) for f in sorted(forms, key=len, reverse=True))


def anchor_forms(words: Words) -> dict[str, str]:
    """Every anchor word as written -> its family.  Matching is case-sensitive on purpose: "May", "March"
    and "Sat" are month or day names only when capitalised.  Digits, anchors too, are found by `anchors`
    without it."""
    families: dict[str, list[str]] = {
        "month": [f for m in (*words.months, *words.month_abbreviations) for f in (m.capitalize(), m.upper())],
        "weekday": [f for w in words.weekdays for f in (w.capitalize(), w.upper())],
        "weekday_plural": [f for w in words.weekdays for f in (w.capitalize() + "s", w.upper() + "S")],
        "weekday_short": [
            f
            for w in words.weekday_abbreviations
            if w not in words.ordinary_weekday_abbreviations
            for f in (w.capitalize(), w.upper())
        ],
        "lower_month": list(words.months),
        "lower_weekday": list(words.weekdays),
        "unit": [f for w in (*words.anchor_words["unit"], *(words.unit_spellings or {})) for f in (w, w.capitalize())]
        + [f for w in words.part_spellings or {} for f in (w, w.upper())],
        "season": [f for w in words.seasons for f in (w, w.capitalize())],
        "deictic": [f for w in words.anchor_words["deictic"] for f in (w, w.capitalize())],
        "decade_word": [f for w in (words.decade_words or {}) for f in (w, w.capitalize())],
        "year_word": sorted({f for w in (words.year_leads or {}) for f in (w.split()[0], w.split()[0].capitalize())}),
        "holiday": sorted({f for name in words.holidays for f in (name.split()[0], name.split()[0].upper())}),
    }
    # A form of two families belongs to the later one; but a holiday's first word that is a month's or a unit's
    # ("May Day") stays theirs: as a holiday anchor it would hide every "May 3".
    taken = {f for family, forms in families.items() if family != "holiday" for f in forms}
    families["holiday"] = [f for f in families["holiday"] if f not in taken]
    return {form: family for family, forms in families.items() for form in forms}


def anchor_automaton(words: Words) -> ahocorasick.Automaton:
    """One automaton over every anchor form (`anchor_forms`), each mapped to (family, length)."""
    automaton = ordered_automaton({form: (family, len(form)) for form, family in anchor_forms(words).items()})
    automaton.make_automaton()
    return automaton


@dataclass(frozen=True, slots=True)
class Family:
    """The patterns anchored on one kind of word, in the order that breaks ties, indexed by the word before
    the anchor: `by_previous` gives, for each word some prefix can end with, the patterns worth trying after
    it (a pattern whose prefix is required and cannot end with the word is left out) and whether each may
    have its prefix there; `otherwise` gives the same for every other word."""

    members: tuple[tuple[int, Pattern], ...]
    by_previous: Mapping[str, tuple[tuple[int, Pattern, bool], ...]]
    otherwise: tuple[tuple[int, Pattern, bool], ...]

    def __iter__(self) -> Iterator[tuple[int, Pattern]]:
        return iter(self.members)

    def after(self, previous: str) -> tuple[tuple[int, Pattern, bool], ...]:
        return self.by_previous.get(previous, self.otherwise)


def _worth_trying(
    members: tuple[tuple[int, Pattern], ...], previous: str | None
) -> tuple[tuple[int, Pattern, bool], ...]:
    """(order, pattern, may have its prefix) of the members worth trying after `previous` (None: a word no
    prefix can end with)."""
    chosen = []
    for order, pattern in members:
        has_prefix = pattern.before is None or (previous is not None and previous in pattern.before)
        if not (pattern.prefix_required and not has_prefix):
            chosen.append((order, pattern, has_prefix))
    return tuple(chosen)


def family(members: tuple[tuple[int, Pattern], ...]) -> Family:
    words = frozenset().union(*(p.before for _, p in members if p.before is not None))
    return Family(members, {w: _worth_trying(members, w) for w in words}, _worth_trying(members, None))


def by_family(patterns: tuple[Pattern, ...]) -> dict[str, Family]:
    grouped: dict[str, list[tuple[int, Pattern]]] = defaultdict(list)
    for order, pattern in enumerate(patterns):
        grouped[pattern.family].append((order, pattern))
    return {name: family(tuple(members)) for name, members in grouped.items()}


def year_checks(
    not_year_before: tuple[str, ...],
    year_cues: tuple[str, ...],
    counted_after: tuple[str, ...],
    not_plural: tuple[str, ...],
    abbreviations: tuple[str, ...],
    clock_after: tuple[str, ...],
    count_joiners: tuple[str, ...] = (),
    measure_after: tuple[str, ...] = (),
) -> YearChecks:
    """The regexes of `_plausible_year`, from the word lists of not_a_year.yaml."""

    def optional_stop_backwards(word: str) -> str:
        """A word written backwards, its final full stop optional ("no." -> `\\.?on`)."""
        if word.endswith("."):
            return r"\.?" + _escaped_backwards(word[:-1])
        return _escaped_backwards(word)

    # Read backwards from the number, forwards these are `(?i:before)\s*$`, `\b(?i:cues)[\s-]*$` and
    # `\b(?i:before)\s*\d[\d/.-]*(?:\s*\(\s*\d{4}\s*\))?(?:\s*(?:,|and|&)\s*\d[\d/.-]*(?:\s*\(\s*\d{4}\s*\))?)*\s*(?:\(|\bof)\s*$`
    # (case-insensitive): each piece reversed, in reverse order.  `$` may stand before a final newline, which
    # the `\s*` before it can take as well, so the reversed text is matched from its very start.
    before = "|".join(optional_stop_backwards(w) for w in not_year_before)
    cues = "|".join(_escaped_backwards(w) for w in year_cues)
    bracketed_year = r"(?:\)\s*\d{4}\s*\(\s*)?"
    number = r"[\d/.-]*\d"
    plural = r"[a-z]+s\b" + "".join(rf"(?<!\b{re.escape(w)})" for w in not_plural)
    counts = "|".join([plural, *(re.escape(w) for w in counted_after), *(rf"{re.escape(w)}\b" for w in abbreviations)])
    joiners = "|".join(re.escape(w) for w in count_joiners) or "(?!)"
    # Beside a span only the listed count words: "in 2015 and 2016 prices rose" names two years.
    listed = "|".join([*(re.escape(w) for w in counted_after), *(rf"{re.escape(w)}\b" for w in abbreviations)])
    return YearChecks(
        not_year_before_backwards=re.compile(rf"\s*(?i:{before})"),
        document_year_before_backwards=re.compile(
            rf"\s*(?:\(|fo\b)\s*(?:{bracketed_year}{number}\s*(?:,|dna|&)\s*)*{bracketed_year}{number}\s*(?:{before})\b",
            re.IGNORECASE,
        ),
        year_cue_backwards=re.compile(rf"[\s-]*(?i:{cues})\b"),
        year_opening=re.compile(r"[(,]\s*$|^\s*$"),
        counted_after=re.compile(rf"^\s*(?:{counts})"),
        # a clock time ("at 1945 GMT") or a measure ("for 2019 km"): never a year, whatever cue stands before
        clock_after=re.compile(
            r"^\s*(?:{})(?!\w)".format(
                "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in (*clock_after, *measure_after))
            ),
            re.IGNORECASE,
        ),
        count_joined=re.compile(rf"\d[\d,.]*\s+(?i:{joiners})\s+$"),
        count_joins=re.compile(rf"^\s+(?i:{joiners})\s+\d[\d,.]*\s*(?:{listed})"),
        listed_count_after=re.compile(rf"^\s*(?:{listed})"),
    )


def _escaped_backwards(word: str) -> str:
    return "".join(re.escape(c) for c in reversed(word))


def _backwards(regex: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether `regex`, written backwards (`YearChecks`), matches text[start:end] read from its end."""
    return regex.match(text[start:end][::-1]) is not None


_PREFIX_WINDOW = 90


_ASCII_DIGITS = "0123456789"


def anchors(
    text: str, automaton: ahocorasick.Automaton, words: list[tuple[int, str]] | None = None
) -> list[tuple[int, str]]:
    """(start, family) of every anchor word standing as a word of its own, and of the first digit of every
    run of digits (family "digit").  `words`: the anchor words found already (`casing.capitalised_and_anchors`
    finds them in its own pass over the text), so that the automaton need not run again."""
    found: list[tuple[int, str]] = []
    n = len(text)
    if words is not None:
        found = list(words)
    else:
        for end, (family, length) in automaton.iter(text):
            start = end - length + 1
            before = text[start - 1] if start else " "
            after = text[end + 1] if end + 1 < n else " "
            if not before.isalnum() and not after.isalpha():
                found.append((start, family))
    # Digits are found apart, not by the automaton: each would be a hit of its own.  A digit after any
    # other digit (a "²" too) is inside a run.
    found.extend((start, "digit") for start in _digit_starts(text))
    found.sort()
    return found


def _digit_starts(text: str) -> list[int]:
    # Ten `str.find` scans (a memchr each) cost a few instructions a character; a regex search for a class
    # of digits tests the class at every character, some ten times more.
    at: list[int] = []
    find = text.find
    for digit in _ASCII_DIGITS:
        i = find(digit)
        while i >= 0:
            at.append(i)
            i = find(digit, i + 1)
    at.sort()
    return [i for i in at if not i or not text[i - 1].isdigit()]


def find(text: str, rules: TemporalRules, words: list[tuple[int, str]] | None = None) -> list[Match]:
    """Non-overlapping candidate expressions, longest first (`words`: see `anchors`)."""
    # (start, minus length, order, what builds the Match): a Match is built only for the candidates chosen.
    candidates: list[tuple[int, int, int, tuple[Pattern, re.Match[str], re.Match[str] | None]]] = []
    seen: set[tuple[int, str]] = set()
    families = rules.by_family
    for start, family in anchors(text, rules.automaton, words):
        if (start, family) in seen:
            continue
        seen.add((start, family))
        if family == "digit" and not _date_like_number(text, start):
            continue
        members = families.get(family)
        if members is None:
            continue
        previous = _previous_word(text, start)
        if (
            family == "month"
            and previous.replace("’", "'") in rules.month_name_words
            and _named_march(text, start, rules)
        ):
            continue
        # Most patterns of a common anchor ("years", a digit) need a cue word before it: the family's
        # index by the previous word leaves them out; most cores then fail at once.
        for order, pattern, has_prefix in members.after(previous):
            core = pattern.core.match(text, start)
            if core is None:
                continue
            extent = _extent(pattern, core, text, start, has_prefix, rules)
            if extent is not None:
                begin, pre = extent
                candidates.append((begin, begin - core.end(), order, (pattern, core, pre)))
    candidates.sort(key=lambda t: (t[1], t[2], t[0]))
    occupied = bytearray(len(text))
    chosen: list[Match] = []
    for begin, neg, _order, (pattern, core, pre) in candidates:
        end = begin - neg
        if 1 in occupied[begin:end]:
            continue
        occupied[begin:end] = b"\x01" * (end - begin)
        chosen.append(_built(pattern, core, text, begin, pre, rules))
    chosen.sort(key=lambda m: m.start)
    return chosen


def _named_march(text: str, start: int, rules: TemporalRules) -> bool:
    """Whether the month word at `start`, one that is an ordinary word too ("March", "May"), is part of a name with
    the capitalised word right before it, a space between ("the Green March of 1975": months.yaml's name_words)."""
    end = start
    while end < len(text) and text[end].isalpha():
        end += 1
    month = text[start:end].lower()
    if month not in rules.month_needs_cue or month in rules.month_abbreviations:
        return False
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i == start - 1:
        return False
    j = i
    while j >= 0 and (text[j].isalnum() or text[j] in "'’"):
        j -= 1
    return text[j + 1 : j + 2].isupper()


def _date_like_number(text: str, start: int) -> bool:
    """A run of digits that can begin a date: a year, a day/month followed by / . or an ordinal suffix, or a basic
    ISO timestamp's date."""
    end = start
    while end < len(text) and text[end].isdigit():
        end += 1
    if end - start == 4:
        return True
    if end - start == 8:
        return text[end : end + 1] == "T"  # "20030925T1049", a basic ISO 8601 timestamp
    return end - start <= 2 and text[end : end + 1] in ("/", ".", "-", "s", "t", "n", "r")


def _previous_word(text: str, start: int) -> str:
    """The word right before position `start` (lower case; "#num" for a number)."""
    i = start - 1
    while i >= 0 and text[i] in " \t\n-,":
        i -= 1
    j = i
    while j >= 0 and (text[j].isalnum() or text[j] in ".'’"):
        j -= 1
    word = text[j + 1 : i + 1].lower().rstrip(".")
    return "#num" if word[:1].isdigit() else word


def _accept(
    pattern: Pattern, core: re.Match[str], text: str, start: int, has_prefix: bool, rules: TemporalRules
) -> Match | None:
    """The match of a pattern whose core matched at `start`, or None when its prefix or a year's context
    rules it out."""
    extent = _extent(pattern, core, text, start, has_prefix, rules)
    return None if extent is None else _built(pattern, core, text, extent[0], extent[1], rules)


def _extent(
    pattern: Pattern, core: re.Match[str], text: str, start: int, has_prefix: bool, rules: TemporalRules
) -> tuple[int, re.Match[str] | None] | None:
    """Where the match of a pattern whose core matched at `start` begins, and its prefix's match; None when
    its prefix or a year's context rules it out."""
    if pattern.name == "year" and not _plausible_year(text, start, core.end(), rules.year_checks):
        return None
    if pattern.resolver == "numeric_month" and _backwards(
        rules.year_checks.not_year_before_backwards, text, max(0, start - 30), start
    ):
        return None  # "Law No. 10/2018", "Decree 12/2019": a document's number and year, not a month
    counted = rules.year_checks.listed_count_after
    if pattern.resolver == "year_range" and counted.match(text[core.end() : core.end() + 25]):
        return None  # "between 1990 and 2000 fighters": a span of counts (see `_plausible_year`)
    if pattern.prefix is not None and has_prefix:
        low = _window_start(pattern.prefix_width, text, start)
        # (one character more than the window: a word boundary at its start looks at the one before it)
        quick = pattern.prefix_backwards
        if quick is not None and start - low > 24 and quick.match(text[max(0, low - 1) : start][::-1]) is None:
            pre = None
        else:
            pre = pattern.prefix.search(text, low, start)
        if pre is not None:
            return pre.start(), pre
        if pattern.prefix_required:
            return None
    return start, None


def _built(
    pattern: Pattern, core: re.Match[str], text: str, begin: int, pre: re.Match[str] | None, rules: TemporalRules
) -> Match:
    """The Match of a core and its prefix's match (`_extent`), from `begin`."""
    groups = {k: v for k, v in core.groupdict().items() if v is not None}
    spans = {k: core.span(k) for k in groups}
    if pre is not None:
        for k, v in pre.groupdict().items():
            if v is not None:
                groups[k] = v
                spans[k] = pre.span(k)
    groups["resolver"] = pattern.resolver
    groups["matched"] = text[begin : core.end()]
    core_start, core_end = _core_extent(text, begin, core.end(), groups, spans, rules)
    return Match(begin, core.end(), pattern.name, groups, core_start, core_end, spans)


_SPACES = re.compile(r"\s+")
# A run of white space or hyphens (a class first: the engine skips to candidates).
_RUN = re.compile(r"[\s-][\s-]*")
_DOUBLE_RUN = re.compile(r"[\s-][\s-]")


def _window_start(width: tuple[int, int] | None, text: str, start: int) -> int:
    """Where the search for a prefix ending at `start` begins: `_PREFIX_WINDOW` characters back, or only as
    far back as a prefix of that width can reach, its white-space runs no longer than the window's
    longest.  A match found from there is the one found from the window's start: none can start earlier."""
    low = max(0, start - _PREFIX_WINDOW)
    if width is None:
        return low
    fixed, runs = width
    if runs and _DOUBLE_RUN.search(text, low, start):
        return max(low, start - fixed - runs * max(map(len, _RUN.findall(text, low, start))))
    return max(low, start - fixed - runs)


_NUMBER_GROUP_BEFORE = re.compile(r"[\d)][\s.-]?$")
_NUMBER_GROUP_AFTER = re.compile(r"^[\s.-]?\d")
# A line opening on a number (after a bullet, if any) and a dash before a capitalised word: a dated entry.
_ENTRY_START = re.compile(r"\n[ \t]*(?:[*\u2022\u00b7-][ \t]*)?$")
_ENTRY_DASH = re.compile(r"[ \t]+[-\u2013\u2014][ \t]+[A-Z]")
_YEAR_END = re.compile(r"^\s*[.,;:)!?'\"”’]|^\s*$|^\s+[a-z]")


def _plausible_year(text: str, start: int, end: int, checks: YearChecks) -> bool:
    """Context checks regexes cannot express: a bare number is a year only where a year can stand."""
    before = text[max(0, start - 30) : start]
    after = text[end : end + 25]
    if _NUMBER_GROUP_BEFORE.search(before) or _NUMBER_GROUP_AFTER.match(after):
        return False  # a group of a phone or reference number: "+218 21 444 2020"
    backwards = before[::-1]
    if checks.not_year_before_backwards.match(backwards):
        return False
    tail = before.rstrip()
    if tail.endswith(("(", " of")) and _backwards(
        checks.document_year_before_backwards, text, max(0, start - 90), start
    ):
        return False
    if checks.clock_after.match(after):
        return False  # "at 1945 GMT", "(1945 GMT)", "for 2019 km": a time of day or a measure, whatever the cue before
    span_end = checks.listed_count_after.match(after) and checks.count_joined.search(before)
    if span_end or checks.count_joins.match(after):
        return False  # "between 1990 and 2000 fighters": a span of counts, though "between" and "and" cue years
    if checks.year_cue_backwards.match(backwards):
        return True
    if checks.counted_after.match(after):
        return False
    if _ENTRY_START.search(before) and _ENTRY_DASH.match(after):
        return True  # a timeline's entry: "1964 – The ELN is founded", "* 2016 - The government signs"
    # After a comma, a bracket or at the start, a year unless a count follows ("Over the weekend, 2000 troops")
    return bool(checks.year_opening.search(before) or _YEAR_END.match(after))


def _core_extent(
    text: str, start: int, end: int, groups: dict[str, str], spans: dict[str, tuple[int, int]], rules: TemporalRules
) -> tuple[int, int]:
    """The expression without the preposition that cued it or the noun after it."""
    for name in ("cue", "qual"):
        if name in groups and _SPACES.sub(" ", groups[name].lower().strip()) in rules.cue_only:
            start = spans[name][1]
    if "noun" in groups:
        end = spans["noun"][0]
    while start < end and (text[start].isspace() or text[start] == "-"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    lead = rules.leading_preposition.match(text, start, end)
    if lead and lead.end() < end:
        start = lead.end()
    return start, end
