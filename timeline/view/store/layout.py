"""Where a store keeps its parts (the layout agreed with the store's writer).

STORE/events/month=YYYY-MM/part-*.parquet    one row per mention, the events frame's columns
STORE/documents/batch=<id>/part-0.parquet    one row per document, with its text
STORE/manifest.sqlite, STORE/store.json       the writer's bookkeeping and format version
"""

from __future__ import annotations

from pathlib import Path

from timeline.core.errors import TimelineError

STORE_FILE = "store.json"


class StoreOpenError(TimelineError):
    """A store that cannot be read: missing, not a store, or without events yet; the message says which."""


def event_files(store: Path) -> list[str]:
    """The events' Parquet files (`events/<partition>/*.parquet`), without a writer's work in progress."""
    return _parts(Path(store) / "events")


def document_files(store: Path) -> list[str]:
    """The documents' Parquet files (`documents/batch=<id>/*.parquet`)."""
    return _parts(Path(store) / "documents")


def _parts(table: Path) -> list[str]:
    # A name starting with "." is a writer's temporary file or folder (".tmp-..."), never part of the store.
    return sorted(
        str(p) for p in table.glob("*/*.parquet") if not p.name.startswith(".") and not p.parent.name.startswith(".")
    )


def check_store(store: Path) -> Path:
    """`store` when it looks like a readable store; raises `StoreOpenError` naming what is wrong otherwise."""
    store = Path(store).expanduser()
    if not store.exists():
        raise StoreOpenError(f"The store {store} does not exist.")
    if not store.is_dir():
        raise StoreOpenError(f"The store {store} is a file, not a store folder.")
    if not (store / STORE_FILE).is_file() and not (store / "events").is_dir():
        raise StoreOpenError(f"{store} is not an event store (it has no {STORE_FILE} and no events/ folder).")
    if not event_files(store):
        raise StoreOpenError(f"The store {store} has no events yet (no Parquet files under events/).")
    return store
