"""Which of the differing scores a report's prose states for one criterion (or the total) is its own cycle's,
by the year each one's sentence dates it to."""

from __future__ import annotations

import re

from exbench.extraction.dates import gregorian_cycle
from exbench.extraction.score_headers import YEAR, ScoreRow

__all__ = ["this_cycles"]

# A sentence ends at its full stop (not a decimal point: a year may close it, "... for 2024. In ...") or a
# blank line; it may wrap over lines.
_STOPS = re.compile(r"(?<!\d)[.!?؟](?!\d)|(?<=\d{4})\.(?=\s)|\n(?=\s*\n)")
# A year standing alone: not part of a date written with slashes or dots, nor of a larger number.
_YEAR = re.compile(r"(?<![\d.,/])" + YEAR.pattern + r"(?![\d,/]|\.\d)")


def _dated(text_key: str, row: ScoreRow) -> float:
    """The year nearest to the score in its sentence ("2021 yılında 361 puanla", "In the 2022 cycle, ... scored
    297 points"), a solar year as the Gregorian one it begins in; a sentence that names none speaks of the
    report's own cycle: later than any year."""
    start = max((m.end() for m in _STOPS.finditer(text_key, 0, row.start)), default=0)
    end = _STOPS.search(text_key, row.end)
    years = [m for m in _YEAR.finditer(text_key, start, end.start() if end else len(text_key))]
    if not years:
        return float("inf")
    nearest = min(years, key=lambda m: row.start - m.end() if m.end() <= row.start else m.start() - row.end)
    return float(gregorian_cycle(int(nearest.group(0))))


def this_cycles(text_key: str, rows: list[ScoreRow]) -> list[ScoreRow]:
    """The rows, one value per criterion: where the prose states one criterion (or the total) with differing
    points, the value whose sentences are dated latest is this cycle's, the others an earlier cycle's that no
    cue word marked ("Belediye, 2021 yılında 361 puanla ..."); where no value is dated later than every other,
    which one is the report's cannot be told and none is kept."""
    dates: dict[str | None, dict[float, float]] = {}
    for row in rows:
        own = dates.setdefault(row.criterion, {})
        own[row.points] = max(own.get(row.points, float("-inf")), _dated(text_key, row))
    kept = {}
    for criterion, own in dates.items():
        latest = max(own.values())
        if sum(date == latest for date in own.values()) == 1:
            kept[criterion] = next(points for points, date in own.items() if date == latest)
    return [row for row in rows if row.criterion in kept and row.points == kept[row.criterion]]
