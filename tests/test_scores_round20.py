"""Score tables of the twentieth round: columns headed by cycles' years ("Weight | 2022 | 2024", "Azami Puan |
2022 Puanı | 2024 Puanı"), where the latest year's column holds this report's points and an earlier year's is
another cycle's; and a total row that gives the total in points by their word ("Toplam | 1000 | 247 puan")
under a column of shares of each criterion's weight."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.reports import read_report
from exbench.extraction.score_headers import header_columns, key
from exbench.extraction.score_tables import ScoreTable
from exbench.reading import read_document

HELDOUT18 = Path(__file__).resolve().parent / "heldout18"


@pytest.mark.parametrize(
    ("header", "columns"),
    [
        ("Criterion Weight 2022 2024", ["criterion", "other", "compare", "points"]),
        ("Kriter Azami Puan 2022 Puanı 2024 Puanı", ["criterion", "max", "compare", "points"]),
        ("معیار حداکثر امتیاز ۱۴۰۱ ۱۴۰۳", ["criterion", "max", "compare", "points"]),
        ("Criterion Maximum 2024 2022", ["criterion", "max", "points", "compare"]),
    ],
)
def test_the_latest_cycles_column_holds_the_points(header: str, columns: list[str]) -> None:
    assert header_columns(key(header)) == columns


@pytest.mark.parametrize("header", ["Kriter 2022 2024", "Criterion 2023 2024 Change", "Criterion Weight 2024"])
def test_years_without_a_scale_beside_them_make_no_score_header(header: str) -> None:
    assert header_columns(key(header)) is None


def _rows(header: str, lines: list[str]) -> list[tuple[str | None, float, float | None]]:
    table = ScoreTable(header_columns(key(header)) or [], header=key(header))
    found = []
    for line in lines:
        _belongs, row = table.row(key(line))
        if row:
            found.append((row.criterion, row.points, row.max_points))
    return found


def test_a_table_beside_the_previous_cycle_reads_this_cycles_points() -> None:
    rows = _rows(
        "Criterion Weight 2021 2023",
        ["1 Leadership 100 38 45", "4 Creating Sustainable Value 200 70 91", "Total 1000 350 412"],
    )
    assert rows == [("1", 45.0, None), ("4", 91.0, None), (None, 412.0, 1000.0)]


@pytest.mark.parametrize(
    ("header", "lines", "total"),
    [
        ("Kriter Ağırlık (puan) Başarı Oranı", ["1. Liderlik 100 %40", "Toplam 1000 312 puan"], 312.0),
        ("معیار وزن معیار درصد کسب‌شده", ["۱. رهبری ۱۰۰ ۴۰٪", "جمع کل ۱۰۰۰ ۳۰۵ امتیاز"], 305.0),
        ("Criterion Weight Achievement", ["1 Leadership 100 40%", "Total 1000 298 points"], 298.0),
    ],
)
def test_a_total_in_points_under_a_column_of_shares(header: str, lines: list[str], total: float) -> None:
    rows = _rows(header, lines)
    assert rows[0] == ("1", 40.0, 100.0)
    assert rows[-1] == (None, total, 1000.0)


def test_a_total_row_whose_last_number_is_the_scale_is_no_points_by_their_word() -> None:
    rows = _rows("Kriter Ağırlık (puan) Başarı Oranı", ["1. Liderlik 100 %40", "Toplam 460 1000 puan"])
    assert (None, 1000.0, 1000.0) not in rows


@pytest.mark.parametrize("doc_id", ["en_w11", "tr_w09", "tr_w10", "fa_w10"])
def test_the_eighteenth_batch_dev_profiles_read_from_their_pdfs(doc_id: str) -> None:
    _title, pages = read_document(HELDOUT18 / "pdf-chromium" / f"{doc_id}.pdf", "application/pdf", ocr=False)
    report = [PageInput(p.page_number, p.text, p.language) for p in pages]
    label = json.loads((HELDOUT18 / "labels" / f"{doc_id}.json").read_text(encoding="utf-8"))
    _findings, scores = read_report(report, DocumentContext(doc_id[:2], "Örnek", 2024, None))
    assert {(s.criterion_code, float(s.points)) for s in scores} == {
        (s["criterion"], float(s["points"])) for s in label["scores"]
    }
