"""Read raw/corrections.csv, the decisions people made about facts, for the core build to apply in SQL.

The file lives with the inputs, so a full refresh or a new extractor version
keeps every decision: sql/core/apply_corrections.sql applies them to the core
tables each time core is built, never to a cache. Here each row is only read
and checked for what can be told without the warehouse (an action that does not
exist, a date that is no date, an `add` whose value is not a JSON object); the
SQL checks the rest (a fact id no fact has, a value the field cannot hold). A
bad row is one line naming file, row and column, and every other row applies.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path
from string import Template
from typing import Any

import duckdb
import polars as pl

from exbench.warehouse.sql import sql_text

CORRECTIONS_NAME = "corrections.csv"
WRITE_TEMPLATE = "core/write_corrections.sql"
# "-- for each <rows>[, joined by <word>]" ... "-- end": lines written once per row, $names filled from it
_REPEAT = re.compile(
    r"^[ \t]*-- for each (?P<rows>[a-z ]+?)(?:, joined by (?P<joiner>.+?))?\n(?P<body>.*?)^[ \t]*-- end\n", re.M | re.S
)
COLUMNS = ("fact_id", "action", "field", "value", "reason", "reviewer", "reviewed_on")
ACTIONS = ("confirm", "set", "reject", "add")
# what an `add` names in its JSON value besides the fields of its kind
ADD_PLACE = ("kind", "document", "page", "quote")

SCHEMA = {
    "row": pl.Int32,
    "fact_id": pl.String,
    "action": pl.String,
    "field": pl.String,
    "value": pl.String,
    "reason": pl.String,
    "reviewer": pl.String,
    "reviewed_on": pl.Date,
    "kind": pl.String,
    "document": pl.String,
    "page": pl.Int32,
    "quote": pl.String,
}
PROBLEM_SCHEMA = {
    "file": pl.String,
    "row": pl.Int32,
    "column": pl.String,
    "message": pl.String,
    "line": pl.String,
    "action": pl.String,
}


class BadRow(ValueError):
    """A row of the corrections file that cannot be applied: the column and what is wrong."""

    def __init__(self, column: str | None, message: str) -> None:
        super().__init__(message)
        self.column, self.message = column, message


def problem_line(file: str, row: int | None, column: str | None, message: str) -> str:
    """One line naming file, row and column: `raw/corrections.csv row 3, column action: ...`."""
    where = ", ".join(p for p in (f"row {row}" if row else "", f"column {column}" if column else "") if p)
    return f"{file} {where}: {message}" if where else f"{file}: {message}"


def _cell(record: dict[str, Any], name: str) -> str:
    value = record.get(name)
    return value.strip() if isinstance(value, str) else ""


def _day(text: str) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise BadRow("reviewed_on", f"{text!r} is not a date written YYYY-MM-DD") from None


def _add_place(value: str) -> dict[str, Any]:
    """The kind, document, page and quote an `add` names in its JSON value."""
    try:
        fields = json.loads(value)
    except json.JSONDecodeError as error:
        raise BadRow("value", f"an add's value is a JSON object of the fact ({error.msg})") from None
    if not isinstance(fields, dict):
        raise BadRow("value", "an add's value is a JSON object of the fact (kind, document, page, quote and its fields)")
    missing = [k for k in ADD_PLACE if fields.get(k) in (None, "")]
    if missing:
        raise BadRow("value", f"an added fact needs {', '.join(missing)}")
    page = fields["page"]
    if isinstance(page, bool) or not isinstance(page, int) or not 1 <= page < 2**31:
        raise BadRow("value", f"page {page!r} is not a page number")
    if not all(isinstance(fields[k], str) for k in ("kind", "document", "quote")):
        raise BadRow("value", "kind, document and quote of an added fact are text")
    return {"kind": fields["kind"], "document": fields["document"], "page": page, "quote": fields["quote"]}


def check_row(record: dict[str, Any]) -> dict[str, Any]:
    """A row of the file as staged, or BadRow for what is wrong with it."""
    action = _cell(record, "action").lower()
    if action not in ACTIONS:
        raise BadRow("action", f"{_cell(record, 'action')!r} is not an action ({', '.join(ACTIONS)})")
    fact, field, value = _cell(record, "fact_id"), _cell(record, "field"), record.get("value") or ""
    row = {
        "fact_id": fact or None,
        "action": action,
        "field": field.lower() or None,
        "value": value.strip() if action != "add" else value,
        "reason": _cell(record, "reason") or None,
        "reviewer": _cell(record, "reviewer") or None,
        "reviewed_on": _day(_cell(record, "reviewed_on")),
        "kind": None,
        "document": None,
        "page": None,
        "quote": None,
    }
    if action != "add" and not fact:
        raise BadRow("fact_id", f"a {action} names the fact it is about")
    if action == "set" and not field:
        raise BadRow("field", "a set names the field it changes")
    if action == "set" and not row["value"]:
        raise BadRow("value", f"a set gives the new value of {field}")
    if action == "add":
        row |= _add_place(value)
    return row


def read_corrections(raw_dir: Path, label: str | None = None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The rows of raw/corrections.csv that can be staged, and one problem per row that cannot.

    `row` is the row as a spreadsheet shows it (the header is row 1). A file
    that is absent gives nothing; one that cannot be read gives one problem.
    """
    path = raw_dir / CORRECTIONS_NAME
    file = f"{label or 'raw'}/{CORRECTIONS_NAME}"
    if not path.is_file():
        return [], []
    problems: list[dict[str, Any]] = []

    def problem(row: int | None, column: str | None, message: str, action: str | None = None) -> None:
        line = problem_line(file, row, column, message)
        problems.append({"file": file, "row": row, "column": column, "message": message, "line": line, "action": action})

    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        problem(None, None, f"the file could not be read as UTF-8 ({error}); no correction was applied")
        return [], problems
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in ("fact_id", "action") if c not in (reader.fieldnames or [])]
    if missing:
        problem(1, None, f"the header has no {', '.join(missing)} (columns: {', '.join(COLUMNS)}); no correction was applied")
        return [], problems
    rows = []
    for number, record in enumerate(reader, start=2):
        if not any((v or "").strip() for v in record.values() if isinstance(v, str)):
            continue
        try:
            rows.append({"row": number, **check_row(record)})
        except BadRow as bad:
            problem(number, bad.column, f"error: {bad.message}; this row was not applied", _cell(record, "action") or "?")
    return rows, problems


