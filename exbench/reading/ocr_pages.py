"""Scanned PDF pages: which wait for OCR, reading one of them, and the verdict on a document after OCR.

The text layer of every page is read first, fast, in one task per document;
a page without a usable layer is left empty and marked. OCR then runs one
task per page (seconds each, so both cores share a long scan and each page
has its own time limit), and the document is whole again when every page is
back. A document with no text left after that is quarantined with the reason
that fits: OCR missing, OCR too slow, or nothing on the pages.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from exbench.reading.errors import UnreadableDocument
from exbench.reading.language import detect_language
from exbench.reading.normalize import normalize_text
from exbench.reading.ocr_engine import INSTALL_HINT, OcrUnavailable, check_ocr, page_timeout_s
from exbench.reading.page import PageText
from exbench.reading.source import Source
from exbench.reading.text_layer import NO_TEXT_LAYER

OCR_PENDING = "ocr-pending"  # no usable text layer; OCR is installed and will read the image
UNREAD_SCAN = "unread-scan"  # no usable text layer and no OCR here: the page stays empty
OCR_TIMEOUT = "ocr-timeout"  # OCR passed the page time limit: the page stays empty and says so
OCR_FAILED = "ocr-failed"  # the page image could not be read (a broken image, Tesseract failing)
OCR_ENGINE = "tesseract"


def ocr_missing() -> str | None:
    """Why OCR cannot run here (with how to install it), or None when it can."""
    try:
        check_ocr()
    except OcrUnavailable as error:
        return str(error)
    return None


def ocr_pdf_page(source: Path | Source, page_number: int, timeout_s: int) -> PageText:
    """One page of a PDF (its path, or a Source already read) read from its image by Tesseract, normalized word by word.

    Normalizing each word on its own keeps every word's confidence at its
    exact place in the page text, so a quote can be traced to its words.
    RuntimeError when Tesseract passes `timeout_s` seconds.
    """
    from exbench.reading.ocr import ocr_image, render_page  # numpy and Pillow: only in the workers that OCR

    data = source.data if isinstance(source, Source) else None
    document = pdfium.PdfDocument(data if data is not None else str(getattr(source, "path", source)))
    try:
        page = document[page_number - 1]
        try:
            image = render_page(page)
        finally:
            page.close()
    finally:
        document.close()
    result = ocr_image(image, timeout_s)
    raw_text, _spans = result.assemble()
    language = detect_language(raw_text)
    text, spans = result.assemble(lambda word: normalize_text(word, language))
    return PageText(page_number, text, language, OCR_ENGINE, len(text), result.confidence, spans)


def raise_without_text(pages: list[PageText]) -> None:
    """Quarantine a document none of whose pages gave text, with the reason that applies."""
    engines = {page.engine for page in pages}
    if UNREAD_SCAN in engines:
        wrong_layer = any(page.ocr_reason not in (None, NO_TEXT_LAYER) for page in pages if page.engine == UNREAD_SCAN)
        what = "have a text layer that is not their text" if wrong_layer else "are scanned images"
        raise UnreadableDocument("needs_ocr", ocr_missing() or f"The pages {what} and this run had no OCR: {INSTALL_HINT}.")
    if OCR_TIMEOUT in engines:
        raise UnreadableDocument(
            "timeout", f"OCR of a page took longer than {page_timeout_s()} s (EXBENCH_OCR_PAGE_SECONDS) and was stopped."
        )
    if OCR_FAILED in engines:
        raise UnreadableDocument("damaged", "The pages are images that OCR could not read.")
    if OCR_ENGINE in engines:
        raise UnreadableDocument("no_text", "The pages are images and OCR found no text on them.")
    raise UnreadableDocument("no_text", "The PDF has no text on any page (and no scanned images either).")
