"""Event types: which kind of happening a dated passage reports, decided by keyword rules.

The taxonomy lives in `data/event_types.csv`, aligned with ACLED's event
types where they fit (talks, agreements and UN action are ACLED "strategic
developments"; armed clashes are "battles"; airstrikes and shelling are
"explosions/remote violence").  Each row is one *concept* of a type (the
ceasefire concept of `agreement`, the meeting concept of `talks`) with its
keywords.  Keywords match on word boundaries, ignoring case and diacritics,
with simple inflections: the first and last words of a keyword also match
with -s, -es, -ed, -d, -ing, y→ies/ied and a doubled final consonant
("meet" matches "meets", "meeting"; "send troops" matches "sending troops").
Irregular forms are listed as keywords of their own ("met", "fought"); a
keyword starting with "=" matches only as written.

Choosing among several keywords in one passage (`classify`):

1. Keywords inside an actor's name do not count: the Government of National
   Accord is not an accord, the Libyan Political Dialogue Forum not a dialogue.
2. Keywords in reported or intended content are *discounted*: inside a
   quotation that does not hold the date expression, or after a marker from
   `data/event_types_markers.csv` within its scope (up to the next clause
   break, at most `MARKER_SCOPE` characters).  After an *intent* marker
   ("aimed at", "failed to") the content did not happen; after a *speech*
   marker ("said", "urged", "called for") it is what was said, unless the
   date expression follows the keyword inside the scope ("announced that
   elections will take place on 24 December": the date is the elections').
3. Among the remaining keywords a *strong* concept beats a *weak* one (the
   reporting verbs of `statement`, which accompany nearly every event).
4. Within the best tier, the keyword nearest the date expression decides:
   the date of a passage is usually written next to the happening it dates.
5. Ties go to the type listed first in the taxonomy (its priority).

No keyword at all gives ``other`` with an empty rule: never a guess.

Sub-event types (`TypeDecision.subtype`, ACLED's sub-event level where a rule can decide it) come from
the optional ``subtypes`` column of a concept's row, read for the concept of the deciding keyword:
``subtype: cue|cue; subtype: cue; default subtype`` -- the first subtype one of whose cues (keywords
as above, inflected) is in the passage, else the one without cues; ``other`` when none fits, empty
when the concept has no subtypes (or the type is ``other``).
"""

from __future__ import annotations

import csv
import functools
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from timeline.core.data import DATA_DIR
from timeline.core.errors import DataFileError
from timeline.text.automaton import leftmost_longest, phrase_automaton, phrase_hits
from timeline.text.fold import fold
from timeline.text.segment import SCOPE_BREAK, STATEMENT_END, literal_first
from timeline.understanding.actors import Gazetteer, builtin_gazetteer

if TYPE_CHECKING:
    from timeline.understanding.readings import PassageReading

BUILTIN_TAXONOMY = DATA_DIR / "event_types.csv"
BUILTIN_MARKERS = DATA_DIR / "event_types_markers.csv"
BUILTIN_BRIEFING = DATA_DIR / "event_types_briefing.csv"

OTHER = "other"
# How far the content of a speech or intent marker reaches at most (characters).
MARKER_SCOPE = 80
# Ranks of a keyword hit: lower wins before distance to the date is considered.
TIER_STRONG, TIER_WEAK, TIER_DISCOUNTED = 0, 1, 2
# Inflections are added to words at least this long ("a", "of", "to" stay as written).
INFLECT_MIN_CHARS = 3

Strength = Literal["strong", "weak"]
MarkerKind = Literal["speech", "intent"]

_QUOTE_CHARS = '“”"'
_QUOTE_MARK = re.compile('[“”"]')
_THAT = literal_first(["that"], ignore_case=True)  # `\bthat\b` ignoring case


@dataclass(frozen=True, slots=True)
class Keyword:
    event_type: str
    concept: str
    strength: Strength
    keyword: str  # as written in the taxonomy
    priority: int  # position of the event type in the taxonomy (0 first)


class KeywordHit(NamedTuple):
    start: int  # offsets into the passage
    end: int
    keyword: Keyword
    discounted: bool

    @property
    def tier(self) -> int:
        if self.discounted:
            return TIER_DISCOUNTED
        return TIER_WEAK if self.keyword.strength == "weak" else TIER_STRONG


