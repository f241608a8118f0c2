"""The shortcuts that make finding dates and reading headers cheap give what the plain way gives.

Each test compares a fast path with the slow, obviously right one (kept here only): trying every pattern
of a family at every anchor, scanning every character with the regex as first written, trying a wire
regex at every line of the text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from timeline.reading import datelines
from timeline.temporal import patterns
from timeline.temporal.casing import capitalised, capitalised_and_anchors
from timeline.temporal.rules import builtin_rules
from timeline.temporal.widths import prefix_width
from timeline.text import segment

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PIECES = [
    "TRIPOLI, March 3 (Reuters) - ", "(AFP / Libya Observer - 21st March, 2019)",
    "Tripoli, 3 March (Libya Observer) - ",
    "NAIROBI, Kenya, Aug 9 (Xinhua) -- ", "LIMA, Oct. 2 — ", "Published 13 January 2020", "Updated: Jan 13, 2020",
    "\n", "\n\n", "  ", "\t", ". ", "? ", "! ", "2020", "1999", "2019-05-06", "5/6/2019", "x²3", "é2019", "on May 5",
    "in the week", "Monday", "Jan. 8 talks", "U.S. officials", "Gen. Haftar", "Sept. 4", "in 2011", "three days later",
    "next tuesday", "halloween", "for 10 years", "the end of the month", "last year's", "(", ")", "”", "’s", "word ",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def _slow_find(text: str, rules: patterns.TemporalRules) -> list[patterns.Match]:
    """`find` trying every pattern of the anchor's family, each with its own prefix test."""
    candidates = []
    seen = set()
    for start, family in patterns.anchors(text, rules.automaton):
        if (start, family) in seen or (family == "digit" and not patterns._date_like_number(text, start)):
            continue
        seen.add((start, family))
        previous = patterns._previous_word(text, start)
        for order, pattern in rules.by_family.get(family, ()):
            has_prefix = pattern.before is None or previous in pattern.before
            if pattern.prefix_required and not has_prefix:
                continue
            core = pattern.core.match(text, start)
            match = core and patterns._accept(pattern, core, text, start, has_prefix, rules)
            if match:
                candidates.append((-(match.end - match.start), order, match.start, match))
    candidates.sort(key=lambda c: c[:3])
    chosen: list[patterns.Match] = []
    for *_, match in candidates:
        if not any(m.start < match.end and match.start < m.end for m in chosen):
            chosen.append(match)
    return sorted(chosen, key=lambda m: m.start)


CASE_PIECES = [
    "may", "May", "MAY", "march 3", "Sat", "sat", "sun", "Thurs.", "thursdays", "tuesday", "Tuesday", "TUESDAY",
    "next tuesday", "halloween", "good friday", "new year's", "New", "week", "weeks", "year-long", "Christmas",
    "İ", "ß", "Σ", "\u212a", "ı", "-", "’", "'", "\n", " ", ",", "9", "2020", "the first of march", "spring",
]  # fmt: skip
case_texts = st.lists(st.sampled_from(CASE_PIECES + PIECES), max_size=30).map("".join)


@given(case_texts)
@example("next tuesday and the 3 march 2015 talks, İ may")
@example("Thurs. the week-long TUESDAY sat-in")
def test_the_anchor_words_found_in_the_casing_pass_are_those_the_anchor_automaton_finds(text):
    rules = builtin_rules()
    cased, words = capitalised_and_anchors(text, rules.lower_case)
    assert cased == capitalised(text, rules.lower_case)
    # Also where lowering lengthens a letter ("İ"): the casing pass lowers letter for letter.
    assert words is not None
    assert patterns.anchors(cased, rules.automaton, words) == patterns.anchors(cased, rules.automaton)


def test_the_family_index_finds_what_trying_every_pattern_finds_in_the_seeds():
    rules = builtin_rules()
    for path in sorted(SEEDS.glob("*.txt")):
        text = capitalised(path.read_text(encoding="utf-8"), rules.lower_case)
        assert patterns.find(text, rules) == _slow_find(text, rules)


@given(texts)
@example("He left for 10 years in May 2019, then on Monday the 3rd.")
def test_the_family_index_finds_what_trying_every_pattern_finds(text):
    rules = builtin_rules()
    assert patterns.find(text, rules) == _slow_find(text, rules)


