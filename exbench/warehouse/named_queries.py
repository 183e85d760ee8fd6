"""Named, parameterised queries for analysts (sql/queries/*.sql).

Each file opens with a comment line saying what it answers and one
`-- param: name = default | meaning [| rules]` line per parameter; an empty
default means NULL (the query then ignores that filter). The rules, separated
by `;`, are what makes a wrong parameter an error rather than "(0 rows)":
`required` (no NULL), `whole number`, and `values: KIND`, the values the
warehouse holds as sql/queries/values/KIND.sql lists them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import duckdb
from rapidfuzz import process

from exbench.warehouse.sql import query_file, sql_files, sql_root

QUERIES = "queries"
VALUES = "queries/values"
_PARAM = re.compile(
    r"^--\s*param:\s*(?P<name>\w+)\s*=\s*(?P<default>[^|]*?)\s*\|\s*(?P<meaning>[^|]*?)\s*(?:\|\s*(?P<rules>[^|]*?)\s*)?$"
)
_WHOLE = re.compile(r"[+-]?[0-9]+")
_LISTED = 20  # a list of valid values longer than this is cut to the closest ones


@dataclass(frozen=True)
class Rule:
    """What a parameter must be: given, a whole number, one of the warehouse's values of a kind."""

    required: bool = False
    whole_number: bool = False
    values: str | None = None


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: dict[str, tuple[str | None, str]]  # name -> (default or None, meaning)
    sql: str
    rules: dict[str, Rule] = field(default_factory=dict)


class QueryError(ValueError):
    """A named query that does not exist, lacks a required parameter or is given one the warehouse has no value for."""


def _rule(text: str | None, where: str) -> Rule:
    required, whole, values = False, False, None
    for part in (p.strip() for p in (text or "").split(";") if p.strip()):
        if part == "required":
            required = True
        elif part == "whole number":
            whole = True
        elif part.startswith("values:"):
            values = part.removeprefix("values:").strip()
            if not (sql_root() / VALUES / f"{values}.sql").is_file():
                raise QueryError(f"{where}: no sql/{VALUES}/{values}.sql")
        else:
            raise QueryError(f"{where}: unknown rule {part!r} (required, whole number, values: KIND)")
    return Rule(required, whole, values)


def load_query(name: str) -> NamedQuery:
    """The query sql/queries/<name>.sql with its header parsed."""
    path = sql_root() / QUERIES / f"{name}.sql"
    if not re.fullmatch(r"[a-z0-9_]+", name) or not path.is_file():
        raise QueryError(f"no named query '{name}'; `exbench query --list` shows them")
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    description = lines[0].lstrip("- ").strip()
    params, rules = {}, {}
    for line in lines[1:]:
        match = _PARAM.match(line)
        if match:
            params[match["name"]] = (match["default"] or None, match["meaning"].strip())
            rules[match["name"]] = _rule(match["rules"], f"{name}.sql, parameter {match['name']}")
    return NamedQuery(name, description, params, text, rules)


def list_queries() -> list[NamedQuery]:
    """Every named query, by name."""
    return [load_query(path.stem) for path in sql_files(QUERIES)]


def bind(query: NamedQuery, given: dict[str, str]) -> dict[str, str | None]:
    """Parameters for DuckDB: given values, else defaults; unknown names, missing required ones and non-numbers refused."""
    unknown = set(given) - set(query.params)
    if unknown:
        known = ", ".join(query.params) or "none"
        raise QueryError(f"query '{query.name}' has no parameter {', '.join(sorted(unknown))} (it has {known})")
    values = {name: given.get(name, default) for name, (default, _) in query.params.items()}
    bound = {name: (value.strip() if value not in ("", None) and value.strip() else None) for name, value in values.items()}
    for name, value in bound.items():
        rule, meaning = query.rules.get(name, Rule()), query.params[name][1]
        if value is None and rule.required:
            raise QueryError(f"query '{query.name}' needs --param {name}=... ({meaning})")
        if value is not None and rule.whole_number and not _WHOLE.fullmatch(value):
            raise QueryError(f"--param {name} must be a whole number ({meaning}), not {value!r}")
    return bound


def check_values(con: duckdb.DuckDBPyConnection, query: NamedQuery, bound: dict[str, str | None]) -> None:
    """Refuse a parameter the warehouse holds no value for, naming the valid ones (or the closest when there are many)."""
    for name, value in bound.items():
        kind = query.rules.get(name, Rule()).values
        if value is None or kind is None:
            continue
        rows = query_file(con, f"{VALUES}/{kind}.sql", {"value": value})
        if any(matches for _, matches in rows):
            continue
        valid = list(dict.fromkeys(" ".join(v.split()) for v, _ in rows if v and v.strip()))  # an alias may hold a line break
        if not valid:
            hint = f"the warehouse has no {kind} yet"
        elif len(valid) <= _LISTED:
            hint = "valid: " + ", ".join(valid)
        else:
            closest = [found for found, _, _ in process.extract(value, valid, limit=3)]
            hint = f"closest: {', '.join(closest)} ({len(valid)} in all)"
        raise QueryError(f"unknown {kind} {value!r} for --param {name}: {hint}")
