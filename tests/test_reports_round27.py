"""Round twenty-seven of the report rules: score tables whose header a narrow page wrapped over many lines,
the cycles' years among its cells ("No Kriter Azami" / "Puan" / "2025 Konsensüs" / "Puanı" / "2022" /
"Puanı"), a word's last letter alone on a line ("Azam" / "i") or a stop parted from its word ("Max" / ".").

The short texts are our own, in the style of the reports of the blind batches' dev halves.
"""

from __future__ import annotations

from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.report_header_wraps import header_readings_of
from exbench.extraction.reports import read_report


def _scores(text: str, language: str) -> set[tuple[str | None, float]]:
    pages = [PageInput(n, page, language) for n, page in enumerate(text.split("\f"), start=1)]
    _findings, scores = read_report(pages, DocumentContext(language, "Örnek", 2025, None))
    return {(s.criterion_code, s.points) for s in scores}


_FINDINGS_TR = (
    "Değerlendirme Geri Bildirim Raporu\n"
    "EFQM Modeli 2020 esas alınmıştır.\n"
    "Kriter 1 – Amaç, Vizyon ve Strateji\n"
    "Güçlü Yönler\n"
    "1.2 Stratejik planın hazırlığında paydaş görüşleri sistematik olarak derlenmiştir.\n"
    "Gelişmeye Açık Alanlar\n"
    "1.4 Hedeflerin birimlere yayılımı saha düzeyinde izlenmemektedir.\n"
    "3. Puanlama Özeti\n"
)

_ROWS_TR = (
    "1 Amaç, Vizyon ve Strateji 100 57 44\n"
    "2 Kurum Kültürü ve Liderlik 100 51 42\n"
    "3 Paydaşları Dahil Etme 100 53 47\n"
    "4 Sürdürülebilir Değer Yaratma 200 106 88\n"
    "5 Performansı ve Dönüşümü\nYönetme\n100 48 39\n"
    "6 Paydaş Algıları 200 90 74\n"
    "7 Stratejik ve Operasyonel\nPerformans\n200 83 70\n"
    "TOPLAM 1000 488 404\n"
)

_WANT_TR = {("1", 57.0), ("2", 51.0), ("3", 53.0), ("4", 106.0), ("5", 48.0), ("6", 90.0), ("7", 83.0), (None, 488.0)}


def test_a_score_header_wrapped_over_six_lines_with_the_cycles_years_reads_the_newer_cycle_s_column() -> None:
    header = "No Kriter Azami\nPuan\n2025 Konsensüs\nPuanı\n2022\nPuanı\n"
    assert _scores(_FINDINGS_TR + header + _ROWS_TR, "tr") == _WANT_TR


def test_a_header_cell_s_last_letter_alone_on_its_line_is_given_back_to_its_word() -> None:
    header = "Kriter\nAzam\ni\npuan\n2022\npuanı\n2025\npuanı\n"
    rows = _ROWS_TR.replace(" 57 44", " 44 57").replace(" 51 42", " 42 51").replace(" 53 47", " 47 53")
    rows = rows.replace(" 106 88", " 88 106").replace(" 48 39", " 39 48").replace(" 90 74", " 74 90")
    rows = rows.replace(" 83 70", " 70 83").replace(" 488 404", " 404 488")
    assert _scores(_FINDINGS_TR + header + rows, "tr") == _WANT_TR
    assert "Kriter Azami puan 2022 puanı 2025 puanı" in header_readings_of(header.split())


