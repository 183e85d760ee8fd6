"""Reports of the twenty-second round: shares of each criterion's maximum (by the header's words, or printed
as percents under a bare score column) weighed with the framework's weights where they add up to the stated
total, numbered rows too; a total the prose states twice taken from the sentence dated latest; a table laid on
its side whose criteria's header cells wrapped one word a line, found by its row of maxima; and a table of
sub-criteria's rows read by its criteria's subtotal rows."""

from __future__ import annotations

import pytest

from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.report_table_scores import with_table_scores
from exbench.extraction.reports import read_report
from exbench.extraction.score_headers import ScoreRow, header_columns, key
from exbench.extraction.score_name_sentences import name_sentence_scores
from exbench.extraction.score_statements import statements
from exbench.extraction.score_transposed import transposed
from exbench.extraction.score_years import this_cycles


@pytest.mark.parametrize(
    "header",
    ["Kriter Adı Azami puana oranı", "Criterion % of maximum", "معیار درصد از حداکثر امتیاز"],
)
def test_a_share_of_the_maximum_heads_a_column_of_shares(header: str) -> None:
    assert header_columns(key(header)) == ["criterion", "percent"]


_TR_SHARES = """Değerlendirme Raporu
Model dokuz kriterden oluşur ve toplam 1000 puan üzerinden değerlendirilir.
3. Kriter Bazında Sonuçlar
Kriter Adı Azami puana oranı
1 Liderlik %45
2 Strateji %40
3 Çalışanlar %35
4 İş Ortaklıkları ve Kaynaklar %40
5 Süreçler, Ürünler ve Hizmetler %45
6 Müşteri Sonuçları %40
7 Çalışan Sonuçları %30
8 Toplum Sonuçları %25
9 Temel Performans Sonuçları %38
Bu oranlar sonucunda kurumun toplam puanı {total} olarak hesaplanmıştır.
"""

_EN_PERCENTS = """Feedback Report
The Baldrige Excellence Framework assesses seven categories.
Scores in this report are given as a percentage of each category's point value.
Scoring summary
Category Title Score
1 Leadership 45%
2 Strategy 40%
3 Customers 40%
4 Measurement, Analysis, and Knowledge Management 50%
5 Workforce 60%
6 Operations 40%
7 Results 36%
Taken together, these category scores result in a total of {total} points. In the 2022 cycle, the
applicant scored 297 points.
"""


def _scores(text: str, language: str) -> set[tuple[str | None, float, float | None]]:
    _findings, scores = read_report([PageInput(1, text, language)], DocumentContext(language, "Örnek", 2024, None))
    return {(s.criterion_code, s.points, s.max_points) for s in scores}


def test_numbered_shares_of_the_maximum_are_weighed_where_they_add_up_to_the_total() -> None:
    scores = _scores(_TR_SHARES.format(total="377"), "tr")  # EFQM 2013: 45+40+35+40+45+60+30+25+57
    assert {("1", 45.0, 100.0), ("6", 60.0, 150.0), ("9", 57.0, 150.0), (None, 377.0, 1000.0)} <= scores
    assert len([s for s in scores if s[0] is not None]) == 9
    assert {s for s in _scores(_TR_SHARES.format(total="420"), "tr") if s[0] is not None} == set()


def test_percents_under_a_bare_score_column_are_shares_of_the_weights() -> None:
    scores = _scores(_EN_PERCENTS.format(total="414"), "en")  # Baldrige: 54+34+34+45+51+34+162
    assert {("1", 54.0, 120.0), ("4", 45.0, 90.0), ("7", 162.0, 450.0), (None, 414.0, 1000.0)} <= scores
    assert {s for s in _scores(_EN_PERCENTS.format(total="500"), "en") if s[0] is not None} == set()


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "Belediye, 2024 değerlendirme döngüsünde aldığı 452 puanla bandında yer almıştır. Belediye, 2021 "
            "yılında 361 puanla 3 Yıldız belgesini almıştı; bir sonraki başvuruda (2027) hedef belirlenmiştir.",
            452.0,
        ),
        ("These scores result in a total of 414 points. In the 2022 cycle, the applicant scored 297 points.", 414.0),
    ],
)
def test_of_two_totals_in_prose_the_one_dated_latest_is_the_reports(text: str, total: float) -> None:
    assert [row.points for row in statements(key(text)) if row.criterion is None] == [total]


def test_two_undated_totals_in_prose_give_none() -> None:
    text = "The applicant scored 414 points. The applicant scored 297 points."
    assert [row for row in statements(key(text)) if row.criterion is None] == []


_WRAPPED_SIDEWAYS = [
    "2. Scores",
    "Criterion 1",
    "Leadership",
    "2",
    "Strategy",
    "Total",
    "Maximum 100 100 100 100 100 150 100 100 150 1000",
    "Obtained",
    "2017",
    "40 38 36 40 42 52 34 30 44 356",
    "Percent 40% 38% 36% 40% 42% 35% 34% 30% 29% 36%",
    "Obtained",
    "2014 (for",
    "reference)",
    "31 30 29 33 34 41 27 24 33 282",
]


def test_a_sideways_table_whose_header_wrapped_is_found_by_its_maxima() -> None:
    tables = transposed([key(line) for line in _WRAPPED_SIDEWAYS])
    assert len(tables) == 1
    rows = {(row.criterion, row.points, row.max_points) for row in tables[0][2]}
    assert {("1", 40.0, 100.0), ("6", 52.0, 150.0), ("9", 44.0, 150.0), (None, 356.0, 1000.0)} <= rows
    assert len(rows) == 10


