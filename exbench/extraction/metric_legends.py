"""A table's legend of abbreviations, which names its rows' organizations in full.

A table of counts by organization may shorten each row's name to its place and
an abbreviation of its kind ("Hollinbury DC", "Marfield BC") and spell the
abbreviations out in a key under it ("DC – District Council; BC – Borough
Council"). The row's owner is the name the key spells out ("Hollinbury District
Council"), which the organization grammar reads; without the key the cell names
no organization and its counts have no owner.
"""

from __future__ import annotations

import re

_ENTRY = re.compile(
    r"(?<![\w-])([A-ZÇĞİÖŞÜ][A-Za-zÇĞİÖŞÜ.&]{0,5})\s*[–—=:-]\s*([A-ZÇĞİÖŞÜ][\w’'&-]*(?:[ \t]+[\w’'&-]+){0,4}?)(?=\s*(?:[;,.]|\n|$))"
)
_MIN_ENTRIES = 2  # a key spells out several abbreviations; one "X – Y" is as often a heading or a dash in a sentence


def legend(page_text: str) -> dict[str, str]:
    """Abbreviation -> what it stands for, from the lines of a page that spell several out ("DC – District Council;
    BC – Borough Council; TC – Town Council")."""
    found: dict[str, str] = {}
    for line in page_text.split("\n"):
        entries = [(short, full) for short, full in _ENTRY.findall(line) if _initials_fit(short, full)]
        if len(entries) >= _MIN_ENTRIES:
            found.update(entries)
    return found


def _initials_fit(short: str, full: str) -> bool:
    """Whether the abbreviation's capitals are the initials of the words it stands for ("DC" / "District Council")."""
    capitals = [c for c in short if c.isupper()]
    initials = [word[0] for word in full.split() if word[:1].isupper()]
    return len(capitals) >= 2 and capitals == initials


def spelled_out(cell: str, key: dict[str, str]) -> str | None:
    """The cell with the abbreviations its key spells out written in full ("Hollinbury District Council"), None when
    it holds none."""
    words = cell.split()
    if not any(word in key for word in words):
        return None
    return " ".join(key.get(word, word) for word in words)
