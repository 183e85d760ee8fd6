"""Feedback reports of the tenth held-out batch (dev split) and earlier ones, printed, and headings as other
authors word them: kinds marked by letters the report defines in brackets ("5 güçlü yön (G)" / "1.1 (G) ..."),
paragraphs under each criterion whose marks the printer drew apart from the text (a report stating "8
strengths and 7 opportunities for improvement"), findings led in by a recurring formula of each kind ("تیم
ارزیابی به‌عنوان نقطه قوت مشاهده کرد که ..."), criterion headings numbered in words, by a dash or in brackets
after their title."""

from __future__ import annotations

from pathlib import Path

import pytest

from exbench.extraction.model import DocumentContext, PageInput
from exbench.extraction.reports import read_report
from tests.rendered import finding_groups, report_findings_read

TESTS = Path(__file__).resolve().parent


def _read(batch: str, doc_id: str) -> tuple[dict, list]:
    return report_findings_read(batch, doc_id, 2025)


@pytest.mark.parametrize(
    ("batch", "doc_id"),
    [
        ("heldout10", "tr_j02"),  # "Ekip, 5 güçlü yön (G) ve 5 gelişmeye açık alan (GA) ..." / "1.1 (G) Ekip, ..."
        ("heldout10", "en_j09"),  # "Item 1.1 Senior Leadership" / unmarked comments; "8 strengths and 7 opportunities"
        (
            "heldout9",
            "fa_i10",
        ),  # "۱) تیم ارزیابی به‌عنوان نقطه قوت مشاهده کرد که ..." / "۲) به نظر تیم، زمینه بهبود آن است که ..."
    ],
)
def test_every_finding_with_its_criterion_and_kind(batch, doc_id):
    label, findings = _read(batch, doc_id)
    assert finding_groups(findings) == finding_groups(label["findings"])


def test_unmarked_paragraphs_take_the_kind_their_grammar_gives():
    """The badges "[S]" / "[AFI]" are not in Chromium's text: a stated lack makes an area for improvement."""
    label, findings = _read("heldout8", "en_h09")
    kinds = {f.text: f.finding_type for f in findings}
    assert kinds["Recognition schemes are inconsistent between professional services and academic departments."] == (
        "improvement_area"
    )
    assert kinds["Student partnership agreements are in place in every School and are refreshed annually."] == "strength"
    assert len(findings) == len(label["findings"])
    assert not any("Scoring summary" in f.text for f in findings)


def _probe(lang: str, heads: tuple[str, str], kinds: tuple[str, str], texts: tuple[str, str, str, str]) -> list:
    lines = []
    for index, head in enumerate(heads):
        lines += [head, kinds[0], "• " + texts[2 * index], kinds[1], "• " + texts[2 * index + 1]]
    findings, _ = read_report([PageInput(1, "\n".join(lines), lang)], DocumentContext(lang, "Örnek", 2025, None))
    return [(f.criterion_code, f.finding_type) for f in findings]


_EN = (
    "The strategy was co-designed with residents and partners.",
    "Strategic targets are not linked to budgets.",
    "Staff suggestions are reviewed every month by the board.",
    "Staff engagement is not measured.",
)
_TR = (
    "Stratejik plan paydaşların katılımıyla hazırlanmıştır.",
    "Stratejik hedeflerin izlenmesi düzenli değildir.",
    "Çalışan öneri sistemi etkin biçimde işletilmektedir.",
    "Çalışan memnuniyeti ölçülmemektedir.",
)
_FA = (
    "کارکنان در تدوین راهبرد مشارکت داده شده‌اند.",
    "شاخص‌های راهبردی هدف‌گذاری نشده‌اند.",
    "نظام پیشنهادها فعال است و هر ماه بررسی می‌شود.",
    "رضایت کارکنان اندازه‌گیری نمی‌شود.",
)
_BOTH = [("1", "strength"), ("1", "improvement_area"), ("2", "strength"), ("2", "improvement_area")]


@pytest.mark.parametrize(
    ("lang", "heads", "kinds", "texts"),
    [
        ("fa", ("معیار اول: هدف، چشم‌انداز و راهبرد", "معیار دوم: فرهنگ سازمانی و رهبری"), ("نقاط قوت", "زمینه‌های بهبود"), _FA),
        (
            "tr",
            ("Birinci Kriter: Amaç, Vizyon ve Strateji", "İkinci Kriter: Kurum Kültürü ve Liderlik"),
            ("Güçlü Yönler", "Gelişime Açık Alanlar"),
            _TR,
        ),
        (
            "en",
            ("Criterion One: Purpose, Vision & Strategy", "Criterion Two: Culture & Leadership"),
            ("Strengths", "Areas for improvement"),
            _EN,
        ),
        (
            "en",
            ("Purpose, Vision & Strategy (Criterion 1)", "Culture & Leadership (Criterion 2)"),
            ("Strengths", "Areas for improvement"),
            _EN,
        ),
        (
            "tr",
            ("Amaç, Vizyon ve Strateji (Kriter 1)", "Kurum Kültürü ve Liderlik (Kriter 2)"),
            ("Güçlü Yönler", "Gelişime Açık Alanlar"),
            _TR,
        ),
        ("fa", ("۱- هدف، چشم‌انداز و راهبرد", "۲- فرهنگ سازمانی و رهبری"), ("نقاط قوت", "زمینه‌های بهبود"), _FA),
        (
            "en",
            ("1 – Purpose, Vision & Strategy", "2 – Organisational Culture & Leadership"),
            ("Strengths", "Areas for improvement"),
            _EN,
        ),
        (
            "en",
            ("Criterion 1 – Purpose, Vision & Strategy", "Criterion 2 – Culture & Leadership"),
            ("a) Strengths", "b) Areas for improvement"),
            _EN,
        ),
    ],
)
def test_headings_as_other_authors_word_them(lang, heads, kinds, texts):
    assert _probe(lang, heads, kinds, texts) == _BOTH


def test_a_letter_the_key_sets_equal_to_a_kind_after_the_criterions_name_cell():
    """ "( ق = نقطه قوت، ب = زمینه بهبود)", then rows "٣ ٢. فرهنگ سازمانی و رهبری ق رئیس ...": the letter after the
    criterion's name cell is the row's kind, and where the name wrapped ("١ ١. هدف، چشم‌انداز و" / "استراتژی" /
    "ق سند راهبردی ..."), the letter opening the line after it."""
    label, findings = _read("heldout10", "fa_j10")
    read = {(f.criterion_code, f.finding_type, " ".join(f.text.split())) for f in findings}
    assert read == {(f["criterion"], f["finding_type"], " ".join(f["text"].split())) for f in label["findings"]}
    assert len(read) == 11
