"""Read plain-text files: UTF-8 (or UTF-16/32 by its BOM), else a detected encoding.

Legacy Turkish and Persian code pages are tried before generic detection
(charset_normalizer), which guesses wrongly on short Turkish or Persian
texts; binary data (NUL bytes, or nothing decodes) is refused as 'not_text'.
"""

from __future__ import annotations

from exbench.reading.errors import UnreadableDocument
from exbench.reading.language import detect_language
from exbench.reading.normalize import normalize_text
from exbench.reading.page import PageText

# Legacy code pages of the corpus' languages, tried before generic detection,
# which guesses wrongly on short Turkish or Persian texts.
_LEGACY = ("cp1254", "cp1256", "cp1252")
_LETTERS = set("çğıöşüâîûÇĞİÖŞÜÂÎÛ")


def _plausibility(text: str) -> float:
    good = sum(1 for c in text if c.isascii() or c in _LETTERS or "\u0600" <= c <= "\u06ff" or c in "\u200c«»،؛؟")
    return good / max(1, len(text))


def _best_legacy_decoding(data: bytes) -> str | None:
    candidates = []
    for encoding in _LEGACY:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidates.append((_plausibility(text), text))
    if not candidates:
        return None
    score, text = max(candidates, key=lambda item: item[0])
    return text if score >= 0.98 else None


def decode_text(data: bytes) -> str:
    """The text of the bytes, or UnreadableDocument when they are not text."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return data.decode("utf-32")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise UnreadableDocument("not_text", "The file starts like UTF-16 text but does not decode as such.") from None
    if b"\x00" in data[:4096]:
        raise UnreadableDocument("not_text", "The file holds binary data, not text.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    legacy = _best_legacy_decoding(data)
    if legacy is not None:
        return legacy
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UnreadableDocument("not_text", "The file is not UTF-8 and its encoding could not be recognized.")
    return str(best)


def read_text_pages(data: bytes) -> list[PageText]:
    """Pages of a text file: a form feed starts a new page."""
    if not data:
        raise UnreadableDocument("empty", "The file is empty (0 bytes).")
    text = decode_text(data)
    pages = []
    for number, chunk in enumerate(text.split("\f"), start=1):
        language = detect_language(chunk)
        pages.append(PageText.of(number, normalize_text(chunk, language), language, "text"))
    return pages
