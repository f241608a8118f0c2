"""Sentences and clauses: every boundary the stages cut English text at, in one place.

Each stage needs a different grain, so each boundary is named for its use:

* `sentence_spans`: sentences that survive "Jan. 8", "U.N.", "Gen. Varro"; a line break always ends one,
  and none is longer than `MAX_SENTENCE` characters (a longer run is cut at its best break), so every
  per-sentence scan downstream (tense, clauses, passages) costs time linear in the document's length.
* `clause_bounds` (`TENSE_CLAUSE_BREAK`): the clause whose verb gives a date expression its tense.  Commas
  alone do not cut: "In May, the council said" keeps "said" with "May".
* `PASSAGE_BOUNDARY`: where one sentence dating two happenings is cut into two passages; any comma may cut,
  and a subordinating word ("after", "while") starts the second passage.
* `TITLE_CLAUSE_END`: where the tail of a title ("... meets Jones in Geneva") stops.
* `SCOPE_BREAK`, `STATEMENT_END`: how far the content of a speech or intent marker ("said", "aimed at")
  reaches, for event typing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A full stop, question or exclamation mark (closing quotes or brackets after it) before white space and a
# capital or digit, or a line break.  Written with one class first so that the regex engine skips to the
# next candidate character instead of trying the pattern at every character: the same matches as
# `[.!?][...]*\s+(?=...)|\n`.
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|(?<=\n))")
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Z]|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Maj|Sen|"
    r"Rep|Gov|St|No|Nos|Vol|Prof|Jr|Sr|Inc|Corp|Co|Ltd|vs|etc|approx|Adm|Brig|Cmdr|Pres|Amb|Fig|U\.S|U\.N|U\.K|"
    r"E\.U|a\.m|p\.m)\.)$"
)

_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")

# A colon between digits ("9:45 p.m.") is a clock time, not a break.  As written,
# `;|(?<!\d):|:(?!\d)|[—–]|,\s+(?:while|...)\b|\bwhile\b`; every branch here opens with a literal character
# (the look-behinds moved after it), so that the engine skips to the next candidate character instead of
# trying each branch at every character (ten times faster; tests/test_find_speed.py checks the two agree).
TENSE_CLAUSE_BREAK = re.compile(
    r";|:(?<!\d:)|:(?!\d)|—|–|,\s+(?:while|but|whereas|although|though|as|and|which|who|when)\b|w(?<!\w.)hile\b"
    # "... would stop recruiting and, in a ceremony in July, handed over": a conjunction before a comma opens a
    # clause whose fronted words (the date) belong to the verb after them.
    r"|,(?<=\band,|\bbut,)(?=\s)"
)
PASSAGE_BOUNDARY = re.compile(
    r"[,;:]\s+|\s+[—–-]\s+|\s+(?=(?:after|before|while|when|whereas|following|but|and then|weeks after|"
    r"days after|months after|years after|amid)\b)"
)
# A joining word left at the start of a passage once its sentence is cut.
PASSAGE_JOINER = re.compile(r"^(?:and|but|or|so|then|while|as)\s+", re.IGNORECASE)
# Characters `\s` matches (all below U+3001), and the letters other than its two cases a letter matches when case
# is ignored: what `literal_first` opens its branches with (tests/test_find_speed.py checks both lists).
SPACES = "".join(c for c in map(chr, range(0x3001)) if c.isspace())
CASE_EXTRAS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def literal_first(
    words: Sequence[str],
    punctuation: str = "",
    aside: str = "",
    *,
    ignore_case: bool = False,
    end: str = r"\b",
    any_space: bool = False,
) -> re.Pattern[str]:
    """`[punctuation]|\\s[aside]\\s|\\b(?:words)END` (the words as written, their case ignored with `ignore_case`;
    no branch for an empty `punctuation` or `aside`; `end`, a regex, what must follow a word: `\\b` unless told;
    with `any_space`, a space inside a word stands for any run of white space, `\\s+`, as in the data files'
    phrases), written so that every branch opens with one literal character: the engine then skips to the next of
    those characters instead of trying each branch at every character, as for `TENSE_CLAUSE_BREAK`.  The boundary
    before a word is checked after its first character (`(?<!\\w.)` after a word character); the words sharing a
    first character keep their order, so a match is the one the pattern as written finds."""
    branches = [re.escape(c) for c in punctuation]
    if aside:
        branches += [re.escape(space) + "[" + re.escape(aside) + r"]\s" for space in SPACES]
    by_first: dict[str, list[str]] = {}
    for word in filter(None, words):
        rest = re.escape(word[1:])
        by_first.setdefault(word[0], []).append(rest.replace(r"\ ", r"\s+") if any_space else rest)
    for first, rests in by_first.items():
        opening = {first.lower(), first.upper(), *CASE_EXTRAS.get(first.lower(), "")} if ignore_case else {first}
        rest = ("(?i:" if ignore_case else "(?:") + "|".join(rests) + ")"
        boundary = r"(?<!\w.)" if _WORD_CHARACTER.match(first) else r"(?<=\w.)"
        branches += [f"{re.escape(letter)}{boundary}{rest}{end}" for letter in sorted(opening)]
    return re.compile("|".join(branches) or "(?!)")


_WORD_CHARACTER = re.compile(r"\w")


# As written: `[,;:.!?()\"“”]|\s[—–-]\s|\b(?:after|before|when|while|as|since|because|although|following|until|
# which|who)\b`.
TITLE_CLAUSE_END = literal_first(
    ["after", "before", "when", "while", "as", "since", "because", "although", "following", "until", "which", "who"],
    ',;:.!?()"“”',
    "—–-",
)
# A joining word or sentence adverb that opens a line but says nothing of the event.
TITLE_JOINER = re.compile(r"^(?:and|but|or|so|then|meanwhile|however|also)\b[,\s]+", re.IGNORECASE)
# A clause ends at punctuation or before a subordinating word; a marker's scope stops there.
# As written: `[,;:.!?()\[\]—–]|\s-\s|\b(?:after|before|when|while|as|since|because|although|though|following|until|
# whereas|amid|which|who|where|but|yet)\b`, ignoring case.
SCOPE_BREAK = literal_first(
    ["after", "before", "when", "while", "as", "since", "because", "although", "though", "following", "until",
     "whereas", "amid", "which", "who", "where", "but", "yet"],
    ",;:.!?()[]—–", "-", ignore_case=True,
)  # fmt: skip
STATEMENT_END = re.compile(r"[.;!?](?:\s|$)")


# The longest "sentence" the stages see.  Real news sentences are well under 1,000 characters; a longer
# run (a table flattened to one line, a text with no full stops) is cut into pieces of at most this many
# characters at the best break: a semicolon, else a comma, else a space.
MAX_SENTENCE = 2000
_PIECE_BREAKS: tuple[str, ...] = (";", ",", " ")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence boundaries that survive "Jan. 8", "U.N.", "Gen. Varro"; every line break ends one.

    No span is longer than MAX_SENTENCE characters."""
    spans = _sentence_spans(text)
    if any(e - s > MAX_SENTENCE for s, e in spans):
        spans = [piece for s, e in spans for piece in bounded_pieces(text, s, e)]
    return spans


