"""A scanned page that lies turned reads like a straight one.

Scanners store a sheet fed sideways or upside down either as a turned image
or as a straight image with /Rotate set. Tesseract's script and orientation
detection says how the page is turned and the reader turns it back; these
copies are made from a rendered held-out PDF (its "scan", then turned).
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image

from exbench.evaluation.scans import make_scan
from exbench.reading.ocr_pages import ocr_pdf_page
from tests.conftest import require_tool

HELDOUT = Path(__file__).resolve().parent / "heldout"
CASES = [
    ("pdf-chromium", "tr_r01", ["Sarıyurt Belediyesi", "Kalite Yönetimi"]),
    ("pdf-libreoffice", "fa_n04", ["دماوند", "بیمارستان"]),
]


@pytest.fixture(scope="module")
def ocr_ready() -> None:
    require_tool("tesseract", "tesseract-ocr tesseract-ocr-fas tesseract-ocr-tur")


def first_page_scan(producer: str, doc: str, folder: Path) -> Path:
    scan = folder / f"{doc}-scan.pdf"
    make_scan(HELDOUT / producer / f"{doc}.pdf", scan)
    single = pdfium.PdfDocument.new()
    single.import_pages(pdfium.PdfDocument(scan), [1 if doc.startswith("fa") else 0])
    single.save(folder / f"{doc}-page.pdf")
    return folder / f"{doc}-page.pdf"


def image_turned(scan: Path, target: Path, degrees: int) -> Path:
    page = pdfium.PdfDocument(scan)[0]
    image = page.render(scale=200 / 72, grayscale=True).to_pil().rotate(degrees, expand=True, fillcolor=255)
    Image.Image.save(image, target, "PDF", resolution=200.0)
    return target


def rotate_set(scan: Path, target: Path, degrees: int) -> Path:
    document = pdfium.PdfDocument(scan)
    document[0].set_rotation(degrees)
    document.save(target)
    return target


@pytest.fixture(scope="module")
def straight_scans(ocr_ready, tmp_path_factory) -> dict:
    """Each case's straight scanned page and what Tesseract reads on it, made once for the three turns."""
    made = {}
    for producer, doc, _phrases in CASES:
        scan = first_page_scan(producer, doc, tmp_path_factory.mktemp(doc))
        made[doc] = scan, ocr_pdf_page(scan, 1, 120)
    return made


@pytest.mark.slow
@pytest.mark.parametrize("producer, doc, phrases", CASES)
@pytest.mark.parametrize("turn", ["image-90", "image-180", "rotate-270"])
def test_turned_scan_reads_like_the_straight_one(
    straight_scans, tmp_path: Path, producer: str, doc: str, phrases: list[str], turn: str
) -> None:
    scan, straight = straight_scans[doc]
    how, degrees = turn.split("-")
    turned = (image_turned if how == "image" else rotate_set)(scan, tmp_path / "turned.pdf", int(degrees))
    read = ocr_pdf_page(turned, 1, 120)
    for phrase in phrases:
        assert phrase in straight.text
        assert phrase in read.text
    assert read.language == straight.language
