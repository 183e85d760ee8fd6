"""A page's ruled tables read as rows of cells, from the PDF's geometry and from an HTML page's DOM: the cells a
reader sees, in reading order, with the page text's own normalisation (logical-order Persian, Persian digits)."""

from __future__ import annotations

from pathlib import Path

import pytest

from exbench.reading import read_document
from exbench.steps.tasks import page_record

BATCH = Path(__file__).resolve().parent / "heldout13"


def _tables(doc_id: str, printer: str) -> tuple:
    if printer == "html":
        _title, pages = read_document(BATCH / "docs" / f"{doc_id}.html", "text/html")
    else:
        _title, pages = read_document(BATCH / f"pdf-{printer}" / f"{doc_id}.pdf", "application/pdf", ocr=False)
    return tuple(table for page in pages for table in page.tables)


@pytest.mark.parametrize("printer", ["chromium", "weasyprint"])
def test_a_union_s_table_reads_by_row_and_column(printer):
    """heldout13 tr_m02: the page text gives 'Serinkaya Belediyesi | İtfaiye Müdürlüğü | 4 2 33 48 300– | 399' over
    four lines; the table gives the organization whole in its cell and each count under its header (WeasyPrint
    breaks the table over two pages: its last two rows stand on the second, without the header)."""
    tables = _tables("tr_m02", printer)
    rows = [row for table in tables for row in table]
    assert rows[0] == (
        "Kuruluş",
        "Değerlendirici sayısı",
        "Saha ziyareti (gün)",
        "Güçlü yön",
        "İyileştirmeye açık alan",
        "Puan bandı",
    )
    assert rows[3][:5] == ("Serinkaya Belediyesi İtfaiye Müdürlüğü", "4", "2", "33", "48")
    assert rows[5][:5] == ("Dereköy Belediyesi", "3", "2", "29", "61")


@pytest.mark.parametrize("printer", ["chromium", "weasyprint", "html"])
def test_a_persian_table_reads_from_its_right_hand_column(printer):
    """heldout13 fa_m02: the units' table of a Persian page, its first cell the unit's name in logical order, and
    the counts in Persian digits, as the page text writes them."""
    (table,) = _tables("fa_m02", printer)
    assert table[0][0] == "واحد"
    assert table[0][3:] == ("تعداد نقاط قوت", "تعداد زمینه\u200cهای بهبود")
    assert table[2] == ("سازمان آتش\u200cنشانی و خدمات ایمنی شهرداری نیک\u200cدشت", "۴۰۲", "سه ستاره", "۳۸", "۶۶")


def test_a_page_without_a_table_of_figures_holds_none_and_its_record_says_nothing_more():
    """heldout13 en_m03: a news page with no table, so none is looked for and the cached page record is what it
    was."""
    _title, pages = read_document(BATCH / "pdf-chromium" / "en_m03.pdf", "application/pdf", ocr=False)
    assert pages[0].tables == ()
    assert "tables" not in page_record(pages[0])
