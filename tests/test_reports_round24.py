"""Scores of layouts a writer outside the team used: a narrow score table whose cells a printer stacked one a line
(its maximum read by the header's word order, or none), a prose line that begins with a score word (no scores
heading), a change column beside two cycles' points, a profile laid on its side whose columns give each
criterion's maximum in brackets over a row of percents, numbers running 1..n read as no points, a total stated
"rounded", a part row whose long name wraps; and findings in prose whose list numbers end no sentence."""

from __future__ import annotations

import json
from pathlib import Path

from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.reports import read_report
from exbench.extraction.score_headers import header_readings, key
from exbench.extraction.score_stacked import scale_first, stacked_score
from exbench.extraction.score_statements import floating_points, floating_scores, statements
from exbench.extraction.score_transposed import transposed
from tests.rendered import document_facts

TESTS = Path(__file__).resolve().parent

TR_STACKED = (
    "Geri Bildirim Raporu\n"
    "Kriter 1 – Amaç, Vizyon ve Strateji\n"
    "1. [Güçlü Yön] Belediyenin amacı ve vizyonu paydaşlarla birlikte tanımlanmıştır.\n"
    "Kriter 2 – Kurum Kültürü ve Liderlik\n"
    "2. [Gelişime Açık Alan] Öneri sisteminde geri dönüş süreleri izlenmemektedir.\n"
    "3. Puanlama\n"
    "Kriter\n"
    "AzamiPuan\n"
    "1. Amaç, Vizyon ve Strateji\n"
    "100\n"
    "58,5\n"
    "2. Kurum Kültürü ve Liderlik\n"
    "100\n"
    "62,5\n"
    "5. Performansı ve Dönüşümü\n"
    "Yönlendirme\n"
    "100\n"
    "49,0\n"
)


def _scores(text: str, language: str = "tr") -> set[tuple]:
    _findings, scores = read_report([PageInput(1, text, language)], DocumentContext(language, "Örnek", 2024, None))
    return {(s.criterion_code, s.points, s.max_points) for s in scores}


def test_the_header_s_word_order_tells_the_maximum_of_two_numbers_stacked_under_a_row_s_name() -> None:
    assert _scores(TR_STACKED) == {("1", 58.5, 100.0), ("2", 62.5, 100.0), ("5", 49.0, 100.0)}
    assert scale_first(["kriter", "azamipuan"]) is True  # glued cells: each word's outer edge
    assert scale_first(["criterion", "points", "maximum"]) is False
    assert scale_first(["puanlama", "kriter", "azami puan"]) is None  # "puanlama" is no points column
    assert stacked_score(100, "58,5", True) == (58.5, 100)
    assert stacked_score(100, "40 48 +8", True) is None  # more cells than two: which is the points is unknown


def test_without_the_header_s_order_two_stacked_numbers_give_nothing_never_the_maximum() -> None:
    text = TR_STACKED.replace("Kriter\nAzamiPuan\n", "")
    assert _scores(text) == set()
    cycles = TR_STACKED.replace("58,5", "40 48 +8").replace("62,5", "44 52 +8").replace("49,0", "36 44 +8")
    assert not {s for s in _scores(cycles) if s[1] == 100.0}


def test_a_prose_line_opening_with_a_score_word_is_no_scores_heading() -> None:
    """ "puanlamaya katılmamıştır. 42 istasyonda ...": a sentence's end inside, so no heading; the numbered section
    heading after it ("2. Bulgular") is then no criterion's row."""
    text = (
        "Geri Bildirim Raporu\n"
        "Kriter 1 – Amaç, Vizyon ve Strateji\n"
        "1. [Güçlü Yön] Belediyenin amacı ve vizyonu paydaşlarla birlikte tanımlanmıştır.\n"
        "Kriter 2 – Kurum Kültürü ve Liderlik\n"
        "2. [Gelişime Açık Alan] Öneri sisteminde geri dönüş süreleri izlenmemektedir.\n"
        "Kurum içinden 2 gözlemci ekibe eşlik etmiş, ancak\n"
        "puanlamaya katılmamıştır. 42 istasyonda görev yapan personelin 340'ı eğitim almıştır.\n"
        "2. Bulgular\n"
        "GY: Güçlü Yön · GAA: Gelişime Açık Alan.\n"
        "GY-1.2-\n"
        "01\n"
    )
    assert not any(criterion == "2" for criterion, _, _ in _scores(text))


_CYCLES = ["criterion", "max", "compare", "points", "compare"]


def test_a_change_column_beside_two_cycles_points_is_read_past() -> None:
    assert header_readings(key("Kriter Azami 2022 puanı 2024 puanı Değişim"))[0] == _CYCLES
    assert header_readings(key("Criterion Max 2022 score 2024 score Change"))[0] == _CYCLES
    text = (
        "Geri Bildirim Raporu\n"
        "Kriter 1 – Amaç, Vizyon ve Strateji\n"
        "Güçlü yön: Hastanenin amacı tanımlanmış ve tüm klinik birimlerde bilinmektedir.\n"
        "Kriter 2 – Kurum Kültürü ve Liderlik\n"
        "Gelişim alanı: Vizyonun göstergelere nasıl dönüştürüldüğü gösterilememiştir.\n"
        "2. Puanlar\n"
        "Kriter Azami 2022 puanı 2024 puanı Değişim\n"
        "1. Amaç, Vizyon ve Strateji 100 40 48 +8\n"
        "2. Kurum Kültürü ve Liderlik 100 44 52 +8\n"
        "3. Paydaşları Dahil Etme 100 38 45 +7\n"
    )
    assert {(c, p) for c, p, _ in _scores(text)} == {("1", 48.0), ("2", 52.0), ("3", 45.0)}


