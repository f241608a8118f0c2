"""The Config: a user's data files reach every stage, through the API, the CLI and the dashboard.

The corpus is an invented conflict (tests/data/invented): the built-in data knows none of its names.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest
from conftest import DATA, ROOT, read_csv_rows, run_cli
from streamlit.testing.v1 import AppTest

from timeline.config import builtin_config, load_config
from timeline.core.errors import DataFileError
from timeline.pipeline import extract, extract_texts

INVENTED = DATA / "invented"
DOCS = INVENTED / "docs"
ACTORS = INVENTED / "actors.csv"
TYPES = INVENTED / "types.csv"
INVENTED_NAMES = {"Valdoria", "Krell Liberation Front", "Ostrand Union", "Tessa Movren", "Arvo Lindqvar", "Sela Drovic"}


def actors_by_date(rows) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for row in rows:
        names = [n for n in str(row["actors"]).split("; ") if n]
        kinds = [k for k in str(row["actor_kinds"]).split("; ") if k]
        out[str(row["date"])[:10]] = list(zip(names, kinds, strict=True))
    return out


def test_without_the_users_files_the_invented_names_are_unknown():
    frame = extract([DOCS]).frame
    named = {n for cell in frame["actors"] for n in cell.split("; ") if n}
    # Only the user's gazetteer knows Valdoria is a state; names whose form says what they are (a
    # capitalised name ending in "Front" or "Union", a name before ", the ... envoy", a person's name opening
    # with a known given name: "Sela Drovic") are found without it (issue 10), but not the ones nothing in
    # the text marks.
    assert "Valdoria" not in named
    known_by_form = {"Krell Liberation Front", "Ostrand Union", "Tessa Movren", "Arvo Lindqvar", "Sela Drovic"}
    assert named & INVENTED_NAMES <= known_by_form
    assert "prisoner_exchange" not in set(frame["event_type"])


def test_the_api_reads_the_users_actors_and_types():
    frame = extract([DOCS], load_config(actors=[ACTORS], types=[TYPES])).frame
    by_date = actors_by_date(frame.to_dict("records"))
    # the signing: both parties and the mediator, each with the kind the user's file gives it
    assert set(by_date["2031-03-12"]) >= {
        ("Valdoria", "state"),
        ("Krell Liberation Front", "armed_group"),
        ("Ostrand Union", "organisation"),
    }
    # "The KLF" is an alias of the front; the minister's demonym ("Valdorian") names his state
    assert ("Krell Liberation Front", "armed_group") in by_date["2031-01-01"]
    assert {("Arvo Lindqvar", "person"), ("Sela Drovic", "person"), ("Valdoria", "state")} <= set(by_date["2031-03-30"])
    types = dict(zip(frame["date"].astype(str).str[:10], frame["event_type"], strict=True))
    assert types["2031-04-09"] == "prisoner_exchange"


def test_without_builtin_actors_only_the_users_names_are_found():
    text = "Published 3 May 2031\n\nRussia and Valdoria signed a trade deal on 1 May 2031.\n"
    with_builtin = extract_texts({"a.txt": text}, config=load_config(actors=[ACTORS])).frame
    alone = extract_texts({"a.txt": text}, config=load_config(actors=[ACTORS], builtin_actors=False)).frame
    assert with_builtin.loc[0, "actors"] == "Russia; Valdoria"
    assert alone.loc[0, "actors"] == "Valdoria"


def test_the_cli_reads_the_users_files(tmp_path: Path):
    out = tmp_path / "events.csv"
    run = run_cli("extract", DOCS, "--actors", ACTORS, "--types", TYPES, "-o", out)
    assert run.returncode == 0, run.stderr
    rows = read_csv_rows(out)
    named = {n for row in rows for n in row["actors"].split("; ") if n}
    assert named >= INVENTED_NAMES
    assert "prisoner_exchange" in {row["event_type"] for row in rows}


def test_the_cli_names_a_missing_data_file(tmp_path: Path):
    for option in ("--actors", "--types", "--debris"):
        run = run_cli("extract", DOCS, option, tmp_path / "nowhere.csv", "-o", tmp_path / "x.csv")
        assert run.returncode == 2, option
        assert "nowhere.csv" in run.stderr and "error:" in run.stderr, option
        assert not (tmp_path / "x.csv").exists()


def test_the_cli_refuses_no_builtin_actors_without_a_file(tmp_path: Path):
    run = run_cli("extract", DOCS, "--no-builtin-actors", "-o", tmp_path / "x.csv")
    assert run.returncode == 2 and "--actors" in run.stderr


def test_a_bad_debris_pattern_is_an_error_not_a_smaller_list(tmp_path: Path):
    bad = tmp_path / "debris.txt"
    bad.write_text("[unclosed\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"debris\.txt:1"):
        load_config(debris=[bad])


def test_user_debris_patterns_remove_events(tmp_path: Path):
    text = "Published 3 May 2031\n\nSponsored: the summit of 1 May 2031 was a success\n"
    patterns = tmp_path / "debris.txt"
    patterns.write_text("sponsored:.*\n", encoding="utf-8")
    assert len(extract_texts({"a.txt": text}).frame) == 1
    assert extract_texts({"a.txt": text}, config=load_config(debris=[patterns])).frame.empty


def test_parallel_workers_give_the_same_events():
    serial = extract([ROOT / "seeds"], load_config(workers=1)).frame
    parallel = extract([ROOT / "seeds"], load_config(workers=2)).frame
    assert serial.equals(parallel)


def test_the_dashboard_reads_the_users_actors(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(sys, "argv", ["dashboard.py", "--docs", str(DOCS), "--actors", str(ACTORS)])
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120).run()
    assert not at.exception
    (actor_filter,) = [m for m in at.multiselect if m.label == "Actors"]
    assert set(actor_filter.options) >= INVENTED_NAMES


def test_the_dashboard_says_which_data_file_is_bad(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    bad = tmp_path / "debris.txt"
    bad.write_text("(unclosed\n", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["dashboard.py", "--docs", str(DOCS), "--debris", str(bad)])
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120).run()
    assert not at.exception
    assert any("debris.txt:1" in e.value.replace("\\", "") for e in at.error)


def test_the_cli_names_a_malformed_actors_file(tmp_path: Path):
    bad = tmp_path / "people.csv"
    bad.write_text("name,role\nJane Doe,envoy\n", encoding="utf-8")
    run = run_cli("extract", DOCS, "--actors", bad, "-o", tmp_path / "x.csv")
    assert run.returncode == 2
    assert "people.csv" in run.stderr and "Traceback" not in run.stderr


def test_a_run_without_config_reads_the_builtin_data_once_and_gives_what_load_config_gives():
    assert builtin_config() is builtin_config()
    text = "TRIPOLI, Libya -- Khalifa Haftar's forces agreed on 23 October 2020 to a ceasefire in Geneva."
    shared = extract_texts({"a.txt": text}).frame
    fresh = extract_texts({"a.txt": text}, config=load_config()).frame
    assert not shared.empty
    pd.testing.assert_frame_equal(shared, fresh)
