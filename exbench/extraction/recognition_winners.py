"""Recognitions a page lists as winners under level headings, with no verb per line.

A winners page ("Recognised by EFQM / 6 Star Fenmoor Water Ltd / 5 Star ...", "تندیس بلورین: شرکت
...، شرکت ... و بیمارستان ...") says what each organization received by where it stands: a line that
is only a level (a heading) or a level before a colon, then lines that are only organization names, a
star level before a name sharing the heading ("5 Star Port of Ashford Authority"), or a name alone that
shares the star level of the line above (two names in one table cell). A line that is neither (a
sentence, a shortlist, a person) ends the list. Each name gets one recognition, dated by the one year the
page states above its first list (the edition it gives the results of), else by the document.
"""

from __future__ import annotations

import re

from exbench.extraction.cycle_year import stated_years
from exbench.extraction.lexicons import any_match, compiled, fold, load
from exbench.extraction.model import DocumentContext, Evidence, PageInput, Recognition
from exbench.extraction.organizations import find_organizations
from exbench.extraction.recognition_mentions import (
    Mention,
    document_year,
    lexicon,
    mentions_in,
    normalised,
    with_schemes,
)
from exbench.extraction.recognition_stars import star_levels
from exbench.extraction.sentence_view import SentenceView
from exbench.extraction.text_units import Span, lines

__all__ = ["level_line", "listed_names", "winner_lists"]

_MAX_HEADING_WORDS = 8
# a category's name in title case: capitalised words and the small words between them, a comma or an ampersand
_TITLE = re.compile(r"[A-Z][\w’'-]*(?:,?\s+(?:[A-Z][\w’'-]*|[a-z]{1,7}|&))*")
_MAX_HEADER_WORDS = 3  # "Level Organisation": a table's header row inside the list
_MAX_LINE_WORDS = 16
_INTRO_LOOK_BACK = 600  # characters above a list's introduction that may name its level
_REMARK = re.compile(r"\s+[—–]\s+(?=[^\W\d_A-ZÇĞİÖŞÜ])")  # "Corrabeg County Council — label renewed": a remark after a name
_FINAL_STOP = re.compile(r"(?<![.\s][^\W\d_])\.$")  # a line's full stop, not the last of "A.Ş."
_ALIAS = re.compile(r"\s*\([A-ZÇĞİÖŞÜ][^()\d]{1,39}\)\s*$")  # a capitalised short name, not "(سهامی عام)"
_HEADING_REMARK = re.compile(r"\s[–—]\s+[^\W\d_]+\s*$")
_BULLETS = "•·▪◦‣–-*\uf0b7 "
_ROW_NUMBER = re.compile(r"^\s*\d{1,3}[.)]?\s+(?=\D)")  # "١ شرکت ...": a table's row number (any digits)


def _view(text: str, page: int, language: str) -> SentenceView:
    return SentenceView(Span(0, len(text), text), page, language)


def level_line(text: str, page: int, language: str) -> Mention | None:
    """The one level a short line names and is made of ("Recognised by EFQM", "تقدیرنامه چهار ستاره")."""
    if len(text.split()) > _MAX_HEADING_WORDS:
        return None
    view = _view(text, page, language)
    mentions, bodies = mentions_in(view)
    mentions = with_schemes(mentions, bodies, None)
    if len(mentions) != 1 or find_organizations(text, language):
        return None
    mention = mentions[0]
    rest = compiled(lexicon()["stars"]).sub("", view.folded[: mention.start] + " " + view.folded[mention.end :])
    rest = _HEADING_REMARK.sub("", rest)  # "Recognised by EFQM – presentations": a remark after a dash
    return mention if not re.sub(r"[\W\d_]+", "", rest) else None


def _introduced_level(text: str, page: int, language: str, before: str = "") -> Mention | None:
    """The one level a line ending in a colon says the names below received ("... belgesi alan kuruluşlar şöyle:");
    a line that names none ("The 2025 recipients are:") speaks of the last level the page named before it
    (`before`, the page's text above the line), as a press release names its label in the headline."""
    intros = lexicon()["winner_intros"].get(language, [])
    if not text.rstrip().endswith(":"):
        # a heading with no colon that is only the winners' word and one level ("برگزیدگان تقدیرنامه چهار ستاره")
        bare = text.lower()
        for pattern in intros:
            bare = compiled(pattern).sub(" ", bare)
        return level_line(bare, page, language) if bare != text.lower() else None
    if not any_match(intros, text.lower()):
        return None
    if find_organizations(text, language):
        return None
    mentions, bodies = mentions_in(_view(text, page, language))
    # "This year the label went to:": a noun that points back names no level of its own
    refers = [compiled(e["pattern"]) for e in lexicon()["level_references"].get(language, [])]
    mentions = [m for m in with_schemes(mentions, bodies, None) if not any(r.match(text.lower(), m.start) for r in refers)]
    if not mentions and before:
        above = before[-_INTRO_LOOK_BACK:]
        earlier, bodies = mentions_in(_view(above, page, language))
        earlier = [
            m
            for m in with_schemes(earlier, bodies, None)
            if m.scheme != "iso" and not any(r.match(above.lower(), m.start) for r in refers)
        ]
        return earlier[-1] if earlier else None
    return mentions[0] if len(mentions) == 1 else None


