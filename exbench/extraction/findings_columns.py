"""Findings in two columns side by side (strengths | areas for improvement) under a header naming both
kinds: one row per criterion (its two cells), or a matrix whose rows are headed by sub-criteria
(matrix_rows). The reader gives the cells one after another; this part of the findings reader collects
a criterion's lines and hands back its cells as findings.
"""

from __future__ import annotations

import re

from exbench.extraction.column_cells import TERMINAL, marked_cells, sentence_cells, unbulleted
from exbench.extraction.finding_polarity import kinds_by_polarity
from exbench.extraction.lexicons import compiled
from exbench.extraction.matrix_rows import Cell, dash_rows, row_code, row_findings
from exbench.extraction.report_labels import chrome
from exbench.extraction.report_layout import (
    closing_heading,
    criterion_by_name,
    criterion_heading,
    lexicon,
    line_key,
    side_by_side,
    unnumbered,
)
from exbench.extraction.score_headers import header_columns
from exbench.extraction.score_statements import statements
from exbench.extraction.text_units import Span

__all__ = ["ColumnsReader"]


class ColumnsReader:
    """The side-by-side columns being read, as a part of the findings reader (whose `emit_cells` takes the cells)."""

    columns: tuple[tuple[str, str], str | None, str | None, list[tuple[int, Span]]] | None
    rows: list[tuple[str | None, Cell]] | None  # a matrix's rows read so far under these columns
    parted = False  # the columns follow a criterion's and a sub-criterion's (parted_header)
    number_alone = False  # a row's number alone on its line was read: the columns opened next are its row's
    nameless = False  # the row opened by its number alone: its name's wrapped lines come before its first cell
    dashed: tuple = ()  # criteria whose every matrix row is "1.1 – ...": their kinds wait for the whole report
    kind_rows = False  # a matrix row of the report gave a finding of its left column's kind
    headed_row: tuple[int, Span] | bool = False  # the row opened by its criterion's heading (its title's words)
    held_row: tuple | None = None  # a row's one cell, closed by the header repeated over the next page (its rest)

    def open_columns(self, kinds: tuple[str, str], parted: bool = False) -> None:
        """A header of two kinds side by side: the cells under it are read until the next heading; `parted`:
        after a criterion's and a sub-criterion's columns (parted_header)."""
        self.close_columns()
        held, self.held_row = self.held_row, None
        self.columns = (kinds, self.criterion, self.item, [])
        if held and held[:3] == self.columns[:3]:  # the header again over the next page: the row's first cell
            self.columns[3].extend(held[3])
        self.rows, self.parted, self.nameless, self.number_alone = None, parted, self.number_alone, False
        self.headed_row = False

    def headed(self, key: str, span: Span, page: int) -> None:
        """A row of the columns opened by its criterion's heading ("معیار ۱: رهبری مدیرعامل و ..."): the
        words after the criterion's number are the row's (its name's cell, then its first cell's first
        line), kept for close_columns to read past the name."""
        heading = criterion_heading(key)
        start = heading.start("title") if heading and heading.groupdict().get("title") else None
        text = span.text[start:].strip() if start is not None and len(key) == len(span.text) else ""
        if self.columns is None or not heading:
            return
        self.headed_row = True
        if text:
            offset = span.start + span.text.index(text, start)
            self.headed_row = (page, Span(offset, offset + len(text), text))
            self.columns[3].append(self.headed_row)

    def criterion_row(self, key: str, span: Span, page: int) -> None:
        """A row of parted columns that opens with its criterion's cell ("معیار ۱: رهبری 1a مدیران ..."):
        the words after the criterion's number are the row's (its name's end, its sub-criterion, its cells)."""
        heading = criterion_heading(key)
        start = heading.start("title") if heading and heading.groupdict().get("title") else None
        text = span.text[start:].strip() if start is not None and len(key) == len(span.text) else ""
        if self.columns is not None and text:
            offset = span.start + span.text.index(text, start)
            part = (
                heading.group("num") + (heading.groupdict().get("sub") or "")
                if "." in heading.group("num") or heading.groupdict().get("sub")
                else None
            )
            self.rows = [(part, [(page, Span(offset, offset + len(text), text))])]  # "2a ...": past the part's cell

    def bare_row(self, key: str) -> str | None:
        """The next criterion's number alone on its line under the columns ("4." after criterion 3's row): a
        narrow criterion column wrapped the row's name below it, or the page break parted them; the row's number."""
        found = re.fullmatch(r"(\d{1,2})\s?[.)]", key)
        current = self.columns[1] if self.columns is not None else None
        return found.group(1) if found and current and current.isdigit() and int(found.group(1)) == int(current) + 1 else None

    def column_line(self, page: int, span: Span) -> None:
        if self.columns is not None:
            self.columns[3].append((page, span))

    def after_columns(self, key: str, heading: str) -> bool:
        """A heading after the last criterion's columns: "4. Puanlama", "5 Next steps", "Summary", a table's
        caption ("جدول ۲ — امتیاز ..."), or a line stating a criterion's score."""
        numbered = heading != key and len(heading.split()) <= 6 and not heading.endswith(TERMINAL)
        if any(row.criterion for row in statements(key)):
            return True  # "Points awarded for Criterion 1: 45 out of 100.": the criterion's score under its cells
        return numbered or any(compiled(lexicon()[e]).match(heading) for e in ("section_end", "score_section", "table_caption"))

    def matrix_line(self, key: str, span: Span, page: int) -> bool:
        """A line of a matrix under the columns: a row headed by a sub-criterion of the columns' criterion
        ("1.1 (+) ...", "۱-۳ ...", "Kriter" / "6"), the header repeated after a page break, or a line of the
        row being read. False where the line is no part of a matrix."""
        if self.columns is None:
            return False
        kinds, criterion = self.columns[:2]
        if self.rows is not None and side_by_side(unnumbered(key)) == kinds:
            return True  # the header again on the next page: the row goes on
        if self.rows is not None and chrome(key):
            return True  # "— ادامه در صفحه بعد —": the page's note, no part of a cell
        named = criterion_by_name(key, self.framework)  # "3.4 Sürdürülebilir Değer Yaratmak": a criterion's heading
        code = None if named else row_code(key, criterion)
        if code is None and self.rows is None and criterion and re.match(r"[—–\-]\s", key):
            code = (None, 2)  # "— ...": the sub-criterion's cell left empty, the criterion's own row
        if code is None:
            heading = named or criterion_heading(key) or closing_heading(unnumbered(key)) or header_columns(key)
            if self.rows is None or heading or self.after_columns(key, unnumbered(key)):
                return False  # "Kriter 2 – ...", "3. Puanlama Profili": the matrix of this criterion ends
            self.rows[-1][1].append((page, span))
            return True
        if self.rows is None:  # the row a heading opened ("زیرمعیار ۱-۱"), else no row: a header's wrapped cells
            self.rows = [(self.columns[2], list(self.columns[3]))] if self.columns[2] and self.columns[3] else []
        if not self.rows or self.rows[-1][1]:
            self.rows.append((code[0], []))
        elif code[0]:
            self.rows[-1] = (code[0], [])  # "Kriter" / "6": the row's code wrapped over lines
        rest = span.text[code[1] :]
        if rest.strip():
            start = span.start + code[1] + len(rest) - len(rest.lstrip())
            self.rows[-1][1].append((page, Span(start, start + len(rest.strip()), rest.strip())))
        return True

    def unnamed(self, cell: Cell, criterion: str) -> Cell:
        """A cell without the criterion's name that its row's name cell put before it ("رهبری مدیرعامل ...")."""
        text = " ".join(span.text for _, span in cell)
        names = lexicon()["criterion_names"]
        patterns = [p for f in ([self.framework] if self.framework in names else names) for p in names[f].get(criterion, [])]
        named = compiled(r"^(?:" + "|".join(patterns) + r")\s+(?=\S)").match(line_key(text)) if patterns else None
        if not named or len(line_key(text)) != len(text):
            return cell
        offset, kept = named.end(), []
        for page, span in cell:
            if offset >= len(span.text):
                offset -= len(span.text) + 1
                continue
            rest = span.text[offset:].lstrip()
            start = span.end - len(rest)
            kept.append((page, Span(start, span.end, rest)))
            offset = 0
        return kept or cell

    def close_columns(self) -> None:
        """Cells of side-by-side columns come out row by row, left cell then right, and an empty cell
        leaves no trace (or each cell holds a list, and the left column comes whole first): where the
        columns are strengths and areas, each cell's grammar tells its kind (finding_polarity); else only
        the first row's two cells (the first two sentences) are taken, and nothing when the reader wove
        the columns' lines together. A matrix's rows are read by matrix_rows."""
        if self.columns is None:
            return
        self.held_row = None
        (first, second), criterion, item, spans = self.columns
        self.columns, rows, self.rows, nameless, self.nameless = None, self.rows, None, self.nameless, False
        headed, self.headed_row = self.headed_row, False
        if rows is not None:
            rows = [
                (code, _past_part(self.unnamed(cell, criterion)) if self.parted and not code else list(cell))
                for code, cell in rows
            ]
            if dash_rows(rows):
                self.dashed = (*self.dashed, ((first, second), criterion, rows))
                return
            self.emit_rows((first, second), criterion, rows, False)
            return
        if nameless:  # "4." / "Sürdürülebilir" / "Değer Yaratma" / cells: past the model's name, else no cell is told
            past = self.unnamed(spans, criterion) if criterion else spans
            if past is spans:
                return
            spans = past
        elif headed and criterion and spans:  # past the model's name the heading's line or the next ones hold
            past = self.unnamed(spans, criterion)
            spans = past if past is not spans or headed is True else [s for s in spans if s is not headed]
        marked = marked_cells(spans)
        if marked == []:
            return  # marks, but no two cells of a row: the reader wove the columns together
        if marked is not None:  # "• ..." / "—": each cell opens with a bullet, an empty one is a dash
            kinds, cells = [first, second], marked
            kinds = [kind if cell else None for kind, cell in zip(kinds, cells, strict=True)]
            kinds, cells = [k for k in kinds if k], [c for c in cells if c]
        else:
            cells = [unbulleted(cell) for cell in sentence_cells(page_parted(spans))]
            page, last = spans[-1] if spans else (None, None)
            after = [line for line in self.page_texts[page][last.end :].splitlines() if line.strip()] if spans else [""]
            if len(cells) == 1 and criterion and all(chrome(line_key(line)) for line in after):
                self.held_row = ((first, second), criterion, item, spans)  # its page ends: the rest may come over it
            if len(cells) < 2 or any(cell[0][1].text.lstrip()[:1].islower() for cell in cells):
                return  # a sentence opening in lower case: the reader wove the two columns' lines together
            texts = [" ".join(span.text for _, span in cell) for cell in cells]
            kinds = kinds_by_polarity(texts, first, second) or [first, second]  # else the first row's two cells only
        texts = [" ".join(span.text for _, span in cell) for cell in cells]
        kinds = [kind if text.rstrip().endswith(TERMINAL) else None for kind, text in zip(kinds, texts, strict=False)]
        found = []
        for kind, cell in zip(kinds, cells, strict=False):
            if kind is None:
                break  # words that end no sentence: what follows the table (a heading, a note), no cell
            found.append((kind, criterion, item, cell))
        self.emit_cells(found)

    def emit_rows(self, kinds: tuple[str, str], criterion: str | None, rows: list, joined: bool) -> None:
        """A matrix's findings, each of its row's criterion where the matrix stands under none."""
        found = row_findings(kinds, rows, joined)
        self.kind_rows = self.kind_rows or any(kind == kinds[0] for kind, _, _ in found)
        self.emit_cells(
            [
                (kind, own, code, self.unnamed(cell, own))
                for kind, code, cell in found
                if (own := criterion or code and re.match(r"\d{1,2}", code).group(0))  # "1.2", "1a": criterion 1
            ]
        )

    def close_dashed(self) -> None:
        """Matrices whose every row is its code, a dash and one cell: where no matrix of the report gave a finding
        of the left column's kind, the dash joins each code to its finding and the cell's grammar tells its kind
        (a report with no strength at all is none); else the dash left the left cell empty."""
        joined = not self.kind_rows and len(self.dashed) > 1
        for kinds, criterion, rows in self.dashed:
            self.emit_rows(kinds, criterion, rows, joined)
        self.dashed = ()


