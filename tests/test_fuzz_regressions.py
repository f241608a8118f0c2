"""Inputs the fuzzer (benchmarks/fuzz.py) once crashed on, replayed: each must now pass through cleanly."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CASES = sorted((ROOT / "tests" / "data" / "fuzz_crashers").glob("*.json"))


def _fuzz():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("fuzz", ROOT / "benchmarks" / "fuzz.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_fuzz_crasher_passes_now(path: Path) -> None:
    _fuzz().replay(json.loads(path.read_text(encoding="utf-8")))


def test_a_binary_sources_csv_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    from timeline.pipeline import extract

    (tmp_path / "a.txt").write_text("On 5 March 2020 the talks began.", encoding="utf-8")
    (tmp_path / "sources.csv").write_bytes(b"\x00\x01\x02" * 100)
    result = extract([tmp_path])
    assert [r.status for r in result.reports] == ["ok"]
    assert any("binary data" in p for p in result.problems)


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        # "İ".lower() is two characters: lowering must keep every offset, or a month after it is cut and the
        # document is lost.
        ("Fighters left İdlib on 5 March 2020, officials in İstanbul said on Monday.",
         {"5 March 2020": "2020-03-05", "Monday": "2020-03-09"}),
        ("İzmir talks: the two sides met in january 2020 and again on 3 march 2020.",
         {"january 2020": "2020-01", "3 march 2020": "2020-03-03"}),
    ],
)  # fmt: skip
def test_a_letter_whose_lower_case_is_longer_keeps_the_dates(text: str, dated: dict[str, str]) -> None:
    import datetime as dt

    from timeline.pipeline import extract_texts

    result = extract_texts({"a.txt": text}, {"a.txt": dt.date(2020, 3, 10)})
    assert [r.status for r in result.reports] == ["ok"]
    frame = result.frame
    assert dict(zip(frame["date_text"], frame["date_value"], strict=True)) == dated
