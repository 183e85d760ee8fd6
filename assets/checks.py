"""Data-quality gates: each SQL file of sql/checks returns offending rows.

They run on the warehouse being built, as blocking Dagster asset checks on the
marts, so a failing one stops the publication and the exports and says why.
"""

from pathlib import Path

import dagster as dg
import duckdb

from assets.metadata import preview
from assets.store.sql import sql_files
from pipelines.resources import ExbenchPaths


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


def _make_check(path: Path, blocking: bool = True) -> dg.AssetChecksDefinition:
    name = path.stem.removeprefix("assert_")
    description = check_description(path)

    @dg.asset_check(asset="mart_tables", name=name, blocking=blocking, description=description)
    def _check(paths: ExbenchPaths) -> dg.AssetCheckResult:
        with duckdb.connect(str(paths.settings().build_path), read_only=True) as con:
            columns, rows = run_check(con, path)
        return dg.AssetCheckResult(
            passed=not rows,
            severity=dg.AssetCheckSeverity.ERROR if blocking else dg.AssetCheckSeverity.WARN,
            metadata={"offending_rows": len(rows), "sample": preview(columns, rows)},
        )

    return _check


@dg.asset_check(asset="mart_tables", name="column_contracts", blocking=True,
                description="Great Expectations suites: keys unique, codes in their lists, values in range, evidence present.")
def column_contracts(paths: ExbenchPaths) -> dg.AssetCheckResult:
    from assets.quality.validator import validate

    results = validate(str(paths.settings().build_path))
    failed = [r for r in results if not r.passed]
    rows = [(r.table, r.expectation, r.column, r.unexpected) for r in failed]
    return dg.AssetCheckResult(
        passed=not failed,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={
            "expectations": len(results),
            "failed": len(failed),
            "offending_rows": sum(r.unexpected for r in failed),
            "sample": preview(["table", "expectation", "column", "unexpected"], rows),
        },
    )


def build_checks() -> list[dg.AssetChecksDefinition]:
    """One blocking asset check per SQL assertion file, a warning per soft threshold, and the contracts."""
    blocking = [_make_check(path) for path in sql_files("checks")]
    warnings = [_make_check(path, blocking=False) for path in sql_files("checks/warnings")]
    return blocking + warnings + [column_contracts]
