"""raw/corrections.csv on real PDFs, through `exbench run`: a set, a reject and an add change the warehouse,
the report, the exports and meta.corrections, survive --full-refresh, a bad row is one error while the good
rows apply, and a correction whose fact disappeared is reported as orphaned."""

from __future__ import annotations

import csv
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from exbench.settings import Settings
from pipelines.run import RunOutcome, run_pipeline
from tests.packs import read_pack_csv

PDFS = Path(__file__).resolve().parent / "eval" / "pdf-chromium"
LEEDS = "en_a01.pdf"  # Leeds City Council, EFQM 4 stars, 39 strengths and 47 areas for improvement
REPORT = "rep_en_1.pdf"  # an assessment report of another council, with findings
HEADER = "fact_id,action,field,value,reason,reviewer,reviewed_on\n"


@dataclass
class Build:
    outcome: RunOutcome
    settings: Settings

    def rows(self, sql: str, params: list | None = None) -> list[tuple]:
        with duckdb.connect(str(self.settings.warehouse), read_only=True) as con:
            return con.execute(sql, params or []).fetchall()

    def one(self, sql: str, params: list | None = None) -> object:
        rows = self.rows(sql, params)
        return rows[0][0] if rows else None

    def metrics_csv(self) -> list[dict[str, str]]:
        """The pack's metrics.csv keyed by column code (the file's headings are plain words)."""
        return read_pack_csv(self.settings.exports_dir / "efqm" / "2024" / "metrics.csv")

    def manifest(self) -> dict:
        return json.loads((self.settings.exports_dir / "efqm" / "2024" / "manifest.json").read_text(encoding="utf-8"))

    def report(self) -> str:
        return (self.settings.warehouse.parent / "report.html").read_text(encoding="utf-8")


def _run(settings: Settings, stage: str, full_refresh: bool = False) -> Build:
    """Run, then keep a copy of what the run published (the next run replaces it)."""
    outcome = run_pipeline(settings, full_refresh=full_refresh)
    assert outcome.success, outcome.error
    kept = settings.warehouse.parent.parent / stage
    kept.mkdir()
    shutil.copy(settings.warehouse, kept / settings.warehouse.name)
    shutil.copy(settings.warehouse.parent / "report.html", kept / "report.html")
    shutil.copytree(settings.exports_dir, kept / "exports")
    return Build(outcome, Settings(settings.raw_dir, kept / settings.warehouse.name, kept / "exports"))


def _metric_id(build: Build, code: str) -> str:
    return build.one(
        "select m.fact_id from core.reported_metrics m join core.documents d using (document_id) "
        "where d.source_path = ? and m.metric_code = ?",
        [LEEDS, code],
    )


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> dict[str, Build]:
    """Builds one after the other on one raw/ folder: before, corrected, full refresh, a document gone."""
    root = tmp_path_factory.mktemp("corrections")
    raw = root / "raw"
    raw.mkdir()
    for name in (LEEDS, REPORT):
        shutil.copy(PDFS / name, raw / name)
    settings = Settings(raw, root / "warehouse" / "exbench.duckdb", root / "warehouse" / "exports")
    builds = {"before": _run(settings, "before")}
    before = builds["before"]
    strengths, areas = _metric_id(before, "strengths"), _metric_id(before, "improvement_areas")
    finding = before.one(
        "select f.fact_id from core.findings f join core.documents d using (document_id) where d.source_path = ? "
        "order by f.fact_id limit 1",
        [REPORT],
    )
    added = {
        "kind": "reported_metrics",
        "document": LEEDS,
        "page": 1,
        "quote": "A team of five assessors",
        "metric_code": "assessors_external",
        "value": 5,
        "year": 2024,
        "organization": "Leeds City Council",
    }
    rows = [
        [strengths, "set", "value", "41", "the page says 41 in the printed report", "ana", "2026-11-30"],
        [areas, "reject", "", "", "not a count of this assessment", "ana", "2026-11-30"],
        ["", "add", "", json.dumps(added), "missed by the extractor", "ana", "2026-11-30"],
        [finding, "confirm", "", "", "", "bo", "2026-12-01"],
        [strengths, "frobnicate", "", "", "", "bo", "2026-12-01"],
        [areas, "set", "value", "many", "", "bo", "2026-12-01"],
    ]
    with (raw / "corrections.csv").open("w", encoding="utf-8", newline="") as handle:
        handle.write(HEADER)
        csv.writer(handle).writerows(rows)
    builds["corrected"] = _run(settings, "corrected")
    builds["refreshed"] = _run(settings, "refreshed", full_refresh=True)
    (raw / REPORT).unlink()
    builds["gone"] = _run(settings, "gone")
    builds["again"] = _run(settings, "again")
    builds["ids"] = {"strengths": strengths, "areas": areas, "finding": finding}  # type: ignore[assignment]
    return builds


