"""The score profile of a feedback report as its lines come: score tables read by their
header (score_headers, score_tables), rows whose cells wrapped over lines, score lines under a scores
heading, and scores stated in sentences for what no table gave.

The report reader hands every line here first while a score table is open, and the
lines it did not take as structure or findings afterwards; what this reader takes is
no finding.
"""

from __future__ import annotations

import re

from exbench.extraction.lexicons import compiled, fold
from exbench.extraction.model import Evidence, PageInput
from exbench.extraction.report_facts import Score
from exbench.extraction.report_layout import header_short, lexicon, line_key
from exbench.extraction.score_cells import uncaptioned
from exbench.extraction.score_headers import ScoreRow
from exbench.extraction.score_heading_shares import heading_shares
from exbench.extraction.score_name_sentences import name_sentence_scores
from exbench.extraction.score_named import criteria_by_name, named_scores
from exbench.extraction.score_row_values import weighed_shares
from exbench.extraction.score_seed import criterion_maxima, criterion_maximum, model_totals
from exbench.extraction.score_stacked import BROKEN_NUMBER, NUMBERS_LINE, row_start, scale_first, stacked_score
from exbench.extraction.score_statements import (
    SMALLEST_TOTAL,
    floating_points,
    own_score,
    scaled_readings,
    statements,
)
from exbench.extraction.score_tables import ScoreTable
from exbench.extraction.score_transposed import transposed
from exbench.extraction.score_words import in_digits
from exbench.extraction.text_units import Span, lines

__all__ = ["ScoreReader"]

# A total read without its scale is out of the model's whole (1000 points).
_MODEL_TOTAL = 1000.0


def _number(text: str) -> float:
    """A points cell of a score line: a decimal comma or point is a fraction ("63,5")."""
    return float(text.replace(",", "."))


