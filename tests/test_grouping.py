"""Grouping: the merge / no-merge table, event ids, n_sources, the event date, the events table."""

from __future__ import annotations

import datetime as dt
import random

import pandas as pd
import pytest

from timeline.core.data import builtin
from timeline.core.frame import COLUMN_NAMES, conform
from timeline.core.yamldata import read_yaml
from timeline.grouping.events_table import EVENT_TABLE_COLUMNS, events_table
from timeline.grouping.grouper import group_events
from timeline.grouping.happening import MentionView, actor_set, content_words, same_happening, view_of


def period(value: str) -> tuple[dt.date, dt.date]:
    """Periods written independently of timeline.core.periods: YYYY-MM-DD, YYYY-MM, YYYY-FA, YYYY, A..B."""
    if ".." in value:
        a, b = value.split("..")
        return dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    parts = value.split("-")
    if len(parts) == 3:
        day = dt.date.fromisoformat(value)
        return day, day
    year = int(parts[0])
    if len(parts) == 1:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if parts[1] == "FA":
        return dt.date(year, 9, 1), dt.date(year, 11, 30)
    month = int(parts[1])
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return dt.date(year, month, 1), nxt - dt.timedelta(days=1)


def mention(
    when: str | None,
    event_type: str,
    passage: str,
    actors: dict[str, str] | None = None,
    concepts: set[str] | None = None,
    doc: str = "a.txt",
) -> MentionView:
    start, end = period(when) if when else (None, None)
    actors = actors or {}
    return MentionView(
        mention_id=f"m{abs(hash((when, passage))) % 10**8}",
        doc=doc,
        start=start,
        end=end,
        event_type=event_type,
        actors=frozenset(actors),
        actor_kinds=frozenset(actors.values()),
        specific_actors=actor_set("; ".join(actors), "; ".join(actors.values())).specific,
        concepts=frozenset(concepts or ()),
        words=content_words(passage),
    )


LAVROV_SIALA = {"Sergey Lavrov": "person", "Mohamed Taha Siala": "person", "Russia": "state", "Libya": "state"}

