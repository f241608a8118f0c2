"""Command line: `python -m timeline extract ...` and `python -m timeline dates ...`.

Only argument parsing and output; the work is done by timeline.pipeline and timeline.temporal.tagger.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import json
import logging
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import pyarrow

from timeline.config import Config, load_config
from timeline.core.errors import ClusterError, DataFileError, DocumentError
from timeline.core.models import DocumentReport
from timeline.pipeline import (
    Extracted,
    Plan,
    Prepared,
    StoreRun,
    extract,
    extract_lean,
    extract_spilled,
    extract_to_store,
    prepare,
)
from timeline.reading.corrections import read_corrections
from timeline.reading.dateparser_adapter import DateParseError, parse_published
from timeline.reading.decoding import decode
from timeline.reading.documents import DEFAULT_MAX_BYTES
from timeline.reading.files import InputFile
from timeline.store.fingerprint import config_fingerprint
from timeline.store.layout import StoreError
from timeline.temporal.rules import load_temporal_rules, with_date_order
from timeline.temporal.tagger import Reference, tag

# The views (pandas, Plotly, python-docx), Parquet and tqdm are imported by the commands that use them:
# `extract` starts its worker processes without them, and imports pandas while they extract.
if TYPE_CHECKING:
    import pandas as pd
    from distributed import Client
    from tqdm import tqdm

EXTRACT_EXAMPLES = """examples:
  python -m timeline extract seeds -o events.csv
  python -m timeline extract articles/report.txt other/article.html -o events.json --format json
  python -m timeline extract ~/articles --sources ~/articles/metadata.csv -o events.csv
  python -m timeline extract ~/articles --actors my_actors.csv --types my_types.csv -o events.csv
  python -m timeline extract ~/articles --store ~/articles.store            (again later: only what changed)
  python -m timeline extract ~/articles --store ~/articles.store -o events.parquet
  python -m timeline extract /shared/articles --scheduler tcp://scheduler-host:8786 -o events.csv
"""
CHRONOLOGY_EXAMPLES = """examples:
  python -m timeline chronology seeds -o chronology.html
  python -m timeline chronology seeds -o chronology.docx --title "Libya: the ceasefire" --from 2020-01-01
  python -m timeline chronology seeds -o briefing.csv --key-events
  python -m timeline chronology ~/articles -o chronology.md --type agreement --actor Russia
"""
CHRONOLOGY_FORMATS = {".html": "html", ".htm": "html", ".docx": "docx", ".md": "md", ".markdown": "md", ".csv": "csv"}
# The chart's width in a chronology, in layout pixels: an A4 page's text width at a readable label size.
CHRONOLOGY_CHART_WIDTH = 900
# --strict's status when some document was not read; 2 stays "the run could not be done as asked".
EXIT_UNREAD = 3
DATES_EXAMPLES = """examples:
  python -m timeline dates article.txt --published 2021-03-05
  python -m timeline dates article.txt --published "5 Mar 2021" --format json