def test_a_stop_parted_from_the_maximum_s_word_leaves_the_header_whole() -> None:
    text = (
        "Assessment Feedback Report\n"
        "Criterion 1: Purpose, Vision & Strategy\n"
        "Strengths\n"
        "The strategy is reviewed yearly with the board and staff representatives.\n"
        "Areas for Improvement\n"
        "Targets are not yet cascaded to the faculties.\n"
        "Criterion 2: Organisational Culture & Leadership\n"
        "Strengths\n"
        "Leaders hold open sessions with staff every month.\n"
        "3. Scoring profile\n"
        "# Criterion\nMax\n.\n2022\n2025\n"
        "1 Purpose, Vision & Strategy 100 47 58\n"
        "2 Organisational Culture & Leadership 100 45 56\n"
        "3 Engaging Stakeholders 100 50 57\n"
        "Total 1000 142 171\n"
    )
    assert {("1", 58.0), ("2", 56.0), ("3", 57.0)} <= _scores(text, "en")
    assert not {("1", 47.0), ("1", 100.0)} & _scores(text, "en")


def test_a_year_in_a_sentence_of_findings_opens_no_score_header() -> None:
    text = _FINDINGS_TR.replace("3. Puanlama Özeti\n", "") + "2025 yılında\nPuanı\n"
    assert _scores(text, "tr") == set()


_PERSIAN = (
    "گزارش بازخورد ارزیابی\n"
    "معیار ۱: رهبری\n"
    "نقاط قوت\n"
    "مدیران ارشد در جلسات ماهانه بهبود با کارکنان حضور دارند.\n"
    "زمینه‌های بهبود\n"
    "اهداف راهبردی به واحدهای پشتیبانی تسری نیافته است.\n"
    "معیار ۲: خط‌مشی و استراتژی\n"
    "نقاط قوت\n"
    "برنامه راهبردی با مشارکت ذی‌نفعان کلیدی تدوین شده است.\n"
    "۳. جدول امتیازها\n"
    "ردیف معیار ح دا کثر امتیاز امتیاز اجماع\n"
    "۱ رهبری ۰۱۰ ۵۲\n"
    "۲ خط‌مشی و استراتژی ۰۱۰ ۴۸\n"
    "۳ کارکنان ۰۱۰ ۴۵\n"
    "۴ شراکت‌ها و منابع ۰۱۰ ۵۰\n"
    "۵ فرآیندها، محصولات و خدمات ۰۱۰ ۵۳\n"
    "۶ نتایج مشتریان ۰۱۵ ۶۶\n"
    "۷ نتایج کارکنان ۰۱۰ ۳۸\n"
    "۸ نتایج جامعه ۰۱۰ ۳۵\n"
    "۹ نتایج کلیدی عملکرد ۰۱۵ ۵۰\n"
    "جمع کل ۱۰۰۰ ۴۳۷\n"
)


def test_a_persian_weight_printed_with_its_last_zero_first_is_the_weight_and_no_points() -> None:
    """A right-to-left line puts 100's last zero first ("۰۱۰"); the header's word broken at its letters' joins
    ("ح دا کثر") still names the maximum's column."""
    got = _scores(_PERSIAN, "fa")
    assert {("1", 52.0), ("6", 66.0), ("9", 50.0), (None, 437.0)} <= got
    assert not {("1", 10.0), ("6", 15.0)} & got


def test_a_zero_inside_or_after_a_number_is_left_as_printed() -> None:
    from exbench.extraction.report_lexicon import line_key

    assert line_key("۱ رهبری ۱۰۰ ۰٫۵") == "1 رهبری 100 0٫5"
    assert line_key("تلفن ۰۷۱-۳۲۲۵۱۴۰۰") == "تلفن 071-32251400"
    assert line_key("۱ رهبری ۰۱۰ ۵۲") == "1 رهبری 100 52"


