"""Who signed or was present, named in an undated sentence further on that tells a lead's signing again
(`restated_participants`, data/en/restated_happening.txt), on invented articles through the whole pipeline."""

from __future__ import annotations

from dataclasses import replace

import pytest

from timeline.config import load_config
from timeline.core.errors import DataFileError
from timeline.pipeline import extract_texts
from timeline.understanding import party_anaphora
from timeline.understanding.party_anaphora import load_party_anaphors, load_restated
from timeline.understanding.rulefiles import Example, read_rule_file

EXAMPLES = read_rule_file(party_anaphora.RESTATED_HAPPENING, columns=2).examples

# a lead dating one signing, then two undated sentences of background: the sentences after those are past the reach
# of the readers of the sentences right after a lead
LEAD = (
    "Paraguay and the Krell Liberation Front signed a truce on 4 May 2031. The talks had lasted a week. "
    "Fighting had killed thousands. "
)


def lead_row(text: str, config=None):
    frame = extract_texts({"a.txt": "Report\n\n" + text}, config=config).frame
    return frame.sort_values("passage_start").iloc[0]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.text[-50:])
def test_restated_happening_example(example: Example) -> None:
    assert lead_row(example.text)["actors"] == example.expected


def test_the_examples_need_the_file(tmp_path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n", encoding="utf-8")
    without = replace(load_config(), anaphors=load_party_anaphors(restated=empty))
    assert all(lead_row(e.text, without)["actors"] != e.expected for e in EXAMPLES[:3])


@pytest.mark.parametrize(
    ("later", "taking_part"),
    [
        ("The truce was also signed by the Selvan Patriotic Union.", "Selvan Patriotic Union"),
        ("It was also signed by the Selvan Patriotic Union.", "Selvan Patriotic Union"),
        ("The Lima Accord on Peace was also signed by the Selvan Patriotic Union.", "Selvan Patriotic Union"),
        (
            "Jan Orel, the envoy of the League, signed for the Selvan Patriotic Union.",
            "Jan Orel; Selvan Patriotic Union",
        ),
        ("General Tomas Ferro and Senator Ilse Varga were present.", "Tomas Ferro; Ilse Varga"),
        ("General Tomas Ferro and Senator Ilse Varga, two critics of the talks, attended.", "Tomas Ferro; Ilse Varga"),
    ],
)
def test_a_later_sentence_telling_the_signing_again_names_who_took_part(later: str, taking_part: str) -> None:
    row = lead_row(LEAD + later)
    assert row["actors"] == "Paraguay; Krell Liberation Front; " + taking_part
    # associated, never actor1/actor2: which side they acted for is not said
    assert (row["actor1"], row["actor2"]) == ("Paraguay", "Krell Liberation Front")
    assert row["assoc_actors"] == taking_part


@pytest.mark.parametrize(
    "text",
    [
        # another signing, told as a happening of its own
        LEAD + "The Selvan Patriotic Union signed a separate accord with Peru.",
        LEAD + "A first truce was signed by the Selvan Patriotic Union.",
        # a dated sentence between: the later one tells of that one
        LEAD + "Peru and Chile signed a trade pact on 9 June 2031. It was also signed by the Selvan Patriotic Union.",
        # who only speaks of it
        LEAD + "Senator Ilse Varga said the Selvan Patriotic Union signed it too.",
        # present somewhere else
        LEAD + "General Tomas Ferro and Senator Ilse Varga attended a funeral.",
        # present beyond the sentences that may go on with the signing: the story has moved on
        LEAD + "It rained. It rained. General Tomas Ferro and Senator Ilse Varga attended.",
        # a lead dating two things: which one they signed is not said
        "Paraguay and the Krell Liberation Front signed a truce on 4 May 2031 and a pact on 5 May 2031. The talks had "
        "lasted a week. Fighting had killed thousands. The truce was also signed by the Selvan Patriotic Union.",
        # a lead that tells of no signing: a sentence of signing is another happening's
        "Paraguay and the Krell Liberation Front fought in Lima on 4 May 2031. The talks had lasted a week. Fighting "
        "had killed thousands. The truce was also signed by the Selvan Patriotic Union.",
    ],
    ids=[
        "separate-accord",
        "first-truce",
        "dated-between",
        "speaker",
        "funeral",
        "moved-on",
        "lead-dates-two",
        "no-signing",
    ],
)
def test_no_one_is_taken_from_a_sentence_of_another_happening(text: str) -> None:
    assert "Selvan Patriotic Union" not in lead_row(text)["actors"]
    assert "Tomas Ferro" not in lead_row(text)["actors"]


# the lead's signing, then who witnessed it in the sentence after
SIGNED = "Paraguay and the Krell Liberation Front signed a truce on 4 May 2031. "


@pytest.mark.parametrize(
    ("later", "taking_part"),
    [
        (
            "President Tomas Ferro, the current chairman of the Selvan Union, witnessed the signing.",
            "Tomas Ferro; Selvan Union",
        ),
        # the state a witness's title is of comes between, and is left out
        (
            "President Tomas Ferro of Peru, the rotating chair of the Selvan Union, witnessed the signing.",
            "Tomas Ferro; Selvan Union",
        ),
        (
            "The signing took place in Lima in the presence of President Tomas Ferro, whose country chairs the "
            "regional Selvan Union.",
            "Tomas Ferro; Selvan Union",
        ),
    ],
    ids=["chairman-of", "of-a-state", "whose-country-chairs"],
)
def test_the_body_a_witness_chairs_took_part(later: str, taking_part: str) -> None:
    row = lead_row(SIGNED + later)
    assert row["actors"] == "Paraguay; Krell Liberation Front; " + taking_part
    assert row["assoc_actors"] == taking_part


@pytest.mark.parametrize(
    "later",
    [
        # what a witness heads without chairing it
        "President Tomas Ferro, the head of the Selvan Union, witnessed the signing.",
        # a chairman who is no witness: he only speaks of it
        "Tomas Ferro, the chairman of the Selvan Union, said the truce would hold.",
        # the chair named after another word than the witness's name
        "President Tomas Ferro witnessed the signing with the chairman of the Selvan Union.",
    ],
    ids=["head-of", "speaker", "not-after-the-witness"],
)
def test_no_body_without_a_witness_chairing_it(later: str) -> None:
    assert "Selvan Union" not in lead_row(SIGNED + later)["actors"]


def test_a_state_after_a_chairing_phrase_is_no_body() -> None:
    row = lead_row(SIGNED + "President Tomas Ferro, the chairman of Peru, witnessed the signing.")
    assert "Peru" not in row["actors"]


def test_a_present_phrase_ends_its_sentence() -> None:
    restating, present, _ = load_restated()
    assert restating.search("the signing ceremony") is not None
    assert present.search("A and B attended.") is not None
    assert present.search("A and B attended the funeral.") is None


def test_a_bad_kind_names_the_file(tmp_path) -> None:
    bad = tmp_path / "restated.txt"
    bad.write_text("signed, verb\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"restated\.txt"):
        load_restated(bad)
