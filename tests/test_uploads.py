"""Uploads: safe names, no traversal, no silent overwrite, size and type limits; the folder fingerprint."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.reading import uploads
from timeline.reading.uploads import UploadError

TEXT = b"Ministers met in Tunis on 13 January 2020.\n"


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("report.txt", "report.txt"),
        ("../../etc/passwd.txt", "passwd.txt"),
        ("..\\..\\windows\\system.ini.md", "system.ini.md"),
        ("/abs/path/news.html", "news.html"),
        ("C:\\Users\\me\\news.HTM", "news.htm"),
        ("my report (final).txt", "my_report_final.txt"),
        (".hidden.txt", "hidden.txt"),
        ("nul\x00byte.txt", "nulbyte.txt"),
        ("Über Libyen.md", "ber_Libyen.md"),
    ],
)
def test_safe_file_name(name: str, safe: str) -> None:
    assert uploads.safe_file_name(name) == safe


@pytest.mark.parametrize(
    "name",
    ["evil.exe", "picture.png", "noextension", "archive.txt.zip", "sources.csv", "..", "../", ".txt", "___.md"],
)
def test_refused_names_and_types(name: str) -> None:
    with pytest.raises(UploadError):
        uploads.safe_file_name(name)


@pytest.mark.parametrize("name", ["README.md", "license.txt", "SOURCES.txt", "CON.txt"])
def test_names_the_corpus_reader_would_skip_are_refused(name: str) -> None:
    with pytest.raises(UploadError, match="reserved"):
        uploads.safe_file_name(name)


def test_long_names_are_shortened_keeping_the_type() -> None:
    name = uploads.safe_file_name("x" * 500 + ".html")
    assert len(name) <= uploads.MAX_NAME_CHARS and name.endswith(".html")


@given(st.text(max_size=80))
def test_any_name_is_refused_or_a_plain_allowed_name(name: str) -> None:
    try:
        safe = uploads.safe_file_name(name)
    except UploadError:
        return
    assert "/" not in safe and "\\" not in safe and safe not in (".", "..")
    assert not safe.startswith(".") and safe.endswith(uploads.ALLOWED_SUFFIXES)


def test_size_and_content_limits() -> None:
    with pytest.raises(UploadError, match="limit"):
        uploads.check_upload("big.txt", b"a" * (uploads.MAX_UPLOAD_BYTES + 1))
    with pytest.raises(UploadError, match="empty"):
        uploads.check_upload("empty.txt", b"")
    with pytest.raises(UploadError, match="binary"):
        uploads.check_upload("fake.txt", b"\x89PNG\r\n\x1a\n\x00\x00")
    assert uploads.check_upload("ok.txt", b"a" * uploads.MAX_UPLOAD_BYTES) == "ok.txt"


def test_unique_name_suffixes_case_insensitively() -> None:
    assert uploads.unique_name("a.txt", []) == "a.txt"
    assert uploads.unique_name("a.txt", ["A.TXT"]) == "a-2.txt"
    assert uploads.unique_name("a.txt", ["a.txt", "a-2.txt"]) == "a-3.txt"


def test_save_into_the_folder(tmp_path: Path) -> None:
    result = uploads.save_upload(tmp_path, "../../outside.txt", TEXT)
    assert result.ok and result.saved_as == "outside.txt"
    assert (tmp_path / "outside.txt").read_bytes() == TEXT
    assert not (tmp_path.parent.parent / "outside.txt").exists()
    assert "renamed" in result.message


def test_name_clash_gets_a_suffix_and_never_overwrites(tmp_path: Path) -> None:
    (tmp_path / "news.txt").write_bytes(b"original")
    first, second = uploads.save_uploads(tmp_path, [("news.txt", TEXT), ("news.txt", TEXT + b"2")])
    assert (first.saved_as, second.saved_as) == ("news-2.txt", "news-3.txt")
    assert (tmp_path / "news.txt").read_bytes() == b"original"
    assert (tmp_path / "news-3.txt").read_bytes() == TEXT + b"2"


def test_refusals_are_results_with_a_reason(tmp_path: Path) -> None:
    results = uploads.save_uploads(
        tmp_path, [("virus.exe", TEXT), ("big.md", b"a" * (3 * 1024 * 1024)), ("ok.md", TEXT)]
    )
    assert [r.ok for r in results] == [False, False, True]
    assert "not accepted" in results[0].message and "limit" in results[1].message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok.md"]


def test_missing_folder_is_a_refusal(tmp_path: Path) -> None:
    result = uploads.save_upload(tmp_path / "nope", "a.txt", TEXT)
    assert not result.ok and "does not exist" in result.message


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_a_symlink_with_the_chosen_name_is_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "news.txt").symlink_to(outside / "target.txt")
    result = uploads.save_upload(corpus, "news.txt", TEXT)
    assert result.ok and result.saved_as == "news-2.txt"
    assert not (outside / "target.txt").exists()


def test_fingerprint_changes_when_a_file_changes(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(TEXT)
    before = uploads.folder_fingerprint(tmp_path)
    assert [entry[0] for entry in before] == ["a.txt"]
    uploads.save_upload(tmp_path, "b.txt", TEXT)
    after = uploads.folder_fingerprint(tmp_path)
    assert after != before and [entry[0] for entry in after] == ["a.txt", "b.txt"]
    os.utime(tmp_path / "a.txt", ns=(1, 1))
    assert uploads.folder_fingerprint(tmp_path) != after
    assert uploads.folder_fingerprint(tmp_path / "missing") == ()
