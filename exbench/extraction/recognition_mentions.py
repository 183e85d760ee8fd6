"""What a sentence names that can be received: levels and awards from each scheme's closed vocabulary.

The vocabularies are data (`levels`, `generic_awards`, `bodies`, `stars` in the `recognitions`
lexicon of each language, with their inflections); a bare star level ("5 Star", "سه ستاره") takes
the scheme named nearest in the sentence, else the document's. Whether it was received, by whom and
when is decided in `recognitions`.
"""

from __future__ import annotations

import re
from functools import cache

from exbench.extraction.lexicons import any_match, compiled, fold, load
from exbench.extraction.model import DocumentContext
from exbench.extraction.recognition_accreditations import accreditations
from exbench.extraction.recognition_mention import Mention
from exbench.extraction.recognition_names import (
    NAME_WORD,
    family,
    level_noun,
    named_noun,
    normalised,
    overlaps,
    owned,
    preceding_name,
    restated,
    widest_generic,
)
from exbench.extraction.recognition_stars import ends_in_stars, star_levels, star_value
from exbench.extraction.sentence_view import SentenceView

__all__ = [
    "Mention",
    "crosses_boundary",
    "document_year",
    "issue_year",
    "lexicon",
    "mentions_in",
    "normalised",
    "star_value",
    "with_schemes",
]


@cache
def lexicon() -> dict:
    """The `recognitions` lexicon (levels, awards, bodies, verbs of attainment), loaded once."""
    return load("recognitions")


def document_year(context: DocumentContext, language: str | None, told: str = "") -> int | None:
    """The year a recognition the text does not date belongs to. A feedback report is issued after its cycle
    (a festival of the solar year 1403 reported in Esfand 1403, March 2025; a KalDer report of February 2025
    on the 2024 cycle): the level it reports is the cycle's. So is one on a page whose title names the period
    it reports on ("2024 Dönemi Değerlendirme İstatistikleri" of February 2025, "2023 Faaliyet Raporu"). Any
    other document's is its own year."""
    if context.report_cycle is not None:
        return context.report_cycle
    if context.title_year is not None:
        return context.title_year
    return issue_year(context, language, told)


def issue_year(context: DocumentContext, language: str | None, told: str = "") -> int | None:
    """The year the document was written, which a relative year ('last year', 'geçen yıl') counts from; where
    the sentence (`told`, folded) says "this year" it is counted as the language's calendar counts years
    ("امسال" in a page of 5 January 2024 is the solar year 1402, i.e. 2023)."""
    reference, start = context.reference_date, lexicon()["year_starts"].get(language or "")
    this_year = lexicon()["this_year"].get(language or "", [])
    if reference is not None and start and (reference.month, reference.day) < tuple(start) and any_match(this_year, told):
        return reference.year - 1
    return context.as_of_year


def _titles(view: SentenceView, found: list[Mention]) -> list[Mention]:
    """A title given with no award noun ("X was named a National Blue Ribbon School"): the capitalised
    words after the verb, when an organization is named right before it; or a pattern's group `title`
    (Persian gives the title before its verb), when an organization is named before it."""
    titles = []
    for pattern in lexicon()["title_after"].get(view.language or "", []):
        for match in re.finditer(pattern, view.text):
            if "title" in match.re.groupindex:  # "… به‌عنوان دستگاه برتر … معرفی شد": the title is the group
                if any(m.end <= match.start() for m in view.organizations if m.canonical):
                    titles.append(Mention("other", match.start("title"), match.end("title"), match["title"], generic=True))
                continue
            words = []
            # "named Transport Authority of the Year": small words between capitalised ones are the title's
            small = set(lexicon()["name_connectors"].get(view.language or "", [])) | {"the"}
            for word in view.text[match.end() :].split():
                clean = word.rstrip(",.;:")
                if not (NAME_WORD.match(clean) or (words and clean in small and clean == word)) or len(words) >= 6:
                    break
                words.append(clean)
                if clean != word:
                    break
            while words and words[-1] in small:
                words.pop()
            subject = any(0 <= match.start() - m.end <= 2 for m in view.organizations if m.canonical)
            if len(words) >= 2 and subject and not any(m.start <= match.end() < m.end for m in found):
                end = match.end() + len(" ".join(words))
                titles.append(Mention("other", match.end(), end, " ".join(words), generic=True))
    return titles


