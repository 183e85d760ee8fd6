"""Round twenty-five of the report rules, on layouts assessors chose themselves: score-table cells labelled by
their column's header word ("1 | 40% | weighting 100"), a team's consensus score as the points column,
"Overall score: 360 points", findings opened by a kind sign or letter in brackets after their code where no
key says the kinds ("[2.3] (+) ...", "[3.5] (İ) ...", "[Kriter 7] (+) ..."), and a finding that names its
criterion and sub-criterion before a colon ("Criterion 1 (1a): ...") under a numbered kind heading.

The reports checked whole are dev reports of the twenty-third blind batch (heldout23); the short texts are
our own.
"""

from __future__ import annotations

import json

from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.report_lexicon import line_key
from exbench.extraction.report_marks import legend_lines
from exbench.extraction.reports import read_report
from exbench.extraction.score_cell_labels import unlabelled
from exbench.extraction.score_headers import header_columns, key
from tests.rendered import TESTS, document_facts, finding_rows, report_findings_read


def _read(text: str, language: str) -> tuple[list, list]:
    return read_report([PageInput(1, text, language)], DocumentContext(language, "Örnek", 2024, None))


WEIGHTED = (
    "Feedback Report\n"
    "EFQM Excellence Model 2013 · Report dated 30 November 2015\n"
    "Selected feedback\n"
    "1b — Strength: The executive group reviews the management system through an annual cycle.\n"
    "Scoring (percentage per criterion)\n"
    "Criterion Score % Weighting (points)\n"
    "1 40% weighting 100\n"
    "2 35% weighting 100\n"
    "3 30% weighting 100\n"
    "4 40% weighting 100\n"
    "5 45% weighting 100\n"
    "6 30% weighting 150\n"
    "7 30% weighting 100\n"
    "8 35% weighting 100\n"
    "9 40% weighting 150\n"
    "Overall score: 360 points (within the 350–400 band).\n"
)


def test_a_cell_labelled_by_its_column_s_header_word_is_read_as_its_number() -> None:
    """ "40% | weighting 100" under "Score % | Weighting (points)": the share of the criterion's weight."""
    _findings, scores = _read(WEIGHTED, "en")
    got = {(s.criterion_code, s.points) for s in scores}
    assert {("1", 40.0), ("6", 45.0), ("9", 60.0), (None, 360.0)} <= got
    assert len(got) == 10


def test_only_the_header_s_own_words_are_read_past_and_only_where_numbers_alone_remain() -> None:
    header = key("Criterion Score % Weighting (points)")
    assert unlabelled("1 40% weighting 100", header).split() == ["1", "40%", "100"]
    assert unlabelled("1 leadership 40% 100", header) == "1 leadership 40% 100"  # a row's name stays
    assert unlabelled("1 40% weight 100", key("Criterion Score % Points")) == "1 40% weight 100"  # not its header's


def test_a_team_s_consensus_score_names_the_points_column() -> None:
    for header in ("Kriter Ağırlık (puan) Takım Konsensüs Puanı", "Criterion Weight Team consensus score"):
        assert header_columns(key(header)) == ["criterion", "other", "points"]


def test_the_dev_report_scored_by_the_team_s_consensus_reads_every_row() -> None:
    """tr_r18 (heldout23 dev): "Kriter | Ağırlık (puan) | Takım Konsensüs Puanı"."""
    facts = document_facts("heldout23", "tr_r18")
    got = {(s.criterion_code, s.points) for s in facts.scores}
    assert {("1", 45.0), ("6", 55.0), ("9", 52.0), (None, 387.0)} <= got