class TypeDecision(NamedTuple):
    """What `classify` decides for a passage."""

    event_type: str
    rule: str  # the deciding keyword as written, with how it won; "" for `other`
    # The strong concepts of `event_type` named in the passage, reported or intended content included:
    # "aimed at agreeing a ceasefire" still speaks of a ceasefire, which is what grouping compares.
    concepts: frozenset[str]
    subtype: str = ""  # ACLED-style sub-event type, "other" when the concept's rules fit none


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Taxonomy:
    # see `timeline.text.automaton`: keywords and actor names (payload None), which compete leftmost-longest
    keywords: Any
    # speech and intent markers, read on their own: "threatened to" is both a keyword and a marker
    markers: Any
    types: tuple[str, ...]  # in priority order
    acled: dict[str, str]
    sources: tuple[str, ...]
    # (event_type, concept) -> its sub-event rules in order: (subtype, pattern of its cues or None)
    subtypes: dict[tuple[str, str], tuple[tuple[str, re.Pattern[str] | None], ...]]
    # How a briefing names each type ("UN action"), and the types whose events are key events by default.
    labels: dict[str, str] = field(default_factory=dict)
    key_types: tuple[str, ...] = ()

    def label(self, event_type: str) -> str:
        """The readable name of a type: its briefing label, else the name with spaces for underscores."""
        return self.labels.get(event_type) or event_type.replace("_", " ")


# --- inflection ---------------------------------------------------------------------------------------------

_VOWELS = frozenset("aeiou")


def inflections(word: str) -> set[str]:
    """Regular English inflections of one word: verb and noun endings, overgenerated on purpose.

    An impossible form ("visitted") costs nothing: it never occurs in a text.
    """
    forms = {word}
    if len(word) < INFLECT_MIN_CHARS or not word.isalpha():
        return forms
    forms |= {word + "s", word + "es", word + "ed", word + "ing"}
    if word.endswith("e"):
        forms |= {word + "d", word + "s"}
        if not word.endswith(("ee", "ye", "oe")):
            forms.add(word[:-1] + "ing")
    if word.endswith("y") and word[-2] not in _VOWELS:
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    if word[-1] not in _VOWELS | {"w", "x", "y"} and word[-2] in _VOWELS and word[-3] not in _VOWELS:
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return forms


def keyword_forms(keyword: str) -> set[str]:
    """Folded forms of a taxonomy keyword: its first and last words inflected, unless it starts with '='."""
    if keyword.startswith("="):
        folded = fold(keyword[1:]).strip()
        return {folded} if folded else set()
    words = fold(keyword).split()
    if not words:
        return set()
    if len(words) == 1:
        return inflections(words[0])
    middle = " ".join(words[1:-1])
    return {
        " ".join(part for part in (first, middle, last) if part)
        for first in inflections(words[0])
        for last in inflections(words[-1])
    }


# --- loading ---------------------------------------------------------------------------------------------------


