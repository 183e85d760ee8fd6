"""Page geometry for OCR: straighten a crooked scan, lift table rules off it, and find text lines Tesseract left out.

A sheet laid a degree off on the glass makes every line climb across the
page; Tesseract copes, but the digit re-reading and the line check below
need level lines, so the page is turned straight first (the angle that makes
the rows of ink sharpest, as in projection-profile deskewing).

Tesseract's layout analysis loses ruled tables: the cell borders read as
pictures or split the rows, so a score table came back as "55 / 0 / ME" or
not at all (held-out scans: every ruled score table, Turkish, English and
Persian). Long thin rules are found by morphological opening (ink that
stays ink along a run longer than any letter's stroke) and painted white,
outside filled areas (white text on a dark band), before Tesseract reads
the page.

Tesseract's page layout analysis sometimes drops a whole line of Persian
text, the wrapped end of a paragraph most often (seen on our own scans: a
line holding "۲۲" and a two-word line vanished). Ink rows are cheap to find,
so every band of ink that no recognised word stands on is read again as a
single line and put back in its place.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image
from scipy import ndimage

from exbench.reading.ink import ink_mask

MAX_SKEW = 3.0  # degrees; beyond this a page is turned, not crooked (script detection handles that)
MIN_SKEW = 0.1  # below this, turning costs more sharpness than it gains


def _sharpness(ink: np.ndarray) -> float:
    rows = ink.sum(axis=1).astype(np.float64)
    return float(np.square(np.diff(rows)).sum())


def skew_angle(gray: Image.Image) -> float:
    """Degrees to turn the page (counter-clockwise) so its lines lie level; 0 when already level."""
    small = gray.reduce(4) if min(gray.size) > 800 else gray
    ink = ink_mask(np.asarray(small, np.uint8))
    if ink.sum() < 200:
        return 0.0
    picture = Image.fromarray((ink * 255).astype(np.uint8))

    def score(angle: float) -> float:
        turned = picture.rotate(angle, resample=Image.NEAREST, fillcolor=0)
        return _sharpness(np.asarray(turned) > 127)

    coarse = max(np.arange(-MAX_SKEW, MAX_SKEW + 0.01, 0.25), key=score)
    fine = max(np.arange(coarse - 0.25, coarse + 0.26, 0.05), key=score)
    return round(float(fine), 2) if abs(fine) >= MIN_SKEW else 0.0


def deskewed(gray: Image.Image) -> Image.Image:
    """The page turned level (white where turning uncovers the corners)."""
    angle = skew_angle(gray)
    return gray.rotate(angle, resample=Image.BICUBIC, fillcolor=255) if angle else gray


# Share of the page's shorter side: 255 px at 300 dpi. Table rules run far longer; Persian text
# justified with kashida (LibreOffice stretches words so) holds strokes over 100 px, which must stay.
RULE_LENGTH = 1 / 10
RULE_MARGIN = 5  # pixels around a rule painted white too: its anti-aliased and noisy edges
FILLED_WINDOW = 1 / 150  # of the page's longer side: ~22 px at 300 dpi, a line of small type
FILLED = 0.5  # share of ink around a pixel above which it lies in a filled area, not on a rule


def _opened(ink: np.ndarray, length: int, axis: int) -> np.ndarray:
    """The ink that lies on a run of at least `length` pixels along `axis` (1-D erosion then dilation)."""
    return ndimage.maximum_filter1d(ndimage.minimum_filter1d(ink, length, axis=axis), length, axis=axis)


def without_rules(gray_image: Image.Image) -> Image.Image:
    """The page with its table rules and underlines painted white; the page itself when it has none."""
    gray = np.asarray(gray_image, np.uint8)
    ink = ink_mask(gray).astype(np.uint8)
    length = max(20, int(RULE_LENGTH * min(gray.shape)))
    rules = _opened(ink, length, 1) | _opened(ink, length, 0)
    if not rules.any():
        return gray_image
    step = 4  # filled areas are measured on a quarter-size page, which is fast
    window = max(3, int(FILLED_WINDOW * max(gray.shape)) // step)  # about a line of small type
    small = ink[::step, ::step].astype(np.float32)
    filled = ndimage.maximum_filter(ndimage.uniform_filter(small, size=window) > FILLED, size=2 * window)
    filled = np.repeat(np.repeat(filled, step, axis=0), step, axis=1)[: gray.shape[0], : gray.shape[1]]
    rules[filled] = 0
    if not rules.any():
        return gray_image
    rules = ndimage.maximum_filter1d(ndimage.maximum_filter1d(rules, RULE_MARGIN, axis=0), RULE_MARGIN, axis=1)
    cleaned = gray.copy()
    cleaned[rules.astype(bool)] = 255
    return Image.fromarray(cleaned)


@dataclass(frozen=True)
class Band:
    """A horizontal strip of ink: one printed line (its dots and marks included)."""

    top: int
    bottom: int
    left: int
    right: int

    @property
    def height(self) -> int:
        return self.bottom - self.top


def ink_bands(gray: np.ndarray) -> list[Band]:
    """The lines of ink on a level page, top to bottom; specks and rules left out."""
    ink = ink_mask(gray)
    width = ink.shape[1]
    rows = ink.sum(axis=1) > max(2, width // 500)
    runs: list[list[int]] = []
    start = None
    for index, filled in enumerate(np.append(rows, False)):
        if filled and start is None:
            start = index
        elif not filled and start is not None:
            runs.append([start, index])
            start = None
    if not runs:
        return []
    typical = float(np.median([b - a for a, b in runs]))
    merged: list[list[int]] = []
    for run in runs:  # dots above and below a Persian line are part of it
        if merged and run[0] - merged[-1][1] < 0.3 * typical:
            merged[-1][1] = run[1]
        else:
            merged.append(run)
    bands = []
    for top, bottom in merged:
        columns = np.nonzero(ink[top:bottom].any(axis=0))[0]
        if bottom - top < 0.4 * typical or len(columns) < 3:
            continue
        bands.append(Band(top, bottom, int(columns[0]), int(columns[-1]) + 1))
    return bands


def uncovered(bands: list[Band], word_boxes: list[tuple[int, int, int, int]]) -> list[Band]:
    """Bands with no recognised word on them: (left, top, width, height) boxes of the words read."""
    centres = [top + height / 2 for _left, top, _width, height in word_boxes]
    return [band for band in bands if not any(band.top <= centre <= band.bottom for centre in centres)]
