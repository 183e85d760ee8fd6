"""Persian receivers as a municipality's festival news and a unit's report write them: a unit or company named
without its municipality, a unit named by the first words of its name, and a result beside which a bracketed
aside gives the round before."""

from __future__ import annotations

from datetime import date

import pytest

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput
from tests.rendered import recognitions_read


def found(text: str, organization: str | None = None) -> set[tuple]:
    facts = extract_document([PageInput(1, text, "fa")], organization=organization, published_on=date(2025, 2, 1))
    return {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}


def test_a_result_beside_an_aside_on_the_round_before_is_received_by_the_unit_named_short():
    text = (
        "گزارش ارزیابی سازمان آتش‌نشانی و خدمات ایمنی شهرداری دریاکنار\n"
        "ششمین جشنواره تعالی مدیریت شهرداری دریاکنار\n"
        "سازمان آتش‌نشانی با این امتیاز حائز تندیس دو ستاره جشنواره شد ( در دوره پنجم: ۳۶۱ امتیاز)."
    )
    got = found(text, organization="سازمان آتش‌نشانی و خدمات ایمنی شهرداری دریاکنار")
    assert ("سازمان آتش‌نشانی و خدمات ایمنی شهرداری دریاکنار", "municipal", 2, 2025) in got


@pytest.mark.slow
def test_a_municipality_s_festival_table_names_its_units_and_companies_in_full():
    got = recognitions_read("heldout14", "fa_s11")
    assert ("سازمان آتش‌نشانی و خدمات ایمنی شهرداری سپیدکوه", "municipal", 4, 2023) in got
    assert ("سازمان آتش‌نشانی و خدمات ایمنی شهرداری سپیدکوه", "municipal", 3, 2022) in got  # "سال گذشته"
    assert ("سازمان مدیریت حمل و نقل مسافر شهرداری سپیدکوه", "municipal", 3, 2023) in got
    assert ("شرکت بهره‌برداری قطار شهری سپیدکوه", "municipal", 3, 2023) in got  # a company: the city alone
    assert not any(r[0] == "سازمان آتش‌نشانی و خدمات ایمنی" for r in got)


@pytest.mark.slow
def test_a_unit_s_report_gives_its_festival_level_to_the_unit_it_names_short():
    got = recognitions_read("heldout14", "fa_s03")
    assert ("سازمان آتش‌نشانی و خدمات ایمنی شهرداری دریاکنار", "municipal", 2, 2024) in got
    assert ("سازمان آتش‌نشانی و خدمات ایمنی شهرداری دریاکنار", "iso", None, 2023) in got  # "سازمان": the unit itself
    assert ("سازمان حمل‌ونقل بار شهرداری دریاکنار", "municipal", 3, 2024) in got
