"""Round 29 of the recognitions told in running text: the page's own date printed as a header part of its own
("By A. Reporter · Thursday 12 June 2025", "22 Ekim 2025 · İzmit") under a box or menu that pushes it past the
first lines dates what the page tells relative to it ("last year", "this year", "mart ayında")."""

from __future__ import annotations

import datetime

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput


def _read(text: str, language: str) -> set[tuple]:
    facts = extract_document([PageInput(1, text, language, ())], None, None, None)
    return {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}


_MENU = (
    "Subscribe · Sign in · Newsletters · Events · Jobs · Contact us\n"
    "News Politics Business Sport Community Opinion Notices Weather Travel\n"
    "Home › News › Local government › Awards and recognition\n"
)


def test_a_byline_date_under_the_menus_dates_what_the_page_tells_as_last_year() -> None:
    text = (
        _MENU + "Council picks up a second excellence award\n"
        "By Jane Rowe, Local Affairs Reporter · Thursday 12 June 2025\n\n"
        "The council's leader, in office since 2017, spoke to us about ten years of assessments. Our neighbours at Ashcombe District Council picked up their EFQM 4 star last year as well.\n"
    )
    assert ("Ashcombe District Council", "efqm", 4, 2024) in _read(text, "en")


def test_a_date_that_stands_beside_the_place_dates_a_receipt_told_by_its_month() -> None:
    text = (
        "Değerlendirme kısaca\n• 4 değerlendirici\n• 3 gün saha ziyareti\n• 52 çalışanla odak görüşme\n"
        "• toplam 240 saat değerlendirme çalışması\n• 27 güçlü yön\n• 19 gelişmeye açık alan\n"
        "Abone İşlemleri · Kurumsal · Basın Odası · İletişim · Kariyer · Sürdürülebilirlik · Yatırımcı İlişkileri\n"
        "Basın Bülteni\n"
        "14 Kasım 2025 · Bursa\n\n"
        "Şirketimiz 2004 yılında kuruldu. Grup şirketlerinden Nilüfer Enerji Hizmetleri Ltd. Şti. mart ayında ISO 45001 İş Sağlığı ve Güvenliği\n"
        "Yönetim Sistemi belgesini almıştı.\n"
    )
    assert ("Nilüfer Enerji Hizmetleri Ltd. Şti.", "iso", None, 2025) in _read(text, "tr")


def test_a_list_introduced_by_the_label_on_the_next_page_gets_the_label_named_before_the_sidebar() -> None:
    first = (
        "Thursday, 6 March 2025 · Subscribe · Newsletter\n"
        "Five towns receive the good governance label\n"
        "Five municipalities were awarded the European Label of Governance Excellence (ELoGE) at a ceremony in\n"
        "the capital on Tuesday. This year 19 municipalities applied.\n"
        "ELSEWHERE IN THE REGIONS\n"
        "Marnitsa – The University of Marnitsa received institutional accreditation from the national agency in\n"
        "January, with a grade of 9.05 out of 10.\n"
        "Sopot – Sopot Water Supply EOOD was certified to ISO 9001:2015 for the first time.\n"
    )
    second = (
        "The label went to:\n"
        "1. Dobrovo Municipality\n"
        "2. Marnitsa Municipality\n"
        "For both it is the first label. The label is valid for two years.\n"
    )
    pages = [PageInput(1, first, "en", ()), PageInput(2, second, "en", ())]
    found = {(r.organization, r.scheme, r.year) for r in extract_document(pages, None, None, None).recognitions}
    assert {("Dobrovo Municipality", "eloge", 2025), ("Marnitsa Municipality", "eloge", 2025)} <= found
    assert not [f for f in found if f[0] in ("Dobrovo Municipality", "Marnitsa Municipality") and f[1] != "eloge"]


def _read_on(text: str, language: str, published: datetime.date) -> set[tuple]:
    facts = extract_document([PageInput(1, text, language, ())], None, None, published)
    return {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}


