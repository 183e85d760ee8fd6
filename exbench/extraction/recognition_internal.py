"""An award a municipality gives its own units: the `municipal` scheme, however the award is named.

A municipality's internal festival or award ("Birimler Arası Mükemmellik Ödülü", "جشنواره تعالی شهرداری")
grades its units with plain grade names ("Altın Ödül", "Gümüş Kategori Ödülü", "Üç Yıldız belgesi") that no
scheme's vocabulary names. Such an award, read as scheme `other`, is the municipal scheme's when a unit of a
municipality receives it and either the document is about the municipal scheme or the award's name carries
the unit's parent's name ("2024 Yılı Kumlubel Belediyesi Kalite Ödülü" for a directorate of Kumlubel
Belediyesi). An award to the municipality itself, or to a unit from an outside body in a document on another
scheme ("Sıfır Atık Belgesi"), stays `other`.
"""

from __future__ import annotations

from functools import cache

from exbench.extraction.lexicons import fold, load
from exbench.extraction.organizations import find_organizations

__all__ = ["internal_scheme"]

_MUNICIPAL = "municipal"


@cache
def _municipal_parent(organization: str, language: str) -> str | None:
    """The municipality `organization` is a unit of, or None when it is no municipality's unit."""
    found = [m for m in find_organizations(organization, language) if m.canonical]
    if not found or not found[0].parent:
        return None
    parent = [m for m in find_organizations(found[0].parent, language) if m.canonical]
    return found[0].parent if parent and parent[0].org_type in load("recognitions")["internal_award_parents"] else None


def internal_scheme(
    scheme: str,
    level: str | None,
    organization: str | None,
    language: str,
    document_scheme: str | None,
    starred: bool = False,
) -> str:
    """`municipal` for an unnamed grade or award of scheme `other` that a municipality's unit receives in a
    document about the municipal scheme or under an award named after its parent, and for a star grade of no
    scheme's vocabulary ("4 Yıldızlı Mükemmellik Belgesi", `starred`) in a document about the municipal scheme,
    whoever receives it (a union's programme grades its members); else `scheme` unchanged."""
    if scheme != "other" or not organization or level == "accreditation":
        return scheme
    if starred and document_scheme == _MUNICIPAL:
        return _MUNICIPAL
    parent = _municipal_parent(organization, language)
    if parent is None:
        return scheme
    if document_scheme == _MUNICIPAL or fold(parent) in fold(level or ""):
        return _MUNICIPAL
    return scheme
