"""Feedback reports of the seventeenth held-out batch (dev split), printed by Chromium: findings written as
running paragraphs per sub-criterion whose kind is a bold label after the sub-criterion's title ("1.1 Amaç ve
vizyonu belirlemek. Güçlü yön: ..."), two labels in one paragraph of a results criterion."""

from __future__ import annotations

from exbench.extraction.report_inline_labels import label_lines
from exbench.extraction.text_units import Span
from tests.rendered import finding_rows, report_findings_read


def test_a_kind_label_after_the_sub_criterion_s_title_opens_its_finding() -> None:
    """tr_v09: nine strengths and eight areas, each with its sub-criterion, none with the title before it."""
    label, findings = report_findings_read("heldout17", "tr_v09", 2025)
    assert finding_rows(findings) == finding_rows(label["findings"])
    assert ("1", "1.4", "improvement_area") in {(f.criterion_code, f.item_code, f.finding_type) for f in findings}


def test_a_label_is_cut_off_where_a_sentence_ends_before_it_in_a_report_that_tags_its_findings_so() -> None:
    text = "Müşteri algıları. Güçlü yön: Anket sonuçları sunulmuştur. Gelişmeye açık alan: Hedef yoktur."
    more = "5.1 Riskleri yönetmek. Gelişmeye açık alan: Risk kaydı eksiktir."
    spans = [(Span(10, 10 + len(text), text), 1), (Span(200, 200 + len(more), more), 1)]
    assert [s.text for s, _ in label_lines(spans)] == [
        "Müşteri algıları.",
        "Güçlü yön: Anket sonuçları sunulmuştur.",
        "Gelişmeye açık alan: Hedef yoktur.",
        "5.1 Riskleri yönetmek.",
        "Gelişmeye açık alan: Risk kaydı eksiktir.",
    ]
    running = "Kurumun en güçlü yönü: çalışan bağlılığıdır. ekip güçlü yön: dedi. Sonuç: Güçlü yön: iyi."
    assert label_lines([(Span(0, len(running), running), 1)]) == [(Span(0, len(running), running), 1)]
    assert label_lines(spans[1:]) == spans[1:]  # one label inside a line: a summary's, not a report's way
