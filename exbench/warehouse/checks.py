"""Data-quality gates, each attached to the table it checks, run once per build on the file being built.

Two systems, one rule each: the column contracts (exbench.warehouse.contracts,
Great Expectations, one suite per table) and the SQL checks of sql/checks,
each a file that opens with its failure mode, names the table(s) it checks
(`-- Table: core.documents`; a check of several tables returns the table of
each row in a first column `table_name`) and returns the offending rows.
Blocking checks (the contracts and sql/checks/*.sql) stop the publication and
say why; soft thresholds (sql/checks/warnings/*.sql) are recorded as warnings
and never stop it. Every verdict lands in meta.check_results.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import duckdb

from exbench.warehouse.contracts import CONTRACTS, contract_description
from exbench.warehouse.sql import sql_files

CONTRACTS_CHECK = "column_contracts"
_TABLES = re.compile(r"^-- Tables?: (.+)$", re.MULTILINE)


@dataclass(frozen=True)
class Check:
    """A check as declared: what it is called, which tables it checks, whether it blocks."""

    name: str
    tables: tuple[str, ...]
    blocking: bool
    description: str
    path: Path | None = None  # the SQL file; None for the column contracts


def _header(path: Path) -> list[str]:
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("--"):
            break
        lines.append(line)
    return lines


def check_description(path: Path) -> str:
    """The failure mode named in the file's opening comment."""
    text = " ".join(line.lstrip("- ").strip() for line in _header(path) if not _TABLES.match(line))
    return text.removeprefix("Failure mode: ").removeprefix("Soft threshold: ")


def check_tables(path: Path) -> tuple[str, ...]:
    """The tables a check names in its opening comment."""
    match = _TABLES.search("\n".join(_header(path)))
    if not match:
        raise ValueError(f"{path.name} names no table it checks (a line '-- Table: schema.table')")
    return tuple(table.strip() for table in match.group(1).split(","))


def check_name(path: Path) -> str:
    """A check's name: its file name without the assert_ prefix."""
    return path.stem.removeprefix("assert_")


def declared_checks() -> list[Check]:
    """Every check with its tables: the SQL checks, blocking then warnings, and the contracts of each table."""
    found = [
        Check(check_name(path), check_tables(path), blocking, check_description(path), path)
        for folder, blocking in (("checks", True), ("checks/warnings", False))
        for path in sql_files(folder)
    ]
    return found + [Check(CONTRACTS_CHECK, (table,), True, contract_description(table)) for table in CONTRACTS]


@dataclass(frozen=True)
class CheckOutcome:
    """One check's verdict on one table of the build."""

    name: str
    table: str
    blocking: bool
    columns: list[str]
    rows: list[tuple]
    description: str

    @property
    def passed(self) -> bool:
        return not self.rows

    @property
    def key(self) -> str:
        """The check as meta.check_results names it: table and check."""
        return f"{self.table}:{self.name}"


def run_check(con: duckdb.DuckDBPyConnection, path: Path) -> tuple[list[str], list[tuple]]:
    """Column names and offending rows of one check."""
    cursor = con.execute(path.read_text(encoding="utf-8"))
    return [d[0] for d in cursor.description], cursor.fetchall()


def _sql_outcomes(con: duckdb.DuckDBPyConnection, check: Check) -> list[CheckOutcome]:
    columns, rows = run_check(con, check.path)
    at = columns.index("table_name") if len(check.tables) > 1 else None
    by_table: dict[str, list[tuple]] = defaultdict(list)
    for row in rows:
        by_table[check.tables[0] if at is None else row[at]].append(row)
    unknown = set(by_table) - set(check.tables)
    if unknown:
        raise ValueError(f"{check.path.name} returned rows of {sorted(unknown)}, which it does not name")
    return [
        CheckOutcome(check.name, table, check.blocking, columns, by_table[table], check.description) for table in check.tables
    ]


def _contract_outcomes(build_path: Path) -> list[CheckOutcome]:
    from exbench.warehouse.validator import validate

    failed: dict[str, list[tuple]] = defaultdict(list)
    for result in validate(str(build_path)):
        if not result.passed:
            failed[result.table].append((result.expectation, result.column, result.unexpected))
    return [
        CheckOutcome(
            CONTRACTS_CHECK, table, True, ["expectation", "column", "unexpected"], failed[table], contract_description(table)
        )
        for table in CONTRACTS
    ]


def evaluate_checks(build_path: Path) -> list[CheckOutcome]:
    """Run every check once on the build file and record the verdicts in its meta.check_results."""
    with duckdb.connect(str(build_path), read_only=True) as con:
        outcomes = [outcome for check in declared_checks() if check.path for outcome in _sql_outcomes(con, check)]
    outcomes += _contract_outcomes(build_path)
    with duckdb.connect(str(build_path)) as con:
        con.execute("delete from meta.check_results")
        con.executemany(
            "insert into meta.check_results (check_name, blocking, passed, offending_rows, description) values (?, ?, ?, ?, ?)",
            [[o.key, o.blocking, o.passed, len(o.rows), o.description] for o in outcomes],
        )
    return outcomes
