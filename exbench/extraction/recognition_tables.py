"""Recognitions a page lists as a table of what its organization holds, one row a year.

A table under a heading such as "Yıllara Göre Alınan Ödül ve Belgeler" or "Awards and recognitions
received" gives in each row a year, a level and often the body that gave it ("2017 | Mükemmellikte
Kararlılık 2 Yıldız | KalDer"). The heading says the document's organization received them, so no row
needs a verb: a line that opens with a year (after a row number) and names a level, in its cells or in
the lines its cells wrapped into before the next row, is one recognition of that year. The body in a
later cell is the giver and is never the receiver. A row that plans or applies gives nothing, nor one whose
scope cell names a unit (the unit holds it) unless that unit is an organization named in full as one of the
document's own ("سازمان مدیریت پسماند شهرداری بندر نیلگون" in a municipality's table): it holds that row. Where
the calendar is the solar one and the first column is headed by the word for year, a row may give the year
in two digits ("۹۸" = 1398). A line of running text ends the table.
"""

from __future__ import annotations

import re
from functools import cache

from exbench.extraction.dates import gregorian_cycle, normalize_jalali_year
from exbench.extraction.lexicons import any_match, compiled, fold, load
from exbench.extraction.model import DocumentContext, Evidence, PageInput, Recognition
from exbench.extraction.org_mention import head_pattern
from exbench.extraction.organizations import find_organizations
from exbench.extraction.recognition_mentions import Mention, lexicon, mentions_in, with_schemes
from exbench.extraction.recognition_row_leads import leading_holder
from exbench.extraction.recognition_row_units import named_holder, own_unit, subsidiary, unit_of
from exbench.extraction.recognition_schemes import in_context
from exbench.extraction.recognition_table_headers import holder_column, register_header, row_holder
from exbench.extraction.sentence_view import SentenceView
from exbench.extraction.text_units import Span, lines
from exbench.language import to_ascii_digits

__all__ = ["held_tables", "is_prose", "named_certificates", "row_recognitions"]

_SHORT_ROW = re.compile(r"^(\d\d)(?!\d)(?:\s*[-–|:]\s*|\s+)")  # "۹۸ ISO 9001:2015 ...": a solar year in two digits
_MAX_ROW_LINES = 12  # a row whose cells wrapped into this many lines at most
_MAX_CELL_WORDS = 16  # a longer line is running text: the table has ended
_MAX_INTRO_WORDS = 24  # "جدول زیر گواهینامه‌ها و جوایزی را نشان می‌دهد که تاکنون دریافت شده است (...):"


def _short_years(page_lines: list[Span], start: int, language: str) -> bool:
    """Whether rows may give a solar year in two digits: the calendar is the solar one and the table's header
    (the line after its heading) opens with the word for year."""
    header = page_lines[start + 1].text.split()[:1] if start + 1 < len(page_lines) else []
    words = lexicon()["held_table_year_words"].get(language, [])
    return load("dates").get(language, {}).get("calendar") == "jalali" and bool(header) and fold(header[0]) in words


@cache
def _row_start(language: str) -> re.Pattern[str]:
    """A line opening a row: a bullet or a row number, perhaps a month ("March 2024"), then a year or a series of
    years ("2016, 2019,"), read as group `years`."""
    months = "|".join(sorted((re.escape(m) for m in load("dates").get(language, {}).get("months", {})), key=len, reverse=True))
    month = rf"(?:(?:{months})\s+)?" if months else ""
    year = r"(?:(?:19|20)\d\d|1[34]\d\d)(?!\d)"
    return re.compile(
        rf"^(?:[^\w\s(]{{1,3}}\s*)?(?:\d{{1,2}}[.)]?\s+)?{month}(?P<years>{year}(?:\s*,\s*{year})*)\s*,?(?:\s*[-–|:]\s*|\s+|$)",
        re.IGNORECASE,
    )


def is_prose(text: str, width: int) -> bool:
    """A line of running text under a table's last row ("Akyaka Belediyesi İtfaiye Müdürlüğü, 2023 yılında ..."):
    a full stop inside the line, or a comma before a number or a lower-case word in a line as wide as running
    text; a cell has neither, and a sidebar's narrow column ("standard, awarded to") wraps its cells' commas."""
    return bool(_STOP.search(text) or (_COMMA.search(text) and len(text) >= _NARROW * width))


