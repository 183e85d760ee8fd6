"""Read a PDF into pages of logical-order text, with pdfium.

Pages without right-to-left script take pdfium's text as it is (right for
Latin script from every producer measured, and fast). Pages with Arabic-script
text are rebuilt from glyph geometry and the bidi algorithm (rtl_lines.py),
because producers disagree on the stored order. The engine used is recorded
per page, so an analyst can see which reading produced a quote.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from assets.reading.errors import UnreadableDocument
from assets.reading.language import detect_language
from assets.reading.normalize import normalize_text
from assets.reading.page import PageText
from assets.reading.rtl_lines import is_rtl_char, logical_text

MAX_PAGES = 5000
_ERRORS = {
    4: ("encrypted", "The PDF is protected by a password."),
    3: ("damaged", "The file is not a readable PDF (damaged or truncated)."),
    2: ("damaged", "The file could not be opened as a PDF."),
    6: ("damaged", "The PDF uses a security handler that cannot be read."),
}


def _open(path: Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as error:
        reason, message = _ERRORS.get(getattr(error, "err_code", None), ("damaged", "The PDF could not be opened."))
        raise UnreadableDocument(reason, f"{message} ({error})") from None


def _has_images(page: pdfium.PdfPage) -> bool:
    for _ in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=3):
        return True
    return False


def _page_text(document: pdfium.PdfDocument, index: int) -> tuple[str, str, bool]:
    """(text, engine, whether the page has images) of one page."""
    page = document[index]
    try:
        textpage = page.get_textpage()
        try:
            raw = textpage.get_text_range()
            if any(is_rtl_char(c) for c in raw):
                return logical_text(textpage), "pdfium-bidi", False
            return raw, "pdfium", not raw.strip() and _has_images(page)
        finally:
            textpage.close()
    finally:
        page.close()


_SHORT = 3


def _kind(fragment: str) -> str:
    return "digits" if all(c.isdigit() or c in ".,%" for c in fragment) else "letters"


def glue_squeezed_cells(text: str) -> str:
    """Join runs of very short lines of one kind (all digits, or all letters): a
    table column squeezed to a few characters prints "472" as "4", "7", "2" on
    three lines (LibreOffice does this)."""
    out: list[str] = []
    run: list[str] = []

    def close() -> None:
        out.append("".join(run)) if len(run) > 1 else out.extend(run)
        run.clear()

    for line in text.split("\n"):
        stripped = line.strip()
        if 0 < len(stripped) <= _SHORT and " " not in stripped:
            if run and _kind(run[-1]) != _kind(stripped):
                close()
            run.append(stripped)
            continue
        close()
        out.append(line)
    close()
    return "\n".join(out)


def pdf_title(document: pdfium.PdfDocument) -> str | None:
    """The title from the document information, when it says something."""
    try:
        title = (document.get_metadata_dict().get("Title") or "").strip()
    except pdfium.PdfiumError:
        return None
    return title or None


def read_pdf_pages(path: Path) -> tuple[str | None, list[PageText]]:
    """(title, pages) of a PDF; raises UnreadableDocument when it cannot be read at all."""
    document = _open(path)
    try:
        count = len(document)
        if count == 0:
            raise UnreadableDocument("damaged", "The PDF has no pages.")
        if count > MAX_PAGES:
            raise UnreadableDocument("too_large", f"The PDF has {count} pages, more than the {MAX_PAGES} allowed.")
        pages: list[PageText] = []
        failures = 0
        scanned = 0
        for index in range(count):
            try:
                raw, engine, image_only = _page_text(document, index)
            except pdfium.PdfiumError:
                failures += 1
                continue
            scanned += image_only
            language = detect_language(raw)
            text = normalize_text(raw, language)
            if engine == "pdfium":
                text = glue_squeezed_cells(text)
            pages.append(PageText(index + 1, text, language, engine))
        if failures == count:
            raise UnreadableDocument("damaged", "No page of the PDF could be read.")
        if not any(page.text.strip() for page in pages):
            if scanned:
                raise UnreadableDocument(
                    "needs_ocr", "The PDF pages are images without a text layer (a scan); reading them needs OCR."
                )
            raise UnreadableDocument("no_text", "The PDF has no text on any page.")
        return pdf_title(document), pages
    finally:
        document.close()
