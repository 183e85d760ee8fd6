"""Counts and their owners of the twenty-seventh round: a programme's figures go to the body the document says
organizes or hosts the programme (not to the programme's name, nor to no one)."""

from __future__ import annotations

import datetime

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput


def _owned(text: str, language: str, organization: str | None = None) -> set[tuple]:
    facts = extract_document([PageInput(1, text, language, ())], None, organization, datetime.date(2025, 6, 1))
    return {(m.organization, m.metric_code, m.value) for m in facts.metrics}


def test_persian_programme_figures_go_to_the_body_that_hosts_the_award():
    text = (
        "مراسم پایانی جایزه ملی تعالی سازمانی دیروز به میزبانی سازمان مدیریت صنعتی در تهران برگزار شد. "
        "دبیر جایزه ملی تعالی سازمانی در این مراسم گفت: در این دوره ۱۲۰ سازمان ارزیابی شدند و ۲۸۰ ارزیاب در "
        "ارزیابی‌ها مشارکت داشتند."
    )
    found = _owned(text, "fa")
    assert ("سازمان مدیریت صنعتی", "organizations_assessed", 120.0) in found
    assert ("سازمان مدیریت صنعتی", "assessors", 280.0) in found


def test_persian_programme_figures_stay_with_the_award_when_no_body_is_said_to_run_it():
    text = (
        "دبیر جایزه ملی تعالی سازمانی در مراسم پایانی گفت: در این دوره ۱۲۰ سازمان ارزیابی شدند و ۲۸۰ ارزیاب "
        "در ارزیابی‌ها مشارکت داشتند."
    )
    owners = {owner for owner, code, _ in _owned(text, "fa") if code == "organizations_assessed"}
    assert "سازمان مدیریت صنعتی" not in owners


def test_turkish_programme_figures_told_by_the_short_name_go_to_the_union_that_organizes_the_award():
    text = (
        "Marmara Kıyı Belediyeler Birliği'nin (MKBB) bu yıl dördüncüsünü düzenlediği Yerel Yönetimlerde "
        "Mükemmellik Ödülleri dün sahiplerini buldu. Birlik verilerine göre bu yıl ödüle 15 belediye başvurdu, "
        "bunlardan 12'si değerlendirmeye alındı. 30 değerlendirici toplam 900 saat sahada çalıştı."
    )
    found = _owned(text, "tr")
    assert ("Marmara Kıyı Belediyeler Birliği", "organizations_assessed", 12.0) in found
    assert ("Marmara Kıyı Belediyeler Birliği", "assessors", 30.0) in found


def test_english_programme_figures_go_to_the_association_that_runs_the_award():
    text = (
        "The Northfold Excellence Award is run by the Association of Northfold Councils. "
        "The Northfold Excellence Award programme as a whole drew 19 applications and 14 councils were assessed "
        "by 52 volunteer assessors."
    )
    owners = {owner for owner, code, _ in _owned(text, "en") if code in ("organizations_assessed", "assessors")}
    assert owners <= {"Association of Northfold Councils"}


def test_turkish_organizations_that_completed_the_assessment_process_were_assessed():
    text = "2024 döngüsünde 16 üye belediye öz değerlendirme ve dış değerlendirme sürecini tamamlamıştır."
    found = {(code, value) for _, code, value in _owned(text, "tr", "Ege Belediyeler Birliği")}
    assert ("organizations_assessed", 16.0) in found
    assert ("member_organizations", 16.0) not in found
    # a self-assessment alone is no assessment of the programme
    text = "Bu yıl 12 müdürlük öz değerlendirme sürecini tamamladı."
    assert not {code for _, code, _ in _owned(text, "tr", "Ege Belediyeler Birliği") if code == "organizations_assessed"}


def test_persian_count_nouns_with_the_ezafe_mark():
    text = "تیم ارزیابی امسال ۶ نفر بودند. در گزارش بازخورد ۵۱ نقطهٔ قوت و ۶۸ زمینهٔ قابل بهبود آمده بود و ۱۲ پروژهٔ بهبود تعریف شد."
    found = {(code, value) for owner, code, value in _owned(text, "fa", "شرکت آب و فاضلاب دشتستان")}
    assert {("strengths", 51.0), ("improvement_areas", 68.0), ("improvement_projects", 12.0)} <= found


def test_stats_block_caption_with_a_year_and_an_aside_of_the_earlier_round():
    text = (
        "Our year in numbers\n11\nmunicipalities completed the\n2025 ELoGE assessment\n(2023 round: 6)\n13\n"
        "assessors: 9 internal\nassessors from the\nAssociation’s secretariat and\n96\nassessor days spent on\n"
        "document reviews and\ninterviews\n"
    )
    facts = extract_document([PageInput(1, text, "en", ())], None, "Wessex Association of Councils", datetime.date(2026, 3, 1))
    found = {(m.metric_code, m.value) for m in facts.metrics}
    assert {("organizations_assessed", 11.0), ("assessors", 13.0)} <= found
    assert ("organizations_assessed", 6.0, 2023) in {(m.metric_code, m.value, m.period_year) for m in facts.metrics}


