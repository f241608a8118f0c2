"""Files of the corpus folder: uploads saved under safe names, and the folder's fingerprint.

An upload's name comes from the browser and is untrusted: directories are
stripped (no path traversal), odd characters replaced, and a name that is
taken gets a numbered suffix; the file is created exclusively so a
concurrent upload can never be overwritten silently.
"""

from __future__ import annotations

import logging
import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from timeline.core.errors import TimelineError

log = logging.getLogger(__name__)

ALLOWED_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".html", ".htm")
MAX_UPLOAD_BYTES = 2 * 1024 * 1024
MAX_NAME_CHARS = 120
_MAX_SUFFIX_TRIES = 999
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
# Names the corpus reader treats as notes about the folder, not documents.
_RESERVED_STEM = re.compile(r"^(readme|license|licence|changelog|sources)$", re.IGNORECASE)
_WINDOWS_DEVICE = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)$", re.IGNORECASE)


class UploadError(TimelineError, ValueError):
    """An upload that cannot be saved; the message says why, for the analyst."""


@dataclass(frozen=True, slots=True)
class UploadResult:
    original: str
    saved_as: str  # file name inside the folder, "" when refused
    message: str

    @property
    def ok(self) -> bool:
        return bool(self.saved_as)


def safe_file_name(name: str) -> str:
    """A plain file name for `name`: last path component, safe characters, allowed type; else UploadError."""
    base = PureWindowsPath(PurePosixPath(name.replace("\x00", "")).name).name
    base = unicodedata.normalize("NFKC", base).strip()
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    suffix = "." + suffix.lower() if suffix else ""
    if suffix not in ALLOWED_SUFFIXES:
        allowed = ", ".join(ALLOWED_SUFFIXES)
        raise UploadError(f"{name!r}: type {suffix or '(none)'} is not accepted (allowed: {allowed})")
    stem = _UNSAFE.sub("_", stem).strip("._-")
    if not stem:
        raise UploadError(f"{name!r}: no usable file name")
    if _RESERVED_STEM.match(stem) or _WINDOWS_DEVICE.match(stem):
        raise UploadError(f"{name!r}: this name is reserved for the folder's own files; rename the document")
    return stem[: MAX_NAME_CHARS - len(suffix)] + suffix


def check_upload(name: str, data: bytes, max_bytes: int = MAX_UPLOAD_BYTES) -> str:
    """The safe name for an upload whose size and content are acceptable; else UploadError."""
    safe = safe_file_name(name)
    if len(data) == 0:
        raise UploadError(f"{name!r}: the file is empty")
    if len(data) > max_bytes:
        raise UploadError(f"{name!r}: {len(data) / 1e6:.1f} MB is over the {max_bytes / 1e6:.1f} MB limit")
    if b"\x00" in data[:8192]:
        raise UploadError(f"{name!r}: this is not a text or HTML file (it holds binary data)")
    return safe


def unique_name(name: str, taken: Iterable[str]) -> str:
    """`name`, or `name-2`, `name-3`, … before the suffix: the first one not in `taken` (case-insensitive)."""
    lowered = {t.lower() for t in taken}
    if name.lower() not in lowered:
        return name
    stem, suffix = os.path.splitext(name)
    for n in range(2, _MAX_SUFFIX_TRIES + 2):
        candidate = f"{stem}-{n}{suffix}"
        if candidate.lower() not in lowered:
            return candidate
    raise UploadError(f"{name!r}: too many files with this name already")


def save_upload(
    folder: str | os.PathLike[str], name: str, data: bytes, max_bytes: int = MAX_UPLOAD_BYTES
) -> UploadResult:
    """Save one upload into `folder` under a safe, unused name; refusals are results, not exceptions."""
    root = Path(folder)
    try:
        safe = check_upload(name, data, max_bytes)
        if not root.is_dir():
            raise UploadError(f"the corpus folder {str(root)!r} does not exist")
        saved = _create_exclusively(root, safe, data)
    except UploadError as exc:
        return UploadResult(name, "", str(exc))
    except OSError as exc:
        log.warning("upload %r not saved: %s", name, exc)
        return UploadResult(name, "", f"{name!r}: could not be saved ({exc.strerror or exc})")
    renamed = f" (renamed from {name!r})" if saved != name else ""
    return UploadResult(name, saved, f"Saved {saved}{renamed}.")


def save_uploads(folder: str | os.PathLike[str], files: Iterable[tuple[str, bytes]]) -> list[UploadResult]:
    return [save_upload(folder, name, data) for name, data in files]


def _create_exclusively(root: Path, safe: str, data: bytes) -> str:
    for _ in range(_MAX_SUFFIX_TRIES):
        target = unique_name(safe, (p.name for p in root.iterdir()))
        path = root / target
        # The resolved target must stay inside the folder, whatever the name turned into.
        if path.resolve().parent != root.resolve():
            raise UploadError(f"{safe!r}: refused, it would be saved outside the corpus folder")
        try:
            # "x": another session that took the name a moment ago makes this fail instead of overwriting.
            with path.open("xb") as fh:
                fh.write(data)
        except FileExistsError:
            continue
        return target
    raise UploadError(f"{safe!r}: could not find a free file name")


def folder_fingerprint(folder: str | os.PathLike[str]) -> tuple[tuple[str, int, int], ...]:
    """(relative path, size, mtime_ns) of every file under `folder`: changes whenever a document does."""
    root = Path(folder)
    if not root.is_dir():
        return ()
    entries = []
    for path in sorted(root.rglob("*")):
        try:
            if path.is_file():
                st = path.stat()
                entries.append((path.relative_to(root).as_posix(), st.st_size, st.st_mtime_ns))
        except OSError:
            continue
    return tuple(entries)
