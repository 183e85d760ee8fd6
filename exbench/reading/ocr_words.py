"""Words of an OCRed page: placed on the image, grouped in lines, their digits checked glyph by glyph.

Tesseract's Persian model misreads Persian digits with high confidence (see
ocr_digits.py), reads a lone ۷ as a guillemet, ۱ as alef, and a bullet as ۰; its boxes
round a number sometimes leave out a digit it did not recognise. Each word is
put right here where its glyphs settle it, and marked unsure where they do not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from scipy import ndimage

from exbench.reading.ink import ink_mask
from exbench.reading.ocr_digits import DIGIT_RUN, reread_number
from exbench.reading.ocr_vocabulary import fix_look_alikes
from exbench.reading.page import LOW_CONFIDENCE

UNSURE_NUMBER = 30.0  # the confidence given to a number whose glyphs could not be settled


@dataclass(frozen=True)
class Word:
    """A word as Tesseract returned it, placed on the page image."""

    text: str
    confidence: float
    left: int
    top: int
    width: int
    height: int
    block: int = 0


def words_by_line(data: dict[str, list], left: int = 0, top: int = 0) -> list[list[Word]]:
    """The words of each text line, in Tesseract's reading order, placed on the page (offset by left, top)."""
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for index, level in enumerate(data["level"]):
        text = str(data["text"][index]).strip()
        if level == 5 and text:
            key = (data["block_num"][index], data["par_num"][index], data["line_num"][index])
            lines.setdefault(key, []).append(
                Word(
                    text,
                    max(float(data["conf"][index]), 0.0),
                    data["left"][index] + left,
                    data["top"][index] + top,
                    data["width"][index],
                    data["height"][index],
                    data["block_num"][index],
                )
            )
    return list(lines.values())


def _span(word: Word, line: list[Word]) -> tuple[int, int]:
    """Columns to look for the word's glyphs in: out to its neighbours on the line.

    Tesseract's box sometimes leaves out a digit it did not recognise (۷۱
    read as ۱, boxed round the ۱ alone), so the glyphs are looked for up to
    the next word on either side, at most a few letter heights away.
    """
    reach = 3 * word.height
    left = max([w.left + w.width for w in line if w.left + w.width <= word.left] + [word.left - reach])
    right = min([w.left for w in line if w.left >= word.left + word.width] + [word.left + word.width + reach])
    return max(left + 1, word.left - reach), min(right - 1, word.left + word.width + reach)


_STAR_BULLETS = "*٭✱"
# A lone mark no Persian word is made of: Tesseract's reading of a lone digit's glyph (۷ as a guillemet or a hamza,
# ۱ as alef, ۴ as a question mark), as in a criterion's heading "معیار ۱:" read "معیار ا:".
_LOOKS_LIKE_DIGIT = re.compile(r"[»«ءا؟]([:.]?)")


