"""A receiver a sentence does not name but refers to: "the Service received …", "CFRTA earned …", "We won …".

Where the clause of a mention names no organization, its receiver may still be told: by a definite head noun that
stands for an organization named before ("the Service", `receiver_references`), by the initials of a name the
document gives ("CFRTA earned …", or after the level: "the 4 Star recognition CWS achieved"), or by the first person
plural of the organization the document speaks for ("We won the Lakeshore Award …", `first_person_receivers`),
by the name a Turkish participle stands right before ("3 yıldız alan X Belediyesi"), or by the organization the
sentence before names first when this one opens with a pronoun ("It achieved …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from exbench.extraction.lexicons import compiled, fold, load
from exbench.extraction.recognition_clauses import clause
from exbench.extraction.recognition_initials import initials_owner
from exbench.extraction.recognition_mentions import Mention, crosses_boundary, lexicon
from exbench.extraction.recognition_owners import aside_spans
from exbench.extraction.sentence_view import SentenceView

__all__ = [
    "clause_reference",
    "counted_before",
    "first_person_owner",
    "fronted_object_subject",
    "participle_subject",
    "pronoun_subject",
    "unnamed_receiver",
]


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


def participle_subject(view: SentenceView, language: str, mention: Mention) -> list[str] | None:
    """ "2021'de 3 yıldız alan X Belediyesi", "2022’de aldığı üç yıldızın ardından bu yıl dört yıldıza yükselen
    X Belediyesi": a level in a participle's clause belongs to the name the participle stands right before, in
    the same clause (`participle_before_receiver`), where the sentence names no receiver before the level."""
    pattern = lexicon().get("participle_before_receiver", {}).get(language)
    if not pattern or any(m.end <= mention.start for m in view.organizations):
        return None
    for m in view.organizations:
        if m.start >= mention.end and m.canonical:
            between = view.folded[mention.end : m.start]
            if compiled(pattern).search(between) and not crosses_boundary(view.folded, mention.end, m.start):
                return [m.canonical]
            return None
    return None


def fronted_object_subject(view: SentenceView, language: str, mention: Mention) -> list[str] | None:
    """ "Mükemmellikte Süreklilik Ödülü'nü, 2019'da Türkiye Mükemmellik Ödülü'nü kazanan X A.Ş. aldı.": a level
    fronted as the object (`fronted_object`) in a verb-final language is received by the sentence's subject, the
    name that stands right before the final verb (`verb_final`), when the sentence names none before the level."""
    fronted, final = (lexicon().get(key, {}).get(language) for key in ("fronted_object", "verb_final"))
    if not fronted or not final or not compiled(fronted).match(view.folded[mention.end :]):
        return None
    if any(m.end <= mention.start for m in view.organizations):
        return None
    subject = [m for m in view.organizations if m.start >= mention.end and m.canonical]
    if subject and compiled(final).match(view.folded[subject[-1].end :]):
        return [subject[-1].canonical]
    return None


def pronoun_subject(view: SentenceView, before: Sequence[SentenceView], language: str, mention: Mention) -> list[str] | None:
    """ "X Borough Council has set the pace. It achieved Recognised by EFQM 5 Star in 2023": a sentence that opens with a pronoun (`pronoun_subjects`) and names no receiver before the level speaks of
    the organization the sentence before it names first (a line's full stop may have ended the paragraph)."""
    pattern = lexicon().get("pronoun_subjects", {}).get(language)
    if not pattern or not before or not compiled(pattern).match(view.folded):
        return None
    if any(m.end <= mention.start for m in view.organizations):
        return None
    named = [m.canonical for m in before[-1].organizations if m.canonical and not m.self_reference]
    return named[:1] or None


def clause_reference(
    view: SentenceView, language: str, mention: Mention, before: Sequence[SentenceView] = ()
) -> list[str] | None:
    """ "…; in 2021 the district received …": a definite head noun is the receiver of its own clause when
    the clause names no organization, before an organization of an earlier clause."""
    start, end = clause(view.folded, mention)
    inside = [m for m in view.organizations if start <= m.start and m.end <= end]
    if any(m.canonical for m in inside):
        return None
    owners = referenced_owner(view, language, mention.start, start)
    # "Şirketin ISO 9001 belgesi ... yenilendi" right after the company's sentence: the head the finder read as
    # the page's own stands for that company; two sentences on ("وی افزود: این شرکت ..."), for the page's own
    other = owners and inside and view.subject and view.subject not in owners
    if other and not (before and any(m.canonical in owners for m in before[-1].organizations)):
        return None
    return owners


def counted_before(view: SentenceView, language: str, mention: Mention, owners: list[str]) -> bool:
    """Whether counted receivers ("four councils") stand before the mention and every receiver found is named
    only after it: the names after are then who gave or announced it."""
    counted = [compiled(p).search(view.folded, 0, mention.start) for p in lexicon()["unnamed_receivers"].get(language, [])]
    named_before = any(m.canonical in owners and m.end <= mention.start for m in view.organizations)
    return any(counted) and not named_before


def referenced_owner(view: SentenceView, language: str, before: int, start: int = 0) -> list[str] | None:
    """The organization a definite head noun before the mention (from `start`) stands for ("the Service",
    "müdürlük", "این شرکت"): the one of that kind the document named last before the sentence; None when there is none."""
    asides = aside_spans(view)
    for entry in lexicon()["receiver_references"].get(language, []):
        # "Zabıta Dairesi Başkanlığı Altın Ödül’e": a head noun inside a capitalised name is that name's, no reference
        found = [
            m for m in compiled(entry["pattern"]).finditer(view.folded, start, before) if not _in_name(view.text, m, language)
        ]
        # "The Metro Connect authority, cited by the District as its benchmark, received": the aside's is not the subject
        if not any(not any(a <= m.start() and m.end() <= b for a, b in asides) for m in found):
            continue
        head = compiled(entry["head"])
        named = next((name for name in reversed(view.earlier) if head.search(fold(name))), None)
        if named:
            return [named]
    return None


def _in_name(text: str, match: re.Match[str], language: str) -> bool:
    """Whether a head noun matched on the folded sentence is written capitalised after a capitalised word, as part
    of a name ("Zabıta Dairesi Başkanlığı"), not as a reference to one ("müdürlük", "The Service" opening it: an
    article, organizations lexicon `article_tokens`, is no word of a name)."""
    words = re.findall(r"[^\W\d_][\w.’'-]*", text[: match.end()])
    head = re.search(r"[^\W\d_]", text[match.start() : match.end()])
    if not head or not head.group(0).isupper() or len(words) < 2 or not words[-1][:1].isupper():
        return False
    articles = set(load("organizations").get(language, {}).get("article_tokens", []))
    return words[-2][:1].isupper() and words[-2] not in articles
