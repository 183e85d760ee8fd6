"""Results tables whose first column is the level and a later one the receiver: "Level | Organisation | Sector".

An award body's results page under "Recognised by EFQM" prints "6 Star | TMBC | Local government": the header row
(a level column, `held_table_level_columns`, before a receivers' column, `held_table_member_columns`) says which
cell is which, so no row needs a verb. A bare star level takes the scheme the page names before the table. The
receivers' cell may hold a short form the page spells out elsewhere, in a key ("TMBC: Tynehaven Metropolitan
Borough Council · HVWS: ...") or in brackets after the full name ("Hollin Valley Water Services Ltd (HVWS)"): the
full name is the receiver; a row whose cell is neither a name nor a short form spelled out gives nothing. Every row is dated by the one
year the header names, else by the document.
"""

from __future__ import annotations

import re

from exbench.extraction.lexicons import any_match, fold
from exbench.extraction.metric_row_names import document_names
from exbench.extraction.model import DocumentContext, PageInput, Recognition
from exbench.extraction.organizations import find_organizations
from exbench.extraction.recognition_level_cells import receiver, row_quote
from exbench.extraction.recognition_list_tables import cell_level
from exbench.extraction.recognition_mentions import document_year, lexicon
from exbench.extraction.recognition_schemes import scheme_before
from exbench.extraction.recognition_winner_lines import in_full, listed_names
from exbench.extraction.recognition_winners import lead_year

__all__ = ["level_first_tables", "spelled_out", "within_level_first"]

_SHORT_WORDS = 2  # a short form: "TMBC", "Caldmoor Univ."
_KEY_END = re.compile(r"\s*(?:[·;•|]|\.\s|$)")
_FULL_WORDS = 10
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _column(header: list[str], key: str, language: str, after: int = -1) -> int | None:
    """The first column after `after` whose title `key` names; a giver's column ("Veren Kurum", "Awarded by") is none."""
    patterns = lexicon()[key].get(language, [])
    givers = lexicon().get("held_table_giver_columns", {}).get(language, [])
    return next(
        (
            i
            for i, cell in enumerate(header)
            if i > after and any_match(patterns, f" {fold(cell)} ") and not any_match(givers, f" {fold(cell)} ")
        ),
        None,
    )


def spelled_out(short: str, text: str, language: str) -> str | None:
    """The full name a page gives a short form: after it in a key ("TMBC: Tynehaven Metropolitan Borough Council"),
    or before it in brackets ("Hollin Valley Water Services Ltd (HVWS)"); None when the page gives none."""
    short = " ".join(short.split())
    if not short or len(short.split()) > _SHORT_WORDS:
        return None
    flat = " ".join(text.split())
    for match in re.finditer(rf"(?<![\w.]){re.escape(short)}\s*:\s+(?=[A-Z])", flat):
        end = _KEY_END.search(flat, match.end() + 1)
        full = flat[match.end() : end.start() if end else len(flat)].strip()
        if 1 < len(full.split()) <= _FULL_WORDS and full != short:
            return full
    bracketed = [m.canonical for m in find_organizations(flat, language) if m.canonical and m.acronym == short]
    return bracketed[0] if len(set(bracketed)) == 1 else None


def level_first_tables(pages: list[PageInput], context: DocumentContext) -> list[Recognition]:
    """One recognition per row of a results table whose level column comes before its receivers' column."""
    found: list[Recognition] = []
    document = document_names(pages, context.language or "")
    for page in pages:
        language = page.language or context.language or ""
        refusals = lexicon()["not_attained"].get(language, [])
        for table in page.tables:
            header = [" ".join(cell.split()) for cell in table[0]] if table else []
            level = _column(header, "held_table_level_columns", language)
            member = _column(header, "held_table_member_columns", language, level) if level is not None else None
            if member is None or len(" ".join(header).split()) > len(header) * 2:
                continue
            position = page.text.find(header[0])
            scheme_here = scheme_before(page.text, max(position, 0), language)
            years = set(_YEAR.findall(" ".join(header)))
            # else the one year the text above the table states on its own (the edition it gives the results of)
            above = "".join(f"{p.text}\n" for p in pages if p.page_number < page.page_number) + page.text[: max(position, 0)]
            lead = lead_year(above, context, language)
            year = int(years.pop()) if len(years) == 1 else lead or document_year(context, language)
            for row in table[1:]:
                cells = [" ".join(cell.split()) for cell in row]
                if len(cells) != len(header) or year is None or any_match(refusals, fold(" ".join(cells))):
                    continue
                mention = cell_level(cells[level], page.page_number, language, scheme_here)
                listed = listed_names(cells[member], language)  # "Kumtepe Bld., Sakızlı Bld.": two receivers in a cell
                name = spelled_out(cells[member], page.text, language) or receiver(cells[member], language)
                names = [in_full(one, document, language) for one in (listed if len(listed) > 1 else [name] if name else [])]
                if mention is None or not names:
                    continue
                scheme = scheme_here if mention.generic and scheme_here not in (None, "iso") else mention.scheme
                found += [
                    Recognition(
                        **context.owner(one),
                        scheme=scheme,
                        level=mention.level,
                        stars=mention.stars if scheme != "iso" else None,
                        year=year,
                        awarded_on=None,
                        evidence=row_quote(page, row),
                    )
                    for one in names
                ]
    return found


def within_level_first(recognition: Recognition, rows: list[Recognition]) -> bool:
    """Whether another reader took `recognition` from the words of such a table's rows."""
    quote = " ".join(recognition.evidence.quote.split())
    return any(quote in " ".join(row.evidence.quote.split()) for row in rows if row.evidence.page == recognition.evidence.page)
