"""Unnamed parties ("the two sides", "Sudan's warring sides") take the parties named nearby, from the
examples of data/en/party_anaphors.txt run through the whole pipeline."""

from __future__ import annotations

from dataclasses import replace

import pytest

from timeline.config import load_config
from timeline.core.errors import DataFileError
from timeline.pipeline import extract_texts
from timeline.understanding import party_anaphora
from timeline.understanding.party_anaphora import load_party_anaphors
from timeline.understanding.rulefiles import Example, read_rule_file

EXAMPLES = read_rule_file(party_anaphora.PARTY_ANAPHORS, columns=2).examples


def dated_row_actors(text: str, config=None) -> dict[str, str]:
    frame = extract_texts({"a.txt": "Report\n\n" + text}, config=config).frame
    return dict(zip(frame["date_text"], frame["actors"], strict=True))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.text[:40])
def test_party_anaphor_example(example: Example) -> None:
    (actors,) = dated_row_actors(example.text).values()
    # "-": the row takes no actor
    assert actors == ("" if example.expected == "-" else example.expected)


def test_the_examples_need_the_file(tmp_path, monkeypatch) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n", encoding="utf-8")
    without = replace(load_config(), anaphors=load_party_anaphors(empty))
    assert all(list(dated_row_actors(e.text, without).values()) != [e.expected] for e in EXAMPLES[:2])


def test_unnamed_parties_are_associated_never_actor1_or_actor2() -> None:
    text = (
        "The Krell Liberation Front and the Valdorian Army met in Port Amsel."
        " The two sides signed a truce on 3 May 2031."
    )
    frame = extract_texts({"a.txt": "Report\n\n" + text}).frame
    row = frame[frame["date_text"] == "3 May 2031"].iloc[0]
    assert (row["actor1"], row["actor2"]) == ("", "")
    assert row["assoc_actors"] == "Krell Liberation Front; Valdorian Army"


def test_a_mediator_is_not_a_party() -> None:
    text = "The United Nations and the Krell Liberation Front met. The two sides signed a truce on 3 May 2031."
    assert list(dated_row_actors(text).values()) == [""]


