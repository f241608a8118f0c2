"""Where everything of a store lives: one folder, its files named here and nowhere else.

STORE/store.json                                format version and the config fingerprint
STORE/manifest.sqlite                           one row per document, one per committed batch
STORE/mentions/batch=<id>/part-0.parquet        the ungrouped rows of one batch (all frame columns)
STORE/documents/batch=<id>/part-0.parquet       one row per readable document, with its text
STORE/events/month=<YYYY-MM|undated>/*.parquet  the grouped events, by month of event_date
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from timeline.core.errors import TimelineError

FORMAT_VERSION = 1
UNDATED = "undated"
# Names of work in progress: never read, deleted when a run starts.
TMP_PREFIX = ".tmp-"
_BATCH_DIR = re.compile(r"^batch=(\d+)$")


class StoreError(TimelineError):
    """A folder that cannot be used as a store (not one, a newer format, another run writing it)."""


@dataclass(frozen=True, slots=True)
class Layout:
    root: Path

    @classmethod
    def of(cls, store: str | os.PathLike[str]) -> Layout:
        return cls(Path(store))

    @property
    def meta(self) -> Path:
        return self.root / "store.json"

    @property
    def manifest(self) -> Path:
        return self.root / "manifest.sqlite"

    @property
    def lock(self) -> Path:
        return self.root / ".lock"

    @property
    def mentions(self) -> Path:
        return self.root / "mentions"

    @property
    def documents(self) -> Path:
        return self.root / "documents"

    @property
    def events(self) -> Path:
        return self.root / "events"

    def batch_file(self, table: Path, batch: int) -> Path:
        return table / batch_dir(batch) / "part-0.parquet"

    def batches_on_disk(self, table: Path) -> dict[int, Path]:
        """Batch folders of `mentions` or `documents`, committed or not, by batch id."""
        if not table.is_dir():
            return {}
        found = {}
        for entry in table.iterdir():
            match = _BATCH_DIR.match(entry.name)
            if match and entry.is_dir():
                found[int(match[1])] = entry
        return found

    def work_in_progress(self) -> list[Path]:
        """Leftovers of an interrupted run: temporary files and folders anywhere in the store's tables."""
        leftovers = [p for p in self.root.glob(TMP_PREFIX + "*")]
        for table in (self.mentions, self.documents):
            if table.is_dir():
                leftovers += [p for p in table.glob("*/" + TMP_PREFIX + "*")]
        return leftovers


def batch_dir(batch: int) -> str:
    return f"batch={batch:06d}"


def month_of(year: int | None, month: int | None) -> str:
    return UNDATED if year is None or month is None else f"{year:04d}-{month:02d}"
