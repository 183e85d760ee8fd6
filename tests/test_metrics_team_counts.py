"""A team counted in words: the leader named beside N assessors is one more assessor; hours of assessors are hours."""

from __future__ import annotations

import datetime

import pytest

from exbench.extraction.metrics import metrics_in_sentence
from exbench.extraction.model import DocumentContext
from exbench.extraction.sentence_view import SentenceView
from exbench.extraction.text_units import sentences


def _metrics(text: str, language: str) -> set[tuple[str, float]]:
    context = DocumentContext(language, "Ortaköy Belediyesi", 2023, datetime.date(2023, 11, 20))
    found = set()
    for span in sentences(text):
        view = SentenceView(span, 1, language, datetime.date(2023, 11, 20))
        found |= {(m.metric_code, m.value) for m in metrics_in_sentence(view, context, None)}
    return found


@pytest.mark.parametrize(
    ("text", "language", "team"),
    [
        ("Our site visit was run by six assessors and a team leader over three days.", "en", 7.0),
        ("A lead assessor with two examiners reviewed the application.", "en", 3.0),
        ("Saha ziyaretini bir takım lideri ve beş değerlendirici gerçekleştirdi.", "tr", 6.0),
        ("بازدید میدانی را یک سرارزیاب و چهار ارزیاب انجام دادند.", "fa", 5.0),
    ],
)
def test_a_team_leader_named_beside_the_assessors_is_one_more_assessor(text, language, team):
    assert ("assessors", team) in _metrics(text, language)


def test_a_team_that_already_counts_its_leader_is_not_counted_twice():
    assert _metrics("The team of 5 assessors, including the team leader, met the staff.", "en") == {("assessors", 5.0)}


def test_hours_of_assessors_are_assessment_hours_not_assessors():
    found = _metrics("Over the assessment the team gave 96 assessor hours to interviews.", "en")
    assert found == {("assessment_hours", 96.0)}


@pytest.mark.parametrize(
    ("text", "language", "hours"),
    [
        ("Assessor time 212 hours in total (document review and site visit)", "en", 212.0),
        ("Değerlendirme süresi: toplam 96 saat", "tr", 96.0),
        ("مدت ارزیابی: ۱۲۰ نفر-ساعت", "fa", 120.0),
    ],
)
def test_a_row_of_assessor_time_gives_the_assessment_hours(text, language, hours):
    assert _metrics(text, language) == {("assessment_hours", hours)}


def test_a_key_cell_on_its_own_line_gives_its_value_below_the_meaning():
    from exbench.extraction.document import extract_document
    from exbench.extraction.model import PageInput

    text = "Feedback report\nSite visit\n3 days in May\nAssessor time\n212 hours in total (review and site visit)\n"
    found = extract_document([PageInput(1, text, "en")], "Feedback report", "Oakridge Council")
    assert {(m.metric_code, m.value) for m in found.metrics} == {("assessment_hours", 212.0)}
