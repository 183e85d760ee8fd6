"""Scores stated in running text: a total with or without its scale ("scored 452 points
out of a possible 1,000", "1000 puan üzerinden 438 puan", "۳۶۴ امتیاز از ۱۰۰۰"), a
criterion's points ("معیار ۱ (...) ۴۲ امتیاز", "118/200" after "Criterion 3"), and a
scoring profile written as prose, criteria by name (score_named).
The words are lexicon data (reports: scaled_score, score_statements, criterion_score).
"""

from __future__ import annotations

import re
from dataclasses import replace

from exbench.extraction.lexicons import compiled
from exbench.extraction.score_headers import YEAR, ScoreRow, lexicon, value
from exbench.extraction.score_seed import criterion_maximum, framework_maxima, model_totals, smallest_criterion_scale
from exbench.extraction.score_years import this_cycles

__all__ = [
    "SMALLEST_TOTAL",
    "floating_points",
    "floating_scores",
    "own_score",
    "scaled_readings",
    "stated_criteria",
    "statements",
]

# A total stated without its scale is believed from 100 points up: below that it is a
# criterion's (a model's total is out of 1000, its criteria out of 100 to 200).
SMALLEST_TOTAL = 100
# A sentence stating a criterion's points without their scale has at most this many words.
_SHORT_SENTENCE = 10


def scaled_readings(text_key: str) -> list[tuple[re.Match[str], float, float]]:
    """Every score stated with its scale, as (match, points, maximum), in the order the patterns find them:
    a share of a stated scale first ("۴۲ درصد از ۲۰۰ امتیاز", "200 puanın %42'si", "42% of the 200
    points": 84 of 200, the scale being the document's own, never guessed), then points with their
    scale ("118/200", "200 puan üzerinden 118"); a match overlapping one found before is left out."""
    found: list[tuple[re.Match[str], float, float]] = []
    for share, pattern in [(True, p) for p in lexicon()["percent_of_scale"]] + [(False, p) for p in lexicon()["scaled_score"]]:
        for match in compiled(pattern).finditer(text_key):
            if any(m.start() < match.end() and match.start() < m.end() for m, _, _ in found):
                continue
            maximum = value(match.group("max"))
            points = round(value(match.group("pct")) * maximum / 100, 2) if share else value(match.group("points"))
            found.append((match, points, maximum))
    return found


def _scaled(text_key: str) -> tuple[list[ScoreRow], list[tuple[int, int]]]:
    """Scores stated with their scale ("118/200", "200 puan üzerinden 118", "از ۱۰۰۰ امتیاز، ۳۶۴"):
    a criterion's where one is named just before or after, the total where the scale is a whole
    model's; a scale of something else, or of a part, is nobody's that can be told. Also where
    every score with a scale stands, kept or not: no other rule reads its numbers."""
    rows: list[ScoreRow] = []
    spans: list[tuple[int, int]] = []
    for match, points, maximum in scaled_readings(text_key):
        spans.append(match.span())
        if points > maximum:
            continue
        before = compiled(lexicon()["criterion_before"]).search(text_key, max(0, match.start() - 120), match.start())
        after = compiled(lexicon()["criterion_near"]).match(text_key, match.end())
        if maximum in model_totals():  # a whole model's scale: the total, whatever criterion is named near
            rows.append(ScoreRow(None, points, maximum, match.start(), match.end()))
        elif before or after:
            near = before or after
            if re.match(r"\w|[.,]\d", text_key[near.end("num") :]) or maximum < smallest_criterion_scale():
                continue  # a sub-criterion's ("1a", "1.2"), or a part's scale
            rows.append(ScoreRow(near.group("num"), points, maximum, match.start(), match.end()))
    return rows, spans


def floating_scores(keys: list[str], framework: str | None) -> list[tuple[int, ScoreRow]]:
    """Criteria's scores a printer moved away from their headings ("Puan: 56 / 100" lines gathered at a
    page's top), as (page index, row): scores on a criterion's scale naming no criterion, as many as a
    framework has criteria and with its criteria's maxima in its order (the report's framework first), are
    criteria 1..n in the order they stand; else none."""
    found: list[tuple[int, ScoreRow]] = []
    for index, key in enumerate(keys):
        named = {(row.start, row.end) for row in _scaled(key)[0]}
        for match, points, maximum in sorted(scaled_readings(key), key=lambda reading: reading[0].start()):
            if match.span() not in named and maximum not in model_totals():
                found.append((index, ScoreRow(None, points, maximum, *match.span())))
    maxima = tuple(row.max_points for _, row in found)
    frameworks = framework_maxima()
    for name in sorted(frameworks, key=lambda f: f != framework):
        if maxima == frameworks[name] and all(row.points <= row.max_points for _, row in found):
            return [(index, replace(row, criterion=str(n))) for n, (index, row) in enumerate(found, start=1)]
    return []


