"""Round 32 of recognitions, on the printed pages of blind writers' dev documents: a table of receivers read by
what its columns hold (a stars column beside the level's), a scale of stars that is no level, a year that dates
where a journey began, a level read without its stars beside the same level with them, the level a Persian
report says its organization reached ("سطح کسب‌شده سازمان ..."), a state programme "Baldrige-based" that is no
Baldrige award, a city's festival named by the page's title, a union's star grades, a name a narrow column broke
and a table's row named by its initials."""

from __future__ import annotations

from tests.rendered import recognitions_read


def test_a_results_table_gives_each_row_its_level_and_the_stars_of_its_own_column() -> None:
    read = recognitions_read("heldout21", "tr_z01")  # Kuruluş | Kategori / Sektör | Düzey | Yıldız
    assert {
        ("Karaçam Belediyesi", "kalder", 5, 2025),
        ("Bozdere Metro İşletmeleri A.Ş.", "kalder", 4, 2025),
        ("Sarıkaya Eğitim ve Araştırma Hastanesi", "kalder", 3, 2025),
        ("Tepeköy Belediyesi", "kalder", 2, 2025),
        ("Doğanbey Katılım Bankası A.Ş.", "kalder", 4, 2025),
    } <= read
    # the sentence under the table that reads on from its last row gives no level of its own
    assert ("Karaçam Belediyesi", "kalder", None, 2025) not in read


def test_a_scale_of_stars_and_a_journey_begun_years_ago_are_no_receipts() -> None:
    read = recognitions_read("heldout29", "en_ad13")
    assert ("Fenbridge Water Services Ltd", "efqm", 5, 2024) in read
    assert not {r for r in read if r[2] == 7 or r[3] == 2016}  # "awarded from 3 to 7 stars", "since ... in 2016"
    assert ("Fenbridge Water Services Ltd", "efqm", None, 2024) not in read  # the headline's, cut before "5 Star"


def test_the_level_a_persian_report_says_its_organization_reached() -> None:
    read = recognitions_read("heldout29", "fa_ad05")
    assert ("سازمان آتش\u200cنشانی و خدمات ایمنی شهرداری نارین\u200cدشت", "iran_national", 4, 2024) in read


def test_a_baldrige_based_state_programme_gives_no_baldrige_award() -> None:
    read = recognitions_read("heldout29", "en_ad14")
    assert not {r for r in read if r[0] == "Eastmoor Community Hospital" and r[1] == "baldrige"}
    assert ("Harbor Point Health System", "baldrige", None, 2022) in read


def test_a_name_a_narrow_column_breaks_over_two_lines_keeps_its_sentence() -> None:
    # "... share that Eastmoor Community" / "Hospital has received the Silver Award for Progress from ..."
    assert ("Eastmoor Community Hospital", "other", None, 2024) in recognitions_read("heldout29", "en_ad14")


def test_a_page_titled_by_a_citys_festival_gives_its_levels_to_the_festival() -> None:
    read = recognitions_read("heldout22", "fa_q02")  # "اختتامیه چهارمین جشنواره تعالی شهرداری سپیددشت"
    # "شهرداری منطقه ۳ و شهرداری منطقه ۷ به همراه سازمان پارک‌ها ... تقدیرنامه چهار ستاره": listed along with
    assert {("شهرداری منطقه ۳", "municipal", 4, 2025), ("شهرداری منطقه ۷", "municipal", 4, 2025)} <= read
    assert not {r for r in read if r[1] == "iran_national" and r[3] == 2025}


def test_a_unions_star_grade_is_the_unions_programmes() -> None:
    read = recognitions_read("heldout29", "tr_ad22")  # "KBB Yerel Yönetimlerde Mükemmellik Ödülü 2024 – ..."
    assert {("Dereköy Belediyesi", "municipal", 4, 2024), ("Dereköy Belediyesi", "municipal", 3, 2022)} <= read


def test_a_results_row_named_by_its_initials_is_the_organization_the_text_spells_out() -> None:
    read = recognitions_read("heldout27", "en_ab10")  # "Calderbrook MBC | Local government | Recognised by EFQM 4 Star"
    assert ("Calderbrook Metropolitan Borough Council", "efqm", 4, 2024) in read
    assert not {r for r in read if r[0] == "Calderbrook MBC"}


def test_a_table_of_one_organizations_awards_names_no_receiver_in_its_level_column() -> None:
    read = recognitions_read("heldout25", "en_o01")  # Year | Program | Recognition ("Commitment Level", ...)
    assert not {r for r in read if r[0] in ("Commitment Level", "Progress Level", "Award Recipient")}


def test_an_award_with_its_stars_in_brackets_in_a_unions_results_table() -> None:
    read = recognitions_read("heldout30", "tr_ae06")  # "Kalitede Yetkinlik Ödülü (4 Yıldız)"
    assert {("Mavikoy Belediyesi", "municipal", 4, 2024), ("Yalıçam Belediyesi", "municipal", 3, 2024)} <= read


def test_a_baldrige_report_s_scoring_note_is_no_award_and_a_certificate_maintained_since_a_year() -> None:
    read = recognitions_read("heldout30", "en_ae21")  # "Baldrige scores items ... received no comments"
    assert not {r for r in read if r[1] == "baldrige"}
    # "has maintained ISO 14001 certification for its wastewater operations since 2019"
    assert ("Brenton County Public Utility District", "iso", None, 2019) in read
