"""Where ExBench reads and writes: one place decides, from the environment.

Nothing here runs at import time; callers ask for `Settings.from_env()` when
they need paths, so tests can point the pipeline anywhere with env variables.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SQL_DIR = PROJECT_ROOT / "sql"

ENV_RAW_DIR = "EXBENCH_RAW_DIR"
ENV_WAREHOUSE = "EXBENCH_WAREHOUSE"
ENV_EXPORTS = "EXBENCH_EXPORTS"


@dataclass(frozen=True)
class Settings:
    """Resolved paths of one pipeline instance."""

    raw_dir: Path
    warehouse: Path
    exports_dir: Path

    @property
    def cache_dir(self) -> Path:
        """Per-document work, kept beside the warehouse so runs can reuse it."""
        return self.warehouse.parent / ".exbench-cache"

    @property
    def build_path(self) -> Path:
        """The next warehouse, built here and renamed into place when whole."""
        return self.warehouse.with_name(self.warehouse.name + ".building")

    @classmethod
    def from_env(
        cls,
        raw_dir: str | os.PathLike[str] | None = None,
        warehouse: str | os.PathLike[str] | None = None,
        exports_dir: str | os.PathLike[str] | None = None,
    ) -> "Settings":
        """Explicit arguments win, then EXBENCH_* variables, then the defaults."""
        raw = raw_dir or os.environ.get(ENV_RAW_DIR) or PROJECT_ROOT / "raw"
        wh = warehouse or os.environ.get(ENV_WAREHOUSE) or PROJECT_ROOT / "warehouse" / "exbench.duckdb"
        ex = exports_dir or os.environ.get(ENV_EXPORTS) or Path(wh).parent / "exports"
        return cls(Path(raw).resolve(), Path(wh).resolve(), Path(ex).resolve())
