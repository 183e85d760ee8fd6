"""Awards, labels, star levels and certificates an organization received.

Received is the point: the sentence must say an organization got it (a verb of
attainment in the lexicon) and the clause that names it must not hope, plan,
apply, join or reach the shortlist. What was received comes from closed
vocabularies of each scheme's award and level names (`levels` in the
`recognitions` lexicon, each language with its inflections); a bare star level
("5 Star", "سه ستاره") takes the scheme named nearest in the sentence, else the
scheme the document is about. One recognition is made per organization of a
listed set ("Ashby, Brampton and Coldwell") and per year of a listed
series ("2012, 2014 ve 2021"). The year comes from the sentence, else the
paragraph, else the document's date; the organization from the organization
finder, and stays NULL when it names none.
"""

from __future__ import annotations

import re

from exbench.extraction.lexicons import any_match, compiled
from exbench.extraction.model import DocumentContext, Recognition
from exbench.extraction.quotes import quote
from exbench.extraction.recognition_listings import listed_recognitions
from exbench.extraction.recognition_mentions import Mention, document_year, lexicon, mentions_in, with_schemes
from exbench.extraction.recognition_owners import owners_of, referenced_owner
from exbench.extraction.recognition_years import YearRun, distance, receipt_dates, year_runs
from exbench.extraction.sentence_view import SentenceView
from exbench.language import to_ascii_digits

__all__ = ["assessment_scheme", "listed_recognitions", "recognitions_in_sentence", "scheme_named_most"]


def _in_brackets(folded: str, mention: Mention) -> bool:
    before = folded[: mention.start]
    return before.count("(") > before.count(")")


def _clause(folded: str, mention: Mention) -> tuple[int, int]:
    """The clause around a mention: up to the nearest boundary (comma, coordinator, full stop) on each side."""
    boundary = compiled(lexicon()["clause_boundary"])
    start = max((m.end() for m in boundary.finditer(folded, 0, mention.start)), default=0)
    after = boundary.search(folded, mention.end)
    return start, after.start() if after else len(folded)


def _negated(view: SentenceView, language: str, clause: tuple[int, int]) -> bool:
    return any_match(lexicon()["not_attained"].get(language, []), view.folded[clause[0] : clause[1]])


def _attained(view: SentenceView, language: str, scheme: str) -> bool:
    words = lexicon()
    verbs = list(words["attained"].get(language, []))
    if scheme == "iso":
        verbs += words["iso_attained"].get(language, [])
    return any_match(verbs, view.folded)


def _years(
    view: SentenceView,
    mentions: list[Mention],
    runs: list[YearRun],
) -> dict[int, tuple[int, ...]]:
    """Each run of years goes to the mention it stands nearest to (index of mention -> years); a series
    said to go "respectively" with as many levels after it goes year by year ("۱۳۹۹ و ۱۴۰۱ به ترتیب A و B")."""
    chosen: dict[int, tuple[int, int, YearRun]] = {}
    paired: dict[int, tuple[int, ...]] = {}
    respectively = any_match(lexicon()["respectively"].get(view.language or "", []), view.folded)
    for run in runs:
        following = [index for index, m in enumerate(mentions) if m.start >= run.end and not m.series[1:]]
        if respectively and len(run.years) > 1 and len(following) >= len(run.years):
            paired.update({index: (year,) for index, year in zip(following, run.years, strict=False)})
            continue
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
    found = {index: run.years for index, (_, _, run) in chosen.items() if index not in paired} | paired
    opening = len(runs) == 1 and len(runs[0].years) == 1 and mentions and runs[0].end <= mentions[0].start
    if opening and not any_match(lexicon()["new_time"].get(view.language or "", []), view.folded):
        # "در آیین پایانی جشنواره در آذر ۱۴۰۲، A تندیس زرین ... و B لوح سه ستاره گرفت": a date that opens the
        # sentence dates all it tells
        found = {index: found.get(index, runs[0].years) for index in range(len(mentions))}
    return found


_YEAR = re.compile(r"(?<![\d.,/:-])((?:19|20)\d\d|1[34]\d\d)(?![\d.,/:-]\d)")


def _preceding_ceremony_year(view: SentenceView) -> int | None:
    """The one year of the sentence before, in its paragraph, when both speak of the ceremony ("Ödülleri 2023
    töreni ... yapıldı. Törende X'e ... verildi."): the later sentence tells what was given there."""
    cues = lexicon()["ceremony"]
    if not view.preceding or not any(w in view.folded for w in cues) or not any(w in view.preceding for w in cues):
        return None
    years = {int(y) for y in _YEAR.findall(to_ascii_digits(view.preceding))}
    years = {y + 621 if y < 1900 else y for y in years}
    return years.pop() if len(years) == 1 else None


