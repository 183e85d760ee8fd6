"""A team given only by its kinds of assessors ("تیم ارزیابی ۳ ارزیاب داخلی و ۱ ارزیاب خارجی"): its size too."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from exbench.extraction.lexicons import load
from exbench.extraction.model import Metric
from exbench.extraction.sentence_view import SentenceView, compile_rule


@cache
def _patterns(language: str) -> tuple:
    block = load("metrics").get(language, {}).get("team_of_kinds", {})
    return tuple(compile_rule(pattern) for pattern in block.get("patterns", []))


def with_team_total(
    view: SentenceView, found: list[Metric], positions: list[int], language: str
) -> tuple[list[Metric], list[int]]:
    """`found` and the size of the one team (lexicon `team_of_kinds`: a team in the singular, "تیمی متشکل از ۲ ارزیاب
    داخلی و ۱ ارزیاب خارجی") whose members the sentence counts only by kind, as the writers count its assessors; a
    sentence that gives the size itself ("۴ ارزیاب (۳ ارزیاب داخلی و ۱ ارزیاب خارجی)") or speaks of teams in the
    plural (a programme's pool) adds none."""
    if any(m.metric_code == "assessors" for m in found):
        return found, positions
    for regex, groups in _patterns(language):
        match = regex.search(view.templated)
        if not match:
            continue
        starts = {view.numbers[int(match.group(name))].start: code for name, code in groups}
        parts = [(m, p) for m, p in zip(found, positions, strict=True) if starts.get(p) == m.metric_code]
        if len(parts) != len(starts):
            continue
        first, position = parts[0]
        total = replace(first, metric_code="assessors", value=sum(m.value for m, _ in parts), rule=f"{first.rule}.team_total")
        return [*found, total], [*positions, position]
    return found, positions
