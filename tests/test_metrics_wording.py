"""Words real authors use around counts: a total with its parts, a team all of one kind, a programme spoken of
without its organizer's name, areas for development, the site visit as the context of hours.

The sentences are written for these tests (invented organizations).
"""

from __future__ import annotations

import datetime

import pytest

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput


def _facts(text: str, language: str, organization: str | None) -> set[tuple[str | None, str, float]]:
    facts = extract_document([PageInput(1, text, language)], None, organization, datetime.date(2024, 11, 1))
    return {(m.organization, m.metric_code, m.value) for m in facts.metrics}


def _counts(text: str, language: str, organization: str | None = "Eastwick Borough Council") -> set[tuple[str, float]]:
    return {(code, value) for _, code, value in _facts(text, language, organization)}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The team spent a combined 310 assessor hours on the review (250 hours of independent review and "
            "60 hours during the site visit).",
            "en",
            {("assessment_hours", 310.0)},
        ),
        (
            "Değerlendirme ekibi toplam 120 saat değerlendirme yaptı (ön değerlendirme 50 saat, saha 70 saat).",
            "tr",
            {("assessment_hours", 120.0)},
        ),
    ],
)
def test_a_total_and_its_parts_are_one_count(text, language, expected):
    assert _counts(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Değerlendirme ekibi 1 takım lideri ve 4 değerlendirici (tamamı Belediye iç değerlendiricisi), "
            "toplam 80 adam-saat değerlendirme.",
            "tr",
            {("assessors_internal", 5.0), ("assessment_hours_internal", 80.0)},
        ),
        (
            "A team leader and three assessors, all of them internal, carried out the assessment.",
            "en",
            {("assessors_internal", 4.0)},
        ),
    ],
)
def test_a_team_said_to_be_all_internal_counts_internal_assessors(text, language, expected):
    assert _counts(text, language) == expected


def test_internal_and_external_hours_named_by_their_assessors_in_persian():
    text = "ارزیابان درونی ۶۴ نفرساعت و ارزیابان بیرونی ۳۰ نفرساعت برای ارزیابی این سازمان صرف کردند."
    assert _counts(text, "fa", "سازمان فاوای شهرداری رودکنار") == {
        ("assessment_hours_internal", 64.0),
        ("assessment_hours_external", 30.0),
    }


@pytest.mark.parametrize(
    ("text", "language", "organization"),
    [
        (
            "In the 2024 cycle the state award received 12 applications and was supported by 58 volunteer examiners; "
            "these figures describe the programme as a whole.",
            "en",
            "Kestrel City Water Department",
        ),
        ("دبیر جایزه اعلام کرد که در این دوره ۲۸۴ ارزیاب در فرایند ارزیابی مشارکت داشته‌اند.", "fa", "بانک نوین‌آرا"),
        ("در این دوره ۹۰ سازمان ثبت‌نام کردند که ۶۴ سازمان ارزیابی شدند؛ این آمار مربوط به کل جایزه است.", "fa", "بانک نوین‌آرا"),
    ],
)
def test_a_programme_count_told_without_its_organizer_is_not_the_applicant_s(text, language, organization):
    assert not any(org == organization for org, _, _ in _facts(text, language, organization))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The team identified eleven strengths and ten areas for development.",
            {("strengths", 11.0), ("improvement_areas", 10.0)},
        ),
        (
            "Nine peer assessors spent two days with us, clocking up 126 hours of interviews with residents and staff.",
            {("assessors", 9.0), ("assessment_hours", 126.0)},
        ),
        ("Preparation, site visit and consensus took a total of 234 hours.", {("assessment_hours", 234.0)}),
    ],
)
def test_english_wordings(text, expected):
    assert _counts(text, "en") == expected
