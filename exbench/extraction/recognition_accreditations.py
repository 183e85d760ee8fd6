"""Accreditations a sentence gives by its verb: "HCFR was first accredited by the Commission on Fire
Accreditation International (CFAI) in 2015 and reaccredited in 2020".

No vocabulary names what an accrediting body grants, so the verb of accreditation by a body (`accredited_by`
in the `recognitions` lexicon) with the body's capitalised name is the thing received (scheme other), and
each renewal the sentence then gives (`accredited_again`) is another, dated by its own year. A participle
that only describes a body ("platforms accredited by the Council of Europe") has no auxiliary before it and
names nothing.
"""

from __future__ import annotations

import re
from functools import cache

from exbench.extraction.lexicons import compiled, load

__all__ = ["accreditations"]

_BODY = re.compile(r"(?:\s+(?:the\s+)?(?:[A-Z][\w&'’-]*|of|on|for|and|\([A-Z]{2,}\)))+")


@cache
def _words() -> dict:
    return load("recognitions")


def accreditations(text: str, folded: str, language: str) -> list[tuple[int, int]]:
    """(start, end) of each accreditation the sentence's verbs give: the first with its body's name, so that the
    year right after the name dates it, then each renewal."""
    first = [m for p in _words()["accredited_by"].get(language, []) for m in compiled(p).finditer(folded)]
    if not first:
        return []
    again = [m for p in _words()["accredited_again"].get(language, []) for m in compiled(p).finditer(folded, first[0].end())]
    named = [(m.start(), m.end() + _body_length(text, m.end())) for m in first]
    return named + [(m.start(), m.end()) for m in again]


def _body_length(text: str, position: int) -> int:
    """The length of the body's capitalised name after "accredited by"."""
    match = _BODY.match(text, position)
    return len(match.group(0).rstrip()) if match else 0
