"""A pronoun subject ("On 4 May they withdrew") carries over the subject of the sentence before, from the
examples of data/en/subject_pronouns.txt run through the whole pipeline, with its roles."""

from __future__ import annotations

from dataclasses import replace

import pytest

from timeline.config import load_config
from timeline.core.errors import DataFileError
from timeline.pipeline import extract_texts
from timeline.understanding import carried_subjects
from timeline.understanding.carried_subjects import load_subject_pronouns
from timeline.understanding.rulefiles import Example, read_rule_file

EXAMPLES = read_rule_file(carried_subjects.SUBJECT_PRONOUNS, columns=2).examples


def dated_rows(text: str, config=None):
    frame = extract_texts({"a.txt": "Report\n\n" + text}, config=config).frame
    return frame.set_index("date_text")


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.text[:50])
def test_subject_pronoun_example(example: Example) -> None:
    assert list(dated_rows(example.text)["actors"]) == [example.expected]


def test_the_examples_need_the_file(tmp_path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n", encoding="utf-8")
    without = replace(load_config(), pronouns=load_subject_pronouns(empty))
    assert list(dated_rows(EXAMPLES[0].text, without)["actors"]) != [EXAMPLES[0].expected]


def test_a_carried_pair_acts_and_the_passage_names_the_other_party() -> None:
    text = "The Valdorian Army and the Krell Liberation Front met. They agreed on 4 May 2031 to reopen roads."
    row = dated_rows(text).loc["4 May 2031"]
    assert (row["actor1"], row["actor2"], row["assoc_actors"]) == ("Valdorian Army", "Krell Liberation Front", "")
    text = "The Krell Liberation Front took the port. On 4 May 2031 they handed it to Paraguay's army."
    row = dated_rows(text).loc["4 May 2031"]
    assert (row["actor1"], row["actor2"]) == ("Krell Liberation Front", "Military Forces of Paraguay")


def test_the_nearest_fitting_subject_is_taken() -> None:
    # "he" passes over a sentence naming only a state to the person before it
    text = "General Tomas Ferro toured the front. Paraguay sent food. He left on 4 May 2031."
    assert dated_rows(text).loc["4 May 2031", "actors"] == "Tomas Ferro"
    # a subject three sentences back is out of reach
    text = "General Tomas Ferro toured the front. Rain fell. Roads closed. Shops shut. He left on 4 May 2031."
    assert dated_rows(text).loc["4 May 2031", "actors"] == ""


def test_a_pronoun_after_a_named_subject_carries_nothing() -> None:
    text = "The Krell Liberation Front took the port. Paraguay said on 4 May 2031 that they left."
    assert dated_rows(text).loc["4 May 2031", "actors"] == "Paraguay"


def test_a_pronoun_inside_a_later_clause_is_the_sentences_subject() -> None:
    # the clause with the second date is a passage of its own, opening mid-sentence
    text = "Colonel Ilse Varga came to power in 2031 after a war she had launched on 4 May 2028."
    rows = dated_rows(text)
    assert rows.loc["4 May 2028", "actors"] == "Ilse Varga"
    assert rows.loc["4 May 2028", "actor1"] == "Ilse Varga"
    # "it" there is as often a thing: it carries nothing
    text = "The Selva Commission sent monitors in 2031, before a report it had written on 4 May 2028 was read."
    assert dated_rows(text).loc["4 May 2028", "actors"] == ""
    # nor does a pronoun after a comma, in a clause of many words, or after a name
    text = "Colonel Ilse Varga came to power in 2031, and on 4 May 2028 the long war they fought in the hills ended."
    assert dated_rows(text).loc["4 May 2028", "actors"] == ""


def test_a_party_reference_after_the_date_leaves_the_opening_pronoun_the_subject() -> None:
    # "both sides" stands in a later clause than the dated call: "He" is still who called
    text = (
        "General Tomas Ferro met the Valdorian Army and the Krell Liberation Front. "
        "He called for a vote on 4 May 2031, with monitors from both sides watching."
    )
    row = dated_rows(text).loc["4 May 2031"]
    assert row["actor1"] == "Tomas Ferro"
    assert row["assoc_actors"] == "Valdorian Army; Krell Liberation Front"
    # a reference before the date is the happening's own: the pronoun after it only speaks
    text = (
        "The Valdorian Army and the Krell Liberation Front met. General Tomas Ferro toured the front. "
        '"Both sides must sign," he said on 4 May 2031.'
    )
    assert dated_rows(text).loc["4 May 2031", "actors"] == "Valdorian Army; Krell Liberation Front"


def test_a_clause_cut_between_its_subject_and_verb_takes_the_name_before_the_cut() -> None:
    # the second date cuts "Colonel Ilse Varga, | said on 4 May": she said it, not the sentence's first subject
    text = (
        "The Krell Liberation Front left the port on 3 May 2031, Paraguay's envoy, Colonel Ilse Varga, "
        "said on 4 May 2031."
    )
    row = dated_rows(text).loc["4 May 2031"]
    assert (row["actors"], row["actor1"]) == ("Ilse Varga", "Ilse Varga")
    # a clause joined by "and" (or "then") is one of its own: its subject is the sentence's
    for joiner in ("and", "then"):
        text = (
            f"The Krell Liberation Front seized the pass on 3 May 2031, routing General Tomas Ferro, {joiner} took the"
            " port on 4 May 2031."
        )
        assert dated_rows(text).loc["4 May 2031", "actor1"] == "Krell Liberation Front"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject cut off is a list of people, each after the title their state owns: all of them signed
        (
            "A truce took effect on 5 May 2031 after Paraguay's prime minister, Karel Dusek, Uruguay's president,"
            " Ilse Varga, and Chile's president, Tomas Ferro, signed a statement on 4 May 2031.",
            ["Karel Dusek", "Ilse Varga", "Tomas Ferro"],
        ),
        (
            "A truce took effect on 5 May 2031 after Karel Dusek and Ilse Varga signed a statement on 4 May 2031.",
            ["Karel Dusek", "Ilse Varga"],
        ),
        # a person who is no part of the list (the object of another verb) stays out
        (
            "A truce took effect on 5 May 2031 after talks with Karel Dusek, the envoy of Uruguay, Ilse Varga,"
            " signed a statement on 4 May 2031.",
            ["Ilse Varga"],
        ),
    ],
)
def test_a_subject_cut_off_before_its_verb_is_the_whole_list_of_people(text: str, expected: list[str]) -> None:
    row = dated_rows(text).loc["4 May 2031"]
    assert [a for a in row["actors"].split("; ") if a in ("Karel Dusek", "Ilse Varga", "Tomas Ferro")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject cut off is a list of states: all of them visited (an abbreviation's dot and "the" between)
        (
            "Talks resumed on 5 May 2031, a day after the leaders of Paraguay, Uruguay, the U.K. and Chile, visiting"
            " Selvar on 4 May 2031, demanded a truce.",
            ["Paraguay", "Uruguay", "United Kingdom", "Chile"],
        ),
        (
            "Talks resumed on 5 May 2031 after Paraguay and the Krell Liberation Front, meeting in Selvar on"
            " 4 May 2031, agreed a truce.",
            ["Paraguay", "Krell Liberation Front"],
        ),
        # a state before the verb of another clause is no part of the list
        (
            "Talks resumed on 5 May 2031 after Paraguay accused Uruguay, visiting Selvar on 4 May 2031, of delays.",
            ["Uruguay"],
        ),
    ],
)
def test_a_subject_cut_off_before_its_verb_is_the_whole_list_of_states_or_bodies(
    text: str, expected: list[str]
) -> None:
    assert dated_rows(text).loc["4 May 2031", "actors"].split("; ") == expected


