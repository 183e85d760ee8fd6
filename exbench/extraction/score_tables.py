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

import csv
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from exbench.extraction.lexicons import compiled, fold, load
from exbench.language import to_ascii_digits
from exbench.reference import seed_file

# A number cell: "64", "1.000", "63,5", "64%", "%64".
# A header's cells wrap over at most this many lines after its first.
_HEADER_LINES = 4
# A band ("%55-60", "40–45%") is one cell.
_NUMBER = re.compile(r"(?<![\w.,/])(?:[%٪]\s*)?\d{1,4}(?:[.,]\d{1,3})?(?:[%٪]?[-–]\d{1,3}(?:[.,]\d{1,3})?)?\s*[%٪]?(?![\w/])")
# A total stated without its scale is believed from 100 points up: below that it is a
# criterion's (a model's total is out of 1000, its criteria out of 100 to 200).
_SMALLEST_TOTAL = 100
# Header roles in the order they claim words: a band ("Percent range", "Puan Bandı") before
# the percent and points words inside it; `sub` (a sub-criterion's column, "1", "x.1") may
# repeat; `row_number` ("No", "ردیف") is the criterion cell's running number, no column.
_ROLES = ("band", "percent", "max", "points", "other", "sub", "row_number", "criterion", "points_word")
# Columns a row may leave empty; the others (points, and the maximum where there is one) it must fill.
_OPTIONAL = frozenset({"band", "percent", "other", "sub"})
# A cell that is a ratio or a band ("64%", "%55-60", "40–45%"), never points nor a maximum.
_RATIO = re.compile(r"[%٪]|\d[-–]\d")


@dataclass(frozen=True)
class ScoreRow:
    """One score read: criterion (None for the total), points, the scale if stated, where."""

    criterion: str | None
    points: float
    max_points: float | None
    start: int  # offsets into the key the row was read from
    end: int
    ordinal: bool = False  # a table row named, not numbered


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


def _wrapped_name(line_key: str) -> bool:
    """A line that can be the wrapped part of a row's name: short, and no sentence."""
    return len(line_key) <= 40 and not line_key.rstrip().endswith((".", ";", ":", "!", "?", "؟"))


def header_columns(line_key: str) -> list[str] | None:
    """The columns of a score-table header in their order, or None when the line is no such header.

    A header names the criterion column and the points column (a maximum and a
    percent column may stand beside them) and says little else.
    """
    if len(line_key) > 120:
        return None
    taken: list[tuple[int, int, str]] = []
    for role in _ROLES:
        pattern = compiled(r"(?<![\w.])(?:" + _lexicon()["score_columns"][role] + r")(?![\w%٪]|\.\d)")
        for match in pattern.finditer(line_key):
            if match.end() > match.start() and not any(s < match.end() and match.start() < e for s, e, _ in taken):
                if role in ("points", "points_word") and any(r == "points" for _, _, r in taken):
                    continue  # "Azami Alınan / Puan Puan": the second half of wrapped cells
                taken.append((match.start(), match.end(), "points" if role == "points_word" else role))
    subs = [(s, e) for s, e, r in taken if r == "sub"]
    if len(subs) == 1:  # one number in a header is no matrix of sub-criteria
        return None
    rest = line_key
    for start, end in subs:
        rest = rest[:start] + " " * (end - start) + rest[end:]
    if re.search(r"\d", rest):
        return None
    taken = [t for t in taken if t[2] != "row_number"]
    taken.sort()
    for index in range(len(taken) - 1, 0, -1):
        start, end, _ = taken[index]
        if re.fullmatch(r"\s*[(\[]\s*", line_key[taken[index - 1][1] : start]) and re.match(r"\s*[)\]]", line_key[end:]):
            del taken[index - 1]  # "Weight (points available)": the words in brackets say what the column holds
    roles = [role for _, _, role in taken]
    single = [role for role in roles if role != "sub"]
    if roles.count("points") != 1 or len(set(single)) != len(single):  # two columns of one kind: unreadable
        return None
    if "criterion" not in roles and len(roles) < 2:  # an empty first header cell: the maximum or percent must be named
        return None
    rest = line_key
    for start, end, _ in sorted(taken, reverse=True):
        rest = rest[:start] + " " + rest[end:]
    number = compiled(r"(?<![\w.])(?:" + _lexicon()["score_columns"]["row_number"] + r")(?!\w)")
    if len(re.findall(r"\w+", number.sub(" ", rest))) > 2:  # a sentence that names the words, not a header
        return None
    return roles


