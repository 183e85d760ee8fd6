"""What kind of file this is, from its first bytes and then its name.

Magic bytes win: a PDF saved as .txt is still read as a PDF, and a PNG named
.pdf is not handed to the PDF reader (it is unsupported, and says what it is:
an image, which a person then saves as a PDF to have it OCRed).
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
# What the first bytes of a file ExBench does not read say it is, for the quarantine message.
_KINDS = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\xd0\xcf\x11\xe0": "an old Office document",
    b"\x1f\x8b": "a gzip archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"Rar!": "a RAR archive",
    b"%!PS": "a PostScript file",
    b"{\\rtf": "an RTF document",
}
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


def unread_file_message(path: Path) -> str | None:
    """Why a file of a type ExBench does not read was set aside, naming what its bytes say it is (None when they
    say nothing known): an image named .pdf is called an image, with what to do to have it read."""
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError:
        return None
    kind = next((name for magic, name in _KINDS.items() if head.startswith(magic)), None)
    if kind is None:
        return None
    named = f", although its name ends in {path.suffix}" if path.suffix.lower() in _EXTENSIONS else ""
    message = f"The file is {kind}{named}; ExBench reads PDF, HTML and plain text."
    if kind.endswith("image"):
        message += " Save the scan as a PDF (an image-only PDF is read by OCR) and run again."
    return message