def test_fact_ids_are_the_same_on_a_rerun_and_a_full_refresh(chain):
    ids = "select fact_id from core.reported_metrics where review_status <> 'added' order by 1"
    assert chain["before"].rows(ids) == chain["refreshed"].rows(ids)
    assert all(fid for (fid,) in chain["before"].rows(ids))


@pytest.mark.parametrize("stage", ["corrected", "refreshed"])
def test_set_reject_and_add_change_the_warehouse(chain, stage):
    build, ids = chain[stage], chain["ids"]
    statuses = dict(build.rows("select fact_id, review_status from core.reported_metrics"))
    assert statuses[ids["strengths"]] == "corrected"
    assert build.one("select value from core.reported_metrics where fact_id = ?", [ids["strengths"]]) == 41
    # a rejected fact stays in core with its status and leaves the trusted layer and the marts
    assert statuses[ids["areas"]] == "rejected"
    assert build.one("select count(*) from trusted.reported_metrics where fact_id = ?", [ids["areas"]]) == 0
    assert build.one("select count(*) from mart.indicator_inputs where fact_id = ?", [ids["areas"]]) == 0
    added = build.rows(
        "select value, organization_id is not null, evidence from core.reported_metrics "
        "where review_status = 'added' and metric_code = 'assessors_external'"
    )
    assert added == [(5.0, True, "A team of five assessors")]
    assert build.one("select review_status from core.findings where fact_id = ?", [ids["finding"]]) == "confirmed"


@pytest.mark.parametrize("stage", ["corrected", "refreshed"])
def test_corrections_reach_the_exports_and_the_report(chain, stage):
    build = chain[stage]
    metrics = {row["metric_code"]: row for row in build.metrics_csv()}
    assert float(metrics["strengths"]["value"]) == 41
    assert "improvement_areas" not in metrics
    assert float(metrics["assessors_external"]["value"]) == 5
    before = {row["metric_code"]: row for row in chain["before"].metrics_csv()}
    assert float(before["strengths"]["value"]) == 39 and "improvement_areas" in before
    # the indicators the rejected count fed are gone or changed, and the corrected count moved its ratio
    for fact in (chain["ids"]["areas"], chain["ids"]["strengths"]):
        fed = chain["before"].rows(
            "select i.organization_id, i.indicator_code, b.value from mart.indicator_inputs i "
            "join mart.benchmark_indicators b using (organization_id, cycle_year, indicator_code) where i.fact_id = ?",
            [fact],
        )
        assert fed
        for organization, code, value in fed:
            now = build.rows(
                "select value from mart.benchmark_indicators where organization_id = ? and indicator_code = ?",
                [organization, code],
            )
            assert now != [(value,)]
    assert "What changed" in build.report()


def test_meta_corrections_keeps_the_audit(chain):
    ids = chain["ids"]
    audit = {
        row[0]: row[1:]
        for row in chain["corrected"].rows(
            "select row, fact_id, action, before, after, reviewer, reviewed_on::varchar, reason, status, message "
            "from meta.corrections order by row"
        )
    }
    assert audit[2][:8] == (
        ids["strengths"],
        "set",
        "39.0",
        "41.0",
        "ana",
        "2026-11-30",
        "the page says 41 in the printed report",
        "applied",
    )
    assert audit[3][1] == "reject" and audit[3][3] == "rejected" and audit[3][7] == "applied"
    assert audit[4][1] == "add" and audit[4][7] == "applied"
    assert audit[6][7] == "error" and "frobnicate" in audit[6][8]
    assert audit[7][7] == "error" and "many" in audit[7][8]


def test_a_bad_row_is_one_clear_error_and_the_good_rows_apply(chain):
    warnings = [w for w in chain["corrected"].outcome.warnings if "corrections.csv" in w]
    assert warnings == [
        "raw/corrections.csv row 6, column action: error: 'frobnicate' is not an action (confirm, set, reject, add); "
        "this row was not applied",
        "raw/corrections.csv row 7, column value: error: many is not a number (value); this row was not applied",
    ]


def test_a_correction_whose_fact_disappeared_is_orphaned(chain):
    gone, ids = chain["gone"], chain["ids"]
    assert gone.one("select status from meta.corrections where fact_id = ?", [ids["finding"]]) == "orphaned"
    # and stays orphaned in the builds after, though the build it was last seen in is no longer the previous one
    assert chain["again"].one("select status from meta.corrections where fact_id = ?", [ids["finding"]]) == "orphaned"
    lines = [w for w in gone.outcome.warnings if "orphaned" in w]
    assert len(lines) == 1 and lines[0].startswith("raw/corrections.csv row 5, column fact_id: orphaned: fact ")
    # the other corrections still apply
    assert gone.one("select value from core.reported_metrics where fact_id = ?", [ids["strengths"]]) == 41
    checks = dict(gone.rows("select check_name, offending_rows from meta.check_results where check_name like '%orphaned%'"))
    assert list(checks.values()) == [1]
