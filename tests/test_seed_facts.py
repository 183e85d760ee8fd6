"""Every fact the seeds state is in the warehouse, with evidence, from both PDF producers."""

from __future__ import annotations

import pytest

ISFAHAN = "شهرداری اصفهان"
ANKARA = "Ankara Büyükşehir Belediyesi"
KARTAL = "Kartal Belediyesi"
MBB = "Marmara Belediyeler Birliği"


def metrics_of(con, organization: str) -> dict[str, list[float]]:
    rows = con.execute(
        """
        select m.metric_code, m.value from core.reported_metrics m
        join core.organizations o using (organization_id)
        where o.canonical_name = ?
        """,
        [organization],
    ).fetchall()
    found: dict[str, list[float]] = {}
    for code, value in rows:
        found.setdefault(code, []).append(value)
    return found


@pytest.mark.parametrize(
    "code, value",
    [
        ("strengths", 1293),
        ("improvement_areas", 2731),
        ("best_practices", 68),
        ("improvement_projects", 736),
        ("organizations_assessed", 20),
        ("assessors_internal", 55),
        ("assessors_external", 10),
        ("assessment_hours_internal", 1100),
        ("assessment_hours_external", 600),
    ],
)
def test_isfahan_counts_are_read_once_with_the_right_value(seed_db, code, value):
    assert metrics_of(seed_db, ISFAHAN).get(code) == [value]


def test_isfahan_metrics_belong_to_cycle_1401(seed_db):
    years = seed_db.execute(
        "select distinct period_year from core.reported_metrics m join core.organizations o using (organization_id) "
        "where o.canonical_name = ? and metric_code = 'strengths'",
        [ISFAHAN],
    ).fetchall()
    assert years == [(2022,)]


def test_isfahan_focus_areas_map_to_themes(seed_db):
    rows = seed_db.execute("select label, theme, share_pct from core.focus_areas order by label").fetchall()
    assert len(rows) == 6
    assert {theme for _, theme, _ in rows} >= {"strategy", "stakeholders", "people", "processes", "results"}
    assert all(share == 75 for _, _, share in rows)


def test_isfahan_gets_no_invented_recognition_or_stars(seed_db):
    rows = seed_db.execute(
        "select r.scheme, r.level from core.recognitions r join core.organizations o using (organization_id) where o.canonical_name = ?",
        [ISFAHAN],
    ).fetchall()
    assert rows == []  # the crystal statue is only hoped for
    assert seed_db.execute("select count(*) from mart.star_ratings").fetchone()[0] == 0


def test_ankara_improvement_projects(seed_db):
    assert metrics_of(seed_db, ANKARA).get("improvement_projects") == [14]


def test_ankara_recognitions(seed_db):
    rows = seed_db.execute(
        "select r.scheme, r.year, r.awarded_on from core.recognitions r join core.organizations o using (organization_id) "
        "where o.canonical_name = ? order by scheme",
        [ANKARA],
    ).fetchall()
    assert [(s, y, str(d)) for s, y, d in rows] == [("eloge", 2023, "2023-12-14"), ("kalder", 2023, "2023-03-22")]


@pytest.mark.parametrize(
    "first, last",
    [
        ("2022-04-06", "2022-04-06"),
        ("2023-09-09", "2023-09-09"),
        ("2023-11-07", "2023-11-09"),
        ("2023-12-14", "2023-12-14"),
        ("2023-12-20", "2023-12-20"),
        ("2024-01-31", "2024-02-01"),
        ("2024-02-13", "2024-02-13"),
        ("2024-02-20", "2024-02-20"),
        ("2024-02-28", "2024-02-28"),
    ],
)
def test_ankara_dated_events(seed_db, first, last):
    rows = seed_db.execute(
        "select count(*) from core.events e join core.organizations o using (organization_id) "
        "where o.canonical_name = ? and event_date = ?::date and event_date_end = ?::date and date_precision = 'day'",
        [ANKARA, first, last],
    ).fetchone()
    assert rows[0] >= 1


def test_kartal_iso_certificates_have_no_year(seed_db):
    rows = seed_db.execute(
        "select r.level, r.year from core.recognitions r join core.organizations o using (organization_id) "
        "where o.canonical_name = ? and scheme = 'iso' order by level",
        [KARTAL],
    ).fetchall()
    assert rows == [("ISO 14001", None), ("ISO 9001", None), ("OHSAS 18001", None)]


def test_kartal_strategic_plan_approval(seed_db):
    rows = seed_db.execute(
        "select event_type, title from core.events e join core.organizations o using (organization_id) "
        "where o.canonical_name = ? and event_date = '2019-10-21'",
        [KARTAL],
    ).fetchall()
    assert rows and rows[0][0] == "approval" and "Stratejik Plan" in rows[0][1]


