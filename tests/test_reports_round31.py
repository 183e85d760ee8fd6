"""Round 31 of the reports and the tables of counts, on real Chromium PDFs of dev halves: findings in layouts the
reader missed (a kind column after the finding with codes "C1-01", a heading counting its items "(۶ مورد)" over
items closed by "[بخش ۱.۱]", a findings table a page break cuts, the report's own paragraph numbers before a
bracketed criterion "5.1 (Kriter 1)", "زیرمعیار ۱-۳:" leads), and the owners of a table's rows named short
("TVWS", "Networks" of a group's companies, "منطقه ۳" for "شهرداری منطقه ۳")."""

from __future__ import annotations

import json
import re

import pytest

from exbench.extraction.organizations import find_organizations
from tests.rendered import TESTS, document_facts, finding_groups


def _label(batch: str, doc_id: str) -> dict:
    return json.loads((TESTS / batch / "labels" / f"{doc_id}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("batch", "doc_id"),
    [
        ("heldout27", "en_ab19"),  # Ref | Assessor comment | S / AFI, codes "C1-01", the kind cell on the next line
        ("heldout27", "fa_ab19"),  # "نقاط قوت کلیدی( ۶ مورد)", "1. ق ۱: ... [بخش ۱.۱]", "[بخش" / "۴.۴[" over two lines
        ("heldout27", "en_ab18"),  # a strengths | areas table whose last row a page break cuts
        ("heldout27", "tr_ab18"),  # a criterion | part | kind | finding table going on over a page with no header
        ("heldout29", "tr_ad22"),  # "5.1 (Kriter 1) ...": the report's paragraph numbers, then the criterion
        ("heldout29", "fa_ad21"),  # "1. زیرمعیار ۱-۳: ...", and "۵- جمع‌بندی" closing the last finding
        ("heldout29", "fa_ad05"),  # "۱-الف ..." opening each finding, "۵. توصیه‌های تیم ارزیابی" closing them
        ("heldout29", "en_ad22"),  # "Concluding remarks" after the last finding
    ],
)
def test_every_finding_of_the_report_is_read_under_its_criterion_and_kind(batch: str, doc_id: str) -> None:
    label = _label(batch, doc_id)
    read = document_facts(batch, doc_id).findings
    assert finding_groups(read) == finding_groups(label["findings"])
    # no finding keeps the code or the lead that opened or closed it
    assert not [f.text for f in read if re.match(r"\w?\d{1,2}[.\-]\S|زیرمعیار|\(Kriter", f.text) or "[بخش" in f.text]


def test_a_score_table_whose_max_header_a_printer_glued_gives_every_criterion_s_points() -> None:
    label = _label("heldout29", "fa_ad21")
    read = {(s.criterion_code, s.points) for s in document_facts("heldout29", "fa_ad21").scores}
    assert read == {(s["criterion"], float(s["points"])) for s in label["scores"]}


def test_rows_of_a_groups_table_named_short_are_its_companies() -> None:
    owners = {(m.organization, m.metric_code, m.value) for m in document_facts("heldout27", "en_ab11").metrics}
    # "TVWS" is the short name the report gives in brackets after a name it wrapped over two lines of a narrow column
    assert ("Tamsey Valley Water Services Ltd", "strengths", 28) in owners
    # "Networks" leaves out the family word the group and its companies share
    assert ("Tamsey Networks Ltd.", "improvement_areas", 26) in owners
    assert not [o for o in owners if o[0] == "Tamsey Valley Water Group plc" and o[2] in (28, 22)]


def test_district_rows_are_the_districts_the_page_names_in_full() -> None:
    owners = {(m.organization, m.metric_code, m.value) for m in document_facts("heldout27", "fa_ab11").metrics}
    assert ("شهرداری منطقه ۳", "strengths", 38) in owners
    assert ("شهرداری منطقه ۱", "improvement_areas", 31) in owners
    assert ("سازمان آتش‌نشانی و خدمات ایمنی شهرداری سپیدرود", "strengths", 35) in owners


def test_a_district_s_name_ends_before_a_conjunction_or_a_quote() -> None:
    text = "شهرداری منطقه ۱ و سازمان آتش‌نشانی شهرداری سپیدرود« ۳ ستاره»، شهرداری منطقه ۶« لوح تقدیر» گرفتند."
    names = [m.canonical for m in find_organizations(text, "fa")]
    assert "شهرداری منطقه ۱" in names
    assert "شهرداری منطقه ۶" in names
    assert not [n for n in names if n.endswith(" و")]
    # a city after the district's number stays its parent's name
    assert [m.parent for m in find_organizations("شهرداری منطقه ۴ آبیاران برگزیده شد.", "fa")] == ["شهرداری آبیاران"]


@pytest.mark.parametrize("doc_id", ["tr_ad21", "tr_ad05"])
def test_a_bulleted_finding_whose_code_opens_a_wrapped_line_is_no_heading_in_libreoffice_s_print(doc_id: str) -> None:
    # "• 1.4 Stratejik hedefler ... ve" / "hedef kartlarına ...": the line goes on, so it is a finding, not item 1.4's title
    label = _label("heldout29", doc_id)
    assert finding_groups(document_facts("heldout29", doc_id, "libreoffice").findings) == finding_groups(label["findings"])


def test_a_row_of_side_by_side_cells_a_page_break_parts_is_put_together_again() -> None:
    # LibreOffice glues each cell's code to its text ("1.5There is ...") and the left cell's last word goes over
    # the page ("outcomes."): the right cell is the one its own code opens
    label = _label("heldout29", "en_ad05")
    read = finding_groups(document_facts("heldout29", "en_ad05", "libreoffice").findings)
    assert read[("1", "strength")] == finding_groups(label["findings"])[("1", "strength")] == 2
    assert read[("1", "improvement_area")] == 1
