"""Lineage: every mart value names the trusted facts it was computed from, and the report quotes exactly those."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from exbench.report.data import load_report_data
from exbench.warehouse.build import MART_ORDER, create_schemas
from exbench.warehouse.sql import run_folder, sql_files, sql_text

# Isfahan's projects: two figures on one page of the first document (the mart takes the smaller,
# 736, as it breaks ties by value), and a later document's figure that the first document outranks
FIRST_FIGURE = "۷۳۶ پروژه بهبود تعریف شد"
OTHER_FIGURE_SAME_PAGE = "۹۰۰ پروژه در برنامه"
LATER_DOCUMENT_FIGURE = "۵۰۰ پروژه بهبود"
# Kartal's two totals of 2023 under two EFQM editions: the higher one is its points
HIGHER_TOTAL, LOWER_TOTAL = "Toplam puan: 435 / 1000", "Eski model toplam: 380 / 1000"


def _insert(con: duckdb.DuckDBPyConnection, table: str, **row: object) -> None:
    # test data only: the identifiers are this file's own literals, the values are bound
    con.execute(f"insert into {table} ({', '.join(row)}) values ({', '.join('?' * len(row))})", list(row.values()))


def _fact(con: duckdb.DuckDBPyConnection, table: str, **row: object) -> None:
    _insert(con, table, **{"page": 1, "low_confidence": False, **row})


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    """Facts with more than one candidate for a value, built from SQL; the marts by the real SQL."""
    path = tmp_path_factory.mktemp("lineage") / "exbench.duckdb"
    with duckdb.connect(str(path)) as con:
        create_schemas(con)
        con.execute("insert into meta.builds values ('b-test', timestamptz '2024-05-01 10:00:00+00', '0', 'r', 'e')")
        _insert(
            con,
            "core.organizations",
            organization_id="o_isf",
            canonical_name="شهرداری اصفهان",
            org_type="municipality",
            country="IR",
        )
        _insert(
            con,
            "core.organizations",
            organization_id="o_kar",
            canonical_name="Kartal Belediyesi",
            org_type="municipality",
            country="TR",
        )
        for doc, source in [
            ("d_isf", "fa/isfahan-a.pdf"),
            ("d_isf_later", "fa/isfahan-b.pdf"),
            ("d_kar", "tr/kartal-2023.pdf"),
            ("d_kar_old", "tr/kartal-eski-model.pdf"),
        ]:
            _insert(con, "core.documents", document_id=doc, source_path=source, status="ok", title=source)
        # the id order puts the 900 first: a tie-break by id would quote it for a value of 736
        _fact(
            con,
            "core.reported_metrics",
            metric_id="m_a",
            document_id="d_isf",
            organization_id="o_isf",
            metric_code="improvement_projects",
            value=900,
            unit="count",
            period_year=2022,
            page=3,
            evidence=OTHER_FIGURE_SAME_PAGE,
        )
        _fact(
            con,
            "core.reported_metrics",
            metric_id="m_b",
            document_id="d_isf",
            organization_id="o_isf",
            metric_code="improvement_projects",
            value=736,
            unit="count",
            period_year=2022,
            page=3,
            evidence=FIRST_FIGURE,
        )
        _fact(
            con,
            "core.reported_metrics",
            metric_id="m_0",
            document_id="d_isf_later",
            organization_id="o_isf",
            metric_code="improvement_projects",
            value=500,
            unit="count",
            period_year=2022,
            evidence=LATER_DOCUMENT_FIGURE,
        )
        _fact(
            con,
            "core.scores",
            document_id="d_kar",
            organization_id="o_kar",
            cycle_year=2023,
            framework="efqm2020",
            points=435,
            max_points=1000,
            evidence=HIGHER_TOTAL,
        )
        _fact(
            con,
            "core.scores",
            document_id="d_kar_old",
            organization_id="o_kar",
            cycle_year=2023,
            framework="efqm2013",
            points=380,
            max_points=1000,
            evidence=LOWER_TOTAL,
        )
        _fact(
            con,
            "core.findings",
            finding_id="f_isf",
            document_id="d_isf",
            organization_id="o_isf",
            cycle_year=2022,
            theme="strategy",
            finding_type="improvement_area",
            text="برنامه راهبردی پایش نمی‌شود",
            evidence="برنامه راهبردی پایش نمی‌شود",
        )
        _fact(
            con,
            "core.findings",
            finding_id="f_kar",
            document_id="d_kar",
            organization_id="o_kar",
            cycle_year=2023,
            theme="strategy",
            finding_type="strength",
            text="Stratejik plan izleniyor.",
            evidence="Stratejik plan izleniyor.",
        )
        # the only link between the two: a pair OCR was unsure of
        _fact(
            con,
            "core.peer_links",
            document_id="d_kar",
            organization_id="o_kar",
            peer_organization_id="o_isf",
            link_type="expert_exchange",
            evidence="Kartal - Isfahan",
            low_confidence=True,
        )
        _fact(
            con,
            "core.recognitions",
            recognition_id="r_unsure",
            document_id="d_kar",
            organization_id="o_kar",
            scheme="efqm",
            stars=6,
            year=2023,
            evidence="unsure OCR words",
            low_confidence=True,
        )
        run_folder(con, "marts", MART_ORDER)
    return path


@pytest.fixture()
def con(warehouse):
    with duckdb.connect(str(warehouse), read_only=True) as connection:
        yield connection


def _quotes(citations: list[dict]) -> list[str]:
    return [c["quote"] for c in citations]


def test_the_report_quotes_the_figure_the_indicator_value_was_computed_from(con):
    rows = {(r["organization_id"], r["indicator_code"]): r for r in load_report_data(con).indicators}
    projects = rows["o_isf", "improvement_projects"]
    assert projects["value"] == 736
    assert _quotes(projects["citations"]) == [FIRST_FIGURE]


def test_points_cite_the_total_they_are_and_not_the_other_editions(con):
    data = load_report_data(con)
    total = next(r for r in data.indicators if r["indicator_code"] == "total_points")
    assert total["value"] == 435 and _quotes(total["citations"]) == [HIGHER_TOTAL]
    [rating] = data.star_ratings
    assert (rating["scheme"], rating["stars"], rating["points"], rating["basis"]) == ("efqm", 4, 435, "computed")
    assert _quotes(rating["star_citations"]) == _quotes(rating["point_citations"]) == [HIGHER_TOTAL]


def test_the_lineage_names_the_chosen_rows_with_their_roles(con):
    inputs = con.execute(
        "select indicator_code, fact_table, fact_id, role from mart.indicator_inputs where organization_id = 'o_isf' order by all"
    ).fetchall()
    assert inputs == [
        ("improvement_projects", "reported_metrics", "m_b", "improvement_projects"),
        ("strengths_per_improvement_area", "findings", "f_isf", "improvement_area"),
    ]
    ratings = con.execute(
        "select n.role, e.evidence from mart.star_rating_inputs as n join trusted.fact_evidence as e using (fact_table, fact_id) order by all"
    ).fetchall()
    assert ratings == [("points", HIGHER_TOTAL), ("stars", HIGHER_TOTAL)]


def test_facts_ocr_was_unsure_of_stay_in_core_and_out_of_the_trusted_layer(con):
    assert con.execute("select count(*) from core.recognitions where low_confidence").fetchone() == (1,)
    assert con.execute("select count(*) from trusted.recognitions").fetchone() == (0,)
    assert con.execute("select count(*) from trusted.peer_links").fetchone() == (0,)
    # the unsure 6 stars rate nothing, and the unsure pair makes no peers (different countries: no peer group either)
    assert con.execute("select count(*) from mart.star_ratings where basis = 'reported'").fetchone() == (0,)
    assert con.execute("select count(*) from mart.peer_learning").fetchone() == (0,)


def _consistency_problems(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    """Values without lineage, lineage to no trusted fact, and report quotes of facts that fed nothing shown."""
    return con.execute(
        """
        select 'indicator without inputs', organization_id, indicator_code from mart.benchmark_indicators
        anti join mart.indicator_inputs using (organization_id, cycle_year, indicator_code)
        union all
        select 'rating without stars input', organization_id, scheme from mart.star_ratings as g
        where not exists (
            select 1 from mart.star_rating_inputs as n
            where n.organization_id = g.organization_id and n.cycle_year is not distinct from g.cycle_year
                and n.scheme = g.scheme and n.role = 'stars'
        )
        union all
        select 'input of no indicator', organization_id, indicator_code from mart.indicator_inputs
        anti join mart.benchmark_indicators using (organization_id, cycle_year, indicator_code)
        union all
        select 'input not trusted', organization_id, fact_id from mart.indicator_inputs
        anti join trusted.fact_evidence using (fact_table, fact_id)
        union all
        select 'input not trusted', organization_id, fact_id from mart.star_rating_inputs
        anti join trusted.fact_evidence using (fact_table, fact_id)
        union all
        select 'stars not from the evidence', g.organization_id, g.scheme from mart.star_ratings as g
        inner join mart.star_rating_inputs as n
            on n.organization_id = g.organization_id and n.cycle_year is not distinct from g.cycle_year
            and n.scheme = g.scheme and n.role = 'stars'
        inner join trusted.fact_evidence as e using (fact_table, fact_id)
        where e.evidence <> g.evidence
        union all
        select 'figure not the value', i.organization_id, i.indicator_code from mart.benchmark_indicators as i
        inner join mart.indicator_inputs as n using (organization_id, cycle_year, indicator_code)
        inner join trusted.reported_metrics as m on m.metric_id = n.fact_id
        where i.indicator_code = 'improvement_projects' and m.value <> i.value
        union all
        select 'total not the value', i.organization_id, i.indicator_code from mart.benchmark_indicators as i
        inner join mart.indicator_inputs as n using (organization_id, cycle_year, indicator_code)
        inner join trusted.scores as s on s.score_id = n.fact_id
        where i.indicator_code = 'total_points' and s.points <> i.value
        """
    ).fetchall()


def _report_quotes_outside_lineage(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    fed = {
        (oid, cycle, code, quote)
        for oid, cycle, code, quote in con.execute(
            "select n.organization_id, n.cycle_year, n.indicator_code, e.evidence from mart.indicator_inputs as n"
            " join trusted.fact_evidence as e using (fact_table, fact_id)"
        ).fetchall()
    }
    return [
        (r["organization_id"], r["indicator_code"], c["quote"])
        for r in load_report_data(con).indicators
        for c in r["citations"]
        if (r["organization_id"], r["cycle_year"], r["indicator_code"], c["quote"]) not in fed
    ]


def test_every_value_rests_on_trusted_facts_and_the_report_quotes_only_those(con):
    assert _consistency_problems(con) == []
    assert _report_quotes_outside_lineage(con) == []


def test_the_seed_warehouse_has_lineage_for_every_value(seed_db):
    assert seed_db.execute("select count(*) from mart.indicator_inputs").fetchone()[0] > 0
    assert _consistency_problems(seed_db) == []
    assert _report_quotes_outside_lineage(seed_db) == []


@pytest.mark.parametrize("folder", ["marts", "report", "exports"])
def test_the_low_confidence_rule_is_applied_once_in_the_trusted_layer(folder):
    core_facts = (
        "core.reported_metrics",
        "core.findings",
        "core.scores",
        "core.recognitions",
        "core.events",
        "core.targets",
        "core.peer_links",
        "core.focus_areas",
    )
    for path in sql_files(folder):
        text = sql_text(f"{folder}/{path.name}")
        assert "low_confidence" not in text, path.name
        assert not [table for table in core_facts if table in text], path.name
