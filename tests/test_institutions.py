"""A state's institutions named bare by their capitalised name ("The Senate approved", "Parliament passed",
"until Congress cut military aid"): the examples of data/en/bare_institutions.txt, and made-up articles through
the whole pipeline."""

from __future__ import annotations

import pytest

from timeline.pipeline import extract_texts
from timeline.understanding import institutions
from timeline.understanding.actors import builtin_gazetteer, find_actors
from timeline.understanding.bodies import with_registered_bodies
from timeline.understanding.rulefiles import Example, read_rule_file

EXAMPLES = read_rule_file(institutions.BARE_INSTITUTIONS, columns=2).examples


def _named(text: str, rules: institutions.InstitutionRules | None = None) -> str:
    """Every actor the text names, bare institutions included ("-": none)."""
    gaz = builtin_gazetteer()
    found = institutions.with_bare_institutions(
        text, with_registered_bodies(text, find_actors(text, gaz), gaz), gaz, rules
    )
    return "; ".join(dict.fromkeys(m.canonical for m in found)) or "-"


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.source.rsplit("/", 1)[-1] for e in EXAMPLES])
def test_bare_institutions_example(example: Example) -> None:
    assert _named(example.text) == example.expected, example.source


def test_the_examples_need_the_file(tmp_path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n", encoding="utf-8")
    rules = institutions.load_institution_rules(empty)
    assert any(_named(e.text, rules) != e.expected for e in EXAMPLES)


def _actors_on(text: str, day: str) -> set[str]:
    frame = extract_texts({"a.txt": text}).frame
    rows = frame[frame["date_text"].str.contains(day)]
    assert len(rows), frame[["date_text", "actors"]]
    return {a for cell in rows["actors"] for a in str(cell).split("; ") if a}


def test_a_bare_legislature_is_an_actor_of_its_passage() -> None:
    text = (
        "KRELLBURG, 5 May 2031 - The rebels laid down their arms in the hills on Monday.\n\n"
        "Parliament ratified the peace accord on 14 March 2030, and the Senate followed on 2 April 2030."
    )
    assert "Parliament" in _actors_on(text, "14 March")
    assert "Senate" in _actors_on(text, "2 April")


def test_a_ministry_named_bare_speaks() -> None:
    text = "KRELLBURG, 5 May 2031 - The Interior Ministry said on Tuesday the curfew in Dorvan would be lifted."
    assert "Interior Ministry" in _actors_on(text, "Tuesday")


def test_a_body_the_document_names_wins_over_the_bare_word() -> None:
    # "Parliament endorses" is the House of Representatives named above (body_heads.txt), not another actor
    text = (
        "KRELLBURG, 5 May 2031 - The Tarnian National Parliament met in Dorvan on Monday.\n\n"
        "10 March 2030 - Parliament endorses the unity government."
    )
    actors = _actors_on(text, "10 March")
    assert "Parliament" not in actors
    assert "Tarnian National Parliament" in actors


def test_a_longer_name_or_a_street_is_no_bare_institution() -> None:
    text = (
        "KRELLBURG, 5 May 2031 - Delegates of the Valdorian National Congress marched down Parliament Street "
        "on Tuesday."
    )
    actors = _actors_on(text, "Tuesday")
    assert "Parliament" not in actors
    assert "Congress" not in actors


@pytest.mark.parametrize(
    "text",
    [
        "The Subsenate of the guild voted on 3 May 2021 to close the hall.",
        "An ex-Parliament building in Varno was shelled on 3 May 2021.",
        "The Parliamentarians met on 3 May 2021.",
    ],
)
def test_a_name_inside_a_longer_word_is_no_institution(text: str) -> None:
    assert _named(text) == "-"