EN_PROFILE = [
    "scoring profile (% of criterion maximum)",
    *[line for n, m in enumerate((100, 100, 100, 200, 100, 200, 200), 1) for line in (f"c{n}", "(max", f"{m})")],
    "2025 52% 55% 48% 48% 45% 41% 39%",
    "the overall score of 456 points falls in the 400–499 band.",
]


def test_a_profile_on_its_side_gives_each_criterion_its_percent_of_the_maximum_its_column_names() -> None:
    [(first, last, rows)] = transposed(EN_PROFILE)
    assert (first, last) == (0, 22)  # its caption, the columns, the row
    assert [(r.criterion, r.points, r.max_points) for r in rows] == [
        ("1", 52.0, 100.0),
        ("2", 55.0, 100.0),
        ("3", 48.0, 100.0),
        ("4", 96.0, 200.0),
        ("5", 45.0, 100.0),
        ("6", 82.0, 200.0),
        ("7", 78.0, 200.0),
    ]
    weights = [*EN_PROFILE[:22], "weight 10% 10% 10% 20% 10% 20% 20%"]
    assert transposed(weights) == []  # each criterion's share of the whole: weights, no points
    persian = ["امتیاز معیارها", "1.", "رهبری", ")100(", *[f"{n}. نتایج" for n in range(2, 10)]]
    assert transposed([*persian, "45٪ 40٪"]) == []  # no maxima over as many columns as percents


def test_numbers_running_one_to_n_beside_the_criteria_s_maxima_are_no_points() -> None:
    keys = ["\n".join(EN_PROFILE[:22])]
    assert [row.points for _, row in floating_scores(keys, None)] == [1, 2, 3, 4, 5, 6, 7]  # still a report's profile
    assert floating_points(keys, None) == []


def test_a_total_stated_rounded_is_the_report_s_total() -> None:
    en = "criterion scores are shown to one decimal place; the overall score, rounded, is 537 points, which corresponds"
    assert [(r.criterion, r.points) for r in statements(en)] == [(None, 537.0)]
    tr = "başkanlığımızın toplam puanı yuvarlanarak 494 olmuş; bu sonuç 400–499 bandında yer almaktadır."
    assert [(r.criterion, r.points) for r in statements(tr)] == [(None, 494.0)]


def _label_scores(batch: str, doc_id: str) -> set[tuple]:
    label = json.loads((TESTS / batch / "labels" / f"{doc_id}.json").read_text(encoding="utf-8"))
    return {(s["criterion"], float(s["points"])) for s in label["scores"]}


def _read_scores(batch: str, doc_id: str, printer: str) -> set[tuple]:
    return {(s.criterion_code, float(s.points)) for s in document_facts(batch, doc_id, printer).scores}


def test_the_dev_reports_of_these_layouts_read_their_scores() -> None:
    """heldout22 dev: the percent profile (en_q10, fa_q09), the change column (tr_q12), a total stated rounded (en_q12),
    a part row's long name wrapped by LibreOffice (en_q09)."""
    for doc_id in ("en_q10", "fa_q09", "tr_q12", "en_q12"):
        assert _read_scores("heldout22", doc_id, "chromium") == _label_scores("heldout22", doc_id), doc_id
    assert _read_scores("heldout22", "en_q09", "libreoffice") == _label_scores("heldout22", "en_q09")


def test_the_dev_reports_narrow_libreoffice_tables_give_no_wrong_score() -> None:
    """tr_q11, tr_q12 (heldout22 dev, LibreOffice): maxima stacked over the points are never read as points."""
    eleven = _read_scores("heldout22", "tr_q11", "libreoffice")
    assert eleven <= _label_scores("heldout22", "tr_q11") and len(eleven) >= 7
    assert _read_scores("heldout22", "tr_q12", "libreoffice") <= _label_scores("heldout22", "tr_q12")


def test_the_dev_report_whose_findings_are_prose_under_criteria_reads_none_from_its_profile() -> None:
    """fa_q09 (heldout22 dev): the percent profile's header cells ("... (۱۰۰) ۶.") are no finding."""
    findings = document_facts("heldout22", "fa_q09").findings
    label = json.loads((TESTS / "heldout22" / "labels" / "fa_q09.json").read_text(encoding="utf-8"))
    assert sorted((f.criterion_code, f.finding_type) for f in findings) == sorted(
        (f["criterion"], f["finding_type"]) for f in label["findings"]
    )


