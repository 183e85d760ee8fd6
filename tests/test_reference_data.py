"""Reference data: every code list, catalog and bound stated once, in a CSV seed loaded into ref.*,
and read from there by the marts, the screening and the checks."""

from __future__ import annotations

import csv
import shutil

import duckdb
import pytest

from exbench.reference import metric_units, seed_file
from exbench.warehouse import build
from exbench.warehouse.build import create_schemas
from exbench.warehouse.sql import run_file, sql_root


@pytest.fixture()
def con():
    """The empty warehouse schema with its reference data, in memory."""
    with duckdb.connect(":memory:") as connection:
        create_schemas(connection)
        yield connection


def test_every_ref_table_has_its_seed_and_every_seed_a_table(con):
    tables = {name for (name,) in con.execute("select table_name from duckdb_tables() where schema_name = 'ref'").fetchall()}
    seeds = {path.stem for path in (sql_root() / "seeds").glob("*.csv")}
    assert tables == seeds
    assert {"schemes", "frameworks", "finding_types", "indicator_inputs", "star_levels", "star_band_labels", "codes"} <= tables
    for table in tables:
        with seed_file(table).open(encoding="utf-8", newline="") as rows:
            in_file = sum(1 for _ in csv.DictReader(rows))
        assert con.execute(f"select count(*) from ref.{table}").fetchone()[0] == in_file > 0, table


def test_the_code_lists_of_the_mission_are_in_their_tables(con):
    def codes(query: str) -> set[str]:
        return {code for (code,) in con.execute(query).fetchall()}

    assert codes("select scheme from ref.schemes") == {
        "efqm",
        "kalder",
        "iran_national",
        "baldrige",
        "eloge",
        "iso",
        "municipal",
        "other",
    }
    assert codes("select framework from ref.frameworks") == {"efqm2020", "efqm2013", "baldrige", "iran_national", "kalder"}
    assert codes("select finding_type from ref.finding_types") == {
        "strength",
        "improvement_area",
        "best_practice",
        "improvement_project",
    }
    assert con.execute("select scheme from ref.frameworks where framework = 'efqm2013'").fetchone() == ("efqm",)
    # every framework's criteria and every indicator's inputs refer to rows that exist (foreign keys)
    assert codes("select distinct framework from ref.criteria") == codes("select framework from ref.frameworks")
    assert con.execute(
        "select metric_code from ref.indicator_inputs where indicator_code = 'external_assessor_share' order by 1"
    ).fetchall() == [("assessors_external",), ("assessors_internal",)]


def test_a_seed_naming_an_unknown_code_stops_the_build(tmp_path, monkeypatch):
    for path in (sql_root() / "seeds").glob("*.csv"):
        shutil.copy(path, tmp_path / path.name)
    with (tmp_path / "frameworks.csv").open("a", encoding="utf-8") as frameworks:
        frameworks.write("efqm2030,eu_quality,A framework of a scheme no seed lists.\n")
    monkeypatch.setattr(build, "seed_file", lambda table: tmp_path / f"{table}.csv")
    with duckdb.connect(":memory:") as con, pytest.raises(duckdb.ConstraintException, match="eu_quality"):
        create_schemas(con)


def _score(con, framework: str, points: float) -> None:
    con.execute(
        "insert into core.scores by name select 'doc' as document_id, 'org' as organization_id, 2025 as cycle_year, "
        "? as framework, null as criterion_code, ? as points, 1000 as max_points, 1 as page, 'total' as evidence, false as low_confidence",
        [framework, points],
    )


def test_a_frameworks_scheme_comes_from_ref_frameworks(con):
    con.execute("insert into ref.frameworks values ('efqm2025', 'efqm', 'A later edition of the EFQM Model.')")
    _score(con, "efqm2025", 450)
    run_file(con, "marts/build_star_ratings.sql")
    assert con.execute("select scheme, points, stars, level_code, basis from mart.star_ratings").fetchall() == [
        ("efqm", 450.0, 4, "efqm_recognised_4", "computed")
    ]


def test_a_level_named_in_any_language_of_the_labels_is_rated(con):
    con.execute("insert into ref.star_band_labels values ('efqm', 'efqm_recognised_5', 'de', 'Anerkannt durch EFQM 5 Sterne')")
    con.execute(
        "insert into core.recognitions by name select 'r1' as recognition_id, 'doc' as document_id, 'org' as organization_id, "
        "'efqm' as scheme, 'anerkannt durch efqm 5 sterne' as level, 2024 as year, 'words' as evidence, false as low_confidence"
    )
    run_file(con, "marts/build_star_ratings.sql")
    assert con.execute("select stars, level_code, basis from mart.star_ratings").fetchall() == [
        (5, "efqm_recognised_5", "reported")
    ]


def test_the_star_bands_view_shows_each_levels_labels_side_by_side(con):
    assert con.execute(
        "select stars, min_points, max_points, label_en, label_tr, label_fa from ref.star_bands where level_code = 'iran_crystal'"
    ).fetchone() == (None, 451.0, 550.0, "Crystal statue", "Kristal Heykel", "تندیس بلورین")
    assert (
        con.execute("select count(*) from ref.star_bands").fetchone()
        == con.execute("select count(*) from ref.star_levels").fetchone()
    )


def test_the_unit_decides_whether_a_metric_is_a_percentage(con):
    assert metric_units() == dict(con.execute("select metric_code, unit from ref.metric_catalog").fetchall())
    assert {code for code, unit in metric_units().items() if unit == "percent"} == {"improvement_projects_in_focus_areas_pct"}