@pytest.mark.parametrize(
    "code, value", [("experts", 53), ("expert_organizations", 13), ("topics_requested", 37), ("requesting_organizations", 14)]
)
def test_marmara_exchange_counts(seed_db, code, value):
    assert metrics_of(seed_db, MBB).get(code) == [value]


def test_marmara_pairs_are_peer_links_without_repeats(seed_db):
    rows = seed_db.execute(
        """
        select a.canonical_name, b.canonical_name from core.peer_links p
        join core.organizations a on a.organization_id = p.organization_id
        join core.organizations b on b.organization_id = p.peer_organization_id
        where p.link_type = 'expert_exchange' order by 1, 2
        """
    ).fetchall()
    assert rows == [
        ("Bağcılar Belediyesi", "Savaştepe Belediyesi"),
        ("Eyüpsultan Belediyesi", "Büyükmandıra Belediyesi"),
        ("Eyüpsultan Belediyesi", "Kocaeli Büyükşehir Belediyesi"),
        ("Çorlu Belediyesi", "Tekirdağ Büyükşehir Belediyesi"),
        ("İnhisar Belediyesi", "Armutlu Belediyesi"),
    ]


def test_marmara_award_calls_are_not_recognitions(seed_db):
    rows = seed_db.execute(
        "select r.level from core.recognitions r join core.organizations o using (organization_id) where o.canonical_name = ?",
        [MBB],
    ).fetchall()
    assert rows == []


def test_union_membership_is_a_metric_and_plans_are_targets(seed_db):
    found = metrics_of(seed_db, MBB)
    assert found.get("member_organizations") == [276]
    assert found.get("eligible_organizations") == [416]
    targets = seed_db.execute(
        "select target_code, target_value, period_year from core.targets t join core.organizations o using (organization_id) "
        "where o.canonical_name = ? order by target_code",
        [MBB],
    ).fetchall()
    codes = {code for code, _, _ in targets}
    assert {"H1", "H2", "H3", "H4", "H1.9", "H3.1"} <= codes
    assert dict((c, v) for c, v, _ in targets)["H3.1"] == 12
    assert {y for c, _, y in targets if c.startswith("H")} == {2008}
    # nothing from the target list leaks into the metrics
    assert set(found) <= {
        "member_organizations",
        "eligible_organizations",
        "experts",
        "expert_organizations",
        "topics_requested",
        "requesting_organizations",
    }


def test_every_fact_quotes_its_page(seed_db):
    offending = seed_db.execute(
        """
        select m.metric_id from core.reported_metrics m
        join core.pages p on p.document_id = m.document_id and p.page_number = m.page
        where position(m.evidence in p.text) = 0
        """
    ).fetchall()
    assert offending == []
    assert seed_db.execute("select count(*) from meta.check_results where not passed").fetchone()[0] == 0


def test_organizations_have_type_country_and_aliases(seed_db):
    rows = dict(
        (name, (org_type, country))
        for name, org_type, country in seed_db.execute(
            "select canonical_name, org_type, country from core.organizations"
        ).fetchall()
    )
    assert rows[ISFAHAN] == ("municipality", "IR")
    assert rows[ANKARA] == ("metropolitan_municipality", "TR")
    aliases = {
        a
        for (a,) in seed_db.execute(
            "select alias from core.organization_aliases join core.organizations using (organization_id) where canonical_name = ?",
            [ISFAHAN],
        ).fetchall()
    }
    assert {"شهرداری اصفهان", "Isfahan Municipality"} <= aliases


def test_every_table_and_column_has_a_comment(seed_db):
    missing = seed_db.execute(
        """
        select schema_name || '.' || table_name from duckdb_tables()
        where schema_name in ('core', 'mart', 'ref', 'meta') and (comment is null or comment = '')
        union all
        select schema_name || '.' || table_name || '.' || column_name from duckdb_columns()
        where schema_name in ('core', 'mart', 'ref', 'meta') and (comment is null or comment = '')
        """
    ).fetchall()
    assert missing == []


def test_contract_tables_exist(seed_db):
    tables = {f"{s}.{t}" for s, t in seed_db.execute("select schema_name, table_name from duckdb_tables()").fetchall()}
    assert {
        "core.documents",
        "core.pages",
        "core.organizations",
        "core.organization_aliases",
        "core.reported_metrics",
        "core.findings",
        "core.scores",
        "core.recognitions",
        "core.events",
        "core.targets",
        "core.peer_links",
        "mart.peer_learning",
        "mart.star_ratings",
        "mart.benchmark_indicators",
    } <= tables
