"""Checks: each rule in one system (Great Expectations contracts or an SQL check), its codes and bounds
read from ref.* of the file being checked, each verdict attached to the table it checks."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from exbench.warehouse.build import create_schemas
from exbench.warehouse.checks import CONTRACTS_CHECK, declared_checks, evaluate_checks
from exbench.warehouse.contracts import CONTRACTS, validate_contracts
from exbench.warehouse.schema import warehouse_tables
from tests.conftest import SEED_IDS, SEEDS, build, write_manifest


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The five seeds (as text) built into a warehouse; tests change copies of it."""
    root = tmp_path_factory.mktemp("checks")
    raw = root / "raw"
    raw.mkdir()
    for seed in SEED_IDS:
        shutil.copy(SEEDS / "txt" / f"{seed}.txt", raw)
    write_manifest(raw, "txt")
    settings, _ = build(root, raw)
    return settings.warehouse


@pytest.fixture()
def warehouse(built, tmp_path) -> Path:
    copy = tmp_path / "exbench.duckdb"
    shutil.copy(built, copy)
    return copy


def _change(path: Path, *statements: str) -> None:
    with duckdb.connect(str(path)) as con:
        for statement in statements:
            con.execute(statement)


def _failed_contracts(path: Path) -> set[tuple[str, str]]:
    return {(r.table, r.column) for r in validate_contracts(str(path)) if not r.passed}


def _failed(path: Path) -> list[tuple[str, str]]:
    return sorted((o.table, o.name) for o in evaluate_checks(path) if o.blocking and not o.passed)


def test_the_seed_warehouse_passes_every_check(warehouse):
    assert _failed(warehouse) == []


def test_a_scheme_added_to_ref_schemes_is_accepted_and_one_outside_it_is_not(warehouse):
    _change(
        warehouse,
        "insert into ref.schemes values ('eu_label', 'A label of a European network.')",
        "update core.recognitions set scheme = 'eu_label' where recognition_id = (select min(recognition_id) from core.recognitions)",
    )
    assert _failed_contracts(warehouse) == set()
    _change(warehouse, "update core.recognitions set scheme = 'nobel' where scheme = 'eu_label'")
    assert _failed_contracts(warehouse) == {("core.recognitions", "scheme")}


def test_bounds_come_from_ref_value_ranges(warehouse):
    _change(
        warehouse,
        "update ref.value_ranges set max_value = 3 where value_kind = 'stars'",
        "update core.recognitions set stars = 4 where recognition_id = (select min(recognition_id) from core.recognitions)",
    )
    assert _failed_contracts(warehouse) == {("core.recognitions", "stars")}


def test_a_date_is_held_to_the_years_of_ref_value_ranges(warehouse):
    _change(
        warehouse,
        "update core.events set event_date = date '1850-01-01' where event_id = (select min(event_id) from core.events)",
    )
    assert ("core.events", "event_date") in _failed_contracts(warehouse)


@pytest.mark.parametrize(
    "breakage, check",
    [
        (
            "update core.recognitions set stars = 9 where recognition_id = (select min(recognition_id) from core.recognitions)",
            ("core.recognitions", CONTRACTS_CHECK),
        ),
        (
            "update mart.benchmark_indicators set percentile = 150 where rowid = (select min(rowid) from mart.benchmark_indicators)",
            ("mart.benchmark_indicators", CONTRACTS_CHECK),
        ),
        (
            "update core.reported_metrics set value = 2.5 where metric_code = 'strengths'",
            ("core.reported_metrics", "metric_values_fit_their_unit"),
        ),
        (
            "update core.reported_metrics set metric_code = 'smiles' where metric_code = 'strengths'",
            ("core.reported_metrics", CONTRACTS_CHECK),
        ),
        (
            "update core.documents set status = 'lost' where document_id = (select min(document_id) from core.documents)",
            ("core.documents", CONTRACTS_CHECK),
        ),
    ],
)
def test_each_rule_is_checked_by_one_system_on_the_table_it_breaks(warehouse, breakage, check):
    _change(warehouse, breakage)
    assert _failed(warehouse) == [check]


def test_a_check_of_several_tables_reports_on_each_table(warehouse):
    _change(
        warehouse,
        "update core.events set evidence = 'words that are on no page' where event_id = (select min(event_id) from core.events)",
    )
    outcomes = {(o.table, o.name): o for o in evaluate_checks(warehouse)}
    assert not outcomes["core.events", "evidence_on_page"].passed and len(outcomes["core.events", "evidence_on_page"].rows) == 1
    assert outcomes["core.reported_metrics", "evidence_on_page"].passed
    with duckdb.connect(str(warehouse), read_only=True) as con:
        recorded = dict(con.execute("select check_name, passed from meta.check_results").fetchall())
    assert recorded["core.events:evidence_on_page"] is False and recorded["core.reported_metrics:evidence_on_page"] is True
    assert len(recorded) == len(outcomes)


def test_every_check_names_tables_of_the_warehouse():
    tables = {table.qualified for table in warehouse_tables()}
    for check in declared_checks():
        assert check.tables and set(check.tables) <= tables, check.name
        assert check.description and not check.description.startswith("Table"), check.name
    assert set(CONTRACTS) <= tables


def test_no_contract_restates_a_constraint_of_the_ddl():
    """A primary key or NOT NULL of the DDL refuses the row as it loads: a contract saying it again is a second statement."""
    with duckdb.connect(":memory:") as con:
        create_schemas(con)
        keys = {
            (f"{schema}.{table}", tuple(columns))
            for schema, table, columns in con.execute(
                "select schema_name, table_name, constraint_column_names from duckdb_constraints() where constraint_type = 'PRIMARY KEY'"
            ).fetchall()
        }
        required = set(
            con.execute(
                "select schema_name || '.' || table_name, column_name from duckdb_columns() where not is_nullable"
            ).fetchall()
        )
    for table, expectations in CONTRACTS.items():
        for kind, columns, _ in expectations:
            if kind == "unique":
                assert (table, columns if isinstance(columns, tuple) else (columns,)) not in keys, (table, columns)
            if kind == "not_null":
                assert (table, columns) not in required, (table, columns)
