"""One-line statements about a corpus or a document for the page's header and documents tab."""

from __future__ import annotations

import datetime as dt

import pandas as pd


def date_span(frame: pd.DataFrame) -> tuple[dt.date, dt.date] | None:
    """First and last day covered by the dated rows of `frame`."""
    dated = frame.loc[frame["date"].notna()]
    if dated.empty:
        return None
    last = dated["date_end"].fillna(dated["date"]).max()
    return dated["date"].min().date(), max(last, dated["date"].max()).date()


def corpus_summary(n_documents: int, frame: pd.DataFrame) -> str:
    """One line for the header: documents, events, and the days they cover."""
    n_dated = int(frame["date"].notna().sum())
    events = f"{len(frame):,} events" + (f" ({n_dated:,} dated)" if n_dated != len(frame) else "")
    span = date_span(frame)
    when = f"{span[0].isoformat()} – {span[1].isoformat()}" if span else "no dated events"
    return f"{n_documents:,} document{'s' if n_documents != 1 else ''} · {events} · {when}"
