"""The chronology export: entries in date order with citations, its HTML, Word, Markdown and CSV forms,
the chart image through kaleido and Debian's chromium, and a screenshot and A4 PDF of the HTML page.

Citations are checked against `seeds/sources.csv` read here with the csv module; hostile titles,
passages and URLs are planted in a copy of the seeds frame.  The chart and the browser checks need
chromium: a missing one is a skip on a developer's machine and a failure in CI (env CI set), as in
tests/test_browser.py.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import struct
from pathlib import Path

import pandas as pd
import pytest
from conftest import SEEDS

from timeline.view.briefing_csv import BRIEFING_COLUMNS, briefing_csv, briefing_table
from timeline.view.chronology import ELLIPSIS, QUOTE_CHARS, build_chronology, trim_quote
from timeline.view.chronology_docx import chronology_docx
from timeline.view.chronology_html import chronology_html
from timeline.view.chronology_markdown import chronology_markdown

ROOT = Path(__file__).resolve().parents[1]
SCREENSHOTS = ROOT / "screenshots"
CHROMIUM = Path("/usr/bin/chromium")
HOSTILE_TITLE = '<script>alert("title")</script> & <b>bold</b>'
HOSTILE_PASSAGE = '=HYPERLINK("http://evil.example","click") <img src=x onerror=alert(1)> *not emphasis*'
HOSTILE_URL = "javascript:alert(1)"


def _chromium_or_skip() -> Path:
    if CHROMIUM.exists():
        return CHROMIUM
    message = (
        f"chromium not found at {CHROMIUM}: the chart export and the page screenshot need it (apt-get install chromium)"
    )
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def frame(seeds_extraction) -> pd.DataFrame:
    return seeds_extraction.frame


@pytest.fixture(scope="module")
def chron(frame):
    return build_chronology(frame, title="Libya: the ceasefire", scope="5 documents; all dates")


@pytest.fixture(scope="module")
def sources() -> dict[str, dict[str, str]]:
    with (SEEDS / "sources.csv").open(newline="", encoding="utf-8") as fh:
        return {row["file"]: row for row in csv.DictReader(fh)}


@pytest.fixture(scope="module")
def hostile(frame) -> pd.DataFrame:
    """The seeds frame with one dated event's document given a hostile title, URL and passage."""
    out = frame.copy()
    target = out.loc[out["date"].notna() & (out["n_sources"] == 1)].iloc[0]
    doc_rows = out["doc"] == target["doc"]
    out.loc[doc_rows, "doc_title"] = HOSTILE_TITLE
    out.loc[doc_rows, "url"] = HOSTILE_URL
    out.loc[doc_rows, "outlet"] = "@outlet"
    giver = out["mention_id"] == target["event_date_from"]
    out.loc[giver, "passage"] = HOSTILE_PASSAGE
    out.loc[giver, "headline"] = "<i>headline</i> [link](http://evil.example)"
    return out


# ------------------------------------------------------------ the chronology value


def test_one_entry_per_dated_event_in_date_order(chron, frame) -> None:
    dated_events = set(frame.loc[frame["event_date"].notna(), "event_id"])
    undated_events = set(frame.loc[frame["event_date"].isna(), "event_id"])
    ids = [e.event_id for e in chron.entries]
    assert len(ids) == len(set(ids))
    assert {e.event_id for e in chron.entries} == dated_events
    assert chron.n_events == len(dated_events) == len(chron.entries)
    assert chron.n_undated == len(undated_events - dated_events) > 0
    keys = [(e.start, e.end) for e in chron.entries]
    assert keys == sorted(keys)
    # the order does not depend on the frame's row order
    shuffled = frame.sample(frac=1, random_state=7).reset_index(drop=True)
    again = build_chronology(shuffled, title="t", scope="s")
    assert [e.event_id for e in again.entries] == [e.event_id for e in chron.entries]


