"""The word for one that is also the article counts where it closes a list of counts, and only there."""

from __future__ import annotations

import datetime

import pytest

from exbench.extraction.metrics import metrics_in_sentence
from exbench.extraction.model import DocumentContext
from exbench.extraction.numbers import find_numbers
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
    ("text", "language"),
    [
        ("ارزیابان ۹ نقطه قوت، ۱۱ زمینه قابل بهبود و یک تجربه برتر را گزارش کردند.", "fa"),
        ("Ekip 9 güçlü yön, 11 gelişmeye açık alan ve bir iyi uygulama belirledi.", "tr"),
    ],
)
def test_one_that_closes_a_list_of_counts_is_a_count(text, language):
    assert _metrics(text, language) == {("strengths", 9.0), ("improvement_areas", 11.0), ("best_practices", 1.0)}


@pytest.mark.parametrize(
    ("text", "language"),
    [("یک ارزیاب از تیم به ما پیوست.", "fa"), ("Bir değerlendirici toplantıya katıldı.", "tr"), ("۵ مورد و نه بیشتر", "fa")],
)
def test_the_article_alone_is_no_count(text, language):
    assert [n.value for n in find_numbers(text, language)] in ([], [5])
