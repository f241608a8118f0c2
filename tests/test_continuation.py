"""Who took part in a dated gathering or agreement, named in the undated sentences that go on with it ("The
meeting was hosted by A"): the examples of data/en/continuation.txt run through the whole pipeline, and the
limits of the reading, on invented sentences."""

from __future__ import annotations

from dataclasses import replace

import pytest

from timeline.config import load_config
from timeline.core.errors import DataFileError
from timeline.pipeline import extract_texts
from timeline.understanding.party_anaphora import CONTINUATION, load_party_anaphors
from timeline.understanding.rulefiles import Example, read_rule_file

EXAMPLES = read_rule_file(CONTINUATION, columns=2).examples


def row_actors(text: str, config=None) -> dict[str, str]:
    frame = extract_texts({"a.txt": "Report\n\n" + text}, config=config).frame
    return dict(zip(frame["date_text"], frame["actors"], strict=True))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.text[:50])
def test_continuation_example(example: Example) -> None:
    # the row of the example's first full date (a bare year in it dates another row)
    actors = row_actors(example.text)
    assert actors["4 May 2031"] == example.expected


def test_the_examples_need_the_file(tmp_path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n", encoding="utf-8")
    without = replace(load_config(), anaphors=load_party_anaphors(continuation=empty))
    assert row_actors(EXAMPLES[0].text, without)["4 May 2031"] != EXAMPLES[0].expected


def test_a_bad_kind_names_the_file(tmp_path) -> None:
    bad = tmp_path / "continuation.txt"
    bad.write_text("hosted, verb\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"continuation\.txt"):
        load_party_anaphors(continuation=bad)


@pytest.mark.parametrize(
    ("text", "wanted", "expected"),
    [
        # the participants are associated, never actor1 or actor2
        (
            "The Valdorian Army and the Krell Liberation Front met in Port Amsel on 4 May 2031."
            " The talks were mediated by Ambassador Lena Hovik.",
            "4 May 2031",
            "Valdorian Army; Krell Liberation Front; Lena Hovik",
        ),
        # a sentence that dates a happening of its own stops the reading: what follows goes on with that one
        (
            "The Valdorian Army and the Krell Liberation Front met in Port Amsel on 4 May 2031."
            " Fighting resumed on 6 May 2031. The talks were mediated by Ambassador Lena Hovik.",
            "4 May 2031",
            "Valdorian Army; Krell Liberation Front",
        ),
        # of a sentence dating two things, the one after the gathering's word is the one the next sentences go on
        # with
        (
            "Talks opened on 1 May 2031. The rebels who seized Port Amsel on 2 May 2031 signed a truce with the"
            " Valdorian Army on 4 May 2031. The signing was witnessed by Ambassador Lena Hovik.",
            "2 May 2031",
            "Valdorian Army",
        ),
        (
            "Talks opened on 1 May 2031. The rebels who seized Port Amsel on 2 May 2031 signed a truce with the"
            " Valdorian Army on 4 May 2031. The signing was witnessed by Ambassador Lena Hovik.",
            "4 May 2031",
            "Valdorian Army; Lena Hovik",
        ),
        # beyond CONTINUING_SENTENCES sentences the story has moved on
        (
            "The Valdorian Army and the Krell Liberation Front met in Port Amsel on 4 May 2031."
            " It rained. It rained. It rained. It rained. It rained."
            " Ambassador Lena Hovik attended.",
            "4 May 2031",
            "Valdorian Army; Krell Liberation Front",
        ),
    ],
)
def test_continuing_sentences(text: str, wanted: str, expected: str) -> None:
    assert row_actors(text)[wanted] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "attended on behalf of" with its object left out speaks of the happening just told; whom the envoy
        # represented did not come
        (
            "The Valdorian Army and the Krell Liberation Front met in Port Amsel on 4 May 2031."
            " Ambassador Lena Hovik attended on behalf of President Mara Quist.",
            "Valdorian Army; Krell Liberation Front; Lena Hovik",
        ),
        # with an object of another happening, it tells of that one
        (
            "The Valdorian Army and the Krell Liberation Front met in Port Amsel on 4 May 2031."
            " Ambassador Lena Hovik attended a dinner on behalf of President Mara Quist.",
            "Valdorian Army; Krell Liberation Front",
        ),
        # the person represented stays out whatever the role phrase
        (
            "The Valdorian Army and the Krell Liberation Front met in Port Amsel on 4 May 2031."
            " Ambassador Lena Hovik attended the talks on behalf of President Mara Quist.",
            "Valdorian Army; Krell Liberation Front; Lena Hovik",
        ),
    ],
)
def test_an_elided_role_speaks_of_the_happening_and_the_represented_stay_out(text: str, expected: str) -> None:
    assert row_actors(text)["4 May 2031"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group opening the sentence as the subject of an active role phrase took part
        (
            "Talks between Paraguay and Uruguay opened in Port Amsel on 4 May 2031."
            " The Krell Liberation Front (KLF), the group led by General Tomas Ferro, sent a delegation to the talks.",
            "Paraguay; Uruguay; Tomas Ferro; Krell Liberation Front",
        ),
        # a state, through the person whose title it owns
        (
            "Talks between the Valdorian Army and the Krell Liberation Front opened in Port Amsel on 4 May 2031."
            " Chile's special envoy Lena Hovik attended on behalf of the president.",
            "Valdorian Army; Krell Liberation Front; Lena Hovik; Chile",
        ),
        # a state opening the sentence otherwise is as often only where the talks were held
        (
            "Talks between the Valdorian Army and the Krell Liberation Front opened on 4 May 2031."
            " Chile hosted the talks in its capital, with Ambassador Lena Hovik.",
            "Valdorian Army; Krell Liberation Front; Lena Hovik",
        ),
        # a body after a passive role phrase's "by" is left out
        (
            "Talks between Paraguay and Uruguay opened in Port Amsel on 4 May 2031."
            " The talks were hosted by the Selva Commission.",
            "Paraguay; Uruguay",
        ),
    ],
)
def test_a_body_opening_the_sentence_before_an_active_role_took_part(text: str, expected: str) -> None:
    assert row_actors(text)["4 May 2031"] == expected


