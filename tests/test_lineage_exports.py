"""Jury packs draw on the trusted layer and the marts' lineage: the manifest says so and names every source behind the pack."""

from __future__ import annotations

import csv
import json

import duckdb
import pytest

from exbench.export.jury import ROWS, export_pack
from tests.test_exports_warehouse import DOCS, warehouse  # noqa: F401 (fixture)

UNSURE = "Kadıköy 99 güçlü yön (OCR emin değil)"
SCORE_DOC = ("d_score", "reports/kadikoy-score-2023.pdf", "ab" * 32)
UNDATED_DOC = ("d_undated", "reports/kadikoy-undated.pdf", "cd" * 32)


@pytest.fixture()
def packed(warehouse, tmp_path):  # noqa: F811 (fixture)
    """The efqm 2023 pack after adding facts OCR was unsure of, an undated finding and a rating's total score."""
    kadikoy_doc = DOCS[0][0]
    with duckdb.connect(str(warehouse)) as con:
        for doc_id, source, digest in (SCORE_DOC, UNDATED_DOC):
            con.execute(
                "insert into core.documents (document_id, source_path, sha256, status) values (?, ?, ?, 'ok')",
                [doc_id, source, digest],
            )
        con.execute(
            "insert into core.findings (finding_id, document_id, organization_id, cycle_year, finding_type, text, page, evidence, low_confidence)"
            " values ('f_unsure', ?, 'org_kadikoy01', 2023, 'strength', ?, 4, ?, true),"
            " ('f_undated', 'd_undated', 'org_kadikoy01', null, 'strength', 'Tarihsiz bulgu.', 1, 'Tarihsiz bulgu.', false)",
            [kadikoy_doc, UNSURE, UNSURE],
        )
        con.execute(
            "insert into core.reported_metrics (metric_id, document_id, organization_id, metric_code, value, unit, period_year, page,"
            " evidence, low_confidence) values ('m_unsure', ?, 'org_kadikoy01', 'strengths', 99, 'count', 2023, 4, ?, true)",
            [kadikoy_doc, UNSURE],
        )
        con.execute(
            "insert into core.recognitions (recognition_id, document_id, organization_id, scheme, level, year, page, evidence, low_confidence)"
            " values ('r_unsure', ?, 'org_kadikoy01', 'efqm', 'Recognised by EFQM 7 star', 2023, 4, ?, true)",
            [kadikoy_doc, UNSURE],
        )
        con.execute(
            "insert into core.scores (document_id, organization_id, cycle_year, framework, points, max_points, page, evidence, low_confidence)"
            " values ('d_score', 'org_kadikoy01', 2023, 'efqm2020', 455, 1000, 2, 'Toplam 455 puan', false)"
        )
        con.execute(
            "insert into mart.star_rating_inputs select organization_id, cycle_year, 'efqm', 'scores', score_id, 'points'"
            " from trusted.scores where document_id = 'd_score'"
        )
    pack = export_pack(warehouse, "efqm", 2023, tmp_path / "exports")
    return pack


def _cells(pack, file: str) -> list[str]:
    with (pack.folder / file).open(encoding="utf-8", newline="") as handle:
        return [cell for row in csv.reader(handle) for cell in row]


def test_the_manifest_says_its_rows_are_the_trusted_ones(packed):
    manifest = json.loads((packed.folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["rows"] == ROWS and ROWS.startswith("trusted: ")


def test_facts_ocr_was_unsure_of_are_in_no_csv(packed):
    for file in ("benchmark.csv", "findings.csv", "metrics.csv"):
        cells = _cells(packed, file)
        assert not [c for c in cells if UNSURE in c or "7 star" in c], file
    assert "99.0" not in _cells(packed, "metrics.csv") and "99" not in _cells(packed, "metrics.csv")


def test_the_sources_are_the_documents_of_every_row_and_of_the_ratings_lineage(packed):
    sources = {d["source_path"] for d in packed.manifest["source_documents"]}
    # the undated finding is in findings.csv, so its document is a source; the rating's total score is lineage
    assert "Tarihsiz bulgu." in _cells(packed, "findings.csv")
    assert sources == {DOCS[0][1], DOCS[1][1], UNDATED_DOC[1], SCORE_DOC[1]}
