"""Recognitions of the twenty-sixth round read from the structure of tables and lists: an awards page headed with
an ampersand ("Awards & Accreditations"), a held table whose header names the level column ("سال | سطح دریافتی")
and whose first row's description cell is long, an item that recalls an earlier star level in its own words, a
winners list whose names carry a description after a comma, and a results table whose header names the receivers'
column first and the level's last ("Kuruluş | Sektör | Şehir | Seviye")."""

from __future__ import annotations

from datetime import date

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput
from exbench.extraction.recognition_list_tables import header_titled
from exbench.extraction.recognition_winner_lines import described_at, listed_names


def found(
    text: str, language: str, organization: str | None = None, published_on: date = date(2025, 4, 22), tables=()
) -> set[tuple]:
    facts = extract_document([PageInput(1, text, language, tables)], organization=organization, published_on=published_on)
    return {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}


def test_an_awards_page_headed_with_an_ampersand_is_read_by_its_year_headings():
    text = (
        "Awards & Accreditations\n"
        "Since opening in 2010, Harbourside General Hospital has measured itself against international models.\n"
        "2024\nRecognised by EFQM – 5 Star\n"
        "The hospital became the first in the region to reach five stars. It had been Recognised by\n"
        "EFQM with 4 stars in 2021.\n"
        "2023\nISO 14001:2015 Environmental Management\nCertified for the whole campus.\n"
    )
    read = found(text, "en", "Harbourside General Hospital", date(2025, 3, 12))
    assert {
        ("Harbourside General Hospital", "efqm", 5, 2024),
        ("Harbourside General Hospital", "efqm", 4, 2021),
        ("Harbourside General Hospital", "iso", None, 2023),
    } <= read
    assert ("Harbourside General Hospital", "efqm", 5, 2025) not in read


def test_a_held_table_headed_by_year_and_level_received_gives_each_row():
    text = (
        "افتخارات و گواهینامه‌ها\n"
        "شرکت آب و فاضلاب استان البرزکوه با بیش از ۴۰۰ هزار مشترک، از سال ۱۳۹۵ استقرار مدل تعالی سازمانی را آغاز کرده و در ادوار "
        "مختلف جایزه ملی تعالی سازمانی ارزیابی شده است.\n"
        "جایزه ملی تعالی سازمانی\n"
        "سال سطح دریافتی توضیح\n"
        "۱۴۰۳ تندیس بلورین ارزیابی با حضور ۶ ارزیاب طی ۳ روز؛ شناسایی ۵۲ نقطه قوت و ۷۱ زمینه بهبود؛ امتیاز ۴۶۰\n"
        "۱۴۰۱ تقدیرنامه سه ستاره —\n"
    )
    read = found(text, "fa", "شرکت آب و فاضلاب استان البرزکوه", date(2025, 5, 10))
    assert {
        ("شرکت آب و فاضلاب استان البرزکوه", "iran_national", None, 2024),
        ("شرکت آب و فاضلاب استان البرزکوه", "iran_national", 3, 2022),
    } <= read


def test_a_winner_s_description_after_a_comma_is_no_part_of_the_name():
    line = "Ashdown Community Hospital, a 180-bed hospital in Kelby Falls. Ashdown is part of Northgate Health"
    assert described_at(line) == line.index(",")
    assert listed_names(line, "en") == ["Ashdown Community Hospital"]
    assert described_at("شرکت گاز استان کوهپایه، شرکت آب منطقه‌ای") is None  # a script without case: no description


def test_a_winners_list_goes_on_past_a_description_wrapped_onto_the_next_line():
    text = (
        "Valley Excellence Council today announced five recipients of its 2024 awards.\n"
        "Silver Progress Award\n"
        "Ashdown Community Hospital, a 180-bed hospital in Kelby Falls. Ashdown is part of Northgate Health\n"
        "Partners, which joined the programme in 2019 and plans to apply again.\n"
        "Kelby Unified School District, serving 9,400 students in 14 schools.\n"
        "Bronze Commitment Award\n"
        "Marlow Fire Protection District and Harlan County Department of Human Services.\n"
    )
    read = found(text, "en", published_on=date(2024, 11, 20))
    assert {
        ("Ashdown Community Hospital", "other", None, 2024),
        ("Kelby Unified School District", "other", None, 2024),
        ("Marlow Fire Protection District", "other", None, 2024),
    } <= read


def test_a_results_header_by_receiver_and_level_is_known_in_turkish():
    assert header_titled("Kuruluş Sektör Şehir Seviye", "tr")
    assert header_titled("Kuruluş Sektör Düzey", "tr")
    assert not header_titled("Kuruluş Sektör Şehir", "tr")
    assert not header_titled("Kuruluşlar, sektörlerine göre seviyeleriyle şöyle sıralandı:", "tr")


