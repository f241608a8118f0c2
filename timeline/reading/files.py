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
    seen: set[str] = set()
    for raw in paths:
        root = Path(raw)
        if root.is_dir():
            # Sorted by path parts, as Paths sort; the relative name has the same parts below the root.
            for item, key in sorted(_walk(root), key=lambda pair: pair[0].doc.split("/")):
                _add(found, seen, item, key)
        elif root.exists() or root.is_symlink():
            _add(found, seen, InputFile(root, root.name, _skip_reason(root)))
        else:
            _add(found, seen, InputFile(root, str(raw), "no such file or folder"))
    return found


def _walk(root: Path) -> list[tuple[InputFile, str]]:
    """The files under `root` with their real paths (what tells duplicates apart), from directory listings:
    a regular file costs no system call of its own (its type comes with the listing), a corpus of 100,000
    files is listed in a fraction of a second.  Links are looked at one by one."""
    items: list[tuple[InputFile, str]] = []
    real_root = root.resolve()
    folders: list[tuple[Path, str]] = [(root, "")]
    while folders:
        folder, prefix = folders.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError as exc:
            rel = prefix.rstrip("/") or "."
            items.append((InputFile(folder, rel + "/", f"folder cannot be read: {exc.strerror or exc}"), str(folder)))
            continue
        for entry in entries:
            name = entry.name
            rel = prefix + name
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                if name.startswith("."):
                    continue
                path = folder / name
                if entry.is_symlink():
                    # Linked folders are not descended into; one leading out of the corpus is said so.
                    if not _inside(path, real_root):
                        items.append((InputFile(path, rel + "/", _OUTSIDE), str(path)))
                    continue
                folders.append((path, rel + "/"))
                continue
            if name.startswith(".") or name == SOURCES_NAME:
                continue
            path = folder / name
            if _NOT_DOCUMENTS.match(name):
                log.info("%s: skipped (a folder's README/licence, not a document)", path)
                continue
            if entry.is_symlink():
                if path.exists() and not _inside(path, real_root):
                    items.append((InputFile(path, rel, _OUTSIDE), str(path.resolve())))
                    continue
                key = str(path.resolve()) if path.exists() else str(path)
                items.append((InputFile(path, rel, _skip_reason(path)), key))
            elif entry.is_file(follow_symlinks=False):
                # Under the resolved root and reached without a link: its real path is the root's plus its name.
                items.append((InputFile(path, rel, _suffix_reason(path)), os.path.join(real_root, rel)))
            else:
                items.append((InputFile(path, rel, _skip_reason(path)), str(path)))
    return items


_OUTSIDE = "a link leading outside the folder; not followed"


def _inside(path: Path, real_root: Path) -> bool:
    try:
        return path.resolve().is_relative_to(real_root)
    except (OSError, RuntimeError):  # a loop of links
        return False


def _add(found: list[InputFile], seen: set[str], item: InputFile, key: str | None = None) -> None:
    if key is None:
        key = str(item.path.resolve()) if item.path.exists() else str(item.path)
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
    return _suffix_reason(path)


def _suffix_reason(path: Path) -> str:
    """Why a regular file is not read: its type, unless it is a supported one."""
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
        return f"unsupported file type {path.suffix or '(none)'!r} (supported: {kinds})"
    return ""
