"""A feedback report is issued after its cycle: a level it tells without a date was received in the cycle
the report assesses, not in the year the report came out (the fourteenth batch's dev reports)."""

from __future__ import annotations

import pytest

from tests.rendered import document_facts


@pytest.mark.parametrize(
    ("doc_id", "organization", "stars", "cycle"),
    [
        # issued in October 2024 (مهر ۱۴۰۳) on the ۱۴۰۲ cycle: "تقدیرنامه سه ستاره" with no date of its own
        ("fa_s01", "شرکت آب و فاضلاب استان البرزکوه", 3, 2023),
        # issued in March 2025 on the 2024 cycle of a municipality's own award
        ("tr_s02", "Kuzeyada Toplu Ulaşım Hizmetleri A.Ş.", 3, 2024),
    ],
)
def test_an_undated_level_in_a_report_is_the_report_s_cycle(doc_id, organization, stars, cycle):
    facts = document_facts("heldout14", doc_id)
    assert facts.cycle_year == cycle
    years = {r.year for r in facts.recognitions if r.organization == organization and r.stars == stars}
    assert years == {cycle}
