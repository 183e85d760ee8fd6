"""Text true to the page: Persian from both PDF producers in logical order with
digits in order, Turkish intact, HTML main content, clear reasons for bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from exbench.evaluation.text_recall import token_and_bigram_recall
from exbench.reading import UnreadableDocument, read_document
from exbench.reading.normalize import normalize_text
from tests.conftest import SEED_IDS, SEEDS

PERSIAN = "002_dc6b67fdd8ec7530"
PRODUCERS = ["pdf-chromium", "pdf-libreoffice"]


def pdf_text(producer: str, seed: str) -> tuple[str, list]:
    _title, pages = read_document(SEEDS / producer / f"{seed}.pdf", "application/pdf")
    return "\n".join(p.text for p in pages), pages


def source(seed: str) -> str:
    return (SEEDS / "txt" / f"{seed}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("producer", PRODUCERS)
def test_persian_pdf_reads_as_the_source(producer):
    text, pages = pdf_text(producer, PERSIAN)
    tokens, bigrams = token_and_bigram_recall(source(PERSIAN), text, "fa")
    assert tokens >= 0.98 and bigrams >= 0.98, (tokens, bigrams)
    assert {p.language for p in pages} == {"fa"} and {p.engine for p in pages} == {"pdfium-bidi"}


@pytest.mark.parametrize("producer", PRODUCERS)
def test_persian_numbers_keep_their_digit_order(producer):
    text, _ = pdf_text(producer, PERSIAN)
    for number in ["۱۲ آبان", "۲۹۳", "۷۳۱", "۷۳۶", "۱۴۰۱", "۱۱۰۰", "۶۰۰", "۵۵", "۶۸", "۷۵ درصد"]:
        assert number in text, number
    for reversed_form in ["۳۹۲", "۱۳۷", "۶۳۷", "۱۰۴۱", "۰۰۱۱", "۰۰۶", "۲۱ آبان", "۵۷ درصد"]:
        assert reversed_form not in text, reversed_form


@pytest.mark.parametrize("producer", PRODUCERS)
@pytest.mark.parametrize("seed", [s for s in SEED_IDS if s != PERSIAN])
def test_turkish_pdfs_read_as_the_source(producer, seed):
    text, pages = pdf_text(producer, seed)
    tokens, bigrams = token_and_bigram_recall(source(seed), text, "tr")
    assert tokens >= 0.98, tokens
    assert {p.language for p in pages if p.text.strip()} == {"tr"}


@pytest.mark.parametrize("seed", SEED_IDS)
def test_html_pages_keep_all_of_the_main_content(seed):
    _title, pages = read_document(SEEDS / "html" / f"{seed}.html", "text/html")
    language = "fa" if seed == PERSIAN else "tr"
    tokens, bigrams = token_and_bigram_recall(source(seed), pages[0].text, language)
    assert tokens >= 0.98 and bigrams >= 0.98, (tokens, bigrams)


def test_html_drops_scripts_menus_and_footers(tmp_path):
    page = tmp_path / "news.html"
    page.write_text(
        "<html><head><title>Haber</title><script>var x = '99 güçlü yön';</script></head><body>"
        "<nav><a>Anasayfa</a> <a>Haberler</a></nav><div class='menu'>Menü 12 öğe</div>"
        "<main><h1>Ödül</h1><p>Konya Büyükşehir Belediyesi 42 güçlü yön belirledi.</p></main>"
        "<footer>© 2024 Tüm hakları saklıdır</footer></body></html>",
        encoding="utf-8",
    )
    title, pages = read_document(page, "text/html")
    assert title == "Haber"
    assert pages[0].text == "Ödül\nKonya Büyükşehir Belediyesi 42 güçlü yön belirledi."


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("\ufeb7\ufeec\ufead\ufea9\ufe8d\ufead\ufef1", "شهرداری"),  # presentation forms fold
        ("\ufefb\ufee3", "لام"),  # lam-alef ligature reads lam then alef
        ("مي\u200cشود كه", "می\u200cشود که"),  # Arabic yeh and kaf become Persian, ZWNJ stays
        ("می \u200c شود", "می شود"),  # a ZWNJ next to a space is only a space
        ("a\u200f b\u0640c   d", "a bc d"),  # bidi marks and tatweel go, spaces collapse
    ],
)
def test_normalization(raw, expected):
    assert normalize_text(raw, "fa") == expected


def test_bad_files_raise_a_reason(tmp_path):
    seed_pdf = (SEEDS / "pdf-chromium" / f"{SEED_IDS[0]}.pdf").read_bytes()
    cases = {
        "random.pdf": (bytes(range(256)) * 40, "damaged"),
        "truncated.pdf": (seed_pdf[: len(seed_pdf) // 3], "damaged"),
        "empty.pdf": (b"", "empty"),
    }
    for name, (data, reason) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(UnreadableDocument) as caught:
            read_document(path, "application/pdf")
        assert caught.value.reason == reason, name
        assert str(caught.value)


def test_encrypted_pdf_is_named_as_such():
    corpus = Path(__file__).resolve().parents[2] / "shared" / "pdf-corpus" / "pdfplumber__password-example.pdf"
    if not corpus.exists():
        pytest.skip("the shared PDF corpus is not beside this checkout")
    with pytest.raises(UnreadableDocument) as caught:
        read_document(corpus, "application/pdf")
    assert caught.value.reason == "encrypted"


def test_latin1_text_file_is_decoded(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("Kartal Belediyesi çalışmaları, Eylül 2023.".encode("cp1254"))
    _title, pages = read_document(path, "text/plain")
    assert "çalışmaları" in pages[0].text


@pytest.mark.parametrize("pdf", ["002-dejavu-chromium.pdf", "002-dejavu-libreoffice.pdf", "002-freeserif-chromium.pdf"])
def test_persian_in_other_fonts_keeps_its_words(pdf):
    """Fonts leave different gaps after non-joining letters; the word gap is measured per page."""
    _title, pages = read_document(SEEDS.parent / "fonts" / pdf, "application/pdf")
    tokens, bigrams = token_and_bigram_recall(source(PERSIAN), "\n".join(p.text for p in pages), "fa")
    assert tokens >= 0.97 and bigrams >= 0.96, (tokens, bigrams)
