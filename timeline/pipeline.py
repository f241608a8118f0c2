"""The pipeline, composed in one place: files or texts -> documents -> dated events -> frame.

This is the only entry point the CLI and the dashboard use.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd

from timeline import documents as D
from timeline.dates import Reference, tag
from timeline.estimate import estimate_publication
from timeline.events import document_events
from timeline.frame import to_frame
from timeline.models import Document, Event
from timeline.sources import SOURCES_NAME, Sources, SourcesError, read_sources

log = logging.getLogger(__name__)


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
    published_latest: dt.date | None = None

    @property
    def published_label(self) -> str:
        return published_label(self.published, self.published_basis, self.published_latest)


def published_label(published: dt.date | None, basis: str, latest: dt.date | None = None) -> str:
    """A publication date as a person should read it: an estimate is shown as a range, never as a day."""
    if published is None:
        return "unknown"
    if basis == "estimated":
        return f"between {published} and {latest} (estimated)" if latest else f"not before {published} (estimated)"
    return f"{published} ({basis})"


REPORT_COLUMNS: tuple[str, ...] = tuple(DocumentReport.__dataclass_fields__)


@dataclass(frozen=True, slots=True)
class Extraction:
    frame: pd.DataFrame
    documents: tuple[Document, ...]
    reports: tuple[DocumentReport, ...]
    # Corpus-level messages, e.g. problems in sources.csv.
    problems: tuple[str, ...] = ()

    def reports_frame(self) -> pd.DataFrame:
        rows = [{k: getattr(r, k) for k in REPORT_COLUMNS} for r in self.reports]
        return pd.DataFrame(rows, columns=list(REPORT_COLUMNS))

    def document(self, doc: str) -> Document | None:
        return next((d for d in self.documents if d.doc == doc), None)


def find_sources(paths: Sequence[str | os.PathLike[str]]) -> Path | None:
    """The sources.csv beside the documents: in the first folder given, or beside the first file."""
    for raw in paths:
        p = Path(raw)
        candidate = (p if p.is_dir() else p.parent) / SOURCES_NAME
        if candidate.is_file():
            return candidate
    return None


def extract(
    paths: Sequence[str | os.PathLike[str]],
    sources: str | os.PathLike[str] | None = None,
    published_overrides: Mapping[str, dt.date] | None = None,
    max_bytes: int = D.DEFAULT_MAX_BYTES,
) -> Extraction:
    """Events of every document under `paths` (files or folders, recursive)."""
    problems: list[str] = []
    source_table = _load_sources(sources, paths, problems)
    items = D.collect(paths)
    loaded: list[tuple[str, Document | None, str]] = [
        (item.doc, doc, problem) for item, doc, problem in D.iter_documents(items, max_bytes)
    ]
    if source_table:
        known = {item.doc for item in items} | {Path(item.doc).name for item in items}
        for name in source_table.rows:
            if name not in known:
                problems.append(f"{source_table.path}: row for {name!r}, but no such document was given")
    return _assemble(loaded, source_table, published_overrides or {}, problems)


def extract_texts(
    texts: Mapping[str, str],
    published: Mapping[str, dt.date | None] | None = None,
) -> Extraction:
    """Events of in-memory texts, keyed by document name (tests, uploads, the `dates` command)."""
    loaded: list[tuple[str, Document | None, str]] = []
    for name, text in texts.items():
        if not text.strip():
            loaded.append((name, None, "empty text"))
            continue
        loaded.append((name, D.document_from_text(name, text.replace("\r\n", "\n").replace("\r", "\n")), ""))
    overrides = {k: v for k, v in (published or {}).items() if v is not None}
    return _assemble(loaded, None, overrides, [])


def _load_sources(
    sources: str | os.PathLike[str] | None, paths: Sequence[str | os.PathLike[str]], problems: list[str]
) -> Sources | None:
    path = Path(sources) if sources else find_sources(paths)
    if path is None:
        return None
    try:
        table = read_sources(path)
    except SourcesError as exc:
        problems.append(str(exc))
        return None
    problems.extend(table.problems)
    return table


def _assemble(
    loaded: Sequence[tuple[str, Document | None, str]],
    sources: Sources | None,
    overrides: Mapping[str, dt.date],
    problems: list[str],
) -> Extraction:
    documents: list[Document] = []
    reports: list[DocumentReport] = []
    events: list[Event] = []
    for name, document, problem in loaded:
        if document is None:
            reports.append(DocumentReport(name, "", "", "", None, "unknown", 0, "error", problem))
            continue
        document = D.apply_sources(document, sources)
        if name in overrides:
            document = replace(document, published=overrides[name], published_basis="analyst")
        if document.published is None:
            document = _with_estimate(document)
        found = document_events(document)
        documents.append(document)
        events.extend(found)
        reports.append(_report(document, found))
    for p in problems:
        log.warning("%s", p)
    return Extraction(to_frame(events), tuple(documents), tuple(reports), tuple(problems))


def _with_estimate(document: Document) -> Document:
    estimate = estimate_publication(tag(document.text, Reference()))
    if estimate is None:
        return document
    return replace(
        document, published=estimate.earliest, published_latest=estimate.latest, published_basis="estimated",
        notes=(*document.notes, estimate.reason),
    )  # fmt: skip


def _report(document: Document, found: Sequence[Event]) -> DocumentReport:
    dated = sum(1 for e in found if e.mention.period is not None)
    if not found:
        status, message = "empty", "no date expressions that place an event in time"
    elif dated == 0:
        status = "empty"
        message = f"{len(found)} date expression(s), none resolvable without a publication date"
    else:
        status = "ok"
        undated = len(found) - dated
        message = f"{dated} dated event(s)" + (f", {undated} unresolved (no publication date)" if undated else "")
    if document.notes:
        message += "; " + "; ".join(document.notes)
    return DocumentReport(
        document.doc, document.title, document.outlet, document.url, document.published,
        document.published_basis, len(found), status, message, document.published_latest,
    )  # fmt: skip
