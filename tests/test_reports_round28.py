"""Round twenty-eight of the report rules: a findings table whose reader took the lines above its header into
it (a title, a paragraph across the page) and the score table below it (its title row, then its header).

The short texts are our own, in the style of the reports of the blind batches' dev halves.
"""

from __future__ import annotations

from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.report_lexicon import line_key
from exbench.extraction.report_scores import in_digits
from exbench.extraction.report_table_merge import with_table_findings
from exbench.extraction.reports import read_report
from exbench.extraction.score_statements import statements

_E = ""
_TABLE_FA = (
    (_E, _E, _E, "گزارش خودارزیابی درمانگاه نمونه بر اساس مدل EFQM 2020 – سال ۱۴۰۳"),
    (_E, _E, _E, "خودارزیابی با حضور ارزیابان داخلی انجام شد و یافته‌ها در جدول زیر آمده است. جدول یافته‌ها"),
    (_E, "معیار", "نقاط قوت", "زمینه‌های بهبود"),
    (
        _E,
        "۱. هدف، چشم‌انداز و استراتژی",
        "بازنگری سالانه برنامه راهبردی با حضور نمایندگان همه واحدها",
        "نبود شاخص برای سنجش پیشرفت اهداف راهبردی در واحدها",
    ),
    (_E, "۲. فرهنگ سازمانی و رهبری", _E, "بازدیدهای مدیران از بخش‌ها برنامه‌ریزی شده و منظم نیست"),
    (_E, _E, _E, "نتیجه امتیازدهی (درصد تحقق معیار)"),
    ("معیار", "1", "2", "کل"),
)
_TEXT_FA = "\n".join(" ".join(cell for cell in row if cell) for row in _TABLE_FA)


def test_a_findings_table_whose_header_stands_below_a_title_and_a_paragraph_is_read_by_its_columns() -> None:
    pages = [PageInput(1, _TEXT_FA, "fa", (_TABLE_FA,))]
    found = with_table_findings(pages, DocumentContext("fa", "درمانگاه نمونه", 2024, None), [])
    assert {(f.criterion_code, f.finding_type, " ".join(f.text.split()[:3])) for f in found} == {
        ("1", "strength", "بازنگری سالانه برنامه"),
        ("1", "improvement_area", "نبود شاخص برای"),
        ("2", "improvement_area", "بازدیدهای مدیران از"),
    }


def test_the_title_of_a_score_table_joined_below_a_findings_table_is_no_finding() -> None:
    pages = [PageInput(1, _TEXT_FA, "fa", (_TABLE_FA,))]
    found = with_table_findings(pages, DocumentContext("fa", "درمانگاه نمونه", 2024, None), [])
    assert not [f for f in found if "امتیازدهی" in f.text]


def _findings(text: str, language: str) -> list[tuple[str | None, str, str]]:
    pages = [PageInput(n, page, language) for n, page in enumerate(text.split("\f"), start=1)]
    findings, _scores = read_report(pages, DocumentContext(language, "شرکت نمونه", 2024, None))
    return [(f.criterion_code, f.finding_type, f.text) for f in findings]


_NUMBERED_FA = (
    "گزارش بازخورد ارزیابی جایزه ملی تعالی سازمانی\n"
    "معیار ۲: خط‌مشی و استراتژی\n"
    "نقاط قوت:\n"
    "1. ( زیرمعیار ۲-۱) نیازهای ذی‌نفعان اصلی در برنامه‌ریزی راهبردی شناسایی شده‌اند.\n"
    "زمینه‌های بهبود:\n"
    "1. ( زیرمعیار ۲-۴) اهداف راهبردی تا سطح واحدهای شهرستان‌ها آبشار نشده است.\n"
    "معیار ۳: کارکنان\n"
    "نقاط قوت:\n"
    "1. ( زیرمعیار ۳-۲) دوره‌های آموزشی بر پایه نیازسنجی سالانه برگزار می‌شود.\n"
    "زمینه‌های بهبود:\n"
    "1. ( زیرمعیار ۳-۱) برنامه جانشین‌پروری تدوین نشده است.\n"
    "2. (زیرمعیار ۳-۴) نظام پیشنهادها پاسخ به‌موقع نمی‌دهد.\n"
    "۴. توصیه تیم ارزیابی\n"
    "پیشنهاد می‌شود شرکت، زمینه‌های بهبود را در قالب پروژه‌ها اولویت‌بندی کند.\n"
)


