"""Awards, labels, star levels and certificates an organization received.

Received is the point: the sentence must say an organization got it (a verb of
attainment in the lexicon) and the clause that names it must not hope, plan,
apply, join or reach the shortlist. What was received comes from closed
vocabularies of each scheme's award and level names (`levels` in the
`recognitions` lexicon, each language with its inflections); a bare star level
("5 Star", "سه ستاره") takes the scheme named nearest in the sentence, else the
scheme the document is about. One recognition is made per organization of a
listed set ("Harbourside, Millbrook and Eastvale") and per year of a listed
series ("2012, 2014 ve 2021"). The year comes from the sentence, else the
paragraph, else the document's date; the organization from the organization
finder, and stays NULL when it names none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from exbench.extraction.lexicons import any_match, compiled, load
from exbench.extraction.model import DocumentContext, Recognition
from exbench.extraction.organizations import OrgMention
from exbench.extraction.quotes import quote
from exbench.extraction.recognition_listings import listed_recognitions
from exbench.extraction.recognition_years import YearRun, distance, receipt_dates, year_runs
from exbench.extraction.sentence_view import SentenceView
from exbench.language import capitals, digit_value

__all__ = ["assessment_scheme", "listed_recognitions", "recognitions_in_sentence"]


@cache
def _lexicon() -> dict:
    return load("recognitions")


@dataclass
class _Mention:
    """Something a sentence names that can be received: a level, an award, a certificate or a bare star level."""

    scheme: str | None  # None: a bare star level whose scheme is decided from its neighbours
    start: int
    end: int
    level: str | None
    stars: int | None = None
    generic: bool = False  # an award noun after a capitalised name, not a name from a scheme's vocabulary
    series: tuple[int, ...] = ()  # star levels named in a row ("two and three stars"), in order
    series_levels: tuple[str, ...] = ()  # the level of each, in base form ("Takdirname 2 Yıldız")


def _normalised(text: str) -> str:
    """One line, single spaces, no case or possessive ending after an apostrophe ("Ödülü'nü" -> "Ödülü")."""
    text = re.sub(r"['’]\w*$", "", " ".join(text.split()))
    return text.strip(" \"'“”«»()")


def _star_value(token: str) -> int | None:
    token = token.strip()
    if token.isdigit():
        return int(token)
    return _lexicon()["star_words"].get(token) or digit_value(token)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


_NAME_WORD = re.compile(rf"^[{capitals()}][\w'’-]*$")


def _preceding_name(text: str, start: int, end: int) -> str | None:
    """'Dubai Government Excellence Programme Award': the capitalised words that name an award."""
    words = text[max(0, start - 120) : start].split()
    name: list[str] = []
    for word in reversed(words):
        if not _NAME_WORD.match(word.strip("\"'“”«»")) or len(name) >= 6:
            break
        name.insert(0, word)
    return _normalised(" ".join(name + [text[start:end]])) if name else None


def _mentions(view: SentenceView) -> tuple[list[_Mention], list[tuple[str, int]]]:
    """Levels and bare star levels named in the sentence, and the scheme bodies named (scheme, position)."""
    folded, text = view.folded, view.text
    lexicon = _lexicon()
    found: list[_Mention] = []
    for block in lexicon["levels"]:
        for pattern in block["patterns"]:
            for match in compiled(pattern).finditer(folded):
                span = (match.start(), match.end())
                if any(_overlaps(span, (m.start, m.end)) for m in found):
                    continue
                level = lexicon["canonical_levels"].get(block["scheme"]) or _normalised(text[match.start() : match.end()])
                if block["scheme"] == "iso":
                    iso = compiled(lexicon["iso_level"]).match(folded, match.start())
                    level = f"{iso.group(1).upper()} {iso.group(2)}" if iso else level
                found.append(_Mention(block["scheme"], match.start(), match.end(), level))
    generic = [
        (match.start(), match.end())
        for pattern in lexicon["generic_awards"]
        for match in compiled(pattern).finditer(folded)
        if not any(_overlaps((match.start(), match.end()), (m.start, m.end)) for m in found)
    ]
    bodies = [
        (block["scheme"], match.start())
        for block in lexicon["bodies"]
        for pattern in block["patterns"]
        for match in compiled(pattern).finditer(folded)
    ]
    for start, end in generic:
        # "KalDer İlham Veren Kamu Yönetimi Proje Ödülü": an award a scheme's body gives is of that scheme
        body = next(
            (b for b in bodies if 0 < start - b[1] <= lexicon["body_award_chars"] and not _boundary(folded, b[1], start)),
            None,
        )
        if body is not None:
            found.append(_Mention(body[0], body[1], end, _normalised(text[body[1] : end])))
            continue
        name = _preceding_name(text, start, end)
        if name:
            found.append(_Mention("other", start - len(name) + (end - start), end, name, generic=True))
    found.sort(key=lambda m: m.start)
    for match in compiled(lexicon["stars"]).finditer(folded):
        # "iki ve üç yıldız", "دو و سه ستاره": a coordinated series of levels, read in order
        tokens = [t for t in compiled(lexicon["star_number"]).findall(match.group(1)) if _star_value(t)]
        series = tuple(_star_value(t) for t in tokens)
        if not series:
            continue
        noun = text[match.start() : match.end()].split()[-1]
        names = tuple(f"{t} {noun}" for t in tokens)
        owner = next((m for m in found if m.scheme and _overlaps((m.start, m.end), (match.start(), match.end()))), None)
        if owner is None:
            near = lexicon["stars_after_level_chars"]
            leveled = [m for m in found if m.scheme not in (None, "iso", "other") and m.stars is None]
            owner = next(
                (
                    m
                    for m in reversed(leveled)
                    if 0 <= match.start() - m.end <= near and not _boundary(folded, m.end, match.start())
                ),
                None,
            ) or next(  # "4 Yıldız ile Mükemmellikte Yetkinlik"
                (m for m in leveled if 0 <= m.start - match.end() <= near and not _boundary(folded, match.end(), m.start)),
                None,
            )
        if owner is not None:
            owner.stars, owner.series = series[-1], series
            owner.series_levels = tuple(_normalised(f"{owner.level} {name}") for name in names)
            owner.level = owner.series_levels[-1]
            continue
        found.append(
            _Mention(None, match.start(), match.end(), _normalised(names[-1]), series[-1], series=series, series_levels=names)
        )
    found.sort(key=lambda m: m.start)
    return found, bodies


def _boundary(folded: str, start: int, end: int) -> bool:
    return bool(compiled(_lexicon()["clause_boundary"]).search(folded, start, end))


def _with_schemes(mentions: list[_Mention], bodies: list[tuple[str, int]], document_scheme: str | None) -> list[_Mention]:
    """A bare star level takes the scheme named nearest in the sentence, else the document's; unplaced ones are dropped."""
    for mention in mentions:
        if mention.scheme is None:
            named = [(abs(m.start - mention.start), m.scheme) for m in mentions if m.scheme not in (None, "iso", "other")]
            named += [(abs(position - mention.start), scheme) for scheme, position in bodies]
            mention.scheme = min(named)[1] if named else document_scheme
    return [m for m in mentions if m.scheme is not None]


