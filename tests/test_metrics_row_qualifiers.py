"""A count table's row of assessors or hours says which part of the team it counts and whether it counts hours:
the metric takes the header's qualifiers ("Assessment hours – external examiners" is external hours)."""

from __future__ import annotations

import pytest

from exbench.extraction.metric_cells import header_metric


@pytest.mark.parametrize(
    ("language", "header", "code"),
    [
        ("en", "Internal examiners", "assessors_internal"),
        ("en", "Assessment hours – internal team", "assessment_hours_internal"),
        ("en", "Assessment hours – external examiners", "assessment_hours_external"),
        ("en", "Assessors (internal and external)", "assessors"),
        ("fa", "تعداد ارزیابان داخلی", "assessors_internal"),
        ("fa", "تعداد ارزیابان خارجی", "assessors_external"),
        ("fa", "نفرساعت ارزیابی", "assessment_hours"),
        ("tr", "İç ve dış değerlendirici", "assessors"),
        ("tr", "Değerlendirme süresi (kişi-saat)", "assessment_hours"),
        ("tr", "Değerlendirilen üye belediye sayısı", "organizations_assessed"),
        ("en", "Strengths identified", "strengths"),
    ],
)
def test_a_rows_header_gives_its_metric_with_its_qualifiers(language: str, header: str, code: str) -> None:
    assert header_metric(header, language) == code
