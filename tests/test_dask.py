"""Extraction on Dask (`extract_on_dask`, `extract --scheduler`) gives what one machine gives: the same
rows, event_ids, columns and order, the same reports and problems, on the seeds and on 1,000 documents.

The cluster is real: a `LocalCluster` of two worker processes, each importing timeline afresh.  Every
Dask client runs in a child process: a client leaves threads behind (Dask's event loop), and a process
with threads extracts with forkserver workers instead of forked ones, which would change what the rest
of the suite tests.
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from conftest import ROOT, SEEDS, run_cli
from corpus_gen import write_corpus

from timeline.config import load_config
from timeline.grouping import shuffle_key as K
from timeline.grouping.grouper import group_events
from timeline.pipeline import Extraction, extract

CONFIG = load_config(workers=1)
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}

# Runs extract_on_dask(paths, client, **options) for each (paths, options) of a pickled list, on one
# LocalCluster of two single-threaded worker processes, and pickles the Extractions.
ON_A_LOCAL_CLUSTER = """
import pickle, sys
from distributed import Client, LocalCluster
from timeline.config import load_config
from timeline.distributed.dask_extract import LOCAL_HTTP, extract_on_dask

if __name__ == "__main__":
    with open(sys.argv[1], "rb") as fh:
        runs = pickle.load(fh)
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=LOCAL_HTTP) as cluster,
        Client(cluster) as client,
    ):
        done = [extract_on_dask(paths, client, load_config(workers=1), **options) for paths, options in runs]
    with open(sys.argv[2], "wb") as fh:
        pickle.dump(done, fh)
