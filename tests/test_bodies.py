"""Bodies named by a description ("Libya's election commission", "the U.N. mission", "Parliament endorses")
resolve against the document's registry of the bodies it names: the examples of data/en/body_heads.txt, and
made-up articles through the whole pipeline."""

from __future__ import annotations

import pytest

from timeline.pipeline import extract_texts
from timeline.understanding import bodies
from timeline.understanding.actors import builtin_gazetteer, find_actors
from timeline.understanding.rulefiles import Example, read_rule_file

EXAMPLES = read_rule_file(bodies.BODY_HEADS, columns=2).examples


def _named(text: str, rules: bodies.BodyRules | None = None) -> str:
    """The bodies the descriptions of a text resolve to ("-": none)."""
    gaz = builtin_gazetteer()
    found = bodies.with_registered_bodies(text, find_actors(text, gaz), gaz, rules)
    return "; ".join(dict.fromkeys(m.canonical for m in found if m.rule == bodies.RULE)) or "-"


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.source.rsplit("/", 1)[-1] for e in EXAMPLES])
def test_body_heads_example(example: Example) -> None:
    assert _named(example.text.replace("\\n", "\n")) == example.expected, example.source


def test_the_examples_need_the_file(tmp_path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n", encoding="utf-8")
    rules = bodies.load_body_rules(empty)
    assert any(_named(e.text.replace("\\n", "\n"), rules) != e.expected for e in EXAMPLES)


def _actors_on(text: str, day: str) -> set[str]:
    frame = extract_texts({"a.txt": text}).frame
    rows = frame[frame["date_text"].str.contains(day)]
    assert len(rows), frame[["date_text", "actors"]]
    return {a for cell in rows["actors"] for a in str(cell).split("; ") if a}


def test_a_possessive_description_is_the_body_the_document_names_later() -> None:
    text = (
        "KRELLBURG, 5 May 2031 - Paraguay's election commission on Wednesday postponed the presidential vote.\n\n"
        "The Paraguayan National Elections Commission said the candidate lists were not final. "
        "Paraguay has waited for a vote since 2029."
    )
    assert "Paraguayan National Elections Commission" in _actors_on(text, "Wednesday")


def test_another_states_body_is_not_the_registered_one() -> None:
    text = (
        "KRELLBURG, 5 May 2031 - The Paraguayan National Elections Commission said the lists were final. "
        "Paraguay will vote in June. Paraguay's neighbours watched.\n\n"
        "Uruguay's election commission on Wednesday sent observers."
    )
    assert "Paraguayan National Elections Commission" not in _actors_on(text, "Wednesday")


def test_a_description_two_bodies_fit_adds_nobody() -> None:
    text = (
        "The Krell Ceasefire Commission and the Krell Border Commission met in Ostrava on 1 May 2031.\n\n"
        "On 4 May 2031 the Krell commission walked out of the talks."
    )
    actors = _actors_on(text, "4 May")
    assert "Krell Ceasefire Commission" not in actors and "Krell Border Commission" not in actors
