"""Property: whatever the caches hold, the build publishes, every check passes and no fact is lost in silence.

Random corpora of document records (register row, text cache, facts cache)
mix missing organizations, one organization in several spellings, repeated
facts and documents, extreme and impossible values, odd dates, failure records
and malformed facts, with every kind of fact at once. Each is staged, built,
checked and published; then every fact put in is either in core (or a copy of
it kept by de-duplication) or in core.rejected_facts with its reason.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any
from unittest import mock

import duckdb
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from exbench.warehouse.coerce import clean
from tests.test_build_robust import build_with_stage, record

TABLES = {
    "metrics": "reported_metrics",
    "recognitions": "recognitions",
    "events": "events",
    "targets": "targets",
    "peer_links": "peer_links",
    "focus_areas": "focus_areas",
    "findings": "findings",
    "scores": "scores",
}

NAMES = st.sampled_from(
    [
        "",
        "   ",
        "Kadıköy Belediyesi",
        "Kadikoy Belediyesi",
        "KADIKÖY BELEDİYESİ",
        "Kartal Belediyesi",
        "Maltepe Belediyesi",
        "شهرداری اصفهان",
        "Isfahan Municipality",
        "İtfaiye Daire Başkanlığı",
        "Ankara Büyükşehir Belediyesi",
    ]
)
SENTENCES = st.sampled_from(
    [
        "۱۷۵ درصد پروژه‌ها",
        "۵۵ ارزیاب داخلی",
        "Kadıköy Belediyesi 2021 ISO 9001",
        "Kadikoy Belediyesi 2023 ISO 9001",
        "EFQM 5 Yıldız",
        "168 güçlü yön",
        "14 iyileştirme projesi",
        "22 Mart 2023 ödül töreni",
        "H1.9 hedefi",
        "liderlik güçlü yön",
        "Bağcılar - Savaştepe",
        "1e400",
        "29 Şubat 2023",
    ]
)
ODD_NUMBERS = st.sampled_from(
    [0, 12, 55, 100, 175.0, -1.0, 2.5, 1e9, 1e300, float("nan"), float("inf"), -float("inf"), 10**401, None, "12", [1]]
)
NUMBERS = st.one_of(
    ODD_NUMBERS,
    ODD_NUMBERS,
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(10**20), max_value=10**20),
)
POINTS = st.sampled_from([250.0, 430.0, 474.0, 550.0, 580.0, 720.0, 1000.0])
YEARS = st.sampled_from([None, 2021, 2022, 2023, 1401, 9999, 1, 0, -5, 2**40, 2022.0, 2022.5, "2022", True])
DATES = st.sampled_from(
    [None, "2023-03-05", "2023-02-29", "2024-02-29", "0001-01-01", "9999-12-31", "2023-13-01", "not a date", 20230305]
)
STARS = st.sampled_from([None, 1, 2, 3, 4, 5, 6, 7, 0, 9, -1, 2**40, 3.5])
SCHEMES = st.sampled_from(["efqm", "kalder", "iran_national", "iso", "municipal", "eloge", "other", "nobel", None])
LEVELS = st.sampled_from(
    [None, "", "ISO 9001", "Recognised by EFQM 5 Star", "recognised by efqm 5 star", "تندیس بلورین", "Golden statue"]
)
METRIC_CODES = st.sampled_from(
    [
        "strengths",
        "improvement_areas",
        "improvement_projects",
        "assessors_internal",
        "assessment_hours",
        "improvement_projects_in_focus_areas_pct",
        "made_up_code",
        None,
    ]
)
FRAMEWORKS = st.sampled_from(["efqm2020", "efqm2013", "iran_national", "kalder", "baldrige", "nonsense", None])
CRITERIA = st.sampled_from([None, "1", "2", "7", "9", "42"])
THEMES = st.sampled_from([None, "strategy", "people", "results", "astrology"])
FINDING_TYPES = st.sampled_from(["strength", "improvement_area", "best_practice", "improvement_project", "rumour", None])


@st.composite
def evidence(draw, pages: int, placed: list[tuple[int, str]]) -> dict[str, Any]:
    """A quote on one of the pages, or now and then one that is not (a wrong page, words on no page)."""
    quote = draw(SENTENCES)
    page = draw(st.integers(min_value=1, max_value=pages))
    where = draw(st.sampled_from(["on_page"] * 12 + ["wrong_page", "nowhere", "empty"]))
    if where == "on_page":
        placed.append((page, quote))
    return {"page": page + 40 if where == "wrong_page" else page, "quote": "" if where == "empty" else quote, "focus": []}


def fact_of(kind: str, draw, pages: int, placed: list[tuple[int, str]]) -> dict[str, Any]:
    org, ev = draw(NAMES), draw(evidence(pages, placed))
    if kind == "metrics":
        return {
            "organization": org,
            "metric_code": draw(METRIC_CODES),
            "value": draw(NUMBERS),
            "period_year": draw(YEARS),
            "evidence": ev,
            "rule": "gen",
        }
    if kind == "recognitions":
        return {
            "organization": org,
            "scheme": draw(SCHEMES),
            "level": draw(LEVELS),
            "stars": draw(STARS),
            "year": draw(YEARS),
            "awarded_on": draw(DATES),
            "evidence": ev,
        }
    if kind == "events":
        return {
            "organization": org,
            "first": draw(DATES),
            "last": draw(DATES),
            "precision": "day",
            "event_type": "training",
            "title": draw(st.sampled_from(["eğitim", "tören", None])),
            "evidence": ev,
        }
    if kind == "targets":
        return {
            "organization": org,
            "target_code": draw(st.sampled_from(["H1.1", "H1.2", None])),
            "title": draw(st.sampled_from(["hedef", None])),
            "value": draw(NUMBERS),
            "period_year": draw(YEARS),
            "evidence": ev,
        }
    if kind == "peer_links":
        return {
            "organization": org,
            "peer": draw(NAMES),
            "link_type": draw(st.sampled_from(["expert_exchange", "sister_city", None])),
            "topic": None,
            "evidence": ev,
        }
    if kind == "focus_areas":
        return {
            "organization": org,
            "subject_metric": "improvement_projects",
            "label": draw(st.sampled_from(["strateji", "insan", None])),
            "theme": draw(THEMES),
            "share_pct": draw(NUMBERS),
            "period_year": draw(YEARS),
            "evidence": ev,
        }
    if kind == "findings":
        return {
            "organization": org,
            "framework": draw(FRAMEWORKS),
            "criterion_code": draw(CRITERIA),
            "item_code": None,
            "finding_type": draw(FINDING_TYPES),
            "text": draw(st.sampled_from(["liderlik", "süreçler", None])),
            "evidence": ev,
        }
    return {
        "organization": org,
        "framework": draw(FRAMEWORKS),
        "criterion_code": draw(CRITERIA),
        "points": draw(st.one_of(NUMBERS, POINTS)),
        "max_points": draw(st.sampled_from([None, 100.0, 1000.0, 0.0, -5.0])),
        "evidence": ev,
    }


def broken(draw, item: dict[str, Any]) -> object:
    """The fact as written, or now and then bent out of the extractor's shape."""
    how = draw(st.sampled_from(["keep"] * 12 + ["drop_key", "not_a_dict", "list_field", "no_evidence"]))
    if how == "drop_key":
        key = draw(st.sampled_from(sorted(item)))
        return {k: v for k, v in item.items() if k != key}
    if how == "not_a_dict":
        return draw(st.sampled_from([None, "fact", 12, ["a"]]))
    if how == "list_field":
        return {**item, "organization": ["Kartal Belediyesi"]}
    if how == "no_evidence":
        return {**item, "evidence": {"page": "one", "quote": 5}}
    return item


