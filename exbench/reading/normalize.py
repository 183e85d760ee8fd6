"""Unicode normalization of page text: what every reading passes through.

Arabic presentation forms (what PDFs often carry) fold to base letters with
NFKC; lam-alef ligatures (U+FEF5..U+FEFC) decompose to lam then alef, "لا".
Persian text gets Persian yeh and kaf, so a search for "ی" finds every word.
The zero-width non-joiner stays: in Persian it joins a word's parts
("می‌شود"), it is not a space. Bidi controls and tatweel carry nothing.
Digits keep their script: a number's value is read later, from the text as printed.
"""

from __future__ import annotations

import re
import unicodedata

_DROP = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\ufeff\u0640"))
_COMMON = str.maketrans(_DROP)
_PERSIAN = str.maketrans({**_DROP, ord("ي"): "ی", ord("ى"): "ی", ord("ك"): "ک", ord("ە"): "ه"})
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_ZWNJ_RUNS = re.compile(r"\u200c+")
_ZWNJ_AT_SPACE = re.compile(r" ?\u200c ?")
_ZWNJ = "\u200c"


def _zwnj(match: re.Match[str]) -> str:
    return " " if " " in match.group(0) else _ZWNJ  # a ZWNJ beside a space is only a space


def normalize_text(text: str, language: str | None) -> str:
    """NFKC without losing ZWNJ, Persian letters for Persian, one space between words, lines kept."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(_PERSIAN if language == "fa" else _COMMON)
    if _ZWNJ in text:
        text = _ZWNJ_RUNS.sub(_ZWNJ, text)
        text = _ZWNJ_AT_SPACE.sub(_zwnj, text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")
