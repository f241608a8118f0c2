"""The source passage in its document, as HTML that shows document text as text.

Every character that comes from a document is escaped before the `<mark>`
is put around the passage, so a document holding `<script>`, HTML or
markdown displays it literally.  The HTML is for `st.html`, which does not
read markdown; the notices are for `st.warning`, which does, hence
`escape_markdown`.

An event reported by several documents has one mention per passage;
`event_mentions` gathers them (the clicked one first) so the detail panel
shows each passage marked in its own document, with `source_markdown`
saying where it is from and how its date was read.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

# Little before the passage, so it shows at the top of the box without scrolling; more after.
CONTEXT_BEFORE = 400
CONTEXT_AFTER = 1_500
# Around each passage of an event's source list: little, so every marked passage shows without scrolling.
SOURCE_CONTEXT_BEFORE = 220
SOURCE_CONTEXT_AFTER = 500
# The starts of what GitHub-flavoured markdown makes a link by itself ("https://x", "www.x", "mailto:x").
_AUTOLINK_START = re.compile(r"(?i)\b(https?|www|mailto|xmpp)(?=\\[:.])")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")
_BOX_STYLE = (
    "white-space: pre-wrap; overflow-wrap: anywhere; max-height: 26rem; overflow-y: auto; "
    "padding: 0.75rem 1rem; border: 1px solid rgba(49, 51, 63, 0.2); border-radius: 0.5rem; "
    "font-size: 0.92rem; line-height: 1.5;"
)
# The detail panel lists at most this many passages of one event (a widely reported event may have hundreds).
MAX_SOURCE_PASSAGES = 12
_MARK_STYLE = "background: #ffe066; color: inherit; padding: 0 1px; border-radius: 2px;"


@dataclass(frozen=True, slots=True)
class Located:
    """Where the passage is in the text; `note` says why it is not where the offsets said."""

    start: int
    end: int
    note: str = ""


def escape_text(text: str) -> str:
    return html.escape(text, quote=True)


def escape_markdown(text: str) -> str:
    """Text for a markdown-rendering element (st.warning, st.caption) that shows it verbatim.

    Streamlit's markdown also turns bare addresses into links after parsing, so a backslash cannot stop it:
    an invisible word joiner after "http", "https", "www", "mailto", "xmpp" and every "@" does."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", text).replace("\n", " ")
    return _AUTOLINK_START.sub("\\1\u2060", escaped).replace("@", "@\u2060")


def safe_url(url: str) -> str:
    """`url` when it is a web address; "" otherwise (a `javascript:` link from sources.csv must not be clickable)."""
    url = url.strip()
    return url if re.match(r"^https?://[^\s]+$", url, re.IGNORECASE) else ""


def event_mentions(frame: pd.DataFrame, selected: str) -> pd.DataFrame:
    """Every row of the selected mention's event: the selected mention first, then by document and offset.

    Empty when `selected` is not in `frame`; the selected row alone when it has no `event_id`.
    """
    hit = frame.loc[frame["mention_id"] == selected] if selected else frame.iloc[0:0]
    if hit.empty:
        return hit.reset_index(drop=True)
    event_id = str(hit["event_id"].iloc[0]) if "event_id" in frame else ""
    rows = frame.loc[frame["event_id"] == event_id] if event_id else hit.iloc[:1]
    rank = (rows["mention_id"] != selected).astype(int)
    ordered = rows.assign(_clicked=rank).sort_values(["_clicked", "doc", "passage_start"], kind="stable")
    return ordered.drop(columns="_clicked").reset_index(drop=True)


def event_summary_markdown(mentions: pd.DataFrame, type_names: Mapping[str, str] | None = None) -> str:
    """One line about the event the mentions report: its date, type (by `type_names` where given), actors and
    how many documents report it."""
    if mentions.empty:
        return ""
    first = mentions.iloc[0].to_dict()
    start = first.get("event_date") if _day(first.get("event_date")) != "unknown" else first.get("date")
    end = first.get("event_date_end") if _day(first.get("event_date")) != "unknown" else first.get("date_end")
    precision = str(first.get("event_precision") or first.get("precision") or "unresolved")
    period = _day(start) + (f" – {_day(end)}" if _day(end) not in ("unknown", _day(start)) else "")
    actors: dict[str, None] = {}
    for cell in mentions.get("actors", pd.Series([], dtype=str)).astype(str):
        actors.update(dict.fromkeys(a.strip() for a in cell.split(";") if a.strip()))
    n_docs = mentions["doc"].nunique()
    n_sources = max(int(first.get("n_sources") or 0), n_docs)
    passages = f"{len(mentions)} passage{'s' if len(mentions) != 1 else ''}"
    sources = f"reported by {n_sources} source{'s' if n_sources != 1 else ''} ({passages})"
    parts = [f"**Event:** {period} ({escape_markdown(precision)})"]
    if first.get("event_type"):
        kind = str(first["event_type"])
        parts.append(escape_markdown((type_names or {}).get(kind) or kind.replace("_", " ")))
    if actors:
        parts.append(escape_markdown("; ".join(actors)))
    parts.append(sources)
    return " · ".join(parts)


