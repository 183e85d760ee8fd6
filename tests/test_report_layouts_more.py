"""Feedback-report layouts of authors the rules were not written for: a findings table whose kind
column holds letters ("S / OFI"), kind marks as triangles after a criterion part ("1.4 ▼"), running
codes with an unbracketed sub-criterion ("GY-3 3b"), numbered labeled findings in a script without
capitals, a criterion's score stated under it ("this criterion ... 52 out of 100"), and score-table
headers with a unit in brackets, a "No" column or an "out of" column.

The reports are written for these tests in each language; each test states what a reader of the
report would expect to find."""

from __future__ import annotations

from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.reports import read_report
from exbench.extraction.score_headers import header_columns, key


def _read(text: str, language: str):
    return read_report([PageInput(1, text, language)], DocumentContext(language, "Örnek Kurum", 2024, None))


def _kinds(text: str, language: str) -> list[tuple[str | None, str]]:
    return [(f.criterion_code, f.finding_type) for f in _read(text, language)[0]]


def _scores(text: str, language: str) -> list[tuple[str | None, float, float | None]]:
    return [(s.criterion_code, s.points, s.max_points) for s in _read(text, language)[1]]


def test_a_kind_column_of_letters_named_in_the_header():
    text = (
        "Feedback Report\nCategory 1: Leadership\nItem S / OFI Comment\n"
        "1.1 S Senior leaders deploy the mission through monthly briefings.\n"
        "1.1 OFI It is not clear how senior leaders evaluate their communication.\n"
        "Category 2: Strategy\nItem S / OFI Comment\n2.1 S The planning process uses a 20-year model.\n"
    )
    assert _kinds(text, "en") == [("1", "strength"), ("1", "improvement_area"), ("2", "strength")]


def test_triangle_marks_of_the_key_after_a_criterion_part_or_code():
    text = (
        "Assessment Report\nThe findings are listed by criterion part. ▲ strength ▼ area for development\n"
        "Criterion 1 — Purpose, Vision & Strategy\n1.1 ▲ The purpose was redrafted in 2022 with patients.\n"
        "1.4 ▼ The link between strategy and the operating plan is not explained.\n"
        "Criterion 6 — Stakeholder Perceptions\nC6 ▲ Inpatient survey results have improved for four years.\n"
    )
    assert _kinds(text, "en") == [("1", "strength"), ("1", "improvement_area"), ("6", "strength")]


def test_running_codes_with_a_sub_criterion_in_a_captioned_table():
    text = (
        "Birim Değerlendirme Raporu\nBulgular alt kriter bazında kodlanmıştır. Güçlü yönler “GY”, iyileştirmeye açık alanlar "
        "“İA” kısaltmasıyla numaralandırılmıştır.\nTablo 2 – Güçlü Yönler\nNo Alt Kriter Bulgu\n"
        "GY-1 1b Daire Başkanı her çeyrek sonunda toplantı yapmaktadır.\nGY-2 3d Vardiya amirleri bilgilendirme yapmaktadır.\n"
        "Tablo 3 – İyileştirmeye Açık Alanlar\nNo Alt Kriter Bulgu\nİA-1 2a Birim hedefleri analiz edilmemektedir.\n"
    )
    assert _kinds(text, "tr") == [("1", "strength"), ("3", "strength"), ("2", "improvement_area")]


def test_numbered_labeled_findings_and_a_score_stated_under_each_criterion():
    text = (
        "گزارش بازخورد ارزیابی\n۱. هدف، چشم‌انداز و استراتژی\n"
        "1. نقطه قوت نقشه راه شهر هوشمند به پروژه‌های سالانه متصل شده است.\n"
        "2. فرصت بهبود ریسک‌های امنیت سایبری بررسی نمی‌شوند.\n"
        "جمعبندی تیم: این معیار ٥٢ امتیاز از ١٠٠ امتیاز را به دست آورد.\n"
        "۲. فرهنگ سازمانی و رهبری\n1. نقطه قوت مدیرعامل جلسات فصلی برگزار می‌کند.\n"
        "جمعبندی تیم: این معیار ٥٥ امتیاز از ١٠٠ امتیاز را به دست آورد.\n"
    )
    assert _kinds(text, "fa") == [("1", "strength"), ("1", "improvement_area"), ("2", "strength")]
    assert _scores(text, "fa") == [("1", 52, 100), ("2", 55, 100)]