def test_a_stacked_table_whose_header_words_a_wrap_glued_reads_every_row() -> None:
    """LibreOffice's narrow table: "MaximumPoints" glued, each row's number alone above its wrapped name."""
    text = (
        "Assessment Feedback Report\n"
        "Criterion 1: Purpose, Vision & Strategy\n"
        "Strengths\n"
        "The strategy is reviewed yearly with the board and staff representatives.\n"
        "Areas for Improvement\n"
        "Targets are not yet cascaded to the faculties.\n"
        "Criterion 2: Organisational Culture & Leadership\n"
        "Strengths\n"
        "Leaders hold open sessions with staff every month.\n"
        "Scoring Profile\n"
        "# Criterion\nMaximumPoints\n%\nofmaximum\n"
        "1\nPurpose,\nVision &\nStrategy\n100\n57\n57%\n"
        "2\nOrganisational\nCulture &\nLeadership\n100\n62\n62%\n"
        "3\nEngaging\nStakeholders\n100\n54\n54%\n"
        "4\nDriving\nPerformance &\nTransformatio\nn\n100\n48\n48%\n"
        "Total\n1000\n221\n22%\n"
    )
    assert {("1", 57.0), ("2", 62.0), ("3", 54.0), ("4", 48.0)} <= _scores(text, "en")


def test_a_change_between_cycles_is_no_cell_of_the_points() -> None:
    """ "40 48 +8" under "Kriter | Azami | 2022 puanı | 2024 puanı | Değişim" whose last cell's word was
    broken past reading: the signed change is no number of the row, so 48 is the newer cycle's points."""
    header = "Kriter\nAzami\n2022\npuanı\n2024\npuanı\nDeği\nşim\n"
    rows = (
        "1. Amaç, Vizyon ve Strateji\n100\n40 48 +8\n"
        "2. Kurum Kültürü ve Liderlik\n100\n44 52 +8\n"
        "3. Paydaşları Dahil Etme\n100\n38 45 +7\n"
        "Toplam\n1000\n370 443 +73\n"
    )
    got = _scores(_FINDINGS_TR + header + rows, "tr")
    assert {("1", 48.0), ("2", 52.0), ("3", 45.0)} <= got
    assert not {("1", 8.0), ("2", 8.0)} & got


def test_a_maximum_whose_last_zero_wrapped_onto_its_own_line_is_read_whole() -> None:
    """ "58" / "10" / "0": the points, then the maximum 100 its narrow cell broke; "40" / "0" is no maximum."""
    text = (
        "Assessment Feedback Report\n"
        "Criterion 1: Purpose, Vision & Strategy\n"
        "Strengths\n"
        "The strategy is reviewed yearly with the board and staff representatives.\n"
        "Areas for Improvement\n"
        "Targets are not yet cascaded to the faculties.\n"
        "Criterion 2: Organisational Culture & Leadership\n"
        "Strengths\n"
        "Leaders hold open sessions with staff every month.\n"
        "Scores\n"
        "Criterion\nScore\nMaximum\n"
        "1. Purpose, Vision\n& Strategy\n58\n10\n0\n"
        "2. Organisational\nCulture\n61\n10\n0\n"
        "3. Engaging\nStakeholders\n40\n0\n"
    )
    got = _scores(text, "en")
    assert {("1", 58.0), ("2", 61.0)} <= got
    assert not {c for c, _ in got} & {"3"}


def test_a_total_row_holding_the_scale_reads_its_points_wrapped_onto_the_next_line() -> None:
    """ "Total (weighted) 1000" / "427" / "points": the scale alone on the total's line, its points below."""
    text = (
        "Assessment Feedback Report\n"
        "Criterion 1: Leadership\n"
        "Strengths\n"
        "Senior leaders review the improvement plan with every unit each quarter.\n"
        "Areas for Improvement\n"
        "Leadership development is offered to senior staff only.\n"
        "Criterion 2: Strategy\n"
        "Strengths\n"
        "The strategy is built on a yearly scan of needs.\n"
        "2. Scoring Summary\n"
        "# Criterion Weighting (points) Score awarded (%)\n"
        "1 Leadership 100 50%\n"
        "2 Strategy 100 45%\n"
        "3 People 100 40%\n"
        "Total (weighted) 1000\n427\npoints\n"
    )
    assert (None, 427.0) in _scores(text, "en")
    assert (None, 1000.0) not in _scores(text, "en")


