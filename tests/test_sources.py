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


# ---------------------------------------------------------------- csv-level problems are per-row problems


def _read(tmp_path: Path, data: bytes):
    path = tmp_path / "sources.csv"
    path.write_bytes(data)
    return read_sources(path)


def test_cr_only_line_endings(tmp_path: Path):
    table = _read(tmp_path, b"file,published\ra.txt,2020-01-13\rb.txt,2020-01-14\r")
    assert table.get("b.txt").published == d("2020-01-14")
    assert table.problems == ()


def test_a_cell_over_csvs_limit_is_read(tmp_path: Path):
    title = "T" * 200_000
    table = _read(tmp_path, f"file,title\na.txt,{title}\nb.txt,B\n".encode())
    assert table.get("a.txt").title == title and table.get("b.txt").title == "B"


def test_a_cell_over_the_limit_is_a_problem_and_later_rows_are_kept(tmp_path: Path):
    title = "T" * 1_200_000
    table = _read(tmp_path, f"file,title\na.txt,{title}\nb.txt,B\n".encode())
    assert table.get("b.txt").title == "B"
    assert any("line 2" in p and "field larger than field limit" in p for p in table.problems), table.problems


def test_an_unterminated_quote_is_a_problem_not_swallowed_rows(tmp_path: Path):
    table = _read(tmp_path, b'file,title\na.txt,A\nb.txt,"B\nc.txt,C\nd.txt,D\n')
    assert table.get("a.txt").title == "A"
    assert table.get("b.txt") is None
    assert any("line 3" in p and "never closed" in p for p in table.problems), table.problems


def test_more_cells_than_the_header(tmp_path: Path):
    table = _read(tmp_path, b"file,title\na.txt,A,extra,more\n")
    assert table.get("a.txt").title == "A"
    assert table.problems == (f"{tmp_path / 'sources.csv'} line 2: 4 cells but the header has 2; extra cells ignored",)


def test_duplicate_column_names_use_the_first(tmp_path: Path):
    table = _read(tmp_path, b"file,title,title\na.txt,First,Second\n")
    assert table.get("a.txt").title == "First"
    assert any("'title' appears more than once" in p for p in table.problems)


def test_unknown_encoding_is_read_and_reported(tmp_path: Path):
    table = _read(tmp_path, "file,title\na.txt,Négociations à Genève\n".encode("cp1252"))
    assert table.get("a.txt").title == "Négociations à Genève"
    assert any("read as cp1252" in p for p in table.problems)


def test_utf16_sources(tmp_path: Path):
    table = _read(tmp_path, "file,title\na.txt,Genève\n".encode("utf-16"))
    assert table.get("a.txt").title == "Genève"


# ---------------------------------------------------------------- date_order: a document's numeric-date order


def test_date_order_column_is_read_per_row_in_any_case():
    table = parse_sources("file,date_order\na.txt,DMY\nb.txt,mdy\nc.txt,\n", "s.csv")
    assert table.problems == ()
    assert [table.get(f).date_order for f in ("a.txt", "b.txt", "c.txt")] == ["DMY", "MDY", None]


def test_a_bad_date_order_is_a_problem_and_the_row_is_kept():
    table = parse_sources("file,published,date_order\na.txt,2020-01-13,YMD\n", "s.csv")
    assert table.get("a.txt").published == d("2020-01-13") and table.get("a.txt").date_order is None
    (problem,) = table.problems
    assert "s.csv line 2" in problem and "'YMD'" in problem and "DMY, MDY" in problem


def _numeric_dates(tmp_path: Path, rows: str, order: str | None = None) -> dict[str, str]:
    from timeline.config import load_config
    from timeline.pipeline import extract

    text = "Aden, 20 May 2020\n\nThe truce was signed on 4/3/2019 in Aden.\n"
    for name in ("dmy.txt", "mdy.txt", "none.txt"):
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "sources.csv").write_text(rows, encoding="utf-8")
    frame = extract([tmp_path], load_config(date_order=order)).frame
    signed = frame[frame["date_text"] == "4/3/2019"]
    return dict(zip(signed["doc"], signed["date_value"].fillna(""), strict=True))


def test_each_document_reads_its_numeric_dates_in_its_declared_order(tmp_path):
    rows = "file,published,date_order\ndmy.txt,2020-05-20,DMY\nmdy.txt,2020-05-20,MDY\nnone.txt,2020-05-20,\n"
    # 4/3/2019: 4 March in DMY, 3 April in MDY; undeclared, it stays unresolved.
    assert _numeric_dates(tmp_path, rows) == {"dmy.txt": "2019-03-04", "mdy.txt": "2019-04-03", "none.txt": ""}


def test_a_document_order_wins_over_the_run_order(tmp_path):
    rows = "file,published,date_order\ndmy.txt,2020-05-20,DMY\nmdy.txt,2020-05-20,\nnone.txt,2020-05-20,\n"
    found = _numeric_dates(tmp_path, rows, order="MDY")
    assert found == {"dmy.txt": "2019-03-04", "mdy.txt": "2019-04-03", "none.txt": "2019-04-03"}
