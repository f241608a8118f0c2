"""English calendar vocabulary shared by the tagger, the dateline reader and the title builder.

The words live in `timeline/data/en/` (months.yaml, weekdays.yaml, seasons.yaml); this module reads them
once at import for the stages that only need to recognise a calendar word.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from timeline.core.data import builtin
from timeline.core.yamldata import int_table, read_yaml, str_table


def calendar_names(document: Mapping[str, Any], path: Path) -> tuple[dict[str, int], dict[str, int]]:
    """Full names and abbreviations, each to its number (months from 1, weekdays from Monday 0)."""
    return int_table(document, "names", path), int_table(document, "abbreviations", path)


def season_names(document: Mapping[str, Any], path: Path) -> dict[str, str]:
    """Season names to TIMEX3 season codes."""
    return str_table(document, "names", path)


def _all_names(path: Path) -> dict[str, int]:
    names, abbreviations = calendar_names(read_yaml(path), path)
    return {**names, **abbreviations}


MONTHS: dict[str, int] = _all_names(builtin("en/months.yaml"))
WEEKDAYS: dict[str, int] = _all_names(builtin("en/weekdays.yaml"))
SEASONS: dict[str, str] = season_names(read_yaml(builtin("en/seasons.yaml")), builtin("en/seasons.yaml"))


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]
