"""Names no data file knows, read wherever the document writes them (issue 10, actors outside Libya).

The probe (`tests/data/actor_probe`, invented articles, see its README) is scored per dated happening, and each
form the recogniser learnt for it is checked on invented sentences of its own."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from timeline.pipeline import extract
from timeline.understanding.actors import find_actors

ROOT = Path(__file__).resolve().parent.parent
PROBE = ROOT / "tests" / "data" / "actor_probe"
PROBE2 = ROOT / "tests" / "data" / "actor_probe2"
PROBE3 = ROOT / "tests" / "data" / "actor_probe3"
PROBE4 = ROOT / "tests" / "data" / "actor_probe4"
PROBE5 = ROOT / "tests" / "data" / "actor_probe5"
PROBE6 = ROOT / "tests" / "data" / "actor_probe6"


def names(text: str) -> list[str]:
    return [m.canonical for m in find_actors(text)]


# Each probe: its folder, the actors it expects, the fewest right and the least precision the present rules give.
# History: probe 1 (session 27): 46/65 recall (precision 0.96) before its forms, 51/65 after.  Probe 2 (actors50):
# 15/37, precision 16/19 before, 28/37, 29/31 after (29/29 after actors53).  Probe 3 (session 28, actors51): 29/42,
# precision 29/33 (29/29 after actors53); reading envoys' bodies and states anywhere in a witness, signing or
# gathering sentence gave 41/42 here and +11 right, +3 wrong on the study sets, but +8 right, +17 wrong on the blind
# halves, so it was left out (`party_anaphors.txt`).  Probe 4 (actors52): 12/28, precision 12/17 before its forms,
# 21/28 and 21/22 after.  Probe 5 (session 29, actors54): 22/38, precision 22/37 before; reading a state's
# ministry under its own name gave 26/30 on its first twelve articles but 0 right, +5 false on the check sets, so it
# was left out (see its README); a surname with its particle ("Van Dusek", "Al-Dusek", "Mrs. Varga" after "Ilse Marta
# de Varga"): 24/38, 24/38; a plural trade before names ("journalists X and Y"): 25/38, 25/39.  Probe 6 (actors55):
# a three-word name's middle word that the given names list too ("Tomas Ruiz Velcar" later "Ruiz"): 21/25,
# precision 21/22 before; 24/25, 24/25 after; with two articles of a scoped body owned by another state ("Egypt's
# House of Representatives"): 23/29, precision 23/28 before; 28/29, 28/31 after.
PROBES = [
    pytest.param(PROBE, 65, 51, 0.95, id="probe1"),
    pytest.param(PROBE2, 37, 28, 0.9, id="probe2"),
    pytest.param(PROBE3, 42, 29, 0.85, id="probe3"),
    pytest.param(PROBE4, 28, 21, 0.9, id="probe4"),
    pytest.param(PROBE5, 38, 25, 0.6, id="probe5"),
    pytest.param(PROBE6, 29, 28, 0.85, id="probe6"),
]


@pytest.mark.parametrize(("folder", "expected", "fewest", "least_precision"), PROBES)
def test_a_probe_recall_and_precision(folder: Path, expected: int, fewest: int, least_precision: float) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from actor_recall import precision, recall_by_kind

    frame = extract([folder / "docs"]).frame
    counts, missed = recall_by_kind(folder / "docs", folder / "expected.csv", frame=frame)
    assert counts["all"][1] == expected
    assert counts["all"][0] >= fewest, missed
    right, put = precision(folder / "expected.csv", frame)
    assert right / put >= least_precision, (right, put)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who signs for a side is no part of its name: a "for" run inside a group's name needs a head word before it
        (
            "The accord was signed by Ilse Varga for the Tarnian side and by Obi Reth for the Krell Front.",
            ["Ilse Varga", "Obi Reth", "Krell Front"],
        ),
        ("Fighters of the Movement for the Liberation Front attacked.", ["Movement for the Liberation Front"]),
        ("Fighters of the Front for the Liberation of Tarnia attacked.", ["Front for the Liberation of Tarnia"]),
    ],
)
def test_a_signatory_before_for_is_no_part_of_a_group_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # named once by a phrase, the group is named the same way later, in any sentence
        (
            "A militia that calls itself Tarnia Shield seized the port. On Monday, Tarnia Shield freed hostages.",
            ["Tarnia Shield", "Tarnia Shield"],
        ),
        (
            "The rebels, who call themselves the Sons of the Valley, hold two towns. The Sons of the Valley left.",
            ["Sons of the Valley", "Sons of the Valley"],
        ),
        ("A coalition called Dawn of Tarnia seized the port.", ["Dawn of Tarnia"]),
        # a second name of a group named before stays the first one's, later too
        (
            "The Marrow Valley Front, the guerrilla group known as MV-9, attacked. MV-9 fighters left.",
            ["Marrow Valley Front", "Marrow Valley Front", "Marrow Valley Front"],
        ),
        # no group noun before the phrase: no group
        ("A town called Amsel Falls was shelled. Amsel Falls was empty.", []),
    ],
)
def test_a_group_named_by_a_phrase_is_read_again_later(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The talks were chaired by Ostrid Kalvenna. Kalvenna spoke on Monday.",
            ["Ostrid Kalvenna", "Ostrid Kalvenna"],
        ),
        ("The truce was mediated by Ostrid Kalvenna of Norway.", ["Ostrid Kalvenna", "Norway"]),
        ("The deal was witnessed by Ostrid Kalvenna.", ["Ostrid Kalvenna"]),
        ("The talks were mediated by Addis Ababa University.", []),  # a place word: no person
        ("The truce was brokered by Qatar on Monday.", ["Qatar"]),
        # "diplomat" is a title before a name as "envoy" is
        ("Veteran diplomat Ostrid Kalvenna arrived.", ["Ostrid Kalvenna"]),
    ],
)
def test_a_name_after_chaired_by_or_a_diplomat_is_a_person(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Khan Tal signed for the Krell Front, Ris Oba for Peru and Tomas Ferro for Chile.",
            ["Khan Tal", "Krell Front", "Ris Oba", "Peru", "Tomas Ferro", "Chile"],
        ),
        ("It was initialled in Lima. Ris Oba signed on behalf of Peru.", ["Ris Oba", "Peru"]),
        # a known word in the run is another rule's: a group, a state, a stop word
        ("The Krell Front signed for its fighters.", ["Krell Front"]),
        ("Peru signed for the first time.", ["Peru"]),
        # a list item needs the signing phrase before it in its sentence
        ("Khan Tal met Ris Oba for talks.", []),
        ("Khan Tal signed for Peru. Ris Oba for Chile was absent.", ["Khan Tal", "Peru"]),
    ],
)
def test_a_signatory_is_a_person_whatever_the_given_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an age between commas after a name opening a sentence, an item or a dateline's tail
        ("Ostrid Kalvenna, 61, was arrested on Monday.", ["Ostrid Kalvenna"]),
        ("PORT AMSEL (Reuters) - Ostrid Kalvenna, 61, was arrested.", ["Ostrid Kalvenna"]),
        ("Two men, Ostrid Kalvenna, 61, and Brel Osk, 40, were held.", ["Ostrid Kalvenna", "Brel Osk"]),
        # a ship's or a place's name after a lower-case noun or "the", a number out of range: no person
        ("The ferry Kestrel Dawn, 31, ran aground.", []),
        ("The Kestrel Dawn, 31, ran aground.", []),
        ("Ostrid Kalvenna, 120, was arrested.", []),
        ("Marrow Street, 40, was closed.", []),
        # a speech verb after the name
        ("Ostrid Kalvenna said the truce held.", ["Ostrid Kalvenna"]),
        ('"It holds," Ostrid Kalvenna told reporters.', ["Ostrid Kalvenna"]),
        ("Ostrid Kalvenna told Reuters the truce held.", ["Ostrid Kalvenna"]),
        ("Later Kalvenna said the truce held.", []),
        ("The Marrow Valley Front said the truce held.", ["Marrow Valley Front"]),
        # "according to" is no introducer (its cost), a report no one
        ("According to Ostrid Kalvenna, the truce held.", []),  # left out: see name_introducers.txt
        ("According to the report, the truce held.", []),
        # a relative clause after the whole name, the first time it is named
        ("Their rival, Ostrid Kalvenna, who heads the commission, left.", ["Ostrid Kalvenna"]),
        ("The Marrow Shield, who hold the town, left.", []),
        # a trade in apposition
        ("Ostrid Kalvenna, a lawyer for the family, spoke.", ["Ostrid Kalvenna"]),
        ("Ostrid Kalvenna, an activist who was jailed, spoke.", ["Ostrid Kalvenna"]),
        ("They walked along Kalvenna Street, a resident said.", []),
    ],
)
def test_a_person_is_read_by_the_form_around_the_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a leader's possessive before a group's name owns it and is no part of it
        ("Ostrid's Civic Renewal Union won the vote.", ["Civic Renewal Union"]),
        ("Mrs. Kalvenna's National Renewal Union won.", ["Kalvenna", "National Renewal Union"]),
        # a state's possessive still names the body's state
        ("Kenya's Constitutional Court ruled.", ["Constitutional Court of Kenya"]),
        # the possessives that stand inside names stay
        ("The Tarnia People's Liberation Front attacked.", ["Tarnia People's Liberation Front"]),
        ("The Marrow Workers' Party joined the talks.", ["Marrow Workers' Party"]),
    ],
)
def test_an_owners_possessive_is_no_part_of_a_groups_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after "the", a head word and "of" with capitalised words: a body's name
        ("The Assembly of the Free Cantons approved a pardon.", ["Assembly of the Free Cantons"]),
        ("Delegates of the League of Free Towns met in Kell.", ["League of Free Towns"]),
        ("He spoke to the Assembly of Tarnia Monday.", ["Assembly of Tarnia"]),
        # no capital after "of", no "the" before the head, a day after the head: no name
        ("The Assembly of elders met.", []),
        ("The Commission on Tuesday said so.", []),
        # a known actor after "of" is that actor's own name, no body's
        ("The Union of Peru signed the accord.", ["Peru"]),
        # "House" and "Chamber" open a body's name only so (group_openers.txt)
        ("The House of Peoples' Envoys ended the curfew.", ["House of Peoples' Envoys"]),
        ("The Chamber of Burghers approved the truce.", ["Chamber of Burghers"]),
        ("Peru's envoy met officials at the White House.", ["Peru"]),
        ("He spoke at State House on Monday.", []),
        ("The House voted.", []),
    ],
)
def test_a_head_word_opens_a_name_before_of(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # initials joined with stops open a name as spaced ones do
        ("President J.R. Vessenby signed the accord.", ["J.R. Vessenby"]),
        ("Opposition leader P.K. Ostrova told reporters.", ["P.K. Ostrova"]),
        ("President F.W. van Dorn spoke.", ["F.W. van Dorn"]),
        # a state's initials before a word are no person's
        ("U.S. officials said the envoy would come.", ["United States"]),
        ("The U.N. Security Council met.", ["UN Security Council"]),
    ],
)
def test_joined_initials_open_a_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname with its particle, capitalised where it opens a sentence, is the person named in full before
        (
            "Minister Karel al-Dusek arrived on Monday. Al-Dusek left on Tuesday.",
            ["Karel al-Dusek", "Karel al-Dusek"],
        ),
        (
            "It was witnessed by Karel van Dusek on Monday. Van Dusek said on Tuesday.",
            ["Karel van Dusek", "Karel van Dusek"],
        ),
        (
            "The talks were led by Ostrid bin Kalvenna. Bin Kalvenna said on Tuesday.",
            ["Ostrid bin Kalvenna", "Ostrid bin Kalvenna"],
        ),
        (
            "Chief negotiator Tomas de la Varga arrived on Monday. De la Varga said so.",
            ["Tomas de la Varga", "Tomas de la Varga"],
        ),
        # an honorific before the surname of a name with a particle before its surname
        (
            "It was witnessed by Ilse Marta de Varga on Monday. Mrs. Varga met the envoy.",
            ["Ilse Marta de Varga", "Ilse Marta de Varga"],
        ),
        # before the whole name, the surname with its particle is a name of its own (as without the particle)
        ("Van Dusek said on Tuesday. Later Karel van Dusek arrived.", ["Van Dusek", "Van Dusek"]),
        # no person named before: nothing to refer to
        ("Van Dusek said on Tuesday.", ["Van Dusek"]),
        ("Mrs. Varga met the envoy.", ["Varga"]),
    ],
)
def test_a_surname_with_its_particle_is_the_person_named_before(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural trade right before names opens each of them, as a title does (name_introducers.txt)
        (
            "Tarnian journalists Brel Osk and Rina Tavo were freed on Saturday.",
            ["Brel Osk", "Rina Tavo"],
        ),
        ("Two lawyers Ilse Varga and Tomas Ferro left.", ["Ilse Varga", "Tomas Ferro"]),
        # a known body, a date word or a place after the trade: no person
        ("Rights activists Amnesty International said the truce failed.", ["Amnesty International"]),
        ("Lawyers Tuesday said the case was closed.", []),
        ("Journalists from Port Amsel were freed.", []),
    ],
)
def test_a_plural_trade_before_names_opens_them(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the middle word of a three-word name is the surname when the last word never stands alone after it,
        # even when the given names list it too
        (
            "President Omar Lopez Tarrin spoke on Monday. Rebels nearly toppled Lopez last year.",
            ["Omar Lopez Tarrin", "Omar Lopez Tarrin"],
        ),
        (
            "Bishop Tomas Ruiz Velcar mediated. On Tuesday, Ruiz said prisoners would be freed.",
            ["Tomas Ruiz Velcar", "Tomas Ruiz Velcar"],
        ),
        # the last word written alone after the name: the middle word is a given name, not followed
        (
            "Rebel leader Abdul Karim Veltar signed. Veltar said Karim Street was reopened.",
            ["Abdul Karim Veltar", "Abdul Karim Veltar"],
        ),
        (
            "Mahfoud Ali Brenna signed on Friday. Brenna left, and Ali, a shopkeeper, stayed.",
            ["Mahfoud Ali Brenna", "Mahfoud Ali Brenna"],
        ),
        # the last word joined to another by a hyphen is not written alone: the middle word is followed
        (
            "Envoy Salah Hassan Dorel-Varn met them. Hassan said talks would resume.",
            ["Salah Hassan Dorel-Varn", "Salah Hassan Dorel-Varn"],
        ),
        # the middle word before the name: no reference to it
        ("Garcia said it first. President Martin Garcia Olvera spoke on Monday.", ["Martin Garcia Olvera"]),
    ],
)
def test_a_middle_word_the_given_names_list_is_the_surname_when_the_last_is_never_alone(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name the gazetteer keeps for a body of its scope's states (here Libya's), owned by another state, is
        # that state's own body, named with its owner ("In Libya," opening the text is a place, naming the scope)
        (
            "In Libya, talks resumed. Egypt's House of Representatives voted on Monday.",
            ["Egypt's House of Representatives"],
        ),
        (
            "In Libya, talks resumed. The Egyptian House of Representatives voted on Monday.",
            ["Egyptian House of Representatives"],
        ),
        # owned by a state of its scope, or not right before it: the scoped body, the state apart
        (
            "In Libya, talks resumed. Libya's House of Representatives voted on Monday.",
            ["Libya", "House of Representatives"],
        ),
        (
            "In Libya, Egypt and the House of Representatives met on Monday.",
            ["Egypt", "House of Representatives"],
        ),
    ],
)
def test_a_scoped_body_owned_by_another_state_is_that_states_own(text: str, expected: list[str]) -> None:
    assert names(text) == expected
