"""Goals and planned figures of a plan: stored apart from what was achieved.

A numbered goal heading ("Hedef 1:", "Goal 1:", "هدف ۱:") opens a goal; the
numbered items after it ("1. ...", "2. ...") are its targets, numbered across
pages. Each target keeps the figure it plans when it states one.
"""

from __future__ import annotations

import re

from exbench.extraction.lexicons import any_match, compiled, fold, load
from exbench.extraction.model import DocumentContext, Evidence, PageInput, Target
from exbench.extraction.numbers import find_numbers
from exbench.extraction.text_units import Span, lines, paragraphs
from exbench.language import to_ascii_digits

_ITEM = re.compile(r"(?:(?<=\s)|^)(\d{1,2})\.(?:\s+(?=\S)|\s*$)")
_SENTENCE_CLOSE = re.compile(r"^(.*[.!?؟])", re.S)
_SECTION_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s+\S")


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


_PLAN_HEADING_WORDS = 8
_PROSE_WORDS = 6


def _is_heading(line: Span) -> bool:
    """A short line with no closing punctuation."""
    return len(line.text.split()) <= _PLAN_HEADING_WORDS and line.text[-1] not in ".!?؟…;،,:"


def _is_plan_heading(line: str, rules: dict) -> bool:
    folded = fold(line)
    return any_match(rules.get("plan_heading", []), folded) and not any_match(rules.get("plan_heading_not", []), folded)


def _in_contents(page_lines: list[Span], index: int) -> bool:
    """Whether a line stands in a table of contents: between two numbered headings with nothing between them
    ("3. Scoring profile" / "4. Next steps" / "1. Executive summary")."""
    around = page_lines[index - 1 : index] + page_lines[index + 1 : index + 2]
    numbered = [line for line in around if _is_heading(line) and _SECTION_NUMBER.match(to_ascii_digits(line.text))]
    return len(numbered) == 2 and _SECTION_NUMBER.match(to_ascii_digits(page_lines[index].text)) is not None


def _closes(heading: Span, line: Span, rules: dict) -> bool:
    """Whether `line` ends the plan section `heading` opened. Running text ends it (a plan stated in a sentence
    says so itself; the section is for tables and lists of targets); so does a numbered heading's next number
    that is not one of its subsections ("3.7" or "4" after "3.6.5"), or, after an unnumbered heading, the next
    heading with no figure in it (a table row of targets has its value)."""
    words = line.text.split()
    if len(words) >= _PROSE_WORDS and line.text[-1] in ".!?؟…":
        return True
    own = _SECTION_NUMBER.match(to_ascii_digits(heading.text))
    number = _SECTION_NUMBER.match(to_ascii_digits(line.text))
    if own:
        mine = [int(part) for part in own.group(1).split(".")]
        theirs = [int(part) for part in number.group(1).split(".")] if number else []
        return bool(theirs) and theirs[0] in (mine[0], mine[0] + 1) and theirs[: len(mine)] != mine and theirs > mine
    return _is_heading(line) and not any(ch.isdigit() for ch in line.text) and not _is_plan_heading(line.text, rules)


def plan_sections(text: str, language: str | None) -> list[tuple[int, int]]:
    """(start, end) of the tables and lists of a page under a heading of targets or plans ("3.6.5 2024 Yılı
    Hedefleri", "Targets for 2025", "اهداف سال آینده"): a count there is planned, whatever its row says
    (lexicon structure.json `plan_heading`)."""
    rules = load("structure")["targets"].get(language or "", {})
    if not rules.get("plan_heading"):
        return []
    opening = {paragraph.start for paragraph in paragraphs(text)}  # a wrapped line inside one is no heading
    page_lines = lines(text)
    found: list[tuple[int, int]] = []
    for index, heading in enumerate(page_lines):
        if found and heading.start < found[-1][1]:
            continue
        if heading.start not in opening or not _is_heading(heading) or not _is_plan_heading(heading.text, rules):
            continue
        if _in_contents(page_lines, index):
            continue  # a line of the table of contents ("4. Next steps"): the section opens where the heading stands again
        end = next((line.start for line in page_lines[index + 1 :] if _closes(heading, line, rules)), len(text))
        found.append((heading.start, end))
    return found
