"""Round 26 of the organization rules: a Turkish word with the relative locative ending ("Grubumuzdaki") is no
word of the name after it, and on an organization's own page the name it gives itself wins over its legal form."""

from __future__ import annotations

import datetime

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput
from exbench.extraction.organizations import find_organizations


def _names(text: str, language: str) -> list[str]:
    return [m.canonical for m in find_organizations(text, language) if m.canonical]


def _facts(text: str, language: str, organization: str | None = None):  # noqa: ANN202
    return extract_document([PageInput(1, text, language, ())], None, organization, datetime.date(2025, 12, 1))


def test_a_word_with_the_relative_locative_ending_opens_no_name() -> None:
    text = "Grubumuzdaki Karadere Elektrik Dağıtım A.Ş. (KAREL) 2024'te başvurusunu doğrudan EFQM'e yaptı."
    assert "Karadere Elektrik Dağıtım A.Ş." in _names(text, "tr")
    text = "Bölgedeki Yeşilova Belediyesi ile ilimizdeki Taşkale Üniversitesi birlikte çalıştı."
    assert {"Yeşilova Belediyesi", "Taşkale Üniversitesi"} <= set(_names(text, "tr"))


def test_an_organizations_own_page_keeps_its_own_name_over_its_legal_form() -> None:
    text = (
        "Brookhaven Water achieves Recognised by EFQM 5 Star\n"
        "Brookhaven Water has been awarded Recognised by EFQM 5 Star, moving up from the 4 Star level it achieved "
        "in 2022. The company is the first water utility in the region to reach five stars.\n"
        "Brookhaven Water Limited · Registered office: Mill House, Brookhaven · Registered in England and Wales\n"
    )
    facts = _facts(text, "en", "Brookhaven Water")
    owners = {r.organization for r in facts.recognitions}
    assert owners == {"Brookhaven Water"}
    assert {(r.stars, r.year) for r in facts.recognitions} >= {(5, 2025), (4, 2022)}


def test_a_bracket_glued_to_the_last_word_of_a_persian_name_ends_it() -> None:
    text = "تندیس سیمین: شرکت آب و فاضلاب استان کوهسار(این شرکت در دوره ۱۴۰۲ تقدیرنامه چهار ستاره دریافت کرده بود)"
    assert "شرکت آب و فاضلاب استان کوهسار" in _names(text, "fa")
    assert "شرکت آب و فاضلاب استان کوهسار" in _names(text.replace("(", " ("), "fa")


def test_a_noun_of_the_organizations_kind_stands_for_the_article_a_services_name_needs() -> None:
    text = "Sister company Harrow Dale Energy Services was Qualified by EFQM in March 2025."
    assert "Harrow Dale Energy Services" in _names(text, "en")
    text = "The Trust's pathology partner, Kestrel Moor Pathology Services, was Recognised for Excellence 5 star in 2016."
    assert "Kestrel Moor Pathology Services" in _names(text, "en")
    assert not _names("In 2024 Customer Services answered 4,000 calls.", "en")


def test_a_turkish_site_visit_tells_which_organization_the_paragraph_assessed() -> None:
    text = (
        "Akdere Büyükşehir Belediyesi'nin bağlı kuruluşları KalDer törenine katıldı.\n\n"
        "Törende Akdere Su ve Kanalizasyon İdaresi Genel Müdürlüğü (AKSKİ) 5 Yıldız belgesini aldı.\n\n"
        "AKSKİ'deki saha ziyareti 3 gün sürdü. 6 kişilik KalDer değerlendirici ekibinin geri bildirim raporunda "
        "27 güçlü yön ve 19 gelişmeye açık alan yer aldı.\n"
    )
    facts = _facts(text, "tr", "Akdere Büyükşehir Belediyesi")
    owners = {(m.metric_code, m.value): m.organization for m in facts.metrics}
    unit = "Akdere Su ve Kanalizasyon İdaresi Genel Müdürlüğü"
    assert owners.get(("assessors", 6.0)) == unit
    assert owners.get(("improvement_areas", 19.0)) == unit