def mentions_in(view: SentenceView) -> tuple[list[Mention], list[tuple[str, int]]]:
    """Levels and bare star levels named in the sentence, and the scheme bodies named (scheme, position)."""
    folded, text = view.folded, view.text
    words = lexicon()
    found: list[Mention] = []
    for block in words["levels"]:
        for pattern in block["patterns"]:
            for match in compiled(pattern).finditer(folded):
                span = (match.start(), match.end())
                if any(overlaps(span, (m.start, m.end)) for m in found):
                    continue
                level = words["canonical_levels"].get(block["scheme"]) or normalised(text[match.start() : match.end()])
                if block["scheme"] == "iso":
                    iso = compiled(words["iso_level"]).match(folded, match.start())
                    level = f"{iso.group(1).upper()} {iso.group(2)}" if iso else level
                found.append(Mention(block["scheme"], match.start(), match.end(), level))
    found += [
        Mention("other", start, end, "accreditation")
        for start, end in accreditations(text, folded, view.language or "")
        if not any(overlaps((start, end), (f.start, f.end)) for f in found)
    ]
    titles = words["title_nouns"].get(view.language or "", [])
    generic = [
        (match.start(), match.end(), pattern in titles)
        for pattern in words["generic_awards"] + titles
        for match in compiled(pattern).finditer(folded)
        if not any(overlaps((match.start(), match.end()), (m.start, m.end)) for m in found)
        and not any(level_noun(folded, m.end, match.start()) or named_noun(text, m.end, match.start()) for m in found)
        and not ends_in_stars(folded[max(0, match.start() - 30) : match.start()])
    ]
    bodies = [
        (block["scheme"], match.start())
        for block in words["bodies"]
        for pattern in block["patterns"]
        for match in compiled(pattern).finditer(folded)
    ]
    for start, end, title in generic:
        # "KalDer İlham Veren Kamu Yönetimi Proje Ödülü": an award a scheme's body gives is of that scheme; a
        # title noun after a body ("EFQM recognition") names no level of its own
        body = next(
            (b for b in bodies if 0 < start - b[1] <= words["body_award_chars"] and not crosses_boundary(folded, b[1], start)),
            None,
        )
        if body is not None:
            if not title:
                found.append(Mention(body[0], body[1], end, normalised(text[body[1] : end])))
            continue
        if owned(view, start, found):
            continue
        name = preceding_name(text, start, end, view.language)
        grades = {fold(g) for g in words["award_grades"].get(view.language or "", [])}
        # "Gold awards went to ...": a grade opening the sentence is the award's, not a capital any first word has
        opening = (
            name is not None
            and len(name.split()) == 2
            and not text[: start - len(name.split()[0]) - 1].strip()
            and fold(name.split()[0]) not in grades
        )
        named_after = words["award_name_after"].get(view.language or "")
        # "the 2024 Award of Progress" names an award; "a credit rating of AA" does not: the noun is the title's
        # "won the category award for Engaging Stakeholders": a noun in lower case after an article is named so too
        # (an award noun only: "a credit rating of AA" names no title)
        titled = text[start : start + 1].isupper() or (
            not title and bool(_ARTICLE_BEFORE.search(text, max(0, start - 30), start))
        )
        after = re.match(named_after, text[end:]) if named_after and titled else None
        if after and not (name and opening):  # "the 2024 Award of Progress", "Queen’s Award for Voluntary Service"
            first = start - len(name) + (end - start) if name else start
            found.append(
                Mention(
                    "other", first, end + len(after.group(0).rstrip()), normalised(text[first : end + after.end()]), generic=True
                )
            )
        elif (
            name and not opening and not family(name, text[start:end])
        ):  # "Global Award winner ...": a first word is capitalised anyway
            found.append(Mention("other", start - len(name) + (end - start), end, name, generic=True))
    found = restated(widest_generic(found), text)
    found += _titles(view, found)
    found.sort(key=lambda m: m.start)
    for match, series, names in star_levels(text, folded):
        owner = next((m for m in found if m.scheme and overlaps((m.start, m.end), (match.start(), match.end()))), None)
        named = next((m for m in found if m.generic and m.stars is None and 0 <= m.start - match.end() <= 1), None)
        if owner is None and named is not None and len(series) == 1:  # "the 4-Star Excellence Rating": the name's stars
            named.start, named.stars, named.series = match.start(), series[0], series
            named.level = normalised(text[match.start() : named.end])
            continue
        # "… Mükemmellik Ödülü’nde 3 Yıldız düzeyine", "Kalitede Yetkinlik Ödülü (4 Yıldız)": a star level right after
        # a named award and its case ending or its bracket
        inflected = next(
            (m for m in found if m.generic and m.stars is None and _CASE_GAP.fullmatch(text, m.end, match.start())), None
        )
        if owner is None and inflected is not None and len(series) == 1:
            inflected.stars, inflected.series = series[0], series
            inflected.level = normalised(f"{inflected.level} {names[-1]}")
            inflected.end = match.end()
            continue
        if owner is None:
            near = words["stars_after_level_chars"]
            leveled = [m for m in found if m.scheme not in (None, "iso", "other") and m.stars is None]
            owner = next(
                (
                    m
                    for m in reversed(leveled)
                    if 0 <= match.start() - m.end <= near
                    and (not crosses_boundary(folded, m.end, match.start()) or _DASH.fullmatch(folded, m.end, match.start()))
                ),
                None,
            ) or next(  # "4 Yıldız ile Mükemmellikte Yetkinlik"
                (m for m in leveled if 0 <= m.start - match.end() <= near and not crosses_boundary(folded, match.end(), m.start)),
                None,
            )
        if owner is not None:
            owner.stars, owner.series = series[-1], series
            owner.series_levels = tuple(normalised(f"{owner.level} {name}") for name in names)
            owner.level = owner.series_levels[-1]
            continue
        found.append(
            Mention(None, match.start(), match.end(), normalised(names[-1]), series[-1], series=series, series_levels=names)
        )
    found.sort(key=lambda m: m.start)
    return _to_standard(found, folded, view.language), bodies