# (a, b, merge?) — each row a case a reader decides without hesitation.
CASES = [
    pytest.param(
        mention(
            "2020-12-30",
            "talks",
            "Lavrov held a news conference after a meeting with Siala",
            LAVROV_SIALA,
            {"meeting"},
            doc="x.txt",
        ),
        mention(
            "2020-12-30", "talks", "Sialas met Russia's Sergey Lavrov in Moscow", LAVROV_SIALA, {"meeting"}, doc="y.txt"
        ),
        True,
        id="same meeting in two outlets",
    ),
    pytest.param(
        mention(
            "2020-10-23",
            "agreement",
            "the rival sides agreed to the permanent ceasefire",
            {"Libya": "state"},
            {"ceasefire", "agreement"},
        ),
        mention("2020-10", "agreement", "In October they signed a truce", {}, {"signing", "ceasefire"}),
        True,
        id="day and its month, same ceasefire, no actor named",
    ),
    pytest.param(
        mention(
            "2020-10", "agreement", "since signing a ceasefire in October", {"Libya": "state"}, {"signing", "ceasefire"}
        ),
        mention(
            "2020-FA",
            "agreement",
            "once they came to the ceasefire agreement last fall",
            {"Libya": "state"},
            {"ceasefire"},
        ),
        True,
        id="month inside its season",
    ),
    pytest.param(
        mention(
            "2020-01-13",
            "talks",
            "Haftar shakes hands with Shoigu before talks in Moscow",
            {"Khalifa Haftar": "person", "Sergei Shoigu": "person", "Russia": "state"},
            {"talks", "meeting"},
        ),
        mention(
            "2020-01-13",
            "talks",
            "Talks between the factions failed to achieve a breakthrough, Lavrov said",
            {"Libya": "state", "Russia": "state", "Sergey Lavrov": "person"},
            {"talks"},
        ),
        True,
        id="caption and report of the same talks, sharing a state",
    ),
    pytest.param(
        mention(
            "2021-02",
            "government_formation",
            "interim leaders were selected to lead the country",
            {"Libya": "state"},
            {"appointment"},
        ),
        mention(
            "2021-02",
            "government_formation",
            "a new transitional government installed in February",
            {"United Nations": "un_body"},
            {"appointment"},
        ),
        True,
        id="selected and installed: one appointment",
    ),
    pytest.param(
        mention(
            "2021-02",
            "government_formation",
            "interim leaders were selected to lead the country",
            {"Libya": "state"},
            {"appointment"},
        ),
        mention(
            "2021-02",
            "statement",
            "Russia said it is prepared for work with the interim leaders",
            {"Russia": "state", "Libya": "state"},
        ),
        False,
        id="same month, different types",
    ),
    pytest.param(
        mention("2021-02", "statement", "Russia said it would send envoys", {"Russia": "state"}),
        mention("2021-02", "statement", "Turkey said it would withdraw", {"Turkey": "state"}),
        False,
        id="statements by different states",
    ),
    pytest.param(
        mention("2021-02-03", "statement", "Russia said it would send envoys", {"Russia": "state"}),
        mention("2021-02", "statement", "Russia announced new sanctions against the company", {"Russia": "state"}),
        False,
        id="same state, different statements",
    ),
    pytest.param(
        mention("2020-12-29", "statement", "Guterres said in the letter", {"António Guterres": "person"}),
        mention(
            "2020-12-29",
            "statement",
            "Guterres urged all countries to respect the embargo",
            {"António Guterres": "person"},
        ),
        True,
        id="same person, same day, same type",
    ),
    pytest.param(
        mention("2020-01-13", "talks", "talks in Moscow", {"Russia": "state", "Turkey": "state"}, {"talks"}),
        mention("2020-01-13", "talks", "talks in Berlin", {"Germany": "state"}, {"talks"}),
        False,
        id="same day and concept, different states",
    ),
    pytest.param(
        mention("2020-10-23", "agreement", "agreed to the ceasefire", {}, {"ceasefire"}),
        mention("2020-11", "agreement", "agreed to the ceasefire", {}, {"ceasefire"}),
        False,
        id="periods not compatible",
    ),
    pytest.param(
        mention("2020-09-28..2020-10-04", "talks", "talks held in Geneva", {}, {"talks"}),
        mention("2020-10", "talks", "talks held in Geneva", {}, {"talks"}),
        False,
        id="week across two months is not inside the month",
    ),
    pytest.param(
        mention("2020", "agreement", "the ceasefire of 2020", {}, {"ceasefire"}),
        mention("2020-01-08", "agreement", "the truce proposed by the presidents", {}, {"ceasefire"}),
        False,
        id="a year is too vague for a shared concept alone",
    ),
    pytest.param(
        mention("2011", "protest", "popular uprising ousted Gaddafi", {"Muammar Gaddafi": "person"}, {"uprising"}),
        mention(
            "2011", "protest", "Qaddafi was killed in a 2011 uprising", {"Muammar Gaddafi": "person"}, {"uprising"}
        ),
        True,
        id="a year with a shared person",
    ),
    pytest.param(
        mention("2021-12", "election", "until December elections", {}, {"election"}),
        mention("2021-12-24", "election", "national elections will take place", {}, {"election"}),
        True,
        id="scheduled elections, day and month",
    ),
    pytest.param(
        mention("2020-12-30", "talks", "Lavrov met Siala in Moscow", LAVROV_SIALA, {"meeting"}),
        mention(
            "2020-12-30",
            "talks",
            "the Dialogue Forum started an online session",
            {"Libyan Political Dialogue Forum": "organisation"},
            {"conference"},
        ),
        False,
        id="simultaneous but different happenings",
    ),
    pytest.param(
        mention("2019", "other", "Libya plunged into chaos when forces moved on Tripoli", {"Libya": "state"}),
        mention("2019", "other", "Libya plunged into chaos when forces moved toward Tripoli", {"Libya": "state"}),
        True,
        id="type other merges only near-duplicates",
    ),
    pytest.param(
        mention("2019", "other", "Libya plunged into chaos", {"Libya": "state"}),
        mention("2019", "other", "oil output fell sharply in the east", {"Libya": "state"}),
        False,
        id="type other, different wording",
    ),
    pytest.param(
        mention(None, "talks", "Lavrov met Siala", LAVROV_SIALA, {"meeting"}),
        mention("2020-12-30", "talks", "Lavrov met Siala", LAVROV_SIALA, {"meeting"}),
        False,
        id="undated mention",
    ),
]


@pytest.mark.parametrize(("a", "b", "merge"), CASES)
def test_merge_table(a: MentionView, b: MentionView, merge: bool) -> None:
    assert same_happening(a, b).merge is merge
    assert same_happening(b, a).merge is merge  # symmetric


def test_verdict_says_why() -> None:
    a, b, _ = CASES[0].values
    assert "Lavrov" in same_happening(a, b).reason or "Siala" in same_happening(a, b).reason
    assert same_happening(*CASES[5].values[:2]).reason == "different types"


# ------------------------------------------------------------------------------------------ frames


