"""Staging rows of one document's cached facts, and the facts set aside on the way.

A fact that cannot be read into its columns (a missing key, a list where a
number belongs, NaN, 1e400, 2023-02-29) is set aside with its reason instead of
stopping the build; the rows that enter staging keep their position in the
document's list (`fact_index`) so that the SQL screening can set aside more of
them by the same key. Ids and owners: document_facts.py; the columns of each
kind of fact: fact_kinds.py.
"""

from __future__ import annotations

from typing import Any

from exbench.extraction.model import NOT_FOUND, ORGANIZATION_BASES
from exbench.warehouse.coerce import SetAside, clean, text
from exbench.warehouse.document_facts import FACT_LISTS, DocumentFacts
from exbench.warehouse.fact_kinds import BUILDERS
from exbench.warehouse.resolve import match_key

__all__ = ["FACT_LISTS", "DocumentFacts", "fact_rows", "malformed_rows", "record_problem"]

REQUIRED_LISTS = ("organizations", "metrics", "recognitions", "events", "targets", "peer_links", "focus_areas")
_BROKEN = (KeyError, TypeError, ValueError, AttributeError, IndexError)


def record_problem(facts: object) -> str | None:
    """Why a facts record cannot be read at all (its lists or subject are not what the extractor writes), else None."""
    if not isinstance(facts, dict):
        return f"the facts record is {type(facts).__name__}, not an object"
    missing = [key for key in REQUIRED_LISTS if key not in facts]
    if missing:
        return f"the facts record has no {', '.join(missing)}"
    for key in (*REQUIRED_LISTS, "findings", "scores"):
        if facts.get(key) is not None and not isinstance(facts[key], list):
            return f"{key} is {type(facts[key]).__name__}, not a list"
    if not isinstance(facts.get("subject") or "", str):
        return f"subject is {type(facts['subject']).__name__}, not a name"
    return None


def malformed_rows(doc_id: str, facts: object, problem: str, reason: str = "malformed_facts") -> list[dict[str, Any]]:
    """Every fact of a record that is set aside whole: a row per fact that can be told apart, else one for the record."""
    rows = []
    if isinstance(facts, dict):
        for key, table in {"organizations": "organizations", **FACT_LISTS}.items():
            items = facts.get(key)
            for index, item in enumerate(items if isinstance(items, list) else []):
                rows.append(_set_aside(doc_id, table, index, SetAside(reason, None, None, problem), item))
    return rows or [_set_aside(doc_id, "documents", None, SetAside(reason, "facts", facts, problem), None)]


def _set_aside(doc_id: str, table: str, index: int | None, problem: SetAside, item: object) -> dict[str, Any]:
    evidence = item.get("evidence") if isinstance(item, dict) else None
    page = evidence.get("page") if isinstance(evidence, dict) else None
    quote = evidence.get("quote") if isinstance(evidence, dict) else None
    return {
        "document_id": doc_id,
        "fact_table": table,
        "fact_index": index,
        "organization_id": None,
        "page": page if isinstance(page, int) and not isinstance(page, bool) and abs(page) < 2**31 else None,
        "evidence": clean(quote) if isinstance(quote, str) else None,
        "field": problem.field,
        "value": problem.value,
        "reason": problem.reason,
        "message": problem.message,
    }


def resolve_organizations(doc: DocumentFacts, organizations: list[Any]) -> list[dict[str, Any]]:
    """Resolve the organizations a document names; returns the entries set aside."""
    rejected = []
    for index, org in enumerate(organizations):
        try:
            canonical = text(org["canonical"], "canonical")
            if not canonical or not match_key(canonical):
                raise SetAside("malformed_facts", "canonical", canonical, "an organization without a name")
            surface, org_type, country, language = (text(org.get(k), k) for k in ("surface", "org_type", "country", "language"))
            parent = text(org.get("parent"), "parent")
            doc.resolver.resolve(
                canonical, surface, org_type, country, language, parent if parent and match_key(parent) else None
            )
            doc.seen[canonical] = {"surface": surface, "org_type": org_type, "country": country, "language": language}
        except SetAside as problem:
            rejected.append(_set_aside(doc.doc_id, "organizations", index, problem, org))
        except _BROKEN as error:
            rejected.append(_set_aside(doc.doc_id, "organizations", index, _malformed(error), org))
    return rejected


def _malformed(error: Exception) -> SetAside:
    what = f"missing key {error}" if isinstance(error, KeyError) else f"{type(error).__name__}: {error}"
    return SetAside("malformed_facts", None, None, f"the fact is not in the extractor's shape ({what})"[:300])


def fact_rows(rows: dict[str, list[dict[str, Any]]], doc: DocumentFacts, facts: dict[str, Any]) -> list[dict[str, Any]]:
    """Append the document's facts to the staging rows; returns the facts set aside."""
    basis = facts.get("subject_basis")
    doc.subject_basis = basis if basis in ORGANIZATION_BASES and basis != NOT_FOUND else None
    rejected = resolve_organizations(doc, facts["organizations"])
    for key, build in BUILDERS.items():
        for index, item in enumerate(facts.get(key) or []):
            try:
                if not isinstance(item, dict):
                    raise SetAside("malformed_facts", None, item, f"the fact is {type(item).__name__}, not an object")
                rows[key].append({**build(item, doc, index), "fact_index": index})
            except SetAside as problem:
                rejected.append(_set_aside(doc.doc_id, FACT_LISTS[key], index, problem, item))
            except _BROKEN as error:
                rejected.append(_set_aside(doc.doc_id, FACT_LISTS[key], index, _malformed(error), item))
    return rejected
