"""Which scheme and cycle an export may be: only those the warehouse holds, checked before anything is written."""

from __future__ import annotations

import re

import duckdb

from exbench.warehouse.sql import query_file

# A scheme becomes a folder name: lower-case letters, digits, _ and -, never the blind packs' folder.
_FOLDER_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
BLIND_FOLDER = "blind"


class ExportError(Exception):
    """An export that cannot be written; the message is one line for the person who asked."""


class UnknownScope(ExportError):
    """A scheme or cycle the warehouse has no benchmark for."""


def scopes(con: duckdb.DuckDBPyConnection) -> list[tuple[str, int]]:
    """Every (scheme, cycle) that has a benchmark."""
    return [(scheme, cycle) for scheme, cycle in query_file(con, "exports/select_scopes.sql")]


def describe(available: list[tuple[str, int]]) -> str:
    """'the warehouse has efqm (2022, 2023), kalder (2023)'."""
    if not available:
        return "the warehouse has no benchmark yet (run `exbench run`)"
    by_scheme: dict[str, list[int]] = {}
    for scheme, cycle in available:
        by_scheme.setdefault(scheme, []).append(cycle)
    return "the warehouse has " + ", ".join(
        f"{s} ({', '.join(str(c) for c in sorted(cs))})" for s, cs in sorted(by_scheme.items())
    )


def is_folder_name(scheme: str) -> bool:
    """True when a scheme may name a folder of the exports."""
    return bool(_FOLDER_NAME.fullmatch(scheme)) and scheme != BLIND_FOLDER


def resolve_scope(available: list[tuple[str, int]], scheme: object, cycle: object) -> tuple[str, int]:
    """The warehouse's own (scheme, cycle) matching what was asked; UnknownScope otherwise."""
    schemes = {s for s, _ in available}
    if scheme not in schemes:
        raise UnknownScope(f"unknown scheme {str(scheme)!r}: {describe(available)}")
    try:
        year = int(str(cycle))
    except ValueError:
        year = None
    found = next(((s, c) for s, c in available if s == scheme and c == year), None)
    if found is None:
        asked = cycle if isinstance(cycle, int) else repr(str(cycle))
        raise UnknownScope(f"unknown cycle {asked} for scheme {scheme!r}: {describe([a for a in available if a[0] == scheme])}")
    if not is_folder_name(found[0]):
        raise ExportError(f"the warehouse's scheme {found[0]!r} cannot name an export folder: export refused")
    return found
