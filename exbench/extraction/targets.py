"""Goals and planned figures of a plan: stored apart from what was achieved.

A numbered goal heading ("Hedef 1:", "Goal 1:", "هدف ۱:") opens a goal; the
numbered items after it ("1. ...", "2. ...") are its targets, numbered across
pages. Each target keeps the figure it plans when it states one.
"""

from __future__ import annotations

import re

from exbench.extraction.lexicons import compiled, fold, load
from exbench.extraction.model import DocumentContext, Evidence, PageInput, Target
from exbench.extraction.numbers import find_numbers
from exbench.language import to_ascii_digits

_ITEM = re.compile(r"(?:(?<=\s)|^)(\d{1,2})\.(?:\s+(?=\S)|\s*$)")
_SENTENCE_CLOSE = re.compile(r"^(.*[.!?؟])", re.S)


def _period(pages: list[PageInput], language: str) -> int | None:
    rules = load("structure")["targets"][language]
    for page in pages:
        match = compiled(rules["period"]).search(fold(page.text))
        if match:
            year = next(group for group in match.groups() if group)
            return int(to_ascii_digits(year))
    return None


def _value(text: str, language: str) -> float | None:
    cue = compiled(load("structure")["targets"][language]["value_cue"])
    numbers = [n for n in find_numbers(text, language) if not (1900 <= n.value <= 2100) and not n.is_percent]
    for number in numbers:
        if cue.search(fold(text[: number.start])):
            return float(number.value)
    return float(numbers[0].value) if numbers else None


def _item_text(text: str) -> str:
    closed = _SENTENCE_CLOSE.match(text)
    return (closed.group(1) if closed else text).strip()


def _one_line(text: str) -> str:
    """A title as one line: the page's line breaks and runs of spaces are layout, not words (the evidence keeps
    them)."""
    return " ".join(text.split())


def extract_targets(pages: list[PageInput], context: DocumentContext) -> list[Target]:
    """Every goal and numbered target item of the document, in order."""
    language = context.language
    if language not in load("structure")["targets"]:
        return []
    rules = load("structure")["targets"][language]
    period = _period(pages, language)
    goal: str | None = None
    found: dict[str, Target] = {}
    last_item: dict[str, int] = {}  # items count 1, 2, 3... within a goal, across pages
    pending: tuple[str, str] | None = None  # an item number that closed a page with its words on the next
    for page in pages:
        folded = fold(page.text)
        markers = [
            (m.start(), m.end(), "goal", to_ascii_digits(m.group(1))) for m in compiled(rules["goal_heading"]).finditer(folded)
        ]
        markers += [(m.start(), m.end(), "aims", "") for m in compiled(rules["aims_heading"]).finditer(folded)]
        markers += [(m.start(), m.end(), "item", m.group(1)) for m in _ITEM.finditer(page.text)]
        markers.sort()
        if pending is not None:
            markers.insert(0, (0, 0, "item", pending[1]))
            goal, pending = pending[0], None
        for index, (_start, end, kind, number) in enumerate(markers):
            next_start = markers[index + 1][0] if index + 1 < len(markers) else len(page.text)
            body = _item_text(page.text[end:next_start])
            if kind == "goal":
                goal = f"H{number}"
                if goal not in found and body:
                    found[goal] = Target(context.subject, goal, _one_line(body), None, period, Evidence(page.page_number, body))
            elif kind == "aims":
                goal = "A"
            elif goal is not None and not body and index + 1 == len(markers):
                pending = (goal, number)
            elif goal is not None and body and int(number) == last_item.get(goal, 0) + 1:
                last_item[goal] = int(number)
                code = f"{goal}.{number}" if goal != "A" else f"A{number}"
                if code not in found:
                    found[code] = Target(
                        context.subject,
                        code,
                        _one_line(body),
                        _value(body, language),
                        period if goal != "A" else None,
                        Evidence(page.page_number, body),
                    )
    return list(found.values())