# A sub-criterion's cell: its code ("1a", "2.3") or a dash where the row has none, after the criterion's name.
_PART_CELL = re.compile(r"(?:(?<=\s)|^)(?:\d{1,2}(?:[a-h]|[.\-]\d{1,2})|[—–\-])(?=\s|$)\s*")
_NAME_CELL = 80  # the longest criterion name a sub-criterion's cell follows, wrapped or not


def _past_part(cell: Cell) -> Cell:
    """A parted row's cells past its criterion's name and its sub-criterion's cell; the row as it is where
    no sub-criterion's cell follows a name's length."""
    read = 0
    for index, (page, span) in enumerate(cell):
        found = _PART_CELL.search(span.text)
        if found and span.text[: found.start()].rstrip().endswith(TERMINAL):
            break  # a sentence before: a cell of the row's, no name
        if found and read + found.start() <= _NAME_CELL:
            rest = span.text[found.end() :]
            kept = [(page, Span(span.start + found.end(), span.end, rest))] if rest.strip() else []
            return kept + cell[index + 1 :]
        read += len(span.text) + 1
        if read > _NAME_CELL:
            break
    return cell


# A sub-criterion's code opening a cell, glued to its text or not ("1.5There is ...", "1.5 There is ...").
_CELL_CODE = re.compile(r"^\d{1,2}(?:[.\-]\d{1,2}|[a-h])?\s*(?=[^\W\d_])")


