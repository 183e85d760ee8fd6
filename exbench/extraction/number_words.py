"""The grammar of number words: how words for units, tens, hundreds and scales combine into one value.

The words are data (the `numbers` lexicon of each language); this module only says which sequences of
word kinds make a number ("iki yüz otuz", "two hundred and five", "یک هزار و ۴۵۰") and what it is worth.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

WORD_KINDS = ("units", "teens", "tens", "hundreds", "scales")
LIST_KINDS = {"hundred": 100, "joiners": 0, "half": Decimal("0.5"), "article": 1}
KIND = {
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
MULTIPLIERS = ("hundred", "scale", "half")


@dataclass(frozen=True)
class Atom:
    """One number word (or a group of digits) with its kind and value, at its place in the text."""

    kind: str
    value: Decimal
    start: int
    end: int
    ambiguous: bool = False
    closes: bool = True  # last atom of its token


def evaluate(atoms: list[Atom], strict: bool) -> Decimal | None:
    """The value of a number phrase, or None when the grammar rejects it."""
    first = atoms[0]
    if first.kind == "article" or (strict and first.ambiguous):
        if len(atoms) < 2 or atoms[1].kind not in MULTIPLIERS:
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


def best_prefix(run: list[Atom], strict: bool) -> tuple[int, Decimal] | None:
    """Longest valid phrase; it may not stop right before a multiplier word."""
    for k in range(len(run), 0, -1):
        if not run[k - 1].closes or (k < len(run) and run[k].kind in MULTIPLIERS):
            continue
        value = evaluate(run[:k], strict)
        if value is not None:
            return k, value
    return None


def segment(word: str, words: dict[str, tuple[str, Decimal]]) -> list[tuple[str, Decimal]] | None:
    """Split a joined Turkish compound ("ikibinyediyüz") into number words."""
    best: list[list[tuple[str, Decimal]] | None] = [None] * (len(word) + 1)
    best[0] = []
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 8), end - 1):
            piece = words.get(word[start:end])
            if best[start] is not None and piece and piece[0] not in ("joiner", "article"):
                best[end] = best[start] + [piece]  # type: ignore[operator]
                break
    result = best[len(word)]
    return result if result and len(result) > 1 else None
