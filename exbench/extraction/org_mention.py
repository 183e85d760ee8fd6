"""An organization named in a text, and the parts of the head-noun grammar every kind of name shares.

The type a name's own words tell ("... Metro Ltd" is a transport company), the abbreviation in brackets
after it, and a head noun's pattern with its case endings are read the same for names whose head ends them
(`organization_heads`) and names whose head starts them (`organization_grammar`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["OrgMention", "acronym_after", "head_pattern", "typed"]


@dataclass(frozen=True)
class OrgMention:
    """An organization named at `text[start:end]`."""

    start: int
    end: int
    surface: str
    canonical: str
    org_type: str | None
    country: str | None
    language: str
    self_reference: bool = False
    parent: str | None = None  # canonical name of the organization this one belongs to
    acronym: str | None = None  # abbreviation written in brackets after the name ("HEPDAK")


def head_pattern(rules: dict, head: dict) -> re.Pattern[str]:
    """A head's pattern with the language's case and possessive endings ({CASE}) spelled out."""
    return re.compile(head["pattern"].replace("{CASE}", rules.get("case_suffix", "")))


def typed(rules: dict, words: list[str], org_type: str | None) -> str | None:
    """A company or an agency whose name says what it runs ("... Metro Ltd", "شرکت آب و فاضلاب ...") has that type."""
    by_word = rules.get("org_type_by_name_word", {})
    if org_type not in set(rules.get("retypable", [])):
        return org_type
    for word in words:
        if word in by_word:  # the whole word: "Su" (water) is no prefix of "Sultanbeyli"
            return by_word[word]
    return org_type


def acronym_after(text: str, end: int, rules: dict) -> str | None:
    """The abbreviation written in brackets right after a name: "... Derneği (HEPDAK)", also after the case ending
    the name carries ("... Genel Müdürlüğü’nün (BOSKİ)")."""
    pattern = rules.get("acronym_after")
    match = re.match(r"(?:['’]\w+)?" + pattern, text[end:]) if pattern else None
    return match.group(1) if match else None
