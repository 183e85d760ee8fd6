"""The re-identification check: a blind pack is published only when none of its files names anyone.

Reads the pack back from disk (every CSV and workbook cell, headers and the
Columns sheets included, every key and value of the manifest, README.txt) and
looks for what would tell a jury who is who: an organization's name or alias
in any spelling, the place of a municipality, a person's name found by its
cues, and the warehouse's own identifiers of sources and organizations
(document ids, sha256 or a prefix of one, source paths, organization ids). The failure names the file, the column and the kind
of leak, never the leaked words.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from exbench.export.mask import Masker
from exbench.export.scope import ExportError
from exbench.export.workbook import read_cells

_HEX = re.compile(r"[0-9a-f]{12,}")
_WORD = re.compile(r"[^\s,;\"'()\[\]{}<>|]+")
_PREFIX = 12


class ReidentificationError(ExportError):
    """A blind pack still names an organization, a place, a person or a source."""


@dataclass
class Identities:
    """The warehouse's identifiers that must not appear in a blind pack, by kind of leak."""

    words: dict[str, str] = field(default_factory=dict)  # lower-cased word -> kind
    phrases: dict[str, str] = field(default_factory=dict)  # lower-cased text with spaces -> kind
    hash_prefixes: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, rows: Iterable[tuple[str, str]]) -> Identities:
        """From (kind, value) rows: 'document id', 'source sha256', 'source path', 'organization id'."""
        found = cls()
        for kind, value in rows:
            value = (value or "").strip().lower()
            if not value:
                continue
            candidates = {value}
            if kind == "source path":
                path = PurePath(value.replace("\\", "/"))
                candidates |= {path.name, path.stem} if len(path.stem) >= 6 else {path.name}
            if kind in ("source sha256", "document id") and _HEX.fullmatch(value):
                found.hash_prefixes.add(value[:_PREFIX])
            for candidate in candidates:
                (found.phrases if " " in candidate else found.words)[candidate] = kind
        return found

    def leaks(self, text: str) -> list[str]:
        """The kinds of identifiers in a text."""
        lowered = text.lower()
        kinds = {self.words[w] for w in _WORD.findall(lowered) if w in self.words}
        kinds |= {self.words[w] for w in re.findall(r"\w+", lowered) if w in self.words}
        kinds |= {kind for phrase, kind in self.phrases.items() if phrase in lowered}
        for run in _HEX.findall(lowered):
            if any(run[i : i + _PREFIX] in self.hash_prefixes for i in range(len(run) - _PREFIX + 1)):
                kinds.add("source sha256 or document id")
        return sorted(kinds)


def _json_cells(value: object, path: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for key, inner in value.items():
            where = f"{path}.{key}" if path else str(key)
            yield where, str(key)
            yield from _json_cells(inner, where)
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _json_cells(inner, f"{path}[{index}]")
    elif value is not None:
        yield path, str(value)


def _cells(folder: Path) -> Iterator[tuple[str, str, str]]:
    """(file, column, text) of every cell of the pack's files."""
    for path in sorted(folder.iterdir()):
        if path.suffix == ".csv":
            with path.open(encoding="utf-8-sig", newline="") as handle:
                rows = list(csv.reader(handle))
            header = rows[0] if rows else []
            for name in header:
                yield path.name, "header", name
            for number, row in enumerate(rows[1:], start=2):
                for column, text in zip(header, row, strict=False):
                    yield path.name, f"{column} (row {number})", text
        elif path.suffix == ".xlsx":
            for sheet, column, number, text in read_cells(path):
                yield path.name, f"{sheet}: {column} (row {number})" if number > 1 else f"{sheet}: header", text
        elif path.suffix == ".json":
            for where, text in _json_cells(json.loads(path.read_text(encoding="utf-8"))):
                yield path.name, where, text
        else:
            yield path.name, "file", path.read_text(encoding="utf-8", errors="replace")


def find_leaks(folder: Path, masker: Masker, identities: Identities) -> list[tuple[str, str, list[str]]]:
    """(file, column, kinds) of every cell of the pack folder that names someone."""
    leaks = []
    for name, column, text in _cells(folder):
        kinds = masker.leaks(text) + identities.leaks(text)
        if kinds:
            leaks.append((name, column, kinds))
    return leaks


def check_pack(folder: Path, masker: Masker, identities: Identities) -> None:
    """Raise ReidentificationError naming the first leak (file, column, kinds) when the pack has any."""
    leaks = find_leaks(folder, masker, identities)
    if leaks:
        name, column, kinds = leaks[0]
        more = f" (and {len(leaks) - 1} more cells)" if len(leaks) > 1 else ""
        raise ReidentificationError(f"blind pack not published: {name}, column {column}: {', '.join(kinds)}{more}")
