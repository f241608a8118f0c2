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


def events_glob(store: Path) -> str:
    return str(Path(store) / "events" / "*" / "*.parquet")


def documents_glob(store: Path) -> str:
    return str(Path(store) / "documents" / "*" / "*.parquet")


def check_store(store: Path) -> Path:
    """`store` when it looks like a readable store; raises `StoreOpenError` naming what is wrong otherwise."""
    store = Path(store).expanduser()
    if not store.exists():
        raise StoreOpenError(f"The store {store} does not exist.")
    if not store.is_dir():
        raise StoreOpenError(f"The store {store} is a file, not a store folder.")
    if not (store / STORE_FILE).is_file() and not (store / "events").is_dir():
        raise StoreOpenError(f"{store} is not an event store (it has no {STORE_FILE} and no events/ folder).")
    if not any((store / "events").glob("*/*.parquet")):
        raise StoreOpenError(f"The store {store} has no events yet (no Parquet files under events/).")
    return store
