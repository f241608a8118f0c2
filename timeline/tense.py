"""Which way a date expression points: past, future or present, read from its clause.

"elections in December" is the coming December in "will hold elections in
December" and the last one in "held elections in December".  Each rule is a
small named function so that it can be tested and reasoned about alone.
"""

from __future__ import annotations

import re
from typing import Literal

Tense = Literal["past", "future", "present", "unknown"]

_FUTURE = re.compile(
    # Longest alternatives first: "will be held" must win over "will" so that "held" is masked.
    r"\b(?:(?:to|will|shall|would|could|may|might|must|should)\s+(?:not\s+)?(?:be|have)\s+[a-z]+|"
    r"(?:will|shall|'ll)\s+(?:not\s+)?[a-z]+|will|shall|won't|wo n't|'ll|is going to|are going to|is to|are to|is due|are due|due to|"
    r"scheduled|slated|set to|expected to|plans? to|planned|planning|intends? to|upcoming|forthcoming|"
    r"to be held|to take place|to begin|to start|is set|are set|will be|would be held|would take place|"
    r"to hold|to resume|to meet|ahead of|to run|to last|to continue|to remain|to expire|to end)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|has been|have been|had been|said|told|announced|met|signed|agreed|held|took|"
    r"came|began|went|made|gave|saw|led|left|fell|won|lost|sent|spoke|broke|fought|brought|built|became|"
    r"ago|earlier|last|previously|former|formerly|[a-z]{2,}ed)\b",
    re.IGNORECASE,
)
# Words ending in -ed that are rarely past-tense verbs in news prose.
_ED_NOT_VERB = frozenset(
    {"need", "speed", "indeed", "seed", "feed", "bed", "red", "united", "based", "backed", "armed", "proposed",
     "expected", "scheduled", "planned", "unprecedented", "detailed", "limited", "alleged", "advanced",
     "supposed", "concerned", "interested", "related", "self-styled", "embed", "hundred", "bred", "shed",
     "sacred", "kindred", "wed", "biased", "recognized", "recognised", "led", "so-called", "called", "named",
     "involved", "continued", "renewed", "increased", "reduced", "revised", "required", "informed", "varied",
     "sustained", "unexpected", "marked", "fixed", "desired"}
)  # fmt: skip
_CLAUSE_BREAK = re.compile(r"[;:—–]|,\s+(?:while|but|whereas|although|though|as|and|which|who|when)\b|\bwhile\b")
# Prepositions that put the date after the clause's own time ("until December elections").
_FORWARD_CUE = re.compile(r"\b(?:until|till|ahead of|before|by|pending|toward|towards)\s+(?:the\s+)?$", re.I)


def clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause of `sentence` around [start, end): cut at ;, dashes and clause-joining words."""
    left = 0
    for m in _CLAUSE_BREAK.finditer(sentence, 0, start):
        left = m.end()
    right_match = _CLAUSE_BREAK.search(sentence, end)
    right = right_match.start() if right_match else len(sentence)
    return left, right


def marker_tense(clause: str, mention_start: int, mention_end: int) -> Tense:
    """Tense of the verb marker nearest to the mention within its clause."""
    best: tuple[int, Tense] | None = None
    future_spans = [m.span() for m in _FUTURE.finditer(clause)]
    for pattern, tense in ((_FUTURE, "future"), (_PAST, "past")):
        for m in pattern.finditer(clause):
            if mention_start <= m.start() < mention_end:
                continue  # the expression's own words ("last" in "last year") say nothing of the verb
            word = m.group(0).lower()
            if tense == "past" and (word in _ED_NOT_VERB or any(a <= m.start() < b for a, b in future_spans)):
                continue  # "to be published" is not a past tense
            distance = mention_start - m.end() if m.end() <= mention_start else m.start() - mention_end
            # A future marker beats a past one at the same distance ("was expected to ... in May").
            key = (distance * 2 + (0 if tense == "future" else 1), tense)
            if best is None or key[0] < best[0]:
                best = key
    return best[1] if best else "unknown"


def quoted_present(clause: str) -> bool:
    return bool(re.search(r"\b(?:is|are|am)\b", clause)) and not _PAST.search(clause)


def forward_cue(sentence: str, mention_start: int) -> bool:
    """`until`, `ahead of`, `before` right before the date: the date lies after the clause's time."""
    return bool(_FORWARD_CUE.search(sentence[max(0, mention_start - 20) : mention_start]))


def sentence_tense(sentence: str, start: int, end: int) -> Tense:
    """Tense for a date expression at [start, end) of `sentence`: its clause first, then the sentence."""
    left, right = clause_bounds(sentence, start, end)
    tense = marker_tense(sentence[left:right], start - left, end - left)
    if tense != "unknown":
        return tense
    tense = marker_tense(sentence, start, end)
    if tense != "unknown":
        return tense
    if quoted_present(sentence):
        return "present"
    return "unknown"
