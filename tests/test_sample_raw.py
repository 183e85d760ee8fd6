"""The bundled raw/ shows the whole product: every table filled, peers ranked, every chart drawn.

The sample documents (raw/sample_*) are written for ExBench about fictional
organizations; the five seed documents stay beside them.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from tests.conftest import PROJECT_RAW, build


@pytest.fixture(scope="module")
def sample_build(tmp_path_factory):
    """The project's raw/ as it is shipped, built into a fresh warehouse."""
    root = tmp_path_factory.mktemp("sample")
    raw = root / "raw"
    shutil.copytree(PROJECT_RAW, raw)
    settings, outcome = build(root, raw)
    return settings, outcome


def _samples() -> list[Path]:
    return sorted(PROJECT_RAW.glob("sample_*"))


def test_the_sample_is_marked_and_covers_three_languages_and_both_kinds():
    samples = _samples()
    assert len(samples) >= 18
    rows = {row["path"]: row for row in csv.DictReader((PROJECT_RAW / "manifest.csv").open(encoding="utf-8"))}
    assert all(path.name in rows for path in samples), "every sample has its manifest hints"
    assert all(rows[path.name]["country"] for path in samples), "every sample states its organization's country"
    kinds = {(path.name.split("_")[1], rows[path.name]["doc_kind"]) for path in samples}
    for language in ("tr", "fa", "en"):
        assert {(language, "news"), (language, "feedback_report")} <= kinds
    assert any(path.suffix == ".pdf" for path in samples) and any(path.suffix == ".html" for path in samples)
    for path in samples:
        if path.suffix == ".html":
            assert "ExBench" in path.read_text(encoding="utf-8"), path.name
    # the five seeds stay
    assert len(list(PROJECT_RAW.glob("00[0-4]_*.pdf"))) == 5


@pytest.mark.slow
def test_a_build_of_raw_fills_every_core_and_mart_table(sample_build):
    settings, outcome = sample_build
    assert not outcome.quarantined
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        tables = con.execute(
            "select schema_name || '.' || table_name from duckdb_tables() where schema_name in ('core', 'mart') order by 1"
        ).fetchall()
        empty = [t for (t,) in tables if con.execute(f"select count(*) from {t}").fetchone()[0] == 0]
        assert empty == []
        # peers ranked: several organizations per peer group and cycle, in each language's group
        ranked = con.execute(
            """
            select peer_group, cycle_year, count(distinct organization_id)
            from mart.benchmark_indicators where indicator_code = 'total_points' and rank is not null
            group by all having count(distinct organization_id) >= 3
            """
        ).fetchall()
        assert len(ranked) >= 3
        languages = {
            lang
            for (lang,) in con.execute(
                "select distinct d.language from core.scores s join core.documents d using (document_id)"
            ).fetchall()
        }
        assert {"tr", "fa", "en"} <= languages
        assert con.execute("select count(*) from mart.star_ratings where stars is not null").fetchone()[0] >= 9
        # every language's peer group is ranked: the country each sample states (manifest `country`), never its language
        groups = {group for group, _, _ in ranked}
        assert {"TR/municipality", "IR/municipality", "US/municipality"} <= groups
        # peers' strengths met for areas for improvement, in each country's group
        learning = dict(
            con.execute(
                "select o.country, count(distinct p.organization_id) from mart.peer_learning p "
                "join core.organizations o using (organization_id) group by all"
            ).fetchall()
        )
        assert learning.get("TR", 0) >= 3 and learning.get("IR", 0) >= 3 and learning.get("US", 0) >= 3


@pytest.mark.slow
def test_what_the_warehouse_sets_aside_is_shown_with_its_reason(sample_build):
    """A typo a sample document makes on purpose (175 % for 75 %) is read as written and set aside by the range check."""
    settings, _ = sample_build
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        rows = con.execute(
            """
            select d.source_path, r.fact_table, r.field, r.value, r.reason
            from core.rejected_facts r join core.documents d using (document_id)
            """
        ).fetchall()
    assert ("sample_fa_news_sepidkouh.html", "reported_metrics", "value", "175.0", "percent_over_100") in rows
    assert {(path, table, reason) for path, table, _, _, reason in rows} >= {
        ("sample_fa_news_sepidkouh.html", "focus_areas", "percent_over_100")
    }
    assert "ExBench" in (PROJECT_RAW / "sample_fa_news_sepidkouh.html").read_text(encoding="utf-8")


@pytest.mark.slow
def test_the_readme_example_query_returns_rows(sample_build, monkeypatch):
    from pipelines.cli import main

    settings, _ = sample_build
    monkeypatch.setenv("EXBENCH_WAREHOUSE", str(settings.warehouse))
    result = CliRunner().invoke(main, ["query", "--name", "top_organizations", "--param", "indicator=total_points", "--csv"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) >= 10  # a header and the ranked organizations of three peer groups
    assert "Serinyaka Belediyesi" in result.output


@pytest.mark.slow
def test_the_report_of_raw_draws_every_chart(sample_build):
    settings, _ = sample_build
    page = (settings.warehouse.parent / "report.html").read_text(encoding="utf-8")
    assert page.count("<svg") >= 4
    for empty in ("No star ratings", "No benchmark indicators", "No findings", "No recognitions"):
        assert empty not in page


@pytest.mark.slow
def test_each_pack_names_as_many_recognitions_as_it_counts(sample_build):
    """Ankara's 2023 KalDer award and ELoGE label: two counted, two named (the count covers every scheme of the year)."""
    settings, _ = sample_build
    seen = {}
    for path in sorted(settings.exports_dir.glob("*/*/benchmark.csv")):
        labels, *rows = list(csv.reader(path.open(encoding="utf-8-sig")))
        named = labels.index("Recognitions received")
        count = "Number of recognitions (higher is better)"  # a pack shows only the indicators its cycle has
        for row in rows:
            names = [name for name in row[named].split("; ") if name]
            counted = int(row[labels.index(count)] or 0) if count in labels else 0
            assert len(names) == counted, (path.parent.name, row[0], row[named], counted)
            seen[(path.parent.parent.name, path.parent.name, row[0])] = names
    assert len(seen[("kalder", "2023", "Ankara Büyükşehir Belediyesi")]) == 2
