"""English calendar vocabulary shared by the tagger and the dateline reader."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}  # fmt: skip
NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 0, "a few": 0, "few": 0,
    "couple of": 2, "a couple of": 2,
}  # fmt: skip
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25,
    "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
    "thirty-first": 31,
}  # fmt: skip


def alternation(words: dict[str, object] | list[str]) -> str:
    """A regex alternation, longest first so that 'sept' wins over 'sep'."""
    return "|".join(sorted((w.replace(" ", r"\s+").replace(".", r"\.") for w in words), key=len, reverse=True))


# "May", "March" and "Sat" are also ordinary words: as month names they need
# a day or a year beside them, which the tagger's patterns require.
MONTH_FULL = alternation([m for m in MONTHS if len(m) > 3 or m == "may"])
MONTH_ABBR = alternation([m for m in MONTHS if len(m) <= 4 and m != "may"])
# An abbreviation needs its dot or a number beside it ("Jan. 8", "Jan 8").
MONTH = rf"(?:{MONTH_FULL}|(?:{MONTH_ABBR})\.?)"
WEEKDAY_FULL = alternation([w for w in WEEKDAYS if w.endswith("day")])
WEEKDAY_ABBR = alternation([w for w in WEEKDAYS if not w.endswith("day")])


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def weekday_number(word: str) -> int:
    return WEEKDAYS[word.lower().rstrip(".")]
