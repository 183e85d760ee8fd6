"""An awards page's plan dated after the page is no receipt."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput
from exbench.reading import read_document

HELDOUT19 = Path(__file__).resolve().parent / "heldout19"


def _recognitions(doc_id: str, producer: str = "chromium") -> set[tuple]:
    label = json.loads((HELDOUT19 / "labels" / f"{doc_id}.json").read_text(encoding="utf-8"))
    title, pages = read_document(HELDOUT19 / f"pdf-{producer}" / f"{doc_id}.pdf", "application/pdf", ocr=False)
    facts = extract_document(
        [PageInput(p.page_number, p.text, p.language) for p in pages],
        title,
        published_on=datetime.date.fromisoformat(label["published_on"]),
    )
    return {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}


def test_a_receipt_dated_after_the_page_is_a_plan() -> None:
    found = _recognitions("tr_x01")
    assert found  # the page's receipts are read
    assert not any(year is not None and year > 2025 for *_, year in found)  # "2026 yılında ... almayı planlıyoruz"
