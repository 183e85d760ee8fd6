"""How an award's name is read around its noun where no vocabulary lists it: the capitalised words before
it ("Green Flag Award", "Sıfır Atık Belgesi"), and the cases where those words name something else: the
level the noun belongs to ("5 Yıldız belgesini"), the organization whose award it is (a genitive: "the
Council of Europe's label"), a family of standards ("ISO certification"), or a level restated in brackets."""

from __future__ import annotations

import re

from exbench.extraction.lexicons import compiled, fold, load
from exbench.extraction.recognition_mention import Mention
from exbench.extraction.sentence_view import SentenceView
from exbench.language import capitals

__all__ = [
    "NAME_WORD",
    "family",
    "level_noun",
    "named_noun",
    "normalised",
    "overlaps",
    "owned",
    "preceding_name",
    "restated",
    "widest_generic",
]


def lexicon() -> dict:
    """The `recognitions` lexicon (cached by the loader)."""
    return load("recognitions")


def normalised(text: str) -> str:
    """One line, single spaces, no case or possessive ending after an apostrophe ("Ödülü'nü" -> "Ödülü")."""
    text = re.sub(r"['’]\w*$", "", " ".join(text.split()))
    return text.strip(" \"'“”«»()")


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


NAME_WORD = re.compile(rf"^[{capitals()}][\w'’-]*$")


def preceding_name(text: str, start: int, end: int, language: str | None = None) -> str | None:
    """'Dubai Government Excellence Programme Award': the capitalised words that name an award, with the
    small words inside the name ('Commitment to Excellence recognition') where a capitalised word comes before them."""
    window = text[max(0, start - 120) : start]
    # "Commitment to Excellence (Bronze) award": a level in brackets between the name and its noun is the name's
    inserted = re.search(r"\s\([^()\n]{1,24}\)\s*$", window)
    insert = [inserted.group(0).strip()] if inserted else []
    window = window[: inserted.start()] if inserted else window
    words = window.split()
    connectors = set(lexicon()["name_connectors"].get(language or "", []))
    grades = {fold(g) for g in lexicon()["award_grades"].get(language or "", [])}
    case = lexicon()["receiver_case"].get(language or "")
    own = load("owners")["first_person"].get(language or "", [])
    units = lexicon()["held_table_units"].get(language or "", [])
    # "... Ltd Winner\nExcellence Award": a result ending a table's row is no part of the next row's award
    # (after a name: "verilmiştir; Altın | Ödül ise ..." is running text wrapped inside the award's name)
    row_end = re.search(r"(?:(\S+)[ \t]+)?(\S+)[ \t]*\n[^\n]*$", window)
    ended = row_end and fold(row_end.group(2)) in grades and (not row_end.group(1) or NAME_WORD.match(row_end.group(1)))
    cut = len(window[row_end.end(2) :].split()) if ended else len(words)
    name: list[str] = []
    for word in reversed(words[len(words) - cut :]):
        if name and word in connectors and len(name) < 6:
            name.insert(0, word)
            continue
        if not NAME_WORD.match(word.strip("\"'“”«»")) or len(name) >= 6 or (case and re.search(case, word)):
            break  # "Zabıta Müdürlüğü’ne Gümüş Ödül": a name in the case of a receiver is none of the award's
        if any(compiled(p).fullmatch(fold(word)) for p in own):
            break  # "Belediyemiz Sıfır Atık Belgesi": the organization speaking is the receiver
        if any(compiled(p).search(fold(word) + " ") for p in units):
            break  # "Zabıta Dairesi Başkanlığı Altın Ödül’e ... layık görüldü": a unit receives, it names no award
        name.insert(0, word)
    while name and name[0] in connectors:
        name.pop(0)
    return normalised(" ".join(name + insert + [text[start:end]])) if name else None


def level_noun(folded: str, level_end: int, start: int) -> bool:
    """ "Mükemmellikte Yetkinlik 5 Yıldız belgesini": the noun right after a level (and its stars) is the level's own."""
    gap = folded[level_end:start].strip().strip("()").strip() if 0 <= start - level_end <= 30 else None  # "(2 Star) recognition"
    return gap is not None and (not gap or bool(compiled(lexicon()["stars"]).fullmatch(gap)))


def named_noun(text: str, level_end: int, start: int) -> bool:
    """ "ISO 9001:2015 Kalite Yönetim Sistemi belgesini": a noun after a level and the capitalised words that
    name what it is is the level's own noun, no award of its own."""
    gap = text[level_end:start] if 0 <= start - level_end <= 60 else None
    words = [w.strip("\"'“”«»()") for w in gap.split()] if gap is not None else None
    small = {"ve", "and", "of", "و", "&"}  # "İş Sağlığı ve Güvenliği Yönetim Sistemi belgesini"
    return words is not None and all(not w or w.isdigit() or w in small or NAME_WORD.match(w) for w in words)


def widest_generic(found: list[Mention]) -> list[Mention]:
    """ "“Üç Yıldızlı Kurumsal Mükemmellik Belgesi”": award nouns of one name (read back to its start) are one award."""
    kept: list[Mention] = []
    for m in sorted(found, key=lambda m: m.start - m.end):
        wider = (
            o.level == m.level or o.end - o.start > m.end - m.start
            for o in kept
            if o.generic and overlaps((o.start, o.end), (m.start, m.end))
        )
        if not (m.generic and any(wider)):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


_BRACKET = re.compile(r"['’]?\w*\s*\(\s*")


def restated(found: list[Mention], text: str) -> list[Mention]:
    """ "Avrupa ... Mükemmellik Etiketi’ni (ELoGE)": an award noun's name that a scheme's level restates in
    brackets right after it is that level, not an award of its own."""
    levels = [m for m in found if not m.generic and m.scheme not in (None, "other")]
    return [m for m in found if not (m.generic and any(_BRACKET.fullmatch(text, m.end, f.start) for f in levels))]


def family(name: str, noun: str) -> bool:
    """ "triple ISO certification": a name that says only the family of standards names no award of its own."""
    words = [fold(w) for w in name[: len(name) - len(noun)].split()]
    return bool(words) and compiled(lexicon()["standard_family"]).fullmatch(words[-1]) is not None and len(words) <= 2


def owned(view: SentenceView, start: int, found: list[Mention]) -> bool:
    """An award noun written in lower case after a name in the genitive (`genitive_case`) that is no award's
    name: the holder's own ("Taşpınar Belediyesi'nin etiketi": an organization's name) or a level the sentence
    named before, restated ("... (ELoGE), the Council of Europe's label"). A giver's award named by nothing else
    ("won the Dubai Government Excellence Programme's award") is what was received."""
    case = lexicon()["genitive_case"].get(view.language or "")
    before = view.text[:start].rstrip()
    words = before.split()
    if not (case and words and view.text[start : start + 1].islower() and re.search(case, words[-1])):
        return False
    holder = any(len(before) - 4 <= m.end <= len(before) for m in view.organizations if m.canonical)
    return holder or any(not m.generic and m.scheme not in (None, "other") and m.end <= start for m in found)
