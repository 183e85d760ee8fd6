"""A squeezed column's cell is glued from its pieces, never with the next column's cell.

LibreOffice squeezes a table's narrow columns until a number breaks over
lines ("12" over "0"); the row's other cells follow in the text stream, one
short line each. Gluing every run of short digit lines read "120 | 40" as
"12040" and "1 | 2019" (a row number and its year) as "12019".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from exbench.reading import read_document
from exbench.reading.cells import glue_squeezed_cells

HELDOUT4 = Path(__file__).resolve().parent / "heldout4" / "pdf-libreoffice"


def _lines(name: str, page: int) -> list[str]:
    _title, pages = read_document(HELDOUT4 / f"{name}.pdf", "application/pdf", ocr=False)
    return pages[page].text.splitlines()


def test_a_scoring_summary_row_keeps_its_columns_apart():
    """'1. Leadership 120 40–45% 52': points possible, the range and the points stay three numbers."""
    first, last = _lines("en_d09", 0), _lines("en_d09", 2)
    row = first[first.index("1. Leadership") + 1 :]
    assert row[:2] == ["120", "40"] and "52" in row
    assert not {"12040", "4552"} & set(first)
    total = last[last.index("Total") + 1 :]
    assert total[:2] == ["1,000", "419"]


def test_a_row_number_is_not_glued_to_the_year_beside_it():
    """Turkish certificates table 'Sıra | Yıl | Belge': '1' and '2019' are two cells, not the year 12019."""
    lines = _lines("tr_d03", 1)
    assert "12019" not in lines
    at = lines.index("2019")
    assert lines[at - 1] == "1"


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        # one cell's pieces stand one under the other: glued
        ("Toplam\n4\n7\n2", [("4", 300.0, 305.0, 8.0), ("7", 300.0, 305.0, 8.0), ("2", 300.5, 305.5, 8.0)], "Toplam\n472"),
        ("Total\n12\n0", [("12", 299.3, 303.4, 8.0), ("0", 298.7, 304.3, 8.0)], "Total\n120"),
        # the next column's cell stands to the right: kept apart
        ("Sıra\n1\n2019", [("1", 100.0, 105.0, 8.0), ("2019", 160.0, 180.0, 8.0)], "Sıra\n1\n2019"),
        ("12\n0\n40", [("12", 299.3, 303.4, 8.0), ("0", 298.7, 304.3, 8.0), ("40", 411.4, 417.5, 8.0)], "120\n40"),
        # a letter-spaced word's letters, one a line, stand a letter apart: one word
        ("G\nr\ne", [("G", 58.3, 64.9, 7.7), ("r", 66.1, 70.5, 5.4), ("e", 71.0, 75.9, 5.6)], "Gre"),
        # a squeezed header's words stay glued across its columns: only figures are parted
        ("Poi\nnts", [("Poi", 100.0, 120.0, 8.0), ("nts", 200.0, 220.0, 8.0)], "Points"),
        # letters of a header squeezed the same way
        ("P\nu\na\nn", [(c, 50.0, 55.0, 8.0) for c in "Puan"], "Puan"),
        # without the page's geometry, a run of one kind is glued as before
        ("Toplam\n4\n7\n2", None, "Toplam\n472"),
    ],
)
def test_glue_squeezed_cells_by_column(text, spans, expected):
    assert glue_squeezed_cells(text, spans) == expected
