"""A lone digit Tesseract reads as a letter no Persian word is (۱ as alef, ۴ as a question mark, ۷ as hamza).

A criterion's heading "معیار ۱: رهبری" came back from a scan as "معیار ا: رهبری",
and the findings under it lost their criterion. Such a mark is re-read from its
glyph and kept as the digit only where the glyph matches one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from exbench.evaluation.scans import make_scan
from exbench.reading.ocr_pages import ocr_pdf_page
from tests.conftest import require_tool

HELDOUT6 = Path(__file__).resolve().parent / "heldout6"


@pytest.mark.slow
def test_criterion_numbers_read_as_letters_are_read_again_as_digits(tmp_path: Path) -> None:
    """fa_f09 (dev half of heldout6): a national-award feedback report's criterion headings, scanned."""
    require_tool("tesseract", "tesseract-ocr tesseract-ocr-fas tesseract-ocr-tur")
    scan = tmp_path / "fa_f09-scan.pdf"
    make_scan(HELDOUT6 / "pdf-chromium" / "fa_f09.pdf", scan)
    text = "\n".join(ocr_pdf_page(scan, number, 120).text for number in (2, 3))
    for heading in ("معیار ۱: رهبری", "معیار ۴: شراکت‌ها و منابع", "معیار ۷: نتایج کارکنان"):
        assert heading in text
    assert "معیار ا:" not in text
