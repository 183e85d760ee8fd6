"""The gap that parts words on a page, measured from its own glyphs.

Between letters of a word that do not join (after ا, د, ر, و...) fonts leave
a small gap; between words a larger one; how large depends on the font and
the producer, so each page measures its own (rtl_lines.py puts a space where
two glyphs stand further apart than this).
"""

from __future__ import annotations

from exbench.reading.direction import is_rtl_char
from exbench.reading.pen_gaps import bear_unknown
from exbench.reading.split_lines import median_height
from exbench.reading.stacked_cells import Glyph

__all__ = ["WORD_GAP", "DocumentGaps", "word_gap"]

WORD_GAP = 0.33  # default word gap (share of the median glyph height) when a page has too few gaps to measure

_BIN = 0.025


class DocumentGaps:
    """The word gaps a document's pages measured, for its pages with too few gaps of their own.

    A short page (a score table, a closing line) prints in the fonts of the
    pages before it; with DejaVu Sans, Chromium's gaps after ا, د, ر stand
    wider than WORD_GAP, which the measured pages show and the default would
    read as word gaps ("سازما نی").
    """

    def __init__(self) -> None:
        self.measured: list[float] = []
        self.bearings: list[float | None] = []  # the pages' widest right bearings (pen_gaps.py), None where unclear

    def gap(self, lines: list[list[Glyph]]) -> float:
        bear_unknown(lines, self.bearings)
        own = measured_gap(lines)
        if own is not None:
            self.measured.append(own)
            return own
        return sorted(self.measured)[len(self.measured) // 2] if self.measured else WORD_GAP


def word_gap(lines: list[list[Glyph]]) -> float:
    """The gap that separates words on this page, WORD_GAP when it has too few gaps to tell."""
    bear_unknown(lines, [])
    own = measured_gap(lines)
    return WORD_GAP if own is None else own


def measured_gap(lines: list[list[Glyph]]) -> float | None:
    """The gap (as a share of glyph height) that separates words on this page.

    Between letters of a word that do not join (after ا, د, ر, و...) fonts
    leave a small gap; between words a larger one; how large depends on the
    font. The page's gaps form two clusters, found by Otsu's method; the
    threshold is the widest empty stretch (else the rarest gaps) between the
    clusters' means. None with too few gaps to tell.
    """
    ratios = []
    for line in lines:
        glyphs = sorted((g for g in line if not g.text.isspace()), key=lambda g: (g.left + g.right) / 2)
        height = median_height(glyphs)
        ratios += [
            (b.left - a.right) / height
            for a, b in zip(glyphs, glyphs[1:], strict=False)
            if is_rtl_char(a.text[0]) and is_rtl_char(b.text[0]) and 0.1 < (b.left - a.right) / height < 1.5
        ]
    if len(ratios) < 30:
        return None
    ratios.sort()
    best, split = -1.0, None
    total, count = sum(ratios), len(ratios)
    running = 0.0
    for index in range(1, count):
        running += ratios[index - 1]
        low_mean, high_mean = running / index, (total - running) / (count - index)
        between = index * (count - index) * (low_mean - high_mean) ** 2
        if between > best:
            best, split = between, (low_mean, high_mean)
    if split is None:
        return None
    # Otsu finds the two clusters; the threshold goes in the widest empty stretch between their
    # means, or, where no stretch is empty, where gaps are rarest.
    low, high = split
    inside = [r for r in ratios if low <= r <= high]
    if len(inside) >= 2:
        width, middle_of_gap = max((b - a, (a + b) / 2) for a, b in zip(inside, inside[1:], strict=False))
        if width >= 0.03:
            return min(max(middle_of_gap, 0.2), 0.9)
    bins = max(1, int((high - low) / _BIN))
    counts = [0] * bins
    for ratio in ratios:
        if low <= ratio < high:
            counts[min(bins - 1, int((ratio - low) / _BIN))] += 1
    centre_bin = (bins - 1) / 2
    rarest = min(range(bins), key=lambda b: (counts[b], abs(b - centre_bin)))
    return min(max(low + (rarest + 0.5) * _BIN, 0.2), 0.9)
