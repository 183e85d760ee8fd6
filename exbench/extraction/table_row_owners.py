"""Who owns a row of a table of counts: the organization its first cell names as a whole, the one a page's key
of abbreviations or a short form of a name the document gives in full points to, a name that opens with a head
noun under a column of organizations, a unit of the document's organization under a column of units, or the
table's owner on a totals row; None where the row names no one (its counts are left out, never guessed).
"""

from __future__ import annotations

import re

from exbench.extraction.lexicons import compiled, fold, load
from exbench.extraction.metric_cells import table_lexicon
from exbench.extraction.metric_legends import spelled_out
from exbench.extraction.metric_row_names import NO_NAMES, DocumentNames, named_by_short_form
from exbench.extraction.model import NAMED, DocumentContext
from exbench.extraction.organizations import find_organizations

__all__ = ["owner_in", "row_owner"]

_YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def owner_in(cell: str, language: str) -> str | None:
    """The organization a cell names as a whole (a name and nothing else around it); an aside in brackets after
    the name that names its parent ("شرکت حمل‌ونقل بار کوشک‌نو (وابسته به شهرداری کوشک‌نو)") or gives its
    acronym ("Sakarya Vadisi Elektrik Dağıtım A.Ş. (SVEDAŞ)") is no part of it."""
    aside = _ASIDE.search(cell)
    # only an aside that names the parent or is the acronym; one that spells out an abbreviation ("AKSU A.Ş.
    # (Akçaova Su ve Kanalizasyon Hizmetleri)") gives the name in another form, which the grammar does not read
    apart = aside and (_ACRONYM.match(aside.group(0)) or any(m.canonical for m in find_organizations(aside.group(0), language)))
    name = cell[: aside.start()] if apart else cell
    mentions = [m for m in find_organizations(name, language) if m.canonical]
    if len(mentions) == 1 and mentions[0].start == 0 and mentions[0].end >= len(name.rstrip(" .")) - 1:
        return mentions[0].canonical
    return None


_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")
_ACRONYM = re.compile(r"\s*\(\s*[A-ZÇĞİÖŞÜ][A-ZÇĞİÖŞÜ&.-]{1,11}\s*\)\s*$")  # capitals only: "(SVEDAŞ)", "(NHS)"


def _unit_name(cell: str, language: str, subject: str) -> str:
    """A unit's name under its parent's: the parent first where names end in their head ("X Belediyesi Fen İşleri
    Müdürlüğü"), after the unit where names follow their head ("منطقه ۳ شهرداری X")."""
    words = " ".join(table_lexicon(language).get("abbreviations", {}).get(word, word) for word in cell.split())
    if not load("organizations").get(language, {}).get("name_before_head", True):
        return f"{words} {subject}"
    return f"{subject} {words}"


def row_owner(
    cell: str,
    language: str,
    context: DocumentContext,
    units: bool,
    members: bool = False,
    key: dict | None = None,
    names: DocumentNames = NO_NAMES,
) -> tuple[dict, int | None] | None:
    """(who owns a row's counts, the year the row names) or None when the row's owner is not found. Under a
    first column headed as organizations (`members`), a cell that opens with an organization's head noun
    is that organization's full name, as the table gives it, where the name grammar cannot close it. A cell that
    shortens its name's kind ("Hollinbury DC") is the name the page's `key` of abbreviations spells out; else a
    cell that is the short form of one of the `names` the document gives in full is that organization
    (metric_row_names.py)."""
    folded = fold(cell.strip())
    totals = table_lexicon(language).get("totals")
    if totals and compiled(totals).search(folded):
        years = {int(year) for year in _YEAR_IN.findall(cell)}  # "2023 turu toplamı": last round's totals
        owner = context.owner(None)
        return (owner, years.pop() if len(years) == 1 else None) if owner["organization"] else None
    full = spelled_out(cell, key or {})
    named = owner_in(cell, language) or (owner_in(full, language) if full else None)
    if named:
        return {"organization": named, "organization_basis": NAMED}, None
    short = named_by_short_form(cell, names, language)  # the document's own full name before one made up for it
    if short:
        return {"organization": short, "organization_basis": NAMED}, None
    if members and _opens_with_head(cell, language):
        return {"organization": " ".join(cell.split()), "organization_basis": NAMED}, None
    if units and context.subject and context.subject_basis and cell.strip():
        return {"organization": _unit_name(cell, language, context.subject), "organization_basis": NAMED}, None
    return None


def _opens_with_head(cell: str, language: str) -> bool:
    """Whether a cell is a name that opens with an organization's head noun, in a language whose names follow
    their head ("سازمان سیما، منظر و فضای سبز شهری کرانه"): no figure in it, a few words at most."""
    words = cell.split()
    if not words or len(words) > _MAX_NAME_WORDS or any(ch.isdigit() for ch in cell):
        return False
    heads = [head["pattern"] for head in load("organizations").get(language, {}).get("heads", []) if head.get("name_after")]
    return any(re.match(pattern, cell.strip()) and len(words) > 1 for pattern in heads)


_MAX_NAME_WORDS = 10
