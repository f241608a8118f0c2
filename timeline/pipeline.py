"""The pipeline, composed in one place: files or texts -> documents -> dated events -> frame.

This is the only entry point the CLI and the dashboard use.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import logging
import multiprocessing
import os
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, TypeVar

import pyarrow

from timeline.config import Config, builtin_config
from timeline.core import errors
from timeline.core.frame import SCHEMA, frame_from_tables, row_of, table_from_rows
from timeline.core.models import Document, DocumentReport, Event, TimeMention
from timeline.reading import documents as D
from timeline.reading import files as F
from timeline.reading.sources import SOURCES_NAME, Sources, SourcesError, read_sources
from timeline.store.fingerprint import metadata_key
from timeline.store.spill import Spill, SpilledPiece, load_tail, spill_piece
from timeline.store.writer import Extracted, Plan, StoreWriter
from timeline.temporal.estimate import (
    Estimate,
    capped,
    dateline_placement,
    estimate_publication,
    fits,
    names_weekday_of,
)
from timeline.temporal.resolve import WEEKDAY_CONFLICT
from timeline.temporal.rules import with_date_order
from timeline.temporal.tagger import Found, Reference, find_dates, tag
from timeline.text.automaton import SharedPass
from timeline.text.fold import fold
from timeline.text.segment import sentence_spans
from timeline.understanding.actors import actors_within, find_actors, format_actors, shared_pass, unique_actors
from timeline.understanding.bodies import with_registered_bodies
from timeline.understanding.carried_subjects import (
    CLAUSE,
    FRAGMENT,
    aside_antecedent,
    carried_subjects,
    object_antecedent,
    opening_participle_subject,
    passage_is_clause,
    passage_is_fragment,
    pronoun_use,
    quoted_speaker,
    relative_antecedent,
    sentence_speakers,
)
from timeline.understanding.event_types import classify
from timeline.understanding.headlines import title_and_headline
from timeline.understanding.institutions import with_bare_institutions
from timeline.understanding.ner import dated_sentences, recognised, with_entities
from timeline.understanding.participants import parties_taking_part, taking_part
from timeline.understanding.party_anaphora import (
    Around,
    anaphor_kinds,
    aside_date,
    both_sides,
    by_agent,
    noun_modifier_year,
    participants_after,
    parties_before,
    parties_of,
    reference_after,
    signing_passages,
)
from timeline.understanding.passages import document_events, inside_any, reference_for
from timeline.understanding.readings import passage_reader
from timeline.understanding.role_holders import (
    Holder,
    described_holders,
    description_spots,
    descriptions,
    has_spot,
    registry,
)
from timeline.understanding.roles import actor_roles, event_pivot, format_roles, with_subjects
from timeline.understanding.titles import caption_headlines, is_photo_caption

if TYPE_CHECKING:
    import pandas as pd

# pandas and grouping are imported where a frame is made (`_collect`, `with_headlines`), or before the
# workers are forked (`extract_spilled`), not with this module.

log = logging.getLogger(__name__)

# What one document may take before it is given up as that document's problem (the others go on).
# Checked between stages: a stage itself is linear in the document's length (see text.segment).
DOCUMENT_SECONDS = 120.0


@dataclass(frozen=True, slots=True)
class Extraction:
    frame: pd.DataFrame
    documents: tuple[Document, ...]
    reports: tuple[DocumentReport, ...]
    # Corpus-level messages, e.g. problems in sources.csv.
    problems: tuple[str, ...] = ()

    def document(self, doc: str) -> Document | None:
        return next((d for d in self.documents if d.doc == doc), None)


def find_sources(paths: Sequence[str | os.PathLike[str]]) -> Path | None:
    """The sources.csv beside the documents: in the first folder given, or beside the first file."""
    for raw in paths:
        p = Path(raw)
        candidate = (p if p.is_dir() else p.parent) / SOURCES_NAME
        if candidate.is_file():
            return candidate
    return None


def extract(
    paths: Sequence[str | os.PathLike[str]],
    config: Config | None = None,
    *,
    sources: str | os.PathLike[str] | None = None,
    published_overrides: Mapping[str, dt.date] | None = None,
    headline_overrides: Mapping[tuple[str, str], str] | None = None,
    keep_texts: bool = True,
) -> Extraction:
    """Events of every document under `paths` (files or folders, recursive).

    `config` (by default `builtin_config()`, the built-in data read once a process) gives the gazetteer, taxonomy,
    debris patterns, size limit and workers.  `sources` names a sources.csv to use instead of the one
    beside the documents; `published_overrides` gives analysts' publication dates by document name,
    `headline_overrides` analysts' headlines by (document name, mention_id).  With `keep_texts` False
    the documents come back without their text (empty), for a caller that only counts or names them:
    the texts then never travel back from the worker processes nor stay in memory.
    """
    prepared = prepare(paths, config, sources=sources, published_overrides=published_overrides, keep_texts=keep_texts)
    results = _run_batches(prepared.job, prepared.items)
    return with_headlines(_collect(results, list(prepared.problems)), headline_overrides or {})


@dataclass(frozen=True, slots=True)
class Prepared:
    """A run before any document is read: its input files, what each is processed with, corpus problems."""

    items: tuple[F.InputFile, ...]
    job: _Job
    problems: tuple[str, ...]


def prepare(
    paths: Sequence[str | os.PathLike[str]],
    config: Config | None = None,
    *,
    sources: str | os.PathLike[str] | None = None,
    published_overrides: Mapping[str, dt.date] | None = None,
    keep_texts: bool = True,
) -> Prepared:
    """The input files under `paths` and the sources table, read; the arguments are `extract`'s."""
    config = config or builtin_config()
    problems: list[str] = []
    source_table = _load_sources(sources, paths, problems)
    items = F.collect(paths)
    if source_table:
        known = {item.doc for item in items} | {Path(item.doc).name for item in items}
        for name in source_table.rows:
            if name not in known:
                problems.append(f"{source_table.path}: row for {name!r}, but no such document was given")
    job = _Job(config, source_table, dict(published_overrides or {}), keep_texts)
    return Prepared(tuple(items), job, tuple(problems))


