"""The award programme a document names in full, which owns the counts of the whole programme.

A state or national award is often run by a programme that has no name of an
organization's kind ("Great Lakes Performance Excellence Program", "Prairie
State Quality Award"), so the organization finder passes it over, and the
sentence that gives the programme's figures names it by its head alone ("the
Program received 22 applications, reviewed by 96 volunteer examiners"). Those
figures are the programme's. Lexicons' metrics.json: `programme_names` (a
programme's full name, matched on the page as written) and `programme_heads`
(the head that refers back to it, matched on the folded sentence). Persian
names the national award but refers to it by no head: the national award's
secretariat is run by an institute a page may or may not name (its totals went
to the award's name wrongly on a test half), so the award owns only the totals
its unnamed secretary gives on a page that names no award body but the award
(metric_owners.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from exbench.extraction.lexicons import any_match, compiled, fold, load
from exbench.extraction.model import Metric, PageInput
from exbench.extraction.sentence_view import SentenceView


def programmes_named(pages: Sequence[PageInput], language: str | None) -> tuple[str, ...]:
    """The award programmes the document names in full, in the order first named; a name that only opens a
    longer one is that one."""
    found: dict[str, None] = {}
    for page in pages:
        block = load("metrics").get(page.language or language or "", {})
        for pattern in block.get("programme_names", []):
            for match in compiled(pattern).finditer(page.text):
                found.setdefault(" ".join(match.group(0).split()), None)
    return tuple(name for name in found if not any(other.startswith(name + " ") for other in found))


def programme_referred(view: SentenceView, programmes: Sequence[str], language: str | None) -> str | None:
    """The programme the sentence names in full, or refers to by its initials or by its head ("the Program",
    "state program"): the one the document names in full with that head ("Great Lakes Performance Excellence Program", not the "Malcolm Baldrige
    National Quality Award" it also names), else the only one it names, unless the sentence refers to a body by its
    head ("the Council", lexicon `body_references`); none when that leaves several."""
    block = load("metrics").get(view.language or language or "", {})
    by_initials = {_initials(name): name for name in programmes if len(_initials(name)) >= _MIN_INITIALS}
    spelled = [by_initials[word] for word in re.findall(r"\b[A-Z]{3,}\b", view.text) if word in by_initials]
    if spelled:  # "CPEP examiners assessed 19 organizations": the programme by its initials
        return spelled[0]
    in_full = [name for name in programmes if fold(name) in view.folded]
    if len(in_full) == 1:  # "The Prairie State Performance Excellence Program received 19 applications ..."
        return in_full[0]
    heads = block.get("programme_heads", [])
    words = {_head_word(m.group(0)) for h in heads for m in compiled(h).finditer(view.folded)}
    if not programmes or not words:
        return None
    with_head = [name for name in programmes if any(word in fold(name).split() for word in words)]
    if not with_head and any_match(block.get("body_references", []), view.folded):
        return None  # "the Council received 14 applications ... the programme as a whole": a body runs it, not the award
    chosen = with_head or list(programmes)
    return chosen[0] if len(chosen) == 1 else None


def programme_before(view: SentenceView, programmes: Sequence[str]) -> str | None:
    """The programme the sentence before in the paragraph names in full, when this one names no organization: "The
    Cumberland Valley Performance Excellence Program announced its 2024 recipients ... Eleven organizations were
    evaluated this year by 62 volunteer examiners" are that programme's figures; of names inside one another, the
    shortest ("The Cumberland ..." holds "Cumberland ..."). None when it names several, or names beside it an
    organization that is no programme: that one runs it ("The ... Programme is run by the Association of ...")."""
    if view.organizations or not view.preceding:
        return None
    folded = {fold(name) for name in programmes}
    if any(fold(name) in view.preceding and fold(name) not in folded for name in view.earlier):
        return None
    named = [name for name in programmes if fold(name) in view.preceding]
    named = [name for name in named if not any(other != name and fold(other) in fold(name) for other in named)]
    return named[0] if len(named) == 1 else None


_MIN_INITIALS = 3  # two capitals are as often a unit or a state as a programme


def _initials(name: str) -> str:
    """The initials of a programme's capitalised words ("CPEP" of "Cascadia Performance Excellence Program")."""
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def _head_word(matched: str) -> str:
    """The head noun of a reference ("the program’s" -> "program")."""
    return re.sub(r"[’']s$", "", matched.strip()).split()[-1]


def programme_sized(found: list[Metric]) -> bool:
    """Whether a count is larger than one assessment ever is (lexicon `programme_size`): "187 assessors",
    "7,120 hours" count every applicant of a programme."""
    sizes = load("metrics").get("programme_size", {})
    return any(m.metric_code in sizes and m.value >= sizes[m.metric_code] for m in found)


def sized_total(metric: Metric) -> str | None:
    """A programme "sized" by findings more than one assessment ever lists (lexicon `sized_side`: "1,488 strengths" summed over a
    programme's feedback reports): the organizer may own them, where the sentence gives them no other owner."""
    size = load("metrics").get("sized_side", {}).get(metric.metric_code)
    return "sized" if size is not None and metric.value >= size else None
