"""Score-table header cells headed by cycles' years ("Weight | 2022 | 2024"): the latest year's column is this
report's points, each earlier year's another cycle's to compare, unless the latest is no cycle of the organization's."""

from __future__ import annotations

import re

from exbench.extraction.lexicons import compiled
from exbench.extraction.report_lexicon import lexicon

__all__ = ["YEAR", "cycle_columns", "cycle_names"]

# A year (Gregorian or Solar Hijri): in a sentence no score; as a header's cell, a cycle's column.
YEAR = re.compile(r"(?:19|20|13|14)\d\d")


def cycle_columns(line_key: str) -> list[tuple[int, int, str]]:
    """Columns headed by cycles' years ("Weight | 2022 | 2024", "Azami Puan | 2022 Puanı | 2024 Puanı"), as
    (start, end, role): the latest year's points are this report's, each earlier year's another cycle's to
    compare. Only where two years or more head columns and a scale's words stand beside them (a weight, a
    maximum) or a points word stands with each year (after it, or before it: "امتیاز ۱۴۰۴ | امتیاز ۱۴۰۳"): a table
    of counts by year is no score table."""
    words = lexicon()["score_columns"]
    unit = words["points"] + "|" + words["points_word"]
    cell = compiled(r"(?<![\w.])(?P<before>)(?P<year>" + YEAR.pattern + r")(?:\s+(?P<unit>" + unit + r"))?(?![\w%٪])")
    # the bare points word before each year ("امتیاز ۱۴۰۴ | امتیاز ۱۴۰۳"), the unit after a year then the next year's
    before = r"(?<!\w)(?P<before>" + words["points_word"] + r")\s+(?P<year>" + YEAR.pattern + r")"
    ahead = compiled(before + r"(?:\s+(?P<unit>" + unit + r")(?!\s+" + YEAR.pattern + r"))?(?![\w%٪])")
    found = list(ahead.finditer(line_key))
    if len(found) < 2 or len(found) != len(list(compiled(YEAR.pattern).finditer(line_key))):
        found = list(cell.finditer(line_key))
    years = [int(match.group("year")) for match in found]
    if len(set(years)) < 2 or len(set(years)) != len(years):
        return []
    scale = compiled(r"(?<![\w.])(?:" + words["max"] + "|" + words["other"] + r")(?![\w%٪])")
    if not all(match.group("unit") or match.group("before") for match in found) and not scale.search(cell.sub(" ", line_key)):
        return []
    latest = max(years)
    if _foreign_cycle(line_key, found[years.index(latest)]):
        return []  # "2024 | 2025 Target": the latest year's column may be no cycle of the organization's own
    return [(m.start(), m.end(), "points" if int(m.group("year")) == latest else "compare") for m in found]


def _foreign_cycle(line_key: str, cell: re.Match[str]) -> bool:
    """Whether a word of a target, a plan or another organization touches a year's cell ("2025 Target", "Hedef
    2024", "Benchmark (2024)"): its points would be no score of this cycle's."""
    foreign = r"(?:" + lexicon()["score_cycle_foreign"] + r")"
    before = compiled(r"(?<!\w)" + foreign + r"\s*[(\[:\-–]?\s*$").search(line_key[: cell.start()])
    after = compiled(r"^\s*[(\[:\-–]?\s*" + foreign + r"(?!\w)").search(line_key[cell.end() :])
    return bool(before or after)


def cycle_names(line_key: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The words naming a cycle's column before its year in brackets ("Önceki değerlendirme (2023)", "دوره
    جاری(۱۴۰۳)", or its closing bracket mirrored by a right-to-left printer: "دوره ششم ( ۱۴۰۲("), or a cycle's word
    right before the year ("امتیاز دوره ۱۴۰۴", `cycle_word`): read as that column's, no words left over."""
    named = []
    cycle = compiled(lexicon()["score_cycle_word"])
    for index, (start, end, role) in enumerate(taken):
        if role not in ("compare", "points") or not YEAR.match(line_key[start:end]):
            continue
        if YEAR.fullmatch(line_key[start:end]) and re.match(r"\s*[)\](]", line_key[end:]):
            words = re.search(r"(?:[^\W\d_]+\s+){0,2}[^\W\d_]+\s*[(\[]\s*$", line_key[:start])
            named += [(words.start(), start, role)] if words else []
        elif words := cycle.search(line_key, taken[index - 1][1] if index else 0, start):  # "امتیاز دوره ۱۴۰۴"
            named.append((words.start(), start, role))
    return named
