"""An optional statistical recogniser for the names no rule or file knows (`Config.ner_model`, off by default).

A spaCy pipeline with an `ner` component (e.g. `en_core_web_sm`) tags persons (PERSON) and organisations
(ORG) in the sentences that hold a dated mention; a tagged name that none of our mentions overlaps
becomes a candidate of its kind (person; a group's kind when its last word is a group's head word, else
organisation), and the rules go on deciding everything else: states come from the gazetteer only (GPE
and NORP tags are not read), roles, anaphora and headlines read the mentions as they read ours.

Measured (`benchmarks/bench_ner.py`, README "A statistical recogniser?"): on the dev material actor
recall +0.02 (on the sixth set's dev half, unseen before, +0.05) for precision -0.03, and the model makes
extraction about four times as costly in CPU.  So it is off by default and spaCy is no dependency: a run
that names a model imports spaCy then, once per process.
"""

from __future__ import annotations

import functools
import importlib
import logging
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence

from timeline.core.errors import TimelineError
from timeline.understanding.actors import DATA_DIR, PERSON, ActorMention, Gazetteer
from timeline.understanding.rulefiles import read_rule_file

log = logging.getLogger(__name__)

# Words after which a tagged person or organisation is a place the model mislabelled ("fighting in
# Misrata", "a base near Jufra"), with examples the tests run.
NER_PLACE_WORDS = DATA_DIR / "en" / "ner_place_words.txt"
LABELS = frozenset({"PERSON", "ORG"})

# (start, end, label) of one tagged name in the text given to the recogniser.
Entity = tuple[int, int, str]
# Texts -> each text's entities, in order.
Recogniser = Callable[[Sequence[str]], list[list[Entity]]]


class NerModelError(TimelineError):
    """The recogniser named in the configuration cannot be loaded (spaCy or the model is not installed)."""


@functools.cache
def recogniser(model: str) -> Recogniser:
    """The named spaCy pipeline with only its `ner` component (and the tok2vec it listens to, if any)
    running, loaded once per process.  Raises NerModelError naming the model."""
    try:
        spacy = importlib.import_module("spacy")
        nlp = spacy.load(model)
    except (ImportError, OSError) as exc:
        raise NerModelError(
            f"cannot load the NER model {model!r} (spaCy and the model must be installed): {exc}"
        ) from exc
    if "ner" not in nlp.pipe_names:
        raise NerModelError(f"the spaCy pipeline {model!r} has no 'ner' component")
    keep = ["ner"]
    if "tok2vec" in nlp.pipe_names and "ner" in getattr(nlp.get_pipe("tok2vec"), "listening_components", ()):
        keep.insert(0, "tok2vec")
    nlp.select_pipes(enable=keep)
    log.info("NER model %s loaded (running %s)", model, ", ".join(keep))

    def run(texts: Sequence[str]) -> list[list[Entity]]:
        return [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in nlp.pipe(texts, batch_size=64)]

    return run


@functools.cache
def place_words() -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_rule_file(NER_PLACE_WORDS).rows)


def dated_sentences(sentences: Sequence[tuple[int, int]], starts: Sequence[int]) -> list[tuple[int, int]]:
    """The sentence spans (sorted) holding one of the sorted `starts` (passage starts): one merge, linear."""
    out: list[tuple[int, int]] = []
    i = 0
    for start, end in sentences:
        while i < len(starts) and starts[i] < start:
            i += 1
        if i < len(starts) and starts[i] < end:
            out.append((start, end))
    return out


def recognised(text: str, sentences: Sequence[tuple[int, int]], model: str) -> list[Entity]:
    """The entities the named model tags in `sentences` of `text`, at offsets of `text`."""
    tagged = recogniser(model)([text[s:e] for s, e in sentences])
    return [(s + a, s + b, label) for (s, _e), found in zip(sentences, tagged, strict=True) for a, b, label in found]


_DATELINE = re.compile(r"[A-Z][A-Z .'-]*")


def _is_place_or_credit(text: str, start: int, end: int, words: frozenset[str]) -> bool:
    """A name right after a place word ("in Misrata"), in brackets alone ("(AP)"), or a dateline's city in
    capitals at a line's start ("CAIRO (AP) -")."""
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        return True
    if (start == 0 or text[start - 1] == "\n") and _DATELINE.fullmatch(text, start, end):
        return True
    before = text[max(0, start - 14) : start].split()
    return bool(before) and before[-1].lower().lstrip("(\"“‘'") in words


def with_entities(
    text: str,
    found: Sequence[ActorMention],
    entities: Sequence[Entity],
    gaz: Gazetteer,
    dates: Sequence[tuple[int, int]] = (),
) -> tuple[ActorMention, ...]:
    """`found` (our mentions, sorted by start) with the tagged persons and organisations that overlap none
    of them nor a date mention (`dates`, sorted spans: "Oct 2", "GMT") and are no place or credit, as
    mentions (rule "ner").  A leading "the" and a possessive ending are no part of the name; a one-word
    person is the person named in `found` whose name holds that word ("Aquino" after "Benigno Aquino"),
    when there is one.  A name the gazetteer knows but the rules left out here ("UN envoy X") may come
    back: leaving such names out was measured and dropped expected actors at a higher rate than false ones
    (`benchmarks/bench_ner.py`)."""
    if not entities:
        return tuple(found)
    starts = [m.start for m in found]
    words = place_words()
    persons = [m.canonical for m in found if m.kind == PERSON]
    added: list[ActorMention] = []
    for start, end, label in sorted(entities):
        if label not in LABELS:
            continue
        if text.startswith(("the ", "The "), start):
            start += 4
        if text.endswith(("'s", "’s"), start, end):
            end -= 2
        surface = text[start:end]
        if not surface[:1].isupper() or _is_place_or_credit(text, start, end, words):
            continue
        i = bisect_left(starts, end)
        if i > 0 and found[i - 1].end > start:
            continue  # ours names something here: the rules decide
        if added and added[-1].end > start:
            continue
        j = bisect_left(dates, (end,))
        if j > 0 and dates[j - 1][1] > start:
            continue
        canonical = " ".join(surface.split())
        if label == "PERSON":
            kind = PERSON
            if " " not in canonical:
                canonical = next((p for p in persons if canonical in p.split()), canonical)
        else:
            kind = gaz.group_kinds.get(canonical.rsplit(None, 1)[-1], "organisation")
        added.append(ActorMention(start, end, canonical, kind, surface, "ner"))
    return tuple(sorted([*found, *added])) if added else tuple(found)
