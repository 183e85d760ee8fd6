"""The .xlsx beside each CSV of a pack: what a jury member double-clicks.

A CSV carries no types, no direction and no encoding a spreadsheet can be sure
of; the workbook does: numbers are numbers, text is text (a cell that looks
like a formula is stored as a string, never run), Persian cells read right to
left, the header row stays in view and can filter. A second sheet, Columns,
names every column with its code and meaning, as README.txt does.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from exbench.export.columns import Column
from exbench.language.scripts import letter_counts

COLUMNS_SHEET = "Columns"
_RIGHT_TO_LEFT = Alignment(horizontal="right", readingOrder=2)
_BOLD = Font(bold=True)
_WIDEST = 60


def is_right_to_left(text: str) -> bool:
    """True when a text is mostly in Arabic script (Persian): its cell reads right to left."""
    arabic, latin = letter_counts(text)
    return arabic > latin


def _put(sheet, row: int, column: int, value: object) -> int:
    """Write one cell with its own type; returns the width it needs."""
    cell = sheet.cell(row=row, column=column)
    if value is None:
        return 0
    if isinstance(value, bool | int | float | date | datetime):
        cell.value = value
        if isinstance(value, date):
            cell.number_format = "yyyy-mm-dd"
        return len(str(value))
    text = ILLEGAL_CHARACTERS_RE.sub("", str(value))
    cell.value = text
    cell.data_type = "s"  # openpyxl would take a leading = as a formula
    if is_right_to_left(text):
        cell.alignment = _RIGHT_TO_LEFT
    return max((len(line) for line in text.splitlines()), default=0)


def _sheet(sheet, header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    widths = [len(h) for h in header]
    for index, name in enumerate(header, start=1):
        _put(sheet, 1, index, name)
        sheet.cell(row=1, column=index).font = _BOLD
    for number, row in enumerate(rows, start=2):
        for index, value in enumerate(row, start=1):
            widths[index - 1] = max(widths[index - 1], _put(sheet, number, index, value))
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(_WIDEST, width + 2)
    sheet.freeze_panes = "A2"
    if header:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{len(rows) + 1}"


def write_xlsx(
    path: Path, title: str, header: Sequence[str], rows: Sequence[Sequence[object]], columns: Sequence[Column]
) -> dict:
    """Write the workbook (the rows, then the Columns sheet); returns its sha256 and row count as the manifest lists it."""
    book = Workbook()
    data = book.active
    data.title = title
    _sheet(data, header, rows)
    _sheet(book.create_sheet(COLUMNS_SHEET), ["Column", "Code", "Meaning"], [[c.label, c.code, c.meaning] for c in columns])
    book.properties.creator = "ExBench"
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return {"file": path.name, "sha256": hashlib.sha256(path.read_bytes()).hexdigest(), "rows": len(rows)}


def read_cells(path: Path) -> list[tuple[str, str, int, str]]:
    """(sheet, column heading, row number, text) of every non-empty cell, for the re-identification check."""
    book = load_workbook(path, read_only=True)
    try:
        cells = []
        for sheet in book.worksheets:
            header: list[str] = []
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                if number == 1:
                    header = ["" if v is None else str(v) for v in values]
                cells += [
                    (sheet.title, header[i] if i < len(header) else "", number, str(v))
                    for i, v in enumerate(values)
                    if v is not None
                ]
        return cells
    finally:
        book.close()