class ScoreReader:
    """Scores of one report, read line by line; `scores` holds them in reading order."""

    def __init__(self, subject: str, framework: str | None, page_texts: dict[int, str]) -> None:
        self.subject, self.framework, self.page_texts = subject, framework, page_texts
        self.scores: list[Score] = []
        self.in_scores = False  # under a scores heading: bare rows ("3 ... 62") are scores
        self.pending_row: tuple[str | None, Span, int] | None = None  # a score row whose points are on a later line
        self.held: Score | None = None  # a wrapped row's score kept until the next line shows it had one number
        self.above: list[str] = []  # short lines above wrapped rows, and whether they put the maximum first (score_stacked)
        self.order: bool | None = None
        self.broken: re.Match[str] | None = None  # the first digit of a wrapped row's points, after its leader dots
        self.table: ScoreTable | None = None
        self.ordinal_quotes: list[tuple[int, str]] = []  # where each named row of the score table stands
        self.part_quotes: dict[str, list[tuple[int, str]]] = {}  # where the rows of each criterion's parts stand
        self.table_first: tuple[int, int] | None = None  # (page, start) of the score row being read
        self.lines_read = 0  # lines of the open table read so far
        self.captioned = False  # a cell's words in brackets go on to the next line of the table
        self.labeled: dict[str, list[Score]] = {}  # "Puan: 47" lines under each criterion's heading
        self.owned: dict[str, list[Score]] = {}  # scores stated under each criterion's heading (own_score)
        self.shares: list[tuple[ScoreRow, int, str]] = []  # criteria's shares of their weights (weight_shares)

    def score(self, criterion: str | None, points: float, maximum: float | None, page: int, quote: str) -> None:
        """Keep a score, unless its points are more than any framework gives that criterion (or a whole model):
        cells glued together by a printer ("45" "52" as 4552) or a maximum read as the points; or its criterion
        is one no framework has ("Kriter" over "54 100 ...": a header's word and a row's points)."""
        ceiling = criterion_maxima(criterion) if criterion is not None else model_totals()
        if not ceiling or points > max(ceiling):
            return
        self.scores.append(Score(self.subject, self.framework, criterion, points, maximum, Evidence(page, quote)))

    def this_criterion(self, key: str, span: Span, page: int, criterion: str | None) -> bool:
        """A score in a sentence on "this criterion" ("این معیار ۵۲ امتیاز از ۱۰۰") or under its heading (own_score), or a
        line labelling it ("Puan: 47"): the criterion it stands under. True where a sentence gave it: no finding."""
        if criterion is None:
            return False
        label = compiled(lexicon()["criterion_score_line"]).match(key)  # "Puan: 47", "Criterion score: 52", "امتیاز: ۴۶"
        if label:
            maximum = criterion_maximum(self.framework, criterion)
            self.labeled.setdefault(criterion, []).append(
                Score(self.subject, self.framework, criterion, _number(label.group("points")), maximum, Evidence(page, span.text))
            )
            return False
        if not compiled(lexicon()["this_criterion"]).search(key):
            own = own_score(key, self.framework, criterion) if not (self.table or self.in_scores) else None
            if own:
                self.owned.setdefault(criterion, []).append(
                    Score(self.subject, self.framework, criterion, *own, Evidence(page, span.text))
                )
            return own is not None
        for match, points, maximum in scaled_readings(key)[:1]:
            if compiled(lexicon()["criterion_before"]).search(key, 0, match.start()):
                return False  # "معیار ۲ (...): ... این معیار": the sentence names its criterion; the running text reads it
            if points <= maximum and maximum not in model_totals():
                self.score(criterion, points, maximum, page, span.text)
                return True
        return False

    def open_table(self, columns: list[str], header: str = "") -> None:
        """A score-table header: the rows that follow are read in its column order."""
        self.close_table()
        self.table, self.table_first, self.lines_read = ScoreTable(columns, header=header), None, 0
        self.captioned = False

    def table_line(self, key: str, span: Span, page: int) -> bool:
        """A row of a score table: its criterion cell and numbers in the header's column order."""
        table = self.table
        if table is None:
            return False
        key, self.captioned = uncaptioned(key, self.captioned)  # "٪۴۰ (مرتبط بودن و قابلیت" / "استفاده)"
        if not key:
            return True
        if self.table_first is None or table.pending is None and not table.pending_total:
            self.table_first = (page, span.start)
        named, parts = len(table.ordinal), sum(len(p) for p in table.parts.values())
        belongs, row = table.row(key)
        if not belongs:
            self.close_table()
            return False
        self.lines_read += 1
        if len(table.ordinal) > named:
            self.ordinal_quotes.append((page, span.text))
        if sum(len(p) for p in table.parts.values()) > parts:
            self.part_quotes.setdefault(table.table_part, []).append((page, span.text))
        if row:
            first_page, first_start = self.table_first
            quote = self.page_texts[page][first_start : span.end] if first_page == page else span.text
            maximum = row.max_points if row.max_points is not None or row.criterion else _MODEL_TOTAL
            if row.share:  # "1 Liderlik | %45": a share of the criterion's weight, weighed once the total is read
                self.shares.append((row, page, quote))
            else:
                self.score(row.criterion, row.points, maximum, page, quote)
            self.table_first = None
            if row.criterion is None:
                self.close_table()  # the total closes the table
        return True

    def close_table(self) -> None:
        """The rows named but not numbered take their place in the model's order, where they can."""
        if self.table:
            for row, (page, quote) in zip(self.table.ordered(), self.ordinal_quotes, strict=False):
                if row.share:  # a share of the criterion's weight: weighed once the report's total is read
                    self.shares.append((row, page, quote))
                else:
                    self.score(row.criterion, row.points, row.max_points, page, quote)
            shares = any(row.share for row in self.table.ordinal) or self.table.running_numbers()
            if not (self.table.ordered() or self.table.numbered or shares) and len(self.table.ordinal) == len(
                self.ordinal_quotes
            ):
                # named rows, not as many as a model's criteria: each is the criterion its name names
                codes = criteria_by_name([fold(quote) for _, quote in self.ordinal_quotes], self.framework)
                for row, code, (page, quote) in zip(self.table.ordinal, codes, self.ordinal_quotes, strict=True):
                    limit = criterion_maximum(self.framework, code) if code else None
                    if code and (limit is None or row.points <= limit):
                        self.score(code, row.points, row.max_points, page, quote)
            for row in self.table.summed():
                where = self.part_quotes.get(str(row.criterion), [])
                if where and all(page == where[0][0] for page, _ in where):
                    self.score(row.criterion, row.points, row.max_points, where[0][0], "\n".join(q for _, q in where))
        self.table, self.ordinal_quotes, self.part_quotes = None, [], {}

    def line(self, key: str, span: Span, page: int) -> bool:
        """A score line outside a table: a total row, or a criterion's row under a scores heading."""
        if not self.in_scores:
            self.release()
        if self.in_scores and self.split_row(key, span, page):
            return True
        total = compiled(lexicon()["score_total"]).match(key)  # a total row, not "... in total 160" in prose
        if total:
            maximum = _number(re.sub(r"[.,]", "", total.group("max"))) if total.group("max") else None
            if maximum is not None and maximum not in model_totals():
                return False  # "Toplam 118/200": the total of a part, not the organization's
            if maximum is None and _number(total.group("points")) < SMALLEST_TOTAL:
                return False  # "Toplam Puan: 46" under a criterion: the criterion's, not the organization's
            self.score(None, _number(total.group("points")), maximum or _MODEL_TOTAL, page, span.text)
            return True
        row = compiled(lexicon()["score_row"]).match(key)
        if row and (self.in_scores or row.group("max")):
            maximum = _number(row.group("max")) if row.group("max") else None
            points = _number(row.group("points"))
            if maximum is not None and points > maximum:
                return False
            self.score(row.group("num"), points, maximum, page, span.text)
            return True
        return False

    def split_row(self, key: str, span: Span, page: int) -> bool:
        """A score table whose cells wrapped: "1. Amaç, Vizyon ve" / "Strateji" / "62"."""
        points = compiled(lexicon()["wrapped_row_points"]).fullmatch(key)
        if (points or NUMBERS_LINE.fullmatch(key)) and self.held is not None:
            self.stacked(key, span, page)  # "1. Leadership" / "120" / "52", "100" / "40 48 +8": two cells stacked
            return True
        self.release()
        start = row_start(key, self.scores[-1].criterion_code if self.scores else None)
        total = compiled(lexicon()["wrapped_row_total"]).match(key)
        if self.pending_row is None and not start:  # the header's cells stacked above the rows ("Kriter" / "AzamiPuan")
            self.above = [*self.above, key] if header_short(key) else []
        if start and not re.search(r"\d{2,}\s*(?:/|$)", key):
            self.pending_row, self.broken = (start.group(1), span, page), BROKEN_NUMBER.search(key)  # "... 6" / "4"
            self.order, self.above = scale_first(self.above) if self.above else self.order, []
            return True
        if total:
            self.pending_row, self.broken = (None, span, page), None
            return True
        if points and self.pending_row is not None:
            (criterion, first, first_page), number = self.pending_row, float((self.broken[1] if self.broken else "") + points[1])
            maximum = float(points.group(2)) if points.group(2) else (_MODEL_TOTAL if criterion is None else None)
            quote = self.page_texts[page][first.start : span.end] if first_page == page else span.text
            self.held = Score(self.subject, self.framework, criterion, number, maximum, Evidence(page, quote))
            if points.group(2):  # "52 of 120": the scale says which number is the points
                self.release()
            self.pending_row = None
            return True
        return self.pending_row is not None and not re.search(r"\d", key)  # the row's wrapped name

    def stacked(self, key: str, span: Span, page: int) -> None:
        """A wrapped row's two numbers stacked: points and maximum in the header's order (score_stacked), or none."""
        held, self.held, self.pending_row = self.held, None, None
        read = stacked_score(held.points, key, self.order) if held.criterion_code is not None else None
        if read and read[1] in criterion_maxima(held.criterion_code):
            quote = held.evidence.quote + self.page_texts[page][span.start - 1 : span.end]  # the two lines
            self.score(held.criterion_code, *read, page, quote if held.evidence.page == page else span.text)

    def release(self) -> None:
        """The score of a wrapped row, once the line after its number showed it had no second number."""
        if self.held is not None:
            held, self.held = self.held, None
            self.score(held.criterion_code, held.points, held.max_points, held.evidence.page, held.evidence.quote)

    def in_row(self, key: str) -> bool:
        """A criterion's score row under a scores heading (which is no criterion heading)."""
        return self.in_scores and compiled(lexicon()["score_row"]).match(key) is not None

    def running(self, pages: list[PageInput]) -> None:
        """Scores of tables laid on their side and stated in sentences, for criteria (and the total) no table gave."""
        self.release()
        self.unique(self.labeled)
        have = {s.criterion_code for s in self.scores}
        for page in pages:
            spans = lines(page.text)
            for first, last, rows in transposed([line_key(span.text) for span in spans]):
                quote = page.text[spans[first].start : spans[last].end]
                for row in (row for row in rows if row.criterion not in have):
                    self.score(row.criterion, row.points, row.max_points, page.page_number, quote)
        have = {s.criterion_code for s in self.scores}
        stated = []
        for page in pages:
            key, where = in_digits(line_key(page.text), page.language)
            for row in statements(key) + named_scores(key, self.framework) + name_sentence_scores(key, self.framework):
                quote = page.text[where[row.start] : where[row.end - 1] + 1]
                stated.append((row, page.page_number, quote))
        # Two pages stating different points for one criterion (or the total) speak of two cycles: which
        # one is this report's cannot be told.
        points: dict[str | None, set[float]] = {}
        for row, _, _ in stated:
            points.setdefault(row.criterion, set()).add(row.points)
        for row, page_number, quote in stated:
            if row.criterion in have or len(points[row.criterion]) > 1:
                continue
            have.add(row.criterion)
            maximum = row.max_points if row.max_points is not None or row.criterion else _MODEL_TOTAL
            self.score(row.criterion, row.points, maximum, page_number, quote)
        self.weigh(pages)
        have |= {s.criterion_code for s in self.scores}  # and criteria a table of shares gave
        if not have - {None}:  # no criterion's score read: perhaps the printer moved them all from their headings
            keyed = [in_digits(line_key(page.text), page.language) for page in pages]
            for index, row in floating_points([key for key, _ in keyed], self.framework):
                where, page = keyed[index][1], pages[index]
                quote = page.text[where[row.start] : where[row.end - 1] + 1]
                self.score(row.criterion, row.points, row.max_points, page.page_number, quote)
        self.unique(self.owned)  # last: a sentence's, where nothing else gave the criterion one

    def weigh(self, pages: list[PageInput]) -> None:
        """Criteria's points from a table of the shares of their weights (else their headings'), checked against the
        report's total."""
        totals = {score.points for score in self.scores if score.criterion_code is None}
        shares = self.shares or heading_shares(pages)
        rows = weighed_shares([row for row, _, _ in shares], self.framework, totals.pop() if len(totals) == 1 else None)
        have = {score.criterion_code for score in self.scores}
        for row, (_, page, quote) in zip(rows, shares, strict=False):  # none, or one a share
            if row.criterion not in have:
                self.score(row.criterion, row.points, row.max_points, page, quote)

    def unique(self, found_by_criterion: dict[str, list[Score]]) -> None:
        """One score a criterion from lines under its heading, for criteria with none yet (two differing: unknown)."""
        have = {s.criterion_code for s in self.scores}
        for criterion, found in found_by_criterion.items():
            if criterion not in have and len({score.points for score in found}) == 1:
                self.score(criterion, found[0].points, found[0].max_points, found[0].evidence.page, found[0].evidence.quote)
