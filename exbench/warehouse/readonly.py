"""The warehouse as analysts' queries see it: read-only, and nothing beyond it.

DuckDB can read and write any file (`COPY ... TO`, `read_text`), attach other
databases and install extensions from the network; a query typed at the
command line or run by a named query needs none of that, and the settings are
locked so the query cannot turn them back on.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

_LOCKED_DOWN = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "allow_community_extensions": False,
    "lock_configuration": True,
}


def connect_read_only(warehouse: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection that cannot touch files, attach databases or load extensions."""
    return duckdb.connect(str(warehouse), read_only=True, config=dict(_LOCKED_DOWN))
