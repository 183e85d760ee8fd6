"""The labeled-set scorer rates the unsure flag only where OCR read the number: the flag marks OCR's doubt, so a
wrong count read from a text layer is a wrong metric, not a flag that failed."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from exbench.evaluation.score import score_warehouse
from exbench.warehouse.build import create_schemas

LABEL = {
    "language": "tr",
    "metrics": [{"organization": "Kartal Belediyesi", "metric_code": "strengths", "value": 27}],
    "recognitions": [],
}


def _warehouse(path: Path, engine: str, rows: list[tuple[float, bool]]) -> Path:
    """One document of one page read by `engine`; rows are (strengths counted, flagged unsure) of Kartal's."""
    with duckdb.connect(str(path)) as con:
        create_schemas(con)
        con.execute("insert into core.documents (document_id, source_path, status) values ('d1', 'tr_news.pdf', 'ok')")
        con.execute("insert into core.pages (document_id, page_number, engine) values ('d1', 1, ?)", [engine])
        con.execute("insert into core.organizations (organization_id, canonical_name) values ('o1', 'Kartal Belediyesi')")
        for number, (value, unsure) in enumerate(rows):
            con.execute(
                "insert into core.reported_metrics (fact_id, metric_id, document_id, organization_id, metric_code, value,"
                " page, evidence, low_confidence) values (?, ?, 'd1', 'o1', 'strengths', ?, 1, 'güçlü yön', ?)",
                [f"f{number}", f"m{number}", value, unsure],
            )
            con.execute(
                "insert into core.fact_sources (fact_table, fact_id, document_id, page, evidence, kept)"
                " values ('reported_metrics', ?, 'd1', 1, 'güçlü yön', true)",
                [f"f{number}"],
            )
    return path


CASES = [
    # (what, engine, rows, (tp, fp, fn) of metrics, (tp, fp, fn) of metric_flags)
    ("a text layer's wrong count is no failed flag", "pdfium", [(27, False), (72, False)], (1, 1, 0), (0, 0, 0)),
    ("OCR's wrong count left unflagged", "tesseract", [(27, False), (72, False)], (1, 1, 0), (0, 0, 1)),
    ("OCR's wrong count flagged", "tesseract", [(27, False), (72, True)], (1, 0, 0), (1, 0, 0)),
    ("OCR's right count flagged for nothing", "tesseract", [(27, True)], (0, 0, 1), (0, 1, 0)),
]


@pytest.mark.parametrize("what, engine, rows, metrics, flags", CASES, ids=[c[0] for c in CASES])
def test_the_unsure_flag_is_rated_on_numbers_ocr_read(tmp_path, what, engine, rows, metrics, flags):
    tallies = score_warehouse(_warehouse(tmp_path / "w.duckdb", engine, rows), {"tr_news": LABEL})
    tally = lambda kind: (tallies[kind]["all"].tp, tallies[kind]["all"].fp, tallies[kind]["all"].fn)  # noqa: E731
    assert (tally("metrics"), tally("metric_flags")) == (metrics, flags)
