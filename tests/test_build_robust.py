"""One odd input never stops the build: facts that break a rule are set aside with their reason, the rest publishes."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import duckdb
import pytest

from exbench.warehouse.build import build_core, build_marts, publish
from exbench.warehouse.checks import run_check
from exbench.warehouse.resolve import OrganizationResolver, organization_id
from exbench.warehouse.sql import sql_files
from exbench.warehouse.staging import build_tables, write_tables

FACT_LISTS = ("organizations", "metrics", "recognitions", "events", "targets", "peer_links", "focus_areas", "findings", "scores")


def record(path: str, pages: list[str] | None, facts: object = None, language: str = "tr", **text: Any) -> dict[str, Any]:
    """A document as build_tables takes it: register row, text cache record and facts cache record."""
    sha = hashlib.sha256(path.encode()).hexdigest()
    reading = (
        {
            "status": "ok",
            "title": None,
            "pages": [
                {"page_number": number, "text": words, "language": language, "engine": "text"}
                for number, words in enumerate(pages or [], start=1)
            ],
        }
        if pages is not None
        else {"status": "quarantined", "error_reason": "damaged", "error": "The file could not be read."}
    )
    return {
        "document_id": sha[:16],
        "source_path": path,
        "sha256": sha,
        "media_type": "text/plain",
        "size_bytes": 100,
        "hints": {},
        "problem": None,
        "text": {**reading, **text},
        "facts": facts,
    }


def facts(subject: str = "", cycle_year: int | None = None, **lists: list) -> dict[str, Any]:
    """A facts cache record with every list the extractor writes."""
    return {
        "subject": subject,
        "cycle_year": cycle_year,
        "scheme": None,
        "language": "tr",
        "reference_date": None,
        "framework": None,
        **{name: [] for name in FACT_LISTS},
        **lists,
    }


def evidence(quote: str, page: int = 1) -> dict[str, Any]:
    return {"page": page, "quote": quote, "focus": []}


def recognition(
    organization: str, scheme: str, level: str | None, stars: int | None, year: int | None, quote: str
) -> dict[str, Any]:
    return {
        "organization": organization,
        "scheme": scheme,
        "level": level,
        "stars": stars,
        "year": year,
        "awarded_on": None,
        "evidence": evidence(quote),
    }


def metric(organization: str, code: str, value: object, year: int | None, quote: str) -> dict[str, Any]:
    return {
        "organization": organization,
        "metric_code": code,
        "value": value,
        "period_year": year,
        "evidence": evidence(quote),
        "rule": "test",
    }


def organization(
    canonical: str, org_type: str = "municipality", country: str | None = "TR", language: str = "tr"
) -> dict[str, Any]:
    return {
        "canonical": canonical,
        "surface": canonical,
        "org_type": org_type,
        "country": country,
        "language": language,
        "parent": None,
    }


def build(tmp_path: Path, records: list[dict[str, Any]]) -> Path:
    """Stage, build core and marts, run every blocking check and publish; returns the warehouse."""
    return build_with_stage(tmp_path, records)[0]


def build_with_stage(tmp_path: Path, records: list[dict[str, Any]]) -> tuple[Path, dict[str, Path]]:
    """As build, and the staging Parquet files it was built from."""
    stage = write_tables(build_tables(records, "reader-test", "extractor-test"), tmp_path / "stage")
    build_path = tmp_path / "exbench.duckdb.building"
    build_core(build_path, stage, {"build_id": "test"})
    build_marts(build_path)
    with duckdb.connect(str(build_path)) as con:
        failed = {path.stem: rows for path in sql_files("checks") if (rows := run_check(con, path)[1])}
    assert failed == {}
    warehouse = tmp_path / "exbench.duckdb"
    publish(build_path, warehouse)
    return warehouse, stage


def rows(warehouse: Path, sql: str, parameters: list | None = None) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql, parameters or []).fetchall()


def test_a_recognition_of_no_known_organization_stays_in_core_and_out_of_star_ratings(tmp_path):
    page = "İtfaiye Daire Başkanlığı EFQM 5 Yıldız belgesi aldı."
    news = record(
        "news/itfaiye.txt", [page], facts(recognitions=[recognition("", "efqm", "Recognised by EFQM 5 Star", 5, 2023, page)])
    )
    warehouse = build(tmp_path, [news])
    assert rows(warehouse, "select organization_id, scheme, stars, year from core.recognitions") == [(None, "efqm", 5, 2023)]
    assert rows(warehouse, "select count(*) from mart.star_ratings") == [(0,)]


def test_one_municipality_named_two_ways_keeps_both_years(tmp_path):
    first, second = (
        "Kadıköy Belediyesi 2021 yılında ISO 9001 belgesi aldı.",
        "Kadikoy Belediyesi 2023 yılında ISO 9001 belgesini yeniledi.",
    )
    text = record(
        "news/kadikoy.txt",
        [first + "\n" + second],
        facts(
            organizations=[organization("Kadıköy Belediyesi"), organization("Kadikoy Belediyesi")],
            recognitions=[
                recognition("Kadıköy Belediyesi", "iso", "ISO 9001", None, 2021, first),
                recognition("Kadikoy Belediyesi", "iso", "ISO 9001", None, 2023, second),
            ],
        ),
    )
    warehouse = build(tmp_path, [text])
    found = rows(warehouse, "select organization_id, year from core.recognitions order by year")
    assert [year for _, year in found] == [2021, 2023]
    assert {org for org, _ in found} == {organization_id("Kadikoy Belediyesi")}
    assert rows(warehouse, "select count(*) from core.organizations where canonical_name ilike 'kad%'") == [(1,)]


def test_a_percentage_over_100_is_set_aside_and_the_rest_publishes(tmp_path):
    odd, fine = "۱۷۵ درصد پروژه‌ها در شش حوزه است.", "۵۵ ارزیاب داخلی"
    report = record(
        "fa/isfahan.txt",
        [odd + "\n" + fine],
        facts(
            subject="شهرداری اصفهان",
            organizations=[organization("شهرداری اصفهان", country="IR", language="fa")],
            metrics=[
                metric("", "improvement_projects_in_focus_areas_pct", 175.0, 2022, odd),
                metric("", "assessors_internal", 55.0, 2022, fine),
            ],
        ),
        language="fa",
    )
    warehouse = build(tmp_path, [report])
    assert rows(warehouse, "select metric_code, value from core.reported_metrics") == [("assessors_internal", 55.0)]
    assert rows(warehouse, "select fact_table, fact_index, field, value, reason, evidence from core.rejected_facts") == [
        ("reported_metrics", 0, "value", "175.0", "percent_over_100", odd)
    ]


@pytest.mark.parametrize(
    "value, reason",
    [
        (float("nan"), "not_a_number"),
        (float("inf"), "overflow"),  # 1e400 in the JSON cache
        (10**401, "overflow"),
        ("12", "malformed_facts"),
        (-3.0, "negative"),
        (2.5, "not_whole_number"),
        (1e300, "too_large"),
    ],
)
def test_a_count_that_cannot_be_is_set_aside_with_its_reason(tmp_path, value, reason):
    quote = "Kartal Belediyesi 12 güçlü yön"
    doc = record(
        "tr/kartal.txt", [quote], facts(subject="Kartal Belediyesi", metrics=[metric("", "strengths", value, 2023, quote)])
    )
    warehouse = build(tmp_path, [doc])
    assert rows(warehouse, "select count(*) from core.reported_metrics") == [(0,)]
    assert rows(warehouse, "select fact_table, reason from core.rejected_facts") == [("reported_metrics", reason)]


@pytest.mark.parametrize(
    "changes, reason, field",
    [
        ({"year": 9999}, "year_out_of_range", "year"),
        ({"year": 1401}, "year_out_of_range", "year"),  # a Solar Hijri year left unconverted
        ({"year": 2**40}, "overflow", "year"),
        ({"awarded_on": "2023-02-29"}, "bad_date", "awarded_on"),
        ({"awarded_on": "0001-01-01"}, "year_out_of_range", "awarded_on"),
        ({"stars": 9}, "stars_out_of_range", "stars"),
        ({"scheme": "nobel"}, "unknown_code", "scheme"),
        ({"scheme": None}, "missing_value", "scheme"),
    ],
)
def test_a_recognition_that_cannot_be_is_set_aside(tmp_path, changes, reason, field):
    quote = "Kartal Belediyesi EFQM 5 Yıldız aldı."
    doc = record(
        "tr/kartal.txt",
        [quote],
        facts(
            subject="Kartal Belediyesi",
            recognitions=[{**recognition("", "efqm", None, 5, 2023, quote), **changes}],
        ),
    )
    warehouse = build(tmp_path, [doc])
    assert rows(warehouse, "select count(*) from core.recognitions") == [(0,)]
    assert rows(warehouse, "select reason, field from core.rejected_facts") == [(reason, field)]


def test_a_peer_link_without_its_organization_is_set_aside(tmp_path):
    quote = "Bağcılar Belediyesi - ?"
    doc = record(
        "tr/pairs.txt",
        [quote],
        facts(
            organizations=[organization("Bağcılar Belediyesi")],
            peer_links=[
                {
                    "organization": "Bağcılar Belediyesi",
                    "peer": "",
                    "link_type": "expert_exchange",
                    "topic": None,
                    "evidence": evidence(quote),
                },
                {
                    "organization": "Bağcılar Belediyesi",
                    "peer": "Bagcilar Belediyesi",
                    "link_type": "expert_exchange",
                    "topic": None,
                    "evidence": evidence(quote),
                },
            ],
        ),
    )
    warehouse = build(tmp_path, [doc])
    assert rows(warehouse, "select count(*) from core.peer_links") == [(0,)]
    assert rows(warehouse, "select fact_index, reason from core.rejected_facts order by 1") == [
        (0, "no_organization"),
        (1, "same_organization"),
    ]


def test_a_failed_extraction_quarantines_the_document_and_keeps_its_pages(tmp_path):
    failed = record(
        "tr/big.txt",
        ["Sayfa bir", "Sayfa iki"],
        {"status": "failed", "error_reason": "timeout", "error": "Extraction took over 60 s."},
    )
    unreadable = record("tr/broken.txt", None)
    warehouse = build(tmp_path, [failed, unreadable])
    assert rows(warehouse, "select source_path, status, error_reason, error, page_count from core.documents order by 1") == [
        ("tr/big.txt", "quarantined", "timeout", "Extraction took over 60 s.", 2),
        ("tr/broken.txt", "quarantined", "damaged", "The file could not be read.", None),
    ]
    assert rows(warehouse, "select count(*) from core.pages") == [(2,)]


def test_a_failure_record_without_a_reason_still_says_why(tmp_path):
    warehouse = build(tmp_path, [record("tr/big.txt", ["Sayfa"], {"status": "failed"})])
    assert rows(warehouse, "select status, error_reason from core.documents") == [("quarantined", "extraction_failed")]


@pytest.mark.parametrize(
    "broken",
    [
        ["not", "a", "record"],
        {"subject": "", "metrics": []},  # lists missing
        {**facts(), "metrics": {"strengths": 12}},
        {**facts(), "subject": 42},
    ],
)
def test_a_malformed_facts_record_is_set_aside_and_the_others_build(tmp_path, broken):
    quote = "Kartal Belediyesi 12 güçlü yön"
    good = record("tr/a.txt", [quote], facts(subject="Kartal Belediyesi", metrics=[metric("", "strengths", 12.0, 2023, quote)]))
    bad = record("tr/b.txt", ["Başka bir metin"], broken)
    warehouse = build(tmp_path, [good, bad])
    assert rows(warehouse, "select value from core.reported_metrics") == [(12.0,)]
    assert rows(warehouse, "select status from core.documents order by source_path") == [("ok",), ("ok",)]
    assert {reason for (reason,) in rows(warehouse, "select reason from core.rejected_facts")} == {"malformed_facts"}


def test_a_malformed_fact_is_set_aside_alone(tmp_path):
    quote = "Kartal Belediyesi 12 güçlü yön"
    doc = record(
        "tr/a.txt",
        [quote],
        facts(
            subject="Kartal Belediyesi",
            metrics=[
                {"organization": "", "metric_code": "strengths", "evidence": evidence(quote)},  # no value, no year
                metric("", "strengths", 12.0, 2023, quote),
                "twelve",
            ],
        ),
    )
    warehouse = build(tmp_path, [doc])
    assert rows(warehouse, "select value from core.reported_metrics") == [(12.0,)]
    assert rows(warehouse, "select fact_index, reason from core.rejected_facts order by 1") == [
        (0, "malformed_facts"),
        (2, "malformed_facts"),
    ]


def test_a_quote_that_is_not_on_its_page_is_set_aside(tmp_path):
    doc = record(
        "tr/a.txt",
        ["Kartal Belediyesi 12 güçlü yön"],
        facts(
            subject="Kartal Belediyesi",
            metrics=[
                metric("", "strengths", 12.0, 2023, "words on no page"),
                {**metric("", "strengths", 13.0, 2023, "Kartal"), "evidence": evidence("Kartal", 7)},
            ],
        ),
    )
    warehouse = build(tmp_path, [doc])
    assert rows(warehouse, "select reason from core.rejected_facts") == [("evidence_not_on_page",)] * 2


def test_an_implausible_document_cycle_is_set_aside_and_its_findings_keep_no_cycle(tmp_path):
    quote = "Güçlü yön: liderlik"
    finding = {
        "organization": "",
        "framework": "efqm2020",
        "criterion_code": "2",
        "item_code": None,
        "finding_type": "strength",
        "text": "liderlik",
        "evidence": evidence(quote),
    }
    doc = record("tr/a.txt", [quote], facts(subject="Kartal Belediyesi", cycle_year=1401, findings=[finding]))
    warehouse = build(tmp_path, [doc])
    assert rows(warehouse, "select cycle_year from core.documents") == [(None,)]
    assert rows(warehouse, "select cycle_year, theme from core.findings") == [(None, "leadership")]
    assert rows(warehouse, "select fact_table, field, reason from core.rejected_facts") == [
        ("documents", "cycle_year", "year_out_of_range")
    ]


def test_events_and_targets_that_differ_get_their_own_ids(tmp_path):
    quote = "Kartal ve Maltepe belediyeleri 5 Mart 2023 eğitimi; H1.1 hedefi 10, H1.1 hedefi 20"
    event = {
        "first": "2023-03-05",
        "last": "2023-03-05",
        "precision": "day",
        "event_type": "training",
        "title": "eğitim",
        "evidence": evidence(quote),
    }
    target = {"organization": "", "target_code": "H1.1", "title": "hedef", "period_year": 2008, "evidence": evidence(quote)}
    doc = record(
        "tr/a.txt",
        [quote],
        facts(
            subject="Kartal Belediyesi",
            organizations=[organization("Kartal Belediyesi"), organization("Maltepe Belediyesi")],
            events=[
                {**event, "organization": "Kartal Belediyesi"},
                {**event, "organization": "Maltepe Belediyesi"},
                {**event, "organization": "Kartal Belediyesi"},
            ],
            targets=[{**target, "value": 10.0}, {**target, "value": 20.0}, {**target, "value": 10.0}],
        ),
    )
    warehouse = build(tmp_path, [doc])
    assert rows(warehouse, "select count(distinct event_id), count(distinct organization_id) from core.events") == [(2, 2)]
    assert rows(warehouse, "select target_value from core.targets order by 1") == [(10.0,), (20.0,)]


@pytest.mark.parametrize(
    "first, second", [("Kadıköy Belediyesi", "Kadikoy Belediyesi"), ("Kadikoy Belediyesi", "KADIKÖY BELEDİYESİ")]
)
def test_an_organization_keeps_its_id_whichever_spelling_comes_first(first, second):
    resolver = OrganizationResolver()
    a = resolver.resolve(first, None, "municipality", "TR", "tr")
    b = resolver.resolve(second, None, "municipality", "TR", "tr")
    assert (
        a.organization_id == b.organization_id == organization_id("Kadıköy Belediyesi") == organization_id("Kadikoy Belediyesi")
    )


def test_gazetteer_organizations_keep_the_id_of_their_folded_name():
    resolver = OrganizationResolver()
    isfahan = resolver.resolve("Isfahan Municipality", None, "municipality", None, "en")
    assert isfahan.organization_id == organization_id(isfahan.canonical_name)
    assert len({org.organization_id for org in resolver.organizations.values()}) == len(resolver.organizations)


def test_an_organization_gets_one_rating_per_scheme_and_cycle(tmp_path):
    award, score_2023, score_2013, total_2021 = "EFQM 5 Yıldız 2021", "Toplam puan 550", "Toplam puan 580", "Toplam puan 430"
    total = {"organization": "", "framework": "efqm2020", "criterion_code": None, "max_points": 1000.0}
    reports = [
        record(
            "tr/a.txt",
            [award],
            facts(
                subject="Kartal Belediyesi",
                recognitions=[
                    recognition("", "efqm", None, 5, 2021, award),
                    recognition("", "efqm", "Recognised by EFQM 5 Star", None, 2021, award),
                ],
            ),
        ),
        record(
            "tr/b.txt",
            [score_2023 + "\n" + score_2013],
            facts(
                subject="Kartal Belediyesi",
                cycle_year=2023,
                scores=[
                    {**total, "points": 550.0, "evidence": evidence(score_2023)},
                    {**total, "framework": "efqm2013", "points": 580.0, "evidence": evidence(score_2013)},
                ],
            ),
        ),
        record(
            "tr/c.txt",
            [total_2021],
            facts(
                subject="Kartal Belediyesi",
                cycle_year=2021,
                scores=[
                    {**total, "points": 430.0, "evidence": evidence(total_2021)},
                ],
            ),
        ),
    ]
    warehouse = build(tmp_path, reports)
    # 2021: reported twice (by stars and by level) and computed from points, one row that shows the disagreement;
    # 2023: two totals (EFQM 2020 and 2013 models), one row with the higher
    assert rows(
        warehouse,
        "select cycle_year, basis, stars, reported_stars, computed_stars, points, disagrees from mart.star_ratings order by 1",
    ) == [
        (2021, "reported", 5, 5, 4, 430.0, True),
        (2023, "computed", 5, None, 5, 580.0, False),
    ]


def test_a_reading_with_pages_that_failed_stays_ok_and_says_which(tmp_path):
    partial = {"pages": [2], "error": "1 of 2 pages could not be read: 2 (damaged)."}
    warehouse = build(
        tmp_path, [record("a.pdf", ["Kartal Belediyesi 12 güçlü yön.", ""], facts("Kartal Belediyesi"), partial=partial)]
    )
    assert rows(warehouse, "select status, error_reason, error, page_count from core.documents") == [
        ("ok", "partial", "1 of 2 pages could not be read: 2 (damaged).", 2)
    ]