def test_entries_carry_the_event_date_in_words_and_the_dating_mention(chron, frame) -> None:
    by_id = {e.event_id: e for e in chron.entries}
    for _, row in frame.loc[frame["mention_id"] == frame["event_date_from"]].iterrows():
        if pd.isna(row["event_date"]):
            continue
        entry = by_id[row["event_id"]]
        assert entry.start == row["event_date"].date() and entry.end == row["event_date_end"].date()
        assert entry.headline == (row["headline"] or row["title"])
        assert entry.quote == trim_quote(row["passage"])
        assert entry.citations[entry.quote_citation_index].doc == row["doc"]
    words = {e.date_words for e in chron.entries}
    assert {"late November 2020", "23 October 2020", "December 2019", "2011"} <= words
    assert chron.span_words == "2011 to 24 December 2021"


def test_every_source_is_cited_with_its_url(chron, frame, sources) -> None:
    for entry in chron.entries:
        docs = set(frame.loc[frame["event_id"] == entry.event_id, "doc"])
        assert sorted(c.doc for c in entry.citations) == sorted(docs)
        assert entry.n_sources == len(docs)
        for citation in entry.citations:
            row = sources[citation.doc]
            assert citation.url == row["url"]
            assert citation.title == row["title"]
            assert citation.outlet == row["outlet"]
            if row["published"]:
                assert citation.published == dt.date.fromisoformat(row["published"])
        published = [c.published for c in entry.citations if c.published]
        assert published == sorted(published)
    with_url = [e for e in chron.entries if any(sources[c.doc]["url"] for c in e.citations)]
    assert len(with_url) >= 5
    for entry in with_url:
        assert any(c.url.startswith("https://") for c in entry.citations)


def test_quote_is_trimmed_at_a_word_boundary() -> None:
    words = "The ministers met in Tunis and agreed on the withdrawal of foreign forces from the city"
    long = " ".join([words] * 12)
    quote = trim_quote(long)
    assert len(quote) <= QUOTE_CHARS + 1 and quote.endswith(ELLIPSIS)
    assert long.startswith(quote[:-1]) and long[len(quote) - 1] == " "
    assert trim_quote("  short\n passage  ") == "short passage"
    assert trim_quote("x" * 500).endswith(ELLIPSIS) and len(trim_quote("x" * 500)) == QUOTE_CHARS + 1


def test_max_entries_lists_the_first_events_and_says_so(frame, chron) -> None:
    short = build_chronology(frame, title="t", scope="s", max_entries=3)
    assert short.entries == chron.entries[:3] and short.n_events == chron.n_events
    assert short.span_words == chron.span_words
    note = "Only the first 3 of 20 events (in date order) are listed"
    assert note in chronology_html(short, None) and note in chronology_markdown(short)
    assert note not in chronology_html(chron, None)
    import docx

    document = docx.Document(io.BytesIO(chronology_docx(short, None)))
    assert any(p.text.startswith(note) for p in document.paragraphs)


def test_empty_and_ungrouped_frames(frame) -> None:
    empty = build_chronology(frame.iloc[0:0], title="t", scope="s")
    assert empty.entries == () and empty.n_events == 0 and empty.span_words == ""
    assert "0 events" in chronology_html(empty, None)
    ungrouped = frame.drop(columns=["event_id", "event_date", "event_date_end", "event_precision", "event_date_from"])
    by_mention = build_chronology(ungrouped, title="t", scope="s")
    assert by_mention.n_events == int(frame["date"].notna().sum())


# ------------------------------------------------------------ HTML


def test_html_lists_entries_in_order_with_linked_citations(chron) -> None:
    page = chronology_html(chron, b"\x89PNG fake")
    dates = re.findall(r'<article class="entry" data-date="(\d{4}-\d\d-\d\d)"', page)
    assert len(dates) == chron.n_events and dates == sorted(dates)
    assert "@page { size: A4" in page
    assert 'src="data:image/png;base64,' in page
    assert '<a class="url" href="https://newarab.com/News/2020/12/30/' in page
    assert page.count("no URL known") == sum(1 for e in chron.entries for c in e.citations if not c.url)
    assert page.count("<blockquote>") == chron.n_events
    # the elections were announced, not held: the entry says so
    assert '<p class="meta">scheduled · election</p>' in page
    assert "<input" not in page and "<button" not in page and "<script" not in page
    assert "Chart image unavailable" in chronology_html(chron, None)


