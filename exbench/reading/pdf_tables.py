"""A PDF page's ruled tables as rows of cell texts, read from the page's geometry.

The page text gives a table's row as one run of words and numbers, and a cell
that wraps interleaves its lines with its neighbours'; no rule can then tell
which number stands under which header. pdfplumber finds ruled tables and
their cells well (the rules drawn by Chromium and WeasyPrint), but its
Persian text is in visual order with presentation forms, so only the cells'
boxes are taken from it: each cell's text is pdfium's, read in the cell's box
by the page's own reader (logical order for right-to-left script,
rtl_lines.py) and normalised as the page text is.

pdfplumber is ~40x slower than pdfium, so it looks only at pages that look as
if they hold a table: drawn rules (path objects) and lines that hold several
numbers (a table of figures), or a short line that names a kind of finding
(the `reports` lexicon's `table_types`: "Strengths", "Güçlü Yönler", "نقاط
قوت") or a findings table's kind column ("Type", "Tür", "نوع"), as a table of
findings' header does. A page whose table cannot be read keeps its text and
no table; a table is never needed to read a page.
"""

from __future__ import annotations

import io
import logging
import re
from functools import cache
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from exbench.language import fold, load
from exbench.reading.aligned_tables import aligned_tables
from exbench.reading.glyph_text import layer_text, visible_text
from exbench.reading.rtl_lines import cell_texts
from exbench.reading.rule_ladders import ladder_tables

Table = tuple[tuple[str, ...], ...]  # rows of cell texts, top to bottom; each row's cells in reading order

_MIN_RULES = 8  # path objects: a ruled table draws at least its borders
_MIN_NUMBER_LINES = 2  # lines of the page text with two numbers or more
_ROW_FIGURES = 3  # a line with this many numbers is a table's row of figures, whether the page draws rules or not
_NUMBER = re.compile(r"(?<![\w.,])\d[\d.,]*(?![\w])")
_MIN_ROWS, _MIN_COLUMNS = 2, 2
_OPEN_ROW = 12  # points a table's column rules run past its last row rule: a row a page break left open
_HEADER_WORDS = 12  # a header line is short: its cells' names side by side
_LOG = logging.getLogger(__name__)


@cache
def _findings_header() -> re.Pattern[str]:
    """A header cell of a table of findings: a kind of finding, or the kind column's name."""
    lexicon = load("reports")
    words = [*lexicon["table_types"].values(), lexicon["findings_kind_column"]]
    return re.compile(r"(?<!\w)(?:" + "|".join(words).replace("{zw}", "[\u200c ]?") + r")(?!\w)")


def _names_findings(text: str) -> bool:
    header = _findings_header()
    return any(len(line.split()) <= _HEADER_WORDS and header.search(fold(line)) for line in text.splitlines() if line.strip())


def may_hold_table(page: pdfium.PdfPage, text: str, continues: bool = False) -> bool:
    """Whether a page is worth the cost of finding its tables: lines of three numbers or more (rows of figures),
    or it draws rules and has lines of several numbers or a short line naming a kind of finding (a table of
    findings' header); `continues`: the page before held a table, which may run on here without its header."""
    counts = [len(_NUMBER.findall(line)) for line in text.splitlines()]
    if sum(1 for count in counts if count >= _ROW_FIGURES) >= _MIN_NUMBER_LINES:
        return True  # rows of figures, ruled or not (LibreOffice draws no table's rules: aligned_tables.py)
    if sum(1 for count in counts if count >= 2) < _MIN_NUMBER_LINES and not _names_findings(text) and not continues:
        return False
    rules = 0
    for _ in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,), max_depth=3):
        rules += 1
        if rules >= _MIN_RULES:
            return True
    return False


# pdfium's text of a box gives a hyphen that ended a line as U+0002, where its page text gives U+FFFE
_BOUNDED_LINE_END_HYPHEN = "\x02"


def _cell_text(raw: str, language: str | None) -> str:
    """A cell's text read as the page's is: its line-end hyphens resolved by the same rule ("adam-|saat")."""
    raw = raw.replace(_BOUNDED_LINE_END_HYPHEN, "\ufffe")
    text = layer_text(visible_text(raw), language)
    return " ".join(text.split())


def _boxes(found) -> list[list[tuple[float, float, float, float] | None]]:
    return [list(row.cells) for row in found.rows]


