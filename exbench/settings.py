"""Every setting of ExBench, read in one place: the paths of an instance and the limits of a run.

This is the only module that reads the environment, and it reads it when
asked, never at import time, so tests point the pipeline anywhere with
environment variables. Paths default to the working directory (`raw/`,
`warehouse/`), never to where the code is installed.

| variable | meaning | default |
|---|---|---|
| EXBENCH_RAW_DIR | folder of documents | ./raw |
| EXBENCH_WAREHOUSE | the published warehouse file | ./warehouse/exbench.duckdb |
| EXBENCH_EXPORTS | folder of the jury packs | exports/ beside the warehouse |
| EXBENCH_WORKERS | worker processes | one per core |
| EXBENCH_DOCUMENT_SECONDS | time limit of one document's reading or extraction | 120 |
| EXBENCH_MEMORY_MB | memory budget of a run's whole process tree | 1024 |
| EXBENCH_OCR_PAGE_SECONDS | time limit of Tesseract on one page | 60 |
| EXBENCH_TESSERACT | the Tesseract command | tesseract |
| EXBENCH_PROGRESS | progress on stderr (the CLI sets it) | off |
| EXBENCH_BLIND_KEY / EXBENCH_BLIND_KEY_FILE | secret key of blind codes | none: blind exports refused |
| EXBENCH_BLIND_MAPPINGS | private folder of blind mappings | .exbench-private/blind-mappings beside the warehouse |
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_RAW_DIR = "EXBENCH_RAW_DIR"
ENV_WAREHOUSE = "EXBENCH_WAREHOUSE"
ENV_EXPORTS = "EXBENCH_EXPORTS"
ENV_PROGRESS = "EXBENCH_PROGRESS"
ENV_BLIND_KEY = "EXBENCH_BLIND_KEY"
ENV_BLIND_KEY_FILE = "EXBENCH_BLIND_KEY_FILE"
ENV_BLIND_MAPPINGS = "EXBENCH_BLIND_MAPPINGS"

DEFAULT_DOCUMENT_SECONDS = 120
DEFAULT_MEMORY_MB = 1024
DEFAULT_OCR_PAGE_SECONDS = 60


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

    @property
    def logs_dir(self) -> Path:
        """Where the whole trace of a failure goes."""
        return self.warehouse.parent / "logs"

    @classmethod
    def from_env(
        cls,
        raw_dir: str | os.PathLike[str] | None = None,
        warehouse: str | os.PathLike[str] | None = None,
        exports_dir: str | os.PathLike[str] | None = None,
    ) -> Settings:
        """Explicit arguments win, then EXBENCH_* variables, then the defaults under the working directory."""
        raw = raw_dir or os.environ.get(ENV_RAW_DIR) or Path.cwd() / "raw"
        wh = warehouse or os.environ.get(ENV_WAREHOUSE) or Path.cwd() / "warehouse" / "exbench.duckdb"
        ex = exports_dir or os.environ.get(ENV_EXPORTS) or Path(wh).parent / "exports"
        return cls(Path(raw).resolve(), Path(wh).resolve(), Path(ex).resolve())


def _positive(name: str, default: int) -> int:
    configured = os.environ.get(name, "").strip()
    return max(1, int(configured)) if configured.isdigit() else default


def worker_count() -> int:
    """Worker processes: EXBENCH_WORKERS, else one per core."""
    return _positive("EXBENCH_WORKERS", max(1, os.cpu_count() or 1))


def document_seconds() -> int:
    """Time limit of one task: EXBENCH_DOCUMENT_SECONDS."""
    return _positive("EXBENCH_DOCUMENT_SECONDS", DEFAULT_DOCUMENT_SECONDS)


def memory_budget_mb() -> int:
    """Memory budget of the whole process tree of a run: EXBENCH_MEMORY_MB."""
    return _positive("EXBENCH_MEMORY_MB", DEFAULT_MEMORY_MB)


def ocr_page_seconds() -> int:
    """Seconds Tesseract may spend on one page: EXBENCH_OCR_PAGE_SECONDS."""
    return _positive("EXBENCH_OCR_PAGE_SECONDS", DEFAULT_OCR_PAGE_SECONDS)


def tesseract_command() -> str:
    """The Tesseract program: EXBENCH_TESSERACT."""
    return os.environ.get("EXBENCH_TESSERACT", "tesseract")


def search_path() -> str:
    """PATH, part of what decides whether Tesseract is there."""
    return os.environ.get("PATH", "")


def progress_enabled() -> bool:
    """Whether per-document progress goes to stderr (the CLI turns it on)."""
    return bool(os.environ.get(ENV_PROGRESS))


def enable_progress() -> None:
    """Turn progress on for this process and the worker processes it starts."""
    os.environ[ENV_PROGRESS] = "1"


def blind_key_text() -> str | None:
    """The secret key of blind codes, from EXBENCH_BLIND_KEY or the file EXBENCH_BLIND_KEY_FILE names."""
    key = os.environ.get(ENV_BLIND_KEY)
    key_file = os.environ.get(ENV_BLIND_KEY_FILE)
    if not key and key_file:
        key = Path(key_file).read_text(encoding="utf-8").strip()
    return key or None


def blind_mappings_override() -> Path | None:
    """The private folder of blind mappings the user chose (EXBENCH_BLIND_MAPPINGS), if any."""
    chosen = os.environ.get(ENV_BLIND_MAPPINGS)
    return Path(chosen).expanduser().resolve() if chosen else None
