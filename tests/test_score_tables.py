"""Score tables read from real PDFs: rows on one line (Chromium) and columns
squeezed until numbers break over lines (LibreOffice's web export)."""

from __future__ import annotations

from pathlib import Path

import pytest

from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.reports import read_report
from exbench.reading import read_document
from exbench.reading.pdf import glue_squeezed_cells

TABLES = Path(__file__).resolve().parent / "fixtures" / "tables"


@pytest.mark.parametrize("pdf", ["score_table-chromium.pdf", "score_table-libreoffice-squeezed.pdf"])
def test_score_table_rows_and_total(pdf):
    _title, pages = read_document(TABLES / pdf, "application/pdf")
    report = [PageInput(p.page_number, "Geri Bildirim Raporu\n" + p.text, p.language) for p in pages]
    _findings, scores = read_report(report, DocumentContext("tr", "Maltepe Belediyesi", 2023, None))
    assert [(s.criterion_code, s.points) for s in scores] == [("1", 62), ("2", 55), ("4", 88), (None, 472)]
    for score, page in ((s, report[s.evidence.page - 1]) for s in scores):
        assert score.evidence.quote in page.text


@pytest.mark.parametrize("pdf", ["score_table-chromium.pdf", "score_table-libreoffice-squeezed.pdf"])
def test_findings_table_rows(pdf):
    _title, pages = read_document(TABLES / pdf, "application/pdf")
    report = [PageInput(p.page_number, "Geri Bildirim Raporu\n" + p.text, p.language) for p in pages]
    findings, _scores = read_report(report, DocumentContext("tr", "Maltepe Belediyesi", 2023, None))
    assert [(f.criterion_code, f.finding_type) for f in findings] == [("1", "strength"), ("1", "improvement_area")]
    assert findings[0].text == (
        "Stratejik plan, vatandaş anketleri ve mahalle toplantılarından gelen görüşler dikkate alınarak "
        "hazırlanmış ve her yıl gözden geçirilmektedir."
    )
    assert findings[1].text == "Stratejik hedefler ile birim performans göstergeleri arasındaki bağlantı kurulmamıştır."


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Toplam\n4\n7\n2", "Toplam\n472"),
        ("P\nu\na\nn", "Puan"),
        ("Strength\ns\n45", "Strength\ns\n45"),  # a word's tail and a number stay apart
        ("Sayfa\n3\nMetin devam eder", "Sayfa\n3\nMetin devam eder"),  # one short line is left alone
    ],
)
def test_glue_squeezed_cells(text, expected):
    assert glue_squeezed_cells(text) == expected
