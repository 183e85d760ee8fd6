"""Dated activities: trainings, meetings, workshops, ceremonies, signings, approvals.

Each date in a sentence dates the words that follow it up to the next date, so
"31 Ocak-1 Şubat 2024 ... Eğitimi ile 13 Şubat 2024 ... Eğitimi" gives two
events. Dates without a year are kept only when the document's own date
resolves them (dates.py never guesses).
"""

from __future__ import annotations

import re
from functools import cache

from exbench.extraction.lexicons import compiled, fold, load
from exbench.extraction.model import DocumentContext, Event
from exbench.extraction.quotes import quote
from exbench.extraction.sentence_view import SentenceView
from exbench.language import by_code, capitals

_CAPITALISED = re.compile(rf"(?:(?:\d{{4}}\s*[-‐–]\s*\d{{4}}\s+)?(?:[{capitals()}][\w’'()-]*\s+){{0,6}}[{capitals()}][\w’']*)")


@cache
def _lexicon() -> dict:
    return load("events")


def event_type(folded: str, language: str) -> str | None:
    """The first event type whose keywords occur in the folded text."""
    for block in _lexicon()["types"]:
        if any(compiled(p).search(folded) for p in block.get(language, [])):
            return block["type"]
    return None


def _named_phrase(segment: str, head: str) -> str:
    best = ""
    for match in _CAPITALISED.finditer(segment):
        phrase = match.group(0).strip()
        if re.search(head, fold(phrase)) and len(phrase.split()) > 1 and len(phrase) > len(best):
            best = phrase
    return best


def _title(after: str, language: str, before: str = "") -> str:
    """The capitalised name of the activity (after the date, else before it), else the words after the date."""
    head = _lexicon()["title_heads"].get(language)
    entry = by_code(language)
    if head and entry is not None and entry.cased:
        best = _named_phrase(after, head) or _named_phrase(before, head)
        if best:
            return best
    text = after.strip(" ,.;:") or before.strip(" ,.;:")
    return text[:160]


def events_in_sentence(view: SentenceView, context: DocumentContext) -> list[Event]:
    """One event per day-precise date of the sentence that dates a typed activity."""
    language = view.language or context.language
    if not language:
        return []
    dated = [d for d in view.dates if d.first is not None and d.precision == "day"]
    found = []
    for index, date in enumerate(dated):
        segment_end = dated[index + 1].start if index + 1 < len(dated) else len(view.text)
        segment_start = dated[index - 1].end if index > 0 else 0
        segment = view.text[segment_start:segment_end]
        kind = event_type(fold(view.text[date.end : segment_end]), language) or event_type(fold(segment), language)
        if kind is None:
            continue
        owner = view.organization_before(date.start)
        found.append(
            Event(
                organization=context.subject if owner in (None, "") else owner,
                first=date.first,
                last=date.last or date.first,
                precision=date.precision,
                event_type=kind,
                title=_title(view.text[date.end : segment_end], language, view.text[segment_start : date.start]),
                evidence=quote(view.page, view.span, date.start),
            )
        )
    return found


_TIMELINE = re.compile(r"^(?P<title>[^()]{3,120}?)\s*\((?P<when>[^()]{3,40})\)\s*$")


def timeline_event(view: SentenceView, context: DocumentContext) -> Event | None:
    """A line such as 'Liderlik Eğitimi (Eylül 2023)': an event known to the month."""
    language = view.language or context.language
    match = _TIMELINE.match(view.text)
    if not match or not language:
        return None
    dates = [d for d in view.dates if d.start >= match.start("when") and d.first is not None]
    if len(dates) != 1:
        return None
    kind = event_type(fold(match.group("title")), language)
    if kind is None:
        return None
    date = dates[0]
    return Event(
        organization=context.subject,
        first=date.first,
        last=date.last or date.first,
        precision=date.precision,
        event_type=kind,
        title=match.group("title").strip(),
        evidence=quote(view.page, view.span),
    )