def test_the_festivals_statue_goes_to_each_unit_named_after_it_and_stars_of_the_festival_are_its_own() -> None:
    text = (
        "گزارش ویژه\n"
        "یازدهمین دوره جشنواره تعالی مدیریت شهری نیک‌آباد در شهریورماه به پایان رسید.\n"
        "تندیس جشنواره به منطقه ۵ شهرداری نیک‌آباد و سازمان مدیریت پسماند شهرداری نیک‌آباد اهدا شد.\n"
        "منطقه ۵ پیش‌تر در دوره نهم ( ۱۳۹۹) تقدیرنامه دو ستاره جشنواره را گرفته بود.\n"
    )
    found = _read_on(text, "fa", datetime.date(2024, 10, 20))
    district, waste = "منطقه ۵ شهرداری نیک‌آباد", "سازمان مدیریت پسماند شهرداری نیک‌آباد"
    assert (district, "municipal", None, 2024) in found
    assert (waste, "municipal", None, 2024) in found
    assert (district, "municipal", 2, 2020) in found
    assert not [f for f in found if f[1] == "iran_national"]


def test_a_timeline_told_as_prose_dates_each_paragraph_by_the_year_on_the_line_above_it() -> None:
    first = (
        "T.C. AKSEKİ BELEDİYESİ\n"
        "Ödül ve Belgelerimiz\n"
        "Belediyemiz 1962 yılında kurulmuş ve 2014 yılında\n"
        "Ulusal Kalite Hareketi’ne katılmıştır. Aşağıda o\n"
        "günden bu yana kilometre taşlarımızı bulabilirsiniz.\n"
        "2019\n"
        "Tüm birimlerimizi kapsayan ISO 9001:2015 Kalite\n"
        "Yönetim Sistemi belgesi Belediyemize verildi.\n"
    )
    second = (
        "Çağrı merkezimizin yeniden yapılandırılması da\n"
        "aynı yıl tamamlanmış ve hizmete alınmıştır.\n"
        "2020\n"
        "Pandemi koşullarına rağmen gözetim tetkikleri\n"
        "uzaktan denetimle başarıyla tamamlandı.\n"
        "2021\n"
        "KalDer tarafından yapılan değerlendirme sonucunda\n"
        "Mükemmellikte Yetkinlik 4 Yıldız seviyesine\n"
        "yükseldik. Bu belge EFQM tarafından da tanınmaktadır.\n"
        "2022\n"
        "ISO 9001:2015 belgemizin süresi dolmadan yeniden\n"
        "belgelendirme tetkiki yapıldı ve belgemiz üç yıl\n"
        "süreyle yenilendi.\n"
    )
    pages = [PageInput(1, first, "tr", ()), PageInput(2, second, "tr", ())]
    facts = extract_document(pages, None, None, datetime.date(2025, 3, 14))
    found = {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}
    assert ("Akseki Belediyesi", "kalder", 4, 2021) in found
    assert ("Akseki Belediyesi", "iso", None, 2022) in found
    assert not [f for f in found if f[3] == 2025]


def test_a_box_headed_as_the_councils_excellence_record_lists_what_it_received_year_by_year() -> None:
    text = (
        "Ashby Courier\n"
        "By Tom Hale · Monday 3 March 2025\n\n"
        "Ashby District Council has held external ratings since 2015. We spoke to its leader about the years ahead.\n"
        "Ashby’s excellence record\n"
        "2017 – Committed to Excellence (EFQM)\n"
        "2020 – Recognised for Excellence 4 star\n"
        "2023 – Recognised for Excellence 5 star\n"
        "Source: Ashby District Council\n"
    )
    found = _read_on(text, "en", datetime.date(2025, 3, 3))
    assert ("Ashby District Council", "efqm", 4, 2020) in found
    assert ("Ashby District Council", "efqm", 5, 2023) in found
