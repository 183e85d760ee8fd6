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


HELDOUT5 = Path(__file__).resolve().parent / "heldout5"
HELDOUT6 = Path(__file__).resolve().parent / "heldout6"


@pytest.mark.parametrize("producer", ["pdf-chromium", "pdf-weasyprint"])
def test_a_points_first_table_without_a_total_row_ends_before_the_prose_under_it(producer):
    """ "... 4 Yıldız düzeyine karşılık gelmektedir. KalDer Ödül Komitesi’nin 12 Kasım 2024" under the
    table's last row is a sentence, no row of criterion 4 with 12 points out of 2024."""
    _title, pages = read_document(HELDOUT5 / producer / "tr_e01.pdf", "application/pdf", ocr=False)
    report = [PageInput(p.page_number, p.text, p.language) for p in pages]
    _findings, scores = read_report(report, DocumentContext("tr", "Akçakaya", 2024, None))
    assert sorted((s.criterion_code or "", s.points) for s in scores) == [
        ("", 464),
        ("1", 58),
        ("2", 61),
        ("3", 55),
        ("4", 98),
        ("5", 52),
        ("6", 74),
        ("7", 66),
    ]


def test_a_criterion_the_table_already_gave_ends_it():
    text = (
        "Geri Bildirim Raporu\nKriter 1: Liderlik\nGüçlü Yönler\n- Yönetim sahayı ziyaret etmektedir.\n"
        "Kriter 2: Strateji\nGüçlü Yönler\n- Plan yıllık gözden geçirilir.\n"
        "Kriter Alınan Puan Azami Puan\n1. Liderlik 62 100\n2. Strateji 55 100\n"
        "2. madde uyarınca 14 gün 30\n"
    )
    _findings, scores = read_report([PageInput(1, text, "tr")], DocumentContext("tr", "Örnek", 2024, None))
    assert [(s.criterion_code, s.points) for s in scores] == [("1", 62), ("2", 55)]


def test_group_captions_and_subtotals_between_rows_and_a_total_after_its_scale():
    """ "توانمندسازها" / rows / "جمع توانمندسازها ۵۰۰ ۲۴۴" / "نتایج" / rows / "امتیاز کل ۱۰۰۰ ۴۸۶": a group's
    caption is read past, and a model's whole before the points is the scale, no score of 1000."""
    _title, pages = read_document(HELDOUT6 / "pdf-chromium" / "fa_f01.pdf", "application/pdf", ocr=False)
    report = [PageInput(p.page_number, p.text, p.language) for p in pages]
    _findings, scores = read_report(report, DocumentContext("fa", "شرکت", 2023, None))
    assert sorted((s.criterion_code or "", s.points) for s in scores) == [
        ("", 486),
        ("1", 52),
        ("2", 47),
        ("3", 46),
        ("4", 49),
        ("5", 50),
        ("6", 78),
        ("7", 44),
        ("8", 41),
        ("9", 79),
    ]