def _reread(word: Word, line: list[Word], gray: np.ndarray, text: str) -> tuple[str, float] | None:
    """`text` with its digits read from the word's glyphs (see ocr_digits), or None when they do not settle it.

    The glyphs are looked for in Tesseract's box; only when Tesseract was itself unsure of the word are
    they looked for out to its neighbours too, since a wider look may take in a neighbour's alef (ا),
    which is drawn like ۱.
    """
    pad = max(2, word.height // 6)
    rows = slice(max(word.top - pad, 0), word.top + word.height + pad)
    tight = reread_number(text, gray[rows, max(word.left - pad, 0) : word.left + word.width + pad])
    left, right = _span(word, line)
    wide = reread_number(text, gray[rows, max(left, 0) : right])
    if word.confidence >= LOW_CONFIDENCE and tight is not None:
        return wide if wide is not None and _extends(tight[0], wide[0]) else tight
    return wide or tight


_LOOK_LIKE_LETTERS = set("۱1١۰0٠")  # ۱ is drawn like alef, ۰ like a dot: not trusted as a digit left out of a box


def _extends(tight: str, wide: str) -> bool:
    """Whether the wider look found the same numbers with digits Tesseract's box left out (۶۱۲ boxed as ۱۲).

    Only digits that no letter or mark looks like are taken from outside the box.
    """
    tight_runs, wide_runs = DIGIT_RUN.findall(tight), DIGIT_RUN.findall(wide)
    if len(tight_runs) != len(wide_runs) or tight_runs == wide_runs:
        return False
    for inner, outer in zip(tight_runs, wide_runs, strict=True):
        start = outer.find(inner)
        if start < 0 or set(outer[:start] + outer[start + len(inner) :]) & _LOOK_LIKE_LETTERS:
            return False
    return True


def _short(word: Word, line: list[Word]) -> bool:
    """The word stands lower than most words of its line: digits are as tall as letters, marks are not."""
    others = sorted(w.height for w in line if w is not word)
    return bool(others) and word.height < 0.6 * others[len(others) // 2]


COMMA_SHAPE = 1.5  # a Persian comma's mark is this much taller than wide at least (measured 1.5-2.0); a full stop 1.0-1.4


def _glyph_blobs(word: Word, gray: np.ndarray) -> tuple[np.ndarray, int]:
    """The connected pieces of ink in the word's box, labelled (as scipy labels them), and how many; none on a
    box without contrast."""
    crop = gray[max(word.top, 0) : word.top + word.height, max(word.left, 0) : word.left + word.width]
    if crop.size == 0 or int(crop.max()) - int(crop.min()) < 40:
        return np.zeros((0, 0), int), 0
    labels, count = ndimage.label(ink_mask(crop))
    return labels, int(count)


def _persian_comma(word: Word, gray: np.ndarray) -> bool:
    """Whether the mark ending the word (its leftmost glyph: Persian runs right to left) is a comma, not a full stop.

    The Persian model reads "،" as "." or ",": "در بخش جهت‌گیری، معیار ۱" came back
    "جهت‌گیری. معیار ۱", and a full stop there cuts the sentence in two. The comma's
    mark is a tall tick (about 10 x 5 pixels at 300 dpi), the full stop a round dot (6 x 6).
    """
    labels, count = _glyph_blobs(word, gray)
    if not count:
        return False
    rows, columns = min(ndimage.find_objects(labels), key=lambda box: box[1].start)
    return rows.stop - rows.start >= COMMA_SHAPE * (columns.stop - columns.start)


_ROUND_LOOK_ALIKES = set("eo©®@°«»")  # what the Latin models make of a list bullet (•) that opens a line
DISC_FILL = 0.68  # share of its box a solid disc fills (π/4 = 0.785 drawn sharp); an "e" or "o" fills about half


def _disc(word: Word, gray: np.ndarray) -> bool:
    """Whether the word's ink is one solid round blob, a bullet: about as wide as high, filling its box, no hole."""
    labels, count = _glyph_blobs(word, gray)
    if not count:
        return False
    sizes = ndimage.sum_labels(np.ones_like(labels), labels, range(1, count + 1))
    blob = labels == int(np.argmax(sizes)) + 1
    rows, columns = ndimage.find_objects(blob.astype(int))[0]
    height, width = rows.stop - rows.start, columns.stop - columns.start
    area = int(blob.sum())
    solid = int(ndimage.binary_fill_holes(blob).sum())
    return 0.7 <= width / height <= 1.4 and area >= DISC_FILL * height * width and solid <= 1.05 * area


def read_word(word: Word, line: list[Word], gray: np.ndarray, persian: bool) -> tuple[str, float]:
    """The word's text and confidence; on a Persian page its digits are re-read from their glyphs."""
    text, confidence = fix_look_alikes(word.text), word.confidence
    if persian and len(text) > 1 and text[-1] in ".," and not DIGIT_RUN.fullmatch(text[:-1]) and _persian_comma(word, gray):
        text = text[:-1] + "،"
    if word is line[0] and text[:1] in _STAR_BULLETS:  # a list bullet (•) read as an asterisk, glued to the word
        text = "•" + (" " + text[1:] if text[1:] else "")
    if not persian and word is line[0] and len(line) > 1 and text in _ROUND_LOOK_ALIKES and _disc(word, gray):
        return "•", round(confidence, 1)  # a list bullet read as a letter would join the item's first word
    if persian and text in ("۰", "0", "٠"):  # a lone zero glyph between words is a bullet (•): the same dot
        return "•", round(confidence, 1)
    if persian and (lone := _LOOKS_LIKE_DIGIT.fullmatch(text)):  # a digit only where its one glyph matches one
        digit = _reread(word, line, gray, "۰" + lone.group(1))
        if digit is not None and len(DIGIT_RUN.findall(digit[0])[0]) == 1:
            return digit[0], round(100.0 * digit[1], 1)
        return text, round(confidence, 1)
    if persian and len(text) == 1 and DIGIT_RUN.fullmatch(text) and _short(word, line):
        return text, min(confidence, UNSURE_NUMBER)  # a lone mark half the line's height (›, |) read as ۱
    if persian and DIGIT_RUN.search(text):
        reread = _reread(word, line, gray, text)
        if reread is None:
            return text, min(confidence, UNSURE_NUMBER)
        text, score = reread
        confidence = min(confidence, 100.0 * score) if text == word.text else 100.0 * score
    return text, round(confidence, 1)


TABLE_CELL_WORDS = 3  # a block whose lines average this many words or fewer is a column of table cells


def table_columns(lines: list[list[Word]]) -> bool:
    """Tesseract read a table column by column: blocks side by side whose lines share rows, one of them of short cells.

    Columns of running text also sit side by side, but their lines are long;
    a table read column-wise loses which cells belong together, so it is read
    again as one block (--psm 6), row by row.
    """
    spans = [(line[0].block, min(w.top for w in line), max(w.top + w.height for w in line), len(line)) for line in lines]
    aligned: set[int] = set()
    for i, (block_a, top_a, bottom_a, _n) in enumerate(spans):
        for j, (block_b, top_b, bottom_b, _m) in enumerate(spans[i + 1 :], start=i + 1):
            overlap = min(bottom_a, bottom_b) - max(top_a, top_b)
            if block_a != block_b and overlap > 0.5 * min(bottom_a - top_a, bottom_b - top_b):
                aligned |= {i, j}
    if len(aligned) < 6:
        return False
    words: dict[int, list[int]] = {}
    for index in aligned:
        words.setdefault(spans[index][0], []).append(spans[index][3])
    return len(words) >= 2 and min(sum(counts) / len(counts) for counts in words.values()) <= TABLE_CELL_WORDS
