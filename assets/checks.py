"""The warehouse build's checks as Dagster sees them: declared on `mart_tables`, yielded by the build step."""

import dagster as dg

from assets.metadata import preview
from exbench.warehouse.checks import CONTRACTS, CONTRACTS_DESCRIPTION, CheckOutcome, check_description, check_name, sql_checks

CHECKED_ASSET = "mart_tables"


def check_specs() -> list[dg.AssetCheckSpec]:
    """One spec per SQL check (blocking, or a warning for soft thresholds) and the column contracts."""
    specs = [
        dg.AssetCheckSpec(check_name(path), asset=CHECKED_ASSET, blocking=blocking, description=check_description(path))
        for path, blocking in sql_checks()
    ]
    return specs + [dg.AssetCheckSpec(CONTRACTS, asset=CHECKED_ASSET, blocking=True, description=CONTRACTS_DESCRIPTION)]


def check_result(outcome: CheckOutcome) -> dg.AssetCheckResult:
    """A verdict as Dagster shows it: an error for a blocking check, a warning for a soft threshold."""
    return dg.AssetCheckResult(
        asset_key=CHECKED_ASSET,
        check_name=outcome.name,
        passed=outcome.passed,
        severity=dg.AssetCheckSeverity.ERROR if outcome.blocking else dg.AssetCheckSeverity.WARN,
        metadata={"offending_rows": len(outcome.rows), "sample": preview(outcome.columns, outcome.rows)},
    )