def test_a_sub_criterion_named_in_brackets_before_a_finding_is_no_part_of_its_text() -> None:
    assert ("3", "improvement_area", "برنامه جانشین‌پروری تدوین نشده است.") in _findings(_NUMBERED_FA, "fa")
    assert ("3", "improvement_area", "نظام پیشنهادها پاسخ به‌موقع نمی‌دهد.") in _findings(_NUMBERED_FA, "fa")


def test_the_assessment_team_s_recommendation_after_the_last_criterion_is_no_finding() -> None:
    assert not [text for _c, _k, text in _findings(_NUMBERED_FA, "fa") if "پیشنهاد می‌شود" in text]


_LABELED_FA = (
    "گزارش بازخورد ارزیابی\n"
    "معیار ۲: خط‌مشی و استراتژی\n"
    "نقطه قوت ۲.۱: داده‌های پایش کیفی آب در تدوین برنامه راهبردی به کار رفته است.\n"
    "زمینه بهبود ۲.۱: پیوند اهداف عملیاتی مناطق با اهداف کلان مستند نشده است.\n"
    "معیار ۳: کارکنان\n"
    "نقطه قوت ۳.۱: نظام ارزیابی شایستگی برای پرسنل بهره‌برداری شبکه اجرا می‌شود.( زیرمعیار ۳-۲)\n"
    "زمینه بهبود ۳.۱: اثربخشی دوره‌های آموزشی فقط در سطح واکنش فراگیران سنجیده می‌شود.( زیرمعیار ۳-۴)\n"
)


def test_a_labeled_finding_after_one_closed_by_its_sub_criterion_code_is_read() -> None:
    found = _findings(_LABELED_FA, "fa")
    assert ("3", "improvement_area", "اثربخشی دوره‌های آموزشی فقط در سطح واکنش فراگیران سنجیده می‌شود.") in found
    assert ("3", "strength", "نظام ارزیابی شایستگی برای پرسنل بهره‌برداری شبکه اجرا می‌شود.") in found


_ITEMS_EN = (
    "Feedback Report\n"
    "Baldrige Excellence Framework\n"
    "3.2 Customer Engagement — scoring range 30–45%\n"
    "Strengths\n"
    "1. An online portal lets residential customers report service problems, with automated status updates.\n"
    "4.1 Measurement, Analysis, and Improvement of Organizational Performance — scoring range\n"
    "50–65%\n"
    "Strengths\n"
    "1. A daily operations dashboard links plant data with laboratory results for the shift supervisors.\n"
    "Opportunities for Improvement\n"
    "1. Comparative data are used for few key measures, and how comparisons are selected is not clear.\n"
)


def test_an_item_heading_whose_scoring_range_wrapped_to_the_next_line_opens_its_criterion() -> None:
    found = _findings(_ITEMS_EN, "en")
    assert ("3", "strength", found[0][2]) == found[0] and found[0][2].endswith("status updates.")
    assert [(c, k) for c, k, _ in found[1:]] == [("4", "strength"), ("4", "improvement_area")]


def test_the_last_criterion_of_a_list_of_points_closed_by_the_sentence_s_end_is_read() -> None:
    text = (
        "نتیجه امتیازدهی\n"
        "امتیاز معیارها به این شرح است: معیار ۱: ۶۱ ، معیار ۲: ۵۷ ، معیار ۳: ۵۲ ،\n"
        "معیار ۴: ۵۸. بدین ترتیب واحد با کسب ۲۲۸ امتیاز در رتبه دوم قرار گرفت.\n"
    )
    assert {("1", 61.0), ("2", 57.0), ("3", 52.0), ("4", 58.0)} <= {(r.criterion, r.points) for r in _stated(text)}


def test_a_criterion_s_number_alone_before_a_sentence_s_end_is_no_score() -> None:
    assert not [r for r in _stated("kriter 7: 58. sonraki adımlar planlandı.") if r.criterion]


def _stated(text: str) -> list:
    key, _where = in_digits(line_key(text), "fa")
    return statements(key)


