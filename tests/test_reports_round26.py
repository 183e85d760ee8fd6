"""Round twenty-six of the report rules, on score layouts assessors chose themselves and on narrow tables as
LibreOffice prints them: a score column named "Değerlendirme" beside the weight, its cells the share of that
weight ("100 | %40"); a criterion's share printed on its heading's line ("Kriter 1: ... Puan düzeyi: %45"),
weighed with the framework's weights where the shares add up to the report's total; a row's weight and share
stacked one a line ("100" / "%40"), the row's number alone on its line before its name; and a score table
stacked one cell a line (header words, then each row's name and numbers), read back as whole lines.

The reports checked whole are dev reports of the twenty-fourth blind batch (heldout24); the short texts are
our own.
"""

from __future__ import annotations

from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.report_layout import report_spans
from exbench.extraction.reports import read_report
from exbench.extraction.score_stacked import row_start, stacked_score
from tests.rendered import document_facts


def _scores(text: str, language: str) -> set[tuple[str | None, float]]:
    pages = [PageInput(n, page, language) for n, page in enumerate(text.split("\f"), start=1)]
    _findings, scores = read_report(pages, DocumentContext(language, "Örnek", 2024, None))
    return {(s.criterion_code, s.points) for s in scores}


WEIGHED = (
    "Değerlendirme Geri Bildirim Raporu\n"
    "Kriter 1: Liderlik\n"
    "Güçlü Yönler\n"
    "Üst yönetim iyileştirme ekiplerine düzenli olarak katılmaktadır.\n"
    "3. Puanlama\n"
    "Kriter puanları, her kriterin ağırlığı üzerinden yüzde olarak takdir edilmiştir.\n"
    "No Kriter Ağırlık Değerlendirme\n"
    "1 Liderlik 100 %40\n"
    "2 Strateji 100 %35\n"
    "3 Çalışanlar 100 %40\n"
    "4 İş Ortaklıkları ve Kaynaklar 100 %45\n"
    "5 Süreçler, Ürünler ve Hizmetler 100 %45\n"
    "6 Vatandaş/Müşteri Sonuçları 150 %40\n"
    "7 Çalışan Sonuçları 100 %30\n"
    "8 Toplum Sonuçları 100 %35\n"
    "9 Temel Performans Sonuçları 150 %40\n"
    "Toplam puan: 390 / 1000\n"
)


def test_a_share_printed_under_an_assessment_column_beside_the_weight_is_that_share_of_the_weight() -> None:
    got = _scores(WEIGHED, "tr")
    assert {("1", 40.0), ("6", 60.0), ("9", 60.0), (None, 390.0)} <= got
    assert len(got) == 10


def test_the_assessment_word_names_a_column_only_after_the_weight_s() -> None:
    from exbench.extraction.score_headers import header_columns, key

    assert header_columns(key("No Kriter Ağırlık Değerlendirme")) == ["criterion", "other", "points"]
    for line in ("Kriter Bazında Değerlendirme", "Değerlendirme Kriterleri", "Kriter Değerlendirme"):
        assert header_columns(key(line)) is None


HEADINGS = (
    "Değerlendirme Geri Bildirim Raporu\n"
    "Bu yılki değerlendirme EFQM Modeli 2020 esas alınarak yapılmıştır. Takımın ulaştığı toplam puan 418 olup\n"
    "bu puan 4 Yıldız bandına karşılık gelmektedir.\n"
    "Kriter 1: Amaç, Vizyon ve Strateji Puan düzeyi: %45\n"
    "Güçlü yönler\n"
    "Stratejik plan göstergeleri fakülte düzeyine kadar yayılmıştır.\n"
    "Kriter 2: Kurum Kültürü ve LiderlikPuan düzeyi: %50\n"
    "Güçlü yönler\n"
    "Rektörlük aylık açık kapı toplantıları düzenlemektedir.\n"
    "Kriter 3: Paydaşları Dahil Etme Puan düzeyi: %40\n"
    "İyileştirme fırsatları\n"
    "Uluslararası öğrenciler için yapılandırılmış bir dinleme kanalı bulunmamaktadır.\n"
    "Kriter 4: Sürdürülebilir Değer Yaratma\n"
    "Puan düzeyi: %42,5\n"
    "Güçlü yönler\n"
    "Ortak lisans programlarında öğrenciler son yarıyılı işletmede geçirmektedir.\n"
    "Kriter 5: Performansı ve Dönüşümü Yönetme Puan düzeyi: %45\n"
    "Kriter 6: Paydaş Algıları Puan düzeyi: %37,5\n"
    "Kriter 7: Stratejik ve Operasyonel Performans Puan düzeyi: %39\n"
)