def extract_batches(prepared: Prepared, items: Sequence[F.InputFile] | None = None) -> Iterator[Extracted]:
    """Each batch of `items` (default: all of the run's) extracted, as it is done, in input order: its
    reports, readable documents and ungrouped rows.  What a caller does not keep is freed batch by batch."""
    for done, piece in _run_batches(prepared.job, prepared.items if items is None else items):
        reports = tuple(report for report, _ in done)
        yield Extracted(reports, tuple(document for _, document in done if document is not None), piece)


def extract_lean(
    prepared: Prepared,
    *,
    headline_overrides: Mapping[tuple[str, str], str] | None = None,
    on_batch: Callable[[Extracted], None] | None = None,
) -> Extraction:
    """`extract` for a caller that needs the events and reports but not the texts (the command line):
    `documents` is empty, each batch's texts are dropped as it comes, after `on_batch` has seen it."""

    def lean() -> Iterator[_Batch]:
        for batch in extract_batches(prepared):
            if on_batch is not None:
                on_batch(batch)
            yield [(report, None) for report in batch.reports], batch.rows

    return with_headlines(_collect(lean(), list(prepared.problems)), headline_overrides or {})


class SpilledRun:
    """A run whose rows wait on disk, grouped (`extract_spilled`): its reports, and its CSV to write."""

    def __init__(self, reports: Sequence[DocumentReport], problems: Sequence[str], spill: Spill, pool: _Pool,
                 finish: Callable[[pd.DataFrame], pd.DataFrame] | None) -> None:  # fmt: skip
        self.reports = tuple(reports)
        self.problems = tuple(problems)
        self._spill = spill
        self._pool = pool
        self._finish = finish

    def write_csv(self, out: TextIO, *, guard: bool = True) -> int:
        """The run's events as CSV, byte for byte `write_csv(guard_formulas(records_for_export(frame)))` of
        `extract`'s frame (without `guard`: no formula guard); returns the number of rows."""
        return self._spill.write_csv(out, self._pool.map, finish=self._finish, guard=guard)


