"""Titles: interaction and subject rules, the trimmed-clause fallback, the length limit."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.core.errors import DataFileError
from timeline.understanding import titles
from timeline.understanding.actors import builtin_gazetteer, find_actors, load_gazetteer
from timeline.understanding.headlines import make_headline, title_and_headline
from timeline.understanding.rulefiles import Example, read_rule_file
from timeline.understanding.titles import TITLE_MAX, TitleRules, load_title_rules, make_title

_RULE_FILES = ("TITLE_INTERACTIONS", "TITLE_TAIL_PREPOSITIONS", "TITLE_TRAILING_FILLERS", "TITLE_TEMPORAL_OPENERS")


def _read(constant: str) -> tuple[Example, ...]:
    return read_rule_file(getattr(titles, constant), columns=2 if constant == "TITLE_INTERACTIONS" else 1).examples


def titled(example: Example, rules: TitleRules | None = None) -> str:
    """make_title() of an example whose date expression may be written [[like this]]."""
    marked = example.text
    span = (marked.index("[["), marked.index("]]") - 2) if "[[" in marked else None
    return make_title(marked.replace("[[", "").replace("]]", ""), date_span=span, rules=rules)


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        (
            "Libya's Foreign Minister Mohammed Taher Sialas met Russia's Sergey Lavrov in Moscow on Wednesday, as "
            "intervening powers look to end the conflict.",
            "Siala meets Lavrov in Moscow",
        ),
        (
            "Russian Foreign Minister Sergey Lavrov issued the warning at a news conference following a meeting with "
            "his Libyan counterpart, Mohamed Siala, on Wednesday.",
            "Lavrov meets Siala",
        ),
        (
            "On Thursday, Russian Prime Minister Mikhail Mishustin hosted Dbeibah for talks on cooperation in energy.",
            "Mishustin hosts Dbeibah for talks on cooperation in energy",
        ),
        (
            "French President Emmanuel Macron hosted Italian Prime Minister Mario Draghi in Paris on Monday.",
            "Macron hosts Draghi in Paris",
        ),
        (
            "Khalifa Haftar shakes hands with Russian Defence Minister Sergei Shoigu before talks in Moscow, Russia "
            "January 13, 2020.",
            "Haftar shakes hands with Shoigu in Moscow",
        ),
        ("Erdogan spoke by phone with Putin on Friday.", "Erdoğan speaks by phone with Putin"),
    ],
)
def test_interaction_rule(passage: str, expected: str) -> None:
    assert make_title(passage) == expected


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        (
            "Russian Foreign Minister Sergey Lavrov said on Monday that talks would continue.",
            "Lavrov said on Monday that talks would continue",
        ),
        (
            "UN Secretary General Antonio Guterres has proposed that monitors observe the ceasefire.",
            "Guterres has proposed that monitors observe the ceasefire",
        ),
        (
            "On Thursday, Foreign Minister Nikos Dendias told reporters that Greece would act.",
            "Dendias told reporters that Greece would act",
        ),
    ],
)
def test_subject_rule_shortens_title_phrases_to_the_name(passage: str, expected: str) -> None:
    assert make_title(passage) == expected


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        ("On Thursday, the council voted to extend the mission.", "The council voted to extend the mission"),
        (
            "In late November, the representatives of the two sides concluded a round of talks.",
            "The representatives of the two sides concluded a round of talks",
        ),
        ("Last month, the GNA warned its neighbours.", "The GNA warned its neighbours"),
        ("• In October they signed a truce", "They signed a truce"),
        ("and since then the ceasefire has held.", "Since then the ceasefire has held"),
        # a leading phrase without a date word is part of the sentence
        (
            "In a letter to the council, the envoy asked for monitors.",
            "In a letter to the council, the envoy asked for monitors",
        ),
        ("until December elections.", "Until December elections"),
    ],
)
def test_fallback_is_the_clause_without_date_debris(passage: str, expected: str) -> None:
    assert make_title(passage) == expected


def test_name_in_apposition_is_the_subject() -> None:
    passage = "United Nations envoy to Libya, Stephanie Williams, alerted the Security Council this week."
    assert make_title(passage) == "Williams alerted the Security Council this week"


def test_attribution_comes_before_an_opening_quotation() -> None:
    passage = '"I call on all stakeholders to respect the ceasefire," Guterres said in the letter dated Tuesday.'
    assert (
        make_title(passage)
        == "Guterres said in the letter dated Tuesday: “I call on all stakeholders to respect the ceasefire”"
    )
    # an attribution that is no subject stays where it is
    inverted = "“They indicated the need to resume the truce,” underlined a statement issued by the Kremlin."
    assert make_title(inverted).startswith("“They indicated")


def test_long_passage_is_cut_at_a_word_boundary() -> None:
    passage = (
        "The resolution that was passed in New York Friday calls for the creation of a ceasefire surveillance unit "
        "of up to 60 members within the UN mission in Libya, called UNSMIL."
    )
    title = make_title(passage)
    assert len(title) <= TITLE_MAX
    assert title.endswith("…")
    body = title[:-1]
    assert passage.startswith(body)
    assert passage[len(body)] == " "  # the cut falls between words


def test_document_offsets_give_the_same_title_as_local_search() -> None:
    text = "Intro line.\nLibya's Foreign Minister Mohammed Taher Sialas met Russia's Sergey Lavrov in Moscow."
    start = text.index("Libya")
    passage = text[start:]
    assert make_title(passage, find_actors(text), offset=start) == make_title(passage) == "Siala meets Lavrov in Moscow"


def test_date_span_is_kept_out_of_the_tail() -> None:
    passage = "Sialas met Lavrov in Moscow Wednesday"
    start = passage.index("Wednesday")
    assert make_title(passage, date_span=(start, start + 9)) == "Siala meets Lavrov in Moscow"


def test_empty_passage() -> None:
    assert make_title("   ") == ""


@given(st.text(alphabet=st.sampled_from(list("abc XYZ,.’“”\n-—é")), max_size=400))
def test_title_is_one_line_within_the_limit(passage: str) -> None:
    title = make_title(passage)
    assert len(title) <= TITLE_MAX
    assert "\n" not in title


@pytest.mark.parametrize(
    "example", [pytest.param(e, id=e.source.rsplit("/", 1)[-1]) for c in _RULE_FILES for e in _read(c)]
)
def test_title_rule_file_example(example: Example) -> None:
    assert titled(example) == example.expected, example.source


@pytest.mark.parametrize("constant", _RULE_FILES)
def test_title_rule_examples_need_their_file(tmp_path, monkeypatch, constant: str) -> None:
    """Emptied, a rule file no longer gives what its examples say: they test the rule."""
    examples = _read(constant)
    assert examples
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n", encoding="utf-8")
    monkeypatch.setattr(titles, constant, empty)
    without = load_title_rules()
    assert any(titled(e, without) != e.expected for e in examples)


def test_collapsed_whitespace_uses_the_given_gazetteer(tmp_path) -> None:
    extra = tmp_path / "actors.csv"
    extra.write_text("canonical,kind,aliases\nKarim Tawil,person,Tawil\n", encoding="utf-8")
    gaz = load_gazetteer(extra)
    passage = "Tawil met\n  Lavrov in Moscow."
    text = "Intro.\n" + passage
    named = find_actors(text, gaz)
    # the passage's whitespace runs shrink in the title, so actors are found again, with `gaz`
    assert make_title(passage, named, text.index("Tawil"), None, gaz) == "Tawil meets Lavrov in Moscow"
    assert make_title(passage, find_actors(text), text.index("Tawil"), None, builtin_gazetteer()) != (
        "Tawil meets Lavrov in Moscow"
    )


@pytest.mark.parametrize(
    ("content", "columns", "message"),
    [
        ("met,meets\nhosted\n", 2, "rules.txt:2: expected 2"),
        ("met,meets,greets\n", 2, "rules.txt:1: expected 2"),
        ("# EXAMPLE: Haftar met Lavrov.\n", 1, "rules.txt:1: an example is written"),
        ("# EXAMPLE:  => nothing\n", 1, "rules.txt:1: an example is written"),
    ],
)
def test_malformed_rule_file_is_an_error_naming_file_and_line(tmp_path, content, columns, message) -> None:
    path = tmp_path / "rules.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError, match=re.escape(message)):
        read_rule_file(path, columns=columns)


def test_rule_file_entries_and_examples(tmp_path) -> None:
    path = tmp_path / "rules.txt"
    path.write_text("# a comment\n\nmet with , meets\n# EXAMPLE: A met with B. => A meets B\n", encoding="utf-8")
    rules = read_rule_file(path, columns=2)
    assert rules.rows == (("met with", "meets"),)
    assert [(e.text, e.expected, e.source) for e in rules.examples] == [("A met with B.", "A meets B", f"{path}:4")]


def test_missing_rule_file_is_an_error(tmp_path) -> None:
    with pytest.raises(DataFileError, match=r"missing\.txt"):
        read_rule_file(tmp_path / "missing.txt")


# --- headlines (issue 10) ------------------------------------------------------------------------------


def headlined(example: Example, rules: TitleRules | None = None) -> str:
    """The headline of an example's passage, its date expression written [[like this]]."""
    marked = example.text
    span = (marked.index("[["), marked.index("]]") - 2) if "[[" in marked else None
    return title_and_headline(marked.replace("[[", "").replace("]]", ""), None, 0, span, rules=rules)[1]


