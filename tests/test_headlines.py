"""Headlines and roles (issue 10): the rule files' examples, a table written by hand before the builder,
and properties every event of the seeds, the invented conflict and the ceasefire dev set must have."""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path

import pandas as pd
import pytest

from timeline.understanding import roles, titles
from timeline.understanding.actors import find_actors
from timeline.understanding.headlines import HEADLINE_MAX, make_headline, title_and_headline
from timeline.understanding.rulefiles import Example, read_rule_file
from timeline.understanding.titles import TitleRules, builtin_title_rules, load_title_rules

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = ROOT / "tests" / "data" / "headlines" / "expected.csv"
# (file constant in `titles`, columns): the headline rule files whose examples are passages => headline
_HEADLINE_FILES = (
    ("HEADLINE_PARTICIPLES", 2),
    ("HEADLINE_FUTURE", 1),
    ("HEADLINE_ADVERBS", 1),
    ("HEADLINE_CLAUSE_BREAKS", 2),
    ("HEADLINE_CUT_WORDS", 1),
    ("HEADLINE_PRONOUNS", 2),
)


def headlined(example: Example, rules: TitleRules | None = None) -> str:
    """The headline of an example's passage, its date expression written [[like this]]."""
    marked = example.text
    span = (marked.index("[["), marked.index("]]") - 2) if "[[" in marked else None
    return title_and_headline(marked.replace("[[", "").replace("]]", ""), None, 0, span, rules=rules)[1]


def _examples(constant: str, columns: int) -> tuple[Example, ...]:
    return read_rule_file(getattr(titles, constant), columns=columns).examples


@pytest.mark.parametrize(
    "example",
    [pytest.param(e, id=e.source.rsplit("/", 1)[-1]) for c, n in _HEADLINE_FILES for e in _examples(c, n)],
)
def test_headline_rule_file_example(example: Example) -> None:
    assert headlined(example) == example.expected, example.source


@pytest.mark.parametrize(("constant", "columns"), _HEADLINE_FILES)
def test_headline_examples_need_their_file(tmp_path, monkeypatch, constant: str, columns: int) -> None:
    """Emptied, a rule file no longer gives what its examples say: they test the rule."""
    examples = _examples(constant, columns)
    assert examples
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n", encoding="utf-8")
    monkeypatch.setattr(titles, constant, empty)
    without = load_title_rules()
    assert any(headlined(e, without) != e.expected for e in examples)


def _roles(example: Example) -> str:
    passage = example.text
    rules = builtin_title_rules()
    mentions = find_actors(passage)
    verb = next(m.end() for m in re.finditer(r"\b\w+ed\b", passage) if m.group() not in ("recognized", "brokered"))
    found = roles.actor_roles(passage, mentions, 0, verb - 1, rules.speech_pattern, rules.speech_verbs)
    return f"{found.actor1 or '-'} | {found.actor2 or '-'}"


@pytest.mark.parametrize("example", read_rule_file(roles.ROLE_MODIFIERS).examples)
def test_role_modifier_example(example: Example) -> None:
    assert _roles(example) == example.expected, example.source


def test_role_modifier_examples_need_their_file(tmp_path, monkeypatch) -> None:
    examples = read_rule_file(roles.ROLE_MODIFIERS).examples
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n", encoding="utf-8")
    monkeypatch.setattr(roles, "ROLE_MODIFIERS", empty)
    roles._modifier_patterns.cache_clear()
    try:
        assert any(_roles(e) != e.expected for e in examples)
    finally:
        roles._modifier_patterns.cache_clear()


@pytest.mark.parametrize(
    ("passage", "pivot", "expected"),
    [
        # a person after the state of their title acts, the state is associated
        ("Russian Foreign Minister Sergey Lavrov met his Libyan counterpart, Mohamed Siala.", "met",
         ("Sergey Lavrov", "Mohamed Taha Siala")),
        # an apposition after the subject is not the other party
        ("Turkey, Azerbaijan's closest ally, welcomed the agreement.", "welcomed", ("Turkey", "")),
        # only the verb's clause: nothing beyond a semicolon
        ("Ankara started sending troops; a move that Russia rejected.", "sending", ("Turkey", "")),
        # the speaker of a statement about itself acts
        ("Russia said in February it is prepared to work with Libya.", "prepared", ("Russia", "Libya")),
    ],
)  # fmt: skip
def test_roles_of_titles_appositions_clauses_and_speakers(passage: str, pivot: str, expected: tuple) -> None:
    rules = builtin_title_rules()
    found = roles.actor_roles(
        passage, find_actors(passage), 0, passage.index(pivot), rules.speech_pattern, rules.speech_verbs
    )
    assert (found.actor1, found.actor2) == expected