SIGNED = (
    "Değerlendirme Geri Bildirim Raporu\n"
    "Seçilmiş Bulgular\n"
    "[2.3] (+) Vardiya amirleri haftalık toplantılarda ramak kala olaylarını paylaşmaktadır.\n"
    "[3.5] (İ) Ortak tatbikatların sonuçları sistematik olarak değerlendirilmemektedir.\n"
    "[4.3] (+) Mahalle bazında risk haritası oluşturulmuştur.\n"
    "[5.4] (İ) Bakım verileri öngörücü bakım için analiz edilmemektedir.\n"
    "[Kriter 7] (+) Ortalama ulaşma süresi iki yılda kısalmıştır.\n"
)


def test_signs_and_letters_in_brackets_after_the_code_give_the_kinds_where_no_key_does() -> None:
    assert legend_lines([line_key(line) for line in SIGNED.splitlines()])[0] == {"+": "strength", "i": "improvement_area"}
    findings, _ = _read(SIGNED, "tr")
    assert {(f.criterion_code, f.finding_type, f.text.split()[0]) for f in findings} == {
        ("2", "strength", "Vardiya"),
        ("3", "improvement_area", "Ortak"),
        ("4", "strength", "Mahalle"),
        ("5", "improvement_area", "Bakım"),
        ("7", "strength", "Ortalama"),
    }


def test_one_sign_alone_is_no_key() -> None:
    """Findings of one sign only, or a sign once each, leave the kinds to the headings."""
    lines = [line_key(line) for line in SIGNED.splitlines() if "(İ)" not in line]
    assert legend_lines(lines)[0] == {}


def test_the_dev_report_whose_findings_are_signed_after_their_codes_reads_each() -> None:
    """tr_r19 (heldout23 dev): "[2.3] (+) ...", "[3.5] (İ) ...", "[Kriter 7] (+) ..."."""
    label, findings = report_findings_read("heldout23", "tr_r19", 2023)
    assert finding_rows(findings) == finding_rows(label["findings"])


def test_a_finding_naming_its_criterion_and_sub_criterion_before_a_colon_is_that_criterion_s() -> None:
    """en_r11 (heldout23 dev): "2.1 Strengths" is the report's own section number, the finding names its criterion."""
    label, findings = report_findings_read("heldout23", "en_r11", 2017)
    assert finding_rows(findings) == finding_rows(label["findings"])


def test_a_total_row_after_a_dotted_leader_is_the_total() -> None:
    """tr_r12 (heldout23 dev): "TOPLAM PUAN ........ 546" under a dotted list of the criteria's points."""
    facts = document_facts("heldout23", "tr_r12")
    assert (None, 546.0) in {(s.criterion_code, s.points) for s in facts.scores}


def test_a_total_stated_with_the_organization_s_noun_between_is_the_total() -> None:
    """ "امتیاز کل بیمارستان ۳۶۲ امتیاز": the total score of the hospital; a criterion's total is none."""
    facts = document_facts("heldout23", "fa_r11")
    assert (None, 362.0) in {(s.criterion_code, s.points) for s in facts.scores}
    from exbench.extraction.score_statements import statements

    assert not [r for r in statements(line_key("امتیاز کل معیار رهبری ۶۰ امتیاز است.")) if r.criterion is None]


def test_a_row_s_cell_after_the_header_repeated_over_the_page_is_the_row_s() -> None:
    """fa_r10 (heldout23 dev): criterion 2's strength on one page, its area after the header on the next."""
    label = json.loads((TESTS / "heldout23" / "labels" / "fa_r10.json").read_text(encoding="utf-8"))
    read = finding_rows(document_facts("heldout23", "fa_r10").findings)
    assert {row for row in finding_rows(label["findings"]) if row[0] == "2"} <= read
    assert len(read) == len(label["findings"])


def test_a_year_closing_a_sentence_dates_its_score() -> None:
    """ "... scored 512 of 1,000 points and received the Award for Excellence for 2024. In the 2022 cycle ...
    scored 391 points": the full stop after the year ends the first sentence, whose score is this cycle's."""
    from exbench.extraction.score_statements import statements

    text = line_key(
        "Following the Judges’ review, the University scored 512 of 1,000 points and received the program’s "
        "Award for Excellence for 2024. In the 2022 cycle the University scored 391 points and received the "
        "Award for Progress."
    )
    assert [(row.criterion, row.points) for row in statements(text)] == [(None, 512.0)]


