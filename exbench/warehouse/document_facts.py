"""One document's facts on their way to staging, and the ids they get from their place.

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
from dataclasses import dataclass, field
from typing import Any

from exbench.extraction.model import DOCUMENT_SUBJECT, NAMED, NOT_FOUND, ORGANIZATION_BASES, OWN_SITE
from exbench.reading.page import LOW_CONFIDENCE
from exbench.warehouse.coerce import SetAside, text, whole
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
