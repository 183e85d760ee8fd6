"""Recognitions a record of held awards lists under year headings, one group of items per year.

An "Awards" page ("Ödüllerimiz ve Belgelerimiz", "افتخارات") often prints a year on a line of its own ("2024",
"سال ۱۴۰۳", "2020–2021") and under it one item per award: a list line ("تندیس بلورین جایزه ملی تعالی
سازمانی") or a table row whose cells wrap over several lines ("Mükemmellikte Yetkinlik 5 Yıldız | KalDer |
İdaremiz ..."). No item has a verb: the page's heading (`held_table_heads`) says the organization received
them, and the heading above an item dates it. An item begins at a line that opens with a level (after a
bullet or a noun of receipt, "دریافت گواهینامه ISO 50001") or with a noun that opens another kind of item
("عضویت در ...", "راه‌یابی به مرحله نهایی ..."), and ends before the next such line, the next year heading,
or after a line that closes a sentence. Each item is read as a row of a held table (`row_recognitions`): a
finalist place, a membership or a plan in it gives nothing, nor a person's honour, nor an item that tells of
a year later than its heading's (what is still to come: "gözetim denetimi Mart 2025’te yapılacaktır"). A
heading that spans years dates an item only by a year of the span the item names itself.
"""

from __future__ import annotations

import re
from functools import cache

from exbench.extraction.dates import gregorian_cycle
from exbench.extraction.lexicons import any_match, compiled, fold
from exbench.extraction.model import DocumentContext, Evidence, PageInput, Recognition
from exbench.extraction.recognition_mentions import lexicon, mentions_in
from exbench.extraction.recognition_tables import named_certificates, row_recognitions
from exbench.extraction.sentence_view import SentenceView
from exbench.extraction.text_units import Span, lines
from exbench.language import to_ascii_digits

__all__ = ["year_groups"]

_YEAR = r"(?:19|20)\d\d|1[34]\d\d"
_ANY_YEAR = re.compile(rf"(?<!\d)({_YEAR})(?!\d)")
_BULLETS = "•·▪◦‣–-*\uf0b7✓✔✅▫ "
_ENDS_SENTENCE = re.compile(r"[.!?؟]\s*$")


@cache
def _heading(language: str) -> re.Pattern[str]:
    """A line that is only a year or a span of years, perhaps with the word for year ("سال ۱۴۰۳", "2023 yılı") or the
    year in the other calendar ("۱۳۹۰ (۲۰۱۱)")."""
    words = "|".join(re.escape(w) for w in lexicon()["held_table_year_words"].get(language, []))
    word = rf"(?:(?:{words})\s+)?" if words else ""
    after = rf"(?:\s+(?:{words}))?" if words else ""
    # "۱۳۹۰ (۲۰۱۱)": the year restated in the other calendar, in brackets (turned about in right-to-left text)
    restated = rf"(?:\s*[()]\s*(?:{_YEAR})\s*[()])?"
    return re.compile(rf"^{word}(?P<first>{_YEAR})(?:\s*[–—-]\s*(?P<last>{_YEAR}))?{restated}{after}\s*:?$", re.IGNORECASE)


def _level_first(text: str, language: str, certificates: bool = True) -> bool:
    """Whether a line opens with a level, after a bullet or a noun of receipt ("دریافت گواهینامه ISO 50001"); with
    `certificates`, also with a certificate's name ("Sıfır Atık Belgesi"), which a wrapped cell's next line may
    look like ("Enerji Yönetim" / "Sistemi Belgesi")."""
    text = text.lstrip(_BULLETS)
    receipts = lexicon().get("year_group_receipts", {}).get(language, [])
    receipt = next((m for p in receipts if (m := compiled(p).match(fold(text)))), None)
    offset = receipt.end() if receipt else 0
    view = SentenceView(Span(0, len(text), text), 0, language)
    named = named_certificates(text, language) if certificates else []
    return any(m.start <= offset for m in mentions_in(view)[0] + named)


def _opens_item(text: str, language: str) -> bool:
    """Whether a line inside an item opens the next: a level first, or a noun that opens an item of another kind
    (a membership, a finalist place, a person's selection: "عضویت در ...", "راه‌یابی به ..."). A certificate's
    name opens one only after a heading or an item that closed its sentence."""
    openers = lexicon().get("year_group_openers", {}).get(language, [])
    opener = any(compiled(p).match(fold(text.lstrip(_BULLETS))) for p in openers)
    return opener or _level_first(text, language, certificates=False)


def _item_years(heading: tuple[int, int], text: str) -> tuple[int, ...]:
    """The years an item under a heading of years (`first`, `last`, Gregorian) was received: the heading's one
    year; of a span, the year of it the item names. None where the item names a later year (it tells what is
    still to come) or a span's item names none of its years."""
    named = {gregorian_cycle(int(y)) for y in _ANY_YEAR.findall(to_ascii_digits(text))}
    first, last = heading
    if any(year > last for year in named):
        return ()
    if first == last:
        return (first,)
    return tuple(sorted(year for year in named if first <= year <= last))


def year_groups(pages: list[PageInput], context: DocumentContext) -> list[Recognition]:
    """One recognition per item of a record of held awards grouped under year headings."""
    found: list[Recognition] = []
    headed = False
    heading: tuple[int, int] | None = None
    item: list[tuple[int, Span]] = []

    def close() -> None:
        if heading and item:
            found.extend(_read(item, heading, pages, context))
        item.clear()

    for page in pages:
        language = page.language or context.language or ""
        # read only where the language's item nouns are data: Turkish rows under year headings gave false ones on
        # pages no rule was written against, so Turkish stays out until its lists are described
        heads = lexicon()["held_table_heads"].get(language, []) if lexicon().get("year_group_openers", {}).get(language) else []
        for line in lines(page.text):
            if not headed:
                headed = any_match(heads, fold(line.text))
                continue
            match = _heading(language).match(to_ascii_digits(line.text))
            if match:
                close()
                first = gregorian_cycle(int(match.group("first")))
                heading = (first, gregorian_cycle(int(match.group("last") or match.group("first"))))
                continue
            if heading is None:
                continue
            ended = not item or bool(_ENDS_SENTENCE.search(item[-1][1].text))
            if ended or _opens_item(line.text, language):
                close()
            item.append((page.page_number, line))
    close()
    return found


def _read(
    item: list[tuple[int, Span]], heading: tuple[int, int], pages: list[PageInput], context: DocumentContext
) -> list[Recognition]:
    """The recognition an item gives, if it opens with a level and is no person's honour."""
    page_number, first = item[0]
    page = next(p for p in pages if p.page_number == page_number)
    language = page.language or context.language or ""
    text = " ".join(line.text for _, line in item)
    if not _level_first(first.text, language) or any_match(lexicon()["person_cues"].get(language, []), fold(text)):
        return []
    years = _item_years(heading, text)
    if not years:
        return []
    evidence = Evidence(page_number, "\n".join(line.text for number, line in item if number == page_number))
    return row_recognitions(text.lstrip(_BULLETS), years, evidence, language, context, named_only=True)