def bounded_pieces(text: str, start: int, end: int, limit: int = MAX_SENTENCE) -> list[tuple[int, int]]:
    """[start, end) cut into trimmed pieces of at most `limit` characters, each cut at the last
    semicolon, else comma, else space of the second half of its window (a hard cut if there is none)."""
    pieces: list[tuple[int, int]] = []
    while end - start > limit:
        low, high = start + limit // 2, start + limit
        cut = high
        for mark in _PIECE_BREAKS:
            at = text.rfind(mark, low, high)
            if at >= 0:
                cut = at + 1
                break
        piece = _trim(text, start, cut)
        if piece[1] > piece[0]:
            pieces.append(piece)
        start = cut
    piece = _trim(text, start, end)
    if piece[1] > piece[0]:
        pieces.append(piece)
    return pieces


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        at, after = m.span()
        mark = text[at]
        end = at + 1  # the sentence keeps its full stop
        # Every abbreviation ends in an ASCII letter and a full stop: only then is the regex asked.  A line break
        # after it still ends the sentence ("... shortly after 9 p.m.\n\nThe Prime Minister ...").
        if (
            mark == "."
            and text[at - 1 : at] in _ASCII_LETTERS
            and _ABBREVIATION.search(text[max(0, end - 8) : end])
            and "\n" not in text[end:after]
        ):
            continue
        if end > start:
            spans.append((start, at if mark == "\n" else end))
        start = after
    if start < len(text):
        spans.append((start, len(text)))
    return [(s, e) for s, e in (_trim(text, s, e) for s, e in spans) if e > s]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    # A list bullet is layout, not part of the sentence.
    while start < end and (text[start].isspace() or text[start] in "•·▪*|"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def line_start(text: str, position: int, reach: int) -> int:
    """Where the line holding `position` starts, or `position - reach` when it starts further back.

    At most `reach` characters are read: a check run for each date of a document of one long line would
    otherwise read the line back to its start every time, and cost the line's length squared."""
    low = max(0, position - reach)
    return max(text.rfind("\n", low, position) + 1, low)


def line_end(text: str, position: int, reach: int) -> int:
    """Where the line holding `position` ends (its newline, or the text's end), or `position + reach` when it
    ends further on; at most `reach` characters are read, as for `line_start`."""
    high = min(len(text), position + reach)
    end = text.find("\n", position, high)
    return high if end < 0 else end


def clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause of `sentence` around [start, end): cut at ;, dashes and clause-joining words."""
    left = 0
    for m in TENSE_CLAUSE_BREAK.finditer(sentence, 0, start):
        left = m.end()
    right_match = TENSE_CLAUSE_BREAK.search(sentence, end)
    right = right_match.start() if right_match else len(sentence)
    return left, right
