"""Turn per-document results into staging tables (Parquet) for the SQL models.

This is the only place that knows both the cached JSON shapes and the warehouse
columns; ids are given here (organizations resolved across all documents, row
ids hashed from their content so that re-runs give the same ids).
"""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path
from typing import Any

import polars as pl

from assets.reading.page import LOW_CONFIDENCE
from assets.store.duplicates import find_duplicates, sketch
from assets.store.evidence import quote_confidence
from assets.store.resolve import OrganizationResolver

_MEDIA_PRIORITY = {"application/pdf": 0, "text/html": 1, "text/plain": 2}

SCHEMAS: dict[str, dict[str, Any]] = {
    "documents": {
        "document_id": pl.String, "source_path": pl.String, "sha256": pl.String, "media_type": pl.String,
        "size_bytes": pl.Int64, "doc_kind": pl.String, "language": pl.String, "title": pl.String,
        "published_on": pl.Date, "source_url": pl.String, "cycle_year": pl.Int32, "scheme": pl.String,
        "page_count": pl.Int32, "status": pl.String, "error": pl.String, "error_reason": pl.String,
        "duplicate_of": pl.String, "reader_version": pl.String, "extractor_version": pl.String,
    },
    "pages": {"document_id": pl.String, "page_number": pl.Int32, "language": pl.String, "engine": pl.String, "text": pl.String, "ocr_confidence": pl.Float64},
    "organizations": {"organization_id": pl.String, "canonical_name": pl.String, "org_type": pl.String, "country": pl.String, "parent_organization_id": pl.String},
    "organization_aliases": {"organization_id": pl.String, "alias": pl.String, "language": pl.String},
    "metrics": {"metric_id": pl.String, "document_id": pl.String, "organization_id": pl.String, "metric_code": pl.String, "value": pl.Float64, "period_year": pl.Int32, "page": pl.Int32, "evidence": pl.String, "evidence_confidence": pl.Float64, "low_confidence": pl.Boolean, "extractor": pl.String},
    "recognitions": {"recognition_id": pl.String, "document_id": pl.String, "organization_id": pl.String, "scheme": pl.String, "level": pl.String, "stars": pl.Int32, "year": pl.Int32, "awarded_on": pl.Date, "page": pl.Int32, "evidence": pl.String, "evidence_confidence": pl.Float64, "low_confidence": pl.Boolean},
    "events": {"event_id": pl.String, "document_id": pl.String, "organization_id": pl.String, "event_date": pl.Date, "event_date_end": pl.Date, "date_precision": pl.String, "event_type": pl.String, "title": pl.String, "page": pl.Int32, "evidence": pl.String, "evidence_confidence": pl.Float64, "low_confidence": pl.Boolean},
    "targets": {"target_id": pl.String, "document_id": pl.String, "organization_id": pl.String, "target_code": pl.String, "title": pl.String, "target_value": pl.Float64, "period_year": pl.Int32, "page": pl.Int32, "evidence": pl.String, "evidence_confidence": pl.Float64, "low_confidence": pl.Boolean},
    "peer_links": {"document_id": pl.String, "organization_id": pl.String, "peer_organization_id": pl.String, "link_type": pl.String, "topic": pl.String, "page": pl.Int32, "evidence": pl.String, "evidence_confidence": pl.Float64, "low_confidence": pl.Boolean},
    "findings": {"finding_id": pl.String, "document_id": pl.String, "organization_id": pl.String, "cycle_year": pl.Int32, "framework": pl.String, "criterion_code": pl.String, "item_code": pl.String, "finding_type": pl.String, "text": pl.String, "language": pl.String, "page": pl.Int32, "evidence": pl.String, "evidence_confidence": pl.Float64, "low_confidence": pl.Boolean},
    "scores": {"document_id": pl.String, "organization_id": pl.String, "cycle_year": pl.Int32, "framework": pl.String, "criterion_code": pl.String, "points": pl.Float64, "max_points": pl.Float64, "page": pl.Int32, "evidence": pl.String, "evidence_confidence": pl.Float64, "low_confidence": pl.Boolean},
    "focus_areas": {"document_id": pl.String, "organization_id": pl.String, "cycle_year": pl.Int32, "subject_metric": pl.String, "label": pl.String, "theme": pl.String, "share_pct": pl.Float64, "page": pl.Int32, "evidence": pl.String, "evidence_confidence": pl.Float64, "low_confidence": pl.Boolean},
}


