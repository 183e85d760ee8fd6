"""Persian page layouts that once read wrong from PDFs: emoji, italic lines, number and Latin cells, off-page list numbers.

persian-layout.html is a small page of our own (a channel post with emoji,
an italic summary line, a certificates table whose year cell stands beside
an "ISO ..." cell, a wrapped line with a tanwin, an ordered list) printed by Chromium, LibreOffice and
WeasyPrint; ordered-list-libreoffice.pdf is a dev report of the blind batch
as LibreOffice prints it, with the numbers of its ordered lists drawn far
left of the page; a dev report of a later blind batch (heldout20) as LibreOffice prints it sets the
findings of its definition lists past the page's right edge.
"""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from exbench.quote_places import find_quote
from exbench.reading.char_text import _from_codes
from exbench.reading.pdf import read_pdf

FIXTURES = Path(__file__).parent / "fixtures" / "reading"
PRODUCERS = ("chromium", "libreoffice", "weasyprint")
QUOTE = "در گزارش ارزیابان ۲۴ نقطه قوت و ۳۱ فرصت بهبود برای این سازمان ثبت شده است."


def _pages(producer: str):
    return read_pdf(FIXTURES / f"persian-layout-{producer}.pdf", ocr=False)[1]


def _text(producer: str) -> str:
    return "\n".join(page.text for page in _pages(producer))


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_page_with_emoji_reads_from_its_text_layer_with_its_words_in_order(producer):
    pages = _pages(producer)
    assert any(page.engine == "pdfium-bidi" for page in pages) and all(page.ocr_reason is None for page in pages)
    assert QUOTE in _text(producer)


@pytest.mark.parametrize("producer", ("chromium", "weasyprint"))
def test_emoji_lines_keep_their_numbers_and_the_emoji(producer):
    text = _text(producer)
    assert "کانال رسمی سازمان حمل‌ونقل" in text
    assert "👁 ۲٫۳K ۱۲ آذر ۱۴۰۳" in text


@pytest.mark.parametrize("producer", PRODUCERS)
def test_an_italic_line_keeps_its_word_gaps(producer):
    assert "جمع‌بندی تیم: این معیار ٥٢ امتیاز از ١٠٠ امتیاز را به دست آورد." in _text(producer)


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_line_with_a_tanwin_reads_as_one_line_of_whole_words(producer):
    # LibreOffice's stream puts the tanwin on a line of its own and the line's middle apart from its ends;
    # Chromium gives the alef its tanwin's box, which looked like a ZWNJ's gap ("صرف‌اً")
    assert "[۳٫۴] ارزیابی عملکرد پیمانکاران رفت‌وروب و فضای سبز صرفاً بر پایه صورت‌وضعیت مالی" in _text(producer)


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_year_cell_beside_a_latin_cell_is_read_first(producer):
    text = _text(producer)
    assert "۹۸ ISO 9001:2015 کل سازمان" in text
    assert "ISO 9001:2015 ۹۸" not in text


@pytest.mark.parametrize("producer", ("chromium", "weasyprint"))
def test_every_row_of_number_and_latin_cells_reads_in_order(producer):
    assert "۱۴۰۰ ISO 14001:2015 واحد پسماند" in _text(producer)


def test_list_numbers_drawn_off_the_page_are_not_read_into_the_text():
    text = "\n".join(page.text for page in read_pdf(FIXTURES / "ordered-list-libreoffice.pdf", ocr=False)[1])
    assert "شورای اسلامی شهر تدوین شده است" in text.replace("\n", " ")
    assert not re.search(r"(?<![0-9])[0-9] ?\.", text)  # no list number "1 ." anywhere: the page shows none


def test_findings_set_past_the_right_edge_are_read_whole():
    pdf = Path(__file__).parent / "heldout20" / "pdf-libreoffice" / "fa_y10.pdf"
    text = "\n".join(page.text for page in read_pdf(pdf, ocr=False)[1])
    assert "کاهش زمان انتظار نوبت‌دهی درمانگاه‌ها با استقرار نوبت‌دهی برخط و پیامک یادآوری" in text
    assert "فرآیند ترخیص بیماران فاقد شاخص زمانی مصوب است" in text


def test_characters_beyond_the_basic_plane_are_one_character_at_their_first_index():
    eye = [0xD83D, 0xDC41]
    assert _from_codes([0x0634, *eye, 0x20, 0]) == ["ش", "👁", "", " ", ""]
    assert _from_codes([0xDC41, 0xD83D]) == ["👁", ""]  # stored in visual order


def _pdfium_digit_boxes(pdf: Path, digits: str) -> list[tuple[float, float, float, float]]:
    """pdfium's own boxes of the digits where they first stand, in points from the top left."""
    document = pdfium.PdfDocument(str(pdf))
    try:
        page = document[0]
        height, textpage = page.get_height(), page.get_textpage()
        index, count = textpage.search(digits).get_next()
        boxes = [textpage.get_charbox(i) for i in range(index, index + count)]
    finally:
        document.close()
    return [(left, height - top, right, height - bottom) for left, bottom, right, top in boxes]


def test_the_numbers_of_a_quote_after_emoji_are_boxed_whole():
    pdf = FIXTURES / "persian-layout-chromium.pdf"
    found = find_quote(pdf, 1, QUOTE)
    assert found is not None and len(found.numbers) == 2
    for number, digits in zip(found.numbers, ("۲۴", "۳۱"), strict=True):
        for left, top, right, bottom in _pdfium_digit_boxes(pdf, digits):  # both digits, not one and a neighbour
            assert number[0] - 0.5 <= left and right <= number[2] + 0.5 and number[1] - 0.5 <= top and bottom <= number[3] + 0.5
