"""Feedback reports of the eighth held-out batch (dev split), printed: findings in a sub-criterion x
strengths | areas matrix ("1.1 (+) ... —", "۱-۳ ..." with "—" for an empty cell, "Kriter" / "6"),
findings marked "+" / "Δ" by the report's key, findings told only by the assessor's wording ("takdirle
gözlemlemiştir" / "önermektedir", "تیم ارزیابی مشاهده کرد که" / "پیشنهاد می‌شود"), a table whose kind
cell follows the text ("Ref | Observation | S/AFI"), comments coded by item and kind ("2.1-S1") and
kinds in brackets the key names ("1.3 [AFI] ...")."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from exbench.extraction.matrix_rows import row_code
from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.report_lexicon import line_key
from exbench.extraction.report_verdicts import verdict_kind
from exbench.extraction.reports import is_report, read_report
from exbench.reading import read_document

HELDOUT8 = Path(__file__).resolve().parent / "heldout8"


def _read(producer: str, doc_id: str) -> tuple[dict, list]:
    _title, pages = read_document(HELDOUT8 / producer / f"{doc_id}.pdf", "application/pdf", ocr=False)
    label = json.loads((HELDOUT8 / "labels" / f"{doc_id}.json").read_text(encoding="utf-8"))
    inputs = [PageInput(p.page_number, p.text, p.language) for p in pages]
    assert is_report(inputs)
    findings, _scores = read_report(inputs, DocumentContext(label["language"], "Örnek", 2024, None))
    return label, findings


def _kinds(findings: list) -> Counter:
    return Counter((f.criterion_code, f.finding_type) for f in findings)


@pytest.mark.parametrize(
    ("producer", "doc_id"),
    [
        ("pdf-chromium", "tr_h09"),  # "1.1 (+) ... —" / "1.2 — (−) ...", results rows "Kriter" / "6"
        ("pdf-weasyprint", "tr_h09"),
        ("pdf-chromium", "fa_h01"),  # "۱-۱ ... —", "۲-۲ — ...", a row broken by the header on the next page
        ("pdf-chromium", "fa_h09"),  # one matrix per criterion, a row's one cell told by its grammar
        ("pdf-chromium", "tr_h01"),  # "İşaretler: + güçlü yön · Δ iyileştirmeye açık alan" / "1.4 Δ ..."
        ("pdf-chromium", "tr_h02"),  # "K1 · Liderlik" / "1.1 Takım, ... takdirle gözlemlemiştir."
        ("pdf-chromium", "fa_h02"),  # "● تیم ارزیابی مشاهده کرد که ..." / "○ پیشنهاد می‌شود ..."
        ("pdf-chromium", "en_h01"),  # "Ref Observation S/AFI" / "1.4 It was not clear ..." / "AFI"
        ("pdf-chromium", "en_h02"),  # "1.1-S1 ...", "1.1-O1 ..."
        ("pdf-chromium", "fa_h10"),  # "کد معیار نوع شرح یافته" / "ق-۳ ۳. درگیر کردن ذی‌نفعان + ..."
        ("pdf-weasyprint", "en_h09"),  # "marked [S] for a strength or [AFI] ..." / "1.3 [AFI] ..."
    ],
)
def test_every_finding_of_the_report_with_its_criterion_and_kind(producer, doc_id):
    label, findings = _read(producer, doc_id)
    assert _kinds(findings) == Counter((f["criterion"], f["finding_type"]) for f in label["findings"])


def test_a_matrix_row_code_is_the_findings_item_and_no_part_of_its_text():
    _label, findings = _read("pdf-chromium", "fa_h01")
    first = findings[0]
    assert (first.criterion_code, first.item_code, first.finding_type) == ("1", "1.1", "strength")
    assert first.text.startswith("مدیرعامل و اعضای هیئت مدیره")
    _label, findings = _read("pdf-chromium", "tr_h09")
    assert [(f.item_code, f.finding_type) for f in findings[:2]] == [("1.1", "strength"), ("1.2", "improvement_area")]


@pytest.mark.parametrize(
    ("line", "criterion", "expected"),
    [
        ("1.1 (+) Kurumun misyonu", "1", ("1.1", 4)),
        ("۱-۳ جلسات منظم", "1", ("1.3", 4)),
        ("Kriter 6", "6", (None, 8)),
        ("6", "6", (None, 1)),
        ("2.1 (+) Genel Müdür", "1", None),  # another criterion's part: the matrix under criterion 1 ends
        ("6 kişilik bir takım", "6", None),  # a number opening running text is no row
    ],
)
def test_a_matrix_row_is_headed_by_a_part_of_its_criterion(line, criterion, expected):
    assert row_code(line_key(line), criterion) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Takım, vaka süpervizyonu uygulamasının mesleki gelişimi desteklediğini takdirle gözlemlemiştir.", "strength"),
        ("Takım, geri bildirim aracıyla ölçülmesini önermektedir.", "improvement_area"),
        ("تیم ارزیابی مشاهده کرد که سند راهبردی سازمان پیوند روشنی دارد.", "strength"),
        ("پیشنهاد می‌شود داده‌های پراکنده در یک داشبورد گردآوری شود.", "improvement_area"),
        ("The team commends the Board's use of a single scorecard.", "strength"),
        ("The team recommends that complaint trends are aggregated.", "improvement_area"),
        ("Bu kriterde Birim, 100 puan üzerinden 46 puan almıştır.", None),  # a score, no verdict
    ],
)
def test_the_assessors_wording_gives_a_findings_kind(text, kind):
    assert verdict_kind(text) == kind
