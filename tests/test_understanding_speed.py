"""The cheaper ways understanding finds things give what the plain ways gave (issue 12's speed work)."""

from __future__ import annotations

import pytest

from timeline.understanding import actors
from timeline.understanding.actors import builtin_gazetteer, find_actors

_TEXTS = [
    "The rebels said the rebel group would talk; the rebel groups did not. The group met the army.",
    "the government the government,the government-the government",
    "Then the Armed Forces and the armed forces and the security forces of Valdoria met the junta.",
    "The president met President Karel Dusek. The president and the special envoy spoke to the envoy.",
    "The Council met a Council; the Council and The Army spoke to President Dusek and the President.",
    "",
    "no description here at all",
    "Ünïcode: the militia’s leader met the militia; the militias; the militia-led force.",
]


def _plain_positions(text: str, descriptions: tuple[tuple[str, str], ...]) -> list[tuple[int, int]]:
    """What `_described` read before: each noun with str.find, without overlaps, by row then position; a
    capitalised noun ("the Council") only after "the"/"The", the only place `_described` reads one."""
    return [
        (index, pos)
        for index, (noun, _) in enumerate(descriptions)
        for pos in actors._positions(text, noun)
        if not noun[1:2].isupper() or text[max(0, pos - 3) : pos] in ("the", "The")
    ]


@pytest.mark.parametrize("text", _TEXTS)
def test_description_nouns_are_found_where_str_find_finds_them(text: str) -> None:
    descriptions = builtin_gazetteer().descriptions
    assert actors._description_positions(text, descriptions) == _plain_positions(text, descriptions)


def test_a_noun_that_overlaps_itself_and_a_repeated_noun() -> None:
    """ "aa aa aa" holds " aa aa" twice without overlap (str.find's reading), and a noun listed twice (two
    kinds) is found once for each row."""
    descriptions = ((" aa aa", "armed_group"), (" aa", "government"), (" aa aa", "state_forces"))
    text = "x aa aa aa aa aa"
    assert actors._description_positions(text, descriptions) == _plain_positions(text, descriptions)
    assert [i for i, _ in actors._description_positions(text, descriptions)].count(0) == 2


def test_a_description_names_the_one_actor_of_its_kind_named_before() -> None:
    text = "The Krell Liberation Front attacked Toma. The rebels withdrew on Monday."
    mentions = find_actors(text)
    rebels = [m for m in mentions if m.surface == "The rebels"]
    assert rebels and rebels[0].rule == "description" and rebels[0].kind == "armed_group"
