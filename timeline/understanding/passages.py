"""Dated statements: from a document and its date mentions to events with source passages.

One event per dated statement: the sentence that places a happening in
time, or, when one sentence dates two happenings, the clause around each
date.  Datelines, bylines and page debris give none.  A caption repeated
verbatim on the page (a photo's alt text and its visible caption) gives one.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Sequence

from timeline.core.models import Document, Event, Status, TimeMention
from timeline.reading.debris import Debris, is_debris_at
from timeline.temporal.tagger import Reference
from timeline.text.fold import as_spaces
from timeline.text.segment import PASSAGE_BOUNDARY, PASSAGE_JOINER, sentence_spans
from timeline.understanding.crossheads import without_restated_crossheads


def reference_for(document: Document) -> Reference:
    """What a document's relative dates are resolved against: its publication date, or the range estimated."""
    if document.published_basis == "estimated":
        return Reference(None, document.published, document.published_latest)
    return Reference(document.published, updated=document.updated)


def document_events(
    document: Document,
    mentions: Sequence[TimeMention],
    spans: Sequence[tuple[int, int]] | None = None,
    *,
    debris: Debris,
) -> list[Event]:
    """The dated statements of one document, in text order.

    `mentions` are the time expressions tagged in the document's text (in text order); `spans` its
    sentence spans if already computed (`sentence_spans`); dates inside page debris give no event.
    """
    text = document.text
    if spans is None:
        spans = sentence_spans(text)
    lines: dict[int, bool] = {}  # the debris verdicts, by line: a line holding several dates is judged once
    usable = [
        m for m in mentions
        if m.kind == "date" and not m.background and not _background_span(m)
        and not inside_any(m.start, m.end, document.metadata_spans)
        and not is_debris_at(text, m.start, debris, lines)
    ]  # fmt: skip
    usable = without_restated_crossheads(text, usable)
    events: list[Event] = []
    # Sentences seen so far, by their first 40 normalised characters.
    seen_sentences: dict[str, list[str]] = {}
    index = 0
    for s_start, s_end in spans:
        in_sentence: list[TimeMention] = []
        while index < len(usable) and usable[index].start < s_end:
            if usable[index].start >= s_start:
                in_sentence.append(usable[index])
            index += 1
        if not in_sentence:
            continue
        key = _normalise(text[s_start:s_end])
        if _repeated(key, seen_sentences):
            continue  # the same caption or sentence shown twice on the page
        seen_sentences.setdefault(key[:40], []).append(key)
        passages = clause_spans(text, s_start, s_end, in_sentence)
        for mention, (p_start, p_end) in zip(in_sentence, passages, strict=True):
            events.append(_event(document, mention, p_start, p_end))
    return events


# A decade or a century is the background a report sets ("the dams were built in the 1970s", "a war in the
# early 1990s"), too coarse to place a happening on a timeline: the mention stays a date expression (the
# `dates` command lists it) but dates no event.  (A span of several years named as a modifier, "the 1998-99 war",
# the tagger marks background itself: told after "from" or "between" it dates a happening.)
_BACKGROUND_PRECISIONS = frozenset({"decade", "century"})


def _background_span(mention: TimeMention) -> bool:
    period = mention.period
    return period is not None and period.precision in _BACKGROUND_PRECISIONS


def inside_any(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """[start, end) lies inside one of the spans (a document's metadata spans: stamps, datelines)."""
    return any(s <= start and end <= e for s, e in spans)


def _repeated(key: str, seen: dict[str, list[str]]) -> bool:
    """Seen before, allowing a credit or bullet on one copy ("... 2020. | Photo: Reuters")."""
    for other in seen.get(key[:40], ()):
        if other == key:
            return True
        short, long_ = sorted((key, other), key=len)
        if long_.startswith(short) and len(short) >= 40 and len(short) >= 0.7 * len(long_):
            return True
    return False


_NON_WORD = re.compile(r"\W+")
# A byte -> itself for an ASCII word character (letter, digit, underscore: what `\W` leaves), else a space.
_ASCII_WORDS = bytes(c if c < 128 and (chr(c).isalnum() or c == 95) else 32 for c in range(256))


# Typographic punctuation common in news, as spaces: like any non-word character, `_normalise` reads it as one.
_TYPOGRAPHIC = "“”‘’—–…«»"


def _normalise(sentence: str) -> str:
    """The sentence's words, lower case, one space apart."""
    if not sentence.isascii():
        sentence = as_spaces(sentence, _TYPOGRAPHIC)
    if sentence.isascii():
        # A byte table and a split do what the Unicode regex does, four times faster: a sentence holding a
        # date is normalised in every document.
        return " ".join(sentence.encode("ascii").translate(_ASCII_WORDS).decode("ascii").split()).lower()
    return _NON_WORD.sub(" ", sentence).strip().lower()


def clause_spans(text: str, s_start: int, s_end: int, mentions: Sequence[TimeMention]) -> list[tuple[int, int]]:
    """A passage per mention: the whole sentence for one date, else the clause around each date.

    The cut between two dates is the last clause boundary between them; dates with
    no boundary between them share their passage.
    """
    if len(mentions) == 1:
        return [(s_start, s_end)]
    cuts = [s_start]
    for a, b in itertools.pairwise(mentions):
        between = [m.start() for m in PASSAGE_BOUNDARY.finditer(text, a.end, b.start)]
        cuts.append(between[-1] if between else -1)
    cuts.append(s_end)
    passages: list[tuple[int, int]] = []
    for i in range(len(mentions)):
        left = next(c for c in reversed(cuts[: i + 1]) if c >= 0)
        right = next(c for c in cuts[i + 1 :] if c >= 0)
        passages.append(_tidy(text, left, right))
    return passages


def _tidy(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip the separators and joining word a cut leaves at a clause's edges."""
    while start < end and (text[start] in " ,;:—–-\n\t"):
        start += 1
    joiner = PASSAGE_JOINER.match(text, start, end)
    if joiner and joiner.end() < end:
        start = joiner.end()
    while end > start and text[end - 1] in " ,;:—–-\n\t":
        end -= 1
    return start, end


def mention_id(doc: str, mention: TimeMention) -> str:
    digest = hashlib.sha1(f"{doc}\x00{mention.start}\x00{mention.end}\x00{mention.text}".encode()).hexdigest()
    return "m" + digest[:12]


def status_of(document: Document, mention: TimeMention) -> Status:
    """Scheduled when the text speaks of it in the future, or its date lies after publication."""
    period = mention.period
    if period is not None and document.published is not None and document.published_basis != "estimated":
        if period.start > document.published:
            return "scheduled"
        if period.end < document.published:
            return "reported"
    return "scheduled" if mention.tense == "future" else "reported"


def _event(document: Document, mention: TimeMention, p_start: int, p_end: int) -> Event:
    passage = document.text[p_start:p_end]
    mid = mention_id(document.doc, mention)
    return Event(
        mention_id=mid,
        event_id="e" + mid[1:],
        document=document,
        mention=mention,
        status=status_of(document, mention),
        passage=passage,
        passage_start=p_start,
        passage_end=p_end,
    )