# "✅ ISO/IEC 27001 – ۱۴۰۲ برای ...": an item of a bulleted record that gives its level before the year
_LEVEL_FIRST = re.compile(r"^[^\w\s(\"'“«]{1,3}\s*(?P<lead>[^\n–—]{2,40}?)\s+[–—-]\s+(?P<years>(?:19|20|13|14)\d\d)(?!\d)\s*")
# "▫ تقدیرنامه دو ستاره جایزه ملی تعالی سازمانی (۱۴۰۱)", "• Investors in People Gold (2022)": the year last, in brackets
_LEVEL_LAST = re.compile(r"^[^\w\s(\"'“«]{1,3}\s*(?P<lead>[^\n()]{2,80}?)\s*\(\s*(?P<years>(?:19|20|13|14)\d\d)\s*\)\s*$")
# "03/24 Rektörlük ...", "11/2021 ...": a row dated by month and year, the year in two or four digits
_MONTH_YEAR = re.compile(r"^(?:\d{1,2}[.)]?\s+)?(?:0?[1-9]|1[0-2])[/.](?P<years>\d{2}|(?:19|20)\d\d)(?!\d)\s+")
_BULLET = re.compile(r"^[^\w\s(\"'“«]{1,3}\s")
_COMMA = re.compile(r"[,،]\s+(?:\d|[^\W\d_](?<=[a-zçğıöşü]))")
_STOP = re.compile(r"\b[^\W\d_][^\W\d_A-ZÇĞİÖŞÜ]{3,}[.!?؟]\s+\S")
_NARROW = 0.4  # a line under this share of the page's widest is a narrow column's


_Row = tuple[tuple[int, ...], str, Span, Span]


def _rows(page_lines: list[Span], start: int, language: str, short_years: bool = False, titled: bool = False) -> list[_Row]:
    """(years, text of the row's cells, its first line, its last line) for each row of the table after line
    `start`; a series of years wrapped over two lines ("2016, 2019, | 2022 ...") is one row's. Under a header row
    of column titles (`titled`), the first row's cells may be as long as a later row's ("۱۴۰۳ تندیس بلورین ارزیابی
    با حضور ۷ ارزیاب طی ۳ روز؛ ..."): the header, not an earlier row, says the table has begun."""
    rows: list[_Row] = []
    current: tuple[list[int], list[str], Span, list[Span]] | None = None
    opening = _row_start(language)
    width = max((len(line.text) for line in page_lines), default=0)
    for line in page_lines[start + 1 :]:
        ascii_line = to_ascii_digits(line.text)
        match = opening.match(ascii_line) or _LEVEL_FIRST.match(ascii_line) or _LEVEL_LAST.match(ascii_line)
        # a longer line is running text, unless it is a row's cell with no sentence in it, after its year or
        # under it: a timeline's event cell may hold two events ("۱۳۹۹ کسب عنوان ... استان؛ بهره‌برداری از ...")
        cell = match is not None or (current is not None and not "".join(current[1]).strip(" ,"))
        if len(line.text.split()) > _MAX_CELL_WORDS and not (cell and (rows or titled) and not is_prose(line.text, width)):
            break
        match = match or (_MONTH_YEAR.match(ascii_line) if load("dates").get(language, {}).get("calendar") != "jalali" else None)
        short = None if match else short_years and _SHORT_ROW.match(ascii_line)
        if match or short:
            numbers = [int(y) for y in re.findall(r"\d+", match.group("years"))] if match else [int(short.group(1))]
            numbers = [2000 + y if y < 100 and match and match.re is _MONTH_YEAR else y for y in numbers]
            years = [normalize_jalali_year(y) if y < 100 else y for y in numbers]
            years = [gregorian_cycle(y) for y in years]
            end = match.end() if match else short.end()
            if current and not " ".join(current[1]).strip(" ,"):
                current[0].extend(years)  # the series goes on from the line before
                current[1].append(line.text[end:])
                current[3].append(line)
                continue
            if current:
                rows.append((tuple(current[0]), " ".join(current[1]), current[2], current[3][-1]))
            lead = match.groupdict().get("lead") if match else None
            current = (years, [f"{lead} {line.text[end:]}" if lead else line.text[end:]], line, [line])
        elif current and _BULLET.match(line.text):  # an item of a list that gives no year first ends the row
            rows.append((tuple(current[0]), " ".join(current[1]), current[2], current[3][-1]))
            current = None
        elif current and len(current[1]) < _MAX_ROW_LINES and not is_prose(line.text, width):
            current[1].append(line.text)
            current[3].append(line)
        elif current:
            break
    if current:
        rows.append((tuple(current[0]), " ".join(current[1]), current[2], current[3][-1]))
    return rows


def named_certificates(cells: str, language: str) -> list[Mention]:
    """A certificate or label named in a row by its capitalised name and noun ("Sıfır Atık Belgesi"): under the
    table's heading it was received (scheme other), though no vocabulary names it."""
    for pattern in lexicon()["held_table_certificates"].get(language, []):
        match = re.search(pattern, cells)
        if match:
            name = " ".join(match.group("name").split())
            return [Mention("other", match.start("name"), match.end("name"), name, generic=True)]
    return []


