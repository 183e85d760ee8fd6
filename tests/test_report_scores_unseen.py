"""Score layouts other authors write, read from an HTML page as a user's run reads it: a header whose maximum
and points columns are one word each ("Criterion | Maximum | Points", "Kriter | Azami | Puan",
"معیار | حداکثر | امتیاز"), a table continued under its repeated header, and rows of sub-criteria that are no
criterion's score."""

from __future__ import annotations

from pathlib import Path

import pytest

from exbench.extraction.document import extract_document
from exbench.extraction.lexicons import compiled
from exbench.extraction.model import PageInput
from exbench.extraction.score_headers import key, lexicon
from exbench.reading import read_document

_SKELETON = {
    "en": (
        "<h1>Assessment Feedback Report – Northwick Borough Council</h1><p>This report sets out the findings of the"
        " assessment of Northwick Borough Council against the EFQM Model 2020.</p>"
        "<h2>Criterion 1: Purpose, Vision and Strategy</h2><h3>Strengths</h3><ul><li>The purpose is co-created with"
        " residents.</li></ul><h3>Areas for improvement</h3><ul><li>Strategy reviews are not linked to risk.</li></ul>"
        "<h2>Scoring profile</h2>"
    ),
    "tr": (
        "<h1>Geri Bildirim Raporu – Maltepe Belediyesi</h1><p>Bu rapor Maltepe Belediyesi'nin EFQM Modeli 2020'ye"
        " göre değerlendirmesinin sonuçlarını içerir.</p><h2>Kriter 1: Amaç, Vizyon ve Strateji</h2>"
        "<h3>Güçlü Yönler</h3><ul><li>Stratejik plan paydaşlarla hazırlanmıştır.</li></ul>"
        "<h3>İyileştirmeye Açık Alanlar</h3><ul><li>Hedefler birim göstergelerine bağlanmamıştır.</li></ul>"
        "<h2>Puanlama</h2>"
    ),
    "fa": (
        "<h1>گزارش بازخورد ارزیابی شهرداری شیراز</h1><p>این گزارش نتایج ارزیابی شهرداری شیراز بر اساس مدل"
        " EFQM 2020 را ارائه می‌کند.</p><h2>معیار ۱: هدف، چشم‌انداز و استراتژی</h2><h3>نقاط قوت</h3><ul><li>چشم‌انداز"
        " با مشارکت شورای شهر بازنگری شده است.</li></ul><h3>نقاط قابل بهبود</h3><ul><li>شاخص‌های پایش برنامه"
        " تعریف نشده است.</li></ul><h2>امتیازها</h2>"
    ),
}
_HEADERS = {"en": ("Criterion", "Maximum", "Points"), "tr": ("Kriter", "Azami", "Puan"), "fa": ("معیار", "حداکثر", "امتیاز")}
_TOTAL = {"en": "Total", "tr": "Toplam", "fa": "جمع کل"}
_MAXIMA = (100, 100, 100, 200, 100, 200, 200)
_POINTS = (62, 55, 48, 101, 50, 88, 96)


def _scores(tmp_path: Path, language: str, body: str) -> set[tuple[str | None, float]]:
    page = tmp_path / "report.html"
    page.write_text(f'<html><head><meta charset="utf-8"></head><body>{_SKELETON[language]}{body}</body></html>', "utf-8")
    title, pages = read_document(page, "text/html")
    facts = extract_document([PageInput(p.page_number, p.text, p.language) for p in pages], title)
    return {(s.criterion_code, s.points) for s in facts.scores}


def _table(language: str, first: int, last: int, total: bool) -> str:
    cells = "".join(f"<th>{word}</th>" for word in _HEADERS[language])
    rows = "".join(f"<tr><td>{n}</td><td>{_MAXIMA[n - 1]}</td><td>{_POINTS[n - 1]}</td></tr>" for n in range(first, last + 1))
    end = f"<tr><td>{_TOTAL[language]}</td><td>1000</td><td>{sum(_POINTS)}</td></tr>" if total else ""
    return f"<table><tr>{cells}</tr>{rows}{end}</table>"