@pytest.mark.parametrize(
    ("title", "date_text", "expected"),
    [
        # a pronoun nobody can be named for: the passive
        ("In October they signed a truce", "October", "Truce signed"),
        # a relative clause holding the date is read with what it refers to
        ("The alliance includes the Northern Army (NA), which seized Dravo on 5 May", "5 May", "NA seizes Dravo"),
        # future, perfect, passive
        ("The exchange is due to take place on 9 April", "9 April", "Exchange to take place"),
        ("The KLF had rejected an earlier offer in January", "January", "KLF rejects an earlier offer"),
        ("The commission was established in February", "February", "Commission established"),
        # agreement: "between A and B" is one subject; "A and B" two
        ("Fighting between the army and the rebels broke out on Friday", "Friday",
         "Fighting between the army and the rebels breaks out"),
        ("The army and the rebels signed a truce on Friday", "Friday", "Army and the rebels sign a truce"),
        # a date that qualifies a noun leaves its preposition; one that ends the line after "of" stays
        ("Leaders were selected to lead the country until December elections", "December",
         "Leaders selected to lead the country until elections"),
        ("At the start of Ramadan", "Ramadan", "At the start of Ramadan"),
        # a long line is cut before a participle phrase, never inside a "that" clause or "up to N"
        ("The rival camps in the northern provinces asked on Monday for a council resolution documenting "
         "their progress on security", "Monday", "Rival camps in the northern provinces ask for a council resolution"),
        ("Envoy Jane Doe warned the council on Friday that the spread of fighting, fuelled by foreign weapons, "
         "was at risk of turning the conflict into a war of power", "Friday", "Envoy Jane Doe warns the council"),
        ("The regional council approved on Friday the creation of a ceasefire monitoring unit of up to 90 members "
         "within the regional mission in the north", "Friday",
         "Regional council approves creation of ceasefire monitoring unit"),
        # a passive relative clause in the subject goes
        ("The resolution that was adopted in Geneva on Friday calls for a monitoring unit", "Friday",
         "Resolution calls for a monitoring unit"),
        # what a speaker says of itself is its own line; a plural speaker says "say"
        ("The Northern Council said on Monday it would convene a second round of talks", "Monday",
         "Northern Council to convene a second round of talks"),
        ("Residents said on Monday they heard explosions near the port", "Monday",
         "Residents say they heard explosions near the port"),
        # a participle phrase before the subject goes
        ("Speaking to reporters on Monday, the Northern Council said the truce was holding", "Monday",
         "Northern Council: truce was holding"),
        # the "that" clause after a noun holding the date is the event
        ("Following the announcement that elections will take place on 4 May, there have been calls for calm "
         "across the region", "4 May", "Elections to take place"),
        # a subject's place or company goes before the line is cut with "…"
        ("Military delegations from the two warring camps agreed on Sunday to set up a sub-committee to oversee "
         "the exchange of prisoners", "Sunday", "Military delegations agree to set up a sub-committee"),
        # an age between commas is not a participle's comma
        ("Arvo Lindqvar, 49, submitted his papers on Monday", "Monday", "Arvo Lindqvar, 49, submits his papers"),
    ],
)  # fmt: skip
def test_headline_rules(title: str, date_text: str, expected: str) -> None:
    assert make_headline(title, date_text) == expected


# --- every event of three article sets ----------------------------------------------------------------


