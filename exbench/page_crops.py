"""A small picture of the page region where a fact's quoted words are, the words highlighted and each number boxed.

Both the HTML report and the review sheet show a fact in place, so a reader sees
the number on the page without opening the PDF; where the words are is
exbench/quote_places.py's job. A quote it cannot place gets no picture, never a
guessed one: the caller shows the quote as text instead.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageDraw

from exbench.quote_places import Box, Found, find_quote

SCALE = 1.5  # pixels per point of the pictures
MARGIN = 14.0  # points of page shown around the words
MAX_HEIGHT = 160.0  # points of page at most in one picture: a long quote shows the part around its first number
WORDS_FILL = (255, 221, 0, 90)
NUMBER_FILL = (255, 120, 0, 120)
NUMBER_EDGE = (200, 60, 0, 255)


@dataclass(frozen=True)
class Crop:
    """A PNG of a page region; `region` is where it is on the page (points), the boxes are pixels of the PNG."""

    png: bytes
    width: int
    height: int
    region: Box
    words: tuple[Box, ...]
    numbers: tuple[Box, ...]


def _region(found: Found, width: float, height: float) -> Box:
    """The page region shown: the words and a margin, at most MAX_HEIGHT tall, round the first number."""
    boxes = found.words
    top, bottom = min(b[1] for b in boxes), max(b[3] for b in boxes)
    if bottom - top > MAX_HEIGHT - 2 * MARGIN:
        focus = found.numbers[0] if found.numbers else boxes[0]
        top = max(top, (focus[1] + focus[3]) / 2 - (MAX_HEIGHT - 2 * MARGIN) / 2)
        bottom = top + MAX_HEIGHT - 2 * MARGIN
    return (
        max(0.0, min(b[0] for b in boxes) - MARGIN),
        max(0.0, top - MARGIN),
        min(width, max(b[2] for b in boxes) + MARGIN),
        min(height, bottom + MARGIN),
    )


def _pixels(box: Box, region: Box) -> Box | None:
    """A page box as pixels of the picture of `region`, clipped to it; None when outside."""
    left, top = max(box[0], region[0]), max(box[1], region[1])
    right, bottom = min(box[2], region[2]), min(box[3], region[3])
    if right <= left or bottom <= top:
        return None
    x, y = region[0], region[1]
    return (
        round((left - x) * SCALE, 1),
        round((top - y) * SCALE, 1),
        round((right - x) * SCALE, 1),
        round((bottom - y) * SCALE, 1),
    )


def crop(pdf: Path, page_number: int, found: Found) -> Crop | None:
    """A picture of the page region round the words found, the words highlighted and each number boxed."""
    if not found.words:
        return None
    try:
        document = pdfium.PdfDocument(str(pdf))
    except (pdfium.PdfiumError, OSError):
        return None
    try:
        page = document[page_number - 1]
        width, height = page.get_size()
        region = _region(found, width, height)
        # render only the region: pypdfium2's crop is what to cut from each side (left, bottom, right, top)
        image = page.render(scale=SCALE, crop=(region[0], height - region[3], width - region[2], region[1])).to_pil()
    finally:
        document.close()
    image = image.convert("RGBA")
    words = tuple(b for b in (_pixels(w, region) for w in found.words) if b)
    numbers = tuple(b for b in (_pixels(n, region) for n in found.numbers) if b)
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    for box in words:
        draw.rectangle(box, fill=WORDS_FILL)
    for box in numbers:
        draw.rectangle((box[0] - 1, box[1] - 1, box[2] + 1, box[3] + 1), fill=NUMBER_FILL, outline=NUMBER_EDGE, width=2)
    picture = Image.alpha_composite(image, overlay).convert("RGB")
    out = io.BytesIO()
    # a few dozen colours draw text and highlights alike, at a fraction of the bytes
    picture.quantize(colors=48, method=Image.Quantize.MEDIANCUT).save(out, format="PNG", optimize=True)
    return Crop(out.getvalue(), picture.width, picture.height, region, words, numbers)


def quote_crop(pdf: Path, page_number: int, quote: str) -> Crop | None:
    """The picture of the quote in place on its PDF page, or None when the words are not found there."""
    found = find_quote(pdf, page_number, quote)
    return crop(pdf, page_number, found) if found else None
