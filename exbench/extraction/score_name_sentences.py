"""Criteria's scores stated one sentence each, the criterion by its model name ("Paydaşları Dahil Etmek
kriterinde kurum 57 puan almıştır", "... kriteri 200 puan ağırlığındadır ve kurum bu kriterden 118 puan
almıştır", "Paydaş Algıları için 200 puandan 102 puan, Stratejik ve Operasyonel Performans için ise 200
puandan 71 puan verilmiştir")."""

from __future__ import annotations

import re

from exbench.extraction.lexicons import compiled
from exbench.extraction.score_headers import ScoreRow, lexicon, value
from exbench.extraction.score_seed import criterion_maximum
from exbench.extraction.score_statements import scaled_readings

__all__ = ["name_sentence_scores"]

# A scoring profile in such sentences is believed from this many criteria.
_LEAST_NAMED = 3
# A clause ends at a full stop (not a decimal point), a semicolon or a blank line.
_CLAUSE = re.compile(r"(?<!\d)[.!?؟;؛](?!\d)|\n(?=\s*\n)")


def _points(text_key: str, start: int, end: int, maximum: float) -> set[float]:
    """The points a stretch of a clause states: numbers with the points word after them ("64 puan", "۱۱۸
    امتیاز", "46 points") or read with their scale ("100 üzerinden 55"), the criterion's maximum being its
    scale, not its points ("kriterin 100 puanından", "200 puan ağırlığındadır")."""
    words = lexicon()["score_columns"]["points_word"]
    numbers = compiled(r"(?<![\d.,/])(?P<points>\d{1,3})(?:['’][^\W\d_]+)?\s*(?:" + words + r")")
    found = {value(m.group("points")) for m in numbers.finditer(text_key, start, end)}
    found |= {points for match, points, scale in scaled_readings(text_key[start:end]) if scale == maximum}
    return {points for points in found if points != maximum}


def name_sentence_scores(text_key: str, framework: str | None) -> list[ScoreRow]:
    """Each criterion's points from the clauses that name it by the model's name and state one number of
    points for it beside its scale, from its name to the next criterion's name; a clause that speaks of an
    earlier cycle gives none. Only where three criteria or more are so stated, each once, within its maximum
    (the report's framework's names first)."""
    names = lexicon()["criterion_names"]
    earlier = compiled(lexicon()["score_other_cycle"])
    bounds = [0, *(m.end() for m in _CLAUSE.finditer(text_key)), len(text_key)]
    for candidate in ([framework] if framework in names else []) + [f for f in names if f != framework]:
        found: dict[str, set[float]] = {}
        where: dict[str, tuple[int, int]] = {}
        patterns = {code: compiled(r"(?<![\w&])(?:" + "|".join(p) + r")(?!\w)") for code, p in names[candidate].items()}
        for start, end in zip(bounds, bounds[1:], strict=False):
            if earlier.search(text_key, start, end):
                continue
            named = sorted(
                (m.start(), -m.end(), code) for code, pattern in patterns.items() for m in pattern.finditer(text_key, start, end)
            )
            named = [n for i, n in enumerate(named) if not i or n[0] >= -named[i - 1][1]]  # the longer of two overlapping
            for index, (at, stop, code) in enumerate(named):
                upto = named[index + 1][0] if index + 1 < len(named) else end
                maximum = criterion_maximum(candidate, code)
                points = _points(text_key, -stop, upto, maximum) if maximum else set()
                if len(points) == 1:
                    found.setdefault(code, set()).update(points)
                    where[code] = (at, upto)
        rows = [
            ScoreRow(code, points.pop(), criterion_maximum(candidate, code), *where[code])
            for code, points in found.items()
            if len(points) == 1 and max(points) <= (criterion_maximum(candidate, code) or 0)
        ]
        if len(rows) >= _LEAST_NAMED:
            return sorted(rows, key=lambda row: row.start)
    return []