def _is_name(item: str, language: str) -> bool:
    """A list item is a name: in a cased language, name words around a name the finder finds; in one
    without capitals (Persian), words that start with a head noun ("شرکت پالایش نفت کرانه") and hold no
    word of the closed lists."""
    rules = load("organizations").get(language, {})
    words = item.split()
    if not words:
        return False
    if rules.get("name_before_head"):
        token = re.compile(rules["name_token"])
        inner = set(rules.get("connectors", [])) | set(rules.get("after_connectors", []))
        found = [m for m in find_organizations(item, language) if m.canonical]
        outside = "".join(item[m.end : n.start] for m, n in zip([*found][:-1], found[1:], strict=True))
        outside = item[: found[0].start] + outside + item[found[-1].end :] if found else item
        if not found:  # "Sarıçam Organize Sanayi Bölgesi Müdürlüğü": a unit's name alone on a list's line
            return (
                1 < len(words) <= _MAX_HEADING_WORDS
                and words[-1] in set(rules.get("list_name_heads", []))
                and all(token.fullmatch(word) and not word.isupper() or word in inner for word in words)
            )
        return all(token.fullmatch(word) or word in inner for word in outside.split())
    stops = set(rules.get("name_stop_words", []))
    heads = [compiled(head["pattern"]) for head in rules.get("heads", [])]
    if 1 < len(words) <= _MAX_HEADING_WORDS and any(h.match(item) for h in heads) and not stops & set(words[1:]):
        return True
    # "سازمان اتوبوسرانی شهرداری بندر نیلگون": a unit named with its parent, which the finder reads whole
    return any(m.start == 0 and m.end >= len(item.rstrip(".")) for m in find_organizations(item, language) if m.canonical)


def listed_names(text: str, language: str) -> list[str]:
    """The names a line lists ("A، B و C", "A; B"), or none when it is not only names. After a name, a
    comma and lower-case words describe it ("Ashby Metro Ltd, for its ... project")."""
    joiners = lexicon()["winner_list_joiners"].get(language, [])
    if len(text.split()) > _MAX_LINE_WORDS:
        return []  # a sentence, not a line of a list
    text = _REMARK.split(text, maxsplit=1)[0]
    if not re.search(r"[;,،]", text):  # "X, Türkiye Kalite Derneği (KalDer)" is a sentence's start, not two winners
        text = _ALIAS.sub("", text)  # "Boğazkent Metro İşletmesi A.Ş. (Boğazkent Metro)": the short name it goes by
    text = text.strip()
    # "Trakya Teknik Hizmetler Ltd. Şti.": the stop closes an abbreviated legal form, not the line
    text = text if any(text.endswith(c) for c in load("abbreviations")["compounds"]) else _FINAL_STOP.sub("", text)
    chunks = [c.strip() for c in re.split(r"\s*[;,،]\s*", text) if c.strip()]
    names: list[str] = []
    for chunk in chunks:
        if names and chunk[:1].islower():
            break
        # "شرکت آب و فاضلاب ... و بیمارستان ...": split at a joiner only where a name ends and one begins, and
        # not within a unit the finder reads whole with its parent ("... Üniversitesi Sağlık Uygulama ve
        # Araştırma Hastanesi")
        whole = any(m.parent and m.start == 0 and m.end == len(chunk) for m in find_organizations(chunk, language))
        pieces = re.split(rf"\s+({'|'.join(joiners)})\s+", chunk) if joiners and not whole else [chunk]
        current = pieces[0]
        for joiner, piece in zip(pieces[1::2], pieces[2::2], strict=True):
            if _is_name(current, language) and _is_name(piece, language):
                names.append(current)
                current = piece
            else:
                current = f"{current} {joiner} {piece}"
        if not _is_name(current, language):
            return []
        names.append(current)
    return [" ".join(name.split()) for name in names]


