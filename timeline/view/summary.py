"""One-line statements about a corpus or a document for the page's header and documents tab."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import pandas as pd

from timeline.core.models import REPORT_COLUMNS, DocumentReport


def date_span(frame: pd.DataFrame) -> tuple[dt.date, dt.date] | None:
    """First and last day covered by the dated rows of `frame`."""
    dated = frame.loc[frame["date"].notna()]
    if dated.empty:
        return None
    last = dated["date_end"].fillna(dated["date"]).max()
    return dated["date"].min().date(), max(last, dated["date"].max()).date()


def corpus_counts(n_documents: int, frame: pd.DataFrame) -> str:
    """Documents and events: "5 documents · 29 events (27 dated)"."""
    n_dated = int(frame["date"].notna().sum())
    events = f"{len(frame):,} events" + (f" ({n_dated:,} dated)" if n_dated != len(frame) else "")
    return f"{n_documents:,} document{'s' if n_documents != 1 else ''} · {events}"


def corpus_summary(n_documents: int, frame: pd.DataFrame) -> str:
    """One line: documents, events, and the days they cover (outliers included)."""
    span = date_span(frame)
    when = f"{span[0].isoformat()} – {span[1].isoformat()}" if span else "no dated events"
    return f"{corpus_counts(n_documents, frame)} · {when}"


def published_label(published: dt.date | None, basis: str, latest: dt.date | None = None) -> str:
    """A publication date as a person should read it: an estimate is shown as a range, never as a day."""
    if published is None:
        return "unknown"
    if basis == "estimated":
        return f"between {published} and {latest} (estimated)" if latest else f"not before {published} (estimated)"
    return f"{published} ({basis})"


# Control characters, and the bidirectional overrides that make a terminal show text reordered.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` on one terminal line as written: control and direction characters shown as escapes (\\n, \\u202e)."""
    return _UNPRINTABLE.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), text)


def report_line(report: DocumentReport) -> str:
    """One line per document for the CLI's stderr: its publication date and what was found, or why it was not read."""
    if report.status == "error":
        return printable(f"{report.doc}: not read: {report.message}")
    label = published_label(report.published, report.published_basis, report.published_latest)
    return printable(f"{report.doc}: published {label}; {report.message}")


def reports_frame(reports: Sequence[DocumentReport]) -> pd.DataFrame:
    """The documents table: one row per input file."""
    rows = [{k: getattr(r, k) for k in REPORT_COLUMNS} for r in reports]
    return pd.DataFrame(rows, columns=list(REPORT_COLUMNS))


def published_cell(published: dt.date | None, basis: str, latest: dt.date | None = None) -> str:
    """A publication date for the documents table: an estimate reads "≥ 2020-01-19 (estimate)", never as a day."""
    if published is None or pd.isna(published):
        return "unknown"
    day = pd.Timestamp(published).date().isoformat()
    if basis == "estimated":
        if latest is not None and not pd.isna(latest):
            return f"{day} – {pd.Timestamp(latest).date().isoformat()} (estimate)"
        return f"≥ {day} (estimate)"
    return day
