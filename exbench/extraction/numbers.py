"""Find numbers written in digits, in words, or both, in tr/fa/en text.

How number words combine is number_words.py; the words are data (the
`numbers` lexicon of each language); reading a group of digits is digits.py. Offsets index the caller's text: normalisation keeps
one character for one. Dates, ISO designations, decision numbers ("2019/127"),
versions and ordinals are not counts, so they are not returned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from exbench.extraction.dates import find_dates
from exbench.extraction.digits import read_digit_group
from exbench.extraction.number_words import KIND, LIST_KINDS, WORD_KINDS, Atom, best_prefix, segment
from exbench.language import guess_language, is_arabic_script, latin_language, load, script_language
from exbench.language import matching_form as normalize

__all__ = ["NumberMatch", "find_numbers", "parse_number"]

# A word keeps the Arabic script's vowel marks written over or under its letters: a writer who marks "نُه" (nine)
# apart from "نه" (no) writes one word, not two.
_TOKEN = re.compile(r"(?P<num>\d+(?:[.,:/\-–٫٬]\d+)*)|(?P<word>[^\W\d_](?:[^\W\d_]|[\u064b-\u065f\u0670])*)")
_GAP = re.compile(r"[ \t\u00a0\u200c]+|[ \t\u00a0]*\n[ \t\u00a0]*")
_WORD_GAP = re.compile(r"[ \t\u00a0]*-[ \t\u00a0]*")


@dataclass(frozen=True)
class NumberMatch:
    """One number in the text; `raw == text[start:end]` (percent sign included)."""

    start: int
    end: int
    value: float | int
    is_percent: bool
    raw: str


@dataclass(frozen=True)
class _Lexicon:
    words: dict[str, tuple[str, Decimal]]
    ambiguous: frozenset[str]
    joined: bool
    not_numbers: re.Pattern[str] | None
    decimal_seps: frozenset[str]
    group_seps: frozenset[str]
    slash_decimal: bool
    ordinals: tuple[re.Pattern[str], ...]
    list_joiner: re.Pattern[str] | None = None  # "و", "ve" ending the text between two counts of a list


def _alternation(items: list[str]) -> str:
    return "|".join(re.escape(normalize(i)) for i in sorted(items, key=len, reverse=True))


@cache
def _lexicon(code: str) -> _Lexicon:
    data = load("numbers")[code]
    words: dict[str, tuple[str, Decimal]] = {}
    for kind in WORD_KINDS:
        for word, value in data[kind].items():
            words[normalize(word)] = (KIND[kind], Decimal(value))
    for kind, value in LIST_KINDS.items():
        for word in data[kind]:
            words[normalize(word)] = (KIND[kind], Decimal(value))
    table = str.maketrans(data["ascii_variants"])
    for word, entry in list(words.items()):
        words.setdefault(word.translate(table), entry)
    nots = data["not_numbers"]
    return _Lexicon(
        words=words,
        ambiguous=frozenset(normalize(w) for w in data["ambiguous"]),
        joined=data["joined_compounds"],
        not_numbers=re.compile(rf"(?:{_alternation(nots)})(?![^\W\d_])") if nots else None,
        decimal_seps=frozenset(data["decimal_separators"]),
        group_seps=frozenset(data["group_separators"]),
        slash_decimal=data["slash_decimal"],
        ordinals=tuple(re.compile(p) for p in data["ordinal_after_digits"]),
        list_joiner=re.compile(rf"(?:^|\s)(?:{_alternation(data['list_joiners'])})\s+$") if data.get("list_joiners") else None,
    )


@cache
def _markers() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Percent-before, percent-after and designation regexes, all languages."""
    lex = load("numbers")
    codes = [c for c in lex if not c.startswith("_") and c != "common"]
    before = lex["common"]["percent_before"] + [w for c in codes for w in lex[c]["percent_before"]]
    after = lex["common"]["percent_after"] + [w for c in codes for w in lex[c]["percent_after"]]
    designations = "|".join(re.escape(d) for d in sorted(lex["common"]["designation_prefixes"], key=len, reverse=True))
    return (
        re.compile(rf"(?:(?<![^\W\d_])(?:{_alternation(before)}))[ \u00a0]?$"),
        re.compile(rf"[ \u00a0\u200c]?(?:{_alternation(after)})(?![^\W\d_])"),
        re.compile(rf"(?<![\w/])(?:{designations})(?:[ \t/-]+(?:{designations}))*[ \t:/-]*$"),
    )


