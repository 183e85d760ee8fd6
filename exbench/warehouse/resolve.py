"""One id per organization across documents, languages and spellings.

The gazetteer names organizations known in several scripts; a name found in the
documents joins the gazetteer entry or an earlier name when it is the same
after folding (case, Turkish letters, suffix apostrophes) or close enough by
rapidfuzz; otherwise it becomes an organization of its own.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from exbench.extraction.lexicons import load

FUZZY_THRESHOLD = 94


@dataclass
class Organization:
    organization_id: str
    canonical_name: str
    org_type: str | None
    country: str | None
    aliases: dict[str, str] = field(default_factory=dict)  # alias -> language, once a document named it
    parent_id: str | None = None
    known_aliases: dict[str, str] = field(default_factory=dict)  # the gazetteer's names, kept until then


def organization_id(canonical_name: str) -> str:
    """Stable id from the folded canonical name (match_key), so that "Kadıköy Belediyesi" and
    "Kadikoy Belediyesi" give one id whichever spelling is seen first."""
    return "org_" + hashlib.sha1(match_key(canonical_name).encode("utf-8")).hexdigest()[:12]


def match_key(name: str) -> str:
    """Fold a name for comparison: no case, no accents or dotted i, no apostrophe suffixes, no line breaks."""
    name = re.sub(r"['’]\w+", "", name.replace("İ", "I").replace("ı", "i"))
    name = unicodedata.normalize("NFKD", name.casefold())
    name = "".join(c for c in name if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", name).strip()


def base_form(name: str) -> str:
    """A name as stored: on one line, without the case ending written after an apostrophe
    ("GÖSKİ'nin" -> "GÖSKİ", "Council's" -> "Council")."""
    return re.sub(r"['’][^\W\d_]{0,4}$", "", " ".join(name.split()))


class OrganizationResolver:
    """Accumulates names and answers which organization each one is."""

    def __init__(self) -> None:
        self.by_key: dict[str, Organization] = {}
        self.organizations: dict[str, Organization] = {}
        for entry in load("gazetteer")["organizations"]:
            org = self._create(entry["canonical_name"], entry["org_type"], entry.get("country"))
            for language, aliases in entry["aliases"].items():
                for alias in aliases:
                    org.known_aliases[alias] = language
                    self.by_key[match_key(alias)] = org

    def _create(self, canonical: str, org_type: str | None, country: str | None) -> Organization:
        oid = organization_id(canonical)
        org = self.organizations.get(oid)
        if org is None:  # two names that fold alike (two gazetteer spellings) are one organization
            org = self.organizations[oid] = Organization(oid, canonical, org_type, country)
        self.by_key[match_key(canonical)] = org
        return org

    def resolve(
        self,
        canonical: str,
        surface: str | None,
        org_type: str | None,
        country: str | None,
        language: str | None,
        parent: str | None = None,
    ) -> Organization:
        """The organization behind a name, created when it is new; `parent` links a unit to its organization."""
        canonical = base_form(canonical)
        surface = " ".join(surface.split()) if surface else surface
        key = match_key(canonical)
        org = self.by_key.get(key)
        if org is None and self.by_key:
            best = process.extractOne(key, list(self.by_key), scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD)
            if best is not None:
                candidate = self.by_key[best[0]]
                if org_type is None or candidate.org_type in (None, org_type):
                    org = candidate
        if org is None:
            org = self._create(canonical, org_type, country)
        self.by_key.setdefault(key, org)
        if not org.aliases:  # first named: a gazetteer entry shows with all its names, one never named not at all
            org.aliases.update(org.known_aliases)
        org.aliases.setdefault(canonical, language or "")
        if surface and surface != canonical and not re.search(r"['’]", surface):
            org.aliases.setdefault(surface, language or "")
        org.org_type = org.org_type or org_type
        org.country = org.country or country
        if parent and org.parent_id is None and match_key(parent) != key:
            org.parent_id = self.resolve(parent, None, None, country, language).organization_id
        return org
