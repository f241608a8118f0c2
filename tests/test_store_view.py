"""The dashboard on an event store: SQL over a store written from the seeds' real extraction must give what
the in-memory filters give; the density, the pages, the texts and the store page itself."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import numpy as np
import pandas as pd
import pytest
import streamlit.testing.v1.app_test as app_test_module
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from timeline.core.frame import COLUMN_NAMES
from timeline.pipeline import Extraction, extract
from timeline.view import density, export, key_events, masks, state
from timeline.view.actor_cells import actor_options, type_options
from timeline.view.store import chart, queries
from timeline.view.store.layout import StoreOpenError, check_store
from timeline.view.store.session import StoreSession, open_store, wait_for_side_tables
from timeline.view.store.where import Sql, filter_sql, haystack_match_sql, text_match_sql

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
APP = ROOT / "dashboard.py"
BENCH = ROOT / "benchmarks" / "bench_store_dashboard.py"
INJECTION = "'; DROP TABLE lean; --"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_store_dashboard", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def seeds() -> Extraction:
    return extract([SEEDS])


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, bench: ModuleType, seeds: Extraction) -> Path:
    folder = tmp_path_factory.mktemp("store") / "seeds_store"
    return bench.write_store(folder, iter([(seeds.frame, bench.documents_frame(seeds.documents))]))


@pytest.fixture(scope="module")
def opened(store: Path) -> Iterator[StoreSession]:
    session = open_store(store)
    yield session
    session.connection.close()


def sql_rows(session: StoreSession, filters: state.Filters, **kwargs: object) -> pd.DataFrame:
    condition = chart.condition_for(session, filters, **kwargs)  # type: ignore[arg-type]
    return queries.rows(session, condition, 100_000)


def test_the_store_gives_back_the_frame_with_its_dtypes(opened: StoreSession, seeds: Extraction) -> None:
    got = queries.rows(opened, Sql(), 100_000)
    expected = seeds.frame
    assert list(got.columns) == list(COLUMN_NAMES)
    assert dict(got.dtypes.astype(str)) == dict(expected.dtypes.astype(str))
    pd.testing.assert_frame_equal(
        got.sort_values("mention_id").reset_index(drop=True),
        expected.sort_values("mention_id").reset_index(drop=True),
    )


def _filters(frame: pd.DataFrame) -> dict[str, state.Filters]:
    types = frame["event_type"].value_counts()
    actors = actor_options(frame)
    outlet = next(o for o in frame["outlet"] if o)
    return {
        "nothing": state.Filters(),
        "one type": state.Filters(types=(str(types.index[0]),)),
        "two types": state.Filters(types=tuple(str(t) for t in types.index[:2])),
        "top actor": state.Filters(actors=(actors[0],)),
        "rare actors": state.Filters(actors=actors[-2:]),
        "date range": state.Filters(start=dt.date(2020, 1, 10), end=dt.date(2020, 3, 31)),
        "from only": state.Filters(start=dt.date(2020, 6, 1)),
        "search": state.Filters(text="ceasefire"),
        "two terms": state.Filters(text="Ceasefire  LIBYA"),
        "quote": state.Filters(text="Libya's"),
        "injection": state.Filters(text=INJECTION),
        "wildcards": state.Filters(text="% _"),
        "outlet": state.Filters(outlets=(outlet,)),
        "scheduled": state.Filters(statuses=("scheduled",)),
        "unresolved": state.Filters(precisions=(state.NO_PRECISION,)),
        "bases": state.Filters(bases=("explicit", "publication")),
        "document": state.Filters(docs=(str(frame["doc"].iloc[0]),)),
        "combined": state.Filters(
            start=dt.date(2020, 1, 1), end=dt.date(2020, 12, 31), text="talks", actors=(actors[0], actors[1])
        ),
    }


def test_sql_filters_select_what_the_in_memory_filters_select(opened: StoreSession, seeds: Extraction) -> None:
    frame = seeds.frame
    nonempty = 0
    for name, filters in _filters(frame).items():
        expected = masks.apply_filters(frame, filters)
        got = sql_rows(opened, filters)
        assert set(got["mention_id"]) == set(expected["mention_id"]), name
        # By date, then document and place in it: the order of the in-memory frame.
        assert list(got["mention_id"]) == list(expected["mention_id"]), name
        counts = queries.counts(opened, chart.condition_for(opened, filters))
        assert counts.rows == len(expected), name
        assert counts.dated == int(expected["date"].notna().sum()), name
        nonempty += bool(len(expected)) and len(expected) < len(frame)
    # The comparisons are not all of empty or whole selections.
    assert nonempty >= 10


def test_an_actor_selects_whole_events_as_in_memory(opened: StoreSession, seeds: Extraction) -> None:
    frame = seeds.frame
    # An actor named by one mention of an event that has other mentions not naming it.
    multi = frame.loc[frame.duplicated("event_id", keep=False)]
    for _, row in multi.iterrows():
        names = [a.strip() for a in row["actors"].split(";") if a.strip()]
        siblings = multi.loc[(multi["event_id"] == row["event_id"]) & (multi["mention_id"] != row["mention_id"])]
        lonely = [a for a in names if not siblings["actors"].str.contains(a, regex=False).any()]
        if lonely:
            break
    else:
        pytest.skip("the seeds have no actor named by only one mention of a multi-mention event")
    filters = state.Filters(actors=(lonely[0],))
    got = sql_rows(opened, filters)
    assert set(siblings["mention_id"]) <= set(got["mention_id"])
    assert set(got["mention_id"]) == set(masks.apply_filters(frame, filters)["mention_id"])


def test_key_events_in_sql_match_the_key_view(opened: StoreSession, seeds: Extraction) -> None:
    frame = seeds.frame
    for key_types in ((), (str(frame["event_type"].iloc[-1]),)):
        expected = key_events.key_mentions(frame, key_types)
        condition = filter_sql(state.Filters(), key_events=True, key_types=key_types)
        got = queries.rows(opened, condition, 100_000)
        assert 0 < len(got) < len(frame)
        assert list(got["mention_id"]) == list(expected["mention_id"])


def test_search_text_is_data_not_sql(opened: StoreSession) -> None:
    before = opened.cursor().execute("SELECT count(*) FROM lean").fetchone()
    assert sql_rows(opened, state.Filters(text=INJECTION)).empty
    assert opened.cursor().execute("SELECT count(*) FROM lean").fetchone() == before == (opened.n_rows,)


def test_both_searches_find_what_the_in_memory_search_finds(opened: StoreSession, seeds: Extraction) -> None:
    """Searches read the files until the lowercased search table is built, then the table: the same matches."""
    assert wait_for_side_tables(opened, timeout=60)
    frame = seeds.frame
    for text in ("ceasefire", "CEASEFIRE moscow", "Libya's", INJECTION, "% _", "\\", "zzzz"):
        expected = set(masks.apply_filters(frame, state.Filters(text=text))["mention_id"])
        for table, condition in (("events", text_match_sql(text)), ("haystack", haystack_match_sql(text))):
            found = (
                opened.cursor()
                .execute(f"SELECT mention_id FROM {table} WHERE {condition.text}", list(condition.params))
                .fetchall()
            )
            assert {m for (m,) in found} == expected, (text, table)


def test_a_narrow_window_draws_the_events_that_begin_in_it(opened: StoreSession, seeds: Extraction) -> None:
    filters = state.Filters(start=dt.date(2019, 12, 15), end=dt.date(2020, 1, 20))
    in_view = masks.apply_filters(seeds.frame, filters)
    begin = in_view.loc[in_view["date"] >= pd.Timestamp(filters.start)]
    assert 0 < len(begin) < len(in_view)  # years and months that began before overlap the window
    shown = chart.store_chart(opened, filters, "event_type", draw_limit=len(begin))
    assert shown.kind == "events" and shown.counts.rows == len(in_view)
    assert list(shown.drawn["mention_id"]) == list(begin["mention_id"])
    assert shown.earlier == len(in_view) - len(begin)
    assert chart.store_chart(opened, filters, "event_type", draw_limit=len(begin) - 1).kind == "density"


def test_choices_are_those_of_the_frame(opened: StoreSession, seeds: Extraction) -> None:
    frame = seeds.frame
    info = queries.choices(opened)
    assert tuple(t.name for t in info.types) == type_options(frame)
    assert tuple(a.name for a in queries.actor_choices(opened)) == actor_options(frame)
    assert [o.name for o in info.outlets] == sorted({o for o in frame["outlet"] if o})
    top = info.types[0]
    assert top.events == frame.loc[frame["event_type"] == top.name, "event_id"].nunique()
    assert (info.n_rows, info.n_events, info.n_documents) == (len(frame), frame["event_id"].nunique(), 5)
    assert info.first == frame["date"].min().date() and info.last == frame["date_end"].max().date()


def test_a_page_is_the_slice_of_the_ordered_table(opened: StoreSession, seeds: Extraction) -> None:
    expected = masks.apply_filters(seeds.frame, state.Filters(start=dt.date(2019, 1, 1)))
    condition = chart.condition_for(opened, state.Filters(start=dt.date(2019, 1, 1)))
    assert len(expected) > 14
    assert list(queries.page(opened, condition, 1, 7)["mention_id"]) == list(expected["mention_id"].iloc[7:14])
    last = queries.page(opened, condition, len(expected) // 7, 7)
    assert list(last["mention_id"]) == list(expected["mention_id"].iloc[(len(expected) // 7) * 7 :])
    assert queries.page(opened, condition, 100, 7).empty


def test_document_text_and_event_rows(opened: StoreSession, seeds: Extraction) -> None:
    for document in seeds.documents:
        assert queries.document_text(opened, document.doc) == document.text
    assert queries.document_text(opened, "no such document.txt") is None
    frame = seeds.frame
    multi = frame.loc[frame.duplicated("event_id", keep=False)].iloc[0]
    got = queries.event_rows(opened, str(multi["mention_id"]))
    assert set(got["mention_id"]) == set(frame.loc[frame["event_id"] == multi["event_id"], "mention_id"])
    assert len(got) >= 2
    assert queries.event_rows(opened, "no such mention").empty


def _month_counts(frame: pd.DataFrame, lane: str) -> pd.Series:
    dated = frame.loc[frame["date"].notna()]
    month = dated["date"].dt.to_period("M").dt.start_time
    return dated.groupby([dated[lane].replace("", queries.NO_VALUE_LANE), month]).size().sort_index()


def test_density_counts_every_dated_event_in_its_month_and_lane(opened: StoreSession, seeds: Extraction) -> None:
    frame = seeds.frame
    window = (frame["date"].min().date(), frame["date"].max().date())
    for lane in ("event_type", "outlet", "status"):
        cells = queries.density(opened, Sql(), lane, window, "month", max_lanes=50)
        assert int(cells["n"].sum()) == int(frame["date"].notna().sum())
        got = cells.set_index(["lane", "bin"])["n"].sort_index()
        expected = _month_counts(frame, lane)
        assert got.to_dict() == {(k[0], pd.Timestamp(k[1])): int(v) for k, v in expected.items()}


def test_density_lumps_small_lanes_and_counts_outside_the_window(opened: StoreSession, seeds: Extraction) -> None:
    frame = seeds.frame
    shown = chart.store_chart(opened, state.Filters(), "event_type", draw_limit=5)
    assert shown.kind == "density" and shown.window is not None
    dated = frame.loc[frame["date"].notna()]
    inside = dated["date"].between(pd.Timestamp(shown.window[0]), pd.Timestamp(shown.window[1]))
    assert shown.outside == int((~inside).sum())
    cells = queries.density(opened, Sql(), "event_type", shown.window, shown.unit, max_lanes=2)
    assert int(cells["n"].sum()) == int(inside.sum())
    assert set(cells["lane"]) <= {*dated["event_type"].value_counts().index[:2], queries.OTHER_LANE}
    assert queries.OTHER_LANE in set(cells["lane"])


def test_the_chart_draws_events_at_or_under_the_limit(opened: StoreSession, seeds: Extraction) -> None:
    shown = chart.store_chart(opened, state.Filters(), "event_type", draw_limit=len(seeds.frame))
    assert shown.kind == "events" and len(shown.drawn) == len(seeds.frame)
    points = sum(len(t.customdata) for t in shown.figure.data if t.customdata is not None and t.name != "selected")
    assert points == int(seeds.frame["date"].notna().sum())
    none = chart.store_chart(opened, state.Filters(text="zzzz-not-in-any-passage"), "event_type")
    assert none.kind == "empty" and none.counts.rows == 0


def test_density_figure_is_escaped_small_and_says_what_a_cell_counts() -> None:
    counts = pd.DataFrame(
        {
            "lane": ["<img src=x onerror=alert(1)>", "<img src=x onerror=alert(1)>", "plain"],
            "bin": pd.to_datetime(["2020-01-13", "2020-01-20", "2020-01-13"]).astype("datetime64[s]"),
            "n": [3, 5, 1200],
        }
    )
    fig = density.density_figure(counts, "week", (dt.date(2020, 1, 8), dt.date(2020, 2, 20)), "Outlet <b>")
    text = fig.to_json()
    assert "<img" not in text and "<b>" not in text and "&lt;img src=x onerror=alert(1)&gt;" in text
    heat, points = fig.data
    assert np.nansum(np.asarray(heat.z, dtype=float)) == 1208
    assert list(heat.y) == ["plain", "&lt;img src=x onerror=alert(1)&gt;"]  # most events first
    assert sorted(int(c[0]) for c in points.customdata) == [3, 5, 1200]
    assert set(points.text) == {"week of 2020-01-13", "week of 2020-01-20"}
    assert "events, %{text}" in points.hovertemplate
    assert len(text) < 20_000


def test_bins_follow_the_window_and_selection_narrows_it() -> None:
    assert [density.bin_unit(d) for d in (30, 120, 121, 700, 5000, 20000, 40000)] == [
        "day", "day", "week", "week", "month", "quarter", "year",
    ]  # fmt: skip
    assert density.bin_start(dt.date(2020, 1, 16), "week") == dt.date(2020, 1, 13)
    assert density.bin_start(dt.date(2020, 8, 16), "quarter") == dt.date(2020, 7, 1)
    assert density.bin_end(dt.date(2020, 2, 1), "month") == dt.date(2020, 2, 29)
    box = {"selection": {"box": [{"x": ["2020-03-02 11:00", "2020-01-05"]}], "points": []}}
    assert density.window_of_selection(box, "week") == (dt.date(2020, 1, 5), dt.date(2020, 3, 2))
    clicked = {"selection": {"points": [{"customdata": [4, "2020-01-13"]}, {"customdata": [2, "2020-02-03"]}]}}
    assert density.window_of_selection(clicked, "week") == (dt.date(2020, 1, 13), dt.date(2020, 2, 9))
    assert density.window_of_selection({"selection": {"points": []}}, "week") is None


def test_replicated_stores_are_deterministic_and_varied(bench: ModuleType, seeds: Extraction, tmp_path: Path) -> None:
    frame, documents = seeds.frame, bench.documents_frame(seeds.documents)
    first = pd.concat([f for f, _ in bench.replicas(frame, documents, 300)], ignore_index=True)
    again = pd.concat([f for f, _ in bench.replicas(frame, documents, 300)], ignore_index=True)
    pd.testing.assert_frame_equal(first, again)
    assert len(first) == 300 and first["mention_id"].is_unique
    assert first["event_type"].nunique() > frame["event_type"].nunique() // 2
    # Mentions of one event keep one type and one date.
    assert (first.groupby("event_id")["event_type"].nunique() == 1).all()
    assert (first.groupby("event_id")["event_date"].nunique(dropna=False) == 1).all()
    store = bench.write_store(tmp_path / "s", bench.replicas(frame, documents, 300))
    session = open_store(store)
    assert session.n_rows == 300
    doc = str(first["doc"].iloc[-1])
    assert queries.document_text(session, doc) == seeds.documents[[d.doc for d in seeds.documents].index(
        doc.split("_", 1)[1])].text  # fmt: skip


def test_a_store_folder_may_have_any_name_and_work_in_progress_is_not_read(
    store: Path, seeds: Extraction, tmp_path: Path
) -> None:
    odd = Path(shutil.copytree(store, tmp_path / "it's [2020] *store*"))
    part = next((odd / "events").glob("*/*.parquet"))
    leftover = odd / "events" / ".tmp-regroup"
    leftover.mkdir()
    shutil.copy(part, leftover / "part-0.parquet")
    shutil.copy(part, part.parent / ".tmp-part-1.parquet")
    session = open_store(odd)
    try:
        assert session.n_rows == len(seeds.frame)
        assert queries.document_text(session, seeds.documents[0].doc) == seeds.documents[0].text
    finally:
        wait_for_side_tables(session, timeout=60)
        session.connection.close()


def test_a_store_the_command_line_wrote_reads_as_its_reader_reads_it(tmp_path: Path) -> None:
    from timeline.store import reader

    store = tmp_path / "cli.store"
    done = subprocess.run(
        [sys.executable, "-m", "timeline", "extract", str(SEEDS), "--store", str(store), "-q"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    expected = reader.read_events(store)
    session = open_store(store)
    try:
        got = queries.rows(session, Sql(), 100_000)
        pd.testing.assert_frame_equal(
            got.sort_values("mention_id").reset_index(drop=True),
            expected.sort_values("mention_id").reset_index(drop=True),
        )
        doc = str(expected["doc"].iloc[0])
        assert queries.document_text(session, doc) == reader.document_text(store, doc)
        filters = state.Filters(text="ceasefire", start=dt.date(2020, 1, 1))
        assert set(sql_rows(session, filters)["mention_id"]) == set(
            masks.apply_filters(expected, filters)["mention_id"]
        )
    finally:
        wait_for_side_tables(session, timeout=60)
        session.connection.close()


def test_a_folder_that_is_no_store_is_refused_with_its_name(tmp_path: Path) -> None:
    with pytest.raises(StoreOpenError, match="does not exist"):
        check_store(tmp_path / "missing")
    with pytest.raises(StoreOpenError, match="not an event store"):
        check_store(tmp_path)
    (tmp_path / "store.json").write_text(json.dumps({"format": 1}))
    with pytest.raises(StoreOpenError, match="no events yet"):
        open_store(tmp_path)


# --- the store page -----------------------------------------------------------------------------------------------


class CapturingMediaFileManager(MediaFileManager):
    """The test runtime's media manager, kept so a test can read what a download button serves."""

    last: CapturingMediaFileManager | None = None

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        CapturingMediaFileManager.last = self