def test_a_sideways_table_with_two_undated_points_rows_gives_nothing() -> None:
    lines = ["100 100 100 200 100 200 200 1000", "Puan", "62 58 55 96 48 74 59 452", "Ortalama", "50 50 50 90 50 80 60 430"]
    assert transposed([key(line) for line in lines]) == []


_PARTED = (
    ("Alt kriter", "Puan"),
    ("1.1", "9"),
    ("1.2", "8"),
    ("Kriter 1 ara toplam (azami 100)", "17"),
    ("2.1", "10"),
    ("2.2", "9"),
    ("Kriter 2 ara toplam (azami 100)", "19"),
    ("GENEL TOPLAM (azami 1000)", "273"),
)
_PARTED_FA = (
    ("زیرمعیار", "امتیاز"),
    ("۱-الف", "۱۲"),
    ("۱-ب", "۱۱"),
    ("جمع معیار ۱ – رهبری (حداکثر ۱۰۰)", "۲۳"),
    ("۲-الف", "۱۴"),
    ("جمع معیار ۲ – خط‌مشی و استراتژی (حداکثر ۱۰۰)", "۱۴"),
    ("جمع کل (حداکثر ۱۰۰۰)", "۴۶۸"),
)


@pytest.mark.parametrize(("table", "language"), [(_PARTED, "tr"), (_PARTED_FA, "fa")])
def test_a_table_of_parts_gives_its_criteria_by_their_subtotal_rows(table: tuple, language: str) -> None:
    text = "\n".join(" ".join(row) for row in table)
    page = PageInput(1, text, language, [table])
    scores = with_table_scores([page], DocumentContext(language, "Örnek", 2024, None), [], True)
    found = {(s.criterion_code, s.points, s.max_points) for s in scores}
    last = table[-1][1]
    assert found == {
        ("1", float(key(table[3][1])), 100.0),
        ("2", float(key(table[-2][1])), 100.0),
        (None, float(key(last)), 1000.0),
    }


def test_a_part_of_the_models_whole_in_a_table_of_parts_is_no_total() -> None:
    table = (*_PARTED[:-1], ("Toplam (azami 500)", "236"))
    page = PageInput(1, "\n".join(" ".join(row) for row in table), "tr", [table])
    scores = with_table_scores([page], DocumentContext("tr", "Örnek", 2024, None), [], True)
    assert {s.criterion_code for s in scores} == {"1", "2"}


_TR_NAME_SENTENCES = """Puanlama Profili
Amaç, Vizyon ve Strateji kriterinde kurum, kriterin 100 puanından 64 puan almıştır.
Kurum Kültürü ve Liderlik kriterinde 100 puan üzerinden 61 puan alınmıştır; 2021 değerlendirmesinde bu
kriterde alınan 52 puana göre belirgin bir gelişme vardır.
Paydaşları Dahil Etmek kriterinde kurum 57 puan almıştır (azami 100).
Sürdürülebilir Değer Yaratmak kriteri 200 puan ağırlığındadır ve kurum bu kriterden 118 puan almıştır.
Performansı ve Dönüşümü Yönetmek kriterinde alınan puan 100 üzerinden 55'tir.
Sonuç kriterlerinde Paydaş Algıları için 200 puandan 102 puan, Stratejik ve Operasyonel Performans için ise
200 puandan 71 puan verilmiştir.
"""


def test_criteria_scored_one_sentence_each_by_their_names() -> None:
    rows = name_sentence_scores(key(_TR_NAME_SENTENCES), "efqm2020")
    assert [(row.criterion, row.points, row.max_points) for row in rows] == [
        ("1", 64.0, 100.0),
        ("2", 61.0, 100.0),
        ("3", 57.0, 100.0),
        ("4", 118.0, 200.0),
        ("5", 55.0, 100.0),
        ("6", 102.0, 200.0),
        ("7", 71.0, 200.0),
    ]


def test_a_name_sentence_of_an_earlier_cycle_or_two_numbers_gives_nothing() -> None:
    text = (
        "Leadership was scored at 46 points. Strategy previously received 40 points. People received 38 points"
        " and 44 points. Partnerships and Resources received 52 points."
    )
    assert name_sentence_scores(key(text), "efqm2013") == []  # two criteria alone are no profile


_EN_ITEM_LABELS = """Key findings
Category 1: Leadership
1.1.1 Strength. Senior leaders deploy the mission and values through a structured cascade that reaches
every department within two weeks.
1.2.1 Opportunity for improvement. It is not evident how the board evaluates the performance of senior leaders.
Category 2: Strategy
2.1.1 Opportunity for improvement. The strategic planning process does not appear to consider the
potential need for transformational change.
2.2.1 Strength. Action plans are deployed to every unit with owners and measures.
"""


def test_a_kind_label_after_a_three_level_item_code_opens_a_finding() -> None:
    pages = [PageInput(1, _EN_ITEM_LABELS, "en")]
    findings, _scores = read_report(pages, DocumentContext("en", "Örnek", 2024, None))
    found = {(f.criterion_code, f.finding_type, f.text.split()[0]) for f in findings}
    assert found == {
        ("1", "strength", "Senior"),
        ("1", "improvement_area", "It"),
        ("2", "improvement_area", "The"),
        ("2", "strength", "Action"),
    }


def test_the_latest_of_two_totals_compares_a_solar_year_with_a_gregorian_one():
    """A report that dates last cycle in Gregorian years and this one in solar years: 1402 began in 2023."""
    text = "In 2022 the company scored 297 points. In the 1402 cycle it scored 334 points."
    rows = [ScoreRow(None, p, 1000.0, text.index(str(p)), text.index(str(p)) + 3) for p in (297, 334)]
    assert [row.points for row in this_cycles(text, rows)] == [334]