def test_table_rows_named_by_a_place_and_an_abbreviation_the_key_spells_out():
    rows = (
        ("Council", "Peer assessors", "Strengths", "Areas for improvement"),
        ("Ashby DC", "3", "18", "22"),
        ("Corley BC", "2", "21", "17"),
    )
    text = (
        "Peer review results by council, 2024\nCouncil Peer assessors Strengths Areas for improvement\n"
        "Ashby DC 3 18 22\nCorley BC 2 21 17\nDC – District Council; BC – Borough Council.\n"
    )
    facts = extract_document([PageInput(1, text, "en", (rows,))], None, None, datetime.date(2025, 2, 1))
    found = {(m.organization, m.metric_code, m.value) for m in facts.metrics}
    assert {("Ashby District Council", "strengths", 18.0), ("Corley Borough Council", "improvement_areas", 17.0)} <= found
    # without the key the rows name no organization: their counts stay unowned
    bare = text.replace("DC – District Council; BC – Borough Council.\n", "")
    facts = extract_document([PageInput(1, bare, "en", (rows,))], None, None, datetime.date(2025, 2, 1))
    assert not {m.organization for m in facts.metrics if m.value in (18.0, 17.0)} - {None}


def test_english_internal_and_external_peer_assessors_and_a_figure_for_the_year_before_in_brackets():
    text = (
        "Twenty-three peer assessors took part: 17 internal peer assessors drawn from member councils and 6 external "
        "assessors. Assessment hours totalled 1,140 (2023: 870)."
    )
    facts = extract_document([PageInput(1, text, "en", ())], None, "Wyre Councils Partnership", datetime.date(2025, 1, 20))
    found = {(m.metric_code, m.value, m.period_year) for m in facts.metrics}
    assert ("assessors_internal", 17.0) in {(code, value) for code, value, _ in found}
    assert ("assessment_hours", 1140.0) in {(code, value) for code, value, _ in found}
    assert ("assessment_hours", 870.0, 2023) in found


def test_turkish_member_municipalities_visited_by_trained_assessors_of_the_union_that_runs_the_festival():
    text = (
        "Birliğimizin 2019'dan bu yana düzenlediği Mükemmellik Festivali'nin beşincisi 2024 yılı boyunca sürdü. "
        "Festivale katılan 18 üye belediyemiz, Birlik bünyesinde eğitim almış 31 değerlendiricimiz tarafından ziyaret "
        "edildi."
    )
    found = _owned(text, "tr", "Yukarı Fırat Belediyeler Birliği")
    assert ("Yukarı Fırat Belediyeler Birliği", "organizations_assessed", 18.0) in found
    assert ("Yukarı Fırat Belediyeler Birliği", "assessors", 31.0) in found
    assert not {code for _, code, _ in found if code == "member_organizations"}
    # people trained who did not assess stay out
    text = "Birlik bünyesinde eğitim almış 31 personelimiz sertifika aldı."
    assert not _owned(text, "tr", "Yukarı Fırat Belediyeler Birliği")


def test_persian_stats_block_with_a_team_and_its_kinds_in_brackets():
    text = (  # the page's full lines before the block: its short lines are units of their own
        "آیین اختتامیه چهاردهمین دوره جشنواره تعالی مدیریت شهری کرانه، با حضور شهردار و اعضای\n"
        "شورای اسلامی شهر در تالار شهر برگزار شد و واحدهای برگزیده دوره ۱۴۰۳ تندیس‌ها و تقدیرنامه‌های خود\n"
        "را دریافت کردند.\n۴۱\nواحد ارزیابی‌شده\n۹۰\nارزیاب(۶۰ درون‌سازمانی و\n۳۰ برون‌سازمانی)\n۲۷۰۰\nنفر-ساعت ارزیابی\n"
    )
    found = {(code, value) for _, code, value in _owned(text, "fa", "شهرداری کرانه")}
    assert {
        ("organizations_assessed", 41.0),
        ("assessors", 90.0),
        ("assessors_internal", 60.0),
        ("assessors_external", 30.0),
        ("assessment_hours", 2700.0),
    } <= found


def test_turkish_union_team_in_its_site_assessments_and_its_kinds_and_hours_told_after_it():
    text = (
        "Saha değerlendirmelerinde toplam 44 değerlendirici görev yapmıştır. Bu değerlendiricilerin 30’u üye "
        "belediyelerde çalışan ve kendi kurumu dışındaki belediyeleri değerlendiren iç değerlendiriciler, 14’ü ise "
        "KalDer lisanslı bağımsız dış değerlendiricilerdir. Değerlendirme çalışmalarına toplam 2.000 kişi-saat "
        "harcanmış; bu sürenin 1.400 saati iç değerlendiriciler, 600 saati dış değerlendiriciler tarafından "
        "gerçekleştirilmiştir."
    )
    found = {(code, value) for owner, code, value in _owned(text, "tr", "Batı Akdeniz Belediyeler Birliği") if owner}
    assert {
        ("assessors", 44.0),
        ("assessors_internal", 30.0),
        ("assessors_external", 14.0),
        ("assessment_hours_internal", 1400.0),
        ("assessment_hours_external", 600.0),
    } <= found


