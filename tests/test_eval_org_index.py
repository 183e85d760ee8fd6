"""The scorer finds a labelled organization by its name the same way on every run, even where two organizations
of the warehouse share a name: a figure that changes between two scorings of one warehouse cannot be trusted."""

from __future__ import annotations

from pathlib import Path

import duckdb

from exbench.evaluation.score import org_index
from exbench.warehouse.build import create_schemas


def _warehouse(path: Path, organizations: list[tuple[str, str, list[str]]]) -> Path:
    """Organizations as (id, canonical name, aliases), inserted in the order given."""
    with duckdb.connect(str(path)) as con:
        create_schemas(con)
        for oid, canonical, aliases in organizations:
            con.execute("insert into core.organizations (organization_id, canonical_name) values (?, ?)", [oid, canonical])
            for alias in aliases:
                con.execute("insert into core.organization_aliases (organization_id, alias) values (?, ?)", [oid, alias])
    return path


UNION = ("org_b", "Akdere Belediyeler Birliği", ["Akdere", "Birlik"])
CITY = ("org_a", "Akdere Belediyesi", ["Akdere"])
SHORT = ("org_c", "Akdere", [])


def test_a_short_name_two_organizations_share_goes_to_the_same_one_whatever_the_order(tmp_path):
    first = org_index(duckdb.connect(str(_warehouse(tmp_path / "1.duckdb", [UNION, CITY])), read_only=True))
    second = org_index(duckdb.connect(str(_warehouse(tmp_path / "2.duckdb", [CITY, UNION])), read_only=True))
    assert first["akdere"] == second["akdere"] == "org_a"
    assert first["akdere belediyeler birligi"] == "org_b"


def test_a_name_that_is_one_organizations_own_beats_another_ones_alias(tmp_path):
    index = org_index(duckdb.connect(str(_warehouse(tmp_path / "w.duckdb", [UNION, CITY, SHORT])), read_only=True))
    assert index["akdere"] == "org_c"
    assert index["birlik"] == "org_b"