def test_shares_on_the_criteria_s_headings_are_weighed_where_they_add_up_to_the_total() -> None:
    got = _scores(HEADINGS, "tr")
    assert got == {("1", 45.0), ("2", 50.0), ("3", 40.0), ("4", 85.0), ("5", 45.0), ("6", 75.0), ("7", 78.0), (None, 418.0)}


def test_shares_on_headings_that_do_not_add_up_to_the_total_give_no_criterion_s_points() -> None:
    assert _scores(HEADINGS.replace("toplam puan 418", "toplam puan 430"), "tr") == {(None, 430.0)}


def test_a_share_stacked_under_its_weight_is_that_share_of_the_weight() -> None:
    assert stacked_score(150.0, "%40", None) == (60.0, 150.0)
    assert stacked_score(100.0, "42,5%", True) == (42.5, 100.0)
    assert stacked_score(100.0, "48", None) is None  # two plain numbers: the header must say their order


def test_a_row_s_number_alone_on_its_line_opens_a_stacked_row_only_as_the_next_criterion() -> None:
    assert row_start("4", "3") is not None
    assert row_start("4", "2") is None
    assert row_start("4", None) is None


def test_the_dev_report_whose_narrow_score_table_stacks_weight_and_share_reads_every_row() -> None:
    """tr_p10 (heldout24 dev) from LibreOffice: "4" / "İş" / "Ortaklıkları" / ... / "100" / "%45"."""
    got = {(s.criterion_code, s.points) for s in document_facts("heldout24", "tr_p10", "libreoffice").scores}
    assert {("1", 40.0), ("4", 45.0), ("6", 60.0), ("9", 60.0), (None, 390.0)} <= got
    assert ("1", 100.0) not in got


STACKED = (
    "Değerlendirme Geri Bildirim Raporu\n"
    "EFQM Modeli 2020 esas alınmıştır.\n"
    "Kriter 1: Amaç, Vizyon ve Strateji\n"
    "Güçlü Yönler\n"
    "Kurumun amaç ve vizyon ifadeleri paydaş çalıştaylarıyla gözden geçirilmiştir.\n"
    "İyileştirmeye Açık Alanlar\n"
    "Hedeflerin yayılımında sistematik bir yaklaşım gözlenmemiştir.\n"
    "3. Puanlama Özeti\n"
    "Kriter\nAzamiPuan\n2023\nPuanı\n2025\nPuanı\n"
    "1. Amaç, Vizyon ve\nStrateji\n100\n48\n56\n"
    "2. Kurum Kültürü\nve Liderlik\n100\n45\n52\n"
    "3. Paydaşları Dahil\nEtme\n100\n44\n50\n"
    "4. Sürdürülebilir\nDeğer Yaratma\n200\n82\n98\n"
    "5. Performansı ve\nDönüşümü\nYönetme\n100\n41\n49\n"
    "\f6. Paydaş Algıları\n200\n86\n104\n"
    "7. Stratejik ve\nOperasyonel\nPerformans\n200\n92\n103\n"
    "TOPLAM\n1000\n438\n512\n"
    "Kuruluşun 2025 toplam puanı 512 olup 5 Yıldız bandına karşılık gelmektedir.\n"
)


