"""The stages' import direction: the contract holds on the package, and it catches an import against it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _lint(package_parent: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
        cwd=package_parent,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(package_parent), "PATH": "/usr/bin:/bin"},
        timeout=120,
    )


def test_the_package_keeps_its_layers(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "timeline", tmp_path / "timeline", ignore=shutil.ignore_patterns("__pycache__"))
    result = _lint(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


def test_an_upward_import_breaks_the_contract(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "timeline", tmp_path / "timeline", ignore=shutil.ignore_patterns("__pycache__"))
    periods = tmp_path / "timeline" / "core" / "periods.py"
    periods.write_text(periods.read_text(encoding="utf-8") + "\nfrom timeline import pipeline  # noqa\n")
    result = _lint(tmp_path)
    assert result.returncode != 0
    assert "timeline.core.periods -> timeline.pipeline" in result.stdout
