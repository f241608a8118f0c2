"""Collecting the input files: folders recursively, in a stable order, each with a name relative to its folder."""

from __future__ import annotations

import logging
import os
import re
import stat
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
    """Every candidate file under `paths` (folders recursively), in a stable order.

    What cannot be a document is still listed, with the reason as `skip`, so that it is reported: a FIFO
    or device, a link to nothing, a link leading out of the folder (not followed), an unreadable folder.
    """
    found: list[InputFile] = []
    seen: set[Path] = set()
    for raw in paths:
        root = Path(raw)
        if root.is_dir():
            for item in sorted(_walk(root), key=lambda i: i.path):
                _add(found, seen, item)
        elif root.exists() or root.is_symlink():
            _add(found, seen, InputFile(root, root.name, _skip_reason(root)))
        else:
            _add(found, seen, InputFile(root, str(raw), "no such file or folder"))
    return found


def _walk(root: Path) -> list[InputFile]:
    items: list[InputFile] = []
    real_root = root.resolve()

    def unreadable(exc: OSError) -> None:
        folder = Path(exc.filename) if exc.filename else root
        rel = folder.relative_to(root).as_posix() if folder != root else "."
        items.append(InputFile(folder, rel + "/", f"folder cannot be read: {exc.strerror or exc}"))

    for folder, dirs, files in os.walk(root, onerror=unreadable, followlinks=False):
        base = Path(folder)
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in dirs:
            path = base / name
            # os.walk does not descend into linked folders; one leading out of the corpus is said so.
            if path.is_symlink() and not _inside(path, real_root):
                items.append(InputFile(path, path.relative_to(root).as_posix() + "/", _OUTSIDE))
        for name in files:
            path = base / name
            rel = path.relative_to(root)
            if name.startswith(".") or name == SOURCES_NAME:
                continue
            if _NOT_DOCUMENTS.match(name):
                log.info("%s: skipped (a folder's README/licence, not a document)", path)
                continue
            if path.is_symlink() and path.exists() and not _inside(path, real_root):
                items.append(InputFile(path, rel.as_posix(), _OUTSIDE))
                continue
            items.append(InputFile(path, rel.as_posix(), _skip_reason(path)))
    return items


_OUTSIDE = "a link leading outside the folder; not followed"


def _inside(path: Path, real_root: Path) -> bool:
    try:
        return path.resolve().is_relative_to(real_root)
    except (OSError, RuntimeError):  # a loop of links
        return False


def _add(found: list[InputFile], seen: set[Path], item: InputFile) -> None:
    key = item.path.resolve() if item.path.exists() else item.path
    if key not in seen:
        seen.add(key)
        found.append(item)


def _skip_reason(path: Path) -> str:
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "a link to nothing (its target does not exist)" if path.is_symlink() else "no such file"
    except OSError as exc:
        return f"cannot read: {exc.strerror or exc}"
    if stat.S_ISDIR(mode):
        return "a folder"
    if not stat.S_ISREG(mode):
        kind = "FIFO" if stat.S_ISFIFO(mode) else "device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "socket"
        return f"not a regular file (a {kind})"
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
        return f"unsupported file type {path.suffix or '(none)'!r} (supported: {kinds})"
    return ""
