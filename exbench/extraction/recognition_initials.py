"""A receiver written by its initials that the page never spells out in brackets: "CFRTA earned the Partnership's
Achievement Award in 2021" in an article that names the Cedar Falls Regional Transit Authority.

Press and reports shorten a long name to its capitals after naming it once, often without "(CFRTA)" after the
full name. A word of capitals alone before the mention, in its clause, whose letters are the initials of the
capitalised words of an organization the document names (the small words of a name skipped), is that
organization. Only the document's own names are tried, so a word of capitals that matches none stays unread.
A legal form that ends the name ("Ltd", "plc": `legal_form_suffix` of the language's organizations lexicon) is
left out of the initials as often as not ("NEN" for Northmarch Electricity Networks Ltd), so both count.
"""

from __future__ import annotations

import re
from dataclasses import replace

from exbench.extraction.lexicons import compiled, load
from exbench.extraction.model import Recognition
from exbench.extraction.recognition_mentions import lexicon
from exbench.extraction.sentence_view import SentenceView

__all__ = ["initials_first", "initials_owner", "initials_spelled_out", "written_as"]

_CAPITALS = re.compile(r"(?<![\w’'-])([A-Z]{3,8})(?:['’]s)?(?![\w-])")
_NAME_WORD = re.compile(r"[A-Z][\w’'-]*")


def _initials(name: str) -> str:
    """The initials of a name's capitalised words ("Cedar Falls Regional Transit Authority": CFRTA)."""
    return "".join(word[0] for word in _NAME_WORD.findall(name))


def written_as(name: str, language: str | None) -> set[str]:
    """The initials of a name, with and without the legal form that ends it."""
    suffix = load("organizations").get(language or "", {}).get("legal_form_suffix")
    bare = compiled(suffix).sub("", name) if suffix else name
    return {_initials(name), _initials(bare)}


def initials_owner(view: SentenceView, names: tuple[str, ...], start: int, before: int, acting: bool = False) -> list[str] | None:
    """The organization among `names` whose initials a word of capitals between `start` and `before` writes; with
    `acting`, only a word a verb of attainment follows ("the 4 Star recognition CWS achieved in 2022")."""
    verbs = [compiled(p) for p in lexicon()["attained"].get(view.language or "", [])]
    for match in _CAPITALS.finditer(view.text, start, before):
        if acting and not any(v.match(view.folded, match.end() + 1) for v in verbs):
            continue
        found = [name for name in dict.fromkeys(n for n in names if n) if match.group(1) in written_as(name, view.language)]
        if len(found) == 1:
            return found
    return None


def initials_first(
    view: SentenceView, names: tuple[str, ...], owners: list[str] | None, start: int, before: int
) -> list[str] | None:
    """ "NEN holds ISO 55001 certification …, and is a member of the British Quality Foundation": initials before
    the mention (from `start`) are its receiver where every receiver found is named only after it."""
    if not owners or any(m.canonical in owners and m.end <= before for m in view.organizations):
        return owners
    return initials_owner(view, names, start, before) or owners


_TAIL_CAPITALS = re.compile(r"^(?P<lead>.+?)\s+(?P<caps>[A-Z]{2,6})$")


def _spelled_out(name: str, names: list[str]) -> str | None:
    """The one name among `names` that `name` writes with its last words as their initials ("Calderbrook MBC" for
    Calderbrook Metropolitan Borough Council, "Kelsey FRS" for Kelsey Fire and Rescue Service): a results table
    shortens the head of a name the page spells out elsewhere; None when no name, or more than one, is so written."""
    parts = _TAIL_CAPITALS.match(name)
    if not parts:
        return None
    lead = parts["lead"] + " "
    found = {full for full in names if full.startswith(lead) and _initials(full[len(lead) :]) == parts["caps"]}
    return found.pop() if len(found) == 1 else None


def initials_spelled_out(recognitions: list[Recognition], names: list[str]) -> list[Recognition]:
    """Each recognition whose holder a results table wrote by its last words' initials ("Calderbrook MBC") given to
    the name the document spells out ("Calderbrook Metropolitan Borough Council")."""
    names = list(dict.fromkeys(names))
    return [
        replace(r, organization=full) if r.organization and (full := _spelled_out(r.organization, names)) else r
        for r in recognitions
    ]
