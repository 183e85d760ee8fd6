"""Load and run the SQL files of sql/: the one way code reaches SQL text.

sql/ ships in the wheel as the package `exbench.sql`, so the files are found
from the installed package wherever the project runs, not from a checkout.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

import duckdb


@cache
def sql_root() -> Path:
    """The installed sql/ folder."""
    return Path(str(files("exbench.sql")))


def sql_text(relative: str) -> str:
    """The text of sql/<relative>."""
    return (sql_root() / relative).read_text(encoding="utf-8")


def run_file(con: duckdb.DuckDBPyConnection, relative: str) -> None:
    """Run every statement of sql/<relative>."""
    con.execute(sql_text(relative))


def run_folder(con: duckdb.DuckDBPyConnection, folder: str, order: list[str] | None = None) -> list[str]:
    """Run the .sql files of sql/<folder> (in the given order, else by name); returns what ran."""
    names = order or [path.name for path in sql_files(folder)]
    for name in names:
        run_file(con, f"{folder}/{name}")
    return names


def query_file(con: duckdb.DuckDBPyConnection, relative: str, parameters: list | dict | None = None) -> list[tuple]:
    """Rows of the query in sql/<relative>."""
    return con.execute(sql_text(relative), parameters or []).fetchall()


def sql_files(folder: str) -> list[Path]:
    """The .sql files of sql/<folder>, by name."""
    return sorted((sql_root() / folder).glob("*.sql"))
