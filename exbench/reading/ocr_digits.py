"""Re-read the numbers of an OCRed page glyph by glyph.

Tesseract's Persian model misreads Persian digits with high confidence (۱۴۰۲
comes back as ۱۲۰۲, ۱۶۸ as ۱۱۸, measured on our own printed pages), and a
benchmark built on wrong counts is worse than none. Digits are easy shapes,
though: each is one connected glyph (۰ a dot at mid-height), printed apart
from its neighbours. So every word Tesseract reads as holding a number is cut
into glyphs, and each glyph is matched against digit templates rendered from
common Persian and Latin fonts (scripts/make_digit_templates.py). The result
replaces Tesseract's digits only when the glyphs settle it: as many numbers as
Tesseract saw, every glyph a confident match. Otherwise the word is reported
as unsure, so a fact quoting it is flagged rather than trusted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from PIL import Image
from scipy import ndimage

from exbench.language import ARABIC_INDIC, ASCII, PERSIAN, digit_range
from exbench.reading.ink import ink_mask

TEMPLATE_FILE = Path(__file__).resolve().parent / "data" / "digit_templates.npz"
SIZE = 24  # templates and glyphs are compared as SIZE x SIZE squares
MIN_SCORE = 0.80  # correlation below this is not a digit on its own (letters score 0.3 to 0.78)
AMBIGUOUS = "?"  # a digit, but which one the glyph does not say: the number it is in stays unsure
MARGIN = 0.04  # a glyph must match its digit this much better than any other digit
NEIGHBOUR_SCORE = 0.72  # ...but next to a sure digit, a worn digit (a noisy ۷ at 0.78) is taken, at its own score
DIGIT_RUN = re.compile(f"[{digit_range(ASCII, PERSIAN, ARABIC_INDIC)}]+")
_NUMBER_CHARS = ASCII + PERSIAN + ARABIC_INDIC + "/.-:٫٬،,"  # what a word of numbers alone holds


def glyph_bitmap(ink: np.ndarray) -> np.ndarray:
    """A glyph's ink cropped, centred in a square (keeping its proportions) and scaled to SIZE."""
    rows, cols = np.nonzero(ink)
    crop = ink[rows.min() : rows.max() + 1, cols.min() : cols.max() + 1]
    height, width = crop.shape
    side = max(height, width)
    square = np.zeros((side, side), np.uint8)
    top, left = (side - height) // 2, (side - width) // 2
    square[top : top + height, left : left + width] = crop * 255
    return np.asarray(Image.fromarray(square).resize((SIZE, SIZE), Image.BILINEAR), np.uint8)


def _unit(bitmap: np.ndarray) -> np.ndarray | None:
    vector = bitmap.astype(np.float32).ravel()
    vector -= vector.mean()
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else None


@lru_cache(maxsize=1)
def _templates() -> tuple[np.ndarray, list[str]]:
    data = np.load(TEMPLATE_FILE)
    vectors, labels = [], []
    for bitmap, label in zip(data["bitmaps"], data["labels"], strict=False):
        vector = _unit(bitmap)
        if vector is not None:
            vectors.append(vector)
            labels.append(str(label))
    return np.stack(vectors), labels


@dataclass(frozen=True)
class Glyph:
    """One glyph of a word image, left to right: the digit it matches best (None if no digit) and how well."""

    left: int
    right: int
    top: int
    bottom: int
    digit: str | None
    score: float
    candidate: str | None = None  # the best-matching digit, even when too weak to count alone


def _columns(ink: np.ndarray) -> list[tuple[int, int, int, int, np.ndarray]]:
    """Connected pieces of ink, merged when they share most of their width (a letter and its dots)."""
    labels, _count = ndimage.label(ink, structure=np.ones((3, 3), bool))
    pieces = []
    for index, box in enumerate(ndimage.find_objects(labels), start=1):
        if box is None:
            continue
        pieces.append([box[1].start, box[1].stop, box[0].start, box[0].stop, [index]])
    pieces.sort()
    merged: list[list] = []
    for piece in pieces:
        if merged:
            last = merged[-1]
            overlap = min(last[1], piece[1]) - max(last[0], piece[0])
            if overlap > 0.5 * min(last[1] - last[0], piece[1] - piece[0]):
                last[0], last[1] = min(last[0], piece[0]), max(last[1], piece[1])
                last[2], last[3] = min(last[2], piece[2]), max(last[3], piece[3])
                last[4] += piece[4]
                continue
        merged.append(piece)
    return [(left, right, top, bottom, np.isin(labels[top:bottom, left:right], ids)) for left, right, top, bottom, ids in merged]


