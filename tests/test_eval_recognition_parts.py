"""The labeled-set scorer says where a recognition was lost: its owner, its year, or the award itself."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from exbench.evaluation.score import score_warehouse
from exbench.warehouse.build import create_schemas

LABEL = {
    "language": "tr",
    "metrics": [],
    "recognitions": [
        {"organization": "Kartal Belediyesi", "scheme": "efqm", "stars": 4, "year": 2021},
        {"organization": "Kartal Belediyesi", "scheme": "kalder", "stars": None, "year": 2019},
        {"organization": "Maltepe Belediyesi", "scheme": "iso", "stars": None, "year": 2020},
    ],
}


def _warehouse(path: Path, rows: list[tuple]) -> Path:
    """One document, two organizations; rows are (organization or None, scheme, stars, year)."""
    with duckdb.connect(str(path)) as con:
        create_schemas(con)
        con.execute("insert into core.documents (document_id, source_path, status) values ('d1', 'tr_news.pdf', 'ok')")
        for org, name in [("o_kartal", "Kartal Belediyesi"), ("o_maltepe", "Maltepe Belediyesi")]:
            con.execute("insert into core.organizations (organization_id, canonical_name) values (?, ?)", [org, name])
        for number, (org, scheme, stars, year) in enumerate(rows):
            con.execute(
                "insert into core.recognitions (recognition_id, fact_id, document_id, organization_id, scheme, level,"
                " stars, year, page, evidence, low_confidence) values (?, ?, 'd1', ?, ?, 'award', ?, ?, 1, 'ödül', false)",
                [f"r{number}", f"f{number}", org, scheme, stars, year],
            )
            con.execute(
                "insert into core.fact_sources (fact_table, fact_id, document_id, page, evidence, kept)"
                " values ('recognitions', ?, 'd1', 1, 'ödül', true)",
                [f"f{number}"],
            )
    return path


CASES = [
    # (what, extracted rows, (tp, fp, fn) of: recognitions, recog_any_owner, recog_any_year, recog_any_award)
    (
        "all right",
        [("o_kartal", "efqm", 4, 2021), ("o_kartal", "kalder", None, 2019), ("o_maltepe", "iso", None, 2020)],
        [(3, 0, 0), (3, 0, 0), (3, 0, 0), (3, 0, 0)],
    ),
    (
        "one given to the other organization",
        [("o_kartal", "efqm", 4, 2021), ("o_kartal", "kalder", None, 2019), ("o_kartal", "iso", None, 2020)],
        [(2, 1, 1), (3, 0, 0), (2, 1, 1), (2, 1, 1)],
    ),
    (
        "one with no owner found is not scored but was read",
        [("o_kartal", "efqm", 4, 2021), ("o_kartal", "kalder", None, 2019), (None, "iso", None, 2020)],
        [(2, 0, 1), (3, 0, 0), (2, 0, 1), (2, 0, 1)],
    ),
    (
        "one with the wrong year",
        [("o_kartal", "efqm", 4, 2020), ("o_kartal", "kalder", None, 2019), ("o_maltepe", "iso", None, 2020)],
        [(2, 1, 1), (2, 1, 1), (3, 0, 0), (2, 1, 1)],
    ),
    (
        "one with the wrong star level",
        [("o_kartal", "efqm", 3, 2021), ("o_kartal", "kalder", None, 2019), ("o_maltepe", "iso", None, 2020)],
        [(2, 1, 1), (2, 1, 1), (2, 1, 1), (3, 0, 0)],
    ),
    ("none read", [], [(0, 0, 3)] * 4),
]


@pytest.mark.parametrize("what, rows, expected", CASES, ids=[c[0] for c in CASES])
def test_recognitions_are_also_scored_by_part_of_their_key(tmp_path, what, rows, expected):
    tallies = score_warehouse(_warehouse(tmp_path / "w.duckdb", rows), {"tr_news": LABEL})
    kinds = ("recognitions", "recog_any_owner", "recog_any_year", "recog_any_award")
    assert [(tallies[k]["all"].tp, tallies[k]["all"].fp, tallies[k]["all"].fn) for k in kinds] == expected
