"""The warehouse build's checks as Dagster sees them: each declared on the table it checks, yielded by the build step."""

import dagster as dg

from assets.metadata import preview
from exbench.warehouse.checks import CheckOutcome, declared_checks


def table_key(table: str) -> dg.AssetKey:
    """The asset key of a warehouse table: core.documents is core/documents."""
    return dg.AssetKey(table.split("."))


def check_specs() -> list[dg.AssetCheckSpec]:
    """One spec per check and table: SQL checks (blocking, or warnings for soft thresholds) and each table's contracts."""
    return [
        dg.AssetCheckSpec(check.name, asset=table_key(table), blocking=check.blocking, description=check.description)
        for check in declared_checks()
        for table in check.tables
    ]


def check_result(outcome: CheckOutcome) -> dg.AssetCheckResult:
    """A verdict as Dagster shows it: an error for a blocking check, a warning for a soft threshold."""
    return dg.AssetCheckResult(
        asset_key=table_key(outcome.table),
        check_name=outcome.name,
        passed=outcome.passed,
        severity=dg.AssetCheckSeverity.ERROR if outcome.blocking else dg.AssetCheckSeverity.WARN,
        metadata={"offending_rows": len(outcome.rows), "sample": preview(outcome.columns, outcome.rows)},
    )
