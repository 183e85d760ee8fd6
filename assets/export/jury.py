"""Jury exports: benchmark.csv, findings.csv, metrics.csv and manifest.json per scheme and cycle.

The CSVs depend only on the warehouse content (stable order, no timestamps),
so the same inputs give byte-identical files; the manifest records when and
from which build they were made.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from assets.export.blind import Blinder, blind_key
from assets.export.csv_safe import write_csv
from assets.store.sql import query_file
from pipelines.version import __version__

INDICATOR_FIELDS = ("value", "rank", "percentile", "peer_median", "peer_n")


def scopes(con: duckdb.DuckDBPyConnection) -> list[tuple[str, int]]:
    """Every (scheme, cycle) that has a benchmark."""
    return [(scheme, cycle) for scheme, cycle in query_file(con, "exports/select_scopes.sql")]


def _indicator_codes(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [code for (code,) in con.execute("select indicator_code from ref.indicator_catalog order by indicator_code").fetchall()]


def export_benchmark(
    warehouse: Path, scheme: str, cycle: int, out_dir: Path, blind: bool = False
) -> dict[str, object]:
    """Write the export of one scheme and cycle; returns its manifest."""
    key = blind_key() if blind else b""
    params = {"scheme": scheme, "cycle": cycle}
    target = out_dir / scheme / str(cycle)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        codes = _indicator_codes(con)
        bench = query_file(con, "exports/select_benchmark_rows.sql", params)
        findings = query_file(con, "exports/select_findings_rows.sql", params)
        metrics = query_file(con, "exports/select_metrics_rows.sql", params)
        sources = query_file(con, "exports/select_source_documents.sql", params)
        checks = con.execute("select check_name, blocking, passed, offending_rows from meta.check_results order by check_name").fetchall()
        build = con.execute("select build_id from meta.builds limit 1").fetchone()
        blinder = Blinder(con.execute("select organization_id, alias from core.organization_aliases").fetchall()
                          + con.execute("select organization_id, canonical_name from core.organizations").fetchall(), key) if blind else None

    def who(organization_id: str, name: str) -> tuple[str, str]:
        if blinder is None:
            return organization_id, name
        code = blinder.code(organization_id, key)
        return code, code

    def words(value: str | None) -> str | None:
        return blinder.text(value) if blinder else value

    bench_header = ["organization_id", "organization", "country", "org_type", "scheme", "cycle_year", "stars", "star_basis",
                    "points", "level_code", "recognitions", "peer_group"]
    bench_header += [f"{code}_{field}" if field != "value" else code for code in codes for field in INDICATOR_FIELDS]
    bench_rows = []
    for org_id, name, country, org_type, stars, basis, points, level, recognitions, peer_group, by_code in bench:
        row = [*who(org_id, name), country, org_type, scheme, cycle, stars, basis, points, level, words(recognitions), peer_group]
        for code in codes:
            values = (by_code or {}).get(code)
            row += [values[f] if values else None for f in INDICATOR_FIELDS]
        bench_rows.append(row)
    find_header = ["organization_id", "organization", "cycle_year", "finding_type", "framework", "criterion_code", "theme",
                   "text", "language", "document", "page", "evidence"]
    find_rows = [[*who(r[0], r[1]), *r[2:7], words(r[7]), r[8], r[9] if not blind else None, r[10], words(r[11])] for r in findings]
    metric_header = ["organization_id", "organization", "period_year", "metric_code", "value", "unit", "document", "page", "evidence"]
    metric_rows = [[*who(r[0], r[1]), r[2], r[3], r[4], r[5], r[6] if not blind else None, r[7], words(r[8])] for r in metrics]
    files = [
        write_csv(target / "benchmark.csv", bench_header, bench_rows),
        write_csv(target / "findings.csv", find_header, find_rows),
        write_csv(target / "metrics.csv", metric_header, metric_rows),
    ]
    if blinder is not None:
        mapping_dir = out_dir / "_blind_mappings"
        mapping = sorted((code, org_id) for org_id, code in blinder.codes.items())
        write_csv(mapping_dir / f"{scheme}-{cycle}-mapping.csv", ["code", "organization_id"], mapping)
    manifest = {
        "scheme": scheme,
        "cycle_year": cycle,
        "blind": blind,
        "exbench_version": __version__,
        "build_id": build[0] if build else None,
        "generated_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "files": files,
        "source_documents": [
            {"document_id": d, "source_path": None if blind else p, "sha256": s} for d, p, s in sources
        ],
        "checks": [{"check": c, "blocking": b, "passed": p, "offending_rows": n} for c, b, p, n in checks],
    }
    (target / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return manifest