def _without(tmp_path, kind: str):
    """The config with continuation.txt less its `kind` lines."""
    lines = CONTINUATION.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if not line.endswith(f", {kind}") and not line.startswith("# EXAMPLE")]
    path = tmp_path / "continuation.txt"
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return replace(load_config(), anaphors=load_party_anaphors(continuation=path))


@pytest.mark.parametrize(
    ("kind", "text", "expected"),
    [
        (
            "relative",
            "President Ilse Varga and General Tomas Ferro agreed on a truce on 4 May 2031. The talks were chaired"
            " by Senator Anna Brell, which opened on 1 May 2031 in Port Amsel.",
            "Ilse Varga; Tomas Ferro; Anna Brell",
        ),
        (
            "definite",
            "The truce came a week after a conference in Port Amsel, attended by Senator Anna Brell and Ambassador"
            " Lena Hovik, urged a ceasefire. The conference, held on 4 May 2031, called for talks.",
            "Anna Brell; Lena Hovik",
        ),
    ],
)
def test_the_new_kinds_need_their_lines(tmp_path, kind: str, text: str, expected: str) -> None:
    assert row_actors(text)["4 May 2031"] == expected
    assert row_actors(text, _without(tmp_path, kind))["4 May 2031"] != expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside about a body: its date tells of that body's past, the sentence of the truce's talks
        (
            "The Valdorian Army and the Krell Liberation Front met in Port Amsel on 4 May 2031. The meeting was"
            " hosted by Governor Jonas Wilt of the Krell League, which was founded on 2 January 2011.",
            "Valdorian Army; Krell Liberation Front; Jonas Wilt",
        ),
        # an aside about a person is left to date its sentence (no measured gain against the guards)
        (
            "The Valdorian Army and the Krell Liberation Front met in Port Amsel on 4 May 2031. The meeting was"
            " hosted by Governor Jonas Wilt, who took office on 2 January 2031.",
            "Valdorian Army; Krell Liberation Front",
        ),
        # an aside whose role phrase is its own happening's ("which hosted"): the sentence stops the reading
        (
            "The Valdorian Army and the Krell Liberation Front met in Port Amsel on 4 May 2031. Tarnia, which"
            " hosted talks on 2 January 2030, sent a delegation led by Governor Jonas Wilt to the meeting.",
            "Valdorian Army; Krell Liberation Front",
        ),
        # no comma: a restrictive clause dates its sentence's own happening
        (
            "The Valdorian Army and the Krell Liberation Front met in Port Amsel on 4 May 2031. The meeting which"
            " opened on 2 May 2031 was hosted by Governor Jonas Wilt.",
            "Valdorian Army; Krell Liberation Front",
        ),
    ],
)
def test_a_date_in_an_aside(text: str, expected: str) -> None:
    assert row_actors(text)["4 May 2031"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentence before names the gathering with a role phrase: its people came
        (
            "Ambassador Lena Hovik said the forum in Port Amsel was attended by Governor Jonas Wilt. The forum,"
            " held on 4 May 2031, backed the truce.",
            "Jonas Wilt",
        ),
        # the dated sentence does not open on the gathering as one told before
        (
            "A forum in Port Amsel was attended by Governor Jonas Wilt. A second forum, held on 4 May 2031,"
            " backed the truce.",
            "",
        ),
        # whom someone came on behalf of did not come
        (
            "A forum in Port Amsel was attended by Governor Jonas Wilt on behalf of President Mara Quist. The forum,"
            " held on 4 May 2031, backed the truce.",
            "Jonas Wilt",
        ),
    ],
)
def test_participants_named_before_the_gathering(text: str, expected: str) -> None:
    assert row_actors(text)["4 May 2031"] == expected


_SIGNED = "The Valdorian Army and the Krell Liberation Front signed a truce in Port Amsel on 4 May 2031. It rained."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side after "signed for" took part through its signatory, and so did the sides of the signatories
        # listed after it with the verb left out
        (
            _SIGNED + " Khan Tal signed for Paraguay, Ris Oba for Uruguay and Mira Sol for Bolivia.",
            "Valdorian Army; Krell Liberation Front; Khan Tal; Paraguay; Ris Oba; Mira Sol; Uruguay; Bolivia",
        ),
        (
            _SIGNED + " Foreign Minister Khan Tal signed on behalf of Paraguay.",
            "Valdorian Army; Krell Liberation Front; Khan Tal; Paraguay",
        ),
        # a clause after the side that is no signatory's name does not list another side
        (
            _SIGNED + " Khan Tal signed for Paraguay, and the talks went on for Uruguay.",
            "Valdorian Army; Krell Liberation Front; Khan Tal; Paraguay",
        ),
        # nor is a side read past a sentence that dates a happening of its own
        (
            _SIGNED + " Fighting resumed on 6 May 2031. Khan Tal signed for Paraguay.",
            "Valdorian Army; Krell Liberation Front",
        ),
    ],
)
def test_the_sides_signed_for(text: str, expected: str) -> None:
    assert row_actors(text)["4 May 2031"] == expected
