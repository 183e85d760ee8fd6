"""Score profiles of feedback reports: score tables and scores stated in running text.

A score table is found by its header ("Kriter | Azami Puan | Alınan Puan",
"Criterion | Points available | Points awarded | %", "معیار | حداکثر امتیاز |
امتیاز کسب شده"): the header words of each column are lexicon data, and the
order of the columns is read from the header, never assumed. Each row is then
read as the reader gives it, cells separated by spaces: a criterion cell (its
number and name, or the total label) and the numbers in header order. A row
whose name wrapped has its numbers on a later line.

Scores in running text ("scored 452 points out of a possible 1,000", "1000 puan
üzerinden 438 puan", "۳۶۴ امتیاز از ۱۰۰۰") are the organization's total; a
criterion's points in running text ("معیار ۱ (...) ۴۲ امتیاز") are that
criterion's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from exbench.extraction.lexicons import compiled, fold, load
from exbench.language import to_ascii_digits

# A number cell: "64", "1.000", "63,5", "64%", "%64".
_NUMBER = re.compile(r"(?<![\w.,/])(?:[%٪]\s*)?\d{1,4}(?:[.,]\d{1,3})?\s*[%٪]?(?![\w/])")
_ROLES = ("percent", "max", "points", "other", "criterion", "points_word")


@dataclass(frozen=True)
class ScoreRow:
    """One score read: criterion (None for the total), points, the scale if stated, where."""

    criterion: str | None
    points: float
    max_points: float | None
    start: int  # offsets into the key the row was read from
    end: int


@cache
def _lexicon() -> dict:
    return load("reports")


def key(text: str) -> str:
    """The form patterns are matched on: folded, ASCII digits, Persian decimal sign as a comma."""
    return to_ascii_digits(fold(text)).replace("٫", ",")


def _value(cell: str) -> float:
    cell = cell.strip(" %٪")
    if re.fullmatch(r"\d{1,2}[.,]\d{3}", cell):  # "1.000" / "1,000": thousands
        return float(cell[:-4] + cell[-3:])
    return float(cell.replace(",", "."))


def header_columns(line_key: str) -> list[str] | None:
    """The columns of a score-table header in their order, or None when the line is no such header.

    A header names the criterion column and the points column (a maximum and a
    percent column may stand beside them) and says little else.
    """
    if re.search(r"\d", line_key) or len(line_key) > 120:
        return None
    taken: list[tuple[int, int, str]] = []
    for role in _ROLES:
        pattern = compiled(r"(?<!\w)(?:" + _lexicon()["score_columns"][role] + r")(?!\w)")
        for match in pattern.finditer(line_key):
            if match.end() > match.start() and not any(s < match.end() and match.start() < e for s, e, _ in taken):
                if role in ("points", "points_word") and any(r == "points" for _, _, r in taken):
                    continue  # "Azami Alınan / Puan Puan": the second half of wrapped cells
                taken.append((match.start(), match.end(), "points" if role == "points_word" else role))
    roles = [role for _, _, role in sorted(taken)]
    if roles.count("points") != 1 or len(set(roles)) != len(roles):  # two columns of one kind: unreadable
        return None
    if "criterion" not in roles and len(roles) < 2:  # an empty first header cell: the maximum or percent must be named
        return None
    rest = line_key
    for start, end, _ in sorted(taken, reverse=True):
        rest = rest[:start] + " " + rest[end:]
    if len(re.findall(r"\w+", rest)) > 2:  # a sentence that names the words, not a header
        return None
    return roles


@dataclass
class ScoreTable:
    """A score table being read, row after row."""

    columns: list[str]
    pending: str | None = None  # a criterion whose row wrapped before its numbers
    pending_total: bool = False

    def row(self, line_key: str) -> tuple[bool, ScoreRow | None]:
        """(whether the line belongs to the table, the score it states)."""
        numeric = [c for c in self.columns if c != "criterion"]
        if len(line_key) > 110:  # prose, not a row
            return False, None
        cells = list(_NUMBER.finditer(line_key))
        text_cells = _NUMBER.sub(" ", line_key)
        has_text = bool(re.search(r"[^\W\d_]", text_cells))
        criterion, total = None, False
        if has_text:
            lead = compiled(_lexicon()["score_row_lead"])
            # The criterion cell opens the row unless the header put it after the numbers.
            head = lead.match(line_key) if self.columns[0] == "criterion" else lead.search(line_key)
            if head:
                criterion = head.group("num") or head.group("bare")
                cells = [c for c in cells if not head.start() <= c.start() < head.end()]
            elif compiled(_lexicon()["score_total_row"]).search(line_key):
                total = True
        if len(cells) < len(numeric) - ("percent" in numeric) or not cells:
            if criterion is not None or total:
                self.pending, self.pending_total = criterion, total  # "5. Performansı ve Dönüşümü" / "Yönetme 100 47"
                return True, None
            return bool(has_text and (self.pending or self.pending_total) and not cells), None
        if criterion is None and not total:
            if not (self.pending or self.pending_total):
                return False, None
            criterion, total = self.pending, self.pending_total
        self.pending, self.pending_total = None, False
        named = [c for c in numeric if c != "percent" or len(cells) >= len(numeric)]
        # The numbers beside the criterion cell: after it where the header puts it first.
        cells = cells[-len(named) :] if self.columns[0] == "criterion" else cells[: len(named)]
        values = dict(zip(named, cells, strict=False))
        if "points" not in values:
            return True, None
        points = _value(values["points"].group(0))
        maximum = _value(values["max"].group(0)) if "max" in values else None
        if maximum is not None and points > maximum:
            return True, None
        last = max(c.end() for c in values.values())
        return True, ScoreRow(None if total else criterion, points, maximum, 0, last)


def statements(text_key: str) -> list[ScoreRow]:
    """Scores stated in running text: the total ("scored 452 points") and criteria ("Kriter 3 (...) 58 puan")."""
    found = [
        ScoreRow(match.group("num"), _value(match.group("points")), None, match.start(), match.end())
        for match in compiled(_lexicon()["criterion_score"]).finditer(text_key)
    ]
    criteria = list(found)
    for pattern in _lexicon()["score_statements"]:
        for match in compiled(pattern).finditer(text_key):
            if any(c.start < match.end() and match.start() < c.end for c in criteria):
                continue  # "معیار ۷ (...) ۶۸ امتیاز کسب کرده": a criterion's points, not the total
            maximum = _value(match.group("max")) if match.groupdict().get("max") else None
            points = _value(match.group("points"))
            if maximum is None or points <= maximum:
                found.append(ScoreRow(None, points, maximum, match.start(), match.end()))
    # Two different totals (or two scores of one criterion) in the prose: another cycle is
    # spoken of, and which one is this report's cannot be told.
    points: dict[str | None, set[float]] = {}
    for row in found:
        points.setdefault(row.criterion, set()).add(row.points)
    return [row for row in found if len(points[row.criterion]) == 1]


def is_score_header(text: str) -> bool:
    """Whether a line is the header of a score table."""
    return header_columns(key(text)) is not None
