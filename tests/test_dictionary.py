"""The data dictionary is complete and up to date."""

from __future__ import annotations

from pathlib import Path

from exbench.warehouse.dictionary import _schema_database, render

DICTIONARY = Path(__file__).resolve().parent.parent / "docs" / "data-dictionary.md"


def test_every_table_and_column_is_commented():
    con = _schema_database()
    missing = con.execute(
        """
        select schema_name || '.' || table_name from duckdb_tables()
        where schema_name in ('core', 'mart', 'ref', 'meta') and coalesce(comment, '') = ''
        union all
        select schema_name || '.' || table_name || '.' || column_name from duckdb_columns()
        where schema_name in ('core', 'mart', 'ref', 'meta') and coalesce(comment, '') = ''
        """
    ).fetchall()
    assert missing == []


def test_dictionary_file_is_current():
    assert DICTIONARY.read_text(encoding="utf-8") == render(), "run `exbench docs` to regenerate docs/data-dictionary.md"
