"""Who owns a fact: the document's subject, and the organization a fact no sentence names an owner for belongs to.

Decided by general rules, never per document: the organization a heading or
caption names when the section under it is about that one organization; else
the document's subject when the document is its own (the manifest names it, the
page's title or letterhead is nothing but its name, or it speaks in the first
person: lexicons' owners.json), its title names it or it is the only
organization the document names; else none (organization None, basis
not_found).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from exbench.extraction.lexicons import any_match, fold, load
from exbench.extraction.model import DOCUMENT_SUBJECT, HEADING, OWN_SITE, DocumentFacts, PageInput
from exbench.extraction.organizations import OrgMention, find_organizations, is_assessment_body
from exbench.extraction.recognition_owners import subject_shortened
from exbench.extraction.sentence_view import SentenceView
from exbench.extraction.text_units import Span, lines, paragraphs


def subject_of(pages: list[PageInput], title: str | None, language: str | None, declared: str | None) -> str:
    if declared:
        found = found_as(declared, language)
        return found if found and fold(found) not in fold(declared) else declared
    if title:
        named = [m for m in find_organizations(title, language) if m.canonical]
        if named:
            return named[0].canonical
    counts = Counter(m.canonical for p in pages for m in find_organizations(p.text, p.language or language) if m.canonical)
    # the body that assessed or awarded is named often on a page about an applicant, and is not what it is about
    applicants = Counter({name: count for name, count in counts.items() if not is_assessment_body(name)})
    return (applicants or counts).most_common(1)[0][0] if counts else ""


def _first_person(pages: list[PageInput], language: str | None) -> bool:
    """Whether the document speaks of its organization in the first person ("Belediyemiz", "our council", "شهرداری ما")."""
    words = load("owners")["first_person"]
    return any(any_match(words.get(page.language or language or "", []), fold(page.text)) for page in pages)


def _names_only(text: str, subject: str, language: str | None) -> bool:
    """Whether a title part or a letterhead line is the subject's name and little else ("T.C. ORTAKÖY BELEDİYESİ"), the
    words that call it the organization's site aside ("پایگاه اطلاع‌رسانی شهرداری X", lexicon owners.json `site_words`)."""
    site = load("owners").get("site_words", {}).get(language or "", [])
    text = re.sub("|".join(site), " ", text, flags=re.IGNORECASE) if site else text
    named = [m for m in find_organizations(text, language) if m.canonical]
    letters = len(_LETTER.findall(text))
    rest = text
    for surface in {m.surface for m in named}:  # every time the line gives the name (a logo's words, then the name)
        rest = rest.replace(surface, " ")
    covered = letters - len(_LETTER.findall(rest))
    return bool(named) and all(m.canonical == subject for m in named) and covered >= 0.7 * letters


_LETTER = re.compile(r"[^\W\d_]")


def subject_basis(
    pages: list[PageInput],
    title: str | None,
    language: str | None,
    subject: str,
    declared: str | None,
    mentions: Sequence[OrgMention] = (),
) -> str | None:
    """How the subject owns a fact no sentence attributes: OWN_SITE when the document is the subject's own (the
    manifest names it, a part of the title or a letterhead line is its name, it speaks in the first person),
    HEADING when its title names it, DOCUMENT_SUBJECT when it is the only organization the document names,
    None when it is only the organization the document names most."""
    if not subject:
        return None
    rules = load("owners")
    parts = [part for part in re.split(rules["title_separator"], title or "") if part.strip()]
    head = lines(pages[0].text)[: rules["chrome_lines"]] if pages else []
    if (
        declared
        or _first_person(pages, language)
        or any(_names_only(part, subject, language) for part in parts)
        or any(_names_only(line.text, subject, language) for line in head)
    ):
        return OWN_SITE
    if title and any(m.canonical == subject for m in find_organizations(title, language)):
        return HEADING
    if {m.canonical for m in mentions if m.canonical and not is_assessment_body(m.canonical)} == {subject}:
        return DOCUMENT_SUBJECT  # the only organization the document names (besides who assessed it) is what it is about
    return None