def held_tables(pages: list[PageInput], context: DocumentContext) -> list[Recognition]:
    """One recognition per row of a table of held awards and certificates, owned by the document's organization."""
    found: list[Recognition] = []
    words = lexicon()
    for page in pages:
        language = page.language or context.language
        heads = words["held_table_heads"].get(language or "", [])
        if not heads:
            continue
        page_lines = lines(page.text)
        read: set[int] = set()  # header rows whose table a heading above them already read
        for index, line in enumerate(page_lines):
            # a heading, or a sentence introducing the table that ends in a colon
            longest = _MAX_INTRO_WORDS if line.text.rstrip().endswith(":") else _MAX_CELL_WORDS
            headed = any_match(heads, fold(line.text)) and len(line.text.split()) <= longest
            if line.start in read or not (headed or register_header(page_lines, index, language or "")):
                continue
            # a heading over a header row: the header says whether a column of holders comes first
            header = index + 1 if headed and index + 1 < len(page_lines) else index
            holders = holder_column(page_lines, header, language or "")
            titled = register_header(page_lines, header, language or "")
            for years, cells, first, last in _rows(
                page_lines, index, language or "", _short_years(page_lines, index, language or ""), titled
            ):
                read.add(page_lines[header].start)
                evidence = Evidence(page.page_number, page.text[first.start : last.end])  # the whole row, as printed
                found += row_recognitions(cells, years, evidence, language or "", context, holders=holders)
    return found


def row_recognitions(
    cells: str,
    years: tuple[int, ...],
    evidence: Evidence,
    language: str,
    context: DocumentContext,
    named_only: bool = False,
    holders: str | None = None,
) -> list[Recognition]:
    """The recognition one row of a table of held awards gives, once per year; none for a plan or a unit's row.
    With `named_only`, a row naming an organization it cannot tell to be the holder gives none (a receiver
    column the reader cannot place: better no row than the wrong holder). With `holders` ("unit" or "member"), the
    table has a column of holders before the awards', which says who holds the row (`row_holder`)."""
    words = lexicon()
    view = SentenceView(Span(0, len(cells), cells), evidence.page, language)
    if any_match(words["not_attained"].get(language, []), view.folded):
        return []
    if any_match(words.get("held_table_not_receipts", {}).get(language, []), view.folded):
        return []  # "ISO 9001 gözetim tetkiki": an audit of a certificate held, not its receipt
    # "awarded to the Service’s Community Safety Department": the possessive names whose unit it is
    unit = leading_holder(cells, language) or named_holder(cells, language, context.subject) or subsidiary(cells, language)
    unit = unit or unit_of(cells, language, context.subject, possessed=True)
    unit = unit or own_unit(cells, language, context.subject)
    unit = unit or unit_of(cells, language, context.subject)
    if unit is None and any_match(words["held_table_units"].get(language, []), view.folded):
        return []  # "Beyaz Masa Müdürlüğü" in the scope cell: a unit holds it, not the organization
    if unit is None and named_only and _names_another(cells, language, context.subject):
        return []
    mentions, bodies = mentions_in(view)
    mentions = in_context(view.folded, with_schemes(mentions, bodies, None), bodies, None)
    mentions = [m for m in mentions if m.scheme] or named_certificates(cells, language)
    if not mentions:
        return []
    holder = row_holder(cells, mentions[0].start, context.subject, language, holders) if holders else None
    if holder == "":
        return []
    owner = context.owner(holder if holder and holder != context.subject else unit if unit else "")
    # "Mükemmellikte Yetkinlik Belgesi | Mük. Yetkinlik 4 Yıldız": the award's cell, then the level's with its stars
    starred = [m for m in mentions[1:] if m.stars is not None and m.scheme == mentions[0].scheme]
    level = starred[0] if mentions[0].stars is None and len(starred) == 1 else mentions[0]
    return [level.received(owner, year, evidence) for year in dict.fromkeys(years)]


def _names_another(cells: str, language: str, subject: str | None) -> bool:
    """Whether a row names an organization that is neither the document's own nor a body that certifies."""
    certifiers = lexicon()["certifier_names"].get(language, [])
    own = fold(subject or "")
    givers = [compiled(p) for p in lexicon()["giver_before"]]
    for mention in find_organizations(cells, language):
        if any(p.search(fold(cells[max(0, mention.start - 30) : mention.start])) for p in givers):
            continue  # "عنوان واحد نمونه صنعتی استان از سوی سازمان صنعت، ...": who gave it
        # cells printed side by side run into one name: each tail that is a whole name of its own counts
        words = mention.surface.split()
        for start in range(len(words) - 1, -1, -1):
            tail = " ".join(words[start:])
            for whole in find_organizations(tail, language):
                name = fold(whole.canonical or "")
                if whole.start == 0 and whole.end == len(tail) and name and name != own and not any_match(certifiers, name):
                    return True
        # "سازمان مدیریت صنعتی سازمان سیما، ...": a second head noun inside one find opens another name
        for head in load("organizations").get(language, {}).get("heads", []):
            for match in head_pattern(load("organizations")[language], head).finditer(mention.surface):
                tail = fold(mention.surface[match.start() :])
                if match.start() > 0 and not own.startswith(tail) and not any_match(certifiers, tail):
                    return True
    return False