@pytest.mark.parametrize("example", read_rule_file(titles.HEADLINE_VERBS, columns=2).examples)
def test_headline_rule_file_example(example: Example) -> None:
    assert headlined(example) == example.expected, example.source


def test_headline_examples_need_their_file(tmp_path, monkeypatch) -> None:
    """Emptied, the verb table no longer gives what its examples say: they test the rule."""
    examples = read_rule_file(titles.HEADLINE_VERBS, columns=2).examples
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n", encoding="utf-8")
    monkeypatch.setattr(titles, "HEADLINE_VERBS", empty)
    without = load_title_rules()
    assert any(headlined(e, without) != e.expected for e in examples)


@pytest.mark.parametrize(
    ("title", "date_text", "expected"),
    [
        # a speaker first becomes "who: what" (headline style: no article); a trailing attribution goes
        ("Karel Dusek, the union's spokesperson, said the brigades withdrew on 15 May", "15 May",
         "Karel Dusek: brigades withdraw"),
        ("The rebels seized the town on Friday, the army said", "Friday", "Rebels seize the town"),
        # "would be signed" lies ahead: "to be signed"; an acronym in brackets after a one-word name goes
        ("The Front (MVLF) said the deal would be signed in Port Amsel", "",
         "Front: deal to be signed in Port Amsel"),
        # cut at a word boundary, without a trailing filler word
        ("The Saudi-led coalition and the Houthi movement agreed on 1 April 2022 to a two-month nationwide truce",
         "1 April 2022", "Saudi-led coalition and the Houthi movement agree to a two-month…"),
    ],
)  # fmt: skip
def test_headline_rules(title: str, date_text: str, expected: str) -> None:
    headline = make_headline(title, date_text)
    assert headline == expected
    assert len(headline) <= titles.HEADLINE_MAX


