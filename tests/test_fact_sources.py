"""A fact said by two documents is kept once, and both documents stay on record as its sources."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from exbench.settings import Settings
from pipelines.run import run_pipeline

NEWS = """Leeds City Council wins EFQM award

Published 14 March 2023

Leeds City Council received the EFQM Recognised for Excellence 5 Star award in 2023. A team of six assessors spent 120 hours on site and identified 24 strengths.
"""
BULLETIN = """Regional quality bulletin, spring 2023

Published 2 April 2023

Among the councils of the region, Leeds City Council received the EFQM Recognised for Excellence 5 Star award in 2023, after a team of six assessors visited it.
"""


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("sources")
    raw = root / "raw"
    raw.mkdir()
    (raw / "leeds_news.txt").write_text(NEWS, encoding="utf-8")
    (raw / "region_bulletin.txt").write_text(BULLETIN, encoding="utf-8")
    settings = Settings(raw, root / "warehouse" / "exbench.duckdb", root / "warehouse" / "exports")
    outcome = run_pipeline(settings)
    assert outcome.success, outcome.error
    return settings.warehouse


def _sources(warehouse: Path, table: str, where: str) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(
            f"select f.fact_id, d.source_path, s.kept, s.evidence from core.{table} as f"  # noqa: S608 (names from this file)
            " join core.fact_sources as s on s.fact_table = ? and s.fact_id = f.fact_id"
            f" join core.documents as d on d.document_id = s.document_id where {where} order by d.source_path",
            [table],
        ).fetchall()


def test_a_recognition_two_documents_report_is_one_row_with_both_documents_as_sources(warehouse):
    rows = _sources(warehouse, "recognitions", "f.stars = 5 and f.year = 2023")
    assert len({fact_id for fact_id, *_ in rows}) == 1  # counted once
    assert [(path, kept) for _, path, kept, _ in rows] == [("leeds_news.txt", True), ("region_bulletin.txt", False)]
    assert all("5 Star" in evidence for *_, evidence in rows)  # each document's own words


def test_a_figure_two_documents_report_keeps_both_and_one_said_once_keeps_one(warehouse):
    assessors = _sources(warehouse, "reported_metrics", "f.metric_code = 'assessors' and f.value = 6")
    assert [(path, kept) for _, path, kept, _ in assessors] == [("leeds_news.txt", True), ("region_bulletin.txt", False)]
    hours = _sources(warehouse, "reported_metrics", "f.metric_code = 'assessment_hours'")
    assert [(path, kept) for _, path, kept, _ in hours] == [("leeds_news.txt", True)]
