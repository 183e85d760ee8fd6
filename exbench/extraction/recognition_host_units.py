"""A municipality's units named without it, in its own festival's news: "سازمان آتش‌نشانی و خدمات ایمنی".

A municipality's page on its own festival lists the winners by their short names (a results table "سازمان فاوا
| یک ستاره", a sentence "سازمان آتش‌نشانی ... چهار ستاره گرفت"): the municipality goes without saying. In a
language whose names put their head first (Persian), such a receiver is named in full after the municipality
the document is about: a unit (`host_unit_heads.units`: سازمان, منطقه, معاونت) as the municipality's, with the
ezafe a final vowel takes ("سازمان فاوای شهرداری سپیدکوه"), a company (`companies`: شرکت) by the city alone
("شرکت بهره‌برداری قطار شهری سپیدکوه", for a level of the festival only). A receiver that names the municipality's head noun or its city is
left as written; so is every receiver where the document is not about a municipality.
"""

from __future__ import annotations

from dataclasses import replace

from exbench.extraction.model import Recognition
from exbench.extraction.recognition_mentions import lexicon

__all__ = ["host_units"]


def host_units(found: list[Recognition], subject: str, language: str | None) -> list[Recognition]:
    """The recognitions, each unit or company of the document's municipality named bare given its full name."""
    rules = lexicon().get("host_unit_heads", {}).get(language or "")
    parents = lexicon()["held_table_parent_heads"].get(language or "", [])
    words = subject.split()
    if not rules or len(words) < 2 or words[0] not in parents:
        return found
    place = " ".join(words[1:])
    return [replace(r, organization=_in_full(r.organization, r.scheme, subject, place, rules)) for r in found]


def _in_full(name: str | None, scheme: str, subject: str, place: str, rules: dict) -> str | None:
    """A bare unit's or company's name in full; any other name as it is. A company is the city's only where the
    level is of the municipality's own festival: another award's receiver may be any city's company."""
    if not name or name == subject or place in name or subject.split()[0] in name.split():
        return name
    head = name.split()[0]
    if head in rules.get("companies", []) and scheme == "municipal":
        return f"{name} {place}"
    if head in rules.get("units", []):
        ezafe = rules.get("ezafe", {}).get(name[-1], "")
        return f"{name}{ezafe} {subject}"
    return name