"""


def _add_corpus_options(parser: argparse.ArgumentParser) -> None:
    """What reading a corpus takes, the same for every command that extracts."""
    parser.add_argument(
        "--sources",
        help="a sources.csv (file,title,outlet,url,published,date_order) to use instead of the one beside the "
        "documents",
    )
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        help="skip documents larger than this (default: %(default)s)",
    )
    parser.add_argument(
        "--actors",
        action="append",
        default=[],
        metavar="FILE",
        help="an actors file (canonical,kind,aliases,...) or roles file (phrase,use), read after the built-in "
        "gazetteer; repeatable",
    )
    parser.add_argument(
        "--no-builtin-actors", action="store_true", help="use only the --actors files, not the built-in gazetteer"
    )
    parser.add_argument(
        "--types",
        action="append",
        default=[],
        metavar="FILE",
        help="an event types file (event_type,acled,concept,strength,keywords) or markers file (marker,kind), "
        "read after the built-in taxonomy; repeatable",
    )
    parser.add_argument(
        "--debris",
        action="append",
        default=[],
        metavar="FILE",
        help="page debris patterns (one regular expression per line), added to the built-in ones; repeatable",
    )
    parser.add_argument(
        "--workers", type=int, metavar="N", help="worker processes (default: one per core for 400 documents or more)"
    )
    parser.add_argument(
        "--with-corrections",
        action="store_true",
        help="apply the publication dates and headlines analysts saved in the dashboard for this folder (kept in "
        "the user data folder, never in the corpus)",
    )
    parser.add_argument(
        "--date-order",
        choices=("DMY", "MDY"),
        type=str.upper,
        help="order of ambiguous all-numeric dates such as 4/3/2019 (default: left unresolved)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no per-document report on stderr")
    parser.add_argument(
        "--strict",
        action="store_true",
        help=f"exit with status {EXIT_UNREAD} when any document could not be read or was skipped after an error "
        "(the output is still written; without --strict such a run exits 0 unless nothing could be read)",
    )


def printable(text: str) -> str:
    from timeline.view.summary import printable as printable_text

    return printable_text(text)


def report_line(report: DocumentReport) -> str:
    from timeline.view.summary import report_line as line

    return line(report)


def build_parser(chronology: bool = True) -> argparse.ArgumentParser:
    """The command line; without `chronology`, lacking that command (whose options name the views' constants,
    which take pandas and Plotly to import)."""
    parser = argparse.ArgumentParser(
        prog="python -m timeline",
        description="Turn a folder of news documents into a timeline of dated events.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=EXTRACT_EXAMPLES,
    )
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser(
        "extract",
        help="every dated event of the documents, as CSV, JSON or Parquet, or into an event store",
        description="Extract every dated event from documents (.txt, .md, .html; folders are read recursively). "
        "Reads sources.csv beside the documents unless --sources names another. "
        "Prints one line per document to stderr.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=EXTRACT_EXAMPLES,
    )
    ex.add_argument("paths", nargs="+", metavar="PATH", help="document files or folders")
    ex.add_argument("-o", "--output", help="output file (default: standard output)")
    ex.add_argument(
        "--format", choices=("csv", "json", "parquet"), help="output format (default: from -o's suffix, else csv)"
    )
    ex.add_argument(
        "--store",
        metavar="STORE",
        help="an event store folder (created if missing): extract only new and changed documents into it, drop "
        "removed ones, regroup; an interrupted run resumes where it stopped. With -o, writes all the store's events",
    )
    ex.add_argument(
        "--progress", action="store_true", help="show a progress bar on stderr (default: when stderr is a terminal)"
    )
    _add_corpus_options(ex)
    ex.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="extract on Dask: 'local' starts a cluster of --workers (default 2) processes on this machine; "
        "tcp://HOST:8786 uses a running scheduler (scheduler and workers must import timeline; workers read "
        "PATHs at the same paths: a shared file system). Same events as without it; with --store, the "
        "workers' batches go into the store",
    )
    ex.add_argument(
        "--no-formula-guard",
        action="store_true",
        help="write CSV cells as they are; by default a cell starting with = + - @ gets a leading ' "
        "so a spreadsheet shows it as text (as the dashboard's download does)",
    )
    da = sub.add_parser(
        "dates",
        help="the temporal tagger alone: date expressions of one file as JSON",
        description="Tag the date expressions of one text file and resolve them against its publication date. "
        "Prints a JSON list of {start, end, text, value, precision, basis} with TIMEX3-style values.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=DATES_EXAMPLES,
    )
    da.add_argument("file", help="a text file")
    da.add_argument(
        "--published", help="publication date (YYYY-MM-DD or any full date); without it relative dates stay unresolved"
    )
    da.add_argument("--date-order", choices=("DMY", "MDY"), type=str.upper, help="order of ambiguous numeric dates")
    da.add_argument("--format", choices=("json",), default="json")
    da.add_argument(
        "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="refuse larger files (default: %(default)s)"
    )
    if chronology:
        add_chronology_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    # Arrow's default allocator (mimalloc) keeps freed pages cached; the system allocator returns
    # them, which lowers this short-lived process's peak memory (10,000 documents: 1143 -> 864 MiB).
    pyarrow.set_memory_pool(pyarrow.system_memory_pool())
    words = list(sys.argv[1:] if argv is None else argv)
    args = build_parser(chronology=not words or words[0] not in ("extract", "dates")).parse_args(words)
    if args.command == "dates":
        return run_dates(args)
    if args.command == "chronology":
        return run_chronology(args)
    return run_extract(args)


@dataclass(frozen=True, slots=True)
class _Corpus:
    """What the corpus options give every extracting command: the Config and the analysts' corrections."""

    config: Config
    overrides: dict[str, dt.date]
    headlines: dict[tuple[str, str], str]


