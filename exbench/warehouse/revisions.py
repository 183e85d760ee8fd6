"""What the previous published build held, for the corrections and revision notices of the next one.

A build compares itself with the warehouse it will replace: a correction whose
fact was there and is gone is orphaned rather than unknown
(sql/core/apply_corrections.sql), and meta.revisions lists the facts added,
removed and changed and the ratings and ranks that moved
(sql/revisions/record_revisions.sql). The previous file is only read; one that
is missing, unreadable or from before fact ids counts as no previous build.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import polars as pl

from exbench.warehouse.sql import run_file, sql_text

_FACTS = {
    "fact_table": pl.String,
    "fact_id": pl.String,
    "document_id": pl.String,
    "organization_id": pl.String,
    "value": pl.String,
    "year": pl.Int32,
    "review_status": pl.String,
}
_PREVIOUS = {
    "previous_facts": ("revisions/select_fact_summary.sql", _FACTS),
    "previous_ratings": (
        "select organization_id, scheme, cycle_year, stars from mart.star_ratings",
        {"organization_id": pl.String, "scheme": pl.String, "cycle_year": pl.Int32, "stars": pl.Int32},
    ),
    "previous_ranks": (
        "select organization_id, cycle_year, indicator_code, peer_group, rank from mart.benchmark_indicators",
        {
            "organization_id": pl.String,
            "cycle_year": pl.Int32,
            "indicator_code": pl.String,
            "peer_group": pl.String,
            "rank": pl.Int32,
        },
    ),
    "previous_documents": ("select document_id from core.documents", {"document_id": pl.String}),
    "previous_build": ("select build_id from meta.builds", {"build_id": pl.String}),
    # facts the previous build's corrections named: one orphaned then is still orphaned, not unknown
    "previous_decided": (
        "select distinct fact_id from meta.corrections where status in ('applied', 'orphaned')",
        {"fact_id": pl.String},
    ),
}


def _frame(con: duckdb.DuckDBPyConnection | None, query: str, schema: dict[str, pl.DataType]) -> pl.DataFrame:
    if con is None:
        return pl.DataFrame(schema=schema)
    text = sql_text(query) if query.endswith(".sql") else query
    cursor = con.execute(text)
    columns = [d[0] for d in cursor.description]
    return pl.DataFrame(cursor.fetchall(), schema=dict(zip(columns, schema.values(), strict=True)), orient="row")


def read_previous(previous: Path | None) -> dict[str, pl.DataFrame]:
    """The previous published build's facts, ratings, ranks, documents and id (all empty when there is none)."""
    frames = {name: _frame(None, query, schema) for name, (query, schema) in _PREVIOUS.items()}
    if previous is None or not previous.is_file():
        return frames
    try:
        with duckdb.connect(str(previous), read_only=True) as con:
            for name, (query, schema) in _PREVIOUS.items():
                try:
                    frames[name] = _frame(con, query, schema)
                except duckdb.Error:  # a warehouse from before this table or column: none of it
                    pass
    except duckdb.Error:
        pass
    return frames


def load_previous(con: duckdb.DuckDBPyConnection, previous: dict[str, pl.DataFrame], schema: str = "staging") -> None:
    """The previous build's tables copied into the build being made (schema.previous_facts, ...)."""
    for name, frame in previous.items():
        con.register("_previous_frame", frame)
        # the name comes from the fixed dict above
        con.execute(f"create or replace table {schema}.{name} as select * from _previous_frame")
        con.unregister("_previous_frame")


def record_revisions(con: duckdb.DuckDBPyConnection, previous: dict[str, pl.DataFrame]) -> int:
    """Fill meta.revisions of the build on `con` (core and marts built) against the previous build; returns its rows."""
    con.execute("create or replace temp table current_facts as " + sql_text("revisions/select_fact_summary.sql"))
    for name, frame in previous.items():
        if name == "previous_decided":
            continue
        con.register("_previous_frame", frame)
        con.execute(f"create or replace temp table {name} as select * from _previous_frame")
        con.unregister("_previous_frame")
    run_file(con, "revisions/record_revisions.sql")
    return con.execute("select count(*) from meta.revisions").fetchone()[0]
