"""Feedback reports of the ninth held-out batch (dev split) and the eighth's, printed: findings led in by a
clause that gives their kind ("Ekip aşağıdaki hususu takdirle not etmiştir: ...", "به نظر تیم، زمینه بهبود آن
است که ..."), findings headings phrased as questions ("What is working well"), a kind column named by the
signs ("Criterion | ± | Comment"), a matrix whose rows name their sub-criterion with a dash for an empty cell
("۱-۱ رهبری ... —", "— — ..."), a bracketed mark the reader spaced ("[ +]"), a criterion cell the rows below
leave empty ("6. Paydaş" / "— + ..."), and a verdict that wraps its finding as a topic ("Ekip, X konusunu ...
takdirle karşılamıştır")."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from exbench.extraction.model import DocumentContext, Evidence, PageInput
from exbench.extraction.report_facts import Finding, placed
from exbench.extraction.report_verdicts import verdict_lead
from exbench.extraction.reports import is_report, read_report
from exbench.language.text import fold
from exbench.reading import read_document

TESTS = Path(__file__).resolve().parent


def _read(batch: str, producer: str, doc_id: str) -> tuple[dict, list[Finding]]:
    _title, pages = read_document(TESTS / batch / producer / f"{doc_id}.pdf", "application/pdf", ocr=False)
    label = json.loads((TESTS / batch / "labels" / f"{doc_id}.json").read_text(encoding="utf-8"))
    inputs = [PageInput(p.page_number, p.text, p.language) for p in pages]
    assert is_report(inputs)
    findings, _scores = read_report(inputs, DocumentContext(label["language"], "Örnek", 2024, None))
    return label, findings


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", fold(text)).split())


@pytest.mark.parametrize(
    ("batch", "producer", "doc_id"),
    [
        ("heldout9", "pdf-chromium", "tr_i02"),  # "1.1 Ekip aşağıdaki hususu takdirle not etmiştir: ..."
        ("heldout9", "pdf-chromium", "tr_i10"),  # "... güçlü yanı olarak değerlendirmiştir: ...", "Ekibin önerisi şudur: ..."
        ("heldout9", "pdf-chromium", "en_i02"),  # "What is working well" / "What we would explore next"
        ("heldout9", "pdf-chromium", "en_i10"),  # "Criterion ± Comment" / "2 Organisational Culture &" / "– ..."
        ("heldout9", "pdf-chromium", "fa_i01"),  # "زیرمعیار معیار نقاط قوت زمینه‌های بهبود" / "۱-۳ رهبری — ..."
        ("heldout9", "pdf-chromium", "fa_i09"),  # "۱٫۲ ... —", "— — ...", "— ادامه در صفحه بعد —"
        ("heldout9", "pdf-chromium", "fa_i02"),  # "۱) [ +] ...": the key's mark, spaced by the reader
        ("heldout9", "pdf-chromium", "tr_i09"),  # "6. Paydaş" / "Algıları" / "— + ...", "... Ekip toplam" / "8 güçlü yön ve 9"
        ("heldout8", "pdf-chromium", "tr_h10"),  # "1. Liderlik" / "Ekip, X konusunu ... takdirle karşılamıştır."
    ],
)
def test_every_finding_with_its_criterion_kind_and_words(batch, producer, doc_id):
    label, findings = _read(batch, producer, doc_id)
    assert Counter((f.criterion_code, f.finding_type) for f in findings) == Counter(
        (f["criterion"], f["finding_type"]) for f in label["findings"]
    )
    for expected in label["findings"]:
        assert any(fuzz.ratio(_key(f.text), _key(expected["text"])) >= 90 for f in findings), expected["text"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ekip aşağıdaki hususu takdirle not etmiştir: Genel Müdür her ay sahadadır.", ("strength", "Genel Müdür")),
        ("Ekibe göre şu konuda ilerleme fırsatı bulunmaktadır: Yöntem görülmemiştir.", ("improvement_area", "Yöntem")),
        ("به نظر تیم، زمینه بهبود آن است که راهبردها به‌روز نشده‌اند.", ("improvement_area", "راهبردها")),
        ("The team saw as a strength that the Board reviews its risks.", ("strength", "the Board")),
        ("Amaç: Bu rapor ekibin gözlemlerini aktarır.", None),  # a clause naming no kind
        ("Güçlü yönler ve iyileştirmeye açık alanlar: aşağıda.", None),  # both kinds: no one finding's
    ],
)
def test_a_clause_leading_a_finding_in_gives_its_kind(text, expected):
    lead = verdict_lead(text)
    assert (lead and (lead[0], text[lead[1] :][: len(expected[1])])) == (expected or None)


def test_a_framework_report_gives_no_finding_under_no_criterion():
    evidence = Evidence(1, "x")
    under = Finding("Örnek", "efqm2020", "1", None, "strength", "Leaders are visible.", evidence)
    loose = Finding("Örnek", "efqm2020", None, None, "strength", "The report covers seven criteria.", evidence)
    assert placed([under, loose], "efqm2020") == [under]
    assert placed([loose], None) == [loose]  # a report naming no framework has no criteria to place it under