def _same_again(found: list[Recognition], following: SentenceView | None, language: str) -> list[Recognition]:
    """ "… Ödülü’nü kazandı. Belediye, aynı ödülü 2021’de de almıştı.": the next sentence gives the level
    just named again ("the same award", "همین جایزه") in other years; the receiver stays, unless it names one."""
    if not found or following is None or not any_match(lexicon()["same_award"].get(language, []), following.folded):
        return []
    if mentions_in(following)[0] or not _attained(following, language, found[-1].scheme):
        return []
    years = [year for run in year_runs(following.text, following.folded, following.dates, language) for year in run.years]
    named = [m.canonical for m in following.organizations if m.canonical]
    last = found[-1]
    evidence = quote(following.page, following.span, 0)
    return [
        Recognition(
            **{
                **vars(last),
                "organization": named[0] if named else last.organization,
                "year": year,
                "awarded_on": None,
                "evidence": evidence,
            }
        )
        for year in dict.fromkeys(years)
        if year != last.year
    ]


_OPENING_QUOTES, _CLOSING_QUOTES = "“«„", "”»"


def _quoted(text: str, position: int) -> bool:
    """Whether a position stands inside quoted speech (an opening quotation mark before it not yet closed)."""
    before = text[:position]
    return sum(before.count(q) for q in _OPENING_QUOTES) > sum(before.count(q) for q in _CLOSING_QUOTES)


def _receiver_end(view: SentenceView, owners: list[str] | None, before: int) -> int:
    """Where the receiver named last before a mention ends (the clause's start when none is before it)."""
    ends = [m.end for m in view.organizations if owners and m.canonical in owners and m.end <= before]
    return max(ends) if ends else _clause(view.folded, Mention(None, before, before, None))[0]


def _relative_year(clause: str, language: str) -> int | None:
    """A year told relative to the document's ("last year's winner", "geçen yıl", "پارسال"): its offset."""
    for pattern, offset in lexicon()["relative_years"].get(language, {}).items():
        if compiled(pattern).search(clause):
            return offset
    return None


def _ceremony_year(view: SentenceView, following: SentenceView | None) -> tuple[int | None, object]:
    """A day in the next sentence when it dates the ceremony ("The labels were presented on 24 November")."""
    if following is None or not any(w in following.folded for w in lexicon()["ceremony"]):
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
    mentions, bodies = mentions_in(view)
    if not mentions:
        return []
    outside = [m for m in mentions if not _in_brackets(view.folded, m)]
    mentions = outside or mentions  # "(200-299 points: two stars; ...)": band definitions beside the result
    frame = lexicon()["programme_after"].get(language, [])
    # "Türkiye Mükemmellik Ödülü sürecinde ... belgesi": the award names the programme, the level was received
    mentions = [m for m in mentions if not any(compiled(p).match(view.folded[m.end :]) for p in frame)]
    mentions = _in_context(view.folded, with_schemes(mentions, bodies, document_scheme), bodies, document_scheme)
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
        owners = owners_of(view, mention, previous_end, next_start)
        if owners is None:
            owners = referenced_owner(view, language, mention.start)
        # between the receiver and the award, and the award's clause: "X Council's chief executive Dr. Y received"
        lead = view.folded[_receiver_end(view, owners, mention.start) : _clause(view.folded, mention)[1]]
        if mention.generic and (owners is None or any_match(lexicon()["person_cues"].get(language, []), lead)):
            continue  # an award no organization is named for, or a person is: a personal honour
        if owners is None and any_match(lexicon()["unnamed_receivers"].get(language, []), view.folded):
            continue  # "Four municipalities receive ...": the receivers are named elsewhere, not here
        if owners is None and _quoted(view.text, mention.start):
            continue  # "“2019’da 2 yıldızla başladık …” — a mayor": the speaker's organization, not the document's
        if owners is None and view.text[:1].islower():
            continue  # "… Ulaşım A.Ş. | de … belgesini aldı": cut after an abbreviation, its receiver is in the part before
        years = years_by_mention.get(index)
        awarded_on = None
        if years is None and any_match(
            lexicon()["earlier_cycle"].get(language, []), view.folded[slice(*_clause(view.folded, mention))]
        ):
            continue  # "در دوره اول سه ستاره گرفته بود": an earlier round the text gives no year for
        relative = _relative_year(view.folded[slice(*_clause(view.folded, mention))], language)
        if years is None and relative is not None and document_year(context, language) is not None:
            years = (document_year(context, language) + relative,)  # "last year’s winner of the UK Excellence Award"
        if years is None:
            if day is not None:
                years, awarded_on = (day.first.year,), day.first
            elif ceremony_year is not None:
                years, awarded_on = (ceremony_year,), ceremony_day
            elif (told_before := _preceding_ceremony_year(view)) is not None:
                years = (told_before,)
            else:
                # a paragraph year the next sentence names belongs to what that sentence tells ("It first ... in 2018")
                told_next = following is not None and paragraph_year in {d.first.year for d in following.dates if d.first}
                # nor one this sentence gives to another level ("in 2020 A, and this year B")
                told_here = any(paragraph_year in run.years for run in runs)
                fallback = paragraph_year if paragraph_year not in elsewhere and not (told_next or told_here) else None
                fallback = fallback or document_year(context, language, view.folded)
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
    found += _same_again(found, following, language)
    seen: set = set()
    unique = []
    for recognition in found:
        if _named_again(recognition, found):
            continue
        # one level named twice ("Avrupa ... Markası (ELoGE)") is one; each ISO standard is its own certificate
        level = recognition.level if recognition.scheme == "iso" else None
        key = (recognition.organization, recognition.scheme, recognition.stars, recognition.year, level)
        if key not in seen:
            seen.add(key)
            unique.append(recognition)
    return unique


