"""What identifies a run's results beyond its documents: the data files read and the options that
change what is extracted.  A store built with another fingerprint is extracted again from scratch."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from timeline.core.data import DATA_DIR

# Files are hashed in chunks of this size, so that a large document never sits twice in memory.
_CHUNK = 1 << 20


def file_sha256(path: str | os.PathLike[str]) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def config_fingerprint(
    files: Sequence[str | os.PathLike[str]], options: Mapping[str, object], data_dir: Path = DATA_DIR
) -> str:
    """A hash of the built-in data files, the user's data files (in the order given) and `options`
    (JSON-serialisable values such as max_bytes or date_order)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in data_dir.rglob("*") if p.is_file()):
        digest.update(path.relative_to(data_dir).as_posix().encode() + b"\0" + file_sha256(path).encode())
    for path in files:
        digest.update(b"user\0" + file_sha256(path).encode())
    digest.update(json.dumps(dict(options), sort_keys=True, default=str).encode())
    return digest.hexdigest()


def metadata_key(values: object) -> str:
    """A short hash of what else a document's extraction depends on (its sources.csv row, an analyst's
    publication date), so that a change there re-extracts that document alone."""
    return hashlib.sha256(repr(values).encode()).hexdigest()[:16]
