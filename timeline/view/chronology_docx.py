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
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from timeline.view.chronology import Chronology, Citation, Entry, entry_meta, omitted_note, summary_line, undated_note
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
    if omitted_note(chron):
        _grey(doc.add_paragraph(), omitted_note(chron))
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
    styles = _entry_styles(doc)
    for entry in chron.entries:
        _entry(doc, entry, styles)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _a4(doc: DocxDocument) -> None:
    for section in doc.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(20)
        section.top_margin = section.bottom_margin = Mm(20)


# The entries' paragraph styles (name, based on, size in points, bold, italic, grey, keep with the next paragraph).
# Formatting lives in the styles, not on every run: python-docx is slow at both, and Word users can restyle.
_ENTRY_STYLES = (
    ("Chronology Date", "Heading 2", None, False, False, False, True),
    ("Chronology Headline", "Normal", 11.5, True, False, False, True),
    ("Chronology Meta", "Normal", 8.5, False, False, True, True),
    ("Chronology Quote", "Quote", None, False, True, False, True),
    ("Chronology Citation", "List Bullet", 9, False, False, False, False),
)


def _entry_styles(doc: DocxDocument) -> dict[str, str]:
    """The entries' styles, added to the document; their style ids by name (looked up once: python-docx finds
    a style by name by scanning every style, which made a thousand entries take seconds)."""
    ids: dict[str, str] = {}
    for name, base, size, bold, italic, grey, keep in _ENTRY_STYLES:
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = doc.styles[base]
        style.font.bold = bold or None
        style.font.italic = italic or None
        if size:
            style.font.size = Pt(size)
        if grey:
            style.font.color.rgb = _GREY
        style.paragraph_format.keep_with_next = keep
        style.quick_style = True
        ids[name] = style.style_id
    return ids


def _styled(doc: DocxDocument, style_id: str, text: str = "") -> Paragraph:
    paragraph = doc.add_paragraph(text)
    paragraph._p.style = style_id
    return paragraph


def _entry(doc: DocxDocument, entry: Entry, styles: dict[str, str]) -> None:
    heading = _styled(doc, styles["Chronology Date"], _xml(entry.date_words))
    heading.add_run(f"  ({entry.date_iso})").font.size = Pt(9)
    _styled(doc, styles["Chronology Headline"], _xml(entry.headline))
    meta = entry_meta(entry)
    if meta:
        _styled(doc, styles["Chronology Meta"], _xml(meta))
    if entry.quote:
        _styled(doc, styles["Chronology Quote"], _xml(entry.quote))
    for i, citation in enumerate(entry.citations):
        item = _styled(doc, styles["Chronology Citation"])
        _citation(item, citation)
        if i == len(entry.citations) - 1:
            continue
        # The citations of one entry stay together, the last one lets the page break after it.
        item.paragraph_format.keep_with_next = True


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
