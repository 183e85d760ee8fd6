"""A held table's row whose award cell opens with its holder: "2022 | KUSU A.Ş. – ISO 14001 Çevre Yönetim Sistemi
Belgesi" on a municipality's awards page. A name the finder reads at the start of the cell, then a dash or a colon,
then what was received: that organization holds the row, not the document's (unless it only gives awards or
certifies).
"""

from __future__ import annotations

import re

from exbench.extraction.lexicons import any_match, fold
from exbench.extraction.organizations import find_organizations
from exbench.extraction.recognition_mentions import lexicon
from exbench.extraction.recognition_owners import gives

__all__ = ["leading_holder"]

_SEPARATOR = re.compile(r"\s*[–—:-]\s+")


def leading_holder(cells: str, language: str) -> str | None:
    """The organization a row's cells open with before a dash or a colon, or None."""
    text = cells.lstrip()
    found = [m for m in find_organizations(text, language) if m.canonical and not m.self_reference]
    if not found or found[0].start != 0 or not _SEPARATOR.match(text, found[0].end):
        return None
    name = found[0].canonical
    if gives(name, language) or any_match(lexicon()["certifier_names"].get(language, []), fold(name)):
        return None
    return name