def store_app(monkeypatch: pytest.MonkeyPatch, store: Path) -> AppTest:
    monkeypatch.setattr(sys, "argv", ["dashboard.py", "--store", str(store)])
    return AppTest.from_file(str(APP), default_timeout=120).run()


def test_the_store_page_renders_filters_and_opens_a_source(
    monkeypatch: pytest.MonkeyPatch, store: Path, seeds: Extraction
) -> None:
    monkeypatch.setattr(app_test_module, "MediaFileManager", CapturingMediaFileManager)
    at = store_app(monkeypatch, store)
    assert not at.exception and not at.error
    header = " ".join(m.value for m in at.markdown)
    assert f"{len(seeds.frame)} events" in header and "5 documents" in header
    (table,) = [d for d in at.dataframe if d.key == "s_table"]
    assert list(table.value["mention_id"]) == list(seeds.frame["mention_id"])
    assert any(c.key == "s_chart" for c in at.get("plotly_chart"))
    at.text_input(key="s_text").input("ceasefire").run()
    assert not at.exception
    (table,) = [d for d in at.dataframe if d.key == "s_table"]
    expected = masks.apply_filters(seeds.frame, state.Filters(text="ceasefire"))
    assert list(table.value["mention_id"]) == list(expected["mention_id"])
    # The download is the matching rows, as the main page's CSV of the same filter.
    (button,) = [b for b in at.download_button if "Download CSV" in b.label]
    assert f"({len(expected)} events)" in button.label
    media = CapturingMediaFileManager.last
    assert media is not None and button.proto.url
    served = media._storage.get_file(button.proto.url.rsplit("/", 1)[-1])
    assert bytes(served.content) == export.csv_bytes(expected)
    # Opening a source: the passage marked in its document's text, read from the store.
    chosen = expected.iloc[0]
    at.session_state["s_selected"] = str(chosen["mention_id"])
    at.run()
    bodies = [el.proto.body for el in at.get("html")]
    assert any("<mark" in body for body in bodies)
    assert not at.exception


