"""Score profiles laid out as the eighth blind batch's writers laid them out, read from their rendered
PDFs (dev half): the criterion column between number columns ("Points | Category | Maximum",
"Alınan | Kriter | Azami", "Weighting | Criterion | Score % | Points"), the Persian decimal sign inside a
percent cell, a header whose plain points column is the criterion's weight beside the points obtained,
a share of a stated scale ("۴۲ درصد از ۲۰۰ امتیاز" is 84), and reports known only by the scores they state
for their criteria (in headings, or "this criterion" sentences). Sentences in each language check that
the same constructions read as another author would write them."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.report_scores import in_digits
from exbench.extraction.reports import is_report, read_report
from exbench.extraction.score_headers import header_columns, key
from exbench.extraction.score_named import named_scores
from exbench.extraction.score_statements import scaled_readings, statements
from exbench.reading import read_document
from exbench.warehouse.build import create_schemas
from exbench.warehouse.sql import run_file

HELDOUT8 = Path(__file__).resolve().parent / "heldout8"


def _pdf_scores(producer: str, doc_id: str) -> set[tuple[str | None, float]]:
    _title, pages = read_document(HELDOUT8 / producer / f"{doc_id}.pdf", "application/pdf", ocr=False)
    report = [PageInput(p.page_number, p.text, p.language) for p in pages]
    _findings, scores = read_report(report, DocumentContext(doc_id[:2], "Örnek", 2024, None))
    return {(s.criterion_code, float(s.points)) for s in scores}


def _labelled(doc_id: str) -> set[tuple[str | None, float]]:
    label = json.loads((HELDOUT8 / "labels" / f"{doc_id}.json").read_text(encoding="utf-8"))
    return {(s["criterion"], float(s["points"])) for s in label["scores"]}


@pytest.mark.parametrize("producer", ["pdf-chromium", "pdf-libreoffice"])
@pytest.mark.parametrize(
    "doc_id",
    [
        "en_h02",  # Points | Category | Maximum: "55 Category 1: Leadership 120", the total in words
        "tr_h02",  # Alınan | Kriter | Azami: "38 K1 Liderlik 100" + "338 GENEL TOPLAM 1000"
        "en_h09",  # Weighting | Criterion | Score % | Points + "1000 Overall 513"
        "fa_h01",  # "۱. رهبری ۱۰۰ ۴۲ ۴۲٫۰٪": the Persian decimal sign keeps "۴۲٫۰٪" one cell
        "fa_h09",  # امتیاز معیار (the weight) | امتیاز کسب شده (the points)
        "fa_h10",  # "سازمان ۴۲ درصد از ۲۰۰ امتیاز این معیار را کسب کرده است": 84 of 200
        "fa_h02",  # points only in the criteria's headings: "معیار ٤ — ...( امتیاز: ٨٨ از ٢٠٠)"
        "tr_h10",  # "Bu kriterde Birim, 150 puan üzerinden 52 puan almıştır." under each criterion
    ],
)
def test_a_score_profile_in_each_writers_layout_reads_whole(producer, doc_id):
    assert _pdf_scores(producer, doc_id) == _labelled(doc_id)


def test_reports_whose_only_structure_read_is_their_stated_scores_are_reports():
    for doc_id in ("fa_h02", "tr_h10"):
        _title, pages = read_document(HELDOUT8 / "pdf-chromium" / f"{doc_id}.pdf", "application/pdf", ocr=False)
        assert is_report([PageInput(p.page_number, p.text, p.language) for p in pages])


@pytest.mark.parametrize(
    ("header", "columns"),
    [
        ("Points Category Maximum", ["points", "criterion", "max"]),
        ("Alınan Puan | Kriter | Azami Puan", ["points", "criterion", "max"]),
        ("Weighting Criterion Score % Points", ["other", "criterion", "percent", "points"]),
        ("Criterion | Score | %", ["criterion", "points", "percent"]),  # "Score %" is a percent column only beside a points one
        ("ردیف معیار امتیاز معیار امتیاز کسب شده درصد کسب شده", ["criterion", "max", "points", "percent"]),
        ("Criterion | Score | Points awarded", ["criterion", "max", "points"]),
    ],
)
def test_header_columns_in_any_order_and_the_weight_beside_the_points_obtained(header, columns):
    assert header_columns(key(header)) == columns


@pytest.mark.parametrize(
    ("text", "points", "maximum"),
    [
        ("معیار ۴: سازمان ۴۲ درصد از ۲۰۰ امتیاز این معیار را کسب کرده است.", 84.0, 200.0),
        ("معیار ۶: ٪۳۵ از ۲۰۰ امتیاز", 70.0, 200.0),
        ("Kriter 4: 200 puanlık ağırlığının %42'sini almıştır.", 84.0, 200.0),
        ("Kriter 6'da 200 puanın yüzde 35'i alınmıştır.", 70.0, 200.0),
        ("Criterion 4 achieved 52.5% of the 200 points available.", 105.0, 200.0),
        ("Criterion 2 earned 40 per cent of its 85 points.", 34.0, 85.0),
    ],
)
def test_a_share_of_a_stated_scale_is_points_on_that_scale(text, points, maximum):
    assert [(p, m) for _, p, m in scaled_readings(key(text))] == [(points, maximum)]


def test_a_share_without_its_scale_gives_no_points():
    assert scaled_readings(key("Criterion 4 achieved 52% overall.")) == []
    assert scaled_readings(key("معیار ۴: سازمان ۴۲ درصد امتیاز را کسب کرد.")) == []


@pytest.mark.parametrize(
    ("text", "points"),
    [
        ("مجموع امتیازات این سازمان ۳۹۲ است.", 392.0),
        ("امتیاز نهایی سازمان برابر با ۴۱۷ شد.", 417.0),
        ("Kurum toplam 468 puan ile 4 Yıldız düzeyine ulaştı.", 468.0),
        ("Kurum bu döngüde 468 puana ulaşmıştır.", 468.0),
        ("The Trust earned 544 points in this assessment.", 544.0),
        ("The District received a total of 396 points.", 396.0),
    ],
)
def test_a_total_stated_with_inflected_or_other_words_is_the_total(text, points):
    assert [(r.criterion, r.points) for r in statements(key(text))] == [(None, points)]


def test_a_total_line_too_small_for_a_model_is_no_organizations_total():
    text = (
        "Kriter 1: Liderlik\nGüçlü Yönler\nYöneticiler çalışanlarla her ay buluşmaktadır.\n"
        "Toplam Puan: 46\nKriter 2: Strateji\nGüçlü Yönler\nPlan her yıl gözden geçirilmektedir.\nToplam Puan: 412\n"
    )
    pages = [PageInput(1, text, "tr")]
    scores = read_report(pages, DocumentContext("tr", "Örnek", 2024, None))[1]
    assert [(s.criterion_code, s.points) for s in scores] == [(None, 412.0)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Kurum 1000 puan üzerinden dört yüz altmış sekiz puan almıştır.", "tr", [(None, 468.0)]),
        ("Toplam puanı dört yüz altmış sekizdir.", "tr", []),  # "sekiz" + "-dir": 460 would be wrong
        ("The total score was five hundred and forty-four.", "en", [(None, 544.0)]),
        ("سازمان در مجموع چهارصد و هفده امتیاز کسب کرد.", "fa", [(None, 417.0)]),
    ],
)
def test_a_total_in_words_reads_whole_or_not_at_all(text, language, expected):
    words, _ = in_digits(key(text), language)
    assert [(r.criterion, r.points) for r in statements(words)] == expected


@pytest.mark.parametrize(
    ("text", "framework", "expected"),
    [
        (
            "رهبری: ۴۶ از ۱۰۰؛ استراتژی: ۳۸ از ۱۰۰؛ کارکنان: ۴۰ از ۱۰۰؛ شراکت‌ها و منابع: ۴۴ از ۱۰۰.",
            "iran_national",
            [("1", 46.0), ("2", 38.0), ("3", 40.0), ("4", 44.0)],
        ),
        (
            "Purpose, Vision & Strategy: 58 out of 100, Organisational Culture & Leadership: 61 out of 100, "
            "Engaging Stakeholders: 55 out of 100.",
            "efqm2020",
            [("1", 58.0), ("2", 61.0), ("3", 55.0)],
        ),
        (
            "Liderlik kriterinde 100 puan üzerinden 46, Strateji kriterinde 100 puan üzerinden 41, "
            "Çalışanlar kriterinde 100 puan üzerinden 38 puan alınmıştır.",
            "efqm2013",
            [("1", 46.0), ("2", 41.0), ("3", 38.0)],
        ),
        # a scale that is not the named criterion's maximum: not that criterion's score
        ("Leadership 46/120; Strategy 38/120; People 40/120.", "efqm2013", []),
    ],
)
def test_criteria_named_with_their_scores_on_their_own_scales(text, framework, expected):
    assert [(r.criterion, r.points) for r in named_scores(key(text), framework)] == expected


def test_another_award_bodys_reported_stars_rate_on_its_own_levels():
    """A state programme's or sector award's "4-Star Excellence Rating" (scheme other) rates as reported; its
    total, scored on the EFQM model, is not rated again on EFQM's bands for that cycle."""
    with duckdb.connect(":memory:") as con:
        create_schemas(con)
        con.execute(
            "insert into core.recognitions by name select 'r1' as recognition_id, 'doc' as document_id, "
            "'org' as organization_id, 'other' as scheme, '4-Star Excellence Rating' as level, 4 as stars, "
            "2025 as year, 'words' as evidence, false as low_confidence"
        )
        con.execute(
            "insert into core.scores by name select 'doc' as document_id, 'org' as organization_id, 2025 as cycle_year, "
            "'efqm2020' as framework, null as criterion_code, 473 as points, 1000 as max_points, 1 as page, "
            "'total' as evidence, false as low_confidence"
        )
        run_file(con, "marts/build_star_ratings.sql")
        assert con.execute("select scheme, stars, level_code, basis from mart.star_ratings").fetchall() == [
            ("other", 4, "other_star_4", "reported")
        ]