def read_glyphs(gray: np.ndarray) -> list[Glyph]:
    """The glyphs of a grey word image (dark ink on light paper), each matched against the digits."""
    if gray.size == 0 or int(gray.max()) - int(gray.min()) < 40:
        return []
    ink = ink_mask(gray)
    columns = [c for c in _columns(ink) if c[4].sum() >= 4]  # specks of scanner noise are not glyphs
    if not columns:
        return []
    tallest = max(bottom - top for _l, _r, top, bottom, _m in columns)
    vectors, labels = _templates()
    glyphs = []
    for left, right, top, bottom, mask in columns:
        height, width = bottom - top, right - left
        if height < 0.45 * tallest and width < 0.45 * tallest:
            glyphs.append(Glyph(left, right, top, bottom, "dot", 1.0))  # ۰, or a full stop: placed later
            continue
        vector = _unit(glyph_bitmap(mask))
        if vector is None:
            continue
        scores = vectors @ vector
        best = int(scores.argmax())
        score = float(scores[best])
        script = PERSIAN if labels[best] in PERSIAN else ASCII
        rival = max(
            (float(v) for v, label in zip(scores, labels, strict=False) if label in script and label != labels[best]), default=0.0
        )
        if score - rival < MARGIN:  # as like another digit of its script (۲ and ۳ in a small grey font): no verdict
            glyphs.append(Glyph(left, right, top, bottom, AMBIGUOUS, score, None))
            continue
        glyphs.append(Glyph(left, right, top, bottom, labels[best] if score >= MIN_SCORE else None, score, labels[best]))
    return _with_worn_digits(glyphs)


def _with_worn_digits(glyphs: list[Glyph]) -> list[Glyph]:
    """Weak matches touching a sure digit become digits: a number's glyphs stand together."""
    result = list(glyphs)
    for index, glyph in enumerate(glyphs):
        if glyph.digit is not None or glyph.score < NEIGHBOUR_SCORE:
            continue
        gap = 0.6 * (glyph.bottom - glyph.top)
        neighbours = [glyphs[i] for i in (index - 1, index + 1) if 0 <= i < len(glyphs)]
        if any(
            n.digit not in (None, "dot", AMBIGUOUS) and min(abs(n.left - glyph.right), abs(glyph.left - n.right)) <= gap
            for n in neighbours
        ):
            result[index] = Glyph(glyph.left, glyph.right, glyph.top, glyph.bottom, glyph.candidate, glyph.score, glyph.candidate)
    return result


BRACKET_HEIGHT = 1.25  # a stroke this many times taller than the digits beside it is a bracket, not ۱


def _brackets_out(glyphs: list[Glyph]) -> list[Glyph]:
    """Glyphs read as ۱ or 1 that stand taller than the other digits of the word count as no digit.

    A bracket beside a number is a stroke like ۱ but reaches above and below
    the digits: "(سال ۱۴۰۲)" was read ۱۱۴۰۲ and "(۴ ارزیاب" ۴۱, numbers that
    were wrong and trusted.
    """
    digits = [g for g in glyphs if g.digit not in (None, "dot", AMBIGUOUS)]
    result = []
    for glyph in glyphs:
        others = [g.bottom - g.top for g in digits if g is not glyph and g.digit not in ("۱", "1")]
        if glyph.digit in ("۱", "1") and others and glyph.bottom - glyph.top > BRACKET_HEIGHT * float(np.median(others)):
            glyph = Glyph(glyph.left, glyph.right, glyph.top, glyph.bottom, None, glyph.score, glyph.candidate)
        result.append(glyph)
    return result


def _runs(glyphs: list[Glyph]) -> list[tuple[str, float]]:
    """Numbers in the glyphs, left to right, each with its weakest match."""
    glyphs = _brackets_out(glyphs)
    digits = [g for g in glyphs if g.digit not in (None, "dot", AMBIGUOUS)]
    if not digits:
        return []
    top = float(np.median([g.top for g in digits]))
    bottom = float(np.median([g.bottom for g in digits]))
    height = bottom - top
    runs: list[tuple[str, float]] = []
    current, weakest, last_right = "", 1.0, None
    for glyph in glyphs:
        digit = glyph.digit
        if digit == "dot":  # a zero sits at mid-height; a full stop on the baseline
            middle = (glyph.top + glyph.bottom) / 2
            digit = PERSIAN[0] if top + 0.25 * height <= middle <= bottom - 0.25 * height else None
        near = last_right is not None and glyph.left - last_right <= 0.6 * height
        if digit is None or (current and not near):
            if current:
                runs.append((current, weakest))
            current, weakest = "", 1.0
        if digit is not None:
            current += digit
            weakest = min(weakest, glyph.score)
        last_right = glyph.right
    if current:
        runs.append((current, weakest))
    return [(_one_script(run), score) for run, score in runs]


def _one_script(run: str) -> str:
    """Digits of one number in one script: the one most of its glyphs matched (۱ and 1 look alike)."""
    persian = sum(ch in PERSIAN for ch in run)
    if persian * 2 >= len(run):
        return run.translate(str.maketrans(ASCII, PERSIAN))
    return run.translate(str.maketrans(PERSIAN, ASCII))


def reread_number(word: str, gray: np.ndarray) -> tuple[str, float] | None:
    """The word with its digits read from the glyphs, and the weakest glyph's score.

    None when the glyphs do not settle it (a different count of numbers, or a
    glyph that matches no digit well): the caller then treats the word as unsure.
    """
    seen = DIGIT_RUN.findall(word)
    if not seen:
        return None
    runs = _runs(read_glyphs(gray))
    if len(runs) != len(seen) or any(AMBIGUOUS in run for run, _score in runs):
        return None
    if len(runs) > 1 and any(ch not in _NUMBER_CHARS for ch in word):
        return None  # numbers mixed with letters: their visual order is not their reading order
    replacements = iter(runs)
    weakest = min(score for _run, score in runs)
    return DIGIT_RUN.sub(lambda _m: next(replacements)[0], word), weakest
