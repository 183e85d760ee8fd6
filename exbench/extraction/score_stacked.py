"""Cells of a score row a printer stacked one a line under a scores heading ("1. Amaç ..." / "100" / "58,5"):
which of two numbers is the maximum, told by the order of the header's words above the rows.

A narrow table printed by LibreOffice puts each cell of a row on its own line and its header's cells too
("Kriter" / "Azami" / "Puan", or glued: "AzamiPuan"). Two numbers stacked after a row's name are its maximum
and its points in the header's order; where the header gives no order, or the row holds more numbers than
two, which one is the points cannot be told and none is read.
"""

from __future__ import annotations

import re

from exbench.extraction.lexicons import compiled
from exbench.extraction.report_lexicon import lexicon

__all__ = ["BROKEN_NUMBER", "NUMBERS_LINE", "row_start", "scale_first", "stacked_score"]

# A line of numbers alone ("58,5", "40 48 +8", "%40"): cells of a row printed apart from its name.
NUMBERS_LINE = re.compile(r"[+\-–]?[%٪]?\d{1,4}(?:[.,]\d+)?[%٪]?(?:\s+[+\-–]?[%٪]?\d{1,4}(?:[.,]\d+)?[%٪]?)*")
# A share alone on its line, its percent sign before or after it ("%40", "42,5%").
_SHARE_LINE = re.compile(r"[%٪]\s*(\d{1,3}(?:[.,]\d{1,2})?)|(\d{1,3}(?:[.,]\d{1,2})?)\s*[%٪]")


# A row's points after its leader dots broken by the line's end ("1. Amaç ..... 6" / "4"): its first digit.
BROKEN_NUMBER = re.compile(r"\.{3,}\s*(\d)$")


def row_start(line_key: str, last: str | None) -> re.Match[str] | None:
    """The first line of a stacked row, its criterion's number as group 1: "1. Amaç, Vizyon ve", or the number
    alone on its line ("4" / "İş" / "Ortaklıkları" / "100" / "%45") where it is the next after the criterion of
    the row read last: a narrow cell wraps even its number apart from the name."""
    start = compiled(lexicon()["wrapped_row_start"]).match(line_key)
    alone = re.fullmatch(r"(\d)", line_key)
    return start or (alone if alone and last is not None and last.isdigit() and int(alone[1]) == int(last) + 1 else None)


def scale_first(header: list[str]) -> bool | None:
    """Whether the header's words name the maximum's column before the points' (True), after (False), or
    say nothing of the order (None: no maximum's word, or no points word outside it)."""
    text = " ".join(header)
    columns = lexicon()["score_columns"]
    scale = compiled(r"(?<!\w)(?:" + columns["max"] + r")").search(text)  # "azamipuan": glued, each word's outer edge kept
    if scale is None:
        return None
    words = "|".join(columns[role] for role in ("obtained", "points", "points_word"))
    points = compiled(r"(?:" + words + r")(?!\w)")  # "puan", not "puanlama"
    before = points.search(text, 0, scale.start())
    after = points.search(text, scale.end())
    if bool(before) == bool(after):
        return None  # neither, or both sides: the order is not told
    return after is not None


def stacked_score(first: float, line_key: str, order: bool | None) -> tuple[float, float] | None:
    """(points, maximum) of a row whose number `first` stood alone on the line after its name and `line_key`
    holds the next: one number each, in the header's order, the points at most the maximum. A share ("100" /
    "%40", under "Ağırlık | Değerlendirme") makes `first` the scale it is a share of, whatever the order."""
    share = _SHARE_LINE.fullmatch(line_key.strip())
    if share:
        percent = float((share[1] or share[2]).replace(",", "."))
        return (round(percent * first / 100, 2), first) if percent <= 100 else None
    if order is None or not re.fullmatch(r"\d{1,4}(?:[.,]\d+)?", line_key.strip()):
        return None
    second = float(line_key.strip().replace(",", "."))
    points, maximum = (second, first) if order else (first, second)
    return (points, maximum) if points <= maximum else None
