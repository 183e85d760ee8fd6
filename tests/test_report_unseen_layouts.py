"""Feedback reports in layouts the rules were not first written for: kind marks a report's
key defines ("+ strength, – area for improvement"), findings tables with a running number
and sub-criterion codes, a sub-criterion code closing a finding, a finding opened by its
criterion's name, scores stated with any scale or in words, subtotal rows, bracketed and
wrapped score-table headers.

The sentences are written for these tests in each language; one test reads a real PDF of
the held-out set (dev split) through the reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.reports import read_report

HELDOUT = Path(__file__).resolve().parent / "heldout"


def _read(text: str, language: str):
    return read_report([PageInput(1, text, language)], DocumentContext(language, "Örnek Kurum", 2024, None))


def _findings(text: str, language: str) -> list[tuple[str | None, str, str]]:
    return [(f.criterion_code, f.finding_type, f.text) for f in _read(text, language)[0]]


def _scores(text: str, language: str) -> list[tuple[str | None, float, float | None]]:
    return [(s.criterion_code, s.points, s.max_points) for s in _read(text, language)[1]]


EN_MARKS = (
    "Criterion 1: Leadership\nStrengths\nLeaders visit every depot twice a year.\n"
    "Criterion 2: Strategy\nStrengths\nThe plan is built on a survey of residents.\n"
    "Feedback\nKey: + strength, – area for improvement.\n"
    "Leadership\n+ Managers meet front-line staff every week. [1a]\n– Leadership reviews are not documented. [1d]\n"
    "Resources\n+ The asset register is complete and checked yearly. [4c]\n"
)


def test_marks_defined_by_the_key_give_the_kind_and_the_code_gives_the_criterion():
    found = _findings(EN_MARKS, "en")
    assert ("1", "strength", "Managers meet front-line staff every week.") in found
    assert ("1", "improvement_area", "Leadership reviews are not documented.") in found
    assert ("4", "strength", "The asset register is complete and checked yearly.") in found
    assert len(found) == 5  # the key, the "Feedback" heading and the criteria's names are no findings


def test_a_dash_without_a_key_stays_a_bullet_of_its_section():
    text = (
        "Kriter 1: Liderlik\nGüçlü Yönler\n- Yöneticiler her ay sahayı ziyaret etmektedir.\n"
        "- Değerler işe alımda anlatılmaktadır.\nKriter 2: Strateji\nGüçlü Yönler\n- Plan her yıl gözden geçirilir.\n"
    )
    assert [(c, k) for c, k, _ in _findings(text, "tr")] == [("1", "strength"), ("1", "strength"), ("2", "strength")]


TR_TABLE = (
    "Değerlendirme sonuçları aşağıdadır. İşaretler: + güçlü yön, − iyileştirmeye açık alan.\n"
    "Sıra Kriter Parçası +/− Bulgu\n"
    "1 1.2 + Yönetim kurulu yıllık hedefleri birimlerle birlikte belirlemektedir.\n"
    "2 2.3 − Stratejik risklerin gözden geçirilme sıklığı tanımlanmamıştır.\n"
    "3 6 + Vatandaş memnuniyeti üç yıldır\nartış göstermektedir.\n"
    "Bu rapor kurumun izniyle yayımlanmıştır.\n"
)


def test_findings_table_with_a_running_number_sub_criterion_codes_and_marks():
    assert _findings(TR_TABLE, "tr") == [
        ("1", "strength", "Yönetim kurulu yıllık hedefleri birimlerle birlikte belirlemektedir."),
        ("2", "improvement_area", "Stratejik risklerin gözden geçirilme sıklığı tanımlanmamıştır."),
        ("6", "strength", "Vatandaş memnuniyeti üç yıldır artış göstermektedir."),
    ]


def test_findings_table_header_wrapped_over_lines():
    wrapped = TR_TABLE.replace("Sıra Kriter Parçası +/− Bulgu\n", "Sıra\nKriter\nParçası\n+/−\nBulgu\n")
    assert [(c, k) for c, k, _ in _findings(wrapped, "tr")] == [("1", "strength"), ("2", "improvement_area"), ("6", "strength")]


def test_persian_findings_named_by_criterion_under_letter_enumerated_headings():
    text = (
        "ارزیابی بر اساس مدل EFQM 2020 انجام شد.\n"
        "الف) نقاط قوت\n"
        "۱. فرهنگ سازمانی و رهبری: مدیران هر ماه با کارکنان جلسه دارند.\n"
        "۲. خلق ارزش پایدار: خدمات جدید با نظر شهروندان طراحی می‌شود.\n"
        "ب) زمینه‌های قابل بهبود\n"
        "۱. ادراک ذی‌نفعان: نتایج نظرسنجی تفکیک نشده است.\n"
        "ج) امتیاز معیارها\n"
        "معیار امتیاز\n"
        "۱ هدف ۴۰\n۲ رهبری ۴۵\n۳ ذی‌نفعان ۳۸\n"
    )
    assert _findings(text, "fa") == [
        ("2", "strength", "مدیران هر ماه با کارکنان جلسه دارند."),
        ("4", "strength", "خدمات جدید با نظر شهروندان طراحی می‌شود."),
        ("6", "improvement_area", "نتایج نظرسنجی تفکیک نشده است."),
    ]


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        ("Kriter 4 için 200 puan üzerinden 118 puan verilmiştir.", "tr", [("4", 118, 200)]),
        ("Kurumun toplam puanı 1000 üzerinden 457 olarak hesaplanmıştır.", "tr", [(None, 457, 1000)]),
        ("Alt kriterin toplam puanı 118/200 olmuştur.", "tr", []),  # a scale of a part: nobody's total
        ("The council scored 641 out of a possible 1,000 points.", "en", [(None, 641, 1000)]),
        ("Criterion 3 was scored 74 out of a possible 100.", "en", [("3", 74, 100)]),
        ("It scored 3 of 7 criteria above the median.", "en", []),  # a count, no scale of points
        ("The assessors agreed an overall score of six hundred and four points.", "en", [(None, 604, 1000)]),
        ("سازمان از ۱۰۰۰ امتیاز، ۵۲۸ امتیاز کسب کرد.", "fa", [(None, 528, 1000)]),
        ("مجموع امتیاز شهرداری چهارصد و دوازده امتیاز از هزار است.", "fa", [(None, 412, 1000)]),
    ],
)
def test_scores_stated_with_their_scale_or_in_words(sentence, language, expected):
    heading = {"tr": "Kriter 1: Liderlik\nKriter 2: Strateji\n", "en": "Criterion 1\nCriterion 2\n", "fa": "معیار ۱\nمعیار ۲\n"}
    section = {
        "tr": "Güçlü Yönler\nBir bulgu.\nGüçlü Yönler\nBir bulgu daha.\n",
        "en": "Strengths\nA finding.\n",
        "fa": "نقاط قوت\nیک یافته.\n",
    }
    text = heading[language] + section[language] * 2 + sentence + "\n"
    assert _scores(text, language) == expected


def test_subtotal_rows_and_a_bracketed_column_header():
    text = (
        "Criterion 1: Leadership\nStrengths\nLeaders are visible.\nCriterion 2: Strategy\nStrengths\nThe plan is shared.\n"
        "Criterion Weight (points available) Percentage scored Points\n"
        "Criterion 1 100 50% 50\nCriterion 2 150 40% 60\nEnablers total 500 110\nCriterion 6 150 30% 45\nTotal 1,000 155\n"
    )
    assert _scores(text, "en") == [("1", 50, 100), ("2", 60, 150), ("6", 45, 150), (None, 155, 1000)]


@pytest.mark.slow
@pytest.mark.parametrize("producer", ["pdf-chromium", "pdf-libreoffice"])
def test_a_real_report_pdf_keeps_its_findings_and_scores(producer):
    """A dev-split report as a browser and an office suite print it: nothing lost, nothing added."""
    from exbench.reading import read_document

    pdf = HELDOUT / producer / "tr_r01.pdf"
    _title, pages = read_document(pdf, "application/pdf", ocr=False)
    inputs = [PageInput(p.page_number, p.text, p.language) for p in pages]
    findings, scores = read_report(inputs, DocumentContext("tr", "Belediye", 2023, None))
    import json

    label = json.loads((HELDOUT / "labels" / "tr_r01.json").read_text(encoding="utf-8"))
    assert sorted((f.criterion_code, f.finding_type) for f in findings) == sorted(
        (f["criterion"], f["finding_type"]) for f in label["findings"]
    )
    assert {(s.criterion_code, s.points) for s in scores} == {(s["criterion"], float(s["points"])) for s in label["scores"]}
    for score in scores:
        assert score.evidence.quote in inputs[score.evidence.page - 1].text


def test_persian_table_codes_given_back_reversed_take_the_ordered_part_as_criterion():
    """A PDF may give a right-to-left code "۱-۲" back as "۲-۱": the part that runs in order is the criterion."""
    text = (
        "در جدول زیر علامت + نشانه نقطه قوت و علامت −\nنشانه زمینه قابل بهبود است.\n"
        "ردیف زیرمعیار نوع شرح یافته\n"
        "۱ ۱-۱ + رهبران با کارکنان جلسه منظم دارند.\n"
        "۲ ۲-۱ − ارزیابی رهبران انجام نمی‌شود.\n"
        "۳ ۱-۲ + برنامه راهبردی مدون است.\n"
        "۴ ۳-۲ − اهداف به واحدها ابلاغ نشده است.\n"
    )
    assert [(c, k) for c, k, _ in _findings(text, "fa")] == [
        ("1", "strength"),
        ("1", "improvement_area"),
        ("2", "strength"),
        ("2", "improvement_area"),
    ]
