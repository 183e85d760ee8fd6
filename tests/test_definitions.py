"""The code location loads and wires the assets, checks, jobs, schedule and sensor."""

from __future__ import annotations

import dagster as dg

from assets.resources import ExbenchPaths
from exbench.warehouse.schema import warehouse_tables
from pipelines.definitions import defs
from pipelines.sensors import raw_folder_sensor


def test_code_location_has_the_whole_graph():
    repo = defs.get_repository_def()
    keys = {key.to_user_string() for key in repo.asset_graph.get_all_asset_keys()}
    tables = {f"{t.schema}/{t.name}" for t in warehouse_tables()}
    assert {
        "core/documents",
        "core/reported_metrics",
        "core/rejected_facts",
        "mart/star_ratings",
        "mart/benchmark_scope",
    } <= tables
    assert keys == {"raw_documents", "document_pages", "document_facts", "warehouse", "jury_exports", "benchmark_report"} | tables
    assert {job.name for job in repo.get_all_jobs()} >= {"build_everything", "refresh_exports"}
    assert [s.name for s in repo.schedule_defs] == ["daily_rebuild"]
    assert [s.name for s in repo.sensor_defs] == ["raw_folder_sensor"]
    checks = {key.to_user_string() for key in repo.asset_graph.asset_check_keys}
    assert {
        "core/reported_metrics:evidence_on_page",
        "core/findings:evidence_on_page",
        "core/documents:quarantine_has_reason",
        "core/reported_metrics:metric_values_fit_their_unit",
        "core/recognitions:column_contracts",
        "mart/star_ratings:column_contracts",
        "core/rejected_facts:warn_rejected_facts",
    } <= checks


def test_sensor_requests_a_run_only_when_raw_changes(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Kartal Belediyesi", encoding="utf-8")
    paths = ExbenchPaths(raw_dir=str(raw))
    first = raw_folder_sensor(dg.build_sensor_context(cursor=None), paths=paths)
    assert not first.run_requests and first.cursor  # the first tick sets the cursor, it starts no build
    again = raw_folder_sensor(dg.build_sensor_context(cursor=first.cursor), paths=paths)
    assert not again.run_requests
    (raw / "b.txt").write_text("Çorlu Belediyesi", encoding="utf-8")
    changed = raw_folder_sensor(dg.build_sensor_context(cursor=first.cursor), paths=paths)
    assert len(changed.run_requests) == 1 and changed.cursor != first.cursor


def test_sensor_notices_a_removed_file(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Kartal Belediyesi", encoding="utf-8")
    (raw / "b.txt").write_text("Çorlu Belediyesi", encoding="utf-8")
    paths = ExbenchPaths(raw_dir=str(raw))
    first = raw_folder_sensor(dg.build_sensor_context(cursor=None), paths=paths)
    (raw / "b.txt").unlink()
    after = raw_folder_sensor(dg.build_sensor_context(cursor=first.cursor), paths=paths)
    assert len(after.run_requests) == 1


def test_daily_schedule_requests_the_full_build():
    from pipelines.schedules import daily_rebuild

    context = dg.build_schedule_context(scheduled_execution_time=None, repository_def=defs.get_repository_def())
    requests = list(daily_rebuild.evaluate_tick(context).run_requests or [])
    assert [request.tags["dagster/asset_partition_range_start"] for request in requests] == ["all"]  # every shard, in one run
    assert daily_rebuild.job_name == "build_everything" and daily_rebuild.cron_schedule == "0 3 * * *"


def test_soft_thresholds_are_warnings_and_contracts_block():
    from assets.warehouse import warehouse_build

    specs = {spec.key.to_user_string(): spec for spec in warehouse_build.check_specs}
    assert specs["core/documents:warn_quarantine_share"].blocking is False
    assert specs["core/documents:warn_documents_without_facts"].blocking is False
    assert specs["core/documents:column_contracts"].blocking is True
    assert specs["core/events:evidence_on_page"].blocking is True


def test_every_table_is_described_by_its_comment_and_checks_attach_to_tables():
    from assets.warehouse import warehouse_build

    graph = defs.get_repository_def().asset_graph
    for table in warehouse_tables():
        node = graph.get(dg.AssetKey([table.schema, table.name]))
        assert node.description == table.description
        assert node.group_name == ("core" if table.schema == "core" else "marts")
    assert graph.get(dg.AssetKey(["mart", "benchmark_scope"])).parent_keys >= {dg.AssetKey(["mart", "star_ratings"])}
    assert graph.get(dg.AssetKey(["core", "documents"])).parent_keys == {dg.AssetKey("document_facts")}
    checked = {spec.asset_key for spec in warehouse_build.check_specs}
    assert checked <= {dg.AssetKey([t.schema, t.name]) for t in warehouse_tables()}  # none on the published file
