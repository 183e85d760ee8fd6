"""The warehouse build's checks as Dagster sees them: each declared on the table it checks, yielded by the build step."""

import dagster as dg

from assets.metadata import preview
from exbench.warehouse.checks import CheckOutcome, declared_checks


def table_key(table: str) -> dg.AssetKey:
    """The asset key of a warehouse table: core.documents is core/documents."""
    return dg.AssetKey(table.split("."))


def check_text(description: str, blocking: bool) -> str:
    """A check's description as the UI shows it, readable alone: what a failure does and what the check looks for."""
    contract = "Great Expectations: "
    if description.startswith(contract):
        what = "Expects (column contracts, checked with Great Expectations): " + description.removeprefix(contract)
    else:
        what = "Finds: " + description[:1].upper() + description[1:]
    if blocking:
        return f"Blocking: a failure stops the publication of the warehouse. {what}"
    return f"Warning: recorded in meta.check_results; it never stops the publication. {what}"


def check_specs() -> list[dg.AssetCheckSpec]:
    """One spec per check and table: SQL checks (blocking, or warnings for soft thresholds) and each table's contracts."""
    return [
        dg.AssetCheckSpec(
            check.name, asset=table_key(table), blocking=check.blocking, description=check_text(check.description, check.blocking)
        )
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
