"""Results tables whose header names the receivers' column first and the level's last: "Kuruluş | Sektör | Şehir | Seviye".

An award body's results page prints one receiver a row, a few short cells describing it (its sector, its city) and
the level it reached last. The header row says which column is which (`held_table_member_columns` first,
`held_table_level_columns` last, in the `recognitions` lexicon), so no row needs a verb. Where the reader gives the
table as cells, a row is its cells, however each cell wrapped ("Mükemmellikte Yetkinlik 5 | Yıldız"); where it gave
fewer rows than the lines hold, a line is a row when it opens with an organization's name, ends with one level,
and holds only a few words of other cells between. A row that shortlists or plans gives nothing; every row is dated
by the one year its header names, else by the document.
"""

from __future__ import annotations

import re

from exbench.extraction.lexicons import any_match, compiled, fold
from exbench.extraction.model import DocumentContext, Evidence, PageInput, Recognition
from exbench.extraction.organizations import find_organizations
from exbench.extraction.recognition_level_cells import receiver, row_quote
from exbench.extraction.recognition_mentions import Mention, document_year, lexicon, mentions_in, with_schemes
from exbench.extraction.recognition_owners import gives
from exbench.extraction.recognition_schemes import in_context, scheme_before
from exbench.extraction.recognition_tables import is_prose
from exbench.extraction.sentence_view import SentenceView
from exbench.extraction.text_units import Span, lines

__all__ = ["cell_level", "header_titled", "list_tables", "received_level", "within_list_table"]

_MAX_HEADER_WORDS = 8
_MAX_CELL_WORDS = 16  # a longer line is running text: the table has ended
_MAX_BETWEEN_WORDS = 6  # the words of the cells between a row's name and its level
_ROW_NUMBER = re.compile(r"^\s*\d{1,3}[.)]?\s+")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_BARE_NAME = re.compile(r"[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){0,2}")  # one to three capitalised words
_AFTER_LEVEL = re.compile(r"^\s*(?:\([^()]*\))?\s*[.;]?\s*$")  # nothing but a remark in brackets after the level


def header_titled(text: str, language: str) -> bool:
    """Whether a line (or a header row's cells joined) titles its first column by the receiver and its last by the level."""
    if len(text.split()) > _MAX_HEADER_WORDS or re.search(r"[.,،:;]", text):
        return False
    words = lexicon()
    folded = f" {fold(' '.join(text.split()))} "
    if any(compiled(p).search(folded.strip()) for p in words.get("level_table_headers", {}).get(language) or []):
        return False  # a results table the level-table reader knows by its header
    if any_match(words["not_attained"].get(language, []), folded):
        return False  # "Kuruluş | Hedef Seviye": the levels a plan expects
    members = words["held_table_member_columns"].get(language, [])
    # "Municipality | Population | Label": a label or award column is the level's too
    levels = words["held_table_level_columns"].get(language, []) + words["held_table_award_columns"].get(language, [])
    first = any(compiled(p).match(folded) for p in members)
    last = any(m.end() == len(folded) for p in levels for m in compiled(p).finditer(folded))
    return first and last


def _bare_name(cell: str) -> str | None:
    """A place's name alone in the receivers' column ("Kellerby", "Dunmore Heath"): the header said the column holds
    organizations, and a municipality goes by its place's name."""
    name = " ".join(cell.split())
    return name if _BARE_NAME.fullmatch(name) else None


def cell_level(text: str, page: int, language: str, scheme_here: str | None) -> Mention | None:
    """The one level a run of cells names, with its scheme (an award known only by its noun takes the page's)."""
    view = SentenceView(Span(0, len(text), text), page, language)
    mentions, bodies = mentions_in(view)
    found = [m for m in in_context(view.folded, with_schemes(mentions, bodies, scheme_here), bodies, scheme_here) if m.scheme]
    return found[-1] if len(found) == 1 else None


