"""benchmarks/bench_compiled.py's own pieces that need no compiler: which modules it compiles, and how it
silences a type error in its copy of the package without changing what a line does."""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
_spec = importlib.util.spec_from_file_location("bench_compiled", ROOT / "benchmarks" / "bench_compiled.py")
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)


def test_the_hot_modules_exist():
    # A renamed or moved module would silently drop out of the measurement.
    missing = [m for m in bench.HOT + bench.ALL_EXTRA if not (ROOT / m).is_file()]
    assert missing == []


def test_module_choices():
    hot = bench.module_list(["hot"], ["timeline/understanding/roles.py"])
    assert "timeline/understanding/actors.py" in hot
    assert "timeline/understanding/roles.py" not in hot
    everything = bench.module_list(["all"], [])
    assert "timeline/core/periods.py" in everything and "timeline/grouping/grouper.py" in everything
    # Frozen dataclasses that travel between worker processes stay pure; packages' __init__ are not compiled.
    assert "timeline/core/models.py" not in everything
    assert not any(m.endswith("__init__.py") for m in everything)
    assert bench.module_list(["timeline/text/fold.py", "timeline/text/fold.py"], []) == ["timeline/text/fold.py"]


def test_ignores_go_before_an_existing_comment_and_leave_the_code_alone(tmp_path):
    source = tmp_path / "m.py"
    lines = ['x = int("1")', "y = x + 1  # why it is so", 's = "not # a comment"', "t = (", "    1,", ")"]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    bench.with_ignores(source, {1: {"arg-type"}, 2: {"union-attr", "misc"}, 3: {"misc"}, 4: {"assignment"}})
    assert source.read_text(encoding="utf-8").splitlines() == [
        'x = int("1")  # type: ignore[arg-type]',
        "y = x + 1  # type: ignore[misc, union-attr]  # why it is so",
        's = "not # a comment"  # type: ignore[misc]',
        "t = (  # type: ignore[assignment]",
        "    1,",
        ")",
    ]
    namespace: dict[str, object] = {}
    exec(compile(ast.parse(source.read_text(encoding="utf-8")), str(source), "exec"), namespace)
    assert (namespace["x"], namespace["y"], namespace["s"], namespace["t"]) == (1, 2, "not # a comment", (1,))


def test_mypy_error_lines_are_read():
    line = 'timeline/understanding/headlines.py:211: error: Item "None" of "Match[str] | None" has no attribute'
    line += ' "start"  [union-attr]'
    found = bench.MYPY_ERROR.match(line)
    assert (found["path"], found["line"], found["code"]) == ("timeline/understanding/headlines.py", "211", "union-attr")
