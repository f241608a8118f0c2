"""Who took part in a lead's happening, named in an undated sentence further on that opens on the happening and
holds a phrase of taking part ("Among the signatories were A"), past sentences dating its background: the examples
of data/en/lead_reach.txt run through the whole pipeline, and the reader's limits, on invented sentences."""

from __future__ import annotations

import pytest

from timeline.core.errors import DataFileError
from timeline.pipeline import extract_texts
from timeline.understanding.party_anaphora import LEAD_REACH, load_lead_reach
from timeline.understanding.rulefiles import Example, read_rule_file

EXAMPLES = read_rule_file(LEAD_REACH, columns=2).examples
LEAD = "Paraguay and Uruguay signed a truce in Lima on 4 May 2031. The talks had opened on 2 April 2031. "


def row_actors(text: str) -> dict[str, str]:
    frame = extract_texts({"a.txt": "Report\n\n" + text}).frame
    return dict(zip(frame["date_text"], frame["actors"], strict=True))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.text[:50])
def test_lead_reach_example(example: Example) -> None:
    assert row_actors(example.text)["4 May 2031"] == example.expected


@pytest.mark.parametrize(
    "after",
    [
        # the noun further in is as often another happening's
        "Tomas Ferro attended the signing ceremony of the pact.",
        "The pact was drafted by a committee chaired by Tomas Ferro.",
        # a sentence dating something of its own tells of that
        "The meeting was chaired by Tomas Ferro in June 2030.",
        # no phrase of taking part
        "The ceremony pleased Tomas Ferro.",
        # who only speaks
        "The ceremony was attended by diplomats, Tomas Ferro said.",
    ],
)
def test_what_is_not_read(after: str) -> None:
    assert "Tomas Ferro" not in row_actors(LEAD + "Both sides met in Quito in March 2031. " + after)["4 May 2031"]


@pytest.mark.parametrize(
    "after",
    [
        "Among the signatories were Tomas Ferro and Ilse Varga.",
        "The signing ceremony was attended by Peruvian President Tomas Ferro.",
        "The conference, held in a hotel, was co-chaired by Tomas Ferro.",
        "Also present were Chilean Foreign Minister Tomas Ferro and others.",
    ],
)
def test_past_dated_background(after: str) -> None:
    assert "Tomas Ferro" in row_actors(LEAD + "Both sides met in Quito in March 2031. " + after)["4 May 2031"]


def test_only_the_lead_reaches() -> None:
    text = "It rained in Lima on 1 May 2031. " + LEAD + "Among the signatories were Tomas Ferro and Ilse Varga."
    assert "Tomas Ferro" not in row_actors(text)["4 May 2031"]


def test_a_bad_kind_names_the_file(tmp_path) -> None:
    bad = tmp_path / "lead_reach.txt"
    bad.write_text("signed by, verb\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"lead_reach\.txt"):
        load_lead_reach(bad)