def empty_corrections() -> dict[str, pl.DataFrame]:
    """The staging tables of a build given no corrections file."""
    return {"corrections": pl.DataFrame(schema=SCHEMA), "correction_problems": pl.DataFrame(schema=PROBLEM_SCHEMA)}


def stage_corrections(raw_dir: Path, stage_dir: Path) -> dict[str, Path]:
    """raw/corrections.csv as staging Parquet (corrections, correction_problems) for the core build."""
    rows, problems = read_corrections(raw_dir)
    stage_dir.mkdir(parents=True, exist_ok=True)
    paths = {"corrections": stage_dir / "corrections.parquet", "correction_problems": stage_dir / "correction_problems.parquet"}
    pl.DataFrame(rows, schema=SCHEMA).write_parquet(paths["corrections"])
    pl.DataFrame(problems, schema=PROBLEM_SCHEMA).write_parquet(paths["correction_problems"])
    return paths


def _repeated_rows(con: duckdb.DuckDBPyConnection) -> dict[str, list[dict[str, str]]]:
    """The rows each repeated part of write_corrections.sql is written for, from the field table and the catalog."""
    query = con.execute(sql_text("core/correction_columns.sql"))
    names = [column[0] for column in query.description]
    columns = [dict(zip(names, row, strict=True)) for row in query.fetchall()]
    untyped = [f"{c['fact_table']}.{c['column_name']} ({c['data_type']})" for c in columns if c["cast"] is None]
    if untyped:
        raise RuntimeError(f"correction fields with no column or cast in core: {', '.join(untyped)}")
    added: dict[str, dict[str, str]] = {}
    for c in columns:
        if c["addable"]:
            seen = added.setdefault(c["field"], {"field": c["field"], "cast": c["cast"]})
            if seen["cast"] != c["cast"]:
                raise RuntimeError(f"field {c['field']} of added facts has two types ({seen['cast']}, {c['cast']})")
    tables = [{"fact_table": table} for (table,) in con.execute(sql_text("core/fact_tables.sql")).fetchall()]
    return {"settable column": columns, "added field": list(added.values()), "fact table": tables}


def write_corrections_sql(con: duckdb.DuckDBPyConnection) -> str:
    """sql/core/write_corrections.sql with its repeated parts written out, after apply_corrections.sql ran.

    The field table (staging.correction_fields) is the one list of what a person
    may set or add; the statements per column and per fact table follow from it.
    """
    rows = _repeated_rows(con)

    def expand(match: re.Match[str]) -> str:
        body = Template(match.group("body").rstrip("\n"))
        joiner = f"\n{match.group('joiner').strip()}\n" if match.group("joiner") else "\n"
        return joiner.join(body.substitute(row) for row in rows[match.group("rows")]) + "\n"

    return _REPEAT.sub(expand, sql_text(WRITE_TEMPLATE))


def write_corrections(con: duckdb.DuckDBPyConnection) -> None:
    """Apply the checked corrections to core and record every row's outcome (sql/core/write_corrections.sql)."""
    con.execute(write_corrections_sql(con))
