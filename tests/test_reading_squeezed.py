"""Persian tables LibreOffice squeezes: numbers a digit a line, words cut at the column's edge, cells apart.

tests/fixtures/reading/squeezed.html is printed as squeezed-libreoffice.pdf
with the command of tests/heldout/render.sh (soffice --convert-to
pdf:writer_web_pdf_Export). Its tables have no widths, so LibreOffice
squeezes their columns as on the blind documents: "۱۰۰" printed as ۱ over ۰
over ۰, "خراسان رضوی" as "خرا", "سان", "رضو", "ی", "۱-۲" a sign a line.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exbench.reading.direction import base_direction
from exbench.reading.pdf import read_pdf
from exbench.reading.text_layer import not_words

FIXTURES = Path(__file__).parent / "fixtures" / "reading"
HELDOUT3 = Path(__file__).parent / "heldout3"


@pytest.fixture(scope="module")
def squeezed() -> list[str]:
    pages = read_pdf(FIXTURES / "squeezed-libreoffice.pdf", ocr=True)[1]
    assert all(page.ocr_reason is None for page in pages)
    return [line for page in pages for line in page.text.splitlines()]


def test_numbers_printed_a_digit_a_line_read_whole_in_their_row(squeezed):
    assert "۴۴ ۱۰۰ ۱۰٪ رهبری" in squeezed
    assert "۲۹ ۱۰۰ ۱۰٪ نتایج جامعه" in squeezed
    text = "\n".join(squeezed)
    assert "۰۰۱" not in text and "۰۱٪" not in text  # never a number reversed


def test_words_cut_at_a_narrow_columns_edge_are_whole_again(squeezed):
    assert "۵۲ ۱۵۰ ۱۵٪ نتایج مشتریان" in squeezed
    assert "٢ بیمارستان فوق تخصصی مهرآفرین خراسان رضوی" in squeezed
    assert "٣ شهرداری بندر نیلگون هرمزگان" in squeezed
    assert "١ شرکت پالایش نفت کرانه بوشهر" in squeezed
    assert "امتیاز کسب‌شده سقف امتیاز وزن معیار" in squeezed  # broken at its non-joiner: joined with it


def test_a_joined_number_in_a_squeezed_cell_keeps_its_order(squeezed):
    assert "۲ ۱-۲ − نظام ارزیابی اثربخشی رهبری مدیران میانی طراحی نشده است." in squeezed


def test_numbers_beside_words_stay_words_apart(squeezed):
    assert any("تاریخ: ۱۴۰۲/۱۰/۰۵ ساعت: ۱۶:۳۰" in line for line in squeezed)


def test_a_page_full_of_and_is_not_taken_for_a_bad_text_layer():
    # a list of things joined by و: half its words are و, which the word lists (2 letters and up) lack
    good = (
        "ارزیابی و بازدید و مصاحبه و جلسه اجماع و گزارش و پیوست و جدول و نمودار و سازمان و شهرداری "
        "و شورا و نتایج و امتیاز و رهبری و کارکنان و منابع"
    )
    assert not not_words(good, "fa")


def test_digits_alone_on_a_right_to_left_page_read_right_to_left():
    assert base_direction("٪٤٥", rtl_page=True) == "R"
    assert base_direction("45%", rtl_page=False) == "L"


def test_a_heldout_libreoffice_sub_criterion_cell_reads_as_written():
    dev = json.loads((HELDOUT3 / "split.json").read_text(encoding="utf-8"))["dev"]
    assert "fa_c01" in dev
    pages = read_pdf(HELDOUT3 / "pdf-libreoffice" / "fa_c01.pdf", ocr=True)[1]
    lines = [line for page in pages for line in page.text.splitlines()]
    assert "۲ ۱-۲ − نظام ارزیابی اثربخشی رهبری مدیران میانی طراحی نشده است." in lines


@pytest.mark.parametrize("producer", ["chromium", "weasyprint"])
def test_a_line_the_stream_breaks_at_a_tanwin_reads_as_one_line(producer):
    heldout = Path(__file__).parent / "heldout"
    assert "fa_r03" in json.loads((heldout / "split.json").read_text(encoding="utf-8"))["dev"]
    text = "\n".join(page.text for page in read_pdf(heldout / f"pdf-{producer}" / "fa_r03.pdf", ocr=True)[1])
    # the stream breaks the line after مجموعاً; read apart, "۴۳۲ نفرساعت" came before the words that lead to it
    assert any(("مجموعاً ۴۳۲ نفرساعت" in line or "مجموعًا ۴۳۲ نفرساعت" in line) for line in text.splitlines())
