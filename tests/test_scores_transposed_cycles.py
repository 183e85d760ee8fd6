"""A score table laid on its side that also prints an earlier cycle's points: this report's row is read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.report_lexicon import line_key
from exbench.extraction.reports import read_report
from exbench.extraction.score_transposed import transposed
from exbench.reading import read_document

HELDOUT19 = Path(__file__).resolve().parent / "heldout19"


def _read(lines: list[str]) -> list[tuple[str | None, float]]:
    return [(row.criterion, row.points) for _, _, rows in transposed([line_key(x) for x in lines]) for row in rows]


@pytest.mark.parametrize(
    "lines",
    [
        [  # the later cycle's row first, the earlier one named by its year after it
            "C1 C2 C3 C4 C5 C6 C7 Total",
            "Maximum 100 100 100 200 100 200 200 1,000",
            "Awarded 2025 48 50 47 94 45 88 91 463",
            "Awarded 2022 41 43 40 80 38 73 79 394",
        ],
        [  # the earlier cycle's row first, its year before its word; Turkish thousands
            "K1 K2 K3 K4 K5 K6 K7 Toplam",
            "Azami 100 100 100 200 100 200 200 1.000",
            "2022 döngüsü 41 43 40 80 38 73 79 394",
            "Alınan (2025) 48 50 47 94 45 88 91 463",
        ],
    ],
)
def test_the_latest_cycles_row_of_a_table_on_its_side_holds_the_points(lines: list[str]) -> None:
    assert _read(lines) == [("1", 48), ("2", 50), ("3", 47), ("4", 94), ("5", 45), ("6", 88), ("7", 91), (None, 463)]


def test_a_row_named_as_the_earlier_cycle_is_passed_over_and_the_criterion_word_may_head_each_column() -> None:
    lines = [
        "معیار ۱ معیار ۲ معیار ۳ معیار ۴ معیار ۵ معیار ۶ معیار ۷ معیار ۸ معیار ۹ جمع",
        "حداکثر امتیاز ۱۰۰ ۱۰۰ ۱۰۰ ۱۰۰ ۱۰۰ ۱۵۰ ۱۰۰ ۱۰۰ ۱۵۰ ۱۰۰۰",
        "امتیاز کسب‌شده ۵۲ ۴۸ ۴۵ ۵۰ ۵۵ ۶۰ ۳۸ ۳۵ ۵۸ ۴۴۱",
        "امتیاز دوره قبل ۴۷ ۴۴ ۴۰ ۴۵ ۵۰ ۵۲ ۳۳ ۳۰ ۴۸ ۳۸۹",
    ]
    assert _read(lines)[-1] == (None, 441) and _read(lines)[0] == ("1", 52)


def test_two_cycles_that_cannot_be_told_apart_give_nothing() -> None:
    lines = [
        "C1 C2 C3 C4 C5 C6 C7 Total",
        "Maximum 100 100 100 200 100 200 200 1000",
        "Team A 48 50 47 94 45 88 91 463",
        "Team B 41 43 40 80 38 73 79 394",
    ]
    assert _read(lines) == []


@pytest.mark.parametrize("doc_id", ["tr_x09", "fa_x09", "en_x09"])
@pytest.mark.parametrize("producer", ["chromium", "weasyprint"])
def test_the_nineteenth_batch_dev_tables_on_their_side_read_from_their_pdfs(doc_id: str, producer: str) -> None:
    _title, pages = read_document(HELDOUT19 / f"pdf-{producer}" / f"{doc_id}.pdf", "application/pdf", ocr=False)
    report = [PageInput(p.page_number, p.text, p.language) for p in pages]
    label = json.loads((HELDOUT19 / "labels" / f"{doc_id}.json").read_text(encoding="utf-8"))
    _findings, scores = read_report(report, DocumentContext(doc_id[:2], "Örnek", 2024, None))
    assert {(s.criterion_code, float(s.points)) for s in scores} == {
        (s["criterion"], float(s["points"])) for s in label["scores"]
    }
