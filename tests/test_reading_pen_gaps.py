"""Persian that Chromium prints in DejaVu Sans keeps its words: the pen, not the ink, parts them.

persian-dejavu-news.html is a dev page (heldout6 fa_f02) with DejaVu Sans asked for, as a page that asks
for a Latin font gets it; persian-dejavu-news-chromium.pdf is Chromium's print of it. DejaVu's gaps after
the non-joining letters (ا, د, ر, و) stand about as wide as its word gaps, so the ink alone cut and joined
words ("درگیرکردن", "درسایر", "درآیین").
"""

from __future__ import annotations

from pathlib import Path

from exbench.evaluation.text_recall import token_and_bigram_recall
from exbench.reading import read_document
from exbench.reading.html import read_html_pages

FIXTURES = Path(__file__).parent / "fixtures" / "reading"


def _page_text() -> str:
    _title, pages = read_document(FIXTURES / "persian-dejavu-news-chromium.pdf", "application/pdf")
    return "\n".join(page.text for page in pages)


def test_dejavu_words_after_non_joining_letters_stay_apart():
    text = _page_text()
    assert text.count("درگیر کردن ذی‌نفعان") == 3, "a word gap after ر read as none"
    assert "در سایر کلان‌شهرها" in text


def test_dejavu_word_gap_under_a_madda_is_kept():
    """آ opens its word, so the page never shows its advance; its madda reaches over the gap before it."""
    text = _page_text()
    assert "در آیین اختتامیه" in text and "درآیین" not in text


def test_dejavu_page_reads_as_its_source():
    source = "\n".join(p.text for p in read_html_pages((FIXTURES / "persian-dejavu-news.html").read_bytes())[1])
    tokens, bigrams = token_and_bigram_recall(source, _page_text(), "fa")
    assert tokens >= 0.995 and bigrams >= 0.99, (tokens, bigrams)