# --- headlines of quotations and captions (issue 10) ---------------------------------------------------


@pytest.mark.parametrize("example", read_rule_file(titles.QUOTE_PRONOUNS).examples)
def test_quotation_headline_example(example: Example) -> None:
    assert headlined(example) == example.expected, example.source


def test_quotation_examples_need_their_file(tmp_path, monkeypatch) -> None:
    """Emptied, the pronoun list no longer gives what its examples say."""
    examples = read_rule_file(titles.QUOTE_PRONOUNS).examples
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n", encoding="utf-8")
    monkeypatch.setattr(titles, "QUOTE_PRONOUNS", empty)
    without = load_title_rules()
    assert any(headlined(e, without) != e.expected for e in examples)


def captioned(example: Example, rules: TitleRules | None = None) -> str:
    """The headline of an example's first passage among its '|'-separated passages of one document,
    every passage dated by its [[date]]."""
    rules = rules or titles.builtin_title_rules()
    passages = [Example(p.strip(), "", example.source) for p in example.text.split(" | ")]
    dates = [p.text[p.text.index("[[") + 2 : p.text.index("]]")] for p in passages]
    headlines = [headlined(p, rules) for p in passages]
    plain = [p.text.replace("[[", "").replace("]]", "") for p in passages]
    return titles.caption_headlines(plain, dates, headlines, rules)[0]


