"""A report's findings read from its tables' cells: the kind a column's header gives, the criterion its row's cell,
its item code or the heading above the table gives, and the page's own words as evidence (heldout13 dev)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput
from exbench.reading import read_document

BATCH = Path(__file__).resolve().parent / "heldout13"


def _read(doc_id: str, printer: str = "chromium") -> tuple[dict, list, list[PageInput]]:
    if printer == "html":
        _title, pages = read_document(BATCH / "docs" / f"{doc_id}.html", "text/html")
    else:
        _title, pages = read_document(BATCH / f"pdf-{printer}" / f"{doc_id}.pdf", "application/pdf", ocr=False)
    inputs = [PageInput(p.page_number, p.text, p.language, p.tables) for p in pages]
    facts = extract_document(inputs, title=None, organization=None, published_on=None, cycle_year=None)
    label = json.loads((BATCH / "labels" / f"{doc_id}.json").read_text(encoding="utf-8"))
    return label, facts.findings, inputs


def _opening(text: str) -> str:
    """A finding's opening words as the evaluation matches them: a bullet is no word, and a mark over a letter
    (tanwin) may be stored before or after its letter."""
    return re.sub("[\u064b-\u065f]", "", text.lstrip("• "))[:36]


def _keys(findings: list) -> set[tuple[str, str, str]]:
    return {
        (f["criterion"], f["finding_type"], _opening(f["text"]))
        if isinstance(f, dict)
        else (f.criterion_code, f.finding_type, _opening(f.text))
        for f in findings
    }


def test_a_side_by_side_table_gives_each_column_its_kind_and_each_table_its_criterions_heading():
    """tr_m09: 'Güçlü Yanlar | Geliştirmeye Açık Alanlar' under each 'Kriter N' heading; the page text gives a row's
    two cells one after the other, so the areas were read as strengths. Criteria 6 and 7 give no item codes: the
    heading above each table does."""
    label, findings, _pages = _read("tr_m09")
    assert _keys(findings) == _keys(label["findings"])
    assert ("7", "improvement_area", _opening("Enerji tüketimi ve karbon ayak izi sonuçlarında")) in _keys(findings)


def test_a_criterion_column_continuing_over_a_page_break_keeps_its_header():
    """fa_m01: 'معیار | نقاط قوت | زمینه‌های قابل بهبود'; the rows of criteria 6 to 9 stand on the next page without
    the header, and criterion 7's area cell is a dash (no finding)."""
    label, findings, _pages = _read("fa_m01")
    read = {(f.criterion_code, f.finding_type) for f in findings}
    assert read == {(f["criterion"], f["finding_type"]) for f in label["findings"]}
    assert sum(f.criterion_code == "7" for f in findings) == 1
    assert ("1", "strength", _opening(label["findings"][0]["text"])) in _keys(findings)


@pytest.mark.parametrize("doc_id", ["tr_m09", "fa_m01"])
def test_a_table_findings_evidence_is_words_on_its_page(doc_id):
    """The warehouse keeps a fact only when its quoted words stand on the page it cites."""
    _label, findings, pages = _read(doc_id)
    texts = {page.page_number: page.text for page in pages}
    assert findings and all(f.evidence.quote and f.evidence.quote in texts[f.evidence.page] for f in findings)


def test_an_html_pages_side_by_side_tables_give_the_same_findings():
    """tr_m09 as a web page: its tables come from the DOM, with the same findings as its PDF."""
    label, findings, _pages = _read("tr_m09", "html")
    assert _keys(findings) == _keys(label["findings"])


