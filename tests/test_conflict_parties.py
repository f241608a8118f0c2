"""The gazetteer's conflict parties of 1975-2026 (`data/actors_world.csv`): liberation movements, rebel groups,
juntas, states' forces under their own names and UN missions, read in invented sentences under their names,
acronyms and common spellings; acronyms that are ordinary words or another body's acronym are no aliases
(left out of the file), so ordinary sentences with them name none of these parties."""

from __future__ import annotations

import csv

import pytest

from timeline.understanding.actors import BUILTIN_WORLD, find_actors


def names(text: str) -> list[str]:
    return [m.canonical for m in find_actors(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acronym of one country's party needs that country named (scope)
        ("South African police said the ANC had called a rally.", ["African National Congress"]),
        ("The ANC called a rally.", []),
        (
            "The Inkatha Freedom Party and the ANC met in Durban, South Africa.",
            ["Inkatha Freedom Party", "African National Congress"],
        ),
        # a body's acronym of four letters or more also as a capitalised word, British style
        ("Swapo guerrillas crossed the border.", ["South West Africa People's Organisation"]),
        (
            "The FMLN and the URNG sent observers.",
            ["Farabundo Martí National Liberation Front", "Guatemalan National Revolutionary Unity"],
        ),
        ("Fretilin leaders met Falintil commanders.", ["Fretilin", "Falintil"]),
        ("The Khmer Rouge and FUNCINPEC signed.", ["Khmer Rouge", "FUNCINPEC"]),
        ("The Contras refused to disarm.", ["Contras"]),
        (
            "Thai troops and the BRN agreed a truce.",
            ["Thailand", "Military Forces of Thailand", "Barisan Revolusi Nasional"],
        ),
        ("The BRN agreed a truce.", []),
        ("The Free Papua Movement freed the pilot.", ["Free Papua Movement"]),
        (
            "The Shan State Army-South and the SSPP clashed.",
            ["Restoration Council of Shan State", "Shan State Progress Party"],
        ),
        (
            "The Indonesian National Armed Forces and the SADF",
            ["Military Forces of Indonesia", "Military Forces of South Africa"],
        ),
        ("The Karabakh authorities agreed to the proposal.", ["Nagorno-Karabakh authorities"]),
        ("Mara Salvatrucha and Barrio 18 announced a truce.", ["Mara Salvatrucha", "Barrio 18"]),
        ("UNTAC will take over the ministries.", ["UNTAC"]),
        ("The Organization of the Islamic Conference sent a mission.", ["Organisation of Islamic Cooperation"]),
    ],
)
def test_conflict_parties_are_read_under_their_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# Acronyms left out as aliases, each with the reason: an ordinary word (a capitalised word matches an acronym of
# four letters or more, "Nato"), or another body's acronym.  (SLA, also the South Lebanon Army's, stays the
# Sudan Liberation Army's where Sudan is named.)
EXCLUDED = {
    "MODEL": "a word (Movement for Democracy in Liberia)",
    "MEND": "a word (Movement for the Emancipation of the Niger Delta)",
    "PLAN": "a word (People's Liberation Army of Namibia)",
    "FACT": "a word (Front for Change and Concord in Chad)",
    "ABRI": "a French word (Indonesia's armed forces before 1999)",
    "PAC": "political action committees (Pan Africanist Congress)",
    "OPM": "the US Office of Personnel Management (Free Papua Movement)",
    "AFP": "Agence France-Presse (Armed Forces of the Philippines)",
    "CPP": "the Communist Party of the Philippines and the Cambodian People's Party alike",
    "PDK": "the Kurdistan Democratic Party's French acronym (Party of Democratic Kampuchea)",
    "JEM": "Jaish-e-Mohammed's JeM folds to it (Justice and Equality Movement)",
    "MNF": "multinational forces (Mizo National Front)",
    "NRA": "the National Rifle Association (National Resistance Army)",
    "USC": "the University of Southern California (United Somali Congress)",
    "CPC": "the Communist Party of China (Coalition of Patriots for Change)",
    "RCD": "Algeria's Rally for Culture and Democracy (Rally for Congolese Democracy)",
    "EPL": "the English Premier League (Colombia's Popular Liberation Army)",
    "ELF": "a word and an oil company (Eritrean Liberation Front)",
    "FIS": "the International Ski Federation (Islamic Salvation Front)",
    "GIA": "other bodies (Armed Islamic Group)",
    "CDF": "chiefs of defence forces (Sierra Leone's Civil Defence Forces)",
    "NDF": "Syria's National Defence Forces (National Democratic Front)",
    "ULA": "the United Launch Alliance (United League of Arakan)",
    "SSA": "social security administrations (Shan State Army)",
    "PSP": "other parties (Progressive Socialist Party)",
}


def test_excluded_acronyms_are_no_aliases() -> None:
    with open(BUILTIN_WORLD, encoding="utf-8") as handle:
        aliases = {alias.strip() for row in csv.DictReader(handle) for alias in row["aliases"].split("|")}
    assert not aliases & set(EXCLUDED)


@pytest.mark.parametrize(
    "text",
    [
        "The Model of the bridge was shown to engineers.",
        "Workers will mend the road. Mend it, they said.",
        "The Plan was approved. Fact: nobody came.",
        "AFP reported the clash in the capital.",
        "The Lebanese Forces party and the Lebanese army met.",
    ],
)
def test_excluded_collisions_name_no_conflict_party(text: str) -> None:
    added = {
        "Movement for Democracy in Liberia",
        "Military Forces of Philippines",
        "People's Liberation Army of Namibia",
    }
    assert not set(names(text)) & (added | {"Lebanese Forces"})
