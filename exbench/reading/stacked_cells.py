"""Letters stacked one a line in a squeezed table cell, read back as the cell's words and placed in their table row.

LibreOffice prints a table cell too narrow for its word one letter a line:
read line by line, no word survives. The glyphs' geometry tells the stack and
the row it stands in (rtl_lines.py reads the rest of the page).
"""

from __future__ import annotations

from dataclasses import dataclass

from exbench.reading.direction import is_rtl_char

_LINE_JUMP = 0.9  # of a glyph's height: the step from one visual line to the next, never a diacritic's

MIN_STACK = 3  # letters one a line in one column: fewer may be lines of their own
# Digits one a line, consecutive in the text stream, in one column: two already make a number ("١" over "٠"
# is ١٠), as a stream line of a digit alone is otherwise rare.
MIN_DIGIT_STACK = 2
_NUMBER_SIGNS = "%٪.,٫٬-/:"  # signs inside a number a squeezed cell stacks too ("۱", "-", "۲" is ۱-۲)
STACK_WORD_STEP = 1.5  # a step down this many times the usual one is a blank line: a space between words


@dataclass(slots=True)
class Glyph:
    text: str
    left: float
    right: float
    bottom: float
    top: float
    index: int = 0
    origin: float | None = None  # pen position on the baseline (pen_gaps.py)
    pen_end: float | None = None  # origin plus the glyph's advance, where the page shows it (pen_gaps.py)


def _single_letter(line: list[Glyph]) -> Glyph | None:
    """The line's one glyph when it is a right-to-left letter, a digit or a percent sign: what a squeezed cell stacks."""
    glyphs = [g for g in line if not g.text.isspace()]
    return glyphs[0] if len(glyphs) == 1 and _kind(glyphs[0]) is not None else None


def _kind(glyph: Glyph) -> str | None:
    """'letter' or 'digit': a stack holds one kind (the digits of a number, the letters of a word)."""
    char = glyph.text[0]
    if is_rtl_char(char):
        return "letter"
    return "digit" if char.isdigit() or char in _NUMBER_SIGNS else None


def _under(upper: Glyph, lower: Glyph) -> bool:
    """Whether `lower` stands below `upper` in the same narrow column."""
    overlap = min(upper.right, lower.right) - max(upper.left, lower.left)
    return overlap > 0 and lower.top <= (upper.top + upper.bottom) / 2


