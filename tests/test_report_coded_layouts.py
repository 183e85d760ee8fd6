"""Feedback reports of the seventh held-out batch (dev split), printed: findings tagged by running codes
of their kind ("GY-1 (1a) ...", "[K4] İA-1 — ...", "ق-۱-۱ نقطه قوت ..."), findings tables of mark and
text under a criterion heading ("۱-ب + ..."), Baldrige items with their titles ("+ 1.2 Governance ...:"),
and scores in tables whose points stand first or whose names wrap, in bullet lines and in a sentence
that compares with the previous cycle. A table of contents gives no score."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.report_lexicon import line_key
from exbench.extraction.reports import is_report, read_report
from exbench.extraction.score_headers import header_columns
from exbench.reading import read_document

HELDOUT7 = Path(__file__).resolve().parent / "heldout7"


def _read(producer: str, doc_id: str, folder: Path = HELDOUT7) -> tuple[dict, list, list]:
    _title, pages = read_document(folder / producer / f"{doc_id}.pdf", "application/pdf", ocr=False)
    label = json.loads((folder / "labels" / f"{doc_id}.json").read_text(encoding="utf-8"))
    inputs = [PageInput(p.page_number, p.text, p.language) for p in pages]
    assert is_report(inputs)
    findings, scores = read_report(inputs, DocumentContext(label["language"], "Örnek", 2024, None))
    return label, findings, scores


def _kinds(findings: list) -> Counter:
    return Counter((f.criterion_code, f.finding_type) for f in findings)


@pytest.mark.parametrize(
    ("producer", "doc_id"),
    [
        ("pdf-chromium", "tr_g02"),  # "2. Güçlü Yönler" / "GY-1 (1a) ...", "3. Geliştirilmesi Gereken Alanlar"; "Puan Kriter"
        ("pdf-weasyprint", "tr_g02"),
        ("pdf-chromium", "tr_g10"),  # "[K1] GY-1 — ..." under "2. BULGULAR": the codes' letters are the kinds
        ("pdf-libreoffice", "tr_g10"),
        ("pdf-chromium", "fa_g01"),  # "کد | نوع یافته | شرح یافته" / "ق-۱-۱ نقطه قوت ..."
        ("pdf-libreoffice", "fa_g01"),  # the text cell wrapped under "ق-۱-۱ نقطه قوت"
        ("pdf-chromium", "en_g10"),  # "+ 1.2 Governance and Societal Contributions: ..."; a wrapped score row
        ("pdf-libreoffice", "en_g10"),  # "++1.1 Senior Leadership: ...": the mark glued to the item
        ("pdf-libreoffice", "fa_g02"),  # "6.[معیار ۵] ...": the list number glued to the criterion's code
    ],
)
def test_every_finding_and_score_of_the_report(producer, doc_id):
    label, findings, scores = _read(producer, doc_id)
    assert _kinds(findings) == Counter((f["criterion"], f["finding_type"]) for f in label["findings"])
    assert {(s.criterion_code, s.points) for s in scores} == {(s["criterion"], float(s["points"])) for s in label["scores"]}


def test_a_code_before_a_finding_is_no_part_of_its_text():
    _label, findings, _scores = _read("pdf-chromium", "tr_g10")
    assert findings[0].text.startswith("Müdürlük, yıllık yatırım programını")
    _label, findings, _scores = _read("pdf-chromium", "en_g10")
    assert any(f.text.startswith("The Utilities Advisory Board reviews") for f in findings)


def test_a_mark_column_with_sub_criterion_letters_of_the_alphabet():
    """ "زیرمعیار | علامت | شرح یافته" / "۱-ب + ...": every finding of its criterion, its item in Latin letters."""
    label, findings, _scores = _read("pdf-chromium", "fa_g09")
    assert sum(_kinds(findings).values()) == len(label["findings"])
    assert _kinds(findings) == Counter((f["criterion"], f["finding_type"]) for f in label["findings"])
    assert [f.item_code for f in findings[:3]] == ["1b", "1d", "2a"]


@pytest.mark.parametrize(
    ("doc_id", "total"),
    [
        ("en_g02", 527),  # "Criterion 4 Creating Sustainable Value — 108 points (54% of 200)" and the total in a sentence
        ("fa_g10", 386),  # "۳۸۶ از ۱۰۰۰ ... نسبت به دوره قبل (۳۲۴ امتیاز)": the earlier cycle's is the 324
        ("tr_g01", 544),  # "İçindekiler" / "4. Puanlama Özeti": the contents open no score table
    ],
)
def test_scores_in_lines_and_sentences(doc_id, total):
    label, _findings, scores = _read("pdf-chromium", doc_id)
    assert {(s.criterion_code, s.points) for s in scores} == {(s["criterion"], float(s["points"])) for s in label["scores"]}
    assert (None, total) in {(s.criterion_code, s.points) for s in scores}


@pytest.mark.parametrize("producer", ["pdf-chromium", "pdf-weasyprint"])
def test_criteria_scores_a_printer_moved_from_their_headings(producer):
    """ "Puan: 56 / 100" lines gathered at a page's top, maxima in the model's order: criteria 1..7; the total
    "452/1000" stands in a sentence that compares it with the 318 points of '21 ("karşılaştırıldığında")."""
    _title, pages = read_document(HELDOUT7.parent / "heldout6" / producer / "tr_f02.pdf", "application/pdf", ocr=False)
    label = json.loads((HELDOUT7.parent / "heldout6" / "labels" / "tr_f02.json").read_text(encoding="utf-8"))
    inputs = [PageInput(p.page_number, p.text, p.language) for p in pages]
    _findings, scores = read_report(inputs, DocumentContext("tr", "Yayla EDAŞ", 2024, None))
    assert {(s.criterion_code, s.points) for s in scores} == {(s["criterion"], float(s["points"])) for s in label["scores"]}


def test_a_preposition_names_the_out_of_column_only_at_the_headers_end():
    """Persian "از" ("out of") is a column as the header's last cell ("... امتیاز مکتسبه از"), no column
    as a word inside a line (prose made headers of it and the Persian score tables after them were lost)."""
    assert header_columns(line_key("شماره عنوان معیار امتیاز مکتسبه از")) == ["criterion", "points", "max"]
    assert header_columns(line_key("معیار از امتیاز کسب‌شده")) == ["criterion", "points"]
    label, _findings, scores = _read("pdf-chromium", "fa_e01", HELDOUT7.parent / "heldout5")
    assert {(s.criterion_code, s.points) for s in scores} == {(s["criterion"], float(s["points"])) for s in label["scores"]}


def test_a_squeezed_row_with_a_band_cell_keeps_its_points():
    """LibreOffice's squeezed Persian table: a band cell split over lines ("٤٥-" / "٥٥٪") gives the row more
    numbers than the header has columns; the points and maximum beside the header's columns still stand."""
    label, _findings, scores = _read("pdf-libreoffice", "fa_d10", HELDOUT7.parent / "heldout4")
    assert {(s.criterion_code, s.points) for s in scores} == {(s["criterion"], float(s["points"])) for s in label["scores"]}
