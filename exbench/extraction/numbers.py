"""Find numbers written in digits, in words, or both, in tr/fa/en text.

The grammar (how number words combine) is code; the words are data (the
`numbers` lexicon of each language). Offsets index the caller's text: normalisation keeps
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
from exbench.language import guess_language, is_arabic_script, latin_language, load, script_language
from exbench.language import matching_form as normalize

__all__ = ["NumberMatch", "find_numbers", "parse_number"]

_TOKEN = re.compile(r"(?P<num>\d+(?:[.,:/\-–٫٬]\d+)*)|(?P<word>[^\W\d_]+)")
_GAP = re.compile(r"[ \t\u00a0\u200c]+|[ \t\u00a0]*\n[ \t\u00a0]*")
_WORD_GAP = re.compile(r"[ \t\u00a0]*-[ \t\u00a0]*")
_WORD_KINDS = ("units", "teens", "tens", "hundreds", "scales")
_LIST_KINDS = {"hundred": 100, "joiners": 0, "half": Decimal("0.5"), "article": 1}
_KIND = {
    "units": "unit",
    "teens": "teen",
    "tens": "ten",
    "hundreds": "hundreds",
    "scales": "scale",
    "hundred": "hundred",
    "joiners": "joiner",
    "half": "half",
    "article": "article",
}
_MULTIPLIERS = ("hundred", "scale", "half")


@dataclass(frozen=True)
class NumberMatch:
    """One number in the text; `raw == text[start:end]` (percent sign included)."""

    start: int
    end: int
    value: float | int
    is_percent: bool
    raw: str


@dataclass(frozen=True)
class _Atom:
    kind: str
    value: Decimal
    start: int
    end: int
    ambiguous: bool = False
    closes: bool = True  # last atom of its token


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
    for kind in _WORD_KINDS:
        for word, value in data[kind].items():
            words[normalize(word)] = (_KIND[kind], Decimal(value))
    for kind, value in _LIST_KINDS.items():
        for word in data[kind]:
            words[normalize(word)] = (_KIND[kind], Decimal(value))
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


def _evaluate(atoms: list[_Atom], strict: bool) -> Decimal | None:
    """The value of a number phrase, or None when the grammar rejects it."""
    first = atoms[0]
    if first.kind == "article" or (strict and first.ambiguous):
        if len(atoms) < 2 or atoms[1].kind not in _MULTIPLIERS:
            return None
    if atoms[-1].kind in ("joiner", "article") or first.kind in ("joiner", "half"):
        return None
    total, group, parts, last_scale = Decimal(0), None, set(), None
    for index, atom in enumerate(atoms):
        kind, value, prev = atom.kind, atom.value, atoms[index - 1] if index else None
        if kind == "joiner":
            nxt = atoms[index + 1]
            allowed = {
                "scale": ("digit", "unit", "teen", "ten", "hundreds", "hundred"),
                "hundreds": ("unit", "teen", "ten", "digit"),
                "hundred": ("unit", "teen", "ten", "digit"),
                "ten": ("unit",),
            }.get(prev.kind, ())
            if prev.kind in ("unit", "teen", "ten", "digit") and nxt.kind == "half":
                continue
            if nxt.kind not in allowed or (prev.kind != "scale" and nxt.kind == "digit" and nxt.value >= 100):
                return None
            continue
        if kind == "article":
            group, parts = Decimal(1), {"U"}
        elif kind == "digit":
            if group is not None or (last_scale is not None and value >= last_scale):
                return None
            group, parts = value, {"D"}
        elif kind in ("unit", "teen", "ten"):
            blocked = {"unit": {"U", "D"}, "teen": {"U", "D", "T"}, "ten": {"U", "D", "T"}}[kind]
            if parts & blocked:
                return None
            group = (group or Decimal(0)) + value
            parts |= {"U", "T"} if kind == "teen" else {"U"} if kind == "unit" else {"T"}
        elif kind == "hundreds":
            if group is not None:
                return None
            group, parts = value, {"H"}
        elif kind == "hundred":
            if parts & {"H", "T"} or ("D" in parts and not (group < 10 and group == int(group))):
                return None
            group, parts = (group or Decimal(1)) * 100, {"H"}
        elif kind == "scale":
            if last_scale is not None and value >= last_scale:
                return None
            if group is None and total:
                return None
            total += (Decimal(1) if group is None else group) * value
            group, parts, last_scale = None, set(), value
        elif kind == "half":
            if group is None or not parts & {"U", "T", "D"} or "H" in parts or group != int(group):
                return None
            group, parts = group + Decimal("0.5"), {"H", "T", "U", "D"}
    return total + (group or Decimal(0))


def _best_prefix(run: list[_Atom], strict: bool) -> tuple[int, Decimal] | None:
    """Longest valid phrase; it may not stop right before a multiplier word."""
    for k in range(len(run), 0, -1):
        if not run[k - 1].closes or (k < len(run) and run[k].kind in _MULTIPLIERS):
            continue
        value = _evaluate(run[:k], strict)
        if value is not None:
            return k, value
    return None


def _segment(word: str, lex: _Lexicon) -> list[tuple[str, Decimal]] | None:
    """Split a joined Turkish compound ("ikibinyediyüz") into number words."""
    best: list[list[tuple[str, Decimal]] | None] = [None] * (len(word) + 1)
    best[0] = []
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 8), end - 1):
            piece = lex.words.get(word[start:end])
            if best[start] is not None and piece and piece[0] not in ("joiner", "article"):
                best[end] = best[start] + [piece]  # type: ignore[operator]
                break
    result = best[len(word)]
    return result if result and len(result) > 1 else None


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

    def atoms(self, index: int) -> list[_Atom] | None:
        token = self.tokens[index]
        start, end, lex = token.start(), token.end(), self.lexicon(token)
        if token.lastgroup == "word":
            word = token.group()
            if lex.not_numbers and lex.not_numbers.match(self.norm, start):
                return None
            if word in lex.words:
                kind, value = lex.words[word]
                return [_Atom(kind, value, start, end, word in lex.ambiguous)]
            pieces = _segment(word, lex) if lex.joined else None
            if not pieces:
                return None
            return [_Atom(k, v, start, end, closes=i == len(pieces) - 1) for i, (k, v) in enumerate(pieces)]
        return self.digit_atom(index, lex)

    def digit_atom(self, index: int, lex: _Lexicon) -> list[_Atom] | None:
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
        return None if value is None else [_Atom("digit", value, start, end)]

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
        best = _best_prefix(run, strict)
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
