"""Lower-case month, weekday and holiday names read as the names they are ("next tuesday", "halloween").

The patterns match names case-sensitively, so that "march" the verb and "may" the modal are never months.
Where a lower-case word can only be a name (lower_case_names.yaml), `capitalised` gives the text with that
word capitalised, letter for letter in place: the offsets of every match stay those of the original text.
One automaton pass finds the candidate words, so a text without any costs one `str.lower`.  The same pass
finds the date finder's anchor words too (`capitalised_and_anchors`): their lower-case forms are keys of the
automaton, and a hit is an anchor where the capitalised text holds one of that word's forms exactly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

import ahocorasick

from timeline.text.automaton import SharedPass, ordered_automaton
from timeline.text.fold import fold

# A day number ("3", "3rd"), a year or a year's last two digits ("jan '80") right after the word (a short
# form may end in a full stop), not followed by a lower-case word ("march 3 miles") unless an ordinal joins a
# second day ("may 2nd to 5th", "jan 1 to 2", not "march 3 to 5 miles") or "at" brings a clock time ("march 3
# at 5pm"); or a day number right before it ("the 9th of may", "3 march").
_AT_CLOCK = r"at\s+(?:[01]?\d|2[0-3])(?::[0-5]\d|(?:[:.][0-5]\d)?\s*[ap]\.?m\b)"
_NUMBER_AFTER = re.compile(
    r"\.?\s+(?:\d{1,2}(?:(?:st|nd|rd|th)\b(?!\s+(?!(?:to|through|and)\s+\d|" + _AT_CLOCK + r")[a-z])"
    r"|\b(?!\s+(?!(?:to|through|and)\s+\d{1,2}\b(?!\s+[a-z])|" + _AT_CLOCK + r")[a-z]))"
    r"|(?:1[89]|20)\d\d\b|['’]\d\d\b)"
)
_NUMBER_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?\Z")
# Or a day written as an ordinal word ("the first of march"): the words come from the data.
_ORDINAL_BEFORE = r"\b(?i:{})\s+of\s+\Z"
# Or right after it, before a year or a clock time ("march third 2015", "dec fifth 8pm"), or ending the phrase
# after a lead ("on may fifth."; not "they march third in line").
_ORDINAL_AFTER = (
    r"\.?\s+(?:the\s+)?(?i:{})\b(?:,?\s+(?:(?:1[89]|20)\d\d\b|(?:at\s+)?(?:[01]?\d|2[0-3])"
    r"(?::[0-5]\d|(?:[:.][0-5]\d)?\s*[ap]\.?m\b))|(?P<end>(?=\s*(?:[.,;:)!?]|\Z))))"
)


def _fold(text: str) -> str:
    """Apostrophes, hyphens and white space as the automaton's keys write them (one character for one)."""
    return text.replace("’", "'").replace("-", " ").replace("\n", " ").replace("\t", " ").replace("\r", " ")


Kind = Literal["always", "beside", "weekday", "holiday", "never"]


