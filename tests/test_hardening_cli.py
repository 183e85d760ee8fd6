"""The command line under attack and under stress: queries stay inside the warehouse, odd file names
cannot drive the terminal, errors are one line with a log, and Ctrl-C or a killed command leaves
nothing running and the published warehouse as it was."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from exbench.runtime.logs import error_line, printable
from pipelines.cli import main
from tests.conftest import SEEDS, build

EXBENCH = [sys.executable, "-m", "pipelines.cli"]
PROJECT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    "sql",
    [
        "copy core.documents to '{out}'",
        "select * from read_text('/etc/hostname')",
        "select * from read_csv('/etc/passwd')",
        "install httpfs",
        "attach '{out}' as other",
        "set enable_external_access = true",
    ],
)
def test_a_query_cannot_write_or_read_files_or_fetch_extensions(seed_warehouse, tmp_path, sql):
    out = tmp_path / "written.csv"
    result = CliRunner().invoke(main, ["query", sql.format(out=out), "--warehouse", str(seed_warehouse.warehouse)])
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1 and result.output.startswith("exbench: ")
    assert not out.exists()


def test_printable_escapes_what_drives_a_terminal():
    assert printable("evil\x1b]0;pwned\x07\nwarehouse: fake") == "evil\\x1b]0;pwned\\x07\\nwarehouse: fake"
    assert printable("a\u202eb") == "a\\u202eb"
    assert printable("شهرداری اصفهان — Büyükşehir") == "شهرداری اصفهان — Büyükşehir"


def _run_cli(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(PROJECT))
    return subprocess.run([*EXBENCH, *args], env=env, capture_output=True, text=True, timeout=300, **kwargs)


def test_file_names_with_terminal_escapes_are_printed_escaped(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "evil\x1b]0;pwned\x07\nwarehouse: fake.txt").write_bytes(b"")  # empty: quarantined and listed
    (raw / "kartal.txt").write_text("Kartal Belediyesi 12 güçlü yön belirledi.", encoding="utf-8")
    result = _run_cli(["run", "--raw", str(raw), "--warehouse", str(tmp_path / "wh" / "exbench.duckdb")])
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert not any(line.startswith("warehouse: fake") for line in result.stderr.splitlines())
    assert "quarantined: evil\\x1b]0;pwned\\x07\\nwarehouse: fake.txt" in result.stderr


def test_a_failing_run_says_the_cause_in_one_line_and_keeps_the_trace(tmp_path, monkeypatch):
    import assets.warehouse
    from pipelines.run import run_pipeline

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "kartal.txt").write_text("Kartal Belediyesi 12 güçlü yön belirledi.", encoding="utf-8")
    settings, _ = build(tmp_path, raw)

    def full_disk(*_args, **_kwargs):
        raise OSError(28, "No space left on device", str(settings.build_path))

    monkeypatch.setattr(assets.warehouse, "publish", full_disk)
    outcome = run_pipeline(settings)
    assert not outcome.success and not outcome.published
    assert "No space left on device" in outcome.error and "\n" not in outcome.error
    assert len(outcome.error) < 300
    log = Path(outcome.log)
    assert log.parent == settings.warehouse.parent / "logs"
    assert "No space left on device" in log.read_text(encoding="utf-8") and "Stack Trace" in log.read_text(encoding="utf-8")


def test_an_unexpected_error_in_any_command_is_one_line(tmp_path, monkeypatch):
    import exbench.warehouse.named_queries

    def broken():
        raise RuntimeError("the named queries folder is unreadable\nsecond line")

    monkeypatch.setattr(exbench.warehouse.named_queries, "list_queries", broken)
    monkeypatch.setenv("EXBENCH_WAREHOUSE", str(tmp_path / "wh" / "exbench.duckdb"))
    result = CliRunner().invoke(main, ["query", "--list"])
    assert result.exit_code == 1
    [line] = result.output.strip().splitlines()
    assert line.startswith("exbench: the named queries folder is unreadable; second line (details in ")
    assert list((tmp_path / "wh" / "logs").glob("exbench-*.log"))


def test_error_line_takes_the_innermost_cause():
    try:
        try:
            raise OSError(28, "No space left on device", "/w/exbench.duckdb.building")
        except OSError as inner:
            raise RuntimeError("Error occurred while executing the step") from inner
    except RuntimeError as outer:
        assert error_line(outer) == "No space left on device: /w/exbench.duckdb.building"


@pytest.fixture()
def seeded(tmp_path):
    """A warehouse built from the seeds; then more copies (distinct bytes), so a full re-run takes a while."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for pdf in sorted((SEEDS / "pdf-chromium").glob("*.pdf")):
        shutil.copy(pdf, raw)
    settings, _ = build(tmp_path, raw)
    for copy in range(8):
        for pdf in sorted((SEEDS / "pdf-chromium").glob("*.pdf")):
            (raw / f"{copy}-{pdf.name}").write_bytes(pdf.read_bytes() + f"\n% copy {copy}\n".encode())
    return settings


