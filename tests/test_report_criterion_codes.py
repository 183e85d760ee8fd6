"""Criteria named by a code ("C1", "K3", "(K2)") and score-table headers whose maximum's words take the
points word ("Maximum Score"), or with weight and band columns before them: layouts of unseen authors.

The reports are written for these tests in each language the codes are given for."""

from __future__ import annotations

from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.report_layout import is_report
from exbench.extraction.reports import read_report
from exbench.extraction.score_headers import header_columns, key


def _read(text: str, language: str):
    return read_report([PageInput(1, text, language)], DocumentContext(language, "Örnek Kurum", 2024, None))


def _findings(text: str, language: str) -> list[tuple[str | None, str, str]]:
    return [(f.criterion_code, f.finding_type, f.text) for f in _read(text, language)[0]]


def test_findings_grouped_by_kind_take_the_criterion_their_code_opens_with():
    text = (
        "Feedback Report\nStrengths\nC1 Leaders meet staff every month.\nC4 Partnerships are managed with clear agreements.\n"
        "Areas for Improvement\nC3 Staff surveys are not segmented.\n"
    )
    assert _findings(text, "en") == [
        ("1", "strength", "Leaders meet staff every month."),
        ("4", "strength", "Partnerships are managed with clear agreements."),
        ("3", "improvement_area", "Staff surveys are not segmented."),
    ]


def test_a_code_in_brackets_before_or_after_the_finding_names_its_criterion():
    text = (
        "Geri Bildirim Raporu\nGüçlü Yönler\n- Üst yönetim çalışanlarla her ay toplantı yapmaktadır [K1].\n"
        "- Strateji paydaş beklentilerine dayanır (K2).\nGelişmeye Açık Alanlar\n"
        "- Çalışan anketleri bölümlere ayrılmamaktadır. (Kriter 3)\n"
    )
    assert [(c, k) for c, k, _ in _findings(text, "tr")] == [("1", "strength"), ("2", "strength"), ("3", "improvement_area")]


def test_a_code_in_brackets_opening_the_finding_names_its_criterion():
    text = (
        "Feedback Report\nStrengths\n(C1) Leaders meet staff every month.\n(C2) The plan is reviewed yearly.\n"
        "Areas for Improvement\n(C3) Staff surveys are not segmented.\n"
    )
    assert [(c, k) for c, k, _ in _findings(text, "en")] == [("1", "strength"), ("2", "strength"), ("3", "improvement_area")]


def test_a_heading_by_code_opens_its_criterion_but_a_coded_finding_is_no_heading():
    text = (
        "Geri Bildirim Raporu\nK1 Liderlik\nGüçlü Yönler\n- Üst yönetim çalışanlarla her ay toplantı yapmaktadır.\n"
        "K2 Strateji\nGelişmeye Açık Alanlar\n- Hedefler birimlere yayılmamıştır.\n"
    )
    assert [(c, k) for c, k, _ in _findings(text, "tr")] == [("1", "strength"), ("2", "improvement_area")]


def test_a_lower_case_letter_and_number_is_no_code():
    text = "Feedback Report\nStrengths\nc1 leaders meet staff every month.\n"
    assert not is_report([PageInput(1, text, "en")])


def test_a_maximum_named_with_the_points_word_leaves_the_points_column_its_own():
    assert header_columns(key("Criterion Maximum Score")) == ["criterion", "max", "points"]
    assert header_columns(key("Criterion Max Score Percent")) == ["criterion", "max", "points", "percent"]
    assert header_columns(key("Kriter Alınan Azami Yüzde")) == ["criterion", "points", "max", "percent"]


def test_a_score_table_with_weight_and_band_under_a_scores_heading():
    text = (
        "Feedback Report\nCriterion 1 Leadership\nStrengths\n- Leaders meet staff every month.\n"
        "Criterion 2 Strategy\nStrengths\n- The strategy is based on needs.\nScore summary\n"
        "Criterion Weight Band Maximum Score\n1 Leadership 10% 50-55% 100 52\n2 Strategy 10% 40-45% 100 44\nTotal 1000 496\n"
    )
    scores = [(s.criterion_code, s.points, s.max_points) for s in _read(text, "en")[1]]
    assert scores == [("1", 52, 100), ("2", 44, 100), (None, 496, 1000)]
