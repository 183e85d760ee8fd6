"""The languages ExBench reads: one entry each, and the scripts they are written in.

Everything else that knows a language asks here: page detection (letters,
lingua), normalization (letter forms), OCR (the Tesseract model), number
reading (digits), and the rules (the lexicon folder). Order matters where
languages are tried in turn: Persian, Turkish, English, as the corpus holds them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from exbench.language import digits


@dataclass(frozen=True)
class Script:
    """A writing system, as ISO 15924 names it."""

    code: str
    osd: str  # Tesseract's script detection calls it so
    direction: str  # "rtl" or "ltr"
    cased: bool  # names and titles stand out by their capitals
    fallback: str | None  # the language of text in this script that lingua does not place (None: lingua's answer stands)


@dataclass(frozen=True)
class Language:
    """One language: how to tell it, read it and extract from it."""

    code: str  # ISO 639-1, as core.pages.language stores it
    name: str  # in English, for messages
    script: str  # a key of SCRIPTS
    digits: str  # the digits it writes natively
    lingua: str  # lingua's Language member
    tesseract: str | None  # Tesseract's model for its scans (None: read with another language's model)
    lexicons: str | None  # its folder in exbench/language/lexicons/ (None: detected, not extracted)
    letters: str = ""  # letters beyond A-Z that make a Latin text this language in the quick guess
    telltale: str = ""  # letters no other language of its script writes...
    telltale_share: float = 0.0  # ...that must make this share of a page's letters (0: one is enough)
    letter_forms: Mapping[str, str] = field(default_factory=dict)  # other code points written as its own letters

    @property
    def direction(self) -> str:
        return SCRIPTS[self.script].direction

    @property
    def cased(self) -> bool:
        return SCRIPTS[self.script].cased


SCRIPTS = MappingProxyType(
    {
        "Arab": Script("Arab", "Arabic", "rtl", cased=False, fallback="fa"),
        "Latn": Script("Latn", "Latin", "ltr", cased=True, fallback=None),
    }
)

LANGUAGES: tuple[Language, ...] = (
    Language(
        "fa",
        "Persian",
        "Arab",
        digits.PERSIAN,
        "PERSIAN",
        "fas",
        "fa",
        telltale="پچژگی",  # letters Arabic does not have
        # Arabic code points that Persian text uses interchangeably with Persian ones.
        letter_forms=MappingProxyType({"ي": "ی", "ى": "ی", "ك": "ک", "ە": "ه"}),
    ),
    Language(
        "tr",
        "Turkish",
        "Latn",
        digits.ASCII,
        "TURKISH",
        "tur",
        "tr",
        letters="çğışöüÇĞİŞÖÜ",
        # Dotless ı, ğ and ş make ~8% of the letters of Turkish prose; an English text
        # naming a few Turkish places stays far below this share.
        telltale="ığşİĞŞ",
        telltale_share=0.03,
    ),
    Language("en", "English", "Latn", digits.ASCII, "ENGLISH", "eng", "en"),
    # Told apart from Persian so that an Arabic page is not read with Persian rules; its scans go to the Persian model.
    Language("ar", "Arabic", "Arab", digits.ARABIC_INDIC, "ARABIC", None, None),
)


def by_code(code: str | None, languages: Iterable[Language] = LANGUAGES) -> Language | None:
    """The entry of a language code; None for None or a code the registry does not hold."""
    return next((entry for entry in languages if entry.code == code), None)


def extracted(languages: Iterable[Language] = LANGUAGES) -> tuple[Language, ...]:
    """The languages that have lexicons, so rules run on their text."""
    return tuple(entry for entry in languages if entry.lexicons)


def of_script(script: str, languages: Iterable[Language] = LANGUAGES) -> tuple[Language, ...]:
    return tuple(entry for entry in languages if entry.script == script)


def capitals() -> str:
    """Capital letters of the cased languages: A-Z and each one's own (Ç Ğ İ Ö Ş Ü), for regex classes."""
    extra = "".join(dict.fromkeys(c for entry in LANGUAGES for c in entry.letters if c.isupper()))
    return "A-Z" + extra


def ocr_models() -> dict[str, str]:
    """Tesseract's models per OSD script name: {"Arabic": "fas", "Latin": "tur+eng"}."""
    models: dict[str, str] = {}
    for entry in LANGUAGES:
        if entry.tesseract:
            osd = SCRIPTS[entry.script].osd
            models[osd] = f"{models[osd]}+{entry.tesseract}" if osd in models else entry.tesseract
    return models
