"""The dashboard in a real browser: `streamlit run` plus headless Debian chromium driven by Playwright.

What an analyst does: open the page on the briefing view and read the
milestones' labels without hovering; see every event drawn, click one and
read its passage highlighted, download the CSV; click an event reported by
two documents and read both passages marked; open the key-events view for
the briefing slide.  In CI (env CI set) a missing chromium is a failure,
never a silent skip.  The time to the first chart is printed (a benchmark
figure, not an assertion); screenshots go to `screenshots/`.
"""

from __future__ import annotations

import csv
import io
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from timeline.core.frame import COLUMN_NAMES
from timeline.pipeline import extract
from timeline.understanding.event_types import builtin_taxonomy
from timeline.view import key_events as key_rule
from timeline.view import labels as label_rules

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SCREENSHOTS = ROOT / "screenshots"
CHROMIUM = Path(os.environ.get("TIMELINE_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
STARTUP_SECONDS = 120
CONTRACT_COLUMNS = ("doc", "date", "precision", "date_text", "passage_start", "passage_end")

# Points that carry an event (customdata) in the rendered figure, and whether each is inside the plot area.
COUNT_POINTS_JS = """() => {
  const plot = document.querySelector('.js-plotly-plot');
  if (!plot || !plot._fullData) return null;
  let n = 0;
  for (const t of plot._fullData) { if (t.customdata && t.visible !== false) n += t.customdata.length; }
  return n;
}"""


# Page coordinates of every drawn point of one event (customdata [mention_id, event_id]), inside the plot area.
EVENT_POINTS_JS = """(eventId) => {
  const plot = document.querySelector('.js-plotly-plot');
  if (!plot || !plot._fullLayout) return [];
  const xa = plot._fullLayout.xaxis, ya = plot._fullLayout.yaxis, box = plot.getBoundingClientRect();
  const found = [];
  for (const t of plot._fullData) {
    if (!t.customdata || t.visible === false) continue;
    for (let i = 0; i < t.customdata.length; i++) {
      if (t.customdata[i][1] !== eventId) continue;
      const px = xa._offset + xa.l2p(xa.d2l(t.x[i])), py = ya._offset + ya.l2p(ya.d2l(t.y[i]));
      const inside = px > xa._offset && px < xa._offset + xa._length && py > ya._offset && py < ya._offset + ya._length;
      if (inside) found.push({mention: t.customdata[i][0], x: box.left + px, y: box.top + py});
    }
  }
  return found;
}"""


def _chromium_or_skip() -> Path:
    if CHROMIUM.exists():
        return CHROMIUM
    message = f"chromium not found at {CHROMIUM} (apt-get install chromium, or set TIMELINE_CHROMIUM)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_healthy(url: str, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"streamlit exited with {proc.returncode}:\n{log.read_text(errors='replace')[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"streamlit did not answer within {STARTUP_SECONDS}s:\n{log.read_text(errors='replace')[-3000:]}")


def _serve(tmp_path_factory: pytest.TempPathFactory, *dashboard_args: str) -> Iterator[str]:
    _chromium_or_skip()
    port = _free_port()
    tmp = tmp_path_factory.mktemp("streamlit")
    log = tmp / "streamlit.log"
    command = [
        sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard.py"),
        "--server.headless", "true", "--server.port", str(port), "--server.address", "127.0.0.1",
        "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
    ]  # fmt: skip
    if dashboard_args:
        command += ["--", *dashboard_args]
    # Corrections and uploads go to a user data folder: a temporary one here, never the repository's.
    env = {**os.environ, "TIMELINE_DATA_DIR": str(tmp / "data")}
    with log.open("wb") as out:
        proc = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, proc, log)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from _serve(tmp_path_factory)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    chromium = _chromium_or_skip()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


def _visible_marker_centres(page) -> list[tuple[float, float]]:  # type: ignore[no-untyped-def]
    area = page.locator(".js-plotly-plot .nsewdrag").first.bounding_box()
    centres = []
    points = page.locator(".js-plotly-plot .scatterlayer .trace .points path.point")
    for i in range(points.count()):
        box = points.nth(i).bounding_box()
        if not box:
            continue
        x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
        if area["x"] + 2 < x < area["x"] + area["width"] - 2 and area["y"] + 2 < y < area["y"] + area["height"] - 2:
            centres.append((x, y))
    return centres


# Label boxes drawn on the chart (Plotly annotations): text and page box of each.
LABELS_JS = """() => Array.from(document.querySelectorAll('.js-plotly-plot .annotation')).map(a => {
  const bg = a.querySelector('.bg, rect'), r = (bg || a).getBoundingClientRect();
  const t = a.querySelector('.annotation-text');
  return {text: t ? t.textContent : '', left: r.left, right: r.right, top: r.top, bottom: r.bottom};
})"""

# The plot area's box on the page and the x axis's range as drawn.
PLOT_AREA_JS = """() => { const p = document.querySelector('.js-plotly-plot'); const xa = p._fullLayout.xaxis;
  const box = p.getBoundingClientRect();
  return {left: box.left + xa._offset, right: box.left + xa._offset + xa._length, range: xa.range.slice()}; }"""


def _milestone_labels(frame) -> dict[str, set[str]]:  # type: ignore[no-untyped-def]
    """The label texts (lines run together, as the SVG's text content reads) of the three milestones of the seeds."""
    import pandas as pd

    wanted = {"Moscow talks": ("2020-01-13", "talks"), "October ceasefire": ("2020-10-23", "agreement"),
              "April 2021 resolution": ("2021-04-16", "un_action")}  # fmt: skip
    out = {}
    for name, (day, kind) in wanted.items():
        rows = frame.loc[(frame["event_date"] == pd.Timestamp(day)) & (frame["event_type"] == kind)]
        assert len(rows), name
        texts = label_rules.event_label_texts(rows)
        out[name] = {
            "".join(label_rules.wrap_lines(str(t), label_rules.STORY_LINE_CHARS, label_rules.STORY_LINES))
            for t in texts
        }
    return out


def test_default_view_tells_the_story_without_hovering(server: str, browser) -> None:  # type: ignore[no-untyped-def]
    """The briefing view: milestones labelled on the chart, a source panel that comes into view."""
    frame = extract([SEEDS]).frame
    SCREENSHOTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": 1440, "height": 1100}, accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        started = time.monotonic()
        page.goto(server + "/", wait_until="domcontentloaded")
        # Something is said at once: the progress message, unless the chart is already there.
        page.wait_for_function(
            "() => document.body.innerText.includes('Preparing the timeline')"
            " || document.querySelector('.js-plotly-plot')",
            timeout=120_000,
        )
        first_message = time.monotonic() - started
        page.wait_for_selector(".js-plotly-plot .scatterlayer .points path.point", state="attached", timeout=120_000)
        first_chart = time.monotonic() - started
        page.wait_for_selector(".js-plotly-plot .annotation-text", state="attached", timeout=60_000)
        print(
            f"\ntime to first message {first_message:.1f} s, to first chart {first_chart:.1f} s "
            "(cold server, seeds, headless chromium)"
        )
        # Labels, without hovering: the three milestones of the process, each by its headline.
        drawn = page.evaluate(LABELS_JS)
        texts = {d["text"] for d in drawn}
        for name, expected in _milestone_labels(frame).items():
            assert texts & expected, (name, expected, texts)
        # Inside the plot area, and no two labels on top of each other.
        area = page.evaluate(PLOT_AREA_JS)
        for i, a in enumerate(drawn):
            assert area["left"] - 2 <= a["left"] and a["right"] <= area["right"] + 2, a
            for b in drawn[i + 1 :]:
                apart = a["right"] <= b["left"] or b["right"] <= a["left"] or a["bottom"] <= b["top"]
                assert apart or b["bottom"] <= a["top"], (a, b)
        assert page.locator(".hoverlayer .hovertext").count() == 0
        page.screenshot(path=str(SCREENSHOTS / "default_view.png"))

        # "Show all" widens the window to the 2011 background events.
        opening = page.evaluate(PLOT_AREA_JS)["range"]
        page.locator(".js-plotly-plot .updatemenu-button").filter(has_text="Show all").first.click()
        page.wait_for_function(
            "(r) => document.querySelector('.js-plotly-plot')._fullLayout.xaxis.range[0] < r", arg=opening[0]
        )
        assert str(page.evaluate(PLOT_AREA_JS)["range"][0]) < "2011-06"
        page.locator(".js-plotly-plot .updatemenu-button").filter(has_text="Opening view").first.click()

        # Click the ceasefire: the source panel scrolls into view, every point of the event is ringed.
        ceasefire = frame.loc[(frame["event_date"] == "2020-10-23") & (frame["event_type"] == "agreement")]
        points = page.evaluate(EVENT_POINTS_JS, ceasefire["event_id"].iloc[0])
        assert points
        page.mouse.move(points[0]["x"], points[0]["y"])
        page.wait_for_selector(".hoverlayer .hovertext", state="attached", timeout=15_000)
        page.mouse.click(points[0]["x"], points[0]["y"])
        page.wait_for_selector("mark", state="attached", timeout=60_000)
        page.wait_for_function(
            "() => { const m = document.querySelector('mark'); if (!m) return false;"
            " const r = m.getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; }",
            timeout=30_000,  # the scroll runs after Streamlit's rerun lays the panel out: slow on a loaded machine
        )
        rings = page.evaluate(
            "() => { const p = document.querySelector('.js-plotly-plot');"
            " const t = p._fullData.find(t => t.name === 'selected'); return t ? t.x.length : 0; }"
        )
        assert rings == 1, "one marker per event in the briefing view, and it is ringed"
        page.get_by_role("button", name="Next event").wait_for(timeout=10_000)
        page.screenshot(path=str(SCREENSHOTS / "default_view_selected.png"))

        # The brush: a box drawn on the chart (box select) becomes the date filter, in the URL.
        page.locator(".js-plotly-plot").first.scroll_into_view_if_needed()
        page.locator(".js-plotly-plot").first.hover()
        page.locator(".modebar-btn[data-title='Box Select']").first.click()
        area = page.locator(".js-plotly-plot .nsewdrag").first.bounding_box()
        x0, y0 = area["x"] + area["width"] * 0.3, area["y"] + 20
        page.mouse.move(x0, y0)
        page.mouse.down()
        page.mouse.move(x0 + 120, y0 + 200, steps=8)
        page.mouse.up()
        page.wait_for_function("() => new URL(location.href).searchParams.get('from')", timeout=60_000)
        query = parse_qs(urlparse(page.url).query)
        assert query["from"][0] < query["to"][0]
        assert not errors, errors
    finally:
        context.close()


def test_page_draws_events_click_opens_passage_and_csv_downloads(server: str, browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    frame = extract([SEEDS]).frame
    SCREENSHOTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": 1440, "height": 1100}, accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        page.goto(server + "/?key=0&lane=doc", wait_until="domcontentloaded")
        page.wait_for_selector(".js-plotly-plot .scatterlayer .points path.point", state="attached", timeout=120_000)
        page.wait_for_function(f"({COUNT_POINTS_JS})() >= 20", timeout=60_000)

        # Events drawn: every dated event is one point with its ids (SVG below the WebGL threshold).
        drawn = page.evaluate(COUNT_POINTS_JS)
        n_dated = int(frame["date"].notna().sum())
        assert drawn == n_dated >= 20
        assert page.locator(".js-plotly-plot .scatterlayer .points path.point").count() >= 20
        assert page.get_by_text("5 documents").count() >= 1
        page.screenshot(path=str(SCREENSHOTS / "initial.png"))

        # A real mouse click on a marker brings up its passage, marked, that was not on the page.
        assert page.locator("mark").count() == 0
        centres = _visible_marker_centres(page)
        assert len(centres) >= 10, "most events should be inside the initial window"
        x, y = centres[len(centres) // 2]
        page.mouse.move(x, y)
        page.wait_for_selector(".hoverlayer .hovertext", state="attached", timeout=15_000)
        page.mouse.click(x, y)
        page.wait_for_selector("mark", state="attached", timeout=60_000)
        page.wait_for_function("() => new URL(location.href).searchParams.get('event')", timeout=30_000)
        selected = parse_qs(urlparse(page.url).query)["event"][0]
        event = frame.set_index("mention_id").loc[selected]
        marks = page.locator("mark").all_inner_texts()
        assert marks and marks[0].strip() == event["passage"].strip()
        page.screenshot(path=str(SCREENSHOTS / "after_click.png"))

        # The CSV download: the contract's columns, one row per event shown.
        with page.expect_download(timeout=60_000) as info:
            page.get_by_role("button", name="Download CSV").click()
        download = info.value
        target = tmp_path / download.suggested_filename
        download.save_as(target)
        assert target.name.startswith("timeline_") and target.suffix == ".csv"
        rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"), newline="")))
        assert len(rows) == len(frame) >= 20
        header = list(rows[0])
        assert header == list(COLUMN_NAMES)
        assert set(CONTRACT_COLUMNS) <= set(header)

        page.get_by_role("tab", name="Documents").click()
        page.get_by_text("Set a publication date").wait_for(timeout=30_000)
        page.screenshot(path=str(SCREENSHOTS / "documents.png"))
        # Saving a document's details keeps the analyst on the Documents tab (then the edit is undone).
        title = page.get_by_label("Title", exact=True)
        title.fill("Renamed by the analyst")
        page.get_by_role("button", name="Save details").click()
        page.get_by_text("title saved").first.wait_for(timeout=60_000)
        assert page.get_by_role("tab", name="Documents").get_attribute("aria-selected") == "true"
        page.get_by_role("button", name="Remove my edits").click()
        page.get_by_text("back to the publisher's").first.wait_for(timeout=60_000)
        assert page.get_by_role("tab", name="Documents").get_attribute("aria-selected") == "true"
        assert not errors, errors
    finally:
        context.close()


def _open(browser, server: str, query: str = ""):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1440, "height": 2200}, accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(server + "/" + query, wait_until="domcontentloaded")
    page.wait_for_selector(".js-plotly-plot .scatterlayer .points path.point", state="attached", timeout=120_000)
    page.wait_for_function(f"({COUNT_POINTS_JS})() >= 1", timeout=60_000)
    return context, page, errors


def _click_event(page, event_id: str) -> str:  # type: ignore[no-untyped-def]
    """Click a drawn marker of `event_id` like an analyst (hover, then click); return its mention_id."""
    points = page.evaluate(EVENT_POINTS_JS, event_id)
    assert points, f"no marker of event {event_id} inside the plot"
    x, y = points[0]["x"], points[0]["y"]
    page.mouse.move(x, y)
    page.wait_for_selector(".hoverlayer .hovertext", state="attached", timeout=15_000)
    assert "reported by 2 sources" in (page.locator(".hoverlayer .hovertext").first.text_content() or "")
    page.mouse.click(x, y)
    return str(points[0]["mention"])


def _multi_source_event(frame):  # type: ignore[no-untyped-def]
    """The Lavrov–Siala meeting: the event dated 2020-12-30 that two documents report."""
    import pandas as pd

    rows = frame.loc[(frame["event_date"] == pd.Timestamp("2020-12-30")) & (frame["n_sources"] >= 2)]
    assert rows["doc"].nunique() >= 2
    return rows


def test_clicking_a_multi_source_event_shows_each_source_marked(server: str, browser) -> None:  # type: ignore[no-untyped-def]
    frame = extract([SEEDS]).frame
    rows = _multi_source_event(frame)
    event_id = rows["event_id"].iloc[0]
    SCREENSHOTS.mkdir(exist_ok=True)
    context, page, errors = _open(browser, server)
    try:
        assert page.locator("mark").count() == 0
        # The marker carries its number of sources.
        labels = page.locator(".js-plotly-plot .scatterlayer .trace text").all_text_contents()
        assert "×2" in labels
        clicked = _click_event(page, event_id)
        page.wait_for_function("() => document.querySelectorAll('mark').length >= 2", timeout=60_000)
        page.wait_for_function("() => new URL(location.href).searchParams.get('event')", timeout=30_000)
        assert parse_qs(urlparse(page.url).query)["event"][0] == clicked
        # Each source passage marked in its own document's box (the "Whole document" boxes are collapsed).
        boxes = page.locator("div.timeline-source:visible")
        marked = [boxes.nth(i).locator("mark").inner_text().strip() for i in range(boxes.count())]
        by_passage = {p.strip(): doc for p, doc in zip(rows["passage"], rows["doc"], strict=True)}
        assert len(marked) >= 2 and set(marked) <= set(by_passage)
        assert len({by_passage[m] for m in marked}) >= 2, "the passages come from two different documents"
        clicked_passage = frame.set_index("mention_id").at[clicked, "passage"].strip()
        assert marked[0] == clicked_passage
        for outlet in set(rows["outlet"]) - {""}:
            assert page.get_by_text(outlet).count() >= 1
        page.screenshot(path=str(SCREENSHOTS / "multi_source_detail.png"))
        assert not errors, errors
    finally:
        context.close()


def test_key_events_view_draws_one_marker_per_event(server: str, browser) -> None:  # type: ignore[no-untyped-def]
    frame = extract([SEEDS]).frame
    key = key_rule.key_mask(frame, builtin_taxonomy().key_types)
    key_events = set(frame.loc[key, "event_id"])
    n_dated = frame.loc[key].dropna(subset=["date"])["event_id"].nunique()
    rows = _multi_source_event(frame)
    SCREENSHOTS.mkdir(exist_ok=True)
    context, page, errors = _open(browser, server, "?key=1&lane=event_type")
    try:
        page.wait_for_function(f"({COUNT_POINTS_JS})() === {n_dated}", timeout=60_000)
        drawn = page.evaluate(
            """() => { const p = document.querySelector('.js-plotly-plot'); const ids = [];
              for (const t of p._fullData) if (t.customdata) for (const c of t.customdata) ids.push(c[1]);
              return ids; }"""
        )
        assert len(drawn) == len(set(drawn)) == n_dated and set(drawn) <= key_events
        page.get_by_text("Key events:").first.wait_for(timeout=30_000)
        page.screenshot(path=str(SCREENSHOTS / "key_events.png"))
        _click_event(page, rows["event_id"].iloc[0])
        page.wait_for_function("() => document.querySelectorAll('mark').length >= 2", timeout=60_000)
        page.screenshot(path=str(SCREENSHOTS / "key_events_selected.png"))
        assert not errors, errors
    finally:
        context.close()


def _download(page, label: str, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    with page.expect_download(timeout=180_000) as info:
        page.get_by_role("button", name=label).click()
    target = tmp_path / info.value.suggested_filename
    info.value.save_as(target)
    return target


def _known_urls(frame) -> dict[str, set[str]]:  # type: ignore[no-untyped-def]
    """event_id -> the URLs sources.csv gives for the documents reporting it."""
    with (SEEDS / "sources.csv").open(encoding="utf-8", newline="") as fh:
        url_of = {row["file"]: row["url"] for row in csv.DictReader(fh) if row["url"]}
    out: dict[str, set[str]] = {}
    for event_id, doc in zip(frame["event_id"], frame["doc"], strict=True):
        if doc in url_of:
            out.setdefault(event_id, set()).add(url_of[doc])
    return out


def test_chronologies_and_briefing_csv_download_from_the_default_view(server: str, browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import re
    from html import unescape

    import docx

    frame = extract([SEEDS]).frame
    key = key_rule.key_mask(frame, builtin_taxonomy().key_types)
    dated_key = frame.loc[key].dropna(subset=["event_date"])
    urls = _known_urls(frame)
    SCREENSHOTS.mkdir(exist_ok=True)
    context, page, errors = _open(browser, server)
    try:
        # HTML: one article per dated key event, dates in order, each known URL cited as a link, the chart embedded.
        html_file = _download(page, "Chronology (HTML)", tmp_path)
        assert html_file.suffix == ".html"
        html = html_file.read_text(encoding="utf-8")
        articles = re.findall(
            r'<article class="entry" data-date="([0-9-]+)" data-event="([^"]+)">(.*?)</article>', html, re.S
        )
        dates = [d for d, _, _ in articles]
        assert dates == sorted(dates) and len(articles) == dated_key["event_id"].nunique()
        for _, event_id, body in articles:
            links = {unescape(h) for h in re.findall(r'<a class="url" href="([^"]+)"', body)}
            assert urls.get(event_id, set()) <= links, (event_id, urls.get(event_id))
            assert links or "no URL known" in body
        assert 'src="data:image/png;base64,' in html, "the chart image is embedded"
        view = context.new_page()
        view.goto(html_file.as_uri())
        view.screenshot(path=str(SCREENSHOTS / "chronology_html.png"), full_page=True)
        view.close()

        # Word: the same entries, dates in order (the ISO date in each date heading), every known URL a link.
        docx_file = _download(page, "Chronology (Word)", tmp_path)
        document = docx.Document(str(docx_file))
        headings = [p.text for p in document.paragraphs if p.style.name == "Chronology Date"]
        iso = [re.search(r"\((\d{4}-\d{2}-\d{2})", h).group(1) for h in headings]  # type: ignore[union-attr]
        assert iso == sorted(iso) == dates
        links = {r.target_ref for r in document.part.rels.values() if r.is_external}
        assert set().union(*(urls.get(e, set()) for e in dated_key["event_id"])) <= links
        assert len(document.inline_shapes) == 1, "the chart image is in the document"

        # Briefing CSV: a BOM, one row per dated key event in date order, friendly names.
        csv_file = _download(page, "Briefing CSV", tmp_path)
        raw = csv_file.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
        assert [r["Date (ISO)"] for r in rows] == dates
        for row in rows:
            assert urls.get(row["Event ID"], set()) <= set(row["URLs"].split(" | ")), row
        assert not errors, errors
    finally:
        context.close()


# ---------------------------------------------------------------- untrusted text stays text

HOSTILE_TITLE = '<a href="//x.example">X</a> <span style="font-size:80px">BIG</span> www.title.example'
HOSTILE_OUTLET = "https://outlet.example/path <b>bold</b>"


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    corpus = tmp_path_factory.mktemp("hostile")
    for name in ("one.txt", "two.txt"):
        (corpus / name).write_text(
            "Talks\n\nOn 5 March 2020 the delegations met in Geneva. They met again on 9 April 2020.\n",
            encoding="utf-8",
        )
    rows = [
        ["file", "title", "outlet", "url", "published"],
        ["one.txt", HOSTILE_TITLE, HOSTILE_OUTLET, "javascript:alert(1)", "2020-04-10"],
        ["two.txt", "[click](https://md.example) **loud**", "<img src=x onerror=alert(2)>", "", "2020-04-10"],
        ["https://ghost.example/none.txt", "", "", "", ""],
    ]
    with (corpus / "sources.csv").open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    yield from _serve(tmp_path_factory, "--docs", str(corpus))


def test_hostile_titles_and_outlets_render_as_text(hostile_server: str, browser) -> None:  # type: ignore[no-untyped-def]
    context, page, errors = _open(browser, hostile_server, "?key=0&lane=doc")
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        # The lane labels are the titles: shown as their own characters, no link, no styled span.
        ticks = page.locator(".js-plotly-plot .yaxislayer-above text, .js-plotly-plot .ytick text")
        labels = " ".join(ticks.all_text_contents())
        assert '<a href="//x.example">' in labels, labels
        plot = page.locator(".js-plotly-plot").first
        assert plot.locator("a").count() == 0
        assert page.locator("[style*='font-size: 80px'], [style*='font-size:80px']").count() == 0
        # Click an event: the source heading names the hostile outlet and title, as text.
        points = page.evaluate(EVENT_POINTS_JS_ANY)
        assert points, "no event drawn"
        page.mouse.move(points[0]["x"], points[0]["y"])
        page.wait_for_selector(".hoverlayer .hovertext", state="attached", timeout=15_000)
        assert page.locator(".hoverlayer a").count() == 0
        page.mouse.click(points[0]["x"], points[0]["y"])
        page.wait_for_selector("mark", state="attached", timeout=60_000)
        page.get_by_role("tab", name="Documents").click()
        page.get_by_text("none.txt", exact=False).first.wait_for(timeout=30_000)
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "hostile.png"), full_page=True)
        # No link anywhere in the page's markdown leads to a hostile address.
        hrefs = page.evaluate(
            "() => Array.from(document.querySelectorAll('[data-testid=stMarkdownContainer] a, .js-plotly-plot a'))"
            ".map(a => a.getAttribute('href'))"
        )
        assert not [h for h in hrefs if h and "example" in h], hrefs
        assert page.locator("img[src=x]").count() == 0
        assert not dialogs and not errors, (dialogs, errors)
    finally:
        context.close()


EVENT_POINTS_JS_ANY = """() => {
  const plot = document.querySelector('.js-plotly-plot');
  const xa = plot._fullLayout.xaxis, ya = plot._fullLayout.yaxis, box = plot.getBoundingClientRect();
  const found = [];
  for (const t of plot._fullData) {
    if (!t.customdata || t.visible === false) continue;
    for (let i = 0; i < t.customdata.length; i++) {
      const px = xa._offset + xa.l2p(xa.d2l(t.x[i])), py = ya._offset + ya.l2p(ya.d2l(t.y[i]));
      if (px > xa._offset && px < xa._offset + xa._length && py > ya._offset && py < ya._offset + ya._length)
        found.push({x: box.left + px, y: box.top + py});
    }
  }
  return found;
}"""
