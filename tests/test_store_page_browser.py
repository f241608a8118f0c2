"""The store page in a real browser (the server of `test_browser`, on a store the command line wrote): the Documents
tab opens, lists the store's documents, and an edit of a title saved from the form is shown after the rerun; the
chronologies downloaded from the default view hold every dated event in date order, with the chart's image."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from test_browser import SCREENSHOTS, _download, _serve, browser  # noqa: F401  (browser: the shared fixture)

from timeline.pipeline import extract

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def store_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = tmp_path_factory.mktemp("cli") / "seeds.store"
    done = subprocess.run([sys.executable, "-m", "timeline", "extract", str(SEEDS), "--store", str(store), "-q"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr
    yield from _serve(tmp_path_factory, "--store", str(store))


@contextmanager
def opened_store_page(chromium, url: str) -> Iterator:  # type: ignore[no-untyped-def]
    """The store page with its first chart drawn; no page error may happen while it is open."""
    page = chromium.new_page(viewport={"width": 1500, "height": 1100})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        page.goto(url)
        page.wait_for_selector(".js-plotly-plot", timeout=120_000)
        yield page
    finally:
        page.close()
    assert not errors, errors


def test_the_documents_tab_of_a_store_lists_and_edits_in_chromium(store_server: str, browser) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    with opened_store_page(browser, store_server) as page:
        page.get_by_role("tab", name="Documents").click()
        page.get_by_text("5 of 5 documents").wait_for(timeout=60_000)
        panel = page.get_by_role("tabpanel", name="Documents")
        # The caption can arrive before the table is drawn (a loaded machine): wait for the table, then count.
        panel.locator("[data-testid='stDataFrame']").first.wait_for(timeout=60_000)
        assert panel.locator("[data-testid='stDataFrame']").count() == 1
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "store_documents_tab.png"), full_page=True)
        title = page.get_by_label("Title", exact=True)
        title.fill("<b>An analyst's title</b>")
        page.get_by_role("button", name="Save details").click()
        page.get_by_text("title saved").wait_for(timeout=60_000)
        # The edit shows in the form after the rerun, as text.
        assert page.get_by_label("Title", exact=True).input_value() == "<b>An analyst's title</b>"
        assert page.locator("b", has_text="An analyst's title").count() == 0


def test_the_chronologies_of_a_store_carry_the_chart(store_server: str, browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    import docx

    dated = extract([SEEDS]).frame.dropna(subset=["event_date"])
    with opened_store_page(browser, store_server) as page:
        html = _download(page, "Chronology (HTML)", tmp_path).read_text(encoding="utf-8")
        word = docx.Document(str(_download(page, "Chronology (Word)", tmp_path)))
    days = re.findall(r'<article class="entry" data-date="([0-9-]+)"', html)
    assert days == sorted(days) and len(days) == dated["event_id"].nunique()
    assert 'src="data:image/png;base64,iVBORw0KGgo' in html, "the chart image is embedded"
    assert "Chart image unavailable." not in [p.text for p in word.paragraphs]
    assert word.inline_shapes, "the Word chronology holds the chart as a picture"
