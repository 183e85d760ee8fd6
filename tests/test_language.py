"""Language knowledge lives in exbench/language: the registry, the digit tables (stated once), detection and the
one rule for a document's language, which every step that decides one calls."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput
from exbench.language import (
    ARABIC_INDIC,
    ASCII,
    LANGUAGES,
    PERSIAN,
    SCRIPTS,
    by_code,
    capitals,
    detect_language,
    digit_range,
    digit_value,
    document_language,
    extracted,
    guess_language,
    latin_language,
    ocr_models,
    to_ascii_digits,
)
from exbench.language.lexicons import ROOT, SHARED
from exbench.reading.ocr_engine import INSTALL_HINT, REQUIRED_DATA
from exbench.steps.extract_facts import document_language as step_document_language

PROJECT = Path(__file__).resolve().parent.parent


def test_registry_codes_are_unique_and_every_script_is_known():
    codes = [entry.code for entry in LANGUAGES]
    assert len(codes) == len(set(codes))
    assert all(entry.script in SCRIPTS for entry in LANGUAGES)
    assert {entry.code: entry.direction for entry in LANGUAGES} == {"fa": "rtl", "tr": "ltr", "en": "ltr", "ar": "rtl"}


def test_every_lexicon_folder_belongs_to_a_registry_entry_and_back():
    folders = {path.name for path in Path(str(ROOT)).iterdir() if path.is_dir()}
    assert folders == {SHARED} | {entry.lexicons for entry in extracted()}
    assert [entry.code for entry in extracted()] == ["fa", "tr", "en"]  # the order languages are tried in


def test_ocr_models_and_required_data_come_from_the_registry():
    assert ocr_models() == {"Arabic": "fas", "Latin": "tur+eng"}
    assert REQUIRED_DATA == ("fas", "tur", "eng", "osd")
    assert "Persian, Turkish and English data" in INSTALL_HINT
    assert "tesseract-ocr-fas tesseract-ocr-tur tesseract-ocr-eng" in INSTALL_HINT


def test_capitals_are_a_z_and_the_cased_languages_own():
    assert set(re.sub("A-Z", "", capitals())) == set("ÇĞİÖŞÜ")
    assert [entry.code for entry in LANGUAGES if entry.cased] == ["tr", "en"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("سال ۱۴۰۱ و ٣٥ نفر", "سال 1401 و 35 نفر"), ("2024", "2024"), ("۲٬۷۳۱", "2٬731")],
)
def test_to_ascii_digits_keeps_length(text, expected):
    assert to_ascii_digits(text) == expected and len(expected) == len(text)


def test_digit_values_and_ranges():
    assert [digit_value(c) for c in ("۷", "٣", "9", "a", "۱۲")] == [7, 3, 9, None, None]
    assert digit_range(ASCII, PERSIAN, ARABIC_INDIC) == "0-9۰-۹٠-٩"


# A digit table: a set written out in full, or a range of Persian or Arabic-Indic digits, literal or escaped.
_TABLE = re.compile(r"۰۱۲۳۴۵۶۷۸۹|٠١٢٣٤٥٦٧٨٩|[۰٠]-[۹٩]|\\u06f0|\\u0660", re.IGNORECASE)


def test_digit_tables_are_stated_once():
    modules = [path for top in ("exbench", "assets", "pipelines", "scripts") for path in (PROJECT / top).rglob("*.py")]
    defining = {path.relative_to(PROJECT).as_posix() for path in modules if _TABLE.search(path.read_text(encoding="utf-8"))}
    assert defining == {"exbench/language/digits.py"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شهرداری اصفهان در جشنواره تعالی سازمانی پروژه‌های بهبود را معرفی کرد و چهار ستاره گرفت", "fa"),
        ("Ankara Büyükşehir Belediyesi mükemmellik yolculuğunda iyileştirme projelerini başlattı ve ödül aldı", "tr"),
        ("Leeds City Council received the Recognised for Excellence award after its assessment this year", "en"),
        ("تم تكريم البلدية في حفل توزيع الجوائز الذي أقيم في العاصمة بحضور عدد كبير من المسؤولين والمهتمين", "ar"),
        ("12 34 56 ۱۴۰۱", None),
    ],
)
def test_detect_language(text, expected):
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    ("text", "guess", "latin"),
    [
        ("۲ هزار و ۷۳۱ نقطه", "fa", "en"),
        ("yüzde 75", "tr", "tr"),
        ("75 percent", "en", "en"),
        ("ISO ۹۰۰۱", "fa", "en"),
    ],  # Persian digits count as Arabic script
)
def test_quick_guesses_pick_among_languages_with_lexicons(text, guess, latin):
    assert (guess_language(text), latin_language(text)) == (guess, latin)


@pytest.mark.parametrize(
    ("pages", "expected"),
    [([], None), ([None, None], None), (["fa", "en", "fa"], "fa"), (["tr", "en"], "en"), (["tr", None, "en", "tr"], "tr")],
)
def test_one_rule_for_a_documents_language(pages, expected):
    assert document_language(pages) == expected
    assert step_document_language({"pages": [{"language": language} for language in pages]}) == expected
    texts = [PageInput(number, "x" * (1000 if language == "tr" else 10), language) for number, language in enumerate(pages, 1)]
    assert extract_document(texts).language == expected  # the page count decides, not the length of the text


def test_letter_forms_are_the_registrys():
    from exbench.reading.normalize import normalize_text

    assert by_code("fa").letter_forms["ي"] == "ی"
    assert normalize_text("علي كتاب", "fa") == "علی کتاب"
    assert normalize_text("علي كتاب", "ar") == "علي كتاب"
