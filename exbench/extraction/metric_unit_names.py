"""A unit's counts under its parent's name, and the unit's name as the document writes it.

A table under a column of units, or a sentence in a unit's own words, names a unit of the document's
organization bare ("İçmesuyu Daire Başkanlığı", "منطقه ۷"); the rules own its counts under its parent's name
("X Genel Müdürlüğü İçmesuyu Daire Başkanlığı", "منطقه ۷ شهرداری X"), so that two organizations' units of one
name stay apart. The bare name is the unit's too: it is recorded as the name the document wrote, so the unit is
found by it. A unit a table names bare whose full name under its parent the document also writes ("سازمان
آتش‌نشانی و خدمات ایمنی شهرداری X" in the text, "سازمان آتش‌نشانی و خدمات ایمنی" in the table's row) is owned
under that full name: one unit, not two. So is the document's own organization named without its place's words
("The Registration and Bereavement Services submission" in the report of "Wexmoor Registration and Bereavement
Services").
"""

from __future__ import annotations

from dataclasses import replace

from exbench.extraction.lexicons import load
from exbench.extraction.model import NAMED, Metric, OrganizationSeen

__all__ = ["bare_unit_name", "units_named_in_full", "units_seen"]


def _before_head(language: str | None) -> bool:
    """Whether the language writes a unit's parent before it ("X Belediyesi Fen İşleri Müdürlüğü")."""
    return load("organizations").get(language or "", {}).get("name_before_head", True)


def _under(unit: str, subject: str, language: str | None) -> str:
    return f"{subject} {unit}" if _before_head(language) else f"{unit} {subject}"


def bare_unit_name(name: str | None, subject: str | None, language: str | None) -> str | None:
    """The unit's own words of a name written under the document's organization, else None."""
    if not name or not subject or name == subject:
        return None
    words, parent = name.split(), subject.split()
    if len(words) <= len(parent):
        return None
    if _before_head(language):
        bare = words[len(parent) :] if words[: len(parent)] == parent else None
    else:
        bare = words[: -len(parent)] if words[-len(parent) :] == parent else None
    return " ".join(bare) if bare else None


def units_named_in_full(
    metrics: list[Metric], organizations: list[OrganizationSeen], subject: str | None, language: str | None
) -> list[Metric]:
    """Counts of a unit named bare, owned under the unit's full name where the document writes it under its parent."""
    if not subject:
        return metrics
    names = {seen.canonical for seen in organizations}
    out = []
    for metric in metrics:
        name = metric.organization
        full = _under(name, subject, language) if name and metric.organization_basis == NAMED and name != subject else None
        if full not in names and full and _before_head(language) and _shortened(name, subject):
            full = subject
        out.append(replace(metric, organization=full) if full in names or full == subject else metric)
    return out


def _shortened(name: str, subject: str) -> bool:
    """Whether a name is the document's own organization's without the words it opens with (its place), in a
    language that writes a unit's parent before it (where the words a name ends in are a parent's, not a short
    name): two words at least ("Registration and Bereavement Services" of "Wexmoor Registration and Bereavement Services")."""
    return len(name.split()) >= 2 and subject.endswith(" " + name)


def units_seen(
    metrics: list[Metric], organizations: list[OrganizationSeen], subject: str | None, language: str | None
) -> list[OrganizationSeen]:
    """The units the counts are owned by, each with its bare name as the document wrote it."""
    known = {seen.canonical: seen for seen in organizations}
    found = []
    for name in dict.fromkeys(m.organization for m in metrics if m.organization_basis == NAMED):
        bare = bare_unit_name(name, subject, language)
        if not bare or not name:
            continue
        seen = known.get(name)
        found.append(
            OrganizationSeen(
                name,
                bare,
                seen.org_type if seen else None,
                seen.country if seen else None,
                seen.language if seen else language or "",
                subject,
            )
        )
    return found