def row(mid: str, doc: str, when: str | None, precision: str, event_type: str, passage: str, actors: str = "",
        kinds: str = "", outlet: str = "", title: str = "", concepts: str = "") -> dict:  # fmt: skip
    start, end = period(when) if when else (None, None)
    return {
        "mention_id": mid,
        "event_id": "e" + mid,
        "doc": doc,
        "outlet": outlet,
        "date": start,
        "date_end": end,
        "precision": precision,
        "passage": passage,
        "passage_start": 0,
        "passage_end": len(passage),
        "date_text_start": -1,
        "date_text_end": -1,
        "actors": actors,
        "actor_kinds": kinds,
        "event_type": event_type,
        "event_concepts": concepts,
        "title": title or passage[:40],
        "n_sources": 1,
    }


def frame(*rows: dict) -> pd.DataFrame:
    return conform(pd.DataFrame(list(rows)))


CEASEFIRE = frame(
    row("m1", "000.txt", "2020-10-23", "day", "agreement", "Libya's rival sides agreed to the permanent ceasefire",
        "Libya", "state", outlet="Press TV", title="Sides agree to ceasefire", concepts="agreement; ceasefire"),
    row("m2", "004.txt", "2020-10", "month", "agreement", "the progress made since signing a ceasefire",
        "Libya", "state", outlet="Minbar", concepts="ceasefire; signing"),
    row("m3", "004.txt", "2020-FA", "season", "agreement", "once they came to the ceasefire agreement",
        outlet="Minbar", concepts="ceasefire"),
    row("m4", "004.txt", "2020-10", "month", "agreement", "In October they signed a truce", outlet="Minbar",
        concepts="ceasefire; signing"),
    row("m5", "004.txt", "2021-02", "month", "statement", "Russia said it is prepared for constructive work",
        "Russia", "state", outlet="Minbar"),
    row("m6", "002.txt", None, "", "call", "The ministers spoke by phone", outlet="x",
        concepts="phone_call"),
)  # fmt: skip


def test_mentions_of_one_happening_share_an_event() -> None:
    out = group_events(CEASEFIRE).set_index("mention_id")
    assert out.loc["m1", "event_id"] == out.loc["m2", "event_id"] == out.loc["m3", "event_id"] == out.loc[
        "m4", "event_id"]  # fmt: skip
    assert out.loc["m5", "event_id"] != out.loc["m1", "event_id"]
    assert out.loc["m1", "n_sources"] == 2
    assert out.loc["m5", "n_sources"] == 1


def test_event_date_is_the_most_precise_compatible_period() -> None:
    out = group_events(CEASEFIRE).set_index("mention_id")
    for mid in ("m1", "m2", "m3", "m4"):
        assert out.loc[mid, "event_date"] == pd.Timestamp("2020-10-23")
        assert out.loc[mid, "event_date_end"] == pd.Timestamp("2020-10-23")
        assert out.loc[mid, "event_precision"] == "day"
        assert out.loc[mid, "event_date_from"] == "m1"
    assert out.loc["m5", "event_date"] == pd.Timestamp("2021-02-01")
    assert out.loc["m5", "event_date_end"] == pd.Timestamp("2021-02-28")
    assert out["event_date"].dtype == "datetime64[s]"


def test_undated_rows_stay_their_own_events() -> None:
    out = group_events(CEASEFIRE).set_index("mention_id")
    assert out.loc["m6", "n_sources"] == 1
    assert pd.isna(out.loc["m6", "event_date"])
    assert (out["event_id"] == out.loc["m6", "event_id"]).sum() == 1


def test_rows_keep_order_index_and_columns() -> None:
    out = group_events(CEASEFIRE)
    assert list(out.columns) == list(COLUMN_NAMES)
    assert list(out.index) == list(CEASEFIRE.index)
    assert list(out["mention_id"]) == list(CEASEFIRE["mention_id"])


def test_event_ids_are_stable_whatever_the_row_order() -> None:
    first = group_events(CEASEFIRE).set_index("mention_id")["event_id"]
    shuffled = CEASEFIRE.sample(frac=1, random_state=3).reset_index(drop=True)
    second = group_events(shuffled).set_index("mention_id")["event_id"]
    assert first.sort_index().equals(second.sort_index())
    assert first["m1"].startswith("e") and len(first["m1"]) == 13


def test_vague_mention_joins_one_event_only() -> None:
    frame_ = frame(
        row(
            "a",
            "1.txt",
            "2020-01-08",
            "day",
            "agreement",
            "the truce was proposed by the presidents",
            concepts="ceasefire",
        ),
        row(
            "b",
            "2.txt",
            "2020-10-23",
            "day",
            "agreement",
            "the sides agreed to a permanent ceasefire",
            concepts="agreement; ceasefire",
        ),
        row(
            "c",
            "3.txt",
            "2020-10",
            "month",
            "agreement",
            "a ceasefire was agreed in October",
            concepts="agreement; ceasefire",
        ),
        row(
            "d",
            "4.txt",
            "2020",
            "year",
            "agreement",
            "the 2020 ceasefire agreed by the sides",
            "Libya",
            "state",
            concepts="agreement; ceasefire",
        ),
    )
    out = group_events(frame_).set_index("mention_id")
    assert out.loc["a", "event_id"] != out.loc["b", "event_id"]
    assert out.loc["b", "event_id"] == out.loc["c", "event_id"]
    # a year is too vague to join on a concept alone: it stays apart rather than glue January to October
    assert out.loc["d", "event_id"] not in {out.loc["a", "event_id"], out.loc["b", "event_id"]}


