"""Briefing dashboard: `streamlit run dashboard.py [-- --docs DIR]` (default: seeds/).

Layout and widgets only; every decision is made by a function in `timeline/`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import logging
import sys
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
import streamlit as st

from timeline.config import Config, load_config
from timeline.core.errors import DataFileError, TimelineError
from timeline.core.models import DocumentReport
from timeline.pipeline import Extraction, extract
from timeline.reading import corrections, uploads
from timeline.understanding.event_types import Taxonomy
from timeline.view import (
    briefing_csv,
    chart_image,
    chronology,
    chronology_docx,
    chronology_html,
    chronology_markdown,
    document_edits,
    export,
    figure,
    highlight,
    key_events,
    labels,
    masks,
    state,
    summary,
    tables,
    url,
    window,
)

log = logging.getLogger("timeline.dashboard")

DEFAULT_DOCS = Path(__file__).resolve().parent / "seeds"
# Above this many rows the download is built when clicked, not on every rerun.
EAGER_EXPORT_ROWS = 20_000
LANE_CHOICES = tuple(figure.LANES)
PRECISION_CHOICES = (*state.PRECISIONS, state.NO_PRECISION)
# Widget keys; the URL is rebuilt from them after every rerun.
K_FROM, K_TO, K_TEXT, K_DOCS, K_OUTLETS = "f_from", "f_to", "f_text", "f_docs", "f_outlets"
K_PRECISIONS, K_STATUSES, K_BASES, K_LANE = "f_precisions", "f_statuses", "f_bases", "f_lane"
K_ACTORS, K_TYPES, K_KEY, K_KEY_TYPES = "f_actors", "f_types", "f_key", "f_key_types"
K_SELECTED, K_NOTICES, K_LOADED, K_MESSAGES = "selected", "url_notices", "url_loaded", "messages"
K_PINNED, K_DROPPED, K_PRESET, K_SCROLLED, K_TAB = "pinned", "dropped", "f_preset", "scrolled_to", "tab"
K_RANGE, K_RANGE_PROBLEM = "f_range", "range_problem"
# Below this many events in the opening window every event is labelled, not only the key events.
LABEL_ALL_EVENTS = 30
TABS = ("Timeline", "Documents")


@dataclass(frozen=True)
class Options:
    """The dashboard's command line: `streamlit run dashboard.py -- --docs DIR --actors FILE ...`."""

    docs: Path
    actors: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    debris: tuple[str, ...] = ()
    builtin_actors: bool = True


def options(argv: list[str]) -> Options:
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--docs", default=str(DEFAULT_DOCS))
    parser.add_argument("--actors", action="append", default=[])
    parser.add_argument("--types", action="append", default=[])
    parser.add_argument("--debris", action="append", default=[])
    parser.add_argument("--no-builtin-actors", action="store_true")
    args, _ = parser.parse_known_args(argv)
    return Options(
        Path(args.docs).expanduser(), tuple(args.actors), tuple(args.types), tuple(args.debris),
        not args.no_builtin_actors,
    )  # fmt: skip


def data_fingerprint(opts: Options) -> tuple[tuple[str, int, int], ...]:
    """The user's data files as (path, size, mtime): an edited actors file rebuilds the Config."""
    out = []
    for name in (*opts.actors, *opts.types, *opts.debris):
        try:
            info = Path(name).stat()
            out.append((name, info.st_size, info.st_mtime_ns))
        except OSError:
            out.append((name, -1, -1))
    return tuple(out)


@st.cache_resource(show_spinner="Loading actors and event types…", max_entries=4)
def load_settings(_opts: Options, key: str) -> Config:
    # `key` (the options and their files' sizes and times) is the cache key; the options themselves are not hashed.
    del key
    return load_config(actors=_opts.actors, types=_opts.types, debris=_opts.debris, builtin_actors=_opts.builtin_actors)


@st.cache_data(show_spinner="Reading the documents…", max_entries=4)
def load_corpus(
    folder: str, fingerprint: tuple[tuple[str, int, int], ...], _config: Config, config_key: str
) -> Extraction:
    # `fingerprint` and `config_key` are only the cache key (the Config itself is not hashed): any added,
    # removed or edited document or data file makes a new entry.
    del fingerprint, config_key
    # The analyst's corrections and uploads live in the user data folder, never in the corpus folder.
    found = corrections.read_corrections(folder)
    uploaded = corrections.uploads_root(folder)
    roots = [folder, str(uploaded)] if uploaded.is_dir() else [folder]
    extraction = extract(roots, _config, published_overrides=found.published, headline_overrides=found.headlines)
    edits, edit_problems = corrections.read_document_edits(folder)
    if edits:
        frame, reports = document_edits.apply_edits(extraction.frame, extraction.reports, edits)
        extraction = replace(extraction, frame=frame, reports=reports)
    if found.problems or edit_problems:
        extraction = replace(extraction, problems=(*extraction.problems, *found.problems, *edit_problems))
    return extraction


