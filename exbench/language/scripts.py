"""Which script a text is written in: the character classes that tell Arabic script from Latin.

Two views of Arabic script are kept, each where it has always been used:
page detection counts the letters of every Arabic block (`ARABIC_LETTERS`),
and extraction's quick test asks whether any character of the basic and
presentation blocks occurs (`ARABIC_CHARACTER`). They differ only in the
Arabic Supplement block and U+FEFD..U+FEFF, which normalised page text never
holds; merging them would change what an unnormalised manifest hint matches.
"""

from __future__ import annotations

import re

ARABIC_LETTERS = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]")
LATIN_LETTERS = re.compile(r"[A-Za-z\u00c0-\u024f]")
ARABIC_CHARACTER = re.compile(r"[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")
BASIC_LATIN = re.compile(r"[A-Za-z]")

# Letters that join the letter after them (dual-joining, tatweel too). A zero-width non-joiner
# shows only after one of them and before a letter that joins the one before it: anywhere else
# ("بیست‌و‌دوم" after the waw) the page looks the same with it or without it.
DUAL_JOINING = frozenset("بپتثجچحخسشصضطظعغفقکگلمنهیئيكـ")
_JOINS_BEFORE = "\u0622-\u063a\u0641-\u064a\u0671-\u06d3\u06d5"  # every letter but hamza joins the one before it
INVISIBLE_ZWNJ = re.compile(f"(?<![{''.join(sorted(DUAL_JOINING))}])\u200c|\u200c(?![{_JOINS_BEFORE}])")

# Tesseract's script detection (OSD) names of the scripts.
OSD_NAMES = {"Arab": "Arabic", "Latn": "Latin"}


def is_arabic_script(text: str) -> bool:
    """True when the text contains Arabic-script letters or digits."""
    return bool(ARABIC_CHARACTER.search(text))


def letter_counts(sample: str) -> tuple[int, int]:
    """(Arabic-script letters, Latin letters) of a sample, counted by regex (no loop per character)."""
    return len(ARABIC_LETTERS.findall(sample)), len(LATIN_LETTERS.findall(sample))
