"""A chronology as a Word document (python-docx): A4, the chart, one entry per event with its citations.

Word files are XML: characters XML cannot hold (control characters a document
may carry) are dropped from every string first.  URLs become hyperlinks only
when they are web addresses (`safe_url`); python-docx has no hyperlink API, so
`_add_hyperlink` writes the `w:hyperlink` element itself.
"""

from __future__ import annotations

import datetime as dt
import io
import re

from docx import Document
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from timeline.view.chronology import Chronology, Citation, Entry, entry_meta, summary_line, undated_note
from timeline.view.date_words import day_words
from timeline.view.highlight import safe_url

CHART_WIDTH = Cm(16)
_LINK_COLOUR = "1F4E9A"
_GREY = RGBColor(0x4A, 0x4A, 0x55)
# What XML 1.0 cannot hold: C0 controls but tab, newline and carriage return; lone surrogates; U+FFFE/U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def chronology_docx(chron: Chronology, chart_png: bytes | None) -> bytes:
    """The .docx file's bytes; `chart_png` is the chart image (None: a line says it is unavailable)."""
    doc = Document()
    _a4(doc)
    doc.core_properties.title = _xml(chron.title)[:255]
    doc.add_heading(_xml(chron.title), level=0)
    if chron.scope:
        _grey(doc.add_paragraph(), _xml(chron.scope))
    _grey(doc.add_paragraph(), summary_line(chron))
    if chron.n_undated:
        _grey(doc.add_paragraph(), undated_note(chron.n_undated))
    if chart_png:
        doc.add_picture(io.BytesIO(chart_png), width=CHART_WIDTH)
        caption = doc.add_paragraph(
            "The timeline of the events listed below; a bar is a period (first to last day), "
            "×N an event reported by N documents.",
            style="Caption",
        )
        caption.paragraph_format.space_after = Pt(12)
    else:
        doc.add_paragraph().add_run("Chart image unavailable.").italic = True
    for entry in chron.entries:
        _entry(doc, entry)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _a4(doc: DocxDocument) -> None:
    for section in doc.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(20)
        section.top_margin = section.bottom_margin = Mm(20)


def _entry(doc: DocxDocument, entry: Entry) -> None:
    heading = doc.add_heading(level=2)
    heading.add_run(_xml(entry.date_words))
    iso = heading.add_run(f"  ({entry.date_iso})")
    iso.font.size = Pt(9)
    heading.paragraph_format.keep_with_next = True
    headline = doc.add_paragraph()
    headline.add_run(_xml(entry.headline)).bold = True
    headline.paragraph_format.keep_with_next = True
    meta = entry_meta(entry)
    if meta:
        line = doc.add_paragraph()
        _grey(line, _xml(meta), size=Pt(8.5))
        line.paragraph_format.keep_with_next = True
    if entry.quote:
        quote = doc.add_paragraph(_xml(entry.quote), style="Quote")
        quote.paragraph_format.keep_with_next = True
    for i, citation in enumerate(entry.citations):
        item = doc.add_paragraph(style="List Bullet")
        _citation(item, citation)
        item.paragraph_format.keep_with_next = i < len(entry.citations) - 1
        for run in item.runs:
            run.font.size = Pt(9)


def _citation(paragraph: Paragraph, citation: Citation) -> None:
    """Outlet, “Title”, published 3 May 2020, URL (a hyperlink) or "no URL known"."""
    pieces = [_xml(citation.outlet)] if citation.outlet else []
    pieces += [f"“{_xml(citation.title)}”", f"published {_published(citation.published)}"]
    paragraph.add_run(", ".join(pieces) + ", ")
    url = safe_url(citation.url)
    if url:
        _add_hyperlink(paragraph, url, _xml(url))
    elif citation.url:
        paragraph.add_run(f"{_xml(citation.url)} (not a web address)")
    else:
        paragraph.add_run("no URL known")


def _add_hyperlink(paragraph: Paragraph, url: str, text: str) -> None:
    """A clickable link to `url` showing `text`, coloured and underlined like Word's own links."""
    r_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), _LINK_COLOUR)
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "18")  # half-points: 9 pt, as the rest of the citation
    properties.extend([colour, size, underline])
    run.append(properties)
    words = OxmlElement("w:t")
    words.text = text
    words.set(qn("xml:space"), "preserve")
    run.append(words)
    link.append(run)
    paragraph._p.append(link)


def _grey(paragraph: Paragraph, text: str, size: Pt | None = None) -> None:
    run = paragraph.add_run(text)
    run.font.color.rgb = _GREY
    run.font.size = size or Pt(9.5)


def _published(day: dt.date | None) -> str:
    return day_words(day) if day else "date unknown"


def _xml(text: str) -> str:
    return _NOT_XML.sub("", text)