@dataclass(frozen=True, slots=True)
class LowerCaseNames:
    # Every candidate, lower case with straight apostrophes and single spaces -> (kind, capitalised form).
    automaton: ahocorasick.Automaton
    # The words before a lower-case weekday, or after it, that make it a name.
    weekday_lead: re.Pattern[str] | None
    weekday_tail: re.Pattern[str] | None
    # "first", "second", ... before "of" and a name beside a number ("the first of march").
    ordinal_before: re.Pattern[str] | None
    # ... and an ordinal word after a name ("march third 2015").
    ordinal_after: re.Pattern[str] | None
    # A holiday that is an ordinary word too ("thanksgiving"): a name also after a weekday's lead ("this
    # thanksgiving") or before one of these ("thanksgiving of next year").
    holiday_words: frozenset[str] = frozenset()
    holiday_tail: re.Pattern[str] | None = None
    # An ordinal, a weekday or unit and "of" or "in" before a name beside a number ("the first sunday of march").
    part_before: re.Pattern[str] | None = None
    # Whether the automaton's keys hold the date finder's anchor words (`capitalised_and_anchors`).
    finds_anchors: bool = False
    # The same keys folded as `timeline.text.fold` folds (see `_folded_hits`), each to the (key, whether the key
    # is letters and figures only, value) of the keys folding to it; None when a key is not ASCII.
    folded_automaton: ahocorasick.Automaton | None = None


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
    parts: Iterable[str] = (),
    part_ordinals: Iterable[str] = (),
    holiday_tails: Iterable[str] = (),
    anchor_forms: Mapping[str, str] | None = None,
) -> LowerCaseNames:
    """The compiled lists: `holidays` are capitalised names as written, read in any case; `never` lower-case
    phrases left as written; `months` every month word, any case, that may follow a weekday ("monday, feb
    18"); `ordinals` the words of a day written as an ordinal ("the first of march"); `anchor_forms` the date
    finder's anchor words as written -> family (`patterns.anchor_forms`), found in the same pass."""
    entries: dict[str, tuple[Kind, str]] = {}
    for name in holidays:
        entries[_fold(name.lower())] = ("holiday", name)
    # A `never` phrase is kept as written, and so are its words: "good friday" is no Friday.  (A word of
    # the lists below may still be a name beside a number: "thanksgiving 2019".)
    entries.update({_fold(w): ("never", w) for w in never})
    for kind, words in (("always", always), ("beside", beside_a_number)):
        entries.update({w: (kind, w.capitalize()) for w in words})  # type: ignore[misc]
    for w in weekdays:
        # "two sundays from now": a plural too.
        entries.update({w: ("weekday", w.capitalize()), w + "s": ("weekday", w.capitalize() + "s")})
    # An anchor form is found by its folded lower case (one key for "May", "MAY" and "may"), when lowering
    # keeps its length (offsets in the folded text are the text's own).
    anchors: dict[str, dict[str, str]] = {}
    forms = dict(anchor_forms or {})
    finds_anchors = bool(forms) and all(len(f.lower()) == len(f) for f in forms)
    if finds_anchors:
        for form, family in forms.items():
            anchors.setdefault(_fold(form.lower()), {})[form] = family
    values = {
        key: (len(key), *entries.get(key, (None, None)), anchors.get(key))
        for key in (*entries, *(k for k in anchors if k not in entries))
    }
    automaton = ordered_automaton(values)
    automaton.make_automaton()
    folded_automaton = None
    if values and all(key.isascii() for key in values):
        by_folding: dict[str, tuple[tuple[str, bool, object], ...]] = {}
        for key, value in values.items():
            plain = key.isalnum()  # ASCII letters and figures only: the only key of its folding
            folding = fold(key)
            by_folding[folding] = (*by_folding.get(folding, ()), (key, plain, value))
        folded_automaton = ordered_automaton(by_folding)
        folded_automaton.make_automaton()
    leads, tails, ordinal_words = tuple(weekday_leads), tuple(weekday_tails), tuple(ordinals)
    month_words = _phrases(months)
    tail = rf"\s+(?:{_phrases(tails)})\b" + (rf"|,?\s+\d|,?\s+(?i:{month_words})\b" if month_words else "")
    return LowerCaseNames(
        automaton=automaton,
        # (an ordinal in figures leads as its word does: "the 3rd tuesday in june")
        weekday_lead=re.compile(rf"(?i:\b(?:{_phrases(leads)}|[1-5](?:st|nd|rd|th)))\s+\Z") if leads else None,
        weekday_tail=re.compile(tail) if tails else None,
        ordinal_before=re.compile(_ORDINAL_BEFORE.format(_phrases(ordinal_words))) if ordinal_words else None,
        ordinal_after=re.compile(_ORDINAL_AFTER.format(_phrases(ordinal_words))) if ordinal_words else None,
        holiday_words=frozenset(_fold(h.lower()) for h in holidays),
        holiday_tail=re.compile(rf"\s+(?i:{_phrases(tuple(holiday_tails))})\b") if holiday_tails else None,
        finds_anchors=finds_anchors,
        folded_automaton=folded_automaton,
        part_before=re.compile(
            rf"\b(?i:{_phrases(tuple(part_ordinals))}|\d{{1,2}}(?:st|nd|rd|th))\s+(?i:{_phrases(tuple(parts))})"
            r"\s+(?:of|in)\s+\Z"
        )
        if parts and part_ordinals
        else None,
    )


def _cased(matched: str, form: str) -> str:
    # Letter for letter: the text's own apostrophes, hyphens and spaces are kept.
    return "".join(f if c.isalpha() else c for c, f in zip(matched, form, strict=True))


def _is_name(text: str, start: int, end: int, kind: Kind, names: LowerCaseNames, uncased: bool = False) -> bool:
    """Whether the candidate at [start, end) reads as a name where it stands; `uncased`: the text has no
    capital letter at all, so that a weekday's lower case says nothing ("monday" alone is Monday)."""
    word = text[start:end]
    if kind == "holiday":
        return True
    if kind == "never" or not word.islower():
        return False  # a capitalised word is a name already; a `never` phrase stays as written
    if kind == "always" or (kind == "weekday" and uncased):
        return True
    before = text[max(0, start - 20) : start]
    if kind == "beside":
        ordinal = names.ordinal_before is not None and names.ordinal_before.search(before[-12:])
        part = names.part_before is not None and names.part_before.search(text[max(0, start - 40) : start])
        after = names.ordinal_after.match(text, end) if names.ordinal_after is not None else None
        if after and after["end"] is not None:
            after = after if names.weekday_lead is not None and names.weekday_lead.search(before) else None
        ordinal = ordinal or after
        if _NUMBER_AFTER.match(text, end) or _NUMBER_BEFORE.search(before[-12:]) or ordinal or part:
            return True
        if word not in names.holiday_words:
            return False
        tail = names.holiday_tail is not None and names.holiday_tail.match(text, end)
        return bool(tail or (names.weekday_lead is not None and names.weekday_lead.search(before)))
    lead = names.weekday_lead is not None and names.weekday_lead.search(before)
    return bool(lead or (names.weekday_tail is not None and names.weekday_tail.match(text, end)))


