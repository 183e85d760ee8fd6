"""A programme's count of units listed before the name of what they belong to ("۲۶ سازمان، منطقه و شرکت تابعه
شهرداری تیرگان ارزیابی شدند", tests/heldout17 dev fa_v10): the name closes the counted list, so the count, and the
assessors of the same programme, are the organization the units belong to, not the last unit kind named."""

from __future__ import annotations

import datetime

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput
from tests.rendered import document_facts


def test_a_persian_list_of_unit_kinds_of_a_municipality():
    found = {(m.organization, m.metric_code, m.value) for m in document_facts("heldout17", "fa_v10").metrics}
    city = "شهرداری تیرگان"
    assert {(city, "organizations_assessed", 26), (city, "assessors", 74)} <= found
    assert not any(org.startswith("شرکت تابعه") for org, _, _ in found)
    text = "در این دوره، ۱۸ سازمان، ناحیه و شرکت وابسته شهرداری کرانه‌شهر ارزیابی شدند و ۴۰ ارزیاب در ارزیابی‌ها شرکت داشتند."
    facts = extract_document([PageInput(1, text, "fa", [])], None, None, datetime.date(2025, 3, 1))
    assert {(m.organization, m.metric_code, m.value) for m in facts.metrics} >= {
        ("شهرداری کرانه‌شهر", "organizations_assessed", 18)
    }
