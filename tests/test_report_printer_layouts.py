"""Reports of the held-out dev splits as other printers lay them out: a findings table whose reference
cell wrapped over lines of its own ("C1-" / "AFI01" / "1 AFI ..." from WeasyPrint) keeps each row's
criterion; the same findings and scores come out as from Chromium."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.reports import read_report
from exbench.reading import read_document

HERE = Path(__file__).resolve().parent


def _findings(batch: str, producer: str, doc: str) -> tuple[list[tuple[str | None, str]], list[tuple[str | None, str]]]:
    """(criterion, kind) of the findings read from the printed document, and those of its label."""
    _title, pages = read_document(HERE / batch / producer / f"{doc}.pdf", "application/pdf", ocr=False)
    label = json.loads((HERE / batch / "labels" / f"{doc}.json").read_text(encoding="utf-8"))
    inputs = [PageInput(p.page_number, p.text, p.language) for p in pages]
    findings, _scores = read_report(inputs, DocumentContext(label["language"], "Örnek", 2025, None))
    got = sorted(((f.criterion_code, f.finding_type) for f in findings), key=str)
    return got, sorted(((f["criterion"], f["finding_type"]) for f in label["findings"]), key=str)


@pytest.mark.parametrize("producer", ["pdf-chromium", "pdf-weasyprint"])
def test_a_findings_table_whose_reference_cell_wrapped_keeps_the_rows_criteria(producer):
    got, expected = _findings("heldout5", producer, "en_e09")
    assert got == expected
    assert all(criterion for criterion, _ in got)


@pytest.mark.parametrize("producer", ["pdf-chromium"])
def test_a_findings_table_whose_cells_wrap_one_under_another_with_the_keys_kind_letters(producer):
    """ "1 1. Amaç, Vizyon ve" / "Strateji" / "Alt kriter 1.1" / "G Belediyenin ...": the criterion and part
    cells wrap before the kind cell, whose letters the report's key gives ("“G” güçlü yönü, “İ” ...")."""
    got, expected = _findings("heldout6", producer, "tr_f01")
    assert got == expected


def test_a_part_cell_and_a_kind_letter_on_the_line_after_the_criterion_cell():
    text = (
        "Geri Bildirim Raporu\nBulgular aşağıdadır; “G” güçlü yönü, “İ” iyileştirmeye açık alanı gösterir.\n"
        "No Kriter / Alt Kriter G/İ Bulgu\n1 1. Amaç, Vizyon ve Strateji\n"
        "Alt kriter 1.1 G Belediyenin misyonu paydaşlarla gözden geçirilmiştir.\n"
        "2 2. Kurum Kültürü ve Liderlik\nAlt kriter 2.3 İ Çalışan algısına göre alınan önlemler değerlendirilmemektedir.\n"
        "Kriter Alınan Puan Azami Puan\n1. Amaç, Vizyon ve Strateji 45 100\n2. Kurum Kültürü ve Liderlik 48 100\n"
        "3. Paydaşları Dahil Etmek 50 100\n"
    )
    findings, _ = read_report([PageInput(1, text, "tr")], DocumentContext("tr", "Örnek", 2024, None))
    assert [(f.criterion_code, f.finding_type, f.text[:20]) for f in findings] == [
        ("1", "strength", "Belediyenin misyonu "),
        ("2", "improvement_area", "Çalışan algısına gör"),
    ]


def test_criteria_headed_by_their_names_in_the_words_a_translation_uses_with_scores_in_sentences():
    """ "Paydaşların Katılımı", "Sürdürülebilir Değer Yaratma", "Performans ve Dönüşümün Yönetimi" are the
    model's criteria 3-5 in other words; a report whose criteria are headed so, each followed by "+" / "–"
    findings and "bu kriterde 100 puan üzerinden 44 puan", is a report, and every criterion's score is read."""
    _title, pages = read_document(HERE / "heldout6" / "pdf-chromium" / "tr_f10.pdf", "application/pdf", ocr=False)
    label = json.loads((HERE / "heldout6" / "labels" / "tr_f10.json").read_text(encoding="utf-8"))
    inputs = [PageInput(p.page_number, p.text, p.language) for p in pages]
    findings, scores = read_report(inputs, DocumentContext("tr", "Gölyaka Belediyesi", 2025, None))
    assert sorted(((f.criterion_code, f.finding_type) for f in findings), key=str) == sorted(
        ((f["criterion"], f["finding_type"]) for f in label["findings"]), key=str
    )
    assert {(s.criterion_code, s.points) for s in scores} == {(s["criterion"], float(s["points"])) for s in label["scores"]}


@pytest.mark.parametrize("producer", ["pdf-chromium", "pdf-weasyprint"])
def test_side_by_side_columns_after_a_criterion_column_with_dashes_for_empty_cells(producer):
    """ "زیرمعیار | نقاط قوت | فرصت‌های بهبود", one row per sub-criterion: "• ..." opens a cell and "—" is an
    empty one, so "— • ..." is an area for improvement and "• ... —" a strength, row after row."""
    got, expected = _findings("heldout6", producer, "fa_f02")
    missed = [pair for pair in expected if pair not in got]
    assert len(missed) <= (0 if producer == "pdf-chromium" else 1)
    assert all(pair in expected for pair in got)


