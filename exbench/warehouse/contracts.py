"""Column contracts of the warehouse as Great Expectations suites, one per table.

Great Expectations is the one place for a column's contract: not null, unique
keys, values in a set, values between bounds (beyond the primary keys and NOT
NULLs of the DDL, which refuse a wrong row as it is loaded). Every set and
bound comes from the reference tables of the file being checked (ref.schemes,
ref.value_ranges, ...), so a code added to a seed is accepted without touching
this file; what a contract cannot say (a quote on its page, a value whose
range depends on another table) is an SQL check of sql/checks.

Great Expectations is imported only here, when checks run: it costs seconds and
about 200 MB, which the CLI and the code location should not pay at start-up.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

import duckdb


@dataclass(frozen=True)
class Reference:
    """Where a set of codes lives: columns of a ref table, and for ref.codes the list (code_kind)."""

    table: str
    columns: tuple[str, ...]
    code_kind: str | None = None

    def values(self, con: duckdb.DuckDBPyConnection) -> list:
        # identifiers come from CONTRACTS below; the code kind is bound as a value
        where = "code_kind = ?" if self.code_kind else " and ".join(f"{c} is not null" for c in self.columns)
        rows = con.execute(
            f"select {', '.join(self.columns)} from ref.{self.table} where {where}", [self.code_kind] if self.code_kind else []
        ).fetchall()
        return [row[0] if len(row) == 1 else tuple(row) for row in rows]

    def __str__(self) -> str:
        return f"ref.{self.table}" + (f" ({self.code_kind})" if self.code_kind else "")


def _codes(kind: str) -> Reference:
    return Reference("codes", ("code",), kind)


# table -> expectations: (kind, column or columns, argument). A key or a required value the DDL already
# enforces (primary key, not null) is not restated: such a row never gets into the table.
#   unique        the column, or the columns together, identify a row
#   not_null      the column is never empty
#   in_ref        values (or pairs of values) among the codes of a Reference
#   in_range      values within the bounds of a value_kind of ref.value_ranges (years for dates)
#   at_least      values not below a number
#   not_below     the first column is never below the second (when both are there)
#   differ        the columns never hold the same value in one row
CONTRACTS: dict[str, list[tuple[str, str | tuple[str, ...], object]]] = {
    "core.documents": [
        ("in_ref", "status", _codes("document_status")),
        ("in_range", "cycle_year", "year"),
        ("in_range", "published_on", "year"),
    ],
    "core.pages": [("not_null", "text", None), ("at_least", "page_number", 1)],
    "core.reported_metrics": [
        ("in_ref", "metric_code", Reference("metric_catalog", ("metric_code",))),
        ("in_range", "period_year", "year"),
        ("not_null", "page", None),
    ],
    "core.recognitions": [
        ("in_ref", "scheme", Reference("schemes", ("scheme",))),
        ("in_range", "stars", "stars"),
        ("in_range", "year", "year"),
        ("in_range", "awarded_on", "year"),
    ],
    "core.findings": [
        ("in_ref", "finding_type", Reference("finding_types", ("finding_type",))),
        ("in_ref", "framework", Reference("frameworks", ("framework",))),
        ("in_ref", "theme", Reference("themes", ("theme",))),
        ("in_range", "cycle_year", "year"),
    ],
    "core.scores": [
        ("in_range", "points", "points"),
        ("in_range", "max_points", "points"),
        ("not_below", ("max_points", "points"), None),
        ("in_range", "cycle_year", "year"),
    ],
    "core.focus_areas": [
        ("in_ref", "theme", Reference("themes", ("theme",))),
        ("in_range", "share_pct", "percent"),
        ("in_range", "cycle_year", "year"),
    ],
    "core.events": [
        ("not_null", "event_date", None),
        ("in_range", "event_date", "year"),
        ("in_range", "event_date_end", "year"),
        ("not_below", ("event_date_end", "event_date"), None),
    ],
    "core.targets": [("in_range", "period_year", "year")],
    "core.peer_links": [("differ", ("organization_id", "peer_organization_id"), None)],
    "core.rejected_facts": [("in_ref", "reason", _codes("rejection_reason"))],
    "mart.star_ratings": [
        ("unique", ("organization_id", "scheme", "cycle_year"), None),
        ("in_ref", "basis", _codes("rating_basis")),
        ("in_ref", ("scheme", "stars"), Reference("star_levels", ("scheme", "stars"))),
    ],
    "mart.benchmark_indicators": [
        ("unique", ("organization_id", "cycle_year", "indicator_code"), None),
        ("in_range", "percentile", "percent"),
        ("at_least", "rank", 1),
    ],
    "mart.benchmark_scope": [("unique", ("scheme", "cycle_year", "organization_id"), None)],
}


def _says(kind: str, columns: str | tuple[str, ...], argument: object) -> str:
    names = ", ".join(columns) if isinstance(columns, tuple) else columns
    if kind == "unique":
        return f"{names} unique" + (" together" if isinstance(columns, tuple) else "")
    if kind == "not_null":
        return f"{names} present"
    if kind == "in_ref":
        return f"({names}) in {argument}" if isinstance(columns, tuple) else f"{names} in {argument}"
    if kind == "in_range":
        return f"{names} within the {argument} range of ref.value_ranges"
    if kind == "at_least":
        return f"{names} at least {argument}"
    if kind == "not_below":
        return f"{columns[0]} not below {columns[1]}"
    return f"{names} differ"


def contract_description(table: str) -> str:
    """What a table's suite expects, in a line: 'Great Expectations: scheme in ref.schemes; ...'."""
    return "Great Expectations: " + "; ".join(_says(*expectation) for expectation in CONTRACTS[table]) + "."