def test_a_bad_kind_names_the_file(tmp_path) -> None:
    bad = tmp_path / "anaphors.txt"
    bad.write_text("two sides, rebels\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"anaphors\.txt"):
        load_party_anaphors(bad)


def test_who_made_it_in_the_next_sentence_acts_unless_the_passage_names_who_did() -> None:
    text = "A truce was signed on 3 May 2031. The deal was signed by General Tomas Ferro and Colonel Ilse Varga."
    frame = extract_texts({"a.txt": "Report\n\n" + text}).frame
    row = frame[frame["date_text"] == "3 May 2031"].iloc[0]
    assert (row["actor1"], row["actor2"], row["assoc_actors"]) == ("Tomas Ferro", "Ilse Varga", "")
    text = "The Valdorian Army agreed a truce on 3 May 2031. It was brokered by Paraguay and the Selva Commission."
    frame = extract_texts({"a.txt": "Report\n\n" + text}).frame
    row = frame[frame["date_text"] == "3 May 2031"].iloc[0]
    assert (row["actor1"], row["assoc_actors"]) == ("Valdorian Army", "Paraguay; Selva Commission")


def test_a_next_sentence_with_its_own_date_is_its_own_happening() -> None:
    text = "The truce took effect on 3 May 2031. The deal had been signed by Paraguay in March 2030."
    assert dated_row_actors(text)["3 May 2031"] == ""


def test_a_signatory_in_the_next_sentence_joins_an_agreement_as_associated() -> None:
    text = (
        "The Valdorian Army and the Krell Liberation Front signed a truce on 3 May 2031."
        " General Tomas Ferro, who led the talks, also signed it on behalf of the army."
    )
    frame = extract_texts({"a.txt": "Report\n\n" + text}).frame
    row = frame[frame["date_text"] == "3 May 2031"].iloc[0]
    assert row["actors"] == "Valdorian Army; Krell Liberation Front; Tomas Ferro"
    assert (row["actor1"], row["actor2"], row["assoc_actors"]) == (
        "Valdorian Army", "Krell Liberation Front", "Tomas Ferro"
    )  # fmt: skip


def test_who_only_speaks_of_the_agreement_is_no_signatory() -> None:
    text = "The Valdorian Army signed a truce on 3 May 2031. Paraguay said the truce was signed in haste."
    assert dated_row_actors(text)["3 May 2031"] == "Valdorian Army"
    # nor is the subject of a next sentence when the dated passage is no agreement
    text = "The Valdorian Army withdrew on 3 May 2031. General Tomas Ferro signed the order."
    assert dated_row_actors(text)["3 May 2031"] == "Valdorian Army"


@pytest.mark.parametrize(
    "passage",
    [
        "The two sides signed a truce on Friday.",
        "THE TWO SIDES signed a truce on Friday.",  # case does not matter
        "The two\n  sides signed a truce.",  # nor the spaces between the words
        "The “two sides” signed a truce on Friday.",  # typographic quotes are read as spaces
        "The Two Sides’ truce held.",
        "The “delegations” agreed.",
        "The two ſides agreed.",  # a long s matches "s" case-insensitively: the pattern decides
        "The two SİDES agreed.",
        "Both parties agreed.",
        "The delegations agreed on Friday.",  # no phrase at all
        "The sidestep of two sides-by-sides.",
        "The besides and countryside.",  # a last word inside a longer word: the pattern decides
    ],
)
def test_the_last_word_test_agrees_with_the_pattern(passage: str) -> None:
    """The cheap test before the search never turns a match away (`_may_name`)."""
    anaphors = load_party_anaphors()
    assert anaphors.last_words is not None
    found = anaphors.pattern.search(passage)
    assert party_anaphora._may_name(passage, anaphors) or found is None
    plain = passage.translate(party_anaphora._PUNCTUATION)
    if plain.isascii() and not any(w in plain.lower() for w in anaphors.last_words):
        assert not party_anaphora._may_name(passage, anaphors)
    if not plain.isascii():
        assert party_anaphora._may_name(passage, anaphors)


@pytest.mark.parametrize(
    ("passage", "may"),
    [
        ("The government welcomed the agreement and the statement.", False),  # "men" only inside words
        ("The besides and countryside.", False),
        ("The sidestep of two sides-by-sides.", True),
        ("Both men, the ministers, agreed.", True),
        ("two men agreed", True),  # at the start
        ("men agreed", False),  # no phrase ends there: every phrase ending in "men" has "two" or "both" before it
        ("The United States agreed.", False),  # nor in "states"
        ("The two\nstates agreed.", True),  # the pattern's whitespace between the words
        ("The talks between the two leaders", True),  # at the end
        ("The two_sides agreed.", False),  # an underscore is a word character for the pattern's \b
    ],
)
def test_the_last_word_test_wants_a_whole_word(passage: str, may: bool) -> None:
    """A last word inside a longer word does not let the search run (and the pattern finds nothing there)."""
    anaphors = load_party_anaphors()
    assert party_anaphora._may_name(passage, anaphors) is may
    if not may:
        assert anaphors.pattern.search(passage) is None


def test_a_phrase_not_in_ascii_turns_the_last_word_test_off(tmp_path) -> None:
    path = tmp_path / "anaphors.txt"
    path.write_text("two sides, parties\nlas dos partes políticas, parties\n", encoding="utf-8")
    assert load_party_anaphors(path).last_words is None
    assert load_party_anaphors(path).lowered is None  # the (?i) pattern decides
    ascii_only = tmp_path / "ascii.txt"
    ascii_only.write_text("two sides, parties\nboth Armies, parties\n", encoding="utf-8")
    assert load_party_anaphors(ascii_only).last_words == ("armies", "sides")


@pytest.mark.parametrize(
    "passage",
    [
        "The two sides signed a truce on Friday.",
        "THE TWO SIDES signed a truce; BOTH Men left.",
        "The two\n  sides signed a truce.",
        "Both leaders met; the warring factions and the two countries did not.",
        "The rival parties, the parties and both parties.",
        "two_sides, twosides, two sides_",
        "Nothing here names anyone by reference.",
    ],
)
def test_the_lower_case_pattern_finds_what_the_pattern_finds(passage: str) -> None:
    """An ASCII passage is searched in lower case without (?i): same offsets, same kind of reference."""
    anaphors = load_party_anaphors()
    assert anaphors.lowered is not None
    expected = anaphors.pattern.search(passage)
    found = party_anaphora._named_by_reference(passage, anaphors)
    assert (found and (found.span(), found.lastgroup)) == (expected and (expected.span(), expected.lastgroup))


def test_capitals_in_the_file_match_in_lower_case(tmp_path) -> None:
    path = tmp_path / "anaphors.txt"
    path.write_text("Both ARMIES, parties\n", encoding="utf-8")
    anaphors = load_party_anaphors(path)
    found = party_anaphora._named_by_reference("Then both armies withdrew.", anaphors)
    assert found is not None and found.group() == "both armies" and found.lastgroup == "parties"


def test_the_people_a_leads_next_sentence_names_as_its_subject_took_part() -> None:
    lead = "Paraguay and the Krell Liberation Front agreed a truce on 4 May 2031."
    text = lead + " General Tomas Ferro and Colonel Ilse Varga met in Port Amsel and agreed to withdraw troops."
    frame = extract_texts({"a.txt": "Report\n\n" + text}).frame
    row = frame[frame["date_text"] == "4 May 2031"].iloc[0]
    assert row["actors"] == "Paraguay; Krell Liberation Front; Tomas Ferro; Ilse Varga"
    assert (row["actor1"], row["actor2"]) == ("Paraguay", "Krell Liberation Front")  # associated only
    # not who only speaks of it, nor a person who is not the subject, nor when the sentence has its own date
    for after in (
        " General Tomas Ferro, the head of the U.S. mission, said the truce was signed in haste.",
        " The talks were held in the presence of General Tomas Ferro.",
        " General Tomas Ferro met the delegations on 2 May 2031.",
    ):
        assert dated_row_actors(lead + after)["4 May 2031"] == "Paraguay; Krell Liberation Front"
    # nor after a passage other than the document's first dated one
    text = "Uruguay sent monitors on 1 May 2031. " + lead + " General Tomas Ferro met the delegations."
    assert dated_row_actors(text)["4 May 2031"] == "Paraguay; Krell Liberation Front"


def test_a_happening_of_both_sides_takes_no_parties_not_named_as_a_pair() -> None:
    # a host and its guests named in one sentence are no pair of sides
    text = "Paraguay hosted observers from Uruguay. Fighting erupted on 4 May 2031 near the pass."
    assert list(dated_row_actors(text).values()) == [""]


def test_only_a_happening_of_both_sides_takes_the_pair() -> None:
    text = "Paraguay and Uruguay traded accusations. The harvest began on 4 May 2031 near the pass."
    assert list(dated_row_actors(text).values()) == [""]


def test_a_happening_of_both_sides_named_after_the_date_is_another_happening() -> None:
    # the date is the elections'; the truce the sentence speaks of after it is not what was dated
    text = (
        "Paraguay and Uruguay traded accusations. Following the announcement that elections will take place on"
        " 4 May 2031, there have been efforts to stabilise the truce."
    )
    assert list(dated_row_actors(text).values()) == [""]


def test_the_pair_of_a_happening_of_both_sides_is_associated() -> None:
    text = "Paraguay and Uruguay traded accusations. Fighting erupted on 4 May 2031 near the pass."
    frame = extract_texts({"a.txt": "Report\n\n" + text}).frame
    row = frame.iloc[0]
    assert (row["actor1"], row["actor2"], row["assoc_actors"]) == ("", "", "Paraguay; Uruguay")


def test_a_month_after_the_sides_is_no_state_they_are_of() -> None:
    text = (
        "Paraguay's government and the Krell Liberation Front met in Port Amsel."
        " The Ostrand Union will host talks between the two sides in December 2031, officials said."
    )
    (actors,) = dated_row_actors(text).values()
    assert actors == "Ostrand Union; Paraguayan government; Krell Liberation Front"


def test_a_happening_of_both_sides_in_a_clause_takes_its_sentences_pair() -> None:
    text = (
        "Paraguay and Uruguay traded accusations. Formal talks opened in Selva on 9 May 2031, five days after"
        " Chile and the Krell Liberation Front signed a truce in Port Amsel on 4 May 2031."
    )
    assert dated_row_actors(text)["9 May 2031"] == "Chile; Krell Liberation Front"


def test_two_people_with_the_second_ones_title_between_them_are_a_pair() -> None:
    text = (
        "Valdorian President Tomas Ferro and Ostrand Prime Minister Ilse Varga met in Port Amsel. Ferro later"
        " spoke with General Karel Dusek about a plan of Ilse Varga. The two leaders are due to sign a truce on"
        " 4 May 2031, Paraguay said."
    )
    assert set(dated_row_actors(text)["4 May 2031"].split("; ")) == {"Paraguay", "Tomas Ferro", "Ilse Varga"}


def test_the_two_leaders_are_not_the_guests_of_a_ceremony_nor_a_list_of_three() -> None:
    text = (
        "General Tomas Ferro and Colonel Ilse Varga signed a truce. The truce was signed in the presence of"
        " Valdorian President Karel Dusek and Ostrand President Anna Berg. A photograph shows Karel Dusek,"
        " Ostrand President Anna Berg and Colonel Marek Holt. The two men met again on 4 May 2031."
    )
    assert set(dated_row_actors(text)["4 May 2031"].split("; ")) == {"Tomas Ferro", "Ilse Varga"}


def test_a_key_point_without_its_article_refers_to_the_agreement_of_the_lead() -> None:
    text = (
        "The Valdorian Army and the Krell Liberation Front have agreed to a truce after talks mediated by "
        "the Ostrand Union.\n\nKey points:\n- Deal signed in Port Amsel on Wednesday after ten days of talks.\n"
    )
    assert dated_row_actors(text)["Wednesday"] == "Valdorian Army; Krell Liberation Front; Ostrand Union"


def test_an_event_phrase_with_words_of_its_own_refers_to_its_paragraph_or_the_one_before() -> None:
    made = "The Selva Commission held the fourth round of its talks in Port Amsel this week.\n\n"
    dated = "The previous round, in May 2031, produced agreement on prisoners."
    assert dated_row_actors(made + dated)["May 2031"] == "Selva Commission"
    # two paragraphs further it is no longer the same happening
    assert dated_row_actors(made + "Rain fell.\n\nRoads closed.\n\n" + dated)["May 2031"] == ""
    # the round of another noun ("agreed") is not this round
    text = "Paraguay and the Selva Commission agreed to meet in Port Amsel. " + dated
    assert dated_row_actors(text)["May 2031"] == ""


def test_an_event_phrase_whose_passage_names_who_made_it_takes_no_one_else() -> None:
    text = "Tarnia and Paraguay met in Port Amsel. The meeting was requested by Paraguay on 4 May 2031."
    assert dated_row_actors(text)["4 May 2031"] == "Paraguay"


def test_a_named_agreement_in_the_next_sentence_tells_who_signed_the_leads_agreement() -> None:
    text = (
        "Paraguay and the Krell Liberation Front signed a truce on 4 May 2031.\n\n"
        "The Port Amsel Agreement was signed by General Tomas Ferro and Ilse Varga."
    )
    assert dated_row_actors(text)["4 May 2031"] == "Paraguay; Krell Liberation Front; Tomas Ferro; Ilse Varga"


def test_signatories_each_after_their_own_by_and_numbered_items() -> None:
    text = (
        "1.\n\nParaguay and the Krell Liberation Front signed a truce on 4 May 2031.\n\n"
        "2.\n\nThe Agreement was signed by General Tomas Ferro on behalf of the Government, by Commander-in-Chief"
        " of the Joint Staff General Ilse Varga on behalf of the Krell Liberation Front, and by the leaders of three"
        " groups: the Selva Commission, the Ostrand Union and the Tolm Front."
    )
    actors = dated_row_actors(text)["4 May 2031"].split("; ")
    assert {"Tomas Ferro", "Ilse Varga"} <= set(actors)
    # the list after "by the leaders of three groups:" is not read
    assert "Selva Commission" not in actors


def test_the_witnesses_of_a_leads_agreement_took_part() -> None:
    lead = "Paraguay and the Krell Liberation Front signed a truce on 4 May 2031."
    signed = " It was signed by General Tomas Ferro for the army."
    witnessed = " It was witnessed by the Emir of Ostrand, Karel Dusek, as well as the Selvan president Ilse Varga."
    row = dated_row_actors(lead + signed + witnessed)["4 May 2031"]
    assert row == "Paraguay; Krell Liberation Front; Tomas Ferro; Karel Dusek; Ilse Varga"
    frame = extract_texts({"a.txt": "Report\n\n" + lead + witnessed}).frame
    assert frame.iloc[0]["actor1"] == "Paraguay" and "Karel Dusek" in frame.iloc[0]["assoc_actors"]  # associated
    onlookers = " Their envoys signed it in Port Amsel, with Karel Dusek and Ilse Varga looking on."
    assert dated_row_actors(lead + onlookers)["4 May 2031"] == (
        "Paraguay; Krell Liberation Front; Karel Dusek; Ilse Varga"
    )


def test_the_host_and_the_witnesses_of_a_leads_signing_in_the_active_took_part() -> None:
    # the next sentences speak of the agreement by a noun only ("the deal", "the signing"): the ceremony's host,
    # and the people who "witnessed the signing" as the subject of their sentence
    lead = "Paraguay and the Krell Liberation Front signed a truce on 4 May 2031."
    hosted = " Their envoys put their names to the deal in a ceremony hosted by Foreign Minister Karel Dusek."
    witnessed = " The Selvan envoy, Colonel Ilse Varga, and a delegate of Peru witnessed the signing."
    actors = dated_row_actors(lead + hosted + witnessed)["4 May 2031"].split("; ")
    assert {"Karel Dusek", "Ilse Varga"} <= set(actors)
    assert "Peru" not in actors  # people only
    # not a sentence that speaks of something else
    other = " The envoys later attended a dinner hosted by Foreign Minister Karel Dusek."
    assert "Karel Dusek" not in dated_row_actors(lead + other)["4 May 2031"]


@pytest.mark.parametrize(
    "after",
    [
        # a fourth sentence after the lead is too far
        " It was signed in Port Amsel. Officials spoke. Crowds cheered. It was witnessed by Karel Dusek.",
        # a sentence that dates a happening of its own tells of that one
        " It was witnessed by Karel Dusek, who had arrived on 2 May 2031.",
        # one that speaks of something else than the agreement
        " The talks were followed by a dinner, with Karel Dusek looking on.",
    ],
)
def test_no_witnesses_of_a_lead_elsewhere(after: str) -> None:
    lead = "Paraguay and the Krell Liberation Front signed a truce on 4 May 2031."
    assert dated_row_actors(lead + after)["4 May 2031"] == "Paraguay; Krell Liberation Front"


def test_who_attended_or_flanked_a_leads_signing_took_part() -> None:
    # the third sentence after a lead may list who was present at its ceremony (a comma-joined list as subject)
    lead = "Paraguay and the Krell Liberation Front signed a truce on 4 May 2031."
    signed = " It was signed by General Tomas Ferro for the army. The Front's chairman had endorsed the text."
    present = " Interior Minister Karel Dusek, Army Chief Ilse Varga and other officials were present at the ceremony."
    actors = dated_row_actors(lead + signed + present)["4 May 2031"].split("; ")
    assert {"Tomas Ferro", "Karel Dusek", "Ilse Varga"} <= set(actors)
    # a sentence that speaks of the signing only by its ceremony: who flanked the signatories, or attended it
    flanked = " Their envoys shook hands at the ceremony, flanked by Foreign Minister Karel Dusek and Ilse Varga."
    assert {"Karel Dusek", "Ilse Varga"} <= set(dated_row_actors(lead + flanked)["4 May 2031"].split("; "))
    attended = " The ceremony in Port Amsel was attended by President Karel Dusek."
    assert "Karel Dusek" in dated_row_actors(lead + attended)["4 May 2031"]


def test_who_signed_a_leads_agreement_as_a_witness_took_part() -> None:
    lead = "Paraguay and the Krell Liberation Front signed a truce in Port Amsel on 4 May 2031."
    # the second sentence after the lead (the first tells who signed for the sides)
    signed = " General Tomas Ferro signed it on behalf of the army."
    witness = " Former Selvan president Karel Dusek, whose foundation hosted the talks, signed as a witness."
    assert "Karel Dusek" in dated_row_actors(lead + signed + witness)["4 May 2031"]
    plural = " Foreign Minister Karel Dusek and General Ilse Varga signed as witnesses."
    actors = dated_row_actors(lead + signed + plural)["4 May 2031"].split("; ")
    assert {"Karel Dusek", "Ilse Varga"} <= set(actors)


def test_no_attendance_of_something_else_after_a_lead() -> None:
    lead = "Paraguay and the Krell Liberation Front signed a truce on 4 May 2031."
    # a dinner is no ceremony of the signing
    dinner = " A dinner in Port Amsel was attended by President Karel Dusek."
    assert "Karel Dusek" not in dated_row_actors(lead + dinner)["4 May 2031"]
    # people named after the list opening the sentence are not in it
    present = " Officials said Karel Dusek was present at the ceremony."
    assert "Karel Dusek" not in dated_row_actors(lead + present)["4 May 2031"]


def test_no_witnesses_of_a_passage_other_than_the_lead() -> None:
    text = (
        "Uruguay sent monitors on 1 May 2031. Paraguay and the Krell Liberation Front signed a truce on 4 May 2031."
        " It was witnessed by Karel Dusek."
    )
    assert dated_row_actors(text)["4 May 2031"] == "Paraguay; Krell Liberation Front"


@pytest.mark.parametrize(
    ("gap", "expected"),
    [
        ("the deputy minister at the presidency, ", True),
        ("the chief negotiator, ", True),
        # owned by a possessive: "by the government's interlocutor for the talks, A"
        ("the government's interlocutor for the talks, ", True),
        ("the army's chief of staff, ", True),
        ("the government's decision, ", False),  # owned, but no title
        ("the end of the month, ", False),  # a time, no title
        ("the minister, the envoy and their aides, ", False),  # a list, not one title
        ("the deputy minister at the presidency ", False),  # no apposition: the name would follow the title itself
    ],
)
def test_a_title_in_apposition_after_by(gap: str, expected: bool) -> None:
    assert party_anaphora._apposed_title(gap) is expected


def test_no_signatory_after_by_and_a_time() -> None:
    lead = "Paraguay and the Krell Liberation Front signed a truce on 4 May 2031."
    after = " The document was signed by the end of the month, Karel Dusek said."
    assert dated_row_actors(lead + after)["4 May 2031"] == "Paraguay; Krell Liberation Front"


def test_the_people_a_leads_actor_met_took_part() -> None:
    # the sentence after a lead names whom its actor met: a list joined by "as well as", past an aside about the first
    lead = "An Ostrand delegation led by Admiral Rolf Kessel arrived in Port Amsel on 4 May 2031."
    met = (
        " The delegation met Karel Dusek, head of the Selva Council, as well as Interior Minister Ilse Varga and"
        " Foreign Minister Tomas Ferro, officials said."
    )
    actors = dated_row_actors(lead + met)["4 May 2031"].split("; ")
    assert {"Karel Dusek", "Ilse Varga", "Tomas Ferro"} <= set(actors)
    frame = extract_texts({"a.txt": "Report\n\n" + lead + met}).frame
    assert "Ilse Varga" in frame.iloc[0]["assoc_actors"]  # associated, not actor1/actor2
    assert "Ilse Varga" not in (frame.iloc[0]["actor1"], frame.iloc[0]["actor2"])
    # a joint news conference, after a place, with people whose titles stand in apposition
    lead = "Paraguay's president Marta Solis announced a truce plan on 4 May 2031."
    spoke = (
        " It was announced at a joint news conference in Asuncion with Karel Dusek, speaker of the Selva Council"
        " based in the northern city of Tarn, and General Tomas Ferro, commander of the army."
    )
    actors = dated_row_actors(lead + spoke)["4 May 2031"].split("; ")
    assert {"Karel Dusek", "Tomas Ferro"} <= set(actors)
    assert "Selva Council" not in actors  # people only


@pytest.mark.parametrize(
    ("met", "expected"),
    [
        # the people who open the sentence right before "met" met them too
        (
            " Karel Dusek and Defence Minister Ilse Varga met Tomas Ferro, head of the Selva Council.",
            {"Karel Dusek", "Ilse Varga", "Tomas Ferro"},
        ),
        (" Karel Dusek, Ilse Varga and Tomas Ferro met Marta Solis.", {"Karel Dusek", "Ilse Varga", "Tomas Ferro"}),
        # past an aside about the last of them
        (" Karel Dusek, the envoy of Ostrand, held talks with Marta Solis.", {"Karel Dusek", "Marta Solis"}),
    ],
)
def test_who_met_the_people_a_leads_next_sentence_names_took_part(met: str, expected: set[str]) -> None:
    lead = "The foreign ministers of Paraguay and Uruguay visited Port Amsel on 4 May 2031."
    assert expected <= set(dated_row_actors(lead + met)["4 May 2031"].split("; "))


@pytest.mark.parametrize(
    "met",
    [
        # who only speaks of the meeting
        " Karel Dusek said Ilse Varga met Tomas Ferro.",
        # nobody named after "met": no meeting of people
        " Karel Dusek met reporters in the capital.",
        # not opening the sentence
        " In the evening the envoys of Karel Dusek met Tomas Ferro.",
    ],
)
def test_no_lead_counterpart_subject_elsewhere(met: str) -> None:
    lead = "The foreign ministers of Paraguay and Uruguay visited Port Amsel on 4 May 2031."
    assert "Karel Dusek" not in dated_row_actors(lead + met)["4 May 2031"]


def test_a_photo_caption_above_the_story_is_not_its_lead() -> None:
    caption = "Karel Dusek, left, and Ilse Varga in Port Amsel on 4 May 2031. © Ostrand News Agency\n\n"
    lead = "The foreign ministers of Paraguay and Uruguay visited Port Amsel on Thursday."
    met = " Karel Dusek and Ilse Varga met Tomas Ferro, head of the Selva Council."
    assert "Tomas Ferro" in dated_row_actors(caption + lead + met)["Thursday"]
    # a wire story's dateline with its agency in brackets opens the lead, no caption
    lead = "Port Amsel (AFP) – The foreign ministers of Paraguay and Uruguay visited Port Amsel on Thursday."
    assert "Tomas Ferro" in dated_row_actors(lead + met)["Thursday"]


@pytest.mark.parametrize(
    "after",
    [
        # a sentence that dates a happening of its own tells of that one
        " The delegation met Karel Dusek, who had taken office on 2 May 2031.",
        # two sentences on is too far
        " It was the first visit in years. The delegation met Karel Dusek.",
        # not right after the phrase: a news conference that people only hear of
        " He told a news conference that Karel Dusek would resign.",
    ],
)
def test_no_counterparts_of_a_lead_elsewhere(after: str) -> None:
    lead = "An Ostrand delegation arrived in Port Amsel on 4 May 2031."
    assert "Karel Dusek" not in dated_row_actors(lead + after)["4 May 2031"]


def test_no_counterparts_of_a_passage_other_than_the_lead() -> None:
    text = (
        "Uruguay sent monitors on 1 May 2031. An Ostrand delegation arrived in Port Amsel on 4 May 2031."
        " The delegation met Karel Dusek."
    )
    assert "Karel Dusek" not in dated_row_actors(text)["4 May 2031"]


def test_an_agreement_named_by_no_one_is_between_the_parties_of_the_sentence_before() -> None:
    text = "Paraguay and Uruguay fought a border war for two years. A peace agreement was signed on 4 May 2031."
    frame = extract_texts({"a.txt": "Report\n\n" + text}).frame
    row = frame[frame["date_text"] == "4 May 2031"].iloc[0]
    assert row["actors"] == "Paraguay; Uruguay"
    # which side acted is not said: associated only
    assert (row["actor1"], row["actor2"], row["assoc_actors"]) == ("", "", "Paraguay; Uruguay")
    # the parties need not be joined as a pair
    text = "Paraguay accused Uruguay of massing troops. A peace agreement was signed on 4 May 2031."
    assert dated_row_actors(text)["4 May 2031"] == "Paraguay; Uruguay"


def test_no_sides_for_an_agreement_without_two_parties_right_before_it() -> None:
    cases = (
        # the passage names who acted
        ("Paraguay and Uruguay fought a border war. Chile said a peace agreement was signed on 4 May 2031.", "Chile"),
        # one party only; people and UN bodies are no sides
        ("Paraguay fought a border war for two years. A peace agreement was signed on 4 May 2031.", ""),
        ("General Tomas Ferro and Colonel Ilse Varga fought for years. A peace deal was signed on 4 May 2031.", ""),
        ("The United Nations and Paraguay held talks. A peace agreement was signed on 4 May 2031.", ""),
        # the agreement after the date belongs to another clause
        ("Paraguay and Uruguay fought a war. Troops left the town on 4 May 2031, a week before the agreement.", ""),
        # the parties two sentences back
        ("Paraguay and Uruguay fought a border war. Rain fell. A peace agreement was signed on 4 May 2031.", ""),
    )
    for text, expected in cases:
        assert dated_row_actors(text)["4 May 2031"] == expected, text


def test_a_pair_named_by_its_shared_title_or_as_rivals() -> None:
    text = "Karel Dusek and Ana Ruiz met in Lima. The two presidents signed a declaration on 4 May 2031."
    assert dated_row_actors(text)["4 May 2031"] == "Karel Dusek; Ana Ruiz"
    # never two of three named (which two is not said)
    text = "Karel Dusek, Ana Ruiz and Tomas Ferro met in Lima. The two ministers signed a declaration on 4 May 2031."
    assert dated_row_actors(text)["4 May 2031"] == ""
    # rivals are parties: not two people
    text = "Karel Dusek and Ana Ruiz met in Lima. The two rivals restored ties on 4 May 2031."
    assert dated_row_actors(text)["4 May 2031"] == ""


def test_a_leads_second_date_that_follows_its_agreement_word_takes_the_signatories() -> None:
    # the lead dates when the truce takes effect, then the signing; the next sentence tells who signed
    text = (
        "A lasting truce in Tarnia will take effect on 30 June 2031, under the agreement signed by the"
        " government and the rebels in Port Amsel on Friday."
        " The Amsel Agreement on Peace and Security in Tarnia was signed by Defence Minister Karel Dusek for"
        " the government, and Ilse Varga, vice-president of the Krell Liberation Front, for the rebel side."
    )
    rows = dated_row_actors(text)
    assert rows["Friday"] == "Karel Dusek; Ilse Varga; Krell Liberation Front"
    assert rows["30 June 2031"] == ""


def test_a_dateline_day_before_a_leads_signing_leaves_the_signing_its_witnesses() -> None:
    text = (
        "PORT AMSEL, Oct. 23 Selpress - Paraguay and the Krell Liberation Front signed a truce here Wednesday."
        " It was witnessed by Karel Dusek."
    )
    rows = dated_row_actors(text)
    assert rows["Wednesday"] == "Paraguay; Krell Liberation Front; Karel Dusek"
    # the dateline's day takes no actors (read as the page's date, "Oct. 23 Selpress -" gives no row at all)
    assert rows.get("Oct. 23", "") == ""


def test_a_named_agreement_signed_in_two_places_by_two_people() -> None:
    text = (
        "Paraguay and the Krell Liberation Front signed an agreement on 3 May 2031."
        " The Basic Agreement on the Marrow Valley was signed in the village of Tesk by Tomas Ferro, the leader"
        " of the rebel negotiators, and in Asuncion by Ilse Varga, head of the president's office."
    )
    (actors,) = dated_row_actors(text).values()
    assert actors == "Paraguay; Krell Liberation Front; Tomas Ferro; Ilse Varga"


def test_who_signed_for_which_side_after_a_lead_took_part() -> None:
    text = (
        "Four factions signed a settlement on 3 May 2031."
        " Tomas Ferro signed for the rebel Krell Liberation Front. Foreign Minister Jan Roth signed for Peru."
    )
    (actors,) = dated_row_actors(text).values()
    assert actors == "Tomas Ferro; Krell Liberation Front; Jan Roth; Peru"


def test_all_who_signed_as_witnesses_took_part() -> None:
    text = (
        "Paraguay and the Krell Liberation Front signed a truce on 3 May 2031."
        " The Selvan ambassador to Peru, Karel Dusek, and the UN mediator Ilse Varga signed as witnesses."
    )
    (actors,) = dated_row_actors(text).values()
    assert actors == "Paraguay; Krell Liberation Front; Karel Dusek; Ilse Varga"


def test_no_side_signed_for_when_the_lead_tells_no_agreement() -> None:
    text = "Paraguay shelled the Krell Liberation Front on 3 May 2031. Tomas Ferro signed for the Selva Commission."
    (actors,) = dated_row_actors(text).values()
    assert actors == "Paraguay; Krell Liberation Front"


def test_any_person_named_where_the_sentences_after_a_lead_tell_its_signing_took_part() -> None:
    # forms no narrower rule reads: a person after "drafted with", after "with help from"
    lead = "Paraguay and the Krell Liberation Front signed a truce on 4 May 2031."
    mediated = " The text that both sides agreed was drafted with Karel Dusek, Ostrand's foreign minister."
    reached = " Officials said the deal was reached with help from the envoy Ilse Varga."
    actors = dated_row_actors(lead + mediated + reached)["4 May 2031"].split("; ")
    assert {"Karel Dusek", "Ilse Varga"} <= set(actors)
    frame = extract_texts({"a.txt": "Report\n\n" + lead + mediated}).frame
    assert frame.iloc[0]["actor1"] == "Paraguay" and "Karel Dusek" in frame.iloc[0]["assoc_actors"]  # associated


@pytest.mark.parametrize(
    "after",
    [
        # a state or a body named there is no participant by this rule (where, or who welcomed it)
        " The accord was agreed with the support of Peru.",
        # a sentence that tells no signing or agreeing
        " Crowds cheered. Reporters later asked Karel Dusek about the army.",
        # a sentence that dates a happening of its own tells of that one
        " Karel Dusek, who signed for the army, had arrived on 2 May 2031.",
        # a fourth sentence is too far
        " Crowds cheered. Officials spoke. Bands played. Karel Dusek signed it too.",
    ],
)
def test_no_lead_participant_elsewhere(after: str) -> None:
    lead = "Paraguay and the Krell Liberation Front signed a truce on 4 May 2031."
    assert dated_row_actors(lead + after)["4 May 2031"] == "Paraguay; Krell Liberation Front"


def test_no_lead_participant_when_the_leads_sentence_dates_two_things() -> None:
    text = (
        "Paraguay and the Krell Liberation Front signed on 4 May 2031 a truce that takes effect on 9 May 2031."
        " The text that both sides agreed was drafted with Karel Dusek."
    )
    rows = dated_row_actors(text)
    assert all("Karel Dusek" not in actors for actors in rows.values())


def _has_last_word_by_find(lowered: str, last_words: tuple[str, ...], words_before: dict[str, frozenset[str]]) -> bool:
    """The last-word test as it was before the passage's words were split first: a str.find of every last word."""
    for word in last_words:
        previous = words_before.get(word)
        pos = lowered.find(word)
        while pos >= 0:
            end = pos + len(word)
            whole = (pos == 0 or not party_anaphora._is_word_char(lowered[pos - 1])) and (
                end == len(lowered) or not party_anaphora._is_word_char(lowered[end])
            )
            if whole and (previous is None or party_anaphora._word_before(lowered, pos) in previous):
                return True
            pos = lowered.find(word, pos + 1)
    return False


@pytest.mark.parametrize(
    "passage",
    [
        "sides agreed to meet in Kessa.",  # a last word opening the text
        "The talks between the two sides",  # ... and ending it
        "The two sides.",
        "sides",
        "",
        "The government welcomed the agreement and the statement.",  # only inside longer words
        "The besides and countryside, the sidestep.",
        "The two_sides met; the 2sides met; sides2 met.",  # an underscore and a digit are word characters
        "Both parties' envoys and the rival factions-in-exile met.",  # an apostrophe and a hyphen end a word
        "THE TWO SIDES signed.",  # upper case: the test reads a lowered passage
        "The two\n\tstates and both  men met the co-signers.",
        "Ministers of both governments met (the two leaders) [and the armies].",
        "the two co-signers met",
        "Die beiden Seiten trafen sich in Zürich, both sides said.",  # not ASCII: every word is searched
    ],
)
def test_the_last_word_test_agrees_with_a_search_of_every_word(passage: str) -> None:
    """Splitting the passage's words first only skips the last words that are none of them: the answer is the
    one a str.find of every last word gives, on the built-in phrases and on made-up ones (a hyphenated last word, a
    digit in one, an upper-case one that a lowered passage never holds)."""
    anaphors = load_party_anaphors()
    assert anaphors.last_words is not None
    lowered = passage.lower()
    made_up = ("co-signers", "sides", "2sides", "sides2", "Factions", "leaders", "zürich")
    for words, before in ((anaphors.last_words, anaphors.words_before), (made_up, {"leaders": frozenset({"two"})})):
        expected = _has_last_word_by_find(lowered, words, before)
        assert party_anaphora._has_last_word(lowered, words, before) is expected


# Made-up passages: phrases at the start, after punctuation or quotes, inside longer words, in other cases, with
# letters outside ASCII, empty, and passages that open on a name.
FIRST_WORD_PASSAGES = [
    "The truce, signed in Vardos, held.",
    "The agreement was signed by Jan Orvik and Ola Brenn.",
    '"The accord collapsed," she said.',
    "  \n(The deal) ended ...",
    "THE TALKS RESUMED in Pella.",
    "tHe Negotiations stalled.",
    "A peace agreement signed in Karst holds.",
    "An accord was reached.",
    "Talks resumed on Monday.",
    "Indirect talks had stalled.",
    "Direct talks, held in Osk, ended.",
    "Peace talks resumed.",
    "Their agreement ended.",
    "This truce holds.",
    "That deal was signed by the Krell Front.",
    "Its agreement on the Region of Vask was signed.",
    "The Basic Agreement on the Region of Vask was signed.",
    "Theagreement was signed.",  # the first word runs on
    "Thereafter the truce held.",
    "Atalks resumed.",
    "Truces ended.",
    "Dealers signed.",
    "Jan Orvik said the truce held.",
    "On 3 May the deal was signed.",
    "Orvelco's deal was signed.",
    "_The truce held.",  # an underscore is a word character
    "The_truce held.",
    "3 truces ended.",
    "\u212aHE TRUCE held.",  # a Kelvin sign: not ASCII, the pattern decides
    "Th\u0117 truce held.",
    "Ünal said the truce held.",
    "\u201cThe truce held,\u201d he said.",
    "",
    "...",
    "The",
    "Truce",
    "Truce,",
]


@pytest.mark.parametrize("passage", FIRST_WORD_PASSAGES)
def test_the_first_word_test_lets_through_every_passage_a_start_pattern_matches(passage: str) -> None:
    """`may_open_event` is False only where none of the four patterns anchored at a passage's start matches, and
    the extraction asks those patterns only where it is True: the same passages match as before."""
    anaphors = load_party_anaphors()
    assert anaphors.openers is not None
    patterns = (anaphors.event, anaphors.talks, anaphors.plain_event, anaphors.complemented_event)
    matched = any(p is not None and p.match(passage) for p in patterns)
    if not party_anaphora.may_open_event(passage, anaphors):
        assert not matched


@pytest.mark.parametrize(
    ("passage", "may"),
    [
        ("Jan Orvik said the truce held.", False),
        ("On 3 May the deal was signed.", False),
        ("Theagreement was signed.", False),
        ("Atalks resumed.", False),
        ("", False),
        ("The truce held.", True),
        ('"the accord collapsed"', True),
        ("\u212aHE TRUCE held.", True),  # not ASCII: the pattern is asked
        ("Ünal said the truce held.", True),
    ],
)
def test_the_first_word_test(passage: str, may: bool) -> None:
    assert party_anaphora.may_open_event(passage, load_party_anaphors()) is may


def test_a_phrase_opening_on_punctuation_or_not_ascii_turns_the_first_word_test_off(tmp_path) -> None:
    quoted = tmp_path / "quoted.txt"
    quoted.write_text('the truce, event\n"the deal", event\n', encoding="utf-8")
    assert load_party_anaphors(quoted).openers is None
    foreign = tmp_path / "foreign.txt"
    foreign.write_text("the truce, event\nla trêve, event\n", encoding="utf-8")
    assert load_party_anaphors(foreign).openers is None
    plain = tmp_path / "plain.txt"
    plain.write_text("the truce, event\nU.N. talks, talks\nan, determiners\n", encoding="utf-8")
    assert load_party_anaphors(plain).openers == frozenset({"the", "u", "an"})


def test_a_chair_of_a_sentence_that_dates_its_own_happening_is_not_the_gatherings() -> None:
    text = (
        "Envoys of Paraguay met in Lima on 4 May 2031."
        " The talks were chaired by Karel Dusek, who took office on 2 June 2029."
    )
    assert dated_row_actors(text)["4 May 2031"] == "Paraguay"


def test_a_chair_after_a_dated_gathering_that_is_not_the_lead() -> None:
    text = (
        "Paraguay and Uruguay exchanged fire on 2 May 2031."
        " Envoys of both states met in Lima on 4 May 2031. The meeting was presided over by Karel Dusek."
    )
    assert dated_row_actors(text)["4 May 2031"] == "Paraguay; Uruguay; Karel Dusek"


def test_a_chair_goes_to_the_last_date_before_it() -> None:
    text = (
        "Paraguay held talks with the Ostrand delegation on 3 May 2031 and with the Selva one on 4 May 2031."
        " The Selva team was led by Karel Dusek."
    )
    rows = dated_row_actors(text)
    assert rows == {"3 May 2031": "Paraguay", "4 May 2031": "Paraguay; Karel Dusek"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year between a determiner and a noun names which protocol, not when this sentence's signing was: the
        # signing is the lead's; "countersigned by" is another "by", before a title's plural
        (
            "Paraguay and Bolivia signed a truce in Port Amsel on 4 May 2031. The document was signed by Paraguay's "
            "deputy foreign minister, Karel Dusek, and Bolivia's vice-minister for foreign affairs, Ilse Varga, and "
            "countersigned by representatives of Chile and Uruguay, the guarantors of the 2029 Tolm Protocol.",
            "Paraguay; Bolivia; Karel Dusek; Ilse Varga; Chile; Uruguay",
        ),
        (
            "Paraguay and Bolivia signed a truce in Port Amsel on 4 May 2031. The document was signed by Karel Dusek "
            "and Ilse Varga, who had fought in the 2029 war.",
            "Paraguay; Bolivia; Karel Dusek; Ilse Varga",
        ),
        # a year that dates the sentence's own happening still stops the lead rules
        (
            "Paraguay and Bolivia signed a truce in Port Amsel on 4 May 2031. The document was signed by Karel Dusek "
            "and Ilse Varga, who had fought in the war in 2029.",
            "Paraguay; Bolivia",
        ),
    ],
)
def test_a_year_modifying_a_noun_leaves_the_sentence_to_the_leads_signing(text: str, expected: str) -> None:
    assert dated_row_actors(text)["4 May 2031"] == expected


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("the guarantors of the 1942 Rio Protocol", "1942", True),
        ("under its 2015 charter", "2015", True),
        ("the war in 1942 ended", "1942", False),
        ("the protocol of 1942, which", "1942", False),
        ("in the year 1942 they", "1942", False),
        ("the 1942.", "1942", False),
    ],
)
def test_noun_modifier_year(text: str, start: str, expected: bool) -> None:
    at = text.index(start)
    anaphors = load_config().anaphors
    assert party_anaphora.noun_modifier_year(text, at, at + len(start), anaphors) is expected


