"""Scores of the tenth batch's dev reports as a user's run reads their Chromium PDFs: points given as a
criterion's success rate of its weight ("Başarı oranı | Ağırlık (puan)"), a total the organization "earned"
("479 puan kazandırmıştır"), and criteria's weights stated in a sentence, which are no scores."""

from __future__ import annotations

from tests.rendered import document_facts


def _scores(doc_id: str) -> set[tuple[str | None, float]]:
    return {(s.criterion_code, s.points) for s in document_facts("heldout10", doc_id).scores}


def test_success_rates_of_each_criterions_weight_are_points() -> None:
    assert _scores("tr_j10") == {
        ("1", 55.0), ("2", 60.0), ("3", 45.0), ("4", 100.0), ("5", 40.0), ("6", 95.0), ("7", 84.0), (None, 479.0)
    }  # fmt: skip


def test_weights_stated_in_a_sentence_are_no_scores() -> None:
    assert _scores("fa_j02") <= {
        ("1", 40.0),
        ("2", 45.0),
        ("3", 38.0),
        ("4", 72.0),
        ("5", 42.0),
        ("6", 70.0),
        ("7", 66.0),
        (None, 373.0),
    }


def test_a_total_in_words_with_its_digits_in_brackets() -> None:
    assert (None, 427.0) in _scores("tr_j02")  # "toplamı dört yüz yirmi yedi (427) puandır"


def test_a_header_wrapped_over_lines_with_a_criterion_or_part_cell() -> None:
    # "Points / awarded / Criterion / part Points / available": points first, parts' percentages read past
    assert _scores("en_j01") == {
        ("1", 55.0), ("2", 60.0), ("3", 50.0), ("4", 110.0), ("5", 48.0), ("6", 96.0), ("7", 92.0), (None, 511.0)
    }  # fmt: skip


def test_a_score_table_with_a_column_per_radar_element() -> None:
    # "ردیف | معیار | امتیاز مجاز | رویکرد | استقرار | ارزیابی و بازنگری | امتیاز کسب شده": the elements read past
    assert _scores("fa_j01") == {
        ("1", 58.0), ("2", 52.0), ("3", 49.0), ("4", 51.0), ("5", 55.0), ("6", 63.0), ("7", 38.0), ("8", 34.0),
        ("9", 66.0), (None, 466.0),
    }  # fmt: skip