@cache
def criteria_counts() -> frozenset[int]:
    """How many criteria the frameworks of the criteria seed have (7, 9): the rows a score table
    whose criteria are named but not numbered must have to be read in the model's order."""
    with seed_file("criteria").open(encoding="utf-8", newline="") as rows:
        per_framework = Counter(row["framework"] for row in csv.DictReader(rows))
    return frozenset(per_framework.values())


@dataclass
class ScoreTable:
    """A score table being read, row after row; a row's name may wrap and its numbers may
    come on later lines, one cell a line where the columns were squeezed."""

    columns: list[str]
    pending: str | None = None  # the criterion of a row whose numbers are still to come
    pending_total: bool = False
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

    @property
    def _numeric(self) -> list[str]:
        return [c for c in self.columns if c != "criterion"]

    def _open(self) -> bool:
        return self.pending is not None or self.pending_total

    @property
    def _required(self) -> list[str]:
        return [c for c in self._numeric if c not in _OPTIONAL]

    def _score(self, cells: list[str], criterion: str | None, ordinal: bool = False) -> ScoreRow | None:
        numeric = self._numeric
        named = numeric
        if len(cells) < len(numeric):
            # Cells left empty (a total's band, a criterion without sub-criteria): the points and
            # the maximum are the plain numbers, never a ratio or a band.
            named, cells = self._required, [c for c in cells if not _RATIO.search(c)]
        # The numbers beside the criterion cell: after it where the header puts it first.
        first = self.columns[0] == "criterion"
        kept = cells[-len(named) :] if first else cells[: len(named)]
        rest = cells[: len(cells) - len(kept)] if first else cells[len(kept) :]
        values = dict(zip(named, kept, strict=False))
        if _RATIO.search(values.get("points", "%")) or _RATIO.search(values.get("max", "")):
            return None
        if "points" not in values:
            return None
        points = _value(values["points"])
        if "sub" in numeric:
            subs = [v for c, v in zip(named, kept, strict=False) if c == "sub"] if named is numeric else rest
            if subs and sum(_value(v) for v in subs) != points:
                return None  # a criterion's points are its parts' sum: else the cells were misread
            if not subs and "max" in values and criterion and _value(values["max"]) not in criterion_maxima(criterion):
                return None  # no parts and a maximum no criterion has: cells of parts, misread as the last two
        maximum = _value(values["max"]) if "max" in values else None
        if maximum is not None and points > maximum:
            return None
        return ScoreRow(criterion, points, maximum, 0, 0, ordinal)

    def _named_row(self, line_key: str, found: list[re.Match[str]]) -> bool:
        """A row named, not numbered: a short name, and the numbers on the side the header puts them."""
        if self.columns[0] == "criterion":  # a short unit after the numbers ("pts", "(62%)") is no sentence
            tail = line_key[found[-1].end() :].strip()
            return len(tail) <= 12 and not re.search(r"\d|[.!?؟]$", tail) and found[0].start() <= 80
        return found[0].start() == 0

    def _widen(self, line_key: str) -> bool:
        """A header whose cells wrapped over more lines ("Item Points" / "possible" / "Percent" /
        "range" / "Points"): the columns grow while the short lines after it make a wider header;
        lines that did not are read again as rows."""
        if not self.header or self.ordinal or self.numbered or self.parts or self._open() or self.naming:
            return False
        if len(line_key) < 40 and not re.search(r"\d|[.!?؟:]$", line_key) and not header_columns(line_key):
            self.tail.append(line_key)
            wider = header_columns(" ".join([self.header, *self.tail]))
            if wider and len(wider) > len(self.columns):
                self.columns, self.header, self.tail = wider, " ".join([self.header, *self.tail]), []
                return True
            if len(self.tail) < _HEADER_LINES:
                return True
        held, self.tail, self.header = self.tail, [], ""
        for line in held:  # no wider header: the lines held were the first rows' (a wrapped name)
            self.row(line)
        return bool(held) and held[-1] == line_key

    def row(self, line_key: str) -> tuple[bool, ScoreRow | None]:
        """(whether the line belongs to the table, the score it completes)."""
        if self._widen(line_key):
            return True, None
        numeric = self._numeric
        least = len(self._required)
        if len(line_key) > 110:  # prose, not a row
            return False, None
        found = list(_NUMBER.finditer(line_key))
        has_text = bool(re.search(r"[^\W\d_]", _NUMBER.sub(" ", line_key)))
        head, total = None, False
        part = compiled(_lexicon()["score_part_lead"]).match(line_key) if self.columns[0] == "criterion" else None
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
            if not parts and _wrapped_name(line_key):  # its name wraps: the numbers come on a later line
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
        if has_text:
            lead = compiled(_lexicon()["score_row_lead"])
            # The criterion cell opens the row unless the header put it after the numbers.
            head = lead.match(line_key) if self.columns[0] == "criterion" else lead.search(line_key)
            if head:
                found = [c for c in found if not head.start() <= c.start() < head.end()]
            else:
                total = bool(compiled(_lexicon()["score_total_row"]).search(line_key))
        cells = [c.group(0) for c in found]
        if head or total:
            self.pending = head.group("num") or head.group("bare") if head else None
            self.pending_total, self.pending_part, self.cells = total, False, cells
        elif self._open() and (not has_text or not self.cells or not cells and _wrapped_name(line_key)):
            self.cells += cells  # the row's wrapped name, or its numbers on lines of their own
        elif (
            has_text
            and not cells
            and not self.numbered
            and not self.parts
            and self.naming < 3
            and _wrapped_name(line_key)
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
        elif has_text and least <= len(cells) <= len(numeric) and least and self._named_row(line_key, found):
            self.pending = None  # a row named, not numbered: its criterion is its place in the table
            score = self._score(cells, None, ordinal=True)
            if score:
                self.ordinal.append(score)
            return True, None
        else:
            return False, None
        return self._complete(numeric, least, bool(head or total))

    def _complete(self, numeric: list[str], least: int, opened: bool) -> tuple[bool, ScoreRow | None]:
        """The open row scored once its cells are all there (or all it must have, on its first line)."""
        if len(self.cells) < len(numeric) and not (len(self.cells) >= least and opened and self.cells):
            return True, None
        criterion, total, part = self.pending, self.pending_total, self.pending_part
        cells, self.pending, self.pending_total, self.pending_part, self.cells = self.cells, None, False, False, []
        score = self._score(cells, None if total else criterion)
        if part:
            if score:
                self.parts.setdefault(str(criterion), []).append(score)
                self.table_part = str(criterion)
            return True, None
        if total and score and score.max_points is not None and score.max_points not in model_totals():
            return True, None  # "جمع توانمندسازها ۵۰۰ ۲۳۱": the total of a part of the model, the table reads on
        self.numbered += bool(score and not total)
        if score and not total:
            self.criteria.add(str(criterion))
        return True, score

    def summed(self) -> list[ScoreRow]:
        """Criteria the table gave only by their parts: the parts' sum, where their maxima add up to
        a maximum the criterion has in a framework (else a part may be missing, and none is given)."""
        rows = []
        for criterion, parts in self.parts.items():
            maxima = [p.max_points for p in parts]
            if criterion in self.criteria or None in maxima or sum(maxima) not in criterion_maxima(criterion):
                continue
            rows.append(ScoreRow(criterion, sum(p.points for p in parts), sum(maxima), 0, 0))
        return rows

    def ordered(self) -> list[ScoreRow]:
        """The named rows as criteria 1..n, where there are as many as a framework has criteria
        and no row of the table was numbered; else none (their criteria cannot be told)."""
        if self.numbered or len(self.ordinal) not in criteria_counts():
            return []
        return [ScoreRow(str(n), r.points, r.max_points, 0, 0) for n, r in enumerate(self.ordinal, start=1)]


@cache
def criterion_maxima(criterion: str) -> frozenset[float]:
    """The maxima a criterion of this number has in the frameworks of the criteria seed."""
    with seed_file("criteria").open(encoding="utf-8", newline="") as rows:
        return frozenset(float(row["max_points"]) for row in csv.DictReader(rows) if row["criterion_code"] == criterion)


@cache
def model_totals() -> frozenset[float]:
    """The whole of each framework of the criteria seed (the sum of its criteria's maxima, 1000):
    a score stated on such a scale is the organization's total."""
    with seed_file("criteria").open(encoding="utf-8", newline="") as rows:
        sums = Counter()
        for row in csv.DictReader(rows):
            sums[row["framework"]] += float(row["max_points"])
    return frozenset(sums.values())


@cache
def _smallest_criterion_scale() -> float:
    """The smallest maximum a criterion of the seed has: a smaller scale is a part's (a sub-criterion's)."""
    with seed_file("criteria").open(encoding="utf-8", newline="") as rows:
        return min(float(row["max_points"]) for row in csv.DictReader(rows))


def _scaled(text_key: str) -> tuple[list[ScoreRow], list[tuple[int, int]]]:
    """Scores stated with their scale ("118/200", "200 puan üzerinden 118", "از ۱۰۰۰ امتیاز، ۳۶۴"):
    a criterion's where one is named just before or after, the total where the scale is a whole
    model's; a scale of something else, or of a part, is nobody's that can be told. Also where
    every score with a scale stands, kept or not: no other rule reads its numbers."""
    rows: list[ScoreRow] = []
    spans: list[tuple[int, int]] = []
    for pattern in _lexicon()["scaled_score"]:
        for match in compiled(pattern).finditer(text_key):
            if any(start < match.end() and match.start() < end for start, end in spans):
                continue
            spans.append(match.span())
            points, maximum = _value(match.group("points")), _value(match.group("max"))
            if points > maximum:
                continue
            before = compiled(_lexicon()["criterion_before"]).search(text_key, max(0, match.start() - 120), match.start())
            after = compiled(_lexicon()["criterion_near"]).match(text_key, match.end())
            if maximum in model_totals():  # a whole model's scale: the total, whatever criterion is named near
                rows.append(ScoreRow(None, points, maximum, match.start(), match.end()))
            elif before or after:
                near = before or after
                if re.match(r"\w|[.,]\d", text_key[near.end("num") :]) or maximum < _smallest_criterion_scale():
                    continue  # a sub-criterion's ("1a", "1.2"), or a part's scale
                rows.append(ScoreRow(near.group("num"), points, maximum, match.start(), match.end()))
    return rows, spans


def _other_cycle(text_key: str, row: ScoreRow) -> bool:
    """Whether the sentence a score stands in speaks of an earlier cycle (no score of this report)."""
    stops = r"(?<!\d)[.!?؟](?!\d)|\n"
    start = max((m.end() for m in re.finditer(stops, text_key[: row.start])), default=0)
    end = re.compile(stops).search(text_key, row.end)
    sentence = text_key[start : end.start() if end else len(text_key)]
    return bool(compiled(_lexicon()["score_other_cycle"]).search(sentence))


def statements(text_key: str) -> list[ScoreRow]:
    """Scores stated in running text: the total ("scored 452 points") and criteria ("Kriter 3 (...) 58 puan")."""
    with_scale, spans = _scaled(text_key)
    found = [
        ScoreRow(match.group("num"), _value(match.group("points")), None, match.start(), match.end())
        for match in compiled(_lexicon()["criterion_score"]).finditer(text_key)
        if not any(start <= match.start("points") < end for start, end in spans)  # "Kriter 3: 200 puan üzerinden 118"
    ]
    taken = [(row.start, row.end) for row in found] + spans
    found += with_scale
    for pattern in _lexicon()["score_statements"]:
        for match in compiled(pattern).finditer(text_key):
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue  # "معیار ۷ (...) ۶۸ امتیاز کسب کرده": a criterion's points; "118/200": read with its scale
            maximum = _value(match.group("max")) if match.groupdict().get("max") else None
            points = _value(match.group("points"))
            if compiled(_lexicon()["criterion_near"]).match(text_key, match.end()):
                continue  # "scored 64 points in criterion 1": a criterion's, not the total
            if maximum is None and points < _SMALLEST_TOTAL:
                continue  # no scale and too small for a whole model: a criterion's points, most likely
            if maximum is None or points <= maximum:
                found.append(ScoreRow(None, points, maximum, match.start(), match.end()))
    found = [row for row in found if not _other_cycle(text_key, row)]
    # Two different totals (or two scores of one criterion) in the prose: another cycle is
    # spoken of, and which one is this report's cannot be told.
    points: dict[str | None, set[float]] = {}
    for row in found:
        points.setdefault(row.criterion, set()).add(row.points)
    return [row for row in found if len(points[row.criterion]) == 1]


def is_score_header(text: str) -> bool:
    """Whether a line is the header of a score table."""
    return header_columns(key(text)) is not None


@cache
def criterion_maximum(framework: str | None, criterion: str) -> float | None:
    """A criterion's maximum in a framework of the criteria seed (None when the seed has no such criterion)."""
    with seed_file("criteria").open(encoding="utf-8", newline="") as rows:
        for row in csv.DictReader(rows):
            if row["framework"] == framework and row["criterion_code"] == criterion:
                return float(row["max_points"])
    return None


# A scoring profile in prose is believed from this many criteria named with their points.
_LEAST_NAMED = 3


def named_scores(text_key: str, framework: str | None) -> list[ScoreRow]:
    """A scoring profile written as prose, criteria by name ("Purpose, Vision & Strategy 62;
    Engaging Stakeholders 55; ..."): the framework whose names give the most such scores
    (the report's own first), each within its criterion's maximum; none below three."""
    names = _lexicon()["criterion_names"]
    best: list[ScoreRow] = []
    for candidate in ([framework] if framework in names else []) + [f for f in names if f != framework]:
        rows: dict[str, ScoreRow] = {}
        for code, patterns in names[candidate].items():
            pattern = _lexicon()["criterion_name_score"].replace("{name}", "(?:" + "|".join(patterns) + ")")
            for match in compiled(pattern).finditer(text_key):
                maximum = criterion_maximum(candidate, code)
                points = _value(match.group("points"))
                if maximum is None or points > maximum or code in rows:
                    continue
                rows[code] = ScoreRow(code, points, maximum, match.start(), match.end())
        if len(rows) >= _LEAST_NAMED and len(rows) > len(best):
            best = sorted(rows.values(), key=lambda row: row.start)
    return best


def criteria_by_name(texts: list[str], framework: str | None) -> list[str | None]:
    """The criterion each named row's text names ("Engaging Stakeholders 40% 40"), by the model's own
    names (the report's framework first): one code a row, none for a row naming none or two; all
    None unless three rows or more are named, each by another criterion."""
    names = _lexicon()["criterion_names"]
    for candidate in ([framework] if framework in names else []) + [f for f in names if f != framework]:
        codes: list[str | None] = []
        for text in texts:
            found = {
                code
                for code, patterns in names[candidate].items()
                if compiled(r"(?<![\w&])(?:" + "|".join(patterns) + r")(?!\w)").search(text)
            }
            codes.append(found.pop() if len(found) == 1 else None)
        named = [code for code in codes if code]
        if len(named) >= _LEAST_NAMED and len(set(named)) == len(named):
            return codes
    return [None] * len(texts)
