"""Language of a page: tr, fa, en (or ar), with lingua and a script shortcut.

Arabic-script text with Persian letters is Persian, otherwise lingua decides
between Persian and Arabic; Latin text is told apart by lingua among Turkish and
English only (an English article full of Turkish place names stays English).
"""

from __future__ import annotations

from functools import lru_cache

_CODES = {"PERSIAN": "fa", "TURKISH": "tr", "ENGLISH": "en", "ARABIC": "ar"}
MIN_LETTERS = 20


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(
        Language.PERSIAN, Language.TURKISH, Language.ENGLISH, Language.ARABIC
    ).build()


def _script_counts(text: str) -> tuple[int, int]:
    arabic = sum(1 for c in text if "\u0600" <= c <= "\u06ff" or "\ufb50" <= c <= "\ufeff")
    latin = sum(1 for c in text if c.isalpha() and c.isascii() or c in "çğıöşüÇĞİÖŞÜ")
    return arabic, latin


def detect_language(text: str) -> str | None:
    """'fa', 'tr', 'en' or 'ar'; None when the text has too few letters to tell."""
    sample = text[:4000]
    arabic, latin = _script_counts(sample)
    if arabic + latin < MIN_LETTERS:
        return None
    if arabic > latin:
        if any(c in sample for c in "پچژگ") or "ی" in sample:
            return "fa"
        detected = _detector().detect_language_of(sample)
        return "ar" if detected is not None and detected.name == "ARABIC" else "fa"
    detected = _detector().detect_language_of(sample)
    return _CODES.get(detected.name) if detected is not None else None
