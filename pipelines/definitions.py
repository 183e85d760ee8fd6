"""The Dagster code location: assembles assets, checks, jobs, schedules, sensors and resources."""

import dagster as dg

from assets.checks import build_checks
from assets.core import core_tables
from assets.documents import raw_documents
from assets.exports import jury_exports
from assets.facts import document_facts
from assets.marts import mart_tables
from assets.pages import document_pages
from assets.publish import warehouse
from assets.report_page import benchmark_report
from pipelines.jobs import build_everything, build_shards, build_warehouse, refresh_exports, register_documents
from pipelines.resources import ExbenchPaths
from pipelines.schedules import daily_rebuild
from pipelines.sensors import raw_folder_sensor

ALL_ASSETS = [raw_documents, document_pages, document_facts, core_tables, mart_tables, warehouse, jury_exports, benchmark_report]
ALL_CHECKS = build_checks()

defs = dg.Definitions(
    assets=ALL_ASSETS,
    asset_checks=ALL_CHECKS,
    jobs=[build_everything, register_documents, build_shards, build_warehouse, refresh_exports],
    schedules=[daily_rebuild],
    sensors=[raw_folder_sensor],
    resources={"paths": ExbenchPaths()},
)
