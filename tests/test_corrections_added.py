"""Added facts on real PDFs, through the pipeline: an add the extractor finds too counts once (the extracted fact,
confirmed) and meta.corrections says so; a score can be added, and one that would count a criterion twice is
an error."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import duckdb
import pytest

from exbench.settings import Settings
from pipelines.run import run_pipeline

PDFS = Path(__file__).resolve().parent / "eval" / "pdf-chromium"
LEEDS = "en_a01.pdf"  # Leeds City Council: 39 strengths and 47 areas for improvement, page 1
REPORT = "rep_en_1.pdf"  # a Baldrige feedback report: a score per category 1 to 7 and the total, page 2
HEADER = ["fact_id", "action", "field", "value", "reason", "reviewer", "reviewed_on"]


def _add(**fact: object) -> list[str]:
    return ["", "add", "", json.dumps(fact), "missed by the extractor", "ana", "2026-12-01"]


ROWS = [
    _add(kind="reported_metrics", document=LEEDS, page=1, quote="identified 39 strengths", metric_code="strengths", value=39),
    _add(
        kind="reported_metrics",
        document=LEEDS,
        page=1,
        quote="A team of five assessors",
        metric_code="assessors_external",
        value=5,
    ),
    _add(kind="scores", document=REPORT, page=2, quote="Total: 529", points=529, max_points=1000),
    _add(kind="scores", document=REPORT, page=2, quote="Scoring Summary", criterion_code="8", points=40, max_points=85),
    _add(kind="scores", document=REPORT, page=2, quote="Category 3: 47", criterion_code="3", points=48, max_points=85),
    _add(kind="scores", document=REPORT, page=2, quote="Category 2", criterion_code="9", points=12),
]


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("added")
    raw = root / "raw"
    raw.mkdir()
    for name in (LEEDS, REPORT):
        shutil.copy(PDFS / name, raw / name)
    with (raw / "corrections.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(ROWS)
    settings = Settings(raw, root / "warehouse" / "exbench.duckdb", root / "warehouse" / "exports")
    outcome = run_pipeline(settings)
    assert outcome.success, outcome.error
    return settings.warehouse


def _rows(warehouse: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def _audit(warehouse: Path) -> dict[int, tuple]:
    return {row: rest for row, *rest in _rows(warehouse, "select row, fact_id, status, message, after from meta.corrections")}


def test_an_add_the_extractor_finds_too_counts_once_as_the_confirmed_extracted_fact(warehouse):
    strengths = _rows(
        warehouse,
        "select m.fact_id, m.value, m.review_status from core.reported_metrics as m join core.documents as d using (document_id) "
        "where d.source_path = ? and m.metric_code = 'strengths'",
        [LEEDS],
    )
    assert len(strengths) == 1  # not twice
    extracted, value, status = strengths[0]
    assert (value, status) == (39.0, "confirmed")
    fact_id, outcome, message, after = _audit(warehouse)[2]
    assert (fact_id, outcome, after) == (extracted, "now_extracted", "confirmed")
    assert extracted in message
    assert _rows(warehouse, "select count(*) from trusted.reported_metrics where fact_id = ?", [extracted]) == [(1,)]
    lines = [line for (line,) in _rows(warehouse, "select line from meta.input_warnings where row = 2")]
    assert lines and "now_extracted" in lines[0]


def test_an_add_of_another_fact_on_the_same_words_is_still_added(warehouse):
    _fact_id, outcome, _message, _after = _audit(warehouse)[3]
    assert outcome == "applied"
    assert _rows(
        warehouse, "select value, review_status from core.reported_metrics where metric_code = 'assessors_external'"
    ) == [(5.0, "added")]


def test_a_score_can_be_added_and_a_total_the_extractor_read_counts_once(warehouse):
    audit = _audit(warehouse)
    assert audit[4][1] == "now_extracted"  # the total, read by the extractor already
    totals = _rows(
        warehouse,
        "select points, review_status from core.scores as s join core.documents as d using (document_id) "
        "where d.source_path = ? and criterion_code is null",
        [REPORT],
    )
    assert totals == [(529.0, "confirmed")]
    assert audit[5][1] == "applied"
    added = _rows(
        warehouse,
        "select s.points, s.max_points, s.framework, s.evidence from trusted.scores as s where s.fact_id = ?",
        [audit[5][0]],
    )
    assert added == [(40.0, 85.0, "baldrige", "Scoring Summary")]


def test_an_added_score_that_would_count_a_criterion_twice_or_lacks_its_maximum_is_an_error(warehouse):
    audit = _audit(warehouse)
    assert audit[6][1] == "error" and "criterion 3 already" in audit[6][2] and "set its points instead" in audit[6][2]
    assert audit[7][1] == "error" and "max_points" in audit[7][2]
    criterion_3 = _rows(
        warehouse,
        "select points from core.scores as s join core.documents as d using (document_id) "
        "where d.source_path = ? and criterion_code = '3'",
        [REPORT],
    )
    assert criterion_3 == [(47.0,)]