_GLUED_TR = (
    "Değerlendirme Geri Bildirim Raporu\n"
    "EFQM Modeli 2020 esas alınmıştır.\n"
    "Kriter 1 – Amaç, Vizyon ve Strateji\n"
    "Güçlü Yönler\n"
    "1.2 Stratejik planın hazırlığında paydaş görüşleri sistematik olarak derlenmiştir.\n"
    "Gelişmeye Açık Alanlar\n"
    "1.4 Hedeflerin birimlere yayılımı saha düzeyinde izlenmemektedir.\n"
    "3. Puanlama Özeti\n"
    "Kriter\nAğırlıkAzami\nPuan\nAlına\nn\nPuan\nKriterdeki\nBaşarı Oranı\n"
    "1. Amaç, Vizyon ve\nStrateji\n%10\n100 57 %57\n"
    "2. Kurum Kültürü ve\nLiderlik\n%10\n100 51 %51\n"
    "6. Paydaş Algıları\n%20\n200 90 %45\n"
)


def test_a_score_header_whose_printer_glued_two_cells_words_is_read() -> None:
    pages = [PageInput(1, _GLUED_TR, "tr")]
    _found, scores = read_report(pages, DocumentContext("tr", "Örnek", 2025, None))
    assert {("1", 57.0), ("2", 51.0), ("6", 90.0)} <= {(s.criterion_code, s.points) for s in scores}


_ROWS_TR = (
    "Değerlendirme Geri Bildirim Raporu\n"
    "Bulgular Tablosu\n"
    "Kriter Bulgu Türü Bulgu\n"
    "1a – Liderlik Güçlü Yön\n"
    "Yöneticiler yıllık mahalle buluşmalarıyla vizyonun halka anlatılmasında rol\n"
    "model olmaktadır.\n"
    "1e – Liderlik Gelişmeye\n"
    "Açık Alan\n"
    "Yöneticilerin liderlik etkinliğini değerlendirmek için geri bildirim yöntemi\n"
    "kullanılmamaktadır.\n"
    "2b – Strateji Güçlü Yön Stratejik plan hazırlanırken kent konseyi ve üniversite ile\n"
    "yapılandırılmış paydaş analizi yürütülmüştür.\n"
    "3c – Çalışanlar Güçlü Yön\n"
    "Personel için yetkinlik bazlı eğitim matrisi oluşturulmuştur.\n"
)


def test_a_row_whose_kind_cell_closes_its_first_line_is_no_sub_criterion_heading() -> None:
    found = _findings(_ROWS_TR, "tr")
    assert [(c, k) for c, k, _ in found] == [
        ("1", "strength"),
        ("1", "improvement_area"),
        ("2", "strength"),
        ("3", "strength"),
    ]
    assert found[1][2].startswith("Yöneticilerin liderlik")


def test_a_criterion_heading_glued_after_the_findings_section_s_heading_opens_its_criterion() -> None:
    text = (
        "گزارش بازخورد ارزیابی\n"
        "۲. یافته‌ها به تفکیک معیار معیار ۱: رهبری\n"
        "نقاط قوت\n"
        "مدیران ارشد مأموریت و چشم‌انداز را هر سال با مشارکت کمیته‌ها بازنگری می‌کنند.\n"
        "زمینه‌های قابل بهبود\n"
        "ارتباط رهبران با سازمان‌های مردم‌نهاد نظام‌مند نیست و نتایج آن پیگیری نمی‌شود.\n"
        "معیار ۲: خط‌مشی و استراتژی\n"
        "نقاط قوت\n"
        "داده‌های زمان انتظار درمانگاه‌ها در تدوین برنامه عملیاتی به کار رفته است.\n"
        "معیار ۳: کارکنان\n"
        "نقاط قوت\n"
        "برنامه آموزش مداوم پرستاری با نیازسنجی بخش‌به‌بخش برگزار می‌شود.\n"
    )
    kinds = [(c, k) for c, k, _ in _findings(text, "fa")]
    assert kinds == [("1", "strength"), ("1", "improvement_area"), ("2", "strength"), ("3", "strength")]


def test_a_numbered_sentence_naming_a_criterion_is_no_criterion_heading() -> None:
    from exbench.extraction.report_headings import glued_criterion

    assert glued_criterion(line_key("3. The team reviewed criterion 2: evidence was weak.")) is None
    assert glued_criterion(line_key("3. The team reviewed criterion 2 evidence")) is None