def test_an_apposition_with_who_opening_a_passage_is_the_person_before_it() -> None:
    # "..., Colonel Ilse Varga, | the veteran diplomat who ...": who acts is the person the apposition names
    text = "Paraguay sent an envoy in 2030, Colonel Ilse Varga, the veteran diplomat who is to stay until 4 May 2031."
    row = dated_rows(text).loc["4 May 2031"]
    assert (row["actors"], row["actor1"]) == ("Ilse Varga", "Ilse Varga")
    # only for a person, and only with "who": "the panel which" after a body is left alone ("the body which" would
    # name the body by description, `name_descriptions.txt`)
    text = "Paraguay sent an envoy in 2030, the Selva Commission, the panel which is to stay until 4 May 2031."
    assert dated_rows(text).loc["4 May 2031", "actors"] == ""


def test_a_bad_use_names_the_file(tmp_path) -> None:
    bad = tmp_path / "pronouns.txt"
    bad.write_text("they, rebels\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"pronouns\.txt"):
        load_subject_pronouns(bad)


def test_a_clause_without_its_subject_takes_the_sentences() -> None:
    text = "General Tomas Ferro, who took command in 2029, flew to Port Amsel on 4 May 2031."
    rows = dated_rows(text)
    assert rows.loc["4 May 2031", "passage"].startswith("flew")  # the sentence dates two happenings
    assert (rows.loc["4 May 2031", "actors"], rows.loc["4 May 2031", "actor1"]) == ("Tomas Ferro", "Tomas Ferro")
    # a clause with a subject of its own keeps it
    text = "General Tomas Ferro took command in 2029, and Paraguay sent troops on 4 May 2031."
    assert dated_rows(text).loc["4 May 2031", "actors"] == "Paraguay"
    # "and" (a lead word) before the clause's verb: the clause still has no subject of its own
    text = "The Krell Liberation Front seized Port Amsel in March 2030, and took Varna on 4 May 2031."
    row = dated_rows(text).loc["4 May 2031"]
    assert row["passage"].startswith("and took")
    assert (row["actors"], row["actor1"]) == ("Krell Liberation Front", "Krell Liberation Front")
    # an auxiliary opens such a clause as a verb does
    text = "The Krell Liberation Front attacked Port Amsel in March 2030 but was pushed back on 4 May 2031."
    row = dated_rows(text).loc["4 May 2031"]
    assert (row["passage"], row["actors"]) == ("but was pushed back on 4 May 2031.", "Krell Liberation Front")


def test_a_clause_after_a_joiner_takes_the_sentences_subject() -> None:
    text = "The Krell Liberation Front crossed the river in 2029, and took the port of Selva on 4 May 2031."
    rows = dated_rows(text)
    assert rows.loc["4 May 2031", "passage"].startswith("and took")  # the sentence dates two happenings
    assert rows.loc["4 May 2031", "actor1"] == "Krell Liberation Front"
    text = "The Valdorian Army left the valley in 2029, after signing a truce in Port Amsel on 4 May 2031."
    assert dated_rows(text).loc["4 May 2031", "actor1"] == "Valdorian Army"
    # a joiner before a clause with a subject of its own keeps that subject
    text = "The Valdorian Army left the valley in 2029, and Paraguay sent troops on 4 May 2031."
    assert dated_rows(text).loc["4 May 2031", "actors"] == "Paraguay"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who only backs the subject is not it
        (
            "The Paraguay-backed Krell Liberation Front seized Port Amsel in March 2030, and took Varna on 4 May 2031.",
            "Krell Liberation Front",
        ),
        # a party reference as the sentence's subject: the pair it stands for
        (
            "Paraguay and Bolivia share a long border. The two countries last clashed in the hills in 2029, and "
            "fought a full-scale war on 4 May 2031.",
            "Paraguay; Bolivia",
        ),
        (
            "The Valdorian Army and the Krell Liberation Front met in Port Amsel. Both sides withdrew from Tolm in "
            "2029, but fought again on 4 May 2031.",
            "Valdorian Army; Krell Liberation Front",
        ),
    ],
)
def test_a_clause_cut_from_its_sentence_takes_the_subject_that_acts(text, expected) -> None:
    row = dated_rows(text).loc["4 May 2031"]
    assert row["passage"][:1].islower()  # the sentence dates two happenings
    assert row["actors"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the names after the clause's opening verb are its objects: the subject is still the sentence's
        (
            "Tomas Ferro, the general named by the assembly to lead the army in March 2029, attacked the Krell "
            "Liberation Front on 4 May 2031.",
            "Krell Liberation Front; Tomas Ferro",
        ),
        # a participle before its agent describes a name before it: no subject is carried
        (
            "The Valdorian Army left Tolm in March 2029, followed by the Krell Liberation Front on 4 May 2031.",
            "Krell Liberation Front",
        ),
        # a speech verb's subject may follow it
        (
            "The Valdorian Army left Tolm in March 2029, announced Paraguay's envoy on 4 May 2031.",
            "Paraguay",
        ),
    ],
)
def test_a_clause_opening_with_its_verb_may_name_its_objects(text, expected) -> None:
    row = dated_rows(text).loc["4 May 2031"]
    assert row["passage"][:1].islower()  # the sentence dates two happenings
    assert row["actors"] == expected


