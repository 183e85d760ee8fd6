"""Facts of a blind batch's document as a user's run reads them: its rendered PDF, with the organization and
date its manifest row would give. Written once for every test that asserts what a writer's page yields."""

from __future__ import annotations

import datetime
import json
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
    inputs = [PageInput(p.page_number, p.text, p.language) for p in pages]
    return extract_document(inputs, title, label.get("manifest_organization"), published)


def recognitions_read(batch: str, doc_id: str) -> frozenset[tuple]:
    """(organization, scheme, stars, year) of each recognition read from the Chromium PDF."""
    return frozenset((r.organization, r.scheme, r.stars, r.year) for r in document_facts(batch, doc_id).recognitions)
