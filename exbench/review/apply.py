"""Merge a filled review sheet into raw/corrections.csv: all of it or none of it.

Every row with an action is checked first (the rules of the corrections file,
and that its fact is in the warehouse); one problem anywhere writes nothing
and lists every problem with its row and column. The next `exbench run`
applies the merged decisions.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from pathlib import Path

import duckdb
from openpyxl import load_workbook

from exbench.review.sheet import ReviewError
from exbench.warehouse.corrections import COLUMNS, CORRECTIONS_NAME, BadRow, check_row, problem_line
from exbench.warehouse.sql import sql_text


def _text(value: object) -> str:
    """A cell as the text a CSV would hold (a date as YYYY-MM-DD, 40.0 as 40)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_sheet(path: Path) -> list[tuple[int, dict[str, str]]]:
    """(row as a spreadsheet shows it, cells by column name) of every row of an XLSX or CSV sheet."""
    try:
        if path.suffix.lower() == ".xlsx":
            sheet = load_workbook(path, read_only=True, data_only=True).worksheets[0]
            table = [[_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        else:
            table = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))
    except FileNotFoundError:
        raise ReviewError(f"no sheet at {path}") from None
    except Exception as error:  # noqa: BLE001 - any reader failure is one line for the user
        raise ReviewError(f"{path} cannot be read as a review sheet ({type(error).__name__}: {error})") from None
    if not table:
        raise ReviewError(f"{path} is empty")
    header = [h.strip().lower() for h in table[0]]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise ReviewError(f"{path} has no column {', '.join(missing)}: give back the sheet `exbench review` wrote")
    return [(number, dict(zip(header, cells, strict=False))) for number, cells in enumerate(table[1:], start=2)]


def _known_facts(warehouse: Path) -> set[str]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return {fact_id for (_table, fact_id, *_rest) in con.execute(sql_text("revisions/select_fact_summary.sql")).fetchall()}


def decisions(sheet: Path, warehouse: Path | None) -> list[dict[str, str]]:
    """The decisions of a filled sheet as rows of raw/corrections.csv; ReviewError listing every bad row."""
    known = _known_facts(warehouse) if warehouse is not None and warehouse.exists() else None
    rows, problems = [], []
    for number, cells in read_sheet(sheet):
        if not cells.get("action", "").strip():
            continue
        try:
            check_row(cells)
            fact = cells.get("fact_id", "").strip()
            if known is not None and cells["action"].strip().lower() != "add" and fact not in known:
                raise BadRow("fact_id", f"no fact of the warehouse has id {fact}")
        except BadRow as bad:
            problems.append(problem_line(sheet.name, number, bad.column, bad.message))
            continue
        rows.append({c: cells.get(c, "").strip() if c != "value" else cells.get(c, "") for c in COLUMNS})
    if problems:
        raise ReviewError("nothing was merged; fix these rows and apply the sheet again:\n" + "\n".join(problems))
    return rows


def merge_sheet(sheet: Path, raw_dir: Path, warehouse: Path | None = None) -> tuple[Path, int]:
    """Append the sheet's decisions to raw/corrections.csv (created with its header); returns it and the rows added."""
    rows = decisions(sheet, warehouse)
    target = raw_dir / CORRECTIONS_NAME
    if not raw_dir.is_dir():
        raise ReviewError(f"the raw folder {raw_dir} does not exist")
    existing = target.read_text(encoding="utf-8-sig") if target.exists() else ""
    header = next(csv.reader(io.StringIO(existing)), None) if existing.strip() else None
    buffer = io.StringIO()
    # the file's own column order, when it has a header
    fields = [h.strip().lower() for h in header] if header else list(COLUMNS)
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n", extrasaction="ignore")
    if not existing.strip():
        writer.writeheader()
    elif not existing.endswith("\n"):
        buffer.write("\n")
    writer.writerows(rows)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        temporary.write_text(existing + buffer.getvalue(), encoding="utf-8")
        os.replace(temporary, target)
    except OSError as error:
        raise ReviewError(f"cannot write {target}: {error.strerror or error}") from None
    finally:
        temporary.unlink(missing_ok=True)
    return target, len(rows)
