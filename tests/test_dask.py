"""Extraction on Dask (`extract_on_dask`, `extract --scheduler`) gives what one machine gives: the same
rows, event_ids, columns and order, the same reports and problems, on the seeds and on 1,000 documents.

The cluster is real: a `LocalCluster` of two worker processes, each importing timeline afresh.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from conftest import ROOT, SEEDS, run_cli
from corpus_gen import write_corpus
from distributed import Client, LocalCluster

from timeline import cli
from timeline.config import load_config
from timeline.core.errors import ClusterError
from timeline.distributed import shuffle_key as K
from timeline.distributed.dask_extract import LOCAL_HTTP, extract_on_dask
from timeline.grouping.grouper import group_events
from timeline.pipeline import Extraction, extract

CONFIG = load_config(workers=1)


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=LOCAL_HTTP) as cluster,
        Client(cluster) as c,
    ):
        yield c


@pytest.fixture(scope="module")
def corpus_1000(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("scale") / "corpus", 1000)


@pytest.fixture(scope="module")
def one_machine_1000(corpus_1000: Path) -> Extraction:
    return extract([corpus_1000], CONFIG)


def _same(got: Extraction, want: Extraction) -> None:
    pd.testing.assert_frame_equal(got.frame, want.frame)
    assert got.reports == want.reports
    assert got.problems == want.problems


def test_the_seeds_give_the_same_events_texts_and_reports(client: Client) -> None:
    want = extract([SEEDS])
    got = extract_on_dask([SEEDS], client, with_texts=True)
    _same(got, want)
    assert got.documents == want.documents
    assert want.frame["n_sources"].max() > 1  # events grouped across documents were compared, not only singles


def test_analysts_dates_and_headlines_reach_the_workers(client: Client) -> None:
    doc = sorted(p.name for p in SEEDS.glob("*.txt"))[1]
    first = extract([SEEDS]).frame
    mention = first.loc[first["doc"] == doc, "mention_id"].iloc[0]
    overrides = {doc: pd.Timestamp("2019-04-02").date()}
    headlines = {(doc, mention): "Analyst's own headline"}
    want = extract([SEEDS], published_overrides=overrides, headline_overrides=headlines)
    got = extract_on_dask([SEEDS], client, published_overrides=overrides, headline_overrides=headlines)
    _same(got, want)
    assert (got.frame["published_basis"] == "analyst").any()
    assert (got.frame["headline"] == "Analyst's own headline").sum() == 1


def test_a_thousand_documents_give_the_same_events(
    client: Client, corpus_1000: Path, one_machine_1000: Extraction
) -> None:
    got = extract_on_dask([corpus_1000], client, CONFIG)
    _same(got, one_machine_1000)
    frame = got.frame
    # What makes the comparison worth making: many batches, groups spanning documents, undated rows,
    # unreadable files and a sources.csv problem.
    assert len(got.reports) == 1002
    assert (frame["n_sources"] > 1).sum() > 1000
    assert frame["date"].isna().sum() > 50
    assert sum(r.status == "error" for r in got.reports) == 2
    assert any("missing.txt" in p for p in got.problems)


def test_grouping_each_bin_apart_is_exact_and_a_month_split_is_not(one_machine_1000: Extraction) -> None:
    whole = one_machine_1000.frame
    counts = K.span_counts(whole)
    bins = K.plan_bins(counts, 6)
    assert bins.count == 6
    apart = pd.concat([group_events(part) for part in K.split(whole, bins, 0)]).sort_index()
    pd.testing.assert_frame_equal(apart, whole)
    # The groups are finer than event types (more parallel work than types) ...
    assert len(set(K.groups(counts).values())) > whole["event_type"].nunique()
    # ... but splitting by (type, month) would change event_ids: that key is not exact.
    month = whole["date"].dt.strftime("%Y-%m").fillna("")
    by_month = pd.concat([group_events(p) for _, p in whole.groupby(["event_type", month])]).sort_index()
    assert (by_month["event_id"] != whole["event_id"]).sum() > 0


GROUP_IN_A_FRESH_PROCESS = """
import sys
import pandas as pd
from timeline.grouping.grouper import group_events
group_events(pd.read_pickle(sys.argv[1]))[["mention_id", "event_id"]].to_csv(sys.argv[2], index=False)
"""


def test_grouping_does_not_depend_on_the_process_hash_seed(one_machine_1000: Extraction, tmp_path: Path) -> None:
    # Each Dask worker is a process with its own hash seed, so string sets iterate in another order there.
    # Seeds 1, 2 and 5 grouped this corpus differently before the grouper's candidates were ordered.
    one_machine_1000.frame.to_pickle(tmp_path / "frame.pkl")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    runs = {
        seed: subprocess.Popen(
            [
                sys.executable,
                "-c",
                GROUP_IN_A_FRESH_PROCESS,
                str(tmp_path / "frame.pkl"),
                str(tmp_path / f"{seed}.csv"),
            ],
            env={**env, "PYTHONHASHSEED": str(seed)},
        )
        for seed in (1, 2, 5)
    }
    assert all(run.wait(timeout=120) == 0 for run in runs.values())
    outputs = {seed: (tmp_path / f"{seed}.csv").read_bytes() for seed in runs}
    assert outputs[1] == outputs[2] == outputs[5]
    assert outputs[1].count(b"\n") == len(one_machine_1000.frame) + 1


def test_groups_are_runs_of_overlapping_months_per_type() -> None:
    spans = [("talks", 5, 5), ("talks", 0, 11), ("talks", 11, 11), ("talks", 12, 12), ("other", 0, 0)]
    got = K.groups(spans)
    assert got[("talks", 0, 11)] == got[("talks", 5, 5)] == got[("talks", 11, 11)]
    assert got[("talks", 12, 12)] != got[("talks", 0, 11)]
    assert got[("other", 0, 0)][0] == "other"


def test_the_cli_with_a_local_cluster_writes_the_same_csv(tmp_path: Path) -> None:
    one, dask = tmp_path / "one.csv", tmp_path / "dask.csv"
    assert run_cli("extract", SEEDS, "-o", one, "-q").returncode == 0
    run = run_cli("extract", SEEDS, "-o", dask, "--scheduler", "local", "--workers", "1", timeout=120)
    assert run.returncode == 0, run.stderr
    assert dask.read_bytes() == one.read_bytes()
    assert f"events from {len(list(SEEDS.glob('*.txt')))} document(s)" in run.stderr


def test_an_unreachable_scheduler_is_an_error_message(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setattr(cli, "SCHEDULER_TIMEOUT", 2)
    assert cli.main(["extract", str(SEEDS), "--scheduler", "tcp://127.0.0.1:9", "-q"]) == 2
    err = capsys.readouterr().err
    assert "cannot reach the Dask scheduler" in err and "tcp://127.0.0.1:9" in err


def test_rows_tied_on_date_doc_and_offset_come_back_in_batch_order() -> None:
    from timeline.distributed.dask_extract import _in_extract_order

    frame = extract([SEEDS]).frame
    row = frame.iloc[[0]]
    # The same (date, doc, passage_start) in two bins, the later batch's bin first: the batch's order wins.
    early = row.assign(mention_id="early").set_axis(pd.Index([5], name="_order"))
    late = row.assign(mention_id="late").set_axis(pd.Index([(1 << 32) + 1], name="_order"))
    assert _in_extract_order([late, early])["mention_id"].tolist() == ["early", "late"]


def test_a_worker_without_timeline_is_named_before_any_work(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    dask_cli = Path(sys.executable).with_name("dask")
    with LocalCluster(n_workers=0, processes=True, dashboard_address=LOCAL_HTTP) as cluster, Client(cluster) as c:
        # A worker started elsewhere, as on another machine where the package was not installed.
        worker = subprocess.Popen(
            [str(dask_cli), "worker", cluster.scheduler_address, "--nthreads", "1", "--no-dashboard"],
            cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            c.wait_for_workers(1, timeout=60)
            with pytest.raises(ClusterError, match="cannot import timeline on tcp://"):
                extract_on_dask([SEEDS], c)
        finally:
            worker.terminate()
            worker.wait(timeout=30)
