"""Turn per-document results into staging tables (Parquet) for the SQL models.

This is the only place that knows both the cached JSON shapes and the warehouse
columns; ids are given here (organizations resolved across all documents, row
ids hashed from their content so that re-runs give the same ids). Whatever a
cache holds, building never raises: what cannot be read is quarantined (a
document) or set aside in `rejected` with its reason (a fact).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl

from exbench.extraction.document import document_title
from exbench.language import document_language
from exbench.warehouse.coerce import SetAside, day, text, whole
from exbench.warehouse.duplicates import find_duplicates, sketch
from exbench.warehouse.fact_rows import DocumentFacts, fact_rows, malformed_rows, record_problem
from exbench.warehouse.records import failure_of, reading_of, safe_text
from exbench.warehouse.resolve import OrganizationResolver
from exbench.warehouse.staging_schema import SCHEMAS

_MEDIA_PRIORITY = {"application/pdf": 0, "text/html": 1, "text/plain": 2}


def _doc_kind(hints: dict[str, Any], facts: dict[str, Any] | None, media_type: str | None) -> str | None:
    declared = safe_text(hints.get("doc_kind"))
    if declared or facts is None:
        return declared or None
    if facts.get("findings") or facts.get("scores"):
        return "feedback_report"  # read as a report from its structure (exbench.extraction.reports.is_report)
    if facts["targets"] and not facts["metrics"]:
        return "plan"
    return "web_page" if media_type == "text/html" else "news"


def _duplicates(documents: list[dict[str, Any]]) -> dict[str, str]:
    readable = [d for d in documents if d["status"] == "ok"]
    readable.sort(key=lambda d: (_MEDIA_PRIORITY.get(d["media_type"], 9), d["source_path"]))
    sketches = [(d["document_id"], sketch("\n".join(p["text"] for p in d["pages"]))) for d in readable]
    return find_duplicates(sketches)


def _unique(records: list[dict[str, Any]], rejected: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Records by path, one per document_id: a second record of an id (a register bug) is set aside."""
    seen: set[str] = set()
    unique = []
    for record in sorted(records, key=lambda r: (r["source_path"], r["document_id"])):
        if record["document_id"] in seen:
            rejected.extend(
                malformed_rows(
                    record["document_id"],
                    record.get("facts"),
                    "a second document with the same id (" + record["source_path"] + ")",
                    "duplicate_document",
                )
            )
            continue
        seen.add(record["document_id"])
        unique.append(record)
    return unique


def _document_value(rejected: list[dict[str, Any]], doc_id: str, convert: Any, value: object, name: str) -> Any:
    """A document's own value (cycle year, publication date) converted, else None with the reason set aside."""
    try:
        return convert(value, name)
    except SetAside as problem:
        rejected.append(
            {
                "document_id": doc_id,
                "fact_table": "documents",
                "fact_index": None,
                "organization_id": None,
                "page": None,
                "evidence": None,
                "field": name,
                "value": problem.value,
                "reason": problem.reason,
                "message": problem.message,
            }
        )
        return None


def _document(
    record: dict[str, Any],
    reading: dict[str, Any],
    facts: dict[str, Any] | None,
    failure: dict[str, str] | None,
    rejected: list[dict[str, Any]],
) -> dict[str, Any]:
    """The core.documents row of a record (before duplicates are known)."""
    doc_id, hints = record["document_id"], record.get("hints") if isinstance(record.get("hints"), dict) else {}
    facts_or_none = facts or {}
    published = None
    for candidate in (hints.get("published_on"), facts_or_none.get("reference_date")):
        published = published or (_document_value(rejected, doc_id, day, candidate, "published_on") if candidate else None)
    quarantine = failure if reading["status"] == "ok" else reading
    size = record.get("size_bytes")
    return {
        "document_id": doc_id,
        "source_path": record["source_path"],
        "sha256": record.get("sha256") or None,
        "media_type": record.get("media_type"),
        "size_bytes": size if isinstance(size, int) and abs(size) < 2**63 else None,
        "doc_kind": _doc_kind(hints, facts, record.get("media_type")),
        "language": document_language(p["language"] for p in reading["pages"]),
        "title": safe_text(hints.get("title"))
        or document_title(reading["title"], document_language(p["language"] for p in reading["pages"])),
        "published_on": published,
        "source_url": safe_text(hints.get("source_url")),
        "cycle_year": _document_value(rejected, doc_id, whole, facts_or_none.get("cycle_year"), "cycle_year"),
        "scheme": _document_value(rejected, doc_id, text, facts_or_none.get("scheme"), "scheme"),
        "page_count": len(reading["pages"]) if reading["status"] == "ok" else None,
        "status": "quarantined" if quarantine else "ok",
        # an ok document read in part says which pages failed (error_reason 'partial')
        "error": (quarantine or reading)["error"],
        "error_reason": (quarantine or reading)["error_reason"],
    }