@contextmanager
def extract_spilled(
    prepared: Prepared,
    *,
    headline_overrides: Mapping[tuple[str, str], str] | None = None,
    on_batch: Callable[[Extracted], None] | None = None,
    rows_per_range: int = 20_000,
) -> Iterator[SpilledRun]:
    """`extract_lean` for a CSV of any size (the command line): each batch's rows go to disk as they come,
    each event type is grouped on its own, and the CSV is written a date range at a time, so the run's
    rows are never all in memory.  The worker processes of the extraction group the types and format the
    ranges too.  The temporary files are deleted on leaving the `with` block."""
    headlines = dict(headline_overrides or {})
    finish = functools.partial(_headlined, headlines=headlines) if headlines else None
    items = prepared.items
    reports: list[DocumentReport] = []
    with (
        tempfile.TemporaryDirectory(prefix="timeline-run-") as folder,
        _Pool(prepared.job, _workers(prepared.job.config.workers, len(items))) as pool,
    ):
        spill = Spill(Path(folder), rows_per_range)
        tasks = [(items[i : i + BATCH], Path(folder), i // BATCH) for i in range(0, len(items), BATCH)]
        # The rows are written where they were extracted: only reports and counts come to this process.
        extracted = pool.run(_spill_batch, functools.partial(_spill_with, prepared.job), tasks)
        no_rows = SCHEMA.empty_table()
        for reports_of_batch, piece in extracted:
            if on_batch is not None:
                on_batch(Extracted(reports_of_batch, (), no_rows))
            reports.extend(reports_of_batch)
            spill.record(piece)
        spill.group(pool.map)
        yield SpilledRun(reports, prepared.problems, spill, pool, finish)


_SpillTask = tuple[Sequence[F.InputFile], Path, int]


def _spill_with(job: _Job, task: _SpillTask) -> tuple[tuple[DocumentReport, ...], SpilledPiece]:
    """One batch extracted and its rows spilled (`timeline.store.spill.spill_piece`): its reports and counts."""
    items, folder, number = task
    done, piece = job.batch(items)
    return tuple(report for report, _ in done), spill_piece(piece, folder, number)


def _spill_batch(task: _SpillTask) -> tuple[tuple[DocumentReport, ...], SpilledPiece]:
    return _spill_with(_WORKER_JOB[0], task)


@dataclass(frozen=True, slots=True)
class StoreRun:
    """What a run on an event store did (`plan`: extracted, unchanged, removed) and what the store holds."""

    plan: Plan
    regrouped: bool
    n_documents: int


def extract_to_store(
    prepared: Prepared,
    store: str | os.PathLike[str],
    fingerprint: str,
    *,
    roots: Sequence[str | os.PathLike[str]],
    headline_overrides: Mapping[tuple[str, str], str] | None = None,
    on_plan: Callable[[Plan], None] | None = None,
    on_batch: Callable[[Extracted], None] | None = None,
    batches: Callable[[Prepared, Sequence[F.InputFile]], Iterable[Extracted]] | None = None,
) -> StoreRun:
    """Bring the event store `store` up to date with the run's documents: extract the new and changed ones
    (each batch committed as it is done), drop the stored ones under `roots` that are gone, regroup.

    `fingerprint` (`timeline.store.fingerprint.config_fingerprint`) names the data files and options;
    a store made with another is extracted again from scratch.  `batches` extracts the planned items
    (default `extract_batches`: this machine's processes; another scheduler may stream them instead).
    Raises StoreError for an unusable store.
    """
    headlines = dict(headline_overrides or {})
    with StoreWriter.open(store, fingerprint) as writer:
        plan = writer.plan(prepared.items, roots, functools.partial(_metadata, prepared.job))
        if on_plan is not None:
            on_plan(plan)
        for batch in (batches or extract_batches)(prepared, plan.todo):
            writer.commit(batch)
            if on_batch is not None:
                on_batch(batch)
        finish_key = metadata_key(sorted(headlines.items()))
        regrouped = writer.finish((lambda frame: _headlined(frame, headlines)) if headlines else None, finish_key)
        return StoreRun(plan, regrouped, writer.manifest.count())


def _metadata(job: _Job, doc: str) -> str:
    """What a document's extraction reads besides its file: its sources.csv row, an analyst's date."""
    return metadata_key((job.sources.get(doc) if job.sources else None, job.overrides.get(doc)))


def _headlined(frame: pd.DataFrame, headlines: Mapping[tuple[str, str], str]) -> pd.DataFrame:
    return with_headlines(Extraction(frame, (), ()), headlines).frame


def _run_batches(job: _Job, items: Sequence[F.InputFile]) -> Iterable[_Batch]:
    batches = [items[i : i + BATCH] for i in range(0, len(items), BATCH)]
    n_workers = _workers(job.config.workers, len(items))
    return map(job.batch, batches) if n_workers == 1 else _parallel(job, batches, n_workers)


def with_headlines(extraction: Extraction, headlines: Mapping[tuple[str, str], str]) -> Extraction:
    """The analyst's headlines, by (doc, mention_id), in `headline` with `headline_basis` analyst; the
    generated one stays in `headline_generated`.  Headlines of events no longer found are ignored."""
    frame = extraction.frame
    if not headlines or frame.empty:
        return extraction
    import pandas as pd

    keys = pd.Series(list(zip(frame["doc"], frame["mention_id"], strict=True)), index=frame.index)
    edited = keys.map(headlines)
    hit = edited.notna().to_numpy()
    if not hit.any():
        return extraction
    frame = frame.copy()
    frame.loc[hit, "headline"] = edited[hit].astype(str).to_numpy()
    frame.loc[hit, "headline_basis"] = "analyst"
    return replace(extraction, frame=frame)


# Documents are read and extracted this many at a time; each batch comes back as one compact Arrow
# table, so the rows' Python objects never pile up in the parent process.
BATCH = 256
PARALLEL_FROM = 400

_Result = tuple[DocumentReport, Document | None, list[tuple[object, ...]]]
_Batch = tuple[list[tuple[DocumentReport, Document | None]], pyarrow.Table]


@dataclass(frozen=True, slots=True, eq=False)
class _Job:
    """What every document of one run is processed with."""

    config: Config
    sources: Sources | None
    overrides: Mapping[str, dt.date]
    keep_texts: bool = True

    def batch(self, items: Sequence[F.InputFile]) -> _Batch:
        done = [self.read_and_extract(item) for item in items]
        if not self.keep_texts:
            done = [(report, replace(d, text="") if d else d, rows) for report, d, rows in done]
        return _as_batch(done)

    def read_and_extract(self, item: F.InputFile) -> _Result:
        try:
            document = D.read_file(item, self.config.max_bytes, self.config.debris, self.config.temporal)
        except errors.DocumentError as exc:
            return _error_report(item.doc, str(exc))
        except Exception as exc:  # one bad input must not take the others down
            return _error_report(item.doc, _skipped(item.doc, exc))
        return self.process_isolated(document)

    def process_isolated(self, document: Document) -> _Result:
        """`process`, with any failure or an exceeded time budget turned into this document's problem."""
        try:
            return self.process(document)
        except _OverBudget as exc:
            return _error_report(document.doc, f"skipped: {exc}")
        except Exception as exc:  # one bad input must not take the others down
            return _error_report(document.doc, _skipped(document.doc, exc))

    def process(self, document: Document) -> _Result:
        started = time.monotonic()
        document = D.with_story_day(D.apply_sources(document, self.sources))
        if document.doc in self.overrides:
            document = replace(document, published=self.overrides[document.doc], published_basis="analyst")
        spans = sentence_spans(document.text)
        # One automaton pass finds the lower-case names' words for the date finder and the actors' keys.
        shared = _shared_pass(document.text, self.config)
        # An undated document's dates are found once, for the estimate of its publication and for the reading
        # against it (finding does not read the date order).
        found = None
        if document.published is None:
            found = find_dates(document.text, spans, self.config.temporal, shared)
            document = _with_estimate(document, self.config, found)
        # A document's own date order (sources.csv `date_order`) wins over the run's (--date-order).
        row = self.sources.get(document.doc) if self.sources else None
        rules = self.config.temporal
        if row is not None and row.date_order:
            rules = with_date_order(rules, row.date_order)
        if found is None:
            found = find_dates(document.text, spans, rules, shared)
        mentions = tag(document.text, reference_for(document), spans, rules, found)
        _check_budget(started, "finding dates")
        events = document_events(document, mentions, spans, debris=self.config.debris)
        rows = understood(document, events, self.config, spans, shared)
        _check_budget(started, "describing events")
        return _report(document, events), document, rows


class _OverBudget(Exception):
    pass


def _check_budget(started: float, stage: str) -> None:
    spent = time.monotonic() - started
    if spent > DOCUMENT_SECONDS:
        raise _OverBudget(f"took {spent:.0f} s ({stage}), over the {DOCUMENT_SECONDS:.0f} s budget for one document")


def _error_report(doc: str, message: str) -> _Result:
    return DocumentReport(doc, "", "", "", None, "unknown", 0, "error", message), None, []


def _skipped(doc: str, exc: Exception) -> str:
    log.debug("%s: skipped after an error", doc, exc_info=exc)
    if isinstance(exc, errors.TimelineError):
        return f"skipped: {exc}"
    return f"skipped: internal error {type(exc).__name__}: {exc}"


def _as_batch(done: Sequence[_Result]) -> _Batch:
    piece = table_from_rows([row for _, _, rows in done for row in rows])
    return [(report, document) for report, document, _ in done], piece


def _workers(requested: int | None, n_items: int) -> int:
    if requested is not None:
        return max(1, requested)
    if n_items < PARALLEL_FROM or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    # Forking a process that runs other threads (the dashboard's Streamlit server) can deadlock the
    # child on a lock some other thread held; such a process extracts in-process.
    if threading.active_count() > 1:
        return 1
    return max(1, min(os.cpu_count() or 1, 8))


# The job of the worker process this runs in: set once per worker by `_start_worker`.
_WORKER_JOB: list[_Job] = []


def _start_worker(job: _Job) -> None:
    _WORKER_JOB[:] = [job]


def _worker_batch(items: Sequence[F.InputFile]) -> _Batch:
    return _WORKER_JOB[0].batch(items)


def _parallel(job: _Job, batches: Sequence[Sequence[F.InputFile]], workers: int) -> Iterator[_Batch]:
    with _Pool(job, workers) as pool:
        yield from pool.batches(batches)


_T = TypeVar("_T")
_R = TypeVar("_R")


class _Pool:
    """This machine's worker processes for one run: the batches first, then any other work of the run
    (grouping a type, writing a date range) on the same processes, which are forked once."""

    def __init__(self, job: _Job, workers: int) -> None:
        self.job = job
        self.workers = workers
        self._executor: ProcessPoolExecutor | None = None

    def __enter__(self) -> _Pool:
        self._start()
        return self

    def _start(self) -> None:
        if self.workers > 1:
            # Imported before forking, so that the workers inherit it: Arrow imports pandas in any process
            # that converts Python values (every worker does), and grouping and writing take it after.
            load_tail()
            # built once here, not once in each worker
            passage_reader(self.job.config.taxonomy, self.job.config.titles)
            # fork: each worker inherits the job (the Config's automata, the sources table) once, instead
            # of having it pickled into every task.  Only a single-threaded process forks (see `_workers`);
            # an explicit worker count from a threaded one gets fresh interpreters (forkserver) instead.
            method = "fork" if threading.active_count() == 1 else "forkserver"
            self._executor = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=multiprocessing.get_context(method),
                initializer=_start_worker, initargs=(self.job,),
            )  # fmt: skip

    def __exit__(self, *exc: object) -> None:
        self._stop()

    def _stop(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(cancel_futures=True)
            self._executor = None

    def batches(self, batches: Sequence[Sequence[F.InputFile]]) -> Iterator[_Batch]:
        """Each batch extracted, in order."""
        return self._map(_worker_batch, self.job.batch, batches)

    def map(self, fn: Callable[[_T], _R], tasks: Sequence[_T]) -> Iterator[_R]:
        """`map(fn, tasks)` on the workers, in order (`fn` and the tasks must pickle)."""
        return self._map(fn, fn, tasks)

    def run(self, remote: Callable[[_T], _R], local: Callable[[_T], _R], tasks: Sequence[_T]) -> Iterator[_R]:
        """`remote` of each task on the workers (`local` in this process when there are none), in order."""
        return self._map(remote, local, tasks)

    def _map(self, remote: Callable[[_T], _R], local: Callable[[_T], _R], tasks: Sequence[_T]) -> Iterator[_R]:
        if self._executor is None:
            return map(local, tasks)
        # Every task is submitted now; the results are waited for as they are asked for.
        return self._results(self._executor.map(remote, tasks), local, tasks)

    def _results(self, results: Iterator[_R], local: Callable[[_T], _R], tasks: Sequence[_T]) -> Iterator[_R]:
        done = 0
        try:
            for result in results:
                yield result
                done += 1
        except BrokenProcessPool:
            # A worker died (killed for memory, a crash in a C extension): the tasks not yet returned are
            # done in this process, so one bad input still does not take the whole run down.
            log.warning("a worker process died; doing the remaining %d task(s) in-process", len(tasks) - done)
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
            yield from map(local, tasks[done:])


def _shared_pass(text: str, config: Config) -> SharedPass | None:
    """The pass over `text` of the gazetteer's keys and the lower-case names' (`shared_pass`), when the rules have
    such names and they can join (else None: each finds its own)."""
    names = config.temporal.lower_case
    keys = names.folded_automaton if names is not None else None
    return shared_pass(text, config.gazetteer, keys) if keys is not None else None


def _unseen(found: Sequence[tuple[str, str]], *seen: Sequence[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """The actors of `found` that none of `seen` holds, in order: a rule reading a passage's participants adds only
    whom the passage and the rules before it have not named."""
    if not found:
        return ()
    known = {actor for group in seen for actor in group}
    return tuple(a for a in found if a not in known)


def understood(
    document: Document,
    events: Sequence[Event],
    config: Config,
    spans: Sequence[tuple[int, int]] | None = None,
    shared: SharedPass | None = None,
) -> list[tuple[object, ...]]:
    """Each event of a document as a frame row, with who is named, what kind of happening, and a title.

    Rows (tuples in COLUMN_NAMES order) rather than Event objects are what travels back from worker
    processes: they are a fraction of the memory.  `spans` are the document's sentence spans, when the
    caller has them (`sentence_spans`): they are not split again.  `shared`: a pass over the document's text
    with the config's gazetteer (`_shared_pass`), read by actor finding instead of a pass of its own.
    """
    if not events:
        return []
    gazetteer, taxonomy, titles = config.gazetteer, config.taxonomy, config.titles
    reader = passage_reader(taxonomy, titles)
    named = find_actors(document.text, gazetteer, shared)
    # the document folded once for all its passages (a slice of the folding is the passage's folding); actor
    # finding has just folded it, so this is `fold`'s remembered last text
    folded = fold(document.text)
    # Read only for an event that names its parties by reference.
    sentences: Sequence[tuple[int, int]] = spans if spans is not None else ()
    if config.ner_model is not None:
        sentences = sentences or sentence_spans(document.text)
        dated_spans = dated_sentences(sentences, sorted({event.passage_start for event in events}))
        entities = recognised(document.text, dated_spans, config.ner_model)
        dates = sorted({(event.mention.start, event.mention.end) for event in events})
        named = with_entities(document.text, named, entities, gazetteer, dates)
    # "Libya's election commission", "the U.N. mission": bodies the document names elsewhere
    named = with_registered_bodies(document.text, named, gazetteer, folded=folded)
    # "The Senate approved", "Parliament passed": a state's institution named bare, where nothing else names it
    named = with_bare_institutions(document.text, named, gazetteer)
    rows: list[dict[str, object]] = []
    dated = sorted(event.passage_start for event in events)
    # the passages the lead rules take to date a happening of their own: not one whose only date is a year modifying
    # a noun ("the guarantors of the 1942 Rio Protocol"); the document's first dated passage stays its lead
    # (a list, as `dated`: a passage dating two things is there twice)
    modifiers = [
        event.passage_start
        for event in events
        if noun_modifier_year(document.text, event.mention.start, event.mention.end, config.anaphors)
    ]
    lead_dated = dated
    if modifiers:
        kept = list(dated)
        for passage in modifiers:
            if passage != dated[0]:
                kept.remove(passage)
        lead_dated = kept
    # a photo's caption above the story is not its lead: the body's first dated passage is
    if len(set(lead_dated)) > 1 and is_photo_caption(
        next(event.passage for event in events if event.passage_start == dated[0]), titles
    ):
        lead_dated = [passage for passage in lead_dated if passage != dated[0]]
    # the passages that stop the reading of who took part after a dated one (`continuing_participants`): not one
    # whose date stands in an aside that describes someone or something (", which opened on Saturday")
    asides = [
        event.passage_start
        for event in events
        if event.passage_start != dated[0]
        and aside_date(document.text, folded, event.mention.start, event.mention.end, config.anaphors)
    ]
    going_dated = dated
    if asides:
        going_dated = list(dated)
        for passage in asides:
            going_dated.remove(passage)
    date_starts = sorted(event.mention.start for event in events)
    # which passage of a sentence dating two things dates its agreement (read once, when a passage needs it)
    signed_in: dict[int, tuple[int, int]] | None = None
    # whether any passage can hold an object pronoun ("him"): most documents have none
    objects_here = any(word in document.text for word in config.pronouns.object_words)
    # who holds which role ("Tarnian President Jana Roth"): read once, for the first passage that describes its
    # participants by role ("the presidents of A and B")
    holders: tuple[Holder, ...] | None = None
    # the document as the readers of who took part from the sentences after a dated passage read it (made once)
    around: Around | None = None
    spots = description_spots(folded, config.role_rules)
    for event in events:
        start, end, passage = event.passage_start, event.passage_end, event.passage
        date_span = (event.mention.start - start, event.mention.end - start)
        values = event.as_row()
        # the passage folded and scanned once for types and titles
        reading = reader.read(passage, folded[start:end])
        decision = classify(passage, *date_span, taxonomy, reading)
        values["event_type"], values["event_type_rule"] = decision.event_type, decision.rule
        values["event_subtype"] = decision.subtype
        values["event_concepts"] = "; ".join(sorted(decision.concepts))
        named_here = actors_within(named, start, end)
        # who only owns or locates something takes no part ("Libya's warring sides", "the UN-backed
        # government"), unless nobody else is named there: then the owner is all a reader is told of who acted
        inside = taking_part(document.text, named_here) or named_here
        actors = unique_actors(inside)
        pivot = event_pivot(passage, decision.rule, date_span[0], titles.speech_verbs) if inside else 0
        roles = actor_roles(passage, inside, start, pivot, titles.speech_pattern, titles.speech_verbs)
        unnamed: tuple[tuple[str, str], ...] = ()
        described: tuple[tuple[str, str], ...] = ()
        said = (
            descriptions(document.text, folded, start, end, named, config.role_rules)
            if has_spot(spots, start, end)
            else ()
        )
        if said:
            if holders is None:
                holders = registry(document.text, named, config.role_rules)
            described = described_holders(said, holders)
            described = tuple(a for a in described if a not in actors)
        fits = anaphor_kinds(passage, config.anaphors)
        if fits is not None and fits.two and described:
            fits = None  # "the two leaders": the registry's two leaders, not the nearest pair of people
        if fits is not None and fits.near and (named_here or by_agent(passage)):
            fits = None  # "The meeting was requested by Armenia": the passage says who made its happening
        if fits is not None and fits.count and len(actors) >= fits.count:
            fits = None  # "a summit of the three countries, where A, B and C ...": the passage names who they are
        if fits is not None and sum(fits(name, kind) for name, kind in actors) < 2:
            sentences = sentences or sentence_spans(document.text)
            # who acts in the passage may be one of the parties it names by reference ("X ... and the two men"),
            # not who speaks of them ("X said the two leaders would meet")
            reported = titles.speech_pattern.search(passage) is not None
            acting = [] if reported else [a for a in actors if a[0] in (roles.actor1, roles.actor2)]
            unnamed = parties_taking_part(parties_of(start, named, sentences, fits, document.text, acting))
            unnamed = tuple(p for p in unnamed if p not in actors)
        carried: tuple[tuple[str, str], ...] = ()
        sentences = sentences or sentence_spans(document.text)
        if signed_in is None:
            pairs = sorted((event.passage_start, event.mention.start) for event in events)
            signed_in = signing_passages(pairs, sentences, document.text, config.anaphors)
        # "He also called for elections next March, with police from both sides ...": a party reference after the
        # date belongs to a later clause; the pronoun opening the passage is still its subject
        use = (
            pronoun_use(passage, start, date_span, named, config.pronouns, titles.speech_verbs)
            if not unnamed or reference_after(passage, date_span[1], config.anaphors)
            else None
        )
        if (
            use is None
            and not unnamed
            and passage_is_clause(passage, start, date_span, named, sentences, config.pronouns, titles.speech_verbs)
        ):
            use = CLAUSE
        if (
            use is None
            and not unnamed
            and passage_is_fragment(passage, start, date_span, named, sentences, config.pronouns, document.text)
        ):
            use = FRAGMENT
        if use is not None:
            carried = carried_subjects(
                use,
                start,
                named,
                sentences,
                document.text,
                config.anaphors,
                config.pronouns.subordinators,
                config.pronouns.leads | config.pronouns.joiners,
            )
            carried = tuple(a for a in carried if a not in actors)
        # "..., Colonel A, who seized power in 2031": the clause's actor is what its relative pronoun refers to
        # (a relative clause cut from its sentence opens in lower case)
        acted, related = (
            (False, ())
            if use or unnamed or not passage[:1].islower()
            else relative_antecedent(passage, start, date_span[0], named, document.text, config.pronouns)
        )
        if not related and not (use or unnamed) and passage[:1].islower():
            # "Colonel A, who took office in 2029, | was due to hand over power today": the clause after the aside
            related = aside_antecedent(passage, start, named, sentences, document.text, config.pronouns)
        if related:
            related = tuple(a for a in related if a not in actors)
        if acted:
            carried, related = related, ()
        if not (use or unnamed or related) and passage[:1].isupper():
            # "Founded in 2029, | the Krell Liberation Front carried out ...": the main clause's subject is the
            # opening participle's
            carried += tuple(
                a
                for a in opening_participle_subject(passage, start, named, sentences, document.text, config.pronouns)
                if a not in actors and a not in carried
            )
        if objects_here:
            # "A court reinstated him on 2 May": the person of the sentence before takes part
            related += tuple(
                a
                for a in object_antecedent(
                    passage, start, named, sentences, document.text, config.pronouns, config.anaphors
                )
                if a not in actors and a not in related and a not in carried
            )
        both = both_sides(passage, date_span[0], config.anaphors) if not (inside or unnamed or carried or use) else None
        if both is not None:
            # "Fighting erupted on 4 May": a happening of both sides, its passage naming neither
            unnamed = parties_taking_part(parties_of(start, named, sentences, both, document.text))
        # a sentence dating two things and an agreement: the sentences after it tell who made the agreement, whose
        # date is the first after its word ("will take effect on April 30, under the agreement signed ... on Friday")
        signing, since = signed_in.get(start, (start, start))
        agents: tuple[tuple[str, str], ...] = ()
        lead: tuple[tuple[str, str], ...] = ()
        if signing == start:
            if around is None:
                around = Around(
                    document.text, folded, named, sentences, lead_dated, going_dated, date_starts, config.anaphors,
                    titles.speech_pattern,
                )  # fmt: skip
            # who made it (agents) and who else took part (lead), told in the undated sentences after it
            # (`PARTICIPANT_READERS`), each reader adding only whom none before it found
            for rule, found in participants_after(around, since, end, event.mention.start):
                if rule.makers:
                    agents = _unseen(found, actors, unnamed, carried, agents)
                else:
                    lead += _unseen(found, actors, unnamed, carried, agents, lead)
        # the holders of the roles the passage names its participants by ("the presidents of A and B")
        described = tuple(a for a in described if a not in unnamed + carried + agents)
        lead = described + tuple(a for a in lead if a not in described)
        if related:
            lead += tuple(a for a in related if a not in unnamed + agents + lead)
        # who reports the sentence a clause passage was cut from reports the clause too
        spoken = sentence_speakers(start, end, named, sentences, document.text, titles.speech_pattern)
        lead += _unseen(spoken, actors, unnamed, carried, agents, lead)
        # '"I plan to arrive the day before," he said': a quotation's first person telling of the speaker's act
        speaker = quoted_speaker(
            passage, start, date_span, named, sentences, document.text, config.pronouns, titles.speech_pattern,
            config.anaphors,
        )  # fmt: skip
        lead += _unseen(speaker, actors, unnamed, carried, agents, lead)
        if not (actors + unnamed + carried + agents + lead):
            # "A and B fought a border war.  A peace agreement signed in X in May 2031 ...": the sides of a
            # two-sided happening named by no one are the parties of the sentence before
            unnamed = parties_taking_part(
                parties_before(start, date_span[0], named, sentences, document.text, config.anaphors)
            )
        values["actors"], values["actor_kinds"] = format_actors(actors + unnamed + carried + agents + lead)
        subjects = carried or (() if roles.actor1 else agents)
        values["actor1"], values["actor2"], assoc = format_roles(with_subjects(roles, subjects))
        aside = unnamed + (agents if subjects is not agents else ()) + lead
        values["assoc_actors"] = "; ".join(filter(None, (assoc, *(name for name, _ in aside))))
        values["title"], values["headline"] = title_and_headline(
            passage, named, start, date_span, gazetteer, titles, reading, carried
        )
        rows.append(values)
    fixed = caption_headlines([v["passage"] for v in rows], [v["date_value"] for v in rows],
                              [v["headline"] for v in rows], titles)  # fmt: skip
    for values, headline in zip(rows, fixed, strict=True):
        values["headline"] = values["headline_generated"] = headline
        values["headline_basis"] = "generated"
    return [row_of(values) for values in rows]


def _collect(batches: Iterable[_Batch], problems: list[str]) -> Extraction:
    documents: list[Document] = []
    reports: list[DocumentReport] = []
    pieces: list[pyarrow.Table] = []
    for done, piece in batches:
        for report, document in done:
            reports.append(report)
            if document is not None:
                documents.append(document)
        pieces.append(piece)
    from timeline.grouping.grouper import group_events

    frame = frame_from_tables(pieces)
    if len(frame) > 50_000:
        _release_memory()
    return Extraction(group_events(frame), tuple(documents), tuple(reports), tuple(problems))


def _release_memory() -> None:
    """Give back what the pieces held before grouping, the step that needs the most memory: Python's
    reference cycles, and the pages Arrow's allocator keeps cached after the concatenation."""
    gc.collect()
    pyarrow.default_memory_pool().release_unused()


def extract_texts(
    texts: Mapping[str, str],
    published: Mapping[str, dt.date | None] | None = None,
    config: Config | None = None,
) -> Extraction:
    """Events of in-memory texts, keyed by document name (tests, uploads, the `dates` command)."""
    config = config or builtin_config()
    job = _Job(config, None, {k: v for k, v in (published or {}).items() if v is not None})
    results: list[_Result] = []
    for name, text in texts.items():
        if not text.strip():
            results.append(_error_report(name, "empty text"))
            continue
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > config.max_bytes:
            limit = config.max_bytes / 1e6
            results.append(_error_report(name, f"too large: {size / 1e6:.1f} MB is over the {limit:.1f} MB limit"))
            continue
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        try:
            document = D.document_from_text(name, text, debris=config.debris, rules=config.temporal)
        except Exception as exc:  # one bad input must not take the others down
            results.append(_error_report(name, _skipped(name, exc)))
            continue
        results.append(job.process_isolated(document))
    return _collect([_as_batch(results)], [])


def _load_sources(
    sources: str | os.PathLike[str] | None, paths: Sequence[str | os.PathLike[str]], problems: list[str]
) -> Sources | None:
    path = Path(sources) if sources else find_sources(paths)
    if path is None:
        return None
    try:
        table = read_sources(path)
    except SourcesError as exc:
        problems.append(str(exc))
        return None
    problems.extend(table.problems)
    return table


def _with_estimate(document: Document, config: Config, found: Found | None = None) -> Document:
    """The document with its publication estimated from its own dates (`found`: its dates found already)."""
    # Stamps and datelines are not dates the report tells of: an "Updated" stamp bounds publication from
    # above (`capped`), never from below.
    spans = document.metadata_spans
    mentions = tag(document.text, Reference(), rules=config.temporal, found=found)
    told = [m for m in mentions if not inside_any(m.start, m.end, spans)]
    estimate = estimate_publication(told, document.text, config.temporal.tense.future_from_now)
    stamped = _read_stamp(document, told, estimate, config) or _read_foot(document, estimate)
    if stamped is not None:
        return stamped
    if document.stamp_readings:
        # The report says why the stamp dates nothing: a reading guessed would misdate every relative date.
        first, second = document.stamp_readings
        note = (
            f"the page's numeric stamp may be {first.isoformat()} or {second.isoformat()} (day/month or month/day?)"
            " and nothing on the page decides: left unread; declare the order with --date-order DMY or MDY, or in"
            " the date_order column of sources.csv"
        )
        document = replace(document, notes=(*document.notes, note))
    if estimate is None:
        return _unestimated(document, told, config) or document
    estimate = capped(estimate, document.updated)
    wires = D.datelines.wire_datelines(document.text, config.temporal)
    day, unplaced = dateline_placement(wires[0].month, wires[0].day, estimate) if wires else (None, "")
    if day is not None:  # a wire dateline's day and month, the year from the estimate
        note = f"dateline day and month, year from the estimate ({estimate.reason})"
        if estimate.latest is None:
            note = f"dateline day and month, year from the month told before it ({estimate.reason})"
        return replace(document, published=day, published_basis="dateline", notes=(*document.notes, note))
    day = _copyright_dateline(document, wires, told, estimate, config)
    if day is not None:
        note = "dateline day and month, year from the copyright notice, whose weekday the news names"
        return replace(document, published=day, published_basis="dateline", notes=(*document.notes, note))
    if unplaced and wires[0].year is None:
        # The report says why the dateline's day dates nothing: a year guessed would misdate every relative date.
        told_day = f"{dt.date(2000, wires[0].month, 1):%B} {wires[0].day}"
        document = replace(
            document, notes=(*document.notes, f"the wire dateline's {told_day} is given no year: {unplaced}")
        )
    updated = document.updated
    if (
        updated is not None
        and estimate.latest == updated
        and names_weekday_of(told, updated, document.text, config.temporal.weekdays, or_eve=True)
    ):
        note = "the page's updated stamp, whose weekday (or its eve's) the text names for its news"
        return replace(document, published=updated, published_basis="dateline", notes=(*document.notes, note))
    return replace(
        document, published=estimate.earliest, published_latest=estimate.latest, published_basis="estimated",
        notes=(*document.notes, estimate.reason),
    )  # fmt: skip


def _unestimated(document: Document, told: Sequence[TimeMention], config: Config) -> Document | None:
    """A page whose text tells no date to estimate its publication from, dated by its furniture alone: its
    "Updated" stamp when its wire dateline names that day ("Tarvik, Jan 12 (PTI)" under "Updated: Jan 12, 2022")
    or its news names that day's weekday or its eve's, as `_with_estimate` takes it; else a year-less wire
    dateline in its copyright notice's year (`_copyright_dateline`)."""
    updated, weekdays = document.updated, config.temporal.weekdays
    if updated is not None and (
        document.wire_day == (updated.month, updated.day)
        or names_weekday_of(told, updated, document.text, weekdays, or_eve=True)
    ):
        note = "the page's updated stamp, which its wire dateline or the weekday its news names agrees with"
        return replace(document, published=updated, published_basis="dateline", notes=(*document.notes, note))
    wires = D.datelines.wire_datelines(document.text, config.temporal) if document.wire_day else []
    day = _copyright_dateline(document, wires, told, None, config)
    if day is None:
        return None
    note = "dateline day and month, year from the copyright notice, whose weekday the news names"
    return replace(document, published=day, published_basis="dateline", notes=(*document.notes, note))


def _copyright_dateline(
    document: Document,
    wires: Sequence[D.datelines.WireDateline],
    told: Sequence[TimeMention],
    estimate: Estimate | None,
    config: Config,
) -> dt.date | None:
    """The day of a year-less wire dateline in the year of the page's copyright notice ("PARIS, Oct. 23 Kyodo -"
    over "(C) 1991 Kyodo News Service"), when the estimate allows that day and the news names its weekday or its
    eve's ("signed ... here Wednesday"): a notice's year is the story's first publication, and the weekday guards
    against a site's footer of a later year."""
    year = D.datelines.copyright_year(document.text) if wires and wires[0].year is None else None
    if year is None:
        return None
    try:
        day = dt.date(year, wires[0].month, wires[0].day)
    except ValueError:
        return None
    if estimate is not None and not (fits(estimate, day) or (estimate.latest_assumed and estimate.earliest <= day)):
        return None
    return day if names_weekday_of(told, day, document.text, config.temporal.weekdays, or_eve=True) else None


def _read_stamp(
    document: Document, told: Sequence[TimeMention], estimate: Estimate | None, config: Config
) -> Document | None:
    """The document with its numeric stamp ("05.12.2019") read in the one order its own dates allow: the one
    reading inside its estimate, else the one whose weekday its news names; None when both or neither fit.
    An estimate's assumed end (`RECENT_DAYS` after the latest date told) is no evidence: when it leaves no
    reading, the readings not before the estimate's start are weighed the same way."""
    readings = document.stamp_readings
    fitting = [day for day in readings if estimate is None or fits(estimate, day)]
    if not fitting and estimate is not None and estimate.latest_assumed:
        fitting = [day for day in readings if estimate.earliest <= day]
    if len(fitting) > 1 and document.wire_day is not None:
        # "KESSA, Jan 5 (KUNA) --" under "05/01/2022": the dateline's day and month pick the reading.
        fitting = [day for day in fitting if (day.month, day.day) == document.wire_day] or fitting
    if len(fitting) > 1:
        weekdays = config.temporal.weekdays
        named = [day for day in fitting if names_weekday_of(told, day, document.text, weekdays)]
        # News is told the day after as often as the same day: when no reading's own weekday is named, the one
        # whose eve is ("on Wednesday" under "04.03.2021", a Thursday; 3 April was a Saturday).
        fitting = named or [day for day in fitting if names_weekday_of(told, day, document.text, weekdays, or_eve=True)]
    if len(fitting) != 1:
        return None
    note = f"the page's numeric stamp read as {fitting[0].isoformat()}, the one reading its own dates allow"
    return replace(document, published=fitting[0], published_basis="dateline", notes=(*document.notes, note))


def _read_foot(document: Document, estimate: Estimate | None) -> Document | None:
    """The document dated by the stamp ending its page, when its own dates allow that day (as `_read_stamp` weighs
    a stamp's readings): a foot stamp before the latest day the text reports is an older story's date line."""
    day = document.foot_stamp
    if day is None:
        return None
    if estimate is not None and not fits(estimate, day) and not (estimate.latest_assumed and estimate.earliest <= day):
        return None
    note = f"the stamp ending the page, {day.isoformat()}"
    return replace(document, published=day, published_basis="dateline", notes=(*document.notes, note))


def _report(document: Document, found: Sequence[Event]) -> DocumentReport:
    dated = sum(1 for e in found if e.mention.period is not None)
    ambiguous_texts = [e.mention.text for e in found if e.mention.basis == "ambiguous"]
    ambiguous = len(ambiguous_texts)
    if not found:
        status, message = "empty", "no date expressions that place an event in time"
    elif dated == 0:
        status = "empty"
        others = len(found) - ambiguous
        message = f"{len(found)} date expression(s), none resolvable" + (
            " without a publication date" if others else ""
        )
    else:
        status = "ok"
        undated = len(found) - dated - ambiguous
        message = f"{dated} dated event(s)" + (f", {undated} unresolved (no publication date)" if undated else "")
    if ambiguous:
        message += (
            f"; {ambiguous} ambiguous numeric date(s) left undated ({ambiguous_texts[0]!r}: day/month or"
            " month/day?): declare the order with --date-order DMY or MDY, or in the date_order column of sources.csv"
        )
    conflicts = [e.mention.text for e in found if e.mention.rule.endswith(WEEKDAY_CONFLICT)]
    if conflicts:
        message += (
            f"; {len(conflicts)} date(s) whose weekday is not the date's own ({conflicts[0]!r}): the date kept,"
            " the weekday ignored"
        )
    if document.notes:
        message += "; " + "; ".join(document.notes)
    return DocumentReport(
        document.doc, document.title, document.outlet, document.url, document.published,
        document.published_basis, len(found), status, message, document.published_latest,
    )  # fmt: skip