def _stack_text(stack: list[Glyph]) -> str:
    """A word (or words) printed one letter a line, top to bottom: a blank line's step between words."""
    steps = [(a.top + a.bottom - b.top - b.bottom) / 2 for a, b in zip(stack, stack[1:], strict=False)]
    usual = sorted(steps)[len(steps) // 2]
    parts = [stack[0].text]
    for step, glyph in zip(steps, stack[1:], strict=False):
        parts.append((" " if step > STACK_WORD_STEP * usual else "") + glyph.text)
    return "".join(parts)


def _standing(line: list[Glyph]) -> Glyph | None:
    """A stream line whose glyphs stand one under another (a number in a squeezed cell, "۱۰۰" a digit a line), as one text.

    Read by x, such a line's glyphs share one column and come out in any order
    ("۰۰۱"); top to bottom is their logical order.
    """
    glyphs = [g for g in line if not g.text.isspace()]
    if len(glyphs) < 2 or not all(_under(a, b) for a, b in zip(glyphs, glyphs[1:], strict=False)):
        return None
    return Glyph(
        _stack_text(glyphs),
        min(g.left for g in glyphs),
        max(g.right for g in glyphs),
        min(g.bottom for g in glyphs),
        max(g.top for g in glyphs),
        glyphs[0].index,
    )


def unstacked(lines: list[list[Glyph]]) -> list[list[Glyph] | Glyph]:
    """The stream lines, with each run of letters stacked in a narrow column (a squeezed table cell) as one text.

    LibreOffice prints a table cell too narrow for its word one letter a line
    ("م", "ع", "ی", "ا", "ر"): read line by line, no word survives. The first
    letter may share a stream line with a cell of another column, far to its side.
    """
    items: list[list[Glyph] | Glyph] = []
    index = 0
    while index < len(lines):
        stack: list[Glyph] = []
        end = index
        while (
            end < len(lines)
            and (glyph := _single_letter(lines[end])) is not None
            and (not stack or (_under(stack[-1], glyph) and _kind(glyph) == _kind(stack[0])))
        ):
            stack.append(glyph)
            end += 1
        if len(stack) < (MIN_DIGIT_STACK if stack and _kind(stack[0]) == "digit" else MIN_STACK):
            items.append(_standing(lines[index]) or lines[index])
            index += 1
            continue
        previous = items[-1] if items and isinstance(items[-1], list) else None
        head = next((g for g in reversed(previous) if not g.text.isspace()), None) if previous else None
        if head is not None and _kind(head) == _kind(stack[0]) and _under(head, stack[0]):
            others = [g for g in previous if g is not head and not g.text.isspace()]
            height = head.top - head.bottom
            if others and min(abs(g.left - head.right) for g in others) > 2 * height:
                previous.remove(head)
                stack.insert(0, head)
        items.append(
            Glyph(
                _stack_text(stack),
                min(g.left for g in stack),
                max(g.right for g in stack),
                min(g.bottom for g in stack),
                max(g.top for g in stack),
                stack[0].index,
            )
        )
        index = end
    return items


def middle(item: list[Glyph] | Glyph) -> float:
    glyphs = [g for g in item if not g.text.isspace()] if isinstance(item, list) else [item]
    return sum(g.top + g.bottom for g in glyphs) / (2 * len(glyphs)) if glyphs else 0.0


def span(item: list[Glyph] | Glyph) -> tuple[float, float]:
    glyphs = [g for g in item if not g.text.isspace()] if isinstance(item, list) else [item]
    return (min(g.left for g in glyphs), max(g.right for g in glyphs)) if glyphs else (0.0, 0.0)


@dataclass(slots=True)
class Row:
    members: list  # stacked cells (Glyph) and lines (list[Glyph]) of one table row


def cell_rows(items: list[list[Glyph] | Glyph]) -> list[list[Glyph] | Glyph | Row]:
    """Stacked cells with the other cells of their table row: the lines beside a stack, within its height.

    A row then reads as Chromium prints it, cell after cell from the right
    ("۲ نقطه قوت برنامه راهبردی ..."), a cell's lines top to bottom, instead
    of the number, the stacked word and the finding on lines of their own.
    """
    stacks = [item for item in items if isinstance(item, Glyph)]
    if not stacks:
        return items
    extents: list[list[float]] = []
    for stack in sorted(stacks, key=lambda s: -s.top):
        if extents and stack.top >= extents[-1][0]:
            extents[-1][0] = min(extents[-1][0], stack.bottom)
        else:
            extents.append([stack.bottom, stack.top])
    row_of: dict[int, int] = {}
    for position, item in enumerate(items):
        centre = middle(item)
        for number, (bottom, top) in enumerate(extents):
            if bottom <= centre <= top:
                row_of[position] = number
    out: list = []
    placed: set[int] = set()
    for position, item in enumerate(items):
        if position not in row_of:
            out.append(item)
        elif row_of[position] not in placed:
            placed.add(row_of[position])
            out.append(Row([items[p] for p in sorted(row_of) if row_of[p] == row_of[position]]))
    return out


def visual_lines(stream_lines: list[list[Glyph]]) -> list[list[Glyph]]:
    """A box's stream lines as its visual lines, top to bottom. A text stream's line may carry the words a
    wrapped line moved to the next ("... ریسک‌های" / "بزرگ عمدتاً ..." stored as one stream line): it is
    parted where its glyphs jump a line's height, and the parts are put on the lines they stand on."""
    inked = [g for line in stream_lines for g in line if not g.text.isspace()]
    if not inked:
        return []
    heights = sorted(g.top - g.bottom for g in inked)
    height = heights[len(heights) // 2]
    parts: list[list[Glyph]] = []
    for line in stream_lines:
        part: list[Glyph] = []
        for glyph in line:
            whole = not glyph.text.isspace() and glyph.top - glyph.bottom >= height / 2  # a mark above a letter is none
            if whole and part and abs(middle(part) - middle(glyph)) > _LINE_JUMP * height:
                parts.append(part)
                part = []
            part.append(glyph)
        parts.append(part)
    lines: list[list[Glyph]] = []
    for part in sorted((p for p in parts if middle(p)), key=lambda p: -middle(p)):
        if lines and middle(lines[-1]) - middle(part) <= height / 2:
            lines[-1].extend(part)
        else:
            lines.append(list(part))
    return lines
