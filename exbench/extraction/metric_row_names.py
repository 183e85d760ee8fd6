"""A table row headed by the short form of an organization the document names in full elsewhere.

A table of counts by organization often gives each row a narrow cell: the name
without its head noun ("راه و شهرسازی" for "اداره کل راه و شهرسازی استان ..."),
its head abbreviated ("Kuzluca Bld." for "Kuzluca Belediyesi"), or its kind in
initials ("Calderbrook MBC" for "Calderbrook Metropolitan Borough Council"). The
cell names no organization by itself; it is the one organization the document
names in full whose name holds every word of the cell, in order: a word as
written, a word cut short with a full stop by its letters, initials by the
words they begin; or the cell is a short name the document gave one organization (the abbreviation in brackets
after its name, "TVWS" for "Tamsey Valley Water Services Ltd (TVWS)"; organizations.short_names). Where names end in their head (Turkish, English) the short form keeps the name's first word
("Housing" is no short form of "Northgate Housing Trust", unless the document itself writes it alone for the company
of a group whose names share their first word: "Networks" for "Tamsey Networks Ltd" beside "Tamsey Valley Water
Group plc"); where names open with their head (Persian) the head
may go. A cell that fits no name, or several, gives no owner: its
counts stay unowned, never a guess.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from exbench.extraction.lexicons import fold, load
from exbench.extraction.model import PageInput
from exbench.extraction.organizations import find_organizations, short_names


class DocumentNames(NamedTuple):
    full: tuple[str, ...]  # the organizations the document names in full, each once, in the order first named
    short: dict[str, str]  # a short name the document gives one of them -> its full name


NO_NAMES = DocumentNames((), {})

_MAX_CELL_WORDS = 6
_FAMILY_NAME_WORDS = 3  # a family word, a word of the company's own and its head at least


def document_names(pages: list[PageInput], language: str) -> DocumentNames:
    """The organizations the document names in full and the short names it gives them (read once per document:
    the tables of counts, the winners lists and the results tables all ask)."""
    return _names(tuple((page.text, page.language or language) for page in pages))


@lru_cache(maxsize=4)
def _names(texts: tuple[tuple[str, str], ...]) -> DocumentNames:
    mentions = [m for text, language in texts for m in find_organizations(text, language) if m.canonical]
    full = tuple(dict.fromkeys(m.canonical for m in mentions))
    short = {short: m.canonical for short, m in short_names(mentions).items()}
    return DocumentNames(full, {**_family_short_names(full, "\n".join(text for text, _ in texts)), **short})


def _family_short_names(names: tuple[str, ...], text: str) -> dict[str, str]:
    """Short names of a group's companies that the document itself uses: the words after the family word the
    group and its companies share ("Tamsey Valley Water Group plc", "Tamsey Networks Ltd"), written alone as a
    sentence's word in its text ("Networks, which operates the pipe network, ..."). A word the text never writes so
    ("Housing" of "Northgate Housing Trust", however a table's row is headed) is no short name."""
    family = _family_words(names)
    found: dict[str, str] = {}
    for name in names:
        words = name.split()
        if len(words) < _FAMILY_NAME_WORDS or fold(words[0]) not in family:
            continue
        for end in range(len(words) - 1, 1, -1):  # the longest run of the name's own words before its head
            short = " ".join(words[1:end])
            alone = rf"(?<!{re.escape(words[0])} )(?<![\w-]){re.escape(short)}(?=,?\s+[a-zçğıöşü])"
            if short[:1].isupper() and re.search(alone, text):
                found.setdefault(short, name)
                break
    return found


def named_by_short_form(cell: str, document: DocumentNames, language: str) -> str | None:
    """The one organization of the document the cell is a short form of, else None."""
    given = document.short.get(" ".join(cell.split()))
    if given:
        return given
    names = document.full
    words = cell.split()
    if not words or len(words) > _MAX_CELL_WORDS or not re.search(r"[^\W\d_]{2}", cell):
        return None  # a cell of figures names nobody; a number may name a district ("منطقه ۳" for "شهرداری منطقه ۳")
    anchored = load("organizations").get(language, {}).get("name_before_head", True)
    fits = [name for name in names if _fits(words, fold(name).split(), name.split(), anchored)]
    if len(fits) != 1:
        return None
    # one word at least must be the name's own: a cell of common words ("Health") picks no organization
    others = {word for name in names if name != fits[0] for word in fold(name).split()}
    own = [word for word in (fold(w) for w in words) if word in fold(fits[0]).split() and word not in others]
    return fits[0] if own else None


def _family_words(names: tuple[str, ...]) -> set[str]:
    """First words two or more of the document's names share (a group and its companies: "Tamsey Valley Water Group
    plc", "Tamsey Networks Ltd"): a table of the group's members may leave the family word out."""
    firsts = [fold(name).split()[0] for name in {fold(n): n for n in names}.values() if name.split()]
    return {word for word in firsts if firsts.count(word) >= 2}


def _fits(cell: list[str], folded: list[str], written: list[str], anchored: bool) -> bool:
    """Whether the cell's words stand in the name's words in order, each as written, cut short or as initials;
    `anchored`: the first from the name's first word."""
    at = 0
    for word in cell:
        step = _match_from(word, folded[: 1 if anchored and at == 0 else None], written, at)
        if step is None:
            return False
        at = step
    return True


def _match_from(word: str, folded: list[str], written: list[str], at: int) -> int | None:
    """Where the name goes on after the first place from `at` the cell's word stands for, None if nowhere."""
    plain = fold(word).strip(".,;:")
    for start in range(at, len(folded)):
        if plain and folded[start].strip(".,;:") == plain:
            return start + 1
        if word.endswith(".") and len(plain) >= 2 and _cut_short(plain, folded[start]):
            return start + 1
        if _is_initials(word) and _initials_at(word, written, start):
            return start + len(word)
    return None


def _cut_short(short: str, word: str) -> bool:
    """Whether a word cut short ("bld") is the word's first letter and then some of its letters in order."""
    if not word.startswith(short[0]) or len(word) <= len(short):
        return False
    rest = iter(word[1:])
    return all(letter in rest for letter in short[1:])


def _is_initials(word: str) -> bool:
    return 2 <= len(word) <= 5 and word.isalpha() and word.isupper()


def _initials_at(word: str, written: list[str], start: int) -> bool:
    """Whether the capitals are the initials of the name's words from `start` ("MBC": Metropolitan Borough Council)."""
    span = written[start : start + len(word)]
    return len(span) == len(word) and all(w[:1] == letter for w, letter in zip(span, word, strict=True))