def test_a_scores_heading_and_the_profile_under_it_are_no_sentence_of_the_criterion_before() -> None:
    """en_q10 (heldout22 dev): "Scoring profile (% of criterion maximum)" / "C1" / "(max" / "100)" ... after the last
    criterion's paragraph is no finding of it."""
    findings = document_facts("heldout22", "en_q10").findings
    assert not [f for f in findings if f.text.startswith("Scoring profile")]
    assert sorted((f.criterion_code, f.finding_type) for f in findings) == sorted(
        (f["criterion"], f["finding_type"]) for f in json.loads((TESTS / "heldout22/labels/en_q10.json").read_text())["findings"]
    )


def test_a_row_s_points_broken_after_its_leader_dots_are_read_whole() -> None:
    """ "1. Amaç, Vizyon ve Strateji ........ 6" / "4": LibreOffice broke the points at the line's end."""
    text = (
        "Geri Bildirim Raporu\n"
        "Kriter 1 – Amaç, Vizyon ve Strateji\n"
        "1. [Güçlü Yön] Hastanenin amacı tüm klinik birimlerde bilinmektedir.\n"
        "Kriter 2 – Kurum Kültürü ve Liderlik\n"
        "2. [Gelişime Açık Alan] Öneri sisteminde geri dönüş süreleri izlenmemektedir.\n"
        "Puanlar\n"
        "1. Amaç, Vizyon ve Strateji .................................... 6\n"
        "4\n"
        "2. Kurum Kültürü ve Liderlik ................................... 6\n"
        "3\n"
        "4. Sürdürülebilir Değer\n"
        "Yaratma ................................\n"
        "112\n"
    )
    assert {(c, p) for c, p, _ in _scores(text)} == {("1", 64.0), ("2", 63.0), ("4", 112.0)}


def test_a_category_subtotal_with_its_points_alone_takes_its_parts_maxima_as_its_scale() -> None:
    """ "Category 1 subtotal 63" under "1.1 Senior Leadership 70 38" / "1.2 ... 50 25": criterion 1's 63 of 120, and
    the table reads on to the next category's parts."""
    text = (
        "Feedback Report\n"
        "Scoring Summary\n"
        "Item Title Point value Points\n"
        "1.1 Senior Leadership 70 38\n"
        "1.2 Governance and Societal\n"
        "Contributions\n"
        "50 25\n"
        "Category 1 subtotal 63\n"
        "2.1 Strategy Development 45 22\n"
        "2.2 Strategy Implementation 40 18\n"
        "Category 2 subtotal 40\n"
        "3.1 Customer Expectations 40 20\n"
        "3.2 Customer Engagement 45 22\n"
        "Category 3 subtotal 42\n"
        "Total 1,000 471\n"
    )
    assert _scores(text, "en") == {("1", 63.0, 120.0), ("2", 40.0, 85.0), ("3", 42.0, 85.0), (None, 471.0, 1000.0)}
    assert _scores(text.replace("subtotal 63", "subtotal 61"), "en") >= {("1", 61.0, 120.0)}  # the row's own points


def test_a_section_number_before_the_criterion_word_and_its_name_heads_that_criterion() -> None:
    """ "۱. معیار رهبری" / "در معیار رهبری ۵۲ امتیاز از ۱۰۰ کسب شده است." / "نقاط قوت" / ...: the heading names
    criterion 1 by its name; "نتایج کلیدی" is criterion 9's name shortened."""
    from exbench.extraction.report_criteria import criterion_by_name
    from exbench.extraction.report_lexicon import line_key

    assert criterion_by_name(line_key("۱. معیار رهبری"), "iran_national") == "1"
    assert criterion_by_name(line_key("۹. معیار نتایج کلیدی"), "iran_national") == "9"
    assert criterion_by_name(line_key("3. Liderlik"), "kalder") is None  # a number and a name that disagree
    label = json.loads((TESTS / "heldout23/labels/fa_r09.json").read_text(encoding="utf-8"))
    facts = document_facts("heldout23", "fa_r09")
    assert {(s.criterion_code, float(s.points)) for s in facts.scores} == {
        (s["criterion"], float(s["points"])) for s in label["scores"]
    }
    assert sorted((f.criterion_code, f.finding_type) for f in facts.findings) == sorted(
        (f["criterion"], f["finding_type"]) for f in label["findings"]
    )


def test_a_persian_assessors_clause_before_that_is_no_part_of_the_finding() -> None:
    """ "ارزیابان مشاهده کردند که X", "با این حال، تیم ارزیابی دریافت که X" under a criterion heading: the finding
    is X (the clause's subject is the assessors, the complementizer "که" hands the finding on)."""
    from exbench.extraction.findings_inline import _lead_end

    text = "ارزیابان مشاهده کردند که مدیران ارشد شهرداری در جلسات ماهانه حضور فعال دارند."
    assert text[_lead_end(text, False) :] == "مدیران ارشد شهرداری در جلسات ماهانه حضور فعال دارند."
    own = "مدیران ارشد برنامه‌ای تدوین کرده‌اند که اهداف را پیگیری می‌کند."
    assert _lead_end(own, False) == 0  # no assessors' clause: the sentence is the finding whole