"""


@pytest.fixture(scope="module")
def corpus_1000(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("scale") / "corpus", 1000)


@pytest.fixture(scope="module")
def one_machine_1000(corpus_1000: Path) -> Extraction:
    return extract([corpus_1000], CONFIG)


def _analysts_edits() -> tuple[dict, dict]:
    doc = sorted(p.name for p in SEEDS.glob("*.txt"))[1]
    first = extract([SEEDS]).frame
    mention = first.loc[first["doc"] == doc, "mention_id"].iloc[0]
    return {doc: pd.Timestamp("2019-04-02").date()}, {(doc, mention): "Analyst's own headline"}


@pytest.fixture(scope="module")
def on_dask(corpus_1000: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Extraction]:
    """The seeds (with texts), the seeds with an analyst's date and headline, and the 1,000 documents,
    extracted on one LocalCluster."""
    published, headlines = _analysts_edits()
    runs = {
        "seeds": ([SEEDS], {"with_texts": True}),
        "edited": ([SEEDS], {"published_overrides": published, "headline_overrides": headlines}),
        "corpus": ([corpus_1000], {}),
    }
    folder = tmp_path_factory.mktemp("dask")
    (folder / "runs.pkl").write_bytes(pickle.dumps(list(runs.values())))
    done = subprocess.run(
        [sys.executable, "-c", ON_A_LOCAL_CLUSTER, str(folder / "runs.pkl"), str(folder / "done.pkl")],
        env=ENV, cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return dict(zip(runs, pickle.loads((folder / "done.pkl").read_bytes()), strict=True))


def _same(got: Extraction, want: Extraction) -> None:
    pd.testing.assert_frame_equal(got.frame, want.frame)
    assert got.reports == want.reports
    assert got.problems == want.problems


def test_the_seeds_give_the_same_events_texts_and_reports(on_dask: dict[str, Extraction]) -> None:
    want = extract([SEEDS])
    _same(on_dask["seeds"], want)
    assert on_dask["seeds"].documents == want.documents
    assert want.frame["n_sources"].max() > 1  # events grouped across documents were compared, not only singles


def test_analysts_dates_and_headlines_reach_the_workers(on_dask: dict[str, Extraction]) -> None:
    published, headlines = _analysts_edits()
    got = on_dask["edited"]
    _same(got, extract([SEEDS], published_overrides=published, headline_overrides=headlines))
    assert (got.frame["published_basis"] == "analyst").any()
    assert (got.frame["headline"] == "Analyst's own headline").sum() == 1
    assert got.documents == ()  # texts stay on the workers unless asked for


def test_a_thousand_documents_give_the_same_events(
    on_dask: dict[str, Extraction], one_machine_1000: Extraction
) -> None:
    got = on_dask["corpus"]
    _same(got, one_machine_1000)
    frame = got.frame
    # What makes the comparison worth making: groups spanning documents, undated rows, unreadable
    # files and a sources.csv problem.
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
    runs = {
        seed: subprocess.Popen(
            [
                sys.executable,
                "-c",
                GROUP_IN_A_FRESH_PROCESS,
                str(tmp_path / "frame.pkl"),
                str(tmp_path / f"{seed}.csv"),
            ],
            env={**ENV, "PYTHONHASHSEED": str(seed)},
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


def test_rows_tied_on_date_doc_and_offset_come_back_in_batch_order() -> None:
    from timeline.distributed.dask_extract import _in_extract_order

    frame = extract([SEEDS]).frame
    row = frame.iloc[[0]]
    # The same (date, doc, passage_start) in two bins, the later batch's bin first: the batch's order wins.
    early = row.assign(mention_id="early").set_axis(pd.Index([5], name="_order"))
    late = row.assign(mention_id="late").set_axis(pd.Index([(1 << 32) + 1], name="_order"))
    assert _in_extract_order([late, early])["mention_id"].tolist() == ["early", "late"]


def test_the_cli_with_a_local_cluster_writes_the_same_csv(tmp_path: Path) -> None:
    one, dask = tmp_path / "one.csv", tmp_path / "dask.csv"
    assert run_cli("extract", SEEDS, "-o", one, "-q").returncode == 0
    run = run_cli("extract", SEEDS, "-o", dask, "--scheduler", "local", "--workers", "1", timeout=120)
    assert run.returncode == 0, run.stderr
    assert dask.read_bytes() == one.read_bytes()
    assert f"events from {len(list(SEEDS.glob('*.txt')))} document(s)" in run.stderr


def test_the_cli_fills_an_event_store_from_a_local_cluster(tmp_path: Path) -> None:
    one, dask, store = tmp_path / "one.csv", tmp_path / "dask.csv", tmp_path / "store"
    assert run_cli("extract", SEEDS, "-o", one, "-q").returncode == 0
    args = ("extract", SEEDS, "--store", store, "--scheduler", "local", "--workers", "1")
    run = run_cli(*args, "-o", dask, timeout=120)
    assert run.returncode == 0, run.stderr
    assert dask.read_bytes() == one.read_bytes()
    assert "5 new, 0 changed" in run.stderr
    again = run_cli(*args, timeout=120)  # nothing changed: nothing is sent to the workers
    assert again.returncode == 0, again.stderr
    assert "0 new, 0 changed, 5 unchanged" in again.stderr


def test_an_unreachable_scheduler_is_an_error_message() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "timeline", "extract", str(SEEDS), "--scheduler", "tcp://127.0.0.1:9", "-q"],
        env={**ENV, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"}, cwd=ROOT, capture_output=True, text=True,
        timeout=60,
    )  # fmt: skip
    assert run.returncode == 2
    assert "cannot reach the Dask scheduler" in run.stderr and "tcp://127.0.0.1:9" in run.stderr
    assert "Traceback" not in run.stderr


def _dask(*args: str, env: dict[str, str], cwd: Path) -> subprocess.Popen[bytes]:
    command = [str(Path(sys.executable).with_name("dask")), *args, "--no-dashboard"]
    return subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def test_a_worker_without_timeline_is_named_before_any_work(tmp_path: Path) -> None:
    address_file = tmp_path / "scheduler.json"
    scheduler = _dask("scheduler", "--host", "127.0.0.1", "--port", "0", "--scheduler-file", str(address_file),
                      env=ENV, cwd=ROOT)  # fmt: skip
    # A worker started elsewhere, as on another machine where the package was not installed.
    bare = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    worker = _dask("worker", "--scheduler-file", str(address_file), "--nthreads", "1", env=bare, cwd=tmp_path)
    try:
        deadline = time.monotonic() + 60
        while not address_file.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        address = json.loads(address_file.read_text())["address"]
        run = run_cli("extract", SEEDS, "--scheduler", address, "-q", timeout=120)
    finally:
        for process in (worker, scheduler):
            process.terminate()
            process.wait(timeout=30)
    assert run.returncode == 2
    assert "cannot import timeline on tcp://" in run.stderr, run.stderr
    assert "Traceback" not in run.stderr
