"""Bytes to text: UTF-8 (with or without BOM), else the detected encoding; newlines normalised."""

from __future__ import annotations

import logging

from timeline.core.errors import DocumentError

log = logging.getLogger(__name__)


def decode(data: bytes) -> str:
    """Bytes -> text: UTF-8 (BOM or not), else the detected encoding; newlines normalised to \\n."""
    return decode_with_encoding(data)[0]


def decode_with_encoding(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read with ("utf-8" or the detected one)."""
    if not data.strip():
        raise DocumentError("empty file (no text)")
    if _looks_binary(data):
        raise DocumentError("binary data, not text")
    encoding = "utf-8"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text, encoding = _detected(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise DocumentError("empty file (only whitespace)")
    return text, encoding


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head and not (head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        return True
    control = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return control > len(head) * 0.05


_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b < 32)


def _detected(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise DocumentError("not UTF-8 and no text encoding could be detected")
    log.info("decoded as %s", best.encoding)
    return str(best), best.encoding
