"""Unicode normalization of page text: what every reading passes through.

Arabic presentation forms (what PDFs often carry) fold to base letters with
NFKC; lam-alef ligatures (U+FEF5..U+FEFC) decompose to lam then alef, "لا".
A language's text gets its own letter forms (the registry's: Persian yeh and
kaf for Persian), so a search for "ی" finds every word.
The zero-width non-joiner stays where the page shows it: in Persian it joins a word's parts
("می‌شود"), it is not a space. One after a letter that never joins the next ("بیست‌و‌دوم") or
before a character that joins nothing is invisible, so no reading of the page can hold it: it goes. Bidi controls (the embedding marks Word
writes around right-to-left runs), tatweel and soft hyphens carry nothing
(a PDF's visible soft hyphens are hyphens: glyph_text.py turns them so first).
Digits keep their script: a number's value is read later, from the text as printed.
A tanwin written before its alef ("مجموعًا", as Chromium's text layer gives some words) goes
after it, as Persian spells it ("مجموعاً"): one spelling, so a word list finds it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from exbench.language import letter_forms
from exbench.language.scripts import INVISIBLE_ZWNJ

_DROP = dict.fromkeys(map(ord, "\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\ufeff\u0640"))
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_ZWNJ_RUNS = re.compile(r"\u200c+")
_ZWNJ_AT_SPACE = re.compile(r" ?\u200c ?")
_ZWNJ = "\u200c"
_TANWIN_BEFORE_ALEF = "\u064b\u0627"


def _zwnj(match: re.Match[str]) -> str:
    return " " if " " in match.group(0) else _ZWNJ  # a ZWNJ beside a space is only a space


@cache
def _table(language: str | None) -> dict[int, str | None]:
    """Characters dropped, and the language's letter forms written as its own letters."""
    return str.maketrans({**_DROP, **{ord(old): new for old, new in letter_forms(language).items()}})


def normalize_text(text: str, language: str | None) -> str:
    """NFKC without losing ZWNJ, Persian letters for Persian, one space between words, lines kept."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(_table(language))
    if _TANWIN_BEFORE_ALEF in text:
        text = text.replace(_TANWIN_BEFORE_ALEF, "\u0627\u064b")
    if _ZWNJ in text:
        text = _ZWNJ_RUNS.sub(_ZWNJ, text)
        text = _ZWNJ_AT_SPACE.sub(_zwnj, text)
        text = INVISIBLE_ZWNJ.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")
