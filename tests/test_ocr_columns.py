"""Two columns of prose on a scanned page (strengths beside areas for improvement) come back one column after
the other, each finding whole; tables of numbers and single columns keep their lines as Tesseract gave them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exbench.evaluation.scans import make_scan
from exbench.reading.ocr_columns import in_columns
from exbench.reading.ocr_pages import ocr_pdf_page
from exbench.reading.ocr_words import Word
from tests.conftest import require_tool

HELDOUT7 = Path(__file__).resolve().parent / "heldout7"
HEIGHT = 30
LINE = 45  # from one line's top to the next


def _line(row: int, *cells: tuple[int, str]) -> list[Word]:
    """Words of one printed line: each cell (left edge, its words) laid out word after word."""
    words = []
    for left, text in cells:
        for word in text.split():
            words.append(Word(word, 95.0, left, row * LINE, 20 * len(word), HEIGHT))
            left += 20 * len(word) + 15
    return words


def _text(lines: list[list[Word]]) -> list[str]:
    return [" ".join(word.text for word in line) for line in lines]


TWO_COLUMNS = [
    _line(0, (0, "Strengths"), (1400, "Opportunities for improvement")),
    _line(1, (0, "The framework links strategic"), (1400, "Data ownership is unclear")),
    _line(2, (0, "KPIs to faculty objectives."), (1400, "for several datasets.")),
    _line(3, (0, "Capital projects are governed")),
]


def test_a_two_column_stretch_is_given_column_by_column():
    lines = in_columns([list(line) for line in TWO_COLUMNS], right_to_left=False)
    assert _text(lines) == [
        "Strengths",
        "The framework links strategic",
        "KPIs to faculty objectives.",
        "Capital projects are governed",
        "Opportunities for improvement",
        "Data ownership is unclear",
        "for several datasets.",
    ]


def test_on_a_right_to_left_page_the_right_column_comes_first():
    lines = in_columns([list(line) for line in TWO_COLUMNS[1:3]], right_to_left=True)
    assert _text(lines)[0] == "Data ownership is unclear"


def test_a_table_of_numbers_keeps_its_rows():
    table = [_line(row, (0, f"Criterion {row} Leadership"), (1400, f"{40 + row} 100")) for row in range(4)]
    assert _text(in_columns([list(line) for line in table], right_to_left=False)) == _text(table)


def test_a_line_across_the_gutter_ends_the_columns():
    lines = TWO_COLUMNS[1:3] + [_line(3, (0, "Criterion 6 heading runs on well past the middle of the page"))]
    assert _text(in_columns([list(line) for line in lines], right_to_left=False))[-1].startswith("Criterion 6")


def test_rows_of_a_table_are_read_row_by_row_and_each_row_cell_by_cell():
    far = 4 * LINE  # a row's padding: a taller blank than between the lines of one cell
    rows = [
        _line(0, (0, "First left cell opens"), (1400, "First right cell opens")),
        _line(1, (0, "and the first left ends"), (1400, "and first right ends")),
    ]
    second = [
        _line(0, (0, "Second left cell opens"), (1400, "Second right cell opens")),
        _line(1, (0, "and second left ends"), (1400, "and second right ends")),
    ]
    second = [[Word(w.text, w.confidence, w.left, w.top + far, w.width, w.height) for w in line] for line in second]
    assert _text(in_columns(rows + second, right_to_left=False)) == [
        "First left cell opens",
        "and the first left ends",
        "First right cell opens",
        "and first right ends",
        "Second left cell opens",
        "and second left ends",
        "Second right cell opens",
        "and second right ends",
    ]


@pytest.fixture(scope="module")
def scanned_report(tmp_path_factory) -> dict[int, str]:
    """en_g02 (dev half of heldout7), an EFQM report with Strengths | Opportunities tables of bulleted lists,
    scanned, its first two pages read by OCR."""
    require_tool("tesseract", "tesseract-ocr tesseract-ocr-fas tesseract-ocr-tur")
    scan = tmp_path_factory.mktemp("scan") / "en_g02-scan.pdf"
    make_scan(HELDOUT7 / "pdf-chromium" / "en_g02.pdf", scan)
    return {number: ocr_pdf_page(scan, number, 120).text for number in (1, 2)}


@pytest.mark.slow
def test_findings_in_a_scanned_two_column_table_come_back_whole(scanned_report) -> None:
    text = " ".join(scanned_report[2].split()).replace("- ", "-")
    label = json.loads((HELDOUT7 / "labels" / "en_g02.json").read_text(encoding="utf-8"))
    findings = [f["text"] for f in label["findings"] if f["criterion"] in ("5", "6", "7")]
    assert len(findings) == 10
    assert [finding for finding in findings if finding not in text] == []


@pytest.mark.slow
def test_list_bullets_read_as_letters_come_back_as_bullets(scanned_report) -> None:
    """Tesseract reads a solid round bullet as "e" or "©": each finding would then open with a stray word."""
    openings = [line.split(" ", 1)[0] for page in scanned_report.values() for line in page.splitlines()]
    assert openings.count("•") >= 10
    assert not {"e", "©", "o"} & set(openings)