def lowered_in_place(text: str) -> str:
    """`text` in lower case letter for letter: a letter whose lower case is longer ("İ" → "i̇") keeps its
    first letter only, so that an offset in the result is the same offset in `text`."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower()[0] for c in text)


def capitalised(text: str, names: LowerCaseNames) -> str:
    """`text` with its unambiguous lower-case names capitalised; the same length, the same offsets."""
    return _capitalised(text, names, None)


def capitalised_and_anchors(
    text: str, names: LowerCaseNames, shared: SharedPass | None = None
) -> tuple[str, list[tuple[int, str]] | None]:
    """`capitalised(text)`, and the (start, family) of every anchor word standing as a word of its own in it
    (what `patterns.anchors` finds with its automaton, digits aside), from one automaton pass; None for the
    anchors when `names` holds no anchor words.  `shared`: a pass over this text whose `other` hits are those of
    `names.folded_automaton` (`timeline.understanding.actors.shared_pass`), read instead of a pass of its own."""
    if not names.finds_anchors:
        return _capitalised(text, names, None, shared), None
    words: list[tuple[int, int, Mapping[str, str]]] = []
    cased = _capitalised(text, names, words, shared)
    n = len(cased)
    found: list[tuple[int, str]] = []
    for start, end, forms in words:
        family = forms.get(cased[start:end])
        if family is None:
            continue
        before = cased[start - 1] if start else " "
        after = cased[end] if end < n else " "
        if not before.isalnum() and not after.isalpha():
            found.append((start, family))
    return cased, found


def _folded_hits(
    text: str, automaton: ahocorasick.Automaton, found: Iterable[tuple[int, Any]] | None = None
) -> list[tuple[int, Any]]:
    """What `names.automaton.iter(_fold(lowered_in_place(text)))` gives, from a pass over `fold(text)` (the
    document's folding, which actor finding reads again: `fold` remembers it), `automaton` being
    `folded_automaton`.  Where a key (ASCII) is in the lowered text its folding is in the folded text (a
    character whose lower case is an ASCII letter or figure folds to it, checked for every code point); a hit
    is kept where the key is in the lowered text, so the hits are the same, in the same order.  `found`: that
    pass's hits, made already, or those of them that start a word (`SharedPass.other`: a hit with a letter or
    figure right before it is read nowhere).  (A key ending in a space, "st ", found at the padding after
    the text: the piece of the text is shorter than the key, so it is never kept.)"""
    hits: list[tuple[int, Any]] = []
    for last, keys in automaton.iter(fold(text)) if found is None else found:
        key, plain, value = keys[0]
        piece = text[last - len(key) + 1 : last + 1]
        if plain and piece.isascii():
            # an ASCII character folds to a letter or figure only from that letter, in either case, or figure
            hits.append((last, value))
            continue
        lowered = piece.lower()
        if len(lowered) != len(piece):
            lowered = lowered_in_place(piece)
        for key, plain, value in keys:
            # `_fold` only turns an apostrophe, hyphen or white space into a key's apostrophe or space
            if (lowered if plain else _fold(lowered)) == key:
                hits.append((last, value))
                break
    return hits


def _capitalised(
    text: str,
    names: LowerCaseNames,
    words: list[tuple[int, int, Mapping[str, str]]] | None,
    shared: SharedPass | None = None,
) -> str:
    """`capitalised`; the hits of anchor words are appended to `words` when it is given; `shared`: see
    `capitalised_and_anchors`."""
    n = len(text)
    found: list[tuple[int, int, Kind, str]] = []
    if names.folded_automaton is not None:
        made = shared.other if shared is not None and shared.text is text else None
        hits: Iterable[tuple[int, Any]] = _folded_hits(text, names.folded_automaton, made)
        folded = text  # a character of `_fold(lowered_in_place(text))` is a letter or figure where the text's is
    else:
        folded = _fold(lowered_in_place(text))
        hits = names.automaton.iter(folded)
    for last, (length, kind, form, forms) in hits:
        start, end = last - length + 1, last + 1
        if forms is not None and words is not None:
            words.append((start, end, forms))
        if kind is None:
            continue
        if start and (folded[start - 1].isalnum() or text[start - 1] in "'’-"):
            continue
        if end < n and (folded[end].isalnum() or text[end] == "-"):
            continue
        found.append((start, end, kind, form))
    if not found:
        return text
    # The longest candidate at each place wins; one inside another is no candidate of its own.
    found.sort(key=lambda f: (f[0], f[0] - f[1]))
    pieces: list[str] = []
    done = 0
    uncased: bool | None = None  # whether the text has no capital letter, read only where a weekday may need it
    for start, end, kind, form in found:
        if start < done:
            continue
        if uncased is None and kind == "weekday" and text[start:end].islower():
            uncased = lowered_in_place(text) == text
        if _is_name(text, start, end, kind, names, bool(uncased)):
            pieces.append(text[done:start])
            pieces.append(_cased(text[start:end], form))
        else:
            pieces.append(text[done:end])
        done = end
    pieces.append(text[done:])
    return "".join(pieces)