def source_heading(event: Mapping[str, Any], index: int, total: int, clicked: bool = False) -> str:
    """The heading of one source passage: its number, outlet and document title (markdown, escaped)."""
    outlet = escape_markdown(str(event.get("outlet") or "outlet unknown"))
    title = escape_markdown(str(event.get("doc_title") or event.get("doc") or ""))
    mark = " (clicked)" if clicked else ""
    return f"**Source {index} of {total}{mark}** — {outlet} · *{title}*"


def source_markdown(event: Mapping[str, Any]) -> list[str]:
    """Lines (markdown, escaped) for one source passage: publication, the date as written and as resolved."""
    esc = escape_markdown
    period = _day(event.get("date"))
    end = event.get("date_end")
    if event.get("precision") != "day" and _day(end) not in ("unknown", period):
        period += f" – {_day(end)}"
    rule = f", rule {esc(str(event['date_rule']))}" if event.get("date_rule") else ""
    published_from = esc(str(event.get("published_basis") or "unknown"))
    return [
        f"**Published** {_day(event.get('published'))} (from {published_from}) · file {esc(str(event.get('doc', '')))}",
        f"**As written:** “{esc(str(event.get('date_text', '')))}” → **{period}** "
        f"({esc(str(event.get('precision') or 'unresolved'))}, {esc(str(event.get('status', '')))}) · "
        f"date from {esc(str(event.get('date_basis', '')))}{rule}",
    ]


def _day(value: Any) -> str:
    if value is None or (isinstance(value, float) and value != value) or str(value) in ("NaT", ""):
        return "unknown"
    return value.strftime("%Y-%m-%d") if hasattr(value, "strftime") else str(value)[:10]


def locate_passage(text: str, passage: str, start: int, end: int) -> Located | None:
    """Trust the offsets when they hold the passage; else find the passage; None if it is not there."""
    if 0 <= start <= end <= len(text) and text[start:end] == passage and passage:
        return Located(start, end)
    if passage:
        found = text.find(passage)
        if found >= 0:
            return Located(found, found + len(passage), "The passage was found at another place than recorded.")
    return None


def highlight_html(text: str, start: int, end: int) -> str:
    """`text` escaped, with exactly text[start:end] inside one `<mark>`."""
    start, end = _clamp(text, start, end)
    return (
        escape_text(text[:start])
        + f'<mark style="{_MARK_STYLE}">'
        + escape_text(text[start:end])
        + "</mark>"
        + escape_text(text[end:])
    )


def excerpt_bounds(
    text: str, start: int, end: int, before: int = CONTEXT_BEFORE, after: int = CONTEXT_AFTER
) -> tuple[int, int]:
    """About `before`/`after` characters around the passage, cut at a paragraph or word edge."""
    start, end = _clamp(text, start, end)
    lo = max(0, start - before)
    hi = min(len(text), end + after)
    if lo > 0:
        para = text.find("\n\n", lo, start)
        space = text.find(" ", lo, start)
        lo = para + 2 if para >= 0 else (space + 1 if space >= 0 else lo)
    if hi < len(text):
        para = text.rfind("\n\n", end, hi)
        space = text.rfind(" ", end, hi)
        hi = para if para >= 0 else (space if space >= 0 else hi)
    return lo, hi


def passage_html(
    text: str,
    start: int,
    end: int,
    whole: bool = False,
    before: int = CONTEXT_BEFORE,
    after: int = CONTEXT_AFTER,
) -> str:
    """A scrollable box with the passage marked: an excerpt around it (`before`/`after` chars), or the whole text."""
    start, end = _clamp(text, start, end)
    lo, hi = (0, len(text)) if whole else excerpt_bounds(text, start, end, before, after)
    body = highlight_html(text[lo:hi], start - lo, end - lo)
    before = "[…]\n" if lo > 0 else ""
    after = "\n[…]" if hi < len(text) else ""
    return f'<div class="timeline-source" style="{_BOX_STYLE}">{before}{body}{after}</div>'


def _clamp(text: str, start: int, end: int) -> tuple[int, int]:
    start = min(max(0, int(start)), len(text))
    return start, min(max(start, int(end)), len(text))