def _in_brackets(folded: str, mention: _Mention) -> bool:
    before = folded[: mention.start]
    return before.count("(") > before.count(")")


def _clause(folded: str, mention: _Mention) -> tuple[int, int]:
    """The clause around a mention: up to the nearest boundary (comma, coordinator, full stop) on each side."""
    boundary = compiled(_lexicon()["clause_boundary"])
    start = max((m.end() for m in boundary.finditer(folded, 0, mention.start)), default=0)
    after = boundary.search(folded, mention.end)
    return start, after.start() if after else len(folded)


def _owners(view: SentenceView, mention: _Mention, previous_end: int, next_start: int) -> list[str] | None:
    """Canonical names of the organizations that received a mention ("" is the document's own);
    None when the sentence names none. A coordinated list ("X, Y ve Z belediyelerine") gives each."""
    folded = view.folded
    givers = [compiled(p) for p in _lexicon()["giver_after"]]
    before_givers = [compiled(p) for p in _lexicon()["giver_before"]]

    def giver(m: OrgMention) -> bool:
        last_word = folded[m.start : m.end].split()[-1:] or [""]
        probe = last_word[0] + folded[m.end : m.end + 30]
        return any(p.match(probe) for p in givers) or any(p.search(folded[max(0, m.start - 30) : m.start]) for p in before_givers)

    givers_named = {m.canonical for m in view.organizations if m.canonical and giver(m)}  # "Derneği'nden (KalDer)": the alias too
    candidates = [m for m in view.organizations if m.canonical not in givers_named]
    before = [m for m in candidates if previous_end <= m.start and m.end <= mention.start]
    after = [m for m in candidates if mention.end <= m.start and m.end <= next_start]
    if before:
        chosen = [before[-1]]
        pool = before
    elif after:
        chosen, pool = [after[0]], after
    else:
        earlier = [m for m in candidates if m.end <= mention.start]
        if not earlier:
            return None
        chosen, pool = [earlier[-1]], earlier
    joiner = compiled(_lexicon()["list_joiner"])
    if chosen[0] in pool:
        index = pool.index(chosen[0])
        if pool is after:  # "awarded to Harbourside, Millbrook and Eastvale"
            for nxt in pool[index + 1 :]:
                if not joiner.fullmatch(folded, chosen[-1].end, nxt.start):
                    break
                chosen.append(nxt)
        else:
            for prev in reversed(pool[:index]):
                if not joiner.fullmatch(folded, prev.end, chosen[0].start):
                    break
                chosen.insert(0, prev)
    return [m.canonical for m in chosen]