def _build_id(warehouse: Path) -> str:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute("select build_id from meta.builds").fetchone()[0]


def _processes_in_session(session: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[3]) == session and fields[0] != "Z":
                found.append(int(entry.name))
    return found


# A command a script starts in the background inherits SIGINT ignored, and Python then leaves Ctrl-C
# ignored too; a terminal's foreground command never does: the run is started as from a terminal, so the
# tests below do not depend on how the test runner itself was started.
AS_FROM_A_TERMINAL = [
    sys.executable,
    "-c",
    "import runpy, signal; signal.signal(signal.SIGINT, signal.default_int_handler); "
    "runpy.run_module('pipelines.cli', run_name='__main__', alter_sys=True)",
]


def _start_run(settings, *extra: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(PROJECT), EXBENCH_WORKERS="2")
    return subprocess.Popen(
        [
            *AS_FROM_A_TERMINAL,
            "run",
            "--full-refresh",
            "--raw",
            str(settings.raw_dir),
            "--warehouse",
            str(settings.warehouse),
            *extra,
        ],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def test_ctrl_c_stops_the_run_and_leaves_the_published_warehouse(seeded):
    before = _build_id(seeded.warehouse)
    run = _start_run(seeded)
    time.sleep(3)
    assert run.poll() is None, run.communicate()[1]
    os.killpg(run.pid, signal.SIGINT)  # what the terminal sends to the foreground group
    stderr = run.communicate(timeout=60)[1]
    assert run.returncode == 130
    assert stderr.strip().splitlines()[-1] == f"exbench: interrupted; the published warehouse is unchanged ({seeded.warehouse})"
    assert _build_id(seeded.warehouse) == before
    time.sleep(1)
    assert _processes_in_session(run.pid) == []


def test_killing_the_command_ends_the_run_and_its_workers(seeded):
    run = _start_run(seeded)
    time.sleep(3)
    assert run.poll() is None, run.communicate()[1]
    os.kill(run.pid, signal.SIGKILL)  # the command alone, as a crashed terminal or an impatient user would
    run.wait(timeout=10)
    deadline = time.monotonic() + 10
    while _processes_in_session(run.pid) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert _processes_in_session(run.pid) == []


def test_a_run_lists_dropped_hints_and_set_aside_facts_and_still_publishes(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "kartal.txt").write_text("Kartal Belediyesi 12 güçlü yön belirledi.", encoding="utf-8")
    (raw / "manifest.csv").write_text(
        "path,published_on,cycle_year\nkartal.txt,2021-13-45,99999999999999999999\n", encoding="utf-8"
    )
    warehouse = tmp_path / "wh" / "exbench.duckdb"
    result = _run_cli(["run", "-q", "--raw", str(raw), "--warehouse", str(warehouse)])
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert any(line.startswith("warning: raw/manifest.csv row 2, column published_on: ") for line in warnings), result.stderr
    assert any(line.startswith("warning: raw/manifest.csv row 2, column cycle_year: ") for line in warnings), result.stderr
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert (
            con.execute("select count(*) from meta.input_warnings where file = 'raw/manifest.csv' and row = 2").fetchone()[0] == 2
        )
        assert con.execute("select value from core.reported_metrics").fetchall() == [(12.0,)]
