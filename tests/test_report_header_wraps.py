"""Table headers whose narrow cells LibreOffice wrapped inside a word: "Criterio" / "nType" / "Observation",
"İşare" / "t", "Criterion Weight Achievemen" / "t" / "Weighted" / "score", "Ref. Part +/" / "–" / "Observation"
(the tenth and sixth held-out batches' dev reports as LibreOffice prints them). The header is read with the
word's end put back, and its repetition over a page break is no word of the row it parts; a score row's number
alone on its line opens the row whose name and cells follow."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exbench.extraction.report_header_wraps import header_readings_of
from exbench.extraction.report_layout import findings_header
from tests.rendered import document_facts

TESTS = Path(__file__).resolve().parent


def _label(batch: str, doc_id: str) -> dict:
    return json.loads((TESTS / batch / "labels" / f"{doc_id}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("lines", "header"),
    [
        (["criterio", "ntype", "observation"], "criterion type observation"),
        (["alt", "kriter", "işare", "t", "tespit"], "kriter işaret tespit"),
        (["alt", "krit", "erişaret", "tespit"], "kriter işaret tespit"),
    ],
)
def test_a_header_word_a_narrow_cell_broke_is_read_whole(lines: list[str], header: str) -> None:
    assert findings_header(lines) == header


def test_the_lines_joined_by_spaces_come_first_and_a_sign_parted_joins_its_line() -> None:
    readings = header_readings_of(["ref. part +/", "–", "observation"])
    assert readings[0] == "ref. part +/ – observation"
    assert "ref. part +/– observation" in readings
    assert header_readings_of(["criterion", "points"])[0] == "criterion points"


def test_a_findings_table_under_a_broken_header_and_its_row_parted_by_the_page_break() -> None:
    """en_j01: "Criterio" / "nType" / "Observation", repeated on page 4 inside row 7's area ("... are not linked to" /
    header / "benchmarks.")."""
    label = _label("heldout10", "en_j01")
    read = {
        (f.criterion_code, f.finding_type, " ".join(f.text.split()))
        for f in document_facts("heldout10", "en_j01", "libreoffice").findings
    }
    assert read == {(f["criterion"], f["finding_type"], " ".join(f["text"].split())) for f in label["findings"]}


def test_a_score_header_whose_word_a_narrow_cell_broke() -> None:
    """en_f01: "Criterion Weight Achievemen" / "t" / "Weighted" / "score" over "1. Purpose, Vision & Strategy 10% 55% 55"."""
    scores = {(s.criterion_code, float(s.points)) for s in document_facts("heldout6", "en_f01", "libreoffice").scores}
    assert scores == {(s["criterion"], float(s["points"])) for s in _label("heldout6", "en_f01")["scores"]}


def test_a_score_row_whose_number_stands_alone_above_its_wrapped_name_and_cells() -> None:
    """fa_d01 (fourth batch): "۲" / "خط‌مشی و" / "راهبرد" / "۳۸ ۸۰ ۴۸٪", the narrow number cell on a line of its own."""
    scores = {(s.criterion_code, float(s.points)) for s in document_facts("heldout4", "fa_d01", "libreoffice").scores}
    assert scores == {(s["criterion"], float(s["points"])) for s in _label("heldout4", "fa_d01")["scores"]}