def _line_row(text: str, page: int, language: str, scheme_here: str | None) -> tuple[str, Mention] | None:
    """(organization, level) of a line that opens with a name and ends with a level, short cells between."""
    lead = _ROW_NUMBER.match(text)
    start = lead.end() if lead else 0
    named = [m for m in find_organizations(text, language) if m.canonical]
    if not named or named[0].start != start or gives(named[0].canonical, language):
        return None
    rest = text[named[0].end :]
    mention = cell_level(rest, page, language, scheme_here)
    if mention is None:
        return None
    after = rest[mention.end :].strip()
    stars = compiled(lexicon()["stars"]).match(after.lower()) if mention.stars is not None else None
    if not _AFTER_LEVEL.match(after[stars.end() :] if stars else after):  # "Mükemmellikte Yetkinlik | 5 Yıldız"
        return None
    between = rest[: mention.start]
    if len(re.findall(r"[^\W\d_]+", between)) > _MAX_BETWEEN_WORDS or any(
        m.canonical for m in find_organizations(between, language)
    ):
        return None
    return named[0].canonical, mention


def received_level(
    organization: str, mention: Mention, year: int, evidence: Evidence, context: DocumentContext, scheme_here: str | None
) -> Recognition:
    scheme = scheme_here if mention.generic and scheme_here not in (None, "iso") else mention.scheme
    return Recognition(
        **context.owner(organization),
        scheme=scheme,
        level=mention.level,
        stars=mention.stars if scheme != "iso" else None,
        year=year,
        awarded_on=None,
        evidence=evidence,
    )


def list_tables(pages: list[PageInput], context: DocumentContext) -> list[Recognition]:
    """One recognition per row of a results table headed by a receivers' column and a level column."""
    found: list[Recognition] = []
    for page in pages:
        language = page.language or context.language or ""
        if not lexicon()["held_table_level_columns"].get(language):
            continue
        refusals = lexicon()["not_attained"].get(language, [])
        page_lines = lines(page.text)
        width = max((len(line.text) for line in page_lines), default=0)
        for index, line in enumerate(page_lines):
            if not header_titled(line.text, language):
                continue
            years = set(_YEAR.findall(line.text))
            headed = len(years) == 1  # the header's year dates every row
            year = int(years.pop()) if headed else document_year(context, language)
            if year is None:
                continue
            scheme_here = scheme_before(page.text, line.start, language)
            read: list[Recognition] = []
            wanted = " ".join(line.text.split())
            table = next((t for t in page.tables if t and " ".join(" ".join(t[0]).split()) == wanted), None)
            for row in table[1:] if table else ():
                cells = [" ".join(cell.split()) for cell in row]
                organization = (receiver(cells[0], language) or _bare_name(cells[0])) if cells else None
                mention = cell_level(cells[-1], page.page_number, language, scheme_here) if len(cells) > 1 else None
                if organization and mention and not any_match(refusals, fold(" ".join(cells))):
                    # "ELoGE 2025 (first award)": the level's cell dates its row
                    own = set(_YEAR.findall(cells[-1])) if not headed else set()
                    dated = int(own.pop()) if len(own) == 1 else year
                    read.append(received_level(organization, mention, dated, row_quote(page, row), context, scheme_here))
            given = {r.organization for r in read}
            for row_line in page_lines[index + 1 :]:
                if len(row_line.text.split()) > _MAX_CELL_WORDS or is_prose(row_line.text, width):
                    break
                parsed = _line_row(row_line.text, page.page_number, language, scheme_here)
                if parsed is None or any_match(refusals, fold(row_line.text)):
                    continue
                organization, mention = parsed
                if context.owner(organization)["organization"] not in given:
                    evidence = Evidence(page.page_number, row_line.text)
                    read.append(received_level(organization, mention, year, evidence, context, scheme_here))
            found += read
    return found


def within_list_table(recognition: Recognition, rows: list[Recognition]) -> bool:
    """Whether another reader took `recognition` from the words of such a table's rows (a name line and a level line
    of a row that wrapped): the table's rows give it."""
    quote = " ".join(recognition.evidence.quote.split())
    return any(quote in " ".join(row.evidence.quote.split()) for row in rows if row.evidence.page == recognition.evidence.page)
