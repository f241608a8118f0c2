"""Generic heads read through the article's own state (data/en/home_forces.txt) and a state's cabinet named as
news names it (data/en/state_organs.txt), on invented articles through the whole pipeline."""

from __future__ import annotations

import pytest

from timeline.pipeline import extract_texts
from timeline.understanding.actors import find_actors, organ_of


def _actors_on(text: str, day: str) -> set[str]:
    frame = extract_texts({"a.txt": text}).frame
    rows = frame[frame["date_text"].str.contains(day)]
    assert len(rows), frame[["date_text", "actors"]]
    return {a for cell in rows["actors"] for a in str(cell).split("; ") if a}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # the title names one state: "The army" opening a sentence with its verb is that state's forces
        (
            "Paraguay and the Krell Front agree a truce\n\nThe army launched an offensive in the hills on 4 May 2031.",
            {"Military Forces of Paraguay"},
            set(),
        ),
        (
            "Paraguay agrees a truce\n\nThe military would withdraw from the valley on 4 May 2031, officials said.",
            {"Military Forces of Paraguay"},
            set(),
        ),
        # the title names two states: whose army is not said
        (
            "Paraguay and Bolivia agree a truce\n\nThe army launched an offensive in the hills on 4 May 2031.",
            set(),
            {"Military Forces of Paraguay", "Military Forces of Bolivia"},
        ),
        # the title names none
        (
            "A truce in the hills\n\nThe army launched an offensive in the hills on 4 May 2031.",
            set(),
            {"Military Forces of Paraguay"},
        ),
        # not opening a sentence, or qualifying a noun: no actor
        (
            "Paraguay agrees a truce\n\nThe rebels fought the army in the hills on 4 May 2031.",
            set(),
            {"Military Forces of Paraguay"},
        ),
        (
            "Paraguay agrees a truce\n\nThe military talks began in Port Amsel on 4 May 2031.",
            set(),
            {"Military Forces of Paraguay"},
        ),
        # forces named before are the ones described
        (
            "Paraguay agrees a truce\n\nBolivia's army crossed the river in March. "
            "The army launched an offensive in the hills on 4 May 2031.",
            {"Military Forces of Bolivia"},
            {"Military Forces of Paraguay"},
        ),
    ],
)
def test_the_army_opening_a_sentence_is_the_title_states(text: str, present: set[str], absent: set[str]) -> None:
    actors = _actors_on(text, "4 May 2031")
    assert present <= actors
    assert not absent & actors


@pytest.mark.parametrize(
    ("text", "cabinet", "state"),
    [
        ("Chile's cabinet backed the accord.", "Chilean cabinet", "Chile"),
        ("The Chilean security cabinet met.", "Chilean security cabinet", "Chile"),
        ("Peru's war cabinet met.", "Peruvian war cabinet", "Peru"),
    ],
)
def test_a_cabinet_keeps_its_name_and_is_its_states_organ(text: str, cabinet: str, state: str) -> None:
    names = [m.canonical for m in find_actors(text)]
    assert names == [state, cabinet]
    assert organ_of(cabinet, state)
    assert not organ_of(cabinet, "Bolivia")


def test_the_centre_is_named_as_written() -> None:
    text = "NEW TOWN, 5 May 2031 - The Centre on Monday signed a framework agreement with the Krell Front."
    assert "Centre" in _actors_on(text, "Monday")
