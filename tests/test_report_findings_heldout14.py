"""Feedback reports of the fourteenth held-out batch (dev split), printed by Chromium: findings numbered by a
kind's abbreviation and an item number ("S 1.2 (Purpose, Vision & Strategy) ...", "AFI 5.1 ..."); a criterion
named in brackets after a finding's label ("نقطه قوت ۱-۱ ( معیار رهبری): ..."); a definition list whose terms
give the item and kind ("1.1 – Güçlü yön" / the finding); a sub-criterion's number before the kind
("زیرمعیار ۱٫۱ · نقطه قوت"); numbered one-line findings ("3.4 ... düzensizdir.") under a findings heading;
strengths | areas tables with placeholders ("No strength recorded.") and each criterion's points under them."""

from __future__ import annotations

import pytest

from tests.rendered import document_facts, finding_rows, report_findings_read


@pytest.mark.parametrize(
    "doc_id",
    [
        "en_s02",  # "S 1.1 (Purpose, Vision & Strategy) The company’s purpose, ..." after "(S = strength, AFI = ...)"
        "en_s03",  # "No strength recorded." cells; "Points awarded for Criterion 1: 45 out of 100." under the table
        "fa_s03",  # "زمینه بهبود ۲-۱ ( معیار خط‌مشی و استراتژی): برنامه راهبردی ..."
        "tr_s04",  # "1.2 – İyileştirme alanı" / "İklim riskinin ..." (a term, its definition on the next page)
    ],
)
def test_every_finding_with_its_criterion_kind_and_text(doc_id: str) -> None:
    label, findings = report_findings_read("heldout14", doc_id, 2024)
    assert finding_rows(findings) == finding_rows(label["findings"])


def test_a_placeholder_cell_and_a_criterion_score_line_are_no_findings() -> None:
    """Criterion 2 of en_s03 has "No strength recorded." beside its one area for improvement, and "Points
    awarded for Criterion 2: 40 out of 100." below: one finding, and the points are still read as its score."""
    _label, findings = report_findings_read("heldout14", "en_s03", 2019)
    assert [(f.finding_type, f.text[:25]) for f in findings if f.criterion_code == "2"] == [
        ("improvement_area", "The five-year strategy do")
    ]
    assert ("2", 40.0) in {(s.criterion_code, s.points) for s in document_facts("heldout14", "en_s03").scores}


@pytest.mark.parametrize(
    ("doc_id", "criterion", "kind", "start"),
    [
        ("tr_s09", "3", "improvement_area", "Tedarikçi ve taşeron firmalarla"),  # "3.4 ... düzensizdir." / "Kriter 4 – ..."
        ("tr_s09", "4", "strength", "Liman sahasında atık kabul"),  # "4.4 ... genişletilmiştir." / "İyileştirmeye Açık Alanlar"
        ("fa_s04", "1", "strength", "هیئت‌مدیره مأموریت بانک"),  # "زیرمعیار ۱٫۱ · نقطه قوت" / the finding
        ("fa_s04", "5", "improvement_area", "پیوند میان سبد پروژه‌های"),  # under "زمینه‌های کلیدی بهبود"
        ("fa_s02", "2", "improvement_area", "سازوکاری برای سنجش"),  # a table's kind cell "قابل بهبود"
    ],
)
def test_a_finding_of_each_layout_is_read_with_its_criterion_and_kind(doc_id: str, criterion: str, kind: str, start: str) -> None:
    _label, findings = report_findings_read("heldout14", doc_id, 2024)
    assert any(f.criterion_code == criterion and f.finding_type == kind and start in f.text for f in findings)


def test_a_total_row_in_persian_digits_with_a_thousands_separator_is_read() -> None:
    """fa_s01's score table closes with "جمع کل ۱٬۰۰۰ ۳۳۸ ۳۳٫۸" (maximum, points, percent)."""
    assert (None, 338.0) in {(s.criterion_code, s.points) for s in document_facts("heldout14", "fa_s01").scores}


def test_a_finding_whose_label_closes_a_page_quotes_its_text_on_the_next():
    """heldout14 dev tr_s04: "1.2 – İyileştirme alanı" is page 1's last line and its text opens page 2. The
    evidence quotes the text where it stands, and an empty quote takes no count of the page with it."""
    facts = document_facts("heldout14", "tr_s04")
    climate = [f for f in facts.findings if f.text.startswith("İklim riskinin")]
    assert [(f.evidence.page, f.evidence.quote.split()[:2]) for f in climate] == [(2, ["İklim", "riskinin"])]
    assert all(f.evidence.quote.strip() for f in facts.findings)
