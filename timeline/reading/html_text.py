"""HTML pages -> plain text and page metadata, through BeautifulSoup.

Scripts, styles, navigation, headers, footers, forms and asides are dropped;
block elements become lines, so that the text the dashboard shows (and that
offsets index) reads like the article.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass

from bs4 import BeautifulSoup, NavigableString, PageElement, Tag

from timeline.reading.dateparser_adapter import DateParseError, parse_published

_DROP = ("script", "style", "noscript", "template", "nav", "header", "footer", "form", "aside", "svg", "iframe",
         "button", "select", "input", "figure > img")  # fmt: skip
_BLOCKS = frozenset(
    {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section", "article",
     "figcaption", "pre", "dd", "dt", "time", "ul", "ol", "table", "main", "hr"}
)  # fmt: skip
_PUBLISHED_META = ("article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate",
                   "date", "dc.date", "DC.date.issued", "sailthru.date", "parsely-pub-date")  # fmt: skip


@dataclass(frozen=True, slots=True)
class Page:
    text: str
    title: str = ""
    site_name: str = ""
    url: str = ""
    published: dt.date | None = None


def extract(html: str) -> Page:
    soup = BeautifulSoup(html, "html.parser")
    meta = _meta(soup)
    title = meta.get("og:title") or (soup.title.get_text(" ", strip=True) if soup.title else "")
    published = _published(meta, soup)
    for selector in _DROP:
        for node in soup.select(selector):
            node.decompose()
    body = soup.body or soup
    return Page(
        text=_text(body),
        title=title.strip(),
        site_name=meta.get("og:site_name", "").strip(),
        url=(meta.get("og:url") or _canonical(soup)).strip(),
        published=published,
    )


def _meta(soup: BeautifulSoup) -> dict[str, str]:
    found: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop")
        value = tag.get("content")
        if isinstance(key, str) and isinstance(value, str) and key not in found:
            found[key] = value
    return found


def _canonical(soup: BeautifulSoup) -> str:
    link = soup.find("link", rel="canonical")
    href = link.get("href") if isinstance(link, Tag) else None
    return href if isinstance(href, str) else ""


def _published(meta: dict[str, str], soup: BeautifulSoup) -> dt.date | None:
    candidates = [meta[k] for k in _PUBLISHED_META if k in meta]
    time_tag = soup.find("time", attrs={"datetime": True})
    if isinstance(time_tag, Tag) and isinstance(time_tag.get("datetime"), str):
        candidates.append(str(time_tag["datetime"]))
    for value in candidates:
        try:
            return parse_published(value[:40])
        except DateParseError:
            continue
    return None


def _text(root: Tag | BeautifulSoup) -> str:
    text = _block_text(root)
    lines = [re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in text.split("\n")]
    # Blank lines between blocks become one paragraph break.
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"


def _block_text(root: Tag | BeautifulSoup) -> str:
    """The text of `root` as `get_text` gives it, with a line break for each <br> (its content dropped) and
    around each block element.

    Walked in one pass rather than by inserting the breaks into the tree: BeautifulSoup's insertion after an
    element walks all that element's descendants, so a page of deeply nested blocks cost its size squared."""
    types = root.interesting_string_types or Tag.MAIN_CONTENT_STRING_TYPES
    wanted: Collection[type] = (types,) if isinstance(types, type) else types
    parts: list[str] = []
    # (node, False) to read a node, (None, True) for the break after a block once its content is read
    stack: list[tuple[PageElement | None, bool]] = [(child, False) for child in reversed(root.contents)]
    while stack:
        node, closing = stack.pop()
        if closing:
            parts.append("\n")
        elif isinstance(node, NavigableString):
            if type(node) in wanted:
                parts.append(node)
        elif isinstance(node, Tag):
            if node.name == "br":
                parts.append("\n")
                continue
            if node.name in _BLOCKS:
                parts.append("\n")
                stack.append((None, True))
            stack.extend((child, False) for child in reversed(node.contents))
    return "".join(parts)