_ALL = {(str(n), float(p)) for n, p in enumerate(_POINTS, 1)} | {(None, float(sum(_POINTS)))}


@pytest.mark.parametrize("language", ["en", "tr", "fa"])
def test_a_header_of_one_word_columns_reads_its_rows(tmp_path: Path, language: str) -> None:
    assert _scores(tmp_path, language, _table(language, 1, 7, True)) == _ALL


@pytest.mark.parametrize("language", ["en", "fa"])
def test_a_table_continued_under_its_repeated_header_reads_whole(tmp_path: Path, language: str) -> None:
    body = _table(language, 1, 4, False) + "<p>(continued)</p>" + _table(language, 5, 7, True)
    assert _scores(tmp_path, language, body) == _ALL


def test_rows_of_sub_criteria_are_no_criterions_scores(tmp_path: Path) -> None:
    rows = "".join(f"<tr><td>{n}.{part}</td><td>{p // 2}</td></tr>" for n, p in enumerate(_POINTS, 1) for part in (1, 2))
    assert _scores(tmp_path, "en", f"<table><tr><th>Criterion part</th><th>Points</th></tr>{rows}</table>") == set()


@pytest.mark.parametrize("line", ["1.1 31", "2,2 27 puan", "3.1 24 / 60"])
def test_a_sub_criterions_row_is_no_criterions_score_line(line: str) -> None:
    assert compiled(lexicon()["score_row"]).match(key(line)) is None


@pytest.mark.parametrize(
    ("language", "header", "order"),
    [
        ("fa", ("معیار", "حداکثر", "امتیاز", "درصد"), "cmpr"),  # "حداکثر امتیاز | درصد" also reads as a maximum and shares
        ("en", ("Criterion", "Score", "Max"), "cpm"),  # "criterion score" is points words too: "Score" alone is free
        ("en", ("Criterion", "Score achieved", "Score available", "%"), "cpmr"),
        ("fa", ("معیارها", "امتیاز کسب شده", "امتیاز کل معیار"), "cpm"),
    ],
)
def test_headers_other_authors_write(tmp_path: Path, language: str, header: tuple[str, ...], order: str) -> None:
    cell = {
        "c": lambda n: str(n),
        "m": lambda n: str(_MAXIMA[n - 1]),
        "p": lambda n: str(_POINTS[n - 1]),
        "r": lambda n: f"{round(100 * _POINTS[n - 1] / _MAXIMA[n - 1])}%",
    }
    total = {"c": _TOTAL[language], "m": "1000", "p": str(sum(_POINTS)), "r": f"{round(sum(_POINTS) / 10)}%"}
    rows = "".join("<tr>" + "".join(f"<td>{cell[k](n)}</td>" for k in order) + "</tr>" for n in range(1, 8))
    rows += "<tr>" + "".join(f"<td>{total[k]}</td>" for k in order) + "</tr>"
    head = "".join(f"<th>{word}</th>" for word in header)
    assert _scores(tmp_path, language, f"<table><tr>{head}</tr>{rows}</table>") == _ALL


def test_a_scoring_profile_in_prose_with_verbs_between_names_and_points(tmp_path: Path) -> None:
    second = (
        "<h2>Criterion 2: Organisational Culture and Leadership</h2><h3>Strengths</h3><ul><li>Leaders are visible.</li>"
        "</ul><h3>Areas for improvement</h3><ul><li>Culture surveys are not acted on.</li></ul><h2>Scoring</h2>"
    )
    prose = second + (
        "<p>In the consensus meeting the team scored Purpose, Vision &amp; Strategy at 62 points and Organisational"
        " Culture &amp; Leadership at 55. Engaging Stakeholders received 48, Creating Sustainable Value 101 of its"
        " 200, and Driving Performance &amp; Transformation 50. Stakeholder Perceptions were scored at 88 and"
        " Strategic &amp; Operational Performance at 96 points.</p>"
    )
    assert _scores(tmp_path, "en", prose) >= _ALL - {(None, float(sum(_POINTS)))}