def test_html_escapes_hostile_text(hostile) -> None:
    chron = build_chronology(hostile, title="<script>alert('t')</script>", scope="types: <b>x</b>")
    page = chronology_html(chron, None)
    assert "<script" not in page and "<img" not in page and "<b>" not in page and "<i>" not in page
    assert "&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;" in page
    assert "&lt;script&gt;alert(&#x27;t&#x27;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert 'href="javascript' not in page and "javascript:alert(1)</span> (not a web address)" in page


# ------------------------------------------------------------ Markdown


def test_markdown_has_one_heading_per_entry(chron) -> None:
    text = chronology_markdown(chron, "chronology_chart.png")
    headings = [line for line in text.splitlines() if line.startswith("### ")]
    assert len(headings) == chron.n_events
    assert headings[0].startswith("### 2011 ") and "late November 2020" in text
    assert "![Timeline chart of the events listed below](<chronology_chart.png>)" in text
    assert "<https://en.minbarlibya.org/2021/04/18/russia-calls-for-deeper-military-ties-with-libya/>" in text
    assert sum(1 for line in text.splitlines() if line.startswith("> ")) == chron.n_events
    assert "*Chart image unavailable.*" in chronology_markdown(chron)


def test_markdown_escapes_hostile_text(hostile) -> None:
    text = chronology_markdown(build_chronology(hostile, title="*t*", scope="s"), "chart.png")
    # every "<" is escaped, except the autolinks and the image this module writes itself
    for match in re.finditer("<", text):
        before, after = text[match.start() - 1], text[match.end() :]
        assert before == "\\" or after.startswith(("https://", "chart.png>")), text[
            match.start() - 30 : match.end() + 30
        ]
    assert "\\<script\\>" in text and "\\<img src=x onerror=alert(1)\\>" in text
    assert "\\*not emphasis\\*" in text and "# \\*t\\*" in text and "\\[link\\](" in text
    assert "javascript:alert(1) (not a web address)" in text
    assert "\u2060" not in text  # no invisible characters in a file meant to be copied from


def test_markdown_text_escape() -> None:
    from timeline.view.chronology_markdown import md_text

    assert md_text("a *b* [c](d) <x> & y_z") == "a \\*b\\* \\[c\\](d) \\<x\\> \\& y\\_z"
    assert md_text("- item") == "\\- item" and md_text("1. first") == "1\\. first" and md_text("=== x") == "\\=== x"
    assert md_text("two\nlines  and `code`") == "two lines and \\`code\\`"
    assert md_text("2020-01-13, e.g. 5+5") == "2020-01-13, e.g. 5+5"


# ------------------------------------------------------------ Word


def test_docx_opens_and_lists_headlines_in_order(chron) -> None:
    import docx
    from docx.shared import Mm

    png = _tiny_png()
    document = docx.Document(io.BytesIO(chronology_docx(chron, png)))
    headlines = [p for p in document.paragraphs if p.style.name == "Chronology Headline"]
    assert [p.text for p in headlines] == [e.headline for e in chron.entries]
    assert headlines[0].style.font.bold and headlines[0].paragraph_format.keep_with_next is None
    assert headlines[0].style.paragraph_format.keep_with_next
    headings = [p for p in document.paragraphs if p.style.name == "Chronology Date"]
    assert headings[0].style.base_style.name == "Heading 2"
    headings = [p.text for p in headings]
    assert [h.split("  (")[0] for h in headings] == [e.date_words for e in chron.entries]
    assert document.paragraphs[0].text == "Libya: the ceasefire"
    section = document.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(1) and abs(section.page_height - Mm(297)) < Mm(1)
    assert len(document.inline_shapes) == 1
    links = {r.target_ref for r in document.part.rels.values() if r.is_external}
    urls = {c.url for e in chron.entries for c in e.citations if c.url}
    assert links == urls
    quotes = [p.text for p in document.paragraphs if p.style.name == "Chronology Quote"]
    assert quotes == [e.quote for e in chron.entries]


