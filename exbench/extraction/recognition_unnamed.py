"""A receiver a sentence does not name but refers to: "the Service received …", "CFRTA earned …", "We won …".

Where the clause of a mention names no organization, its receiver may still be told: by a definite head noun that
stands for an organization named before ("the Service", `receiver_references`), by the initials of a name the
document gives ("CFRTA earned …", or after the level: "the 4 Star recognition CWS achieved"), or by the first person
plural of the organization the document speaks for ("We won the Lakeshore Award …", `first_person_receivers`).
"""

from __future__ import annotations

from exbench.extraction.lexicons import compiled
from exbench.extraction.recognition_clauses import clause
from exbench.extraction.recognition_initials import initials_owner
from exbench.extraction.recognition_mentions import Mention, lexicon
from exbench.extraction.recognition_owners import referenced_owner
from exbench.extraction.sentence_view import SentenceView

__all__ = ["first_person_owner", "unnamed_receiver"]


def first_person_owner(view: SentenceView, language: str, start: int, before: int) -> list[str] | None:
    """The organization the first person plural between `start` and `before` speaks for: the one whose section
    (a commenter's turn) the sentence stands in, else the document's own ("")."""
    patterns = lexicon().get("first_person_receivers", {}).get(language, [])
    if not any(compiled(p).search(view.folded, start, before) for p in patterns):
        return None
    return [view.section_owner or ""]


def unnamed_receiver(view: SentenceView, language: str, mention: Mention, names: tuple[str, ...]) -> list[str] | None:
    """The receiver the mention's clause refers to (`names`: the document's own organization and the names it
    gives), or None."""
    start, end = clause(view.folded, mention)
    return (
        referenced_owner(view, language, mention.start)
        or referenced_owner(view, language, end, mention.end)
        or initials_owner(view, names, start, mention.start)
        or initials_owner(view, names, mention.end, end, acting=True)
        or first_person_owner(view, language, start, mention.start)
    )