class _Reader:
    """Turns the tokens of one text into atoms, language chosen per token."""

    def __init__(self, text: str, language: str | None) -> None:
        language = language if language in load("numbers") else None
        self.text, self.norm, self.language = text, normalize(text), language
        self.doc = guess_language(text) if language is None else language
        self.latin = latin_language(text) if language is None else language
        self.arabic = script_language("Arab")  # digits and words in Arabic script are read as Persian
        self.tokens = list(_TOKEN.finditer(self.norm))

    def lexicon(self, token: re.Match[str]) -> _Lexicon:
        if self.language is not None:
            return _lexicon(self.language)
        if token.lastgroup == "num":
            arabic = is_arabic_script(self.text[token.start() : token.end()])
            return _lexicon(self.arabic if arabic or self.doc == self.arabic else self.latin)
        return _lexicon(self.arabic if is_arabic_script(token.group()) else self.latin)

    def atoms(self, index: int) -> list[Atom] | None:
        token = self.tokens[index]
        start, end, lex = token.start(), token.end(), self.lexicon(token)
        if token.lastgroup == "word":
            word = token.group()
            if lex.not_numbers and lex.not_numbers.match(self.norm, start):
                return None
            if word in lex.words:
                kind, value = lex.words[word]
                return [Atom(kind, value, start, end, word in lex.ambiguous)]
            pieces = segment(word, lex.words) if lex.joined else None
            if not pieces:
                return None
            return [Atom(k, v, start, end, closes=i == len(pieces) - 1) for i, (k, v) in enumerate(pieces)]
        return self.digit_atom(index, lex)

    def digit_atom(self, index: int, lex: _Lexicon) -> list[Atom] | None:
        token = self.tokens[index]
        start, end, norm = token.start(), token.end(), self.norm
        prev = norm[start - 1] if start else " "
        if prev.isalnum() or prev in "._/,:" or (prev in "-–" and start > 1 and norm[start - 2].isalnum()):
            return None
        if _markers()[2].search(self.text[max(0, start - 40) : start]):
            return None
        before_pct = _markers()[0].search(norm[max(0, start - 12) : start])
        if not before_pct and any(p.search(norm[end : end + 12]) for p in lex.ordinals):
            return None
        nxt = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        nxt_word = nxt.group() if nxt is not None and nxt.lastgroup == "word" else ""
        before_scale = lex.words.get(nxt_word, ("",))[0] == "scale" or bool(_markers()[1].match(norm, end))
        value = read_digit_group(token.group(), lex.decimal_seps, lex.group_seps, lex.slash_decimal and before_scale)
        return None if value is None else [Atom("digit", value, start, end)]

    def adjacent(self, left: int, right: int) -> bool:
        a, b = self.tokens[left], self.tokens[right]
        gap = self.norm[a.end() : b.start()]
        both_words = a.lastgroup == b.lastgroup == "word"
        return bool(_GAP.fullmatch(gap) or (both_words and _WORD_GAP.fullmatch(gap)))


def _to_number(value: Decimal) -> float | int:
    return int(value) if value == value.to_integral_value() else float(value)


def _scan(text: str, language: str | None, strict: bool) -> list[NumberMatch]:
    reader = _Reader(text, language)
    atoms = [reader.atoms(i) for i in range(len(reader.tokens))]
    before_re, after_re, _ = _markers()
    matches: list[NumberMatch] = []
    index, consumed = 0, 0
    while index < len(atoms):
        if atoms[index] is None:
            index += 1
            continue
        run, last = list(atoms[index]), index
        while last + 1 < len(atoms) and atoms[last + 1] is not None and reader.adjacent(last, last + 1) and len(run) < 40:
            last += 1
            run.extend(atoms[last])
        best = best_prefix(run, strict)
        if best is None and strict and _listed_one(reader, index, matches):
            best = (1, run[0].value)
        if best is None:
            index += 1
            continue
        start, end = run[0].start, run[best[0] - 1].end
        before = before_re.search(reader.norm[max(consumed, start - 12) : start])
        after = after_re.match(reader.norm, end)
        start = before.start() + max(consumed, start - 12) if before else start
        end = after.end() if after else end
        matches.append(NumberMatch(start, end, _to_number(best[1]), bool(before or after), text[start:end]))
        consumed = end
        while index < len(atoms) and reader.tokens[index].start() < end:
            index += 1
    return matches


_CLAUSE_END = re.compile(r"[.!?؟;؛:]")


def _listed_one(reader: _Reader, index: int, matches: list[NumberMatch]) -> bool:
    """The word for one that is also the article ("یک", "bir") is the count one where it closes a list of counts:
    "۱۲ نقطه قوت، ۱۴ زمینه قابل بهبود و یک تجربه برتر", "12 güçlü yön ve bir iyi uygulama"."""
    atoms = reader.atoms(index)
    if not atoms or len(atoms) != 1 or not atoms[0].ambiguous or atoms[0].value != 1 or not matches:
        return False
    joiner = reader.lexicon(reader.tokens[index]).list_joiner
    between = reader.norm[matches[-1].end : atoms[0].start]
    return bool(joiner and len(between) <= 80 and not _CLAUSE_END.search(between) and joiner.search(between))


def find_numbers(text: str, language: str | None, *, skip_dates: bool = True) -> list[NumberMatch]:
    """All numbers in text order; numbers inside dates are left out unless skip_dates=False."""
    matches = _scan(text, language, strict=True)
    if not skip_dates or not matches:
        return matches
    spans = [(d.start, d.end) for d in find_dates(text, language)]
    return [m for m in matches if not any(s < m.end and m.start < e for s, e in spans)]


def parse_number(text: str, language: str | None) -> float | int | None:
    """The value when the whole stripped text is one number ("bir" alone counts), else None."""
    stripped = text.strip()
    matches = _scan(stripped, language, strict=False) if stripped else []
    if len(matches) == 1 and matches[0].start == 0 and matches[0].end == len(stripped):
        return matches[0].value
    return None
