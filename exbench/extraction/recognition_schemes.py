"""Which scheme a mention or a whole document is about, when the words of a level do not say it alone."""

from __future__ import annotations

from collections import Counter

from exbench.extraction.lexicons import any_match, compiled, fold
from exbench.extraction.recognition_clauses import clause, negated
from exbench.extraction.recognition_mentions import Mention, lexicon, mentions_in, with_schemes
from exbench.extraction.sentence_view import SentenceView
from exbench.extraction.text_units import Span

__all__ = ["assessment_scheme", "first_scheme", "in_context", "scheme_before", "scheme_named_most", "title_scheme"]


def in_context(
    folded: str, mentions: list[Mention], bodies: list[tuple[str, int]], document_scheme: str | None, preceding: str = ""
) -> list[Mention]:
    """A level two schemes share ("تقدیرنامه سه ستاره") is the other scheme's where the words right after it
    name the other ("تندیس زرین جشنواره"), the sentence (or, naming no body, the one before it: `preceding`)
    names an award the other's kind of host runs ("جشنواره تعالی سازمانی شهرداری ..."), or the sentence
    names no scheme's body and the document is about the other (a municipal festival's report)."""
    named = {scheme for scheme, _ in bodies}
    switched: dict[str, str] = {}
    for mention in mentions:
        for other, cues in lexicon()["context_schemes"].get(mention.scheme, {}).items():
            after = any(compiled(cue).match(folded, end) for cue in cues for end in _level_ends(folded, mention))
            hosts = lexicon()["host_schemes"].get(mention.scheme, {}).get(other, [])
            hosted = any_match(hosts, folded) or (not named and any_match(hosts, preceding))
            if mention.scheme not in named and (after or hosted or (document_scheme == other and not named)):
                switched[mention.scheme] = other
                mention.scheme = other
                break
    for mention in mentions:  # "A تندیس زرین جشنواره را گرفت و B تقدیرنامه چهار ستاره": one festival
        if mention.scheme in switched and mention.scheme not in named:
            mention.scheme = switched[mention.scheme]
    return mentions


def _level_ends(folded: str, mention: Mention) -> set[int]:
    """Where a mention's words end, and where its level does when the level goes on past them ("تقدیرنامه" | "سه
    ستاره" | "جشنواره": the festival named after the stars)."""
    level = fold(mention.level or "")
    ends = {mention.end}
    if level and folded.startswith(level, mention.start):
        ends.add(mention.start + len(level))
    return ends


def assessment_scheme(views: list[SentenceView]) -> str | None:
    """The scheme named where the document speaks of its assessment or award (first such mention)."""
    cues = lexicon()["assessment_cues"]
    for view in views:
        if any(cue in view.folded for cue in cues):
            scheme = first_scheme(view)
            if scheme:
                return scheme
    # a report's heading block names the programme on one line and the assessment on the next
    # ("چهارمین جشنواره تعالی سازمانی ..." / "گزارش بازخورد ارزیابی")
    heading = views[:_HEADING_VIEWS]
    if any(cue in view.folded for view in heading for cue in cues):
        return next((scheme for view in heading if (scheme := first_scheme(view))), None)
    return None


_HEADING_VIEWS = 3


def first_scheme(view: SentenceView) -> str | None:
    """The first scheme a sentence names by a level or a body (not other or ISO)."""
    mentions, bodies = mentions_in(view)
    named = [(m.start, m.scheme) for m in with_schemes(mentions, bodies, None)]
    # a programme or award body counts; the model's name alone ("EFQM Temel Eğitimi") does not
    named += [(position, scheme) for scheme, position in bodies if scheme not in lexicon()["model_bodies"]]
    return next((scheme for _, scheme in sorted(named) if scheme not in ("other", "iso")), None)


def scheme_named_most(views: list[SentenceView]) -> str | None:
    """A page that speaks of no assessment (a winners page, a news story) is about the scheme it names the
    levels of, outside plans and applications: the one that holds at least two thirds of those levels, none
    when no scheme does."""
    counts: dict[str, int] = {}
    for view in views:
        for mention in mentions_in(view)[0]:
            # "... sürecine Mükemmellikte Kararlılık düzeyinde başvurması": a plan names no scheme of the page
            if mention.scheme not in (None, "other", "iso") and not negated(
                view, view.language or "", clause(view.folded, mention)
            ):
                counts[mention.scheme] = counts.get(mention.scheme, 0) + 1
    total = sum(counts.values())
    scheme = max(counts, key=counts.get, default=None)
    return scheme if scheme and total >= 2 and 3 * counts[scheme] >= 2 * total else None


def scheme_before(page_text: str, position: int, language: str) -> str | None:
    """The scheme whose body the page names most before `position` (the list's first line), the last named of a tie."""
    view = SentenceView(Span(0, position, page_text[:position]), 0, language)
    _, bodies = mentions_in(view)
    counts = Counter(scheme for scheme, _ in bodies)
    return max(bodies, key=lambda b: (counts[b[0]], b[1]))[0] if bodies else None


def title_scheme(title: str | None, language: str | None) -> str | None:
    """The scheme a page's title names by a programme's body or level ("برگزیدگان هفتمین جشنواره تعالی مدیریت شهری
    ...", "2023 Yerel Yönetimlerde Mükemmellik Ödülleri Sahiplerini Buldu"): a results page is about that
    programme, whatever other scheme its levels' names share or its paragraphs quote."""
    if not title or not language:
        return None
    return first_scheme(SentenceView(Span(0, len(title), title), 0, language))
