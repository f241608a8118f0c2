"""A chronology as one self-contained HTML page, made to be printed (A4) or read on screen.

Every string from the documents (titles, outlets, headlines, passages) and the
caller's title and scope is escaped; a URL is a link only when it is a web
address (`safe_url`), else it is shown as text.  The chart is embedded as a
`data:` URI, so the page needs nothing else.  Each entry is an
`<article class="entry" data-date="YYYY-MM-DD">` for tests and scripts.
"""

from __future__ import annotations

import base64
import datetime as dt
from html import escape

from timeline.view.chronology import Chronology, Citation, Entry, entry_meta, omitted_note, summary_line, undated_note
from timeline.view.date_words import day_words
from timeline.view.highlight import safe_url

_CSS = """
@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
:root { color-scheme: light; }
body { font-family: "DejaVu Serif", Georgia, "Times New Roman", serif; color: #1d1d1f; line-height: 1.45;
       max-width: 46rem; margin: 2rem auto; padding: 0 1rem; font-size: 11pt; }
h1 { font-size: 20pt; margin: 0 0 0.3rem 0; line-height: 1.2; }
.scope, .span, .note { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9.5pt; color: #4a4a55;
                       margin: 0.15rem 0; }
figure.chart { margin: 1rem 0 1.4rem 0; }
figure.chart img { width: 100%; height: auto; border: 1px solid #d6d6de; }
figure.chart figcaption, .chart-missing { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9pt;
                                          color: #4a4a55; }
article.entry { border-top: 1px solid #d6d6de; padding: 0.7rem 0 0.5rem 0; break-inside: avoid;
                page-break-inside: avoid; }
.date { font-family: "DejaVu Sans", Arial, sans-serif; font-weight: bold; font-size: 10.5pt; margin: 0; }
.date .iso { font-weight: normal; color: #6a6a75; font-size: 9pt; }
h2.headline { font-size: 12.5pt; margin: 0.15rem 0 0.35rem 0; line-height: 1.3; }
.meta { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 8.5pt; color: #6a6a75; margin: 0 0 0.3rem 0; }
blockquote { margin: 0.3rem 0 0.4rem 0; padding: 0.1rem 0 0.1rem 0.8rem; border-left: 3px solid #b9b9c6;
             font-style: italic; overflow-wrap: anywhere; }
ol.citations { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 8.5pt; margin: 0.2rem 0 0 0;
               padding-left: 1.3rem; overflow-wrap: anywhere; }
a { color: #1f4e9a; }
@media print {
  body { margin: 0; max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  figure.chart img { border: none; }
}
"""


def chronology_html(chron: Chronology, chart_png: bytes | None) -> str:
    """The page; `chart_png` is the chart image (None: a line says it is unavailable)."""
    head = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(chron.title)}</title>\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<style>{_CSS}</style>\n</head>\n<body>\n"
    )
    parts = [head, "<header>\n", f"<h1>{escape(chron.title)}</h1>\n"]
    if chron.scope:
        parts.append(f'<p class="scope">{escape(chron.scope)}</p>\n')
    parts.append(f'<p class="span">{escape(summary_line(chron))}</p>\n')
    if chron.n_undated:
        parts.append(f'<p class="note">{escape(undated_note(chron.n_undated))}</p>\n')
    if omitted_note(chron):
        parts.append(f'<p class="note omitted">{escape(omitted_note(chron))}</p>\n')
    parts.append("</header>\n")
    parts.append(_chart(chart_png))
    parts.append('<main class="entries">\n')
    parts.extend(_entry(entry) for entry in chron.entries)
    parts.append("</main>\n</body>\n</html>\n")
    return "".join(parts)


def _chart(png: bytes | None) -> str:
    if not png:
        return '<p class="chart-missing">Chart image unavailable.</p>\n'
    data = base64.b64encode(png).decode("ascii")
    return (
        '<figure class="chart">\n'
        f'<img alt="Timeline chart of the events listed below" src="data:image/png;base64,{data}">\n'
        "<figcaption>The timeline of the events listed below; a bar is a period (first to last day), "
        "×N an event reported by N documents.</figcaption>\n</figure>\n"
    )


def _entry(entry: Entry) -> str:
    meta = entry_meta(entry)
    parts = [
        f'<article class="entry" data-date="{escape(entry.start.isoformat())}" '
        f'data-event="{escape(entry.event_id)}">\n',
        f'<p class="date">{escape(entry.date_words)} <span class="iso">({escape(entry.date_iso)})</span></p>\n',
        f'<h2 class="headline">{escape(entry.headline)}</h2>\n',
    ]
    if meta:
        parts.append(f'<p class="meta">{escape(meta)}</p>\n')
    if entry.quote:
        parts.append(f"<blockquote>{escape(entry.quote)}</blockquote>\n")
    parts.append('<ol class="citations">\n')
    parts.extend(f'<li class="citation">{citation_html(c)}</li>\n' for c in entry.citations)
    parts.append("</ol>\n</article>\n")
    return "".join(parts)


def citation_html(citation: Citation) -> str:
    """Outlet, “Title”, published 3 May 2020, <a href=URL>URL</a> (or "no URL known")."""
    pieces = [escape(citation.outlet)] if citation.outlet else []
    pieces.append(f"“{escape(citation.title)}”")
    pieces.append(f"published {escape(_published(citation.published))}")
    url = safe_url(citation.url)
    if url:
        pieces.append(f'<a class="url" href="{escape(url, quote=True)}">{escape(url)}</a>')
    elif citation.url:
        pieces.append(f'<span class="url">{escape(citation.url)}</span> (not a web address)')
    else:
        pieces.append('<span class="no-url">no URL known</span>')
    return ", ".join(pieces)


def _published(day: dt.date | None) -> str:
    return day_words(day) if day else "date unknown"