def build_tables(
    records: list[dict[str, Any]], reader_version: str, extractor_version: str, input_warnings: list[dict[str, Any]] = ()
) -> dict[str, pl.DataFrame]:
    """All staging tables from the documents' records (register + text + facts).

    A record never stops the build: unreadable text quarantines its document,
    a facts record that says extraction failed quarantines it with that reason
    (its pages still load), and facts that cannot be read are set aside in
    `rejected` with their reason.
    """
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in SCHEMAS}
    rejected = rows["rejected"]
    resolver = OrganizationResolver()
    documents = []
    for record in _unique(records, rejected):
        doc_id, reading, raw_facts = record["document_id"], reading_of(record.get("text")), record.get("facts")
        failure = failure_of(raw_facts)
        problem = None if raw_facts is None or failure else record_problem(raw_facts)
        facts = raw_facts if raw_facts is not None and not failure and not problem else None
        document = _document(record, reading, facts, failure, rejected)
        document |= {"reader_version": reader_version, "extractor_version": extractor_version if raw_facts is not None else None}
        documents.append({**document, "pages": reading["pages"]})
        if problem:
            rejected.extend(malformed_rows(doc_id, raw_facts, problem))
        elif facts is not None and reading["status"] != "ok":
            rejected.extend(
                malformed_rows(
                    doc_id, facts, "the document's text could not be read, so no quote can be checked", "document_quarantined"
                )
            )
        elif facts is not None:
            language = safe_text(facts.get("language"))
            doc = DocumentFacts(
                doc_id,
                safe_text(facts.get("subject")) or "",
                language,
                reading["pages"],
                resolver,
                safe_text(record.get("sha256")) or "",
            )
            rejected.extend(fact_rows(rows, doc, facts))
            if doc.subject and isinstance(hints := record.get("hints"), dict) and {"country", "org_type"} & hints.keys():
                stated_type, stated_country = safe_text(hints.get("org_type")), safe_text(hints.get("country"))
                org = resolver.resolve(doc.subject, None, stated_type, stated_country, language)
                # what the manifest states wins over what the text's grammar guessed (a city's usual country)
                org.org_type, org.country = stated_type or org.org_type, stated_country or org.country
    duplicate_of = _duplicates(documents)
    for document in documents:
        for page in document.pop("pages"):
            rows["pages"].append(
                {
                    "document_id": document["document_id"],
                    "page_number": page["page_number"],
                    "language": page.get("language"),
                    "engine": page.get("engine"),
                    "text": page["text"],
                    "ocr_confidence": page.get("ocr_confidence"),
                    "ocr_reason": page.get("ocr_reason"),
                }
            )
        rows["documents"].append({**document, "duplicate_of": duplicate_of.get(document["document_id"])})
    _organization_rows(rows, resolver)
    rows["input_warnings"] = [
        {
            "file": safe_text(w.get("file")) or "",
            "row": w.get("row") if isinstance(w.get("row"), int) and 0 < w["row"] < 2**31 else None,
            "column": safe_text(w.get("column")),
            "message": safe_text(w.get("message")) or "",
            "line": safe_text(w.get("line")) or "",
        }
        for w in input_warnings
        if isinstance(w, dict)
    ]
    return {name: pl.DataFrame(rows[name], schema=schema) for name, schema in SCHEMAS.items()}


def _organization_rows(rows: dict[str, list[dict[str, Any]]], resolver: OrganizationResolver) -> None:
    for org in resolver.organizations.values():
        if not org.aliases:
            continue
        rows["organizations"].append(
            {
                "organization_id": org.organization_id,
                "canonical_name": org.canonical_name,
                "org_type": org.org_type,
                "country": org.country,
                "parent_organization_id": org.parent_id,
            }
        )
        for alias, language in sorted(org.aliases.items()):
            rows["organization_aliases"].append(
                {"organization_id": org.organization_id, "alias": alias, "language": language or None}
            )


def write_tables(tables: dict[str, pl.DataFrame], stage_dir: Path) -> dict[str, Path]:
    """Write each staging table as Parquet; returns the paths by table name."""
    stage_dir.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, frame in tables.items():
        path = stage_dir / f"{name}.parquet"
        frame.write_parquet(path)
        paths[name] = path
    return paths
