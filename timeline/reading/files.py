"""Collecting the input files: folders recursively, in a stable order, each with a name relative to its folder."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from timeline.reading.sources import SOURCES_NAME

log = logging.getLogger(__name__)


TEXT_SUFFIXES = frozenset({".txt", ".md", ".text", ".markdown"})


HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})


SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES


# Folder entries that describe a corpus rather than belong to it.
_NOT_DOCUMENTS = re.compile(r"^(readme|license|licence|changelog)(\.[a-z]+)?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class InputFile:
    path: Path
    # Name relative to the folder given by the user (or the bare file name).
    doc: str
    # Reason not to read it, when the file is known to be unusable.
    skip: str = ""


def collect(paths: Sequence[str | os.PathLike[str]]) -> list[InputFile]:
    """Every candidate file under `paths` (folders recursively), in a stable order."""
    found: list[InputFile] = []
    seen: set[Path] = set()
    for raw in paths:
        root = Path(raw)
        if root.is_dir():
            entries = sorted(p for p in root.rglob("*") if p.is_file())
            for p in entries:
                rel = p.relative_to(root)
                if any(part.startswith(".") for part in rel.parts) or p.name == SOURCES_NAME:
                    continue
                if _NOT_DOCUMENTS.match(p.name):
                    log.info("%s: skipped (a folder's README/licence, not a document)", p)
                    continue
                _add(found, seen, InputFile(p, rel.as_posix(), _skip_reason(p)))
        elif root.exists():
            _add(found, seen, InputFile(root, root.name, _skip_reason(root)))
        else:
            _add(found, seen, InputFile(root, str(raw), "no such file or folder"))
    return found


def _add(found: list[InputFile], seen: set[Path], item: InputFile) -> None:
    key = item.path.resolve() if item.path.exists() else item.path
    if key not in seen:
        seen.add(key)
        found.append(item)


def _skip_reason(path: Path) -> str:
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
        return f"unsupported file type {path.suffix or '(none)'!r} (supported: {kinds})"
    return ""
