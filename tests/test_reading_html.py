"""HTML reading: the main content of a page, every paragraph, and nothing of its chrome."""

from __future__ import annotations

import pytest

from exbench.reading.html import read_html_pages
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
