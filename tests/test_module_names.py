"""No module of the package binds one name twice at its top level.

A second `_PATTERN = ...` further down a long module silently replaces the first at import, so the rule written
first stops running while its tests may still pass through another path (it happened twice when two branches
were merged).  Names bound inside `if`/`try` blocks (optional imports) are not counted.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest
from conftest import ROOT

MODULES = sorted((ROOT / "timeline").rglob("*.py"))


def _top_level_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names.append(node.target.id)
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
    twice = sorted(name for name, n in Counter(names).items() if n > 1 and name != "__all__")
    assert not twice, f"{path.name} binds {twice} more than once at its top level"


def test_the_check_finds_a_second_binding() -> None:
    tree = ast.parse("_A = 1\ndef f():\n    return _A\n_A = 2\n")
    assert Counter(_top_level_names(tree))["_A"] == 2