def load_taxonomy(*paths: str | os.PathLike[str], builtin: bool = True, gazetteer: Gazetteer) -> Taxonomy:
    """A new taxonomy of the built-in files (unless `builtin=False`) and `paths`.

    Each file is recognised by its header:

    * types: ``event_type,acled,concept,strength,keywords`` -- one row per
      concept; keywords "|"-separated; strength ``strong`` or ``weak``
      (weak concepts decide only when no strong keyword is present, and are
      no evidence that two mentions report the same happening).
    * markers: ``marker,kind`` -- kind ``speech`` or ``intent`` (see the module doc).
    * briefing: ``type,label,key`` -- a type's readable name and whether its events are key events
      of a briefing by default (``key`` yes or no); a later file's row replaces a type's.

    Files are read in order, built-in first.  A type's priority is the
    position of its first row over all files (a new type of a user file
    ranks after the built-in ones).  A keyword or marker form belongs to the
    file read last that lists it.  Actor names of `gazetteer` are blocked
    from matching as keywords.

    Raises DataFileError naming the file (and line) for a file that cannot be read, has neither
    header, or has a bad row.
    """
    builtins = (str(BUILTIN_TAXONOMY), str(BUILTIN_MARKERS), str(BUILTIN_BRIEFING)) if builtin else ()
    files = [*builtins, *map(str, paths)]
    keywords: dict[str, Keyword] = {}
    markers: dict[str, MarkerKind] = {}
    types: dict[str, int] = {}
    acled: dict[str, str] = {}
    subtypes: dict[tuple[str, str], tuple[tuple[str, re.Pattern[str] | None], ...]] = {}
    labels: dict[str, str] = {}
    key: dict[str, bool] = {}
    for path in files:
        header, rows = _read_csv(path)
        if "event_type" in header:
            _add_type_rows(path, rows, keywords, types, acled)
            _add_subtype_rows(path, rows, subtypes)
        elif "marker" in header:
            _add_marker_rows(path, rows, markers)
        elif "type" in header and "key" in header:
            _add_briefing_rows(path, rows, labels, key)
        else:
            raise DataFileError(
                f"{path}: neither an event types file (event_type,...), a markers file (marker,...) "
                "nor a briefing file (type,label,key)"
            )
    names = {form for form, _canonical in gazetteer.aliases}
    return Taxonomy(
        # An actor's name is never a keyword, even where it contains one (added last: it wins a shared form).
        keywords=phrase_automaton([*keywords.items(), *((form, None) for form in names)]),
        markers=phrase_automaton((form, kind) for form, kind in markers.items() if form not in names),
        types=tuple(types),
        acled=acled,
        sources=tuple(files),
        subtypes=subtypes,
        labels=labels,
        key_types=tuple(t for t, is_key in key.items() if is_key),
    )


@functools.cache
def builtin_taxonomy() -> Taxonomy:
    """The taxonomy of the built-in files over the built-in gazetteer, built on first use."""
    return load_taxonomy(gazetteer=builtin_gazetteer())


# (line number, row) of a CSV file, the row's keys lower-cased and its cells stripped.
_Rows = list[tuple[int, dict[str, str]]]


def _read_csv(path: str) -> tuple[list[str], _Rows]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            rows = [
                (reader.line_num, {(k or "").strip().lower(): (v or "").strip() for k, v in row.items() if k})
                for row in reader
            ]
            return [h.strip().lower() for h in reader.fieldnames or ()], rows
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise DataFileError(f"{path}: cannot read taxonomy file ({exc})") from exc


def _add_type_rows(
    path: str,
    rows: _Rows,
    keywords: dict[str, Keyword],
    types: dict[str, int],
    acled: dict[str, str],
) -> None:
    for line, row in rows:
        event_type, concept = row.get("event_type", ""), row.get("concept", "") or row.get("event_type", "")
        strength = row.get("strength", "strong").lower() or "strong"
        if not event_type or event_type == OTHER or strength not in ("strong", "weak"):
            raise DataFileError(f"{path}:{line}: needs an event_type other than {OTHER!r}, strength strong or weak")
        priority = types.setdefault(event_type, len(types))
        if row.get("acled"):
            acled.setdefault(event_type, row["acled"])
        for keyword in (k.strip() for k in row.get("keywords", "").split("|")):
            entry = Keyword(event_type, concept, strength, keyword.lstrip("="), priority)  # type: ignore[arg-type]
            for form in keyword_forms(keyword):
                keywords[form] = entry


def _add_subtype_rows(
    path: str, rows: _Rows, subtypes: dict[tuple[str, str], tuple[tuple[str, re.Pattern[str] | None], ...]]
) -> None:
    """The ``subtypes`` cells of a types file (see the module doc); a later file's row replaces a concept's."""
    for line, row in rows:
        cell = row.get("subtypes", "")
        if not cell:
            continue
        concept = row.get("concept", "") or row.get("event_type", "")
        rules: list[tuple[str, re.Pattern[str] | None]] = []
        for part in (p.strip() for p in cell.split(";")):
            name, colon, cues = part.partition(":")
            name = name.strip()
            forms = sorted({f for cue in cues.split("|") if cue.strip() for f in keyword_forms(cue.strip())}, key=len)
            if not name or (colon and not forms):
                raise DataFileError(f"{path}:{line}: subtypes are written 'subtype: cue|cue; default subtype'")
            # `\b(?:forms, longest first)\b`, each branch opening with a literal letter
            pattern = literal_first(forms[::-1]) if forms else None
            rules.append((name, pattern))
        subtypes[(row["event_type"], concept)] = tuple(rules)