def _in_context(
    folded: str, mentions: list[Mention], bodies: list[tuple[str, int]], document_scheme: str | None
) -> list[Mention]:
    """A level two schemes share ("تقدیرنامه سه ستاره") is the other scheme's where the words right after it
    name the other ("تندیس زرین جشنواره"), or the sentence names no scheme's body and the document is about
    the other (a municipal festival's report)."""
    named = {scheme for scheme, _ in bodies}
    switched: set[str] = set()
    for mention in mentions:
        for other, cues in lexicon()["context_schemes"].get(mention.scheme, {}).items():
            after = any(compiled(cue).match(folded, mention.end) for cue in cues)
            if mention.scheme not in named and (after or (document_scheme == other and not named)):
                switched.add(mention.scheme)
                mention.scheme = other
                break
    for mention in mentions:  # "A تندیس زرین جشنواره را گرفت و B تقدیرنامه چهار ستاره": one festival
        for other in lexicon()["context_schemes"].get(mention.scheme, {}):
            if mention.scheme in switched and mention.scheme not in named:
                mention.scheme = other
    return mentions


def _named_again(recognition: Recognition, found: list[Recognition]) -> bool:
    """ "… تقدیرنامه چهار ستاره … و این تقدیرنامه …": the level named again without its stars is the same one."""
    return recognition.stars is None and any(
        other.stars is not None
        and other.level != recognition.level
        and (other.level or "").startswith(recognition.level or "\0")
        and (other.organization, other.scheme, other.year) == (recognition.organization, recognition.scheme, recognition.year)
        for other in found
    )


def assessment_scheme(views: list[SentenceView]) -> str | None:
    """The scheme named where the document speaks of its assessment or award (first such mention)."""
    cues = lexicon()["assessment_cues"]
    for view in views:
        if any(cue in view.folded for cue in cues):
            mentions, bodies = mentions_in(view)
            named = [(m.start, m.scheme) for m in with_schemes(mentions, bodies, None)]
            # a programme or award body counts; the model's name alone ("EFQM Temel Eğitimi") does not
            named += [(position, scheme) for scheme, position in bodies if scheme not in lexicon()["model_bodies"]]
            for _, scheme in sorted(named):
                if scheme not in ("other", "iso"):
                    return scheme
    return None


def scheme_named_most(views: list[SentenceView]) -> str | None:
    """A page that speaks of no assessment (a winners page, a news story) is about the scheme it names the
    levels of, outside plans and applications: the one that holds at least two thirds of those levels, none
    when no scheme does."""
    counts: dict[str, int] = {}
    for view in views:
        for mention in mentions_in(view)[0]:
            # "... sürecine Mükemmellikte Kararlılık düzeyinde başvurması": a plan names no scheme of the page
            if mention.scheme not in (None, "other", "iso") and not _negated(
                view, view.language or "", _clause(view.folded, mention)
            ):
                counts[mention.scheme] = counts.get(mention.scheme, 0) + 1
    total = sum(counts.values())
    scheme = max(counts, key=counts.get, default=None)
    return scheme if scheme and total >= 2 and 3 * counts[scheme] >= 2 * total else None
