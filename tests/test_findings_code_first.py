"""Findings whose line opens with the finding's own code before its kind, as assessor teams outside the
team lay them out: "1a – Güçlü yön: ...", "3d — Area for improvement: ...", "▪ زیرمعیار ۱.۱ – قوت: ...",
"Criterion 6 AFI: ...", "Item 2.2 − ..." under a key that gives + and − their kinds, "1.3 S: ..." /
"2.4 AFI: ...", and "( قوت – ۲.۲) ..." where a bracket opened by the kind closes on a bare code.

The reports checked whole are dev reports of the twenty-third blind batch (heldout23, fifth writer);
the short texts are our own.
"""

from __future__ import annotations

import pytest

from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.report_labels import finding_label
from exbench.extraction.report_lexicon import line_key
from exbench.extraction.reports import read_report
from tests.rendered import finding_rows, report_findings_read

CODE_FIRST = (
    "Değerlendirme Geri Bildirim Raporu\n"
    "Kuruluş: Örnek Su İdaresi · EFQM Mükemmellik Modeli 2013 · 2016\n"
    "Bulgular\n"
    "1a – Güçlü yön: Genel müdür ve daire başkanları değerleri çalışanlarla birlikte belirlemiştir.\n"
    "2b – Geliştirilecek alan: Stratejik planlamada dış çevre verileri sınırlı kullanılmaktadır.\n"
    "9a – Güçlü yön: Su kaybı oranı üç yılda belirgin biçimde düşmüştür.\n"
    "Puanlar\n"
    "Kriter Azami Puan Alınan Puan\n"
    "Kriter 1 100 45\n"
    "Kriter 2 100 40\n"
    "Kriter 9 150 52\n"
)


@pytest.mark.parametrize(
    ("line", "kind", "text"),
    [
        ("1b — Strength: The executive group reviews the system every year.", "strength", "the executive"),
        ("3d — Area for improvement: Communication is largely informal.", "improvement_area", "communication"),
        ("▪ زیرمعیار ۱.۱ – قوت: هیئت‌مدیره هدف غایی را بازتعریف کرده است.", "strength", "هیئت"),
        ("▪ معیار ۶ – نیازمند بهبود: نتایج ادراک کارکنان تحلیل نشده است.", "improvement_area", "نتایج"),
        ("1. ( قوت – ۲.۲) فرماندهی سازمان فرهنگ ایمنی را ترویج کرده است.", "strength", "فرماندهی"),
        ("Criterion 6 AFI: Employee perception results are not segmented.", "improvement_area", "employee"),
    ],
)
def test_a_code_before_the_kind_label_opens_a_finding(line: str, kind: str, text: str) -> None:
    found = finding_label(line_key(line), line)
    assert found is not None and found[0] == kind
    assert found[1].group("text").startswith(text)


def test_a_criterion_heading_after_its_number_and_a_dash_is_no_labelled_finding() -> None:
    assert finding_label(line_key("Kriter 1 – Liderlik"), "Kriter 1 – Liderlik") is None


def test_findings_take_the_criterion_their_own_code_names() -> None:
    pages = [PageInput(1, CODE_FIRST, "tr", [])]
    findings, _scores = read_report(pages, DocumentContext("tr", "Örnek Su İdaresi", 2016, None))
    assert finding_rows(findings) == {
        ("1", "strength", "Genel müdür ve daire başkanları değerleri çalışanlarla birlikte belirlemiştir."),
        ("2", "improvement_area", "Stratejik planlamada dış çevre verileri sınırlı kullanılmaktadır."),
        ("9", "strength", "Su kaybı oranı üç yılda belirgin biçimde düşmüştür."),
    }


@pytest.mark.parametrize(
    ("doc_id", "year"),
    [
        ("en_r17", 2025),  # "Item 1.1 + ..." / "Item 2.2 − ...", the key in the preface's prose
        ("en_r18", 2025),  # "1.3 S: ..." / "2.4 AFI: ..." / "Criterion 6 AFI: ..."
        ("en_r19", 2015),  # "1b — Strength: ..."
        ("fa_r18", 2024),  # "▪ زیرمعیار ۱.۱ – قوت: ..." / "▪ معیار ۶ – نیازمند بهبود: ..."
        ("fa_r19", 2023),  # "1. ( قوت – ۲.۲) ..."
        ("tr_r18", 2016),  # "1a – Güçlü yön: ...", the last one on a line of its own before the scores' heading
    ],
)
def test_reports_laid_out_code_first_read_whole(doc_id: str, year: int) -> None:
    label, findings = report_findings_read("heldout23", doc_id, year)
    assert finding_rows(findings) == finding_rows(label["findings"])
