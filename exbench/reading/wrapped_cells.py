"""Words that a squeezed table cell wraps in the middle, put back together.

LibreOffice breaks a word that is wider than its table column wherever the
column ends: "خراسان رضوی" in a narrow cell prints as "خرا", "سان", "رضو",
"ی", four lines. Read line by line, no word survives. The lines of such a
column stand one under another, a small share of the page wide, and some
line ends or starts with a piece of a word (not a word of the vocabulary);
other lines are left as they are. Between two
of them the break is a space where the stream stores one at the line's end,
or where the next line's first letter would easily have fitted on the line (a
printer breaks a word only when it must), or not at all where the stream keeps
a non-joiner at the line's end; elsewhere it may be a space, a
zero-width non-joiner or nothing, and the reading with the most letters in
words of the vocabulary (then the fewest words) is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import product

from exbench.language.scripts import DUAL_JOINING
from exbench.language.text import fold
from exbench.reading.direction import is_rtl_char
from exbench.reading.stacked_cells import Glyph
from exbench.reading.vocabulary import has_vocabulary, is_word_as_written

LANGUAGE = "fa"  # the right-to-left language whose vocabulary judges the joins
NARROW = 0.35  # a column wrapping words mid-word is at most this share of the page's widest line
# One line to the next of the same cell: at most this many letter heights (the page's median glyph box, a
# letter's ink: about half the font size) below it, and not much further down than the cell's step before.
MAX_STEP = 5.0
STEP_GROWTH = 1.4
# The next line's first letter would have fitted in this share of the column: the printer broke at a space.
# (Not the whole column: LibreOffice breaks "مشتریا" | "ن" where ن would just have fitted.)
ROOM = 0.75
MAX_CHOICES = 7  # undecided breaks in one cell whose readings are all tried (3^7 readings at most)


def _letters(line: list[Glyph]) -> list[Glyph]:
    return [g for g in line if not g.text.isspace()]


def _fragment(item: list[Glyph] | Glyph) -> bool:
    """Whether a stream line is right-to-left letters only, as a wrapped cell's lines are."""
    if not isinstance(item, list):
        return False
    glyphs = _letters(item)
    return bool(glyphs) and all(is_rtl_char(g.text[0]) or g.text == "\u200c" for g in glyphs)


def _box(line: list[Glyph]) -> tuple[float, float, float, float]:
    glyphs = _letters(line)
    return min(g.left for g in glyphs), max(g.right for g in glyphs), min(g.bottom for g in glyphs), max(g.top for g in glyphs)


def _height(lines: list[list[Glyph]]) -> float:
    heights = sorted(g.top - g.bottom for line in lines for g in _letters(line) if g.top > g.bottom)
    return heights[len(heights) // 2] if heights else 8.0


def _step(upper: list[Glyph], lower: list[Glyph]) -> float | None:
    """How far below `upper` the line `lower` starts, when it stands in `upper`'s column; else None."""
    u_left, u_right, u_bottom, _ = _box(upper)
    l_left, l_right, _, l_top = _box(lower)
    overlap = min(u_right, l_right) - max(u_left, l_left)
    step = u_bottom - l_top
    return step if overlap > 0.5 * min(u_right - u_left, l_right - l_left) and step > 0 else None


def _score(text: str) -> tuple[int, int]:
    """(letters in words of the vocabulary as written, minus the number of words): the better reading is the larger.

    As written: a join with a non-joiner counts only where the vocabulary writes the word with one.
    """
    words = text.split()
    known = sum(len(word) - word.count("\u200c") for word in words if is_word_as_written(fold(word), LANGUAGE))
    return known, -len(words)


def _broken(texts: list[str]) -> bool:
    """Whether the printer broke a word of the cell: a line ends or starts with a piece of a word (not a word of the
    vocabulary), or the words either side of a break make one word."""
    for upper, lower in zip(texts, texts[1:], strict=False):
        last, first = upper.split()[-1:], lower.split()[:1]
        if any(not is_word_as_written(fold(word), LANGUAGE) for word in last + first):
            return True
        if last and first and is_word_as_written(fold(last[0] + first[0]), LANGUAGE):
            return True
    return False


def _joined(texts: list[str], lines: list[list[Glyph]], width: float) -> str:
    """The cell's text: each break a space, or decided by the vocabulary where the printer may have broken a word."""
    choices: list[tuple[str, ...]] = []
    for upper, lower, text in zip(lines, lines[1:], texts, strict=False):
        left, right, _, _ = _box(upper)
        first = max(_letters(lower), key=lambda g: g.right)  # the next line's first letter is its rightmost
        if text.endswith("\u200c"):
            choices.append(("",))  # the stream keeps the non-joiner the word was broken at ("کسب‌" over "شده")
        elif upper[-1].text.isspace() or (right - left) + (first.right - first.left) < ROOM * width:
            choices.append((" ",))
        else:
            choices.append(("", " ", "\u200c") if text[-1:] in DUAL_JOINING else ("", " "))
    if sum(len(c) > 1 for c in choices) > MAX_CHOICES:
        return " ".join(texts)
    best, best_score = "", (-1, 0)
    for seps in product(*choices):
        text = texts[0] + "".join(sep + part for sep, part in zip(seps, texts[1:], strict=False))
        score = _score(text)
        if score > best_score:
            best, best_score = text, score
    return best


def rewrapped(items: list, line_text: Callable[[list[Glyph]], str]) -> list:
    """The items, with each run of lines a squeezed cell wrapped mid-word as one text (a Glyph over the cell)."""
    if not has_vocabulary(LANGUAGE):
        return items
    lines = [item for item in items if isinstance(item, list) and _letters(item)]
    height = _height(lines)
    page_width = max((_box(line)[1] - _box(line)[0] for line in lines), default=0.0)
    out: list = []
    index = 0
    while index < len(items):
        end = index + 1
        last_step = MAX_STEP * height
        while end < len(items) and _fragment(items[end - 1]) and _fragment(items[end]):
            step = _step(items[end - 1], items[end])
            if step is None or step > min(MAX_STEP * height, STEP_GROWTH * last_step):
                break
            last_step = step
            end += 1
        cell = items[index:end]
        width = max((_box(line)[1] - _box(line)[0] for line in cell), default=0.0) if end - index > 1 else 0.0
        texts = [line_text(line).strip() for line in cell] if end - index > 1 and width <= NARROW * page_width else []
        if not _broken(texts):
            out.append(items[index])
            index += 1
            continue
        boxes = [_box(line) for line in cell]
        out.append(
            Glyph(
                _joined(texts, cell, width),
                min(b[0] for b in boxes),
                max(b[1] for b in boxes),
                min(b[2] for b in boxes),
                max(b[3] for b in boxes),
                _letters(cell[0])[0].index,
            )
        )
        index = end
    return out
