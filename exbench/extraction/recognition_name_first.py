"""Recognitions a page lists one organization a line, its name first and its level last, with no verb.

A winners table ("واحد | سطح": "سازمان حمل‌ونقل بار شهرداری نیلوفرشهر ★★★ سه ستاره"), a sidebar list
("Westmarch Constabulary: Recognised by EFQM 3 Star (its first assessment)") or a results grid says what each
organization received by where the words stand: a line that opens with an organization's name and holds
nothing after it but separators and a level of a vocabulary (perhaps a remark in brackets). Such a line
alone may be a title ("Yayla EDAŞ – Türkiye Mükemmellik Ödülü 2024 – Geri Bildirim Raporu" holds more); two
or more on a page are a list. A line that shortlists, plans or applies gives nothing, nor a body that gives
awards. A bare star level, or an award known only by its noun, takes the scheme whose body the page names most
before the list; the year is the line's, else the document's.
"""

from __future__ import annotations

import re

from exbench.extraction.dates import find_dates
from exbench.extraction.lexicons import any_match, fold
from exbench.extraction.model import DocumentContext, Evidence, PageInput, Recognition
from exbench.extraction.organizations import find_organizations
from exbench.extraction.recognition_internal import internal_scheme
from exbench.extraction.recognition_mentions import Mention, document_year, lexicon, mentions_in
from exbench.extraction.recognition_owners import gives
from exbench.extraction.recognition_schemes import scheme_before
from exbench.extraction.sentence_view import SentenceView
from exbench.extraction.text_units import Span, lines

__all__ = ["name_first_rows"]

_LEAD = re.compile(r"^[^\w(\"'“«]{0,3}\s*")  # a bullet or a mark before the name
_SEPARATORS = re.compile(r"^[\s:：|–—\-★☆✩⭐*•·]*")
_REMARK = re.compile(r"\s*\([^()]*\)\s*$")  # "(its first assessment)"
_SEPARATED = re.compile(r"\s[:：|–—-]\s*$|[:：]\s*$")  # the separator right before a wrapped row's level
_WRAP_LINES = 7  # a row wraps over this many lines at most
_WRAP_LINE_WORDS = 6  # the lines of a narrow column
_MAX_EXTRA_WORDS = 2  # words of the rest its level does not hold ("14001:2015 re-certification", "belgesi")


def _row(text: str, language: str) -> tuple[str, Mention, str] | None:
    """(organization, level, the level's text) of a line that is a name and a level only; None otherwise."""
    lead = _LEAD.match(text).end()
    named = [m for m in find_organizations(text, language) if m.canonical]
    if not named or named[0].start != lead or gives(named[0].canonical, language):
        return None
    rest = _REMARK.sub("", text[named[0].end :])
    rest = rest[_SEPARATORS.match(rest).end() :].strip()
    view = SentenceView(Span(0, len(rest), rest), 0, language)
    found, _ = mentions_in(view)
    if len(found) != 1 or any(m.start < named[0].end for m in named[1:]) or len(named) > 1:
        return None
    mention = found[0]
    if rest[: mention.start].strip():
        return None
    level_words = set(fold(mention.level or "").split())
    if len([word for word in fold(rest).split() if word not in level_words]) > _MAX_EXTRA_WORDS:
        return None
    return named[0].canonical, mention, rest


def _wrapped(page_lines: list[Span], index: int, language: str) -> tuple[tuple[str, Mention, str] | None, int]:
    """A row a narrow column wrapped over the lines from `index` on ("Pınarbaşı Organize Sanayi Bölgesi Müdürlüğü –"
    / "Mükemmellikte Kararlılık 2 Yıldız"; "Hebden Moor" / "Housing Trust –" / "Recognised by" / "EFQM 4 Star"): the
    row and the last line it took in, where a separator stands between the name and its level and no line it takes
    in is a row of its own; else (None, index)."""
    joined = page_lines[index].text
    for last in range(index + 1, min(index + _WRAP_LINES, len(page_lines))):
        text = page_lines[last].text
        if len(text.split()) > _WRAP_LINE_WORDS or _row(text, language) is not None:
            break
        joined = f"{joined} {text}"
        row = _row(joined, language)
        if row is not None:
            cut = joined.rfind(row[2])
            if cut <= 0 or not _SEPARATED.search(joined[:cut]):
                return None, index
            # "... Excellence Award," / "Gold": the grade the column wrapped onto a line of its own is the row's
            grades = lexicon()["award_grades"].get(language, [])
            after = page_lines[last + 1].text if last + 1 < len(page_lines) else ""
            return row, last + 1 if after.strip(" .,;").lower() in grades else last
    return None, index


def name_first_rows(pages: list[PageInput], context: DocumentContext) -> list[Recognition]:
    """One recognition per line that names an organization and then only its level, where a page has two or more."""
    found: list[Recognition] = []
    for page in pages:
        language = page.language or context.language
        if not language:
            continue
        refusals = lexicon()["not_attained"].get(language, [])
        rows = []
        page_lines = lines(page.text)
        joined_to = -1  # the last line a wrapped row took in
        for index, line in enumerate(page_lines):
            if index <= joined_to:
                continue
            row = _row(line.text, language)
            if row is None:
                row, joined_to = _wrapped(page_lines, index, language)
                line = Span(line.start, page_lines[joined_to].end, page.text[line.start : page_lines[joined_to].end])
            if row is not None and not any_match(refusals, fold(line.text)):
                rows.append((line, row))
        if len(rows) < 2:
            continue
        scheme_here = scheme_before(page.text, rows[0][0].start, language)
        for line, (organization, mention, _) in rows:
            scheme = mention.scheme or scheme_here
            if mention.generic and scheme_here not in (None, "iso"):
                scheme = scheme_here  # "Kamu Kategorisi Mükemmellik Ödülü" in a list of KalDer's results: KalDer's award
            if scheme is None:
                continue
            dated = [d.first.year for d in find_dates(line.text, language) if d.first is not None]
            year = dated[0] if len(dated) == 1 else document_year(context, language)
            found.append(
                Recognition(
                    **context.owner(organization),
                    scheme=internal_scheme(scheme, mention.level, organization, language, scheme_here),
                    level=mention.level,
                    stars=mention.stars if scheme != "iso" else None,
                    year=year,
                    awarded_on=None,
                    evidence=Evidence(page.page_number, line.text),
                )
            )
    return found
