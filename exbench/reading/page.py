"""A page of text as the reading layer hands it on."""

from __future__ import annotations

from dataclasses import dataclass

LOW_CONFIDENCE = 60.0  # an OCRed word less sure than this (0-100) is not trusted in a quote
UNREADABLE_PAGE = "unreadable"  # the page failed while the rest of the document was read: it stays empty and says so


@dataclass(frozen=True)
class PageText:
    """Normalized text of one page in logical order, with its language and the reading used.

    `engine` says which reading produced the text ('pdfium', 'pdfium-bidi',
    'tesseract', 'html', 'text'; 'unread-scan' for a scanned page left empty
    because OCR is not installed, 'unreadable' for a page that failed while
    the others were read), so a wrong quote can be traced to the way it was
    read.
    """

    page_number: int  # 1-based
    text: str
    language: str | None
    engine: str
    char_count: int
    ocr_confidence: float | None = None  # mean word confidence (0-100) when the page was OCRed
    ocr_words: tuple[tuple[int, int, float], ...] = ()  # (start, end, confidence) of each OCRed word in `text`
    ocr_reason: str | None = None  # why the page is read from its image, not its text layer (text_layer.py)
    tables: tuple[tuple[tuple[str, ...], ...], ...] = ()  # its tables as rows of cell texts (pdf_tables.py, html.py)

    @classmethod
    def of(cls, page_number: int, text: str, language: str | None, engine: str, ocr_reason: str | None = None) -> PageText:
        """A page whose char_count is the length of its text."""
        return cls(page_number, text, language, engine, len(text), ocr_reason=ocr_reason)