@st.composite
def facts_record(draw, pages: int, placed: list[tuple[int, str]]) -> object:
    shape = draw(st.sampled_from(["facts"] * 14 + ["failed", "none", "not_an_object", "missing_lists"]))
    if shape == "failed":
        return draw(
            st.sampled_from(
                [
                    {"status": "failed", "error_reason": "timeout", "error": "Extraction took too long."},
                    {"status": "failed", "error_reason": "crashed", "error": "The extractor crashed."},
                    {"status": "failed"},
                ]
            )
        )
    if shape == "none":
        return None
    if shape == "not_an_object":
        return draw(st.sampled_from([[], "facts", 7]))
    organizations = [
        broken(
            draw,
            {
                "canonical": name,
                "surface": name,
                "org_type": draw(st.sampled_from(["municipality", "municipal_agency", None])),
                "country": draw(st.sampled_from(["TR", "IR", None])),
                "language": "tr",
                "parent": draw(st.sampled_from([None, "Kartal Belediyesi", ""])),
            },
        )
        for name in draw(st.lists(NAMES, max_size=4))
    ]
    lists = {kind: [broken(draw, fact_of(kind, draw, pages, placed)) for _ in range(draw(st.integers(0, 3)))] for kind in TABLES}
    record_ = {
        "subject": draw(NAMES),
        "cycle_year": draw(YEARS),
        "scheme": draw(SCHEMES),
        "language": "tr",
        "reference_date": draw(DATES),
        "framework": None,
        "organizations": organizations,
        **lists,
    }
    if shape == "missing_lists":
        record_.pop(draw(st.sampled_from(["metrics", "organizations", "events"])))
    return record_


