"""Where the built-in data files live: `timeline/data/`, one concept a file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from timeline.core.errors import DataFileError

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def builtin(name: str) -> Path:
    """The path of a built-in data file, e.g. `builtin("actors.csv")`."""
    return DATA_DIR / name


def load_yaml(name: str) -> dict[str, Any]:
    """A built-in YAML data file as a mapping; a file that is not one raises DataFileError."""
    path = builtin(name)
    try:
        content = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"{path}: cannot read ({exc})") from exc
    if not isinstance(content, dict):
        raise DataFileError(f"{path}: expected a mapping at the top level")
    return content