def test_a_score_table_stacked_one_cell_a_line_reads_as_its_whole_lines() -> None:
    pages = [PageInput(n, page, "tr") for n, page in enumerate(STACKED.split("\f"), start=1)]
    texts = [span.text for span, _ in report_spans(pages)]
    assert "Kriter Azami Puan 2023 Puanı 2025 Puanı" in texts
    assert "5. Performansı ve Dönüşümü Yönetme 100 41 49" in texts
    assert "6. Paydaş Algıları 200 86 104" in texts  # the table goes on over the page
    assert "TOPLAM 1000 438 512" in texts
    got = _scores(STACKED, "tr")
    assert got == {("1", 56.0), ("2", 52.0), ("3", 50.0), ("4", 98.0), ("5", 49.0), ("6", 104.0), ("7", 103.0), (None, 512.0)}


def test_stacked_numbers_that_are_no_numbered_rows_are_left_as_they_are() -> None:
    text = STACKED.replace("1. Amaç, Vizyon ve\n", "Amaç, Vizyon ve\n")  # the first row has no number: no table
    pages = [PageInput(n, page, "tr") for n, page in enumerate(text.split("\f"), start=1)]
    assert "Kriter Azami Puan 2023 Puanı 2025 Puanı" not in [span.text for span, _ in report_spans(pages)]


def test_the_dev_report_whose_score_table_stacks_years_reads_this_cycle_s_points() -> None:
    """en_p10 (heldout24 dev) from LibreOffice: "Criterion" / "Maximum" / "2022" / "2025", rows stacked."""
    got = {(s.criterion_code, s.points) for s in document_facts("heldout24", "en_p10", "libreoffice").scores}
    assert {("1", 52.0), ("4", 90.0), ("7", 81.0), (None, 446.0)} <= got
    assert ("1", 40.0) not in got


def test_a_cycle_s_year_whose_closing_bracket_a_right_to_left_printer_mirrored_still_names_its_column() -> None:
    from exbench.extraction.score_headers import header_columns, key

    header = "معیار سقف امتیاز امتیاز دوره پنجم ( ۱۴۰۱( امتیاز دوره ششم ( ۱۴۰۲("
    assert header_columns(key(header)) == ["criterion", "max", "compare", "points"]


def test_the_dev_report_whose_cycles_headers_were_mirrored_reads_this_cycle_s_points() -> None:
    """fa_p18 (heldout24 dev) from LibreOffice: "امتیاز دوره ششم ( ۱۴۰۲(" heads this cycle's column."""
    got = {(s.criterion_code, s.points) for s in document_facts("heldout24", "fa_p18", "libreoffice").scores}
    assert {("1", 34.0), ("4", 62.0), ("7", 68.0)} <= got
    assert ("1", 28.0) not in got


def test_a_cycle_s_word_before_the_year_heading_a_score_column_is_that_column_s() -> None:
    from exbench.extraction.score_headers import header_columns, key

    for header in ("معیار حداکثر امتیاز امتیاز دوره ۱۴۰۲ امتیاز دوره ۱۴۰۴", "Criterion Maximum Cycle 2022 Cycle 2024"):
        assert header_columns(key(header)) == ["criterion", "max", "compare", "points"]


def test_the_dev_report_whose_score_columns_name_their_cycles_reads_this_cycle_s_points() -> None:
    """fa_o09 (heldout25 dev): "معیار | حداکثر امتیاز | امتیاز دوره ۱۴۰۲ | امتیاز دوره ۱۴۰۴"."""
    got = {(s.criterion_code, s.points) for s in document_facts("heldout25", "fa_o09").scores}
    assert {("1", 55.0), ("6", 69.0), ("9", 72.0), (None, 492.0)} <= got
    assert ("1", 44.0) not in got


def test_a_line_saying_none_was_identified_at_a_level_is_no_finding() -> None:
    from exbench.extraction.report_labels import placeholder
    from exbench.extraction.report_lexicon import line_key

    assert placeholder(line_key("None identified at criterion level."))
    assert placeholder(line_key("Nothing noted for this criterion."))
    assert not placeholder(line_key("None of the results are segmented by customer group."))


