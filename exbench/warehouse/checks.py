"""Data-quality gates: each SQL file of sql/checks returns offending rows.

They run once per build, on the file being built: blocking checks
(sql/checks/*.sql and the Great Expectations contracts) stop the publication
and say why; soft thresholds (sql/checks/warnings/*.sql) are recorded as
warnings and never stop it. Every verdict lands in meta.check_results.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from exbench.warehouse.sql import sql_files

CONTRACTS = "column_contracts"
CONTRACTS_DESCRIPTION = "Great Expectations suites: keys unique, codes in their lists, values in range, evidence present."


def check_description(path: Path) -> str:
    """The failure mode named in the file's opening comment."""
    lines: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("--"):
            break
        lines.append(line.lstrip("- ").strip())
    return " ".join(lines).removeprefix("Failure mode: ").removeprefix("Soft threshold: ")


def run_check(con: duckdb.DuckDBPyConnection, path: Path) -> tuple[list[str], list[tuple]]:
    """Column names and offending rows of one check."""
    cursor = con.execute(path.read_text(encoding="utf-8"))
    return [d[0] for d in cursor.description], cursor.fetchall()


def check_name(path: Path) -> str:
    """A check's name: its file name without the assert_ prefix."""
    return path.stem.removeprefix("assert_")


def sql_checks() -> list[tuple[Path, bool]]:
    """Every SQL check with whether it blocks the publication."""
    return [(path, True) for path in sql_files("checks")] + [(path, False) for path in sql_files("checks/warnings")]


@dataclass(frozen=True)
class CheckOutcome:
    """One check's verdict on the build."""

    name: str
    blocking: bool
    columns: list[str]
    rows: list[tuple]
    description: str

    @property
    def passed(self) -> bool:
        return not self.rows


def evaluate_checks(build_path: Path) -> list[CheckOutcome]:
    """Run every check once on the build file and record the verdicts in its meta.check_results."""
    from exbench.warehouse.validator import validate

    with duckdb.connect(str(build_path), read_only=True) as con:
        outcomes = []
        for path, blocking in sql_checks():
            columns, rows = run_check(con, path)
            outcomes.append(CheckOutcome(check_name(path), blocking, columns, rows, check_description(path)))
    failed = [r for r in validate(str(build_path)) if not r.passed]
    outcomes.append(CheckOutcome(
        CONTRACTS, True, ["table", "expectation", "column", "unexpected"],
        [(r.table, r.expectation, r.column, r.unexpected) for r in failed], CONTRACTS_DESCRIPTION,
    ))
    with duckdb.connect(str(build_path)) as con:
        con.execute("delete from meta.check_results")
        con.executemany(
            "insert into meta.check_results (check_name, blocking, passed, offending_rows, description) values (?, ?, ?, ?, ?)",
            [[o.name, o.blocking, o.passed, len(o.rows), o.description] for o in outcomes],
        )
    return outcomes
