"""Finding date expressions: token-anchored regular expressions.

Running some thirty regular expressions over every character of a text is
slow in Python (each tries its alternations at every position).  Instead one
Aho-Corasick pass finds the words a date expression must contain (a month,
a weekday, a unit such as "week", a season, "yesterday", a digit); each
pattern then tries only where its anchor word stands: its `core` is matched
at the anchor, its `prefix` (a weekday, "the 8th of", "in", "last") against
the few characters just before it.  Longer matches win over shorter ones.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass, replace

import ahocorasick

from timeline.text.lexicon import MONTHS, NUMBERS, WEEKDAYS, alternation


def _cap(words: list[str]) -> str:
    """Capitalised and all-caps forms: month and weekday names are proper nouns."""
    return alternation(sorted({f for w in words for f in (w.capitalize(), w.upper())}))


_MONTH_LONG = _cap([m for m in MONTHS if len(m) > 4 or m in ("june", "july")])
_MONTH_SHORT = _cap([m for m in MONTHS if len(m) <= 4 and m not in ("june", "july", "may")])
MONTH = rf"(?:{_MONTH_LONG}|May|MAY|(?:{_MONTH_SHORT})\.?)"
WEEKDAY = rf"(?:{_cap([w for w in WEEKDAYS if w.endswith('day')])})"
WEEKDAY_ABBR = rf"(?:{_cap([w for w in WEEKDAYS if not w.endswith('day')])})\.?"
SEASON = r"(?:[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[89]\d\d|20\d\d)"
NUM = rf"(?:\d{{1,3}}|{alternation([w for w in NUMBERS if NUMBERS[w]])})"
UNIT = r"(?:days?|weeks?|months?|years?|decades?)"
PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))"
DASH = r"\s*(?:-|–|—|to|through|until|till)\s*"
_I = "(?i:{})".format
_WD_PREFIX = rf"(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR}),?\s+"

# Anchor words, by family.  Matching is case-sensitive on purpose: "May",
# "March" and "Sat" are month or day names only when capitalised.
_ANCHORS: dict[str, list[str]] = {
    "month": [f for m in MONTHS for f in (m.capitalize(), m.upper())],
    "weekday": [f for w in WEEKDAYS if w.endswith("day") for f in (w.capitalize(), w.upper())],
    "unit": [f for w in ("day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "decade",
                         "decades", "quarter", "hour", "hours", "minute", "minutes", "century", "centuries")
             for f in (w, w.capitalize())],
    "season": [f for w in ("spring", "summer", "fall", "autumn", "winter") for f in (w, w.capitalize())],
    "deictic": [f for w in ("yesterday", "today", "tomorrow", "tonight", "night", "morning", "afternoon", "evening")
                for f in (w, w.capitalize())],
    "digit": list("0123456789"),
}  # fmt: skip


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


_PATTERNS: list[Pattern] = []


def _p(
    name: str, family: str, core: str, resolver: str, prefix: str = "", required: bool = False, before: str = ""
) -> None:
    compiled_prefix = re.compile(f"(?:{prefix})\\Z") if prefix else None
    words = frozenset(before.split()) if before else None
    _PATTERNS.append(Pattern(name, family, re.compile(core), compiled_prefix, required, resolver, words))


# -- anchored on a month name
_p("month_day_year", "month", rf"(?P<mon>{MONTH})\s+(?P<d>{DAY})(?:,\s*|\s+)(?P<y>{YEAR})\b", "full_date", _WD_PREFIX)
_p(
    "day_month_year", "month", rf"(?P<mon>{MONTH}),?\s+(?P<y>{YEAR})\b", "full_date",
    rf"(?:{_WD_PREFIX})?(?:\bthe\s+)?\b(?P<d>{DAY})\s+(?:of\s+)?", required=True,
)  # fmt: skip
_p("month_day_range_year", "month", rf"(?P<mon>{MONTH})\s+(?P<d>{DAY}){DASH}(?P<d2>{DAY}),?\s+(?P<y>{YEAR})\b",
   "day_range")  # fmt: skip
_p("day_range_month_year", "month", rf"(?P<mon>{MONTH}),?\s+(?P<y>{YEAR})\b", "day_range",
   rf"\b(?P<d>{DAY}){DASH}(?P<d2>{DAY})\s+(?:of\s+)?", required=True)  # fmt: skip
_p("month_day_range", "month", rf"(?P<mon>{MONTH})\s+(?P<d>{DAY}){DASH}(?P<d2>{DAY})\b(?![,\s]*\d)", "day_range")
_p("day_range_month", "month", rf"(?P<mon>{MONTH})\b(?!,?\s*\d)", "day_range",
   rf"\b(?P<d>{DAY}){DASH}(?P<d2>{DAY})\s+(?:of\s+)?", required=True)  # fmt: skip
_p("month_day", "month", rf"(?P<mon>{MONTH})\s+(?P<d>{DAY})\b(?![,.]?\s*\d|[:%]|\s*(?:-|–)\s*\d)", "month_day",
   _WD_PREFIX)  # fmt: skip
_p("day_month", "month", rf"(?P<mon>{MONTH})\b(?!,?\s*\d)", "month_day",
   rf"(?:{_WD_PREFIX})?(?:\bthe\s+)?\b(?P<d>{DAY})\s+(?:of\s+)?", required=True)  # fmt: skip
_p("month_range_year", "month",
   rf"(?P<mon>{MONTH})\s*(?:-|–|—|to|through|and|until|till)\s*(?P<mon2>{MONTH}),?\s+(?P<y>{YEAR})\b", "month_range",
   rf"\b{_I('between|from')}\s+")  # fmt: skip
_p("month_range", "month", rf"(?P<mon>{MONTH})\s+(?:and|to|until|till)\s+(?P<mon2>{MONTH})\b(?!,?\s*\d)",
   "month_range", rf"\b{_I('between|from')}\s+", required=True)  # fmt: skip
_p("month_year", "month", rf"(?P<mon>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR})\b", "month_year",
   rf"\b(?P<mod>{_I('early|mid|late')})[\s-]+")  # fmt: skip
_MONTH_CUES = _I(
    "in|since|until|till|by|during|from|through|throughout|before|after|of|for|to|last|next|this|past|coming|early|"
    "late|"
    "mid|late last|early last|mid last|late next|early next|late this|early this|until mid|the end of|"
    "the beginning of|the start of|the middle of|end of|beginning of|start of|since early|since late|in early|"
    "in late|in mid|by early|by late|by mid|until late|until early"
)
_SCHEDULED_NOUNS = _I("elections?|polls?|vote|referendum|summit|conference|talks|meeting|deadline")
_p("month_alone", "month", rf"(?P<mon>{MONTH})\b(?!\s*\d)(?:\s+(?P<noun>{_SCHEDULED_NOUNS})\b)?", "month_alone",
   rf"\b(?P<cue>{_MONTH_CUES})[\s-]+")  # fmt: skip

# -- anchored on a digit
_p("iso_date", "digit", rf"\b(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-2]\d|3[01])\b(?![-/]\d)", "full_date")
_p("slash_date", "digit", rf"\b(?P<a>\d{{1,2}})[/.](?P<b>\d{{1,2}})[/.](?P<y>{YEAR})\b", "numeric_date")
_p("year_range", "digit",
   rf"(?<![\d,.$£€#/-])\b(?P<y>{YEAR})\s*(?:-|–|/|to|through|until)\s*(?P<y2>{YEAR}|\d\d)\b(?![-/.]\d)",
   "year_range")  # fmt: skip
_p("century", "digit", r"\b(?P<c>1[0-9]|2[01]|[1-9])(?:st|nd|rd|th)[\s-]+[Cc]entury\b", "century")
_p("decade", "digit", r"\b(?P<y>1[89]\d0|20[0-9]0)s\b", "decade")
_p("year", "digit", rf"(?<![\d,.$£€#/-])\b(?P<y>{YEAR})\b(?![\d%/-]|[,.]\d)", "year")
_p("year_modified", "digit", rf"\b(?P<y>{YEAR})\b(?![\d%/-]|[,.]\d)", "year",
   rf"\b(?P<mod>{_I('early|mid|late|the end of|the beginning of|the start of|the middle of|end of|beginning of|start of|the first half of|the second half of')})[\s-]+",
   required=True)  # fmt: skip

# -- anchored on a season
_p("season_year", "season", rf"(?P<season>{SEASON})\s+(?:of\s+)?(?P<y>{YEAR})\b", "season",
   rf"\b(?P<mod>{_I('early|late|mid')})[\s-]+")  # fmt: skip
_p("season_relative", "season", rf"(?P<season>{SEASON})\b", "season",
   rf"\b(?P<qual>{_I('last|this|next|past|coming|this past|this coming|later this|earlier this')})\s+",
   required=True)  # fmt: skip
_p("season_the", "season", rf"(?P<season>{SEASON})\b(?!\s+(?:of\s+(?![12]\d{{3}})|and\b))", "season",
   rf"\b(?P<cue>{_I('in|during|by|until|over|through')})\s+the\s+(?:(?P<mod>{_I('early|late')})\s+)?",
   required=True)  # fmt: skip

# -- anchored on a weekday
_p("weekday", "weekday", rf"(?P<wd>{WEEKDAY})\b(?P<part>{PART_OF_DAY})?(?!,?\s+(?:{MONTH})\s+\d|,?\s+\d)", "weekday",
   rf"\b(?P<qual>{_I('last|next|this|this past|this coming|coming|past|on|late|early|from|since|until|by|dated|on the night of')})\s+")  # fmt: skip

# -- anchored on "yesterday", "morning", ...
_p("deictic_day", "deictic", rf"(?P<word>{_I('yesterday|today|tomorrow|tonight')})(?:\s+{_I('morning|afternoon|evening|night')})?\b",
   "deictic_day", rf"\b(?P<pre>{_I('the day before|the day after|earlier|later')})\s+")  # fmt: skip
_p("part_of_day", "deictic", rf"(?P<word>{_I('night|morning|afternoon|evening')})\b", "deictic_day",
   rf"\b(?P<pre>{_I('last|this')})\s+", required=True)  # fmt: skip
_p("next_morning", "deictic", rf"{_I('morning')}\b(?!\s+(?:of|to|in|the|a|[A-Z]))", "next_day",
   rf"\b(?P<pre>{_I('the next|the following')})\s+", required=True)  # fmt: skip

# -- anchored on a unit word ("week", "days", ...)
_REL_QUALS = _I(
    "last|next|this|past|coming|previous|following|the last|the past|the previous|the following|the coming|"
    "the next|earlier this|later this|this past|early next|late next|early last|late last|early this|late this|"
    "at the end of this|at the end of last|by the end of this|by the end of next|the end of this|the end of last|"
    "the end of next|the beginning of this|the beginning of next|the start of next|the start of this|end of this|"
    "end of last|end of next|beginning of next"
)
_p("relative_unit", "unit", rf"(?P<unit>{_I('week|weekend|month|year|quarter')})\b", "relative_unit",
   rf"\b(?P<qual>{_REL_QUALS})\s+(?:{_I('fiscal|financial|calendar|school|academic')}\s+)?", required=True)  # fmt: skip
_p("past_week", "unit", rf"(?P<unit>{_I('week')})\b", "relative_unit",
   rf"\b{_I('in|over|during|within')}\s+(?P<qual>{_I('the last|the past')})\s+", required=True)  # fmt: skip
_p("end_of_unit", "unit", rf"(?P<unit>{_I('week|month|year')})\b", "end_of_unit",
   rf"\b(?P<mod>{_I('the end of|the beginning of|the start of|the middle of|the turn of')})\s+(?:the\s+)?",
   required=True)  # fmt: skip
_p("weekend", "unit", rf"(?P<unit>{_I('weekend')})\b", "weekend",
   rf"\b(?P<qual>{_I('over the|this|last|next|on the|at the|this past|the past|this coming|the coming')})\s+",
   required=True)  # fmt: skip
_p("ago", "unit", rf"(?P<unit>{_I(UNIT)})\s+(?P<dir>{_I('ago')})\b", "ago", rf"\b(?P<n>{_I(NUM)})\s+", required=True)
# "three days before the vote" dates the clause against the vote, not against the text: not a date.
_p("earlier", "unit",
   rf"(?P<unit>{_I(UNIT)})\s+(?P<dir>{_I('earlier|before')})\b(?!\s+(?:the|a|an|his|her|their|its|he|she|they|it|[A-Z]))",
   "ago", rf"\b(?P<n>{_I(NUM)})\s+", required=True)  # fmt: skip
_p("later", "unit", rf"(?P<unit>{_I(UNIT)})\s+(?P<dir>{_I('later|afterwards|on')})\b", "later",
   rf"\b(?P<n>{_I(NUM)})\s+", required=True)  # fmt: skip
_p("in_n_units", "unit", rf"(?P<unit>{_I(UNIT)})\b(?!\s+(?:of|ago|later|after|before|since))", "in_n_units",
   rf"\b{_I('in')}\s+(?P<n>{_I(NUM)})\s+", required=True)  # fmt: skip
_p("next_day", "unit", rf"(?P<unit>{_I('day|week|month|year')})\b(?!\s+(?:of|to)\b)", "next_day",
   rf"\b(?P<pre>{_I('the next|the following|the previous')})\s+", required=True)  # fmt: skip
_p("day_before", "unit", rf"(?P<unit>{_I('day')})\s+(?P<dir>{_I('before|after')})\b(?!\s+(?:yesterday|tomorrow|of|to|in|the|a|an|his|her|their|its|[A-Z]))",
   "next_day", r"\b(?P<pre>(?i:the))\s+", required=True)  # fmt: skip
# Durations: found so that their words are not read as dates ("for nine years"
# is not the year nine), never events.
_p("duration", "unit",
   rf"(?P<unit>{_I(UNIT + '|hours?|minutes?|decade|centuries|century')})\b(?!\s+(?:ago|later|earlier|before|after))",
   "duration",
   rf"\b(?:{_I('for|over|during|in|within|throughout|after|about|nearly|almost|more than|less than|up to|some')}\s+)+"
   rf"(?:{_I('the|a|an|another|almost|nearly|about|more than|over|at least|the last|the past|the next|the first|the previous|the coming|recent')}\s+)*"
   rf"(?:(?:{_I(NUM)}|\d+|{_I('several|few|many|a few|a couple of|couple of')})\s+)?"
   rf"(?:{_I('full|long|whole|more|further|consecutive')}\s+)?",
   required=True)  # fmt: skip
_p("duration_adj", "unit", rf"(?P<unit>{_I('years?|months?|weeks?|days?|decades?|hours?')})-{_I('long|old')}\b",
   "duration", rf"\b(?:{_I(NUM)}|\d+)-")  # fmt: skip

_WD_WORDS = "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun"
_NUM_WORDS = "#num a an one two three four five six seven eight nine ten eleven twelve several few many of"
_BEFORE = {
    "month_day_year": _WD_WORDS, "month_day": _WD_WORDS,
    "day_month_year": "#num of", "day_range_month_year": "#num of", "day_range_month": "#num of", "day_month": "#num of",
    "month_range_year": "between from", "month_range": "between from", "month_year": "early mid late",
    "month_alone": "in since until till by during from through throughout before after of for to last next this past "
                   "coming early late mid",
    "year_modified": "early mid late of", "season_year": "early late mid", "season_relative": "last this next past coming",
    "season_the": "the early late", "weekday": "last next this past coming on late early from since until by dated of",
    "deictic_day": "before after earlier later", "part_of_day": "last this", "next_morning": "next following",
    "relative_unit": "last next this past coming previous following fiscal financial calendar school academic",
    "past_week": "last past", "end_of_unit": "of the", "weekend": "the this last next past coming",
    "ago": _NUM_WORDS, "earlier": _NUM_WORDS, "later": _NUM_WORDS, "in_n_units": _NUM_WORDS,
    "next_day": "next following previous", "day_before": "the",
    "duration": "for over during in within throughout after about nearly almost than to some the a an another least "
                "last past next first previous coming recent full long whole more further consecutive " + _NUM_WORDS,
    "duration_adj": _NUM_WORDS,
}  # fmt: skip
_PATTERNS[:] = [replace(p, before=frozenset(_BEFORE[p.name].split())) if p.prefix else p for p in _PATTERNS]

_BY_FAMILY: dict[str, list[tuple[int, Pattern]]] = defaultdict(list)
for _order, _pat in enumerate(_PATTERNS):
    _BY_FAMILY[_pat.family].append((_order, _pat))

_PREFIX_WINDOW = 90


@functools.cache
def _automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for family, words in _ANCHORS.items():
        for word in words:
            automaton.add_word(word, (family, len(word)))
    automaton.make_automaton()
    return automaton


def anchors(text: str) -> list[tuple[int, str]]:
    """(start, family) of every anchor word standing as a word of its own (digits: a run's first)."""
    found: list[tuple[int, str]] = []
    n = len(text)
    for end, (family, length) in _automaton().iter(text):
        start = end - length + 1
        before = text[start - 1] if start else " "
        if family == "digit":
            if not before.isdigit():
                found.append((start, family))
            continue
        after = text[end + 1] if end + 1 < n else " "
        if not before.isalnum() and not after.isalpha():
            found.append((start, family))
    found.sort()
    return found


def find(text: str) -> list[Match]:
    """Non-overlapping candidate expressions, longest first."""
    candidates: list[tuple[int, int, int, Match]] = []
    seen: set[tuple[int, str]] = set()
    for start, family in anchors(text):
        if (start, family) in seen:
            continue
        seen.add((start, family))
        if family == "digit" and not _date_like_number(text, start):
            continue
        previous = _previous_word(text, start)
        for order, pattern in _BY_FAMILY[family]:
            match = _try(pattern, text, start, previous)
            if match is not None:
                candidates.append((match.start, -(match.end - match.start), order, match))
    candidates.sort(key=lambda t: (t[1], t[2], t[0]))
    occupied = bytearray(len(text))
    chosen: list[Match] = []
    for _start, _neg, _order, match in candidates:
        if 1 in occupied[match.start : match.end]:
            continue
        occupied[match.start : match.end] = b"\x01" * (match.end - match.start)
        chosen.append(match)
    chosen.sort(key=lambda m: m.start)
    return chosen


def _date_like_number(text: str, start: int) -> bool:
    """A run of digits that can begin a date: a year, or a day/month followed by / . or an ordinal suffix."""
    end = start
    while end < len(text) and text[end].isdigit():
        end += 1
    if end - start == 4:
        return True
    return end - start <= 2 and text[end : end + 1] in ("/", ".", "s", "t", "n", "r")


def _previous_word(text: str, start: int) -> str:
    """The word right before position `start` (lower case; "#num" for a number)."""
    i = start - 1
    while i >= 0 and text[i] in " \t\n-,":
        i -= 1
    j = i
    while j >= 0 and (text[j].isalnum() or text[j] in ".'"):
        j -= 1
    word = text[j + 1 : i + 1].lower().rstrip(".")
    return "#num" if word[:1].isdigit() else word


def _try(pattern: Pattern, text: str, start: int, previous: str) -> Match | None:
    has_prefix = pattern.before is None or previous in pattern.before
    if pattern.prefix_required and not has_prefix:
        return None
    core = pattern.core.match(text, start)
    if core is None:
        return None
    if pattern.name == "year" and not _plausible_year(text, start, core.end()):
        return None
    groups = {k: v for k, v in core.groupdict().items() if v is not None}
    spans = {k: core.span(k) for k in groups}
    begin = start
    if pattern.prefix is not None and has_prefix:
        pre = pattern.prefix.search(text, max(0, start - _PREFIX_WINDOW), start)
        if pre is None and pattern.prefix_required:
            return None
        if pre is not None:
            begin = pre.start()
            for k, v in pre.groupdict().items():
                if v is not None:
                    groups[k] = v
                    spans[k] = pre.span(k)
    groups["resolver"] = pattern.resolver
    groups["matched"] = text[begin : core.end()]
    core_start, core_end = _core_extent(text, begin, core.end(), groups, spans)
    return Match(begin, core.end(), pattern.name, groups, core_start, core_end, spans)


_NOT_YEAR_BEFORE = re.compile(
    r"(?:resolution|resolutions|no\.?|number|article|chapter|section|page|pages|flight|route|code|room|"
    r"unit|model|version|level|paragraph|item|rule|law|decree|order|bill|case|page|tel\.?|phone|ext\.?|"
    r"\$|usd|eur|€|£|about|some|nearly|almost|over|more than|at least|up to|around|approximately|"
    r"estimated|roughly|only|least)\s*$",
    re.IGNORECASE,
)
_NOT_YEAR_AFTER = re.compile(
    r"^\s*(?:[a-z]+s\b(?<!\bits)(?<!\bwas)(?<!\bis)(?<!\bas)(?<!\bthis)|people|persons|troops|fighters|men|women|"
    r"children|km|kilometres|kilometers|miles|meters|metres|feet|tons|tonnes|barrels|dollars|euros|"
    r"members|seats|votes|strong|percent|per cent|%|m\b|bn\b)",
)
_YEAR_CUE = re.compile(
    r"(?:\bin|\bsince|\bby|\buntil|\btill|\bof|\bfrom|\bto|\bduring|\bbefore|\bafter|\bthe|\ba|\bearly|\blate|"
    r"\bmid|\bthrough|\bfor|\bwhile|\bbetween|\band|\bsummer|\bwinter|\bspring|\bfall|\bautumn|\bin early|"
    r"\bin late|\bbeginning|\byear|\bsince early)[\s-]*$|[(,]\s*$|^\s*$",
    re.IGNORECASE,
)


def _plausible_year(text: str, start: int, end: int) -> bool:
    """Context checks regexes cannot express: a bare number is a year only where a year can stand."""
    before = text[max(0, start - 30) : start]
    after = text[end : end + 25]
    if re.search(r"[\d)][\s.-]?$", before) or re.match(r"^[\s.-]?\d", after):
        return False  # a group of a phone or reference number: "+218 21 444 2020"
    if _NOT_YEAR_BEFORE.search(before):
        return False
    if _YEAR_CUE.search(before):
        return True
    if _NOT_YEAR_AFTER.match(after):
        return False
    if re.match(r"^\s*(?:am|pm|a\.m\.|p\.m\.|gmt|utc|hrs|hours)\b", after, re.IGNORECASE):
        return False
    return bool(_YEAR_CUE.search(before)) or bool(re.match(r"^\s*[.,;:)!?'\"”’]|^\s*$|^\s+[a-z]", after))


_CUE_ONLY = frozenset(
    {"in", "on", "since", "until", "till", "by", "during", "from", "through", "throughout", "before", "after",
     "of", "dated", "over", "at", "on the night of", "until mid", "between"}
)  # fmt: skip
_LEADING_PREPOSITION = re.compile(
    r"(?i:in|on|since|until|till|by|during|from|through|throughout|before|after|of|dated|over|at|between)\s+"
)


def _core_extent(
    text: str, start: int, end: int, groups: dict[str, str], spans: dict[str, tuple[int, int]]
) -> tuple[int, int]:
    """The expression without the preposition that cued it or the noun after it."""
    for name in ("cue", "qual"):
        if name in groups and re.sub(r"\s+", " ", groups[name].lower().strip()) in _CUE_ONLY:
            start = spans[name][1]
    if "noun" in groups:
        end = spans["noun"][0]
    while start < end and (text[start].isspace() or text[start] == "-"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    lead = _LEADING_PREPOSITION.match(text, start, end)
    if lead and lead.end() < end:
        start = lead.end()
    return start, end