def _corpus(args: argparse.Namespace) -> _Corpus | int:
    """The corpus options (`_add_corpus_options`) checked and read, or the exit status of a message."""
    if args.sources and not Path(args.sources).is_file():
        return _fail(f"--sources {args.sources}: no such file")
    if args.max_bytes < 1:
        return _fail(f"--max-bytes {args.max_bytes}: must be a positive number of bytes")
    if args.workers is not None and args.workers < 1:
        return _fail(f"--workers {args.workers}: must be 1 or more")
    if args.no_builtin_actors and not args.actors:
        return _fail("--no-builtin-actors needs at least one --actors FILE")
    try:
        config = load_config(
            actors=args.actors,
            types=args.types,
            debris=args.debris,
            builtin_actors=not args.no_builtin_actors,
            max_bytes=args.max_bytes,
            workers=args.workers,
            date_order=args.date_order,
        )
    except DataFileError as exc:
        return _fail(str(exc))
    if not args.with_corrections:
        return _Corpus(config, {}, {})
    found = read_corrections(args.paths[0])
    for problem in found.problems:
        print(printable(f"warning: {problem}"), file=sys.stderr)
    return _Corpus(config, dict(found.published), dict(found.headlines))


def run_extract(args: argparse.Namespace) -> int:
    corpus = _corpus(args)
    if isinstance(corpus, int):
        return corpus
    config, overrides, headlines = corpus.config, corpus.overrides, corpus.headlines
    fmt = args.format or _format_of(args.output)
    if fmt == "parquet" and not args.output:
        return _fail("--format parquet needs -o FILE (Parquet is not written to standard output)")
    # Only a store keeps the texts (for the source panel): otherwise they never travel back from workers.
    prepared = prepare(
        args.paths, config, sources=args.sources, published_overrides=overrides, keep_texts=bool(args.store)
    )
    for problem in prepared.problems:
        print(printable(f"warning: {problem}"), file=sys.stderr)
    bar = _progress_bar(args, len(prepared.items))

    def on_reports(reports: Sequence[DocumentReport]) -> None:
        if not args.quiet:
            for report in reports:
                (bar.write if bar is not None else _stderr)(report_line(report), file=sys.stderr)
        if bar is not None:
            bar.update(len(reports))

    def on_batch(batch: Extracted) -> None:
        on_reports(batch.reports)

    try:
        if args.scheduler:
            return _run_on_dask(args, prepared, headlines, bar, on_reports, on_batch, fmt)
        if args.store:
            return _run_store(args, prepared, headlines, bar, on_batch, fmt)
        if fmt == "csv":
            return _run_csv(args, prepared, headlines, bar, on_batch)
        result = extract_lean(prepared, headline_overrides=headlines, on_batch=on_batch)
    finally:
        if bar is not None:
            bar.close()
    counts = _Counts.of(result.reports)
    if not counts.read:
        return _fail(_nothing_read(result.reports))
    return _output(args, result.frame, fmt, counts)


