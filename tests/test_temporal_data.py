"""The temporal stage's data files: every worked example they carry, and how the rules are loaded from them.

The examples live beside the words they illustrate (like HeidelTime's `// EXAMPLE` lines); each value was
worked out by hand when the entry was written, never copied from the tagger's output.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
from conftest import SEEDS, d

from timeline.core.data import DATA_DIR
from timeline.core.errors import DataFileError
from timeline.core.yamldata import examples, read_yaml
from timeline.temporal.patterns import by_family, find
from timeline.temporal.rules import DATA_FILES, builtin_rules, load_temporal_rules
from timeline.temporal.tagger import Reference, tag
from timeline.temporal.tense import forward_cue, plan_tense, rescheduled, sentence_tense

_TENSE_FILE = "en/tense_markers.yaml"


def _examples(name: str, fields: tuple[str, ...]) -> list[pytest.param]:
    path = DATA_DIR / name
    found = examples(read_yaml(path), path, fields)
    return [pytest.param(e, id=f"{Path(name).stem}:{e['entry']}:{e[fields[-2]]}") for e in found]


DATE_EXAMPLES = [
    p
    for name in DATA_FILES
    if name != _TENSE_FILE
    for p in _examples(name, ("text", "published", "expression", "value"))
]
TENSE_EXAMPLES = _examples(_TENSE_FILE, ("sentence", "expression", "tense"))


@pytest.mark.parametrize("name", DATA_FILES)
def test_every_list_and_table_has_examples(name):
    """A word list carries its own examples; a file's tables share the file's `examples`."""
    document = read_yaml(DATA_DIR / name)
    for key, value in document.items():
        if isinstance(value, dict) and "words" in value:
            assert value.get("examples"), f"{name}: {key} has no examples"
    if any(key != "examples" and not (isinstance(v, dict) and "words" in v) for key, v in document.items()):
        assert document.get("examples"), f"{name}: its tables have no examples"


@pytest.mark.parametrize("example", DATE_EXAMPLES)
def test_date_example(example):
    text, expr = example["text"], example["expression"]
    start = text.index(expr)
    end = start + len(expr)
    mentions = tag(text, Reference(d(example["published"])))
    dated = [m for m in mentions if m.start < end and start < m.end and m.kind == "date" and m.period is not None]
    if example["value"] == "none":
        assert dated == [], f"{expr!r} should not be a resolved date"
        return
    assert len(dated) == 1, f"expected one date over {expr!r}, got {mentions}"
    assert dated[0].period.value == example["value"]


@pytest.mark.parametrize("example", TENSE_EXAMPLES)
def test_tense_example(example):
    sentence, expr = example["sentence"], example["expression"]
    start = sentence.index(expr)
    assert sentence_tense(sentence, start, start + len(expr), builtin_rules().tense) == example["tense"]
    if "forward" in example:
        assert forward_cue(sentence, start, builtin_rules().tense) is (example["forward"] == "True")
    if "rescheduled" in example:
        assert rescheduled(sentence, start, builtin_rules().tense) is (example["rescheduled"] == "True")
    if "planned" in example:
        planned = plan_tense(sentence, start, start + len(expr), builtin_rules().tense)
        assert planned == (None if example["planned"] == "False" else example["planned"])
    if "event" in example:
        # Against a Friday: every day the sentences name resolves, unless it is no event.
        mentions = tag(sentence, Reference(d("2021-03-05")))
        dated = [m for m in mentions if m.start < start + len(expr) and start < m.end and m.period is not None]
        assert bool(dated) is (example["event"] == "True")


# ---------------------------------------------------------------- loading


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A private copy of the built-in data files, to edit."""
    for name in DATA_FILES:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(DATA_DIR / name, tmp_path / name)
    return tmp_path


def _edit(root: Path, name: str, old: str, new: str) -> None:
    path = root / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_builtin_rules_are_built_once():
    assert builtin_rules() is builtin_rules()


def test_before_words_only_spare_work():
    """The words derived as able to precede each prefix never hide a match: finding without the
    cheap test (every prefix searched everywhere) gives the same expressions."""
    rules = builtin_rules()
    unfiltered = tuple(dataclasses.replace(p, before=None) for p in rules.patterns)
    thorough = dataclasses.replace(rules, patterns=unfiltered, by_family=by_family(unfiltered))
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    texts += [e.values[0]["text"] for e in DATE_EXAMPLES]
    for text in texts:
        assert find(text, thorough) == find(text, rules)


