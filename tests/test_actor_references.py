"""Later references to an actor named before: a second name given with "known as", a body's head word
with a word of its name ("the military commission"), and the group names that news use for one actor
("Ansar Allah" and "the Houthis", "Tigrayan forces" and the TPLF)."""

from __future__ import annotations

import pytest

from timeline.config import load_config
from timeline.pipeline import extract_texts
from timeline.understanding import actors
from timeline.understanding.actors import find_actors
from timeline.understanding.rulefiles import Example, read_rule_file


def names(text: str) -> list[str]:
    return [m.canonical for m in find_actors(text)]


def dated_actors(text: str) -> dict[str, str]:
    frame = extract_texts({"a.txt": "Report\n\n" + text}).frame
    return dict(zip(frame["date_text"], frame["actors"], strict=True))


def test_a_second_name_given_with_known_as_names_the_person_later() -> None:
    text = (
        "Rebel commander General Karel Dusek, known as Tambor, fled to the hills. "
        "On 4 May 2031, Tambor signed the truce."
    )
    assert dated_actors(text)["4 May 2031"] == "Karel Dusek"


@pytest.mark.parametrize(
    "phrase",
    ["better known by his nom de guerre", "known by her nom de guerre", "whose nom de guerre is", "alias"],
)
def test_a_nom_de_guerre_names_the_person_later(phrase: str) -> None:
    text = (
        f"Rebel leader Marek Holan, {phrase} Vesna, shook hands with the envoy. On 4 May 2031, Vesna signed the truce."
    )
    assert dated_actors(text)["4 May 2031"] == "Marek Holan"


def test_a_nickname_in_quotes_inside_a_name_is_a_second_name() -> None:
    text = 'Interim Chief Minister Tomas "Vesko" Haldane welcomed the law. On 4 May 2031, Vesko thanked the president.'
    assert names(text) == ["Tomas Haldane", "Tomas Haldane"]
    assert dated_actors(text)["4 May 2031"] == "Tomas Haldane"


def test_a_quoted_word_after_a_name_is_no_nickname() -> None:
    assert names('President Tomas Haldane "Never" said the law.') == ["Tomas Haldane"]


def test_a_group_found_by_the_form_of_its_second_name_is_the_first_group() -> None:
    text = "The Marrow Valley Liberation Front, officially known as the Valley Guard, attacked. Valley Guard men left."
    assert set(names(text)) == {"Marrow Valley Liberation Front"}
    # without the phrase, the Valley Guard is a group of its own
    assert "Valley Guard" in names("The Marrow Valley Liberation Front attacked. Valley Guard fighters left.")


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        ("the joint commission met again", ["Selva Joint Commission", "Selva Joint Commission"]),
        ("the commission met again", ["Selva Joint Commission", "Selva Joint Commission"]),
        ("the electoral commission met again", ["Selva Joint Commission"]),  # a word not of its name
    ],
)
def test_a_body_named_before_is_its_head_word_with_a_word_of_its_name(later: str, expected: list[str]) -> None:
    assert names(f"The Selva Joint Commission was set up in Port Amsel. Later {later}.") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis seized the port.",
        "Ansar Allah seized the port.",
        "Houthi rebels seized the port.",
        "The Houthi movement seized the port.",
    ],
)
def test_the_houthis_are_one_actor_under_their_common_name(text: str) -> None:
    assert names(text) == ["Houthis"]


@pytest.mark.parametrize("text", ["Tigrayan forces took the town.", "The Tigray Defence Forces took the town."])
def test_tigrayan_forces_are_the_tplf(text: str) -> None:
    assert names(text) == ["Tigray People's Liberation Front"]


