"""Cost stays linear in the size of one document: checks run once per date or per name read a bounded stretch.

Each test counts work (characters a string search covers, items read from a list), never time, on a made-up
long input; `benchmarks/bench_linearity.py` times the whole per-document path on many shapes."""

from __future__ import annotations

from typing import Any, SupportsIndex

from bs4 import PageElement

from timeline.reading import html_text
from timeline.temporal.estimate import QUOTE_REACH, quoted
from timeline.temporal.rules import builtin_rules
from timeline.temporal.tagger import _CAPTION_CHARS, _archive_caption_line, _quotation
from timeline.text.segment import line_end, line_start
from timeline.understanding.actors import ActorMention, actors_within
from timeline.understanding.party_anaphora import PAIR_REACH, Reference, parties_of


class _CountingText(str):
    """A text that adds up the characters its searches and counts are asked to cover."""

    covered = 0

    def _span(self, start: SupportsIndex | None, end: SupportsIndex | None) -> None:
        low = 0 if start is None else int(start)
        high = len(self) if end is None else int(end)
        type(self).covered += max(0, min(high, len(self)) - max(low, 0))

    def rfind(self, sub: str, start: Any = None, end: Any = None) -> int:
        self._span(start, end)
        return super().rfind(sub, start, end)

    def find(self, sub: str, start: Any = None, end: Any = None) -> int:
        self._span(start, end)
        return super().find(sub, start, end)

    def count(self, sub: str, start: Any = None, end: Any = None) -> int:
        self._span(start, end)
        return super().count(sub, start, end)


def _long_line(n: int) -> _CountingText:
    _CountingText.covered = 0
    return _CountingText(("troops moved near Varnholm on 3 May and " * (n // 40 + 1))[:n])


def test_line_ends_are_found_within_the_reach() -> None:
    text = "a short line\n" + "x" * 100_000 + "\nlast"
    long_start = text.index("x")
    assert line_start(text, 5, 50) == 0
    assert line_end(text, 5, 50) == text.index("\n")
    assert line_start(text, long_start + 10, 50) == long_start  # the newline lies within the reach
    assert line_start(text, long_start + 90_000, 50) == long_start + 89_950  # beyond it: the reach's end
    assert line_end(text, long_start + 10, 50) == long_start + 60
    assert line_end(text, len(text) - 2, 50) == len(text)


def test_quoted_reads_a_bounded_stretch_of_one_long_line() -> None:
    text = _long_line(1_000_000)
    for position in range(900_000, 1_000_000, 10_000):
        quoted(text, position)
    # three counts and a search per call, each over at most the reach
    assert _CountingText.covered <= 10 * 4 * QUOTE_REACH


def test_quoted_still_sees_a_quotation_opened_within_its_reach() -> None:
    text = "x" * 50_000 + ' He said "they came on 3 May'
    assert quoted(text, len(text) - 5)
    assert not quoted("x" * 50_000 + ' they came on 3 May, he said "', len(text) - 20)


def test_a_quotation_in_a_long_line_is_read_within_the_reach() -> None:
    text = _long_line(1_000_000)
    opening = 800_000
    text = _CountingText(text[:opening] + '"' + text[opening:])
    _CountingText.covered = 0
    span = _quotation(text, opening + 100)
    assert span == (opening + 1, opening + 100 + QUOTE_REACH)
    # `quoted`'s search and three counts, the paragraph's two ends, two searches each for the opening and the
    # closing mark: ten stretches of at most the reach, against the 800,000 characters before the position
    assert _CountingText.covered <= 10 * QUOTE_REACH


def test_archive_caption_test_reads_a_bounded_stretch_of_one_long_line() -> None:
    rules = builtin_rules()
    text = _CountingText("File photo " + _long_line(1_000_000))
    _CountingText.covered = 0
    assert not _archive_caption_line(text, 900_000, rules)
    assert _CountingText.covered <= 2 * (_CAPTION_CHARS + 1)
    caption = "x" * 5_000 + "\n[File: Arvel Ambrel/Agency] on 3 May\n" + "y" * 5_000
    assert _archive_caption_line(caption, caption.index("3 May"), rules)
    long_caption = "x" * 5_000 + "\n[File: Arvel Ambrel/Agency] on 3 May" + "y" * _CAPTION_CHARS + "\n"
    assert not _archive_caption_line(long_caption, long_caption.index("3 May"), rules)


class _CountingMentions(list[ActorMention]):
    """Mentions that count the items read from them (one by one or in slices)."""

    read = 0

    def __getitem__(self, index: Any) -> Any:
        item = super().__getitem__(index)
        type(self).read += len(item) if isinstance(index, slice) else 1
        return item


def _mentions(n: int, spacing: int) -> _CountingMentions:
    mentions = _CountingMentions(
        ActorMention(i * spacing, i * spacing + 6, f"Name {i}", "group", f"Name{i}", "alias") for i in range(n)
    )
    _CountingMentions.read = 0
    return mentions


def test_actors_within_reads_only_the_mentions_inside() -> None:
    mentions = _mentions(100_000, 10)
    found = actors_within(mentions, 500_000, 500_100)
    assert [m.start for m in found] == list(range(500_000, 500_100, 10))
    assert _CountingMentions.read <= 2 * 20 + 10  # two bisections and the ten inside


def test_a_party_reference_walks_back_over_a_bounded_stretch() -> None:
    # 20,000 names 100 characters apart, none joined to the next as a pair: the reference at the end finds none
    spacing = 100
    mentions = _mentions(20_000, spacing)
    text = "".join(f"Name{i:<4} stood apart;" + " " * (spacing - 21) for i in range(20_000))
    sentences = [(i * spacing, i * spacing + 20) for i in range(20_000)]
    reference = Reference(lambda name, kind: True)
    assert parties_of(len(text) - 10, mentions, sentences, reference, text) == ()
    # the walk back reads two mentions a step over PAIR_REACH characters; the fall-backs a few sentences more
    assert _CountingMentions.read <= 2 * PAIR_REACH // spacing + 200


def test_html_blocks_are_broken_without_walking_each_subtree(monkeypatch) -> None:
    # BeautifulSoup's insertion after an element walks to its last descendant: a break inserted after each of
    # a page's nested blocks read the page's depth squared.  The walks are counted at two depths.
    walks = []
    last_descendant = PageElement._last_descendant

    def counted(self: PageElement, *args: Any, **kwargs: Any) -> Any:
        walks.append(self)
        return last_descendant(self, *args, **kwargs)

    monkeypatch.setattr(PageElement, "_last_descendant", counted)
    counts = []
    for depth in (100, 400):
        page = "<html><body>" + "".join(f"<div><p>line {i}<br>next</p>" for i in range(depth)) + "</div>" * depth
        walks.clear()
        text = html_text.extract(page + "</body></html>").text
        assert text == "".join(f"line {i}\nnext\n\n" for i in range(depth)).removesuffix("\n")
        counts.append(len(walks))
    assert counts[1] == counts[0]