def test_a_new_cue_works_without_code(data_copy):
    """The words tried before a prefix are derived from the cue lists: a new cue needs no other change."""
    text = "The harvest starts around June."
    assert [m.text for m in tag(text, Reference(d("2020-05-20")))] == ["June"]
    _edit(data_copy, "en/cues.yaml", "  words: [in, since, until,", "  words: [around, in, since, until,")
    rules = load_temporal_rules(data_copy)
    assert [m.text for m in tag(text, Reference(d("2020-05-20")), rules=rules)] == ["around June"]


def test_tense_cache_keeps_rule_sets_apart(data_copy):
    sentence = "Farmers hold talks in March."
    span = (sentence.index("March"), sentence.index("March") + len("March"))
    _edit(data_copy, _TENSE_FILE, "  words: [was, were,", "  words: [hold, was, were,")
    other = load_temporal_rules(data_copy)
    assert sentence_tense(sentence, *span, builtin_rules().tense) == "unknown"
    assert sentence_tense(sentence, *span, other.tense) == "past"
    assert sentence_tense(sentence, *span, builtin_rules().tense) == "unknown"


@pytest.mark.parametrize(
    "name,old,new",
    [
        pytest.param("en/cues.yaml", "range_openers:", "range_openers: [", id="not-yaml"),
        pytest.param("en/prepositions.yaml", '[in, "on",', "[in, on,", id="yaml-boolean"),
        pytest.param("en/numbers.yaml", "  three: 3", "  three: three", id="not-a-number"),
        pytest.param("en/modifiers.yaml", "  late: END", "  late: LATE", id="unknown-modifier"),
        pytest.param("en/sequence_offsets.yaml", "[1, day]", "[1, fortnight]", id="unknown-unit"),
        pytest.param("en/tense_markers.yaml", "past_words:", "past_word:", id="missing-entry"),
        pytest.param("en/national_days.yaml", "{date: [12, 24],", "{date: [12, 32],", id="no-such-national-day"),
        pytest.param("en/national_days.yaml", "names: [Libya, Libyan, Libyans]", "names: []", id="state-without-names"),
        pytest.param("en/holidays.yaml", "Independence Day: independence", "Independence Day: freedom",
                     id="national-holiday-without-table"),
        pytest.param("en/holidays.yaml", "Yom Kippur: [IL, [Yom Kippur], all, 1]",
                     "Yom Kippur: [IL, Yom Kippur, all, 1]", id="calendar-holiday-names-not-a-list"),
        pytest.param("en/holidays.yaml", "Diwali: [IN, [Diwali], first, 0]", "Diwali: [IN, [Diwali], last, 0]",
                     id="calendar-holiday-unknown-span"),
    ],
)  # fmt: skip
def test_malformed_file_is_named(data_copy, name, old, new):
    _edit(data_copy, name, old, new)
    with pytest.raises(DataFileError, match=Path(name).name.replace(".", r"\.")):
        load_temporal_rules(data_copy)


def test_missing_file_is_named(data_copy):
    (data_copy / "en/seasons.yaml").unlink()
    with pytest.raises(DataFileError, match=r"seasons\.yaml: cannot read"):
        load_temporal_rules(data_copy)


def test_a_new_state_dates_independence_day_without_code(data_copy):
    text = "Kenyans marked Independence Day in Nairobi."
    assert [m.value for m in tag(text, Reference(d("2020-05-20"))) if m.text == "Independence Day"] == [""]
    _edit(data_copy, "en/national_days.yaml", "independence:\n",
          "independence:\n  Kenya: {date: [12, 12], names: [Kenya, Kenyan, Kenyans]}\n")  # fmt: skip
    rules = load_temporal_rules(data_copy)
    assert [m.value for m in tag(text, Reference(d("2020-05-20")), rules=rules)] == ["2019-12-12"]


def test_a_holiday_named_after_a_month_leaves_the_month_alone(data_copy):
    """A holiday's first word is where its patterns are tried; one that is a month's name ("May Day") must not
    take that word from the month patterns."""
    _edit(data_copy, "en/holidays.yaml", "  Anzac Day: [4, 25]\n", "  Anzac Day: [4, 25]\n  May Day: [5, 1]\n")
    rules = load_temporal_rules(data_copy)
    values = [m.value for m in tag("The truce began on May 3, 2020.", Reference(d("2020-05-20")), rules=rules)]
    assert values == ["2020-05-03"]