def test_a_programme_count_of_a_bodys_members_is_that_bodys() -> None:
    text = (
        "Yaylaköy Belediyesi İtfaiye Müdürlüğü\n\n"
        "Doğu Ova Belediyeler Birliği Yerel Yönetimlerde Mükemmellik Ödülü 2023 geri bildirim raporu.\n\n"
        "Bu yıl Ödül programına birlik üyesi 9 belediyeden başvuran 12 birim değerlendirilmiş, toplam 31 "
        "değerlendirici görev almıştır. Yaylaköy Belediyesi İtfaiye Müdürlüğü için 4 kişilik takım 2 gün saha "
        "ziyareti gerçekleştirmiştir.\n"
    )
    facts = _facts(text, "tr", "Yaylaköy Belediyesi İtfaiye Müdürlüğü")
    owners = {(m.metric_code, m.value): m.organization for m in facts.metrics}
    assert owners.get(("organizations_assessed", 12.0)) == "Doğu Ova Belediyeler Birliği"
    assert owners.get(("assessors", 31.0)) == "Doğu Ova Belediyeler Birliği"
    assert owners.get(("assessors", 4.0)) == "Yaylaköy Belediyesi İtfaiye Müdürlüğü"


def test_a_body_named_after_the_word_for_member_owns_no_count_of_the_assessment() -> None:
    text = (
        "Ashmoor Fire and Rescue Service has been Recognised by EFQM 4 Star.\n\n"
        "The assessment team of five assessors spent four days on site at headquarters and at 6 of the Service's "
        "24 fire stations, interviewing 71 staff, partners and members of the Fire Authority. In total the team "
        "spent 230 hours on the assessment.\n"
    )
    facts = _facts(text, "en", "Ashmoor Fire and Rescue Service")
    owners = {(m.metric_code, m.value): m.organization for m in facts.metrics}
    assert owners.get(("assessors", 5.0)) == "Ashmoor Fire and Rescue Service"
    assert owners.get(("assessment_hours", 230.0)) == "Ashmoor Fire and Rescue Service"


def test_a_unions_own_bulletin_counts_the_assessors_it_trained_for_its_members() -> None:
    text = (
        "KUZEY OVA BELEDİYELER BİRLİĞİ Birlik Bülteni · Sayı 46 · 15 Ocak 2025\n\n"
        "Birliğimizin 2021'de başlattığı Belediyelerde Mükemmellik Programı 2024'te dördüncü dönemini tamamladı. "
        "Değerlendirmelerde birliğimizin eğittiği 46 değerlendirici görev aldı; ekipler üye belediyelerde toplam "
        "1.240 saat çalıştı.\n"
    )
    facts = _facts(text, "tr", "Kuzey Ova Belediyeler Birliği")
    owners = {(m.metric_code, m.value): m.organization for m in facts.metrics}
    assert owners.get(("assessors", 46.0)) == "Kuzey Ova Belediyeler Birliği"


def test_a_prefixed_persian_verb_ends_a_name() -> None:
    text = "این جایزه هر سال توسط سازمان مدیریت صنعتی برگزار می‌شود و امسال ۲۱۰ ارزیاب حضور داشتند."
    assert _names(text, "fa") == ["سازمان مدیریت صنعتی"]
    assert _names("بانک ملی ایران نمی‌تواند", "fa") == ["بانک ملی ایران"]  # no light verb: the word before stays


def test_a_generic_noun_or_an_ordinal_after_a_persian_head_is_no_name() -> None:
    text = "در این دوره ۱۸ سازمان و ۶ شرکت وابسته به شهرداری مورد ارزیابی قرار گرفتند."
    assert "شهرداری مورد" not in _names(text, "fa")
    text = "رئیس مرکز با اشاره به این که بیمارستان نخستین بار در سال ۱۴۰۲ گواهی تعهد به تعالی را دریافت کرده بود، گفت."
    assert not any(name.startswith("بیمارستان نخستین") for name in _names(text, "fa"))
