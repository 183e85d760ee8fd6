"""Findings tagged by a running code whose letters abbreviate their kind ("GY-1 ...", "[K1] İA-2 — ...",
"AFI-3: ..."), where no findings heading says the kind: the letters are the kind's as the report defines
them ("güçlü yönler (GY) ve iyileştirmeye açık alanlar (İA)", "«ق» نقطه قوت و «ب» زمینه قابل بهبود"), else as the language abbreviates it
(lexicon `kind_abbreviations`). A report must tag findings of two kinds so before any is read: one code
alone may be a reference of another sort.
"""

from __future__ import annotations

import re

from exbench.extraction.lexicons import compiled
from exbench.extraction.report_lexicon import lexicon

__all__ = ["coded_kind", "kind_codes"]

# Findings of this many kinds must be tagged by codes before the codes are read as kinds.
_LEAST_KINDS = 2


def kind_codes(keys: list[str], texts: list[str]) -> dict[str, str]:
    """The letters of the running codes that tag the report's findings by kind: those it defines
    first, then the language's; empty unless lines open with codes of two kinds."""
    defined: dict[str, str] = {}
    for kind, patterns in lexicon()["kind_defined"].items():
        for key in keys:
            for match in (m for pattern in patterns for m in compiled(pattern).finditer(key)):
                defined.setdefault(match.group("abbr"), kind)
    known = {**lexicon()["kind_abbreviations"], **defined}
    kinds = {known.get(found.group("letters")) for key, text in zip(keys, texts, strict=True) if (found := _code(key, text))}
    return known if len(kinds - {None}) >= _LEAST_KINDS else {}


def _code(key: str, text: str) -> re.Match[str] | None:
    """The running code opening a line, its letters written in capitals (a script without capitals, as
    Persian's, writes a code's letters as any others: "ق-۱-۱.")."""
    match = compiled(lexicon()["kind_code"]).match(key)
    letters = text[match.start("letters") : match.end("letters")] if match else ""
    return match if letters.isupper() or (letters and letters.upper() == letters.lower()) else None


def coded_kind(key: str, text: str, codes: dict[str, str]) -> tuple[str, int, str | None] | None:
    """The kind a line's running code tags it with, where the finding's text starts, and the criterion
    a bracketed code before it names ("[K4] GY-2 — ..."), the item code it follows ("2.1-S1 ...") or its own
    two-part number opens with ("S 1.2 ...")."""
    found = _code(key, text) if codes else None
    if not found or found.group("letters") not in codes:
        return None
    item = found.group("num") if found.group("sub") else None  # "S 1.2", "AFI-5.1": strength 2 of criterion 1
    return codes[found.group("letters")], found.end(), found.group("crit") or found.group("icrit") or item
