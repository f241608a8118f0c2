"""A chronology as Markdown: the same structure as the HTML page, one `###` heading per entry.

Text from the documents is escaped (`escape_markdown`), so a title holding `*`,
`[link](...)` or `<script>` shows as written; URLs are written as autolinks
`<URL>` only when they are web addresses.
"""

from __future__ import annotations

import datetime as dt

from timeline.view.chronology import Chronology, Citation, Entry, entry_meta, summary_line, undated_note
from timeline.view.date_words import day_words
from timeline.view.highlight import escape_markdown, safe_url


def chronology_markdown(chron: Chronology, chart_file: str | None = None) -> str:
    """The Markdown text; `chart_file` is the chart image's path or URL beside it (None: no image)."""
    lines = [f"# {escape_markdown(chron.title)}", ""]
    if chron.scope:
        lines += [escape_markdown(chron.scope), ""]
    lines += [escape_markdown(summary_line(chron)), ""]
    if chron.n_undated:
        lines += [escape_markdown(undated_note(chron.n_undated)), ""]
    if chart_file:
        lines += [f"![Timeline chart of the events listed below](<{_link_target(chart_file)}>)", ""]
    else:
        lines += ["*Chart image unavailable.*", ""]
    for entry in chron.entries:
        lines += _entry(entry)
    return "\n".join(lines).rstrip("\n") + "\n"


def _entry(entry: Entry) -> list[str]:
    lines = [f"### {escape_markdown(entry.date_words)} ({escape_markdown(entry.date_iso)})", ""]
    lines += [f"**{escape_markdown(entry.headline)}**", ""]
    meta = entry_meta(entry)
    if meta:
        lines += [f"*{escape_markdown(meta)}*", ""]
    if entry.quote:
        lines += [f"> {escape_markdown(entry.quote)}", ""]
    lines += [f"- {citation_markdown(c)}" for c in entry.citations]
    lines.append("")
    return lines


def citation_markdown(citation: Citation) -> str:
    """Outlet, “Title”, 3 May 2020, <URL>."""
    pieces = [escape_markdown(citation.outlet)] if citation.outlet else []
    pieces.append(f"“{escape_markdown(citation.title)}”")
    pieces.append(_published(citation.published))
    url = safe_url(citation.url)
    if url:
        pieces.append(f"<{_link_target(url)}>")
    elif citation.url:
        pieces.append(f"{escape_markdown(citation.url)} (not a web address)")
    else:
        pieces.append("no URL known")
    return ", ".join(pieces)


def _link_target(target: str) -> str:
    # Inside <...> only these would end or break the link.
    return target.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")


def _published(day: dt.date | None) -> str:
    return day_words(day) if day else "publication date unknown"