def _negated(view: SentenceView, language: str, clause: tuple[int, int]) -> bool:
    return any_match(_lexicon()["not_attained"].get(language, []), view.folded[clause[0] : clause[1]])


def _attained(view: SentenceView, language: str, scheme: str) -> bool:
    lexicon = _lexicon()
    verbs = list(lexicon["attained"].get(language, []))
    if scheme == "iso":
        verbs += lexicon["iso_attained"].get(language, [])
    return any_match(verbs, view.folded)


def _years(
    view: SentenceView,
    mentions: list[_Mention],
    runs: list[YearRun],
) -> dict[int, tuple[int, ...]]:
    """Each run of years goes to the mention it stands nearest to (index of mention -> years)."""
    chosen: dict[int, tuple[int, int, YearRun]] = {}
    for run in runs:
        scored = [
            (distance(view.folded, run, m.start, m.end), index)
            for index, m in enumerate(mentions)
            if not (m.start <= run.start and run.end <= m.end)  # "ISO 45001:2018": an edition, no year
        ]
        if not scored:
            continue
        best, index = min(scored)
        if index not in chosen or best < chosen[index][0]:
            chosen[index] = (best, index, run)
    return {index: run.years for index, (_, _, run) in chosen.items()}


def _ceremony_year(view: SentenceView, following: SentenceView | None) -> tuple[int | None, object]:
    """A day in the next sentence when it dates the ceremony ("The labels were presented on 24 November")."""
    if following is None or not any(w in following.folded for w in _lexicon()["ceremony"]):
        return None, None
    day = next((d for d in following.dates if d.first is not None and d.precision == "day"), None)
    return (day.first.year, day.first) if day else (None, None)


