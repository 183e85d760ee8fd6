"""Score profiles in layouts the first rules never saw: band and range columns, sub-criterion
rows that add up to their criterion, a matrix of criteria by sub-criteria, criteria by number
only, a header whose cells wrapped over many lines, a scoring profile written as prose, totals
of an earlier cycle, and the star rating a municipality's festival reports.

The tables and sentences are written for these tests in each language; one test reads a
rendered PDF of the held-out set's dev half through the reader."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.reports import is_report, read_report
from exbench.warehouse.build import create_schemas
from exbench.warehouse.sql import run_file

HELDOUT3 = Path(__file__).resolve().parent / "heldout3"

# Enough findings structure that the documents below are feedback reports.
FINDINGS = {
    "en": "Criterion 1: Leadership\nStrengths\nLeaders meet staff monthly.\nCriterion 2: Strategy\nStrengths\nThe plan is reviewed yearly.\n",
    "tr": "Kriter 1: Liderlik\nGüçlü Yönler\nYöneticiler çalışanlarla her ay buluşmaktadır.\n"
    "Kriter 2: Strateji\nGüçlü Yönler\nPlan her yıl gözden geçirilmektedir.\n",
    "fa": "معیار ۱: رهبری\nنقاط قوت\nمدیران هر ماه با کارکنان دیدار می‌کنند.\nمعیار ۲: راهبرد\nنقاط قوت\nبرنامه هر سال بازنگری می‌شود.\n",
}


def _scores(text: str, language: str) -> set[tuple[str | None, float]]:
    pages = [PageInput(1, text, language)]
    return {(s.criterion_code, s.points) for s in read_report(pages, DocumentContext(language, "Örnek", 2024, None))[1]}


def test_a_band_column_of_percent_ranges_is_neither_points_nor_maximum():
    text = FINDINGS["en"] + (
        "Scoring Summary\nCategory | Points Possible | Scoring Range | Points\n"
        "1. Leadership | 120 | 50–55% | 64\n2. Strategy | 85 | 30–35% | 27\n3. Customers | 85 | 40–45% | 36\n"
        "Total | 1,000 | | 127\n"
    )
    assert _scores(text, "en") == {("1", 64.0), ("2", 27.0), ("3", 36.0), (None, 127.0)}


def test_turkish_band_column_written_with_a_leading_percent_sign():
    text = FINDINGS["tr"] + (
        "Kriter | Ağırlık | Azami Puan | Alınan Puan | Puan Bandı\n"
        "Kriter 1 | %10 | 100 | 63 | %60-65\nKriter 2 | %10 | 100 | 47 | %45-50\nKriter 3 | %20 | 200 | 90 | %45-50\n"
    )
    assert _scores(text, "tr") == {("1", 63.0), ("2", 47.0), ("3", 90.0)}


def test_sub_criterion_rows_are_read_past_and_add_up_where_no_subtotal_is_given():
    text = FINDINGS["en"] + (
        "Item | Points possible | Percent range | Points\n"
        "1.1 Senior Leadership | 70 | 50–65% | 40\n1.2 Governance and Societal Responsibilities | 50 | 30–45% | 20\n"
        "2.1 Strategy Development | 40 | 30–45% | 15\n2.2 Strategy Implementation | 45 | 30–45% | 16\n"
        "Category 2 subtotal | 85 | | 31\n"
        "3.1 Voice of the Customer | 40 | 30–45% | 14\n"
        "Total | 1,000 | | 410\n"
    )
    # criterion 1's parts add up to its 120 points; criterion 3's one part (40 of 85) is not the criterion
    assert _scores(text, "en") == {("1", 60.0), ("2", 31.0), (None, 410.0)}


def test_a_matrix_of_criteria_by_sub_criteria_with_criteria_by_number_only():
    text = FINDINGS["tr"] + (
        "Kriter | x.1 | x.2 | x.3 | x.4 | Kriter Toplamı\n"
        "1 | 14 | 12 | 11 | 13 | 50\n2 | 10 | 9 | — | 12 | 31\n3 | — | 74\nGENEL TOPLAM | 155\n"
    )
    assert _scores(text, "tr") == {("1", 50.0), ("2", 31.0), ("3", 74.0), (None, 155.0)}


def test_a_matrix_row_whose_cells_do_not_add_up_gives_no_score():
    text = FINDINGS["fa"] + (
        "معیار ۱ ۲ ۳ سقف امتیاز\n۱ ۱۲ ۱۱ ۱۰ ۱۰۰ ۳۳\n۲ ۱۴ ۱۲\n"  # row 2 lost its cells
    )
    assert _scores(text, "fa") == {("1", 33.0)}


def test_persian_table_with_a_running_number_column_and_a_criterion_title_column():
    text = FINDINGS["fa"] + (
        "ردیف عنوان معیار امتیاز حداکثر درصد تحقق\n۱ رهبری ۶۱ ۱۰۰ ۶۱٪\n۲ کارکنان ۴۴ ۹۰ ۴۹٪\n۳ نتایج جامعه ۲۷ ۶۰ ۴۵٪\n"
    )
    assert _scores(text, "fa") == {("1", 61.0), ("2", 44.0), ("3", 27.0)}


def test_a_header_wrapped_over_many_short_lines_is_read_whole():
    text = FINDINGS["en"] + (
        "Category Points\nPossible\nScoring\nRange\nPoints\n"
        "1. Leadership 120 50–55% 64\n2. Strategy 85 30–35% 27\n3. Customers 85 40–45% 36\n"
    )
    assert _scores(text, "en") == {("1", 64.0), ("2", 27.0), ("3", 36.0)}


def test_a_scoring_profile_written_as_prose_by_criterion_name():
    text = FINDINGS["en"] + (
        "Scoring profile\nThe consensus points were: Purpose, Vision & Strategy 71; Engaging Stakeholders 66; "
        "Creating Sustainable Value 140; Stakeholder Perceptions 121. EFQM Model 2020.\n"
        "The team agreed a consensus score of five hundred and three points.\n"
    )
    assert _scores(text, "en") == {("1", 71.0), ("3", 66.0), ("4", 140.0), ("6", 121.0), (None, 503.0)}


def test_a_prose_profile_needs_three_criteria_and_no_score_above_a_criterions_maximum():
    two = FINDINGS["en"] + "EFQM Model 2020. Purpose, Vision & Strategy 71; Engaging Stakeholders 66.\n"
    above = FINDINGS["en"] + (
        "EFQM Model 2020. Purpose, Vision & Strategy 171; Engaging Stakeholders 66; Stakeholder Perceptions 121; "
        "Creating Sustainable Value 140.\n"
    )
    assert _scores(two, "en") == set()
    assert _scores(above, "en") == {("3", 66.0), ("6", 121.0), ("4", 140.0)}


def test_a_prose_scoring_profile_makes_a_report():
    text = (
        "Criterion 1\nApproaches\nCriterion 2\nDeployment\n"
        "EFQM Model 2020. Points by criterion: Purpose, Vision & Strategy 50; Engaging Stakeholders 45; "
        "Stakeholder Perceptions 101.\n"
    )
    assert is_report([PageInput(1, text, "en")])


@pytest.mark.parametrize(
    ("sentence", "language", "points"),
    [
        ("Kurumun toplam puanı 455 olarak belirlenmiştir. Kurum daha önce 2020 yılında 388 puan almıştı.", "tr", 455.0),
        ("Birimin bu yılki toplam puanı 420 oldu. Birimin 2021 yılındaki toplam puanı 377 idi.", "tr", 420.0),
        ("سازمان در این دوره ۴۱۲ امتیاز کسب کرد. سازمان در دوره قبل ۳۵۵ امتیاز کسب کرده بود.", "fa", 412.0),
        ("The council scored 466 points. It had previously scored 402 points in the 2021 cycle.", "en", 466.0),
    ],
)
def test_a_total_of_an_earlier_cycle_is_not_this_reports(sentence, language, points):
    assert _scores(FINDINGS[language] + sentence + "\n", language) == {(None, points)}


@pytest.mark.parametrize("producer", ["weasyprint", "chromium"])
def test_a_rendered_dev_report_gives_its_score_table_from_a_wrapped_header(producer):
    pdf = HELDOUT3 / f"pdf-{producer}" / "en_c01.pdf"  # in the repository: a missing file fails, never skips
    from exbench.reading import read_document

    _, pages = read_document(pdf, "application/pdf")
    inputs = [PageInput(page.page_number, page.text, "en") for page in pages]
    got = {(s.criterion_code, s.points) for s in read_report(inputs, DocumentContext("en", "X", 2024, None))[1]}
    label = json.loads((HELDOUT3 / "labels" / "en_c01.json").read_text(encoding="utf-8"))
    assert got == {(s["criterion"], float(s["points"])) for s in label["scores"]}


@pytest.fixture()
def con():
    with duckdb.connect(":memory:") as connection:
        create_schemas(connection)
        yield connection


def test_a_municipal_festivals_stars_are_rated_as_reported_and_its_total_not_on_the_national_bands(con):
    con.execute(
        "insert into core.recognitions by name select 'r1' as recognition_id, 'doc' as document_id, 'org' as organization_id, "
        "'municipal' as scheme, 'تقدیرنامه سه ستاره' as level, 3 as stars, 2024 as year, 'words' as evidence, false as low_confidence"
    )
    con.execute(
        "insert into core.scores by name select 'doc' as document_id, 'org' as organization_id, 2024 as cycle_year, "
        "'iran_national' as framework, null as criterion_code, 432 as points, 1000 as max_points, 1 as page, "
        "'total' as evidence, false as low_confidence"
    )
    run_file(con, "marts/build_star_ratings.sql")
    assert con.execute("select scheme, stars, level_code, basis from mart.star_ratings").fetchall() == [
        ("municipal", 3, "municipal_star_3", "reported")
    ]


def test_a_row_whose_cells_came_one_a_line_gives_no_score_when_two_numbers_follow_its_name():
    # a PDF's narrow columns put "1. Leadership" / "120" / "52" on lines of their own: which is the points is unknown
    text = FINDINGS["en"] + "Scores\n1. Leadership\n120\n52\n2. Strategy\n85\n40\n"
    assert _scores(text, "en") == set()


def test_a_row_whose_name_wrapped_keeps_its_one_number():
    text = FINDINGS["en"] + "Scores\n1. Leadership and\ngovernance\n52\n2. Strategy\n40\nTotal\n412\n"
    assert _scores(text, "en") == {("1", 52.0), ("2", 40.0), (None, 412.0)}


def test_rows_named_not_numbered_take_the_criterion_their_name_names_when_not_all_are_given():
    text = FINDINGS["tr"] + (
        "EFQM Modeli 2020\nKriter Azami Puan Alınan Puan\n"
        "Paydaş Algıları 200 92\nKurum Kültürü ve Liderlik 100 55\nSürdürülebilir Değer Yaratmak 200 101\n"
    )
    assert _scores(text, "tr") == {("6", 92.0), ("2", 55.0), ("4", 101.0)}
