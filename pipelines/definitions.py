"""The Dagster code location: assembles assets, checks, jobs, schedules, sensors and resources."""

import dagster as dg

from assets.documents import raw_documents
from assets.exports import jury_exports
from assets.facts import document_facts
from assets.pages import document_pages
from assets.report_page import benchmark_report
from assets.resources import ExbenchPaths
from assets.warehouse import warehouse_build
from pipelines.jobs import build_everything, build_shards, build_warehouse, refresh_exports, register_documents
from pipelines.schedules import daily_rebuild
from pipelines.sensors import raw_folder_sensor

ALL_ASSETS = [raw_documents, document_pages, document_facts, warehouse_build, jury_exports, benchmark_report]

defs = dg.Definitions(
    assets=ALL_ASSETS,
    jobs=[build_everything, register_documents, build_shards, build_warehouse, refresh_exports],
    schedules=[daily_rebuild],
    sensors=[raw_folder_sensor],
    resources={"paths": ExbenchPaths()},
)
