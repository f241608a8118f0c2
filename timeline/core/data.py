"""Where the built-in data files live: `timeline/data/`, one concept a file."""

from __future__ import annotations

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def builtin(name: str) -> Path:
    """The path of a built-in data file, e.g. `builtin("actors.csv")`."""
    return DATA_DIR / name
