"""Plain-text reading, media-type sniffing, language per page and the reasons of refusals."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from exbench.reading import read_document, sniff_media_type
from exbench.reading.errors import UnreadableDocument
from exbench.reading.language import detect_language
from exbench.reading.plain import read_text_pages
from tests.test_reading_pdf import PERSIAN, SEEDS, TURKISH, source

TURKISH_TEXT = "Kartal Belediyesi stratejik planını, performans programını ve faaliyet raporunu hazırladı."


@pytest.mark.parametrize(
    "data, expected",
    [
        (TURKISH_TEXT.encode("utf-8"), TURKISH_TEXT),
        (b"\xef\xbb\xbf" + TURKISH_TEXT.encode("utf-8"), TURKISH_TEXT),
        (TURKISH_TEXT.encode("utf-16"), TURKISH_TEXT),  # BOM says UTF-16
        (TURKISH_TEXT.encode("utf-16-be").join([b"\xfe\xff", b""]), TURKISH_TEXT),
        (TURKISH_TEXT.encode("cp1254"), TURKISH_TEXT),  # legacy Turkish code page
        # legacy Arabic code page (no Persian yeh in it): Persian letters after reading
        ("شهرداري اصفهان گزارش ارزيابي را منتشر كرد".encode("cp1256"), "شهرداری اصفهان گزارش ارزیابی را منتشر کرد"),
    ],
)
def test_text_encodings(data: bytes, expected: str) -> None:
    assert read_text_pages(data)[0].text == expected


def test_form_feed_splits_pages() -> None:
    pages = read_text_pages(f"{TURKISH_TEXT}\n\fİkinci sayfa, ikinci sayfanın metni burada.\f".encode())
    assert [p.page_number for p in pages][:2] == [1, 2]
    assert pages[1].text.startswith("İkinci sayfa") and pages[0].engine == "text"


@pytest.mark.parametrize("data, reason", [(b"\x00\x01\x02binary\x00" * 50, "not_text"), (b"", "empty")])
def test_binary_and_empty_are_refused(data: bytes, reason: str) -> None:
    with pytest.raises(UnreadableDocument) as caught:
        read_text_pages(data)
    assert caught.value.reason == reason and str(caught.value)


@pytest.mark.parametrize(
    "name, head, expected",
    [
        ("a.pdf", b"%PDF-1.7\n", "application/pdf"),
        ("a.txt", b"%PDF-1.4\n", "application/pdf"),  # magic bytes win
        ("a.bin", b"\r\n  %PDF-1.4", "application/pdf"),  # junk before the header
        ("a.pdf", b"\x89PNG\r\n\x1a\n", None),  # an image named .pdf
        ("a.pdf", b"PK\x03\x04", None),  # a zip (docx) named .pdf
        ("page", b"<!DOCTYPE html><html>", "text/html"),
        ("page.dat", b"\xef\xbb\xbf  <html lang='tr'>", "text/html"),
        ("a.htm", b"<div>", "text/html"),
        ("a.TXT", b"metin", "text/plain"),
        ("a.md", b"# metin", "text/plain"),
        ("a.docx", b"random", None),
        ("noext", b"", None),
    ],
)
def test_sniff_media_type(name: str, head: bytes, expected: str | None) -> None:
    assert sniff_media_type(Path(name), head) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (source(PERSIAN)[:600], "fa"),
        (source(TURKISH[0])[:600], "tr"),
        (source(TURKISH[2])[:600], "tr"),
        ("The municipality received the excellence award for its strategic plan and its results.", "en"),
        ("حصلت البلدية على جائزة التميز لخطتها الاستراتيجية ونتائجها في هذا العام", "ar"),
        ("12 34 56 — 2023", None),
        ("", None),
        ("1 2 3 4 5 6 7 8 9 " * 100 + TURKISH_TEXT * 3, "tr"),  # a table first, prose later
    ],
)
def test_detect_language(text: str, expected: str | None) -> None:
    assert detect_language(text) == expected


def test_read_document_dispatches_and_titles(tmp_path: Path) -> None:
    title, pages = read_document(SEEDS / "pdf-libreoffice" / f"{PERSIAN}.pdf", "application/pdf")
    assert title and pages[0].language == "fa"
    path = tmp_path / "note.txt"
    path.write_text("\n  Başlık satırı\nGövde metni burada yer alır ve uzun bir cümledir.", encoding="utf-8")
    title, pages = read_document(path, "text/plain")
    assert title == "Başlık satırı" and len(pages) == 1
    title, _ = read_document(SEEDS / "html" / f"{TURKISH[0]}.html", "text/html")
    assert title
    with pytest.raises(UnreadableDocument) as caught:
        read_document(path, "application/msword")
    assert caught.value.reason == "unsupported_type"


def test_errors_carry_a_reason_and_a_sentence_across_processes() -> None:
    error = pickle.loads(pickle.dumps(UnreadableDocument("needs_ocr")))
    assert error.reason == "needs_ocr" and str(error).endswith("OCR.")