def test_a_clause_after_a_subject_naming_nobody_takes_nobody() -> None:
    text = "Tolm lies in a long valley. Heavy rains hit the hills in 2029, and flooded Tolm on 4 May 2031."
    assert dated_rows(text).loc["4 May 2031", "actors"] == ""


def test_a_pronoun_after_a_quotation_is_who_spoke() -> None:
    text = 'General Tomas Ferro toured the front. "The guns are silent," he said on 4 May 2031.'
    row = dated_rows(text).loc["4 May 2031"]
    assert (row["actors"], row["actor1"]) == ("Tomas Ferro", "Tomas Ferro")
    # the pronoun of a quotation that is not its attribution carries nothing
    text = 'General Tomas Ferro toured the front. "He left on 4 May 2031," Paraguay said.'
    assert dated_rows(text).loc["4 May 2031", "actors"] == "Paraguay"


def test_who_reports_a_sentence_reports_each_clause_passage_of_it() -> None:
    # two dates cut the sentence in two passages: the speaker in the second reports the first too
    text = (
        "Paraguay and the Krell Liberation Front agreed to a truce on 11 May 2031 after talks,"
        " China's foreign ministry said on Friday."
    )
    rows = dated_rows(text)
    assert rows.loc["11 May 2031", "actors"] == "Paraguay; Krell Liberation Front; China"  # the state, not its ministry
    assert (rows.loc["11 May 2031", "actor1"], rows.loc["11 May 2031", "actor2"]) == (
        "Paraguay",
        "Krell Liberation Front",
    )
    text = "A truce takes effect on 25 May 2031, Uruguay's presidency said after a summit in Port Amsel on 23 May 2031."
    assert dated_rows(text).loc["23 May 2031", "actors"] == "Uruguay"
    # an actor of the other clause who does not speak stays there
    text = "Paraguay withdrew its troops on 11 May 2031, and Uruguay sent monitors on 14 May 2031."
    assert dated_rows(text).loc["11 May 2031", "actors"] == "Paraguay"


