"""Characters a PDF text layer stores for glyphs, put back to the text the page shows.

- Soft hyphen: Ghostscript and Word store the visible hyphen as U+00AD
  ("Internet­based", "sentences of 1­12 months"). At a line's end it is
  a word broken across lines, and the word is joined; anywhere else it is the
  hyphen the page shows, so "1-12" stays a range and never becomes 112.
- Symbol-font bullets: Word draws list bullets from Symbol or Wingdings,
  whose glyphs the text layer gives as private-use code points (U+F0B7,
  U+F0A7, U+F0D8). They are bullets, written "•".
- A hyphen that ended a line: pdfium gives it as U+FFFE and joins the two
  lines ("day-to\ufffeday", "intel\ufffelectual"). The halves are one word
  where together they are a word of the page's language and the second is
  none (a word the printer hyphenated); else the hyphen is the page's own
  ("three-day", "bank-advised", "b1-basvuru-2018", "part-time", and
  "day-to-day", whose last half is a compound's part).
- Lost ligatures: a font whose fi/fl/ffi/ffl glyph maps to one letter only
  gives "signiicant", "deconlicted". A Latin-script word that is not a word of
  its language, where adding the lost f's before one i or l gives exactly
  one word of it (vocabulary.py), is written as that word.
"""

from __future__ import annotations

import re

from exbench.language.text import fold
from exbench.reading.normalize import normalize_text
from exbench.reading.vocabulary import is_word

_SOFT_HYPHEN_AT_LINE_END = re.compile(r"\u00ad[ \t]*\r?\n[ \t]*")
_SYMBOL_FONT = re.compile(r"[\uf020-\uf0ff]")  # Symbol and Wingdings glyphs as private-use code points
BULLET = "\u2022"
_LATIN_WORD = re.compile(r"\b[A-Za-z\u00c0-\u024f]{3,}\b")
_LINE_END_HYPHEN = re.compile(r"((?:\w+-)*\w*)\ufffe(\w*)")  # the left half with a compound's parts before it
_LIGATURES = ("f", "ff")


def visible_text(raw: str) -> str:
    """The text layer with soft hyphens and symbol-font bullets as the page shows them."""
    if "\u00ad" in raw:
        raw = _SOFT_HYPHEN_AT_LINE_END.sub("", raw).replace("\u00ad", "-")
    return _SYMBOL_FONT.sub(BULLET, raw)


def _restored(word: str, language: str) -> str:
    if is_word(fold(word), language):
        return word
    candidates = {word[:index] + lost + word[index:] for index, char in enumerate(word) if char in "il" for lost in _LIGATURES}
    found = [candidate for candidate in candidates if is_word(fold(candidate), language)]
    return found[0] if len(found) == 1 else word


def restore_ligatures(text: str, language: str | None) -> str:
    """Words that lost the f's of an fi/fl/ffi/ffl ligature written whole, where the vocabulary is sure."""
    if language is None or not any(char in text for char in "il"):
        return text
    return _LATIN_WORD.sub(lambda match: _restored(match.group(0), language), text)


def line_end_hyphens(text: str, language: str | None) -> str:
    """pdfium's line-end hyphens (U+FFFE) as the page shows them: a word the printer hyphenated joined where
    the vocabulary knows the whole word, the hyphen the page prints everywhere else."""
    if "\ufffe" not in text:
        return text

    def shown(match: re.Match[str]) -> str:
        left, right = match.group(1), match.group(2)
        whole = left + right
        if left.isalpha() and right.isalpha() and right[0].islower() and is_word(fold(whole), language):  # no "day-to|day"
            if not is_word(fold(right), language):  # "intel|lectual"; "part|time" is two words joined by the hyphen
                return whole
        return left + "-" + right

    return _LINE_END_HYPHEN.sub(shown, text)


def layer_text(visible: str, language: str | None) -> str:
    """A text layer's visible text as the page's text: normalised, lost ligatures restored, line-end hyphens
    resolved; one chain for a whole page and for a table's cell, so a cell reads as the page does."""
    return line_end_hyphens(restore_ligatures(normalize_text(visible, language), language), language)
