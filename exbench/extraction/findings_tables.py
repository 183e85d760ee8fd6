"""Tables of findings in a feedback report: one row per finding, giving its criterion, its kind and its text
(criterion | type | finding).

The reader gives the cells one after another or side by side, and a narrow type cell may wrap or lose its
spaces. Under the table's header the criterion's name may stand between its number and the type; without a
header seen, the type cell must follow the number or stand alone. A row is handed back whole when the next one starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from exbench.extraction.column_cells import TERMINAL
from exbench.extraction.finding_table_cells import closing_kind, criterion_cell_start, named_criterion, titled_row
from exbench.extraction.findings_codes import code_first, criterion_side, most_criteria
from exbench.extraction.lexicons import compiled
from exbench.extraction.report_labels import both_kinds
from exbench.extraction.report_layout import lexicon, mark_type, table_type
from exbench.extraction.report_marks import cell_mark
from exbench.extraction.text_units import Span

__all__ = ["FindingsTable", "TableRow", "criterion_side"]

# A kind column named by the signs themselves ("±", "+/−") gives them their plain sense where no key does.
_SIGN_COLUMN = re.compile(r"±|\+\s*/\s*[−–—\-]")


@dataclass
class TableRow:
    """A findings-table row being read: its criterion (and part), kind and text lines."""

    criterion: str | None
    item: str | None
    type_words: str
    type: str | None = None
    spans: list[tuple[int, Span]] = field(default_factory=list)
    pair: tuple[int, int] | None = None  # a two-part code ("1.2", "۱-۲") as read, for its orientation
    table: int = 0  # which table of the report the row is in
    named: bool = False  # the criterion cell is the criterion's name, after a running number


class FindingsTable:
    """The rows of findings tables, line by line; `headed` is set under a table's header."""

    def __init__(self, framework: str | None = None) -> None:
        self.framework = framework  # the report's framework, whose criteria's names a name cell is read by
        self.row: TableRow | None = None
        self.closed: list[TableRow] = []  # rows read whole, for the report reader to take
        self.tables = 0  # findings-table headers read so far
        self.headed = False  # under the header of a criterion / kind / finding table
        self.numbered = False  # the header's first column is a running number, read past
        self.marks: dict[str, str] = {}  # the kind marks of the report's key ("+", "−")
        self.letters: dict[str, str] = {}  # the letters the report's key sets equal to kinds ("ق = نقطه قوت")
        self.abbreviations: dict[str, str] = {}  # the kinds' letters the header's kind column names ("S / OFI")
        self.kind_last, self.last = False, ""  # the kind column after the finding's (its cell closes a row); the header

    def header(self, key: str) -> None:
        """A findings-table header: rows follow, with a running number first where it says so."""
        self.headed, self.last = True, key
        self.tables += 1
        self.numbered = compiled(lexicon()["findings_table_numbered"]).match(key) is not None
        known = lexicon()["kind_abbreviations"]
        pair = re.search(r"(?<!\w)([^\W\d_]{1,4})\s*/\s*([^\W\d_]{1,4})(?!\w)", key)
        kinds = {**known, **self.marks}  # letters the report's key gives ("“G” güçlü yönü, “İ” ...") too
        pairs = {a: kinds[a] for a in pair.groups() if a in kinds} if pair else {}
        # "Item | S / OFI | Comment"; else any kind's letters, as a whole cell after the row's criterion ("1 S ...")
        self.abbreviations = pairs if len(set(pairs.values())) == 2 else dict(known)
        kind = compiled(r"(?<!\w)(?:" + lexicon()["findings_kind_column"] + r")(?!\w)").search(key)
        text = compiled(r"(?<!\w)(?:" + lexicon()["findings_text_column"] + r")(?!\w)").search(key)
        # "Ref | Observation | S/AFI": a kind column of two kinds' letters after the text closes each row
        self.kind_last = bool(kind and text and kind.start() > text.end())  # "Comment | Type", "Observation | S/AFI"
        if kind and not self.marks and _SIGN_COLUMN.fullmatch(kind.group(0)):  # "Criterion | ± | Comment"
            self.marks = dict(lexicon()["kind_signs"])

    def _type(self, words: str, anywhere: bool) -> tuple[str, int] | None:
        """The kind cell at the start of a row's rest (a mark of the key) or its kind words."""
        marked = cell_mark(words, self.marks) if self.marks else None
        if marked:
            return marked
        short = re.match(r"([^\W\d_]{1,4})(?!\w)\s*", words) if self.abbreviations else None
        if short and short.group(1) in self.abbreviations:
            return self.abbreviations[short.group(1)], short.end()
        found = table_type(words, anywhere=anywhere)
        return (found[0], found[1].end()) if found else None

    def _inner_mark(self, rest: str) -> tuple[str, int] | None:
        """A kind mark of the report's key after the criterion's name cell ("۳. درگیر کردن ذی‌نفعان + ...", or a
        letter the key defines: "۲. فرهنگ سازمانی و رهبری ق ...")."""
        for match in re.finditer(r"\s([+−–—\-])\s+(?=\S)", rest) if self.marks else ():
            kind = mark_type(rest[match.start(1) :], self.marks)
            if kind:
                return kind[0], match.start(1) + kind[1]
        for match in re.finditer(r"\s([^\W\d_]{1,3})\s+(?=\S)", rest) if self.letters else ():
            if match.group(1) in self.letters and named_criterion(self.framework, rest[: match.start()]):
                return self.letters[match.group(1)], match.end()
        return None

    def _opening(self, words: str) -> tuple[str, int] | None:
        """The kind cell opening a line after a wrapped criterion cell: a mark, or a letter of the key ("ق = نقطه قوت")."""
        found = self._type(words, anywhere=False) if self.marks or self.abbreviations else None
        letter = re.match(r"([^\W\d_]{1,3})\s+(?=\S)", words) if self.letters and not found else None
        return (self.letters[letter.group(1)], letter.end()) if letter and letter.group(1) in self.letters else found

    @property
    def awaiting_type(self) -> bool:
        """A row opened whose type cell is still to come (a wrapped "نقطه" / "قوت")."""
        return self.row is not None and self.row.type is None

    def starts_row(self, key: str) -> bool:
        """A line that opens a row of the table under its header (the criterion cell)."""
        start = (
            compiled(lexicon()["findings_row"]).fullmatch(key, criterion_cell_start(key, self.numbered)) if self.headed else None
        )
        return bool(start and not titled_row(key, self.marks, start.group("rest") or "") or self.unparted(key))

    def kind_row(self, key: str) -> bool:
        """A row under the header whose kind cell follows its code ("1.1 S ..."): no sub-criterion heading."""
        start = (
            compiled(lexicon()["findings_row"]).fullmatch(key, criterion_cell_start(key, self.numbered)) if self.headed else None
        )
        rest = start.group("rest") if start else None
        if self.kind_last:  # "1.4 It was not clear ...", "1.4" alone: the kind cell comes after the text
            return bool(start and code_first(key, start))
        return bool(rest and self._type(rest, anywhere=False) and not titled_row(key, self.marks, rest))

    def reversed_row(self, key: str) -> bool:
        """A right-to-left row whose cells came out in visual order, text on the next line:
        "+ ۱-۳ ۷" (kind, code, running number)."""
        if not (self.headed and self.numbered and self.marks):
            return False
        marked = mark_type(key, self.marks)
        cells = re.fullmatch(r"(?P<a>\d{1,2})\s*-\s*(?P<b>\d{1,2})\s+\d{1,3}", key[marked[1] :]) if marked else None
        if not cells:
            return False
        self.close()
        self.row = TableRow(
            cells.group("b"), None, "", marked[0], pair=(int(cells.group("b")), int(cells.group("a"))), table=self.tables
        )
        return True

    def unparted(self, key: str) -> tuple[str, int] | None:
        """A row whose part cell is a dash, then the kind's cell ("S-6.01 – + ...", "— GY ..."): a finding of
        the criterion the heading above names; its kind and where its text starts."""
        ref = r"[^\W\d_]{1,3}-?\d{1,2}(?:\.\d{1,3})?\s+" if self.numbered else ""
        ditto = re.match(r"[〃″]\s+", key)  # "〃 — −": the criterion cell above repeated, no part cell
        dash = compiled(ref + r"[−–—\-]\s+").match(key, ditto.end() if ditto else 0) if self.headed else None
        kind = self._type(key[dash.end() :], anywhere=False) if dash and (self.marks or self.abbreviations) else None
        return (kind[0], dash.end() + kind[1]) if kind else None

    def _part_cell(self, row_start: re.Match[str]) -> tuple[tuple[str, int], int, str] | None:
        """A sub-criterion's cell after the criterion's ("1 | 1-1 | ق | ..."), its code holding the criterion's
        number (first, or last where a right-to-left print swapped the two: "۳- ۱" for 1-3), then a kind cell of
        the report's key: (kind and its end after the part's cell, where the kind's cell starts, the part's number)."""
        rest = row_start.group("rest") or ""
        part = re.match(r"(\d{1,2})\s*[.\-]\s*(\d{1,2})\s+(?=\S)", rest)
        num = row_start.group("num")
        if not (part and self.marks and num in part.groups()):
            return None
        kind = cell_mark(rest[part.end() :], self.marks)
        return (kind, part.end(), part.group(2) if part.group(1) == num else part.group(1)) if kind else None

    def line(self, key: str, span: Span, page: int) -> bool:
        """Read a line; False when it is no part of a table. A row it closes goes to `closed`."""
        loose = self.headed
        if self.headed and self.kind_last:
            return self._kind_last_line(key, span, page)
        unparted = self.unparted(key)
        if unparted:
            # "6. Paydaş" / "Algıları" / "— + ...": the criterion cell the rows below it leave empty heads them
            heading = self.row.criterion if self.row is not None and self.row.type is None else None
            self.close()
            self.row = TableRow(heading, None, "", unparted[0], table=self.tables)
            self._text(span, page, unparted[1])
            return True
        row_start = compiled(lexicon()["findings_row"]).fullmatch(key, criterion_cell_start(key, self.numbered))
        if row_start and not self.numbered and int(row_start.group("num")) > most_criteria():
            row_start = None  # "62", "91": a score table's cell, no criterion of any model
        if row_start and not titled_row(key, self.marks, row_start.group("rest") or ""):
            rest = row_start.group("rest") or ""
            found = (self._type(rest, loose) or self._inner_mark(rest)) if rest else None
            cell = None if found or row_start.group("part") or row_start.group("sub") else self._part_cell(row_start)
            if cell:  # "۱ ۱-۱ ق ...": the criterion's cell, its sub-criterion's, then the kind's
                found = (cell[0][0], cell[1] + cell[0][1])
            if found and both_kinds(rest[found[1] :]):
                return False  # "3. نقاط قوت و زمینه‌های بهبود ...": a heading naming both kinds, no row
            if found or (not rest or loose and len(rest) <= 60):
                self.close()
                part = row_start.group("part") or row_start.group("sub")
                named = (  # "۱ رهبری قوت ...": a running number, then the criterion's name before the kind
                    self.numbered
                    and not part
                    and criterion_cell_start(key, self.numbered) == 0
                    and bool(re.match(r"[^\W\d_]", rest))
                    and not self._type(rest, anywhere=False)  # "1 AFI ...": the criterion's number, then the kind
                )
                part = lexicon()["subcriterion_letters"].get(part, part) if part else None  # "۱-ب": item 1b
                self.row = TableRow(
                    named_criterion(self.framework, rest) if named else row_start.group("num"),
                    row_start.group("num") + ("." if part.isdigit() else "") + part if part else None,
                    "" if found else rest,
                    named=named,
                )
                if part and part.isdigit():
                    self.row.pair, self.row.table = (int(row_start.group("num")), int(part)), self.tables
                elif cell:
                    self.row.item = row_start.group("num") + "." + cell[2]
                if found:
                    self.row.type = found[0]
                    self._text(span, page, row_start.start("rest") + found[1])
                return True
        row = self.row
        if row is None:
            return False
        if row.type is None:
            # "G Belediyenin ...", "Alt kriter 1.1 G ...": the kind cell (after a part's) once the cells before it wrapped
            part = re.match(r"(?:[^\W\d_]+\s+){0,2}\d{1,2}(?:[.\-]\d{1,2}|[a-e])\s+", key)
            skip = part.end() if part else 0
            opening = self._opening(key[skip:])
            if opening and re.search(r"[^\W\d_]", key[skip + opening[1] :]):
                row.type = opening[0]
                if row.named:
                    row.criterion = named_criterion(self.framework, row.type_words)
                self._text(span, page, skip + opening[1])
                return True
            before, row.type_words = row.type_words, (row.type_words + " " + key).strip()
            words, squeezed = row.type_words, re.sub(r"\s+", "", row.type_words)
            glued = before + key if before else ""  # "Area for improveme" / "nt": the narrow cell broke the word itself
            read = next(((w, t) for w in (words, squeezed, glued) if w and (t := table_type(w, anywhere=loose))), None)
            found = read[1] if read else None
            if found and (loose or found[1].end() == len(read[0])):
                row.type = found[0]
                if row.named:  # "۸ فرآیندها، محصولات / و خدمات / قوت ...": the name wrapped before the kind
                    row.criterion = named_criterion(self.framework, words)
                here = table_type(key, anywhere=True)
                if here and here[0] == found[0]:
                    self._text(span, page, here[1].end())
            elif len(words) > (60 if loose else 40):
                self.row = None  # not a findings table after all
            return True
        if row.spans and row.spans[-1][1].text.rstrip().endswith(TERMINAL) and span.text.lstrip()[:1].isupper():
            self.close()  # a sentence after a row that ended: a note after the table, no part of the row
            return True
        row.spans.append((page, span))
        return True

    def _kind_last_line(self, key: str, span: Span, page: int) -> bool:
        """A line of a table whose kind cell comes last: a row opens with its criterion cell, its text runs
        on, and the kind cell alone on its line ("S", "AFI") closes it."""
        kind = self._type(key, anywhere=False)
        if self.row is not None and kind and kind[1] >= len(key.rstrip()):
            self.row.type = kind[0]
            self.close()
            return True
        start = compiled(lexicon()["findings_row"]).fullmatch(key)
        start = start if start and code_first(key, start) else None
        closing = closing_kind(key, 0, self.abbreviations) if self.row is not None and not start else None
        if closing:  # "... re-test the assumptions S", "... an open session. Strength": the kind cell beside
            self._close_with(closing, span, page)
            return True
        if start:  # "1.4 It was ...", "1a It ...", "1.4" or "6" alone; a row whose kind cell never came is none
            part = start.group("part")
            # "C2-03": a zero-padded second part numbers the criterion's findings, no sub-criterion
            item = start.group("num") + "." + part if part and part.isdigit() and not part.startswith("0") else None
            self.row = TableRow(start.group("num"), item, "", table=self.tables)
            closing = closing_kind(key, start.start("rest"), self.abbreviations) if start.group("rest") else None
            if closing:  # the whole row on its line: "1a Leaders review ... session. Strength"
                self._close_with(
                    (closing[0], closing[1] - start.start("rest")),
                    Span(span.start + start.start("rest"), span.end, span.text[start.start("rest") :]),
                    page,
                )
            elif start.group("rest"):
                self._text(span, page, start.start("rest"))
            return True
        if self.row is None:
            return False
        self.row.spans.append((page, span))
        return True

    def _close_with(self, closing: tuple[str, int], span: Span, page: int) -> None:
        """Close the open row on a line whose kind cell starts at `closing[1]`: the words before it are its text's."""
        text = span.text[: closing[1]].rstrip()
        if text.strip():
            self.row.spans.append((page, Span(span.start, span.start + len(text), text)))
        self.row.type = closing[0]
        self.close()

    def _text(self, span: Span, page: int, offset: int) -> None:
        """The part of a row's line after its type cell: the start of the finding's text."""
        text = span.text[offset:].strip()
        if text and self.row is not None:
            start = span.start + span.text.index(text, offset)
            self.row.spans.append((page, Span(start, start + len(text), text)))

    def close(self) -> None:
        """End the row being read: it is a finding when it has a kind and a text."""
        row, self.row = self.row, None
        if row and row.type and row.spans:
            self.closed.append(row)
