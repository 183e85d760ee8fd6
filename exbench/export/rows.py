"""What a pack is made of, read from the warehouse in one read-only connection."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from exbench.export.columns import Indicator
from exbench.export.fold import fold_term
from exbench.export.mask import Masker
from exbench.export.reidentify import Identities
from exbench.extraction.lexicons import load
from exbench.warehouse.sql import query_file


@dataclass(frozen=True)
class PackRows:
    """The rows of one scheme and cycle, as the SQL of sql/exports returns them."""

    scheme: str
    cycle: int
    indicators: list[Indicator]
    bench: list[tuple]
    indicator_rows: list[tuple]
    findings: list[tuple]
    metrics: list[tuple]
    sources: list[tuple]
    checks: list[tuple]
    build_id: str | None


def read_rows(con: duckdb.DuckDBPyConnection, scheme: str, cycle: int) -> PackRows:
    """The rows of the pack of (scheme, cycle)."""
    params = {"scheme": scheme, "cycle": cycle}
    build = query_file(con, "exports/select_build.sql")
    return PackRows(
        scheme=scheme,
        cycle=cycle,
        indicators=[Indicator(*row) for row in query_file(con, "exports/select_pack_indicators.sql", params)],
        bench=query_file(con, "exports/select_benchmark_rows.sql", params),
        indicator_rows=query_file(con, "exports/select_indicator_rows.sql", params),
        findings=query_file(con, "exports/select_findings_rows.sql", params),
        metrics=query_file(con, "exports/select_metrics_rows.sql", params),
        sources=query_file(con, "exports/select_source_documents.sql", params),
        checks=query_file(con, "exports/select_check_results.sql"),
        build_id=build[0][0] if build else None,
    )


@dataclass(frozen=True)
class KnownNames:
    """Every organization's names and type, from the warehouse and the gazetteer."""

    names: dict[str, list[str]]
    names_of: dict[str, str]  # organization_id -> canonical name, for the mapping
    org_types: dict[str, str | None]
    others: list[tuple[str | None, list[str]]]
    places: list[str]


def read_names(con: duckdb.DuckDBPyConnection) -> KnownNames:
    """The names a blind pack masks: the warehouse's, the gazetteer's and the lexicon's cities."""
    names: dict[str, list[str]] = {}
    org_types: dict[str, str | None] = {}
    canonical: dict[str, str] = {}
    for organization_id, org_type, canonical_name, name in query_file(con, "exports/select_organization_names.sql"):
        names.setdefault(organization_id, []).append(name)
        org_types[organization_id] = org_type
        canonical[organization_id] = canonical_name
    owner = {fold_term(n): oid for oid, all_names in names.items() for n in all_names}
    others = []
    for entry in load("gazetteer")["organizations"]:
        spellings = [entry["canonical_name"], *(a for aliases in entry.get("aliases", {}).values() for a in aliases)]
        holder = next((owner[fold_term(s)] for s in spellings if fold_term(s) in owner), None)
        if holder is None:
            others.append((entry.get("org_type"), spellings))
        else:
            names[holder].extend(spellings)
    places = list(load("organizations").get("fa", {}).get("name_whitelist", []))
    return KnownNames(names, canonical, org_types, others, places)


def masker_for(known: KnownNames, codes: dict[str, str]) -> Masker:
    """A masker for every name known."""
    return Masker(known.names, codes, known.org_types, known.others, known.places)


def read_identities(con: duckdb.DuckDBPyConnection) -> Identities:
    """The warehouse's identifiers of sources and organizations."""
    return Identities.of(query_file(con, "exports/select_source_identities.sql"))