def test_persian_units_table_names_each_unit_before_its_parent():
    rows = (("واحد", "نقاط قوت", "زمینه‌های بهبود"), ("منطقه ۳", "۲۴", "۲۵"))
    text = "نتایج ارزیابی واحدها\nواحد نقاط قوت زمینه‌های بهبود\nمنطقه ۳ ۲۴ ۲۵\n"
    facts = extract_document([PageInput(1, text, "fa", (rows,))], None, "شهرداری کرانه", datetime.date(2025, 2, 1))
    found = {(m.organization, m.metric_code, m.value) for m in facts.metrics}
    assert ("منطقه ۳ شهرداری کرانه", "strengths", 24.0) in found


def test_persian_programme_team_whose_external_assessors_are_members_of_an_association():
    text = (
        "ششمین دوره جشنواره تعالی سازمانی شهرداری کرانه در سال ۱۴۰۲ با ارزیابی ۲۰ واحد برگزار شد. در این دوره ۳۸ "
        "ارزیاب داخلی از میان کارکنان شهرداری و ۶ ارزیاب خارجی عضو انجمن ارزیابان تعالی، ارزیابی‌ها را انجام دادند.\n"
        "ارزیابی سازمان آتش‌نشانی شهرداری کرانه توسط تیمی ۴ نفره انجام شد و تیم ارزیابی ۷ قوت و ۹ فرصت بهبود را ثبت کرد."
    )
    found = _owned(text, "fa", "سازمان آتش‌نشانی شهرداری کرانه")
    assert ("شهرداری کرانه", "assessors_internal", 38.0) in found
    assert ("شهرداری کرانه", "assessors_external", 6.0) in found
    assert ("سازمان آتش‌نشانی شهرداری کرانه", "strengths", 7.0) in found


def test_persian_units_assessed_with_their_breakdown_in_brackets_count_once():
    text = "در این دوره از جشنواره، ۲۴ واحد (۱۸ سازمان و شرکت تابعه و ۶ منطقه شهرداری) ارزیابی شدند."
    found = {(code, value) for _, code, value in _owned(text, "fa", "شهرداری کرانه") if code == "organizations_assessed"}
    assert found == {("organizations_assessed", 24.0)}


def test_english_applicants_taken_forward_to_assessment_are_the_programme_organizers_count():
    text = (
        "The Brookvale Excellence Awards are Brookvale City Council’s internal excellence programme. In 2024, ten "
        "directorates submitted applications, of which seven were taken forward to full assessment by a pool of 28 "
        "trained internal assessors drawn from across the Council."
    )
    found = _owned(text, "en", "Highways Directorate")
    assert ("Brookvale City Council", "organizations_assessed", 7.0) in found
    assert ("Brookvale City Council", "assessors_internal", 28.0) in found


def test_persian_stats_block_figure_written_with_words_is_a_figure_of_its_own_not_a_caption():
    text = (
        "چهارمین جشنواره تعالی سازمانی شهرداری کرانه با ارزیابی سازمان‌ها و شرکت‌های وابسته بر اساس مدل تعالی در آبان‌ماه\n"
        "امسال به پایان رسید. آنچه در ادامه می‌آید، تصویری از این دوره و از شهر کرانه به زبان اعداد است.\n"
        "۸۷۴\nنقطه قوت شناسایی‌شده\n۱ هزار و ۶۱۲\nزمینه قابل بهبود\n۴۱\nتجربه برتر\n"
    )
    found = {(code, value) for _, code, value in _owned(text, "fa", "شهرداری کرانه")}
    assert {("strengths", 874.0), ("improvement_areas", 1612.0), ("best_practices", 41.0)} <= found


def test_persian_exemplary_senior_assessors_honoured_are_no_team():
    text = "همچنین در این مراسم از ۱۲ ارزیاب ارشد نمونه نیز تقدیر به عمل آمد."
    assert not _owned(text, "fa", "سازمان مدیریت صنعتی")
    assert ("assessors", 5.0) in {(c, v) for _, c, v in _owned("تیم ارزیابی شامل ۵ ارزیاب ارشد بود.", "fa", "شرکت نمونه")}


def test_table_row_of_people_completing_assessor_training_is_no_team():
    from exbench.extraction.metric_cells import header_metric

    assert header_metric("People completing assessor training", "en") is None
    assert header_metric("Assessors", "en") == "assessors"