def _date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def row_id(prefix: str, *parts: object) -> str:
    """A stable id from the content of a row."""
    return prefix + hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def _doc_kind(record: dict[str, Any]) -> str | None:
    declared = record["hints"].get("doc_kind")
    if declared or record.get("facts") is None:
        return declared or None
    facts = record["facts"]
    if facts["targets"] and not facts["metrics"]:
        return "plan"
    return "web_page" if record["media_type"] == "text/html" else "news"


def _duplicates(records: list[dict[str, Any]]) -> dict[str, str]:
    readable = [r for r in records if r.get("text", {}).get("status") == "ok"]
    readable.sort(key=lambda r: (_MEDIA_PRIORITY.get(r["media_type"], 9), r["source_path"]))
    sketches = [(r["document_id"], sketch("\n".join(p["text"] for p in r["text"]["pages"]))) for r in readable]
    return find_duplicates(sketches)


def build_tables(records: list[dict[str, Any]], reader_version: str, extractor_version: str) -> dict[str, pl.DataFrame]:
    """All staging tables from the documents' records (register + text + facts)."""
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in SCHEMAS}
    resolver = OrganizationResolver()
    duplicate_of = _duplicates(records)
    for record in sorted(records, key=lambda r: r["source_path"]):
        text = record.get("text") or {}
        facts = record.get("facts")
        doc_id = record["document_id"]
        hints = record["hints"]
        ok = text.get("status") == "ok"
        pages = text.get("pages", []) if ok else []
        languages = [p["language"] for p in pages if p["language"]]
        rows["documents"].append({
            "document_id": doc_id, "source_path": record["source_path"], "sha256": record["sha256"] or None,
            "media_type": record["media_type"], "size_bytes": record["size_bytes"], "doc_kind": _doc_kind(record),
            "language": max(set(languages), key=languages.count) if languages else None,
            "title": hints.get("title") or text.get("title"),
            "published_on": _date(hints.get("published_on") or (facts or {}).get("reference_date")), "source_url": hints.get("source_url"),
            "cycle_year": (facts or {}).get("cycle_year"), "scheme": (facts or {}).get("scheme"),
            "page_count": len(pages) if ok else None,
            "status": "ok" if ok else "quarantined", "error": text.get("error") if not ok else None,
            "error_reason": text.get("error_reason") if not ok else None,
            "duplicate_of": duplicate_of.get(doc_id),
            "reader_version": reader_version, "extractor_version": extractor_version if facts else None,
        })
        for page in pages:
            rows["pages"].append({
                "document_id": doc_id, "page_number": page["page_number"], "language": page["language"],
                "engine": page["engine"], "text": page["text"], "ocr_confidence": page.get("ocr_confidence"),
            })
        if facts:
            _fact_rows(rows, resolver, doc_id, facts, pages)
    for org in resolver.organizations.values():
        if not org.aliases:
            continue
        rows["organizations"].append({
            "organization_id": org.organization_id, "canonical_name": org.canonical_name,
            "org_type": org.org_type, "country": org.country, "parent_organization_id": org.parent_id,
        })
        for alias, language in sorted(org.aliases.items()):
            rows["organization_aliases"].append({"organization_id": org.organization_id, "alias": alias, "language": language or None})
    return {name: pl.DataFrame(rows[name], schema=schema) for name, schema in SCHEMAS.items()}