def test_who_drafted_a_text_after_a_lead_that_tells_no_agreement_took_no_part() -> None:
    text = (
        "Paraguay and the Krell Liberation Front met in Port Amsel on 4 May 2031. A new constitution was drafted by "
        "Tomas Ferro."
    )
    assert dated_row_actors(text)["4 May 2031"] == "Paraguay; Krell Liberation Front"


@pytest.mark.parametrize(
    ("passage", "count", "two"),
    [
        ("The three guarantors are to meet on 4 May 2031.", 3, False),
        ("Talks between all four ministers resumed on 4 May 2031.", 4, False),
        ("The three resistance factions agreed on 4 May 2031.", 3, False),
        ("Both mediators flew to Lima on 4 May 2031.", 0, False),
        ("The two envoys met on 4 May 2031.", 0, True),
    ],
)
def test_a_number_and_a_counted_noun(passage: str, count: int, two: bool) -> None:
    reference = party_anaphora.anaphor_kinds(passage, load_party_anaphors())
    assert reference is not None
    assert (reference.count, reference.two) == (count, two)


@pytest.mark.parametrize(
    "passage",
    [
        "Gunmen killed three men in Lima on 4 May 2031.",  # no determiner: victims, not a reference
        "The two five-member panels met on 4 May 2031.",  # how large each is, not how many
        "The three hostages were freed on 4 May 2031.",  # a noun of no kind in the file
    ],
)
def test_no_counted_reference(passage: str) -> None:
    reference = party_anaphora.anaphor_kinds(passage, load_party_anaphors())
    assert reference is None or not reference.count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the nearest list of exactly four, past a nearer pair
        (
            "Karel Dusek, Ilse Varga, Tomas Ferro and Ana Ruiz flew to Lima. Pedro Sol and Marta Vidal greeted them."
            " The four ministers signed the charter on 4 May 2031.",
            "Karel Dusek; Ilse Varga; Tomas Ferro; Ana Ruiz",
        ),
        # a list of two is not three: nobody
        ("Paraguay and Uruguay signed a memorandum. The three countries met on 4 May 2031.", ""),
        # states only, for countries: the people of a list are not its countries
        (
            "Karel Dusek, Ilse Varga and Tomas Ferro met. Paraguay, Uruguay and Chile signed."
            " The three countries met again on 4 May 2031.",
            "Paraguay; Uruguay; Chile",
        ),
        (
            "Paraguay, Uruguay and Chile signed. Karel Dusek, Ilse Varga and Tomas Ferro met."
            " The three countries met again on 4 May 2031.",
            "Paraguay; Uruguay; Chile",
        ),
    ],
)
def test_a_counted_reference_takes_a_list_of_that_many(text: str, expected: str) -> None:
    assert dated_row_actors(text)["4 May 2031"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guarantors, observers, mediators named as a pair between the sides and the phrase are no sides
        (
            "The Valdorian Army and the Krell Liberation Front opened talks in Lima. Paraguay and Uruguay, which act"
            " as guarantors of the process, sent envoys. The two delegations met again on 4 May 2031.",
            "Valdorian Army; Krell Liberation Front",
        ),
        (
            "The Valdorian Army and the Krell Liberation Front signed a truce in Lima. Paraguay and Uruguay, the"
            " mediators, praised it. The two sides swapped prisoners on 4 May 2031.",
            "Valdorian Army; Krell Liberation Front",
        ),
        (
            "Talks between the Valdorian Army and the Krell Liberation Front were mediated by Paraguay and Uruguay."
            " The two sides swapped prisoners on 4 May 2031.",
            "Valdorian Army; Krell Liberation Front",
        ),
        # three named as a list: which two is not said
        ("Paraguay, Uruguay and Chile claim the islands. The two countries met on 4 May 2031.", ""),
        # a place, an argument, a body's members: no parties
        (
            "The Valdorian Army and the Krell Liberation Front fought over the valley. Villagers on both sides of the"
            " border fled on 4 May 2031.",
            "",
        ),
        (
            "Paraguay and Uruguay signed a truce in Lima. The Selva Commission, which brings together five officers"
            " from both sides, met on 4 May 2031.",
            "Selva Commission",
        ),
        # the sides as before
        (
            "The Selva Council and the Ostrand Assembly met in Port Amsel. Delegates from the two chambers agreed on"
            " 4 May 2031 to share posts.",
            "Selva Council; Ostrand Assembly",
        ),
        (
            "Armenia and Azerbaijan exchanged fire. Each side accused the other of breaking a truce agreed on"
            " 4 May 2031.",
            "Armenia; Azerbaijan",
        ),
    ],
)
def test_the_two_sides_are_the_pair_set_against_each_other(text: str, expected: str) -> None:
    assert list(dated_row_actors(text).values()) == [expected]


