"""Unicode normalization of page text: what every reading passes through.

Arabic presentation forms (what PDFs often carry) fold to base letters with
NFKC; lam-alef ligatures come out as لا. Persian text gets Persian yeh and kaf.
The zero-width non-joiner stays: in Persian it joins a word's parts
("می‌شود"), it is not a space. Bidi controls and tatweel carry nothing.
"""

from __future__ import annotations

import re
import unicodedata

_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\ufeff"), None)
_TATWEEL = {ord("\u0640"): None}
_PERSIAN_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ە": "ه"})
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_ZWNJ_RUNS = re.compile(r"\u200c+")
_ZWNJ_AT_SPACE = re.compile(r" ?\u200c ?")


def normalize_text(text: str, language: str | None) -> str:
    """NFKC without losing ZWNJ, Persian letters for Persian, one space between words, lines kept."""
    text = unicodedata.normalize("NFKC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.translate(_BIDI_CONTROLS).translate(_TATWEEL)
    if language == "fa":
        text = text.translate(_PERSIAN_LETTERS)
    text = _ZWNJ_RUNS.sub("\u200c", text)
    text = _ZWNJ_AT_SPACE.sub(lambda m: " " if " " in m.group(0) else "\u200c", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")