def test_a_relative_pronoun_opening_a_passage_stands_for_the_actor_before_it() -> None:
    # the sentence dates two happenings; the second passage opens with "who"
    text = "In his address on 3 May 2031, Colonel Ilse Varga, who seized power in March 2030, announced talks."
    row = dated_rows(text).loc["March 2030"]
    assert row["passage"].startswith("who seized")
    assert (row["actors"], row["actor1"]) == ("Ilse Varga", "Ilse Varga")
    # "whom": the antecedent takes part without acting; the acronym's long form and its owner come along
    text = (
        "On 3 May 2031 Paraguay freed members of the Krell Liberation Front (KLF), whose fighters left Port"
        " Amsel in March 2030."
    )
    row = dated_rows(text).loc["March 2030"]
    assert (row["actors"], row["actor1"], row["assoc_actors"]) == (
        "Krell Liberation Front",
        "",
        "Krell Liberation Front",
    )
    text = "On 3 May 2031 Paraguay's envoy, Tomas Ferro, whom the Selva Commission named in March 2030, resigned."
    row = dated_rows(text).loc["March 2030"]
    assert set(row["actors"].split("; ")) == {"Tomas Ferro", "Selva Commission"}
    # "which" never stands for a person; who/which before the date's own subject stands for nothing
    text = "On 3 May 2031 Paraguay named Tomas Ferro, which surprised Port Amsel in March 2030, as envoy."
    assert "Tomas Ferro" not in dated_rows(text).loc["March 2030", "actors"]
    text = (
        "On 3 May 2031 the Selva Commission accused the Krell Liberation Front, which ruled until"
        " General Tomas Ferro took office in March 2030."
    )
    assert dated_rows(text).loc["March 2030", "actors"] == "Tomas Ferro"


