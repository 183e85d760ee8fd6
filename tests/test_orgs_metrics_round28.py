"""Counts and their owners of the twenty-eighth round: a unit's counts are owned under its parent's name, and the
unit is found by the bare name the document writes; Persian tables head their column of units in more words."""

from __future__ import annotations

import datetime

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput
from exbench.warehouse.resolve import OrganizationResolver


def _facts(text: str, language: str, tables: tuple, organization: str):
    return extract_document([PageInput(1, text, language, tables)], None, organization, datetime.date(2025, 3, 1))


def _owner_ids(facts) -> dict[str, str]:
    """Each organization the facts name, resolved as the warehouse resolves them, by every name it was seen under."""
    resolver = OrganizationResolver()
    ids = {}
    for seen in facts.organizations:
        org = resolver.resolve(seen.canonical, seen.surface, seen.org_type, seen.country, seen.language, seen.parent)
        ids[seen.canonical] = ids[seen.surface] = org.organization_id
    for metric in facts.metrics:
        if metric.organization:
            ids.setdefault(metric.organization, resolver.resolve(metric.organization, None, None, None, None).organization_id)
    return ids


_TR_OWN = "Gölbaşı Su ve Kanalizasyon İdaresi Genel Müdürlüğü"


def test_turkish_units_of_a_table_are_found_by_the_names_the_rows_give():
    rows = (
        ("Birim", "Güçlü Yön", "Gelişmeye Açık Alan"),
        ("Arıtma Tesisleri Daire Başkanlığı", "21", "17"),
        ("Abone Hizmetleri Daire Başkanlığı", "14", "26"),
        ("Toplam", "35", "43"),
    )
    text = f"{_TR_OWN} 2024 yılında öz değerlendirme yapmıştır. Birimlere göre sonuçlar aşağıdadır.\n" + "\n".join(
        " ".join(row) for row in rows
    )
    facts = _facts(text, "tr", (rows,), _TR_OWN)
    ids = _owner_ids(facts)
    unit = f"{_TR_OWN} Arıtma Tesisleri Daire Başkanlığı"
    assert (unit, "strengths", 21.0) in {(m.organization, m.metric_code, m.value) for m in facts.metrics}
    assert ids["Arıtma Tesisleri Daire Başkanlığı"] == ids[unit]
    assert ids["Abone Hizmetleri Daire Başkanlığı"] != ids[unit]
    assert (_TR_OWN, "strengths", 35.0) in {(m.organization, m.metric_code, m.value) for m in facts.metrics}


_FA_OWN = "شرکت بهره‌برداری مترو کرانه"


def test_persian_table_headed_by_area_lists_the_deputy_directorates_of_the_company():
    rows = (
        ("حوزه", "نقاط قوت", "زمینه‌های بهبود"),
        ("معاونت فنی و مهندسی", "۱۷", "۲۲"),
        ("معاونت بازرگانی", "۱۱", "۱۹"),
        ("جمع", "۲۸", "۴۱"),
    )
    text = f"{_FA_OWN} در سال ۱۴۰۳ خودارزیابی انجام داد. نتایج به شرح جدول زیر است:\n" + "\n".join(" ".join(r) for r in rows)
    facts = _facts(text, "fa", (rows,), _FA_OWN)
    found = {(m.organization, m.metric_code, m.value) for m in facts.metrics}
    unit = f"معاونت فنی و مهندسی {_FA_OWN}"
    assert (unit, "strengths", 17.0) in found
    assert (unit, "improvement_areas", 22.0) in found
    assert _owner_ids(facts)["معاونت فنی و مهندسی"] == _owner_ids(facts)[unit]


def test_persian_unit_a_table_names_bare_is_the_unit_the_text_names_under_its_parent():
    parent = "شهرداری دریاکنار"
    rows = (
        ("واحد", "نقاط قوت", "زمینه‌های بهبود"),
        ("سازمان آتش‌نشانی و خدمات ایمنی", "۲۳", "۱۸"),
        ("منطقه ۲", "۱۹", "۲۴"),
    )
    text = f"در جشنواره تعالی {parent}، سازمان آتش‌نشانی و خدمات ایمنی {parent} بهترین عملکرد را داشت.\n" + "\n".join(
        " ".join(r) for r in rows
    )
    facts = _facts(text, "fa", (rows,), parent)
    found = {(m.organization, m.metric_code, m.value) for m in facts.metrics}
    assert (f"سازمان آتش‌نشانی و خدمات ایمنی {parent}", "strengths", 23.0) in found
    assert ("سازمان آتش‌نشانی و خدمات ایمنی", "strengths", 23.0) not in found
    assert (f"منطقه ۲ {parent}", "improvement_areas", 24.0) in found


def test_turkish_row_with_a_footnote_mark_is_the_company_the_note_names_in_full():
    rows = (
        ("Kurum", "Değerlendirici sayısı", "Güçlü yön", "Gelişmeye açık alan"),
        ("Yalıkavak Belediyesi", "3", "29", "31"),
        ("YASKA A.Ş.*", "2", "18", "27"),
        ("DETAŞ A.Ş.**", "2", "15", "22"),
    )
    text = (
        "Marmara Kıyı Belediyeler Birliği programında 2024 yılında kurumlar değerlendirilmiştir.\n"
        + "\n".join(" | ".join(row) for row in rows)
        + "\n* Yalıkavak Su ve Kanalizasyon Hizmetleri A.Ş. (Yalıkavak Belediyesi iştiraki) ** Dereköy\n"
        "Temizlik ve Çevre Hizmetleri A.Ş. (Dereköy Belediyesi iştiraki)\nProgram 2025 yılında sürecektir."
    )
    facts = _facts(text, "tr", (rows,), "Marmara Kıyı Belediyeler Birliği")
    found = {(m.organization, m.metric_code, m.value) for m in facts.metrics}
    assert ("Yalıkavak Su ve Kanalizasyon Hizmetleri A.Ş.", "strengths", 18.0) in found
    assert ("Dereköy Temizlik ve Çevre Hizmetleri A.Ş.", "improvement_areas", 22.0) in found
    assert ("Yalıkavak Belediyesi", "strengths", 29.0) in found


