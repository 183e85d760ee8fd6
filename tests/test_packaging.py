"""ExBench installs as it is used: every package is in the wheel with its data, and a plain (not editable)
install runs in an empty folder that holds only a raw/."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import duckdb
import pytest

from tests.conftest import SEEDS

PROJECT = Path(__file__).resolve().parent.parent


def _configured() -> dict:
    return tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_package_folder_is_in_the_wheel():
    listed = set(_configured()["packages"])
    found = {
        ".".join(init.parent.relative_to(PROJECT).parts)
        for top in ("pipelines", "assets", "exbench")
        for init in (PROJECT / top).rglob("__init__.py")
    }
    assert found - listed == set(), "add these packages to [tool.setuptools] packages in pyproject.toml"
    assert _configured()["package-dir"]["exbench.sql"] == "sql" and "exbench.sql" in listed


@pytest.mark.slow
def test_a_plain_install_runs_in_an_empty_folder(tmp_path):
    wheels, site, work, source = tmp_path / "wheels", tmp_path / "site", tmp_path / "work", tmp_path / "source"

    # the sources alone: a build/ folder left by an earlier build would bring back files deleted since
    def not_sources(folder: str, names: list[str]) -> set[str]:
        top = Path(folder) == PROJECT
        return {
            n
            for n in names
            if n.startswith(".")
            or n == "__pycache__"
            or n.endswith(".egg-info")
            or (top and n in ("build", "warehouse", "tests"))
        }

    shutil.copytree(PROJECT, source, ignore=not_sources)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheels), str(source)], check=True, cwd=tmp_path
    )
    [wheel] = wheels.glob("exbench-*.whl")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site), str(wheel)], check=True
    )
    (work / "raw").mkdir(parents=True)
    shutil.copy(SEEDS / "pdf-chromium" / "002_dc6b67fdd8ec7530.pdf", work / "raw")
    env = {k: v for k, v in os.environ.items() if not k.startswith("EXBENCH_")} | {"PYTHONPATH": str(site)}
    where = subprocess.run(
        [sys.executable, "-c", "import exbench.warehouse.sql as s; print(s.sql_root())"],
        env=env,
        cwd=work,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(where).is_relative_to(site)  # the installed copy, not the checkout
    run = subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "run", "-q"], env=env, cwd=work, capture_output=True, text=True, timeout=600
    )
    assert run.returncode == 0, run.stderr
    with duckdb.connect(str(work / "warehouse" / "exbench.duckdb"), read_only=True) as con:
        assert con.execute("select value from core.reported_metrics where metric_code = 'improvement_areas'").fetchall() == [
            (2731.0,)
        ]
    assert list((work / "warehouse" / "exports").rglob("benchmark.csv"))
