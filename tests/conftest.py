"""Shared fixtures: seed corpora in temporary raw folders and warehouses built from them."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import duckdb
import pytest
from filelock import FileLock

FIXTURES = Path(__file__).resolve().parent / "fixtures"
EVAL = Path(__file__).resolve().parent / "eval"
SEEDS = FIXTURES / "seeds"
PROJECT_RAW = Path(__file__).resolve().parent.parent / "raw"
# Work units of pytest-xdist other than a test's module, longest first (node id pattern, group): the OCR of
# the scanned labeled set; each producer's build of the labeled set, which the bars and the snapshot read;
# the 400 random corpora in four parts.
XDIST_GROUPS = [
    (r"test_eval_bars\.py::test_scanned_", "labeled-scans"),
    (r"(test_eval_bars|test_snapshot)\.py::.*\[(eval-pdf-)?chromium\]", "labeled-set-chromium"),
    (r"(test_eval_bars|test_snapshot)\.py::.*\[(eval-pdf-)?libreoffice\]", "labeled-set-libreoffice"),
    (r"test_build_robust_property\.py::test_many_corpora.*\[(\d+)\]", r"corpora-\1"),
]
SEED_IDS = [
    "000_64b73009d1241be1",
    "001_d9d162d172700b27",
    "002_dc6b67fdd8ec7530",
    "003_a87a8b4b39c9cfd5",
    "004_962eeeb739c40a19",
]


def xdist_group(nodeid: str) -> str:
    """The pytest-xdist work unit of a test: its module, so a module fixture is built once, unless XDIST_GROUPS
    gives it a group of its own."""
    for pattern, group in XDIST_GROUPS:
        found = re.search(pattern, nodeid)
        if found:
            return found.expand(group)
    return nodeid.split("::")[0]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The groups of XDIST_GROUPS first, in its order, so the longest work is not left to the end."""
    patterns = [pattern for pattern, _group in XDIST_GROUPS]

    def order(item: pytest.Item) -> int:
        return next((n for n, pattern in enumerate(patterns) if re.search(pattern, item.nodeid)), len(patterns))

    items.sort(key=order)


@pytest.hookimpl(optionalhook=True)  # a hook of pytest-xdist: pytest without it runs the tests here
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """`make test` runs pytest-xdist with this scheduler: the work units are xdist_group's (pytest 9 ignores
    the node ids xdist's own `--dist loadgroup` rewrites, so that mode gives every test a unit of its own)."""
    from xdist.scheduler import LoadScopeScheduling

    class ByGroup(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return xdist_group(nodeid)

    return ByGroup(config, log)


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


def made_once(tmp_path_factory: pytest.TempPathFactory, name: str, make: Callable[[Path], None]) -> Path:
    """A folder `make` fills once per test run, however many pytest-xdist workers share the run: the first
    worker to ask makes it under a lock, the others wait for it and reuse it. Its users only read it."""
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent  # the run's folder, above each worker's own
    root = base / "made-once" / name
    root.parent.mkdir(parents=True, exist_ok=True)
    done = root.parent / f"{name}.done"
    with FileLock(str(root.parent / f"{name}.lock")):
        if not done.exists():
            shutil.rmtree(root, ignore_errors=True)  # what a failed attempt left
            root.mkdir()
            make(root)
            done.touch()
    return root


@pytest.fixture(scope="session", params=["pdf-chromium", "pdf-libreoffice"])
def seed_warehouse(request, tmp_path_factory):
    """The seeds as PDFs from one producer, built into a warehouse (once per run; tests only read it)."""
    from exbench.settings import Settings

    root = made_once(tmp_path_factory, request.param, lambda root: build(root, make_raw(root, request.param, "pdf")))
    return Settings.from_env(root / "raw", root / "warehouse" / "exbench.duckdb", root / "warehouse" / "exports")


class LabeledBuilds:
    """The labeled set (tests/eval) from one PDF producer through the pipeline, as `exbench eval` runs it, once
    per session and producer when first asked: (its score, the fingerprint of its warehouse). The bars
    (test_eval_bars) and the snapshot (test_snapshot) read the same build.

    `exbench eval` feeds the same files and manifest values as `tests.snapshot.raw_folder` (every label has its
    PDF from both producers), so the build it scores is the one the snapshot was taken of.
    """

    def __init__(self) -> None:
        self._built: dict[str, tuple[Any, dict]] = {}

    def __getitem__(self, producer: str) -> tuple[Any, dict]:
        if producer not in self._built:
            from pipelines import evaluate
            from tests.snapshot import fingerprint

            prints = []
            score_warehouse = evaluate.score_warehouse

            def fingerprinted(warehouse: Path, labels: dict) -> Any:
                prints.append(fingerprint(warehouse))
                return score_warehouse(warehouse, labels)

            with pytest.MonkeyPatch.context() as patch:
                patch.setattr(evaluate, "score_warehouse", fingerprinted)
                [score] = evaluate.evaluate(EVAL, (producer,))
            [found] = prints
            self._built[producer] = score, found
        return self._built[producer]


@pytest.fixture(scope="session")
def labeled_builds() -> LabeledBuilds:
    """See LabeledBuilds; a producer's tests share a work unit (XDIST_GROUPS), so one worker builds it."""
    return LabeledBuilds()


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
