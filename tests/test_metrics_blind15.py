"""Counts of the fifteenth blind batch's dev half (tests/heldout15): tables with one row per organization whose
columns name the counts (hours named by their unit, areas by their abbreviation, a name followed by its acronym),
averages that are no counts, organizations counted by their number."""

from __future__ import annotations

import datetime
import json
from functools import cache

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput
from exbench.reading import read_document
from tests.rendered import TESTS, document_facts


def _metrics(batch: str, doc_id: str) -> frozenset[tuple]:
    return frozenset((m.organization, m.metric_code, m.value) for m in document_facts(batch, doc_id).metrics)


@cache
def _page_metrics(batch: str, doc_id: str) -> frozenset[tuple]:
    """The counts of the document's web page (its tables as the page gives them, not as a PDF printer lays them out)."""
    folder = TESTS / batch
    label = json.loads((folder / "labels" / f"{doc_id}.json").read_text(encoding="utf-8"))
    title, pages = read_document(folder / "docs" / f"{doc_id}.html", "text/html")
    published = datetime.date.fromisoformat(label["published_on"]) if label.get("published_on") else None
    inputs = [PageInput(p.page_number, p.text, p.language, p.tables) for p in pages]
    facts = extract_document(inputs, title, label.get("manifest_organization"), published)
    return frozenset((m.organization, m.metric_code, m.value) for m in facts.metrics)


def test_a_persian_column_headed_by_person_hours_alone_counts_assessment_hours():
    """heldout15 fa_t11: a table "سازمان | بخش | تعداد ارزیابان | روز بازدید | نفرساعت | نقاط قوت | ..."; the days
    column is read past."""
    found = _metrics("heldout15", "fa_t11")
    assert ("شرکت آب منطقه‌ای البرز جنوبی", "assessment_hours", 336.0) in found
    assert ("شرکت آب منطقه‌ای البرز جنوبی", "assessors", 7.0) in found
    assert not any(value == 4.0 for org, _, value in found if org == "شرکت آب منطقه‌ای البرز جنوبی")


def test_turkish_hour_columns_and_a_member_named_with_its_acronym():
    """heldout15 tr_t11: "Kuruluş | Kategori | Değerlendirici | Saha ziyareti (gün) | Değerlendirme saati | ...", a row
    "Sakarya Vadisi Elektrik Dağıtım A.Ş. (SVEDAŞ)"; tr_t12: "Şirket | İç değerlendirici | Öz değerlendirme
    (adam-saat) | ..."."""
    found = _page_metrics("heldout15", "tr_t11")
    assert ("Boğaziçi Liman İşletmeleri A.Ş.", "assessment_hours", 248.0) in found
    svedas = "Sakarya Vadisi Elektrik Dağıtım A.Ş."
    assert {(svedas, "assessors", 5.0), (svedas, "assessment_hours", 196.0), (svedas, "strengths", 44.0)} <= found
    assert ("Karaburun Çimento Sanayi ve Ticaret A.Ş.", "assessment_hours_internal", 216.0) in _page_metrics(
        "heldout15", "tr_t12"
    )


def test_areas_for_improvement_abbreviated_in_a_column_header():
    """heldout15 en_t11: "Organisation | Sector | Assessors | Assessor hours | Strengths | AFIs | 2025 outcome"."""
    assert ("Tynebridge Water Services Ltd", "improvement_areas", 37.0) in _page_metrics("heldout15", "en_t11")


def test_counts_per_member_are_averages_not_counts():
    """heldout15 tr_t12: "Grup ortalaması şirket başına 25 güçlü yön ve yaklaşık 25 iyileştirme alanı"."""
    assert not any(
        value == 25.0 for _, code, value in _metrics("heldout15", "tr_t12") if code in {"strengths", "improvement_areas"}
    )


def test_organizations_counted_by_their_number_are_organizations_assessed():
    """heldout15: "۷۲ سازمان پس از ارسال اظهارنامه مورد ارزیابی قرار گرفتند" (fa_t03), "شمار سازمان‌های ارزیابی‌شده ۹۶
    بود" (fa_t11)."""
    assert ("سازمان مدیریت صنعتی", "organizations_assessed", 72.0) in _metrics("heldout15", "fa_t03")
    assert ("سازمان مدیریت صنعتی", "organizations_assessed", 96.0) in _metrics("heldout15", "fa_t11")


def test_a_member_s_name_under_an_organizations_column_is_read_whole():
    """heldout15 fa_t12: a row "سازمان سیما، منظر و فضای سبز شهری کرانه | ۴ | ۱۱۲ | ۲۲ | ۴۷ | ۱ | ۱۴ | دو ستاره" under
    "سازمان / شرکت", a name with a comma the name grammar does not close; fa_t11 "سازمان همیاری شهرداری‌های استان
    کرانه" under "سازمان"."""
    name = "سازمان سیما، منظر و فضای سبز شهری کرانه"
    found = _metrics("heldout15", "fa_t12")
    assert {(name, "assessors", 4.0), (name, "assessment_hours", 112.0), (name, "improvement_areas", 47.0)} <= found
    assert ("سازمان همیاری شهرداری‌های استان کرانه", "strengths", 28.0) in _metrics("heldout15", "fa_t11")


def test_a_label_beside_its_number_with_a_participle_an_aside_or_a_few_words():
    """heldout15 tr_t02: rows "Raporlanan güçlü yön 34", "Başlatılan iyileştirme projesi 11"; en_t02: "Assessors
    (including team leader) six", "Improvement projects launched in response 9"; tr_t01: "toplam 318 değerlendirici
    saati" counts hours, not assessors."""
    owner = "Batıkıyı Liman İşletmeleri A.Ş."
    assert {(owner, "strengths", 34.0), (owner, "improvement_projects", 11.0)} <= _metrics("heldout15", "tr_t02")
    society = "Harbourline Building Society"
    assert {(society, "assessors", 6.0), (society, "improvement_projects", 9.0)} <= _metrics("heldout15", "en_t02")
    found = _metrics("heldout15", "tr_t01")
    assert ("Akçaova Elektrik Dağıtım A.Ş.", "assessment_hours", 318.0) in found
    assert not any(code == "assessors" and value == 318.0 for _, code, value in found)


def test_a_findings_row_is_no_header_for_the_next_page_s_score_table():
    """heldout15 tr_t09: a findings table ends a page on "7 – Stratejik ve Operasyonel Performans | 7.2 | İyileştirmeye
    Açık Alan | Enerji verimliliği ..."; the next page's score table ends "Toplam | %100 | 1000 | 481": 1000 is the
    maximum score, no count of areas."""
    assert not any(value == 1000.0 for _, _, value in _metrics("heldout15", "tr_t09"))
