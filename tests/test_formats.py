"""HTML pages and plain text give the same facts as the PDFs, and a document that
arrives twice (PDF and HTML) is counted once."""

from __future__ import annotations

import shutil

import duckdb
import pytest

from tests.conftest import SEED_IDS, SEEDS, build, make_raw, write_manifest

FACT_QUERY = """
    select o.canonical_name, m.metric_code, m.value from core.reported_metrics m
    join core.organizations o using (organization_id) order by all
"""
RECOGNITION_QUERY = """
    select o.canonical_name, r.scheme, r.year from core.recognitions r
    join core.organizations o using (organization_id) order by all
"""


def facts(settings):
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        return con.execute(FACT_QUERY).fetchall(), con.execute(RECOGNITION_QUERY).fetchall()


@pytest.fixture(scope="module")
def pdf_facts(tmp_path_factory):
    root = tmp_path_factory.mktemp("pdf")
    settings, _ = build(root, make_raw(root, "pdf-chromium", "pdf"))
    return facts(settings)


@pytest.mark.parametrize("source, extension", [("html", "html"), ("txt", "txt")])
def test_html_and_text_give_the_pdf_facts(tmp_path, pdf_facts, source, extension):
    settings, outcome = build(tmp_path, make_raw(tmp_path, source, extension))
    assert outcome.quarantined == []
    assert facts(settings) == pdf_facts


def test_same_document_as_pdf_and_html_is_counted_once(tmp_path, pdf_facts):
    raw = make_raw(tmp_path, "pdf-chromium", "pdf")
    for seed in SEED_IDS:
        shutil.copy(SEEDS / "html" / f"{seed}.html", raw / f"{seed}.html")
    write_manifest(raw, "pdf")
    settings, _ = build(tmp_path, raw)
    assert facts(settings) == pdf_facts
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        repeats = con.execute("select count(*) from core.documents where duplicate_of is not null").fetchone()[0]
    assert repeats == 5