@pytest.mark.parametrize("example", read_rule_file(titles.CAPTION_MARKERS).examples)
def test_caption_headline_example(example: Example) -> None:
    assert captioned(example) == example.expected, example.source


def test_caption_examples_need_their_file(tmp_path, monkeypatch) -> None:
    examples = read_rule_file(titles.CAPTION_MARKERS).examples
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n", encoding="utf-8")
    monkeypatch.setattr(titles, "CAPTION_MARKERS", empty)
    without = load_title_rules()
    assert any(captioned(e, without) != e.expected for e in examples)


@pytest.mark.parametrize(
    ("passage", "caption"),
    [
        ("Photo: Reuters", True),
        ("Delegates pictured in Geneva on 5 May. Credit: AFP/Getty Images", True),
        ("The rebels seized the town on 5 May, the army said.", False),
        # A wire lead's dateline names its agency: no photo's credit ("Photo: ..." before its headline).
        ("ORSK (Reuters) - Valdorian rebels freed two hostages on Monday.", False),
        ("BOGOTÁ (AP) — Rebels freed two hostages on Monday.", False),
        ("Rebels free hostages near Orsk on Monday (Reuters)", True),
        # long enough to be a statement, whatever it mentions
        ("The minister, pictured last year with the envoy, said on 5 May that the talks " * 3, False),
        # white space runs count once: a caption written over many lines is still short
        ("Envoys of Varnia and Oskel \n\n" + " " * 300 + "\n\nPhoto: Ostrand News Agency", True),
        ("Photo:" + " \t" * 150 + "envoys " * 27, True),
        ("Photo:" + " \t" * 150 + "envoys " * 29, False),
        # long from its first words: read no further
        ("Photo: " + "envoys meet " * 30, False),
    ],
)
def test_is_caption(passage: str, caption: bool) -> None:
    assert titles.is_caption(passage) is caption


def test_caption_without_a_body_sentence_of_its_date_is_marked() -> None:
    headlines = titles.caption_headlines(
        ["File photo: troops on 4 May", "The rebels seized the town on 5 May."],
        ["2020-05-04", "2020-05-05"],
        ["File photo: troops", "Rebels seize the town"],
    )
    assert headlines == ["Photo: Troops", "Rebels seize the town"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President P. J. van Ostrum met the envoy.", ["P. J. van Ostrum"]),
        ("Colonel K. al-Tarawi said the road was open.", ["K. al-Tarawi"]),
        ("State President R. de Vaal and the envoy met.", ["R. de Vaal"]),
        # initials before a capitalised word, as before
        ("Chief Minister T R Zelvang said.", ["T R Zelvang"]),
    ],
)
def test_initials_before_a_particle_and_a_surname_are_a_name(text: str, expected: list[str]) -> None:
    assert [m.canonical for m in find_actors(text)] == expected


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        ("Karel Dusek, left, and Ilse Varga in Port Amsel on 4 May 2031. © Ostrand News Agency", True),
        ("Photo: Rebels patrol the town on 5 May.", True),
        # a wire story's dateline names its agency: a lead, not a caption
        ("Port Amsel (AFP) – Paraguay and Uruguay agreed a truce on Thursday.", False),
        ("Port Amsel (Reuters) - Soldiers pictured near the border on 5 May.", True),
        ("Paraguay and Uruguay agreed a truce on Thursday.", False),
    ],
)
def test_a_photo_caption_is_no_wire_dateline(passage: str, expected: bool) -> None:
    assert titles.is_photo_caption(passage) is expected
