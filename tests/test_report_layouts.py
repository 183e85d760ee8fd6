"""Feedback reports in the layouts assessors use: score tables in any column order,
scores stated in sentences, findings as headed lists, labelled paragraphs, tables and
improvement projects, and the report told from a news page by its structure.

The sentences are written for these tests in each language; one test reads real PDFs
of the held-out set (dev split) through the reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.reports import is_report, read_report

HELDOUT = Path(__file__).resolve().parent / "heldout"


def _read(text: str, language: str = "tr"):
    pages = [PageInput(1, text, language)]
    return read_report(pages, DocumentContext(language, "Örnek Kurum", 2024, None))


def _scores(text: str, language: str = "tr") -> list[tuple[str | None, float, float | None]]:
    return [(s.criterion_code, s.points, s.max_points) for s in _read(text, language)[1]]


def _findings(text: str, language: str = "tr") -> list[tuple[str | None, str, str]]:
    return [(f.criterion_code, f.finding_type, f.text) for f in _read(text, language)[0]]


TR_FINDINGS = """Kriter 1: Liderlik
Güçlü Yönler
Yönetim ekibi yıllık hedefleri çalışanlarla birlikte belirlemektedir.
Gelişmeye Açık Alanlar
Hedeflerin gerçekleşme düzeyi düzenli izlenmemektedir.
Kriter 2: Strateji
Güçlü Yönler
Stratejik plan paydaş görüşleriyle hazırlanmıştır.
"""


def test_score_table_columns_in_the_order_the_header_gives():
    text = TR_FINDINGS + (
        "Puan Tablosu\nKriter Alınan Puan Azami Puan Oran\n1. Liderlik 55 100 %55\n2. Strateji 48 100 %48\nToplam 412 1000 %41\n"
    )
    assert _scores(text) == [("1", 55, 100), ("2", 48, 100), (None, 412, 1000)]


def test_score_table_with_points_before_the_maximum_and_a_percent_column_in_english():
    text = (
        "Criterion 1: Leadership\nStrengths\nLeaders are visible at every site.\n"
        "Areas for Improvement\nThe strategy is not reviewed.\n"
        "Criterion 2: Strategy\nStrengths\nThe plan is shared with partners.\n"
        "Criterion Points available Points awarded %\n"
        "1 Leadership 100 61 61%\n"
        "2 Strategy 100 57 57%\n"
        "Total 1000 498 50%\n"
    )
    assert _scores(text, "en") == [("1", 61, 100), ("2", 57, 100), (None, 498, 1000)]


def test_persian_score_table_with_persian_digits_and_its_total():
    text = (
        "معیار ۱: رهبری\nنقاط قوت\nمدیران در جلسات ماهانه با کارکنان گفتگو می‌کنند.\n"
        "معیار ۲: راهبرد\nنقاط قوت\nبرنامه راهبردی با مشارکت ذی‌نفعان تدوین شده است.\n"
        "معیار حداکثر امتیاز امتیاز کسب شده\n"
        "۱. رهبری ۱۰۰ ۴۸\n"
        "۲. راهبرد ۱۰۰ ۴۴\n"
        "جمع کل ۱۰۰۰ ۴۰۵\n"
    )
    assert _scores(text, "fa") == [("1", 48, 100), ("2", 44, 100), (None, 405, 1000)]


def test_a_row_whose_name_wraps_has_its_numbers_on_the_next_line():
    text = TR_FINDINGS + "Kriter Azami Puan Alınan Puan\n1. Liderlik ve Yönetim\nAnlayışı 100 52\nToplam 1000 390\n"
    assert _scores(text) == [("1", 52, 100), (None, 390, 1000)]


def test_points_above_the_maximum_are_no_score():
    text = TR_FINDINGS + "Kriter Azami Puan Alınan Puan\n1. Liderlik 100 152\nToplam 1000 390\n"
    assert _scores(text) == [(None, 390, 1000)]


@pytest.mark.parametrize(
    "sentence, language, points",
    [
        ("The council scored 512 points in its first assessment.", "en", 512),
        ("Belediye 1000 üzerinden 427 puan alarak 4 yıldız kazandı.", "tr", 427),
        ("شهرداری در این دوره ۵۱۲ امتیاز از ۱۰۰۰ کسب کرد.", "fa", 512),
    ],
)
def test_a_total_stated_in_a_sentence(sentence, language, points):
    report = {
        "en": "Criterion 1: Leadership\nStrengths\nLeaders are visible.\nCriterion 2: Strategy\nStrengths\nPlans are shared.\n",
        "tr": TR_FINDINGS,
        "fa": "معیار ۱: رهبری\nنقاط قوت\nمدیران پاسخگو هستند.\nمعیار ۲: راهبرد\nنقاط قوت\nبرنامه مدون است.\n",
    }[language]
    assert (None, points) in [(c, p) for c, p, _ in _scores(sentence + "\n" + report, language)]


def test_score_bands_in_a_sentence_are_not_the_score():
    text = TR_FINDINGS + "Bilgi: 300-399 puan 3 Yıldız, 400-499 puan 4 Yıldız seviyesine karşılık gelir.\n"
    assert _scores(text) == []


def test_numbered_paragraphs_take_the_criterion_of_their_heading_not_their_running_number():
    text = (
        "Criterion 4: Partnerships\n"
        "Strength 4.1 Suppliers are reviewed twice a year against agreed service levels.\n"
        "Strength 4.2 Energy use in depots has been cut by a quarter.\n"
        "Area for Improvement 4.1 Partner feedback is not used to\nimprove joint services.\n"
        "Criterion 5: Processes\n"
        "Area for Improvement 5.1 Process owners are not named for support services.\n"
    )
    assert _findings(text, "en") == [
        ("4", "strength", "Suppliers are reviewed twice a year against agreed service levels."),
        ("4", "strength", "Energy use in depots has been cut by a quarter."),
        ("4", "improvement_area", "Partner feedback is not used to improve joint services."),
        ("5", "improvement_area", "Process owners are not named for support services."),
    ]
    assert all(f.item_code is None for f in _read(text, "en")[0])


def test_turkish_and_persian_labels_with_their_running_numbers():
    tr = "Kriter 3: Paydaşlar\nGüçlü Yön 3.1: Vatandaş talepleri tek merkezden izlenmektedir.\nGelişmeye Açık Alan 3.1: Tedarikçi performansı ölçülmemektedir.\nKriter 4: Kaynaklar\nGüçlü Yön 4.1: Enerji tüketimi azaltılmıştır.\n"
    assert [(c, k) for c, k, _ in _findings(tr)] == [("3", "strength"), ("3", "improvement_area"), ("4", "strength")]
    fa = "معیار ۳ – ذی‌نفعان\nقوت ۳-۱: شکایات شهروندان در سامانه واحد ثبت می‌شود.\nبهبود ۳-۱: رضایت شرکا سنجیده نمی‌شود.\nمعیار ۴ – منابع\nقوت ۴-۱: مصرف انرژی کاهش یافته است.\n"
    found = _findings(fa, "fa")
    assert [(c, k) for c, k, _ in found] == [("3", "strength"), ("3", "improvement_area"), ("4", "strength")]
    assert found[0][2] == "شکایات شهروندان در سامانه واحد ثبت می‌شود."


def test_a_findings_table_with_the_criterion_name_beside_its_number():
    text = (
        "Kriter Tür Bulgu\n"
        "1. Liderlik Güçlü yön Yöneticiler sahada düzenli olarak çalışanlarla görüşmektedir.\n"
        "1. Liderlik Gelişmeye açık alan Liderlik davranışları ölçülmemektedir.\n"
        "2. Strateji Güçlü yön Stratejik hedefler birim planlarına\nbağlanmıştır.\n"
    )
    assert _findings(text) == [
        ("1", "strength", "Yöneticiler sahada düzenli olarak çalışanlarla görüşmektedir."),
        ("1", "improvement_area", "Liderlik davranışları ölçülmemektedir."),
        ("2", "strength", "Stratejik hedefler birim planlarına bağlanmıştır."),
    ]


def test_improvement_projects_take_the_criterion_they_are_linked_to():
    text = (
        "Proje 1 – Atık toplama rotalarının yeniden planlanması\n"
        "İlgili kriter: 4 – Sürdürülebilir Değer Yaratma\n"
        "Güçlü yön: Rotalar araç takip verileriyle planlanmıştır.\n"
        "Gelişime açık alan: Yakıt tasarrufu izlenmemektedir.\n"
        "Proje 2 – Çağrı merkezi yanıt süresinin kısaltılması\n"
        "İlgili kriter: 3 – Paydaşları Dahil Etme\n"
        "Güçlü yön: Yanıt süresi her gün raporlanmaktadır.\n"
    )
    assert [(c, k) for c, k, _ in _findings(text)] == [
        ("4", "improvement_project"),
        ("4", "strength"),
        ("4", "improvement_area"),
        ("3", "improvement_project"),
        ("3", "strength"),
    ]
    assert _findings(text)[0][2] == "Atık toplama rotalarının yeniden planlanması"


def test_a_news_page_that_talks_about_a_feedback_report_is_not_a_report():
    news = (
        "Belediyemiz Geri Bildirim Raporunu aldı\n"
        "Değerlendiriciler raporda belediyenin güçlü yönlerini ve gelişmeye açık alanlarını sıraladı.\n"
        "Başkan, raporun tüm birimlerle paylaşılacağını söyledi.\n"
    )
    assert not is_report([PageInput(1, news, "tr")])
    assert is_report([PageInput(1, TR_FINDINGS, "tr")])


@pytest.mark.parametrize("producer", ["pdf-chromium", "pdf-libreoffice", "pdf-weasyprint"])
def test_a_printed_persian_report_gives_its_findings_table_and_score_table(producer):
    from exbench.reading import read_document

    pdf = HELDOUT / producer / "fa_r03.pdf"
    _title, pages = read_document(pdf, "application/pdf", ocr=False)
    inputs = [PageInput(p.page_number, p.text, p.language) for p in pages]
    findings, scores = read_report(inputs, DocumentContext("fa", "دانشگاه", 2018, None))
    assert len(findings) == 13
    assert {f.criterion_code for f in findings} == {str(n) for n in range(1, 10)}
    assert sum(f.finding_type == "strength" for f in findings) == 6
    assert (None, 360) in [(s.criterion_code, s.points) for s in scores]
    assert ("9", 44, 150) in [(s.criterion_code, s.points, s.max_points) for s in scores]
    for score in scores:
        assert score.evidence.quote in inputs[score.evidence.page - 1].text


def test_numbered_criterion_headings_with_counted_sections_and_items():
    text = (
        "1. Introduction\nThe assessment took three days.\n"
        "2. Leadership\nKey Strengths (2)\n• Leaders meet staff every month.\n• Values are shared at induction.\n"
        "Areas for Improvement (1)\n• Leadership behaviours are not measured.\n"
        "3. Strategy\nStrengths\n• The plan is reviewed every year.\n"
    )
    assert [(c, k) for c, k, _ in _findings(text, "en")] == [
        ("2", "strength"),
        ("2", "strength"),
        ("2", "improvement_area"),
        ("3", "strength"),
    ]


def test_items_of_a_criterion_as_headings_with_a_kind_on_its_own_line():
    text = (
        "1. Kriter: Liderlik\n"
        "1.1 Vizyon ve misyon\n"
        "Güçlü Yön\nMisyon tüm birimlerde asılıdır ve çalışanlarca bilinmektedir.\n"
        "Gelişmeye Açık Alan\nVizyonun gözden geçirilme sıklığı tanımlı değildir.\n"
        "1.2 Paydaşlar\n"
        "Güçlü Yön\nPaydaş listesi her yıl güncellenmektedir.\n"
    )
    found = _read(text)[0]
    assert [(f.criterion_code, f.item_code, f.finding_type) for f in found] == [
        ("1", "1.1", "strength"),
        ("1", "1.1", "improvement_area"),
        ("1", "1.2", "strength"),
    ]


def test_two_different_totals_in_the_prose_give_none():
    text = (
        "In its first assessment in 2019 the council scored 380 points; this year it scored 452 points.\n"
        "Criterion 1: Leadership\nStrengths\nLeaders are visible.\nCriterion 2: Strategy\nStrengths\nPlans are shared.\n"
    )
    assert _scores(text, "en") == []


def test_a_criterion_score_in_a_sentence_is_not_the_total():
    text = "معیار ۱ (رهبری) ۴۸ امتیاز کسب کرده است.\nمعیار ۱: رهبری\nنقاط قوت\nمدیران پاسخگو هستند.\nمعیار ۲: راهبرد\nنقاط قوت\nبرنامه مدون است.\n"
    assert [(c, p) for c, p, _ in _scores(text, "fa")] == [("1", 48)]


def test_a_table_of_kind_criterion_and_finding():
    text = (
        "Type Criterion Finding\n"
        "Strength 1 Leaders meet every team at least twice a year.\n"
        "Area for improvement 1 The impact of leadership visits is not evaluated.\n"
        "Strength 4 Energy use has been cut across all depots.\n"
    )
    assert [(c, k) for c, k, _ in _findings(text, "en")] == [("1", "strength"), ("1", "improvement_area"), ("4", "strength")]


def test_sub_criteria_headings_give_criterion_and_part():
    text = (
        "1a Leaders develop the mission and vision\nStrengths\n• The vision was set with citizens.\n"
        "1b Leaders manage the system\nAreas for Improvement\n• Process owners are not named.\n"
    )
    found = _read(text, "en")[0]
    assert [(f.criterion_code, f.item_code, f.finding_type) for f in found] == [
        ("1", "1a", "strength"),
        ("1", "1b", "improvement_area"),
    ]


def test_a_header_whose_cells_wrapped_over_two_lines():
    text = TR_FINDINGS + "Kriter Azami Alınan\nPuan Puan\n1. Liderlik 100 57\nToplam 1000 455\n"
    assert _scores(text) == [("1", 57, 100), (None, 455, 1000)]


def test_a_weight_column_is_read_past_and_a_percent_of_maximum_column_is_no_maximum():
    text = (
        "Criterion 1: Leadership\nStrengths\nLeaders are visible.\n"
        "Opportunities for Improvement (OFIs)\nThe plan is not reviewed.\n"
        "Criterion 2: Strategy\nStrengths\nPlans are shared.\n"
        "Criterion Weight Points available Points awarded % of maximum\n"
        "1 Leadership 10% 100 62 62%\n"
        "2 Strategy 10% 100 55 55%\n"
        "Total 100% 1000 505 51%\n"
    )
    assert _scores(text, "en") == [("1", 62, 100), ("2", 55, 100), (None, 505, 1000)]
    assert ("1", "improvement_area") in [(c, k) for c, k, _ in _findings(text, "en")]


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Sunum yükleniyor. Lütfen bekleyiniz", None),
        ("Please wait while the page is loading", None),
        ("در حال بارگذاری صفحه", None),
        ("Kartal Belediyesi", None),
        ("12.02.2021", None),
        ("3 - 1", None),
        ("  Kalite   Ödülü 2023\nGeri Bildirim Raporu ", "Kalite Ödülü 2023 Geri Bildirim Raporu"),
        ("Microsoft Word - Annual quality report 2019.docx", "Annual quality report 2019"),
    ],
)
def test_a_title_that_is_site_chrome_is_no_title(title, expected):
    from exbench.extraction.document import document_title

    assert document_title(title, "tr") == expected


@pytest.mark.parametrize(
    "sentence, language, points",
    [
        ("The assessors' consensus score was 455/1000.", "en", 455),
        ("Kurumun değerlendirme puanı 455 olarak belirlendi.", "tr", 455),
        ("سازمان با امتیاز ۴۵۵ در سطح سه ستاره قرار گرفت.", "fa", 455),
    ],
)
def test_more_ways_a_total_is_stated(sentence, language, points):
    report = {
        "en": "Criterion 1: Leadership\nStrengths\nLeaders are visible.\nCriterion 2: Strategy\nStrengths\nPlans are shared.\n",
        "tr": TR_FINDINGS,
        "fa": "معیار ۱: رهبری\nنقاط قوت\nمدیران پاسخگو هستند.\nمعیار ۲: راهبرد\nنقاط قوت\nبرنامه مدون است.\n",
    }[language]
    assert [(c, p) for c, p, _ in _scores(sentence + "\n" + report, language)] == [(None, points)]


def test_qualified_headings_in_turkish_and_persian():
    tr = "Kriter 1: Liderlik\nTemel Güçlü Yönler (2)\nYöneticiler erişilebilirdir.\nHedefler paylaşılmıştır.\nKriter 2: Strateji\nGüçlü Yönler\nPlan günceldir.\n"
    assert [(c, k) for c, k, _ in _findings(tr)] == [("1", "strength"), ("1", "strength"), ("2", "strength")]
    fa = "معیار ۱: رهبری\nنقاط قوت کلیدی\nمدیران پاسخگو هستند.\nمعیار ۲: راهبرد\nنقاط قوت\nبرنامه مدون است.\n"
    assert [(c, k) for c, k, _ in _findings(fa, "fa")] == [("1", "strength"), ("2", "strength")]


def test_squeezed_cells_one_number_a_line():
    text = (
        TR_FINDINGS
        + "Kriter Azami Puan Alınan Puan\n1. Liderlik\n100\n57\n2. Strateji ve\nPlanlama\n100\n49\nToplam\n1000\n455\n"
    )
    assert _scores(text) == [("1", 57, 100), ("2", 49, 100), (None, 455, 1000)]


EFQM_2020_NAMES = [
    "Amaç, Vizyon ve Strateji",
    "Kurum Kültürü ve Liderlik",
    "Paydaşları Dahil Etme",
    "Sürdürülebilir Değer Yaratma",
    "Performansı ve Dönüşümü Yönetme",
    "Paydaş Algıları",
    "Stratejik ve Operasyonel Performans",
]


def test_criteria_named_but_not_numbered_take_the_criterion_their_name_names():
    rows = "".join(f"{name} 100 {40 + n}\n" for n, name in enumerate(EFQM_2020_NAMES))
    table = "Kriter Azami Puan Alınan Puan\n" + rows + "Toplam 1000 301\n"
    assert _scores(TR_FINDINGS + table) == [(None, 301, 1000)] + [(str(n + 1), 40 + n, 100) for n in range(7)]
    partial = "Kriter Azami Puan Alınan Puan\n" + "".join(rows.splitlines(keepends=True)[:5]) + "Toplam 1000 301\n"
    total, *criteria = _scores(TR_FINDINGS + partial)
    assert total == (None, 301, 1000)
    # a table of some criteria: each row is the criterion its name names, never the one its position would give
    assert len(criteria) >= 4 and all(points == 40 + int(code) - 1 for code, points, _ in criteria)


def test_a_criterions_points_in_prose_are_no_total():
    report = "Criterion 1: Leadership\nStrengths\nLeaders are visible.\nCriterion 2: Strategy\nStrengths\nPlans are shared.\n"
    assert _scores("The team scored 64 points.\n" + report, "en") == []
    assert _scores("The council scored 164 points in criterion 4 alone.\n" + report, "en") == []


def test_a_footer_after_the_last_finding_is_no_finding():
    text = TR_FINDINGS + "Sayfa 2 / 3\nÖrnek Belediyesi · Tel: 0 212 000 00 00 · © 2024\n"
    assert [(c, k) for c, k, _ in _findings(text)] == [("1", "strength"), ("1", "improvement_area"), ("2", "strength")]
