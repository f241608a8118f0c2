"""Which way a date expression points: past, future or present, read from its clause.

"elections in December" is the coming December in "will hold elections in
December" and the last one in "held elections in December".  Each rule is a
small named function so that it can be tested and reasoned about alone.
"""

from __future__ import annotations

import functools
import re
from typing import Literal

from timeline.text.segment import clause_bounds

Tense = Literal["past", "future", "present", "unknown"]

# Tense markers, read word by word.  A future verb group ("will be held",
# "is due to be published") masks the participle inside it, which is not a past tense.
_FUTURE_WORDS = frozenset(
    {"will", "shall", "won't", "upcoming", "forthcoming", "scheduled", "slated", "planned", "planning"}
)
_FUTURE_BEFORE_TO = frozenset({"is", "are", "going", "due", "set", "expected", "plan", "plans", "intend", "intends",
                               "aims", "aim", "hopes", "wants", "ready", "poised"})  # fmt: skip
_FUTURE_AFTER_TO = frozenset({"hold", "meet", "resume", "begin", "start", "run", "last", "continue", "remain",
                              "expire", "end", "take", "be", "vote", "sign", "open", "close", "visit"})  # fmt: skip
_MODALS = frozenset({"will", "shall", "would", "could", "may", "might", "must", "should", "to", "'ll"})
_PAST_WORDS = frozenset(
    {"was", "were", "had", "did", "said", "told", "announced", "met", "signed", "agreed", "held", "took", "came",
     "began", "went", "made", "gave", "saw", "left", "fell", "won", "lost", "sent", "spoke", "broke", "fought",
     "brought", "built", "became", "ago", "earlier", "previously", "formerly", "former", "last", "wrote", "found",
     "kept", "felt", "thought", "drew", "grew", "knew", "rose", "struck", "stood", "paid", "hit", "ran"}
)  # fmt: skip
# Words ending in -ed that are rarely past-tense verbs in news prose.
_ED_NOT_VERB = frozenset(
    {"need", "speed", "indeed", "seed", "feed", "bed", "red", "united", "based", "backed", "armed", "proposed",
     "expected", "scheduled", "planned", "unprecedented", "detailed", "limited", "alleged", "advanced",
     "supposed", "concerned", "interested", "related", "self-styled", "embed", "hundred", "bred", "shed",
     "sacred", "kindred", "wed", "biased", "recognized", "recognised", "led", "so-called", "called", "named",
     "involved", "continued", "renewed", "increased", "reduced", "revised", "required", "informed", "varied",
     "sustained", "unexpected", "marked", "fixed", "desired", "proceed", "exceed", "succeed", "breed", "weed",
     "greed", "deed", "reed", "steed", "tweed"}
)  # fmt: skip
_AFTER_PENALTY = 12
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
# Prepositions that put the date after the clause's own time ("until December elections").
_FORWARD_CUE = re.compile(r"\b(?:until|till|ahead of|before|by|pending|toward|towards)\s+(?:the\s+)?$", re.I)


def _verb_after_to(words: list[tuple[int, int, str]], i: int) -> bool:
    """ "is to meet", "due to be": a verb after "to" (not "due to the fighting")."""
    return i + 2 < len(words) and words[i + 2][2] not in ("the", "a", "an", "his", "her", "their", "its", "this")


def _future_word(words: list[tuple[int, int, str]], i: int) -> bool:
    """A single future marker: "upcoming", "ahead of", "set for", "expected to", "is to meet"."""
    w = words[i][2]
    nxt = words[i + 1][2] if i + 1 < len(words) else ""
    if w in _FUTURE_WORDS or w == "won't" or (w == "ahead" and nxt == "of"):
        return True
    if w in ("set", "due") and nxt in ("for", "on", "in", "by", "next"):
        return True
    return w in _FUTURE_BEFORE_TO and nxt == "to" and (w not in ("is", "are", "due") or _verb_after_to(words, i))


@functools.lru_cache(maxsize=256)
def _markers(clause: str) -> tuple[tuple[int, int, Tense], ...]:
    """(start, end, tense) of each tense marker in a clause (cached: a sentence's mentions share it)."""
    words = [(m.start(), m.end(), m.group(0).lower()) for m in _WORD.finditer(clause)]
    found: list[tuple[int, int, Tense]] = []
    masked: set[int] = set()
    for i, (start, end, w) in enumerate(words):
        nxt = words[i + 1][2] if i + 1 < len(words) else ""
        if w in _MODALS and nxt in ("be", "have", "not") and i + 2 < len(words):
            # "will be held", "to be published", "will not be": the group ends on its participle
            last = i + 3 if nxt == "not" and i + 3 < len(words) else i + 2
            masked.update(range(i, last + 1))
            if w != "to" or nxt == "be":
                found.append((start, words[last][1], "future"))
            continue
        if w in ("will", "shall", "'ll") or (w == "to" and nxt in _FUTURE_AFTER_TO):
            masked.update((i, i + 1))
            found.append((start, words[min(i + 1, len(words) - 1)][1], "future"))
        elif _future_word(words, i):
            found.append((start, end, "future"))
    for i, (start, end, w) in enumerate(words):
        if i in masked:
            continue
        if (
            w in _PAST_WORDS
            or (len(w) > 4 and w.endswith("ed") and w not in _ED_NOT_VERB)
            or (w in ("has", "have") and i + 1 < len(words) and words[i + 1][2] in ("been", "already"))
        ):
            found.append((start, end, "past"))
    return tuple(found)


def marker_tense(clause: str, mention_start: int, mention_end: int) -> Tense:
    """Tense of the verb marker nearest to the mention within its clause."""
    return _nearest(_markers(clause), mention_start, mention_end, 0, len(clause))


def _nearest(
    markers: tuple[tuple[int, int, Tense], ...], mention_start: int, mention_end: int, left: int, right: int
) -> Tense:
    best: tuple[int, Tense] | None = None
    for start, end, tense in markers:
        if start < left or end > right or mention_start <= start < mention_end:
            continue  # outside the clause, or the expression's own words ("last" in "last year")
        after = end > mention_start
        distance = start - mention_end if after else mention_start - end
        # The verb a date phrase modifies usually stands before it ("began in May will continue"):
        # a marker after the phrase must be much nearer to win.  A future marker beats a past one
        # at the same distance.
        key = distance * 2 + (0 if tense == "future" else 1) + (_AFTER_PENALTY if after else 0)
        if best is None or key < best[0]:
            best = (key, tense)
    return best[1] if best else "unknown"


def quoted_present(clause: str) -> bool:
    return bool(re.search(r"\b(?:is|are|am)\b", clause)) and not any(t == "past" for *_, t in _markers(clause))


def forward_cue(sentence: str, mention_start: int) -> bool:
    """`until`, `ahead of`, `before` right before the date: the date lies after the clause's time."""
    return bool(_FORWARD_CUE.search(sentence[max(0, mention_start - 20) : mention_start]))


def sentence_tense(sentence: str, start: int, end: int) -> Tense:
    """Tense for a date expression at [start, end) of `sentence`: its clause first, then the sentence."""
    markers = _markers(sentence)
    left, right = clause_bounds(sentence, start, end)
    tense = _nearest(markers, start, end, left, right)
    if tense == "unknown":
        tense = _nearest(markers, start, end, 0, len(sentence))
    if tense == "unknown" and re.search(r"\b(?:is|are|am)\b", sentence) and not markers:
        tense = "present"
    return tense