def _level_row(text: str, next_line: str, page: int, language: str) -> tuple[Mention, str, list[str]] | None:
    """A row that gives a level, its grade and the winners in one line ("Pennine Award – Silver Ashby
    Council", "Recognised by EFQM 5 Star Ashby Bank plc"): the level opens the line and only names
    follow it. A name the line wraps ("... NHS Foundation" / "Trust") goes on in a short next line."""
    mentions, bodies = mentions_in(_view(text, page, language))
    mentions = with_schemes(mentions, bodies, None)
    if not mentions or mentions[0].start > 0 or mentions[0].scheme is None:
        return None
    mention = mentions[0]
    rest = text[mention.end :].strip()
    level = normalised(text[: mention.end])
    stars = compiled(lexicon()["stars"]).match(rest.lower())
    if stars and mention.stars is not None:  # "Recognised by EFQM 5 Star": the level's stars stand after it
        level, rest = f"{level} {rest[: stars.end()]}", rest[stars.end() :].strip()
    dash = re.match(r"^[–—-]\s*", rest)
    rest = rest[dash.end() :] if dash else rest
    for grade in sorted(lexicon()["award_grades"].get(language, []), key=len, reverse=True):
        if rest.lower().startswith(grade + " "):
            level, rest = f"{level} – {rest[: len(grade)]}", rest[len(grade) :].strip()
            break
    else:
        if dash:
            return None  # "Award – Leadership: ...": a category, read elsewhere
    if not rest or rest[:1].islower() or ":" in rest:
        return None
    if 0 < len(next_line.split()) <= 2 and not mentions_in(_view(next_line, page, language))[0]:
        joined = listed_names(f"{rest} {next_line.strip()}", language)
        if joined and " ".join(joined).endswith(next_line.strip()):
            return mention, level, joined
    names = listed_names(rest, language)
    return (mention, level, names) if names else None


def _without_region(text: str, regions: list[str]) -> str:
    """A row without the region its last cell gives ("شرکت پالایش نفت کرانه بوشهر" -> "... کرانه")."""
    for region in sorted(regions, key=len, reverse=True):
        if text.endswith(" " + region):
            return text[: -len(region) - 1].rstrip()
    words = text.split()
    return " ".join(words[:-1]) if len(words) > 2 else text


def _holder_cells(page: PageInput, language: str) -> dict[str, str]:
    """Rows of a page's table whose header row titles its first column by the holder ("Organisation | Sector",
    "Üye | İl"): each row's line, as the text reads it, to its first cell; the other cells describe the holder
    (its sector, its region) and are no part of its name, unless one of them names a level."""
    titles = lexicon()["held_table_member_columns"].get(language, [])
    cells: dict[str, str] = {}
    for table in page.tables:
        holder = False
        for row in table:
            filled = [cell.strip() for cell in row if cell.strip()]
            if (
                len(filled) > 1
                and len(" ".join(filled).split()) <= _MAX_HEADING_WORDS
                and any_match(titles, f" {fold(filled[0])} ")
            ):
                holder = True  # a header row, repeated under each level
            elif holder and len(filled) > 1 and not mentions_in(_view(" ".join(filled[1:]), page.page_number, language))[0]:
                cells[" ".join(" ".join(filled).split())] = filled[0]  # a row whose level stands in a cell is read whole
    return cells


def _lead_year(lead: str, context: DocumentContext, language: str) -> int | None:
    """The one year the text above a page's first list states on its own ("Excellence North Awards 2024", "دوره
    بیست‌ودوم جایزه (۱۴۰۳)"): the edition the list gives the results of, which a page published in the next
    calendar year (a solar year's ceremony in January) still names. Not a date's year (the dateline), not a
    year older than the one before the document's (a founding, a history), and not for a report, whose cycle
    the document already states."""
    if context.report_cycle is not None or context.title_year is not None or context.as_of_year is None:
        return None
    years = set(stated_years(lead, language, context.reference_date))
    year = years.pop() if len(years) == 1 else None
    return year if year is not None and year >= context.as_of_year - 1 else None


