"""HTML reading: the main content of a page, every paragraph, and nothing of its chrome."""

from __future__ import annotations

import pytest

from exbench.reading.html import read_html_pages
from tests.rendered import TESTS
from tests.test_reading_pdf import PERSIAN, SEEDS, TURKISH, recall, source


@pytest.mark.parametrize("seed", [PERSIAN, *TURKISH])
def test_seed_html_reads_as_its_source(seed: str) -> None:
    title, pages = read_html_pages((SEEDS / "html" / f"{seed}.html").read_bytes())
    language = "fa" if seed == PERSIAN else "tr"
    tokens, bigrams = recall(source(seed), pages[0].text, language)
    assert tokens >= 0.98 and bigrams >= 0.98, (tokens, bigrams)
    assert len(pages) == 1 and pages[0].engine == "html" and pages[0].language == language
    assert pages[0].char_count == len(pages[0].text) and title


def test_scripts_menus_and_footers_are_dropped() -> None:
    html = (
        "<html><head><title>Haber</title><style>p { color: red }</style>"
        "<script>var x = '99 güçlü yön';</script></head><body>"
        "<nav><a>Anasayfa</a> <a>Haberler</a></nav><div class='main-menu'>Menü 12 öğe</div>"
        "<header>Belediye Portalı</header>"
        "<main><h1>Ödül</h1><p>Konya Büyükşehir Belediyesi 42 güçlü yön belirledi.</p>"
        "<p>İkinci paragraf.</p></main>"
        "<footer>© 2024 Tüm hakları saklıdır</footer><noscript>JavaScript açın</noscript></body></html>"
    )
    title, pages = read_html_pages(html.encode("utf-8"))
    assert title == "Haber"
    assert pages[0].text == "Ödül\nKonya Büyükşehir Belediyesi 42 güçlü yön belirledi.\nİkinci paragraf."


@pytest.mark.parametrize(
    "data",
    [
        '<html><head><meta charset="windows-1254"></head><body><p>Çalışma ağı şöyle</p></body></html>'.encode("cp1254"),
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-9"></head>'
        "<body><p>Çalışma ağı şöyle</p></body></html>".encode("iso-8859-9"),
        "\ufeff<html><body><p>Çalışma ağı şöyle</p></body></html>".encode("utf-8"),
        "<html><body><p>Çalışma ağı şöyle</p></body></html>".encode("cp1254"),  # no meta: fallback
    ],
)
def test_charset_from_meta_or_fallback(data: bytes) -> None:
    _title, pages = read_html_pages(data)
    assert pages[0].text == "Çalışma ağı şöyle"


def test_persian_page_keeps_zwnj_and_gets_persian_letters() -> None:
    html = "<html><body><p>برنامه\u200cریزی شهرداري كرج</p></body></html>"
    _title, pages = read_html_pages(html.encode("utf-8"))
    assert pages[0].text == "برنامه\u200cریزی شهرداری کرج"


def test_an_aside_in_the_story_is_read_and_the_site_s_aside_beside_main_is_not() -> None:
    """A blind writer's news page puts one member's ISO 55001 certificate in an "Also in the news" box (labelled
    as a recognition, and printed in every PDF of the page); another page's "Related publications" sit beside
    its <main> as site furniture."""
    heldout = TESTS / "heldout9" / "docs"
    _title, pages = read_html_pages((heldout / "en_i03.html").read_bytes())
    assert "Kestrel Water plc achieved ISO 55001 asset management certification" in pages[0].text
    _title, pages = read_html_pages((TESTS / "heldout3" / "docs" / "en_c01.html").read_bytes())
    assert "Related publications" not in pages[0].text


def test_the_page_s_own_style_breaks_its_lines_where_its_pdf_does() -> None:
    """Key-figure boxes whose number the style sheet prints as a block ("<b>3,820</b>assessment hours",
    `.stats b {display: block}`) and a heading followed by its box's own text, from two blind writers."""
    _title, pages = read_html_pages((TESTS / "heldout4" / "docs" / "en_d04.html").read_bytes())
    assert "\n3,820\nassessment hours\n" in pages[0].text
    _title, pages = read_html_pages((TESTS / "heldout5" / "docs" / "tr_e02.html").read_bytes())
    assert "2023 Dönemi\nBirim Değerlendirme Raporu\n" in pages[0].text


def test_boxes_set_side_by_side_stay_words_apart_and_hidden_text_is_not_read() -> None:
    html = (
        "<html><head><style>@media print { .tag { display: inline-block } } .x, .gizli { display: none }"
        " a:hover { display: block }</style></head><body><p><span class='tag'>EFQM</span><span class='tag'>"
        "5 Yıldız</span><span class='gizli'>99 değerlendirici</span></p>"
        "<p style='display: none'>12 proje</p><p>Son</p></body></html>"
    )
    _title, pages = read_html_pages(html.encode("utf-8"))
    assert pages[0].text == "EFQM 5 Yıldız\nSon"
