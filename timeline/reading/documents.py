"""Reading documents: files -> one text each, plus what is known of them.

The text produced here is the only text offsets ever refer to: the CLI's
passage_start/passage_end and the dashboard's highlighting both index it.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from timeline.core.models import Document
from timeline.reading import datelines
from timeline.reading.sources import SOURCES_NAME, Sources

log = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES
DEFAULT_MAX_BYTES = 2 * 1024 * 1024
# Folder entries that describe a corpus rather than belong to it.
_NOT_DOCUMENTS = re.compile(r"^(readme|license|licence|changelog)(\.[a-z]+)?$", re.IGNORECASE)


class DocumentError(Exception):
    """A file that cannot become a document; the message names the problem."""


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


def read_file(item: InputFile, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read and decode one file; raises DocumentError naming the problem."""
    if item.skip:
        raise DocumentError(item.skip)
    try:
        size = item.path.stat().st_size
        if size > max_bytes:
            raise DocumentError(
                f"too large: {size / 1e6:.1f} MB is over the {max_bytes / 1e6:.1f} MB limit for one document"
            )
        data = item.path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"cannot read: {exc.strerror or exc}") from exc
    text, encoding = decode_with_encoding(data)
    if item.path.suffix.lower() in HTML_SUFFIXES:
        document = document_from_html(item.doc, text, str(item.path))
    else:
        document = document_from_text(item.doc, text, str(item.path))
    if encoding != "utf-8":
        document = replace(document, notes=(*document.notes, f"not UTF-8: decoded as {encoding}"))
    return document


def decode(data: bytes) -> str:
    """Bytes -> text: UTF-8 (BOM or not), else the detected encoding; newlines normalised to \\n."""
    return decode_with_encoding(data)[0]


def decode_with_encoding(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read with ("utf-8" or the detected one)."""
    if not data.strip():
        raise DocumentError("empty file (no text)")
    if _looks_binary(data):
        raise DocumentError("binary data, not text")
    encoding = "utf-8"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text, encoding = _detected(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise DocumentError("empty file (only whitespace)")
    return text, encoding


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head and not (head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        return True
    control = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return control > len(head) * 0.05


_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b < 32)


def _detected(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise DocumentError("not UTF-8 and no text encoding could be detected")
    log.info("decoded as %s", best.encoding)
    return str(best), best.encoding


def document_from_text(doc: str, text: str, path: str = "") -> Document:
    """A document from plain text: title and publication date read from the text itself."""
    header = datelines.read_header(text)
    return Document(
        doc=doc,
        text=text,
        title=header.title,
        published=header.published,
        published_basis="dateline" if header.published else "unknown",
        metadata_spans=header.metadata_spans,
        path=path,
    )


def document_from_html(doc: str, html: str, path: str = "") -> Document:
    from timeline.reading import html_text

    page = html_text.extract(html)
    base = document_from_text(doc, page.text, path)
    title = page.title or base.title
    published, basis = base.published, base.published_basis
    if page.published and not published:
        published, basis = page.published, "meta"
    return replace(base, title=title, outlet=page.site_name, url=page.url, published=published, published_basis=basis)


def apply_sources(document: Document, sources: Sources | None) -> Document:
    """Metadata from sources.csv wins over what the text says; a URL date is the last resort."""
    row = sources.get(document.doc) if sources else None
    doc = document
    if row:
        doc = replace(
            doc,
            title=row.title or doc.title,
            outlet=row.outlet or doc.outlet,
            url=row.url or doc.url,
        )
        if row.published:
            doc = replace(doc, published=row.published, published_basis="sources")
    if doc.published is None and doc.url:
        from_url = datelines.date_in_url(doc.url)
        if from_url:
            doc = replace(doc, published=from_url, published_basis="url")
    return doc
