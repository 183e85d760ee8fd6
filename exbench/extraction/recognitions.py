"""Awards, labels, star levels and certificates an organization received.

Received is the point: a sentence must say the organization got it (a verb of
attainment in the lexicon) and must not hope, plan or apply for it. The level
and stars come from the words; the year from a date in the sentence, the next
sentence when it dates the ceremony, or the document's own date.
"""

from __future__ import annotations

import re
from functools import cache

from exbench.extraction.lexicons import any_match, compiled, load
from exbench.extraction.model import DocumentContext, Recognition
from exbench.extraction.quotes import quote
from exbench.extraction.sentence_view import SentenceView
from exbench.language import capitals, digit_value


@cache
def _lexicon() -> dict:
    return load("recognitions")


# "Ödülüne", "Ödülünü" -> "Ödülü": the level is named in the nominative.
_SUFFIXED_AWARD = re.compile(r"(Ödül|ödül)(ü)(?:ne|nü|n|nde|nden)?$")


def _schemes_named(folded: str) -> list[tuple[str, re.Match[str]]]:
    named: list[tuple[str, re.Match[str]]] = []
    for block in _lexicon()["schemes"]:
        for pattern in block["patterns"]:
            for match in compiled(pattern).finditer(folded):
                if not any(match.start() < m.end() and m.start() < match.end() for _, m in named):
                    named.append((block["scheme"], match))
    if any(scheme != "other" for scheme, _ in named):
        named = [(scheme, m) for scheme, m in named if scheme != "other"]
    return sorted(named, key=lambda item: item[1].start())


def _stars(folded: str, start: int, end: int) -> int | None:
    match = compiled(_lexicon()["stars"]).search(folded, start, end)
    if not match:
        return None
    token = match.group(1)
    if token.isdigit():
        return int(token)
    return _lexicon()["star_words"].get(token, int(token) if token.isdigit() else None) or digit_value(token)


_NAME_WORD = re.compile(rf"^[{capitals()}][\w'’-]*$")


def _preceding_name(text: str, start: int, end: int) -> str | None:
    """'Dubai Government Excellence Programme's award': the capitalised words that name an award."""
    words = text[max(0, start - 120) : start].split()
    name: list[str] = []
    for word in reversed(words):
        if not _NAME_WORD.match(word) or len(name) >= 6:
            break
        name.insert(0, word)
    return " ".join(name + [text[start:end]]) if name else None


def _level(view: SentenceView, scheme: str, anchor: re.Match[str], language: str, window: tuple[int, int]) -> str | None:
    folded = view.folded
    if scheme == "iso":
        iso = compiled(_lexicon()["iso_level"]).match(folded, anchor.start())
        return f"{iso.group(1).upper()} {iso.group(2)}" if iso else None
    if scheme == "other":
        return _preceding_name(view.text, anchor.start(), anchor.end())
    for pattern in _lexicon()["named_levels"]:
        match = compiled(pattern).search(folded, *window)
        if match:
            return view.text[match.start() : match.end()]
    phrase = _lexicon()["award_phrase"].get(language)
    if phrase:
        start = anchor.end() if scheme in ("kalder", "efqm") else anchor.start()
        match = compiled(phrase).search(folded, start, window[1])
        if match and match.start() - start < 40:
            return _SUFFIXED_AWARD.sub(r"\1\2", view.text[match.start(1) : match.end(0)]).strip()
    if scheme == "eloge":
        return "ELoGE"
    return None


def _attained(view: SentenceView, language: str, scheme: str) -> bool:
    lexicon = _lexicon()
    if any_match(lexicon["not_attained"].get(language, []), view.folded):
        return False
    verbs = list(lexicon["attained"].get(language, []))
    if scheme == "iso":
        verbs += lexicon["iso_attained"].get(language, [])
    return any_match(verbs, view.folded)


def _dated(view: SentenceView, following: SentenceView | None):
    day = next((d for d in view.dates if d.first is not None), None)
    if day is None and following is not None and any(w in following.folded for w in _lexicon()["ceremony"]):
        day = next((d for d in following.dates if d.first is not None and d.precision == "day"), None)
    return day


def _grouped_anchors(view: SentenceView) -> list[tuple[str, str | None, re.Match[str], tuple[int, int]]]:
    """Scheme mentions of a sentence, one per (scheme, organization) in a row, each with the
    stretch of text that describes it (up to the next mention of another scheme or organization).

    "Sheffield received Recognised by EFQM 3 Star, while Leeds was awarded Committed to
    Excellence" gives two; "KalDer ... Mükemmellikte Yetkinlik 4 Yıldız" gives one.
    """
    grouped: list[list] = []
    for scheme, anchor in _schemes_named(view.folded):
        owner = view.organization_before(anchor.start())
        if grouped and grouped[-1][0] == scheme and grouped[-1][1] == owner and scheme != "iso":
            continue
        grouped.append([scheme, owner, anchor])
    result = []
    for index, (scheme, owner, anchor) in enumerate(grouped):
        previous_end = grouped[index - 1][2].end() if index else 0
        end = grouped[index + 1][2].start() if index + 1 < len(grouped) else len(view.folded)
        result.append((scheme, owner, anchor, (max(previous_end, anchor.start() - 30), end)))
    return result


def recognitions_in_sentence(view: SentenceView, following: SentenceView | None, context: DocumentContext) -> list[Recognition]:
    """Recognitions received that one sentence reports (the next one may date them)."""
    language = view.language or context.language
    if not language:
        return []
    found: list[Recognition] = []
    anchors = _grouped_anchors(view)
    for _index, (scheme, owner, anchor, window) in enumerate(anchors):
        if not _attained(view, language, scheme):
            continue
        level = _level(view, scheme, anchor, language, window)
        if scheme == "other" and level is None:
            continue  # a bare "the award" refers back to one already named
        date = _dated(view, following)
        year = date.first.year if date else context.as_of_year
        awarded_on = date.first if date and date.precision == "day" else None
        found.append(
            Recognition(
                organization=context.subject if owner in (None, "") else owner,
                scheme=scheme,
                level=level,
                stars=_stars(view.folded, *window) if scheme != "iso" else None,
                year=year,
                awarded_on=awarded_on,
                evidence=quote(view.page, view.span, anchor.start()),
            )
        )
    return found


def assessment_scheme(views: list[SentenceView]) -> str | None:
    """The scheme named where the document speaks of its assessment or award (first such mention)."""
    cues = _lexicon()["assessment_cues"]
    for view in views:
        if any(cue in view.folded for cue in cues):
            for scheme, _ in _schemes_named(view.folded):
                if scheme not in ("other", "iso"):
                    return scheme
    return None