def test_a_possessive_ending_is_not_part_of_a_name_after_a_title() -> None:
    assert names("Prime Minister Karel Dusek's office said the cabinet would meet. Dusek left.") == [
        "Karel Dusek",
        "Karel Dusek",
    ]
    assert names("Foreign Minister Sean O'Hara spoke.") == ["Sean O'Hara"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # leaders named by surname only, as news name them once known
        ("The envoy spoke with Aliyev and Pashinyan by phone.", ["Ilham Aliyev", "Nikol Pashinyan"]),
        ("Zelenskyy met Erdogan in Ankara.", ["Volodymyr Zelensky", "Recep Tayyip Erdoğan"]),
        # a state's forces under their own name are the state's military forces (ACLED's convention)
        ("The IDF said it had struck targets.", ["Military Forces of Israel"]),
        (
            "Then the FARDC and the Tatmadaw",
            ["Military Forces of Democratic Republic of the Congo", "Military Forces of Myanmar"],
        ),
        # named by its state's demonym, the state stays among the actors
        ("The Sudanese Armed Forces attacked.", ["Sudan", "Military Forces of Sudan"]),
        # an armed wing is its movement
        ("The al-Qassam Brigades released a video.", ["Hamas"]),
    ],
)
def test_world_people_forces_and_groups(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yemen's PLC met in Aden.", ["Yemen", "Presidential Leadership Council"]),
        ("The PLC met in Port Amsel.", []),  # an acronym of one country's body, where that country is not named
        ("Sudanese officials said the SAF shelled the city.", ["Sudan", "Military Forces of Sudan"]),
        ("The SAF shelled the city.", []),
    ],
)
def test_acronyms_of_one_countrys_bodies_are_scoped_to_it(text: str, expected: list[str]) -> None:
    assert names(text) == expected


DESCRIPTION_EXAMPLES = read_rule_file(actors.NAME_DESCRIPTIONS, columns=2).examples


@pytest.mark.parametrize("example", DESCRIPTION_EXAMPLES, ids=lambda e: e.source.rsplit("/", 1)[-1])
def test_a_description_names_the_one_actor_of_its_kind_named_before(example: Example) -> None:
    (actors_of_dated,) = dated_actors(example.text).values()
    assert actors_of_dated == example.expected


def test_the_description_examples_need_their_file(tmp_path, monkeypatch) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n", encoding="utf-8")
    monkeypatch.setattr(actors, "NAME_DESCRIPTIONS", empty)
    without = load_config(actors=[], builtin_actors=True)
    results = [
        extract_texts({"a.txt": "Report\n\n" + e.text}, config=without).frame["actors"].tolist()
        for e in DESCRIPTION_EXAMPLES
    ]
    assert any(got != [e.expected] for got, e in zip(results, DESCRIPTION_EXAMPLES, strict=True))


def test_a_description_followed_by_of_names_nobody() -> None:
    text = "The Krell Liberation Front took the port. On 4 May 2031 the group of delegates met in Port Amsel."
    assert dated_actors(text)["4 May 2031"] == ""


def test_the_body_names_the_body_named_before_not_a_corpse() -> None:
    before = "The Marrow Valley Commission met in Port Amsel in May. "
    assert dated_actors(before + "On 4 May 2031 the body said the truce held.")["4 May 2031"] == (
        "Marrow Valley Commission"
    )
    assert dated_actors(before + "On 4 May 2031 the body of a soldier was found.")["4 May 2031"] == ""


@pytest.mark.parametrize(
    ("organ", "state", "expected"),
    [
        ("Ethiopian government", "Ethiopia", True),
        ("Military Forces of Ethiopia", "Ethiopia", True),
        ("Eritrean government", "Ethiopia", False),
        ("Valdorian government", "Valdoria", True),  # a state of a user's gazetteer: its name's stem
        ("Ostrish government", "Valdoria", False),
        ("Government of National Unity", "Unity", False),
        ("Ghanaian parliament", "Ghana", True),  # a state's legislature
        ("Togolese parliament", "Ghana", False),
    ],
)
def test_an_organ_is_linked_to_its_state_by_either_form(organ: str, state: str, expected: bool) -> None:
    assert actors.organ_of(organ, state) is expected


