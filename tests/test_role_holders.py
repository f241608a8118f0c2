"""Participants named by their roles ("the presidents of A and B", "the two ministers", "the government and
the opposition") resolve against the document's registry of role holders: the examples of
data/en/role_holders.txt run through the whole pipeline, and the registry read directly."""

from __future__ import annotations

from dataclasses import replace

import pytest

from timeline.config import builtin_config, load_config
from timeline.core.errors import DataFileError
from timeline.pipeline import extract_texts
from timeline.text.fold import fold
from timeline.understanding import role_holders
from timeline.understanding.actors import find_actors
from timeline.understanding.role_holders import described_holders, descriptions, load_role_rules, registry
from timeline.understanding.rulefiles import Example, read_rule_file

EXAMPLES = read_rule_file(role_holders.ROLE_HOLDERS, columns=2).examples


def dated_rows(text: str, config=None):
    frame = extract_texts({"a.txt": "Report\n\n" + text}, config=config).frame
    return frame.set_index("date_text")


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.text[:60])
def test_role_holder_example(example: Example) -> None:
    assert list(dated_rows(example.text)["actors"]) == [example.expected]


def test_the_examples_need_the_file(tmp_path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n", encoding="utf-8")
    without = replace(load_config(), role_rules=load_role_rules(empty))
    results = [list(dated_rows(e.text, without)["actors"]) for e in EXAMPLES]
    assert sum(got != [e.expected] for got, e in zip(results, EXAMPLES, strict=True)) >= 4


def _holders(text: str) -> dict[str, tuple[set[str], set[str]]]:
    config = builtin_config()
    found = registry(text, find_actors(text, config.gazetteer), config.role_rules)
    return {h.canonical: (set(h.families), set(h.of)) for h in found}


def test_the_registry_reads_titles_before_after_and_counterparts() -> None:
    text = (
        "Paraguayan President Anton Kessel met Jana Roth, the Uruguayan prime minister, in Port Amsel. "
        "Bolivia's Foreign Minister Ilse Varga and her Chilean counterpart Karel Dusek attended. "
        "Tomas Ferro, who heads the government's delegation, spoke first; opposition leader Petr Holm left."
    )
    holders = _holders(text)
    assert holders["Anton Kessel"] == ({"president", "leader"}, {"Paraguay"})
    assert holders["Jana Roth"] == ({"prime minister", "leader"}, {"Uruguay"})
    assert holders["Ilse Varga"] == ({"foreign minister", "minister"}, {"Bolivia"})
    # a counterpart holds the title of the one named right before, for its own state
    assert holders["Karel Dusek"] == ({"foreign minister", "minister"}, {"Chile"})
    assert holders["Tomas Ferro"] == ({"negotiator"}, {"side:government"})
    assert holders["Petr Holm"] == ({"leader"}, {"side:opposition"})


def test_a_description_resolves_only_to_exactly_its_holders() -> None:
    config = builtin_config()
    text = (
        "Paraguayan President Anton Kessel, Uruguayan President Jana Roth and Chilean Foreign Minister Ilse Varga "
        "met. The two presidents spoke. The three presidents spoke. Both ministers spoke. The presidents spoke. "
        "Six generals spoke. The presidents of Paraguay and Bolivia spoke."
    )
    named = find_actors(text, config.gazetteer)
    holders = registry(text, named, config.role_rules)

    def described(sentence: str) -> list[str]:
        start = text.index(sentence)
        said = descriptions(text, fold(text), start, start + len(sentence), named, config.role_rules)
        return [name for name, _ in described_holders(said, holders)]

    assert described("The two presidents spoke.") == ["Anton Kessel", "Jana Roth"]
    assert described("The three presidents spoke.") == []
    assert described("Both ministers spoke.") == []
    assert described("The presidents spoke.") == ["Anton Kessel", "Jana Roth"]
    assert described("Six generals spoke.") == []
    # Bolivia's president is named nowhere: only Paraguay's is added
    assert described("The presidents of Paraguay and Bolivia spoke.") == ["Anton Kessel"]


def test_a_description_family_must_be_a_title_family(tmp_path) -> None:
    path = tmp_path / "roles.txt"
    path.write_text("president, president\nkings, =king\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="king"):
        load_role_rules(path)


def test_invented_states_and_roles(tmp_path) -> None:
    """A made-up conflict: the states are known only from the user's file, the people only by their titles."""
    actors = tmp_path / "actors.csv"
    actors.write_text(
        "canonical,kind,aliases,demonyms,capitals\n"
        "Valdoria,state,Republic of Valdoria,Valdorian,Port Amsel\n"
        "Tarnia,state,,Tarnian,Selva\n"
        "Krell Liberation Front,armed_group,KLF,,\n",
        encoding="utf-8",
    )
    config = load_config(actors=[actors])
    text = (
        "Valdorian President Anton Kessel met Jana Roth, the Tarnian president, for three weeks of talks. "
        "Tomas Ferro, the chief negotiator of the Krell Liberation Front, did not attend. "
        "The presidents of Valdoria and Tarnia initialled the accord on 4 May 2031."
    )
    row = dated_rows(text, config).loc["4 May 2031"]
    assert row["actors"] == "Valdoria; Tarnia; Anton Kessel; Jana Roth"
    # who holds the roles takes part beside the states, as associated actors: which of them acted is not said
    assert {"Anton Kessel", "Jana Roth"} <= set(row["assoc_actors"].split("; "))
    (tmp_path / "none.txt").write_text("# nothing\n", encoding="utf-8")
    without = replace(config, role_rules=load_role_rules(tmp_path / "none.txt"))
    assert dated_rows(text, without).loc["4 May 2031"]["actors"] == "Valdoria; Tarnia"


def test_a_letter_longer_in_lower_case_moves_no_title() -> None:
    # "İ" is two characters in lower case: the titles after it must still be read where they are
    holders = _holders("İzmir hosted the talks. Paraguayan President Anton Kessel met Uruguayan President Jana Roth.")
    assert holders["Anton Kessel"] == ({"president", "leader"}, {"Paraguay"})
    assert holders["Jana Roth"] == ({"president", "leader"}, {"Uruguay"})