def floating_points(keys: list[str], framework: str | None) -> list[tuple[int, ScoreRow]]:
    """The floating scores that are points: none where they run 1..n, each the number of its criterion ("C1 (max
    100)" ... "C7 (max 200)": the columns of a profile laid on its side, which tell a report, not its points)."""
    found = floating_scores(keys, framework)
    return [] if [row.points for _, row in found] == list(range(1, len(found) + 1)) else found


def _other_cycle(text_key: str, row: ScoreRow) -> bool:
    """Whether the sentence a score stands in speaks of an earlier cycle about this score: the words of
    the earlier cycle are nearer to it than to any other score of the sentence ("۳۸۶ از ۱۰۰۰ ... نسبت به
    دوره قبل (۳۲۴ امتیاز)": 324 is the earlier cycle's, 386 this report's)."""
    stops = r"(?<!\d)[.!?؟](?!\d)|\n(?=\s*\n)"  # a sentence may wrap over lines ("... 356 puanla" / "almıştı.")
    start = max((m.end() for m in re.finditer(stops, text_key[: row.start])), default=0)
    end = re.compile(stops).search(text_key, row.end)
    stop = end.start() if end else len(text_key)
    scores = [
        m.span()
        for m in re.finditer(r"(?<![\d.,/])\d{2,4}(?![\d.,/])", text_key[start:stop])
        if not YEAR.fullmatch(m.group(0)) and value(m.group(0)) not in model_totals()
    ]
    ours = [(a, b) for a, b in scores if row.start <= start + a < row.end] or [(row.start - start, row.end - start)]
    for cue in compiled(lexicon()["score_other_cycle"]).finditer(text_key, start, stop):
        at = (cue.start() + cue.end()) // 2 - start
        nearest = min(scores, key=lambda span: min(abs(span[0] - at), abs(span[1] - at)), default=None)
        if nearest is None or nearest in ours:
            return True
    return False


def _on_scale(text_key: str, at: int) -> bool:
    """Whether the sentence a criterion's number stands in states the criteria's weights or maxima before it
    ("وزن معیارها ...: معیار ۱: ۱۰۰، معیار ۲: ۱۰۰", "Criterion weights: Criterion 1: 100"): a scale, no points."""
    start = max((m.end() for m in re.finditer(r"(?<!\d)[.!?؟](?!\d)|\n(?=\s*\n)", text_key[:at])), default=0)
    return compiled(lexicon()["score_scale_cue"]).search(text_key, start, at) is not None


def _criteria_in_digits(text_key: str) -> str:
    """A criterion's number in words ("معیار یک", "criterion two", "kriter üç") put in digits padded to the
    same length (the offsets stay those of the text)."""
    words = lexicon()["criterion_number_words"]
    if not words:
        return text_key
    alternatives = "|".join(sorted(words, key=len, reverse=True))
    pattern = compiled(r"(?P<lead>" + lexicon()["criterion_word_lead"] + r")(?P<word>" + alternatives + r")(?!\w)")
    return pattern.sub(lambda m: m.group("lead") + str(words[m.group("word")]).ljust(len(m.group("word"))), text_key)


def _closing_criterion(text_key: str, found: list[ScoreRow]) -> list[ScoreRow]:
    """The last criterion of a list of criteria's points, closed by the sentence's end ("..., معیار ۶: ۶۶ ، معیار
    ۷: ۵۸."): believed only right after the list's other criteria, as "Kriter 7: 58." alone could be anything."""
    last = max(found, key=lambda row: row.end, default=None)
    if last is None or len(found) < 2:
        return []
    match = compiled(lexicon()["criterion_score_last"]).match(text_key, last.end)
    if match is None or any(row.criterion == match.group("num") for row in found):
        return []
    return [ScoreRow(match.group("num"), value(match.group("points")), None, match.start("num"), match.end())]


