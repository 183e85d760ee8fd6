"""Findings in layouts a writer outside the team used: a running number before a kind label in brackets
("7. [Strength] ...", "۲. [زمینه قابل بهبود – معیار ۱] ..."), a code | type | finding table whose code holds
the item ("S-3.2-01"), a narrow type cell whose word a printer broke without a hyphen ("improveme" / "nt"),
and a table cell that says a kind has no finding ("No area for improvement recorded.")."""

from __future__ import annotations

import json
from pathlib import Path

from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.report_labels import chrome, finding_label
from exbench.extraction.report_lexicon import line_key
from exbench.extraction.report_marks import legend_marks
from exbench.extraction.report_table_merge import with_table_findings
from exbench.extraction.report_table_scores import with_table_scores
from exbench.extraction.reports import read_report
from exbench.extraction.score_statements import statements
from tests.rendered import document_facts, finding_rows, report_findings_read

_SCORES = (
    "Assessment Feedback Report\n"
    "Riverside Borough Council · EFQM Model 2020 · Assessment year 2024\n"
    "Score profile\n"
    "Criterion Points Maximum\n"
    "1. Purpose, Vision & Strategy 62 100\n"
    "2. Organisational Culture & Leadership 58 100\n"
    "3. Engaging Stakeholders 55 100\n"
    "Total 175 300\n"
)

EN_BRACKETED = (
    "Assessment Feedback Report\n"
    "Riverside Borough Council · EFQM Model 2020 · Assessment year 2024\n"
    "Findings\n"
    "Criterion 1 – Purpose, Vision & Strategy\n"
    "1. [Strength] The Council's vision is co-designed with residents and reviewed every year by the cabinet.\n"
    "2. [Area for improvement] Strategic risks are not linked to the indicators used to monitor the\n"
    "corporate plan.\n"
    "Criterion 2 – Organisational Culture & Leadership\n"
    "3. [Strength] Leaders hold monthly open forums with front-line staff and act on the issues raised.\n"
    "4. (Area for Improvement) The effectiveness of the leadership programme is not evaluated.\n"
)

EN_CODED = _SCORES + (
    "Findings\n"
    "Code Type Finding\n"
    "S-1.2-01 Strength The Council's vision is co-designed with residents and reviewed every year by the\n"
    "cabinet.\n"
    "A-1.3-01 Area for improvement Strategic risks are not linked to the indicators used to monitor the plan.\n"
    "S-3.2-01 Strength Resident panels review service changes before they are introduced.\n"
)

EN_BROKEN_TYPE = (
    "EFQM · Recognised by EFQM Assessment Report 2023 · EFQM Model (2020)\n"
    "Findings\n"
    "# Criterion Type Finding\n"
    "1\n"
    "1. Purpose, Vision &\n"
    "Strategy Strength\n"
    "The water resilience strategy is co-designed with local authorities and farmers' groups.\n"
    "2\n"
    "1. Purpose, Vision &\n"
    "Strategy\n"
    "Area for\n"
    "improveme\n"
    "nt\n"
    "Scenario planning for extreme drought is not yet\n"
    "reflected in the capital investment priorities.\n"
    "3\n"
    "2. Organisational\n"
    "Culture &\n"
    "Leadership\n"
    "Area for\n"
    "improveme\n"
    "nt\n"
    "The culture survey shows lower engagement in the field teams.\n"
    "4\n"
    "3. Engaging\n"
    "Stakeholders Strength\n"
    "Customer panels in each region review service changes before they are introduced.\n"
    "Annex A – Score profile\n"
    "Criterion Points obtained Maximum points\n"
    "1. Purpose, Vision & Strategy 71 100\n"
    "2. Organisational Culture & Leadership 70 100\n"
    "3. Engaging Stakeholders 66 100\n"
)


def _read(text: str, language: str = "en") -> set[tuple]:
    findings, _scores = read_report([PageInput(1, text, language)], DocumentContext(language, "Örnek", 2024, None))
    return {(f.criterion_code, f.finding_type, f.text) for f in findings}


def test_a_kind_label_in_brackets_after_a_running_number_opens_a_finding_of_that_kind() -> None:
    read = _read(EN_BRACKETED)
    assert (
        "1",
        "improvement_area",
        "Strategic risks are not linked to the indicators used to monitor the corporate plan.",
    ) in read
    assert ("2", "improvement_area", "The effectiveness of the leadership programme is not evaluated.") in read
    assert {(c, k) for c, k, _ in read} == {
        ("1", "strength"),
        ("1", "improvement_area"),
        ("2", "strength"),
        ("2", "improvement_area"),
    }


