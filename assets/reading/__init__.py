"""Reading documents into pages of logical-order, normalized text."""

from __future__ import annotations

from pathlib import Path

from assets.reading.errors import UnreadableDocument
from assets.reading.page import PageText

__all__ = ["PageText", "UnreadableDocument", "read_document"]


def read_document(path: Path, media_type: str) -> tuple[str | None, list[PageText]]:
    """(title, pages) of a file of a known media type."""
    if media_type == "application/pdf":
        from assets.reading.pdf import read_pdf_pages

        return read_pdf_pages(path)
    data = path.read_bytes()
    if media_type == "text/html":
        from assets.reading.html import read_html_pages

        return read_html_pages(data)
    if media_type == "text/plain":
        from assets.reading.plain import read_text_pages

        pages = read_text_pages(data)
        first_line = next((line for p in pages for line in p.text.splitlines() if line.strip()), None)
        return first_line, pages
    raise UnreadableDocument("unsupported_type", f"ExBench does not read {media_type} files.")
