"""`extract` on a Dask cluster: the same events, `event_id`s and row order as one machine.

Documents are read on the workers, from their paths: every worker must see the corpus at the same
path (a shared file system).  Shipping the bytes from the client instead would make the client's disk
and network the bottleneck of the whole cluster.  The job (the Config's automata and the sources table,
about 1.7 MB pickled) is sent once to each worker, not with every task.

1. Each batch of `BATCH` files becomes a frame piece on the worker that extracted it; only the
   documents' reports and a count of each piece's (type, month span)s come back to the client.
2. The client works out the exact shuffle key (`shuffle_key`: event type and run of overlapping months)
   and packs its groups into bins.
3. Each piece is split by bin on its worker (the shuffle), each bin is grouped with `group_events` on
   some worker, and the grouped bins come back to the client, which puts them in `extract`'s row order.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import logging
import operator
import os
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

import dask
import pandas as pd
import pyarrow as pa
from distributed import Client

from timeline.config import Config, builtin_config
from timeline.core.errors import ClusterError
from timeline.core.frame import empty_frame, frame_from_tables
from timeline.core.models import Document, DocumentReport
from timeline.grouping import shuffle_key as K
from timeline.grouping.grouper import group_events
from timeline.pipeline import BATCH, Extracted, Extraction, Prepared, prepare, with_headlines
from timeline.reading.files import InputFile

log = logging.getLogger(__name__)

# Where a cluster started on this machine serves its HTTP routes (status, metrics; no dashboard without
# bokeh): this machine only, any free port, so that two local clusters never compete for 8787.
LOCAL_HTTP = "127.0.0.1:0"

# A row's place in `extract`'s order among rows with the same (date, doc, passage_start): its batch,
# then its position in that batch's piece.  Kept as the pieces' index, which grouping leaves alone.
_ORDER = "_order"
_BATCH_STRIDE = 1 << 32
# Batches and bins per worker thread: enough that one large batch or group does not leave the other
# threads idle; few enough that a task's overhead (milliseconds) stays small against its work.
_BATCHES_PER_THREAD = 4
_MIN_BATCH = 16
_BINS_PER_THREAD = 2


class _BatchJob(Protocol):
    """The job `prepare` gives: a batch of files read and extracted into reports and one Arrow table of rows."""

    def batch(self, items: Sequence[InputFile]) -> tuple[list[tuple[DocumentReport, Document | None]], pa.Table]: ...


@dataclass(frozen=True, slots=True)
class _Extracted:
    """What one batch leaves: reports (and documents) for the client, the piece kept on its worker."""

    reports: tuple[DocumentReport, ...]
    documents: tuple[Document, ...]
    piece: pd.DataFrame
    spans: Counter[K.Span]


def extract_on_dask(
    paths: Sequence[str | os.PathLike[str]],
    client: Client,
    config: Config | None = None,
    *,
    sources: str | os.PathLike[str] | None = None,
    published_overrides: Mapping[str, dt.date] | None = None,
    headline_overrides: Mapping[tuple[str, str], str] | None = None,
    with_texts: bool = False,
    batch: int | None = None,
) -> Extraction:
    """`extract(paths, config, ...)` run on the workers of `client`; the paths must be readable there.

    The frame, reports and problems are those `extract` gives.  `documents` (each with its whole text)
    come back to the client only `with_texts`; otherwise it is empty and `reports` tell what was read.
    `batch` files are read per task: by default `BATCH`, or fewer so that each worker thread gets
    `_BATCHES_PER_THREAD` tasks (a slow batch then does not leave the others idle).
    """
    prepared = prepare(paths, config or builtin_config(), sources=sources, published_overrides=published_overrides)
    return extract_prepared_on_dask(
        prepared, client, paths, headline_overrides=headline_overrides, with_texts=with_texts, batch=batch
    )


def extract_prepared_on_dask(
    prepared: Prepared,
    client: Client,
    roots: Sequence[str | os.PathLike[str]],
    *,
    headline_overrides: Mapping[tuple[str, str], str] | None = None,
    with_texts: bool = False,
    batch: int | None = None,
    on_reports: Callable[[Sequence[DocumentReport]], None] | None = None,
) -> Extraction:
    """`extract_on_dask` of a prepared run (`roots`: the paths it was prepared from); `on_reports` sees
    each batch's reports, in input order, as soon as that batch and the ones before it are done."""
    job_on_workers, batches = _start(client, roots, prepared, batch)
    extracted = [
        client.submit(_extract_batch, job_on_workers, chunk, number, with_texts, pure=False)
        for number, chunk in enumerate(batches)
    ]
    pending = [client.submit(_summary, f, pure=False) for f in extracted]
    pieces = [client.submit(operator.attrgetter("piece"), f, pure=False) for f in extracted]
    del extracted  # the reports and texts come to the client; only the pieces stay on the workers
    summaries = []
    for future in pending:
        summaries.append(future.result())
        future.release()
        if on_reports is not None:
            on_reports(summaries[-1][0])
    counts: Counter[K.Span] = Counter()
    for _, _, spans in summaries:
        counts.update(spans)
    threads = max(1, sum(client.nthreads().values()))
    bins = K.plan_bins(counts, threads * _BINS_PER_THREAD)
    log.info("%d batches, %d span(s) in %d bin(s) on %d thread(s)", len(batches), len(counts), bins.count, threads)
    splits = [client.submit(K.split, piece, bins, number, pure=False) for number, piece in enumerate(pieces)]
    del pieces
    grouped = [
        client.submit(_group_bin, *[client.submit(operator.itemgetter(b), s, pure=False) for s in splits], pure=False)
        for b in range(bins.count)
    ]
    del splits
    frame = _in_extract_order(client.gather(grouped))
    reports = tuple(r for chunk_reports, _, _ in summaries for r in chunk_reports)
    documents = tuple(d for _, chunk_documents, _ in summaries for d in chunk_documents)
    extraction = Extraction(frame, documents, reports, tuple(prepared.problems))
    return with_headlines(extraction, headline_overrides or {})


