"""Traps of real PDFs: Persian from every producer, and text layers that are present but wrong.

The fixtures in tests/fixtures/reading/ are one small Persian page
(persian.html) printed by Chromium, LibreOffice and WeasyPrint with Noto Sans
Arabic, whose text layers hold the traps seen on real documents: the
lam-alef glyph stored as alef-lam, ZWNJs missing from the stream, words
stored with gaps inside them. The real documents of ../shared/real-docs are
used where present (skipped on a fresh clone).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exbench.evaluation.text_recall import token_and_bigram_recall
from exbench.reading.glyph_text import BULLET, line_end_hyphens, restore_ligatures, visible_text
from exbench.reading.html import read_html_pages
from exbench.reading.ocr_pages import OCR_PENDING, UNREAD_SCAN
from exbench.reading.pdf import read_pdf
from exbench.reading.text_layer import TEXT_LAYER_INCOMPLETE, TEXT_LAYER_NOT_WORDS, not_words

FIXTURES = Path(__file__).parent / "fixtures" / "reading"
HELDOUT = Path(__file__).parent / "heldout"
REAL_DOCS = Path(__file__).resolve().parents[2] / "shared" / "real-docs"
PRODUCERS = ("chromium", "libreoffice", "weasyprint")

needs_real_docs = pytest.mark.skipif(not REAL_DOCS.is_dir(), reason="../shared/real-docs is not beside the project")


def _text(path: Path) -> str:
    return "\n".join(page.text for page in read_pdf(path, ocr=True)[1])


@pytest.mark.parametrize("producer", PRODUCERS)
def test_persian_words_read_whole_from_every_producer(producer):
    text = _text(FIXTURES / f"persian-{producer}.pdf")
    # lam-alef ligature glyphs that the fonts map to alef-lam
    assert "اسلامی" in text and "اطلاعات" in text and "بالاتر" in text
    assert "اسالمی" not in text and "اطالعات" not in text
    # ZWNJs that no producer stores, seen from the glyphs' shapes and gaps
    assert "می‌کند" in text and "می‌کنند" in text and "جهت‌گیری‌های" in text
    assert "در آن" in text and "مناقصه" in text
    assert "۱۴۰۲" in text and "۲۹۳" in text and "Recognised by EFQM" in text


def test_a_short_page_takes_the_word_gaps_its_document_measured():
    """A page that asks for a Latin font prints its Persian in DejaVu Sans, whose gaps after ا, د, ر stand
    about as wide as its word gaps; a report's last page, a score table and a closing line, holds too few gaps
    to measure its own, and the default gap split its words ("دبیرخا نه جایزه ملی تعا لی سازما نی")."""
    source = "\n".join(p.text for p in read_html_pages((FIXTURES / "persian-dejavu-report.html").read_bytes())[1])
    text = _text(FIXTURES / "persian-dejavu-report-chromium.pdf")
    tokens, bigrams = token_and_bigram_recall(source, text, "fa")
    assert tokens >= 0.99 and bigrams >= 0.97, (tokens, bigrams)
    assert "دبیرخانه جایزه ملی تعالی سازمانی" in text


def test_a_zwnj_kept_only_as_marked_content_is_read():
    """Chromium writes the ZWNJ of a name as an empty glyph marked ActualText; the letters either side touch."""
    text = _text(HELDOUT.parent / "heldout9" / "pdf-chromium" / "fa_i02.pdf")
    assert text.count("سپیدان\u200cآباد") >= 4 and "سپیدانآباد" not in text


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_good_persian_text_layer_is_not_sent_to_ocr(producer):
    pages = read_pdf(FIXTURES / f"persian-{producer}.pdf", ocr=True)[1]
    assert all(page.engine != OCR_PENDING and page.ocr_reason is None for page in pages)


def test_a_menu_of_inline_items_reads_as_words_apart():
    _title, pages = read_html_pages((FIXTURES / "persian.html").read_bytes())
    assert "خانه درباره سازمان اخبار" in pages[0].text


def test_inline_markup_inside_a_sentence_is_not_split():
    html = "<html><body><p>The <b>EFQM</b> model gave <b>4</b>stars and <i>R</i>ecognised</p></body></html>"
    text = read_html_pages(html.encode())[1][0].text
    assert text == "The EFQM model gave 4stars and Recognised"


def test_soft_hyphens_show_as_the_page_shows_them():
    assert visible_text("sentences of 1\u00ad12 months, Internet\u00adbased") == "sentences of 1-12 months, Internet-based"
    assert visible_text("the de\u00ad\r\nconflicted cases") == "the deconflicted cases"


def test_a_hyphen_that_ended_a_line_is_the_pages_own_unless_the_halves_make_a_word():
    # pdfium gives a line-end hyphen as U+FFFE, the lines joined (a blind batch's Chromium PDF: "day-to-day")
    text = "\n".join(page.text for page in read_pdf(HELDOUT.with_name("heldout12") / "pdf-chromium" / "en_l01.pdf", ocr=False)[1])
    assert "day-to-day decisions" in text and "\ufffe" not in text
    assert line_end_hyphens(
        "intel\ufffelectual and three\ufffeday, part\ufffetime, day-to\ufffeday, b1-basvuru\ufffe2018", "en"
    ) == ("intellectual and three-day, part-time, day-to-day, b1-basvuru-2018")


def test_symbol_font_bullets_are_bullets():
    assert visible_text("\uf0b7 Güçlü yönler\n\uf0a7 İyileşme") == f"{BULLET} Güçlü yönler\n{BULLET} İyileşme"


def test_lost_ligatures_are_restored_only_where_the_vocabulary_is_sure():
    assert restore_ligatures("ICE reported signiicant increases at the ofice", "en") == (
        "ICE reported significant increases at the office"
    )
    assert restore_ligatures("Bilim ile ilgili", "tr") == "Bilim ile ilgili"  # words already: untouched
    assert restore_ligatures("Xilinx", "en") == "Xilinx"  # no single word to restore: untouched


def test_words_that_are_not_words_are_told_from_words():
    good = "آیین نامه حقوق و مزایای شهرداران مصوب هیأت وزیران که حقوق و مزایای ماهیانه او بنا به پیشنهاد وزیر کشور و تأیید رئیس جمهور تعیین خواهد شد"
    garbled = "تهرران ماهیرانه پیشرنهاد وی‌یرر کشرور تأییرر ریری جمهرور خواه شرد بره شررز ی‌یرر محاسربه گرردد شهرردار حقروق مبنرای درجره برن ی"
    assert not not_words(good, "fa")
    assert not_words(garbled, "fa")
    assert not not_words("kısa metin", "tr")  # too few words to judge


@pytest.mark.slow
def test_no_page_of_the_heldout_dev_pdfs_goes_to_ocr():
    dev = json.loads((HELDOUT / "split.json").read_text(encoding="utf-8"))["dev"]
    sent = [
        (producer, doc, page.page_number, page.ocr_reason)
        for producer in PRODUCERS
        for doc in dev
        for page in read_pdf(HELDOUT / f"pdf-{producer}" / f"{doc}.pdf", ocr=True)[1]
        if page.engine in (OCR_PENDING, UNREAD_SCAN)
    ]
    assert sent == []


@needs_real_docs
def test_a_text_layer_missing_most_glyphs_goes_to_ocr_with_its_reason():
    pages = read_pdf(REAL_DOCS / "tr_hepdak_yokak_evaluation_2018.pdf", ocr=True)[1]
    assert {page.engine for page in pages} == {OCR_PENDING}
    assert {page.ocr_reason for page in pages} == {TEXT_LAYER_INCOMPLETE}


@needs_real_docs
def test_a_font_mapping_glyphs_to_wrong_letters_goes_to_ocr_with_its_reason():
    pages = read_pdf(REAL_DOCS / "fa_mayors_salary_bylaw_1374.pdf", ocr=True)[1]
    assert {page.ocr_reason for page in pages} == {TEXT_LAYER_NOT_WORDS}


@needs_real_docs
def test_good_real_text_layers_stay_out_of_ocr():
    for name in ("tr_hepdak_yokak_evaluation_2016", "tr_hepdak_thematic_analysis_2019", "en_ipec_2011_performance_data_excerpt"):
        pages = read_pdf(REAL_DOCS / f"{name}.pdf", ocr=True)[1]
        assert all(page.ocr_reason is None for page in pages), name


@needs_real_docs
def test_word_traps_of_real_documents():
    travel = _text(REAL_DOCS / "fa_councils_foreign_travel_bylaw.pdf")
    assert "شوراهای اسلامی" in travel and "اسالمی" not in travel
    assert not any(mark in travel for mark in "\u200e\u200f\u202a\u202b\u202c\u202d\u202e")
    assert "مصوب ۱۳۸۲/۰۶/۲۶" in travel  # stored as ASCII digits, drawn as Persian by B Nazanin
    ipec = _text(REAL_DOCS / "en_ipec_2011_performance_data_excerpt.pdf")
    assert "significant" in ipec and "signiicant" not in ipec
    assert "sentences of 1-12 months" in ipec and "\u00ad" not in ipec
    assert "intellectual property" in ipec and "merchandise" in ipec and "\ufffe" not in ipec  # printer-hyphenated
    thematic = _text(REAL_DOCS / "tr_hepdak_thematic_analysis_2019.pdf")
    assert f"{BULLET} Akreditasyon süreci" in thematic and "\uf0b7" not in thematic


@needs_real_docs
def test_a_rotated_page_reads_in_lines_as_shown():
    pages = read_pdf(REAL_DOCS / "en_ghana_transport_award_of_contracts_2016.pdf", ocr=True)[1]
    assert "PUBLICATION OF AWARD OF CONTRACTS UNDER THE TRANSPORT SECTOR PROJECT" in pages[0].text


def test_letters_stacked_in_a_squeezed_table_cell_read_as_words():
    # LibreOffice prints a cell too narrow for its word one letter a line
    pages = read_pdf(Path(__file__).parent / "eval" / "pdf-libreoffice" / "rep_fa_3.pdf", ocr=True)[1]
    text = "\n".join(page.text for page in pages)
    lines = text.splitlines()
    # each table row reads as Chromium prints it: number, type, finding
    assert "معیار نوع یافته" in lines
    assert "۲ نقطه قوت برنامه راهبردی با مشارکت شورای شهر تدوین شده است." in lines
    assert "۵ نقطه قابل بهبود بهبود فرآیندها بر اساس بازخورد شهروندان انجام نمی‌شود." in lines
    assert all(page.ocr_reason is None for page in pages)
    assert not any(len(line) == 1 and not line.isdigit() for line in text.splitlines())
