"""Column contracts of the warehouse as Great Expectations suites.

Great Expectations is imported only here, when checks run: it costs seconds and
about 200 MB, which the CLI and the code location should not pay at start-up.
Value sets come from the reference tables, so a code added to a catalog is
accepted without touching this file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import duckdb

SCHEMES = ["efqm", "kalder", "iran_national", "baldrige", "eloge", "iso", "municipal", "other"]
FINDING_TYPES = ["strength", "improvement_area", "best_practice", "improvement_project"]

# table -> expectations: (kind, column, argument)
CONTRACTS: dict[str, list[tuple[str, str, object]]] = {
    "core.documents": [
        ("unique", "document_id", None), ("not_null", "source_path", None), ("in_set", "status", ["ok", "quarantined"]),
    ],
    "core.pages": [("not_null", "text", None), ("between", "page_number", (1, None))],
    "core.organizations": [("unique", "organization_id", None), ("not_null", "canonical_name", None)],
    "core.reported_metrics": [
        ("unique", "metric_id", None), ("in_query", "metric_code", "select metric_code from ref.metric_catalog"),
        ("between", "value", (0, None)), ("not_null", "evidence", None), ("not_null", "page", None),
    ],
    "core.recognitions": [("in_set", "scheme", SCHEMES), ("between", "stars", (1, 7)), ("not_null", "evidence", None)],
    "core.findings": [("in_set", "finding_type", FINDING_TYPES), ("not_null", "evidence", None)],
    "core.events": [("not_null", "event_date", None), ("not_null", "evidence", None)],
    "core.targets": [("not_null", "title", None), ("not_null", "evidence", None)],
    "mart.benchmark_indicators": [("between", "percentile", (0, 100)), ("between", "rank", (1, None))],
    "mart.star_ratings": [("in_set", "basis", ["reported", "computed"])],
}


@dataclass(frozen=True)
class ContractResult:
    table: str
    expectation: str
    column: str
    passed: bool
    unexpected: int


def _expectation(gx, kind: str, column: str, argument: object, con: duckdb.DuckDBPyConnection):
    if kind == "unique":
        return gx.expectations.ExpectColumnValuesToBeUnique(column=column)
    if kind == "not_null":
        return gx.expectations.ExpectColumnValuesToNotBeNull(column=column)
    if kind == "in_set":
        return gx.expectations.ExpectColumnValuesToBeInSet(column=column, value_set=list(argument))
    if kind == "in_query":
        values = [row[0] for row in con.execute(str(argument)).fetchall()]
        return gx.expectations.ExpectColumnValuesToBeInSet(column=column, value_set=values)
    low, high = argument
    return gx.expectations.ExpectColumnValuesToBeBetween(column=column, min_value=low, max_value=high)


def import_great_expectations():  # noqa: ANN201 - the module, imported on demand
    """Great Expectations, imported without its usage analytics (no network here)."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    import great_expectations as gx

    return gx


def validate_contracts(database: str) -> list[ContractResult]:
    """Run every contract on the warehouse file; one result per expectation."""
    gx = import_great_expectations()
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    source = context.data_sources.add_pandas("warehouse")
    results: list[ContractResult] = []
    with duckdb.connect(database, read_only=True) as con:
        for table, expectations in CONTRACTS.items():
            frame = con.execute(f"select * from {table}").df()  # table names come from the fixed dict above
            if frame.empty:
                continue
            batch = source.add_dataframe_asset(table).add_batch_definition_whole_dataframe("all").get_batch(
                batch_parameters={"dataframe": frame}
            )
            suite = gx.ExpectationSuite(name=table)
            for kind, column, argument in expectations:
                suite.add_expectation(_expectation(gx, kind, column, argument, con))
            outcome = batch.validate(suite)
            for item in outcome.results:
                results.append(
                    ContractResult(table, item.expectation_config.type, item.expectation_config.kwargs.get("column", ""),
                                   bool(item.success), int(item.result.get("unexpected_count") or 0))
                )
    return results