def test_an_object_pronoun_stands_for_the_person_of_the_sentence_before() -> None:
    text = "General Tomas Ferro registered in April 2031. A court in Port Amsel reinstated him on appeal on 3 May 2031."
    row = dated_rows(text).loc["3 May 2031"]
    assert (row["actors"], row["actor1"], row["assoc_actors"]) == ("Tomas Ferro", "", "Tomas Ferro")
    # the verb's own subject is not who "him" is
    text = "Colonel Ilse Varga spoke in April 2031. General Tomas Ferro had appointed her on 3 May 2031."
    assert dated_rows(text).loc["3 May 2031", "actors"] == "Tomas Ferro; Ilse Varga"
    # a person named earlier in the passage, not as the verb's subject, may be who it is: nothing is added
    text = "General Tomas Ferro left in April 2031. Ilse Varga ordered on 3 May 2031 that forces loyal to him leave."
    assert dated_rows(text).loc["3 May 2031", "actors"] == "Ilse Varga"
    # "her" before a noun is a possessive
    text = "Colonel Ilse Varga left in April 2031. On 3 May 2031 the Selva Commission met her government."
    assert dated_rows(text).loc["3 May 2031", "actors"] == "Selva Commission"


def test_the_clause_after_a_relative_aside_takes_its_antecedent() -> None:
    # the aside's date cuts the sentence: the rest of the main clause is a passage of its own
    text = (
        "In Port Amsel, Colonel Ilse Varga, who announced in April 2030 that she would step down, was due to hand"
        " over power to Tomas Ferro on 3 May 2031."
    )
    row = dated_rows(text).loc["3 May 2031"]
    assert row["passage"].startswith("was due")
    assert set(row["actors"].split("; ")) == {"Ilse Varga", "Tomas Ferro"}
    # no aside right before the passage: nothing is added
    text = "Colonel Ilse Varga met Tomas Ferro in April 2030, agreed to step down, and left power on 3 May 2031."
    assert "Tomas Ferro" not in dated_rows(text).loc["3 May 2031", "actors"]


