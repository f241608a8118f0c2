"""sources.csv: reading never raises on bad content; every problem names the file, the line and the problem."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEEDS, d

from timeline.reading.sources import SourcesError, parse_sources, read_sources


def test_seed_sources():
    table = read_sources(SEEDS / "sources.csv")
    assert table.problems == ()
    assert len(table.rows) == 5
    row = table.get("004_f1dd5552526f5dc8.txt")
    assert (row.title, row.outlet, row.published) == (
        "Russia calls for deeper military ties with Libya",
        "Minbar Libya",
        d("2021-04-18"),
    )
    assert table.get("002_f922b3274599afac.txt").published is None


def test_bom_header_case_and_only_file_column(tmp_path: Path):
    path = tmp_path / "sources.csv"
    path.write_bytes("\ufeffFILE,Published\r\na.txt,2020-01-13\r\nb.txt,\r\n".encode())
    table = read_sources(path)
    assert table.get("a.txt").published == d("2020-01-13")
    assert table.get("b.txt").published is None
    assert table.problems == ()


def test_row_found_by_bare_name():
    table = parse_sources("file,published\na.txt,2020-01-13\n", "s.csv")
    assert table.get("sub/a.txt").published == d("2020-01-13")


def test_missing_file_column_is_an_error_naming_the_file():
    with pytest.raises(SourcesError) as info:
        parse_sources("name,published\na.txt,2020-01-13\n", "corpus/sources.csv")
    message = str(info.value)
    assert "corpus/sources.csv" in message and "'file' column" in message


def test_unparseable_date_is_a_problem_and_the_row_is_kept():
    table = parse_sources("file,title,published\na.txt,A title,someday soon\nb.txt,B,2020-01-13\n", "s.csv")
    (problem,) = table.problems
    assert "s.csv line 2" in problem and "a.txt" in problem and "someday soon" in problem
    assert table.get("a.txt").title == "A title" and table.get("a.txt").published is None
    assert table.get("b.txt").published == d("2020-01-13")


def test_ambiguous_numeric_date_is_a_problem():
    table = parse_sources("file,published\na.txt,05/06/2020\n", "s.csv")
    (problem,) = table.problems
    assert "a.txt" in problem and "ambiguous" in problem


def test_duplicate_rows_keep_the_first():
    table = parse_sources("file,published\na.txt,2020-01-13\na.txt,2020-02-01\n", "s.csv")
    (problem,) = table.problems
    assert "s.csv line 3" in problem and "duplicate" in problem and "a.txt" in problem
    assert table.get("a.txt").published == d("2020-01-13")


def test_empty_file_cell_and_unknown_column():
    table = parse_sources("file,published,colour\n,2020-01-13,red\nb.txt,2020-01-14,blue\n", "s.csv")
    assert len(table.problems) == 2
    assert any("colour" in p for p in table.problems)
    assert any("line 2" in p and "empty 'file'" in p for p in table.problems)
    assert list(table.rows) == ["b.txt"]


@pytest.mark.parametrize(
    "written",
    [
        pytest.param("2020-12-30", id="iso"),
        pytest.param("30 December 2020", id="words"),
        pytest.param("December 30, 2020", id="us"),
        pytest.param("30/12/2020", id="numeric-unambiguous"),
    ],
)
def test_date_styles(written):
    table = parse_sources(f'file,published\na.txt,"{written}"\n', "s.csv")
    assert table.problems == () and table.get("a.txt").published == d("2020-12-30")


def test_unreadable_sources_file(tmp_path: Path):
    with pytest.raises(SourcesError, match="cannot read"):
        read_sources(tmp_path / "missing.csv")


def test_cp1252_sources_file(tmp_path: Path):
    path = tmp_path / "sources.csv"
    path.write_bytes("file,title\na.txt,Caf\u00e9 \u2013 talks\n".encode("cp1252"))
    assert read_sources(path).get("a.txt").title == "Caf\u00e9 \u2013 talks"
