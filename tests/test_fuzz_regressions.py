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
