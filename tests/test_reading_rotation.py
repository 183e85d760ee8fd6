"""Turned pages read like upright ones.

A page can be turned by its /Rotate entry or have its content drawn turned
(a page placed on another at 90 or 180 degrees). pdfium orders characters as
the page is shown, so an upside-down page came back backwards ("mi şit elİ")
and was sent to OCR as "not words". The copies here are made from rendered
held-out PDFs with pypdfium2, as a scanner's software or a viewer's "rotate
and save" would.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from exbench.reading.pdf import read_pdf_pages

HELDOUT = Path(__file__).resolve().parent / "heldout"


def turned_by_rotate(source: Path, target: Path, degrees: int) -> Path:
    document = pdfium.PdfDocument(source)
    for index in range(len(document)):
        document[index].set_rotation(degrees)
    document.save(target)
    return target


def drawn_turned(source: Path, target: Path, degrees: int) -> Path:
    """Each page placed on a new page with its content turned counter-clockwise (90) or upside down (180)."""
    original, turned = pdfium.PdfDocument(source), pdfium.PdfDocument.new()
    for index in range(len(original)):
        width, height = original[index].get_size()
        placed = original.page_as_xobject(index, turned).as_pageobject()
        if degrees == 90:
            placed.transform(pdfium.PdfMatrix(0, 1, -1, 0, height, 0))
            page = turned.new_page(height, width)
        else:
            placed.transform(pdfium.PdfMatrix(-1, 0, 0, -1, width, height))
            page = turned.new_page(width, height)
        page.insert_obj(placed)
        page.gen_content()
    turned.save(target)
    return target


def text(path: Path) -> str:
    return "\n".join(page.text for page in read_pdf_pages(path))


CASES = [
    ("pdf-chromium", "tr_r01", "Sarıyurt Belediyesi"),
    ("pdf-libreoffice", "fa_r02", "سازمان فناوری اطلاعات"),
]


@pytest.mark.parametrize("producer, doc, phrase", CASES)
@pytest.mark.parametrize("degrees", [90, 180, 270])
def test_page_turned_by_rotate_reads_as_upright(tmp_path: Path, producer: str, doc: str, phrase: str, degrees: int) -> None:
    source = HELDOUT / producer / f"{doc}.pdf"
    turned = turned_by_rotate(source, tmp_path / "turned.pdf", degrees)
    pages = read_pdf_pages(turned)
    assert all(page.engine.startswith("pdfium") for page in pages)  # read from the text layer, not sent to OCR
    assert text(turned) == text(source)
    assert phrase in text(turned)


@pytest.mark.parametrize("producer, doc, phrase", CASES)
@pytest.mark.parametrize("degrees", [90, 180])
def test_page_drawn_turned_reads_as_upright(tmp_path: Path, producer: str, doc: str, phrase: str, degrees: int) -> None:
    source = HELDOUT / producer / f"{doc}.pdf"
    turned = drawn_turned(source, tmp_path / "turned.pdf", degrees)
    assert phrase in text(turned)
    assert text(turned) == text(source)