def is_key_cell(line: SentenceView, gap: str) -> bool:
    """A table's key cell on the line right before its value ("Assessor time" / "148 hours in total"), or the
    row right before in the same block of short rows ("Four assessors, including the team leader" / "148 hours
    in total"): a few words, no full stop, one line break between."""
    words = line.text.split()
    longest = 6 if line.numbers else 8
    return gap.count("\n") == 1 and not gap.strip() and 0 < len(words) <= longest and line.text[-1] not in ".!?؟…"


def section_owners(text: str, mentions: list[OrgMention]) -> list[tuple[int, int, str]]:
    """(start, end, organization) of the sections of a page that a heading or caption opens by naming one
    organization and whose text names no other: a figure there without an owner of its own is that one's."""
    longest = load("owners")["heading_max_words"]
    named = [m for m in mentions if m.canonical]
    headings: list[tuple[Span, set[str]]] = []
    for line in paragraphs(text):  # a line of its own, not a wrapped line of a paragraph
        if "\n" not in line.text and len(line.text.split()) <= longest and line.text[-1] not in ".!?؟…;،,":
            headings.append((line, {m.canonical for m in named if line.start <= m.start and m.end <= line.end}))
    owned = []
    for index, (line, names) in enumerate(headings):
        end = headings[index + 1][0].start if index + 1 < len(headings) else len(text)
        if len(names) != 1:
            continue
        inside = {m.canonical for m in named if line.end <= m.start and m.end <= end}
        if inside <= names:
            owned.append((line.start, end, next(iter(names))))
    return owned


def award_bodies(mentions: Sequence[OrgMention]) -> tuple[str, ...]:
    """The bodies that assess and award that a document names (not by a reference), in the order first named."""
    return tuple(
        dict.fromkeys(m.canonical for m in mentions if m.canonical and not m.self_reference and is_assessment_body(m.canonical))
    )


def mark_paragraph_assessed(views: Sequence[SentenceView], spans: Sequence[tuple[int, int]]) -> None:
    """Give each sentence the organizations that earlier sentences of its paragraph name while speaking of an
    assessment or an award ("NHH Estates and Facilities Ltd ... following its assessment. A team of four
    assessors ..."): what the paragraph is about (lexicons' owners.json `assessed_words`). Only running sentences
    count: an item of a list of winners names one winner, not what the text after the list is about."""
    for start, end in spans:
        seen: dict[str, None] = {}
        for view in (v for v in views if start <= v.span.start < end):
            view.paragraph_assessed = tuple(seen)
            words = load("owners").get("assessed_words", {}).get(view.language or "", [])
            if view.text[-1] in ".!?؟…" and any_match(words, view.folded):  # a sentence, not a list item or a row
                for mention in view.organizations:
                    row = _ROW_LABEL.match(view.text, mention.end)  # "X — first award": a list's row
                    # the agent or the parent a name hangs on ("X Belediyesi'ne bağlı KARSU ... başvurdu") is not who applied
                    agent = view.is_agent(mention) or members_body(view, mention)
                    if mention.canonical and not mention.self_reference and not is_assessment_body(mention.canonical):
                        if not row and not agent:
                            seen.setdefault(mention.canonical, None)


_ROW_LABEL = re.compile(r"[ \t]*[—–:|]")


def members_body(view: SentenceView, mention: OrgMention) -> bool:
    """Whether a name stands right after the word for member ("عضو انجمن ارزیابان تعالی", "members of the Fire
    Authority", owners.json `member_of_before`): the body that people the sentence speaks of belong to, not the
    organization assessed."""
    words = load("owners").get("member_of_before", {}).get(view.language or "", [])
    return any_match([rf"(?:{word})\s*$" for word in words], view.folded[max(0, mention.start - 30) : mention.start])


def not_a_members_body(view: SentenceView, named: str | None) -> str | None:
    """A name the sentence gives only after the word for member ("۸ ارزیاب خارجی عضو انجمن ارزیابان تعالی",
    "members of the Fire Authority") is the body the people counted belong to: neither assessed nor running the
    programme (`members_body`)."""
    mentions = [m for m in view.organizations if named and m.canonical == named]
    return None if mentions and all(members_body(view, m) for m in mentions) else named


