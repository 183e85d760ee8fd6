"""How sure the reading was of a quote: the weakest OCR confidence among the words it holds.

A fact is only as good as the words it quotes. On a page read from its text
layer every word is certain (None); on an OCRed page the quote is found in the
page text and the lowest confidence of the words it overlaps is its
confidence, so one unsure digit in "۱۶۸ نقطه قوت" makes the whole fact unsure.
"""

from __future__ import annotations

from typing import Any


def quote_confidence(page: dict[str, Any] | None, quote: str | None) -> float | None:
    """Lowest confidence (0-100) of the OCRed words under `quote`; None for a page with a text layer."""
    if page is None or page.get("ocr_confidence") is None:
        return None
    words = page.get("ocr_words") or []
    start = page["text"].find(quote) if quote else -1
    if start < 0:  # the quote is not verbatim on its page: as unsure as the page's least sure word
        return min((w[2] for w in words), default=page["ocr_confidence"])
    end = start + len(quote)
    overlapping = [confidence for word_start, word_end, confidence in words if word_start < end and word_end > start]
    return min(overlapping, default=page["ocr_confidence"])
