"""Reports of the held-out dev splits as other printers lay them out: a findings table whose reference
cell wrapped over lines of its own ("C1-" / "AFI01" / "1 AFI ..." from WeasyPrint) keeps each row's
criterion; the same findings and scores come out as from Chromium."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.reports import read_report
from exbench.reading import read_document

HERE = Path(__file__).resolve().parent


def _findings(batch: str, producer: str, doc: str) -> tuple[list[tuple[str | None, str]], list[tuple[str | None, str]]]:
    """(criterion, kind) of the findings read from the printed document, and those of its label."""
    _title, pages = read_document(HERE / batch / producer / f"{doc}.pdf", "application/pdf", ocr=False)
    label = json.loads((HERE / batch / "labels" / f"{doc}.json").read_text(encoding="utf-8"))
    inputs = [PageInput(p.page_number, p.text, p.language) for p in pages]
    findings, _scores = read_report(inputs, DocumentContext(label["language"], "Örnek", 2025, None))
    got = sorted(((f.criterion_code, f.finding_type) for f in findings), key=str)
    return got, sorted(((f["criterion"], f["finding_type"]) for f in label["findings"]), key=str)


@pytest.mark.parametrize("producer", ["pdf-chromium", "pdf-weasyprint"])
def test_a_findings_table_whose_reference_cell_wrapped_keeps_the_rows_criteria(producer):
    got, expected = _findings("heldout5", producer, "en_e09")
    assert got == expected
    assert all(criterion for criterion, _ in got)
