"""Feedback reports of the fifteenth held-out batch (dev split), printed by Chromium: numbered paragraphs
whose label in brackets gives the sub-criterion and the kind ("1. [1.1 – Strength] ..."), and each
criterion's score stated in a sentence under its findings without its number ("Kriterden 100 puan
üzerinden 52 puan alınmıştır.", "Takımın bu kritere verdiği puan 48’dir (azami 100).", "Kriterden alınan
puan 35’tir."), which is the criterion's score and no finding."""

from __future__ import annotations

from tests.rendered import document_facts, finding_rows, report_findings_read


def test_a_label_in_brackets_after_its_sub_criterion_gives_kind_and_criterion() -> None:
    """en_t10: "9. [4.2 – Area for improvement] The Service could not show ...": all 17 paragraphs."""
    label, findings = report_findings_read("heldout15", "en_t10", 2025)
    assert finding_rows(findings) == finding_rows(label["findings"])


def test_a_criterion_score_sentence_under_its_cells_is_its_score_and_no_finding() -> None:
    """tr_t10: side-by-side strengths | areas cells, each criterion's points in a sentence below them, worded
    nine ways; each is its criterion's score and no finding ("puan 48’dir (azami 100)": its suffixed points too)."""
    facts = document_facts("heldout15", "tr_t10")
    assert [f.text for f in facts.findings if " puan " in f.text or "puanı" in f.text] == []
    assert {(s.criterion_code, s.points) for s in facts.scores if s.criterion_code} == {
        ("1", 52.0),
        ("2", 48.0),
        ("3", 45.0),
        ("4", 50.0),
        ("5", 55.0),
        ("6", 60.0),
        ("7", 35.0),
        ("8", 30.0),
        ("9", 63.0),
    }


def test_a_this_criterion_score_sentence_is_no_finding() -> None:
    """fa_t10: "تیم ارزیابی به این معیار ۵۲ امتیاز( از ۱۰۰) داد." after criterion 2's last finding."""
    facts = document_facts("heldout15", "fa_t10")
    assert not [f.text for f in facts.findings if "امتیاز" in f.text and "این معیار" in f.text]
    assert ("2", 52.0) in {(s.criterion_code, s.points) for s in facts.scores}


def test_a_matrix_row_coded_by_a_lettered_sub_criterion_is_of_its_criterion() -> None:
    """fa_t09 printed by LibreOffice: "۱-الف رهبری" alone on its line above the row's cells; each finding is of
    criterion 1, its item 1a, as the Chromium print gives them."""
    label = {(f["criterion"], f["finding_type"]) for f in finding_rows_label("fa_t09")}
    read = {(f.criterion_code, f.finding_type) for f in document_facts("heldout15", "fa_t09", "libreoffice").findings}
    assert read <= label
    assert {f.criterion_code for f in document_facts("heldout15", "fa_t09", "libreoffice").findings} == set("123456789")


def test_a_running_number_glued_to_its_finding_and_a_closing_sub_criterion_code_are_no_part_of_it() -> None:
    """fa_t01 printed by LibreOffice: "1.اهداف راهبردی ... ارتباط روشنی ندارد . (زیرمعیار ۲-د)"."""
    findings = document_facts("heldout15", "fa_t01", "libreoffice").findings
    assert findings
    assert not [f.text for f in findings if f.text[:1].isdigit() or "زیرمعیار" in f.text]


def finding_rows_label(doc_id: str) -> list[dict]:
    """The labelled findings of a heldout15 report."""
    import json

    from tests.rendered import TESTS

    return json.loads((TESTS / "heldout15" / "labels" / f"{doc_id}.json").read_text(encoding="utf-8"))["findings"]
