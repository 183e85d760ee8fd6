"""Scores of the eleventh batch's dev documents as a user's run reads their Chromium PDFs, and of earlier
batches' dev documents read by the same rules: a score table whose criterion has two columns, its number and
its name ("معیار | عنوان معیار | حداکثر امتیاز | امتیاز کسب‌شده"); official letters that announce an
assessment's result with its score (a news story quoting a score is no letter); a whole scoring profile in
prose where the report's layout is not read; a numbered scores heading over a table's header."""

from __future__ import annotations

from exbench.extraction.score_headers import header_columns, key
from tests.rendered import document_facts


def _scores(set_name: str, doc_id: str) -> set[tuple[str | None, float]]:
    return {(s.criterion_code, s.points) for s in document_facts(set_name, doc_id).scores}


def test_a_criterions_number_and_name_columns_are_one_cell() -> None:
    assert header_columns(key("معیار عنوان معیار حداکثر امتیاز امتیاز کسب‌شده")) == ["criterion", "max", "points"]
    assert _scores("heldout11", "fa_k01") == {
        ("1", 46.0), ("2", 44.0), ("3", 42.0), ("4", 90.0), ("5", 43.0), ("6", 84.0), ("7", 87.0), (None, 436.0)
    }  # fmt: skip
    assert _scores("heldout11", "tr_k01") == {
        ("1", 38.0), ("2", 36.0), ("3", 33.0), ("4", 70.0), ("5", 32.0), ("6", 64.0), ("7", 65.0), (None, 338.0)
    }  # fmt: skip


def test_a_letter_announcing_the_result_states_the_addressees_score() -> None:
    assert _scores("heldout11", "tr_k11") == {(None, 357.0)}  # "Şirketinizin 1000 puan üzerinden 357 puan aldığı"
    assert _scores("heldout11", "fa_k11") == {(None, 372.0)}  # "با کسب ۳۷۲ امتیاز از ۱۰۰۰ امتیاز"
    # "confirmed a score of 447 points out of 1,000" and the profile laid on its side ("Criterion 1 2 ... 7")
    assert _scores("heldout11", "en_k12") == {
        ("1", 49.0), ("2", 47.0), ("3", 45.0), ("4", 90.0), ("5", 46.0), ("6", 84.0), ("7", 86.0), (None, 447.0)
    }  # fmt: skip


def test_an_annual_reports_page_quoting_a_score_is_no_letter() -> None:
    assert _scores("heldout7", "fa_g12") == set()  # "امتیاز مرکز در این ارزیابی ۳۶۲ از ۱۰۰۰ بود": no salutation, no closing


def test_a_whole_scoring_profile_in_prose_is_read_where_the_layout_is_not() -> None:
    # "the team scored Purpose, Vision & Strategy at 62 points ..." and "The exact consensus score of 523 points"
    assert _scores("heldout10", "en_j10") == {
        ("1", 62.0), ("2", 58.0), ("3", 55.0), ("4", 108.0), ("5", 52.0), ("6", 90.0), ("7", 98.0), (None, 523.0)
    }  # fmt: skip


def test_a_numbered_scores_heading_over_the_header_is_no_cell_of_it() -> None:
    # "ج) امتیاز معیارها" / "معیار درصد تحقق امتیاز": rows named in the model's order, the total in words
    assert _scores("heldout3", "fa_c02") == {
        ("1", 44.0), ("2", 47.0), ("3", 40.0), ("4", 82.0), ("5", 39.0), ("6", 64.0), ("7", 70.0), (None, 386.0)
    }  # fmt: skip
