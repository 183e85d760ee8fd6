"""Is a page's text layer the text the page shows? If not, the page is read from its image, and why is kept.

A PDF can carry a text layer that looks present and is wrong: a font whose
ToUnicode map covers only some glyphs gives a few scattered letters for a
page of text (Word's embedded CID fonts), and a font with a wrong map gives
words with letters swapped or dropped (Persian "B" fonts). Quotes and
numbers from such a layer would be wrong, so the page goes to OCR and
`core.pages.ocr_reason` says which check sent it:

- no_text_layer: no text at all, an image (a scan);
- unmapped_glyphs: mostly replacement or private-use characters;
- text_layer_incomplete: the text objects drawn on the page cover an area
  their characters do not (measured on a grid: good layers 0.97 to 1.00 of
  it, the corrupt report 0.09 to 0.49);
- text_layer_not_words: too few of the words are words of the page's
  language (vocabulary.py; good layers 0.80 and up, corrupt ones 0.52 to 0.70).

Both checks are cheap (a few milliseconds a page, no rendering), and on the
held-out PDFs of every producer no page fails them.
"""

from __future__ import annotations

import math

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from exbench.reading.vocabulary import known_share

NO_TEXT_LAYER = "no_text_layer"
UNMAPPED_GLYPHS = "unmapped_glyphs"
TEXT_LAYER_INCOMPLETE = "text_layer_incomplete"
TEXT_LAYER_NOT_WORDS = "text_layer_not_words"

MIN_COVERAGE = 0.8  # share of the drawn text area that the text layer's characters cover
MIN_KNOWN_WORDS = 0.75  # share of words that are words of the page's language
MIN_WORDS = 20  # fewer words than this say too little to judge
_CELL = 2.0  # grid cell, in points
_MIN_DRAWN_CELLS = 200  # less drawn text than this (a page number, a caption) is not judged


def _mark(grid: bytearray, width: int, box: tuple[float, float, float, float], origin: tuple[float, float], pad: int) -> None:
    """Set the cells a box covers (rows from the bottom), a `pad` of cells around it."""
    left, bottom, right, top = box
    rows = range(
        max(0, int((bottom - origin[1]) / _CELL) - pad), min(len(grid) // width, math.ceil((top - origin[1]) / _CELL) + pad)
    )
    first = max(0, int((left - origin[0]) / _CELL) - pad)
    last = min(width, math.ceil((right - origin[0]) / _CELL) + pad)
    if last > first:
        for row in rows:
            grid[row * width + first : row * width + last] = b"\x01" * (last - first)


def text_coverage(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage) -> float | None:
    """Share of the area drawn by text objects that the text layer's characters cover; None when little is drawn.

    Both are in the page's own coordinates (before /Rotate), on a grid of
    2-point cells spanning the text objects (bytes, one a cell: no numpy in
    a reading worker). A page whose text is drawn inside form XObjects is not
    judged (None): their bounds are in the form's own space.
    """
    texts = list(page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_TEXT,), max_depth=3))
    if not texts or any(obj.level > 0 for obj in texts):
        return None
    boxes = [obj.get_bounds() for obj in texts]
    origin = (min(box[0] for box in boxes), min(box[1] for box in boxes))
    width = min(math.ceil((max(box[2] for box in boxes) - origin[0]) / _CELL) + 2, 5_000)
    height = min(math.ceil((max(box[3] for box in boxes) - origin[1]) / _CELL) + 2, 5_000)
    drawn, covered = bytearray(width * height), bytearray(width * height)
    for box in boxes:
        _mark(drawn, width, box, origin, 0)
    total = drawn.count(1)
    if total < _MIN_DRAWN_CELLS:
        return None
    for index in range(textpage.count_rects()):
        _mark(covered, width, textpage.get_rect(index), origin, 1)
    both = (int.from_bytes(drawn, "little") & int.from_bytes(covered, "little")).bit_count()
    return both / total


def incomplete(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage) -> bool:
    """Whether much of the text drawn on the page has no characters in its text layer."""
    coverage = text_coverage(page, textpage)
    return coverage is not None and coverage < MIN_COVERAGE


def not_words(text: str, language: str | None) -> bool:
    """Whether the page text, long enough to judge, is mostly not words of its language."""
    share = known_share(text, language)
    return share is not None and share[1] >= MIN_WORDS and share[0] < MIN_KNOWN_WORDS
