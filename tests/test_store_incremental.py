"""The store's incremental regrouping: after documents are added, changed or removed, only the shuffle groups
they touch are regrouped, and the events are those of a full regrouping (a fresh store) and of `extract`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from conftest import SEEDS
from corpus_gen import write_corpus

from timeline.pipeline import extract, extract_to_store, prepare
from timeline.store import incremental, regroup
from timeline.store.reader import read_events

FINGERPRINT = "test"


def _store(folder: Path, store: Path):
    return extract_to_store(prepare([folder]), store, FINGERPRINT, roots=[folder])


@pytest.fixture
def spy(monkeypatch):
    """The rows each incremental update regrouped, and how many full rebuilds ran."""
    seen: dict[str, list[int]] = {"update": [], "rebuild": []}
    update, rebuild = incremental.update_events, regroup.rebuild_events

    def counted_update(*args, **kwargs):
        seen["update"].append(update(*args, **kwargs))
        return seen["update"][-1]

    def counted_rebuild(*args, **kwargs):
        seen["rebuild"].append(rebuild(*args, **kwargs))
        return seen["rebuild"][-1]

    monkeypatch.setattr(incremental, "update_events", counted_update)
    monkeypatch.setattr(regroup, "rebuild_events", counted_rebuild)
    return seen


def _same_as_fresh(corpus: Path, store: Path, tmp_path: Path, name: str) -> pd.DataFrame:
    """The store's events equal a fresh store's (a full regrouping) and `extract`'s; returns them."""
    events = read_events(store)
    fresh = tmp_path / f"fresh-{name}"
    _store(corpus, fresh)
    pd.testing.assert_frame_equal(events, read_events(fresh))
    pd.testing.assert_frame_equal(events, extract([corpus]).frame)
    return events


def _add_sentence(path: Path, sentence: str) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\n\n", f"\n\n{sentence}\n\n", 1), encoding="utf-8")


def test_changes_regroup_only_their_groups_and_give_a_full_regroupings_events(tmp_path, spy):
    corpus = write_corpus(tmp_path / "corpus", 60)
    store = tmp_path / "store"
    _store(corpus, store)
    assert spy == {"update": [], "rebuild": [len(read_events(store))]}
    docs = sorted(corpus.glob("doc*.txt"))

    # A change whose new date is far from every other (a group of its own), one removal, one new document.
    _add_sentence(docs[3], "The two delegations signed a ceasefire agreement in Geneva on 3 March 2016.")
    removed = docs[7]
    removed.unlink()
    shutil.copy(sorted(SEEDS.glob("*.txt"))[0], corpus / "new_seed.txt")
    run = _store(corpus, store)
    assert (run.plan.new, run.plan.changed, run.plan.removed) == (1, 1, (removed.name,))
    assert len(spy["rebuild"]) == 1 and len(spy["update"]) == 1
    events = _same_as_fresh(corpus, store, tmp_path, "1")
    assert 0 < spy["update"][0] < len(events) / 2, "only the touched groups are regrouped"
    assert "3 March 2016" in set(events["date_text"])
    assert removed.name not in set(events["doc"])


def test_each_of_a_sequence_of_changes_and_removals_gives_a_full_regroupings_events(tmp_path, spy):
    corpus = write_corpus(tmp_path / "corpus", 30)
    store = tmp_path / "store"
    _store(corpus, store)
    docs = sorted(corpus.glob("doc*.txt"))
    # Run 2 puts two changed documents in a batch of their own; run 3 removes both (that batch is compacted
    # away); run 4 changes another.
    for path in docs[:2]:
        _add_sentence(path, "Officials met again in Tunis on 14 February 2020.")
    _store(corpus, store)
    _same_as_fresh(corpus, store, tmp_path, "2")
    for path in docs[:2]:
        path.unlink()
    _store(corpus, store)
    _same_as_fresh(corpus, store, tmp_path, "3")
    _add_sentence(docs[5], "A new truce took effect on 9 September 2015.")
    _store(corpus, store)
    events = _same_as_fresh(corpus, store, tmp_path, "4")
    assert "9 September 2015" in set(events["date_text"])
    assert spy["update"] and all(n > 0 for n in spy["update"])


def test_other_headlines_regroup_everything(tmp_path, spy):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    store = tmp_path / "store"
    _store(corpus, store)
    mention = read_events(store).iloc[0]
    headlines = {(mention["doc"], mention["mention_id"]): "Analyst's headline"}
    run = extract_to_store(prepare([corpus]), store, FINGERPRINT, roots=[corpus], headline_overrides=headlines)
    assert run.regrouped and len(spy["rebuild"]) == 2 and spy["update"] == []
    events = read_events(store).set_index("mention_id")
    assert events.loc[mention["mention_id"], "headline"] == "Analyst's headline"
