"""Scores of the eleventh batch's dev documents as a user's run reads their Chromium PDFs: a score table whose
criterion has two columns, its number and its name ("معیار | عنوان معیار | حداکثر امتیاز | امتیاز کسب‌شده")."""

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
