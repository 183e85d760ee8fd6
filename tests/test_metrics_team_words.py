"""Counts of a team told by a number word joined to its measure word, and figures given as an average: a Persian
team "هفت‌نفره‌ای" (the number joined by a ZWNJ, the indefinite "ای" after it) is a team of seven; the hours "the
average assessor spent ... on one application" are no count (tests/heldout17 dev fa_v03, en_v12)."""

from __future__ import annotations

import datetime

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput
from tests.rendered import document_facts


def _sentence(language: str, owner: str, text: str) -> set[tuple]:
    facts = extract_document([PageInput(1, text, language, [])], None, owner, datetime.date(2025, 3, 1))
    return {(m.metric_code, m.value) for m in facts.metrics}


def test_a_persian_team_told_by_a_joined_number_word_with_the_indefinite_suffix():
    """heldout17 fa_v03: "تیم هفت‌نفره‌ای از ارزیابان جایزه ملی" is a team of seven assessors."""
    found = {(m.metric_code, m.value) for m in document_facts("heldout17", "fa_v03").metrics}
    assert ("assessors", 7) in found
    bank = "بانک سپهرآرا"
    assert _sentence("fa", bank, "تیم ارزیابی پنج‌نفره‌ای به مدت سه روز از ستاد بانک سپهرآرا بازدید کرد.") == {("assessors", 5)}
    assert _sentence("fa", bank, "تیم ۶ نفره‌ای از ارزیابان از ستاد بانک سپهرآرا بازدید کرد.") == {("assessors", 6)}


def test_the_hours_of_the_average_assessor_are_no_count_in_any_language():
    """heldout17 en_v12: "in 2024 the average assessor spent 39 hours on one application" gives no hours."""
    found = {(m.metric_code, m.value) for m in document_facts("heldout17", "en_v12").metrics}
    assert ("assessment_hours", 39) not in found and ("assessment_hours", 280) in found
    council = "Pennine Quality Forum"
    assert not _sentence("en", council, "Each assessor spent 42 hours on each application in 2024.")
    assert _sentence("tr", "Ege Belediyesi", "2024 döneminde ortalama bir değerlendirici 39 saat çalıştı.") == set()
    assert _sentence("fa", "شهرداری کرانه", "در این دوره به‌طور متوسط، هر ارزیاب ۳۹ نفر-ساعت صرف کرد.") == set()


def test_an_assessment_told_by_its_size_in_people():
    """heldout17 en_v02: "That assessment was six people over three days" is a team of six assessors."""
    found = {(m.metric_code, m.value) for m in document_facts("heldout17", "en_v02").metrics}
    assert ("assessors", 6) in found
    assert _sentence("en", "Kestrel Water", "The site visit involved five assessors in training.") == set()