@functools.cache
def _frames() -> dict[str, pd.DataFrame]:
    from timeline.config import load_config
    from timeline.pipeline import extract

    invented = ROOT / "tests" / "data" / "invented"
    config = load_config(actors=[invented / "actors.csv"], types=[invented / "types.csv"])
    return {
        "seeds": extract([ROOT / "seeds"]).frame.fillna(""),
        "invented": extract([invented / "docs"], config).frame.fillna(""),
        "ceasefires_dev": extract([ROOT / "tests" / "data" / "ceasefires_dev" / "docs"]).frame.fillna(""),
    }


def _events() -> list[dict[str, str]]:
    return [{**row, "set": name} for name, frame in _frames().items() for row in frame.to_dict("records")]


def test_hand_written_headlines_and_roles() -> None:
    """tests/data/headlines/expected.csv was written by hand from the passages before the builder
    existed: the share it matches exactly is the measure (before this builder: 5 of 47 headlines,
    33 of 47 role pairs; with it 34 and 45)."""
    by_key: dict[tuple[str, str, str], list[dict[str, str]]] = {}
    for event in _events():
        by_key.setdefault((event["set"], event["doc"][:14], event["date_text"]), []).append(event)
    with open(EXPECTED, encoding="utf-8", newline="") as handle:
        expected = list(csv.DictReader(handle))
    headlines = pairs = 0
    missed = []
    for row in expected:
        events = by_key[(row["set"], row["doc"][:14], row["date_text"])]
        hit = any(e["headline"] == row["headline"] for e in events)
        pair = any((e["actor1"], e["actor2"]) == (row["actor1"], row["actor2"]) for e in events)
        headlines, pairs = headlines + hit, pairs + pair
        if not hit:
            missed.append(f"{row['doc']} {row['date_text']}: {row['headline']!r} got {[e['headline'] for e in events]}")
    assert headlines / len(expected) >= 0.7, "\n".join(missed)
    assert pairs / len(expected) >= 0.9


def test_every_headline_is_short_and_no_caption_or_quotation() -> None:
    markers = builtin_title_rules().caption_markers
    for event in _events():
        headline = event["headline"]
        assert 0 < len(headline) <= HEADLINE_MAX, event
        assert not headline.startswith(("“", '"', "‘")), event  # the statement is in the body
        if not headline.startswith(titles.CAPTION_PREFIX):
            assert not any(marker in headline.lower() for marker in markers), event


def test_few_headlines_are_cut_with_an_ellipsis() -> None:
    """A complete phrase is preferred to "…" (before this builder: 41 of 70 events; with it 9)."""
    cut = [e["headline"] for e in _events() if e["headline"].endswith("…")]
    assert len(cut) <= 10, cut


def test_a_plural_subject_takes_a_plural_verb() -> None:
    """ "A and B <verb>" is never "A and B <verb>s" (the verb forms come from headline_verbs.txt)."""
    rules = builtin_title_rules()
    bases = set(rules.headline_verbs.values())
    third = {f"{b}s" if not b.endswith(("s", "sh", "ch", "x", "o")) else f"{b}es": b for b in bases}
    checked = 0
    for event in _events():
        words = event["headline"].split(": ", 1)[-1].split()
        verb = next((i for i, w in enumerate(words) if w in third or w in bases), None)
        if verb is None or "and" not in words[:verb] or "between" in words[:verb]:
            continue
        checked += 1
        assert words[verb] in bases, event["headline"]
    assert checked >= 10


@pytest.mark.parametrize(
    ("passage", "carried", "expected"),
    [
        ("He will brief the council on Friday.", (("Arvo Lindqvar", "person"),), "Lindqvar to brief the council"),
        ("She said on Friday that talks would resume in Port Amsel.", (("Tessa Movren", "person"),),
         "Movren: talks to resume in Port Amsel"),
        # a pronoun of another kind, or two actors it may stand for: the pronoun stays
        ("He will brief the council on Friday.", (("Valdoria", "state"),), "He to brief the council"),
        ("He will brief the council on Friday.", (("Arvo Lindqvar", "person"), ("Sela Drovic", "person")),
         "He to brief the council"),
    ],
)  # fmt: skip
def test_a_pronoun_headline_names_the_carried_subject(passage: str, carried: tuple, expected: str) -> None:
    span = (passage.index("Friday"), passage.index("Friday") + len("Friday"))
    assert title_and_headline(passage, None, 0, span, carried=carried)[1] == expected
