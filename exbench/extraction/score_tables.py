"""Score tables of feedback reports, row after row, once their header is read (score_headers).

Each row is read as the reader gives it, cells separated by spaces: a criterion cell (its number and name, or
the total label) and the numbers in header order. A row whose name wrapped has its numbers on a later line (its
number may stand alone above them); a row named, not numbered, takes its criterion from its place in the table
where the table has as many rows as a framework has criteria.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from exbench.extraction.lexicons import compiled
from exbench.extraction.score_cell_labels import unlabelled
from exbench.extraction.score_cells import NUMBER as _NUMBER
from exbench.extraction.score_cells import RATIO as _RATIO
from exbench.extraction.score_cells import (
    merged_elements,
    number_to_name,
    row_lead,
    wider_reading,
    wrapped_name,
)
from exbench.extraction.score_headers import YEAR, ScoreRow, header_columns, header_readings, lexicon, number_apart, value
from exbench.extraction.score_row_values import parts_scale, required_columns, row_score
from exbench.extraction.score_seed import criteria_counts, model_totals
from exbench.extraction.score_statements import scaled_readings
from exbench.extraction.score_transposed import criteria_line

__all__ = ["ScoreTable"]

# A header's cells wrap over at most this many lines after its first.
_HEADER_LINES = 4
# A sentence's end on the line ("... gelmektedir. KalDer ..."): a line of many words with one is prose, no row ("1. Amaç").
_SENTENCE_END = re.compile(r"[^\d\s][.!?؟](?:\s+\S|$)")


@dataclass
class ScoreTable:
    """A score table read row after row; a row's name may wrap, its numbers come on later lines (one cell a line)."""

    columns: list[str]
    pending: str | None = None  # the criterion of a row whose numbers are still to come
    pending_total: bool = False
    scale_alone: bool = False  # the open total row gave only the model's scale: its points come on the next line
    cells: list[str] = field(default_factory=list)  # the numbers of that row so far
    ordinal: list[ScoreRow] = field(default_factory=list)  # rows named, not numbered, in table order
    numbered: int = 0
    naming: int = 0  # lines of a named row's wrapped name read, its numbers still to come
    parts: dict[str, list[ScoreRow]] = field(default_factory=dict)  # sub-criterion rows by criterion
    criteria: set[str] = field(default_factory=set)  # criteria the table gave a row of
    table_part: str | None = None  # the criterion of the last part row read
    pending_part: bool = False  # the open row is a sub-criterion's
    header: str = ""  # the header as read so far: its cells may go on over the next short lines
    tail: list[str] = field(default_factory=list)  # short lines after it that may yet widen it
    held: list[str] = field(default_factory=list)  # cells that came out above the next row's wrapped name
    before: int | None = None  # how many of the open row's cells stood before its criterion cell
    number_first: bool = False  # each row opens with its running number, apart from its criterion cell
    readings: list[list[str]] = field(default_factory=list)  # every reading of the header ("Score %": one or two)
    words: str = ""  # the header's words, kept once the rows begin: a cell may repeat its column's (score_cell_labels)

    def __post_init__(self) -> None:
        self.number_first, self.words = number_apart(self.header), self.header
        self.readings = header_readings(self.header) if self.header else []

    @property
    def _numeric(self) -> list[str]:
        return [c for c in self.columns if c != "criterion"]

    def _open(self) -> bool:
        return self.pending is not None or self.pending_total

    @property
    def _required(self) -> list[str]:
        return required_columns(self.columns)

    def _score(
        self, cells: list[str], criterion: str | None, ordinal: bool = False, before: int | None = None
    ) -> ScoreRow | None:
        return row_score(self.columns, self.readings, cells, criterion, ordinal, before)

    def _named_row(self, line_key: str, found: list[re.Match[str]]) -> bool:
        """A row named, not numbered: a short name, and the numbers on the side the header puts them."""
        if self.columns[0] == "criterion":  # a short unit after the numbers ("pts", "(62%)") is no sentence
            tail = line_key[found[-1].end() :].strip()
            return len(tail) <= 12 and not re.search(r"\d|[.!?؟]$", tail) and found[0].start() <= 80
        return found[0].start() == 0

    def _widen(self, line_key: str) -> bool:
        """A header whose cells wrapped over more lines ("Item Points" / "possible" / "Percent" / "range" / "Points"): the
        columns grow while the short lines after it make a wider header; lines that did not are read again as rows."""
        if not self.header or self.ordinal or self.numbered or self.parts or self._open() or self.naming:
            return False
        cycle = re.fullmatch(r"[(\[]\s*" + YEAR.pattern + r"\s*[)\]]", line_key)  # "(2023)": a cycle's column's year
        if len(line_key) < 40 and (cycle or not re.search(r"\d|[.!?؟:]$", line_key)) and not header_columns(line_key):
            self.tail.append(line_key)
            wider = header_columns(" ".join([self.header, *self.tail]))
            if wider and (len(wider) > len(self.columns) or wider != self.columns and "compare" in wider):
                self.columns, self.header, self.tail = wider, " ".join([self.header, *self.tail]), []
                self.words, self.readings = self.header, header_readings(self.header)
                return True
            if len(self.tail) < _HEADER_LINES:
                return True
        held, self.tail, self.header = self.tail, [], ""
        for line in held:  # no wider header: the lines held were the first rows' (a wrapped name)
            self.row(line)
        return bool(held) and held[-1] == line_key

    def row(self, line_key: str) -> tuple[bool, ScoreRow | None]:
        """(whether the line belongs to the table, the score it completes)."""
        line_key = unlabelled(line_key.replace("٫", ","), self.words)  # the Persian decimal sign: "۴۲٫۰٪" is one cell
        line_key = number_to_name(line_key, len(self._numeric)) if self.number_first else line_key
        if self._widen(line_key):
            return True, None
        numeric = self._numeric
        least = len(self._required)
        if len(line_key) > 110 or len(line_key.split()) > 8 and _SENTENCE_END.search(line_key.rstrip()):
            return False, None  # prose, not a row: "... an overall score of 538 points out of a possible 1,000."
        if re.fullmatch(r"\d{1,2}[.)]", line_key.strip()) and (self.numbered or self.ordinal):
            return True, None  # a list's number a printer set apart ("1." ... "7." at a page's foot): no row
        alone = re.fullmatch(r"\s*([1-9])\s*", line_key) if self.columns[0] == "criterion" and not self._open() else None
        first = alone and alone.group(1) == "1" and not (self.criteria or self.ordinal or self.parts or self.tail)
        if alone and (first or str(int(alone.group(1)) - 1) in self.criteria):  # "2" / "خط‌مشی و" / "38 80 48%": the next row
            self.pending, self.pending_total, self.cells = alone.group(1), False, []
            return True, None
        if criteria_line(line_key):
            return False, None  # "Kriter 1 2 3 ... 9": the criteria as columns, a table laid on its side (score_transposed)
        if not self._open() and compiled(lexicon()["criteria_group"]).search(line_key):
            return True, None  # "جهت‌گیری (معیار ۱ و ۲) ۱۱۸ ۲۰۰": a part of the model, no criterion's row
        found = list(_NUMBER.finditer(line_key))
        has_text = bool(re.search(r"[^\W\d_]", _NUMBER.sub(" ", line_key)))
        head, total, whole = None, False, False
        if self.columns[0] != "criterion" and not has_text and self.numbered and 0 < len(found) < len(numeric):
            if not self._open() and not self.naming:  # "90" / "4 Measurement, ..." / "45": cells centred beside a wrapped name
                self.held = [c.group(0) for c in found]
                return True, None
        part = compiled(lexicon()["score_part_lead"]).match(line_key) if self.columns[0] == "criterion" else None
        if part and not self._open():
            # "1.2 Governance ... 50 50–65% 25": a part of criterion 1, read past; the parts may add up
            parts = [c for c in found if c.start() >= part.end()]
            tail = line_key[parts[-1].end() :].strip() if parts else "."
            if least <= len(parts) <= len(numeric) and len(tail) <= 12 and not re.search(r"\d|[.!?؟]$", tail):
                score = self._score([c.group(0) for c in parts], part.group("num"))
                if score:
                    self.parts.setdefault(part.group("num"), []).append(score)
                    self.table_part = part.group("num")
                return True, None
            if not parts and wrapped_name(line_key[part.end() :]):  # its name wraps: the numbers come on a later line
                self.pending, self.pending_total, self.pending_part, self.cells = part.group("num"), False, True, []
                return True, None
        if not has_text and not self._open() and not self.naming and self.columns[0] == "criterion" and len(found) > least:
            first = found[0].group(0).strip()
            if re.fullmatch(r"[1-9]", first) and int(first) <= max(criteria_counts()):
                # "4 | 20 | 18 | 17 | 90": a criterion by its number alone opens the row
                self.pending, self.pending_total, self.cells = first, False, [c.group(0) for c in found[1:]]
                return self._complete(numeric, least, True)
            if len(found) == len(numeric) + 1:
                return True, None  # a row as wide as the table whose cells came out of order: read past, no score
        label = None
        if has_text:
            head = row_lead(self.columns, line_key, found)
            if head:
                found = [c for c in found if not head.start() <= c.start() < head.end()]
            else:
                label = compiled(lexicon()["score_total_row"]).search(line_key)
                total = bool(label)
        scaled = scaled_readings(line_key) if (head or total) and not self._open() else []
        if scaled:  # "Overall score 100% 473 / 1000", "امتیاز نهایی: ۳۹۸ از ۱۰۰۰": the scale says which number is the points
            _, points, maximum = scaled[0]
            return True, self._scaled_row(None if total else head.group("num") or head.group("bare"), points, maximum)
        if total and not self._open():
            stated = self._stated_total(line_key, found)
            if stated:
                return True, stated
        cells = [c.group(0) for c in found]
        if head or total:
            self.pending = head.group("num") or head.group("bare") if head else None
            at = (head or label).start()
            self.before = len(self.held) + sum(c.start() < at for c in found)
            self.pending_total, self.pending_part, self.cells, self.held = total, False, self.held + cells, []
            self.naming = 0  # a row its criterion's number (or the total's label) opens ends any name read before
        elif self._open() and (not has_text or not self.cells or not cells and wrapped_name(line_key)):
            # the row's wrapped name, or its numbers on lines of their own: all on the first such line, a whole row
            whole = not has_text and not self.cells and len(cells) >= least
            self.cells += cells
        elif (
            has_text
            and not cells
            and not self.numbered
            and not self.parts
            and self.naming < 3
            and wrapped_name(line_key)
            and header_columns(line_key) is None
        ):
            self.naming += 1  # a named row's name wrapped: its numbers follow on a line of their own
            return True, None
        elif not has_text and self.naming and least <= len(cells) <= len(numeric) and least:
            self.naming = 0
            score = self._score(cells, None, ordinal=True)
            if score:
                self.ordinal.append(score)
            return True, None
        elif has_text and not cells and self.numbered and len(line_key.split()) <= 3 and not _SENTENCE_END.search(line_key):
            return True, None  # "نتایج", "Results": a group's caption between the rows, read past
        elif has_text and least <= len(cells) <= len(numeric) and least and self._named_row(line_key, found):
            self.pending = None  # a row named, not numbered: its criterion is its place in the table
            score = self._score(cells, None, ordinal=True)
            if score:
                self.ordinal.append(score)
            return True, None
        else:
            return False, None
        return self._complete(numeric, least, bool(head or total or whole))

    def _stated_total(self, line_key: str, found: list[re.Match[str]]) -> ScoreRow | None:
        """A total row whose last cell is points by their word ("Toplam | 1000 | 247 puan", "جمع کل | ۱۰۰۰ | ۳۹۱
        امتیاز"): where each criterion got a share of its weight, the total may still be given in points, under
        the shares' column; its scale is the model's whole in another cell of the row."""
        unit = compiled(r"(?P<points>\d{2,4})\s*(?:" + lexicon()["score_columns"]["points_word"] + r")\s*$").search(line_key)
        if unit is None or not found or found[-1].start() != unit.start():
            return None
        scales = {value(c.group(0)) for c in found[:-1] if not _RATIO.search(c.group(0))} & set(model_totals())
        return self._scaled_row(None, value(unit.group("points")), scales.pop()) if len(scales) == 1 else None

    def _scaled_row(self, criterion: str | None, points: float, maximum: float) -> ScoreRow | None:
        """A row whose points stand with their scale: the criterion's (once), or the total on a model's scale."""
        if points > maximum or (maximum not in model_totals() if criterion is None else criterion in self.criteria):
            return None
        if criterion is not None:
            self.numbered += 1
            self.criteria.add(criterion)
        return ScoreRow(criterion, points, maximum, 0, 0)

    def _complete(self, numeric: list[str], least: int, opened: bool) -> tuple[bool, ScoreRow | None]:
        """The open row scored once its cells are all there (or all it must have, on its first line)."""
        wider = wider_reading(self.readings, self.columns, len(self.cells)) if opened and not self.numbered else None
        if wider and len(self.cells) > len(numeric) and not self.ordinal and not self.parts:
            self.columns, numeric, least = wider, [c for c in wider if c != "criterion"], len(self._required)
        early = not opened and merged_elements(numeric, self.cells, self.readings)  # a RADAR sheet's results row
        if opened and len(self.cells) == 1 and not self.pending_part and str(self.pending) in self.parts:
            return self._subtotal(self.parts[str(self.pending)])
        opened, self.scale_alone = opened or self.scale_alone and len(self.cells) == 2, False
        if len(self.cells) < len(numeric) and not (len(self.cells) >= least and opened and self.cells or early):
            return True, None
        if opened and self.pending_total and len(self.cells) == 1 < len(numeric) and value(self.cells[0]) in model_totals():
            self.scale_alone = True
            return True, None  # "Total (weighted) 1000" / "438": the scale alone, its points wrapped below
        criterion, total, part = self.pending, self.pending_total, self.pending_part
        cells, self.pending, self.pending_total, self.pending_part, self.cells = self.cells, None, False, False, []
        score = self._score(cells, None if total else criterion, before=self.before)
        self.before = None
        if part:
            if score:
                self.parts.setdefault(str(criterion), []).append(score)
                self.table_part = str(criterion)
            return True, None
        if total and score and score.max_points is not None and score.max_points not in model_totals():
            return True, None  # "جمع توانمندسازها ۵۰۰ ۲۳۱": the total of a part of the model, the table reads on
        if score and not total and str(criterion) in self.criteria:
            return False, None  # a criterion the table already gave: the table has ended, this is no row
        self.numbered += bool(score and not total)
        if score and not total:
            self.criteria.add(str(criterion))
        return True, score

    def _subtotal(self, parts: list[ScoreRow]) -> tuple[bool, ScoreRow | None]:
        """A criterion's row after its parts' rows with one number ("Category 1 subtotal 63" under "1.1 ... 70 38",
        "1.2 ... 50 25"): its points, on the scale its parts' maxima add up to, where that is the criterion's."""
        criterion, cells, self.pending, self.cells, self.before = str(self.pending), self.cells, None, [], None
        scale = parts_scale(criterion, parts)
        if scale is None or value(cells[0]) > scale:
            return True, None
        if criterion in self.criteria:
            return False, None  # a criterion the table already gave: the table has ended
        self.numbered += 1
        self.criteria.add(criterion)
        return True, ScoreRow(criterion, value(cells[0]), scale, 0, 0)

    def summed(self) -> list[ScoreRow]:
        """Criteria the table gave only by their parts: the parts' sum, where their maxima add up to
        a maximum the criterion has in a framework (else a part may be missing, and none is given)."""
        scales = {criterion: parts_scale(criterion, parts) for criterion, parts in self.parts.items()}
        return [
            ScoreRow(criterion, sum(p.points for p in self.parts[criterion]), scale, 0, 0)
            for criterion, scale in scales.items()
            if scale is not None and criterion not in self.criteria
        ]

    def running_numbers(self) -> bool:
        """The named rows' only numbers run 1, 2, 3 ... in order ("Kriter" / "1" / "Amaç ... %40-50"): each
        is its row's number, no points."""
        return bool(self.ordinal) and [row.points for row in self.ordinal] == list(range(1, len(self.ordinal) + 1))

    def ordered(self) -> list[ScoreRow]:
        """The named rows as criteria 1..n, where there are as many as a framework has criteria
        and no row of the table was numbered; else none (their criteria cannot be told)."""
        if self.numbered or len(self.ordinal) not in criteria_counts() or self.running_numbers():
            return []
        return [ScoreRow(str(n), r.points, r.max_points, 0, 0, share=r.share) for n, r in enumerate(self.ordinal, start=1)]
