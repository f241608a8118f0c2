"""Write timeline/data/given_names.txt: given names of many regions, from the nomquamgender package's data.

usage: python benchmarks/make_given_names.py NAME_DATA.json WORDS [OUT]

NAME_DATA.json is `nomquamgender/name_data.json` from the nomquamgender wheel (0.1.4, MIT licence,
Ian Van Buskirk: given names with the number of national and other sources that list each and how
many people bear it); WORDS is an English word list, one word a line (Debian's `wamerican`,
/usr/share/dict/words: SCOWL, Kevin Atkinson's permissive licence).  Neither is needed at run time:
the tool reads only the file written here.

Kept: ASCII names (the tool folds diacritics, so "François" is found as "francois") of three letters
or more, listed by at least MIN_SOURCES sources for at least MIN_COUNT people; left out: names that
are lower-case English words ("will", "said", "mercy") unless borne by at least COMMON_NAME people
("john", "mark"), names of countries and their subdivisions (pycountry: "Georgia", "Victoria"), and
NOT_NAMES: words that, capitalised before another capitalised word, name a faith, a people, a continent
or a place rather than a person ("Muslim Seleka rebels", "San Juan", "Africa Command").
The tool also lets every alias, title and capital of its gazetteer win over a given name ("Jordan",
"Chad", "General").
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

MIN_SOURCES = 3
MIN_COUNT = 50
COMMON_NAME = 200_000
NOT_NAMES = frozenset(
    {
        *("muslim", "christian", "islam", "sunni", "shia", "kurd", "arab", "druze"),  # faiths, peoples
        *("africa", "america", "asia", "europe", "oceania"),  # continents
        *("san", "santa", "santo", "sao", "rio", "las", "los", "ras"),  # place prefixes ("Ras Lanuf": a cape)
    }
)
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "timeline" / "data" / "given_names.txt"

HEADER = """\
# Given names of many regions (Arabic, African, South, East and South-East Asian, Latin American,
# Slavic, European ...): the first word of a capitalised two-to-four-word name that no gazetteer knows
# makes it a person ("met Barack Obama", "Noureddine Adam and Ali Darassa signed"), read by
# `timeline.understanding.actors`.  Lower case ASCII, one a line (the tool folds diacritics and case).
#
# Source: nomquamgender 0.1.4 (name_data.json; MIT licence, (c) 2022 Ian Van Buskirk), names listed by
# at least {sources} sources for at least {count} people; left out: lower-case English words of Debian's
# wamerican list (SCOWL, (c) Kevin Atkinson, permissive licence) unless borne by {common}+ people
# ("john" stays, "will", "said", "mercy" go), names of countries and their subdivisions (pycountry), and
# faiths, peoples, continents and place prefixes ("Muslim", "Africa", "San").
# Written by benchmarks/make_given_names.py; edit by hand only to remove a name.
#
# EXAMPLE: Talks resumed after Noureddine Adam met Barack Obama in Paris. => Noureddine Adam; Barack Obama
# EXAMPLE: Kessler met Barack Obama on Monday; Obama said little. => Barack Obama
# EXAMPLE: Will Russia agree? => Russia
# EXAMPLE: Jordan Valley farmers met Victoria Falls officials. => Jordan
"""


def _places() -> set[str]:
    import pycountry

    names: set[str] = set()
    for country in pycountry.countries:
        names |= {getattr(country, a, "").lower() for a in ("name", "common_name", "official_name")}
    names |= {s.name.lower() for s in pycountry.subdivisions}
    return {n for n in names if n}


def given_names(data: dict[str, list[object]], english: set[str], places: set[str]) -> list[str]:
    out: list[str] = []
    for name, (sources, count, *_rest) in data.items():
        if not (name.isascii() and name.replace("-", "").isalpha() and name.islower() and len(name) >= 3):
            continue
        if int(sources) < MIN_SOURCES or int(count) < MIN_COUNT:  # type: ignore[call-overload]
            continue
        if (name in english and int(count) < COMMON_NAME) or name in places or name in NOT_NAMES:  # type: ignore[call-overload]
            continue
        out.append(name)
    return sorted(out)


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    data = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    english = {w for w in Path(argv[1]).read_text(encoding="utf-8").split() if w.islower()}
    names = given_names(data, english, _places())
    out = Path(argv[2]) if len(argv) > 2 else OUT
    header = HEADER.format(sources=MIN_SOURCES, count=MIN_COUNT, common=f"{COMMON_NAME:,}")
    out.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} given names -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
