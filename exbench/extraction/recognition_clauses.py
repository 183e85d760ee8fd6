"""The clause around an award's mention and what its words say: received, negated, bracketed or quoted.

A recognition is read from one clause; the cue words (verbs of attainment, plans and applications that
negate it, boundaries) are data in the `recognitions` lexicon.
"""

from __future__ import annotations

import re

from exbench.extraction.lexicons import any_match, compiled
from exbench.extraction.recognition_mentions import Mention, lexicon
from exbench.extraction.sentence_view import SentenceView
from exbench.language import to_ascii_digits

__all__ = ["attained", "clause", "dated_aside", "in_brackets", "negated", "quoted", "receiver_end", "speech_around"]


def in_brackets(folded: str, mention: Mention) -> bool:
    """Whether a mention stands inside brackets (band definitions beside the result, not the result)."""
    before = folded[: mention.start]
    return before.count("(") > before.count(")")


_DATED_ASIDE = re.compile(r"\(\s*(?:19|20|13|14)\d\d(?!\d)[^()]*$")


def dated_aside(folded: str, mention: Mention) -> bool:
    """Whether a mention in brackets stands after a year that opens them ("(2023’te İki Yıldız)"): an earlier
    result given beside this one, not a definition of the levels."""
    return bool(_DATED_ASIDE.search(to_ascii_digits(folded[: mention.start])))


def told_outside(folded: str, mention: Mention) -> bool:
    """Whether a mention is told as a result: outside brackets, or in brackets after a year that opens them."""
    return not in_brackets(folded, mention) or dated_aside(folded, mention)


def clause(folded: str, mention: Mention) -> tuple[int, int]:
    """The clause around a mention: up to the nearest boundary (comma, coordinator, full stop) on each side."""
    boundary = compiled(lexicon()["clause_boundary"])
    start = max((m.end() for m in boundary.finditer(folded, 0, mention.start)), default=0)
    after = boundary.search(folded, mention.end)
    return start, after.start() if after else len(folded)


def negated(view: SentenceView, language: str, span: tuple[int, int]) -> bool:
    """Whether the clause hopes, plans, applies, joins or reaches only the shortlist (lexicon `not_attained`).
    A clause that ends in a topic marker ("… belgesi için ise başvuru aşamasındadır") goes on to its predicate."""
    end = span[1]
    marker = lexicon()["topic_marker"].get(language)
    if marker and compiled(marker).match(view.folded, end):
        after = compiled(lexicon()["clause_boundary"]).search(view.folded, end + 1)
        end = after.start() if after else len(view.folded)
    return any_match(lexicon()["not_attained"].get(language, []), view.folded[span[0] : end])


def attained(view: SentenceView, language: str, scheme: str) -> bool:
    """Whether the sentence says something was received (a verb of attainment; ISO adds its own: certified)."""
    words = lexicon()
    verbs = list(words["attained"].get(language, []))
    if scheme == "iso":
        verbs += words["iso_attained"].get(language, [])
    return any_match(verbs, view.folded)


_OPENING_QUOTES, _CLOSING_QUOTES = "“«„", "”»"


def quoted(text: str, position: int, straight: bool = True) -> bool:
    """Whether a position stands inside quoted speech (an opening quotation mark before it not yet closed);
    with `straight` False only typographic quotes count."""
    before = text[:position]
    opened = sum(before.count(q) for q in _OPENING_QUOTES) > sum(before.count(q) for q in _CLOSING_QUOTES)
    return opened or (straight and before.count('"') % 2 == 1)


def speech_around(text: str, mention: Mention) -> tuple[int, int] | None:
    """The span of the quoted speech a mention stands in; None outside quotes, and for a quoted title
    ('“Recognised by EFQM 5 Yıldız” seviyesine ulaştı': the quotes hold the level's words, its noun or its
    capitalised name, and no more)."""
    if not quoted(text, mention.start):
        return None
    opening = max(text.rfind(q, 0, mention.start) for q in _OPENING_QUOTES + '"') + 1
    ends = [i for i in (text.find(q, mention.start) for q in _CLOSING_QUOTES + '"') if i >= 0]
    closing = min(ends, default=len(text))
    rest = (text[opening : mention.start] + " " + text[mention.end : closing]).split()
    rest = [word for word in rest if re.sub(r"[\W\d_]+", "", word)]
    # '«لوح چهار ستاره»', '“Kurumsal Mükemmellik Ödülü – Üç Yıldız”': beside the level only its noun, or a
    # capitalised name; speech has a verb ('“Sırada 3 Yıldız var”')
    title = len(rest) <= 1 or (len(rest) <= 4 and all(word[:1].isupper() for word in rest))
    stars = compiled(lexicon()["stars"]).fullmatch(text[mention.end : closing].strip().lower())
    return None if title or stars else (opening, closing)


def receiver_end(view: SentenceView, owners: list[str] | None, before: int) -> int:
    """Where the receiver named last before a mention ends (the clause's start when none is before it)."""
    ends = [m.end for m in view.organizations if owners and m.canonical in owners and m.end <= before]
    return max(ends) if ends else clause(view.folded, Mention(None, before, before, None))[0]