@given(st.text(alphabet="0123456789²٣a ./-", max_size=30))
def test_digit_runs_start_where_no_digit_comes_before(text):
    expected = [i for i, c in enumerate(text) if c in "0123456789" and not (i and text[i - 1].isdigit())]
    assert list(patterns._digit_starts(text)) == expected


SENTENCE_END_AS_WRITTEN = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n")


@given(st.text(alphabet=".!?\n \t\"'”’)]([“‘aZ9", max_size=40))
@example('He said. "Then.\n\nA')
def test_the_sentence_end_regex_matches_as_written(text):
    found = [(m.span(), m[0]) for m in segment._SENTENCE_END.finditer(text)]
    assert found == [(m.span(), m[0]) for m in SENTENCE_END_AS_WRITTEN.finditer(text)]


TENSE_CLAUSE_BREAK_AS_WRITTEN = re.compile(
    r";|(?<!\d):|:(?!\d)|[—–]|,\s+(?:while|but|whereas|although|though|as|and|which|who|when)\b|\bwhile\b"
    r"|(?<=\band|\bbut),(?=\s)"
)


@given(st.text(alphabet="whileandbut,; :1—–_ẞ\n", max_size=40), st.integers(0, 40), st.integers(0, 40))
@example("awhile while, while 9:45: x", 0, 40)
@example("band, and, but,\tand,x", 0, 40)
@example("while", 0, 5)
def test_the_clause_break_regex_matches_as_written(text, pos, endpos):
    found = [m.span() for m in segment.TENSE_CLAUSE_BREAK.finditer(text, pos, endpos)]
    assert found == [m.span() for m in TENSE_CLAUSE_BREAK_AS_WRITTEN.finditer(text, pos, endpos)]


@given(texts)
@example("KABUL, March 3 (Reuters) - x\n  (AFP - 21 March 2019) y\nTripoli, Libya, 3 March (LO) - z")
def test_wire_regexes_tried_at_line_openings_find_what_a_scan_finds(text):
    for regex, opening in datelines._WIRE_OPENINGS:
        at_openings = [m.span() for m in (regex.match(text, s) for s in datelines._line_starts(text, opening)) if m]
        assert at_openings == [m.span() for m in regex.finditer(text)]


@given(texts)
def test_header_lines_with_a_year_are_the_lines_a_full_date_can_stand_in(text):
    """Every line `dateline_date` dates holds the year digits the header looks for first."""
    for line in text.split("\n"):
        if datelines.dateline_date(line) is not None:
            assert datelines._YEAR_DIGITS.search(line)


@given(st.text(alphabet="12890٣ \n", max_size=30))
def test_year_digits_found_by_str_find_are_where_the_regex_matches(text):
    found = datelines.year_digit_starts(text)
    assert all(datelines._YEAR_DIGITS.match(text, i) for i in found)
    assert {m.start() for m in datelines._YEAR_DIGITS.finditer(text)} <= set(found)


def test_prefix_widths_of_small_regexes():
    assert prefix_width(r"\s+") == (0, 1)
    assert prefix_width(r"\b(?P<x>ab|abcd)\s+(?:of\s+)?") == (6, 2)
    assert prefix_width(r"\d{1,3}[\s-]*(?<=\d\s)") == (3, 1)
    assert prefix_width(r"(?:for\s+)+") is None
    assert prefix_width(r"\d+\s") is None
    assert prefix_width(r"(?P<a>x)(?P=a)") is None


def _searches(text: str, starts: list[int]) -> None:
    rules = builtin_rules()
    for pattern in rules.patterns:
        if pattern.prefix is None:
            continue
        for start in starts:
            full = pattern.prefix.search(text, max(0, start - patterns._PREFIX_WINDOW), start)
            near = pattern.prefix.search(text, patterns._window_start(pattern.prefix_width, text, start), start)
            assert (full and (full.span(), full.groupdict())) == (near and (near.span(), near.groupdict()))


def test_a_prefix_searched_in_its_narrow_window_is_the_one_found_in_the_whole_window_in_the_seeds():
    rules = builtin_rules()
    for path in sorted(SEEDS.glob("*.txt")):
        text = capitalised(path.read_text(encoding="utf-8"), rules.lower_case)
        _searches(text, [start for start, _family in patterns.anchors(text, rules.automaton)])


