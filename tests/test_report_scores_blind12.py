"""Scores of the twelfth batch's dev documents as a user's run reads their Chromium PDFs: a result letter's
table that sets the sector's average beside the organization's points (the average is no score of its), and
RADAR scoring sheets whose element columns (Direction, Execution, ..., the overall percent) stand before the
maximum and the points."""

from __future__ import annotations

from exbench.extraction.score_headers import header_columns, key
from tests.rendered import document_facts


def _scores(doc_id: str) -> set[tuple[str | None, float]]:
    return {(s.criterion_code, s.points) for s in document_facts("heldout12", doc_id).scores}


def test_a_comparison_column_is_read_past_never_taken_for_the_points() -> None:
    assert header_columns(key("Kriter Azami Puan Kurumunuzun Puanı Sektör Ortalaması")) == [
        "criterion",
        "max",
        "points",
        "compare",
    ]
    assert header_columns(key("معیار حداکثر امتیاز امتیاز شرکت میانگین بخش صنعت")) == ["criterion", "max", "points", "compare"]
    assert header_columns(key("Criterion Maximum Your score Sector average")) == ["criterion", "max", "points", "compare"]
    assert _scores("tr_l12") == {
        ("1", 60.0),
        ("2", 58.0),
        ("3", 55.0),
        ("4", 112.0),
        ("5", 57.0),
        ("6", 104.0),
        ("7", 102.0),
        (None, 548.0),
    }  # fmt: skip  (the sector's 52, 50, 47, ... and 472 are not the port's)
    assert _scores("fa_l12") == {
        ("1", 62.0), ("2", 60.0), ("3", 56.0), ("4", 58.0), ("5", 63.0), ("6", 83.0), ("7", 52.0), ("8", 48.0), ("9", 86.0),
        (None, 568.0),
    }  # fmt: skip


def test_a_radar_sheets_element_columns_stand_before_the_maximum_and_the_points() -> None:
    assert _scores("tr_l11") == {
        ("1", 45.0), ("2", 40.0), ("3", 40.0), ("4", 85.0), ("5", 35.0), ("6", 75.0), ("7", 70.0), (None, 390.0)
    }  # fmt: skip
    # the results rows' cells span the element columns, each with its element in brackets wrapped over lines:
    # "۶. ادراکات ذی‌نفعان" / "٪۴۰ (مرتبط بودن و قابلیت" / "استفاده)" / "٪۳۰ ( عملکرد) ۳۵٪ ۲۰۰ ۷۰"
    assert _scores("fa_l10") == {
        ("1", 40.0), ("2", 45.0), ("3", 35.0), ("4", 80.0), ("5", 40.0), ("6", 70.0), ("7", 60.0), (None, 370.0)
    }  # fmt: skip


def test_a_rows_numbers_on_a_line_of_their_own_after_its_wrapped_name_are_the_whole_row() -> None:
    # "1. Purpose, Vision &" / "Strategy" / "65% 60% 55% 60% 100 60", under a header that read more element columns
    assert _scores("en_l11") == {
        ("1", 60.0), ("2", 55.0), ("3", 55.0), ("4", 105.0), ("5", 50.0), ("6", 100.0), ("7", 115.0), (None, 540.0)
    }  # fmt: skip