def _findings(text: str, language: str) -> set[tuple[str | None, str, str]]:
    pages = [PageInput(n, page, language) for n, page in enumerate(text.split("\f"), start=1)]
    findings, _scores = read_report(pages, DocumentContext(language, "Örnek", 2025, None))
    return {(f.criterion_code, f.finding_type, f.text) for f in findings}


def test_a_finding_label_with_its_sub_criterion_s_code_in_brackets_before_the_colon() -> None:
    """ "Güçlü yön (1.1): ..." under a criterion's heading: the label's kind, the code's criterion, the text
    after the colon."""
    text = (
        "Geri Bildirim Raporu\n"
        "Kriter 1 – Amaç, Vizyon ve Strateji\n"
        "Güçlü yön (1.1): Birimin amacı kurumun stratejik planıyla uyumlu şekilde tanımlanmıştır.\n"
        "Gelişmeye açık alan (1.4): Hedeflerin göstergelerle ilişkisi birim düzeyinde kurulmamıştır.\n"
        "Kriter 2 – Kurum Kültürü ve Liderlik\n"
        "Güçlü yön (2.3): Üst yönetimin saha ziyaretleri planlı olarak yapılmaktadır.\n"
        "Gelişmeye açık alan: Değişim yönetimine ilişkin sistematik bir yaklaşım bulunmamaktadır.\n"
    )
    got = _findings(text, "tr")
    assert ("1", "strength", "Birimin amacı kurumun stratejik planıyla uyumlu şekilde tanımlanmıştır.") in got
    assert ("1", "improvement_area", "Hedeflerin göstergelerle ilişkisi birim düzeyinde kurulmamıştır.") in got
    assert ("2", "strength", "Üst yönetimin saha ziyaretleri planlı olarak yapılmaktadır.") in got
    assert len(got) == 4


def test_a_definition_list_s_terms_beside_their_findings_head_them_when_wrapped_or_inline() -> None:
    """ "Key strengths [1.2] The ..." (the term and its finding on one line) and "Key areas for" / "improvement"
    (the term wrapped by its narrow column, the finding below): each finding of its term's kind."""
    blocks = []
    for number, name in (
        (1, "Purpose, Vision & Strategy"),
        (2, "Organisational Culture & Leadership"),
        (3, "Engaging Stakeholders"),
    ):
        blocks.append(
            f"Criterion {number}: {name}\n"
            f"Key strengths [{number}.1] Plans for criterion {number} are reviewed each year with partners and\n"
            "published for staff.\n"
            "Key areas for\nimprovement\n"
            f"[{number}.3] Measures for criterion {number} are not yet linked to targets.\n"
        )
    profile = "Scoring profile\nCriterion Maximum Points\n1 Purpose 100 55\n2 Culture 100 50\n3 Stakeholders 100 52\n"
    got = _findings("Assessment Feedback Report\n" + profile + "".join(blocks), "en")
    assert ("2", "strength", "Plans for criterion 2 are reviewed each year with partners and published for staff.") in got
    assert ("3", "improvement_area", "Measures for criterion 3 are not yet linked to targets.") in got
    assert len(got) == 6


def test_a_row_of_the_model_s_parts_naming_two_criteria_gives_no_criterion_s_points() -> None:
    """ "جهت‌گیری (معیار ۱ و ۲) ۱۱۸ ۲۰۰" under "بخش | امتیاز | سقف": the part's, neither criterion's."""
    text = _PERSIAN.split("۳. جدول امتیازها")[0] + (
        "نتیجه امتیازدهی\n"
        "بخش مدل امتیاز سقف\n"
        "جهت‌گیری (معیار ۱ و ۲) ۱۱۸ ۲۰۰\n"
        "اجرا (معیار ۳ تا ۵) ۲۰۵ ۴۰۰\n"
        "نتایج (معیار ۶ و ۷) ۱۲۴ ۴۰۰\n"
    )
    got = _scores(text, "fa")
    assert not {c for c, _ in got} & {"1", "2", "3", "5", "6", "7"}
