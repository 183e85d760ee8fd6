"""Counts of an award body's statistics told as a table with a column per cycle (tests/heldout17 dev *_v12): each
column headed by a year, alone or with the word for a cycle, holds that year's counts; a plan's column holds
targets; a row of people trained or on the register counts no assessors."""

from __future__ import annotations

from exbench.extraction.metric_cells import header_metric
from exbench.extraction.metric_year_headers import column_years
from tests.rendered import document_facts


def _counts(batch: str, doc_id: str) -> frozenset[tuple]:
    return frozenset((m.organization, m.metric_code, m.value, m.period_year) for m in document_facts(batch, doc_id).metrics)


def test_a_turkish_table_of_four_cycles_and_a_target_column():
    """heldout17 tr_v12: "Gösterge | 2021 | ... | 2024 | 2025 (hedef)": four cycles' counts, the target read past."""
    found = _counts("heldout17", "tr_v12")
    body = "Ege Kalite ve Mükemmellik Derneği"
    assert {
        (body, "organizations_assessed", 11, 2021),
        (body, "assessors", 68, 2022),
        (body, "assessment_hours", 3046, 2023),
        (body, "improvement_areas", 815, 2024),
    } <= found
    assert not any(value in (110, 25) for _, _, value, _ in found)  # the 2025 targets


def test_an_english_table_of_cycles_with_a_plan_column_and_a_register_row():
    """heldout17 en_v12: "Awards cycle | 2021 | ... | 2025 plan"; "Trained assessors on the register" is a pool."""
    found = _counts("heldout17", "en_v12")
    body = "Pennine Quality Forum"
    assert {
        (body, "assessors", 58, 2021),
        (body, "organizations_assessed", 26, 2024),
        (body, "best_practices", 13, 2023),
    } <= found
    assert not any(value in (142, 171, 205, 236, 120, 30) for _, _, value, _ in found)


def test_a_persian_table_of_solar_hijri_cycles():
    """heldout17 fa_v12: "شاخص | دوره ۱۴۰۰ | ... | دوره ۱۴۰۳": the cycle of 1400 is 2021's."""
    found = _counts("heldout17", "fa_v12")
    body = "انجمن مدیریت کیفیت و تعالی کرانه خزر"
    assert {
        (body, "organizations_assessed", 24, 2021),
        (body, "best_practices", 23, 2024),
        (body, "assessors", 104, 2022),
    } <= found


def test_headers_of_cycles_in_each_language():
    """A year with the word for a cycle is that year; a year with a plan's word is a target column (None); a
    header with anything else is no row of cycles."""
    assert column_years(("Indicator", "2022 cycle", "2023 cycle", "2024 target"), "en") == [2022, 2023, None]
    assert column_years(("Gösterge", "2022 dönemi", "2023 dönemi", "2024 (plan)"), "tr") == [2022, 2023, None]
    assert column_years(("شاخص", "سال ۱۴۰۱", "سال ۱۴۰۲", "هدف ۱۴۰۳"), "fa") == [2022, 2023, None]
    assert column_years(("Organisation", "Assessors", "2024"), "en") is None
    assert column_years(("Indicator", "2024", "2024 target"), "en") is None  # one cycle is no row of cycles


def test_people_trained_or_on_a_register_are_no_assessors_in_any_language():
    assert header_metric("Trained assessors on the register", "en") is None
    assert header_metric("Eğitim alan değerlendirici", "tr") is None
    assert header_metric("ارزیابان آموزش‌دیده", "fa") is None
    assert header_metric("Assessors deployed", "en") == "assessors"


def test_a_persian_column_of_internal_assessment_time_in_person_hours():
    """heldout17 fa_v11: "ارزیاب داخلی (نفر) | زمان ارزیابی داخلی (نفر- ساعت)": the second column is internal
    hours, not internal assessors."""
    found = {(org, code, value) for org, code, value, _ in _counts("heldout17", "fa_v11")}
    company = "شرکت کنسانتره البرزکوه"
    assert {(company, "assessors_internal", 8), (company, "assessment_hours_internal", 224)} <= found
    assert (company, "assessors_internal", 224) not in found
    assert header_metric("مدت خودارزیابی (نفر-ساعت)", "fa") == "assessment_hours_internal"
