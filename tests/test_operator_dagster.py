"""Dagster as a service: the schedule is on, the sensor's first tick builds nothing, a one-machine run
materializes every shard partition, and each check's description reads on its own."""

from __future__ import annotations

import re
from pathlib import Path

import dagster as dg
import pytest

from assets.partitions import SHARDS
from assets.resources import ExbenchPaths
from pipelines.definitions import defs
from pipelines.jobs import RANGE_END_TAG, RANGE_START_TAG
from pipelines.schedules import daily_rebuild
from pipelines.sensors import raw_folder_sensor

README = Path(__file__).resolve().parent.parent / "README.md"


def test_the_daily_schedule_and_the_sensor_are_on_by_default():
    assert daily_rebuild.default_status == dg.DefaultScheduleStatus.RUNNING
    assert raw_folder_sensor.default_status == dg.DefaultSensorStatus.RUNNING


def test_the_sensors_first_evaluation_sets_the_cursor_and_starts_nothing(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Kartal Belediyesi", encoding="utf-8")
    paths = ExbenchPaths(raw_dir=str(raw))
    first = raw_folder_sensor(dg.build_sensor_context(cursor=None), paths=paths)
    assert not first.run_requests and first.cursor
    assert raw_folder_sensor(dg.build_sensor_context(cursor=first.cursor), paths=paths).run_requests in (None, [])
    (raw / "b.txt").write_text("Çorlu Belediyesi", encoding="utf-8")
    changed = raw_folder_sensor(dg.build_sensor_context(cursor=first.cursor), paths=paths)
    assert len(changed.run_requests) == 1 and changed.cursor != first.cursor


def _range(request: dg.RunRequest) -> list[str]:
    keys = SHARDS.get_partition_keys()
    return keys[keys.index(request.tags[RANGE_START_TAG]) : keys.index(request.tags[RANGE_END_TAG]) + 1]


def test_schedule_and_sensor_ask_for_every_partition_in_one_run(tmp_path):
    context = dg.build_schedule_context(scheduled_execution_time=None, repository_def=defs.get_repository_def())
    [scheduled] = list(daily_rebuild.evaluate_tick(context).run_requests or [])
    assert sorted(_range(scheduled)) == sorted(SHARDS.get_partition_keys())
    raw = tmp_path / "raw"
    raw.mkdir()
    paths = ExbenchPaths(raw_dir=str(raw))
    first = raw_folder_sensor(dg.build_sensor_context(cursor=None), paths=paths)
    (raw / "a.txt").write_text("Kartal Belediyesi", encoding="utf-8")
    [sensed] = raw_folder_sensor(dg.build_sensor_context(cursor=first.cursor), paths=paths).run_requests
    assert sorted(_range(sensed)) == sorted(SHARDS.get_partition_keys())


@pytest.mark.slow
def test_a_one_machine_run_shows_every_shard_partition_materialized(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Kartal Belediyesi 2023 yılında 12 iyileştirme projesi başlattı.", encoding="utf-8")
    monkeypatch.setenv("EXBENCH_RAW_DIR", str(raw))
    monkeypatch.setenv("EXBENCH_WAREHOUSE", str(tmp_path / "warehouse" / "exbench.duckdb"))
    monkeypatch.setenv("EXBENCH_EXPORTS", str(tmp_path / "warehouse" / "exports"))
    context = dg.build_schedule_context(scheduled_execution_time=None, repository_def=defs.get_repository_def())
    [request] = list(daily_rebuild.evaluate_tick(context).run_requests or [])
    job = defs.resolve_job_def("build_everything")
    with dg.DagsterInstance.ephemeral() as instance:
        result = job.execute_in_process(instance=instance, tags=request.tags, raise_on_error=False)
        assert result.success
        for asset in ("document_pages", "document_facts"):
            assert instance.get_materialized_partitions(dg.AssetKey(asset)) == set(SHARDS.get_partition_keys())


def test_check_descriptions_read_on_their_own():
    from assets.warehouse import warehouse_build

    for spec in warehouse_build.check_specs:
        text = spec.description
        assert text.startswith(("Blocking: ", "Warning: ")), spec.key
        assert text.startswith("Blocking") == spec.blocking
        # nothing outside the repository: no spec documents, issues or shared folders
        assert not re.search(r"MISSION|DOMAIN|\.md\b|shared/|issue|#\d", text), (spec.key, text)


def test_the_readme_shows_the_services_and_how_they_stop():
    text = README.read_text(encoding="utf-8")
    assert "dagster-daemon run" in text and "dagster-webserver" in text
    assert "[Unit]" in text and "KillSignal=SIGINT" in text  # units that stop cleanly
