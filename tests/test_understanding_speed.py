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


def _plain_positions(text: str, descriptions: tuple[tuple[str, ...], ...]) -> list[tuple[int, int]]:
    """What `_described` read before: each noun with str.find, without overlaps, by row then position; a
    capitalised noun ("the Council") only after "the"/"The", the only place `_described` reads one."""
    return [
        (index, pos)
        for index, (noun, *_) in enumerate(descriptions)
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


# Passages where a taxonomy keyword, a marker, an interaction verb and an actor's name overlap or share words.
_PASSAGES = [
    "Foreign Minister Anna Smith met with Karel Dusek and held talks with the Government of National Accord.",
    "They failed to agree on a ceasefire but held talks; officials said a truce was threatened to collapse.",
    "The Libyan Political Dialogue Forum agreed a roadmap, the UN said on Tuesday, aimed at elections.",
    "Gökçe Şahin hosted al-Tawil in Ankara; the two sides signed an accord and shook hands with the envoy.",
    "",
    "   ",
    "no phrase of any stage here",
]


@pytest.mark.parametrize("passage", _PASSAGES)
def test_one_reading_gives_each_stage_the_hits_of_its_own_automaton(passage: str) -> None:
    from timeline.text.automaton import phrase_hits
    from timeline.text.fold import fold
    from timeline.understanding.event_types import builtin_taxonomy
    from timeline.understanding.readings import passage_reader
    from timeline.understanding.titles import builtin_title_rules

    taxonomy, rules = builtin_taxonomy(), builtin_title_rules()
    reading = passage_reader(taxonomy, rules).read(passage)
    folded = fold(passage)
    assert reading.folded == folded
    assert reading.keywords == (phrase_hits(taxonomy.keywords, folded) if folded else [])
    assert reading.markers == (phrase_hits(taxonomy.markers, folded) if folded else [])
    assert reading.interactions == (phrase_hits(rules.interactions, folded) if folded else [])


def test_the_shared_reading_is_not_empty_where_the_stages_find_something() -> None:
    """The comparison above is not vacuous: the passages hold hits of all three kinds."""
    from timeline.understanding.event_types import builtin_taxonomy
    from timeline.understanding.readings import passage_reader
    from timeline.understanding.titles import builtin_title_rules

    reader = passage_reader(builtin_taxonomy(), builtin_title_rules())
    readings = [reader.read(p) for p in _PASSAGES]
    assert all(any(getattr(r, kind) for r in readings) for kind in ("keywords", "markers", "interactions"))


@pytest.mark.parametrize("passage", _PASSAGES[:4])
def test_types_and_titles_read_from_a_shared_reading_decide_as_they_do_alone(passage: str) -> None:
    from timeline.understanding.event_types import builtin_taxonomy, classify
    from timeline.understanding.headlines import title_and_headline
    from timeline.understanding.readings import passage_reader
    from timeline.understanding.titles import builtin_title_rules

    taxonomy, rules = builtin_taxonomy(), builtin_title_rules()
    reading = passage_reader(taxonomy, rules).read(passage)
    date = (passage.find("on Tuesday"), passage.find("on Tuesday") + 10) if "Tuesday" in passage else (-1, None)
    assert classify(passage, *date, taxonomy, reading) == classify(passage, *date, taxonomy)
    named = find_actors(passage)
    span = date if date[1] is not None else None
    shared = title_and_headline(passage, named, 0, span, builtin_gazetteer(), rules, reading)
    assert shared == title_and_headline(passage, named, 0, span, builtin_gazetteer(), rules)


def test_a_long_text_folded_twice_is_folded_once_and_its_slices_are_the_folding_of_its_pieces() -> None:
    from timeline.text.fold import REMEMBER_FROM, fold

    text = "Gökçe Şahin met al-Tawil in Ankara; Привет, Smith said. " * (REMEMBER_FROM // 40)
    folded = fold(text)
    assert fold(text) is folded
    assert folded.startswith("gokce sahin met al tawil in ankara  привет  smith said  ")
    for start in range(0, 120, 7):
        assert fold(text[start : start + 50]) == folded[start : start + 50]
    other = text.replace("Smith", "Jones")
    assert fold(other) != folded and fold(text) == folded


_FIXED_TEXTS = [
    *_TEXTS,
    "A coalition of armed groups called Dawn of Tarnia, also known as the Valley Guard, met the Kessel group.",
    "the militias militia militia-led; the Marnists and Marnistas, a charity Sea Lantern, the force, Ecoval, said",
    "aa known as known as known asknown as nicknamed nom de guerre alias aliases",
]


@pytest.mark.parametrize("text", _FIXED_TEXTS)
def test_fixed_words_are_found_where_str_find_finds_them(text: str) -> None:
    gaz = builtin_gazetteer()
    words = actors._fixed_words(gaz.group_plurals, gaz.group_called[0], gaz.group_apposed, gaz.known_as_words)
    found = actors._positions_each(text, words)
    for word in words:
        assert found.get(word, []) == list(actors._positions(text, word)), word


@pytest.mark.parametrize("text", _FIXED_TEXTS)
def test_one_pass_finds_the_fixed_words_and_description_nouns_of_two(text: str) -> None:
    """The fixed words and the description nouns from one automaton pass: what the pass for each gave."""
    gaz = builtin_gazetteer()
    words = actors._fixed_words(gaz.group_plurals, gaz.group_called[0], gaz.group_apposed, gaz.known_as_words)
    found, nouns = actors._positions_and_descriptions(text, words, gaz.descriptions)
    assert found == actors._positions_each(text, words)
    assert nouns == actors._description_positions(text, gaz.descriptions)


@pytest.mark.parametrize(
    ("words", "descriptions", "text"),
    [
        # a key that is both a fixed word and a description noun, overlapping itself
        ((" aa aa", "aa"), ((" aa aa", "armed_group"), (" aa", "government")), "x aa aa aa aa aa"),
        # a capitalised noun (read only after "the") that is also a fixed word
        ((" Council", "the Council"), ((" Council", "government"),), "The Council met a Council; the Council"),
        ((), ((" aa", "government"),), "aa aa"),
        (("aa",), (), "aa aa"),
        (("aa",), ((" aa", "government"),), ""),
    ],
)
def test_one_pass_where_a_word_is_also_a_noun(
    words: tuple[str, ...], descriptions: tuple[tuple[str, ...], ...], text: str
) -> None:
    found, nouns = actors._positions_and_descriptions(text, words, descriptions)  # type: ignore[arg-type]
    assert found == actors._positions_each(text, words)
    assert nouns == actors._description_positions(text, descriptions)  # type: ignore[arg-type]


def test_words_that_overlap_themselves_and_each_other() -> None:
    """ "aa aa aa" holds " aa aa" twice without overlap, as str.find reads it; a word inside another is found
    in it too."""
    words = (" aa aa", "a a", "aa")
    found = actors._positions_each("aa aa aa aa", words)
    for word in words:
        assert found.get(word, []) == list(actors._positions("aa aa aa aa", word))