_SCORES = "Scores\nCriterion Maximum Points\n1 100 45\n2 100 50\n3 100 40\n"


def test_a_sub_criterion_s_code_and_a_kind_letter_in_brackets_open_a_finding_not_a_heading() -> None:
    """ "1.1 (G) Liderler ... etmektedir.": the code and the key's letter open a finding, no item heading."""
    text = (
        "Değerlendirme Geri Bildirim Raporu\n"
        "Bulgular\n"
        "1.1 (G) Liderler değerleri her yıl çalışanlarla birlikte gözden geçirmektedir.\n"
        "1.3 (İ) Liderlik sisteminin etkinliği gözden geçirilmemektedir.\n"
        "2.2 (G) Strateji, nüfus projeksiyonlarını kullanmaktadır.\n"
        "2.4 (İ) Stratejik hedefler ekip planlarına yayılmamaktadır.\n"
        "Puanlar\nKriter Azami Puan Alınan Puan\nKriter 1 100 45\nKriter 2 100 40\nKriter 3 100 40\n"
    )
    findings, _ = _read(text, "tr")
    assert [(f.criterion_code, f.finding_type) for f in findings] == [
        ("1", "strength"),
        ("1", "improvement_area"),
        ("2", "strength"),
        ("2", "improvement_area"),
    ]


def test_a_table_whose_kind_column_comes_after_the_text_closes_each_row_with_its_kind() -> None:
    """ "Sub-criterion | Assessor comment | Type": each row's kind words or letters close it."""
    text = (
        "Assessment Feedback Report\nFeedback\nSub-criterion Assessor comment Type\n"
        "1a Leaders review the values with staff every year at an open\n"
        "session. Strength\n"
        "1c The effectiveness of the leadership system is not reviewed. OFI\n"
        "2b The strategy uses demographic projections to set priorities. Strength\n"
        "2d Strategic objectives are not cascaded to team plans.\n"
        "AFI\n" + _SCORES
    )
    findings, _ = _read(text, "en")
    assert [(f.criterion_code, f.finding_type, f.text.split()[0]) for f in findings] == [
        ("1", "strength", "Leaders"),
        ("1", "improvement_area", "The"),
        ("2", "strength", "The"),
        ("2", "improvement_area", "Strategic"),
    ]
    assert findings[0].text.endswith("open session.")


def test_a_bullet_a_printer_drew_before_a_heading_is_the_list_s_not_a_finding_s() -> None:
    """LibreOffice draws the bullets of nested lists: "• 1.1 Senior Leadership" / "• Strengths" / "• The ..."."""
    from exbench.extraction.report_sections import unbulleted_headings
    from exbench.extraction.text_units import lines

    text = (
        "• 1.1 Senior Leadership\n"
        "• Strengths\n"
        "• The City Manager and department directors hold quarterly sessions.\n"
        "• Opportunities for Improvement\n"
    )
    read = [span.text for span, _ in unbulleted_headings([(span, 1) for span in lines(text)])]
    assert read == [
        "1.1 Senior Leadership",
        "Strengths",
        "• The City Manager and department directors hold quarterly sessions.",
        "Opportunities for Improvement",
    ]


def test_a_total_whose_scale_stands_in_brackets_before_its_points_is_read_with_it() -> None:
    """ "جمع کل ( از ۱۰۰۰) ۴۸۷", "Genel Toplam (1000 üzerinden) 487": the scale, then the points; never 1000."""
    from exbench.extraction.score_statements import scaled_readings

    for text in ("جمع کل ( از ۱۰۰۰) ۴۸۷", "Genel Toplam (1000 üzerinden) 487", "Total (out of 1,000) 487"):
        assert [(points, scale) for _, points, scale in scaled_readings(line_key(text))] == [(487.0, 1000.0)]