def corpus_fingerprint(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """The corpus folder, its uploads and its corrections as (path, size, mtime): any change is a new cache entry."""
    extra = uploads.folder_fingerprint(corrections.uploads_root(folder)) + corrections.log_stamps(
        corrections.corrections_path(folder), corrections.headlines_path(folder), corrections.documents_path(folder)
    )
    return uploads.folder_fingerprint(folder) + tuple(("+" + name, size, mtime) for name, size, mtime in extra)


@st.cache_data(max_entries=4)
def export_bytes(frame: pd.DataFrame, kind: str) -> bytes:
    return EXPORTERS[kind](frame)


EXPORTERS = {
    "csv": export.csv_bytes,
    "json": export.json_bytes,
    "events": export.events_csv_bytes,
    "briefing": briefing_csv.briefing_csv,
}


@st.cache_resource(show_spinner=False)
def chart_browser() -> bool:
    # One headless browser kept for the server's chart images: the first export takes seconds, later ones less.
    return chart_image.open_chart_browser()


@st.cache_data(show_spinner=False, max_entries=8)
def chart_png_of(figure_json: str) -> bytes | None:
    chart_browser()
    return chart_image.chart_png(pio.from_json(figure_json))


# --- state: URL <-> widgets ------------------------------------------------------------------


def load_view_from_url(choices: state.Choices, frame: pd.DataFrame, folder: Path, tax: Taxonomy) -> None:
    """On a session's first run, set the widgets from the URL; later the widgets lead.

    Pinned and removed key events come from the URL when it names any, else from the analyst's saved choices.
    """
    if st.session_state.get(K_LOADED):
        return
    params = {key: st.query_params.get_all(key) for key in st.query_params}
    view, notices = url.parse_query(params, choices)
    view, more = url.drop_unknown_selection(view, set(frame["mention_id"]), set(frame["event_id"]))
    if url.P_PIN not in params and url.P_DROP not in params:
        picks, problems = corrections.read_picks(folder)
        pinned, dropped = key_events.picked_events(frame, picks)
        view = replace(view, pinned=pinned, dropped=dropped)
        more += list(problems)
    st.session_state[K_NOTICES] = notices + more
    set_widgets(view, tax)
    st.session_state[K_LOADED] = True


def set_widgets(view: state.View, tax: Taxonomy) -> None:
    f = view.filters
    st.session_state[K_FROM] = f.start
    st.session_state[K_TO] = f.end
    st.session_state[K_RANGE] = state.range_text(f.start, f.end)
    st.session_state[K_TEXT] = f.text
    st.session_state[K_DOCS] = list(f.docs)
    st.session_state[K_OUTLETS] = list(f.outlets)
    st.session_state[K_ACTORS] = list(f.actors)
    st.session_state[K_TYPES] = list(f.types)
    st.session_state[K_KEY] = view.key_events
    st.session_state[K_KEY_TYPES] = list(state.resolved_key_types(view, tax.key_types))
    st.session_state[K_PINNED] = list(view.pinned)
    st.session_state[K_DROPPED] = list(view.dropped)
    st.session_state[K_PRECISIONS] = state.ticked(f.precisions, PRECISION_CHOICES)
    st.session_state[K_STATUSES] = state.ticked(f.statuses, state.STATUSES)
    st.session_state[K_BASES] = state.ticked(f.bases, state.DATE_BASES)
    st.session_state[K_LANE] = view.lane
    st.session_state[K_SELECTED] = view.selected


def view_from_widgets(tax: Taxonomy, choices: state.Choices) -> state.View:
    session = st.session_state
    view, problem = state.view_from_controls(
        start=session.get(K_FROM),
        end=session.get(K_TO),
        text=session.get(K_TEXT) or "",
        docs=session.get(K_DOCS) or (),
        outlets=session.get(K_OUTLETS) or (),
        precisions=state.restriction(session.get(K_PRECISIONS) or (), PRECISION_CHOICES),
        statuses=state.restriction(session.get(K_STATUSES) or (), state.STATUSES),
        bases=state.restriction(session.get(K_BASES) or (), state.DATE_BASES),
        lane=session.get(K_LANE) or state.DEFAULT_LANE,
        selected=session.get(K_SELECTED) or "",
        actors=session.get(K_ACTORS) or (),
        types=session.get(K_TYPES) or (),
        key_events=bool(session.get(K_KEY)),
        key_types=session.get(K_KEY_TYPES) or (),
        # The multiselect offers only the corpus's types: of the defaults, it can show those.
        default_key_types=tuple(t for t in tax.key_types if t in choices.types),
        pinned=session.get(K_PINNED) or (),
        dropped=session.get(K_DROPPED) or (),
    )
    if problem:
        st.sidebar.warning(problem)
    return view


def write_url(view: state.View) -> None:
    wanted = url.to_query(view)
    current = {key: st.query_params.get_all(key) for key in st.query_params}
    normalised = {k: v if isinstance(v, list) else [v] for k, v in wanted.items()}
    if current != normalised:
        st.query_params.from_dict(wanted)


def reset_view(tax: Taxonomy) -> None:
    # Pins and removals are the analyst's saved work, not a filter: a reset keeps them.
    keep = state.View(
        pinned=tuple(st.session_state.get(K_PINNED) or ()), dropped=tuple(st.session_state.get(K_DROPPED) or ())
    )
    set_widgets(keep, tax)
    st.session_state[K_NOTICES] = []
    st.session_state[K_PRESET] = None
    st.session_state[K_RANGE_PROBLEM] = ""


def keep_known(key: str, options: tuple[str, ...]) -> None:
    # Documents can disappear between reruns; a stale choice would make the widget fail.
    st.session_state[key] = [v for v in st.session_state.get(key) or [] if v in options]


# --- selection callbacks ---------------------------------------------------------------------


def on_chart_select() -> None:
    chosen = st.session_state.get("chart")
    # A box drawn on the chart (the brush) sets the date filter to its days; the points inside it are not a click.
    days = figure.days_from_box(chosen)
    if days is not None:
        set_dates(*days)
        st.session_state[K_PRESET] = None
        return
    mention = figure.mention_from_selection(chosen)
    if mention:
        st.session_state[K_SELECTED] = mention


def set_dates(start: dt.date | None, end: dt.date | None) -> None:
    st.session_state[K_FROM], st.session_state[K_TO] = start, end
    st.session_state[K_RANGE] = state.range_text(start, end)
    st.session_state[K_RANGE_PROBLEM] = ""


def on_preset(presets: dict[str, tuple[dt.date, dt.date]]) -> None:
    chosen = st.session_state.get(K_PRESET)
    if chosen in presets:
        set_dates(*presets[chosen])


def on_range_typed() -> None:
    # A text field applies on Enter (and when it loses focus), unlike a date field's segments.
    start, end, problem = state.parse_date_range(st.session_state.get(K_RANGE) or "")
    if problem:
        st.session_state[K_RANGE_PROBLEM] = problem
        return
    set_dates(start, end)
    st.session_state[K_PRESET] = None


def on_date_picked() -> None:
    st.session_state[K_RANGE] = state.range_text(st.session_state.get(K_FROM), st.session_state.get(K_TO))
    st.session_state[K_RANGE_PROBLEM] = ""
    st.session_state[K_PRESET] = None


def on_step(mention_id: str) -> None:
    st.session_state[K_SELECTED] = mention_id


def on_key_toggle() -> None:
    if st.session_state.get(K_KEY) and st.session_state.get(K_LANE) == "doc":
        st.session_state[K_LANE] = state.KEY_LANE


def on_table_select(mention_ids: list[str]) -> None:
    table = st.session_state.get("table") or {}
    rows = (table.get("selection") or {}).get("rows") or []
    if rows and 0 <= rows[0] < len(mention_ids):
        st.session_state[K_SELECTED] = mention_ids[rows[0]]


# --- page parts ------------------------------------------------------------------------------


def sidebar(choices: state.Choices, titles: dict[str, str], frame: pd.DataFrame, tax: Taxonomy) -> None:
    type_label = tax.label
    with st.sidebar:
        st.header("Filters")
        presets = window.date_presets(frame)
        if presets:
            st.pills(
                "Dates",
                list(presets),
                key=K_PRESET,
                on_change=on_preset,
                args=(presets,),
                help="The corpus's whole span, one year, or its last 30 days. Or draw a box on the chart "
                "(box select, in the chart's toolbar) to filter to its days.",
            )
        st.text_input(
            "Dates (type, then Enter)",
            key=K_RANGE,
            placeholder="2020-10 to 2021-04",
            on_change=on_range_typed,
            help="A year (2020), a month (2020-10), a day (2020-10-01), or two of them joined by 'to'; "
            "one side may stay empty ('2020-10 to'). Empty: all dates.",
        )
        if st.session_state.get(K_RANGE_PROBLEM):
            st.warning(st.session_state[K_RANGE_PROBLEM])
        # The calendars open on the corpus's years: their bounds are its span (and any date already chosen).
        low, high = window.calendar_bounds(frame, st.session_state.get(K_FROM), st.session_state.get(K_TO))
        with st.expander("Pick on a calendar"):
            st.date_input(
                "From", key=K_FROM, min_value=low, max_value=high, format="YYYY-MM-DD", on_change=on_date_picked
            )
            st.date_input("To", key=K_TO, min_value=low, max_value=high, format="YYYY-MM-DD", on_change=on_date_picked)
        st.text_input("Search titles and passages", key=K_TEXT, max_chars=state.MAX_QUERY_CHARS)
        keep_known(K_DOCS, choices.docs)
        st.multiselect(
            "Documents",
            choices.docs,
            key=K_DOCS,
            format_func=lambda d: titles.get(d) or d,
            placeholder="All documents",
        )
        keep_known(K_OUTLETS, choices.outlets)
        st.multiselect("Outlets", choices.outlets, key=K_OUTLETS, placeholder="All outlets")
        keep_known(K_ACTORS, choices.actors)
        st.multiselect(
            "Actors",
            choices.actors,
            key=K_ACTORS,
            placeholder="All actors",
            help="An event passes when any of its passages names one of these actors. Most frequent first.",
        )
        keep_known(K_TYPES, choices.types)
        st.multiselect("Event types", choices.types, key=K_TYPES, placeholder="All types", format_func=type_label)
        st.pills("Precision", PRECISION_CHOICES, selection_mode="multi", key=K_PRECISIONS)
        st.pills("Status", state.STATUSES, selection_mode="multi", key=K_STATUSES)
        st.pills(
            "Date basis",
            state.DATE_BASES,
            selection_mode="multi",
            key=K_BASES,
            help="Untick 'estimated' to hide dates the text does not fix.",
        )
        st.caption("Untick a chip to hide those events; none ticked shows all.")
        st.header("View")
        st.selectbox("Lanes", LANE_CHOICES, key=K_LANE, format_func=lambda c: figure.LANES.get(c, c))
        st.toggle(
            "Key events only",
            key=K_KEY,
            on_change=on_key_toggle,
            help=f"One marker per event, for the briefing: events reported by {key_events.KEY_MIN_SOURCES} "
            "documents or more, of the key types chosen below, or pinned by you (select an event, then "
            "'Pin as key event'). Turning it on switches lanes by document to lanes by event type (an event "
            "reported by several documents is in no single document's lane).",
        )
        keep_known(K_KEY_TYPES, choices.types)
        st.multiselect(
            "Key event types",
            choices.types,
            key=K_KEY_TYPES,
            placeholder="None: only multi-source and pinned events",
            format_func=type_label,
            disabled=not st.session_state.get(K_KEY),
            help="By default the types the taxonomy marks key (data/event_types_briefing.csv, or your --types file).",
        )
        picks = len(st.session_state.get(K_PINNED) or ()) + len(st.session_state.get(K_DROPPED) or ())
        if picks:
            st.caption(f"{picks} event(s) pinned or removed by hand (saved with your corrections).")
        st.button("Reset view", on_click=reset_view, args=(tax,))


# Up to this many warnings are shown one box each; more are one box with the count and a list to expand.
SEPARATE_WARNINGS = 3
LISTED_WARNINGS = 5_000


def warnings(messages: Sequence[str], what: str) -> None:
    """Warnings as boxes, or, when there are many, one box ("312 problems ...") and an expandable list."""
    if len(messages) <= SEPARATE_WARNINGS:
        for message in messages:
            st.warning(highlight.escape_markdown(message), icon=":material/warning:")
        return
    st.warning(f"{len(messages):,} {what}: see the list below.", icon=":material/warning:")
    with st.expander(f"All {len(messages):,} {what}"):
        listed = messages[:LISTED_WARNINGS]
        more = len(messages) - len(listed)
        # Plain text, not markdown: the messages quote file names and cells as they are.
        st.text("\n".join(listed) + (f"\n… and {more:,} more" if more else ""))


def show_notices() -> None:
    notices = st.session_state.get(K_NOTICES) or []
    warnings(notices, "notices about the page's address")
    if notices and st.button("Dismiss notices"):
        st.session_state[K_NOTICES] = []
        st.rerun()
    for message in st.session_state.pop(K_MESSAGES, []):
        st.success(highlight.escape_markdown(message))


def timeline_tab(extraction: Extraction, shown: pd.DataFrame, view: state.View, folder: Path, tax: Taxonomy) -> str:
    """The chart, the downloads, the table and the selected event's sources; returns the span in view."""
    total = len(extraction.frame)
    if shown.empty:
        why = "No events match these filters." if total else "No dated events were found in these documents."
        st.info(f"{why} Change or reset the filters (sidebar) to see events.", icon=":material/search_off:")
        return ""
    key_types = state.resolved_key_types(view, tax.key_types)
    key = key_events.key_mask(shown, key_types, view.pinned, view.dropped)
    events = None
    if view.key_events:
        matching = len(shown)
        shown = shown.loc[key].reset_index(drop=True)
        if shown.empty:
            st.info(
                f"None of the {matching:,} matching events is a key event ({key_rule(view, tax)}). "
                "Choose key event types in the sidebar, or turn 'Key events only' off.",
                icon=":material/search_off:",
            )
            return ""
        events = key_events.one_per_event(shown)
        key = np.ones(len(events), dtype=bool)
    drawn = events if events is not None else shown
    selected_event = tables.event_of(extraction.frame, view.selected)
    span, fig = chart(drawn, key, view, total, selected_event, key_note(view, events, shown, tax), tax)
    briefing = Briefing(folder.name, len(extraction.reports), chronology_scope(view, len(extraction.reports), tax), fig)
    downloads(shown, view.filters, briefing)
    marked = set(extraction.frame.loc[extraction.frame["event_id"] == selected_event, "mention_id"]) | {view.selected}
    if events is not None:
        key_events_table(events, marked, tax)
    else:
        table(shown, marked, tax)
    detail(extraction, view, drawn, tax)
    return span


def key_rule(view: state.View, tax: Taxonomy) -> str:
    rule = f"reported by {key_events.KEY_MIN_SOURCES} documents or more"
    types = state.resolved_key_types(view, tax.key_types)
    if types:
        rule += " or of type " + ", ".join(tax.label(t) for t in types)
    if view.pinned:
        rule += f", or pinned ({len(view.pinned)})"
    if view.dropped:
        rule += f"; {len(view.dropped)} removed by hand"
    return rule


def key_note(view: state.View, events: pd.DataFrame | None, mentions: pd.DataFrame, tax: Taxonomy) -> str:
    if events is None:
        return ""
    lanes = (
        " In lanes by document or outlet, an event is in the lane of the source that dated it."
        if view.lane in ("doc", "outlet")
        else ""
    )
    return (
        f"Key events: {len(events):,} event{'s' if len(events) != 1 else ''} ({key_rule(view, tax)}), "
        f"from {len(mentions):,} passage{'s' if len(mentions) != 1 else ''}; "
        f"one marker per event, at the event's date.{lanes}"
    )


def chart(
    drawn: pd.DataFrame,
    key: np.ndarray,
    view: state.View,
    total: int,
    selected_event: str,
    note: str,
    tax: Taxonomy,
) -> tuple[str, go.Figure | None]:
    n_dated = int(drawn["date"].notna().sum())
    lanes_note = figure.actor_lane_caption(n_dated, view.filters.actors) if view.lane == figure.ACTOR_LANE else ""
    sources_note = "Bigger markers and ×N: events reported by several documents."
    if n_dated == 0:
        st.caption(note or f"Showing {len(drawn):,} of {total:,} events.")
        st.info("None of the matching events has a date, so there is nothing to draw; they are listed below.")
        return "", None
    x_range = window.opening_window(drawn, key, view.filters.start, view.filters.end)
    span = window.span_in_view(drawn, x_range)
    counts = note or f"Showing {len(drawn):,} of {total:,} events ({n_dated:,} dated, drawn below)."
    st.caption(f"{counts} {sources_note} {lanes_note}".strip())
    # Key events are always labelled; every event when few are in view.
    everything = window.count_in_window(drawn, x_range) <= LABEL_ALL_EVENTS
    texts = np.where(key | everything, labels.event_label_texts(drawn), "")
    priority = key_events.milestone_priority(drawn, state.resolved_key_types(view, tax.key_types), view.pinned)
    fig = figure.build_figure(
        drawn,
        view.lane,
        x_range=x_range,
        selected=view.selected,
        selected_event=selected_event,
        actors=view.filters.actors,
        label_texts=texts,
        label_priority=priority,
        lane_names=tax.labels if view.lane == "event_type" else None,
    )
    st.plotly_chart(
        fig,
        key="chart",
        on_select=on_chart_select,
        selection_mode=("points", "box"),
        config={
            "displaylogo": False,
            "scrollZoom": True,
            "modeBarButtonsToRemove": ["lasso2d", "autoScale2d"],
            "toImageButtonOptions": {"filename": "timeline", "scale": 2},
        },
    )
    st.caption(
        "Labels: key events (and every event when few are in view). Scroll or drag to zoom, 'Show all' for "
        "every date, box select (toolbar) to filter to a period."
    )
    return span, fig


# (label, exporter key, file suffix, file stem, mime type, help)
DOWNLOADS = (
    ("Download CSV", "csv", "csv", "timeline", "text/csv", None),
    ("Download JSON", "json", "json", "timeline", "application/json", None),
    (
        "Download events (one row per event)", "events", "csv", "timeline_events", "text/csv",
        "One row per event (its sources listed); the other CSV has one row per passage.",
    ),
    (
        "Briefing CSV", "briefing", "csv", "briefing", "text/csv",
        "One row per event with readable column names, its sources and a quote; opens in Excel as is.",
    ),
)  # fmt: skip


@dataclass(frozen=True)
class Briefing:
    """What the chronology downloads say about the corpus and view, and the chart they show."""

    corpus: str
    n_documents: int
    scope: str
    fig: go.Figure | None


def chronology_scope(view: state.View, n_documents: int, tax: Taxonomy) -> str:
    return chronology.scope_line(
        view.filters, n_documents=n_documents, key_events=view.key_events, key_rule=key_rule(view, tax)
    )


def chronology_of(shown: pd.DataFrame, b: Briefing) -> chronology.Chronology:
    return chronology.build_chronology(shown, title=f"Chronology — {b.corpus}", scope=b.scope)


def chart_png_for(b: Briefing) -> bytes | None:
    if b.fig is None:
        return None
    source = f"Source: {b.n_documents:,} documents ({b.corpus}); {b.scope}."
    still = figure.image_figure(b.fig, f"Timeline — {b.corpus}", source)
    return chart_png_of(still.to_json())


def chronology_html_bytes(shown: pd.DataFrame, b: Briefing) -> bytes:
    return chronology_html.chronology_html(chronology_of(shown, b), chart_png_for(b)).encode("utf-8")


def chronology_docx_bytes(shown: pd.DataFrame, b: Briefing) -> bytes:
    return chronology_docx.chronology_docx(chronology_of(shown, b), chart_png_for(b))


def chronology_markdown_bytes(shown: pd.DataFrame, b: Briefing) -> bytes:
    return chronology_markdown.chronology_markdown(chronology_of(shown, b)).encode("utf-8")


DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# (label, builder, file suffix, file stem, mime type, help): built when clicked (the chart image takes seconds).
CHRONOLOGIES = (
    ("Chronology (HTML)", chronology_html_bytes, "html", "chronology", "text/html",
     "Every event in view in date order with its citations and the chart: a page to print or send."),
    ("Chronology (Word)", chronology_docx_bytes, "docx", "chronology", DOCX_MIME,
     "The same chronology as a Word document, to edit into a briefing."),
    ("Chronology (Markdown)", chronology_markdown_bytes, "md", "chronology", "text/markdown",
     "The chronology as plain text with Markdown links (no chart)."),
)  # fmt: skip


def downloads(shown: pd.DataFrame, f: state.Filters, b: Briefing) -> None:
    eager = len(shown) <= EAGER_EXPORT_ROWS
    row = st.container(horizontal=True)
    for label, kind, suffix, stem, mime, help_text in DOWNLOADS:
        row.download_button(
            label,
            # Above EAGER_EXPORT_ROWS the file is built when clicked, not on every rerun.
            export_bytes(shown, kind) if eager else partial(EXPORTERS[kind], shown),
            file_name=export.export_file_name(shown, suffix, f.start, f.end, stem=stem),
            mime=mime,
            on_click="ignore",
            icon=":material/download:",
            help=help_text,
        )
    for label, build, suffix, stem, mime, help_text in CHRONOLOGIES:
        row.download_button(
            label,
            partial(build, shown, b),
            file_name=export.export_file_name(shown, suffix, f.start, f.end, stem=stem),
            mime=mime,
            on_click="ignore",
            icon=":material/article:",
            help=help_text,
        )


def with_marks(rows: pd.DataFrame, marked: set[str]) -> pd.DataFrame:
    """The table with a first column marking the selected event's rows."""
    return rows.assign(selected=np.where(rows["mention_id"].isin(marked), "▶", ""))


def table(shown: pd.DataFrame, marked: set[str], tax: Taxonomy) -> None:
    rows = with_marks(tables.table_frame(shown), marked)
    rows["event_type"] = rows["event_type"].map(tax.label)
    mention_ids = rows["mention_id"].tolist()
    st.dataframe(
        rows,
        key="table",
        on_select=partial(on_table_select, mention_ids),
        selection_mode="single-row",
        hide_index=True,
        height=420,
        column_order=["selected", *(c for c in rows.columns if c not in ("mention_id", "doc", "selected"))],
        column_config={
            "selected": st.column_config.TextColumn("", width=28, help="The selected event"),
            "date": st.column_config.DateColumn("Date", format="YYYY-MM-DD"),
            "date_end": st.column_config.DateColumn("Last day", format="YYYY-MM-DD"),
            "precision": "Precision",
            "date_text": "As written",
            "title": st.column_config.TextColumn("Event", width="large"),
            "status": "Status",
            "date_basis": "Date from",
            "outlet": "Outlet",
            "doc_title": "Document",
            "actors": "Actors",
            "event_type": "Type",
            "n_sources": st.column_config.NumberColumn("Sources", format="%d"),
        },
    )


def key_events_table(events: pd.DataFrame, marked: set[str], tax: Taxonomy) -> None:
    rows = with_marks(tables.key_table(events), marked)
    rows["event_type"] = rows["event_type"].map(tax.label)
    mention_ids = rows["mention_id"].tolist()
    st.dataframe(
        rows,
        key="table",
        on_select=partial(on_table_select, mention_ids),
        selection_mode="single-row",
        hide_index=True,
        height=min(420, 38 + 35 * len(rows)),
        column_order=["selected", "date", "title", "event_type", "actors", "n_sources", "outlets"],
        column_config={
            "selected": st.column_config.TextColumn("", width=28, help="The selected event"),
            "date": st.column_config.DateColumn("Date", format="YYYY-MM-DD"),
            "title": st.column_config.TextColumn("Event", width=340),
            "event_type": "Type",
            "actors": st.column_config.TextColumn("Actors", width="medium"),
            "n_sources": st.column_config.NumberColumn("Sources", format="%d"),
            "outlets": st.column_config.TextColumn("Reported by", width="medium"),
        },
    )


def scroll_to_sources(selected: str) -> None:
    """Bring the source panel into view when the selection changes (not on every rerun)."""
    if st.session_state.get(K_SCROLLED) == selected:
        return
    st.session_state[K_SCROLLED] = selected
    st.html(
        '<div id="timeline-source-panel"></div><script>setTimeout(function () {'
        " var el = document.getElementById('timeline-source-panel');"
        " if (el) el.scrollIntoView({behavior: 'smooth', block: 'start'}); }, 400);</script>",
        unsafe_allow_javascript=True,
    )


def detail(extraction: Extraction, view: state.View, drawn: pd.DataFrame, tax: Taxonomy) -> None:
    selected = view.selected
    mentions = highlight.event_mentions(extraction.frame, selected)
    if mentions.empty:
        st.info(
            "Click an event in the chart, or select a row in the table, to read its sources here.",
            icon=":material/touch_app:",
        )
        return
    scroll_to_sources(selected)
    clicked = mentions.iloc[0]
    event_id = str(clicked["event_id"])
    with st.container(border=True):
        walk(drawn, event_id)
        st.markdown(f"##### {highlight.escape_markdown(str(clicked['title']))}")
        if selected not in set(drawn["mention_id"]) and event_id not in set(drawn["event_id"]):
            st.caption("This event is outside the current filters.")
        st.markdown(highlight.event_summary_markdown(mentions, tax.labels))
        pick_buttons(mentions, view, tax)
        headline_form(clicked, options(sys.argv[1:]).docs, load_corpus.clear)
        listed = mentions.iloc[: highlight.MAX_SOURCE_PASSAGES]
        if len(mentions) > len(listed):
            st.caption(f"The first {len(listed)} of {len(mentions)} passages are shown; the download lists all.")
        width = max(1, min(2, len(listed)))
        for first in range(0, len(listed), width):
            for column, index in zip(st.columns(width), range(first, min(first + width, len(listed))), strict=False):
                with column:
                    source_passage(extraction, listed.iloc[index], index + 1, len(listed))


def walk(drawn: pd.DataFrame, event_id: str) -> None:
    """Previous / next event in date order, for walking the chronology."""
    order = tables.event_order(drawn)
    if not order:
        return
    ids = [e for e, _ in order]
    here = ids.index(event_id) if event_id in ids else -1
    row = st.container(horizontal=True, vertical_alignment="center")
    before = order[here - 1][1] if here > 0 else ""
    after = order[here + 1][1] if 0 <= here < len(order) - 1 else (order[0][1] if here < 0 else "")
    row.button("Previous event", icon=":material/arrow_back:", disabled=not before, on_click=on_step, args=(before,))
    row.button("Next event", icon=":material/arrow_forward:", disabled=not after, on_click=on_step, args=(after,))
    row.caption(f"Event {here + 1} of {len(order)} in view" if here >= 0 else f"{len(order)} events in view")


def pick_row(
    mentions: pd.DataFrame,
    event_id: str,
    picked: str,
    by_rule: bool,
    on_click: Callable[[str, tuple[str, ...], str], None],
    key: str | None = None,
) -> None:
    """Pin the event as a key event, remove it from them, or undo either (`picked`: the analyst's "pin", "drop"
    or ""; `by_rule`: a key event by the rule); `on_click` saves the choice with the corrections."""
    if picked == "pin":
        label, choice, note = "Unpin", "", "Pinned by you as a key event."
    elif picked == "drop":
        label, choice, note = "Restore to key events", "", "Removed by you from the key events."
    elif by_rule:
        label, choice, note = "Remove from key events", "drop", "A key event (by the rule)."
    else:
        label, choice, note = "Pin as key event", "pin", "Not a key event."
    row = st.container(horizontal=True, vertical_alignment="center")
    row.caption(note)
    mention_ids = tuple(str(m) for m in mentions["mention_id"])
    row.button(label, icon=":material/push_pin:", key=key, on_click=on_click, args=(event_id, mention_ids, choice))


def pick_buttons(mentions: pd.DataFrame, view: state.View, tax: Taxonomy) -> None:
    event_id = str(mentions["event_id"].iloc[0])
    by_rule = bool(key_events.key_mask(mentions, state.resolved_key_types(view, tax.key_types)).any())
    picked = "pin" if event_id in view.pinned else "drop" if event_id in view.dropped else ""
    pick_row(mentions, event_id, picked, by_rule, on_pick)


def on_pick(event_id: str, mention_ids: tuple[str, ...], choice: str) -> None:
    view = state.pick(
        state.View(
            pinned=tuple(st.session_state.get(K_PINNED) or ()), dropped=tuple(st.session_state.get(K_DROPPED) or ())
        ),
        event_id,
        choice,
    )
    st.session_state[K_PINNED], st.session_state[K_DROPPED] = list(view.pinned), list(view.dropped)
    try:
        corrections.set_pick(
            options(sys.argv[1:]).docs, event_id, mention_ids, choice, who=_analyst(), when=dt.datetime.now(dt.UTC)
        )
    except corrections.CorrectionsError as exc:
        st.session_state[K_MESSAGES] = [f"Kept in the address only, not saved: {exc}"]


def headline_form(mention: pd.Series, folder: Path, clear: Callable[[], None]) -> None:
    """The analyst's headline of the selected event: saved like a date correction, in the user data folder of
    the corpus `folder`; `clear` forgets what the page read before the edit."""
    mention_id, doc = str(mention["mention_id"]), str(mention["doc"])
    edited = mention["headline_basis"] == "analyst"
    with st.form(f"headline_{mention_id}", border=False):
        text = st.text_input(
            "Headline" + (" (your edit)" if edited else ""),
            value=str(mention["headline"]),
            max_chars=200,
            key=f"headline_edit_{mention_id}",
            help=f"Generated: {mention['headline_generated']}",
        )
        save, undo = st.columns(2)
        saved = save.form_submit_button("Save headline")
        undone = undo.form_submit_button("Undo my headline", disabled=not edited)
    if not (saved or undone):
        return
    if saved and not text.strip():
        st.error("Write a headline, or use 'Undo my headline'.")
        return
    try:
        corrections.set_headline(
            folder, doc, mention_id, None if undone else text, who=_analyst(), when=dt.datetime.now(dt.UTC)
        )
    except corrections.CorrectionsError as exc:
        st.error(f"Not saved: {highlight.escape_markdown(str(exc))}")
        return
    clear()
    st.session_state.pop(f"headline_edit_{mention_id}", None)
    what = "back to the generated one" if undone else f"set to “{' '.join(text.split())}”"
    st.session_state[K_MESSAGES] = [f"Headline of the selected event {what}."]
    st.rerun()


def source_passage(extraction: Extraction, mention: pd.Series, index: int, total: int) -> None:
    with st.container(border=True):
        st.markdown(highlight.source_heading(mention.to_dict(), index, total, clicked=index == 1 and total > 1))
        for line in highlight.source_markdown(mention.to_dict()):
            st.markdown(line)
        url = highlight.safe_url(str(mention["url"]))
        if url:
            st.link_button("Open the original article", url, icon=":material/open_in_new:")
        else:
            st.caption("No URL known for this document.")
        document = extraction.document(str(mention["doc"]))
        if document is None:
            st.warning("The document's text is not available.")
            st.html(f"<blockquote>{highlight.escape_text(str(mention['passage']))}</blockquote>")
            return
        source_text(document.text, mention)


def source_text(text: str, event: pd.Series) -> None:
    located = highlight.locate_passage(
        text, str(event["passage"]), int(event["passage_start"]), int(event["passage_end"])
    )
    if located is None:
        st.warning("The passage is not in the document's text; it is shown on its own.")
        st.html(f"<blockquote>{highlight.escape_text(str(event['passage']))}</blockquote>")
        return
    if located.note:
        st.caption(located.note)
    compact = {"before": highlight.SOURCE_CONTEXT_BEFORE, "after": highlight.SOURCE_CONTEXT_AFTER}
    st.html(highlight.passage_html(text, located.start, located.end, **compact))
    with st.expander("Whole document"):
        st.html(highlight.passage_html(text, located.start, located.end, whole=True))


def documents_tab(extraction: Extraction, folder: Path, today: dt.date) -> None:
    reports = summary.reports_frame(extraction.reports)
    reports["url"] = reports["url"].astype(str).map(highlight.safe_url)
    reports["published_shown"] = [
        summary.published_cell(r.published, r.published_basis, r.published_latest) for r in extraction.reports
    ]
    edits, _ = corrections.read_document_edits(folder)
    reports["edited"] = reports["doc"].map(lambda d: document_edits.edited_fields(edits, d))
    order = ["title", "outlet", "published_shown", "published_basis", "edited", "n_events", "status", "message"]
    order += ["doc", "url"]
    st.dataframe(
        reports,
        hide_index=True,
        column_order=[c for c in order if c in reports.columns],
        column_config={
            "title": st.column_config.TextColumn("Title", width="large"),
            "outlet": "Outlet",
            "published_shown": st.column_config.TextColumn("Published"),
            "published_basis": "Date from",
            "edited": st.column_config.TextColumn("Edited by you"),
            "n_events": st.column_config.NumberColumn("Events", format="%d"),
            "status": "Status",
            "message": st.column_config.TextColumn("Why / note", width="large"),
            "doc": "File",
            "url": st.column_config.LinkColumn("Original"),
        },
    )
    warnings(extraction.problems, "problems in sources.csv or the corrections")
    left, right = st.columns(2, gap="large")
    with left:
        correction_form(extraction.reports, folder, today, load_corpus.clear)
    with right:
        upload_form(folder)
    details_form(extraction.reports, folder, edits, load_corpus.clear)


def details_form(
    reports: Sequence[DocumentReport], folder: Path, edits: Mapping[str, Mapping[str, str]], clear: Callable[[], None]
) -> None:
    """Title, outlet and URL of a document (uploads too), saved in the user data folder like a date correction;
    `reports` are the documents offered, as the page shows them (edits applied)."""
    st.subheader("Edit a document's title, outlet or URL")
    docs = {r.doc: r for r in reports}
    if not docs:
        st.caption("No documents yet.")
        return
    doc = st.selectbox("Document", list(docs), key="meta_doc", format_func=lambda d: f"{docs[d].title or d} ({d})")
    report = docs[doc]
    with st.form(f"meta_{doc}", border=False):
        title = st.text_input("Title", value=report.title, max_chars=300, key=f"meta_title_{doc}")
        outlet = st.text_input("Outlet", value=report.outlet, max_chars=120, key=f"meta_outlet_{doc}")
        link = st.text_input("URL", value=report.url, max_chars=2000, key=f"meta_url_{doc}", placeholder="https://…")
        save, undo = st.columns(2)
        saved = save.form_submit_button("Save details")
        undone = undo.form_submit_button("Remove my edits", disabled=doc not in edits)
    if not (saved or undone):
        return
    if saved and link.strip() and not highlight.safe_url(link.strip()):
        st.error("The URL must start with http:// or https://.")
        return
    wanted = {"title": title, "outlet": outlet, "url": link.strip()}
    current = {"title": report.title, "outlet": report.outlet, "url": report.url}
    changes = {k: None for k in edits.get(doc, {})} if undone else {k: v for k, v in wanted.items() if v != current[k]}
    try:
        for name, value in changes.items():
            corrections.set_document_field(folder, doc, name, value, who=_analyst(), when=dt.datetime.now(dt.UTC))
    except corrections.CorrectionsError as exc:
        st.error(f"Not saved: {highlight.escape_markdown(str(exc))}")
        return
    clear()
    for name in ("title", "outlet", "url"):
        st.session_state.pop(f"meta_{name}_{doc}", None)
    what = "back to the publisher's" if undone else (", ".join(changes) + " saved") if changes else "unchanged"
    st.session_state[K_MESSAGES] = [f"Details of {doc}: {what}."]
    st.rerun()


def correction_form(
    reports: Sequence[DocumentReport],
    folder: Path,
    today: dt.date,
    clear: Callable[[], None],
    effect: str = "events recomputed",
) -> None:
    st.subheader("Set a publication date")
    # Documents whose date is unknown or only estimated first: they are the ones that need one.
    uncertain = ("unknown", "estimated")
    docs = {r.doc: r for r in sorted(reports, key=lambda r: (r.published_basis not in uncertain, r.doc))}
    if not docs:
        st.caption("No documents yet.")
        return
    with st.form("published"):
        doc = st.selectbox(
            "Document",
            list(docs),
            key="pub_doc",
            format_func=lambda d: f"{docs[d].title or d} ({docs[d].published or 'no date'}, {docs[d].published_basis})",
        )
        date = st.date_input("Published on", value=None, min_value=state.DATE_MIN, max_value=today, key="pub_date")
        unknown = st.checkbox("Remove my correction (back to the publisher's date)", key="pub_unknown")
        if not st.form_submit_button("Save"):
            return
    if date is None and not unknown:
        st.error("Choose a date, or tick 'Remove my correction'.")
        return
    try:
        corrections.set_published(folder, doc, None if unknown else date, who=_analyst(), when=dt.datetime.now(dt.UTC))
    except corrections.CorrectionsError as exc:
        st.error(f"Not saved: {highlight.escape_markdown(str(exc))}")
        return
    clear()
    saved = "the publisher's again (correction removed)" if unknown else date.isoformat()
    st.session_state[K_MESSAGES] = [f"Publication date of {doc} set to {saved}; {effect}."]
    st.rerun()


def _analyst() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def upload_form(folder: Path) -> None:
    st.subheader("Add documents")
    counter = st.session_state.setdefault("upload_round", 0)
    files = st.file_uploader(
        f"Text, Markdown or HTML, up to {uploads.MAX_UPLOAD_BYTES // (1024 * 1024)} MB each",
        type=[s.lstrip(".") for s in uploads.ALLOWED_SUFFIXES],
        accept_multiple_files=True,
        key=f"upload_{counter}",
        max_upload_size=uploads.MAX_UPLOAD_BYTES // (1024 * 1024),
    )
    if not files or not st.button("Add to the corpus", type="primary"):
        return
    # Beside the corpus, in the user data folder: the corpus folder (by default the repository's seeds/)
    # is never written.
    target = corrections.uploads_root(folder) / "uploads"
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        st.error(f"Not saved: {highlight.escape_markdown(f'{target}: {exc.strerror or exc}')}")
        return
    results = uploads.save_uploads(target, ((f.name, f.getvalue()) for f in files))
    for result in results:
        if not result.ok:
            st.error(highlight.escape_markdown(result.message))
    if any(r.ok for r in results):
        load_corpus.clear()
        st.session_state[K_MESSAGES] = [r.message for r in results if r.ok]
        # A new uploader key empties it, so the same files are not offered again.
        st.session_state["upload_round"] = counter + 1
        st.rerun()


def main() -> None:
    st.set_page_config(page_title="Timeline briefing", page_icon=":material/timeline:", layout="wide")
    if any(a == "--store" or a.startswith("--store=") for a in sys.argv[1:]):
        store_page(sys.argv[1:])
        return
    # Shown at once, replaced when the chart is drawn: reading a corpus takes seconds.
    skeleton = st.empty()
    skeleton.info(
        "Preparing the timeline: reading the documents and drawing the chart…", icon=":material/hourglass_top:"
    )
    opts = options(sys.argv[1:])
    folder = opts.docs
    if not folder.is_dir():
        skeleton.empty()
        st.error(f"The documents folder {highlight.escape_markdown(str(folder))} does not exist.")
        st.stop()
    config_key = repr((opts, data_fingerprint(opts)))
    try:
        config = load_settings(opts, config_key)
    except DataFileError as exc:
        skeleton.empty()
        st.error(f"A data file could not be used: {highlight.escape_markdown(str(exc))}")
        st.stop()
    try:
        extraction = load_corpus(str(folder), corpus_fingerprint(folder), config, config_key)
    except Exception as exc:  # the page must say what broke rather than die
        log.exception("extraction failed")
        skeleton.empty()
        st.error(f"The documents could not be read: {highlight.escape_markdown(repr(exc))}")
        st.stop()
    tax = config.taxonomy
    frame = extraction.frame
    titles = {d.doc: d.title for d in extraction.documents}
    choices = state.choices_for(frame, titles, LANE_CHOICES)
    load_view_from_url(choices, frame, folder, tax)

    st.markdown(f"## Timeline — {highlight.escape_markdown(folder.name)}")
    header = st.empty()
    counts = summary.corpus_counts(len(extraction.reports), frame)
    header.markdown(f"**{highlight.escape_markdown(counts)}**")
    unreadable = sum(r.status == "error" for r in extraction.reports)
    if unreadable or extraction.problems:
        st.caption(f"{unreadable} unreadable file(s), {len(extraction.problems)} problem(s): see the Documents tab.")
    sidebar(choices, titles, frame, tax)
    view = view_from_widgets(tax, choices)
    show_notices()
    shown = masks.apply_filters(frame, view.filters)
    write_url(view)
    timeline, documents = st.tabs(list(TABS), key=K_TAB, on_change="rerun")
    with timeline:
        span = timeline_tab(extraction, shown, view, folder, tax)
    skeleton.empty()
    if span:
        header.markdown(f"**{highlight.escape_markdown(counts)}** · {highlight.escape_markdown(span)}")
    with documents:
        documents_tab(extraction, folder, dt.date.today())


def store_page(argv: Sequence[str]) -> None:
    """The dashboard on an event store (`streamlit run dashboard.py -- --store STORE`): filters, counts and
    search run as SQL in the store (timeline.view.store); more than `chart.DRAW_LIMIT` events in view are
    drawn as a density, fewer one by one; the table pages; a document's text is read only when it is opened.

    The analyst's edits (documents' details, headlines, key-event picks, date corrections) are kept in the user
    data folder of the corpus the store was extracted from (`--docs DIR`, else found from the store's documents)
    and laid over what the store says on every read (timeline.view.store.overlay); the store is never written."""
    from timeline.store import reader as store_reader
    from timeline.understanding.event_types import builtin_taxonomy
    from timeline.view import density
    from timeline.view.store import chart, layout, overlay, queries, session

    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--store", default="")
    parser.add_argument("--docs", default="")
    parsed = parser.parse_known_args(list(argv))[0]
    store, docs_given = Path(parsed.store).expanduser(), str(parsed.docs)
    # Above `export_limit` matching events the download is not offered (the CLI reads the store whole).
    page_rows, max_passages, export_limit = 100, 3, 200_000
    slots: dict[str, st.delta_generator.DeltaGenerator] = {}
    keys = {k: f"s_{k}" for k in ("from", "to", "text", "types", "actors", "outlets", "statuses", "precisions",
                                   "bases", "lane", "key", "selected", "page", "unit", "density", "chart", "table",
                                   "filtered", "url", "notices", "tab", "doc_find", "doc_page")}  # fmt: skip
    # A chronology reads the rows in view from the files: offered up to this many, built on every rerun up to
    # `eager_chronology` (small views; larger ones when clicked).
    chronology_limit, eager_chronology, docs_per_page = 5_000, 300, 500

    @st.cache_resource(show_spinner="Opening the store…", max_entries=2)
    def open_session(path: str, stamp: tuple[int, int]) -> session.StoreSession:
        del stamp  # only the cache key: a store written again (new store.json) is opened again
        return session.open_store(Path(path), side_tables=False)

    @st.cache_data(show_spinner=False, max_entries=4)
    def cached_choices(_s: session.StoreSession, path: str, stamp: tuple[int, int],
                       edits: tuple[object, ...]) -> queries.StoreChoices:  # fmt: skip
        return queries.choices(_s)

    @st.cache_data(show_spinner=False, max_entries=2)
    def cached_doc_paths(_s: session.StoreSession, path: str, stamp: tuple[int, int]) -> tuple[tuple[str, str], ...]:
        return queries.document_paths(_s)

    @st.cache_data(show_spinner="Reading the store's documents…", max_entries=2)
    def cached_reports(path: str, stamp: tuple[int, int]) -> list[DocumentReport]:
        return store_reader.read_reports(path)

    @st.cache_data(show_spinner=False, max_entries=2)
    def cached_actors(_s: session.StoreSession, path: str, stamp: tuple[int, int]) -> tuple[queries.Named, ...]:
        return queries.actor_choices(_s)

    @st.cache_data(show_spinner="Querying the store…", max_entries=32)
    def cached_chart(_s: session.StoreSession, path: str, stamp: tuple[int, int], edits: tuple[object, ...],
                     filters: state.Filters, lane: str, selected: str, key_view: bool) -> chart.StoreChart:  # fmt: skip
        return chart.store_chart(_s, filters, lane, selected=selected, key_view=key_view, key_types=key_types)

    @st.cache_data(show_spinner=False, max_entries=32)
    def cached_page(_s: session.StoreSession, path: str, stamp: tuple[int, int], edits: tuple[object, ...],
                    filters: state.Filters, key_view: bool, number: int) -> pd.DataFrame:  # fmt: skip
        condition = chart.condition_for(_s, filters, key_events=key_view, key_types=key_types)
        return queries.page(_s, condition, number, page_rows)

    @st.cache_data(show_spinner="Writing the file…", max_entries=16)
    def cached_briefing_file(_s: session.StoreSession, path: str, stamp: tuple[int, int], edits: tuple[object, ...],
                             filters: state.Filters, key_view: bool, n: int, scope: str, lane: str,
                             label: str) -> bytes:  # fmt: skip
        """A chronology (by its button's label), with the view's chart as its image, or the briefing CSV of the
        `n` rows in view."""
        condition = chart.condition_for(_s, filters, key_events=key_view, key_types=key_types)
        rows = queries.rows(_s, condition, n)
        if label == "Briefing CSV":
            return briefing_csv.briefing_csv(rows)
        build = next(b for name, b, *_ in CHRONOLOGIES if name == label)
        # The chart as the page shows it (events, or counts per bin), without the analyst's selection.
        shown = cached_chart(_s, path, stamp, edits, filters, lane, "", key_view)
        fig = None if shown.kind == "empty" else shown.figure
        return build(rows, Briefing(Path(path).name, info.n_documents, scope, fig))

    def stamp_of(path: Path) -> tuple[int, int]:
        # A run that writes the store changes its manifest (WAL) or swaps its events folder: the store is opened
        # again, rather than read through files that may be gone.
        stamps = [(0, 0)]
        for part in (layout.STORE_FILE, "manifest.sqlite", "manifest.sqlite-wal", "events"):
            try:
                info = (path / part).stat()
            except OSError:
                continue
            stamps.append((info.st_size, info.st_mtime_ns))
        return (sum(size for size, _ in stamps), max(mtime for _, mtime in stamps))

    def on_density_select() -> None:
        window = density.window_of_selection(st.session_state.get(keys["density"]), st.session_state[keys["unit"]])
        if window is not None:
            st.session_state[keys["from"]], st.session_state[keys["to"]] = window
            st.session_state[keys["page"]] = 1

    def on_chart_select_store() -> None:
        mention = figure.mention_from_selection(st.session_state.get(keys["chart"]))
        if mention:
            st.session_state[keys["selected"]] = mention

    def on_table_select_store(mention_ids: list[str]) -> None:
        rows = ((st.session_state.get(keys["table"]) or {}).get("selection") or {}).get("rows") or []
        if rows and 0 <= rows[0] < len(mention_ids):
            st.session_state[keys["selected"]] = mention_ids[rows[0]]

    def zoom_out() -> None:
        st.session_state[keys["from"]] = st.session_state[keys["to"]] = None

    def reset_store_view() -> None:
        for name in ("from", "to"):
            st.session_state[keys[name]] = None
        for name in ("types", "actors", "outlets"):
            st.session_state[keys[name]] = []
        st.session_state[keys["text"]], st.session_state[keys["selected"]] = "", ""
        st.session_state[keys["statuses"]] = list(state.STATUSES)
        st.session_state[keys["precisions"]] = list(PRECISION_CHOICES)
        st.session_state[keys["bases"]] = list(state.DATE_BASES)
        st.session_state[keys["key"]], st.session_state[keys["page"]] = False, 1

    def view_from_url(info: queries.StoreChoices) -> None:
        """On a session's first run, the widgets from the URL (a shared link); later the widgets lead."""
        if st.session_state.get(keys["url"]):
            return
        st.session_state[keys["url"]] = True
        params = {k: st.query_params.get_all(k) for k in st.query_params}
        if not params:
            return
        actors = tuple(a.name for a in cached_actors(opened, str(path), stamp)) if "actor" in params else ()
        choices = state.Choices((), tuple(o.name for o in info.outlets), chart.STORE_LANES, actors,
                                tuple(t.name for t in info.types))  # fmt: skip
        view, notices = url.parse_query(params, choices)
        st.session_state[keys["notices"]] = notices
        f = view.filters
        widgets = {"from": f.start, "to": f.end, "text": f.text, "types": list(f.types), "actors": list(f.actors),
                   "outlets": list(f.outlets), "statuses": state.ticked(f.statuses, state.STATUSES),
                   "precisions": state.ticked(f.precisions, PRECISION_CHOICES),
                   "bases": state.ticked(f.bases, state.DATE_BASES), "key": view.key_events,
                   "lane": view.lane if "lane" in params else chart.STORE_LANES[0],
                   "selected": view.selected}  # fmt: skip
        for name, value in widgets.items():
            st.session_state[keys[name]] = value

    def write_store_url(view: state.View) -> None:
        wanted = url.to_query(view)
        # The store page's default lanes are by event type: lanes by document are named too.
        wanted[url.P_LANE] = view.lane
        current = {k: st.query_params.get_all(k) for k in st.query_params}
        if current != {k: v if isinstance(v, list) else [v] for k, v in wanted.items()}:
            st.query_params.from_dict(wanted)

    def counted_multiselect(name: str, label: str, counted: Sequence[queries.Named]) -> None:
        options = tuple(c.name for c in counted)
        numbers = {c.name: c.events for c in counted}
        keep_known(keys[name], options)
        slots[name].multiselect(label, options, key=keys[name], placeholder=f"All {label.lower()}",
                                format_func=lambda v: f"{v} ({numbers.get(v, 0):,})")  # fmt: skip

    def listing(n: int, view: state.View) -> None:
        if n == 0:
            return
        table_col, detail_col = st.columns([3, 2], gap="medium")
        with table_col:
            pages = max(1, -(-n // page_rows))
            st.session_state[keys["page"]] = min(max(1, int(get(keys["page"]) or 1)), pages)
            number = st.number_input(f"Page (of {pages:,}, {page_rows} events each, by date)", min_value=1,
                                     max_value=pages, step=1, key=keys["page"])  # fmt: skip
            rows = cached_page(opened, str(path), stamp, edits, view.filters, view.key_events, int(number) - 1)
            shown_rows = tables.table_frame(rows)
            if n <= export_limit:
                condition = chart.condition_for(opened, view.filters, key_events=view.key_events, key_types=key_types)
                row = st.container(horizontal=True)
                for label, kind, suffix, stem, mime, help_text in DOWNLOADS[:3]:
                    matching = partial(lambda c, k: EXPORTERS[k](queries.rows(opened, c, n)), condition, kind)
                    # The CSV as before; the JSON and one row per event built on every rerun only for small views.
                    eager = n <= (EAGER_EXPORT_ROWS if kind == "csv" else eager_chronology)
                    row.download_button(
                        f"{label} ({n:,} events)" if kind == "csv" else label,
                        matching() if eager else matching,
                        file_name=export.export_file_name(rows, suffix, view.filters.start, view.filters.end,
                                                          stem=stem),
                        mime=mime, on_click="ignore", icon=":material/download:", help=help_text,
                    )  # fmt: skip
            else:
                st.caption(f"Narrow the filters to {export_limit:,} events or fewer to download them.")
            chronology_downloads(n, view, rows)
            st.dataframe(
                shown_rows, key=keys["table"], hide_index=True, height=420, selection_mode="single-row",
                on_select=partial(on_table_select_store, shown_rows["mention_id"].tolist()),
                column_order=[c for c in shown_rows.columns if c not in ("mention_id", "doc")],
                column_config={"date": st.column_config.DateColumn("Date", format="YYYY-MM-DD"),
                               "date_end": st.column_config.DateColumn("Last day", format="YYYY-MM-DD"),
                               "title": st.column_config.TextColumn("Event", width="large"),
                               "precision": "Precision", "date_text": "As written", "status": "Status",
                               "date_basis": "Date from", "outlet": "Outlet", "doc_title": "Document",
                               "actors": "Actors", "event_type": "Type",
                               "n_sources": st.column_config.NumberColumn("Sources", format="%d")},
            )  # fmt: skip
        with detail_col:
            found = queries.event_rows(opened, view.selected) if view.selected else pd.DataFrame({"mention_id": []})
            mentions = highlight.event_mentions(found, view.selected)
            if mentions.empty:
                st.info("Click an event in the chart, or select a row in the table, to read its sources.",
                        icon=":material/touch_app:")  # fmt: skip
                return
            with st.container(border=True):
                st.markdown(f"##### {highlight.escape_markdown(str(mentions.iloc[0]['title']))}")
                st.markdown(highlight.event_summary_markdown(mentions, tax.labels))
                store_pick_buttons(mentions)
                headline_form(mentions.iloc[0], corpus, lambda: None)
                listed = mentions.iloc[:max_passages]
                if len(mentions) > len(listed):
                    st.caption(f"The first {len(listed)} of {len(mentions)} passages are shown.")
                for index, (_, mention) in enumerate(listed.iterrows(), start=1):
                    st.markdown(highlight.source_heading(mention.to_dict(), index, len(listed), clicked=index == 1))
                    for line in highlight.source_markdown(mention.to_dict()):
                        st.markdown(line)
                    link = highlight.safe_url(str(mention["url"]))
                    if link:
                        st.link_button("Open the original article", link, icon=":material/open_in_new:")
                    try:
                        text = store_reader.document_text(path, str(mention["doc"]))
                    except TimelineError as exc:
                        st.warning(highlight.escape_markdown(f"The document's text could not be read: {exc}"))
                        text = None
                    if text is None:
                        st.warning("The document's text is not in the store.")
                        st.html(f"<blockquote>{highlight.escape_text(str(mention['passage']))}</blockquote>")
                    else:
                        source_text(text, mention)

    def store_key_rule(view: state.View) -> str:
        rule = key_rule(view, tax)
        picked = dict(Counter(ov.picks[e][1] for e in ov.picks)) if ov else {}
        if picked.get("pin"):
            rule += f", or pinned ({picked['pin']})"
        if picked.get("drop"):
            rule += f"; {picked['drop']} removed by hand"
        return rule

    def chronology_downloads(n: int, view: state.View, page_rows_shown: pd.DataFrame) -> None:
        """The chronologies (HTML, Word, Markdown) and the briefing CSV of the rows in view, read from the files
        (up to `chronology_limit`; the HTML and Word ones with the chart's image)."""
        if n > chronology_limit:
            st.caption(f"Chronology and briefing CSV: narrow the view to {chronology_limit:,} events or fewer "
                       "(for instance 'Key events only' and a date range) to download them.")  # fmt: skip
            return
        scope = chronology.scope_line(view.filters, n_documents=info.n_documents, key_events=view.key_events,
                                      key_rule=store_key_rule(view))  # fmt: skip
        files = [(label, suffix, stem, mime, help_text, ":material/article:")
                 for label, _, suffix, stem, mime, help_text in CHRONOLOGIES]  # fmt: skip
        files.append(("Briefing CSV", "csv", "briefing", "text/csv", DOWNLOADS[3][5], ":material/download:"))
        row = st.container(horizontal=True)
        for label, suffix, stem, mime, help_text, icon in files:
            build = partial(cached_briefing_file, opened, str(path), stamp, edits, view.filters, view.key_events, n,
                            scope, view.lane, label)  # fmt: skip
            row.download_button(
                # The chart image takes seconds: the HTML and Word chronologies are always built when clicked.
                label, build() if n <= eager_chronology and suffix in ("md", "csv") else build,
                file_name=export.export_file_name(page_rows_shown, suffix, view.filters.start, view.filters.end,
                                                  stem=stem),
                mime=mime, on_click="ignore", icon=icon, help=help_text,
            )  # fmt: skip

    def store_pick_buttons(mentions: pd.DataFrame) -> None:
        event_id = str(mentions["event_id"].iloc[0]) or str(mentions["mention_id"].iloc[0])
        by_rule = bool(key_events.key_mask(mentions, key_types).any())
        pick_row(mentions, event_id, overlay.pick_of(opened, event_id), by_rule, on_store_pick, f"s_pick_{event_id}")

    def on_store_pick(event_id: str, mention_ids: tuple[str, ...], choice: str) -> None:
        try:
            corrections.set_pick(corpus, event_id, mention_ids, choice, who=_analyst(), when=dt.datetime.now(dt.UTC))
        except corrections.CorrectionsError as exc:
            st.session_state[K_MESSAGES] = [f"Not saved: {exc}"]
            return
        done = {"pin": "pinned as a key event", "drop": "removed from the key events"}.get(choice, "back to the rule")
        st.session_state[K_MESSAGES] = [f"The selected event is {done}."]

    def documents_tab_of_store(today: dt.date) -> None:
        """The store's documents (from its manifest), a page at a time, with the analyst's edits; the forms that
        edit a document's details or set its publication date, for the documents of the page."""
        assert ov is not None
        try:
            reports = cached_reports(str(path), stamp)
        except TimelineError as exc:
            st.error(f"The store's list of documents could not be read: {highlight.escape_markdown(str(exc))}")
            return
        _, shown_reports = document_edits.apply_edits(pd.DataFrame(), reports, ov.documents)
        find = st.text_input("Find documents (title, outlet or file name)", key=keys["doc_find"], max_chars=200)
        wanted = find.strip().lower()
        if wanted:
            shown_reports = tuple(r for r in shown_reports
                                  if wanted in f"{r.title}\n{r.outlet}\n{r.doc}".lower())  # fmt: skip
        pages = max(1, -(-len(shown_reports) // docs_per_page))
        number = 1
        if pages > 1:
            st.session_state[keys["doc_page"]] = min(max(1, int(get(keys["doc_page"]) or 1)), pages)
            number = int(st.number_input(f"Page (of {pages:,}, {docs_per_page} documents each)", min_value=1,
                                         max_value=pages, step=1, key=keys["doc_page"]))  # fmt: skip
        listed = shown_reports[(number - 1) * docs_per_page : number * docs_per_page]
        on_page = f" (page {number:,})" if pages > 1 else ""
        st.caption(f"{len(shown_reports):,} of {len(reports):,} documents{on_page}"
                   f". Your edits are kept in {highlight.escape_markdown(str(corrections.corpus_data_dir(corpus)))} "
                   f"(for {highlight.escape_markdown(str(corpus))}), never in the store.")  # fmt: skip
        frame = summary.reports_frame(listed)
        frame["url"] = frame["url"].astype(str).map(highlight.safe_url)
        frame["published_shown"] = [summary.published_cell(r.published, r.published_basis, r.published_latest)
                                    for r in listed]  # fmt: skip
        frame["yours"] = [ov.published[r.doc].isoformat() if r.doc in ov.published else "" for r in listed]
        frame["edited"] = frame["doc"].map(lambda d: document_edits.edited_fields(ov.documents, d))
        order = ["title", "outlet", "published_shown", "published_basis", "yours", "edited", "n_events", "status",
                 "message", "doc", "url"]  # fmt: skip
        st.dataframe(frame, key="s_documents", hide_index=True, column_order=order, column_config={
            "title": st.column_config.TextColumn("Title", width="large"), "outlet": "Outlet",
            "published_shown": st.column_config.TextColumn("Published"), "published_basis": "Date from",
            "yours": st.column_config.TextColumn("Your date", help="Your publication date: the events' dates follow "
                                                 "it when the store is extracted again with --with-corrections."),
            "edited": st.column_config.TextColumn("Edited by you"),
            "n_events": st.column_config.NumberColumn("Events", format="%d"), "status": "Status",
            "message": st.column_config.TextColumn("Why / note", width="large"), "doc": "File",
            "url": st.column_config.LinkColumn("Original"),
        })  # fmt: skip
        warnings(list(ov.problems), "problems in your corrections")
        left, right = st.columns(2, gap="large")
        with right:
            effect = "the store's events follow it once extracted again with --with-corrections"
            correction_form(listed, corpus, today, lambda: None, effect=effect)
        with left:
            details_form(listed, corpus, ov.documents, lambda: None)
        st.caption(f"Dates of events are read relative to their document's publication date: after correcting one, "
                   f"run `python -m timeline extract {corpus} --store {path} --with-corrections`. To add documents, "
                   "put them in the corpus folder and run the same command.")  # fmt: skip

    try:
        path = layout.check_store(store)
        stamp = stamp_of(path)
        opened = open_session(str(path), stamp)
    except layout.StoreOpenError as exc:
        st.error(highlight.escape_markdown(str(exc)))
        st.stop()
    # The analyst's edits: read again whenever a log changed (in this session or another), laid over the tables.
    corpus = overlay.corpus_folder(path, docs_given, cached_doc_paths(opened, str(path), stamp))
    edits = overlay.refresh(opened, corpus)
    ov = overlay.current(opened)
    tax = builtin_taxonomy()
    key_types = tuple(tax.key_types)
    info = cached_choices(opened, str(path), stamp, edits)
    view_from_url(info)
    get = st.session_state.get
    view, problem = state.view_from_controls(
        start=get(keys["from"]), end=get(keys["to"]), text=get(keys["text"]) or "", docs=(),
        outlets=get(keys["outlets"]) or (),
        precisions=state.restriction(get(keys["precisions"]) or (), PRECISION_CHOICES),
        bases=state.restriction(get(keys["bases"]) or (), state.DATE_BASES),
        statuses=state.restriction(get(keys["statuses"]) or (), state.STATUSES),
        lane=get(keys["lane"]) or chart.STORE_LANES[0], selected=get(keys["selected"]) or "",
        actors=get(keys["actors"]) or (), types=get(keys["types"]) or (), key_events=bool(get(keys["key"])),
    )  # fmt: skip
    first = info.first.isoformat() if info.first else "no dated events"
    last = info.last.isoformat() if info.last else ""
    st.markdown(f"## Timeline — store {highlight.escape_markdown(path.name)}")
    st.markdown(
        f"**{info.n_documents:,} documents · {info.n_rows:,} events (passages) · {info.n_events:,} distinct events "
        f"· {first} – {last}**"
    )
    if problem:
        st.warning(problem)
    warnings(st.session_state.get(keys["notices"]) or [], "notices about the page's address")
    write_store_url(view)
    if st.session_state.get(keys["filtered"]) != (view.filters, view.key_events):
        # Other filters, other rows: the table starts again at its first page.
        st.session_state[keys["filtered"]] = (view.filters, view.key_events)
        st.session_state[keys["page"]] = 1

    def chart_part() -> int:
        """The chart of the view and its caption; returns how many events match."""
        shown = cached_chart(opened, str(path), stamp, edits, view.filters, view.lane, view.selected, view.key_events)
        n = shown.counts.rows
        if shown.kind == "empty":
            why = (f"{n:,} events match, none of them dated, so there is nothing to draw; they are listed below."
                   if n else "No events match these filters. Change or reset the filters (sidebar).")  # fmt: skip
            st.info(why, icon=":material/search_off:")
        elif shown.kind == "density":
            st.session_state[keys["unit"]] = shown.unit
            outside = f" {shown.outside:,} dated events lie outside these dates." if shown.outside else ""
            st.caption(
                f"{n:,} of {info.n_rows:,} events match: more than {chart.DRAW_LIMIT:,}, so the chart shows how many "
                f"per {shown.unit} and lane. Click a cell to narrow the dates to it (or pick a range with the "
                f"toolbar's box select); at {chart.DRAW_LIMIT:,} or fewer the events themselves are drawn.{outside}"
            )
            st.plotly_chart(shown.figure, key=keys["density"], on_select=on_density_select,
                            selection_mode=("points", "box"), config={"displaylogo": False})  # fmt: skip
        else:
            drawn = (f"the {n - shown.earlier:,} that begin in these dates are drawn; {shown.earlier:,} longer periods "
                     "that began before are in the table only" if shown.earlier
                     else f"{shown.counts.dated:,} dated, drawn below")  # fmt: skip
            st.caption(f"{n:,} of {info.n_rows:,} events match ({drawn}).")
            st.plotly_chart(shown.figure, key=keys["chart"], on_select=on_chart_select_store, selection_mode="points",
                            config={"displaylogo": False})  # fmt: skip
        if view.filters.start or view.filters.end:
            st.button("Zoom out (all dates)", on_click=zoom_out, icon=":material/zoom_out:")
        return n

    for message in st.session_state.pop(K_MESSAGES, []):
        st.success(highlight.escape_markdown(message))
    timeline_part, documents_part = st.tabs(list(TABS), key=keys["tab"], on_change="rerun")
    # Only the open tab is computed: the documents' list is not read while the timeline is shown, and back.
    n = 0
    if timeline_part.open is not False:
        with timeline_part:
            n = chart_part()
    # The chart is on its way to the browser: now the actors (sidebar) and search tables are built.
    session.start_side_tables(opened)

    with st.sidebar:
        st.header("Filters")
        left, right = st.columns(2)
        left.date_input("From", key=keys["from"], value=None, min_value=state.DATE_MIN, max_value=state.DATE_MAX)
        right.date_input("To", key=keys["to"], value=None, min_value=state.DATE_MIN, max_value=state.DATE_MAX)
        st.text_input("Search titles and passages", key=keys["text"], max_chars=state.MAX_QUERY_CHARS)
        # The actors' list is filled last: it waits for the actors table, the table and sources need not.
        slots.update(types=st.empty(), actors=st.empty(), outlets=st.empty())
        counted_multiselect("types", "Event types", info.types)
        counted_multiselect("outlets", "Outlets", info.outlets)
        for name, label, vocabulary in (("precisions", "Precision", PRECISION_CHOICES),
                                        ("statuses", "Status", state.STATUSES),
                                        ("bases", "Date basis", state.DATE_BASES)):  # fmt: skip
            st.session_state.setdefault(keys[name], list(vocabulary))
            st.pills(label, vocabulary, selection_mode="multi", key=keys[name])
        st.caption("Untick a chip to hide those events; none ticked shows all.")
        st.header("View")
        st.selectbox("Lanes", chart.STORE_LANES, key=keys["lane"], format_func=lambda c: figure.LANES.get(c, c))
        st.toggle("Key events only", key=keys["key"],
                  help=f"Events reported by {key_events.KEY_MIN_SOURCES} documents or more, of the key types "
                  f"({', '.join(tax.label(t) for t in key_types)}), or pinned by you (select an event, then "
                  "'Pin as key event'); never those you removed.")  # fmt: skip
        st.button("Reset view", on_click=reset_store_view)

    if timeline_part.open is not False:
        with timeline_part:
            listing(n, view)
    if documents_part.open:
        with documents_part:
            documents_tab_of_store(dt.date.today())
    counted_multiselect("actors", "Actors", cached_actors(opened, str(path), stamp))


main()
