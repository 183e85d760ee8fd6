"""Per-document work is split into shards that Dagster partitions: shards run apart (on any executor)
and the warehouse built from them is the one a single run builds."""

from __future__ import annotations

import shutil
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from assets.resources import ExbenchPaths
from exbench.runtime.shards import SHARD_KEYS, shard_of
from pipelines.definitions import ALL_ASSETS, defs
from tests.conftest import SEED_IDS, SEEDS, build, write_manifest
from tests.test_reliability import table_dump


@pytest.fixture()
def raw(tmp_path: Path) -> Path:
    """The five seeds as text: their content ids fall in more than one shard."""
    folder = tmp_path / "raw"
    folder.mkdir()
    for seed in SEED_IDS:
        shutil.copy(SEEDS / "txt" / f"{seed}.txt", folder)
    write_manifest(folder, "txt")
    return folder


def _paths(root: Path, raw: Path) -> ExbenchPaths:
    return ExbenchPaths(raw_dir=str(raw), warehouse=str(root / "warehouse" / "exbench.duckdb"), exports_dir=str(root / "exports"))


def _shards_with_documents(warehouse: Path) -> list[str]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return sorted({shard_of(doc) for (doc,) in con.execute("select document_id from core.documents").fetchall()})


def _materialize(paths: ExbenchPaths, selection: list, partition_key: str | None = None) -> dg.ExecuteInProcessResult:
    with dg.DagsterInstance.ephemeral() as instance:
        return dg.materialize(
            selection, resources={"paths": paths}, instance=instance, partition_key=partition_key, raise_on_error=False
        )


def test_the_per_document_assets_are_partitioned_by_sixteen_shards():
    graph = defs.get_repository_def().asset_graph
    for asset in ("document_pages", "document_facts"):
        assert graph.get(dg.AssetKey(asset)).partitions_def.get_partition_keys() == ["all", *SHARD_KEYS]
    assert graph.get(dg.AssetKey(["core", "documents"])).partitions_def is None
    assert {"register_documents", "build_shards", "build_warehouse"} <= {
        job.name for job in defs.get_repository_def().get_all_jobs()
    }


def test_shards_run_one_at_a_time_build_the_same_warehouse_as_one_run(tmp_path, raw):
    single, _ = build(tmp_path / "single", raw)
    shards = _shards_with_documents(single.warehouse)
    assert len(shards) >= 2

    paths = _paths(tmp_path / "sharded", raw)
    by_key = {key.to_user_string(): a for a in ALL_ASSETS for key in a.keys}
    assert _materialize(paths, [by_key["raw_documents"]]).success
    per_document = [by_key["document_pages"], by_key["document_facts"]]
    downstream = [
        a for a in ALL_ASSETS if not {k.to_user_string() for k in a.keys} & {"raw_documents", "document_pages", "document_facts"}
    ]
    for shard in shards[:-1]:
        assert _materialize(paths, per_document, partition_key=shard).success

    missing = _materialize(paths, downstream)
    assert not missing.success
    [failure] = [e for e in missing.all_events if e.is_step_failure]
    assert f"shard(s) {shards[-1]} have not been read" in failure.step_failure_data.error.message

    assert _materialize(paths, per_document, partition_key=shards[-1]).success
    assert _materialize(paths, downstream).success
    assert table_dump(paths.settings().warehouse) == table_dump(single.warehouse)


def _job(name: str) -> dg.JobDefinition:
    return defs.resolve_job_def(name)


def register_job() -> dg.JobDefinition:
    return _job("register_documents")


def shards_job() -> dg.JobDefinition:
    return _job("build_shards")


def warehouse_job() -> dg.JobDefinition:
    return _job("build_warehouse")


@pytest.mark.slow
def test_the_multiprocess_executor_runs_each_shard_in_its_own_run(tmp_path, raw, monkeypatch):
    """As a deployment would: register, a run per shard (its steps in processes of their own), then the
    warehouse (in one process here: its fourteen steps would each start a process to no purpose)."""
    single, _ = build(tmp_path / "single", raw)
    warehouse = tmp_path / "sharded" / "warehouse" / "exbench.duckdb"
    monkeypatch.setenv("EXBENCH_RAW_DIR", str(raw))  # the step processes resolve their paths from the environment
    monkeypatch.setenv("EXBENCH_WAREHOUSE", str(warehouse))
    multiprocess = {"execution": {"config": {"multiprocess": {"max_concurrent": 2}}}}
    (tmp_path / "dagster").mkdir()
    with dg.instance_for_test(temp_dir=str(tmp_path / "dagster")) as instance:
        runs = [dg.execute_job(dg.reconstructable(register_job), instance, run_config=multiprocess)]
        for shard in _shards_with_documents(single.warehouse):
            runs.append(
                dg.execute_job(
                    dg.reconstructable(shards_job), instance, run_config=multiprocess, tags={"dagster/partition": shard}
                )
            )
        in_process = {"execution": {"config": {"in_process": {}}}}
        runs.append(dg.execute_job(dg.reconstructable(warehouse_job), instance, run_config=in_process))
        assert all(run.success for run in runs)
        for run in runs[:-1]:
            assert any("multiprocess executor" in (entry.user_message or "") for entry in instance.all_logs(run.run_id))
        assert instance.get_run_by_id(runs[1].run_id).tags["dagster/partition"] in SHARD_KEYS
    assert table_dump(warehouse) == table_dump(single.warehouse)