def _run_csv(
    args: argparse.Namespace,
    prepared: Prepared,
    headlines: dict[tuple[str, str], str],
    bar: tqdm | None,
    on_batch: Callable[[Extracted], None],
) -> int:
    """CSV written a date range at a time from rows kept on disk: the memory of a range, not of the corpus."""
    with extract_spilled(prepared, headline_overrides=headlines, on_batch=on_batch) as run:
        if bar is not None:
            bar.close()
        counts = _Counts.of(run.reports)
        if not counts.read:
            return _fail(_nothing_read(run.reports))
        guard = not args.no_formula_guard
        return _write_text(args, counts, lambda out: run.write_csv(out, guard=guard))


def _run_store(
    args: argparse.Namespace,
    prepared: Prepared,
    headlines: dict[tuple[str, str], str],
    bar: tqdm | None,
    on_batch: Callable[[Extracted], None],
    fmt: str,
    batches: Callable[[Prepared, Sequence[InputFile]], Iterable[Extracted]] | None = None,
) -> int:
    # What else than the documents decides the results: a store made with other data files or options
    # is extracted again from scratch.
    fingerprint = config_fingerprint(
        [*args.actors, *args.types, *args.debris],
        {"builtin_actors": not args.no_builtin_actors, "max_bytes": args.max_bytes, "date_order": args.date_order},
    )

    def on_plan(plan: Plan) -> None:
        for problem in plan.problems:
            print(printable(f"warning: {problem}"), file=sys.stderr)
        if plan.reset:
            note = f"{args.store}: made with other data files or options; extracting everything again"
            print(printable(note), file=sys.stderr)
        if bar is not None:
            bar.reset(total=len(plan.todo))

    try:
        run = extract_to_store(
            prepared, args.store, fingerprint, roots=args.paths, headline_overrides=headlines,
            on_plan=on_plan, on_batch=on_batch, batches=batches,
        )  # fmt: skip
    except StoreError as exc:
        return _fail(str(exc))
    if bar is not None:
        bar.close()
    if not args.quiet:
        print(printable(_store_summary(args.store, run)), file=sys.stderr)
    if not prepared.items and not run.n_documents:
        return _fail("no documents found (.txt, .md, .html)")
    from timeline.store.reader import read_events, read_reports

    counts = _Counts.of(read_reports(args.store))
    if not counts.read:
        return _fail("no document could be read")
    if args.output:
        return _output(args, read_events(args.store), fmt, counts)
    return _status(args, counts)


def _store_summary(store: str, run: StoreRun) -> str:
    plan = run.plan
    done = f"{plan.new} new, {plan.changed} changed, {plan.unchanged} unchanged, {len(plan.removed)} removed"
    regrouped = "events regrouped" if run.regrouped else "events unchanged"
    return f"{store}: {done}; {run.n_documents} document(s) in the store; {regrouped}"


def _output(args: argparse.Namespace, frame: pd.DataFrame, fmt: str, counts: _Counts) -> int:
    import pyarrow.parquet as pq

    from timeline.core.frame import records_for_export
    from timeline.store.tables import frame_table
    from timeline.view.export import guard_formulas

    if fmt == "parquet":
        try:
            pq.write_table(frame_table(frame), args.output)
        except OSError as exc:
            return _fail(f"cannot write {args.output}: {exc.strerror or exc}")
        return _done(args, len(frame), counts)
    table = records_for_export(frame)
    if fmt == "csv" and not args.no_formula_guard:
        table = guard_formulas(table)

    def write(out: TextIO) -> int:
        _write(table, fmt, out)
        return len(table)

    return _write_text(args, counts, write)


def _write_text(args: argparse.Namespace, counts: _Counts, write: Callable[[TextIO], int]) -> int:
    """`write` to `-o FILE` or stdout (it returns the number of events written), then the summary line."""
    try:
        if args.output:
            with open(args.output, "w", encoding="utf-8", newline="") as out:
                n_rows = write(out)
        else:
            n_rows = write(sys.stdout)
    except OSError as exc:
        return _fail(f"cannot write {args.output}: {exc.strerror or exc}")
    return _done(args, n_rows, counts)