def subtype_of(folded: str, keyword: Keyword, tax: Taxonomy) -> str:
    """The sub-event type a folded passage decided by `keyword` has (see the module doc)."""
    rules = tax.subtypes.get((keyword.event_type, keyword.concept))
    if not rules:
        return ""
    for name, pattern in rules:
        if pattern is None or pattern.search(folded):
            return name
    return OTHER


def _add_briefing_rows(path: str, rows: _Rows, labels: dict[str, str], key: dict[str, bool]) -> None:
    for line, row in rows:
        event_type, flag = row.get("type", ""), row.get("key", "").lower()
        if not event_type or flag not in ("yes", "no", ""):
            raise DataFileError(f"{path}:{line}: a briefing row needs a type and key yes or no")
        if row.get("label"):
            labels[event_type] = row["label"]
        if flag:
            key[event_type] = flag == "yes"


def _add_marker_rows(path: str, rows: _Rows, markers: dict[str, MarkerKind]) -> None:
    for line, row in rows:
        kind = row.get("kind", "").lower()
        if kind not in ("speech", "intent") or not row.get("marker"):
            raise DataFileError(f"{path}:{line}: a marker row needs a marker and kind speech or intent")
        for form in keyword_forms(row["marker"]):
            markers[form] = kind  # type: ignore[assignment]


# --- classifying -------------------------------------------------------------------------------------------


def keyword_hits(
    passage: str, date_start: int = -1, date_end: int | None = None, taxonomy: Taxonomy | None = None
) -> tuple[KeywordHit, ...]:
    """Every taxonomy keyword in a passage (leftmost-longest, not inside actor names), with its discount."""
    tax = taxonomy or builtin_taxonomy()
    folded = fold(passage)
    found = _keywords(folded, tax)
    return _with_discounts(passage, folded, found, date_start, date_end, tax) if found else ()


def _keywords(folded: str, tax: Taxonomy) -> list[tuple[int, int, Keyword]]:
    """The keywords of a folded passage, leftmost-longest against each other and against actor names."""
    if not folded:
        return []
    return [hit for hit in leftmost_longest(phrase_hits(tax.keywords, folded)) if hit[2] is not None]


def _with_discounts(
    passage: str,
    folded: str,
    found: list[tuple[int, int, Keyword]],
    date_start: int,
    date_end: int | None,
    tax: Taxonomy,
    marker_hits: list[tuple[int, int, Any]] | None = None,
) -> tuple[KeywordHit, ...]:
    date_end = date_start if date_end is None else date_end
    quotes = _quoted_spans(passage)
    if marker_hits is None:
        marker_hits = phrase_hits(tax.markers, folded)
    markers = [(end, kind) for _, end, kind in marker_hits]
    scopes = _marker_scopes(passage, markers) if markers else []
    hits = []
    for start, end, keyword in found:
        discounted = bool(quotes and _in_other_quote(start, quotes, date_start)) or bool(
            scopes and _in_scope(start, scopes, date_start)
        )
        hits.append(_new_hit(KeywordHit, (start, end, keyword, discounted)))
    return tuple(hits)


# Build a KeywordHit or TypeDecision without the Python-level __new__ (once per hit or passage).
_new_hit = _new_decision = tuple.__new__
_NOTHING = TypeDecision(OTHER, "", frozenset(), "")


