"""The review sheet: the facts that most need a person's eyes, with their evidence and empty decision columns.

Written as XLSX (for Excel and LibreOffice) and CSV with the same rows; each
fact carries the boxes of its quote on its PDF page, and the XLSX shows the
page region with the words highlighted and their numbers boxed (exbench/page_crops.py,
shared with the HTML report). A
person fills the decision columns (those of raw/corrections.csv) and gives the
sheet back to `exbench review apply`.
"""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass
from pathlib import Path

import duckdb
from openpyxl import Workbook
from openpyxl.drawing.image import Image as XlImage
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from exbench.page_crops import SCALE, quote_crop
from exbench.quote_places import quote_boxes
from exbench.warehouse.corrections import ACTIONS, COLUMNS
from exbench.warehouse.sql import sql_text

FACT_COLUMNS = ("priority", "why", "fact_id", "kind", "fact", "organization", "document", "page", "quote", "boxes", "picture")
PICTURES = 40  # rows of the XLSX that show the page region with the quoted words highlighted
# the decision columns: those of raw/corrections.csv after the fact id
DECISION_COLUMNS = tuple(c for c in COLUMNS if c != "fact_id")
SHEET_COLUMNS = FACT_COLUMNS + DECISION_COLUMNS
_WIDTHS = {
    "picture": 60,
    "boxes": 20,
    "why": 40,
    "fact": 40,
    "organization": 28,
    "document": 24,
    "quote": 70,
    "value": 20,
    "reason": 30,
}


class ReviewError(Exception):
    """A review sheet that cannot be written or applied; the message is for the user."""


@dataclass(frozen=True)
class Sheet:
    """The files written and how many facts they list."""

    xlsx: Path
    csv: Path
    rows: int


def review_rows(warehouse: Path, limit: int | None = None, raw_dir: Path | None = None) -> list[tuple]:
    """The facts to review, most important first (sql/review/select_review_facts.sql), each with the boxes of its
    quote on its PDF page (JSON, points from the top left; empty when the PDF is not in raw_dir or the words
    are not found in its text layer) and an empty picture cell."""
    try:
        with duckdb.connect(str(warehouse), read_only=True) as con:
            rows = con.execute(sql_text("review/select_review_facts.sql")).fetchall()
    except duckdb.Error as error:
        raise ReviewError(f"{warehouse} is not a readable ExBench warehouse ({str(error).splitlines()[0]})") from None
    rows = rows[:limit] if limit else rows
    document, page, quote = (FACT_COLUMNS.index(c) for c in ("document", "page", "quote"))
    out = []
    for number, row in enumerate(rows):
        pdf = raw_dir / row[document] if raw_dir is not None and row[document] else None
        is_pdf = pdf is not None and pdf.suffix.lower() == ".pdf" and pdf.is_file()
        # a scanned page is read again by Tesseract (seconds a page): only for the rows that show a picture
        found = quote_boxes(pdf, row[page], row[quote], read_scans=number < PICTURES) if is_pdf else []
        out.append((*row, json.dumps([[round(v, 1) for v in box] for box in found]) if found else None, None))
    return out


def _replace(path: Path, write) -> None:  # noqa: ANN001 - a function that writes the file it is given
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        write(temporary)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def _picture(raw_dir: Path | None, row: tuple) -> XlImage | None:
    boxes = row[FACT_COLUMNS.index("boxes")]
    if raw_dir is None or not boxes:
        return None
    found = quote_crop(
        raw_dir / row[FACT_COLUMNS.index("document")], row[FACT_COLUMNS.index("page")], row[FACT_COLUMNS.index("quote")]
    )
    if found is None:
        return None
    image = XlImage(io.BytesIO(found.png))
    image.width, image.height = image.width / SCALE, image.height / SCALE  # one pixel per point of the page
    return image


def _write_xlsx(path: Path, rows: list[tuple], raw_dir: Path | None = None) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "review"
    sheet.append(list(SHEET_COLUMNS))
    for row in rows:
        sheet.append([*row, *([None] * len(DECISION_COLUMNS))])
    decision = PatternFill("solid", fgColor="FFF2CC")
    for index, name in enumerate(SHEET_COLUMNS, start=1):
        cell = sheet.cell(row=1, column=index)
        cell.font = Font(bold=True)
        letter = cell.column_letter
        sheet.column_dimensions[letter].width = _WIDTHS.get(name, 14)
        if name in DECISION_COLUMNS:
            cell.fill = decision
    for cells in sheet.iter_rows(min_row=2, min_col=SHEET_COLUMNS.index("quote") + 1, max_col=SHEET_COLUMNS.index("quote") + 1):
        for cell in cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    column = sheet.cell(row=1, column=SHEET_COLUMNS.index("picture") + 1).column_letter
    for number, row in enumerate(rows[:PICTURES], start=2):
        image = _picture(raw_dir, row)
        if image is not None:
            sheet.add_image(image, f"{column}{number}")
            sheet.row_dimensions[number].height = image.height * 0.75 + 4
    actions = DataValidation(type="list", formula1='"' + ",".join(ACTIONS) + '"', allow_blank=True)
    column = sheet.cell(row=1, column=SHEET_COLUMNS.index("action") + 1).column_letter
    actions.add(f"{column}2:{column}{max(len(rows) + 1, 2)}")
    sheet.add_data_validation(actions)
    sheet.freeze_panes = "D2"
    book.save(path)


def _write_csv(path: Path, rows: list[tuple]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(SHEET_COLUMNS)
        for row in rows:
            writer.writerow([*("" if v is None else v for v in row), *([""] * len(DECISION_COLUMNS))])


def write_review_sheet(warehouse: Path, out: Path, limit: int | None = None, raw_dir: Path | None = None) -> Sheet:
    """Write out (.xlsx) and the same rows as CSV beside it; each file appears whole or not at all.

    With raw_dir (where the documents are), each fact gets the boxes of its quote and the first PICTURES rows
    of the XLSX a picture of the page region with the words highlighted.
    """
    rows = review_rows(warehouse, limit, raw_dir)
    xlsx, csv_path = out.with_suffix(".xlsx"), out.with_suffix(".csv")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        _replace(xlsx, lambda p: _write_xlsx(p, rows, raw_dir))
        _replace(csv_path, lambda p: _write_csv(p, rows))
    except OSError as error:
        raise ReviewError(f"cannot write {out}: {error.strerror or error}") from None
    return Sheet(xlsx, csv_path, len(rows))