def _table(textpage: pdfium.PdfTextPage, height: float, rows: list, rtl: bool, language: str | None) -> Table | None:
    """The table's cell texts; None when it is not a table of at least two rows and two columns."""
    # pdfplumber measures from the page's top, pdfium from its bottom
    boxes = [
        (left, height - bottom, right, height - top)
        for row in rows
        for cell in row
        if cell
        for left, top, right, bottom in [cell]
    ]
    if rtl:
        texts = iter(cell_texts(textpage, boxes))
    else:
        texts = iter(textpage.get_text_bounded(*box) for box in boxes)
    table = tuple(tuple(_cell_text(next(texts), language) if cell else "" for cell in row) for row in rows)
    if rtl:  # a right-to-left page's table reads from its right-hand column
        table = tuple(row[::-1] for row in table)
    if len(table) < _MIN_ROWS or max(len(row) for row in table) < _MIN_COLUMNS:
        return None
    return table


def read_tables(
    source: Path | bytes, document: pdfium.PdfDocument, wanted: dict[int, tuple[bool, str | None]]
) -> dict[int, tuple[Table, ...]]:
    """The tables of the wanted pages (0-based index: (right-to-left page, language)), by page index.

    A page whose tables cannot be found or read is left out: its text stands as read.
    """
    if not wanted:
        return {}
    import pdfplumber  # only for the pages that may hold a table

    found: dict[int, tuple[Table, ...]] = {}
    try:
        with pdfplumber.open(io.BytesIO(source) if isinstance(source, bytes) else source) as plumbed:
            for index, (rtl, language) in wanted.items():
                try:
                    tables = _page_tables(plumbed.pages[index], document[index], rtl, language)
                except Exception:  # noqa: BLE001 - a table that cannot be read leaves the page as it was read
                    _LOG.debug("tables of page %d not read", index + 1, exc_info=True)
                    continue
                if tables:
                    found[index] = tables
    except Exception:  # noqa: BLE001 - pdfplumber failing on the file loses the tables, never the text
        _LOG.debug("tables not read", exc_info=True)
    return found


def open_ends(plumbed_page) -> list[dict]:
    """Rules closing a table a page break cut: where two or more of its column rules run past its last (or
    before its first) row rule, the row the break split has no rule under (or over) it, and pdfplumber,
    which needs a cell closed on four sides, would drop the row. The rule is drawn where those column
    rules end, across them."""
    columns = [edge for edge in plumbed_page.edges if edge["orientation"] == "v" and edge["height"] > _OPEN_ROW]
    rows = [edge for edge in plumbed_page.edges if edge["orientation"] == "h" and edge["width"] > _OPEN_ROW]
    if len(columns) < _MIN_COLUMNS + 1 or not rows:
        return []
    ends = []
    for side, beyond in (("bottom", max(edge["bottom"] for edge in rows)), ("top", min(edge["top"] for edge in rows))):
        sign = 1 if side == "bottom" else -1
        past = [edge for edge in columns if sign * (edge[side] - beyond) > _OPEN_ROW]
        if len({round(edge["x0"]) for edge in past}) > _MIN_COLUMNS:
            at = max(edge[side] for edge in past) if side == "bottom" else min(edge[side] for edge in past)
            left, right = min(edge["x0"] for edge in past), max(edge["x1"] for edge in past)
            ends.append(
                {
                    "object_type": "rect_edge",
                    "orientation": "h",
                    "x0": left,
                    "x1": right,
                    "top": at,
                    "bottom": at,
                    "width": right - left,
                    "height": 0,
                }
            )
    return ends


def _page_tables(plumbed_page, page: pdfium.PdfPage, rtl: bool, language: str | None) -> tuple[Table, ...]:
    """The page's tables: pdfplumber's grids, then the tables ruled only across (rule_ladders.py), else those
    drawn with no rule at all (aligned_tables.py)."""
    tables = []
    textpage = page.get_textpage()
    height = float(plumbed_page.height)
    try:
        taken = []
        for found in plumbed_page.find_tables(table_settings={"explicit_horizontal_lines": open_ends(plumbed_page)}):
            table = _table(textpage, height, _boxes(found), rtl, language)
            if table:
                tables.append(table)
                taken.append(found.bbox)
        for rows in ladder_tables(plumbed_page, taken):
            table = _table(textpage, height, rows, rtl, language)
            if table:
                tables.append(table)
        if not tables:  # a page that draws no table's rules (LibreOffice's print of a table): its aligned columns
            for rows in aligned_tables(plumbed_page):
                table = _table(textpage, height, rows, rtl, language)
                if table:
                    tables.append(table)
    finally:
        textpage.close()
        page.close()
    return tuple(tables)
