"""Revision notices on real PDFs: a build after a new document and a correction records both in meta.revisions,
the report says what changed, and each jury manifest names the build it supersedes and its changes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from exbench.settings import Settings
from pipelines.cli import main
from pipelines.run import run_pipeline
from tests.packs import read_pack_csv

PDFS = Path(__file__).resolve().parent / "eval" / "pdf-chromium"
LEEDS = "en_a01.pdf"
NEW = "rep_en_3.pdf"  # an assessment report of another council, whose points give it a star rating


def _rows(settings: Settings, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def _run(settings: Settings) -> None:
    outcome = run_pipeline(settings)
    assert outcome.success, outcome.error


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory) -> dict:
    root = tmp_path_factory.mktemp("revisions")
    raw = root / "raw"
    raw.mkdir()
    shutil.copy(PDFS / LEEDS, raw / LEEDS)
    settings = Settings(raw, root / "warehouse" / "exbench.duckdb", root / "warehouse" / "exports")
    _run(settings)
    first_build = _rows(settings, "select build_id from meta.builds")[0][0]
    first_revisions = _rows(settings, "select count(*) from meta.revisions")[0][0]
    strengths = _rows(settings, "select fact_id from core.reported_metrics where metric_code = 'strengths'")[0][0]
    shutil.copy(PDFS / NEW, raw / NEW)
    (raw / "corrections.csv").write_text(
        f"fact_id,action,field,value,reason,reviewer,reviewed_on\n{strengths},set,value,41,misread,ana,2026-12-01\n",
        encoding="utf-8",
    )
    _run(settings)
    return {"settings": settings, "first_build": first_build, "first_revisions": first_revisions, "strengths": strengths}


def test_a_first_build_records_no_revision(two_builds):
    assert two_builds["first_revisions"] == 0


def test_a_new_document_and_a_correction_are_both_named(two_builds):
    settings = two_builds["settings"]
    new_doc = _rows(settings, "select document_id from core.documents where source_path = ?", [NEW])[0][0]
    revisions = _rows(
        settings, "select previous_build_id, change, subject_id, document_id, field, before, after, reason from meta.revisions"
    )
    assert {r[0] for r in revisions} == {two_builds["first_build"]}
    corrected = [r for r in revisions if r[2] == two_builds["strengths"] and r[4] == "value"]
    assert corrected == [
        (
            two_builds["first_build"],
            "fact_changed",
            two_builds["strengths"],
            corrected[0][3],
            "value",
            "39.0",
            "41.0",
            "correction",
        )
    ]
    added = [r for r in revisions if r[1] == "fact_added"]
    assert added and all(r[3] == new_doc and r[7] == "new document" for r in added)
    # the new report's organization got a star rating: a rating that moved, put down to the new document
    moved = _rows(settings, "select before, after, reason from meta.revisions where change = 'stars_moved'")
    assert moved and all(before is None and "new document" in reason for before, _after, reason in moved)


def test_the_report_has_a_what_changed_section(two_builds):
    page = (two_builds["settings"].warehouse.parent / "report.html").read_text(encoding="utf-8")
    section = page[page.index('<section id="changes">') :]
    section = section[: section.index("</section>")]
    assert "What changed" in section and two_builds["first_build"] in section
    assert two_builds["strengths"] in section and "41.0" in section and "correction" in section


def test_the_jury_manifest_names_the_build_it_supersedes_and_its_changes(two_builds):
    settings = two_builds["settings"]
    manifest = json.loads((settings.exports_dir / "efqm" / "2024" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["supersedes"] == two_builds["first_build"]
    assert manifest["facts"] == "all"
    changes = [(c["subject_id"], c["field"], c["after"], c["reason"]) for c in manifest["changes"]]
    assert (two_builds["strengths"], "value", "41.0", "correction") in changes
    # the new document's organization is in the 2023 pack, not this one
    assert all(c["reason"] != "new document" for c in manifest["changes"])


def test_an_export_of_reviewed_facts_only_says_so(two_builds, tmp_path):
    settings = two_builds["settings"]
    result = CliRunner().invoke(
        main,
        [
            "export",
            "--scheme",
            "efqm",
            "--cycle",
            "2024",
            "--reviewed-only",
            "--warehouse",
            str(settings.warehouse),
            "--out",
            str(tmp_path),
        ],
    )
    assert result.exit_code == 0, result.output
    manifest = json.loads((tmp_path / "efqm" / "2024" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["facts"].startswith("reviewed")
    codes = [row["metric_code"] for row in read_pack_csv(tmp_path / "efqm" / "2024" / "metrics.csv")]
    assert codes == ["strengths"]  # the one fact a person corrected; the others nobody reviewed
