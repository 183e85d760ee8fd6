"""The one lexicon loader: shared data merged with each language's folder, in the shape the rules read.

`lexicons/shared/<topic>.json` holds what no language owns (record names and
their order, regex skeletons, symbols); `lexicons/<folder>/<topic>.json` holds
one language's part, written in the same shape, with the language's own code
as the key where rules look a block up by language ({"fa": {...}}). Merging is
the same for every topic, shared first, then the languages in registry order:

- objects merge key by key; lists are joined;
- a list of records in shared (each named by its first key: {"scheme": "efqm", ...})
  takes a language's object of records by name: {"efqm": {"patterns": [...]}};
- shared declares `slots`, which gather regex alternatives from every part:
  "⟦name⟧" inside a string becomes them joined by "|" (a slot nobody fills
  matches nothing), and a list item that is only "⟦name⟧" becomes them one
  item each, for lists where order across languages matters;
- keys starting with "_" are notes for people: dropped from a language's file, kept unfilled from shared;
- two parts giving different values for one place, a slot shared does not
  declare, or a language's file naming another language, is an error.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Sequence
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from exbench.language.registry import LANGUAGES, Language, extracted

__all__ = ["ROOT", "LexiconError", "Lexicons", "load"]

ROOT = files("exbench.language") / "lexicons"
SHARED = "shared"
_SLOT = re.compile(r"⟦([a-z_]+)⟧")
_NEVER = "(?!)"


class LexiconError(ValueError):
    """A lexicon file that cannot be merged; the message names the file and the place."""


def _read(path: Traversable) -> dict[str, Any] | None:
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def _record_name(record: Any) -> Any:
    return next(iter(record.values())) if isinstance(record, dict) and record else None


def _merge(base: Any, part: Any, where: str) -> Any:
    """`part` merged into `base` (which it may change); see the module's rules."""
    if isinstance(base, dict) and isinstance(part, dict):
        for key, value in part.items():
            base[key] = _merge(base[key], value, f"{where}.{key}") if key in base else copy.deepcopy(value)
        return base
    if isinstance(base, list) and isinstance(part, list):
        return base + copy.deepcopy(part)
    if isinstance(base, list) and isinstance(part, dict) and all(isinstance(r, dict) for r in base):
        by_name = {_record_name(record): index for index, record in enumerate(base)}
        for name, entry in part.items():
            if name not in by_name:
                raise LexiconError(f"{where}: no shared record named {name!r} to add to")
            base[by_name[name]] = _merge(base[by_name[name]], entry, f"{where}[{name}]")
        return base
    if base == part:  # two languages sharing a word with one meaning ("festival")
        return base
    raise LexiconError(f"{where}: {part!r} would replace {base!r}")


def _own_part(data: dict[str, Any], entry: Language, others: set[str], where: str) -> dict[str, Any]:
    """A language's file without its notes; an error if it speaks for another language."""

    def check(value: Any, place: str) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                if key in others:
                    raise LexiconError(f"{place}: {entry.code}'s folder gives data for {key!r}")
                check(inner, f"{place}.{key}")
        elif isinstance(value, list):
            for item in value:
                check(item, place)

    own = {key: value for key, value in data.items() if not key.startswith("_")}
    check(own, where)
    return own


def _fill(value: Any, slots: dict[str, list[str]], where: str) -> Any:
    """Every ⟦slot⟧ replaced: inside a string by an alternation, as a whole list item by its items."""

    def alternatives(match: re.Match[str]) -> str:
        if match.group(1) not in slots:
            raise LexiconError(f"{where}: no slot {match.group(1)!r}")
        return "|".join(slots[match.group(1)]) or _NEVER

    if isinstance(value, str):
        return _SLOT.sub(alternatives, value)
    if isinstance(value, dict):
        return {key: inner if key.startswith("_") else _fill(inner, slots, f"{where}.{key}") for key, inner in value.items()}
    if isinstance(value, list):
        items: list[Any] = []
        for item in value:
            whole = _SLOT.fullmatch(item) if isinstance(item, str) else None
            if whole and whole.group(1) not in slots:
                raise LexiconError(f"{where}: no slot {whole.group(1)!r}")
            items += list(slots[whole.group(1)]) if whole else [_fill(item, slots, where)]
        return items
    return value


class Lexicons:
    """The lexicons of some languages, from a folder holding `shared/` and one folder per language."""

    def __init__(self, root: Traversable | Path = ROOT, languages: Sequence[Language] = LANGUAGES) -> None:
        self.root, self.languages = root, extracted(languages)
        self._loaded: dict[str, dict[str, Any]] = {}

    def load(self, topic: str) -> dict[str, Any]:
        """The merged lexicon of a topic (the rules' `dates`, `metrics`, ...), built once."""
        if topic not in self._loaded:
            self._loaded[topic] = self._build(topic)
        return self._loaded[topic]

    def _build(self, topic: str) -> dict[str, Any]:
        shared = _read(self.root / SHARED / f"{topic}.json")
        parts = [(entry, _read(self.root / entry.lexicons / f"{topic}.json")) for entry in self.languages]
        if shared is None and all(data is None for _, data in parts):
            raise FileNotFoundError(f"no lexicon {topic!r} under {self.root}")
        merged: dict[str, Any] = shared or {}
        slots: dict[str, list[str]] = {name: list(values) for name, values in merged.pop("slots", {}).items()}
        others = {entry.code for entry in LANGUAGES} | {entry.code for entry in self.languages}
        for entry, data in parts:
            if data is None:
                continue
            where = f"{entry.lexicons}/{topic}.json"
            own = _own_part(data, entry, others - {entry.code}, where)
            for name, values in own.pop("slots", {}).items():
                if name not in slots:
                    raise LexiconError(f"{where}: shared/{topic}.json declares no slot {name!r}")
                slots[name].extend(values)
            merged = _merge(merged, own, where)
        return _fill(merged, slots, f"{topic}.json")


_DEFAULT = Lexicons()


def load(topic: str) -> dict[str, Any]:
    """The merged lexicon of a topic for the registry's languages, from the package's lexicons."""
    return _DEFAULT.load(topic)
