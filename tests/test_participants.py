"""Who takes part in a dated happening (`understanding/participants.py`): names that only say whose or
where something is are not the passage's actors."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.config import load_config
from timeline.pipeline import extract_texts
from timeline.understanding import participants
from timeline.understanding.actors import find_actors, load_gazetteer
from timeline.understanding.rulefiles import Example, read_rule_file

INVENTED = Path(__file__).resolve().parent / "data" / "invented"


def _actors(text: str) -> str:
    kept = participants.taking_part(text, find_actors(text))
    return "; ".join(dict.fromkeys(m.canonical for m in kept)) or "-"


@pytest.mark.parametrize("example", read_rule_file(participants.POSSESSIVE_ACTS).examples)
def test_possessive_act_example(example: Example) -> None:
    assert _actors(example.text) == example.expected, example.source


def test_possessive_act_examples_need_their_file(tmp_path, monkeypatch) -> None:
    examples = read_rule_file(participants.POSSESSIVE_ACTS).examples
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n", encoding="utf-8")
    monkeypatch.setattr(participants, "POSSESSIVE_ACTS", empty)
    participants.possessive_acts.cache_clear()
    try:
        assert any(_actors(e.text) != e.expected for e in examples)
    finally:
        participants.possessive_acts.cache_clear()


@pytest.mark.parametrize("example", read_rule_file(participants.QUALIFIED_BODIES).examples)
def test_qualified_body_example(example: Example) -> None:
    assert _actors(example.text) == example.expected, example.source


def test_qualified_body_examples_need_their_file(tmp_path, monkeypatch) -> None:
    examples = read_rule_file(participants.QUALIFIED_BODIES).examples
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n", encoding="utf-8")
    monkeypatch.setattr(participants, "QUALIFIED_BODIES", empty)
    participants.qualified_bodies.cache_clear()
    try:
        assert any(_actors(e.text) != e.expected for e in examples)
    finally:
        participants.qualified_bodies.cache_clear()


@pytest.mark.parametrize("example", read_rule_file(participants.QUALIFIED_NOUN_ENDS).examples)
def test_qualified_noun_end_example(example: Example) -> None:
    assert _actors(example.text) == example.expected, example.source


def test_qualified_noun_end_examples_need_their_file(tmp_path, monkeypatch) -> None:
    examples = read_rule_file(participants.QUALIFIED_NOUN_ENDS).examples
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n", encoding="utf-8")
    monkeypatch.setattr(participants, "QUALIFIED_NOUN_ENDS", empty)
    participants.qualified_noun_ends.cache_clear()
    try:
        assert any(_actors(e.text) != e.expected for e in examples)
    finally:
        participants.qualified_noun_ends.cache_clear()


@pytest.mark.parametrize("example", read_rule_file(participants.ORGANS_AS_STATE).examples)
def test_organs_as_state_example(example: Example) -> None:
    assert _actors(example.text) == example.expected, example.source


def test_organs_as_state_examples_need_their_file(tmp_path, monkeypatch) -> None:
    examples = read_rule_file(participants.ORGANS_AS_STATE).examples
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n", encoding="utf-8")
    monkeypatch.setattr(participants, "ORGANS_AS_STATE", empty)
    participants.organs_as_state.cache_clear()
    try:
        assert any(_actors(e.text) != e.expected for e in examples)
    finally:
        participants.organs_as_state.cache_clear()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Valdoria-backed Krell Front seized the pass on Friday.", ["Krell Liberation Front"]),
        ("The Ostrand Union-led monitoring mission arrived on Friday with Tessa Movren.", ["Tessa Movren"]),
        ("A Valdoria-brokered truce took effect on Friday.", ["Valdoria"]),
    ],
)
def test_a_name_describing_a_body_takes_no_part(text: str, expected: list[str]) -> None:
    gazetteer = load_gazetteer(INVENTED / "actors.csv")
    kept = participants.taking_part(text, find_actors(text, gazetteer))
    assert list(dict.fromkeys(m.canonical for m in kept)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the officer took part, named or not, the body only qualifies the title
        (
            "The Ostrand Union special envoy, Tessa Movren, met the Krell Front on Friday.",
            ["Tessa Movren", "Krell Liberation Front"],
        ),
        ("The Ostrand Union's acting envoy met the Krell Front on Friday.", ["Krell Liberation Front"]),
        # one who speaks for the body: the body spoke
        (
            "An Ostrand Union spokesman said on Friday that the Krell Front withdrew.",
            ["Ostrand Union", "Krell Liberation Front"],
        ),
        (
            "The Ostrand Union said on Friday that the Krell Front withdrew.",
            ["Ostrand Union", "Krell Liberation Front"],
        ),
    ],
)
def test_a_body_qualifying_its_officers_title_takes_no_part(text: str, expected: list[str]) -> None:
    gazetteer = load_gazetteer(INVENTED / "actors.csv")
    kept = participants.taking_part(text, find_actors(text, gazetteer))
    assert list(dict.fromkeys(m.canonical for m in kept)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body the person owns is named: it acts
        ("Movren's self-styled Krell Liberation Front shelled the pass on Friday.", ["Krell Liberation Front"]),
        # left unnamed: the person stands for it
        ("Movren's forces shelled the pass on Friday.", ["Tessa Movren"]),
    ],
)
def test_a_person_owning_a_named_body_takes_part_through_it(text: str, expected: list[str]) -> None:
    gazetteer = load_gazetteer(INVENTED / "actors.csv")
    kept = participants.taking_part(text, find_actors(text, gazetteer))
    assert list(dict.fromkeys(m.canonical for m in kept)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # owning sides, a body of its own or a quarter of its capital: whose, not who
        ("Valdoria's two warring camps agreed on a truce on Friday.", []),
        ("Valdoria's House of Elders approved the plan on Friday.", []),
        ("Gunmen shelled Port Amsel's northern suburbs on Friday.", []),
        # an act of its own, its own official: the state takes part
        ("Valdoria's offensive against the Krell Front began on Friday.", ["Valdoria", "Krell Liberation Front"]),
        ("Valdoria's president, Tessa Movren, signed the deal on Friday.", ["Valdoria", "Tessa Movren"]),
        # named again as itself in the passage: still an actor
        ("Valdoria's warring camps met on Friday, and Valdoria signed.", ["Valdoria"]),
        # its government acts in its place; another organ ("the army", "the foreign ministry") leaves it a party
        (
            "Valdoria's government and the Krell Front signed a truce on Friday.",
            ["Valdorian government", "Krell Liberation Front"],
        ),
        (
            "Valdoria's army and the Krell Front signed a truce on Friday.",
            ["Valdoria", "Military Forces of Valdoria", "Krell Liberation Front"],
        ),
    ],
)
def test_a_state_owning_nothing_of_its_own_takes_no_part(text: str, expected: list[str]) -> None:
    gazetteer = load_gazetteer(INVENTED / "actors.csv")
    kept = participants.taking_part(text, find_actors(text, gazetteer))
    assert list(dict.fromkeys(m.canonical for m in kept)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state only qualifies the title of the person named next: the person takes part
        ("Valdorian President Tessa Movren signed the deal on Friday.", ["Tessa Movren"]),
        ("The Valdorian Foreign Minister, Tessa Movren, arrived on Friday.", ["Tessa Movren"]),
        # in the possessive the annotators name it as often as not: it stays
        ("Valdoria's Tessa Movren signed the deal on Friday.", ["Valdoria", "Tessa Movren"]),
        # the official's act is the state's
        (
            "Valdorian President Tessa Movren, whose military intervention in May failed, spoke on Friday.",
            ["Valdoria", "Tessa Movren"],
        ),
        # the state named for itself as well
        ("Valdorian President Tessa Movren said Valdoria signed on Friday.", ["Tessa Movren", "Valdoria"]),
    ],
)
def test_a_state_qualifying_a_persons_title_takes_part_through_them(text: str, expected: list[str]) -> None:
    gazetteer = load_gazetteer(INVENTED / "actors.csv")
    kept = participants.taking_part(text, find_actors(text, gazetteer))
    assert list(dict.fromkeys(m.canonical for m in kept)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Valdoria's two warring camps signed a truce on 4 May 2021, the Ostrand Union said.", "Ostrand Union"),
        # nobody else named: the owner is all a reader is told of who acted
        ("Valdoria's two warring camps signed a truce on 4 May 2021.", "Valdoria"),
    ],
)
def test_the_pipeline_lists_only_who_takes_part(sentence: str, expected: str) -> None:
    config = load_config(actors=[INVENTED / "actors.csv"])
    text = "Truce in the north\n\n" + sentence + "\n"
    frame = extract_texts({"a.txt": text}, config=config).frame
    row = frame[frame["date_text"].str.contains("May")].iloc[0]
    assert row["actors"] == expected


def test_a_state_is_no_party_beside_its_own_organ() -> None:
    parties = (("Valdoria", "state"), ("Valdorian government", "government"), ("Krell Liberation Front", "armed_group"))
    assert participants.parties_taking_part(parties) == parties[1:]
    # another state's organ leaves it a party
    other = (("Valdoria", "state"), ("Military Forces of Tarnia", "state_forces"))
    assert participants.parties_taking_part(other) == other


def test_the_government_read_as_a_named_government_names_no_actor() -> None:
    gazetteer = load_gazetteer(INVENTED / "actors.csv")
    text = "The Valdorian government met the Krell Front. On Friday the government freed prisoners."
    mentions = find_actors(text, gazetteer)
    later = [m for m in mentions if m.start > text.index("On Friday")]
    assert [m.canonical for m in later] == ["Valdorian government"]  # the reference is still read
    assert participants.taking_part(text, later) == ()


@pytest.mark.parametrize("example", read_rule_file(participants.STATE_CONDITIONS).examples)
def test_state_condition_example(example: Example) -> None:
    assert _actors(example.text) == example.expected, example.source


def test_state_condition_examples_need_their_file(tmp_path, monkeypatch) -> None:
    examples = read_rule_file(participants.STATE_CONDITIONS).examples
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n", encoding="utf-8")
    monkeypatch.setattr(participants, "STATE_CONDITIONS", empty)
    participants.state_condition.cache_clear()
    try:
        assert any(_actors(e.text) != e.expected for e in examples)
    finally:
        participants.state_condition.cache_clear()


@pytest.mark.parametrize("example", read_rule_file(participants.HEADS_OF_BODIES).examples)
def test_head_of_body_example(example: Example) -> None:
    assert _actors(example.text) == example.expected, example.source


def test_head_of_body_examples_need_their_file(tmp_path, monkeypatch) -> None:
    examples = read_rule_file(participants.HEADS_OF_BODIES).examples
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n", encoding="utf-8")
    monkeypatch.setattr(participants, "HEADS_OF_BODIES", empty)
    participants.head_of_body.cache_clear()
    try:
        assert any(_actors(e.text) != e.expected for e in examples)
    finally:
        participants.head_of_body.cache_clear()


@pytest.mark.parametrize("example", read_rule_file(participants.MEMBER_LISTS).examples)
def test_member_list_example(example: Example) -> None:
    assert _actors(example.text) == example.expected, example.source


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the list ends where the bloc's verb starts: an actor named after it takes part
        (
            "The Selva Alliance, a bloc comprising the Krell Liberation Army and the Tarn Liberation Army, "
            "met the Varro Liberation Front on Friday.",
            "Selva Alliance; Varro Liberation Front",
        ),
        # no apposition before the words: nothing is a member list
        (
            "The Krell Liberation Army and the Tarn Liberation Army, comprising 900 fighters, signed on Friday.",
            "Krell Liberation Army; Tarn Liberation Army",
        ),
    ],
)
def test_member_list_bounds(text: str, expected: str) -> None:
    assert _actors(text) == expected


def test_member_list_examples_need_their_file(tmp_path, monkeypatch) -> None:
    examples = read_rule_file(participants.MEMBER_LISTS).examples
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n", encoding="utf-8")
    monkeypatch.setattr(participants, "MEMBER_LISTS", empty)
    participants.member_list_opening.cache_clear()
    try:
        assert any(_actors(e.text) != e.expected for e in examples)
    finally:
        participants.member_list_opening.cache_clear()