def _fact_rows(rows: dict[str, list[dict[str, Any]]], resolver: OrganizationResolver, doc_id: str, facts: dict[str, Any],
               pages: list[dict[str, Any]]) -> None:
    seen = {o["canonical"]: o for o in facts["organizations"]}
    subject = facts["subject"]
    by_number = {page["page_number"]: page for page in pages}

    def rated(evidence: dict[str, Any]) -> dict[str, Any]:
        """Page and quote of a fact, with how sure the OCR was of the words it rests on."""
        confidence = quote_confidence(by_number.get(evidence["page"]), evidence["quote"], evidence.get("focus", ()))
        return {
            "page": evidence["page"], "evidence": evidence["quote"], "evidence_confidence": confidence,
            "low_confidence": confidence is not None and confidence < LOW_CONFIDENCE,
        }

    def org_id(name: str) -> str | None:
        name = name or subject
        if not name:
            return None
        info = seen.get(name, {})
        return resolver.resolve(name, info.get("surface"), info.get("org_type"), info.get("country"), info.get("language")).organization_id

    for org in facts["organizations"]:
        resolver.resolve(org["canonical"], org["surface"], org["org_type"], org["country"], org["language"], org.get("parent"))
    for m in facts["metrics"]:
        oid = org_id(m["organization"])
        rows["metrics"].append({
            "metric_id": row_id("m_", doc_id, oid, m["metric_code"], m["value"], m["period_year"]),
            "document_id": doc_id, "organization_id": oid, "metric_code": m["metric_code"], "value": m["value"],
            "period_year": m["period_year"], **rated(m["evidence"]), "extractor": m["rule"],
        })
    for r in facts["recognitions"]:
        oid = org_id(r["organization"])
        rows["recognitions"].append({
            "recognition_id": row_id("r_", doc_id, oid, r["scheme"], r["level"]), "document_id": doc_id, "organization_id": oid,
            "scheme": r["scheme"], "level": r["level"], "stars": r["stars"], "year": r["year"], "awarded_on": _date(r["awarded_on"]),
            **rated(r["evidence"]),
        })
    for e in facts["events"]:
        oid = org_id(e["organization"])
        rows["events"].append({
            "event_id": row_id("e_", doc_id, e["first"], e["last"], e["event_type"], e["title"]), "document_id": doc_id,
            "organization_id": oid, "event_date": _date(e["first"]), "event_date_end": _date(e["last"]), "date_precision": e["precision"],
            "event_type": e["event_type"], "title": e["title"], **rated(e["evidence"]),
        })
    for t in facts["targets"]:
        oid = org_id(t["organization"])
        rows["targets"].append({
            "target_id": row_id("t_", doc_id, t["target_code"]), "document_id": doc_id, "organization_id": oid,
            "target_code": t["target_code"], "title": t["title"], "target_value": t["value"], "period_year": t["period_year"],
            **rated(t["evidence"]),
        })
    for link in facts["peer_links"]:
        rows["peer_links"].append({
            "document_id": doc_id, "organization_id": org_id(link["organization"]), "peer_organization_id": org_id(link["peer"]),
            "link_type": link["link_type"], "topic": link["topic"], **rated(link["evidence"]),
        })
    language = facts.get("language")
    for number, finding in enumerate(facts.get("findings", [])):
        oid = org_id(finding["organization"])
        rows["findings"].append({
            "finding_id": row_id("f_", doc_id, number, finding["criterion_code"], finding["finding_type"], finding["text"]),
            "document_id": doc_id, "organization_id": oid, "cycle_year": facts["cycle_year"], "framework": finding["framework"],
            "criterion_code": finding["criterion_code"], "item_code": finding["item_code"], "finding_type": finding["finding_type"],
            "text": finding["text"], "language": language, **rated(finding["evidence"]),
        })
    for score in facts.get("scores", []):
        rows["scores"].append({
            "document_id": doc_id, "organization_id": org_id(score["organization"]), "cycle_year": facts["cycle_year"],
            "framework": score["framework"], "criterion_code": score["criterion_code"], "points": score["points"],
            "max_points": score["max_points"], **rated(score["evidence"]),
        })
    for area in facts["focus_areas"]:
        rows["focus_areas"].append({
            "document_id": doc_id, "organization_id": org_id(area["organization"]), "cycle_year": area["period_year"],
            "subject_metric": area["subject_metric"], "label": area["label"], "theme": area["theme"], "share_pct": area["share_pct"],
            **rated(area["evidence"]),
        })


def write_tables(tables: dict[str, pl.DataFrame], stage_dir: Path) -> dict[str, Path]:
    """Write each staging table as Parquet; returns the paths by table name."""
    stage_dir.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, frame in tables.items():
        path = stage_dir / f"{name}.parquet"
        frame.write_parquet(path)
        paths[name] = path
    return paths