def _mentions(text: str, names: list[tuple[str, str]]) -> list:
    """ActorMentions of the invented names, in the order written (each at its first place after the one before)."""
    from timeline.understanding.actors import ActorMention

    out, at = [], 0
    for name, kind in names:
        start = text.index(name, at)
        out.append(ActorMention(start, start + len(name), name, kind, name, "test"))
        at = start + len(name)
    return out


_ARVEL, _BOSTAN, _TARNIA = ("Arvel", "state"), ("Bostan", "state"), ("Tarnia", "state")
_ROTH, _DUSEK = ("Jana Roth", "person"), ("Karel Dusek", "person")


@pytest.mark.parametrize(
    ("text", "names", "fitting", "through_titles", "expected"),
    [
        # a pair and a list are one run; a name the text does not join to the one before opens a run of its own
        ("Arvel and Bostan met.", [_ARVEL, _BOSTAN], None, False, [["Arvel", "Bostan"]]),
        ("Arvel, Tarnia and Bostan met.", [_ARVEL, _TARNIA, _BOSTAN], None, False, [["Arvel", "Tarnia", "Bostan"]]),
        ("Arvel met Bostan.", [_ARVEL, _BOSTAN], None, False, [["Arvel"], ["Bostan"]]),
        # the same name again stays inside its run, whatever stands between
        ("Arvel (Arvel) and Bostan met.", [_ARVEL, _ARVEL, _BOSTAN], None, False, [["Arvel", "Arvel", "Bostan"]]),
        # a name that does not fit is in no run and ends the one before it ...
        (
            "Arvel, Tarnia and Bostan met.",
            [_ARVEL, _TARNIA, _BOSTAN],
            {"Arvel", "Bostan"},
            False,
            [["Arvel"], ["Bostan"]],
        ),
        # ... unless it stands in the title between two people of a pair, when asked
        (
            "Jana Roth and Tarnian President Karel Dusek met.",
            [_ROTH, ("Tarnia", "state"), _DUSEK],
            {"Jana Roth", "Karel Dusek"},
            True,
            [["Jana Roth", "Karel Dusek"]],
        ),
        (
            "Jana Roth and Tarnian President Karel Dusek met.",
            [_ROTH, ("Tarnia", "state"), _DUSEK],
            {"Jana Roth", "Karel Dusek"},
            False,
            [["Jana Roth"], ["Karel Dusek"]],
        ),
    ],
)
def test_runs_of_names_joined_as_a_pair_or_list(text, names, fitting, through_titles, expected) -> None:
    mentions = _mentions(text, names)
    fits = None if fitting is None else (lambda name, _kind: name in fitting)
    runs = party_anaphora._runs(text, mentions, fits, through_titles=through_titles)
    assert [[m.canonical for m in run] for run in runs] == expected