def test_a_bracketed_label_names_the_finding_s_criterion_after_a_dash() -> None:
    found = finding_label(line_key("۲. [زمینه قابل بهبود – معیار ۱] اثربخشی سبک رهبری ارزیابی نمی‌شود."), "")
    assert found and found[0] == "improvement_area" and found[1].group("bcrit") == "1"
    found = finding_label(line_key("3. (Güçlü yön) Saha ekipleri önerilerini iletebilmektedir."), "")
    assert found and found[0] == "strength" and found[1].group("text").startswith("saha")
    assert finding_label(line_key("(Güçlü yönler ve gelişime açık alanlar) aşağıdadır."), "") is None  # both kinds


def test_the_dev_reports_numbering_bracketed_labels_read_every_finding() -> None:
    """tr_z10 and fa_z09 (heldout21 dev): "2. (Gelişime açık alan) ...", "۲. [زمینه قابل بهبود – معیار ۱] ..."."""
    for doc, year in (("tr_z10", 2024), ("fa_z09", 2023)):
        label, _findings = report_findings_read("heldout21", doc, year)
        facts = document_facts("heldout21", doc)
        assert finding_rows(facts.findings) == finding_rows(label["findings"]), doc


def test_a_code_holding_the_item_gives_the_row_s_criterion_in_text() -> None:
    read = _read(EN_CODED)
    assert {(c, k) for c, k, _ in read} == {("1", "strength"), ("1", "improvement_area"), ("3", "strength")}
    assert ("1", "strength", "The Council's vision is co-designed with residents and reviewed every year by the cabinet.") in read


def test_a_code_cell_holding_the_item_gives_the_row_s_criterion_in_a_table() -> None:
    table = (
        ("Code", "Type", "Finding"),
        ("S-1.2-01", "Strength", "The Council's vision is co-designed with residents and reviewed every year."),
        ("A-1.3-01", "Area for improvement", "Strategic risks are not linked to the indicators used to monitor the plan."),
        ("S-3.2-01", "Strength", "Resident panels review service changes before they are introduced."),
    )
    page = PageInput(1, EN_CODED, "en", (table,))
    found = with_table_findings([page], DocumentContext("en", "Örnek", 2024, None), [])
    assert [(f.criterion_code, f.finding_type) for f in found] == [
        ("1", "strength"),
        ("1", "improvement_area"),
        ("3", "strength"),
    ]


def test_a_table_cell_saying_a_kind_has_no_finding_is_none() -> None:
    table = (
        ("Strengths", "Areas for Improvement"),
        (
            "Friends and Family Test scores have exceeded 95% positive in each of the last three years.",
            "No area for improvement recorded.",
        ),
    )
    text = "Criterion 6: Customer Results\n" + "\n".join(" ".join(row) for row in table)
    found = with_table_findings([PageInput(1, text, "en", (table,))], DocumentContext("en", "Örnek", 2024, None), [])
    assert [(f.criterion_code, f.finding_type) for f in found] == [("6", "strength")]


def test_a_type_cell_broken_inside_its_word_still_gives_the_row_s_kind() -> None:
    read = _read(EN_BROKEN_TYPE)
    assert (
        "1",
        "improvement_area",
        "Scenario planning for extreme drought is not yet reflected in the capital investment priorities.",
    ) in read
    assert ("2", "improvement_area", "The culture survey shows lower engagement in the field teams.") in read
    assert {k for _c, k, _t in read} == {"strength", "improvement_area"}


def test_the_dev_report_printed_with_broken_type_cells_reads_every_finding() -> None:
    """en_z12 (heldout21 dev) as LibreOffice prints it: "Area for" / "improveme" / "nt" in the type column."""
    label, _findings = report_findings_read("heldout21", "en_z12", 2023)
    facts = document_facts("heldout21", "en_z12", "libreoffice")
    assert finding_rows(facts.findings) == finding_rows(label["findings"])


def test_a_score_table_s_category_subtotal_rows_give_the_criteria_s_points() -> None:
    """ "Category 4 subtotal: ..." rows close each category's items: their cells are the categories' points, also
    where the page text ran a wrapped item's name over lines and the text rules lost the rows after it."""
    table = (
        ("Item", "Points available", "Score (%)", "Points awarded"),
        ("1.1 Senior Leadership", "70", "55%", "38"),
        ("1.2 Governance and Societal Contributions", "50", "50%", "25"),
        ("Category 1 subtotal: Leadership", "120", "", "63"),
        ("4.1 Measurement, Analysis, and Improvement of Organizational Performance", "45", "40%", "18"),
        ("4.2 Information and Knowledge Management", "45", "45%", "20"),
        ("Category 4 subtotal: Measurement, Analysis, and Knowledge Management", "90", "", "38"),
        ("TOTAL", "1,000", "", "423"),
    )
    text = "Baldrige Excellence Framework\n" + "\n".join(" ".join(row) for row in table)
    page = PageInput(1, text, "en", (table,))
    scores = with_table_scores([page], DocumentContext("en", "Örnek", 2024, None), [], True)
    assert {(s.criterion_code, s.points) for s in scores} == {("1", 63.0), ("4", 38.0)}


