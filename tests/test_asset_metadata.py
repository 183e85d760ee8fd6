"""What the Dagster UI shows: every asset described, grouped and owned; every materialization
with a row count, a markdown preview and the figure that matters; checks with their results."""

from __future__ import annotations

import shutil

import dagster as dg
import pytest

from assets.metadata import ROW_COUNT
from assets.resources import ExbenchPaths
from assets.warehouse import warehouse_build
from pipelines.definitions import ALL_ASSETS, defs
from tests.conftest import SEEDS, write_manifest

ANKARA, ISFAHAN = "000_64b73009d1241be1", "002_dc6b67fdd8ec7530"
ASSETS = sorted(key.to_user_string() for a in ALL_ASSETS for key in a.keys)  # the same order in every xdist worker
TABLES = [asset for asset in ASSETS if asset.startswith(("core/", "mart/"))]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """One in-process materialization of a Turkish and a Persian seed (as text) and an empty file."""
    root = tmp_path_factory.mktemp("metadata")
    raw = root / "raw"
    raw.mkdir()
    for seed in (ANKARA, ISFAHAN):
        shutil.copy(SEEDS / "txt" / f"{seed}.txt", raw)
    write_manifest(raw, "txt")
    (raw / "empty.txt").write_bytes(b"")
    paths = ExbenchPaths(
        raw_dir=str(raw), warehouse=str(root / "warehouse" / "exbench.duckdb"), exports_dir=str(root / "exports")
    )
    with dg.DagsterInstance.ephemeral() as instance:
        result = dg.materialize(ALL_ASSETS, resources={"paths": paths}, instance=instance, partition_key="all")
    assert result.success
    return result


def metadata(run, asset: str) -> dict[str, dg.MetadataValue]:
    [materialization] = [m for m in run.get_asset_materialization_events() if m.asset_key.to_user_string() == asset]
    return materialization.materialization.metadata


@pytest.mark.parametrize("asset", ASSETS)
def test_every_asset_is_described_grouped_and_owned(asset):
    node = defs.get_repository_def().asset_graph.get(dg.AssetKey.from_user_string(asset))
    assert node.description and node.description.strip().endswith(".")
    assert node.group_name and node.group_name != "default"
    assert node.owners and all(owner.startswith("team:") for owner in node.owners)


@pytest.mark.parametrize("asset", ASSETS)
def test_every_materialization_has_a_row_count_and_a_markdown_preview(run, asset):
    values = metadata(run, asset)
    assert isinstance(values.get(ROW_COUNT), dg.IntMetadataValue)
    previews = [v.value for v in values.values() if isinstance(v, dg.MarkdownMetadataValue)]
    if values[ROW_COUNT].value == 0:  # only a table the two seeds leave empty (no targets in them, say)
        assert asset in TABLES and previews == ["none"], asset
    else:
        assert any(text.startswith("| ") for text in previews), f"{asset}: no markdown table among {sorted(values)}"


def test_row_counts_add_up_across_the_layers(run):
    count = {asset: metadata(run, asset)[ROW_COUNT].value for asset in ASSETS}
    assert count["raw_documents"] == 3 and count["core/documents"] == 3
    assert count["core/reported_metrics"] >= 11 and count["mart/benchmark_scope"] >= 1
    assert count["warehouse"] == sum(count[table] for table in TABLES)
    published = metadata(run, "warehouse")
    assert all(published[f"rows_{table.replace('/', '.')}"].value == count[table] for table in TABLES)


def test_facts_are_counted_per_language_and_per_kind(run):
    values = metadata(run, "document_facts")
    total = values[ROW_COUNT].value
    per_language = values["facts_per_language"].value
    per_kind = values["facts_per_kind"].value
    assert per_language.get("tr", 0) > 0 and per_language.get("fa", 0) > 0, per_language
    assert sum(per_language.values()) == sum(per_kind.values()) == total
    assert per_kind["metrics"] >= 11 and per_kind["recognitions"] >= 2  # Isfahan's counts, Ankara's two awards
    table = values["facts_by_kind_and_language"].value
    assert table.splitlines()[0] == "| kind | " + " | ".join(sorted(per_language)) + " |"


def test_the_warehouse_says_what_was_quarantined(run):
    values = metadata(run, "warehouse")
    assert values["documents_quarantined"].value == 1
    assert "empty.txt" in values["quarantined"].value and "empty" in values["quarantined"].value
    assert "| core.reported_metrics | evidence_on_page | passed | 0 |" in values["checks"].value


def test_exports_count_the_rows_written(run):
    values = metadata(run, "jury_exports")
    assert values["exports"].value >= 2
    assert "municipal/2022" in values["written"].value


def test_asset_checks_report_their_results_on_the_table_they_check(run):
    evaluations = {e.asset_check_key: e for e in run.get_asset_check_evaluations()}
    assert sorted(evaluations) == sorted(spec.key for spec in warehouse_build.check_specs)  # each check ran once
    for key, evaluation in evaluations.items():
        assert isinstance(evaluation.metadata["offending_rows"], dg.IntMetadataValue), key
        assert isinstance(evaluation.metadata["sample"], dg.MarkdownMetadataValue), key
        offending, sample = evaluation.metadata["offending_rows"].value, evaluation.metadata["sample"].value
        assert (offending == 0 and sample == "none") if evaluation.passed else (offending > 0 and sample.startswith("| ")), key
    assert all(evaluations[spec.key].passed for spec in warehouse_build.check_specs if spec.blocking)
    assert {key.asset_key.to_user_string() for key in evaluations} >= {
        "core/documents",
        "core/reported_metrics",
        "mart/star_ratings",
    }


def test_every_table_shows_its_columns_with_their_comments():
    graph = defs.get_repository_def().asset_graph
    for table in TABLES:
        node = graph.get(dg.AssetKey.from_user_string(table))
        columns = node.metadata["dagster/column_schema"].columns
        assert columns and all(column.description for column in columns), table
        assert node.metadata["dagster/table_name"] == table.replace("/", ".")
