"""Cut page text into sentences and lines, keeping offsets into the page.

Every fact quotes its evidence verbatim, so units are always spans of the page
text, never rewritten strings. PDF text wraps lines inside a paragraph: a line
break ends a sentence only where the line is short (a heading, a list item,
the end of a paragraph) or closes with terminal punctuation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from exbench.extraction.organizations import find_organizations
from exbench.language import ASCII, PERSIAN, digit_range, load

_TERMINAL = ".!?؟…"
# A sentence ends at terminal punctuation followed by a space, unless the dot
# closes a short number ("41. Madde", "9. Marmara"): that is an ordinal; a year
# ("by 2027.") is none, and a closing quote after the dot ends the sentence anyway.
_DIGIT = f"[{digit_range(ASCII, PERSIAN)}]"
# A footnote's number printed right after the mark ("… دریافت کرده بود.۱", "(2023).1") still ends the sentence:
# one digit, after a word or a bracket (never a decimal such as "2.1"), then a space.
_SENTENCE_END = re.compile(rf"(?<=[.!?؟…])([\"'”’»)]*)(?:(?:(?<=[^\W\d_][.!?؟…])|(?<=[)\]][.!?؟…]))(?:{_DIGIT}|[¹²³⁴-⁹]))?\s+")
_ORDINAL_DOT = re.compile(rf"(?:^|\s){_DIGIT}{{1,3}}\.$")
_WORD_BEFORE = re.compile(r"(?:^|[\s(\"“«])([^\W\d_]+(?:\.[^\W\d_]+)*)\.$")


@cache
def _titles() -> frozenset[str]:
    """Abbreviations that stand before a name and never end a sentence ("Dr.", "Prof.", "Doç."), lower case."""
    return frozenset(word.lower() for word in load("abbreviations")["titles"])


@cache
def _compounds() -> tuple[tuple[str, str], ...]:
    """Abbreviations of two dotted words read as one ("Ltd. Şti."): (first word, second word), lower case."""
    return tuple(tuple(c.lower().split(". ", 1)) for c in load("abbreviations")["compounds"])


def _ends_sentence(body: str, match: re.Match[str]) -> bool:
    """Whether terminal punctuation ends a sentence here. Not after an ordinal ("41. Madde") or a title
    ("Dr. Ayşe"), nor where the text goes on in lower case: a cased language starts its sentences with a
    capital, so "Ulaşım A.Ş. de belgesini aldı" and "Ltd. and its" are one sentence."""
    before = body[: match.start()]
    if not match.group(1) and _ORDINAL_DOT.search(before[-8:]):
        return False
    word = _WORD_BEFORE.search(before[-40:])
    if before.endswith(".") and word and word.group(1).lower() in _titles():
        return False
    after = body[match.end() : match.end() + 12].lower()
    if any(before.lower().endswith(left + ".") and after.startswith(right) for left, right in _compounds()):
        return False
    # "Kuzeyyaka Su A.Ş. (KUSU A.Ş.), 2022 yılında ...": a dotted legal form glossed by its short name goes on
    if not match.group(1) and after.startswith("(") and word and "." in word.group(1):
        return False
    return not body[match.end() : match.end() + 1].islower()


@dataclass(frozen=True)
class Span:
    """A piece of a page: `text == page_text[start:end]`."""

    start: int
    end: int
    text: str


def lines(page_text: str) -> list[Span]:
    """Non-empty lines, stripped, with their offsets."""
    spans = []
    offset = 0
    for raw in page_text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = offset + raw.index(stripped)
            spans.append(Span(start, start + len(stripped), stripped))
        offset += len(raw) + 1
    return spans


_PROSE_LINE_WORDS = 3  # a wrapped line of running text; fewer words before a figure are a row's label


@cache
def _continuing_words() -> frozenset[str]:
    """Words no sentence, heading or item ends on (an article, a preposition, a conjunction): a line that ends on
    one goes on in the next, however short it is."""
    return frozenset(load("abbreviations")["line_continues"])


def _line_breaks_unit(line: Span, full_width: float, next_line: Span | None = None) -> bool:
    """Whether a line ends its unit: it closes a sentence, or it is short (a heading, a list item, a paragraph's
    last line). A short line that the next line goes on in small letters does not: a narrow column (a magazine's,
    a sidebar's) wraps well before the page's widest lines ("Odamızın 6 iç" / "değerlendiricisi toplam 72 saat"),
    and a cased language opens no sentence, heading or item in small letters. A line of a word or two ending in a
    figure stays apart: a stats block's figure over its caption ("126" / "volunteer assessors"), a table's row."""
    text = line.text
    # "… Karaağaç Gaz Dağıtım A.Ş." | "aldı.": a legal form's dot at the line's end, the sentence going on in small
    # letters, as within a line (a cased language opens no sentence in small letters)
    if text[-1] == "." and next_line is not None and next_line.text[:1].islower() and not _ORDINAL_DOT.search(text):
        return False
    if text[-1] in _TERMINAL and not _ORDINAL_DOT.search(text):
        return True
    if text.split()[-1] in _continuing_words():
        return False  # "… was presented with the" | "European Label …": a sidebar's float narrowed the line
    row = text[-1].isdigit() and len(text.split()) < _PROSE_LINE_WORDS
    if next_line is not None and next_line.text[:1].islower() and text[-1] not in ":;" and not row:
        return False
    if next_line is not None and _name_runs_on(text, next_line.text):
        return False
    return len(text) < 0.6 * full_width


_NAME_WINDOW = 6  # the words either side of a line break an organization's name may run over


def _name_runs_on(text: str, following: str) -> bool:
    """Whether an organization's name opens before the line's end and goes on in the next line ("... share that
    Eastmoor Community" / "Hospital has received ..."): a narrow column broke the line there, no heading or item
    ends in the middle of a name. Only in a cased script, where both sides of the break are capitalised: without
    capitals a heading that ends in a head noun ("پیشینه تعالی در دانشگاه") runs into the name under it."""
    last, first = text.split()[-1], following.split()[:1]
    if not first or not (last[:1].isupper() and first[0][:1].isupper()):
        return False
    tail, head = " ".join(text.split()[-_NAME_WINDOW:]), " ".join(following.split()[:_NAME_WINDOW])
    if any(m.canonical and m.start == 0 for m in find_organizations(head, None)):
        return False  # "Yönetici Özeti" / "Yamaçlı Belediyesi, ...": the next line opens with a whole name of its own
    joined = f"{tail} {head}"
    return any(m.canonical and m.start < len(tail) < m.end for m in find_organizations(joined, None))


def paragraphs(page_text: str) -> list[Span]:
    """Lines joined where PDF wrapping split a paragraph."""
    page_lines = lines(page_text)
    if not page_lines:
        return []
    widths = sorted(len(line.text) for line in page_lines)
    full_width = widths[int(0.9 * (len(widths) - 1))]
    result: list[Span] = []
    start = page_lines[0].start
    for index, line in enumerate(page_lines):
        last = index == len(page_lines) - 1
        gap = not last and "\n\n" in page_text[line.end : page_lines[index + 1].start].replace(" ", "")
        if last or gap or _line_breaks_unit(line, full_width, page_lines[index + 1]):
            result.append(Span(start, line.end, page_text[start : line.end]))
            if not last:
                start = page_lines[index + 1].start
    return result


def sentences(page_text: str) -> list[Span]:
    """Sentences of every paragraph, in page order."""
    result: list[Span] = []
    for paragraph in paragraphs(page_text):
        cursor = 0
        body = paragraph.text
        for match in _SENTENCE_END.finditer(body):
            if not _ends_sentence(body, match):
                continue
            piece = body[cursor : match.start()].strip()
            if piece:
                start = paragraph.start + body.index(piece, cursor)
                result.append(Span(start, start + len(piece), piece))
            cursor = match.end()
        piece = body[cursor:].strip()
        if piece:
            start = paragraph.start + body.index(piece, cursor)
            result.append(Span(start, start + len(piece), piece))
    return result


def clause_around(sentence: str, position: int) -> str:
    """The comma- or semicolon-delimited clause of `sentence` that holds `position`."""
    left = max(sentence.rfind(mark, 0, position) for mark in (",", ";", "،", "؛"))
    rights = [i for i in (sentence.find(mark, position) for mark in (",", ";", "،", "؛")) if i != -1]
    right = min(rights) if rights else len(sentence)
    return sentence[left + 1 : right]
