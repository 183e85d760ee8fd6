"""Figures of a stats block, where each number stands on a line above its caption, and counts a narrow column
breaks from their nouns.

A web page's "in numbers" block prints a big figure with its caption under it
("126" / "volunteer assessors" / "took part"); the page's text then has the
number alone on a line and the caption in short lines after it, so no sentence
holds both. A figure is read with its caption only inside a block of at least
two such figures in a row: a lone number over a short line is as often a
section number over its heading ("2" / "Strengths").
"""

from __future__ import annotations

import re
from dataclasses import replace

from exbench.extraction.sentence_view import SentenceView
from exbench.extraction.text_units import Span

_CAPTION_LINES = 3  # a caption wraps over a few short lines at most
_CAPTION_WORDS = 8
_LINE_WORDS = 5
_MIN_FIGURES = 2
_YEAR = re.compile(
    r"(?:19|20)\d\d"
)  # a year in a caption dates the figure ("11" / "municipalities completed the" / "2025 ELoGE assessment")


def _is_figure(view: SentenceView) -> bool:
    """A unit that is one number and nothing else ("3,820", "۱۲۶", "85%")."""
    return len(view.numbers) == 1 and view.numbers[0].start == 0 and view.numbers[0].end == len(view.text)


def _is_measure(view: SentenceView) -> bool:
    """A figure with its unit in small letters, and maybe its caption ("5 days" / "on site", "4 gün" / "saha
    ziyareti"): a figure of the block that is no count of a metric, which does not break the block's run."""
    rest = view.text[view.numbers[0].end :].split() if len(view.numbers) == 1 and view.numbers[0].start == 0 else []
    return (
        0 < len(rest) <= _CAPTION_WORDS
        and rest[0][:1].islower()
        and not any(c.isdigit() for c in view.text[view.numbers[0].end :])
        and view.text[-1] not in ".!?؟…:;"
    )


def _is_caption_line(view: SentenceView, first: bool) -> bool:
    """A short line of words with no closing punctuation; a caption goes on over the next line in small letters (a
    capital there opens a heading: "3,820" / "assessment hours" / "Previous winners"). A figure stands in it only
    where the line goes on in small letters, the figure's caption breaking its team down ("63" / "assessors, of
    whom 41" / "internal and 22 external"), or in an aside in brackets ("14" / "organisations assessed" / "(up
    from 11 in 2024)"): a line that opens with a capital and holds a figure is a sentence or a heading of its own."""
    if _is_figure(view):
        return False  # the next figure of the block ("۱ هزار و ۶۱۲"), not a caption that goes on
    figures = any(not _YEAR.fullmatch(word.strip("()[],;:")) for word in re.findall(r"\S*\d\S*", view.text))
    aside = view.text.startswith("(") and view.text.endswith(")") and not first
    if figures and not (aside or _small(view.text)):
        return False
    lines = view.text.split("\n")  # a caption the reader kept as one unit over its wrapped lines
    wrapped = all(_small(line) for line in lines[1:])
    short = wrapped and all(0 < len(line.split()) <= _LINE_WORDS for line in lines) and view.text[-1] not in ".!?؟…:;"
    return short and (first or aside or not view.text[0].isupper())


def _small(line: str) -> bool:
    """Whether a line goes on in small letters; in a script with no capitals (Persian) every line may: "۸۲" /
    "ارزیاب(۵۴ درون‌سازمانی و" / "۲۸ برون‌سازمانی)"."""
    cased = any(c.isupper() or c.islower() for c in line)
    return line[:1].islower() or (not cased and any(c.isalpha() for c in line))


def _caption_end(views: list[SentenceView], start: int) -> int:
    """The index after the last caption line that follows the figure at `start` (start + 1 when none)."""
    end, words = start + 1, 0
    while end < len(views) and end - start <= _CAPTION_LINES and _is_caption_line(views[end], first=end == start + 1):
        text = views[end].text
        if not (text.startswith("(") and text.endswith(")")):  # an aside's words are no caption's: "(2023 round: 6)"
            words += len(text.split())
        if words > _CAPTION_WORDS:
            break
        end += 1
    return end


def captioned_figures(page_text: str, views: list[SentenceView]) -> list[SentenceView]:
    """One unit per figure of a stats block, spanning the number and its caption ("126\\nvolunteer
    assessors\\ntook part"), for the metric rules to read as a sentence."""
    pairs: list[tuple[int, int]] = []
    index = 0
    while index < len(views):
        figure, measure = _is_figure(views[index]), _is_measure(views[index])
        end = _caption_end(views, index) if figure or measure else index + 1
        pairs.append((index, end) if end > index + 1 or measure else (index, -1))
        index = end
    found: list[SentenceView] = []
    run: list[tuple[int, int]] = []
    for pair in pairs + [(len(views), -1)]:
        if pair[1] != -1:
            run.append(pair)
            continue
        if sum(_is_figure(views[first]) for first, _ in run) >= _MIN_FIGURES:
            found += _block_units(page_text, views, run)
        run = []
    return found + _wrapped_counts(page_text, views)


def _block_units(page_text: str, views: list[SentenceView], run: list[tuple[int, int]]) -> list[SentenceView]:
    """Each figure of a block with its caption; what the block's figures before it say is its context, as a
    sentence before is a sentence's ("5" / "değerlendirici" ... "210" / "adam-saat": the hours of the assessment)."""
    units: list[SentenceView] = []
    for first, end in run:
        start, stop = views[first].span.start, views[end - 1].span.end
        before = " ".join(unit.folded for unit in units)
        units.append(replace(views[first], span=Span(start, stop, page_text[start:stop]), preceding=before))
    return units


def _wrapped_counts(page_text: str, views: list[SentenceView]) -> list[SentenceView]:
    """A narrow column (a sidebar, a box) breaks its lines where they are full, and its lines are read as units of
    their own: "Sonuçta 23 güçlü yön ve 31" / "iyileştirmeye açık alan belirlenmiş, 11" / "iyileştirme projesi
    başlatılmıştır." A unit that ends in a number, followed on the next line by a unit that goes on in small letters,
    is read from that number to the next unit's end, so that the count meets its noun."""
    found: list[SentenceView] = []
    for unit, after in zip(views, views[1:], strict=False):
        if not unit.numbers or unit.numbers[-1].end != len(unit.text) or len(unit.numbers) == len(unit.text.split()):
            continue
        gap = page_text[unit.span.end : after.span.start]
        if gap.count("\n") != 1 or gap.strip() or not after.text[:1].islower():
            continue
        start = unit.span.start + unit.numbers[-1].start
        joined = Span(start, after.span.end, page_text[start : after.span.end])
        found.append(replace(unit, span=joined, preceding=unit.preceding))
    return found
