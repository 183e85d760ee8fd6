"""Who holds a row of a table of held awards when the row names someone: a unit of the document's organization
(bare, by the organization's possessive, or named in full), an organization the row says it is for, or a
subsidiary the row marks as such. None when the row names no holder of its own: the document's organization holds it.
"""

from __future__ import annotations

import re

from exbench.extraction.lexicons import any_match, compiled, fold
from exbench.extraction.organizations import find_organizations
from exbench.extraction.recognition_mentions import lexicon

__all__ = ["named_holder", "own_unit", "subsidiary", "unit_of"]


def own_unit(cells: str, language: str, subject: str | None) -> str | None:
    """The unit a row's scope names: an organization whose full name holds the document's own ("سازمان مدیریت
    پسماند شهرداری بندر نیلگون" in the table of شهرداری بندر نیلگون) or is headed by a unit noun ("اداره کل
    خدمات مشتریان"); never a body that certifies. None when the row names no such organization."""
    if not subject:
        return None
    own = fold(subject)
    unit_words = lexicon()["held_table_units"].get(language, [])
    certifiers = lexicon()["certifier_names"].get(language, [])

    def holds(name: str) -> bool:
        folded = fold(name)
        if folded == own or any_match(certifiers, folded):
            return False
        return own in folded or any_match(unit_words, folded + " ")

    for mention in find_organizations(cells, language):
        # cells printed side by side run into one name ("شرکت گواهی‌دهنده پارس‌سرت سازمان مدیریت پسماند ..."):
        # the shortest tail that is a whole name of its own
        words = mention.surface.split()
        for start in range(len(words) - 1, -1, -1):
            tail = " ".join(words[start:])
            whole = [m for m in find_organizations(tail, language) if m.start == 0 and m.end == len(tail) and m.canonical]
            if whole and holds(whole[0].canonical):
                return whole[0].canonical
    return None


def named_holder(cells: str, language: str, subject: str | None = None) -> str | None:
    """An organization a row says it is for ("ISO 14001 for Calderbrook Leisure Trust, the Council's partner"):
    it holds that row, whoever the document is about."""
    before = lexicon()["held_table_for"].get(language, [])
    for mention in find_organizations(cells, language):
        if mention.canonical and any(compiled(p).search(fold(cells[: mention.start])) for p in before):
            # "سازمان فناوری ... شهرداری" in the municipality's own record: the parent's head with no place is it
            after = cells[mention.end :].split()[:1]
            parents = lexicon()["held_table_parent_heads"].get(language, [])
            if after and after[0] in parents and subject and subject.split()[0] == after[0]:
                return f"{mention.canonical} {subject}"
            return mention.canonical
    return None


def subsidiary(cells: str, language: str) -> str | None:
    """An organization a row marks as a subsidiary ("Yakacık İmar ve İnşaat A.Ş. (iştirak)", "شرکت کارگزاری ...
    (شرکت فرعی)", "... (subsidiary)"): it holds the row, not the document's organization. Cells printed side
    by side run into one name: the longest tail before the mark that is a whole name and no certifier's."""
    certifiers = lexicon()["certifier_names"].get(language, [])
    for pattern in lexicon()["held_table_subsidiary"].get(language, []):
        mark = compiled(pattern).search(fold(cells))
        before = cells[: mark.start()].rstrip() if mark else ""
        words = before.split()
        for start in range(len(words)):
            tail = " ".join(words[start:])
            whole = [m for m in find_organizations(tail, language) if m.start == 0 and m.end == len(tail) and m.canonical]
            if whole and not any_match(certifiers, fold(whole[0].canonical)):
                return whole[0].canonical
    return None


def unit_of(cells: str, language: str, subject: str | None, possessed: bool = False) -> str | None:
    """A unit of the document's organization that a row's scope names bare or by the organization's possessive
    ("Sosyal Yardım İşleri Müdürlüğü", "the Council's Contact Centre"): the unit's full name is the
    organization's and the unit's ("Akyaka Belediyesi Sosyal Yardım İşleri Müdürlüğü"). None when the
    organization is itself a unit, or the possessor is another's."""
    patterns = lexicon()["held_table_unit_names"].get(language, [])
    if not subject or any(re.search(p, subject) for p in patterns):
        return None
    for pattern in patterns:
        match = re.search(pattern, cells)
        owner = match.groupdict().get("of") if match else None
        if match and (owner is None or fold(owner) in fold(subject).split()) and (owner or not possessed):
            return f"{subject} {' '.join(match.group('unit').split())}"
    return None
