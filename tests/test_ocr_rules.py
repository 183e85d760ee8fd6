"""Ruled tables on scans: the rules are lifted before Tesseract reads the page.

Tesseract's layout analysis loses a table whose cells are ruled: on the
held-out scans every ruled score table came back as a few stray characters.
The rules are found as long thin runs of ink and painted white; letters, kashida strokes,
digits and filled bands (white text on a dark footer) stay.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw

from exbench.evaluation.scans import make_scan
from exbench.reading.ocr_layout import without_rules
from exbench.reading.ocr_pages import ocr_pdf_page
from tests.conftest import require_tool

HELDOUT = Path(__file__).resolve().parent / "heldout"


def ruled_page() -> Image.Image:
    """A 300-dpi-sized page: a 3x3 ruled grid with a digit-like stroke in each cell, and a dark band."""
    image = Image.new("L", (2400, 3200), 255)
    draw = ImageDraw.Draw(image)
    for row in range(4):
        draw.line([(200, 400 + row * 120), (1600, 400 + row * 120)], fill=0, width=3)
    for column in range(4):
        draw.line([(200 + column * 466, 400), (200 + column * 466, 760)], fill=0, width=3)
    for row in range(3):
        for column in range(3):
            x, y = 300 + column * 466, 430 + row * 120
            draw.rectangle([x, y, x + 6, y + 50], fill=0)  # a "1": short vertical stroke
            draw.rectangle([x + 30, y + 20, x + 70, y + 26], fill=0)  # a "-": short horizontal stroke
    draw.rectangle([100, 3000, 2300, 3100], fill=40)  # a dark footer band
    draw.rectangle([300, 3030, 1800, 3034], fill=255)  # a white line of "text" on it
    return image


def test_table_rules_are_lifted_and_letters_stay() -> None:
    cleaned = np.asarray(without_rules(ruled_page()))
    assert (cleaned[400, 250:1550] == 255).all()  # the horizontal rule is gone
    assert (cleaned[450:700, 200] == 255).all()  # the vertical rule is gone
    assert (cleaned[440:470, 302] == 0).all()  # the short strokes inside the cells stay
    assert (cleaned[452, 335:365] == 0).all()
    assert (cleaned[3010, 150:2250] < 128).all()  # the dark band stays dark
    assert (cleaned[3032, 400:1700] == 255).all()  # and its white line stays white


def test_page_without_rules_is_returned_as_it_is() -> None:
    page = Image.new("L", (1200, 1600), 255)
    ImageDraw.Draw(page).rectangle([100, 100, 140, 160], fill=0)
    assert without_rules(page) is page


@pytest.mark.slow
def test_scanned_ruled_score_table_is_read_row_by_row(tmp_path: Path) -> None:
    require_tool("tesseract", "tesseract-ocr tesseract-ocr-fas tesseract-ocr-tur")
    scan = tmp_path / "tr_r01-scan.pdf"
    pages = make_scan(HELDOUT / "pdf-chromium" / "tr_r01.pdf", scan)
    text = "\n".join(ocr_pdf_page(scan, number, 120).text for number in range(1, pages + 1))
    for row in ("1. Amaç, Vizyon ve Strateji 100 64", "4. Sürdürülebilir Değer Yaratma 200 92", "Toplam 1000 438"):
        assert row in text
    assert pdfium.PdfDocument(scan)[0].get_textpage().count_chars() == 0  # the scan has no text layer to lean on


def test_a_kashida_stretched_word_keeps_its_long_stroke() -> None:
    page = Image.new("L", (2400, 3200), 255)
    draw = ImageDraw.Draw(page)
    draw.rectangle([400, 1000, 560, 1004], fill=0)  # a 160 px kashida joining two letters
    draw.rectangle([395, 980, 402, 1004], fill=0)
    draw.rectangle([560, 975, 566, 1004], fill=0)
    assert without_rules(page) is page