@st.composite
def corpus(draw) -> list[dict[str, Any]]:
    records = []
    for number in range(draw(st.integers(min_value=1, max_value=4))):
        if records and draw(st.integers(0, 5)) == 0:  # the same text again, as another file (a PDF and its HTML page)
            copy = records[-1]
            records.append({**record(f"d{number}.html", None), "text": copy["text"], "facts": copy["facts"]})
            continue
        pages, placed = draw(st.integers(min_value=1, max_value=3)), []
        facts = draw(facts_record(pages, placed))
        texts = [
            " | ".join(["Sayfa", str(number), str(page)] + [quote for at, quote in placed if at == page])
            for page in range(1, pages + 1)
        ]
        readable = draw(st.sampled_from(["ok"] * 8 + ["quarantined", "damaged"]))
        doc = record(f"d{number}.txt", texts if readable != "quarantined" else None, facts)
        if readable == "damaged":
            doc["text"] = {"status": "ok", "pages": [{"page_number": 0, "text": None}]}
        doc["hints"] = draw(
            st.sampled_from([{}, {"published_on": "2023-02-29"}, {"published_on": "2023-05-01", "doc_kind": "news"}])
        )
        records.append(doc)
    return records


def check_nothing_lost(records: list[dict[str, Any]], warehouse: Path, stage: dict[str, Path]) -> None:
    """Every fact of the input is set aside with a reason, or reached core (itself or the copy de-duplication kept)."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rejected = {
            (d, t, i) for d, t, i in con.execute("select document_id, fact_table, fact_index from core.rejected_facts").fetchall()
        }
        aliases = {alias for (alias,) in con.execute("select alias from core.organization_aliases").fetchall()}
        staged: set[tuple[str, str, int]] = set()
        for kind in TABLES:
            rows = con.execute("select document_id, fact_index from read_parquet(?)", [str(stage[kind])]).fetchall()
            staged |= {(d, TABLES[kind], i) for d, i in rows}
        for doc in records:
            facts, doc_id = doc["facts"], doc["document_id"]
            if not isinstance(facts, dict):  # no facts at all, or a record set aside whole
                assert facts is None or any(d == doc_id for d, _, _ in rejected), doc["source_path"]
                continue
            if "status" in facts:  # a failure record: the document is quarantined, it holds no facts
                continue
            for index, org in enumerate(facts.get("organizations") or []):
                assert (doc_id, "organizations", index) in rejected or clean(org["canonical"]) in aliases
            for kind, table in TABLES.items():
                for index in range(len(facts.get(kind) or [])):
                    assert (doc_id, table, index) in rejected or (doc_id, table, index) in staged, (doc_id, table, index)
        lost = con.execute(_LOST, [str(stage[kind]) for kind in TABLES]).fetchall()
        for (reason,) in con.execute("select distinct reason from core.rejected_facts").fetchall():
            event(f"set aside: {reason}")  # what the examples reached (pytest --hypothesis-show-statistics)
        for (table,) in con.execute("select distinct fact_table from core.rejected_facts").fetchall():
            event(f"set aside from: {table}")
        event(f"facts in core: {sum(con.execute(_IN_CORE).fetchone()) > 0}")
        for table in ("star_ratings", "benchmark_indicators", "peer_learning", "benchmark_scope"):
            event(
                f"rows in mart.{table}: {con.execute(f'select count(*) > 0 from mart.{table}').fetchone()[0]}"
            )  # names from the list
    assert lost == []


_IN_CORE = """
select
    (select count(*) from core.reported_metrics), (select count(*) from core.recognitions), (select count(*) from core.events),
    (select count(*) from core.targets), (select count(*) from core.peer_links), (select count(*) from core.focus_areas),
    (select count(*) from core.findings), (select count(*) from core.scores)
