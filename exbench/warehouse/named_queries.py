"""Named, parameterised queries for analysts (sql/queries/*.sql).

Each file opens with a comment line saying what it answers and one
`-- param: name = default | meaning` line per parameter; an empty default means
NULL (the query then ignores that filter).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from exbench.warehouse.sql import sql_files, sql_root

QUERIES = "queries"
_PARAM = re.compile(r"^--\s*param:\s*(?P<name>\w+)\s*=\s*(?P<default>[^|]*?)\s*\|\s*(?P<meaning>.*)$")


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: dict[str, tuple[str | None, str]]  # name -> (default or None, meaning)
    sql: str


class QueryError(ValueError):
    """A named query that does not exist or lacks a required parameter."""


def load_query(name: str) -> NamedQuery:
    """The query sql/queries/<name>.sql with its header parsed."""
    path = sql_root() / QUERIES / f"{name}.sql"
    if not re.fullmatch(r"[a-z0-9_]+", name) or not path.is_file():
        raise QueryError(f"no named query '{name}'; `exbench query --list` shows them")
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    description = lines[0].lstrip("- ").strip()
    params = {}
    for line in lines[1:]:
        match = _PARAM.match(line)
        if match:
            params[match["name"]] = (match["default"] or None, match["meaning"].strip())
    return NamedQuery(name, description, params, text)


def list_queries() -> list[NamedQuery]:
    """Every named query, by name."""
    return [load_query(path.stem) for path in sql_files(QUERIES)]


def bind(query: NamedQuery, given: dict[str, str]) -> dict[str, str | None]:
    """Parameters for DuckDB: given values, else defaults; unknown names are refused."""
    unknown = set(given) - set(query.params)
    if unknown:
        raise QueryError(f"query '{query.name}' has no parameter {', '.join(sorted(unknown))}")
    values = {name: given.get(name, default) for name, (default, _) in query.params.items()}
    return {name: (value if value not in ("", None) else None) for name, value in values.items()}