@given(texts)
@example("in   \n\n  early  May, for - - the 8th  of\tJune")
def test_a_prefix_searched_in_its_narrow_window_is_the_one_found_in_the_whole_window(text):
    _searches(text, list(range(0, len(text) + 1, 3)))


TITLE_CLAUSE_END_AS_WRITTEN = re.compile(
    r"[,;:.!?()\"“”]|\s[—–-]\s|\b(?:after|before|when|while|as|since|because|although|following|until|which|who)\b"
)
SCOPE_BREAK_AS_WRITTEN = re.compile(
    r"[,;:.!?()\[\]—–]|\s-\s|\b(?:after|before|when|while|as|since|because|although|though|following|until|"
    r"whereas|amid|which|who|where|but|yet)\b",
    re.IGNORECASE,
)
BREAK_PIECES = [
    "after", "AFTER", "After", "ſince", "since", "as", "As", "whereas", "where", "who", "which", "whoever", "yet",
    "though", "although", "_", "x", "9", "é", "-", " - ", "\u00a0-\n", " — ", "–", ",", ".", "(", "“", "”", '"', " ",
    "\n", "[", "]", "K", "until", "amid", "but", "BUT", "following",
]  # fmt: skip
break_texts = st.lists(st.sampled_from(BREAK_PIECES), max_size=20).map("".join)


@given(break_texts, st.integers(0, 60), st.integers(0, 60))
@example("xafter after, ſince _who whoever\u00a0-\nyet", 0, 60)
@example("as", 1, 2)
def test_the_title_and_scope_break_regexes_match_as_written(text, pos, endpos):
    for fast, written in ((segment.TITLE_CLAUSE_END, TITLE_CLAUSE_END_AS_WRITTEN),
                          (segment.SCOPE_BREAK, SCOPE_BREAK_AS_WRITTEN)):  # fmt: skip
        assert [m.span() for m in fast.finditer(text, pos, endpos)] == [
            m.span() for m in written.finditer(text, pos, endpos)
        ]
        found = fast.search(text, pos, endpos)
        expected = written.search(text, pos, endpos)
        assert (found and found.span()) == (expected and expected.span())


def test_the_literal_openings_cover_every_space_and_every_letter_a_letter_matches_ignoring_case():
    every = "".join(map(chr, range(0x110000))).encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    assert "".join(re.findall(r"\s", every)) == segment.SPACES
    others = [c for c in re.findall("[a-z]", every, re.IGNORECASE) if not c.isascii()]
    found = {a: "".join(c for c in others if re.fullmatch(a, c, re.IGNORECASE)) for a in "abcdefghijklmnopqrstuvwxyz"}
    assert {a: extra for a, extra in found.items() if extra} == segment.CASE_EXTRAS


SPEECH_PIECES = ["said", "Said", "SAID", "says", "said to", "'s", "-x", "s", "a", "_", "9", " ", ",", "é", "\n", "ſ"]


@given(st.lists(st.sampled_from(SPEECH_PIECES), max_size=20).map("".join), st.booleans())
@example("he said to me it's -x a-x 's s said, Said SAID ſaid", True)
def test_words_opening_with_a_literal_match_as_written(text, ignore_case):
    """Words sharing a first letter ("said", "said to", "s"), and words opening with a non-word character."""
    words = ["said", "said to", "'s", "-x", "s"]
    written = re.compile(r"\b(?:said|said\ to|'s|\-x|s)\b", re.IGNORECASE if ignore_case else 0)
    fast = segment.literal_first(words, ignore_case=ignore_case)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in written.finditer(text)]


def test_the_speech_pattern_matches_as_written_in_the_seeds():
    from timeline.understanding.actors import SPEECH_VERBS
    from timeline.understanding.rulefiles import read_rule_file
    from timeline.understanding.titles import builtin_title_rules

    words = read_rule_file(SPEECH_VERBS).words()
    written = re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b")
    fast = builtin_title_rules().speech_pattern
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    assert sum(len(written.findall(t)) for t in texts) > 10
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in written.finditer(text)]


PARTY_PIECES = [
    "signed", "Signed", "SIGNED", "ſigned", "sign", "drawn up", "drawn\n  up", "agreed", "agree", "brokered",
    "the meeting", "Summit", "talks", " by ", " By ", "by the", ", by", "in Velm, the capital,", ".", ";", "“", "-",
    "co-", "_", "9", " ", "\n", "é", "deal", "hosted", "mediated",
]  # fmt: skip


