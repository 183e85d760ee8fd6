"""Tables of figures printed with no rule at all (LibreOffice drops an HTML table's borders) read as rows of
cells, as the HTML page's DOM gives them: their columns from the gutters the rows of figures leave open, their
header and wrapped names from the lines that keep those gutters, their rows from the blank bands between them.
Pages printed from heldout16 dev (tr_u11, fa_u12) by LibreOffice."""

from __future__ import annotations

from pathlib import Path

from exbench.reading import read_document

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "reading"
BATCH = Path(__file__).resolve().parent / "heldout16"


def _tables(path: Path) -> list:
    if path.suffix == ".html":
        _title, pages = read_document(path, "text/html")
    else:
        _title, pages = read_document(path, "application/pdf", ocr=False)
    return [table for page in pages for table in page.tables]


def test_a_turkish_members_table_without_rules_reads_as_its_html_does_up_to_the_page_break():
    """tr_u11: names wrapped over three to five lines, the short cells set beside their middle line, a header of
    five lines; LibreOffice breaks the page before the last row, so the page holds the header and four rows."""
    (html,) = _tables(FIXTURES / "members-table-no-rules.html")
    (printed,) = _tables(FIXTURES / "members-table-no-rules-libreoffice.pdf")
    assert printed == html[:5]
    assert printed[0][2:5] == ("Takım (kişi)", "Saha ziyareti (gün)", "Değerlendirme (saat)")
    assert printed[1] == ("Karadere Çimento Sanayi ve Ticaret A.Ş.", "Büyük ölçekli işletme", "7", "4", "196", "31", "24")


def test_a_persian_members_table_without_rules_reads_as_its_html_does():
    """fa_u12: a right-to-left table whose header cells fill their columns, as close to the next column as a
    space between words; each count stays under its header."""
    (html,) = _tables(FIXTURES / "members-table-no-rules-fa.html")
    (printed,) = _tables(FIXTURES / "members-table-no-rules-fa-libreoffice.pdf")
    assert printed == html
    assert printed[3] == ("شرکت آب منطقه‌ای دریاکنار", "۱۵", "۴۲۰", "۳۳", "۲۹", "۱۱", "۳")


def test_paragraphs_with_figures_are_no_table():
    """tr_u11's opening paragraphs give many numbers a line ('27 kuruluş ... 118 değerlendirici ... 4.236 saat')
    but run across any gutter: the page before the table holds none."""
    _title, pages = read_document(FIXTURES / "members-table-no-rules-libreoffice.pdf", "application/pdf", ocr=False)
    assert [len(page.tables) for page in pages] == [0, 1, 0]


def test_a_cell_hyphen_at_a_line_end_stays_where_the_word_is_not_one():
    """tr_u12 (Chromium): 'Değerlendirme süresi (adam-saat)' wraps after the hyphen; pdfium's text of the cell's
    box marks that hyphen apart from its page text, and it was dropped ('adamsaat'), losing the hours column."""
    (printed,) = _tables(BATCH / "pdf-chromium" / "tr_u12.pdf")
    assert printed[0][2] == "Değerlendirme süresi (adam-saat)"


def test_a_persian_row_keeps_the_spaces_of_its_name_beside_taller_digits():
    """fa_u12 (Chromium): each row's name ('شرکت آب منطقه‌ای البرزکوه') stands beside six counts whose digits are
    taller than its letters; the page text read the space after 'شرکت' as a non-joiner ('شرکت‌آب')."""
    _title, pages = read_document(BATCH / "pdf-chromium" / "fa_u12.pdf", "application/pdf", ocr=False)
    assert "شرکت آب منطقه‌ای البرزکوه ۱۲ ۲۸۸" in pages[0].text
    assert "شرکت\u200cآب" not in pages[0].text
