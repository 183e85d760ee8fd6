"""Score profiles of the ninth blind batch's dev half, read from their Chromium PDFs, and the layouts other
authors give the same profile: a weight column whose unit is in brackets ("Ağırlık (puan)"), "درصد از وزن"
beside "وزن معیار", a header cell that wrapped above a row whose name wrapped, a total with its scale in
brackets ("494 puandır (azami 1000)"); a share of each criterion's maximum with no points column ("Tam Puan |
Oran": 59% of 100 is 59, never a guess where the scale is no criterion's maximum); a running number apart
from the criterion cell; a scale in brackets after the points; a score labelled on its own line under its
criterion; a table laid on its side with a total's column."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.reports import read_report
from exbench.extraction.score_headers import header_columns, header_readings, key
from exbench.extraction.score_statements import scaled_readings
from exbench.reading import read_document

HELDOUT9 = Path(__file__).resolve().parent / "heldout9"


def _scores(pages: list[PageInput], language: str) -> set[tuple[str | None, float]]:
    _findings, scores = read_report(pages, DocumentContext(language, "Örnek", 2024, None))
    return {(s.criterion_code, float(s.points)) for s in scores}


@pytest.mark.parametrize("doc_id", ["en_i09", "fa_i02", "tr_i09", "tr_i10"])
def test_the_ninth_batch_dev_profiles_read_from_their_pdfs(doc_id: str) -> None:
    _title, pages = read_document(HELDOUT9 / "pdf-chromium" / f"{doc_id}.pdf", "application/pdf", ocr=False)
    report = [PageInput(p.page_number, p.text, p.language) for p in pages]
    label = json.loads((HELDOUT9 / "labels" / f"{doc_id}.json").read_text(encoding="utf-8"))
    assert _scores(report, doc_id[:2]) == {(s["criterion"], float(s["points"])) for s in label["scores"]}


@pytest.mark.parametrize(
    ("header", "columns"),
    [
        ("Kriter Ağırlık (puan) Başarı (%) Puan", ["criterion", "other", "percent", "points"]),
        ("Criterion Weight (points) Achievement (%) Points", ["criterion", "other", "percent", "points"]),
        ("معیار درصد از وزن امتیاز وزن معیار", ["criterion", "percent", "points", "other"]),
        ("Değerlendirme Kriteri Tam Puan Oran", ["criterion", "max", "percent"]),
        ("Score % Points Max. points Criterion", ["percent", "points", "max", "criterion"]),
        ("Kriter Alınan Azami Yüzde", ["criterion", "points", "max", "percent"]),
    ],
)
def test_a_header_reads_its_columns_whatever_their_words(header: str, columns: list[str]) -> None:
    assert header_columns(key(header)) == columns


def test_a_header_that_reads_two_ways_keeps_both_for_its_rows() -> None:
    assert header_readings(key("Item Weighting Score %")) == [
        ["criterion", "other", "points", "percent"],
        ["criterion", "other", "percent"],
    ]


@pytest.mark.parametrize(
    "text",
    ["Kriter 1: Liderlik – 63 puan (100 üzerinden)", "Criterion 1: Leadership – 63 points (out of 100)", "۶۳ امتیاز (از ۱۰۰)"],
)
def test_a_scale_in_brackets_after_the_points(text: str) -> None:
    assert [(points, maximum) for _, points, maximum in scaled_readings(key(text))] == [(63.0, 100.0)]


def _report(lines: list[str], language: str) -> list[PageInput]:
    heads = {
        "tr": ("Kriter", "Güçlü Yönler", "Kurum sistematik bir yaklaşım uygulamaktadır."),
        "en": ("Criterion", "Strengths", "The organization applies a systematic approach."),
    }[language]
    findings = [f"{heads[0]} {n}: X\n{heads[1]}\n- {heads[2]}" for n in range(1, 8)]
    return [PageInput(1, "\n".join(findings + lines), language)]


def test_shares_of_each_criterion_maximum_are_points_only_on_a_maximum_the_criterion_has() -> None:
    rows = [
        "Puanlama",
        "Kriter Tam Puan Oran",
        "1. Amaç, Vizyon ve Strateji 100 %59",
        "2. Kurum Kültürü ve Liderlik 100 %42",
        "3. Paydaşları Dahil Etmek 100 %50",
        "4. Sürdürülebilir Değer Yaratmak 200 %47,5",
    ]
    assert _scores(_report(rows, "tr"), "tr") == {("1", 59.0), ("2", 42.0), ("3", 50.0), ("4", 95.0)}
    weights = ["Puanlama", "Kriter Ağırlık Oran", "1. Amaç, Vizyon ve Strateji %10 %59", "2. Kurum Kültürü ve Liderlik %10 %42"]
    assert _scores(_report(weights, "tr"), "tr") == set()  # a weight in percent is no scale of points


def test_a_running_number_apart_from_the_criterion_cell_and_a_total_under_a_weight() -> None:
    rows = [
        "Scoring",
        "No. Score Available points Criterion",
        "1 42 120 Leadership",
        "2 52 85 Strategy",
        "3 32 85 Customers",
        "126 290 Enablers total",
        "541 1000 Grand total",
    ]
    assert _scores(_report(rows, "en"), "en") == {("1", 42.0), ("2", 52.0), ("3", 32.0), (None, 541.0)}


def test_a_score_labelled_on_its_own_line_under_its_criterion() -> None:
    lines = "\n".join(
        f"Kriter {n}: X\nGüçlü Yönler\n- Kurum sistematik bir yaklaşım uygulamaktadır.\nPuan: {40 + n}" for n in range(1, 8)
    )
    assert _scores([PageInput(1, lines, "tr")], "tr") == {(str(n), float(40 + n)) for n in range(1, 8)}


def test_a_table_on_its_side_with_a_total_column() -> None:
    rows = [
        "Score Summary",
        "Item 1 2 3 4 5 6 7 Total score",
        "Points awarded 55 38 59 103 39 83 103 480",
        "Maximum points 100 100 100 200 100 200 200 1000",
    ]
    got = _scores(_report(rows, "en"), "en")
    assert {("4", 103.0), ("7", 103.0), (None, 480.0)} <= got and len(got) == 8