def test_events_table() -> None:
    table = events_table(group_events(CEASEFIRE))
    assert tuple(table.columns) == EVENT_TABLE_COLUMNS
    assert len(table) == 3
    ceasefire = table.iloc[0]
    assert ceasefire["event_date"] == pd.Timestamp("2020-10-23")
    assert ceasefire["event_type"] == "agreement"
    assert ceasefire["n_sources"] == 2
    assert ceasefire["docs"] == "000.txt; 004.txt"
    assert ceasefire["outlets"] == "Press TV; Minbar"
    assert ceasefire["actors"] == "Libya"
    assert ceasefire["title"] == "Sides agree to ceasefire"
    assert set(ceasefire["mention_ids"].split("; ")) == {"m1", "m2", "m3", "m4"}
    assert pd.isna(table.iloc[-1]["event_date"])  # undated last


def test_empty_frame() -> None:
    empty = conform(pd.DataFrame(columns=list(COLUMN_NAMES)))
    assert group_events(empty).empty
    assert tuple(events_table(empty).columns) == EVENT_TABLE_COLUMNS


def test_view_of_a_row_reads_the_concepts_classification_found() -> None:
    view = view_of(row("m", "d", "2020-10", "month", "agreement", "In October they signed a truce",
                       concepts="ceasefire; signing"))  # fmt: skip
    assert view.concepts == frozenset({"signing", "ceasefire"})
    assert view.start == dt.date(2020, 10, 1) and view.end == dt.date(2020, 10, 31)


def test_many_mentions_group_without_pairwise_blowup() -> None:
    rng = random.Random(7)
    syllables = ["ka", "lo", "mi", "ra", "su", "te", "vo", "zi", "ne", "pa"]
    people = sorted({"".join(rng.choices(syllables, k=4)).title() for _ in range(400)})[:300]
    rows = []
    for i in range(3000):
        day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(60))
        a, b = rng.sample(people, 2)
        rows.append(row(f"m{i:05d}", f"{i // 8}.txt", day.isoformat(), "day", "talks", f"{a} met {b} in the capital",
                        f"{a}; {b}", "person; person", concepts="meeting"))  # fmt: skip
    out = group_events(frame(*rows))
    # same day and a shared person make one event; nothing else does
    for _event_id, members in out.groupby("event_id"):
        assert members["event_date"].nunique() == 1
        if len(members) > 1:
            actor_sets = [set(a.split("; ")) for a in members["actors"]]
            assert all(any(s & t for t in actor_sets if t is not s) for s in actor_sets)


def test_dates_far_from_now_are_grouped_too() -> None:
    early = frame(
        row("a", "1.txt", "1551", "year", "armed_clash", "The Ottoman siege of Tripoli ended", "Libya", "state",
            concepts="offensive"),
        row("b", "2.txt", "1551-08", "month", "armed_clash", "Tripoli fell after a siege by the Ottoman fleet",
            "Libya", "state", concepts="offensive"),
    )  # fmt: skip
    out = group_events(early).set_index("mention_id")
    assert out.loc["b", "event_date"] == pd.Timestamp("1551-08-01")
    assert out.loc["a", "event_date"] == pd.Timestamp("1551-01-01")  # a year needs a shared non-state actor


FUNCTION_WORD_EXAMPLES = read_yaml(builtin("en/function_words.yaml"))["examples"]


@pytest.mark.parametrize("example", FUNCTION_WORD_EXAMPLES, ids=[e["passage"][:30] for e in FUNCTION_WORD_EXAMPLES])
def test_function_words_examples(example: dict) -> None:
    """The data file's own examples: what is left of a passage once function and calendar words go."""
    assert content_words(example["passage"]) == frozenset(example["content_words"])


def test_a_shared_army_or_government_is_no_more_evidence_than_a_shared_state() -> None:
    army = {"Military Forces of Valdoria": "state_forces", "Valdoria": "state"}
    a = mention("2031-03-12", "armed_clash", "the Valdorian army shelled the northern town", army)
    b = mention("2031-03", "armed_clash", "troops moved into the southern hills", army)
    assert not same_happening(a, b).merge