def test_persian_feedback_report_of_a_district_counts_under_the_district_named_short():
    own = "منطقه ۴ شهرداری ساحل‌آباد"
    text = (
        f"گزارش بازخورد ارزیابی: {own}\n"
        "ارزیابی منطقه ۴ توسط ۵ ارزیاب در دو روز بازدید انجام گرفت و ۹ نقطه قوت و ۱۱ زمینه بهبود شناسایی شد."
    )
    found = _owned_by(_facts(text, "fa", (), own))
    assert (own, "assessors", 5.0) in found
    assert (own, "strengths", 9.0) in found
    assert (own, "improvement_areas", 11.0) in found


def test_persian_municipal_body_named_by_what_it_manages_owns_its_counts():
    text = (
        "در جشنواره تعالی شهرداری دریاکنار ۱۲ واحد ارزیابی شدند. در ارزیابی سازمان مدیریت پسماند، ۴ ارزیاب داخلی "
        "حضور داشتند و ۴۱ نقطه قوت و ۶۶ زمینه بهبود شناسایی کردند."
    )
    found = _owned_by(_facts(text, "fa", (), "شهرداری دریاکنار"))
    assert ("سازمان مدیریت پسماند", "strengths", 41.0) in found
    assert ("سازمان مدیریت پسماند", "assessors_internal", 4.0) in found


def _owned_by(facts) -> set[tuple]:
    return {(m.organization, m.metric_code, m.value) for m in facts.metrics}


def test_persian_bank_of_experiences_is_no_bank_and_owns_no_count():
    own = "شهرداری منطقه ۲ ساحل‌آباد"
    text = (
        f"گزارش ارزیابی: {own}\n"
        "در این ارزیابی ۲۷ نقطه قوت و ۳۵ حوزه قابل بهبود شناسایی و ۳ تجربه برتر برای انتشار در بانک تجارب "
        "شهرداری معرفی شد."
    )
    owners = {owner for owner, _, _ in _owned_by(_facts(text, "fa", (), own))}
    assert not any(owner and owner.startswith("بانک") for owner in owners)
    assert (own, "strengths", 27.0) in _owned_by(_facts(text, "fa", (), own))


def test_english_report_names_its_own_service_without_the_place_it_opens_with():
    own = "Ashcombe Parking and Highways Services"
    text = (
        f"Assessment Feedback Report: {own}\n"
        "The Parking and Highways Services submission was assessed by a team of three: two trained assessors from "
        "the Council's own staff and one external peer assessor. The team spent 48 hours on the assessment."
    )
    owners = {owner for owner, code, _ in _owned_by(_facts(text, "en", (), own)) if code.startswith("assess")}
    assert owners == {own}


def test_persian_municipality_said_to_be_assessed_is_no_municipality_named_after_the_word_for_subject():
    text = "در این دوره ۱۴ سازمان و ۴ شرکت وابسته به شهرداری مورد ارزیابی قرار گرفتند."
    owners = {owner for owner, _, _ in _owned_by(_facts(text, "fa", (), "سازمان آتش‌نشانی و خدمات ایمنی شهرداری کرانه"))}
    assert "شهرداری مورد" not in owners


def test_turkish_team_in_the_locative_opening_a_sentence_is_no_municipality_of_that_name():
    own = "Yeşilkıyı Büyükşehir Belediyesi Zabıta Dairesi Başkanlığı"
    text = (
        f"{own}, 2024 yılı Kurumsal Mükemmellik Ödülü sürecine başvurmuştur. Başvuru raporu üç kişilik "
        "değerlendirme ekibi tarafından değerlendirilmiştir. Ekipte Büyükşehir Belediyesinin diğer birimlerinden "
        "iki iç değerlendirici ile bir dış değerlendirici yer almıştır."
    )
    owners = {owner for owner, code, _ in _owned_by(_facts(text, "tr", (), own)) if code.startswith("assessors")}
    assert not any(owner and owner.startswith("Ekipte") for owner in owners)


def test_turkish_organizations_that_went_through_external_assessment_were_assessed():
    text = (
        "2024 döneminde toplam 41 kuruluş dış değerlendirmeden geçti. Değerlendirmelerde 150 gönüllü değerlendirici görev aldı."
    )
    found = {(code, value) for _, code, value in _owned_by(_facts(text, "tr", (), "Türkiye Kalite Derneği"))}
    assert ("organizations_assessed", 41.0) in found


def test_persian_organizations_assessed_by_a_bodys_assessors_are_counted_and_the_assessors_stay():
    text = (
        "بر اساس اعلام دبیرخانه جایزه، در این دوره ۶۴ سازمان و شرکت دولتی و خصوصی توسط ۲۴۰ ارزیاب "
        "سازمان مدیریت صنعتی ارزیابی شدند."
    )
    found = {(code, value) for _, code, value in _owned_by(_facts(text, "fa", (), "شرکت بهره‌برداری مترو کرانه"))}
    assert ("organizations_assessed", 64.0) in found
    assert ("assessors", 240.0) in found
