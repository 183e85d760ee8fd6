"""Findings numbered through the report and tagged with their criterion part before the kind
("1. 1a · Strength ..."), and a scoring profile whose points column stands after a percent
("Criterion | Score (%) | Weighting factor | Points") with subtotal rows: read from the printed
held-out report (dev split), and the running numbers under a criterion's name are no scores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.reports import read_report
from exbench.extraction.score_headers import header_columns
from exbench.reading import read_document

HELDOUT6 = Path(__file__).resolve().parent / "heldout6"


@pytest.mark.parametrize("producer", ["pdf-chromium", "pdf-weasyprint"])
def test_findings_tagged_with_their_part_and_a_weighted_scoring_profile(producer):
    _title, pages = read_document(HELDOUT6 / producer / "en_f09.pdf", "application/pdf", ocr=False)
    label = json.loads((HELDOUT6 / "labels" / "en_f09.json").read_text(encoding="utf-8"))
    findings, scores = read_report(
        [PageInput(p.page_number, p.text, p.language) for p in pages], DocumentContext("en", "Kingsreach Police", 2016, None)
    )
    assert sorted(((f.criterion_code, f.finding_type) for f in findings), key=str) == sorted(
        ((f["criterion"], f["finding_type"]) for f in label["findings"]), key=str
    )
    assert findings[0].text.startswith("The Chief Officer Team has translated")
    assert {(s.criterion_code, s.points) for s in scores} == {(s["criterion"], float(s["points"])) for s in label["scores"]}


def test_a_points_word_with_a_percent_unit_is_the_percent_column():
    assert header_columns("criterion score (%) weighting factor points") == ["criterion", "percent", "other", "points"]
    assert header_columns("kriter puan") == ["criterion", "points"]


def test_a_running_number_under_a_criterion_name_is_no_score():
    text = (
        "Feedback Report\nCriterion 6: Customer Results\n16. 6a · Strength Survey results have improved.\n"
        "Criterion 7: People Results\n19. 7a · Strength Engagement scores show a positive trend.\n"
        "Criterion 8: Society Results\n21. 8a · AFI Emissions are not compared with others.\n"
    )
    findings, scores = read_report([PageInput(1, text, "en")], DocumentContext("en", "Örnek", 2016, None))
    assert [(f.criterion_code, f.finding_type) for f in findings] == [
        ("6", "strength"),
        ("7", "strength"),
        ("8", "improvement_area"),
    ]
    assert scores == []