def test_docx_keeps_hostile_text_as_text(hostile) -> None:
    import docx

    hostile = hostile.copy()
    hostile.loc[hostile.index[0], "passage"] = "bell\x07 and null\x00 characters"
    chron = build_chronology(hostile, title="t\x0b", scope="s")
    document = docx.Document(io.BytesIO(chronology_docx(chron, None)))
    text = "\n".join(p.text for p in document.paragraphs)
    assert HOSTILE_TITLE in text and "Chart image unavailable." in text
    assert not any(r.is_external and r.target_ref.startswith("javascript") for r in document.part.rels.values())


# ------------------------------------------------------------ briefing CSV


def test_briefing_csv_has_bom_header_and_one_row_per_event(chron, frame) -> None:
    data = briefing_csv(frame)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == BRIEFING_COLUMNS
    body = [dict(zip(BRIEFING_COLUMNS, r, strict=True)) for r in rows[1:]]
    assert len(body) == chron.n_events
    assert [r["Date (ISO)"] for r in body] == sorted(r["Date (ISO)"] for r in body)
    assert [r["Event ID"] for r in body] == [e.event_id for e in chron.entries]
    late = next(r for r in body if r["Date"] == "late November 2020")
    assert (late["Date (ISO)"], late["Date (to)"], late["Precision"]) == ("2020-11-21", "2020-11-30", "month")
    two = next(r for r in body if r["Date"] == "24 December 2021")
    assert (two["Sources"], two["Status"], two["Type"]) == ("2", "scheduled", "election")
    assert two["URLs"].split(" | ") == [
        "https://newarab.com/News/2020/12/30/Russian-and-Libyan-foreign-ministers-meet-in-Moscow",
        "https://en.minbarlibya.org/2021/04/18/russia-calls-for-deeper-military-ties-with-libya/",
    ]
    assert two["Published"] == "2020-12-30 | 2021-04-18"
    assert two["Outlets"] == "The New Arab | Minbar Libya"
    assert "Ã" not in data.decode("utf-8-sig")  # no mojibake of the curly quotes
    table = briefing_table(frame)
    assert tuple(table.columns) == BRIEFING_COLUMNS and table["Sources"].dtype == "int64"


def test_briefing_csv_neutralises_formulas(hostile) -> None:
    rows = list(csv.DictReader(io.StringIO(briefing_csv(hostile).decode("utf-8-sig"), newline="")))
    quote = next(r["Quote"] for r in rows if "HYPERLINK" in r["Quote"])
    assert quote.startswith("'=HYPERLINK")
    outlets = next(r["Outlets"] for r in rows if "outlet" in r["Outlets"])
    assert outlets.startswith("'@outlet")


# ------------------------------------------------------------ chart image, screenshot and PDF


def _png_size(png: bytes) -> tuple[int, int]:
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and png[12:16] == b"IHDR"
    return struct.unpack(">II", png[16:24])


def _tiny_png() -> bytes:
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" + b"\xff\x00\x00" * 2 + b"\x00" + b"\x00\x00\xff" * 2)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


@pytest.fixture(scope="module")
def charts(frame) -> tuple[bytes, bytes]:
    """Two exports through one kept-open browser (the one-shot path is the CLI's, tested in test_cli.py)."""
    _chromium_or_skip()
    from timeline.view.chart_image import chart_png, close_chart_browser, open_chart_browser
    from timeline.view.figure import build_figure

    assert open_chart_browser()
    try:
        first = chart_png(build_figure(frame), width=900, height=500, scale=2)
        second = chart_png(build_figure(frame, "event_type"), width=600, height=400, scale=1)
    finally:
        close_chart_browser()
    assert first is not None and second is not None, "the chart export failed (see the logged warning)"
    return first, second


