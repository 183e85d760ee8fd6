"""Normalization: what every reading passes its text through (pure, table-driven)."""

from __future__ import annotations

import pytest

from exbench.reading.normalize import normalize_text

ZWNJ = "\u200c"


@pytest.mark.parametrize(
    "raw, language, expected",
    [
        # Arabic presentation forms fold to base letters
        ("\ufeb7\ufeec\ufead\ufea9\ufe8d\ufead\ufef1", "fa", "شهرداری"),
        ("\ufe8e\ufedf\ufee4\ufee0\ufedb", None, "الملك"),
        # lam-alef ligatures read lam then alef: لا, never ال
        ("\ufefb", "fa", "لا"),
        ("\ufefc", "fa", "لا"),
        ("\ufef7", "fa", "لأ"),
        ("\ufefb\ufee3", "fa", "لام"),
        # Arabic yeh and kaf become Persian for Persian, and only for Persian
        ("علي كه مي", "fa", "علی که می"),
        ("\u0649", "fa", "ی"),
        ("علي كه", "ar", "علي كه"),
        ("علي كه", None, "علي كه"),
        # ZWNJ is a joiner: kept inside a word, never turned into a space
        (f"می{ZWNJ}شود", "fa", f"می{ZWNJ}شود"),
        (f"می{ZWNJ}{ZWNJ}شود", "fa", f"می{ZWNJ}شود"),
        (f"\ufee3\ufef2{ZWNJ}\ufeb7\ufeed\ufea9", "fa", f"می{ZWNJ}شود"),
        (f"می {ZWNJ} شود", "fa", "می شود"),  # beside a space it adds nothing
        # where the page looks the same without it, no reading can hold it: after a letter that never
        # joins the next (waw, dal, alef), before a digit, Latin or the end of a line
        (f"بیست{ZWNJ}و{ZWNJ}دوم", "fa", f"بیست{ZWNJ}ودوم"),
        (f"آرد{ZWNJ}ها", "fa", "آردها"),
        (f"سپیدان{ZWNJ}آباد", "fa", f"سپیدان{ZWNJ}آباد"),  # nun joins alef-madda: shown apart, kept
        (f"نامه{ZWNJ}ای", "fa", f"نامه{ZWNJ}ای"),
        (f"کتاب{ZWNJ}\n۱۲", "fa", "کتاب\n۱۲"),
        # tatweel and bidi controls carry nothing
        ("مـــدیریت", "fa", "مدیریت"),
        ("\u200fسلام\u200e \u202bدنیا\u202c \u2067x\u2069", "fa", "سلام دنیا x"),
        ("\ufeffmetin", "tr", "metin"),
        # spaces and tabs collapse inside a line; line breaks (paragraphs) stay
        ("a  \t b\u00a0c", "tr", "a b c"),
        ("bir\r\niki\rüç\n\ndört", "tr", "bir\niki\nüç\n\ndört"),
        ("  kenar  \n  boşluk  ", "tr", "kenar\nboşluk"),
        # a tanwin before its alef goes after it, as Persian spells it
        ("مجموع\u064b\u0627 ۹۰ ساعت", "fa", "مجموع\u0627\u064b ۹۰ ساعت"),
        ("تقریب\u0627\u064b ۱۲", "fa", "تقریب\u0627\u064b ۱۲"),
        # digits keep their script
        ("۱۴۰۱ و ۲۹۳", "fa", "۱۴۰۱ و ۲۹۳"),
        ("٣٤ 56", "ar", "٣٤ 56"),
        # Turkish letters survive NFKC (dotted capital İ, dotless ı)
        ("İzmir ışık ĞŞÇÖÜ", "tr", "İzmir ışık ĞŞÇÖÜ"),
        ("ﬁnal", "en", "final"),
        ("", None, ""),
    ],
)
def test_normalize_text(raw: str, language: str | None, expected: str) -> None:
    assert normalize_text(raw, language) == expected


@pytest.mark.parametrize("text", ["شهرداری اصفهان", f"می{ZWNJ}شود ۱۲ آبان", "Kartal Belediyesi\nİstanbul", ""])
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize_text(text, "fa")
    assert normalize_text(once, "fa") == once


def test_a_tanwin_chromium_writes_before_its_alef_reads_as_typed() -> None:
    """Chromium's text layer gives "مجموعاً" (in all) with its tanwin first; the page's words must match."""
    from pathlib import Path

    from exbench.reading.pdf import read_pdf

    pdf = Path(__file__).parent / "heldout22" / "pdf-chromium" / "fa_q10.pdf"
    _kind, pages = read_pdf(pdf, ocr=False)
    assert "مجموع\u0627\u064b ۹۰ ساعت" in pages[0].text
