"""Feedback reports of the thirteenth held-out batch (dev split), printed by Chromium: side-by-side strengths |
areas columns whose every cell opens with its sub-criterion's code and a dash ("1.4 – ...", one finding a row;
no row of the report gives a strength by its column, so the dash joins code and finding and the cell's grammar
tells its kind); a criteria | strengths
| areas table whose criterion cell shares its line with the row's first finding ("معیار ۱: رهبری مدیرعامل و
...") or wraps its name over lines, with a row whose empty right cell is a dash alone ("—")."""

from __future__ import annotations

import pytest

from tests.rendered import finding_rows, report_findings_read


@pytest.mark.parametrize(
    "doc_id",
    [
        "tr_m09",  # "Güçlü Yanlar Geliştirmeye Açık Alanlar" / "1.1 – Şirketin 2030 vizyonu, ..." / "1.3 – ... bulunmamaktadır."
        "fa_m01",  # "معیار ۳: کارکنان برنامه جانشین‌پروری ..." / "معیار ۷: نتایج" / "کارکنان" / "نرخ حوادث ..." / "—"
    ],
)
def test_every_finding_with_its_criterion_kind_and_text(doc_id: str) -> None:
    label, findings = report_findings_read("heldout13", doc_id, 2024)
    assert finding_rows(findings) == finding_rows(label["findings"])


def test_a_row_with_its_dash_for_an_empty_area_gives_its_strength_alone() -> None:
    """ "معیار ۷: نتایج" / "کارکنان" / "نرخ حوادث ... کاهش یافته است." / "—": the strength, past the
    criterion's name, and no area for improvement."""
    _label, findings = report_findings_read("heldout13", "fa_m01", 2024)
    assert {(k, t) for c, k, t in finding_rows(findings) if c == "7"} == {
        ("strength", "نرخ حوادث ناشی از کار در واحدهای بهره‌برداری کاهش یافته است.")
    }


def test_a_dash_after_each_code_leaves_a_cell_empty_where_another_row_shows_the_left_column() -> None:
    """Rows that are all "1.1 – ...": read alone, the dash leaves the strengths cell empty (a criterion without
    strengths); only where the whole report shows no strength by its column (`joined`) is the cell's grammar its kind."""
    from exbench.extraction.matrix_rows import dash_rows, row_findings
    from exbench.extraction.text_units import Span

    def row(code: str, text: str) -> tuple[str, list]:
        return code, [(1, Span(0, len(text), text))]

    # tr_m09's first cell, and the two cells of its criterion 2 as one row of a matrix that shows both columns
    dashed = [
        row(
            "1.1",
            "– Şirketin 2030 vizyonu, şehrin gaz arz güvenliği ve karbon azaltım hedefleriyle birlikte yönetim kurulu tarafından her yıl gözden geçirilmektedir.",
        )
    ]
    both = "Üst yönetimin saha ekipleriyle yaptığı aylık “Güvenli Vardiya” buluşmaları çalışanlarca sahiplenilmiştir. Değişim projelerinde sorumluluk ve yetki dağılımı birimler arasında farklı yorumlanmaktadır."
    assert dash_rows(dashed) and not dash_rows([row("2.3", both)])
    kinds = ("strength", "improvement_area")
    assert [k for k, _, _ in row_findings(kinds, dashed)] == ["improvement_area"]
    assert [k for k, _, _ in row_findings(kinds, dashed, joined=True)] == ["strength"]
