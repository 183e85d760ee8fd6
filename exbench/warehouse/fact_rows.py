"""Staging rows of one document's cached facts, and the facts set aside on the way.

A fact that cannot be read into its columns (a missing key, a list where a
number belongs, NaN, 1e400, 2023-02-29) is set aside with its reason instead of
stopping the build; the rows that enter staging keep their position in the
document's list (`fact_index`) so that the SQL screening can set aside more of
them by the same key.

Every fact gets a `fact_id` from its place, not from what was read there: the
document's sha256, the kind of fact, the page, the quoted words and the span of
the value within them (`evidence.focus`). A re-run, a full refresh or a new
extractor version that still finds the same words for the same kind of fact
gives the same id, so a person's correction (raw/corrections.csv) keeps
finding its fact; a second fact of the same kind on the same words and span
gets the next ordinal. Core de-duplicates by content (sql/core/load_core.sql),
never by this id.

Every fact row says how its organization was found (`organization_basis`, the
codes of exbench.extraction.model and sql/seeds/codes.csv): the extractor says
it; a fact from an extractor that does not is `named` when it names an
organization, the document's own (by how the document owns its facts,
`subject_basis`) when it names the document's subject or "", and has no
organization when it names none. A fact whose organization is not found keeps
organization_id NULL with basis `not_found`: it never falls back to the
document's subject.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from exbench.extraction.model import DOCUMENT_SUBJECT, NAMED, NOT_FOUND, ORGANIZATION_BASES, OWN_SITE
from exbench.reading.page import LOW_CONFIDENCE
from exbench.warehouse.coerce import SetAside, clean, day, number, text, whole
from exbench.warehouse.quote_confidence import quote_confidence
from exbench.warehouse.resolve import OrganizationResolver, match_key

# list in the facts cache (and staging table) -> core table its rows end in
FACT_LISTS = {
    "metrics": "reported_metrics",
    "recognitions": "recognitions",
    "events": "events",
    "targets": "targets",
    "peer_links": "peer_links",
    "focus_areas": "focus_areas",
    "findings": "findings",
    "scores": "scores",
}
REQUIRED_LISTS = ("organizations", "metrics", "recognitions", "events", "targets", "peer_links", "focus_areas")
_BROKEN = (KeyError, TypeError, ValueError, AttributeError, IndexError)


def row_id(prefix: str, *parts: object) -> str:
    """A stable id from the content of a row (JSON of the parts, so None, "None" and 1 vs "1" differ)."""
    encoded = json.dumps(parts, ensure_ascii=False, default=str, separators=(",", ":"))
    return prefix + hashlib.sha1(encoded.encode("utf-8", "surrogatepass")).hexdigest()[:16]


# list in the facts cache -> prefix of its fact ids
FACT_PREFIXES = {
    "metrics": "m_",
    "recognitions": "r_",
    "events": "e_",
    "targets": "t_",
    "peer_links": "p_",
    "focus_areas": "a_",
    "findings": "f_",
    "scores": "s_",
}


def fact_id(kind: str, sha256: str, page: object, quote: object, focus: object = (), ordinal: int = 0) -> str:
    """The id of a fact from its place: document bytes, kind, page, quoted words and the value's span in them."""
    parts: tuple[object, ...] = (sha256, FACT_LISTS[kind], page, quote, [list(span) for span in focus or ()])
    return row_id(FACT_PREFIXES[kind], *(parts + ((ordinal,) if ordinal else ())))


def json_key(value: object) -> str:
    """A hashable key of any JSON value."""
    return json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)


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


@dataclass
class DocumentFacts:
    """One document's facts on their way to staging: names to resolve, pages to quote."""

    doc_id: str
    subject: str
    language: str | None
    pages: list[dict[str, Any]]
    resolver: OrganizationResolver
    sha256: str = ""
    subject_basis: str | None = None  # how the subject owns its facts (extraction.model.DocumentFacts)
    seen: dict[str, dict[str, Any]] = field(default_factory=dict)
    ids: Counter = field(default_factory=Counter)
    by_number: dict[int, dict[str, Any]] = field(init=False)

    def __post_init__(self) -> None:
        self.by_number = {page["page_number"]: page for page in self.pages}

    def owner(self, item: dict[str, Any], key: str = "organization") -> dict[str, str | None]:
        """organization_id and organization_basis of a fact: as the extractor found them (see the module's
        docstring); NULL and not_found when it found none."""
        name, basis = text(item[key], key), text(item.get("organization_basis"), "organization_basis")
        if basis is not None and basis not in ORGANIZATION_BASES:
            raise SetAside("unknown_code", "organization_basis", basis, "a basis outside codes.csv (organization_basis)")
        named = bool(name and match_key(name))
        if basis is None:
            own = self.subject_basis or (OWN_SITE if name == "" else DOCUMENT_SUBJECT)
            basis = NOT_FOUND if name is None else own if name == "" or name == self.subject else NAMED
            name = self.subject if name == "" else name
        elif basis == NOT_FOUND or not named:
            name = None  # a basis with no name (a stale cache, a hand-made record) is no owner either
        organization_id = self.org_id(name, key) if basis != NOT_FOUND else None
        return {"organization_id": organization_id, "organization_basis": basis if organization_id else NOT_FOUND}

    def org_id(self, name: Any, label: str = "organization") -> str | None:
        """The organization a name resolves to; None when it names none (never the document's subject instead)."""
        name = text(name, label)
        if not name or not match_key(name):
            return None
        info = self.seen.get(name, {})
        return self.resolver.resolve(
            name, info.get("surface"), info.get("org_type"), info.get("country"), info.get("language")
        ).organization_id

    def fact_id(self, kind: str, item: dict[str, Any]) -> str:
        """The fact's id from its place (see the module's docstring); the n-th fact at the same place gets ordinal n."""
        evidence = item["evidence"]
        place = (kind, evidence.get("page"), evidence.get("quote"), json_key(evidence.get("focus")))
        ordinal = self.ids[place]
        self.ids[place] += 1
        return fact_id(
            kind, self.sha256 or self.doc_id, evidence.get("page"), evidence.get("quote"), evidence.get("focus"), ordinal
        )

    def evidence(self, item: dict[str, Any]) -> dict[str, Any]:
        """Page and quote of a fact, with how sure the OCR was of the words it rests on."""
        evidence = item["evidence"]
        page, quote = whole(evidence["page"], "page"), text(evidence["quote"], "evidence")
        focus = evidence.get("focus") or ()
        if not all(
            isinstance(span, (list, tuple)) and len(span) == 2 and all(isinstance(n, int) for n in span) for span in focus
        ):
            raise SetAside("malformed_facts", "focus", focus, "evidence focus should be pairs of offsets")
        confidence = quote_confidence(self.by_number.get(page), quote, focus)
        return {
            "page": page,
            "evidence": quote,
            "evidence_confidence": confidence,
            "low_confidence": confidence is not None and confidence < LOW_CONFIDENCE,
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
