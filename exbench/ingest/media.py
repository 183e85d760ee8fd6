"""What kind of file this is, from its first bytes and then its name.

Magic bytes win: a PDF saved as .txt is still read as a PDF, and a PNG named
.pdf is not handed to the PDF reader (it is unsupported, and says so).
"""

from __future__ import annotations

from pathlib import Path

PDF, HTML, TEXT = "application/pdf", "text/html", "text/plain"

_EXTENSIONS = {
    ".pdf": PDF,
    ".html": HTML,
    ".htm": HTML,
    ".xhtml": HTML,
    ".txt": TEXT,
    ".text": TEXT,
    ".md": TEXT,
}
# Formats ExBench does not read, whatever their name says.
_FOREIGN = (
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"PK\x03\x04",
    b"\xd0\xcf\x11\xe0",
    b"II*\x00",
    b"MM\x00*",
    b"\x1f\x8b",
    b"7z\xbc\xaf",
    b"Rar!",
    b"%!PS",
    b"{\\rtf",
)
_HTML_STARTS = (b"<!doctype html", b"<html", b"<?xml version", b"<head", b"<body")
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def sniff_media_type(path: Path, head: bytes) -> str | None:
    """'application/pdf', 'text/html', 'text/plain', or None when ExBench does not read it."""
    if b"%PDF-" in head[:1024]:  # PDF readers accept junk before the header
        return PDF
    if head.startswith(_FOREIGN):
        return None
    start = head
    for bom in _BOMS:
        if start.startswith(bom):
            start = start[len(bom) :].replace(b"\x00", b"")
            break
    lowered = start.lstrip()[:512].lower()
    if lowered.startswith(_HTML_STARTS) and (not lowered.startswith(b"<?xml") or b"<html" in lowered):
        return HTML
    return _EXTENSIONS.get(path.suffix.lower())