def test_a_results_table_by_receiver_sector_city_and_level_gives_each_row_its_level():
    text = (
        "2024 yılı ödül ve belge alan kuruluşlar\n"
        "Kuruluş Sektör Şehir Seviye\n"
        "Karaçam Belediyesi Kamu – Yerel Yönetim Bursa Türkiye Mükemmellik Ödülü\n"
        "Koraltı Otomotiv Yan Sanayi A.Ş. Otomotiv Kocaeli Mükemmellikte Yetkinlik 5 Yıldız\n"
        "Meşelik Belediyesi Kamu – Yerel Yönetim Eskişehir Mükemmellikte Yetkinlik 4 Yıldız\n"
        "Mükemmellikte Süreklilik Ödülü'nü alan kuruluşlar bu yıl da törende ayrıca anıldı ve başarıları kutlandı.\n"
    )
    read = found(text, "tr", published_on=date(2024, 11, 22))
    assert {
        ("Karaçam Belediyesi", "kalder", None, 2024),
        ("Koraltı Otomotiv Yan Sanayi A.Ş.", "kalder", 5, 2024),
        ("Meşelik Belediyesi", "kalder", 4, 2024),
    } <= read


def test_a_results_table_whose_level_cells_wrap_is_read_from_its_cells():
    text = (
        "Mükemmellikte Yetkinlik düzeyinde belge alan kuruluşlar şöyle:\n"
        "Kuruluş Sektör Düzey\n"
        "Trakya Teknik Üniversitesi Eğitim\nMükemmellikte Yetkinlik 4\nYıldız\n"
        "Yeşilova Belediyesi Yerel yönetim\nMükemmellikte Yetkinlik 3\nYıldız\n"
    )
    tables = (
        (
            ("Kuruluş", "Sektör", "Düzey"),
            ("Trakya Teknik Üniversitesi", "Eğitim", "Mükemmellikte Yetkinlik 4 Yıldız"),
            ("Yeşilova Belediyesi", "Yerel yönetim", "Mükemmellikte Yetkinlik 3 Yıldız"),
        ),
    )
    read = found(text, "tr", published_on=date(2025, 11, 6), tables=tables)
    assert {("Trakya Teknik Üniversitesi", "kalder", 4, 2025), ("Yeşilova Belediyesi", "kalder", 3, 2025)} <= read
    assert not any(organization and organization.endswith("Eğitim") for organization, *_ in read)


def test_an_institution_column_heads_a_results_table_too():
    assert header_titled("Kurum Kategori Düzey", "tr")
    text = (
        "Ödül ve belge alan kurumların tam listesi şöyle:\n"
        "Kurum Kategori Düzey\n"
        "Toroslar Teknik Üniversitesi Eğitim Yetkinlikte\n3 Yıldız\n"
        "Kuzeykent Belediyesi Kamu Yetkinlikte\n5 Yıldız\n"
    )
    tables = (
        (
            ("Kurum", "Kategori", "Düzey"),
            ("Toroslar Teknik Üniversitesi", "Eğitim", "Yetkinlikte 3 Yıldız"),
            ("Kuzeykent Belediyesi", "Kamu", "Yetkinlikte 5 Yıldız"),
        ),
    )
    read = found(
        "KalDer tarafından düzenlenen törende belgeler verildi.\n" + text, "tr", published_on=date(2024, 11, 14), tables=tables
    )
    assert {("Toroslar Teknik Üniversitesi", "kalder", 3, 2024), ("Kuzeykent Belediyesi", "kalder", 5, 2024)} <= read


def test_a_table_of_target_levels_by_year_gives_nothing():
    text = "اهداف سالانه\nسال حداقل امتیاز هدف سطح مورد انتظار\n۱۴۰۳ ۳۵۱ تقدیرنامه سه ستاره\n۱۴۰۴ ۴۰۱ تقدیرنامه چهار ستاره\n"
    assert found(text, "fa", "شرکت آب منطقه‌ای سپیدرود", date(2026, 1, 10)) == set()
    assert not header_titled("Kuruluş Hedef Seviye", "tr")


def test_a_turkish_awards_page_headed_with_possessives_reads_its_rows_by_year():
    text = (
        "Ödüllerimiz ve Belgelerimiz\n"
        "Ilgaz Doğalgaz Dağıtım A.Ş., 640.000 abonesine güvenli doğal gaz ulaştırırken uluslararası standartları\n"
        "esas almaktadır.\n"
        "2019 ISO 9001:2015 Kalite Yönetim Sistemi Belgesi\n"
        "2021 KalDer – Mükemmellikte Kararlılık 2 Yıldız Belgesi\n"
        "2025 Türkiye Mükemmellik Ödülü finalisti\n"
    )
    read = found(text, "tr", "Ilgaz Doğalgaz Dağıtım A.Ş.", date(2026, 2, 14))
    assert {("Ilgaz Doğalgaz Dağıtım A.Ş.", "iso", None, 2019), ("Ilgaz Doğalgaz Dağıtım A.Ş.", "kalder", 2, 2021)} <= read
    assert not any(year == 2025 for *_, year in read)
