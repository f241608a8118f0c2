"""Scoped gazetteer rows: a country pack's generic names ("Presidential Council", "Joint Military
Commission") name its actor only in a text that names that country, so another country's bodies of
those names are not read as Libya's."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT

from timeline.core.errors import DataFileError
from timeline.understanding.actors import BUILTIN_PACKS, find_actors, load_gazetteer

INVENTED = ROOT / "tests" / "data" / "invented" / "actors.csv"


def names(text: str, **kwargs) -> list[str]:
    return [m.canonical for m in find_actors(text, **kwargs)]


@pytest.mark.parametrize(
    ("text", "libyan"),
    [
        ("The Joint Military Commission met in Sirte, Libya.", "5+5 Joint Military Commission"),
        ("Libyan officers of the JMC met on Monday.", "5+5 Joint Military Commission"),
        ("The Presidential Council in Tripoli, Libya, named a new cabinet.", "Presidential Council"),
        ("The Libyan House of Representatives voted.", "House of Representatives"),
        ("The UN mission said talks between the Libyan rivals would resume.", "UNSMIL"),
    ],
)
def test_a_generic_name_of_the_libya_pack_names_the_libyan_body_where_libya_is_named(text: str, libyan: str) -> None:
    assert libyan in names(text)


@pytest.mark.parametrize(
    ("text", "libyan"),
    [
        ("Valdoria's Joint Military Commission met in Port Amsel.", "5+5 Joint Military Commission"),
        ("The JMC of the two armies met in Port Amsel.", "5+5 Joint Military Commission"),
        ("The Presidential Council of Valdoria named a new cabinet.", "Presidential Council"),
        ("The UN mission in Valdoria said the talks would resume.", "UNSMIL"),
        ("Valdoria's House of Representatives voted on the budget.", "House of Representatives"),
        ("The National Oil Corporation of Valdoria raised output.", "National Oil Corporation"),
        ("Valdoria's Government of National Unity was sworn in.", "Government of National Unity"),
    ],
)
def test_elsewhere_a_generic_name_is_not_the_libyan_body(text: str, libyan: str) -> None:
    gaz = load_gazetteer(INVENTED)
    # the body may still be found by the form of its name ("Joint Military Commission"), never by a Libyan alias
    assert [m.surface for m in find_actors(text, gaz) if m.canonical == libyan and m.rule == "alias"] == []
    # with Libya named, the generic name is the Libyan body, unless another state owns it (its possessive right
    # before): "Valdoria's House of Representatives" is then Valdoria's own, named with its owner
    unowned = text.replace("Valdoria's ", "The ")
    assert libyan in names(unowned + " Libya was not there.", gazetteer=gaz)
    if unowned != text:
        owned = names(text + " Libya was not there.", gazetteer=gaz)
        assert libyan not in owned
        assert owned[0].startswith("Valdoria's ")


def test_an_unmistakable_name_of_the_pack_needs_no_scope() -> None:
    """Only generic names are scoped: Haftar, the GNA and the 5+5 are named anywhere."""
    assert names("Khalifa Haftar met GNA delegates and the 5+5 Joint Military Commission.") == [
        "Khalifa Haftar",
        "Government of National Accord",
        "5+5 Joint Military Commission",
    ]


def test_a_users_scoped_row_follows_its_state(tmp_path) -> None:
    pack = tmp_path / "valdoria_pack.csv"
    pack.write_text(
        "canonical,kind,aliases,scope\n"
        "Supreme Council of Valdoria,organisation,Supreme Council|SC,Republic of Valdoria\n",
        encoding="utf-8",
    )
    gaz = load_gazetteer(INVENTED, pack)
    # "Valdorian" names no actor here ("Supreme" is no agent noun), but it names the country: in scope
    assert names("The Valdorian Supreme Council met.", gazetteer=gaz) == ["Supreme Council of Valdoria"]
    assert "Supreme Council of Valdoria" not in names("The Supreme Council of Tarnia met.", gazetteer=gaz)


def test_a_scope_naming_no_known_state_is_an_error_naming_the_row(tmp_path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("canonical,kind,aliases,scope\nSupreme Council,organisation,SC,Atlantis\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=re.escape("bad.csv:2: scope 'Atlantis'")):
        load_gazetteer(bad)


def test_the_libya_pack_goes_with_the_builtin_files(tmp_path) -> None:
    mine = tmp_path / "mine.csv"
    mine.write_text("canonical,kind,aliases\nLibya,state,\n", encoding="utf-8")
    assert all(path.is_file() for path in BUILTIN_PACKS)
    alone = load_gazetteer(mine, builtin=False)
    assert "5+5 Joint Military Commission" not in names("The JMC met in Libya.", gazetteer=alone)