def recognitions_in_sentence(
    view: SentenceView,
    following: SentenceView | None,
    context: DocumentContext,
    paragraph_year: int | None = None,
    document_scheme: str | None = None,
) -> list[Recognition]:
    """Recognitions received that one sentence reports (the next one may date them)."""
    language = view.language or context.language
    if not language:
        return []
    mentions, bodies = _mentions(view)
    if not mentions:
        return []
    outside = [m for m in mentions if not _in_brackets(view.folded, m)]
    mentions = outside or mentions  # "(200-299 points: two stars; ...)": band definitions beside the result
    mentions = _with_schemes(mentions, bodies, document_scheme)
    runs = year_runs(view.text, view.folded, view.dates, language)
    years_by_mention = _years(view, mentions, runs)
    ceremony_year, ceremony_day = _ceremony_year(view, following)
    received = receipt_dates(view.folded, view.dates, language)
    day = next((d for d in received if d.precision == "day"), None)
    # a year this sentence gives only as a deadline or a start does not date it through its paragraph either
    elsewhere = {d.first.year for d in view.dates if d.first is not None} - {d.first.year for d in received}
    # "… Büyük Ödülü'nü ise Ilıca Enerji A.Ş. | aldı.": a sentence cut after an abbreviation goes on in the next
    continued = following is not None and following.text[:1].islower()
    found: list[Recognition] = []
    for index, mention in enumerate(mentions):
        if not (_attained(view, language, mention.scheme) or (continued and _attained(following, language, mention.scheme))):
            continue
        if _negated(view, language, _clause(view.folded, mention)):
            continue
        previous_end = mentions[index - 1].end if index else 0
        next_start = mentions[index + 1].start if index + 1 < len(mentions) else len(view.folded)
        owners = _owners(view, mention, previous_end, next_start)
        if mention.generic and (
            owners is None
            or any_match(_lexicon()["person_cues"].get(language, []), view.folded[slice(*_clause(view.folded, mention))])
        ):
            continue  # an award no organization is named for, or a person is: a personal honour
        if owners is None and any_match(_lexicon()["unnamed_receivers"].get(language, []), view.folded):
            continue  # "Four municipalities receive ...": the receivers are named elsewhere, not here
        years = years_by_mention.get(index)
        awarded_on = None
        if years is None:
            if day is not None:
                years, awarded_on = (day.first.year,), day.first
            elif ceremony_year is not None:
                years, awarded_on = (ceremony_year,), ceremony_day
            else:
                fallback = paragraph_year if paragraph_year not in elsewhere else None
                fallback = fallback or context.as_of_year
                years = (fallback,)
        elif len(years) == 1 and day is not None and day.first.year == years[0]:
            awarded_on = day.first
        # "1396 و 1397 به ترتیب دو و سه ستاره": as many levels as years go pairwise
        paired = len(mention.series) == len(years) > 1
        for owner in owners or [None]:
            for position, year in enumerate(years):
                stars = mention.series[position] if paired else mention.stars
                level = mention.series_levels[position] if paired else mention.level
                found.append(
                    Recognition(
                        **context.owner(owner, view.section_owner),
                        scheme=mention.scheme,
                        level=level,
                        stars=stars if mention.scheme != "iso" else None,
                        year=year,
                        awarded_on=awarded_on if len(years) == 1 else None,
                        evidence=quote(view.page, view.span, mention.start),
                    )
                )
    seen: set = set()
    unique = []
    for recognition in found:
        # one level named twice ("Avrupa ... Markası (ELoGE)") is one; each ISO standard is its own certificate
        level = recognition.level if recognition.scheme == "iso" else None
        key = (recognition.organization, recognition.scheme, recognition.stars, recognition.year, level)
        if key not in seen:
            seen.add(key)
            unique.append(recognition)
    return unique


def assessment_scheme(views: list[SentenceView]) -> str | None:
    """The scheme named where the document speaks of its assessment or award (first such mention)."""
    cues = _lexicon()["assessment_cues"]
    for view in views:
        if any(cue in view.folded for cue in cues):
            mentions, bodies = _mentions(view)
            named = [(m.start, m.scheme) for m in _with_schemes(mentions, bodies, None)]
            # a programme or award body counts; the model's name alone ("EFQM Temel Eğitimi") does not
            named += [(position, scheme) for scheme, position in bodies if scheme not in _lexicon()["model_bodies"]]
            for _, scheme in sorted(named):
                if scheme not in ("other", "iso"):
                    return scheme
    return None
