"""Feedback reports of the eleventh held-out batch (dev split), printed: Persian criterion headings numbered
with a dash ("۳-۱. معیار ۱: ...", "۳-۲ معیار خط‌مشی و استراتژی"), ELoGE's principles as criteria ("3.1 İlke 1:
..."), and findings written as running sentences
that name their criterion inline ("Under criterion 3, ...", "Kriter 4 kapsamında ...", "در معیار ۵ ..."),
a paragraph per criterion, with no findings heading, label or mark."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.rendered import finding_groups, report_findings_read

TESTS = Path(__file__).resolve().parent


def _read(doc_id: str) -> tuple[dict, list]:
    return report_findings_read("heldout11", doc_id, 2024)


@pytest.mark.parametrize(
    "doc_id",
    [
        "fa_k01",  # "۳-۱. معیار ۱: هدف، چشم‌انداز و استراتژی" / "نقاط قوت" / "زمینه‌های قابل بهبود"
        "tr_k02",  # ELoGE's principles as its criteria: "3.1 İlke 1: Adil seçimler, temsil ve katılım"
        "en_k09",  # "Under criterion 1, ..." / a paragraph naming none between criteria 3 and 5 is criterion 4's
        "en_k10",  # "3.1 Category 1 – Leadership" / unmarked sentences; "Item 2.2 raised one opportunity ..." no finding
        "tr_k09",  # "Kriter 1 kapsamında, ..."; "Kriter 7'de ekip şu tespitlerde bulunmuştur: X"
    ],
)
def test_every_finding_with_its_criterion_and_kind(doc_id):
    label, findings = _read(doc_id)
    assert finding_groups(findings) == finding_groups(label["findings"])


def test_a_lead_that_announces_the_finding_is_no_part_of_it():
    """ "Ekip ayrıca şunu not etmiştir: araç ..." and "Assessors also noted under criterion 5 that digital ...": the
    finding is what follows the lead, of the criterion the lead names; a negated verbal noun states a lack."""
    _label, findings = _read("tr_k09")
    found = {f.text.split()[0]: (f.criterion_code, f.finding_type) for f in findings}
    assert found["araç"] == ("4", "improvement_area")
    assert found["Müdahale"] == ("7", "strength")
    _label, findings = _read("en_k09")
    assert ("5", "improvement_area") in {(f.criterion_code, f.finding_type) for f in findings if f.text.startswith("digital")}


def test_a_paragraph_naming_two_criteria_gives_its_unnamed_sentences_none():
    """ "در معیار ۱، ... . فرماندهان ایستگاه‌ها ... . در معیار ۲ ...": the middle sentence could be either's."""
    _label, findings = _read("fa_k09")
    assert not [f for f in findings if f.text.startswith("فرماندهان")]
    assert ("1", "strength") in {(f.criterion_code, f.finding_type) for f in findings if f.text.startswith("در معیار ۱")}


def test_criterion_names_a_narrow_cell_wrapped_and_the_dash_of_an_empty_cell():
    """heldout10 en_j10: "1. Purpose, Vision &" / "Strategy" in a Direction | Execution table, and "— + A
    benefits-realisation framework ...": the dash stands for the empty Direction cell, the finding is a strength."""
    label, findings = report_findings_read("heldout10", "en_j10", 2025)
    assert finding_groups(findings) == finding_groups(label["findings"])
    assert ("5", "strength") in {(f.criterion_code, f.finding_type) for f in findings if f.text.startswith("A benefits")}


def test_a_results_paragraph_names_its_criteria_by_their_model_names():
    """ "در نتایج مشتریان، ... . برای نتایج کارکنان، ...": each sentence is of the criterion its lead names."""
    _label, findings = _read("fa_k10")
    found = {f.text.split("،")[0]: f.criterion_code for f in findings}
    assert found["در نتایج مشتریان"] == "6"
    assert found["برای نتایج کارکنان"] == "7"
