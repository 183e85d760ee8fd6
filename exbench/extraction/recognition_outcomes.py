"""Recognitions an outcomes table gives: "Council | 2025 outcome | Notes", one organization a row.

A page names a level (the label, award or rating it is about: "European Label of Governance Excellence (ELoGE):
2025 recipients"), then a table whose header names an outcome or result column (`outcome_headers` in the
`recognitions` lexicon), perhaps with its year. Each row opens with an organization and says its outcome in
words: a verb of attainment ("Label awarded", "Label renewed") gives it the level that year; a negated or
pending outcome ("Not awarded", "Deferred", "Application received") gives nothing. The row's notes may give
the years it received the same level before ("Third label for Kelsby, after 2019 and 2022", "Previous label
’21", after a word of `earlier_receipts`): one recognition each.
"""

from __future__ import annotations

import re

from exbench.extraction.lexicons import any_match, compiled, fold
from exbench.extraction.model import DocumentContext, Evidence, PageInput, Recognition
from exbench.extraction.organizations import find_organizations
from exbench.extraction.recognition_mentions import Mention, document_year, lexicon, mentions_in, with_schemes
from exbench.extraction.sentence_view import SentenceView
from exbench.extraction.text_units import Span, lines
from exbench.language import to_ascii_digits

__all__ = ["outcome_rows"]

_MAX_HEADER_WORDS = 6
_MAX_ROW_WORDS = 24
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _view(text: str, page: int, language: str) -> SentenceView:
    return SentenceView(Span(0, len(text), text), page, language)


def _level_before(text: str, page: int, language: str) -> Mention | None:
    """The last level the page names above the table (not a standard: a certificate is no label of a table)."""
    mentions, bodies = mentions_in(_view(text, page, language))
    named = [m for m in with_schemes(mentions, bodies, None) if m.scheme not in (None, "iso")]
    return named[-1] if named else None


def _rows(page_lines: list[Span], start: int, language: str) -> list[tuple[str, str, Span]]:
    """(organization, the row's words after it, its first line) for each row under the header."""
    rows: list[tuple[str, str, Span]] = []
    for line in page_lines[start + 1 :]:
        if len(line.text.split()) > _MAX_ROW_WORDS:
            break
        names = [m for m in find_organizations(line.text, language) if m.canonical and not m.self_reference]
        if names and names[0].start == 0:
            rows.append((names[0].canonical, line.text[names[0].end :], line))
        elif rows and len(rows[-1][1].split()) < _MAX_ROW_WORDS:
            rows[-1] = (rows[-1][0], f"{rows[-1][1]} {line.text}", rows[-1][2])
        else:
            break
    return rows


def outcome_rows(pages: list[PageInput], context: DocumentContext) -> list[Recognition]:
    """One recognition per row whose outcome is a receipt, and one per earlier year its notes give."""
    words = lexicon()
    found: list[Recognition] = []
    for page in pages:
        language = page.language or context.language or ""
        headers = words["outcome_headers"].get(language, [])
        if not headers:
            continue
        page_lines = lines(page.text)
        for index, line in enumerate(page_lines):
            folded = fold(line.text)
            if len(line.text.split()) > _MAX_HEADER_WORDS or not any_match(headers, folded):
                continue
            level = _level_before(page.text[: line.start], page.page_number, language)
            if level is None:
                continue
            stated = _YEAR.search(to_ascii_digits(line.text))
            year = int(stated.group(1)) if stated else document_year(context, language)
            for organization, rest, first in _rows(page_lines, index, language):
                outcome = _view(rest, page.page_number, language)
                clause = re.split(r"[.;]\s", outcome.folded, maxsplit=1)[0]
                if not any_match(words["attained"].get(language, []), clause) or any_match(
                    words["not_attained"].get(language, []), clause
                ):
                    continue
                owner = context.owner(organization)
                evidence = Evidence(page.page_number, first.text)
                found.append(level.received(owner, year, evidence))
                for earlier in _earlier_years(outcome, language):
                    if earlier != year:
                        found.append(level.received(owner, earlier, evidence))
    return found


def _earlier_years(outcome: SentenceView, language: str) -> list[int]:
    """The years a row's notes say the level was received before ("after 2019 and 2022", "Previous label ’21")."""
    cues = lexicon()["earlier_receipts"].get(language, [])
    years: list[int] = []
    for cue in cues:
        match = compiled(cue).search(outcome.folded)
        if not match:
            continue
        clause = re.split(r"[.;](?:\s|$)", to_ascii_digits(outcome.text[match.start() :]), maxsplit=1)[0]
        years += [int(y) for y in _YEAR.findall(clause)] + [2000 + int(y) for y in _SHORT_YEAR.findall(clause)]
    return list(dict.fromkeys(years))


_SHORT_YEAR = re.compile(r"['’](\d\d)(?!\d)")  # "Previous label ’21"
