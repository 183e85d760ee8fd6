"""A unit of the document's organization that receives: "İtfaiye Müdürlüğümüz ... belgesini yeniledi".

A unit noun with the first-person possessive (`own_units` in the `recognitions` lexicon: "Müdürlüğümüz",
our directorate) names a unit of the organization the document speaks for; the capitalised words before it
name the unit ("İtfaiye"). The unit receives under the organization's name followed by its own
("Sarıkaya Belediyesi İtfaiye Müdürlüğü"), never the organization itself. A unit named without words of
its own ("Müdürlüğümüz") is the organization's own reference and is left to it. A unit named bare as the
one something is given to ("Zabıta Müdürlüğü’ne ... verilmiştir", `bare_units`) is a unit of the organization
the document speaks for, or of its parent when that organization is itself a unit.
"""

from __future__ import annotations

from exbench.extraction.lexicons import compiled, load
from exbench.extraction.organizations import find_organizations
from exbench.extraction.recognition_mentions import lexicon
from exbench.extraction.sentence_view import SentenceView

__all__ = ["bare_unit", "own_parent", "own_unit"]

_MAX_UNIT_WORDS = 4


def own_unit(view: SentenceView, subject: str | None, start: int, end: int) -> str | None:
    """The full name of the organization's unit named with its possessive between `start` and `end` (the
    nearest to `end`), or None."""
    language = view.language or ""
    if not subject:
        return None
    rules = load("organizations").get(language, {})
    token = compiled(rules.get("name_token", r"\S+"))
    drop = set(rules.get("drop_name_tokens", []))
    found: list[tuple[int, str]] = []
    for entry in lexicon()["own_units"].get(language, []):
        if entry.get("base") and subject.endswith(entry["base"]):
            continue  # the organization is itself such a unit: its "Müdürlüğümüz" is itself
        for match in compiled(entry["pattern"]).finditer(view.text, start, end):
            if "unit" in match.groupdict():  # "The Department's Water Reclamation Division": the name follows
                found.append((match.start(), f"{subject} {' '.join(match.group('unit').split())}"))
                continue
            words: list[str] = []
            for word in reversed(view.text[start : match.start()].split()):
                if not token.fullmatch(word) or word in drop or not word[:1].isupper() or len(words) >= _MAX_UNIT_WORDS:
                    break
                words.insert(0, word)
            if words:
                found.append((match.start(), f"{subject} {' '.join(words)} {entry['base']}"))
    return max(found)[1] if found else None


def _parent(subject: str, language: str) -> str:
    """The organization a unit belongs to ("Yeşilırmak Belediyesi" of "Yeşilırmak Belediyesi Fen İşleri
    Müdürlüğü"), or the organization itself."""
    return next((m.parent for m in find_organizations(subject, language) if m.parent), subject)


def bare_unit(view: SentenceView, subject: str | None, start: int, end: int, near: int) -> str | None:
    """The full name of a unit named bare as a receiver between `start` and `end` (the nearest to `near`)."""
    language = view.language or ""
    patterns = lexicon()["bare_units"].get(language, [])
    if not subject or not patterns:
        return None
    # a pattern may look past `end` ("Zabıta Dairesi Başkanlığı Altın Ödül’e, ... layık görülmüştür")
    matches = [m for p in patterns for m in compiled(p).finditer(view.text, start) if m.end() <= end]
    if not matches:
        return None
    # a unit after the award receives it in the receiver's case ("Altın Ödül Zabıta Müdürlüğü’ne"), not as a subject
    matches = [m for m in matches if m.end() <= near or view.text[m.end("unit") : m.end("unit") + 1] in "'’"]
    if not matches:
        return None
    unit = min(matches, key=lambda m: abs(m.start() - near)).group("unit")
    parent = _parent(subject, language)
    return f"{parent} {' '.join(unit.split())}"


def own_parent(view: SentenceView, subject: str | None, start: int, end: int) -> str | None:
    """ "Belediyemiz ... belgesini sürdürmektedir" in a report on one of its units: the first person of the
    parent's head noun (`parent_self_references`) speaks for the parent, not for the unit the document is about."""
    language = view.language or ""
    patterns = lexicon()["parent_self_references"].get(language, [])
    if not subject or not patterns:
        return None
    parent = _parent(subject, language)
    if parent == subject:
        return None
    own = [m for m in view.organizations if m.self_reference and not m.canonical and start <= m.start < end]
    return parent if any(compiled(p).match(m.surface.lower()) for m in own for p in patterns) else None
