"""Tables ruled only across (a rule under each row, none down the columns) read as rows of cells, as the HTML
page's DOM gives them: the printed page's grid is not whole, so the rows come from the rules and the columns
from the gutters between the cells' words."""

from __future__ import annotations

from pathlib import Path

import pytest

from exbench.reading import read_document

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "reading"
BATCH = Path(__file__).resolve().parent / "heldout15"

MEMBERS = (
    ("Organisation", "Sector", "Assessors", "Assessor hours", "Strengths", "AFIs", "2025 outcome"),
    ("Calderbrook University Hospitals NHS Foundation Trust", "Health", "7", "320", "46", "39", "Excellence Award"),
    ("Tynebridge Water Services Ltd", "Utilities", "6", "264", "41", "37", "Gold Standard"),
    ("Kirkholme Metropolitan Borough Council", "Local government", "6", "240", "35", "44", "Silver Standard"),
    ("Pennine Moor Credit Union Ltd", "Financial services", "4", "132", "22", "29", "Commended"),
    ("Lowfell Community Housing Group", "Housing", "4", "140", "24", "31", "Finalist"),
)


def _tables(path: Path) -> tuple:
    if path.suffix == ".html":
        _title, pages = read_document(path, "text/html")
    else:
        _title, pages = read_document(path, "application/pdf", ocr=False)
    return tuple(table for page in pages for table in page.tables)


@pytest.mark.parametrize("name", ["members-table-rules-across.html", "members-table-rules-across-chromium.pdf"])
def test_a_members_table_with_rules_under_its_rows_reads_as_its_html_does(name):
    """heldout15 en_t11 (dev), its members' table: rules under the header and under each row only, a wrapped
    organization name, a header left-aligned over right-aligned counts; the page text runs 'Calderbrook University
    Hospitals Health 7 320 46 39 Excellence Award / NHS Foundation Trust' together, the table keeps each count under
    its header."""
    assert _tables(FIXTURES / name) == (MEMBERS,)


@pytest.mark.parametrize("printer", ["chromium", "weasyprint"])
def test_a_filled_header_and_rules_under_rows_give_the_header_and_every_row(printer):
    """heldout15 tr_t11 (dev): the header a filled band, each row ruled underneath; WeasyPrint breaks the table over
    two pages."""
    rows = [row for table in _tables(BATCH / f"pdf-{printer}" / "tr_t11.pdf") for row in table if len(row) == 8]
    assert rows[0][:3] == ("Kuruluş", "Kategori", "Değerlendirici")
    assert ("Boğaziçi Liman İşletmeleri A.Ş.", "Büyük Ölçekli Özel", "6", "4", "248", "52", "47") == rows[1][:7]
    assert ("Karaçam Belediyesi", "Kamu ve STK", "4", "2", "128", "31", "56") in [row[:7] for row in rows]


def test_the_paragraph_over_a_table_with_a_filled_header_stays_out_of_its_rows():
    """heldout12 en_l12 (dev): the header a filled band ruled like the rows; the paragraph's last line just above
    ('employ more than 40,000 people.') is no row of the table, and the page's banner bands are no table."""
    tables = _tables(Path(__file__).resolve().parent / "heldout12" / "pdf-chromium" / "en_l12.pdf")
    (members,) = [table for table in tables if table[0] == ("Organization", "Sector", "Recognition level")]
    assert members[1] == ("Tri-County Regional Water Authority", "Utilities", "Excellence Award (Gold)")
    assert members[-1] == ("Harlan Creek Federal Credit Union", "Financial services", "Commitment Level")
    assert not any("employ" in cell for table in tables for row in table for cell in row)
