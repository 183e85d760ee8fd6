"""The areas that a share of findings or projects falls into.

"75% of improvement projects fall in 6 areas: strategy, ..." gives one row per
area (mapped to a theme) and the share as a metric. The list must have as many
items as the sentence announces, or nothing is reported.
"""

from __future__ import annotations

import re

from exbench.extraction.lexicons import any_match, compiled, load
from exbench.extraction.model import DocumentContext, FocusArea, Metric
from exbench.extraction.quotes import quote
from exbench.extraction.sentence_view import SentenceView
from exbench.extraction.themes import theme_of


def _split_list(text: str, count: int, language: str) -> list[str] | None:
    lexicon = load("structure")["focus_areas"]
    end = compiled(lexicon["list_end"][language]).search(text)
    body = text[: end.start()] if end else text
    body = re.split(r"[.;:؛]", body)[0]
    items = [item.strip(' «»"“”()') for item in re.split(lexicon["separators"][language], body)]
    items = [item for item in items if item]
    return items if len(items) == count else None


def focus_areas_in_sentence(view: SentenceView, context: DocumentContext) -> tuple[list[FocusArea], list[Metric]]:
    """Areas and the share they hold, when the sentence lists exactly the announced number of them."""
    language = view.language or context.language
    lexicon = load("structure")["focus_areas"]
    if not language or language not in lexicon["count_noun"]:
        return [], []
    subject = next((code for code, patterns in lexicon["subject"].items() if any_match(patterns, view.folded)), None)
    if subject is None:
        return [], []
    count_noun = compiled(r"⟪(\d+)⟫\s+" + lexicon["count_noun"][language] + r"\s+")
    for match in count_noun.finditer(view.templated):
        count = view.numbers[int(match.group(1))]
        if count.is_percent or not 2 <= count.value <= 20:
            continue
        tail_start = _original_offset(view, match.end())
        labels = _split_list(view.text[tail_start:], int(count.value), language)
        if not labels:
            continue
        share = next((n for n in view.numbers if n.is_percent and n.start < count.start), None)
        year = view.year() or context.cycle_year
        owner = context.subject
        areas = [
            FocusArea(
                owner,
                subject,
                label,
                theme_of(label),
                share.value if share else None,
                year,
                quote(view.page, view.span, count.start),
            )
            for label in labels
        ]
        metrics = []
        if share is not None:
            metrics.append(
                Metric(
                    owner,
                    f"{subject}_in_focus_areas_pct",
                    float(share.value),
                    year,
                    quote(view.page, view.span, share.start),
                    f"{language}.focus_areas",
                )
            )
        return areas, metrics
    return [], []


def _original_offset(view: SentenceView, templated_offset: int) -> int:
    """Map an offset of the templated text back to the sentence text."""
    shift = 0
    for index, number in enumerate(view.numbers):
        placeholder = len(f"⟪{index}⟫")
        templated_start = number.start + shift
        if templated_offset <= templated_start:
            break
        shift += placeholder - (number.end - number.start)
    return templated_offset - shift