def test_criterion_headings_with_a_bar_and_a_date_that_is_no_score():
    text = (
        "Geri Bildirim Raporu\nRapor tarihi\n2 Nisan 2024\nKriter 1 | Liderlik\n(+) Üst yönetim sahayı ziyaret etmektedir.\n"
        "Kriter 2 | Strateji\n(−) Hedefler birimlere yayılmamıştır.\n"
        "Bulgular “(+)” güçlü yön, “(−)” iyileştirmeye açık alan işaretiyle verilmiştir.\n"
    )
    assert _kinds(text, "tr") == [("1", "strength"), ("2", "improvement_area")]
    assert _scores(text, "tr") == []


def test_score_headers_with_a_unit_in_brackets_a_number_column_or_an_out_of_column():
    assert header_columns(key("Kriter No Kriter Ağırlık (%) Başarı Oranı (%) Puan")) == ["criterion", "other", "band", "points"]
    assert header_columns(key("شماره عنوان معیار امتیاز مکتسبه از")) == ["criterion", "points", "max"]


def test_a_findings_table_with_a_reference_column_and_kind_letters():
    text = (
        'EFQM Assessment Report\nColumn "Type": S = strength, AFI = area for improvement.\nRef Crit. Type Observation Owner\n'
        "C1-S01 1 S The purpose was rewritten in 2022 after listening events.\n"
        "C1-AFI01 1 AFI Assumptions about future demand are not stress-tested.\n"
        "C2-S01 2 S Executive directors ride out with crews every quarter.\n"
        "Scoring profile\n# Criterion Weighting Score % of max\n1 Purpose, Vision & Strategy 100 58 58%\n"
        "2 Organisational Culture & Leadership 100 61 61%\n3 Engaging Stakeholders 100 55 55%\n"
    )
    assert _kinds(text, "en") == [("1", "strength"), ("1", "improvement_area"), ("2", "strength")]


def test_an_item_heading_naming_the_kind_of_the_paragraph_under_it():
    text = (
        "Feedback Report\nCATEGORY 1 — LEADERSHIP\nItem 1.1 · Strength\nSenior leaders deploy the mission in monthly briefings.\n"
        "Item 1.2 · Opportunity for Improvement\nIt is not clear how senior leaders are evaluated.\n"
        "Scoring Summary\nCat. Title Scoring band Pts\n1 Leadership 50–65% 62\n2 Strategy 30–45% 38\n"
    )
    assert _kinds(text, "en") == [("1", "strength"), ("1", "improvement_area")]


def test_a_numbered_findings_table_whose_criterion_cell_is_the_criterions_name():
    text = (
        "گزارش بازخورد\nردیف معیار نوع یافته شرح یافته\n۱ رهبری قوت مدیرعامل به‌صورت ماهانه با کارکنان جلسه برگزار می‌کند.\n"
        "۲ رهبری زمینه بهبود نظام ارزیابی اثربخشی رهبری تعریف نشده است.\n"
        "۳ شراکت‌ها و منابع قوت قرارداد نگهداری ناوگان بر پایه شاخص‌ها تنظیم شده است.\n"
    )
    assert _kinds(text, "fa") == [("1", "strength"), ("1", "improvement_area"), ("4", "strength")]


def test_criteria_numbered_in_words_in_a_sentence_of_scores_and_a_total_in_brackets():
    text = (
        "گزارش بازخورد\nمعیار ۱: رهبری\nنقاط قوت\n- رهبران جلسه منظم دارند.\nمعیار ۲: راهبرد\nنقاط قوت\n- راهبرد تدوین شده است.\n"
        "امتیازات به این شرح است: معیار یک (رهبری) ۴۱ امتیاز از ۱۰۰ ؛ معیار دو (فرهنگ سازمانی و\n"
        "رهبری) ۳۸ امتیاز از ۱۰۰. جمع امتیاز: سیصد و شصت و هفت (۳۶۷ ) از ۱۰۰۰.\n"
    )
    assert sorted(_scores(text, "fa"), key=str) == sorted([("1", 41, 100), ("2", 38, 100), (None, 367, 1000)], key=str)


def test_a_total_row_with_its_scale_and_an_earlier_cycles_total_in_a_wrapped_sentence():
    text = (
        "Geri Bildirim Raporu\nKriter 1 Liderlik\nGüçlü Yönler\n- Yöneticiler sahayı ziyaret etmektedir.\n"
        "Kriter 2 Strateji\nGüçlü Yönler\n- Plan yıllık gözden geçirilmektedir.\n"
        "KRİTER AĞIRLIK ALINAN PUAN BAŞARI %\n1 Liderlik 100 48 48\n2 Strateji 100 44 44\nTOPLAM 1000 441\n"
        "Başkanlığınız 441 puan ile Üç Yıldız ile ödüllendirilmiştir. Başkanlığınız 2023 yılında 356 puanla İki Yıldız\n"
        "almıştı.\n"
    )
    assert _scores(text, "tr") == [("1", 48, None), ("2", 44, None), (None, 441, 1000)]
