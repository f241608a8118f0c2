"""Lower-case month, weekday and holiday names read as the names they are ("next tuesday", "halloween").

The patterns match names case-sensitively, so that "march" the verb and "may" the modal are never months.
Where a lower-case word can only be a name (lower_case_names.yaml), `capitalised` gives the text with that
word capitalised, letter for letter in place: the offsets of every match stay those of the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

# A day number ("3", "3rd") or a year right after the word (a short form may end in a full stop), not
# followed by a lower-case word ("march 3 miles") unless an ordinal joins a second day ("may 2nd to 5th"); or a
# day number right before it ("the 9th of may", "3 march").
_NUMBER_AFTER = re.compile(
    r"\.?\s+(?:\d{1,2}(?:(?:st|nd|rd|th)\b(?!\s+(?!(?:to|through|and)\s+\d)[a-z])|\b(?!\s+[a-z]))"
    r"|(?:1[89]|20)\d\d\b)"
)
_NUMBER_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?\Z")
# Or a day written as an ordinal word ("the first of march"): the words come from the data.
_ORDINAL_BEFORE = r"\b(?i:{})\s+of\s+\Z"


@dataclass(frozen=True, slots=True)
class LowerCaseNames:
    always: re.Pattern[str] | None
    beside_a_number: re.Pattern[str] | None
    weekdays: re.Pattern[str] | None
    # The words before a lower-case weekday, or after it, that make it a name.
    weekday_lead: re.Pattern[str] | None
    weekday_tail: re.Pattern[str] | None
    # A lower-case name (apostrophes straight, single spaces) -> its capitalised form, letter for letter.
    forms: Mapping[str, str]
    # "first", "second", ... before "of" and a name beside a number ("the first of march").
    ordinal_before: re.Pattern[str] | None = None
    # Holiday names in any case ("mlk day", "MLK day"): as above, or None for a phrase left as written.
    holidays: re.Pattern[str] | None = None
    holiday_forms: Mapping[str, str | None] = field(default_factory=dict)


def _word_pattern(names: Iterable[str], suffix: str = "", flags: int = 0) -> re.Pattern[str] | None:
    alternatives = sorted(
        {re.escape(n).replace("'", "['’]").replace(r"\ ", r"[-\s]").replace(r"\-", r"[-\s]") for n in names},
        key=len,
        reverse=True,
    )
    if not alternatives:
        return None
    return re.compile(r"(?<![\w'’-])(?:{}){}(?![\w-])".format("|".join(alternatives), suffix), flags)


def _phrases(words: Iterable[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def lower_case_names(
    always: Iterable[str],
    beside_a_number: Iterable[str],
    weekdays: Iterable[str] = (),
    weekday_leads: Iterable[str] = (),
    weekday_tails: Iterable[str] = (),
    holidays: Iterable[str] = (),
    never: Iterable[str] = (),
    months: Iterable[str] = (),
    ordinals: Iterable[str] = (),
) -> LowerCaseNames:
    """The compiled lists: `holidays` are capitalised names as written; `never` lower-case ones left alone;
    `months` every month word, any case, that may follow a weekday ("monday, feb 18")."""
    weekdays = tuple(weekdays)
    forms = {w: w.capitalize() for w in (*always, *beside_a_number, *weekdays)}
    # A `never` phrase maps to None, so that its words stay as written: "good friday" is no Friday.
    holiday_forms: dict[str, str | None] = {_key(name.lower()): name for name in holidays}
    holiday_forms.update({_key(w): None for w in never})
    leads, tails = tuple(weekday_leads), tuple(weekday_tails)
    month_words = _phrases(months)
    return LowerCaseNames(
        always=_word_pattern(always),
        beside_a_number=_word_pattern(beside_a_number),
        # "two sundays from now": a plural too.
        weekdays=_word_pattern(weekdays, suffix="s?"),
        weekday_lead=re.compile(rf"(?i:\b(?:{_phrases(leads)}))\s+\Z") if leads else None,
        weekday_tail=re.compile(
            rf"\s+(?:{_phrases(tails)})\b|,?\s+\d|,?\s+(?i:{month_words})\b"
            if month_words
            else rf"\s+(?:{_phrases(tails)})\b"
        )
        if tails
        else None,
        forms=forms,
        holidays=_word_pattern(holiday_forms, flags=re.IGNORECASE),
        ordinal_before=re.compile(_ORDINAL_BEFORE.format(_phrases(ordinals))) if tuple(ordinals) else None,
        holiday_forms=holiday_forms,
    )


def _key(words: str) -> str:
    return re.sub(r"[-\s]", " ", words.replace("’", "'"))


def _cased(matched: str, form: str) -> str:
    # Letter for letter: the text's own apostrophes, hyphens and spaces are kept.
    return "".join(f if c.isalpha() else c for c, f in zip(matched, form, strict=True))


def capitalised(text: str, names: LowerCaseNames) -> str:
    """`text` with its unambiguous lower-case names capitalised; the same length, the same offsets."""
    if names.holidays is not None:

        def holiday(m: re.Match[str]) -> str:
            form = names.holiday_forms[_key(m.group().lower())]
            return m.group() if form is None else _cased(m.group(), form)

        text = names.holidays.sub(holiday, text)
    if names.always is not None:
        text = names.always.sub(lambda m: _cased(m.group(), names.forms[_key(m.group())]), text)
    if names.beside_a_number is not None:

        def beside(m: re.Match[str]) -> str:
            word = m.group()
            before = text[max(0, m.start() - 12) : m.start()]
            ordinal = names.ordinal_before is not None and names.ordinal_before.search(before)
            if _NUMBER_AFTER.match(text, m.end()) or _NUMBER_BEFORE.search(before) or ordinal:
                return _cased(word, names.forms[_key(word)])
            return word

        text = names.beside_a_number.sub(beside, text)
    if names.weekdays is not None:

        def in_phrase(m: re.Match[str]) -> str:
            lead = names.weekday_lead and names.weekday_lead.search(text[max(0, m.start() - 20) : m.start()])
            if lead or (names.weekday_tail and names.weekday_tail.match(text, m.end())):
                word = m.group()
                return _cased(word, names.forms.get(word) or names.forms[word[:-1]] + "s")
            return m.group()

        text = names.weekdays.sub(in_phrase, text)
    return text