def _to_standard(found: list[Mention], folded: str, language: str | None) -> list[Mention]:
    """ "UKAS accreditation to ISO 15189": an accreditation granted to a standard is that standard's certificate,
    one recognition (the ISO one), not a second of no scheme (`to_standard`, the words between them)."""
    between = lexicon()["to_standard"].get(language or "")
    if not between:
        return found
    standards = [m.start for m in found if m.scheme == "iso"]
    return [
        m
        for m in found
        if not (m.generic and m.scheme == "other" and any(compiled(between).fullmatch(folded, m.end, s) for s in standards))
    ]


_ARTICLE_BEFORE = re.compile(r"\b(?:the|an?)\s+(?:[a-z][a-z-]*\s+)?$")  # "the category award", "an award"
_DASH = re.compile(r"\s*[–—-]\s*")  # "Kurumsal Mükemmellik Ödülü – Üç Yıldız": a dash inside one title
# "Ödülü’nde 3 Yıldız": a case ending between an award and its stars; "Ödülü (4 Yıldız)": its stars in brackets
_CASE_GAP = re.compile(r"['’]\w{1,4}\s+|\s*[(\[]\s*")


def crosses_boundary(folded: str, start: int, end: int) -> bool:
    return bool(compiled(lexicon()["clause_boundary"]).search(folded, start, end))


def with_schemes(
    mentions: list[Mention], bodies: list[tuple[str, int]], document_scheme: str | None, folded: str | None = None
) -> list[Mention]:
    """A bare star level takes the scheme named nearest in the sentence (in its clause, when the sentence's
    `folded` text is given and the document has a scheme), else the document's; unplaced ones are dropped."""
    for mention in mentions:
        if mention.scheme is None:
            named = [
                (abs(m.start - mention.start), m.start, m.scheme) for m in mentions if m.scheme not in (None, "iso", "other")
            ]
            named += [(abs(position - mention.start), position, scheme) for scheme, position in bodies]
            # "... لوح دو ستاره دریافت کرده بود و قصد دارد ... در جایزه ملی ... ثبت‌نام کند": a scheme named only
            # in another clause is what that clause speaks of; the document's scheme is the level's then
            near = [n for n in named if folded is None or not crosses_boundary(folded, *sorted((n[1], mention.start)))]
            chosen = near or ([] if document_scheme else named)
            mention.scheme = min(chosen)[2] if chosen else document_scheme
    return [m for m in mentions if m.scheme is not None]
