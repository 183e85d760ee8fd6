"""Reading documents into pages of logical-order, normalized text.

One entry point for the pipeline: `read_document` picks the reader by media
type (`sniff_media_type` tells it) and returns a title and the pages; a file
that cannot be read raises UnreadableDocument with a reason code. A page that
fails while the others read comes back empty with the engine UNREADABLE_PAGE,
so a partial reading always says so.
"""

from __future__ import annotations

from pathlib import Path

from exbench.ingest.media import sniff_media_type
from exbench.reading.errors import UnreadableDocument
from exbench.reading.page import UNREADABLE_PAGE, PageText
from exbench.reading.source import Source, open_source

__all__ = ["UNREADABLE_PAGE", "PageText", "Source", "UnreadableDocument", "open_source", "read_document", "sniff_media_type"]

_TITLE_CHARS = 200


def _first_line(pages: list[PageText]) -> str | None:
    line = next((line for page in pages for line in page.text.splitlines() if line.strip()), None)
    return line.strip()[:_TITLE_CHARS] if line else None


def read_document(source: Path | Source, media_type: str, ocr: bool | None = None) -> tuple[str | None, list[PageText]]:
    """(title, pages) of a file of a known media type, from its path or from a Source already read.

    The title is the PDF's metadata title or the HTML <title>; failing those,
    the first line of text. `ocr`: whether scanned PDF pages wait for OCR
    (default: whether Tesseract is installed).
    """
    if media_type == "application/pdf":
        from exbench.reading.pdf import read_pdf

        title, pages = read_pdf(source, ocr)
        return title or _first_line(pages), pages
    data = source.read_bytes()
    if media_type == "text/html":
        from exbench.reading.html import read_html_pages

        title, pages = read_html_pages(data)
        return title or _first_line(pages), pages
    if media_type == "text/plain":
        from exbench.reading.plain import read_text_pages

        pages = read_text_pages(data)
        return _first_line(pages), pages
    raise UnreadableDocument("unsupported_type", f"ExBench does not read {media_type} files.")
