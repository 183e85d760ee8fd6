"""People coached are a pool, not a team (tests/heldout17 dev en_v03: "coaching of 30 internal assessors"); a
programme's site visits told beside its applications are its organizations assessed (en_v09: "received 14
applications, conducted 9 site visits and deployed 61 examiners")."""

from __future__ import annotations

import datetime

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput
from tests.rendered import document_facts


def _sentence(language: str, owner: str, text: str) -> set[tuple]:
    facts = extract_document([PageInput(1, text, language, [])], None, owner, datetime.date(2025, 3, 1))
    return {(m.metric_code, m.value) for m in facts.metrics}


def test_internal_assessors_coached_are_no_count_in_any_language():
    found = {(m.metric_code, m.value) for m in document_facts("heldout17", "en_v03").metrics}
    assert ("assessors_internal", 30) not in found
    assert _sentence("tr", "Ege Belediyesi", "Sözleşme 30 iç değerlendiriciye koçluk desteğini kapsıyor.") == set()
    assert _sentence("fa", "شهرداری کرانه", "این قرارداد شامل کوچینگ ۳۰ ارزیاب داخلی است.") == set()
    council = "Saltmarsh Harbour Authority"
    assert _sentence("en", council, "The self-assessment was carried out by 12 internal assessors.") == {
        ("assessors_internal", 12)
    }


def test_a_programme_s_site_visits_beside_its_applications():
    found = {(m.metric_code, m.value) for m in document_facts("heldout17", "en_v09").metrics}
    assert ("organizations_assessed", 9) in found
    # without applications in the sentence, the visits may be one organization's sites: no count of organizations
    assert _sentence("en", "Oakridge Council", "The team of 5 assessors conducted 3 site visits at the council's depots.") == {
        ("assessors", 5)
    }
