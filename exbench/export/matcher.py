"""Find known names in folded text: longest first, whole words, Turkish and Persian suffixes allowed.

A name matches where it starts a word and ends one, or ends before a case or
possessive suffix (Kadıköy'de, Kadıköyde, مشهدی); names of three letters or
fewer must end the word, so that "Van" does not match "vana". Words may be
written together (ZWNJ dropped, "شهرداریاصفهان").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

SHORT = 3


@dataclass(frozen=True)
class Term:
    """A folded name, what kind it is and what replaces it."""

    folded: str
    kind: str
    replacement: str


def _key(text: str) -> str:
    return text.replace(" ", "")


def _trie_pattern(node: dict, ends: dict[str, str]) -> str:
    """A regex for the terms of a trie: one pass over the text whatever their number, longest first."""
    branches = []
    for char in sorted(k for k in node if k != ""):
        head = " ?" if char == " " else re.escape(char)
        branches.append(head + _trie_pattern(node[char], ends))
    if "" in node:
        branches.append(ends[node[""]])  # the term ends here: tried after every longer one
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


class Matcher:
    """All occurrences of a set of terms in a folded text; the first term given wins a tie."""

    def __init__(self, terms: Iterable[Term], suffixes: Iterable[str] = ()) -> None:
        self._by_key: dict[str, Term] = {}
        for term in terms:
            if len(_key(term.folded)) >= 2:
                self._by_key.setdefault(_key(term.folded), term)
        ending = "|".join(sorted({re.escape(s) for s in suffixes if s}, key=len, reverse=True))
        ends = {"short": r"(?!\w)", "long": f"(?=(?:{ending})?(?!\\w))" if ending else r"(?!\w)"}
        trie: dict = {}
        for key, term in self._by_key.items():
            node = trie
            for char in term.folded.strip():
                node = node.setdefault(char, {})
            node[""] = "short" if len(key) <= SHORT else "long"
        self._regex = re.compile(f"(?<!\\w){_trie_pattern(trie, ends)}") if trie else None

    def __bool__(self) -> bool:
        return self._regex is not None

    def find(self, folded: str) -> list[tuple[int, int, Term]]:
        """(start, end, term) of every match, left to right, not overlapping."""
        if self._regex is None:
            return []
        return [(m.start(), m.end(), self._by_key[_key(m.group(0))]) for m in self._regex.finditer(folded)]