def test_a_states_parliament_is_its_own_organ() -> None:
    # news and annotators name a legislature apart from the government it votes on ("Ghana's parliament
    # rejected the government's budget"), as the parliament of its state
    text = "Ghana's parliament on Monday rejected the government's budget."
    assert [(m.canonical, m.kind) for m in actors.find_actors(text)] == [
        ("Ghana", "state"),
        ("Ghanaian parliament", "government"),
    ]


def test_the_government_is_no_parliament() -> None:
    # "the government" after a state's parliament is not that parliament; after its government it is
    text = "Ghana's parliament approved the loan. The government said it would comply."
    assert [m.canonical for m in actors.find_actors(text)] == ["Ghana", "Ghanaian parliament"]
    text = "Ghana's government and Ghana's parliament met. The government said it would comply."
    assert [m.canonical for m in actors.find_actors(text)][-1] == "Ghanaian government"


MEMBER_EXAMPLES = read_rule_file(actors.MEMBER_DESCRIPTIONS, columns=2).examples


@pytest.mark.parametrize("example", MEMBER_EXAMPLES, ids=lambda e: e.source.rsplit("/", 1)[-1])
def test_the_members_of_a_body_stand_for_it(example: Example) -> None:
    *_, actors_of_dated = dated_actors(example.text).values()
    assert actors_of_dated == example.expected


def test_the_member_examples_need_their_file(tmp_path, monkeypatch) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n", encoding="utf-8")
    monkeypatch.setattr(actors, "MEMBER_DESCRIPTIONS", empty)
    without = load_config(actors=[], builtin_actors=True)
    results = [
        extract_texts({"a.txt": "Report\n\n" + e.text}, config=without).frame["actors"].tolist()[-1:]
        for e in MEMBER_EXAMPLES
    ]
    assert any(got != [e.expected] for got, e in zip(results, MEMBER_EXAMPLES, strict=True))


@pytest.mark.parametrize(
    "text",
    [
        # a mission without an observer or monitoring word in its name is not the monitors'
        "The Selva Support Mission was set up in Port Amsel. The first monitors are expected to arrive on 4 May 2031.",
        # after a capitalised word the observers are not the mission's
        "The Selva Monitoring Mission was set up in Orsk. Political observers said on 4 May 2031 the vote was fair.",
    ],
)
def test_observers_not_of_an_observer_mission_name_nobody(text: str) -> None:
    assert dated_actors(text)["4 May 2031"] == ""


QUALIFIED_EXAMPLES = read_rule_file(actors.DESCRIPTION_QUALIFIERS).examples


@pytest.mark.parametrize("example", QUALIFIED_EXAMPLES, ids=lambda e: e.source.rsplit("/", 1)[-1])
def test_a_qualified_description_names_the_one_actor_of_its_kind(example: Example) -> None:
    assert dated_actors(example.text)["4 May 2031"] == example.expected


def test_the_qualifier_examples_need_their_file(tmp_path, monkeypatch) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n", encoding="utf-8")
    monkeypatch.setattr(actors, "DESCRIPTION_QUALIFIERS", empty)
    without = load_config(actors=[], builtin_actors=True)
    results = []
    for e in QUALIFIED_EXAMPLES:
        frame = extract_texts({"a.txt": "Report\n\n" + e.text}, config=without).frame
        results.append(dict(zip(frame["date_text"], frame["actors"], strict=True)).get("4 May 2031"))
    assert any(got != e.expected for got, e in zip(results, QUALIFIED_EXAMPLES, strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Spanish first surname in the middle of a three-word name names the person later
        (
            "Rebel commander Tomas Arenal Costa spoke on Monday. Arenal said he would run.",
            ["Tomas Arenal Costa", "Tomas Arenal Costa"],
        ),
        # a given name in the middle is no surname: "Hamid" alone is someone else
        ("Prime Minister Abdul Hamid Dbeibah spoke. Hamid Ossan replied.", ["Abdul Hamid Dbeibah", "Hamid Ossan"]),
    ],
)
def test_later_short_forms_of_middle_surnames(text: str, expected: list[str]) -> None:
    assert [m.canonical for m in find_actors(text) if m.kind == "person"] == expected