def page_parted(spans: list[tuple[int, Span]]) -> list[tuple[int, Span]]:
    """The lines of a row a page break parted, in the order of its cells: the reader gives each page's piece of
    the left cell, then of the right, so the left cell's last words come on the next page (opening in lower
    case) after the right cell's first ones. Its tail is put back after its head, which ends where the one line
    of the first page opening in a capital after words that end no sentence starts the right cell; the lines as
    they are where that is not so."""
    pages = sorted({page for page, _ in spans})
    first = [(p, s) for p, s in spans if p == pages[0]]
    second = [(p, s) for p, s in spans if p != pages[0]]
    if len(pages) != 2 or not second or not second[0][1].text[:1].islower() or not first[-1][1].text.rstrip().endswith(TERMINAL):
        return spans  # the right cell's piece ended on the first page: the tail can only be the left cell's
    end = next((i for i, (_, s) in enumerate(second) if s.text.rstrip().endswith(TERMINAL)), None)
    cuts = [
        i
        for i in range(1, len(first))
        if not first[i - 1][1].text.rstrip().endswith(TERMINAL) and _CELL_CODE.sub("", first[i][1].text)[:1].isupper()
    ]
    coded = [i for i in cuts if first[i][1].text[:1].isdigit()]  # "1.5There ...": the right cell's own code opens it
    cuts = coded if len(coded) == 1 else cuts  # over a capital a name opens a line with ("Management Plan ...")
    if end is None or len(cuts) != 1:
        return spans
    return first[: cuts[0]] + second[: end + 1] + first[cuts[0] :] + second[end + 1 :]
