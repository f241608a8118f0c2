"""Decoding (issue 13): UTF-8 first with a few stray bytes tolerated and counted, BOM-led UTF-16/32, else
a Western code page; French, Spanish, German and Turkish samples in cp1252/latin-1/cp1254 come back right."""

from __future__ import annotations

import pytest

from timeline.core.errors import DocumentError
from timeline.reading.decoding import decode_bytes

SAMPLES = {
    "french": "Les négociations à Genève reprendront après l'été, a déclaré le ministre français.",
    "spanish": "El señor ministro habló en Madrid: «la situación no cambió», añadió el portavoz.",
    "german": "Die Gespräche in München über die Lösung der Krise wurden fortgesetzt, sagte der Außenminister.",
    "turkish": "Dışişleri Bakanı Çavuşoğlu, görüşmelerin İstanbul'da yapılacağını söyledi.",
}


@pytest.mark.parametrize("language", ["french", "spanish", "german"])
@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_western_european_code_pages(language, encoding):
    text = SAMPLES[language]
    decoded = decode_bytes(text.encode(encoding))
    assert decoded.text == text
    assert decoded.encoding == "cp1252"
    assert decoded.note == "not UTF-8: decoded as cp1252"


def test_cp1252_curly_quotes_and_dashes():
    text = "He said \u201cno\u201d \u2013 twice \u2026 for \u20ac5."
    assert decode_bytes(text.encode("cp1252")).text == text


def test_turkish_cp1254():
    text = SAMPLES["turkish"]
    decoded = decode_bytes(text.encode("cp1254"))
    assert decoded.text == text
    assert decoded.encoding == "cp1254"


def test_utf8_with_a_few_stray_bytes_stays_utf8_and_counts_them():
    text = "Les négociations à Genève — " * 20
    data = text.encode("utf-8") + b" caf\xe9 \x92 end"
    decoded = decode_bytes(data)
    assert decoded.encoding == "utf-8"
    assert decoded.replaced == 2
    assert decoded.text.startswith(text)
    assert "2 invalid UTF-8 byte sequence(s)" in decoded.note


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-32-be"])
def test_bom_led_utf16_and_utf32(encoding):
    text = "On 5 March 2020 the talks began in Genève.\n"
    data = text.encode(encoding)
    if not data.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        data = ("\ufeff" + text).encode(encoding)
    assert decode_bytes(data).text == text


def test_clean_utf8_has_no_note_and_binary_is_refused():
    assert decode_bytes("Genève".encode()).note == ""
    assert decode_bytes(b"\xef\xbb\xbfplain").text == "plain"
    with pytest.raises(DocumentError, match="binary"):
        decode_bytes(bytes(range(256)) * 4)
