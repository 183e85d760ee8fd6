"""The staging columns of each kind of fact, read from the extractor's record of it.

A value that cannot be read into its column raises SetAside (coerce.py) with
its reason; fact_rows.py sets the fact aside and goes on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from exbench.warehouse.coerce import day, number, text, whole
from exbench.warehouse.document_facts import DocumentFacts


def _metric(m: dict[str, Any], doc: DocumentFacts, index: int) -> dict[str, Any]:
    owner = doc.owner(m)
    code, value, period = (
        text(m["metric_code"], "metric_code"),
        number(m["value"], "value"),
        whole(m["period_year"], "period_year"),
    )
    return {
        "fact_id": (fid := doc.fact_id("metrics", m)),
        "metric_id": fid,
        "document_id": doc.doc_id,
        **owner,
        "metric_code": code,
        "value": value,
        "period_year": period,
        **doc.evidence(m),
        "extractor": text(m.get("rule"), "rule"),
    }


def _recognition(r: dict[str, Any], doc: DocumentFacts, index: int) -> dict[str, Any]:
    owner = doc.owner(r)
    scheme, level, year = text(r["scheme"], "scheme"), text(r["level"], "level"), whole(r["year"], "year")
    return {
        "fact_id": (fid := doc.fact_id("recognitions", r)),
        "recognition_id": fid,
        "document_id": doc.doc_id,
        **owner,
        "scheme": scheme,
        "level": level,
        "stars": whole(r["stars"], "stars"),
        "year": year,
        "awarded_on": day(r.get("awarded_on"), "awarded_on"),
        **doc.evidence(r),
    }


def _event(e: dict[str, Any], doc: DocumentFacts, index: int) -> dict[str, Any]:
    owner = doc.owner(e)
    first, last = day(e["first"], "event_date"), day(e["last"], "event_date_end")
    precision, event_type, title = (
        text(e["precision"], "date_precision"),
        text(e["event_type"], "event_type"),
        text(e["title"], "title"),
    )
    return {
        "fact_id": (fid := doc.fact_id("events", e)),
        "event_id": fid,
        "document_id": doc.doc_id,
        **owner,
        "event_date": first,
        "event_date_end": last,
        "date_precision": precision,
        "event_type": event_type,
        "title": title,
        **doc.evidence(e),
    }


def _target(t: dict[str, Any], doc: DocumentFacts, index: int) -> dict[str, Any]:
    owner = doc.owner(t)
    code, title = text(t["target_code"], "target_code"), text(t["title"], "title")
    value, period = number(t["value"], "target_value"), whole(t["period_year"], "period_year")
    return {
        "fact_id": (fid := doc.fact_id("targets", t)),
        "target_id": fid,
        "document_id": doc.doc_id,
        **owner,
        "target_code": code,
        "title": title,
        "target_value": value,
        "period_year": period,
        **doc.evidence(t),
    }


def _peer_link(link: dict[str, Any], doc: DocumentFacts, index: int) -> dict[str, Any]:
    return {
        "fact_id": doc.fact_id("peer_links", link),
        "document_id": doc.doc_id,
        **doc.owner(link),
        "peer_organization_id": doc.org_id(link["peer"], "peer"),
        "link_type": text(link["link_type"], "link_type"),
        "topic": text(link.get("topic"), "topic"),
        **doc.evidence(link),
    }


def _focus_area(area: dict[str, Any], doc: DocumentFacts, index: int) -> dict[str, Any]:
    return {
        "fact_id": doc.fact_id("focus_areas", area),
        "document_id": doc.doc_id,
        **doc.owner(area),
        "cycle_year": whole(area["period_year"], "period_year"),
        "subject_metric": text(area["subject_metric"], "subject_metric"),
        "label": text(area["label"], "label"),
        "theme": text(area.get("theme"), "theme"),
        "share_pct": number(area.get("share_pct"), "share_pct"),
        **doc.evidence(area),
    }


def _finding(finding: dict[str, Any], doc: DocumentFacts, index: int) -> dict[str, Any]:
    criterion, finding_type, words = (text(finding[k], k) for k in ("criterion_code", "finding_type", "text"))
    return {
        "fact_id": (fid := doc.fact_id("findings", finding)),
        "finding_id": fid,
        "document_id": doc.doc_id,
        **doc.owner(finding),
        "framework": text(finding["framework"], "framework"),
        "criterion_code": criterion,
        "item_code": text(finding.get("item_code"), "item_code"),
        "finding_type": finding_type,
        "text": words,
        "language": doc.language,
        **doc.evidence(finding),
    }


def _score(score: dict[str, Any], doc: DocumentFacts, index: int) -> dict[str, Any]:
    return {
        "fact_id": doc.fact_id("scores", score),
        "document_id": doc.doc_id,
        **doc.owner(score),
        "framework": text(score["framework"], "framework"),
        "criterion_code": text(score["criterion_code"], "criterion_code"),
        "points": number(score["points"], "points"),
        "max_points": number(score.get("max_points"), "max_points"),
        **doc.evidence(score),
    }


BUILDERS: dict[str, Callable[[dict[str, Any], DocumentFacts, int], dict[str, Any]]] = {
    "metrics": _metric,
    "recognitions": _recognition,
    "events": _event,
    "targets": _target,
    "peer_links": _peer_link,
    "focus_areas": _focus_area,
    "findings": _finding,
    "scores": _score,
}
