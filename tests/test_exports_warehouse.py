"""A small warehouse for export tests, and the scope check that runs before anything is written."""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb
import pytest

from exbench.export.jury import export_pack
from exbench.export.scope import ExportError, UnknownScope
from exbench.warehouse.build import create_schemas

ORGS = [
    ("org_kadikoy01", "Kadıköy Belediyesi", "municipality", "TR", ["Kadikoy Municipality", "Kadıköy Belediyesi"]),
    ("org_mashhad01", "شهرداری مشهد", "municipality", "IR", ["Mashhad Municipality", "Municipality of Mashhad"]),
    ("org_kartal001", "Kartal Belediyesi", "municipality", "TR", ["Kartal Municipality"]),
]
TURKISH = (
    "Kadıköy Belediyesi’nin Belediye Başkanı Sayın Şerdil Dara Odabaşı liderliğinde KADIKÖY'DE 12 iyileştirme projesi yürütüldü."
)
PERSIAN = "شهردار مشهد، محمدرضا کلائی گفت: شهرداري مشهد در ارزیابی تعالی ۱۴ نقطه قوت داشت و کلائی از کارکنان تشکر کرد."
ENGLISH = "Mr. John Smith of Kadikoy\u00a0Municipality said the Kartal team helped."


def sha(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()


DOCS = [
    (sha("kadikoy")[:16], "reports/kadikoy-2023.pdf", sha("kadikoy"), "efqm"),
    (sha("mashhad")[:16], "news/mashhad_2023.html", sha("mashhad"), "efqm"),
]


def make_warehouse(path: Path, scopes: list[tuple[str, int, str]] | None = None) -> Path:
    """A warehouse holding two organizations in efqm 2023 (and more scopes), with findings that name people and places."""
    scopes = scopes or [
        ("efqm", 2023, "org_kadikoy01"),
        ("efqm", 2023, "org_mashhad01"),
        ("efqm", 2022, "org_kadikoy01"),
        ("kalder", 2023, "org_kadikoy01"),
    ]
    with duckdb.connect(str(path)) as con:
        create_schemas(con)
        for oid, name, org_type, country, aliases in ORGS:
            con.execute(
                "insert into core.organizations (organization_id, canonical_name, org_type, country) values (?, ?, ?, ?)",
                [oid, name, org_type, country],
            )
            for alias in aliases:
                con.execute("insert into core.organization_aliases values (?, ?, null)", [oid, alias])
        for doc_id, source, digest, scheme in DOCS:
            con.execute(
                "insert into core.documents (document_id, source_path, sha256, status, scheme) values (?, ?, ?, 'ok', ?)",
                [doc_id, source, digest, scheme],
            )
        kadikoy_doc, mashhad_doc = DOCS[0][0], DOCS[1][0]
        findings = [
            ("f1", kadikoy_doc, "org_kadikoy01", TURKISH, "tr"),
            ("f2", mashhad_doc, "org_mashhad01", PERSIAN, "fa"),
            ("f3", kadikoy_doc, "org_kadikoy01", ENGLISH, "en"),
        ]
        for fid, doc, oid, text, language in findings:
            con.execute(
                "insert into core.findings (finding_id, document_id, organization_id, cycle_year, framework, criterion_code, theme,"
                " finding_type, text, language, page, evidence, low_confidence, organization_basis)"
                " values (?, ?, ?, 2023, 'efqm2020', '1', 'leadership', 'strength', ?, ?, 3, ?, false, 'document_subject')",
                [fid, doc, oid, text, language, text],
            )
        for mid, doc, oid, value, evidence in [
            ("m1", kadikoy_doc, "org_kadikoy01", 12, TURKISH),
            ("m2", mashhad_doc, "org_mashhad01", 14, PERSIAN),
        ]:
            con.execute(
                "insert into core.reported_metrics (metric_id, document_id, organization_id, metric_code, value, unit, period_year, page,"
                " evidence, low_confidence, organization_basis) values (?, ?, ?, 'strengths', ?, 'count', 2023, 2, ?, false, 'named')",
                [mid, doc, oid, value, evidence],
            )
        for scheme, cycle, oid in scopes:
            con.execute("insert into mart.benchmark_scope values (?, ?, ?, 'assessment')", [scheme, cycle, oid])
        con.execute("insert into meta.builds values ('build0001', now(), '0.1.0', 'r', 'x')")
        con.execute("insert into meta.check_results values ('facts_have_evidence', true, true, 0, 'every fact quotes its page')")
    return path


@pytest.fixture()
def warehouse(tmp_path) -> Path:
    """The small warehouse, in its own folder (warehouse/exbench.duckdb)."""
    folder = tmp_path / "warehouse"
    folder.mkdir()
    return make_warehouse(folder / "exbench.duckdb")


@pytest.mark.parametrize(
    "scheme, cycle, message",
    [
        ("../../x", 2023, "unknown scheme '../../x': the warehouse has efqm (2022, 2023), kalder (2023)"),
        ("nosuch", 2022, "unknown scheme 'nosuch': the warehouse has efqm (2022, 2023), kalder (2023)"),
        ("efqm", 2019, "unknown cycle 2019 for scheme 'efqm': the warehouse has efqm (2022, 2023)"),
        ("efqm/../../..", 2023, "unknown scheme 'efqm/../../..': the warehouse has efqm (2022, 2023), kalder (2023)"),
        ("EFQM", 2023, "unknown scheme 'EFQM': the warehouse has efqm (2022, 2023), kalder (2023)"),
    ],
)
@pytest.mark.parametrize("blind", [False, True])
def test_unknown_scheme_or_cycle_is_refused_before_anything_is_written(
    warehouse, tmp_path, monkeypatch, scheme, cycle, message, blind
):
    monkeypatch.setenv("EXBENCH_BLIND_KEY", "test-key")
    exports = tmp_path / "deep" / "a" / "b" / "exports"
    with pytest.raises(UnknownScope) as raised:
        export_pack(warehouse, scheme, cycle, exports, blind=blind)
    assert str(raised.value) == message and isinstance(raised.value, ExportError)
    assert not (tmp_path / "deep").exists() and sorted(p.name for p in tmp_path.iterdir()) == ["warehouse"]
    assert sorted(p.name for p in warehouse.parent.iterdir()) == ["exbench.duckdb"]


def test_an_empty_warehouse_says_so(tmp_path):
    path = tmp_path / "empty.duckdb"
    with duckdb.connect(str(path)) as con:
        create_schemas(con)
    with pytest.raises(UnknownScope, match=r"^unknown scheme 'efqm': the warehouse has no benchmark yet \(run `exbench run`\)$"):
        export_pack(path, "efqm", 2023, tmp_path / "exports")
    assert not (tmp_path / "exports").exists()