@dataclass(frozen=True)
class ContractResult:
    table: str
    expectation: str
    column: str
    passed: bool
    unexpected: int


def _bounds(con: duckdb.DuckDBPyConnection, value_kind: str, dates: bool) -> tuple[object, object]:
    low, high = con.execute("select min_value, max_value from ref.value_ranges where value_kind = ?", [value_kind]).fetchone()
    if dates:  # a date is in range when its year is
        return datetime(int(low), 1, 1), datetime(int(high), 12, 31, 23, 59, 59)
    return low, high


def _expectation(gx, kind: str, columns, argument: object, con: duckdb.DuckDBPyConnection, frame):
    """One expectation of CONTRACTS, its set or bounds read from the ref tables of the file being checked."""
    e = gx.expectations
    if kind == "unique":
        if isinstance(columns, tuple):
            return e.ExpectCompoundColumnsToBeUnique(column_list=list(columns))
        return e.ExpectColumnValuesToBeUnique(column=columns)
    if kind == "not_null":
        return e.ExpectColumnValuesToNotBeNull(column=columns)
    if kind == "in_ref" and isinstance(columns, tuple):
        return e.ExpectColumnPairValuesToBeInSet(
            column_A=columns[0],
            column_B=columns[1],
            value_pairs_set=argument.values(con),
            ignore_row_if="either_value_is_missing",
        )
    if kind == "in_ref":
        return e.ExpectColumnValuesToBeInSet(column=columns, value_set=argument.values(con))
    if kind == "in_range":
        import pandas as pd

        low, high = _bounds(con, str(argument), pd.api.types.is_datetime64_any_dtype(frame[columns]))
        return e.ExpectColumnValuesToBeBetween(column=columns, min_value=low, max_value=high)
    if kind == "at_least":
        return e.ExpectColumnValuesToBeBetween(column=columns, min_value=argument)
    if kind == "not_below":
        return e.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A=columns[0], column_B=columns[1], or_equal=True, ignore_row_if="either_value_is_missing"
        )
    if kind == "differ":
        return e.ExpectSelectColumnValuesToBeUniqueWithinRecord(column_list=list(columns))
    raise ValueError(f"unknown contract kind {kind!r}")


def import_great_expectations():
    """Great Expectations, imported without its usage analytics (no network here)."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    import great_expectations as gx

    return gx


def _columns(kwargs: dict) -> str:
    if "column" in kwargs:
        return kwargs["column"]
    if "column_list" in kwargs:
        return ", ".join(kwargs["column_list"])
    return f"{kwargs.get('column_A', '')}, {kwargs.get('column_B', '')}"


def validate_contracts(database: str) -> list[ContractResult]:
    """Run every contract on the warehouse file; one result per expectation of each non-empty table."""
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
            batch = (
                source.add_dataframe_asset(table)
                .add_batch_definition_whole_dataframe("all")
                .get_batch(batch_parameters={"dataframe": frame})
            )
            suite = gx.ExpectationSuite(name=table)
            for kind, columns, argument in expectations:
                suite.add_expectation(_expectation(gx, kind, columns, argument, con, frame))
            outcome = batch.validate(suite)
            for item in outcome.results:
                results.append(
                    ContractResult(
                        table,
                        item.expectation_config.type,
                        _columns(item.expectation_config.kwargs),
                        bool(item.success),
                        int(item.result.get("unexpected_count") or 0),
                    )
                )
    return results