"""

# A staged fact neither set aside nor in core by the key core de-duplicates it by
# (facts of a document that repeats another one are counted with the original).
_LOST = """
with
kept as (
    select document_id from core.documents where duplicate_of is null
),
set_aside as (
    select document_id, fact_table, fact_index from core.rejected_facts
),
metrics as (select 'reported_metrics' as fact_table, * from read_parquet($1)),
recognitions as (select 'recognitions' as fact_table, * from read_parquet($2)),
events as (select 'events' as fact_table, * from read_parquet($3)),
targets as (select 'targets' as fact_table, * from read_parquet($4)),
peer_links as (select 'peer_links' as fact_table, * from read_parquet($5)),
focus_areas as (select 'focus_areas' as fact_table, * from read_parquet($6)),
findings as (select 'findings' as fact_table, * from read_parquet($7)),
scores as (select 'scores' as fact_table, * from read_parquet($8)),
lost as (
    select fact_table, document_id, fact_index from metrics as m
    where not exists (select 1 from core.reported_metrics as c where coalesce(c.organization_id, c.document_id) = coalesce(m.organization_id, m.document_id)
        and c.metric_code = m.metric_code and c.value = m.value and c.period_year is not distinct from m.period_year)
    union all
    select fact_table, document_id, fact_index from recognitions as r
    where not exists (select 1 from core.recognitions as c where coalesce(c.organization_id, c.document_id) = coalesce(r.organization_id, r.document_id)
        and c.scheme = r.scheme and lower(coalesce(c.level, '')) = lower(coalesce(r.level, '')) and c.year is not distinct from r.year)
    union all
    select fact_table, document_id, fact_index from events as e where event_id not in (select event_id from core.events)
    union all
    select fact_table, document_id, fact_index from targets as t where target_id not in (select target_id from core.targets)
    union all
    select fact_table, document_id, fact_index from peer_links as p
    where not exists (select 1 from core.peer_links as c where c.organization_id = p.organization_id
        and c.peer_organization_id = p.peer_organization_id and c.link_type = p.link_type)
    union all
    select fact_table, document_id, fact_index from focus_areas as f
    where not exists (select 1 from core.focus_areas as c where c.document_id = f.document_id and c.label = f.label
        and c.evidence = f.evidence and c.page = f.page)
    union all
    select fact_table, document_id, fact_index from findings where finding_id not in (select finding_id from core.findings)
    union all
    select fact_table, document_id, fact_index from scores as s
    where not exists (select 1 from core.scores as c where coalesce(c.organization_id, c.document_id) = coalesce(s.organization_id, s.document_id)
        and c.framework is not distinct from s.framework and c.criterion_code is not distinct from s.criterion_code
        and c.cycle_year is not distinct from (select cycle_year from core.documents as d where d.document_id = s.document_id))
)
select l.* from lost as l
semi join kept using (document_id)
anti join set_aside using (fact_table, document_id, fact_index)
"""


def check_corpus(records: list[dict[str, Any]], downstream: bool = False) -> None:
    """Build the corpus and check it; `downstream` also holds it to the column contracts, writes exports and
    report, and builds it again from the records in another order: the same tables, ids included."""
    with tempfile.TemporaryDirectory() as folder:
        warehouse, stage = build_with_stage(Path(folder), records)
        check_nothing_lost(records, warehouse, stage)
        if downstream:
            check_downstream(warehouse, Path(folder) / "exports")
            again, _ = build_with_stage(Path(folder) / "again", records[::-1])
            assert dump(again) == dump(warehouse)


def dump(warehouse: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        tables = con.execute(
            "select schema_name || '.' || table_name from duckdb_tables() where schema_name in ('core', 'mart')"
        ).fetchall()
        return {
            name: con.execute(f"select * from {name} order by all").fetchall() for (name,) in tables
        }  # names from the catalog


def check_downstream(warehouse: Path, exports: Path) -> None:
    from exbench.export.jury import export_benchmark, scopes
    from exbench.report.write import render_report
    from exbench.warehouse.contracts import validate_contracts

    assert [r for r in validate_contracts(str(warehouse)) if not r.passed] == []
    with duckdb.connect(str(warehouse), read_only=True) as con:
        wanted = scopes(con)
    with mock.patch.dict(os.environ, {"EXBENCH_BLIND_KEY": "test-key"}):
        for scheme, cycle in wanted:
            export_benchmark(warehouse, scheme, cycle, exports, blind=True)
    render_report(warehouse)


@settings(max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(corpus())
def test_any_corpus_builds_passes_every_check_and_loses_no_fact(records):
    check_corpus(records)


# 400 random corpora in four parts of 100, each drawn at random on its own: the parts run on both cores
PARTS = 4


@pytest.mark.slow
@pytest.mark.parametrize("part", range(PARTS))
@settings(
    max_examples=400 // PARTS,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(corpus())
def test_many_corpora_build_pass_every_check_and_lose_no_fact(part, records):
    check_corpus(records, downstream=True)
