"""Who received what a sentence names: the organization next to the mention, never the body that gave it.

An awarding body ("… tarafından", "by the British Quality Foundation", "از سوی …") is passed over by
the giver patterns of the `recognitions` lexicon; the receiver is the nearest organization before the
mention in its part of the sentence, else the first after it, and a coordinated list ("X, Y ve Z")
gives each of its members.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from exbench.extraction.lexicons import any_match, compiled, fold, load
from exbench.extraction.organizations import OrgMention, is_assessment_body
from exbench.extraction.recognition_mentions import Mention, crosses_boundary, lexicon
from exbench.extraction.sentence_view import SentenceView

__all__ = ["aside_spans", "gives", "named_in_full", "owners_of", "subject_shortened"]


def gives(organization: str, language: str) -> bool:
    """Whether an organization assesses, awards or certifies (KalDer, TSE, the Council of Europe): never a receiver."""
    return is_assessment_body(organization) or any_match(lexicon()["certifier_names"].get(language, []), fold(organization))


_ALIAS_GAP = re.compile(r"(?:['’]\w*)?\s*\(?\s*")


def _merged(mentions: list[OrgMention], folded: str) -> list[OrgMention]:
    """A name and the abbreviation in brackets after it ("... Genel Müdürlüğü’ne (GÖSKİ)") are one mention."""
    merged: list[OrgMention] = []
    for mention in mentions:
        last = merged[-1] if merged else None
        if last and last.canonical == mention.canonical and _ALIAS_GAP.fullmatch(folded, last.end, mention.start):
            merged[-1] = replace(last, end=mention.end + (folded[mention.end : mention.end + 1] == ")"))
            continue
        merged.append(mention)
    return merged


def owners_of(
    view: SentenceView, mention: Mention, previous_end: int, next_start: int, awards: tuple[tuple[int, int], ...] = ()
) -> list[str] | None:
    """Canonical names of the organizations that received a mention ("" is the document's own);
    None when the sentence names none. A coordinated list ("X, Y ve Z belediyelerine") gives each. A name
    inside an award's own words (`awards`: "a National Blue Ribbon School") receives nothing."""
    folded = view.folded
    givers = [compiled(p) for p in lexicon()["giver_after"]]
    before_givers = [compiled(p) for p in lexicon()["giver_before"]]

    certifiers = [compiled(p) for p in lexicon()["certifier_names"].get(view.language or "", [])]
    # "hosted by Cascade Lakes Medical Center, which received the …": the relative clause makes it a receiver
    receives = [compiled(p) for p in lexicon().get("receiver_relative", {}).get(view.language or "", [])]

    def giver(m: OrgMention) -> bool:
        last_word = folded[m.start : m.end].split()[-1:] or [""]
        probe = last_word[0] + folded[m.end : m.end + 30]
        # "Northgate Certification Ltd", "مؤسسه گواهی‌دهنده پارس‌سرت": a body whose name says it certifies gives
        certifier = any(p.search(fold(m.canonical or "")) for p in certifiers)
        return certifier or (
            not any(p.match(folded, m.end) for p in receives)
            and (
                any(p.match(probe) for p in givers)
                or any(p.search(folded[max(0, m.start - 30) : m.start]) for p in before_givers)
            )
        )

    givers_named = {m.canonical for m in view.organizations if m.canonical and giver(m)}  # "Derneği'nden (KalDer)": the alias too
    # a reference to the document's own organization as the giver or host ("hosted by the Council") is passed over too
    kept = [
        m
        for m in view.organizations
        if m.canonical not in givers_named
        and not (m.self_reference and giver(m))
        and not any(start <= m.start and m.end <= end for start, end in awards)
    ]
    # "Türkiye Kalite Derneği’nin (KalDer) ... törende ... Büyük Ödülü’nü Tunca ... A.Ş. kazandı": the body that
    # awards is passed over where the sentence names a receiver beside it
    receivers = [m for m in kept if not (m.canonical and gives(m.canonical, view.language or ""))]
    kept = receivers or kept
    candidates = _merged(kept, folded)
    before = [m for m in candidates if previous_end <= m.start and m.end <= mention.start]
    # "X, which operates the Council's four leisure centres, had retained its rating": a name inside a relative
    # clause is what the clause tells about, not the subject that received
    asides = aside_spans(view)
    outside = [m for m in before if not any(start <= m.start and m.end <= end <= mention.start for start, end in asides)]
    before = outside or before
    after = [m for m in candidates if mention.end <= m.start and m.end <= next_start]
    case = lexicon()["receiver_case"].get(view.language or "")
    # "... aldığı ELoGE etiketi, ... KARSU’ya da destek olduğunu": a dative in another clause receives nothing; in
    # "5 Yıldız belgesi A’ne, 4 Yıldız belgeleri ise B’ye verildi" the dative of the level's own clause does
    topic = next(
        (t.end() for p in lexicon()["topic_after"].get(view.language or "", []) if (t := compiled(p).match(folded, mention.end))),
        mention.end,
    )
    given_to = [
        m
        for m in before + after
        if case
        and compiled(case).search(_as_written(view.text, m))
        and not crosses_boundary(folded, *sorted((m.end, mention.start) if m in before else (topic, m.start)))
    ]
    if given_to:  # "… 4 Yıldız belgeleri A’ne, B’ye ve C’ne verildi": the names in the dative receive it
        nearest = min(given_to, key=lambda m: mention.start - m.end if m in before else m.start - mention.end)
        pool = before if nearest in before else after
        index = pool.index(nearest)
        chosen = [nearest]
        for nxt in pool[index + 1 :]:  # "A’ne, B’ye ve C’ne"
            if not _joined(view, chosen[-1].end, nxt.start):
                break
            chosen.append(nxt)
        for prev in reversed(pool[:index]):  # "A ile B’ye": the case ends only the last of a list
            if not _joined(view, prev.end, chosen[0].start):
                break
            chosen.insert(0, prev)
        full = {short: m.canonical for short, m in view.short_names.items()}
        return [full.get(m.canonical, m.canonical) for m in chosen]
    earlier = [m for m in candidates if m.end <= mention.start]
    if not before and after and earlier and crosses_boundary(folded, mention.end, after[0].start):
        # "X was Recognised by EFQM 6 Star, up from the 5 Star level it achieved in 2021, while Y won …": a name in
        # the next clause is that clause's subject; the level's is the one named before it
        before = earlier[-1:]
    if before and after and _given_after(view, mention, before[-1], after[0]):
        before = []  # "تندیس سیمین به X رسید و تندیس بلورین به A و B اهدا شد": B's award is given to A and B
    if (
        len(before) > 1
        and not folded[before[-1].end : mention.start].strip()
        and not _joined(view, before[-2].end, before[-1].start)
    ):
        before = before[:-1]  # "Sazlıköy Belediyesi GEKBB Birlik Mükemmellik Ödülü 4 Yıldız": a name the award's opens with
    if before and after and _owns_award(view, mention, before[-1]) and _went_to(view, after[0]):
        before = []  # "The Association's own Innovation Award, which ..., went to X": the genitive's award, X's receipt
    if before:
        chosen = [before[-1]]
        pool = before
    elif after:
        chosen, pool = [after[0]], after
    else:
        if not earlier:
            return None
        chosen, pool = [earlier[-1]], earlier
    if chosen[0] in pool:
        index = pool.index(chosen[0])
        if pool is after:  # "awarded to Ashby, Brampton and Coldwell"
            for nxt in pool[index + 1 :]:
                if not _joined(view, chosen[-1].end, nxt.start):
                    break
                chosen.append(nxt)
        else:
            for prev in reversed(pool[:index]):
                if not _joined(view, prev.end, chosen[0].start):
                    break
                chosen.insert(0, prev)
    # "Ashford Bank" where the document also wrote "Ashford Bank plc": the full name
    full = {short: m.canonical for short, m in view.short_names.items()}
    return [full.get(m.canonical, m.canonical) for m in chosen]


def _joined(view: SentenceView, end: int, start: int) -> bool:
    """Whether what stands between two names joins them in one list ("A, B ve C", `list_joiner`), the language's
    article before the next name included ("Ashgill College and the Upper Wharle Water Company": organizations
    lexicon `article_tokens`)."""
    joiner = compiled(lexicon()["list_joiner"])
    if joiner.fullmatch(view.folded, end, start):
        return True
    articles = {fold(word) for word in load("organizations").get(view.language or "", {}).get("article_tokens", [])}
    before = re.search(r"(\S+)\s+$", view.folded[end:start])
    return bool(before and before.group(1) in articles and joiner.fullmatch(view.folded, end, end + before.start()))


def _given_after(view: SentenceView, mention: Mention, last_before: OrgMention, first_after: OrgMention) -> bool:
    """Whether the award's own clause names its receiver after it with the language's dative word ("به X"), the
    name before it standing in the clause before (`receiver_before`)."""
    marker = lexicon().get("receiver_before", {}).get(view.language or "")
    folded = view.folded
    return bool(
        marker
        and crosses_boundary(folded, last_before.end, mention.start)
        and not crosses_boundary(folded, mention.end, first_after.start)
        and compiled(marker).search(folded[max(0, first_after.start - 12) : first_after.start])
    )


def _owns_award(view: SentenceView, mention: Mention, name: OrgMention) -> bool:
    """Whether the name stands in the genitive right before the award's words ("the Association's own ... Award")."""
    case = lexicon()["genitive_case"].get(view.language or "")
    gap = view.folded[name.end : mention.start]
    return bool(
        case
        and compiled(case).search(_as_written(view.text, name))
        and len(gap) <= 20
        and not crosses_boundary(view.folded, name.end, mention.start)
    )


def _went_to(view: SentenceView, name: OrgMention) -> bool:
    """Whether the name follows a verb that gives something to it ("went to", "was presented to": `given_to`)."""
    patterns = lexicon().get("given_to", {}).get(view.language or "", [])
    return any(compiled(p).search(view.folded[max(0, name.start - 30) : name.start]) for p in patterns)


def _as_written(text: str, mention: OrgMention) -> str:
    """The name with the case ending its last word carries, though the finder left it out ("… Merkezi’ne")."""
    ending = _ENDING.match(text, mention.end)
    return text[mention.start : ending.end() if ending else mention.end]


_ENDING = re.compile(r"['’]\w+")


def aside_spans(view: SentenceView) -> list[tuple[int, int]]:
    """Where the sentence's relative and participle clauses set off by commas stand (`relative_clauses`)."""
    return [
        (m.start(), m.end())
        for p in lexicon()["relative_clauses"].get(view.language or "", [])
        for m in compiled(p).finditer(view.folded)
    ]


def named_in_full(view: SentenceView, owners: list[str] | None) -> list[str] | None:
    """ "The Town Council also holds ISO 37001": a receiver written as a definite head alone (the language's
    article before it, `definite_article`) is the organization of that head the document named last before the
    sentence ("Harbourside Town Council"); other receivers stay."""
    article = lexicon()["definite_article"].get(view.language or "")
    if not owners or not article:
        return owners
    return [
        next((name for name in reversed(view.earlier) if name.endswith(" " + owner)), owner)
        if owner and re.search(rf"{article}{re.escape(fold(owner))}\b", view.folded)
        else owner
        for owner in owners
    ]


def subject_shortened(owners: list[str] | None, names: Sequence[str], language: str | None = None) -> list[str] | None:
    """ "بیمارستان مهرآیین" in a report on "بیمارستان فوق‌تخصصی مهرآیین": a receiver written as an organization
    the document names in full (`names`, the document's own first) less some of its middle words, its head noun
    and its proper name kept in order, is that organization; other receivers stay. Given the `language`, one
    whose names follow their head noun also reads its own name cut after its first words as its own (`_head_first`)."""
    if not owners:
        return owners
    own = names[0] if names else ""
    full = [name for name in dict.fromkeys(names) if name and len(name.split()) >= 3]
    # the document's own organization stays itself: "شهرداری سپیدشهر" is no short "شهرداری منطقه چهار سپیدشهر"
    return [
        next((name for name in full if owner and owner != own and _shortened(owner.split(), name.split())), None)
        or _head_first(owner, full, own, language)
        for owner in owners
    ]


def _head_first(owner: str, full: list[str], own: str, language: str | None) -> str:
    """ "سازمان آتش‌نشانی" in a report on "سازمان آتش‌نشانی و خدمات ایمنی شهرداری دریاکنار": where a name follows its
    head noun (`name_before_head` false), the words a name is cut short of at its end are its place or its parent,
    never a name of its own, so a receiver that is the first words (its head and more) of the document's own
    organization is that organization. Where the name comes before the head, the first words of a name are its
    parent ("Kestrel Vale University" of its directorate)."""
    if not owner or not own or load("organizations").get(language or "", {}).get("name_before_head", True):
        return owner
    return own if own in full and _cut_short(owner.split(), own.split()) else owner


def _cut_short(words: list[str], full: list[str]) -> bool:
    """Whether `words` (two or more) are the first words of `full` and no number is left out."""
    return (
        2 <= len(words) < len(full)
        and full[: len(words)] == words
        and not any(c.isdigit() for w in full[len(words) :] for c in w)
    )


def _shortened(words: list[str], full: list[str]) -> bool:
    """Whether `words` are `full` less some of its middle words: the same first and last word, the rest in order,
    and no number left out ("شهرداری تهران" is not "شهرداری منطقه ۵ تهران"); a name `full` holds whole is
    `full` read with a word too many, not a short form of it ("دانشگاه دانشگاه علوم پزشکی ...")."""
    if not 2 <= len(words) < len(full) or words[0] != full[0] or words[-1] != full[-1]:
        return False
    if f" {' '.join(words)} " in f" {' '.join(full)} ":
        return False
    rest = iter(full[1:-1])
    kept = all(word in rest for word in words[1:-1])
    return kept and not any(char.isdigit() for word in full if word not in words for char in word)
