"""Facts of a blind batch's document as a user's run reads them: its rendered PDF, with the organization and
date its manifest row would give. Written once for every test that asserts what a writer's page yields."""

from __future__ import annotations

import datetime
import json
from collections import Counter
from functools import cache
from pathlib import Path

from exbench.extraction.document import extract_document
from exbench.extraction.model import DocumentFacts, PageInput
from exbench.reading import read_document

TESTS = Path(__file__).resolve().parent


@cache
def document_facts(batch: str, doc_id: str, printer: str = "chromium") -> DocumentFacts:
    """The facts of `tests/<batch>`'s document `doc_id` printed by `printer`."""
    folder = TESTS / batch
    label = json.loads((folder / "labels" / f"{doc_id}.json").read_text(encoding="utf-8"))
    title, pages = read_document(folder / f"pdf-{printer}" / f"{doc_id}.pdf", "application/pdf")
    published = datetime.date.fromisoformat(label["published_on"]) if label.get("published_on") else None
    inputs = [PageInput(p.page_number, p.text, p.language, p.tables) for p in pages]
    return extract_document(inputs, title, label.get("manifest_organization"), published)


def recognitions_read(batch: str, doc_id: str) -> frozenset[tuple]:
    """(organization, scheme, stars, year) of each recognition read from the Chromium PDF."""
    return frozenset((r.organization, r.scheme, r.stars, r.year) for r in document_facts(batch, doc_id).recognitions)


def report_findings_read(batch: str, doc_id: str, year: int) -> tuple[dict, list]:
    """The label of `tests/<batch>`'s report `doc_id` and the findings the report reader gives on its Chromium
    PDF (read without OCR, for an assessment of `year`)."""
    from exbench.extraction.model import DocumentContext
    from exbench.extraction.reports import read_report

    folder = TESTS / batch
    _title, pages = read_document(folder / "pdf-chromium" / f"{doc_id}.pdf", "application/pdf", ocr=False)
    label = json.loads((folder / "labels" / f"{doc_id}.json").read_text(encoding="utf-8"))
    inputs = [PageInput(p.page_number, p.text, p.language, p.tables) for p in pages]
    findings, _scores = read_report(inputs, DocumentContext(label["language"], "Örnek", year, None))
    return label, findings


def finding_groups(findings: list) -> Counter:
    """How many findings of each (criterion, kind), for read findings and labelled ones alike."""
    from exbench.extraction.report_facts import Finding

    return Counter(
        (f.criterion_code, f.finding_type) if isinstance(f, Finding) else (f["criterion"], f["finding_type"]) for f in findings
    )


def finding_rows(findings: list) -> set[tuple[str, str, str]]:
    """(criterion, kind, text) of read findings and labelled ones alike, the text's spacing folded and the
    space a printer leaves before a Persian comma ("ها ،") closed up."""
    return {
        (f["criterion"], f["finding_type"], _spaced(f["text"]))
        if isinstance(f, dict)
        else (f.criterion_code, f.finding_type, _spaced(f.text))
        for f in findings
    }


def _spaced(text: str) -> str:
    return " ".join(text.split()).replace(" ،", "،")
