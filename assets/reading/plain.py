"""Read plain-text files: UTF-8 (or UTF-16 by its BOM), else a detected encoding."""

from __future__ import annotations

from assets.reading.errors import UnreadableDocument
from assets.reading.language import detect_language
from assets.reading.normalize import normalize_text
from assets.reading.page import PageText


def decode_text(data: bytes) -> str:
    """The text of the bytes, or UnreadableDocument when they are not text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise UnreadableDocument("not_text", "The file holds binary data, not text.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UnreadableDocument("not_text", "The file is not UTF-8 and its encoding could not be recognized.")
    return str(best)


def read_text_pages(data: bytes) -> list[PageText]:
    """Pages of a text file: a form feed starts a new page."""
    text = decode_text(data)
    pages = []
    for number, chunk in enumerate(text.split("\f"), start=1):
        language = detect_language(chunk)
        pages.append(PageText(number, normalize_text(chunk, language), language, "text"))
    return pages
