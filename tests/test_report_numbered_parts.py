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


@pytest.mark.parametrize("producer", ["pdf-chromium", "pdf-weasyprint"])
def test_paragraphs_numbered_within_their_criterion_and_a_score_table_on_its_side(producer):
    """ ".1 (1a) Strength. ...", "4.1 (4b) Area for improvement. ...", and "Criterion 1 2 ... 9" /
    "Available 100 ... 150" / "Consensus 48 ... 53": the consensus row is the points, told by its numbers."""
    _title, pages = read_document(HELDOUT6 / producer / "en_f02.pdf", "application/pdf", ocr=False)
    label = json.loads((HELDOUT6 / "labels" / "en_f02.json").read_text(encoding="utf-8"))
    inputs = [PageInput(p.page_number, p.text, p.language) for p in pages]
    findings, scores = read_report(inputs, DocumentContext("en", "Kilbrannagh County Council", 2015, None))
    assert sorted(((f.criterion_code, f.finding_type) for f in findings), key=str) == sorted(
        ((f["criterion"], f["finding_type"]) for f in label["findings"]), key=str
    )
    assert {(s.criterion_code, s.points) for s in scores} == {(s["criterion"], float(s["points"])) for s in label["scores"]}
    assert {s.max_points for s in scores if s.criterion_code in ("6", "9")} == {150}


SIDEWAYS = "Feedback Report\nCriterion 1: Leadership\nStrength. Leaders visit every depot.\nCriterion 2: Strategy\nStrength. The plan is reviewed.\n"


@pytest.mark.parametrize(
    "rows",
    [
        "Weight 10 10 10 10 10 15 10 10 15\nConsensus 48 45 44 47 50 66 38 35 53\n",  # maxima that add up to no model's whole
        "Available 100 100 100 100 100 150 100 100 150\nConsensus 48% 45% 44% 47% 50% 44% 38% 35% 35%\n",  # ratios
        "Available 100 100 100 100 100 150 100 100 150\nConsensus 48 45 44 47 50 66 38 35 53\nTarget 60 60 60 60 60 90 60 60 90\n",
    ],
)
def test_a_table_on_its_side_whose_numbers_do_not_tell_the_points_gives_none(rows):
    text = SIDEWAYS + "Scoring profile\nCriterion 1 2 3 4 5 6 7 8 9\n" + rows
    _findings, scores = read_report([PageInput(1, text, "en")], DocumentContext("en", "Örnek", 2015, None))
    assert scores == []