def test_a_kind_heading_set_as_a_column_after_the_sub_criterion_s_reads_its_rows() -> None:
    """ "Alt Kriter | Güçlü Yönler" over rows "1.2 İdarenin ...": each row a finding of that kind, its code no text."""
    text = (
        "Geri Bildirim Raporu\n"
        "Kriter 1 – Amaç, Vizyon ve Strateji\n"
        "Alt Kriter Güçlü Yönler\n"
        "1.2 İdarenin stratejik planı havza bazlı su bütçesi dikkate alınarak hazırlanmıştır.\n"
        "Alt Kriter Gelişmeye Açık Alanlar\n"
        "1.3 Stratejik hedeflerin performans programına nasıl indirildiği gösterilememiştir.\n"
        "Kriter 2 – Kurum Kültürü ve Liderlik\n"
        "Alt Kriter Güçlü Yönler\n"
        "2.1 Üst yönetim saha ekipleriyle her ay buluşmaktadır.\n"
        "Alt Kriter Gelişmeye Açık Alanlar\n"
        "2.4 Öneri sisteminin etkinliği ölçülmemektedir.\n"
    )
    findings, _ = _read(text, "tr")
    assert [(f.criterion_code, f.finding_type, f.text.split()[0]) for f in findings] == [
        ("1", "strength", "İdarenin"),
        ("1", "improvement_area", "Stratejik"),
        ("2", "strength", "Üst"),
        ("2", "improvement_area", "Öneri"),
    ]


def test_a_finding_s_running_number_before_its_code_and_kind_is_read_past() -> None:
    """ "یافته ۱ زیرمعیار ۱.۳ قوت" / text: finding 1, sub-criterion 1.3, a strength."""
    from exbench.extraction.report_labels import finding_label

    for line, kind in (("یافته ۱ زیرمعیار ۱.۳ قوت", "strength"), ("Finding 3 Sub-criterion 1.3 Strength", "strength")):
        found = finding_label(line_key(line), line, False)
        assert found is not None and found[0] == kind and found[1].group("scode") == "1"


def test_a_label_s_bare_sub_criterion_code_in_brackets_names_its_criterion() -> None:
    """ "Güçlü Yön 1.1 (1a)" / text: the running number, then the sub-criterion the finding is of."""
    from exbench.extraction.report_labels import finding_label

    found = finding_label(line_key("İyileştirme Alanı 5.1 (5e)"), "İyileştirme Alanı 5.1 (5e)", False)
    assert found is not None and found[0] == "improvement_area" and found[1].group("crit") == "5"


def test_what_the_team_found_works_well_is_a_strengths_heading() -> None:
    from exbench.extraction.report_sections import section_heading

    assert section_heading(line_key("What we found works well")) == ("strength", len("What we found works well"))


def test_a_bracketed_scale_before_two_numbers_is_no_reading() -> None:
    """ "Kurum Genel Puanı (1000 üzerinden) 1000 426": the scale, then a maximum's cell and the points; the
    bracket alone does not say which is which, and no points are taken from it."""
    from exbench.extraction.score_statements import scaled_readings

    assert scaled_readings(line_key("Kurum Genel Puanı (1000 üzerinden) 1000 426")) == []


def test_the_assessment_team_s_heading_ends_the_findings_above_it() -> None:
    """ "Değerlendirme takımı" / "Takım lideri ...": the team's part, no finding of the last criterion."""
    from exbench.extraction.report_layout import ending_heading

    assert ending_heading(line_key("Değerlendirme takımı"), "Değerlendirme takımı")
    assert ending_heading(line_key("Assessment team"), "Assessment team")
    assert not ending_heading(line_key("Değerlendirme takımı raporu inceledi"), "Değerlendirme takımı raporu inceledi")
