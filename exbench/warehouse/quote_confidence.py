"""How sure the reading was of a fact: the OCR confidence of the words it was read from.

On a page read from its text layer every word is certain (None). On an OCRed
page the quote is found in the page text and the words under it are rated:
- a fact whose value comes from marked words (a metric's number: the quote's
  `focus`) is as sure as the least sure of those words, so one doubtful digit
  in "۱۶۸ نقطه قوت" makes the count doubtful;
- any other fact is as sure as the quote's words on average, but never surer
  than its least sure number (a year, a star count), since a misread letter
  seldom changes a fact and a misread digit always does.
"""

from __future__ import annotations

import re
from typing import Any

from exbench.language.digits import SETS, digit_range

_DIGIT = re.compile(f"[{digit_range(*SETS)}]")


def quote_confidence(page: dict[str, Any] | None, quote: str | None, focus: list | tuple = ()) -> float | None:
    """Confidence (0-100) of the OCRed words a fact rests on; None for a page with a text layer."""
    if page is None or page.get("ocr_confidence") is None:
        return None
    words = page.get("ocr_words") or []
    start = page["text"].find(quote) if quote else -1
    if start < 0:  # the quote is not verbatim on its page: as unsure as the page's least sure word
        return min((w[2] for w in words), default=page["ocr_confidence"])
    if focus:
        marked = [w[2] for w in words for a, b in focus if w[0] < start + b and w[1] > start + a]
        if marked:
            return min(marked)
    end = start + len(quote)
    under = [w for w in words if w[0] < end and w[1] > start]
    if not under:
        return page["ocr_confidence"]
    weight = sum(w[1] - w[0] for w in under)
    mean = sum((w[1] - w[0]) * w[2] for w in under) / weight
    numbers = [w[2] for w in under if _DIGIT.search(page["text"][w[0] : w[1]])]
    return round(min([mean, *numbers]), 1)
