"""The pipeline, composed in one place: files or texts -> documents -> dated events -> frame.

This is the only entry point the CLI and the dashboard use.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from timeline.models import Document


@dataclass(frozen=True, slots=True)
class DocumentReport:
    """One input file and what became of it; every input gets one, readable or not."""

    doc: str
    title: str
    outlet: str
    url: str
    published: dt.date | None
    published_basis: str
    n_events: int
    # ok: events found; empty: read but no dated events (message says why); error: not read.
    status: str
    message: str


@dataclass(frozen=True, slots=True)
class Extraction:
    frame: pd.DataFrame
    documents: tuple[Document, ...]
    reports: tuple[DocumentReport, ...]
    # Corpus-level messages, e.g. problems in sources.csv.
    problems: tuple[str, ...] = ()

    def reports_frame(self) -> pd.DataFrame:
        ...


def extract(
    paths: Sequence[str | os.PathLike[str]],
    sources: str | os.PathLike[str] | None = None,
    published_overrides: Mapping[str, dt.date] | None = None,
) -> Extraction:
    """Events of every document under `paths` (files or folders, recursive)."""
    ...


def extract_texts(texts: Mapping[str, str], published: Mapping[str, dt.date | None] | None = None) -> Extraction:
    """Events of in-memory texts, keyed by document name (for tests and uploads)."""
    ...