def test_the_store_page_says_when_the_store_is_missing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    at = store_app(monkeypatch, tmp_path / "nowhere")
    assert not at.exception
    (error,) = at.error
    assert "nowhere" in error.value and "does not exist" in error.value


def test_the_store_page_lists_undated_events_it_cannot_draw(monkeypatch: pytest.MonkeyPatch, store: Path) -> None:
    at = store_app(monkeypatch, store)
    at.button_group(key="s_precisions").set_value([state.NO_PRECISION]).run()
    assert not at.exception
    (table,) = [d for d in at.dataframe if d.key == "s_table"]
    assert len(table.value) >= 1 and table.value["date"].isna().all()
    assert any("none of them dated" in i.value for i in at.info)


# --- the store page in a real browser ------------------------------------------------------------------------------

# The density's invisible cell points (customdata [count, first day]) with their page coordinates.
CELLS_JS = """() => {
  const plot = document.querySelector('.js-plotly-plot');
  if (!plot || !plot._fullData || plot._fullData.length < 2 || plot._fullData[0].type !== 'heatmap') return [];
  const xa = plot._fullLayout.xaxis, ya = plot._fullLayout.yaxis, box = plot.getBoundingClientRect();
  const t = plot._fullData[1], out = [];
  for (let i = 0; i < t.x.length; i++) {
    out.push({x: box.left + xa._offset + xa.l2p(xa.d2l(t.x[i])), y: box.top + ya._offset + ya.l2p(ya.d2c(t.y[i])),
              n: Number(t.customdata[i][0]), day: t.customdata[i][1]});
  }
  return out;
}"""


