"""The columns and types of every staging table (Parquet), the contract between staging.py and sql/.

Stated once: staging.py fills rows by these names, the SQL models read them, and
a type here is the type DuckDB sees.
"""

from __future__ import annotations

from typing import Any

import polars as pl

# every fact row: its position in the document's list (to set it aside by), its id from its place, then its evidence
# organization_basis: how the fact's organization was found (codes.csv, organization_basis; fact_rows.owner)
FACT_COLUMNS = {"fact_index": pl.Int32, "fact_id": pl.String, "organization_basis": pl.String}
EVIDENCE_COLUMNS = {"page": pl.Int32, "evidence": pl.String, "evidence_confidence": pl.Float64, "low_confidence": pl.Boolean}

SCHEMAS: dict[str, dict[str, Any]] = {
    "documents": {
        "document_id": pl.String,
        "source_path": pl.String,
        "sha256": pl.String,
        "media_type": pl.String,
        "size_bytes": pl.Int64,
        "doc_kind": pl.String,
        "language": pl.String,
        "title": pl.String,
        "published_on": pl.Date,
        "source_url": pl.String,
        "cycle_year": pl.Int32,
        "scheme": pl.String,
        "page_count": pl.Int32,
        "status": pl.String,
        "error": pl.String,
        "error_reason": pl.String,
        "duplicate_of": pl.String,
        "reader_version": pl.String,
        "extractor_version": pl.String,
    },
    "pages": {
        "document_id": pl.String,
        "page_number": pl.Int32,
        "language": pl.String,
        "engine": pl.String,
        "text": pl.String,
        "ocr_confidence": pl.Float64,
        "ocr_reason": pl.String,
    },
    "organizations": {
        "organization_id": pl.String,
        "canonical_name": pl.String,
        "org_type": pl.String,
        "country": pl.String,
        "parent_organization_id": pl.String,
    },
    "organization_aliases": {"organization_id": pl.String, "alias": pl.String, "language": pl.String},
    "metrics": {
        **FACT_COLUMNS,
        "metric_id": pl.String,
        "document_id": pl.String,
        "organization_id": pl.String,
        "metric_code": pl.String,
        "value": pl.Float64,
        "period_year": pl.Int32,
        **EVIDENCE_COLUMNS,
        "extractor": pl.String,
    },
    "recognitions": {
        **FACT_COLUMNS,
        "recognition_id": pl.String,
        "document_id": pl.String,
        "organization_id": pl.String,
        "scheme": pl.String,
        "level": pl.String,
        "stars": pl.Int32,
        "year": pl.Int32,
        "awarded_on": pl.Date,
        **EVIDENCE_COLUMNS,
    },
    "events": {
        **FACT_COLUMNS,
        "event_id": pl.String,
        "document_id": pl.String,
        "organization_id": pl.String,
        "event_date": pl.Date,
        "event_date_end": pl.Date,
        "date_precision": pl.String,
        "event_type": pl.String,
        "title": pl.String,
        **EVIDENCE_COLUMNS,
    },
    "targets": {
        **FACT_COLUMNS,
        "target_id": pl.String,
        "document_id": pl.String,
        "organization_id": pl.String,
        "target_code": pl.String,
        "title": pl.String,
        "target_value": pl.Float64,
        "period_year": pl.Int32,
        **EVIDENCE_COLUMNS,
    },
    "peer_links": {
        **FACT_COLUMNS,
        "document_id": pl.String,
        "organization_id": pl.String,
        "peer_organization_id": pl.String,
        "link_type": pl.String,
        "topic": pl.String,
        **EVIDENCE_COLUMNS,
    },
    # findings and scores belong to the document's cycle: core takes cycle_year from core.documents
    "findings": {
        **FACT_COLUMNS,
        "finding_id": pl.String,
        "document_id": pl.String,
        "organization_id": pl.String,
        "framework": pl.String,
        "criterion_code": pl.String,
        "item_code": pl.String,
        "finding_type": pl.String,
        "text": pl.String,
        "language": pl.String,
        **EVIDENCE_COLUMNS,
    },
    "scores": {
        **FACT_COLUMNS,
        "document_id": pl.String,
        "organization_id": pl.String,
        "framework": pl.String,
        "criterion_code": pl.String,
        "points": pl.Float64,
        "max_points": pl.Float64,
        **EVIDENCE_COLUMNS,
    },
    "focus_areas": {
        **FACT_COLUMNS,
        "document_id": pl.String,
        "organization_id": pl.String,
        "cycle_year": pl.Int32,
        "subject_metric": pl.String,
        "label": pl.String,
        "theme": pl.String,
        "share_pct": pl.Float64,
        **EVIDENCE_COLUMNS,
    },
    # the warnings raw_documents gave about the inputs (meta.input_warnings)
    "input_warnings": {"file": pl.String, "row": pl.Int32, "column": pl.String, "message": pl.String, "line": pl.String},
    # facts that could not be read into their columns (core.rejected_facts has the meaning of each column)
    "rejected": {
        "document_id": pl.String,
        "fact_table": pl.String,
        "fact_index": pl.Int32,
        "organization_id": pl.String,
        "page": pl.Int32,
        "evidence": pl.String,
        "field": pl.String,
        "value": pl.String,
        "reason": pl.String,
        "message": pl.String,
    },
}
