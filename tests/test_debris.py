"""Page debris: navigation, share buttons, "Related" lists, copyright lines and stamps give no events."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import d

from timeline.core.errors import DataFileError
from timeline.pipeline import extract_texts
from timeline.reading import debris

BUILTIN = debris.load_debris()


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Join the mailing list", id="mailing-list"),
        pytest.param(
            "The Largest Security-Cleared Career Network for Defense and Intelligence Jobs - JOIN NOW", id="join-now"
        ),
        pytest.param("• facebook", id="bullet-facebook"),
        pytest.param("  • google plus", id="google-plus"),
        pytest.param("• Audio Only", id="audio-only"),
        pytest.param("Follow us on Facebook, Twitter and Instagram to stay connected", id="follow-us"),
        pytest.param("© 2020 Press TV. All rights reserved.", id="copyright-symbol"),
        pytest.param("Copyright 2021 Minbar Libya", id="copyright-word"),
        pytest.param("Read more: Divided Europe: How the West lost influence in Libya's war", id="read-more"),
        pytest.param("Related Articles", id="related-articles"),
        pytest.param("RELATED:", id="related-colon"),
        pytest.param("News > Libya", id="breadcrumb"),
        pytest.param("Comments", id="comments"),
        pytest.param("0", id="counter"),
        pytest.param("Post with no comments.", id="no-comments"),
        pytest.param("Photo: Reuters", id="photo-credit"),
        pytest.param("Tags: Libya, Russia, Haftar", id="tags"),
        pytest.param("WATCH: Vardia's war explained (2:45)", id="watch"),
        pytest.param("In pictures: Kelvar after the truce of March 3", id="in-pictures"),
        pytest.param("• This article was amended on 13 February 2015 to correct a name.", id="amended-note"),
        pytest.param("This story has been corrected on 4 May 2021.", id="corrected-note"),
        pytest.param("AFP 211030 GMT NOV 06", id="agency-slug"),
        pytest.param("June 5, 20213:10 PM GMT+2Updated 3 days ago", id="glued-stamp-age"),
        pytest.param("March 9, 2019 / 7:02 AM / Updated a year ago", id="stamp-age"),
        pytest.param("June 5, 20213:10 PM GMT+2Updated ago", id="glued-stamp-bare-ago"),
        pytest.param("March 9, 2019 7:02 AM UTC Updated ago", id="stamp-bare-ago"),
        pytest.param("Reporting by Oskar Vell in Varnok; Writing by Tam Orr; Editing by Jan Harvey", id="credit-line"),
        pytest.param("(Reporting by Oskar Vell; Editing by June Okafor)", id="credit-line-bracketed"),
        pytest.param("(Editing by May Tarsk)", id="credit-line-one"),
    ],
)
def test_debris_line(line):
    assert debris.is_debris_line(line, BUILTIN)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Russia has warned against the resumption of hostilities in Libya.", id="sentence"),
        pytest.param("Russia's share of the arms market grew in 2019.", id="word-share"),
        pytest.param("The march on Tripoli began in April 2019.", id="word-march"),
        pytest.param("More than 280 civilians have been killed since April.", id="starts-with-more"),
        pytest.param(
            "Related talks in Geneva ended on 13 January 2020 without agreement.",
            id="starts-with-related",
        ),
        pytest.param("This article was written before the vote on 3 May 2021.", id="this-article-no-note"),
        pytest.param("The Vardian census was updated two years ago.", id="updated-in-a-sentence"),
        pytest.param("Reporting by state media on Monday said the talks ended.", id="reporting-by-in-a-sentence"),
    ],
)
def test_article_line_is_not_debris(line):
    assert not debris.is_debris_line(line, BUILTIN)


def test_related_list_under_a_heading():
    text = (
        "RELATED:\n"
        "Libya's Rival Factions Accuse Each Other of Violating Ceasefire\n"
        "\n"
        "The head of the GNA signed a draft ceasefire agreement on Monday, while Haftar asked for more time.\n"
    )
    covered = [text[s:e] for s, e in debris.debris_spans(text, BUILTIN)]
    assert covered == ["RELATED:", "Libya's Rival Factions Accuse Each Other of Violating Ceasefire"]


@pytest.mark.parametrize(
    "heading",
    [
        "Recommended Stories",
        "Most read",
        "Top stories",
        "You may also like",
        "Latest news",
        "Read also:",
        "More on this story",
        "Related Publications",
        "Related reports:",
    ],
)
def test_link_list_under_other_headings(heading):
    text = (
        f"{heading}\n"
        "Vardia rebels free 20 prisoners on Friday\n"
        "Talks to resume next week, envoy says\n"
        "\n"
        "The truce held on Tuesday, officials said.\n"
    )
    covered = [text[s:e] for s, e in debris.debris_spans(text, BUILTIN)]
    assert covered == text.splitlines()[:3]


def test_list_ends_at_the_first_sentence():
    text = "Read more\nTalks resume in Geneva\nThe ministers met in Tunis on 13 January 2020, officials said.\n"
    covered = [text[s:e] for s, e in debris.debris_spans(text, BUILTIN)]
    assert covered == ["Read more", "Talks resume in Geneva"]


def test_extra_patterns_file(tmp_path: Path):
    extra = tmp_path / "more.txt"
    extra.write_text("# site furniture\nsponsored by .*\n", encoding="utf-8")
    extended = debris.load_debris(extra)
    assert debris.is_debris_line("Sponsored by ACME", extended)
    assert debris.is_debris_line("Follow us on Twitter", extended)  # the built-in patterns stay
    assert not debris.is_debris_line("Sponsored by ACME", BUILTIN)


def test_a_bad_pattern_file_is_an_error_naming_file_and_line(tmp_path: Path):
    bad = tmp_path / "bad.txt"
    bad.write_text("# ok\nfine line\n(unclosed\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"bad\.txt:3: not a regular expression"):
        debris.load_debris(bad)
    with pytest.raises(DataFileError, match=r"missing\.txt: cannot read"):
        debris.load_debris(tmp_path / "missing.txt")


PAGE = """Ministers meet in Tunis
• facebook
• twitter
News > Libya