def test_a_findings_table_whose_text_column_is_headed_feedback_reads_each_row_whole() -> None:
    """en_o19 (heldout25 dev): "Sub-criterion" / "Type Feedback", rows "1d AFI The approach ..." over lines."""
    facts = document_facts("heldout25", "en_o19")
    texts = {(f.criterion_code, f.finding_type, f.text) for f in facts.findings}
    assert (
        "1",
        "improvement_area",
        "The approach to leading change is not consistently applied; the restructuring of the metering function in"
        " 2017 was not reviewed to capture learning.",
    ) in texts
    assert len(facts.findings) == 10


def test_a_points_word_before_each_cycle_s_year_heads_that_cycle_s_column() -> None:
    from exbench.extraction.score_headers import header_columns, key

    assert header_columns(key("معیار امتیاز ۱۴۰۴ امتیاز ۱۴۰۳")) == ["criterion", "points", "compare"]
    assert header_columns(key("Kriter Puan 2023 Puan 2025")) == ["criterion", "compare", "points"]
    # a maximum's points word before the first year only is the maximum's: the years' columns as before
    assert header_columns(key("Criterion Max points 2022 2024")) == ["criterion", "max", "compare", "points"]


def test_the_dev_report_whose_score_columns_put_the_points_word_before_the_year_reads_this_cycle_s_points() -> None:
    """fa_o19 (heldout25 dev): "معیار | امتیاز ۱۴۰۴ | امتیاز ۱۴۰۳"."""
    got = {(s.criterion_code, s.points) for s in document_facts("heldout25", "fa_o19").scores}
    assert {("1", 62.0), ("4", 118.0), ("7", 104.0)} <= got
    assert ("1", 58.0) not in got


def test_a_numbered_label_naming_its_criterion_after_a_dash_leaves_its_text_to_the_lines_below() -> None:
    from exbench.extraction.report_labels import finding_label
    from exbench.extraction.report_lexicon import line_key

    for line, kind, criterion in (
        ("نقطه قوت ۱ — معیار ۱، زیرمعیار ۱-۳", "strength", "1"),
        ("حوزه بهبود ۲ — معیار ۴", "improvement_area", "4"),
        ("Strength 2 — Criterion 3, sub-criterion 3b", "strength", "3"),
    ):
        found = finding_label(line_key(line), line)
        assert found is not None and found[0] == kind
        assert found[1].group("ucrit") == criterion and not found[1].group("text")


def test_the_dev_report_whose_labels_name_their_criteria_after_a_dash_places_each_finding() -> None:
    """fa_o18 (heldout25 dev): "نقطه قوت ۲ — معیار ۲، زیرمعیار ۲-۲" / the finding's text."""
    findings = document_facts("heldout25", "fa_o18").findings
    got = {(f.criterion_code, f.finding_type, f.text) for f in findings}
    assert (
        "2",
        "strength",
        "برگزاری جلسات ماهانه فرماندهی با حضور نمایندگان آتش‌نشانان و پیگیری مصوبات آن در سامانه مکاتبات.",
    ) in got
    assert {(f.criterion_code, f.finding_type) for f in findings} >= {("1", "improvement_area"), ("7", "improvement_area")}


def test_a_numbered_sub_criterion_code_alone_under_a_kind_s_heading_opens_that_kind_s_finding_below() -> None:
    """fa_o19 (heldout25 dev): "نقاط قوت کلیدی" / "1. زیرمعیار ۲-۱:" / the finding's text on the lines below."""
    findings = document_facts("heldout25", "fa_o19").findings
    got = {(f.criterion_code, f.finding_type) for f in findings}
    assert {("2", "strength"), ("7", "strength"), ("1", "improvement_area"), ("7", "improvement_area")} <= got
    assert len(findings) == 10
    assert all(not f.text.startswith(("زیرمعیار", "1.", "2.")) for f in findings)


def test_a_total_row_holding_only_the_whole_s_scale_beside_a_weight_column_gives_no_points() -> None:
    """en_o19 (heldout25 dev) from LibreOffice: "Total (weighted) 1000" / "438" / "points"."""
    got = {(s.criterion_code, s.points) for s in document_facts("heldout25", "en_o19", "libreoffice").scores}
    assert (None, 1000.0) not in got
    assert {("1", 55.0), ("6", 60.0), ("9", 63.0)} <= got
