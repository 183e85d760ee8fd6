"""Asset group `core`: the warehouse build, one step from the shards' caches to the published file.

Core tables, marts, every check and the publication run in one step that
holds the warehouse's build lock, so two builds (two `exbench run`s, a
schedule and a sensor, a backfill and a CLI run) never share a build file:
the second waits for the first. The three assets stay apart in the graph and
in the UI; each check runs once, on the file being built, before the rename.
"""

from collections.abc import Iterator

import dagster as dg
import duckdb

from assets.checks import CHECKED_ASSET, check_result, check_specs
from assets.metadata import OWNERS, counts_table, preview, row_count
from assets.resources import ExbenchPaths
from exbench.runtime.lock import build_lock
from exbench.runtime.versions import extractor_version, reader_version
from exbench.version import __version__
from exbench.warehouse.build import STAGING_TABLES, build_core, build_marts, publish, remove_stale_wal
from exbench.warehouse.checks import evaluate_checks
from exbench.warehouse.stage import ShardsNotRead, stage_all_shards

_DOCUMENTS = ["source_path", "language", "doc_kind", "page_count", "status", "error_reason"]


_SPECS = [
    dg.AssetSpec("core_tables", deps=["document_facts"], group_name="core", owners=OWNERS, kinds={"duckdb", "parquet"},
                 description="Documents, pages, organizations and facts (core.*) in the warehouse being built."),
    dg.AssetSpec(CHECKED_ASSET, deps=["core_tables"], group_name="marts", owners=OWNERS, kinds={"duckdb"},
                 description="mart.* computed in SQL from the core tables of the warehouse being built."),
    dg.AssetSpec("warehouse", deps=[CHECKED_ASSET], group_name="core", owners=OWNERS, kinds={"duckdb"},
                 description="The published DuckDB warehouse (warehouse/exbench.duckdb) that analysts open read-only."),
]


@dg.multi_asset(specs=_SPECS, check_specs=check_specs(), name="warehouse_build")
def warehouse_build(context: dg.AssetExecutionContext, paths: ExbenchPaths) -> Iterator[dg.MaterializeResult | dg.AssetCheckResult]:
    """Build core and marts into the next warehouse file, check it, and publish it by an atomic rename."""
    settings = paths.settings()
    with build_lock(settings.warehouse, on_wait=context.log.info):
        try:
            staged = stage_all_shards(settings.cache_dir)
        except ShardsNotRead as error:
            raise dg.Failure(str(error)) from None
        core = build_core(
            settings.build_path,
            {name: staged[name] for name in STAGING_TABLES},
            {"build_id": context.run_id[:12], "version": __version__,
             "reader_version": reader_version(), "extractor_version": extractor_version()},
        )
        yield _core_result(settings.build_path, core)
        marts = build_marts(settings.build_path)
        yield _mart_result(settings.build_path, marts)
        outcomes = evaluate_checks(settings.build_path)
        yield from (check_result(outcome) for outcome in outcomes)
        failed = [o for o in outcomes if o.blocking and not o.passed]
        if failed:
            raise dg.Failure("Blocking checks failed; the warehouse was not published:\n" + "\n".join(
                f"{o.name}: {len(o.rows)} offending rows, e.g. {o.rows[0]}" for o in failed
            ))
        stale_wal = remove_stale_wal(settings.warehouse)
        if stale_wal:
            context.log.warning(f"removed {stale_wal}: someone opened the published warehouse for writing; it is read-only")
        publish(settings.build_path, settings.warehouse)
        context.log.info(f"published {settings.warehouse}")
        yield _published_result(settings, core, marts, outcomes)


def _core_result(build_path, counts: dict[str, int]) -> dg.MaterializeResult:
    with duckdb.connect(str(build_path), read_only=True) as con:
        documents = con.execute(
            "select source_path, language, doc_kind, page_count, status, error_reason from core.documents order by source_path"
        ).fetchall()
    return dg.MaterializeResult(
        asset_key="core_tables",
        metadata={
            **row_count(sum(counts.values())),
            **{f"rows_core.{name}": count for name, count in counts.items()},
            "tables": counts_table({f"core.{name}": count for name, count in counts.items()}),
            "preview_documents": preview(_DOCUMENTS, documents),
        },
    )


def _mart_result(build_path, counts: dict[str, int]) -> dg.MaterializeResult:
    with duckdb.connect(str(build_path), read_only=True) as con:
        indicators = con.execute(
            "select organization_id, cycle_year, indicator_code, round(value, 3), peer_group, rank "
            "from mart.benchmark_indicators order by all limit 10"
        ).fetchall()
    return dg.MaterializeResult(
        asset_key=CHECKED_ASSET,
        metadata={
            **row_count(sum(counts.values())),
            **{f"rows_mart.{name}": count for name, count in counts.items()},
            "tables": counts_table({f"mart.{name}": count for name, count in counts.items()}),
            "preview_indicators": preview(["organization", "cycle", "indicator", "value", "peer group", "rank"], indicators),
        },
    )


def _published_result(settings, core: dict[str, int], marts: dict[str, int], outcomes) -> dg.MaterializeResult:
    counts = {**{f"core.{k}": v for k, v in core.items()}, **{f"mart.{k}": v for k, v in marts.items()}}
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        quarantined = con.execute(
            "select source_path, error_reason, error from core.documents where status = 'quarantined' order by source_path"
        ).fetchall()
    checks = [(o.name, ("passed" if o.passed else "failed" if o.blocking else "warning"), len(o.rows)) for o in outcomes]
    return dg.MaterializeResult(
        asset_key="warehouse",
        metadata={
            **row_count(sum(counts.values())),
            "path": dg.MetadataValue.path(str(settings.warehouse)),
            "documents_quarantined": len(quarantined),
            "quarantined": preview(["source_path", "reason", "error"], quarantined),
            **{f"rows_{k}": v for k, v in counts.items()},
            "tables": counts_table(counts),
            "checks": preview(["check", "result", "offending rows"], checks, limit=len(checks)),
        },
    )