The foreign ministers met in Tunis on 13 January 2020 to discuss the ceasefire.

Related stories:
Talks in Geneva collapse on 2 February 2020
Moscow summit set for 5 March 2020

Updated: 14 January 2020
© 2020 Example News. All rights reserved.
Join the mailing list for news from 1 January 2020
"""


def test_page_debris_yields_no_events():
    frame = extract_texts({"page.txt": PAGE}, published={"page.txt": d("2020-01-14")}).frame
    assert list(frame["date_text"]) == ["13 January 2020"]
    assert list(frame["date_value"]) == ["2020-01-13"]


_LINES = [
    "Join the mailing list",
    "JOIN NOW",
    "Sign up for our newsletter today and get the news every morning",
    "• facebook",
    "• Facebook",
    "Related Articles",
    "© 2020 Press TV. All rights reserved.",
    "(c) 2020 Press TV",
    "Comments",
    "12",
    "News > Libya",
    "Photo: Reuters",
    "The ceasefire was signed on 23 October 2020 in Geneva.",
    "Russia said it would follow us on the issue.",
    "The talks – “a breakthrough” – resumed on Monday.",  # not ASCII
    "Subscribe now: Keep up with the news",  # a Kelvin sign, which lowers to 'k'
    "Subſcribe now",  # a long s matches "s" case-insensitively: the one pattern decides
    "JOİN NOW",  # a dotted capital I: the same
    "“Join now” – the newsletter",  # curly quotes, no odd letter: lower case decides
    "© 2020 Télé Liban. Tous droits réservés. All rights reserved",
    "",
]


@pytest.mark.parametrize("line", _LINES)
def test_the_patterns_one_by_one_agree_with_the_one_pattern(line: str) -> None:
    assert BUILTIN.gated and BUILTIN.quick is not None, "the built-in patterns are split into gated and quick"
    assert debris.is_debris_line(line, BUILTIN) == bool(BUILTIN.pattern.match(line.strip()))


def test_required_words() -> None:
    assert debris._required_words(r".*\bjoin now\b.*") == ("join now",)
    assert debris._required_words(r".*(?:Sign Up|subscribe)\b.*") == ("sign up", "subscribe")
    assert debris._required_words(r".*(?:comments?|\d+)") == ()  # one way to match holds no word
    assert debris._required_words(r".*(?:©|copyright)\s.*") == ()  # "©" is not ASCII
    assert debris._required_words(r"[^.]{0,40}\s>\s.*") == (">",)
    assert debris._required_words(r"(?:Sign Up|subscribe)\b.*") == ()  # fails at the first letters anyway
    assert debris._required_words(r"(?:[-*]\s*)?(?:live|home)") == ()  # an optional bullet: the same
    assert debris._required_words(r"(x+)\s\1") is None  # a group reference


def test_a_user_pattern_in_capitals_and_one_with_a_group_reference(tmp_path: Path) -> None:
    capitals = tmp_path / "capitals.txt"
    capitals.write_text(".*WATCH LIVE.*\n", encoding="utf-8")
    mine = debris.load_debris(capitals)
    assert mine.gated and debris.is_debris_line("Now: watch live the summit", mine)
    reference = tmp_path / "reference.txt"
    reference.write_text(r"(\w+) \1" + "\n", encoding="utf-8")
    mine = debris.load_debris(reference, builtin=False)
    assert not mine.gated and mine.quick is None  # read by the one pattern only, as written
    assert debris.is_debris_line("news news", mine) and not debris.is_debris_line("news today", mine)


def test_debris_verdicts_kept_by_line_are_those_of_each_position():
    # The passage stage keeps the verdicts by line (`lines`): every position of a line must get the verdict
    # it gets alone, on short lines, debris, a link list under its heading, and a line longer than the limit.
    from timeline.reading.debris import _PARAGRAPH_LINE, builtin_debris, is_debris_at

    debris = builtin_debris()
    text = (
        "Talks resumed on 3 May in Geneva, and a second round opened on 9 May.\n"
        "Share this article\n"
        "Related\n"
        "Truce agreed on 4 March\n"
        "Fighting resumes in the east on 2 April\n"
        "\n" + "word " * (_PARAGRAPH_LINE // 5 + 10) + "on 5 June.\n"
        "Follow us on Twitter\n"
        "The envoy met both sides on Friday."
    )
    lines: dict[int, bool] = {}
    kept = [is_debris_at(text, at, debris, lines) for at in range(len(text))]
    alone = [is_debris_at(text, at, debris) for at in range(len(text))]
    assert kept == alone
    assert any(kept) and not all(kept)
    assert is_debris_at(text, text.index("Truce agreed"), debris)
