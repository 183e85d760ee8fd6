"""write_corrections.sql states each settable field once: its statements per column and per fact table are
written from the field table (staging.correction_fields), and what is written runs on an empty core."""

from __future__ import annotations

import re

import duckdb
import pytest

from exbench.warehouse.build import create_schemas
from exbench.warehouse.corrections import empty_corrections, write_corrections_sql
from exbench.warehouse.revisions import load_previous, read_previous
from exbench.warehouse.sql import run_file, sql_text


@pytest.fixture()
def checked():
    """An empty warehouse in the state write_corrections.sql finds it: corrections staged and checked."""
    con = duckdb.connect()
    create_schemas(con)
    con.execute("create schema staging")
    for name, frame in empty_corrections().items():
        con.register("_frame", frame)
        con.execute(f"create table staging.{name} as select * from _frame")
        con.unregister("_frame")
    load_previous(con, {name: frame for name, frame in read_previous(None).items() if name.startswith("previous_")})
    run_file(con, "core/apply_corrections.sql")
    yield con
    con.close()


def test_every_field_of_the_field_table_gets_its_update_and_its_before_value(checked):
    fields = checked.execute("select fact_table, column_name from staging.correction_fields").fetchall()
    tables = {t for (t,) in checked.execute(sql_text("core/fact_tables.sql")).fetchall()}
    written = write_corrections_sql(checked)
    code = "\n".join(line for line in written.splitlines() if not line.lstrip().startswith("--"))
    assert not re.search(r"\$[a-z_]", code)  # every placeholder filled
    assert not re.search(r"^\s*-- (for each|end)$", written, re.M)  # every repeated part written out
    for table, column in fields:
        assert f"update core.{table} as t set {column} = v.normalized" in written, (table, column)
        assert f"'{column}' as column_name, {column}::varchar as before from core.{table}" in written, (table, column)
    assert set(re.findall(r"update core\.(\w+) as t set review_status", written)) == tables
    assert len(tables) >= 8  # metrics, recognitions, findings, scores, events, targets, peer links, focus areas
    template = sql_text("core/write_corrections.sql")
    assert not [column for _table, column in fields if f"set {column} =" in template]  # no column stated by hand


def test_what_is_written_runs_and_leaves_an_empty_audit(checked):
    checked.execute(write_corrections_sql(checked))
    assert checked.execute("select count(*) from meta.corrections").fetchone() == (0,)
    assert checked.execute("select count(*) from staging.values_before").fetchone() == (0,)
