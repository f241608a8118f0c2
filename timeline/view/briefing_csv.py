"""The briefing CSV: one row per dated event, in date order, with friendly column names and its sources.

The data export (`export.csv_bytes`) has every frame column, one row per
mention; this one is for reading in a spreadsheet: the date in words and ISO,
the headline, the sources' outlets, URLs and publication dates, the first
quote.  UTF-8 with a byte-order mark, so a spreadsheet reads it as UTF-8
rather than the system code page; every text cell goes through the same
formula guard as the data export.  Lists within a cell are joined by " | ",
in the order of the entry's citations (earliest publication first).
"""

from __future__ import annotations

import pandas as pd

from timeline.view.chronology import Chronology, build_chronology
from timeline.view.export import guard_formulas

BRIEFING_COLUMNS: tuple[str, ...] = (
    "Date",
    "Date (ISO)",
    "Date (to)",
    "Precision",
    "Headline",
    "Type",
    "Status",
    "Actors",
    "Sources",
    "Outlets",
    "Titles",
    "URLs",
    "Published",
    "Quote",
    "Event ID",
)
LIST_SEPARATOR = " | "


def briefing_table(frame: pd.DataFrame, *, chronology: Chronology | None = None) -> pd.DataFrame:
    """One row per dated event of the mention frame `frame` (or of `chronology` when already built)."""
    chron = chronology or build_chronology(frame, title="", scope="")
    rows = [
        (
            entry.date_words,
            entry.start.isoformat(),
            entry.end.isoformat(),
            entry.precision,
            entry.headline,
            entry.event_type,
            entry.status,
            "; ".join(entry.actors),
            entry.n_sources,
            LIST_SEPARATOR.join(c.outlet or "(outlet unknown)" for c in entry.citations),
            LIST_SEPARATOR.join(c.title for c in entry.citations),
            LIST_SEPARATOR.join(c.url or "(no URL)" for c in entry.citations),
            LIST_SEPARATOR.join(c.published.isoformat() if c.published else "(unknown)" for c in entry.citations),
            entry.quote,
            entry.event_id,
        )
        for entry in chron.entries
    ]
    table = pd.DataFrame(rows, columns=list(BRIEFING_COLUMNS))
    table["Sources"] = table["Sources"].astype("int64")
    return table


def briefing_csv(frame: pd.DataFrame, *, chronology: Chronology | None = None) -> bytes:
    """`briefing_table` as UTF-8 CSV with a BOM, CRLF line ends and the formula guard on every text cell."""
    table = guard_formulas(briefing_table(frame, chronology=chronology))
    return table.to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")
