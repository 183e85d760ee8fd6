"""An award a municipal body runs for its members or units: the `municipal` scheme, however the award is named.

A union of municipalities or a municipality that runs its own award ("Ege Kıyı Belediyeler Birliği'nin
düzenlediği ... Ödülleri", a union's newsletter on "Festival Büyük Ödülü", "the Association's Excellence
Awards") names its grades in words no scheme's vocabulary holds ("Büyük Ödül", "Başarı Ödülü", "Silver
award"), so they read as scheme `other`. Where the document says a municipal body runs an award programme
(`DocumentContext.programme_hosts`) or is itself a union of municipalities, such an award that a municipality or
a municipality's unit receives is that body's: scheme `municipal`. What stays `other`: an award to the host
itself, a standard or an accreditation (`hosted_awards.standards`: Customer Service Excellence, a hospital's
grade), and an award whose quote names an award body (KalDer's project award to a member).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from exbench.extraction.lexicons import compiled, fold
from exbench.extraction.model import DocumentContext, Recognition
from exbench.extraction.organizations import find_organizations
from exbench.extraction.recognition_mentions import lexicon

__all__ = ["hosted_awards"]

_MUNICIPAL = "municipal"
_OTHER = "other"


@cache
def _org_type(name: str, language: str) -> str | None:
    """The kind of organization a name is, as the finder reads it whole; None when it reads no name."""
    found = [m for m in find_organizations(name, language) if m.canonical]
    return found[0].org_type if found else None


def _union(name: str, language: str) -> bool:
    """Whether a body is a union of municipalities: so typed, or named for its members ("... Councils Partnership")."""
    rules = lexicon()["hosted_awards"]
    padded = f" {fold(name)} "
    return any(f" {fold(w)} " in padded for w in rules["union_words"]) or _org_type(name, language) in rules["union_types"]


def _municipal_hosts(context: DocumentContext, language: str) -> set[str]:
    """The municipal bodies the document says run an award, and its own organization where that is a union."""
    rules = lexicon()["hosted_awards"]
    hosts = {h for h in context.programme_hosts if _org_type(h, language) in rules["host_types"] or _union(h, language)}
    if context.subject and _union(context.subject, language):
        hosts.add(context.subject)
    return hosts


def _named_standard(level: str | None) -> bool:
    """Whether the level is a standard or an accreditation of its own (`hosted_awards.standards`), no host's grade."""
    folded = fold(level or "")
    return level == "accreditation" or any(compiled(p).search(folded) for p in lexicon()["hosted_awards"]["standards"])


def hosted_awards(found: list[Recognition], context: DocumentContext, language: str | None) -> list[Recognition]:
    """The recognitions, each unnamed award a municipal host runs given to a municipality or its unit as `municipal`."""
    language = language or ""
    hosts = _municipal_hosts(context, language)
    if not hosts:
        return found
    rules = lexicon()["hosted_awards"]
    bodies = [fold(body) for body in context.award_bodies if body not in hosts]
    out = []
    for r in found:
        if (
            r.scheme == _OTHER
            and r.organization
            and r.organization not in hosts
            and _org_type(r.organization, language) in rules["receiver_types"]
            and not _named_standard(r.level)
            and not any(body in fold(r.evidence.quote) for body in bodies)
        ):
            r = replace(r, scheme=_MUNICIPAL)
        out.append(r)
    return out