def _done(args: argparse.Namespace, n_rows: int, counts: _Counts) -> int:
    if not args.quiet:
        print(f"{n_rows} events from {counts.read} document(s) -> {args.output or 'stdout'}", file=sys.stderr)
    return _status(args, counts)


@dataclass(frozen=True, slots=True)
class _Counts:
    """Documents read, and those not read or skipped after an error (each named by its report line)."""

    read: int
    unread: int

    @classmethod
    def of(cls, reports: Iterable[DocumentReport]) -> _Counts:
        statuses = [report.status for report in reports]
        unread = statuses.count("error")
        return cls(len(statuses) - unread, unread)


def _status(args: argparse.Namespace, counts: _Counts) -> int:
    """0, or with --strict EXIT_UNREAD when a document was not read: a pipeline can tell an incomplete run."""
    if args.strict and counts.unread:
        print(f"error: {counts.unread} document(s) not read or skipped (--strict)", file=sys.stderr)
        return EXIT_UNREAD
    return 0


def _nothing_read(reports: Sequence[DocumentReport]) -> str:
    return "no document could be read" if reports else "no documents found (.txt, .md, .html)"


def _run_on_dask(
    args: argparse.Namespace,
    prepared: Prepared,
    headlines: dict[tuple[str, str], str],
    bar: tqdm | None,
    on_reports: Callable[[Sequence[DocumentReport]], None],
    on_batch: Callable[[Extracted], None],
    fmt: str,
) -> int:
    # Imported here: starting Dask is only for this option.
    from timeline.distributed.dask_extract import dask_batches, extract_prepared_on_dask

    # Dask logs every connection at INFO: keep stderr for the documents' report lines and real warnings.
    logging.getLogger("distributed").setLevel(logging.WARNING)
    try:
        with _dask_client(args) as client:
            if args.store:
                batches = functools.partial(dask_batches, client, args.paths)
                return _run_store(args, prepared, headlines, bar, on_batch, fmt, batches)
            result = extract_prepared_on_dask(
                prepared, client, args.paths, headline_overrides=headlines, on_reports=on_reports
            )
    except ClusterError as exc:
        return _fail(f"--scheduler {args.scheduler}: {exc}")
    counts = _Counts.of(result.reports)
    if not counts.read:
        return _fail(_nothing_read(result.reports))
    return _output(args, result.frame, fmt, counts)


@contextlib.contextmanager
def _dask_client(args: argparse.Namespace) -> Iterator[Client]:
    """A client of a cluster started here (`local`) or of the scheduler at ADDRESS; closed after."""
    from distributed import Client, LocalCluster

    from timeline.distributed.dask_extract import LOCAL_HTTP

    if args.scheduler == "local":
        with (
            LocalCluster(
                n_workers=args.workers or 2, threads_per_worker=1, processes=True, dashboard_address=LOCAL_HTTP,
                silence_logs=logging.WARNING,
            ) as cluster,
            Client(cluster) as client,
        ):  # fmt: skip
            yield client
        return
    try:
        # Waits as long as Dask's connect timeout (DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT, 30 s).
        client = Client(args.scheduler)
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler: {exc}") from exc
    with client:
        yield client


def _format_of(output: str | None) -> str:
    suffix = Path(output).suffix.lower() if output else ""
    return {".json": "json", ".parquet": "parquet"}.get(suffix, "csv")


def _progress_bar(args: argparse.Namespace, total: int) -> tqdm | None:
    """A bar on stderr for a terminal or when asked for; never with -q."""
    if args.quiet or not (args.progress or sys.stderr.isatty()):
        return None
    from tqdm import tqdm

    # No monitor thread: in a process running a second thread the pipeline does not fork worker processes.
    tqdm.monitor_interval = 0
    return tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True)


def _stderr(line: str, file: TextIO) -> None:
    print(line, file=file)


