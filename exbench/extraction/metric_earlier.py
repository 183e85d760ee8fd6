"""A count's figure for an earlier year given beside it ("39 organisations were assessed, against 33 in 2025"): the
same count, of that year."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from exbench.extraction.dates import gregorian_cycle
from exbench.extraction.lexicons import load
from exbench.extraction.model import Metric
from exbench.extraction.quotes import quote
from exbench.extraction.sentence_view import SentenceView, compile_rule

_YEAR_REACH = 20  # how far after the earlier figure its year may stand ("against 33 in 2025")


@cache
def _patterns(language: str) -> tuple:
    block = load("metrics").get(language, {}).get("earlier_figure", {})
    return tuple(compile_rule(pattern) for pattern in block.get("after", []))


def with_earlier_figures(
    view: SentenceView, found: list[Metric], positions: list[int], language: str, own_years: tuple[int | None, ...]
) -> list[Metric]:
    """`found` and, after each count, the figure the words right after it give for an earlier year (lexicon
    `earlier_figure`: "(up from 11 in 2024)", "؛ این رقم در دوره ششم (۱۴۰۴) ۱۹ واحد بود"), as a count of the same kind and owner dated that year. A figure with no year it is given for is left
    out: "up from 33" alone does not say when. The count itself keeps its own year, not the earlier one its
    sentence names: the first of `own_years` (its paragraph's, the cycle's, the date's) that is another."""
    starts = {n.start: i for i, n in enumerate(view.numbers)}
    result = list(found)
    for metric, position in zip(found, positions, strict=True):
        index = starts.get(position)
        if index is None:
            continue
        placeholder = f"⟪{index}⟫"
        at = view.templated.find(placeholder)
        after = view.templated[at + len(placeholder) :]
        for regex, groups in _patterns(language):
            match = regex.match(after)
            if not match:
                continue
            named = {code: int(match.group(name)) for name, code in groups if match.group(name) is not None}
            earlier = view.numbers[named["earlier"]]
            if earlier.start in positions or earlier.value <= 0 or earlier.value != int(earlier.value):
                break
            year = _year(view, named, position, earlier.end)
            if metric.period_year == year:
                count_year = next((y for y in own_years if y and y != year), None)
            else:
                count_year = metric.period_year
            if year is None or count_year is None or year >= count_year:
                break
            if metric.period_year != count_year:
                result[result.index(metric)] = metric = replace(metric, period_year=count_year)
            result.append(
                replace(
                    metric,
                    value=float(earlier.value),
                    period_year=year,
                    evidence=quote(view.page, view.span, earlier.start, [(earlier.start, earlier.end)]),
                    rule=f"{metric.rule}.earlier",
                )
            )
            break
    return result


def _year(view: SentenceView, named: dict[str, int], count: int, end: int) -> int | None:
    """The year the earlier figure is given for: a year the pattern read as a number ("(۱۴۰۴)"), else the last date
    written between the count and just after the figure ("against 33 in 2025")."""
    if "year" in named:
        return gregorian_cycle(int(view.numbers[named["year"]].value))
    near = [d for d in view.dates if d.first is not None and count < d.start <= end + _YEAR_REACH]
    return near[-1].first.year if near else None
