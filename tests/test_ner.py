"""The optional statistical recogniser's hook (`timeline/understanding/ner.py`), with made-up entity spans in
place of a model: no spaCy needed."""

from __future__ import annotations

import re

import pytest

import timeline.understanding.ner as ner
from timeline.config import load_config
from timeline.pipeline import extract
from timeline.understanding.actors import builtin_gazetteer, find_actors, unique_actors
from timeline.understanding.rulefiles import Example, read_rule_file

_TAGGED = re.compile(r"\[([^|\]]+)\|([A-Z]+)\]")


def untagged(marked: str) -> tuple[str, list[ner.Entity]]:
    """The text of "[name|LABEL]" markup, and the entities it marks."""
    out, entities, last = [], [], 0
    for match in _TAGGED.finditer(marked):
        out.append(marked[last : match.start()])
        start = sum(map(len, out))
        out.append(match.group(1))
        entities.append((start, start + len(match.group(1)), match.group(2)))
        last = match.end()
    out.append(marked[last:])
    return "".join(out), entities


def named(marked: str) -> list[tuple[str, str]]:
    text, entities = untagged(marked)
    gaz = builtin_gazetteer()
    return list(unique_actors(ner.with_entities(text, find_actors(text, gaz), entities, gaz)))


def names(marked: str) -> str:
    return "; ".join(name for name, _ in named(marked))


_EXAMPLES = read_rule_file(ner.NER_PLACE_WORDS).examples


@pytest.mark.parametrize("example", _EXAMPLES, ids=[e.source.rsplit("/", 1)[-1] for e in _EXAMPLES])
def test_place_word_file_example(example: Example) -> None:
    assert names(example.text) == example.expected, example.source


def test_place_word_examples_need_their_file(tmp_path, monkeypatch) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n", encoding="utf-8")
    monkeypatch.setattr(ner, "NER_PLACE_WORDS", empty)
    ner.place_words.cache_clear()
    try:
        assert any(names(e.text) != e.expected for e in _EXAMPLES)
    finally:
        ner.place_words.cache_clear()


def test_a_tagged_person_and_group_join_as_their_kinds() -> None:
    found = named("[Tessaly Varn|PERSON] of [the Korrin Liberation Front|ORG] met [Vardia|GPE] envoys.")
    assert ("Tessaly Varn", "person") in found
    # the group's head word gives its kind; a state never comes from the model
    assert ("Korrin Liberation Front", "armed_group") in found
    assert all(name != "Vardia" for name, _ in found)


def test_the_rules_win_where_they_name_something() -> None:
    # Russia is the gazetteer's; the model's wider span over it adds nothing
    assert names("[Russia's Defence|ORG] said on Monday that it withdrew.") == "Russia"


def test_a_one_word_person_is_the_person_named_before() -> None:
    text = "Foreign Minister Orla Quennet arrived on Monday.  On Tuesday [Quennet|PERSON] left."
    assert names(text) == "Orla Quennet"
    assert names("On Tuesday [Quennet|PERSON] left.") == "Quennet"


def test_a_tagged_date_is_no_actor() -> None:
    text = "The truce held until [Oct 2|PERSON] GMT."
    plain, entities = untagged(text)
    gaz = builtin_gazetteer()
    start = plain.index("Oct 2")
    assert ner.with_entities(plain, (), entities, gaz, [(start, start + 5)]) == ()
    assert [m.canonical for m in ner.with_entities(plain, (), entities, gaz)] == ["Oct 2"]


def test_a_dateline_city_and_a_credit_in_brackets_are_no_actors() -> None:
    assert names("[VELDRA|ORG] ([Coastwire|ORG]) - Talks ended on Monday.") == ""


def test_dated_sentences() -> None:
    sentences = [(0, 10), (11, 20), (21, 30), (31, 40)]
    assert ner.dated_sentences(sentences, [3, 5, 33]) == [(0, 10), (31, 40)]
    assert ner.dated_sentences(sentences, []) == []


def test_the_hook_feeds_the_dated_sentences_to_the_recogniser(tmp_path, monkeypatch) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text(
        "Published 3 March 2021.\n\nThe Brannock Accord Group met in Velm."
        "  Zorvik Halmstrand left Velm on 2 March 2021.\n",
        encoding="utf-8",
    )
    seen: list[str] = []

    def fake(model: str) -> ner.Recogniser:
        assert model == "made-up-model"

        def run(texts):
            seen.extend(texts)
            return [
                [(m.start(), m.end(), "PERSON")] if (m := re.search(r"Zorvik Halmstrand", t)) else [] for t in texts
            ]

        return run

    monkeypatch.setattr(ner, "recogniser", fake)
    frame = extract([doc], load_config(ner_model="made-up-model")).frame
    row = frame[frame["date_text"].str.contains("2 March")]
    assert list(row["actors"]) == ["Zorvik Halmstrand"]
    # only sentences that hold a dated mention are read by the model
    assert not any("Brannock" in t for t in seen)
    off = extract([doc]).frame
    assert "Zorvik Halmstrand" not in " ".join(off["actors"])


def test_a_missing_model_is_a_named_error() -> None:
    with pytest.raises(ner.NerModelError, match="no-such-model"):
        ner.recogniser("no-such-model")
