"""Where a fact's quoted words are on its PDF page, and a picture of that region with the words highlighted.

The reader (exbench/reading) keeps text, not positions, so the page is opened
again with pypdfium2 and each line of the quote searched in its text layer; the
boxes of the characters found are merged into one box per line. A quote the
text layer does not hold as written (a scan read by OCR, right-to-left text the
reader reordered) gets no box, never a guessed one.
"""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageDraw

Box = tuple[float, float, float, float]  # left, top, right, bottom in PDF points from the page's top left
SCALE = 2.0  # pixels per point of the pictures
MARGIN = 24.0  # points of page shown around the words


def _line_boxes(textpage: pdfium.PdfTextPage, line: str) -> list[Box]:
    searcher = textpage.search(line, match_case=True)
    found = searcher.get_next()
    if found is None:
        return []
    index, count = found
    rects = sorted((textpage.get_rect(i) for i in range(textpage.count_rects(index, count))), key=lambda r: -r[3])
    rows: list[list[tuple[float, float, float, float]]] = []
    for rect in rects:  # a character whose middle lies within the last row's height is on that row
        middle = (rect[1] + rect[3]) / 2
        if rows and min(r[1] for r in rows[-1]) <= middle <= max(r[3] for r in rows[-1]):
            rows[-1].append(rect)
        else:
            rows.append([rect])
    return [(min(r[0] for r in row), max(r[3] for r in row), max(r[2] for r in row), min(r[1] for r in row)) for row in rows]


def quote_boxes(pdf: Path, page_number: int, quote: str) -> list[Box]:
    """The boxes of the quote's lines on the page (1-based), in points from the top left; [] when not found."""
    try:
        document = pdfium.PdfDocument(str(pdf))
    except (pdfium.PdfiumError, OSError):
        return []
    try:
        if not 1 <= page_number <= len(document):
            return []
        page = document[page_number - 1]
        height = page.get_height()
        textpage = page.get_textpage()
        boxes = []
        for line in (part.strip() for part in quote.splitlines()):
            if line:
                boxes += _line_boxes(textpage, line)
        # PDF space counts up from the bottom: flip it so the boxes read like the picture
        return [(left, height - top, right, height - bottom) for left, top, right, bottom in boxes]
    finally:
        document.close()


def highlighted_region(pdf: Path, page_number: int, boxes: list[Box]) -> bytes | None:
    """A PNG of the page region around the boxes with the words highlighted; None without boxes."""
    if not boxes:
        return None
    document = pdfium.PdfDocument(str(pdf))
    try:
        page = document[page_number - 1]
        width, height = page.get_size()
        image = page.render(scale=SCALE).to_pil().convert("RGBA")
    finally:
        document.close()
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    for left, top, right, bottom in boxes:
        draw.rectangle([left * SCALE, top * SCALE, right * SCALE, bottom * SCALE], fill=(255, 221, 0, 110))
    region = (
        max(0.0, min(b[0] for b in boxes) - MARGIN) * SCALE,
        max(0.0, min(b[1] for b in boxes) - MARGIN) * SCALE,
        min(width, max(b[2] for b in boxes) + MARGIN) * SCALE,
        min(height, max(b[3] for b in boxes) + MARGIN) * SCALE,
    )
    picture = Image.alpha_composite(image, overlay).crop(tuple(round(v) for v in region)).convert("RGB")
    out = io.BytesIO()
    picture.save(out, format="PNG")
    return out.getvalue()