def test_a_criterion_s_weight_stated_before_its_points_is_its_scale() -> None:
    key = line_key("Criterion 4, Creating Sustainable Value, carries 200 points; the Service achieved 92.")
    assert [(row.criterion, row.points, row.max_points) for row in statements(key)] == [("4", 92.0, 200.0)]


def test_the_dev_reports_with_subtotal_rows_and_weights_in_prose_read_every_score() -> None:
    """en_z09 and en_z10 (heldout21 dev): "Category 5 subtotal: Workforce 85 38"; "carries 200 points; ... achieved 92"."""
    for doc in ("en_z09", "en_z10"):
        label = json.loads((Path(__file__).parent / "heldout21" / "labels" / f"{doc}.json").read_text(encoding="utf-8"))
        read = {(s.criterion_code, s.points) for s in document_facts("heldout21", doc).scores}
        assert read == {(s["criterion"], float(s["points"])) for s in label["scores"]}, doc


def test_a_note_after_the_last_finding_is_no_part_of_it_nor_a_finding() -> None:
    text = (
        "ELoGE Assessment Report\n"
        "Principle 11 – Human Rights, Cultural Diversity and Social Cohesion\n"
        "Strength: Council documents for residents are routinely translated into four community languages.\n"
        "Principle 12 – Accountability\n"
        "Area for development: Responses to petitions are not tracked to completion.\n"
        "Area for development: The annual report does not explain how citizen survey results were used.\n"
        "Note: liabilities of the water company are referred to under Principle 10 and are\n"
        "reported separately.\n"
    )
    read = _read(text)
    assert ("12", "improvement_area", "The annual report does not explain how citizen survey results were used.") in read
    assert not any("liabilities" in t or "reported separately" in t for _c, _k, t in read)


def test_the_dev_report_closing_on_a_note_reads_its_last_finding_whole() -> None:
    """en_l10 (heldout12 dev): "Note: liabilities of ... are referred to under Principle 10." after the last finding."""
    label, _findings = report_findings_read("heldout12", "en_l10", 2024)
    assert finding_rows(document_facts("heldout12", "en_l10").findings) == finding_rows(label["findings"])


def test_a_line_closing_on_a_contact_word_and_a_phone_number_is_a_footer() -> None:
    assert chrome(line_key("Feedback report prepared for Halloran Bay Community Hospital. Switchboard 01632 960 000."))
    assert chrome(line_key("KalDer · İstanbul · Tel: +90 216 000 00 00"))
    assert not chrome(line_key("Call-handling times fell from 120 to 45 seconds between 2023 and 2024."))
    assert not chrome(line_key("The 999 service answers 98% of calls within 10 seconds."))


def test_a_lead_clause_under_a_criterion_heading_is_no_part_of_the_finding() -> None:
    """en_q10 (heldout22 dev): "The assessors noted that X", "An opportunity remains in that X", "They also found
    room to improve, as X" under "Criterion N – ..." headings: X is the finding, its kind its grammar's."""
    label, _findings = report_findings_read("heldout22", "en_q10", 2025)
    read = finding_rows(document_facts("heldout22", "en_q10").findings)
    assert finding_rows(label["findings"]) <= read


def test_kinds_letters_in_brackets_after_running_numbers_are_the_report_s_marks() -> None:
    keys = [
        line_key(t)
        for t in ("1. (S) Senior leaders round daily.", "2. (OFI) It is not clear how.", "3. (S) A plan.", "4. (OFI) No data.")
    ]
    assert legend_marks(keys) == {"s": "strength", "ofi": "improvement_area"}
    enumerated = [line_key(f"({letter}) An item of a list.") for letter in "abcdefghijklmnopqrs"]
    assert legend_marks(enumerated) == {}  # an enumeration uses each letter once


def test_the_dev_report_numbering_findings_with_bracketed_kind_letters_reads_every_finding() -> None:
    """en_q09 (heldout22 dev): "1. (S) Senior leaders ...", "2. (OFI) It is not clear ..." under items."""
    label, _findings = report_findings_read("heldout22", "en_q09", 2023)
    assert finding_rows(document_facts("heldout22", "en_q09").findings) == finding_rows(label["findings"])
