"""Put right OCR's look-alike letters in the names the extraction keys on (EFOM for EFQM, lSO for ISO).

Only words of the same length as a known name, differing from it only by
letters of like shape (O Q 0 D o, I l 1 |, S 5, B 8, G 6, Z 2), are changed: no
ordinary word is that close to an acronym, and a missed "EFQM" loses a whole
recognition. The names are data (data/ocr_vocabulary.json).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

_FILE = Path(__file__).resolve().parent / "data" / "ocr_vocabulary.json"
_LOOK_ALIKE = ("OQ0Do", "Il1|", "S5", "B8", "G6", "Z2")
_EDGE = "\"'“”‘’()[]«».,;:!?"


def _shape(character: str) -> str:
    return next((group for group in _LOOK_ALIKE if character in group), character)


@lru_cache(maxsize=1)
def _names() -> dict[tuple[int, str], list[str]]:
    names = json.loads(_FILE.read_text(encoding="utf-8"))["words"]
    index: dict[tuple[int, str], list[str]] = {}
    for name in names:
        index.setdefault((len(name), name[0].upper()), []).append(name)
        index.setdefault((len(name), _shape(name[0])), []).append(name)
    return index


def _matches(word: str, name: str) -> bool:
    return all(a == b or _shape(a) == _shape(b) != a for a, b in zip(word, name, strict=False))


def fix_look_alikes(token: str) -> str:
    """The token with a known name put right when OCR misread look-alike letters in it."""
    core = token.strip(_EDGE)
    if len(core) < 3 or not core.isascii():
        return token
    for name in dict.fromkeys(_names().get((len(core), core[0].upper()), []) + _names().get((len(core), _shape(core[0])), [])):
        if core != name and _matches(core, name):
            start = token.index(core)
            return token[:start] + name + token[start + len(core) :]
    return token