def run_dates(args: argparse.Namespace) -> int:
    reference = Reference()
    if args.published:
        try:
            reference = Reference(parse_published(args.published))
        except DateParseError as exc:
            return _fail(f"--published: {exc}")
    path = Path(args.file)
    try:
        if not path.exists():
            return _fail(f"{args.file}: cannot read: no such file")
        if not path.is_file():
            return _fail(f"{args.file}: cannot read: not a regular file")
        size = path.stat().st_size
        if size > args.max_bytes:
            return _fail(f"{args.file}: too large: {size:,} bytes is over the {args.max_bytes:,}-byte limit")
        with path.open("rb") as fh:
            text = decode(fh.read(args.max_bytes + 1)[: args.max_bytes])
    except OSError as exc:
        return _fail(f"{args.file}: cannot read: {exc.strerror or exc}")
    except DocumentError as exc:
        return _fail(f"{args.file}: {exc}")
    items = [
        {
            "start": m.start,
            "end": m.end,
            "text": m.text,
            "value": m.value,
            "precision": m.period.precision if m.period else "",
            "basis": m.basis,
            "rule": m.rule,
        }
        for mention in tag(text, reference, rules=with_date_order(load_temporal_rules(), args.date_order))
        if mention.kind == "date"
        # TIMEX3 annotates each end of "2009-2010" as an expression of its own.
        for m in (mention.parts or (mention,))
    ]
    json.dump(items, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


def add_chronology_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from timeline.view.figure import LANES
    from timeline.view.key_events import KEY_MIN_SOURCES

    ch = sub.add_parser(
        "chronology",
        help="a chronology with citations (HTML, Word, Markdown) or the briefing CSV",
        description="Extract the events of the documents, keep those the filters select, and write a "
        "chronology: a title, the filters stated, the chart, then one entry per dated event in date order "
        "(the date in words, the headline, a quoted passage, a citation for every source). "
        "--format csv writes the briefing CSV (one row per event) instead.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=CHRONOLOGY_EXAMPLES,
    )
    ch.add_argument("paths", nargs="+", metavar="PATH", help="document files or folders")
    ch.add_argument("-o", "--output", required=True, help="output file")
    ch.add_argument(
        "--format",
        choices=("html", "docx", "md", "csv"),
        help="output format (default: from -o's suffix: .html, .docx, .md or .csv)",
    )
    ch.add_argument("--title", default="Chronology", help="the document's title (default: %(default)s)")
    ch.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="events whose period ends on or after this day")
    ch.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="events whose period starts on or before this day")
    ch.add_argument(
        "--type",
        dest="event_types",
        action="append",
        default=[],
        metavar="T",
        help="only events of this type; repeatable",
    )
    ch.add_argument(
        "--actor",
        dest="actor_names",
        action="append",
        default=[],
        metavar="A",
        help="only events naming this actor; repeatable",
    )
    ch.add_argument(
        "--key-events",
        action="store_true",
        help=f"only key events: reported by {KEY_MIN_SOURCES} documents or more, or of a --key-type",
    )
    ch.add_argument(
        "--key-type", action="append", default=[], metavar="T", help="an event type that is always key; repeatable"
    )
    ch.add_argument(
        "--lane", choices=tuple(LANES), help="the chart's lanes (default: doc; event_type with --key-events)"
    )
    ch.add_argument("--no-chart", action="store_true", help="no chart image (no browser is started)")
    _add_corpus_options(ch)


