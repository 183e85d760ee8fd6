"""Read a PDF into pages of logical-order text, with pdfium.

Pages without right-to-left script take pdfium's text as it is: right for
Latin script from every producer measured, and as fast as extraction gets.
Pages with Arabic-script text are rebuilt from glyph geometry and the bidi
algorithm (rtl_lines.py), because producers disagree on the stored order
(Chromium stores words reversed, LibreOffice does not) while the glyphs'
positions are right in both. The engine used is recorded per page, so an
analyst can see which reading produced a quote. Characters stored for
glyphs rather than for the text (soft hyphens, symbol-font bullets, lost
fi/fl ligatures) are put back as the page shows them (glyph_text.py). pdfplumber is never used
here: it is ~40x slower and reverses Persian digits.

Pages whose text layer is missing (a scan), garbled (fonts without a
Unicode mapping) or wrong (text_layer.py: characters missing for much of
the text drawn, or words that are not words) come back empty, with the
reason, and marked: 'ocr-pending' when Tesseract is
installed (ocr_pages.py then reads each from its image, a worker task per
page), 'unread-scan' when it is not; a document of only such pages is then
quarantined with a reason that says how to install OCR.

A page pdfium cannot load (a broken page tree, say) stays in the document,
empty and marked 'unreadable', so the page count stays true and the reading
says it is partial; a document none of whose pages load is quarantined.
The document is opened from the bytes that were hashed (reading/source.py).

Every pdfium object (document, page, text page) is closed in a `finally`, so
memory stays flat over thousands of documents.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from exbench.language import document_language
from exbench.reading.cells import Span, glue_squeezed_cells, short_line_spans
from exbench.reading.direction import has_rtl
from exbench.reading.errors import UnreadableDocument
from exbench.reading.glyph_text import layer_text, visible_text
from exbench.reading.language import detect_language
from exbench.reading.normalize import normalize_text
from exbench.reading.ocr_pages import OCR_PENDING, UNREAD_SCAN, ocr_missing, raise_without_text
from exbench.reading.page import UNREADABLE_PAGE, PageText
from exbench.reading.pdf_tables import may_hold_table, read_tables
from exbench.reading.rtl_lines import logical_text
from exbench.reading.source import Source
from exbench.reading.text_layer import (
    NO_TEXT_LAYER,
    TEXT_LAYER_INCOMPLETE,
    TEXT_LAYER_NOT_WORDS,
    UNMAPPED_GLYPHS,
    incomplete,
    not_words,
)
from exbench.reading.upright import upright_textpage
from exbench.reading.word_gaps import DocumentGaps

__all__ = ["garbled", "glue_squeezed_cells", "pdf_title", "read_pdf", "read_pdf_pages"]

MAX_PAGES = 5000
_OPEN_ERRORS = {
    pdfium_c.FPDF_ERR_PASSWORD: ("encrypted", "The PDF is protected by a password, so its text cannot be read."),
    pdfium_c.FPDF_ERR_SECURITY: ("encrypted", "The PDF uses an encryption scheme that cannot be read."),
    pdfium_c.FPDF_ERR_FILE: ("damaged", "The PDF file could not be opened."),
}
_DAMAGED = "The PDF is damaged or truncated: its structure cannot be read."
_NOT_PDF = "The file is named as a PDF but is not one (it has no PDF header)."


def _open(source: Path | Source) -> pdfium.PdfDocument:
    """The pdfium document, or UnreadableDocument saying why it cannot be opened."""
    path = source.path if isinstance(source, Source) else source
    data = source.data if isinstance(source, Source) else None
    if data is None:
        try:
            with path.open("rb") as handle:
                head = handle.read(1024)
        except OSError as error:
            raise UnreadableDocument("damaged", f"The file could not be opened: {error.strerror}.") from None
    else:
        head = data[:1024]
    if not head:
        raise UnreadableDocument("empty", "The file is empty (0 bytes).")
    try:
        return pdfium.PdfDocument(str(path) if data is None else data)
    except pdfium.PdfiumError as error:
        code = getattr(error, "err_code", None)
        if code in _OPEN_ERRORS:
            raise UnreadableDocument(*_OPEN_ERRORS[code]) from None
        raise UnreadableDocument("damaged", _DAMAGED if b"%PDF" in head else _NOT_PDF) from None


def _has_images(page: pdfium.PdfPage) -> bool:
    for _ in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=3):
        return True
    return False


# Characters a text layer holds when its fonts carry no Unicode mapping: the
# replacement character, private-use code points and control characters.
_JUNK = re.compile(r"[\ufffd\ue000-\uf8ff\x00-\x08\x0b\x0c\x0e-\x1f]")
JUNK_SHARE = 0.3


def garbled(text: str) -> bool:
    """A text layer mostly of unmapped glyphs: reading the page image gives more than this text."""
    visible = len(text) - text.count(" ") - text.count("\n")
    return visible > 0 and len(_JUNK.findall(text)) > JUNK_SHARE * visible


def _page_text(page: pdfium.PdfPage, gaps: DocumentGaps) -> tuple[str, str, str | None, list[Span] | None]:
    """(raw text, engine, why the page needs OCR: no text layer, or one that is not the page's text; else None,
    where the stream's short lines stand on an upright page read as stored)."""
    textpage, angle = upright_textpage(page)
    try:
        raw = textpage.get_text_range()
        if garbled(raw):
            return "", "pdfium", UNMAPPED_GLYPHS, None
        if not raw.strip():
            return raw, "pdfium", NO_TEXT_LAYER if _has_images(page) else None, None
        if incomplete(page, textpage):
            return "", "pdfium", TEXT_LAYER_INCOMPLETE, None
        if has_rtl(raw):
            return logical_text(textpage, angle, gaps), "pdfium-bidi", None, None
        return raw, "pdfium", None, None if angle else short_line_spans(textpage)
    finally:
        textpage.close()


def pdf_title(document: pdfium.PdfDocument) -> str | None:
    """The title from the document information, when it says something."""
    try:
        title = (document.get_metadata_dict().get("Title") or "").strip()
    except (pdfium.PdfiumError, ValueError):
        return None
    return title or None


def _read_page(document: pdfium.PdfDocument, index: int, ocr: bool, tabled: dict[int, bool], gaps: DocumentGaps) -> PageText:
    """A page's text; `tabled` gathers the pages that may hold a table (True: by their own lines, False: only as the
    page after one, where a table may run on without its header; such a page passes on nothing)."""
    page = document[index]
    try:
        raw, engine, reason, spans = _page_text(page, gaps)
        if reason is None and may_hold_table(page, raw):
            tabled[index] = True
        elif reason is None and tabled.get(index - 1) and may_hold_table(page, raw, continues=True):
            tabled[index] = False
    finally:
        page.close()
    raw = visible_text(raw) if reason is None else ""
    language = detect_language(raw) if reason is None else None
    text = layer_text(raw, language) if reason is None else ""
    if reason is None and not_words(text, language):
        reason = TEXT_LAYER_NOT_WORDS
    if reason is not None:  # read later from its image, in a task of its own (ocr_pages.py)
        return PageText.of(index + 1, "", None, OCR_PENDING if ocr else UNREAD_SCAN, reason)
    if engine == "pdfium":
        text = glue_squeezed_cells(text, spans)
    return PageText.of(index + 1, text, language, engine)


def _pages(document: pdfium.PdfDocument, ocr: bool, source: Path | Source) -> list[PageText]:
    count = len(document)
    if count == 0:
        raise UnreadableDocument("damaged", "The PDF has no pages.")
    if count > MAX_PAGES:
        raise UnreadableDocument("too_large", f"The PDF has {count} pages, more than the {MAX_PAGES} ExBench reads.")
    pages: list[PageText] = []
    failures = 0
    tabled: dict[int, bool] = {}
    gaps = DocumentGaps()
    for index in range(count):
        try:
            pages.append(_read_page(document, index, ocr, tabled, gaps))
        except MemoryError:
            raise
        except Exception:  # noqa: BLE001 - one broken page must not lose the others (the time limit is no Exception)
            pages.append(PageText.of(index + 1, "", None, UNREADABLE_PAGE))
            failures += 1
    if failures == count:
        raise UnreadableDocument("damaged", "No page of the PDF could be read: it is damaged.")
    if not any(page.text or page.engine == OCR_PENDING for page in pages):
        if failures:
            raise UnreadableDocument(
                "damaged", f"{failures} of the PDF's {count} pages could not be read and the others have no text."
            )
        raise_without_text(pages)
    wanted = {i: (pages[i].engine == "pdfium-bidi", pages[i].language) for i in sorted(tabled) if pages[i].text}
    data = (source.data or source.path) if isinstance(source, Source) else source
    for index, tables in read_tables(data, document, wanted).items():
        pages[index] = replace(pages[index], tables=tables)
    return pages


def read_pdf(source: Path | Source, ocr: bool | None = None) -> tuple[str | None, list[PageText]]:
    """(title from the metadata, pages) of a PDF file or of a Source already read, opening it once.

    `ocr` says whether scanned pages will be read by OCR (marked 'ocr-pending')
    or stay unread; by default, whether Tesseract is installed here.
    """
    ocr = ocr_missing() is None if ocr is None else ocr
    document = _open(source)
    try:
        title, pages = pdf_title(document), _pages(document, ocr, source)
    finally:
        document.close()
    if title:
        title = normalize_text(title, document_language(page.language for page in pages)).replace("\n", " ")
    return title, pages


def read_pdf_pages(path: Path) -> list[PageText]:
    """Pages of a PDF in logical order; UnreadableDocument when it cannot be read at all."""
    return read_pdf(path)[1]
