"""A score table a narrow printer stacked one cell a line, read back as one line per header and row.

LibreOffice prints a narrow table's cells one under another: the header's words ("Kriter" / "AzamiPuan" /
"2023" / "Puanı" / "2025" / "Puanı") and each row's name and numbers ("1. Amaç, Vizyon ve" / "Strateji" /
"100" / "48" / "56"). Where rows numbered 1, 2, 3 ... in order each stack as many numbers (three or more:
two are read by score_stacked) under short header lines that read as a score table's header, the header and
every row (and a total row stacking as many numbers) are joined into one line each, so the table reads as
one printed whole would (its columns, years and checks in score_tables); anything else is left as it is.
"""

from __future__ import annotations

import re

from exbench.extraction.lexicons import compiled
from exbench.extraction.report_lexicon import lexicon, line_key
from exbench.extraction.score_headers import header_columns
from exbench.extraction.score_seed import framework_maxima, model_totals
from exbench.extraction.text_units import Span

__all__ = ["unstacked"]

# One number alone on its line, a percent sign before or after it ("56", "42,5", "%46", "46%").
_NUMBER = re.compile(r"[%٪]?\s*\d{1,4}(?:[.,]\d{1,2})?\s*[%٪]?")
_CELL_CHARS = 40  # a stacked cell's line is short
_NAME_LINES = 4  # a row's name wraps over at most so many lines ("Transformatio" / "n")
_HEADER_LINES = 10  # a header's words stack over at most so many lines
_FEWEST_NUMBERS = 3  # fewer stacked numbers are read by score_stacked
_FEWEST_ROWS = 3
# Two header words a wrap glued, the second's capital still showing where they meet ("MaximumPoints").
_GLUED = re.compile(r"(?<=[a-zçğıöşü])(?=[A-ZÇĞİÖŞÜ])")

Paged = list[tuple[Span, int]]


def unstacked(paged: Paged, texts: dict[int, str]) -> Paged:
    """The report's lines with each stacked score table's header and rows joined into one line each."""
    paged = _zeros_mended(paged)
    keys = [line_key(span.text) for span, _ in paged]
    spaced = [line_key(_GLUED.sub(" ", span.text)) for span, _ in paged]  # the header's words told apart
    result: Paged = []
    index = 0
    while index < len(paged):
        run = _table(paged, keys, spaced, index)
        if run is None:
            result.append(paged[index])
            index += 1
            continue
        del result[len(result) - (index - run[0][0]) :]  # the header's lines, kept before its first row was seen
        for number, (first, last) in enumerate(run):
            span, page = paged[first]
            end = paged[last - 1][0].end
            text = texts[page][span.start : end].replace("\n", " ")
            result.append((Span(span.start, end, _GLUED.sub(" ", text) if number == 0 else text), page))
        index = run[-1][1]
    return result


def _zeros_mended(paged: Paged) -> Paged:
    """A maximum whose last zeros a narrow cell wrapped onto the next line, or the next page ("10" / "0",
    "۱۰" / "۰۰"), read whole: a number alone on its line, the zeros alone on the next, where the two make a
    criterion's or a whole's maximum (100, 150, 1000); any other number keeps its zero line apart."""
    maxima = {m for weights in framework_maxima().values() for m in weights} | set(model_totals())
    result: Paged = []
    for span, page in paged:
        key = line_key(span.text)
        if result and re.fullmatch(r"0{1,2}", key) and re.fullmatch(r"\d{1,3}", before := line_key(result[-1][0].text)):
            if float(before + key) in maxima:
                last, last_page = result[-1]
                result[-1] = (Span(last.start, last.end, last.text.strip() + span.text.strip()), last_page)
                continue
        result.append((span, page))
    return result


def _table(paged: Paged, keys: list[str], spaced: list[str], index: int) -> list[tuple[int, int]] | None:
    """The (first, end) line ranges of a stacked table whose first row opens at `index`: its header (the fewest
    short lines before the row that read as one, from its criterion column on), then its rows; None where no such table's row opens there."""
    first = _row(paged, keys, index, 1, None)
    if first is None:
        return None
    top = index
    while top > max(index - _HEADER_LINES, 0) and _header_line(keys[top - 1]) and paged[top - 1][1] == paged[index][1]:
        top -= 1
    header = next((start for start in range(index - 1, top - 1, -1) if _criterion_first(" ".join(spaced[start:index]))), None)
    if header is None:
        return None
    width, rows, criterion = first[1], [(index, first[0])], 1
    while (row := _row(paged, keys, rows[-1][1], criterion + 1, width)) is not None:
        rows.append((rows[-1][1], row[0]))
        criterion += 1
    if len(rows) < _FEWEST_ROWS:
        return None
    total = _total(paged, keys, rows[-1][1], width)
    return [(header, index), *rows, *([(rows[-1][1], total)] if total else [])]


def _criterion_first(header: str) -> bool:
    """Whether the joined lines read as a score table's header whose first column is the criterion's: the fewest
    lines that do are the header ("2023 Puanı 2025 Puanı" reads as one, and "Kriter" stands before it)."""
    columns = header_columns(header)
    return bool(columns) and columns[0] == "criterion"


def _header_line(key: str) -> bool:
    """A short line of a header's words: its only digits a year's ("2023", "2024Puanı")."""
    return len(key) < _CELL_CHARS and not re.search(r"(?<!\d)\d{1,3}(?!\d)|\d{5}", key) and not key.endswith((".", "!", "?", "؟"))


def _row(paged: Paged, keys: list[str], index: int, criterion: int, width: int | None) -> tuple[int, int] | None:
    """(end, numbers) of criterion `criterion`'s row stacked from `index`: its numbered name's lines, then at least
    three numbers alone on their lines (`width` of them where the rows before gave as many), all on one page."""
    if index >= len(keys):
        return None
    start = compiled(lexicon()["wrapped_row_start"]).match(keys[index]) or re.fullmatch(r"(\d)", keys[index])
    if not start or start.group(1) != str(criterion) or len(keys[index]) > _CELL_CHARS:
        return None
    end = index + 1
    while end < len(keys) and end - index <= _NAME_LINES and not re.search(r"\d", keys[end]) and len(keys[end]) < _CELL_CHARS:
        end += 1
    return _numbers(paged, keys, index, end, width)


def _total(paged: Paged, keys: list[str], index: int, width: int) -> int | None:
    """The end of a total row stacked from `index` ("TOPLAM" / "1000" / "438" / "512"), as wide as the rows."""
    if index >= len(keys) or not compiled(lexicon()["wrapped_row_total"]).match(keys[index]):
        return None
    found = _numbers(paged, keys, index, index + 1, width)
    return found[0] if found else None


def _next_row(keys: list[str], index: int) -> bool:
    """Whether line `index` is a row's number alone on its line, its name's words on the line after."""
    after = keys[index + 1] if index + 1 < len(keys) else ""
    return bool(re.fullmatch(r"\d", keys[index]) and after and not re.search(r"\d", after))


def _numbers(paged: Paged, keys: list[str], index: int, end: int, width: int | None) -> tuple[int, int] | None:
    """(end, count) of the numbers stacked from `end` on the page of line `index`, as many as `width` if given."""
    count = 0
    while end + count < len(keys) and _NUMBER.fullmatch(keys[end + count]) and paged[end + count][1] == paged[index][1]:
        if count >= _FEWEST_NUMBERS and _next_row(keys, end + count):
            break  # "58%" / "2" / "Organisational": the next row's number, alone above its name
        count += 1
        if width is not None and count == width:
            break
    if count < _FEWEST_NUMBERS or width is not None and count != width:
        return None
    return end + count, count
