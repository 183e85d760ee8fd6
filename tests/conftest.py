"""Shared fixtures: seed corpora in temporary raw folders and warehouses built from them."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import NoReturn

import duckdb
import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEEDS = FIXTURES / "seeds"
PROJECT_RAW = Path(__file__).resolve().parent.parent / "raw"
SEED_IDS = [
    "000_64b73009d1241be1",
    "001_d9d162d172700b27",
    "002_dc6b67fdd8ec7530",
    "003_a87a8b4b39c9cfd5",
    "004_962eeeb739c40a19",
]


def write_manifest(raw: Path, extension: str) -> None:
    """The project's manifest, re-pointed at files with another extension."""
    text = (PROJECT_RAW / "manifest.csv").read_text(encoding="utf-8")
    (raw / "manifest.csv").write_text(text.replace(".pdf,", f".{extension},"), encoding="utf-8")


def make_raw(root: Path, source: str, extension: str) -> Path:
    """A raw folder holding the five seeds from fixtures/seeds/<source>."""
    raw = root / "raw"
    raw.mkdir(parents=True)
    for seed in SEED_IDS:
        shutil.copy(SEEDS / source / f"{seed}.{extension}", raw / f"{seed}.{extension}")
    write_manifest(raw, extension)
    return raw


def build(root: Path, raw: Path):
    """Run the whole pipeline into root/warehouse; returns (settings, outcome)."""
    from exbench.settings import Settings
    from pipelines.run import run_pipeline

    settings = Settings.from_env(raw, root / "warehouse" / "exbench.duckdb", root / "warehouse" / "exports")
    outcome = run_pipeline(settings)
    assert outcome.success, outcome.error
    return settings, outcome


@pytest.fixture(autouse=True, scope="session")
def _run_memory_budget():
    """Runs built inside the test process count it in their memory budget, and after a long session it holds
    far more than `exbench run` does (hundreds of MB of fixtures and imports): give those runs the room a
    real run's own tree leaves. Tests of the budget itself set EXBENCH_MEMORY_MB."""
    import os

    previous = os.environ.get("EXBENCH_MEMORY_MB")
    os.environ.setdefault("EXBENCH_MEMORY_MB", "4096")
    yield
    if previous is None:
        os.environ.pop("EXBENCH_MEMORY_MB", None)


@pytest.fixture(scope="session", params=["pdf-chromium", "pdf-libreoffice"])
def seed_warehouse(request, tmp_path_factory):
    """The seeds as PDFs from one producer, built into a warehouse."""
    root = tmp_path_factory.mktemp(request.param)
    settings, _ = build(root, make_raw(root, request.param, "pdf"))
    return settings


@pytest.fixture()
def seed_db(seed_warehouse):
    """A read-only connection to the seed warehouse."""
    with duckdb.connect(str(seed_warehouse.warehouse), read_only=True) as con:
        yield con


def require_tool(command: str, package: str) -> str:
    """The path of a system program a test drives; skips without it, but fails in CI.

    `.ci/run` installs the programs and sets EXBENCH_REQUIRE_TOOLS, so a missing
    one there is an error rather than a silently skipped test.
    """
    found = shutil.which(command)
    if found:
        return found
    _missing(f"{command} not installed (apt-get install {package}; scripts/system-packages.sh test)")


def require_file(path: Path, package: str) -> Path:
    """A system file a test reads (a font): skips without it, but fails in CI, as require_tool does."""
    if path.exists():
        return path
    _missing(f"{path} not installed (apt-get install {package}; scripts/system-packages.sh test)")


def _missing(message: str) -> NoReturn:
    import os

    if os.environ.get("EXBENCH_REQUIRE_TOOLS"):
        pytest.fail(message)
    pytest.skip(message)