def run_chronology(args: argparse.Namespace) -> int:
    from timeline.view.briefing_csv import briefing_csv
    from timeline.view.chart_image import chart_png
    from timeline.view.chronology import build_chronology, scope_line
    from timeline.view.chronology_docx import chronology_docx
    from timeline.view.chronology_html import chronology_html
    from timeline.view.chronology_markdown import chronology_markdown
    from timeline.view.figure import build_figure
    from timeline.view.key_events import KEY_MIN_SOURCES, key_mentions, one_per_event
    from timeline.view.masks import apply_filters
    from timeline.view.state import KEY_LANE, Filters

    fmt = args.format or CHRONOLOGY_FORMATS.get(Path(args.output).suffix.lower())
    if fmt is None:
        return _fail(f"-o {args.output}: cannot tell the format from the suffix; add --format html|docx|md|csv")
    days: dict[str, dt.date | None] = {}
    for flag, value in (("--from", args.start), ("--to", args.end)):
        try:
            days[flag] = dt.date.fromisoformat(value) if value else None
        except ValueError as exc:
            return _fail(f"{flag} {value}: not a date ({exc}); expected YYYY-MM-DD")
    start, end = days["--from"], days["--to"]
    if start and end and start > end:
        return _fail(f"--from {start} is after --to {end}")
    corpus = _corpus(args)
    if isinstance(corpus, int):
        return corpus
    result = extract(
        args.paths, corpus.config, sources=args.sources, published_overrides=corpus.overrides,
        headline_overrides=corpus.headlines,
    )  # fmt: skip
    for problem in result.problems:
        print(printable(f"warning: {problem}"), file=sys.stderr)
    if not args.quiet:
        for report in result.reports:
            print(report_line(report), file=sys.stderr)
    if not result.documents:
        return _fail(_nothing_read(result.reports))
    for flag, wanted, column in (("--type", args.event_types, "event_type"), ("--actor", args.actor_names, "actors")):
        named = set(result.frame[column].astype(str))
        if column == "actors":
            named = {a.strip() for cell in named for a in cell.split(";")}
        for value in wanted:
            if value not in named:
                print(printable(f"warning: {flag} {value}: no event of the documents has it"), file=sys.stderr)
    filters = Filters(start=start, end=end, types=tuple(args.event_types), actors=tuple(args.actor_names))
    shown = apply_filters(result.frame, filters)
    key_rule = f"reported by {KEY_MIN_SOURCES} documents or more"
    if args.key_type:
        key_rule += " or of type " + ", ".join(args.key_type)
    if args.key_events:
        shown = key_mentions(shown, args.key_type)
    scope = scope_line(filters, n_documents=len(result.documents), key_events=args.key_events, key_rule=key_rule)
    chron = build_chronology(shown, title=args.title, scope=scope)
    if not chron.entries:
        print("warning: no dated event matches these filters; the chronology has no entries", file=sys.stderr)
    output = Path(args.output)
    chart_file = output.with_name(output.stem + "_chart.png")
    png = None
    if fmt != "csv" and not args.no_chart and chron.entries:
        drawn = one_per_event(shown) if args.key_events else shown
        lane = args.lane or (KEY_LANE if args.key_events else "doc")
        png = chart_png(build_figure(drawn, lane, actors=filters.actors), width=CHRONOLOGY_CHART_WIDTH)
        if png is None:
            print("warning: chart image unavailable (see the message above); writing without it", file=sys.stderr)
    if fmt == "html":
        data = chronology_html(chron, png).encode("utf-8")
    elif fmt == "docx":
        data = chronology_docx(chron, png)
    elif fmt == "md":
        data = chronology_markdown(chron, chart_file.name if png else None).encode("utf-8")
    else:
        data = briefing_csv(shown, chronology=chron)
    try:
        if fmt == "md" and png:
            chart_file.write_bytes(png)
        output.write_bytes(data)
    except OSError as exc:
        return _fail(f"cannot write {args.output}: {exc.strerror or exc}")
    if not args.quiet:
        undated = f" ({chron.n_undated} undated left out)" if chron.n_undated else ""
        print(f"{chron.n_events} events{undated} from {len(result.documents)} document(s) -> {output}", file=sys.stderr)
    return _status(args, _Counts.of(result.reports))


def _write(table: pd.DataFrame, fmt: str, out: TextIO) -> None:
    from timeline.view.export import write_csv

    if fmt == "json":
        json.dump(table.to_dict(orient="records"), out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        write_csv(table, out)


def _fail(message: str) -> int:
    print(printable(f"error: {message}"), file=sys.stderr)
    return 2