def classify(
    passage: str,
    date_start: int = -1,
    date_end: int | None = None,
    taxonomy: Taxonomy | None = None,
    reading: PassageReading | None = None,
) -> TypeDecision:
    """The event type of a passage whose date expression is at passage[date_start:date_end].

    Offsets are relative to the passage (a date outside it may be given with
    offsets outside [0, len(passage)]); `date_start=-1` with no `date_end`
    means no date expression: priority alone decides.  The rule is the
    deciding keyword as written in the taxonomy, with how it won when other
    types were present.  `reading` is the passage already folded and scanned with `taxonomy`'s phrases
    (`timeline.understanding.readings`), when the caller has it.
    """
    tax = taxonomy or builtin_taxonomy()
    if reading is None:
        folded = fold(passage)
        found = _keywords(folded, tax)
    else:
        folded = reading.folded
        found = [hit for hit in leftmost_longest(reading.keywords) if hit[2] is not None] if folded else []
    if len(found) <= 1:
        # One keyword decides alone, discounted or not: no need to read quotations and markers.
        if not found:
            return _NOTHING
        keyword = found[0][2]
        decided = (keyword.event_type, keyword.keyword, _strong_concepts([keyword]), subtype_of(folded, keyword, tax))
        return _new_decision(TypeDecision, decided)
    marker_hits = reading.markers if reading is not None else None
    hits = _with_discounts(passage, folded, found, date_start, date_end, tax, marker_hits)
    has_date = not (date_start == -1 and date_end is None)
    end = date_start if date_end is None else date_end
    # The best hit by (tier, distance to the date, priority, start): the first of the least, as min() gives.
    best = hits[0]
    best_rank: tuple[int, int, int, int] | None = None
    for hit in hits:
        start, stop, keyword, _ = hit
        distance = _distance(start, stop, date_start, end) if has_date else 0
        rank = (hit.tier, distance, keyword.priority, start)
        if best_rank is None or rank < best_rank:
            best, best_rank = hit, rank
    event_type = best.keyword.event_type
    concepts = _strong_concepts([h.keyword for h in hits if h.keyword.event_type == event_type])
    others = sorted({h.keyword.event_type for h in hits} - {event_type})
    subtype = subtype_of(folded, best.keyword, tax)
    if not others:
        return _new_decision(TypeDecision, (event_type, best.keyword.keyword, concepts, subtype))
    rule = f"{best.keyword.keyword} ({_how(best, hits, has_date)}; also {', '.join(others)})"
    return _new_decision(TypeDecision, (event_type, rule, concepts, subtype))


def _strong_concepts(keywords: Iterable[Keyword]) -> frozenset[str]:
    return frozenset([k.concept for k in keywords if k.strength == "strong"])


def _how(best: KeywordHit, hits: Iterable[KeywordHit], has_date: bool) -> str:
    rivals = [h for h in hits if h.keyword.event_type != best.keyword.event_type]
    if all(h.tier > best.tier for h in rivals):
        return "strong keyword" if best.tier == TIER_STRONG else "not in reported content"
    return "nearest the date" if has_date else "taxonomy priority"


def _distance(start: int, end: int, date_start: int, date_end: int) -> int:
    if end <= date_start:
        return date_start - end
    if start >= date_end:
        return start - date_end
    return 0


def _quoted_spans(passage: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks; a passage may start or end inside a quotation."""
    if not any(q in passage for q in _QUOTE_CHARS):
        return []
    marks = [m.start() for m in _QUOTE_MARK.finditer(passage)]
    spans: list[tuple[int, int]] = []
    if passage[marks[0]] == "”":
        # The passage starts inside a quotation closed here.
        spans.append((0, marks[0]))
        marks = marks[1:]
    for i in range(0, len(marks), 2):
        opening = marks[i]
        closing = marks[i + 1] if i + 1 < len(marks) else len(passage)
        spans.append((opening, closing))
    return spans


def _in_other_quote(start: int, quotes: list[tuple[int, int]], date_start: int) -> bool:
    return any(q0 <= start < q1 and not (q0 <= date_start < q1) for q0, q1 in quotes)


def _marker_scopes(passage: str, markers: list[tuple[int, str]]) -> list[tuple[int, int, str]]:
    scopes = []
    for marker_end, kind in markers:
        limit = min(len(passage), marker_end + MARKER_SCOPE)
        brk = SCOPE_BREAK.search(passage, marker_end, limit)
        scope_end = brk.start() if brk else limit
        if kind == "speech" and _THAT.search(passage, marker_end, scope_end):
            # "warned the Council this week that ...": the complement runs to the sentence's end.
            sentence_end = STATEMENT_END.search(passage, scope_end)
            scope_end = sentence_end.start() if sentence_end else len(passage)
        scopes.append((marker_end, scope_end, kind))
    return scopes


def _in_scope(start: int, scopes: list[tuple[int, int, str]], date_start: int) -> bool:
    for s0, s1, kind in scopes:
        if s0 <= start < s1:
            # Reported speech keeps its keyword when the date follows it inside the content.
            if kind == "speech" and start <= date_start < s1:
                continue
            return True
    return False