@pytest.mark.parametrize(
    ("header", "columns"),
    [
        ("Criterion | Weight | Score | % of weight", ["criterion", "other", "points", "percent"]),
        ("Criterion | Score awarded | Maximum", ["criterion", "points", "max"]),
        ("عنوان معیار | امتیاز اخذ شده | حداکثر امتیاز", ["criterion", "points", "max"]),
        ("Sıra | Kriter | Ağırlık | Puan", ["criterion", "other", "points"]),
    ],
)
def test_header_words_other_authors_use(header, columns):
    assert header_columns(key(header)) == columns


def test_points_no_framework_gives_a_criterion_are_no_score():
    """A squeezed table's cells glued by the printer ("45" "52" read as 4552) give no score rather than a wrong one."""
    text = (
        "Criterion 1: Leadership\nStrengths\nLeaders meet staff monthly.\nCriterion 2: Strategy\nStrengths\n"
        "The plan is reviewed yearly.\nScores\nCategory | Points Awarded\n"
        "1. Leadership | 4552\n2. Strategy | 34\n3. Customers | 36\n"
    )
    scores = read_report([PageInput(1, text, "en")], DocumentContext("en", "Example", 2024, None))[1]
    assert {(s.criterion_code, s.points) for s in scores} == {("2", 34.0), ("3", 36.0)}


@pytest.mark.parametrize(
    ("header", "columns"),
    [
        ("معیار | حداکثر نمره | نمره کسب شده", ["criterion", "max", "points"]),
        ("ردیف | معیار | سقف امتیاز | امتیاز به دست آمده | درصد", ["criterion", "max", "points", "percent"]),
        ("معیار | امتیاز قابل کسب | امتیاز کسب شده", ["criterion", "max", "points"]),
        ("Kriter | Azami Puan | Skor", ["criterion", "max", "points"]),
    ],
)
def test_persian_and_turkish_score_words_beside_the_usual_ones(header, columns):
    assert header_columns(key(header)) == columns