def winner_lists(pages: list[PageInput], context: DocumentContext) -> list[Recognition]:
    """One recognition per organization a page lists under a level, dated by the page's lead or the document."""
    rules = lexicon()
    found: list[Recognition] = []
    for number, page in enumerate(pages):
        heading_start = 0
        language = page.language or context.language
        if not language or context.as_of_year is None:
            continue
        not_attained = rules["not_attained"].get(language, [])
        stars_pattern = compiled(rules["stars"])
        heading: Mention | None = None
        level: tuple[str, int | None] | None = None

        year = document_year(context, language)
        lead: list[int] = []  # where the page's first list begins

        def give(names: list[str], scheme: str, named: tuple[str, int | None], line: Span, page_number: int) -> None:
            nonlocal year
            if not lead:  # noqa: B023
                lead.append(heading_start if heading is not None else line.start)  # noqa: B023
                # a lead may date a list that opens the next page: the pages before are read only for a list's lead
                read_before = "".join(f"{p.text}\n" for p in pages[:number])  # noqa: B023
                year = _lead_year(read_before + page.text[: lead[0]], context, language) or year  # noqa: B023
            for name in names:
                evidence = Evidence(page_number, line.text)
                # "Ribblesdale NHS Foundation Trust’s Pathology Service": a unit named with its parent, in full
                whole = [m.canonical for m in find_organizations(name, language) if m.parent and m.end - m.start == len(name)]  # noqa: B023
                found.append(Recognition(whole[0] if whole else name, scheme, named[0], named[1], year, None, evidence))  # noqa: B023

        page_lines = lines(page.text)
        holders = _holder_cells(page, language)
        columns = rules["region_columns"].get(language, {})
        regional = False  # the table's last column is a region
        for index, line in enumerate(page_lines):
            text = line.text.lstrip(_BULLETS)
            text = text if stars_pattern.match(text.lower()) else _ROW_NUMBER.sub("", text)  # "5 Star ..." is a level
            text = holders.get(" ".join(text.split()), text)
            if 1 < len(text.split()) <= _MAX_HEADING_WORDS and text.split()[-1].lower() in columns.get("headers", []):
                regional = True
                continue
            if heading is not None and any(cue in fold(text) for cue in rules["assessment_cues"]):
                heading = level = None  # "Recognised by EFQM / Assessment Report": a report's title, no winners list
                continue
            if any_match(not_attained, text.lower()):
                continue  # "Shortlisted: ...": no recognition, the list goes on
            if heading is not None and any_match(rules.get("level_table_headers", {}).get(language, []), fold(text)):
                continue  # "سازمان سطح": the header row of the table the list is printed as, no winner
            row = _level_row(text, page_lines[index + 1].text if index + 1 < len(page_lines) else "", page.page_number, language)
            if row is not None:
                mention, level, names = row
                give(names, mention.scheme, (level, mention.stars), line, page.page_number)
                continue
            label, colon, rest = text.partition(":")
            labelled = level_line(label, page.page_number, language) if colon else None
            if labelled is not None and (names := listed_names(rest, language)):
                give(names, labelled.scheme, (labelled.level, labelled.stars), line, page.page_number)
                continue
            own = level_line(text, page.page_number, language) or _introduced_level(
                text, page.page_number, language, page.text[: line.start]
            )
            if own is not None:
                # a standard's name ("ISO 9001:2015") heads a table cell, not a winners list: the name
                # under it is the body that certifies
                heading, level = (own, (own.level, own.stars)) if own.scheme != "iso" else (None, None)
                heading_start = line.start
                continue
            if any_match(rules["winner_list_headings"].get(language, []), text):
                heading = Mention("other", 0, len(text), text)  # "Role Model Awards": categories follow
                heading_start = line.start
                level = (text, None)
                continue
            if (
                heading is not None
                and colon
                and len(label.split()) <= _MAX_HEADER_WORDS
                and (names := listed_names(rest, language))
            ):
                give(names, heading.scheme, (f"{heading.level} – {label.strip()}", level[1]), line, page.page_number)
                continue
            if heading is None:
                continue
            # "5 Star", "★★★★": a level opening the line
            stars = next((match for match, *_ in star_levels(text, text.lower())[:1] if match.start() == 0), None)
            value = star_levels(text, text.lower())[0][1][-1] if stars else None
            if stars and stars.end() == len(text):  # "5 Star" alone: a cell the names below share
                level = (f"{heading.level} {text.strip()}", value)
            elif stars and (names := listed_names(text[stars.end() :], language)):
                level = (f"{heading.level} {text[: stars.end()].strip()}", value)
                give(names, heading.scheme, level, line, page.page_number)
            elif names := listed_names(_without_region(text, columns.get("regions", [])) if regional else text, language):
                give(names, heading.scheme, level, line, page.page_number)
            elif heading.scheme == "other" and _TITLE.fullmatch(text) and not find_organizations(text, language):
                level = (f"{heading.level} – {text.strip()}", None)  # "Leading with Vision, ...": a category, winner below
            elif len(text.split()) > _MAX_HEADER_WORDS or find_organizations(text, language):
                heading = level = None
    return found