def test_in_chromium_a_click_on_a_density_cell_draws_its_events(
    bench: ModuleType, seeds: Extraction, tmp_path: Path
) -> None:
    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        message = f"chromium not found at {chromium}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    n = chart.DRAW_LIMIT + 800
    store = bench.write_store(tmp_path / "big", bench.replicas(seeds.frame, bench.documents_frame(seeds.documents), n))
    with sync_playwright() as p, bench.served(["--store", str(store)]) as (url, _):
        browser = p.chromium.launch(executable_path=str(chromium), args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(url)
        page.wait_for_function(f"({CELLS_JS})().length > 0", timeout=120_000)
        caption = page.locator(bench.MAIN_CAPTION).first
        assert f"{n:,} of {n:,} events match" in caption.inner_text()
        cells = sorted(page.evaluate(CELLS_JS), key=lambda c: -c["n"])
        cell = cells[len(cells) // 2]  # a cell of middling count, not at the edge
        page.mouse.move(cell["x"], cell["y"])
        page.wait_for_selector(".hoverlayer .hovertext", state="attached", timeout=15_000)
        hover = page.locator(".hoverlayer .hovertext").first.text_content() or ""
        assert " events, " in hover
        page.mouse.click(cell["x"], cell["y"])
        page.wait_for_function(
            "() => { const c = document.querySelector(" + repr(bench.MAIN_CAPTION) + ");"
            " return c && c.innerText.includes('events match ('); }",
            timeout=120_000,
        )
        page.wait_for_function(
            "() => { const i = document.querySelector(\"[data-testid='stDateInput'] input\"); return i && i.value; }",
            timeout=60_000,
        )
        dates = [i.input_value() for i in page.locator("[data-testid='stDateInput'] input").all()]
        shown = caption.inner_text()
        browser.close()
    assert not errors
    # The click picks the hovered cell (the closest point): the window is its bin, from its first day.
    found = re.match(r"([\d,]+) events, \w+ of (\d{4}-\d{2}(?:-\d{2})?)", hover)
    assert found, hover
    count, first = int(found.group(1).replace(",", "")), found.group(2)
    assert dates[0].replace("/", "-") == (first if len(first) == 10 else first + "-01")
    # The events in those dates are drawn one by one: at least the cell's (it counts one lane).
    matched = re.match(r"([\d,]+) of [\d,]+ events match \(", shown)
    assert matched and count <= int(matched.group(1).replace(",", "")) <= chart.DRAW_LIMIT, shown


def test_the_store_page_follows_and_writes_its_address(
    monkeypatch: pytest.MonkeyPatch, store: Path, seeds: Extraction
) -> None:
    actor = actor_options(seeds.frame)[0]
    monkeypatch.setattr(sys, "argv", ["dashboard.py", "--store", str(store)])
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.query_params["actor"] = actor
    at.query_params["from"] = "2020-01-01"
    at.query_params["key"] = "0"  # every event: the briefing's key-events view is the default
    at.query_params["bogus"] = "1"
    at.run()
    assert not at.exception
    (table,) = [d for d in at.dataframe if d.key == "s_table"]
    expected = masks.apply_filters(seeds.frame, state.Filters(start=dt.date(2020, 1, 1), actors=(actor,)))
    assert 0 < len(expected) < len(seeds.frame)
    assert list(table.value["mention_id"]) == list(expected["mention_id"])
    assert any("bogus" in w.value for w in at.warning)
    at.multiselect(key="s_types").set_value([str(expected["event_type"].iloc[0])]).run()
    assert at.query_params.get("type") in ([str(expected["event_type"].iloc[0])], str(expected["event_type"].iloc[0]))
    assert at.query_params.get("actor") in ([actor], actor)
