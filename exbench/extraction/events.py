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

_PUNCTUATION = " ,.;:!?؟،؛\"'“”«»()"
_MAX_TITLE_WORDS = 8
_CAPITALISED = re.compile(rf"(?:(?:\d{{4}}\s*[-‐–]\s*\d{{4}}\s+)?(?:\(?[{capitals()}][\w’'()-]*\s+){{0,9}}[{capitals()}][\w’']*)")


@cache
def _lexicon() -> dict:
    return load("events")


def event_type(folded: str, language: str) -> str | None:
    """The first event type whose keywords occur in the folded text."""
    for block in _lexicon()["types"]:
        if any(compiled(p).search(folded) for p in block.get(language, [])):
            return block["type"]
    return None


def _is_head(token: str, head: str) -> bool:
    return compiled(head).fullmatch(fold(token.strip(_PUNCTUATION))) is not None


def _named_phrase(segment: str, head: str) -> str | None:
    """The longest capitalised name that ends in an event noun ("Kalite Yürütme Kurulu toplantısı"), cut after
    that noun: the words after it belong to the sentence, not to the name."""
    best: list[str] = []
    for match in _CAPITALISED.finditer(segment):
        tokens = match.group(0).split()
        following = segment[match.end() :].split(maxsplit=1)
        if following and _is_head(following[0], head):  # a capitalised name whose head noun is in lower case
            tokens.append(following[0].strip(_PUNCTUATION))
        heads = [i for i, token in enumerate(tokens) if _is_head(token, head)]
        if heads and heads[-1] >= 1 and heads[-1] + 1 > len(best):
            best = tokens[: heads[-1] + 1]
    return " ".join(best) or None


def _head_phrase(segment: str, head: str, stops: str) -> str | None:
    """In a language without capitals, the phrase an event noun opens, up to the first word of the sentence
    around it ("همایش ملی تعالی سازمانی ... در تهران برگزار شد" gives the words before "در")."""
    tokens = segment.split()
    for start, token in enumerate(tokens):
        if not _is_head(token, head):
            continue
        phrase = [token]
        for word in tokens[start + 1 : start + _MAX_TITLE_WORDS]:
            if compiled(stops).fullmatch(fold(word)) or any(ch.isdigit() for ch in word):
                break
            phrase.append(word)
            if word.endswith(tuple(_PUNCTUATION)):
                break
        if len(phrase) > 1:
            return " ".join(phrase).strip(_PUNCTUATION)
    return None


def _title(after: str, language: str, before: str = "") -> str | None:
    """The name of the activity, after the date or else before it, on one line; None when the sentence names
    none (the evidence keeps the sentence)."""
    lexicon = _lexicon()
    head = lexicon["title_heads"].get(language)
    entry = by_code(language)
    if not head or entry is None:
        return None
    if entry.cased:
        fallback = lexicon.get("title_fallback_heads", {}).get(language)
        return (
            _named_phrase(after, head)
            or _named_phrase(before, head)
            or (fallback and (_named_phrase(after, fallback) or _named_phrase(before, fallback)))
            or None
        )
    stops = lexicon.get("title_stops", {}).get(language)
    if not stops:
        return None
    return _head_phrase(after, head, stops) or _head_phrase(before, head, stops)


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
                **context.owner(owner, view.section_owner),
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
        title=" ".join(match.group("title").split()),
        evidence=quote(view.page, view.span),
    )