def dask_batches(
    client: Client, roots: Sequence[str | os.PathLike[str]], prepared: Prepared, items: Sequence[InputFile]
) -> Iterator[Extracted]:
    """`items` extracted on the workers, batch by batch in input order, with their texts and rows: the
    stream an event store commits (`extract_to_store(..., batches=partial(dask_batches, client, roots))`).
    Grouping then happens where the store is written."""
    job_on_workers, batches = _start(client, roots, replace(prepared, items=tuple(items)), None)
    futures = [client.submit(_extract_for_store, job_on_workers, chunk, pure=False) for chunk in batches]
    for future in futures:
        yield future.result()
        future.release()


def _start(
    client: Client, roots: Sequence[str | os.PathLike[str]], prepared: Prepared, batch: int | None
) -> tuple[object, list[list[InputFile]]]:
    """Check the cluster, send the job to every worker once, and cut the run's files into batches."""
    check_workers(client, roots)
    # Workers resolve paths in their own working folder: give them absolute ones (names stay relative).
    items = [replace(item, path=item.path.absolute()) for item in prepared.items]
    [job_on_workers] = client.scatter([prepared.job], broadcast=True, hash=False)
    threads = max(1, sum(client.nthreads().values()))
    batch = batch or max(_MIN_BATCH, min(BATCH, -(-len(items) // (threads * _BATCHES_PER_THREAD))))
    return job_on_workers, [items[i : i + batch] for i in range(0, len(items), batch)]


def check_workers(client: Client, paths: Sequence[str | os.PathLike[str]]) -> None:
    """Raise `ClusterError` unless the scheduler and every worker can import timeline, and every worker
    sees each path given.

    Checked with standard-library functions, which any worker can run, before sending the job (whose
    unpickling would otherwise fail on each worker with a bare ModuleNotFoundError).
    """
    if not client.nthreads():
        # Workers started with the run may not have registered yet.
        wait = dask.config.get("distributed.comm.timeouts.connect")
        try:
            client.wait_for_workers(1, timeout=wait)
        except TimeoutError:
            raise ClusterError(f"the Dask cluster has no workers (waited {wait})") from None
    # The scheduler unpickles the task graph too, so it needs the package as much as the workers do.
    found = {"the scheduler": client.run_on_scheduler(importlib.util.find_spec, "timeline")}
    found |= client.run(importlib.util.find_spec, "timeline")
    lacking = [name for name, spec in found.items() if spec is None]
    if lacking:
        raise ClusterError(
            f"cannot import timeline on {', '.join(lacking[:3])}{' ...' if len(lacking) > 3 else ''}: make this "
            "package importable where the Dask scheduler and workers run (the repository on their PYTHONPATH, "
            "requirements.txt installed) and restart them"
        )
    for raw in paths:
        path = os.path.abspath(raw)
        if not Path(path).exists():
            continue  # reported as that input's problem, as on one machine
        blind = sorted(worker for worker, seen in client.run(os.path.exists, path).items() if not seen)
        if blind:
            raise ClusterError(
                f"{path}: not found by {len(blind)} Dask worker(s) ({', '.join(blind[:3])}): the documents must "
                "be at the same path on every worker (a shared file system)"
            )


def _extract_batch(job: _BatchJob, items: Sequence[InputFile], number: int, with_texts: bool) -> _Extracted:
    done, rows = job.batch(items)
    # Binning and grouping work on frames: the batch's Arrow table, in its own order, with the frame's dtypes.
    piece = frame_from_tables([rows], sort=False)
    piece.index = pd.RangeIndex(number * _BATCH_STRIDE, number * _BATCH_STRIDE + len(piece), name=_ORDER)
    documents = tuple(d for _, d in done if d is not None) if with_texts else ()
    return _Extracted(tuple(r for r, _ in done), documents, piece, K.span_counts(piece))


def _extract_for_store(job: _BatchJob, items: Sequence[InputFile]) -> Extracted:
    done, rows = job.batch(items)
    return Extracted(tuple(r for r, _ in done), tuple(d for _, d in done if d is not None), rows)


def _summary(extracted: _Extracted) -> tuple[tuple[DocumentReport, ...], tuple[Document, ...], Counter[K.Span]]:
    return extracted.reports, extracted.documents, extracted.spans


def _group_bin(*parts: pd.DataFrame) -> pd.DataFrame:
    rows = [p for p in parts if len(p)]
    return group_events(pd.concat(rows) if rows else parts[0])


def _in_extract_order(grouped: Sequence[pd.DataFrame]) -> pd.DataFrame:
    """The bins as one frame in `extract`'s order: by (date, doc, passage_start), ties by batch and
    position, which is the stable sort `frame_from_tables` does over the pieces in batch order."""
    rows = [g for g in grouped if len(g)]
    if not rows:
        return empty_frame()
    frame = pd.concat(rows)
    order = frame.sort_values(["date", "doc", "passage_start", _ORDER], na_position="last", kind="stable")
    return order.reset_index(drop=True)