def test_a_dash_cell_tells_the_column_and_cells_woven_together_give_nothing():
    text = (
        "گزارش بازخورد ارزیابی\nزیرمعیار نقاط قوت فرصت‌های بهبود\n"
        "زیرمعیار ۱-۱\nهدف، چشم‌انداز و استراتژی\n• هدف سازمان در کارگاه مشترک بازتعریف شده است.\n—\n"
        "زیرمعیار ۱-۳\nهدف، چشم‌انداز و استراتژی\n— • نقشه راه فاقد شاخص‌های پیامدی است.\n"
        "زیرمعیار ۲-۲\nفرهنگ سازمانی و رهبری\n• مدیرعامل • اثربخشی دوره‌ها\nبرگزار می‌کند. ارزیابی نمی‌شود. —\n"
        "معیار ۶\nادراکات ذی‌نفعان\n• رضایت شهروندان افزایش یافته است.\n• نتایج ادراکی کارکنان تحلیل نمی‌شود.\n"
        "امتیازات\nمعیار وزن درصد تحقق امتیاز\n۱. هدف، چشم‌انداز و استراتژی ۱۰۰ ۴۲٪ ۴۲\n"
        "۲. فرهنگ سازمانی و رهبری ۱۰۰ ۴۵٪ ۴۵\n۳. درگیر کردن ذی‌نفعان ۱۰۰ ۴۰٪ ۴۰\n"
    )
    findings, _ = read_report([PageInput(1, text, "fa")], DocumentContext("fa", "سازمان", 2024, None))
    assert [(f.criterion_code, f.item_code, f.finding_type) for f in findings] == [
        ("1", "1.1", "strength"),
        ("1", "1.3", "improvement_area"),
        ("6", None, "strength"),
        ("6", None, "improvement_area"),
    ]


@pytest.mark.parametrize("producer", ["pdf-chromium", "pdf-libreoffice"])
def test_a_referenced_table_per_criterion_with_marks_dash_parts_and_a_bilingual_caption(producer):
    """ "S-1.01 1.2 + ...", "AFI-6.02 – – ..." (no part: the criterion of the heading above), headings
    "Criterion 6 – Stakeholder Perceptions" with an Arabic caption LibreOffice puts first, the key
    'Strengths are marked “+”, AFIs “–”', and a profile "Criterion | Weight | Achievement | Weighted score"
    whose total is "Overall score 100% 473 / 1000"."""
    got, expected = _findings("heldout6", producer, "en_f01")
    assert got == expected
    _title, pages = read_document(HERE / "heldout6" / producer / "en_f01.pdf", "application/pdf", ocr=False)
    inputs = [PageInput(p.page_number, p.text, p.language) for p in pages]
    _findings_read, scores = read_report(inputs, DocumentContext("en", "Örnek", 2024, None))
    assert (None, 473) in [(s.criterion_code, s.points) for s in scores]
    assert all(s.points != 1000 for s in scores)


def test_development_areas_and_two_totals_on_two_pages_of_one_report():
    """ "Gelişme Alanları" heads areas for improvement; a report whose first page quotes the last cycle's
    total ("’21 değerlendirmesinde elde ettiği 318 puanla") and whose last page states this one's
    ("toplam puanı 452/1000") gives no total from its prose: which is this report's cannot be told."""
    got, expected = _findings("heldout6", "pdf-chromium", "tr_f02")
    assert got == expected
    _title, pages = read_document(HERE / "heldout6" / "pdf-chromium" / "tr_f02.pdf", "application/pdf", ocr=False)
    inputs = [PageInput(p.page_number, p.text, p.language) for p in pages]
    _found, scores = read_report(inputs, DocumentContext("tr", "Yayla EDAŞ", 2024, None))
    assert all(s.points != 318 for s in scores)


def test_a_paragraph_closed_by_its_item_code_ends_there():
    """ "... every work crew. [Item 1.1]" / "The utility board ...": the code closing a paragraph ends the finding."""
    got, expected = _findings("heldout6", "pdf-chromium", "en_f10")
    assert got == expected


def test_persian_findings_tagged_improvable_before_their_sub_criterion():
    """ "قوت زیرمعیار ۱-۲" / "قابل بهبود زیرمعیار ۱-۴": "قابل بهبود" (improvable) is the kind of the area's label."""
    got, expected = _findings("heldout6", "pdf-chromium", "fa_f10")
    assert got == expected


def test_results_rows_whose_part_cell_is_a_dash_take_the_heading_criterion():
    """ "— GY Müşteri memnuniyeti ..." under "KRİTER 6 – PAYDAŞ ALGILARI": no part, the kind cell, the finding."""
    got, expected = _findings("heldout6", "pdf-chromium", "tr_f09")
    assert got == expected


@pytest.mark.parametrize("producer", ["pdf-chromium", "pdf-weasyprint"])
def test_a_criterion_cell_run_into_its_first_marked_finding(producer):
    """heldout10 en_j10, "+ strength – area for improvement" over a Direction | Execution table: WeasyPrint
    runs each row's criterion cell into its first finding ("1. Purpose, Vision & Strategy + The Police ...",
    "5. Driving Performance & Transformation — + A benefits-realisation framework is"), and a finding's last
    line may be an amount alone ("£250,000."). Every finding, of its criterion, as from Chromium."""
    got, expected = _findings("heldout10", producer, "en_j10")
    assert got == expected
