"""Bytes to text: UTF-8 first (a few stray bytes tolerated and counted), a BOM's UTF-16/32, else a Western
code page (cp1252, or cp1254 for Turkish text); newlines normalised.

News in English and the languages quoted in it (French, Spanish, German, Turkish) is written in UTF-8 or
in a Windows Western code page.  General-purpose detection guesses among dozens of code pages and picks
Cyrillic or Baltic ones for a French text with a few accents ("Genčve", "seńor"); the choice here is made
among the plausible ones only, by rule.
"""

from __future__ import annotations

import codecs
import logging
from dataclasses import dataclass

from timeline.core.errors import DocumentError

log = logging.getLogger(__name__)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Bytes that are Turkish letters in cp1254 (Ğ İ Ş ğ ı ş) and Icelandic ones in cp1252 (Ð Ý Þ ð ý þ).
_TURKISH_BYTES = frozenset(b"\xd0\xdd\xde\xf0\xfd\xfe")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    # "utf-8", "utf-16-le", "cp1252", ...
    encoding: str
    # Invalid byte sequences replaced by U+FFFD in a text otherwise read as UTF-8.
    replaced: int = 0

    @property
    def note(self) -> str:
        """What the reader should know about the decoding ("" for clean UTF-8)."""
        if self.replaced:
            return f"{self.replaced} invalid UTF-8 byte sequence(s) replaced by �"
        if self.encoding in ("utf-8", "ascii"):
            return ""
        return f"not UTF-8: decoded as {self.encoding}"


def decode(data: bytes) -> str:
    """Bytes -> text (see `decode_bytes`)."""
    return decode_bytes(data).text


def decode_with_encoding(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read with."""
    decoded = decode_bytes(data)
    return decoded.text, decoded.encoding


def decode_bytes(data: bytes) -> Decoded:
    """Bytes -> text, newlines normalised to \\n; raises DocumentError for empty or binary data."""
    if not data.strip():
        raise DocumentError("empty file (no text)")
    decoded = _decode(data)
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip(" \t\n\x00\ufeff"):
        raise DocumentError("empty file (only whitespace)")
    return Decoded(text, decoded.encoding, decoded.replaced)


def decode_table(data: bytes) -> tuple[str, str]:
    """A small table (sources.csv): as `decode_bytes`, but an empty file is an empty text."""
    if not data.strip():
        return "", "utf-8"
    decoded = _decode(data)
    return decoded.text, decoded.encoding


def _decode(data: bytes) -> Decoded:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(encoding), encoding)
            except UnicodeDecodeError:
                text = data[len(bom) :].decode(encoding, errors="replace")
                return Decoded(text, encoding, text.count("\ufffd"))
    if _looks_binary(data):
        raise DocumentError("binary data, not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    valid_multibyte = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    # A UTF-8 text with a few stray bytes (a truncated copy, one pasted cp1252 quote): keep it UTF-8.
    if valid_multibyte > bad and bad <= max(8, len(data) // 1000):
        log.info("UTF-8 with %d invalid byte sequence(s) replaced", bad)
        return Decoded(text, "utf-8", bad)
    return _western(data)


def _western(data: bytes) -> Decoded:
    encoding = "cp1254" if any(b in _TURKISH_BYTES for b in data) else "cp1252"
    try:
        return Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError:
        # Bytes cp1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D): latin-1 maps every byte.
        return Decoded(data.decode("latin-1"), "latin-1")


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    control = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return control > len(head) * 0.05


_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b < 32)
