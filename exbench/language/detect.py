"""The language of a text: per page from the script first and lingua second, and a quick guess for rules.

`detect_language` is called once per page, so it stays cheap: letters are
counted by regex (no Python loop per character), text of a script whose
language has telltale letters (Persian پ چ ژ گ ی; Turkish ı ğ ş) is that
language without asking lingua (0.5 ms a page saved), and lingua sees at most
SAMPLE characters (its cost grows with the text; a page's first 1,200
characters tell the registry's languages apart as well as 4,000 do on the
seeds). lingua is restricted to the registry's languages, so a Turkish page
full of English loanwords is not called Azerbaijani, and the detector is
built once per process, on first use.

`guess_language` serves the rules when they are given no language: Arabic
script against A-Z, then a Latin language's own letters; it picks only among
languages that have lexicons.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from exbench.language.registry import LANGUAGES, SCRIPTS, extracted, of_script
from exbench.language.scripts import ARABIC_CHARACTER, BASIC_LATIN, letter_counts

MIN_LETTERS = 20  # fewer letters than this: too little text to tell
SAMPLE = 1200


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(*(getattr(Language, entry.lingua) for entry in LANGUAGES)).build()


@lru_cache(maxsize=1)
def _codes() -> dict[str, str]:
    return {entry.lingua: entry.code for entry in LANGUAGES}


@cache
def _telltale(letters: str) -> re.Pattern[str]:
    return re.compile(f"[{letters}]")


def _lingua(sample: str) -> str | None:
    detected = _detector().detect_language_of(sample)
    return _codes().get(detected.name) if detected is not None else None


def detect_language(text: str) -> str | None:
    """A registry language code; None when the text has too few letters to tell."""
    sample = text[:SAMPLE]
    arabic, latin = letter_counts(sample)
    if arabic + latin < MIN_LETTERS and len(text) > SAMPLE:
        sample = text[SAMPLE : SAMPLE * 4]  # the page starts with numbers or a table: look further
        arabic, latin = letter_counts(sample)
    if arabic + latin < MIN_LETTERS:
        return None
    script, letters = ("Arab", arabic) if arabic > latin else ("Latn", latin)
    candidates = of_script(script)
    for entry in candidates:
        if entry.telltale:
            found = len(_telltale(entry.telltale).findall(sample))
            if found and found >= entry.telltale_share * letters:
                return entry.code
    answer = _lingua(sample)
    fallback = SCRIPTS[script].fallback
    if fallback is None or answer in {entry.code for entry in candidates}:
        return answer
    return fallback


def latin_language(text: str) -> str:
    """The Latin-script language of a text: the first whose own letters occur, else the one with none (English)."""
    latin = of_script("Latn", extracted())
    for entry in latin:
        if entry.letters and _telltale(entry.letters).search(text):
            return entry.code
    return next(entry.code for entry in latin if not entry.letters)


def script_language(script: str) -> str:
    """The first language with lexicons written in the script (Arabic script: Persian)."""
    return of_script(script, extracted())[0].code


def guess_language(text: str) -> str:
    """Persian when Arabic script outweighs A-Z, else the Latin language; cheap on purpose.

    Used only when the caller passes language None.
    """
    if len(ARABIC_CHARACTER.findall(text)) > len(BASIC_LATIN.findall(text)):
        return script_language("Arab")
    return latin_language(text)