@pytest.mark.parametrize(("batch", "doc_id"), [("heldout13", "tr_m09"), ("heldout10", "fa_j01"), ("heldout4", "en_d10")])
def test_a_score_tables_rows_give_each_criterions_points_whatever_its_columns_order(batch, doc_id):
    """'Kriter | Ağırlık (puan) | Değerlendirme Puanı | Oran (%)', 'ردیف | معیار | امتیاز مجاز | رویکرد | ... | امتیاز
    کسب شده', '% of maximum | Points | Weight | Criterion': read from the cells alone, each criterion's points are the
    label's, and the total row gives none; a row naming its criterion by a name the lexicon lacks gives none (fa_j01's
    'نتایج کلیدی کسب‌وکار'), never a guess from its row number."""
    from exbench.extraction.model import DocumentContext
    from exbench.extraction.report_table_scores import with_table_scores

    folder = Path(__file__).resolve().parent / batch
    _title, pages = read_document(folder / "pdf-chromium" / f"{doc_id}.pdf", "application/pdf", ocr=False)
    inputs = [PageInput(p.page_number, p.text, p.language, p.tables) for p in pages]
    label = json.loads((folder / "labels" / f"{doc_id}.json").read_text(encoding="utf-8"))
    scores = with_table_scores(inputs, DocumentContext(label["language"], "Örnek", None, None), [], True)
    wanted = {(s["criterion"], float(s["points"])) for s in label["scores"] if s["criterion"] and s["criterion"].isdigit()}
    read = {(s.criterion_code, s.points) for s in scores}
    assert read <= wanted and len(read) >= len(wanted) - 1


def _findings_of(batch: str, doc_id: str) -> tuple[dict, list]:
    folder = Path(__file__).resolve().parent / batch
    _title, pages = read_document(folder / "pdf-chromium" / f"{doc_id}.pdf", "application/pdf", ocr=False)
    inputs = [PageInput(p.page_number, p.text, p.language, p.tables) for p in pages]
    facts = extract_document(inputs, title=None, organization=None, published_on=None, cycle_year=None)
    return json.loads((folder / "labels" / f"{doc_id}.json").read_text(encoding="utf-8")), facts.findings


def test_a_tables_heading_numbered_as_a_section_names_its_criterion_by_the_models_name():
    """heldout4 tr_d01: '3.1 Amaç, Vizyon ve Strateji' over a 'Güçlü Alanlar | Gelişmeye Açık Alanlar' table is
    criterion 1 of the report's section 3, not criterion 3."""
    label, findings = _findings_of("heldout4", "tr_d01")
    assert _keys(findings) == _keys(label["findings"])


def test_a_row_spanning_the_table_heads_the_rows_under_it():
    """heldout10 fa_j01: 'زیرمعیار | نقاط قوت | زمینه‌های بهبود' with 'معیار ۴: شراکت‌ها و منابع' across the table
    before its rows: those rows are criterion 4's, and the spanning row is no finding; a finding whose text line the
    page text broke ('... عمدتاً' / 'به افراد متکی ...') reads whole from its cell."""
    label, findings = _findings_of("heldout10", "fa_j01")
    assert _keys(findings) == _keys(label["findings"])
    assert not any(f.text.startswith("معیار") for f in findings)


def _findings_printed(batch: str, doc_id: str, printer: str) -> tuple[dict, list]:
    folder = Path(__file__).resolve().parent / batch
    _title, pages = read_document(folder / f"pdf-{printer}" / f"{doc_id}.pdf", "application/pdf", ocr=False)
    inputs = [PageInput(p.page_number, p.text, p.language, p.tables) for p in pages]
    facts = extract_document(inputs, title=None, organization=None, published_on=None, cycle_year=None)
    return json.loads((folder / "labels" / f"{doc_id}.json").read_text(encoding="utf-8")), facts.findings


def test_a_ditto_mark_in_the_criterion_column_repeats_the_row_above():
    """heldout9 tr_i09 (WeasyPrint): the table's part on page 3 opens with '7. Stratejik ve Operasyonel Performans'
    and its next rows' criterion cells are '〃': they are criterion 7's, not the criterion the part before ended under."""
    label, findings = _findings_printed("heldout9", "tr_i09", "weasyprint")
    assert {k for k in _keys(findings) if k[0] == "7"} == {k for k in _keys(label["findings"]) if k[0] == "7"}


def test_a_tables_header_alone_before_a_page_break_takes_the_heading_above_it():
    """heldout4 tr_d01 (WeasyPrint): 'Kriter 7' and its table's header end page 2, its rows open page 3: they are
    criterion 7's, not the criterion of the table before."""
    label, findings = _findings_printed("heldout4", "tr_d01", "weasyprint")
    assert {k for k in _keys(findings) if k[0] in ("6", "7")} == {k for k in _keys(label["findings"]) if k[0] in ("6", "7")}