@given(st.lists(st.sampled_from(PARTY_PIECES), max_size=24).map("".join), st.integers(0, 40), st.integers(0, 40))
@example("The accord was drawn\n up in Velm, the capital, by the two envoys; ſigned By them", 0, 0)
@example("A co-signed deal, agreed-upon, hosted_by 9signed by X", 3, 2)
def test_party_anaphor_alternations_open_on_literals_and_match_as_written(text, pos, cut):
    """`event_words`, `made_by`, `agreed` and `gathering` of the party anaphors are built by `literal_first` (each
    branch opens on a literal letter, phrases' spaces any run of white space): the same matches as the alternations
    as first written (`\\b(?:...)` with `\\s+` for a phrase's space), from any position and up to any end."""
    from timeline.understanding import party_anaphora as pa
    from timeline.understanding.rulefiles import read_rule_file

    rows = read_rule_file(pa.PARTY_ANAPHORS, columns=2).rows

    def written(kind: str) -> str:
        phrases = sorted((p for p, k in rows if k == kind), key=len, reverse=True)
        return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)

    nouns = "|".join(dict.fromkeys(re.escape(p.split()[-1]) for p, k in rows if k == "event"))
    words, by_words = written("event_words"), f"{written('event_words')}|{written('made_by')}"
    anaphors = pa.load_party_anaphors()
    as_written = {
        "event_words": re.compile(rf"(?i)\b(?:{words}|{nouns})"),
        "made_by": re.compile(rf"(?i)\b(?:{by_words})\b[^.;:!?\"“”]{{0,{pa._BY_GAP}}}?[\s,]by\s+"),
        "agreed": re.compile(rf"\b(?:{words})\b"),
        "gathering": re.compile(rf"(?i)\b(?:{written('gathering')})\b"),
    }
    pos, endpos = min(pos, len(text)), max(min(pos, len(text)), len(text) - cut)
    for name, old in as_written.items():
        new = getattr(anaphors, name)
        assert new.pattern[:1].isalpha()  # led by a literal letter
        spans = [m.span() for m in new.finditer(text, pos, endpos)]
        assert spans == [m.span() for m in old.finditer(text, pos, endpos)]
        found, expected = new.search(text, pos, endpos), old.search(text, pos, endpos)
        assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize(
    ("words", "text", "spans"),
    [
        (["drawn up", "drew"], "plans drawn \n up and drew", [(6, 16), (21, 25)]),
        (["drawn up"], "withdrawn up", []),
        (["cease fire"], "a CEASE   FIRE held", [(2, 14)]),
    ],
)
def test_literal_first_reads_a_phrase_space_as_any_run_of_white_space(words, text, spans):
    pattern = segment.literal_first(words, ignore_case=True, any_space=True)
    assert [m.span() for m in pattern.finditer(text)] == spans
    assert segment.literal_first(words, ignore_case=True).search("plans drawn \n up") is None


PRONOUN_PIECES = ["he", "He", "HE", "she", "ſhe", "they", "it", "its", "It", "İt", "ıts", "the", "them", "t", "’", "'",
                  "-", "_", "x", " ", ",", "\n", "é", "said", "9"]  # fmt: skip


@given(st.lists(st.sampled_from(PRONOUN_PIECES), max_size=24).map("".join), st.integers(0, 90))
@example("The envoy said ſhe would go; its-aim, they’re it's İts", 80)
def test_the_subject_pronoun_pattern_opens_on_literals_and_matches_as_written(text, reach):
    """The subject pronouns' pattern opens each branch on a literal letter: the same match and group 1 as the
    pattern as first written, `(?i)(?<![\\w’'-])(he|she|...)(?![\\w’'-])`, in a passage's first characters."""
    from timeline.understanding.carried_subjects import load_subject_pronouns

    pronouns = load_subject_pronouns()
    written = re.compile(rf"(?i)(?<![\w’'-])({'|'.join(map(re.escape, pronouns.uses))})(?![\w’'-])")
    assert pronouns.pattern is not None and pronouns.pattern.pattern[1:2].isalpha()  # "(" and a letter
    found, expected = pronouns.pattern.search(text, 0, reach), written.search(text, 0, reach)
    assert (found and (found.span(), found[1])) == (expected and (expected.span(), expected[1]))
    assert [m.span() for m in pronouns.pattern.finditer(text)] == [m.span() for m in written.finditer(text)]
