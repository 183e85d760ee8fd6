"""The published warehouse opens in the DuckDB CLI analysts install, not only in the DuckDB that wrote it."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from exbench.warehouse.build import STORAGE_VERSION, storage_version

# The newest DuckDB CLI on PyPI when this was written; DuckDB 2.0's own storage format is refused by every 1.x.
DUCKDB_CLI = "duckdb-cli==1.5.6"


def test_the_warehouse_is_written_in_the_older_storage_format(seed_warehouse):
    assert storage_version(seed_warehouse.warehouse) == f"{STORAGE_VERSION}+"


@pytest.fixture(scope="module")
def duckdb_cli(tmp_path_factory) -> Path:
    """The DuckDB CLI from PyPI in a venv of its own (skipped without network, failed in CI)."""
    venv = tmp_path_factory.mktemp("duckdb-cli")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    done = subprocess.run(
        [str(venv / "bin" / "pip"), "install", "--quiet", DUCKDB_CLI], capture_output=True, text=True, timeout=600
    )
    if done.returncode != 0:
        message = f"could not install {DUCKDB_CLI}: {done.stderr.strip().splitlines()[-1:]}"
        if os.environ.get("EXBENCH_REQUIRE_TOOLS"):
            pytest.fail(message)
        pytest.skip(message)
    return venv / "bin" / "duckdb"


@pytest.mark.slow
def test_the_duckdb_cli_from_pypi_opens_the_warehouse_read_only(seed_warehouse, duckdb_cli):
    sql = "select count(*) from core.organizations; select canonical_name from core.organizations where country = 'IR' order by 1 limit 1"
    done = subprocess.run(
        [str(duckdb_cli), "-readonly", "-csv", "-noheader", str(seed_warehouse.warehouse), "-c", sql],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    with duckdb.connect(str(seed_warehouse.warehouse), read_only=True) as con:
        count = con.execute("select count(*) from core.organizations").fetchone()[0]
        persian = con.execute("select canonical_name from core.organizations where country = 'IR' order by 1 limit 1").fetchone()[
            0
        ]
    assert [row[0] for row in csv.reader(io.StringIO(done.stdout))] == [str(count), persian]
    assert not seed_warehouse.warehouse.with_name(seed_warehouse.warehouse.name + ".wal").exists()
