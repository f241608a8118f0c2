"""Reading documents: decoding, file discovery, limits, HTML, and where metadata comes from."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CP1252_TEXT, GOOD_TEXT, d

from timeline.core import errors
from timeline.reading import decoding
from timeline.reading import documents as D
from timeline.reading import files as F
from timeline.reading.sources import SourceRow, Sources

# ---------------------------------------------------------------- decoding

LATIN1_TEXT = "The envoy met François Müller at a café in Zürich on 13 January 2020; the fund holds £5 million.\n"


@pytest.mark.parametrize(
    "data,expected",
    [
        pytest.param("Tripoli – “talks”".encode(), "Tripoli – “talks”", id="utf-8"),
        pytest.param(b"\xef\xbb\xbf" + "Tripoli – “talks”".encode(), "Tripoli – “talks”", id="utf-8-bom"),
        pytest.param(CP1252_TEXT.encode("cp1252"), CP1252_TEXT, id="cp1252"),
        pytest.param(LATIN1_TEXT.encode("latin-1"), LATIN1_TEXT, id="latin-1"),
        pytest.param(b"one\r\ntwo\r\n\r\nthree", "one\ntwo\n\nthree", id="crlf"),
        pytest.param(b"one\rtwo", "one\ntwo", id="cr"),
    ],
)
def test_decode(data, expected):
    assert decoding.decode(data) == expected


@pytest.mark.parametrize(
    "data,words",
    [
        pytest.param(b"", ("empty",), id="empty"),
        pytest.param(b" \r\n\t\n  ", ("empty", "whitespace"), id="whitespace-only"),
        pytest.param(bytes(range(256)) * 4, ("binary",), id="binary"),
        pytest.param(b"\x00\x01\x02PK\x03\x04" * 100, ("binary",), id="nul-bytes"),
    ],
)
def test_decode_refuses(data, words):
    with pytest.raises(errors.DocumentError) as info:
        decoding.decode(data)
    assert any(w in str(info.value).lower() for w in words), str(info.value)


# ---------------------------------------------------------------- files


def test_collect_walks_folders_in_a_stable_order(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("z")
    (tmp_path / "a.md").write_text("a")
    (tmp_path / ".hidden.txt").write_text("h")
    (tmp_path / "sources.csv").write_text("file\n")
    (tmp_path / "README.md").write_text("about the corpus")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    items = F.collect([tmp_path])
    assert [i.doc for i in items] == ["a.md", "b/z.txt", "notes.pdf"]
    assert [bool(i.skip) for i in items] == [False, False, True]
    assert "unsupported" in items[2].skip and ".pdf" in items[2].skip


def test_collect_names_a_missing_path_and_drops_duplicates(tmp_path: Path):
    f = tmp_path / "a.txt"
    f.write_text("a")
    items = F.collect([f, tmp_path, tmp_path / "missing.txt"])
    assert [i.doc for i in items] == ["a.txt", str(tmp_path / "missing.txt")]
    assert "no such file" in items[1].skip


def test_read_file_over_the_size_limit(tmp_path: Path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"The talks were held on 13 January 2020 in Moscow. " * (5 * 1024 * 1024 // 50 + 1))
    with pytest.raises(errors.DocumentError) as info:
        D.read_file(F.InputFile(big, "big.txt"))
    message = str(info.value)
    assert "too large" in message and "MB" in message


def test_read_file_under_a_raised_limit(tmp_path: Path):
    f = tmp_path / "a.txt"
    f.write_text(GOOD_TEXT)
    assert D.read_file(F.InputFile(f, "a.txt"), max_bytes=len(GOOD_TEXT) + 1).text == GOOD_TEXT
    with pytest.raises(errors.DocumentError):
        D.read_file(F.InputFile(f, "a.txt"), max_bytes=10)


def test_read_file_unsupported_type(tmp_path: Path):
    f = tmp_path / "a.docx"
    f.write_bytes(b"PK\x03\x04")
    (item,) = F.collect([f])
    with pytest.raises(errors.DocumentError, match="unsupported"):
        D.read_file(item)


# ---------------------------------------------------------------- metadata in the text


def test_document_from_text_reads_title_and_dateline():
    text = "Libya Talks in Russia Progress but Fail to Sign Ceasefire\n\nPublished 13 January 2020\n\nBody text here."
    doc = D.document_from_text("a.txt", text)
    assert (doc.title, doc.published, doc.published_basis) == (
        "Libya Talks in Russia Progress but Fail to Sign Ceasefire",
        d("2020-01-13"),
        "dateline",
    )
    (span,) = doc.metadata_spans
    assert text[span[0] : span[1]] == "Published 13 January 2020"


def test_document_from_text_without_dateline():
    doc = D.document_from_text("a.txt", "Ministers meet\n\nThe ministers met on Thursday.")
    assert (doc.published, doc.published_basis) == (None, "unknown")


HTML = """<!doctype html>
<html><head><title>Ministers meet in Tunis</title>
<meta property="article:published_time" content="2020-01-14T08:00:00Z">
<script>var x = "January 1, 1999";</script><style>p { color: red }</style></head>
<body><nav><a href="/">Home</a></nav>
<article><h1>Ministers meet in Tunis</h1>
<p>The foreign ministers met in Tunis on 13 January 2020 to discuss the ceasefire.</p>
<p>Talks will resume &amp; continue on Thursday.</p></article></body></html>
"""


def test_html_document_becomes_text(tmp_path: Path):
    f = tmp_path / "page.html"
    f.write_text(HTML, encoding="utf-8")
    doc = D.read_file(F.InputFile(f, "page.html"))
    assert "<p>" not in doc.text and "color: red" not in doc.text and "1999" not in doc.text
    assert "The foreign ministers met in Tunis on 13 January 2020 to discuss the ceasefire." in doc.text
    assert "Talks will resume & continue on Thursday." in doc.text
    assert doc.title == "Ministers meet in Tunis"
    assert (doc.published, doc.published_basis) == (d("2020-01-14"), "meta")


# ---------------------------------------------------------------- metadata precedence


def _sources(**row) -> Sources:
    return Sources("sources.csv", {"a.txt": SourceRow("a.txt", **row)})


DATELINED = D.document_from_text("a.txt", "Ministers meet in Tunis\n\nPublished 13 January 2020\n\nThe body.")


def test_sources_row_wins_over_the_text():
    doc = D.apply_sources(DATELINED, _sources(title="T", outlet="O", url="https://x.org/a", published=d("2020-01-14")))
    assert (doc.title, doc.outlet, doc.url, doc.published, doc.published_basis) == (
        "T",
        "O",
        "https://x.org/a",
        d("2020-01-14"),
        "sources",
    )


def test_text_dateline_when_sources_has_no_date():
    doc = D.apply_sources(DATELINED, _sources(url="https://x.org/2019/05/01/a"))
    assert (doc.published, doc.published_basis) == (d("2020-01-13"), "dateline")


def test_url_date_is_the_last_resort():
    undated = D.document_from_text("a.txt", "Ministers meet in Tunis\n\nThe ministers met on Thursday.")
    doc = D.apply_sources(undated, _sources(url="https://en.minbarlibya.org/2021/04/18/russia-calls/"))
    assert (doc.published, doc.published_basis) == (d("2021-04-18"), "url")


def test_no_sources_keeps_the_document():
    assert D.apply_sources(DATELINED, None) == DATELINED


def test_sources_row_by_bare_name_for_a_nested_document():
    nested = D.document_from_text("sub/a.txt", "Title line here\n\nThe body.")
    doc = D.apply_sources(nested, _sources(published=d("2020-01-14")))
    assert doc.published == d("2020-01-14")


def test_bom_and_crlf_file_offsets_refer_to_the_decoded_text(tmp_path: Path):
    from timeline.pipeline import extract

    raw = "\ufeffMinisters meet in Tunis\r\n\r\nThe ministers met in Tunis on 13 January 2020, officials said.\r\n"
    (tmp_path / "a.txt").write_bytes(raw.encode("utf-8"))
    result = extract([tmp_path])
    text = result.documents[0].text
    assert text == raw.removeprefix("\ufeff").replace("\r\n", "\n")
    (row,) = result.frame.to_dict("records")
    assert text[row["passage_start"] : row["passage_end"]] == row["passage"]
    assert row["passage"] == "The ministers met in Tunis on 13 January 2020, officials said."
