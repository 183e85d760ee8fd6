"""Findings in layouts written by authors the rules never saw: a report's key giving marks or letter
codes their kinds in either order ("+ a strength", "positive findings with the mark «+»", "“G” opens
a strength"), findings opened by a running code or a bracketed mark with a sub-criterion code, criteria
named by the model's name after the criterion word or a section number, sub-criterion headings, and
cells of side-by-side columns that the reader interleaves.

The sentences are written for these tests in each language; one test reads a rendered PDF of the
held-out set (dev split) through the reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.report_layout import is_report
from exbench.extraction.reports import read_report

HERE = Path(__file__).resolve().parent


def _read(text: str, language: str):
    return read_report([PageInput(1, text, language)], DocumentContext(language, "Örnek Kurum", 2024, None))


def _findings(text: str, language: str) -> list[tuple[str | None, str, str]]:
    return [(f.criterion_code, f.finding_type, f.text) for f in _read(text, language)[0]]


EN_KEY_GLUED = (
    "Assessment Report\nHow to read this report\n"
    "Findings follow the criteria. A “+” marks a strength; a “–” marks an opportunity for improvement.\n"
    "Criterion 1\nApproaches\n+The depot rota is planned with the drivers every spring.\n"
    "–Nobody checks whether the rota reduced overtime.\n"
    "Criterion 2\nDeployment\n+Team briefings happen at the start of every shift.\n"
)


def test_a_key_with_quoted_marks_gives_marks_glued_to_their_text_a_kind():
    assert _findings(EN_KEY_GLUED, "en") == [
        ("1", "strength", "The depot rota is planned with the drivers every spring."),
        ("1", "improvement_area", "Nobody checks whether the rota reduced overtime."),
        ("2", "strength", "Team briefings happen at the start of every shift."),
    ]


EN_GRADED_MARKS = (
    "Feedback Report\nComments are marked by significance: ++ an outstanding strength, + a\n"
    "strength, - an opportunity for improvement (OFI), -- a significant OFI. Not\nevery item has comments.\n"
    "Category 1: Leadership\nItem 1.1 Senior Leadership\n++ Leaders publish their diaries to all staff.\n"
    "-- Leaders have no plan for succession.\nCategory 2: Strategy\nItem 2.2 Strategy Implementation\n"
    "- Action plans have no owners.\n"
)


def test_doubled_marks_and_a_key_wrapped_over_lines_give_kinds_and_the_key_is_no_finding():
    found = [(f.criterion_code, f.item_code, f.finding_type, f.text) for f in _read(EN_GRADED_MARKS, "en")[0]]
    assert found == [
        ("1", "1.1", "strength", "Leaders publish their diaries to all staff."),
        ("1", "1.1", "improvement_area", "Leaders have no plan for succession."),
        ("2", "2.2", "improvement_area", "Action plans have no owners."),
    ]


FA_KINDS_BEFORE_MARKS = (
    "گزارش بازخورد\nدر جداول زیر، یافته‌های مثبت با علامت «+» و زمینه‌های بهبود با علامت «−» آمده‌اند.\n"
    "معیار ۱: رهبری\nردیف نوع شرح یافته\n۱ + مدیران هر ماه با کارکنان جلسه دارند.\n"
    "۲ − ارزیابی سبک رهبری انجام نمی‌شود.\n"
    "معیار نتایج مشتریان\nعلامت شرح یافته\n+ رضایت مشتریان سه سال بهبود یافته است.\n"
)


def test_persian_kinds_named_before_their_marks_and_a_criterion_named_by_its_name():
    assert _findings(FA_KINDS_BEFORE_MARKS, "fa") == [
        ("1", "strength", "مدیران هر ماه با کارکنان جلسه دارند."),
        ("1", "improvement_area", "ارزیابی سبک رهبری انجام نمی‌شود."),
        ("6", "strength", "رضایت مشتریان سه سال بهبود یافته است."),
    ]


def test_persian_letter_codes_of_the_key_open_findings():
    text = (
        "گزارش بازخورد\nراهنما: «ق» نقطه قوت و «ب» فرصت بهبود؛ شماره‌ها ترتیبی‌اند.\n"
        "معیار ۳: درگیر کردن ذی‌نفعان\nاجرا\nق-۱) فهرست ذی‌نفعان هر سال به‌روز می‌شود.\n"
        "ب-۱) بازخورد شهروندان جمع‌آوری نمی‌شود.\nمعیار ۴: خلق ارزش پایدار\nق-۲) خدمات برخط گسترش یافته است.\n"
    )
    assert _findings(text, "fa") == [
        ("3", "strength", "فهرست ذی‌نفعان هر سال به‌روز می‌شود."),
        ("3", "improvement_area", "بازخورد شهروندان جمع‌آوری نمی‌شود."),
        ("4", "strength", "خدمات برخط گسترش یافته است."),
    ]


def test_persian_sub_criterion_headings_and_a_numbered_closing_heading():
    text = (
        "گزارش بازخورد\nمعیار ۲ – فرهنگ سازمانی و رهبری\nزیرمعیار ۲-۳: مدیریت تغییر\nنقاط قوت\n"
        "برنامه تغییر با کارکنان تدوین شده است.\nزیرمعیار ۲-۴: همسویی\nفرصت‌های بهبود\n"
        "شاخص همسویی تعریف نشده است.\n۸. ماتریس امتیازدهی\nامتیاز هر معیار جمع زیرمعیارهاست.\n"
    )
    found = [(f.criterion_code, f.item_code, f.finding_type, f.text) for f in _read(text, "fa")[0]]
    assert found == [
        ("2", "2.3", "strength", "برنامه تغییر با کارکنان تدوین شده است."),
        ("2", "2.4", "improvement_area", "شاخص همسویی تعریف نشده است."),
    ]


TR_CODED = (
    "GERİ BİLDİRİM RAPORU\nKriter Puan\nK1 52\nK2 48\nA. Kuvvetli Yanlar\n"
    "KY-1 (1a) Yöneticiler her ay birimleri ziyaret etmektedir.\nKY-2 (2c) Stratejik plan nüfus verisine dayanır.\n"
    "B. İyileştirmeye Açık Alanlar\nİA-1 (1d) Liderlik performansı ölçülmemektedir.\n"
    "Parantez içindeki kodlar alt kriteri gösterir.\n"
)


def test_turkish_running_codes_with_sub_criterion_codes_and_the_note_after_them():
    found = [(f.criterion_code, f.finding_type, f.text) for f in _read(TR_CODED, "tr")[0]]
    assert found == [
        ("1", "strength", "Yöneticiler her ay birimleri ziyaret etmektedir."),
        ("2", "strength", "Stratejik plan nüfus verisine dayanır."),
        ("1", "improvement_area", "Liderlik performansı ölçülmemektedir."),
    ]


def test_turkish_bracketed_marks_and_a_note_before_them_that_names_results_is_no_finding():
    text = (
        "GERİ BİLDİRİM RAPORU\n3. KUVVETLİ YANLAR\nKöşeli parantez içindeki numara alt kriteri;\n"
        "sonuç kriterlerinde kriteri gösterir.\n(+) [1.2] Misyon muhtarlarla yapılan\nçalıştayda güncellenmiştir.\n"
        "(+) [Kriter 6] Esnaf memnuniyeti artmaktadır.\n4. İYİLEŞTİRMEYE AÇIK ALANLAR\n"
        "(–) [2.3] Değişim yönetimi değerlendirilmemektedir.\n5. PUANLAMA\n"
    )
    assert _findings(text, "tr") == [
        ("1", "strength", "Misyon muhtarlarla yapılan çalıştayda güncellenmiştir."),
        ("6", "strength", "Esnaf memnuniyeti artmaktadır."),
        ("2", "improvement_area", "Değişim yönetimi değerlendirilmemektedir."),
    ]


def test_turkish_letter_codes_of_side_by_side_columns_keep_a_cell_the_reader_split():
    text = (
        "Geri Bildirim Raporu\n“G” ile başlayan numaralar güçlü alanları, “A” ile başlayanlar geliştirilecek\n"
        "alanları gösterir.\n4.1 Kriter 2 – Kurum Kültürü ve Liderlik\nGüçlü Alanlar Geliştirilecek Alanlar\n"
        "G3. Üst yönetim her ay sahayı ziyaret etmekte ve geri\nA2. Liderlik davranışları ölçülmemektedir.\n"
        "bildirimleri kayıt altına almaktadır.\n3.3 Paydaşları Dahil Etme\nG4. Hasta kurulu yılda dört kez toplanır.\n"
    )
    assert sorted(_findings(text, "tr")) == [
        ("2", "improvement_area", "Liderlik davranışları ölçülmemektedir."),
        ("2", "strength", "Üst yönetim her ay sahayı ziyaret etmekte ve geri bildirimleri kayıt altına almaktadır."),
        ("3", "strength", "Hasta kurulu yılda dört kez toplanır."),
    ]


def test_a_bare_section_number_before_a_model_name_is_no_criterion_number():
    text = (
        "Feedback report\n1. Introduction\nThe visit took two days.\n"
        "3.1 Purpose, Vision & Strategy\nStrengths\n• The purpose was written with residents.\n"
        "3.2 Engaging Stakeholders\nAreas for Improvement\n• Tenants are not asked for feedback.\n"
    )
    assert [(c, k) for c, k, _ in _findings(text, "en")] == [("1", "strength"), ("3", "improvement_area")]


def test_a_news_page_with_pluses_and_the_word_strength_is_no_report():
    news = (
        "Council news\nThe mayor said: “+ our strength is our people; – our weakness is the budget.”\n"
        "Criterion 1 of the award is leadership.\nCriterion 2 is strategy.\n"
    )
    assert not is_report([PageInput(1, news, "en")])


@pytest.mark.parametrize("producer", ["pdf-chromium", "pdf-weasyprint"])
def test_a_printed_turkish_report_with_a_key_and_a_findings_table(producer):
    from exbench.reading import read_document

    pdf = HERE / "heldout3" / producer / "tr_c01.pdf"
    _title, pages = read_document(pdf, "application/pdf", ocr=False)
    inputs = [PageInput(p.page_number, p.text, p.language) for p in pages]
    findings, _scores = read_report(inputs, DocumentContext("tr", "Örnek", 2023, None))
    assert len(findings) == 28
    assert {f.criterion_code for f in findings} == {str(n) for n in range(1, 8)}
    assert sum(f.finding_type == "strength" for f in findings) == 13
    for finding in findings:
        assert finding.evidence.quote in inputs[finding.evidence.page - 1].text


EN_COLUMNS = (
    "Assessment report\nCriterion 3: Engaging Stakeholders\nStrengths Areas for Improvement\n"
    "Tenants are surveyed every spring. Complaints from neighbours are not analysed.\n"
    "There is no plan for sharing results with tenants.\n"
    "Criterion 4: Creating Sustainable Value\nStrengths Areas for Improvement\n"
    "The booking system shows free berths. New services are designed without users.\n"
)


def test_side_by_side_cells_of_strengths_and_areas_take_their_kind_from_their_grammar():
    """Cells read one after another cannot say their column: an area states a lack ("no plan", "not
    analysed", "without users"), a strength does not."""
    assert _findings(EN_COLUMNS, "en") == [
        ("3", "strength", "Tenants are surveyed every spring."),
        ("3", "improvement_area", "Complaints from neighbours are not analysed."),
        ("3", "improvement_area", "There is no plan for sharing results with tenants."),
        ("4", "strength", "The booking system shows free berths."),
        ("4", "improvement_area", "New services are designed without users."),
    ]


def test_side_by_side_lists_in_cells_read_column_by_column_keep_their_kinds():
    """A cell holding a list: the whole left column comes first, so the second cell may be a strength too."""
    text = (
        "گزارش بازخورد\nمعیار ۱: رهبری\nنقاط قوت زمینه‌های قابل بهبود\n"
        "مدیران در بازدیدهای ماهانه از ایستگاه‌ها حضور دارند.\nارزش‌های سازمانی با مشارکت کارکنان بازنگری شده است.\n"
        "سازوکاری برای ارزیابی سبک رهبری وجود ندارد.\nمعیار ۲: راهبرد\nنقاط قوت زمینه‌های قابل بهبود\n"
        "برنامه راهبردی بر پایه تحلیل تقاضا تدوین شده است.\nاهداف به واحدها ابلاغ نشده است.\n"
    )
    assert [(c, k) for c, k, _ in _findings(text, "fa")] == [
        ("1", "strength"),
        ("1", "strength"),
        ("1", "improvement_area"),
        ("2", "strength"),
        ("2", "improvement_area"),
    ]


def test_side_by_side_cells_whose_first_states_a_lack_keep_only_the_first_row():
    """Where the first cell reads as an area under a strengths-first header, the grammar is not trusted."""
    text = (
        "Assessment report\nCriterion 3: Engaging Stakeholders\nStrengths Areas for Improvement\n"
        "Tenants are not yet surveyed by district. Complaints from neighbours are not analysed.\n"
        "There is no plan for sharing results with tenants.\n"
        "Criterion 4: Creating Sustainable Value\nStrengths Areas for Improvement\n"
        "The booking system shows free berths. New services are designed without users.\n"
    )
    assert [(c, k) for c, k, _ in _findings(text, "en")][:2] == [("3", "strength"), ("3", "improvement_area")]


def test_side_by_side_columns_woven_together_by_the_reader_give_nothing():
    text = (
        "Assessment report\nKriter 2: Liderlik\nGüçlü Alanlar Gelişmeye Açık Alanlar\n"
        "Üst yönetim her ay vardiya amirleriyle buluşarak önerileri\nLiderlik davranışları ölçülmemektedir.\n"
        "dinlemektedir.\nKriter 3: Strateji\n"
    )
    assert _findings(text, "tr") == []


def test_a_printed_report_with_two_columns_per_criterion_gives_every_cell_its_kind():
    import json

    from exbench.reading import read_document

    pdf = HERE / "heldout3" / "pdf-chromium" / "en_c01.pdf"
    _title, pages = read_document(pdf, "application/pdf", ocr=False)
    inputs = [PageInput(p.page_number, p.text, p.language) for p in pages]
    findings = read_report(inputs, DocumentContext("en", "Port", 2024, None))[0]
    label = json.loads((HERE / "heldout3" / "labels" / "en_c01.json").read_text(encoding="utf-8"))
    assert sorted((f.criterion_code, f.finding_type, f.text[:30]) for f in findings) == sorted(
        (f["criterion"], f["finding_type"], f["text"][:30]) for f in label["findings"]
    )


def test_running_codes_whose_letters_change_under_one_heading_leave_the_rest_out():
    text = (
        "GERİ BİLDİRİM RAPORU\nKriter 6: Paydaş Algıları\nGüçlü Alanlar\nG10. Hasta memnuniyeti artmaktadır.\n"
        "A8. Tedarikçi algıları ölçülmemektedir.\nKriter 7: Sonuçlar\nGüçlü Alanlar\nG11. Kazalar azalmıştır.\n"
    )
    assert _findings(text, "tr") == [
        ("6", "strength", "Hasta memnuniyeti artmaktadır."),
        ("7", "strength", "Kazalar azalmıştır."),
    ]


def test_two_coded_cells_side_by_side_both_unended_give_neither():
    text = (
        "Rapor\n“G” ile başlayanlar güçlü alanları, “A” ile başlayanlar geliştirilecek alanları gösterir.\n"
        "Kriter 5: Performans\nG9. Göstergeler tek bir panelde\nA7. Dijital projelerde risk ve\n"
        "birleştirilmiş ve izlenmektedir.\nfayda analizi yapılmamaktadır.\nG10. Bakım planı dijitaldir.\n"
        "Kriter 6: Algılar\nA8. Tedarikçi algısı ölçülmemektedir.\n"
    )
    assert _findings(text, "tr") == [
        ("5", "strength", "Bakım planı dijitaldir."),
        ("6", "improvement_area", "Tedarikçi algısı ölçülmemektedir."),
    ]
