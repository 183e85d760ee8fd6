"""Feedback reports of the thirteenth held-out batch (dev split), printed by Chromium: a criteria | strengths
| areas table whose criterion cell shares its line with the row's first finding ("معیار ۱: رهبری مدیرعامل و
...") or wraps its name over lines, with a row whose empty right cell is a dash alone ("—")."""

from __future__ import annotations

from tests.rendered import report_findings_read


def _texts(findings: list) -> set[tuple[str, str, str]]:
    """(criterion, kind, text), the text with the space a printer leaves before a comma ("ها ،") closed up."""
    return {
        (f["criterion"], f["finding_type"], _spaced(f["text"]))
        if isinstance(f, dict)
        else (f.criterion_code, f.finding_type, _spaced(f.text))
        for f in findings
    }


def _spaced(text: str) -> str:
    return " ".join(text.split()).replace(" ،", "،")


def test_every_finding_with_its_criterion_kind_and_text() -> None:
    """ "معیار ۳: کارکنان برنامه جانشین‌پروری ..." / "معیار ۷: نتایج" / "کارکنان" / "نرخ حوادث ..." / "—"."""
    label, findings = report_findings_read("heldout13", "fa_m01", 2024)
    assert _texts(findings) == _texts(label["findings"])


def test_a_row_with_its_dash_for_an_empty_area_gives_its_strength_alone() -> None:
    """ "معیار ۷: نتایج" / "کارکنان" / "نرخ حوادث ... کاهش یافته است." / "—": the strength, past the
    criterion's name, and no area for improvement."""
    _label, findings = report_findings_read("heldout13", "fa_m01", 2024)
    assert {(k, t) for c, k, t in _texts(findings) if c == "7"} == {
        ("strength", "نرخ حوادث ناشی از کار در واحدهای بهره‌برداری کاهش یافته است.")
    }
