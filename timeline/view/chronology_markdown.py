"""A chronology as Markdown: the same structure as the HTML page, one `###` heading per entry.

Text from the documents is escaped, so a title holding `*`, `[link](...)` or
`<script>` shows as written; URLs are written as autolinks `<URL>` only when
they are web addresses.  The file is meant to be read raw as well as rendered,
so only the characters that can start markup are escaped (`md_text`), not every
punctuation mark as the dashboard's `escape_markdown` does for Streamlit, and
no invisible characters are added.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.view.chronology import Chronology, Citation, Entry, entry_meta, omitted_note, summary_line, undated_note
from timeline.view.date_words import day_words
from timeline.view.highlight import safe_url


def chronology_markdown(chron: Chronology, chart_file: str | None = None) -> str:
    """The Markdown text; `chart_file` is the chart image's path or URL beside it (None: no image)."""
    lines = [f"# {md_text(chron.title)}", ""]
    if chron.scope:
        lines += [md_text(chron.scope), ""]
    lines += [md_text(summary_line(chron)), ""]
    if chron.n_undated:
        lines += [md_text(undated_note(chron.n_undated)), ""]
    if omitted_note(chron):
        lines += [md_text(omitted_note(chron)), ""]
    if chart_file:
        lines += [f"![Timeline chart of the events listed below](<{_link_target(chart_file)}>)", ""]
    else:
        lines += ["*Chart image unavailable.*", ""]
    for entry in chron.entries:
        lines += _entry(entry)
    return "\n".join(lines).rstrip("\n") + "\n"


def _entry(entry: Entry) -> list[str]:
    lines = [f"### {md_text(entry.date_words)} ({md_text(entry.date_iso)})", ""]
    lines += [f"**{md_text(entry.headline)}**", ""]
    meta = entry_meta(entry)
    if meta:
        lines += [f"*{md_text(meta)}*", ""]
    if entry.quote:
        lines += [f"> {md_text(entry.quote)}", ""]
    lines += [f"- {citation_markdown(c)}" for c in entry.citations]
    lines.append("")
    return lines


def citation_markdown(citation: Citation) -> str:
    """Outlet, “Title”, 3 May 2020, <URL>."""
    pieces = [md_text(citation.outlet)] if citation.outlet else []
    pieces.append(f"“{md_text(citation.title)}”")
    pieces.append(_published(citation.published))
    url = safe_url(citation.url)
    if url:
        pieces.append(f"<{_link_target(url)}>")
    elif citation.url:
        pieces.append(f"{md_text(citation.url)} (not a web address)")
    else:
        pieces.append("no URL known")
    return ", ".join(pieces)


# Inline markup (emphasis, code, links, images, HTML, entities, tables, strikethrough) and the escape itself.
_INLINE = re.compile(r"([\\`*_\[\]<>#|~!&])")
# What makes a line a list item, a heading underline or a block of its own when it starts the line.
_LINE_START = re.compile(r"^(\s*)([-+=]|\d+[.)])")


def md_text(text: str) -> str:
    """`text` on one line, shown as written by any Markdown renderer."""
    escaped = _INLINE.sub(r"\\\1", " ".join(text.split()))
    return _LINE_START.sub(lambda m: m[1] + "".join("\\" + c if not c.isdigit() else c for c in m[2]), escaped)


def _link_target(target: str) -> str:
    # Inside <...> only these would end or break the link.
    return target.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")


def _published(day: dt.date | None) -> str:
    return day_words(day) if day else "publication date unknown"