@pytest.fixture(scope="module")
def chart(charts) -> bytes:
    return charts[0]


def test_chart_png_is_a_real_png_of_the_asked_size(charts) -> None:
    first, second = charts
    assert _png_size(first) == (1800, 1000) and _png_size(second) == (600, 400)
    # a rendered timeline, not a blank page: a blank 1800x1000 PNG compresses to a few kB
    assert len(first) > 40_000 and first != second


def test_chart_png_without_a_browser_is_none(frame, monkeypatch, caplog) -> None:
    import kaleido

    from timeline.view.chart_image import chart_png
    from timeline.view.figure import build_figure

    started: list[str] = []

    def must_not_start(*args, **kwargs):
        started.append("kaleido")
        raise RuntimeError("kaleido was started without a browser")

    # kaleido is not even started: a failed start left pipe threads that later closed a process pool's pipes.
    # (Counting threads and descriptors said the same, but other tests' threads made that count flaky.)
    monkeypatch.setattr(kaleido, "calc_fig_sync", must_not_start)
    monkeypatch.setattr(kaleido, "start_sync_server", must_not_start)
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chromium")
    assert chart_png(build_figure(frame)) is None
    assert "chart image unavailable: BROWSER_PATH='/nonexistent/chromium' is not an executable file" in caplog.text
    assert started == []


def test_html_chronology_screenshot_and_a4_pdf(chron, chart, tmp_path) -> None:
    from playwright.sync_api import sync_playwright

    page_file = tmp_path / "chronology.html"
    page_file.write_text(chronology_html(chron, chart), encoding="utf-8")
    SCREENSHOTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page(viewport={"width": 900, "height": 1200})
            page.goto(page_file.as_uri())
            assert page.locator("article.entry").count() == chron.n_events
            image = page.locator("figure.chart img")
            assert image.evaluate("img => img.naturalWidth") == 1800
            page.screenshot(path=str(SCREENSHOTS / "chronology.png"))
            pdf = page.pdf(format="A4")
        finally:
            browser.close()
    pages = len(re.findall(rb"/Type\s*/Page\b", pdf))
    # 20 entries and a chart: a few pages, not one per entry
    assert 2 <= pages <= 8, pages
    (SCREENSHOTS / "chronology.pdf").write_bytes(pdf)


def test_scope_line_states_the_filters() -> None:
    from timeline.view.chronology import scope_line
    from timeline.view.state import Filters

    assert scope_line(Filters(), n_documents=1) == "1 document; all dates"
    filters = Filters(start=dt.date(2020, 1, 1), types=("talks", "agreement"), actors=("Russia",), text=" truce ")
    assert scope_line(filters, n_documents=5, key_events=True, key_rule="reported by 2 documents or more") == (
        "5 documents; events from 2020-01-01; event types: talks, agreement; actors: Russia; text: truce; "
        "key events only (reported by 2 documents or more)"
    )
    assert scope_line(Filters(end=dt.date(2020, 12, 31))) == "events up to 2020-12-31"


def test_chart_png_tries_a_failed_export_once_more(frame, monkeypatch, caplog) -> None:
    import kaleido

    from timeline.view.chart_image import chart_png
    from timeline.view.figure import build_figure

    calls: list[int] = []

    def first_fails(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("kaleido_scopes is not defined")
        return b"\x89PNG fake image"

    monkeypatch.setenv("BROWSER_PATH", "/bin/sh")  # an executable file: a browser is "found"
    monkeypatch.setattr(kaleido, "calc_fig_sync", first_fails)
    assert chart_png(build_figure(frame)) == b"\x89PNG fake image" and len(calls) == 2

    def always_fails(*args, **kwargs):
        calls.append(1)
        raise RuntimeError("the browser crashed")

    calls.clear()
    monkeypatch.setattr(kaleido, "calc_fig_sync", always_fails)
    assert chart_png(build_figure(frame)) is None and len(calls) == 2
    assert "chart image unavailable: the export failed: the browser crashed" in caplog.text