def member_body(view: SentenceView, subject: str | None) -> str | None:
    """The body whose members a programme's count speaks of ("Birliğimize üye 11 belediyeden 17 birim", "birlik
    üyesi 9 belediyeden ... 12 birim"): it runs the programme, not the parent of the unit the document is about.
    The organization of that head noun the document names, the last before the sentence first, its own page's
    too (owners.json `member_bodies`); none where the document names no such one."""
    for pattern in load("owners").get("member_bodies", {}).get(view.language or "", []):
        match = re.search(pattern, view.folded)
        if not match:
            continue
        stem = fold(match.group("head"))[:-1]  # "birlik" and "birliğimize" both name a "birliği"
        names = [*reversed(view.earlier), *view.document_names]
        found = next((name for name in names if stem in fold(name)), None)
        if found:  # a letterhead in capitals names the page's own organization as the manifest spells it
            return subject if fold(found).casefold() == fold(subject or "").casefold() else found
    return None


def found_as(declared: str, language: str | None) -> str | None:
    """The canonical name the finder gives the manifest's organization."""
    mentions = find_organizations(declared, language)
    return mentions[0].canonical if mentions and mentions[0].canonical else None


def name_in_full(facts: DocumentFacts, short: str, full: str) -> None:
    """The manifest names the organization in full ("Ashford Bank plc") where the finder reads less of the name
    ("Ashford Bank"): in this document the shorter name is the same organization."""
    for kind in ("metrics", "recognitions", "events", "targets", "focus_areas", "findings", "scores"):
        setattr(facts, kind, [replace(f, organization=full) if f.organization == short else f for f in getattr(facts, kind)])
    facts.peer_links = [
        replace(p, organization=full if p.organization == short else p.organization, peer=full if p.peer == short else p.peer)
        for p in facts.peer_links
    ]
    facts.organizations = [replace(o, canonical=full) if o.canonical == short else o for o in facts.organizations]


def legal_forms_in_full(facts: DocumentFacts) -> None:
    """A name the document also gives in full is the organization of the full name: with its legal form
    ("Lowmoor Bus Company’s" beside "Lowmoor Bus Company Ltd won ...", lexicon organizations.json
    `legal_form_suffix`), or with the words that only describe it ("بیمارستان قلب آرمان" beside "بیمارستان تخصصی قلب
    آرمان", lexicon `optional_name_words`). Its facts and its spellings go to the full name, the one the document
    gives it; so is a name the document also gives with more middle words (recognition_owners.subject_shortened).
    On the organization's own page (OWN_SITE) the name it gives itself wins over its legal form in a footer
    ("Ferncliff Water" beside "Ferncliff Water Limited · Registered office ..."): the full name's facts go to it."""
    seen = {o.canonical: o.language for o in facts.organizations}
    own = facts.subject if facts.subject_basis == OWN_SITE else ""
    for name, language in seen.items():
        suffix = load("organizations").get(language or "", {}).get("legal_form_suffix")
        if own and name.startswith(own + " ") and suffix and re.fullmatch(suffix, name[len(own) :]):
            name_in_full(facts, name, own)
    seen = {o.canonical: o.language for o in facts.organizations}
    for short, language in seen.items():
        rules = load("organizations").get(language, {})
        suffix, optional = rules.get("legal_form_suffix"), set(rules.get("optional_name_words", []))
        longer = [
            name
            for name in seen
            if (suffix and name.startswith(short + " ") and re.match(suffix, name[len(short) :]))
            or (name != short and [word for word in name.split() if word not in optional] == short.split())
        ]
        if len(longer) == 1:
            name_in_full(facts, short, longer[0])
            continue
        # "بیمارستان مهرآفرین" in a page on "بیمارستان تخصصی کودکان مهرآفرین": the full name less some middle words
        full = subject_shortened([short], (facts.subject, *seen))
        if full and full[0] != short:
            name_in_full(facts, short, full[0])
