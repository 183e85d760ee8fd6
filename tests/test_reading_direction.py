"""Which way a line of a Persian page reads when it quotes much Latin text.

A Persian sentence that names "Recognised by EFQM 5 Star" and "ISO 9001" can
hold more Latin letters than Persian ones; read as a left-to-right line, its
runs come out backwards ("شد Recognised ... گواهینامه"). On a page that is
mostly Persian such a line is a Persian line; a line that is nearly all Latin
stays left-to-right.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bidi import get_display

from exbench.reading.direction import base_direction, mirror_rtl_neutrals
from exbench.reading.pdf import read_pdf_pages

HELDOUT = Path(__file__).resolve().parent / "heldout"


def logical(visual: str, rtl_page: bool) -> str:
    base = base_direction(visual, rtl_page)
    return get_display(mirror_rtl_neutrals(visual, base), base_dir=base)


def test_persian_line_quoting_long_latin_names_reads_right_to_left_on_a_persian_page() -> None:
    # "گواهی ISO 9001 Quality Management Systems را گرفت", written here, in visual order
    visual = "تفرگ ار ISO 9001 Quality Management Systems یهاوگ"
    sentence = "گواهی ISO 9001 Quality Management Systems را گرفت"
    assert logical(visual, rtl_page=True) == sentence
    assert logical(visual, rtl_page=False) != sentence


def test_latin_line_with_one_persian_word_stays_left_to_right_on_a_persian_page() -> None:
    assert logical("The Excellence Award for Municipal Services went to یراد", rtl_page=True) == (
        "The Excellence Award for Municipal Services went to داری"
    )


def test_latin_only_line_is_left_to_right() -> None:
    assert base_direction("Recognised by EFQM 4 Star", rtl_page=True) == "L"


@pytest.mark.parametrize("producer", ["pdf-chromium", "pdf-libreoffice"])
def test_rendered_persian_news_quoting_efqm_level_reads_in_order(producer: str) -> None:
    pdf = HELDOUT / producer / "fa_n05.pdf"
    text = "\n".join(page.text for page in read_pdf_pages(pdf))
    assert "موفق به دریافت گواهینامه Recognised by EFQM 4 Star شد" in text
    assert "شد Recognised" not in text


def test_rendered_persian_news_gives_the_company_its_four_star_recognition() -> None:
    import json
    from datetime import date

    from exbench.extraction.document import extract_document
    from exbench.extraction.model import PageInput
    from exbench.reading import read_document

    label = json.loads((HELDOUT / "labels" / "fa_n05.json").read_text(encoding="utf-8"))
    title, pages = read_document(HELDOUT / "pdf-libreoffice" / "fa_n05.pdf", "application/pdf")
    facts = extract_document(
        [PageInput(p.page_number, p.text, p.language) for p in pages],
        title=title,
        organization=label["manifest_organization"],
        published_on=date.fromisoformat(label["published_on"]),
    )
    found = {(r.organization, r.scheme, r.stars, r.year) for r in facts.recognitions}
    assert (label["manifest_organization"], "efqm", 4, 2021) in found


@pytest.mark.parametrize(
    "sentence",
    [
        "۶ ۲-۴ − سازوکار بازنگری مستند نیست",  # a table row: number, item code, finding
        "برنامه سال‌های ۱۴۰۱-۱۴۰۳ تدوین شد",  # a range after Persian letters
        "تلفن ۰۲۶-۳۳۲۲۱۰۰۰",
        "تاریخ ۱۴۰۲/۰۸/۲۲ است",
    ],
)
def test_numbers_joined_by_a_hyphen_or_slash_keep_their_order(sentence: str) -> None:
    from exbench.reading.rtl_lines import _logical

    visual = get_display(sentence, base_dir="R")  # as a renderer lays the sentence out
    assert _logical(visual, "R") == sentence


def test_rendered_phone_number_reads_in_order() -> None:
    text = "\n".join(page.text for page in read_pdf_pages(HELDOUT / "pdf-chromium" / "fa_r03.pdf"))
    assert "تلفن ۰۲۶-۳۳۲۲۱۰۰۰" in text