def statements(text_key: str) -> list[ScoreRow]:
    """Scores stated in running text: the total ("scored 452 points") and criteria ("Kriter 3 (...) 58 puan")."""
    text_key = _criteria_in_digits(text_key)
    with_scale, spans = _scaled(text_key)
    found = [
        ScoreRow(match.group("num"), value(match.group("points")), None, match.start(), match.end())
        for match in compiled(lexicon()["criterion_score"]).finditer(text_key)
        if not any(start <= match.start("points") < end for start, end in spans)  # "Kriter 3: 200 puan üzerinden 118"
        and not _on_scale(text_key, match.start())
    ]
    found += _closing_criterion(text_key, found)
    taken = [(row.start, row.end) for row in found] + spans
    found += with_scale
    for pattern in lexicon()["score_statements"]:
        for match in compiled(pattern).finditer(text_key):
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue  # "معیار ۷ (...) ۶۸ امتیاز کسب کرده": a criterion's points; "118/200": read with its scale
            maximum = value(match.group("max")) if match.groupdict().get("max") else None
            points = value(match.group("points"))
            if compiled(lexicon()["criterion_near"]).match(text_key, match.end()):
                continue  # "scored 64 points in criterion 1": a criterion's, not the total
            if maximum is None and points < SMALLEST_TOTAL:
                continue  # no scale and too small for a whole model: a criterion's points, most likely
            if maximum is None and points in model_totals():
                continue  # "امتیاز کل ۱۰۰۰ ۴۸۶": a model's whole is its scale, no organization's points
            if maximum is None or points <= maximum:
                found.append(ScoreRow(None, points, maximum, match.start(), match.end()))
    # Two different totals (or two scores of one criterion) in the prose: another cycle is spoken of; the
    # one dated latest is this report's (score_years), else which one is cannot be told.
    return this_cycles(text_key, [row for row in found if not _other_cycle(text_key, row)])


def stated_criteria(text_key: str) -> int:
    """How many scores on a criterion's scale the text states for a criterion it names or calls "this
    criterion" ("معیار ۱ (...) امتیاز: ۴۶ از ۱۰۰", "Bu kriterde ... 100 puan üzerinden 46 puan"): a
    scoring profile in running text, which only a feedback report has."""
    named = {(row.start, row.end) for row in _scaled(text_key)[0] if row.criterion is not None}
    this = compiled(lexicon()["this_criterion"])
    count = 0
    for match, points, maximum in scaled_readings(text_key):
        line_start = text_key.rfind("\n", 0, match.start()) + 1
        line_end = text_key.find("\n", match.end())
        line = text_key[line_start : line_end if line_end >= 0 else len(text_key)]
        on_criterion = maximum not in model_totals() and maximum >= smallest_criterion_scale() and points <= maximum
        count += on_criterion and (match.span() in named or bool(this.search(line)))
    return count


def own_score(text_key: str, framework: str | None, criterion: str | None) -> tuple[float, float] | None:
    """The score a sentence under a criterion's heading states for it without its number ("Kriterden 100
    puan üzerinden 52 puan alınmıştır.", "امتیاز معیار پنجم ۴۴ از ۱۰۰ است.", "Kriterden alınan puan 35'tir."),
    as (points, maximum): one score, with its scale on exactly that criterion's scale in the framework, or
    without it after the points word in a short sentence; the sentence speaks of a criterion (its word, or
    the criterion's model name) and names no other one nor an earlier cycle."""
    scale = criterion_maximum(framework, criterion) if framework and criterion else None
    readings = scaled_readings(text_key)
    if scale is None or scale in model_totals() or len(readings) > 1:
        return None
    if readings:
        match, points, maximum = readings[0]
    else:
        numbers = re.findall(r"(?<![\d.,])\d+(?:[.,]\d+)?", text_key)
        match = compiled(lexicon()["points_then_number"]).search(text_key)
        if not match or len(numbers) != 1 or len(text_key.split()) > _SHORT_SENTENCE:
            return None
        points, maximum = value(match.group("points")), scale
    if maximum != scale or points > maximum:
        return None
    if {m.group("num") for m in compiled(lexicon()["criterion_mention"]).finditer(text_key)} - {criterion}:
        return None  # "Kriter 3 ..." under criterion 2's heading: another criterion's
    names = lexicon()["criterion_names"].get(framework, {}).get(criterion, [])
    spoken = compiled(r"(?<!\w)(?:" + "|".join([lexicon()["criterion_word_lead"], *names]) + r")").search(text_key)
    if not spoken or _other_cycle(text_key, ScoreRow(criterion, points, maximum, match.start(), match.end())):
        return None
    return points, maximum