def test_a_short_piece_of_a_sentence_dates_the_happening_of_the_clause_it_is_cut_from() -> None:
    # a second date cuts "before the end of July 2031." off: Paraguay's reopening, not the minister's speech
    text = (
        "Foreign Minister Ilse Varga said that Paraguay would reopen its embassy in Port Amsel, closed since 2029,"
        " before the end of July 2031."
    )
    row = dated_rows(text).loc["the end of July 2031"]
    assert row["actor1"] == "Paraguay"
    # "and | in Port Amsel on 9 May 2031": the meeting again, its subject the sentence's
    text = (
        "Foreign Minister Ilse Varga met the Krell Liberation Front in Port Amsel in 2030, and in Tolm on 9 May 2031."
    )
    assert dated_rows(text).loc["9 May 2031", "actor1"] == "Ilse Varga"
    # "and | for elections in May 2032": what the sentence's subjects called for, a second time
    text = (
        "Colonel Ilse Varga and Tomas Ferro called on 4 May 2031 for a truce in Port Amsel, and for national"
        " elections in May 2032."
    )
    assert set(dated_rows(text).loc["May 2032", "actors"].split("; ")) == {"Ilse Varga", "Tomas Ferro"}
    # a piece with a clause of its own carries nothing: the rebel leaders arrived, not Colonel Varga
    text = "Colonel Ilse Varga came to power in 2031, before the rebel leaders arrived on 4 May 2032."
    assert dated_rows(text).loc["4 May 2032", "actors"] == ""


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a list item cut at its comma repeats the item before without its verb: Paraguay hands back each district
        (
            "Paraguay must hand back the Tolm district by 15 November 2031, Agdo by 20 November 2031 and Varn by"
            " 1 December 2031.",
            "20 November 2031",
            "Paraguay",
        ),
        ("Paraguay handed back Tolm on 15 May 2031, Agdo on 20 May 2031.", "20 May 2031", "Paraguay"),
        # another word than the item before's opens no such item; a name before the date is the piece's own
        ("Paraguay handed back Tolm on 15 May 2031, Agdo by 20 May 2031.", "20 May 2031", ""),
        ("Paraguay took Tolm on 15 May 2031, Uruguay on 20 May 2031.", "20 May 2031", "Uruguay"),
    ],
)
def test_a_gapped_list_item_dates_the_happening_of_the_item_before(text: str, date: str, expected: str) -> None:
    assert dated_rows(text).loc[date, "actors"] == expected


def test_a_clause_opening_its_sentence_with_a_subordinator_holds_no_subject() -> None:
    # "seized Port Amsel on 4 May 2031" is the Front's act, not the Commission's of the opening "After" clause
    text = (
        "After the elections of June 2030 gave the Selva Commission a majority, the losing coalition, the Krell"
        " Liberation Front, seized Port Amsel on 4 May 2031."
    )
    row = dated_rows(text).loc["4 May 2031"]
    assert (row["actors"], row["actor1"]) == ("Krell Liberation Front", "Krell Liberation Front")


def test_a_possessive_pronoun_carries_only_into_a_passage_naming_nobody_before_its_date() -> None:
    text = "The Krell Liberation Front took the port. Its political wing, the Ostrand Union, spoke on 4 May 2031."
    assert dated_rows(text).loc["4 May 2031", "actors"] == "Ostrand Union"


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a passive's agent after "by" is no subject of the relative clause: "who" is still Varga
        (
            "On 3 May 2031 Tomas Ferro met the mayor, Ilse Varga, who had been dismissed by Paraguay in March 2030.",
            "March 2030",
            {"Ilse Varga", "Paraguay"},
        ),
        # a place after "in" neither; an apposition with "a" and a role stands between the name and "who"
        (
            "On 3 May 2031 Ilse Varga, a retired general who had returned from exile in Paraguay in March 2030, spoke.",
            "March 2030",
            {"Ilse Varga"},
        ),
        # the role may end in "of" and a capitalised place
        (
            "The front was formed on 3 May 2031 by Ilse Varga, a former governor of Tolm who had been dismissed by"
            " Tomas Ferro in March 2030.",
            "March 2030",
            {"Ilse Varga", "Tomas Ferro"},
        ),
    ],
)
def test_a_relative_clause_keeps_its_antecedent_past_an_agent_a_place_or_a_role(text, date, expected) -> None:
    row = dated_rows(text).loc[date]
    assert set(row["actors"].split("; ")) == expected


