"""The cells of a table of counts: which metric a header names, which cell is a count, where a row's words
stand in the page text (its evidence). Shared by the table shapes (table_counts.py, metric_org_columns.py)."""

from __future__ import annotations

import re

from exbench.extraction.lexicons import compiled, fold, load
from exbench.extraction.model import Evidence, PageInput
from exbench.extraction.numbers import parse_number
from exbench.language import to_ascii_digits

_BARE_NUMBER = re.compile(r"^\d[\d.,\u066c\u066b ]*$")  # on ASCII digits: one number, its groups apart
_MAX_QUOTE = 300
_ROW_SLACK = 40  # a row's words as the page gives them: its cells, the spaces and line breaks between
_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1f]")


def table_lexicon(language: str) -> dict:
    """The language's rules for tables of counts (lexicon `table_counts`)."""
    return load("table_counts").get(language, {})


def header_metric(cell: str, language: str) -> str | None:
    """The metric a header cell names (the lexicon's nouns, most specific first), or None: not a count. A hyphen a
    PDF's text layer gives as a control character ("adam\x02saat" in Chromium's print) is a hyphen. A header of
    people trained or on a register ("Trained assessors on the register") counts a pool, not a team: None."""
    folded = fold(" ".join(_CONTROL.sub("-", cell).split()))
    pool = table_lexicon(language).get("not_a_count")
    if pool and compiled(pool).search(folded):
        return None
    for code, nouns in table_lexicon(language).get("header_nouns", {}).items():
        if any(compiled(noun).search(folded) for noun in nouns):
            return qualified(code, folded, language)
    for code, nouns in load("metrics").get(language, {}).get("nouns", {}).items():
        if any(compiled(noun).search(folded) for noun in nouns):
            return qualified(code, folded, language)
    return None


def team_family(code: str) -> str:
    """A count's kind less whether its people or hours were internal or external."""
    return code.removesuffix("_internal").removesuffix("_external")


def qualified(code: str, header: str, language: str) -> str:
    """A team's metric as its header's other words qualify it: hours where it counts hours ("Assessment hours –
    external examiners"), the internal or the external part where it names one part and not both ("تعداد
    ارزیابان داخلی", "Assessment hours – internal team")."""
    family = team_family(code)
    words = table_lexicon(language).get("row_qualifiers")
    if family not in ("assessors", "assessment_hours") or not words:
        return code
    suffix = code[len(family) :]
    internal, external = (bool(compiled(words[part]).search(header)) for part in ("internal", "external"))
    if internal != external:
        suffix = "_internal" if internal else "_external"
    elif internal:
        suffix = ""  # "internal and external assessors": the whole team
    return ("assessment_hours" if compiled(words["hours"]).search(header) else family) + suffix


def cell_count(cell: str, language: str) -> int | None:
    """A cell that is one whole number, as a count; None for anything else (a dash, a range, a score band)."""
    if not _BARE_NUMBER.match(to_ascii_digits(cell.strip())):
        return None
    value = parse_number(cell, language)
    return int(value) if value is not None and float(value).is_integer() and value >= 0 else None


def place(text: str, cell: str, start: int) -> int | None:
    """Where a cell's text begins in the page text (its words may wrap over lines), from `start`."""
    words = cell.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(word) for word in words[:4])
    match = re.search(pattern, text[start:])
    return start + match.start() if match else None


def row_evidence(page: PageInput, row: tuple[str, ...], cell: str, after: int) -> tuple[Evidence, int]:
    """The row's words as the page text gives them, from its first cell to the value; else the row's cells. The
    first cell's words may stand in a sentence above the table too ("... راه و شهرسازی استان ... موفق شد"): the row
    begins at the place of them that its value follows closely, else at the first its value follows at all."""
    begin = place(page.text, row[0], after)
    value_at = place(page.text, cell, begin) if begin is not None else None
    close = len(" ".join(row)) + _ROW_SLACK
    at = begin
    while at is not None and value_at is not None and value_at - begin > close:
        at = place(page.text, row[0], at + 1)
        then = place(page.text, cell, at) if at is not None else None
        if at is not None and then is not None and then - at <= close:
            begin, value_at = at, then
    if begin is None or value_at is None or value_at - begin > _MAX_QUOTE:
        text = " | ".join(row)
        return Evidence(page.page_number, text), after
    end = value_at + len(cell.split()[0])
    return Evidence(page.page_number, page.text[begin:end], ((value_at - begin, end - begin),)), begin
