"""Publication under stress: builds launched by Dagster wait for each other, and a write-ahead log
someone left beside the published warehouse neither stops a run nor leaks into the next build."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
import time

import dagster as dg
import duckdb
import pytest

from assets.resources import ExbenchPaths
from exbench.runtime.lock import build_lock
from pipelines.definitions import ALL_ASSETS
from tests.conftest import SEEDS, build

SEED_PDF = SEEDS / "pdf-chromium" / "002_dc6b67fdd8ec7530.pdf"


@pytest.fixture()
def built(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SEED_PDF, raw)
    settings, _ = build(tmp_path, raw)
    return settings


def _build_id(warehouse) -> str:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute("select build_id from meta.builds").fetchone()[0]


def test_a_dagster_launched_build_waits_for_the_build_lock_instead_of_failing(built):
    """As when the schedule fires while `exbench run` builds: the Dagster run holds no CLI lock of its own."""
    paths = ExbenchPaths(raw_dir=str(built.raw_dir), warehouse=str(built.warehouse), exports_dir=str(built.exports_dir))
    before = _build_id(built.warehouse)
    results: list[dg.ExecuteInProcessResult] = []

    def dagster_run() -> None:
        with dg.DagsterInstance.ephemeral() as instance:
            results.append(
                dg.materialize(
                    ALL_ASSETS, resources={"paths": paths}, instance=instance, partition_key="all", raise_on_error=False
                )
            )

    with build_lock(built.warehouse):  # another build holds the warehouse
        runner = threading.Thread(target=dagster_run)
        runner.start()
        time.sleep(8)
        assert runner.is_alive(), "the Dagster build did not wait for the lock"
        assert _build_id(built.warehouse) == before
    runner.join(timeout=300)
    assert results and results[0].success
    assert _build_id(built.warehouse) != before


def test_a_write_ahead_log_left_beside_the_warehouse_is_removed_and_not_replayed(built):
    """Someone opened the published file read-write and was killed: the .wal holds their change."""
    tamper = (
        "import duckdb, os, sys\n"
        "con = duckdb.connect(sys.argv[1])\n"
        "con.execute('pragma disable_checkpoint_on_shutdown')\n"
        "con.execute(\"update core.documents set title = 'tampered'\")\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", tamper, str(built.warehouse)], check=True)
    wal = built.warehouse.with_name(built.warehouse.name + ".wal")
    assert wal.exists()
    build(built.raw_dir.parent, built.raw_dir)
    assert not wal.exists()
    with duckdb.connect(str(built.warehouse), read_only=True) as con:
        assert con.execute("select count(*) from core.documents where title = 'tampered'").fetchone()[0] == 0