def test_a_subject_of_the_relative_clause_still_stops_the_antecedent() -> None:
    # "said" has a subject of its own (no preposition before it): the clause's date is Ferro's
    text = "On 3 May 2031 Paraguay named Ilse Varga, who said Tomas Ferro had resigned in March 2030."
    assert "Ilse Varga" not in dated_rows(text).loc["March 2030", "actors"]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # an opening participle phrase cut off at its date: the main clause's subject is its subject
        (
            "Founded in 1959 during the rule of Tomas Ferro, the Krell Liberation Front carried out its first attack"
            " in 1968.",
            "1959",
            {"Tomas Ferro", "Krell Liberation Front"},
        ),
        # the participle after a comma, nobody named before it
        (
            "In resolution 12 (2030), adopted unanimously on 16 April 2031, the Selva Council authorised monitors"
            " in May 2031.",
            "16 April 2031",
            {"Selva Council"},
        ),
        # an irregular participle from the data file
        (
            "Born in 1959 in Tolm, Tomas Ferro took power in 2029.",
            "1959",
            {"Tomas Ferro"},
        ),
    ],
)
def test_an_opening_participle_phrase_takes_the_main_clause_subject(text, date, expected) -> None:
    assert set(dated_rows(text).loc[date, "actors"].split("; ")) == expected


def test_a_passage_naming_its_subject_before_the_participle_takes_no_other() -> None:
    text = "Ilse Varga, appointed in March 2030, the Selva Council replaced in May 2031."
    assert "Selva Council" not in dated_rows(text).loc["March 2030", "actors"]


def test_a_capitalised_name_in_ed_is_no_participle() -> None:
    text = "United Nations monitors arrived in March 2030, Paraguay left Tolm in May 2031."
    assert "Paraguay" not in dated_rows(text).loc["March 2030", "actors"]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a quotation's first person with the speaker named or a pronoun after it
        ('"I plan to arrive in Tolm on 4 May 2031," Tomas Ferro told reporters.', "4 May 2031", "Tomas Ferro"),
        ('General Tomas Ferro spoke. "I will travel to Tolm on 4 May 2031," he said.', "4 May 2031", "Tomas Ferro"),
        # a quotation of two sentences, attributed after the second
        ('"Today we closed the war in Tolm. We start again," Tomas Ferro said.', "Today", "Tomas Ferro"),
        # a quotation running on with no attribution: the statement that introduces it
        (
            'Following is a statement made by Special Envoy Tomas Ferro in Tolm:\n\n"On 4 May 2031 I presented'
            " a proposal to the parties.",
            "4 May 2031",
            "Tomas Ferro",
        ),
        # a statement's own first person, its heading naming the speaker
        (
            "Statement by the Special Envoy for Valdoria Tomas Ferro\n\nOn 4 May 2031 I presented a proposal.",
            "4 May 2031",
            "Tomas Ferro",
        ),
    ],
)
def test_a_quoted_first_person_is_its_speaker(text, date, expected) -> None:
    assert expected in dated_rows(text).loc[date, "actors"].split("; ")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the speaker only reports another's act, or receives
        (
            'Statement by Special Envoy Tomas Ferro\n\n"I have the honour to report that the parties agreed to a'
            " truce on 4 May 2031.",
            "4 May 2031",
        ),
        ("Statement by Special Envoy Tomas Ferro\n\nA letter dated 4 May 2031 was conveyed to me.", "4 May 2031"),
        # the date is told outside the quotation; a new sentence after the closing mark is no attribution
        (
            'Statement by Special Envoy Tomas Ferro\n\nParaguay left Tolm in 2029 and will return "when my people'
            ' are safe". Tomas Ferro said so.',
            "2029",
        ),
        # a numeral I after a capitalised word
        ("Statement by Special Envoy Tomas Ferro\n\nPhase I ended on 4 May 2031.", "4 May 2031"),
    ],
)
def test_a_first_person_that_tells_no_act_of_the_speaker_gives_nobody(text, date) -> None:
    assert "Tomas Ferro" not in dated_rows(text).loc[date, "actors"].split("; ")
