"""Bad input is quarantined and never stops a run; runs are idempotent, serialized
and atomic for readers."""

from __future__ import annotations

import os
import shutil
import threading
import time

import duckdb
import pytest

from exbench.runtime.lock import build_lock
from exbench.settings import Settings
from pipelines.run import run_pipeline
from tests.conftest import SEEDS, build

SEED_PDF = SEEDS / "pdf-chromium" / "002_dc6b67fdd8ec7530.pdf"


def table_dump(warehouse) -> dict[str, list]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        tables = con.execute(
            "select schema_name, table_name from duckdb_tables() where schema_name in ('core', 'mart') order by all"
        ).fetchall()
        return {f"{s}.{t}": sorted(map(repr, con.execute(f'select * from "{s}"."{t}"').fetchall())) for s, t in tables}


@pytest.fixture()
def isfahan_raw(tmp_path):
    """A raw folder holding the Persian seed alone."""
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SEED_PDF, raw)
    return raw


@pytest.fixture()
def hostile_raw(tmp_path):
    raw = tmp_path / "raw"
    (raw / "nested" / "deeper").mkdir(parents=True)
    shutil.copy(SEED_PDF, raw / "nested" / "deeper" / "isfahan.pdf")
    (raw / "random.pdf").write_bytes(os.urandom(5000))
    (raw / "truncated.pdf").write_bytes(SEED_PDF.read_bytes()[:4000])
    (raw / "empty.txt").write_bytes(b"")
    (raw / "latin1.txt").write_bytes("Kartal Belediyesi 12 güçlü yön belirledi.".encode("cp1254"))
    (raw / "formula.html").write_text(
        '<html><body><script>alert(1)</script><p>=HYPERLINK("http://x") Konya Büyükşehir Belediyesi</p></body></html>',
        encoding="utf-8",
    )
    (raw / 'we"ird; name $(rm -rf x).txt').write_text("Maltepe Belediyesi haberi.", encoding="utf-8")
    (raw / "picture.xyz").write_bytes(b"\x89PNG....")
    (raw / "outside.txt").symlink_to("/etc/hostname")
    return raw


def test_hostile_files_are_quarantined_with_reasons_and_the_run_succeeds(tmp_path, hostile_raw):
    before = sorted(p.relative_to(hostile_raw).as_posix() for p in hostile_raw.rglob("*"))
    settings, outcome = build(tmp_path, hostile_raw)
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        status = dict(con.execute("select source_path, coalesce(error_reason, status) from core.documents").fetchall())
        values = [
            v
            for (v,) in con.execute("select value from core.reported_metrics where metric_code = 'improvement_areas'").fetchall()
        ]
    assert status == {
        "nested/deeper/isfahan.pdf": "ok",
        "random.pdf": "damaged",
        "truncated.pdf": "damaged",
        "empty.txt": "empty",
        "latin1.txt": "ok",
        "formula.html": "ok",
        'we"ird; name $(rm -rf x).txt': "ok",
        "picture.xyz": "unsupported_type",
        "outside.txt": "outside_raw",
    }
    assert values == [2731]
    assert len(outcome.quarantined) == 5
    assert sorted(p.relative_to(hostile_raw).as_posix() for p in hostile_raw.rglob("*")) == before


def test_second_run_changes_nothing_and_reuses_the_cache(tmp_path, isfahan_raw):
    raw = isfahan_raw
    settings, _ = build(tmp_path, raw)
    first = table_dump(settings.warehouse)
    cached = sorted(p.name for p in settings.cache_dir.rglob("*.json") if "stage" not in p.parts)
    settings, _ = build(tmp_path, raw)
    assert table_dump(settings.warehouse) == first
    assert sorted(p.name for p in settings.cache_dir.rglob("*.json") if "stage" not in p.parts) == cached


def test_readers_keep_working_during_a_run_and_runs_wait_for_each_other(tmp_path, isfahan_raw):
    raw = isfahan_raw
    settings, _ = build(tmp_path, raw)
    reader = duckdb.connect(str(settings.warehouse), read_only=True)
    old_build = reader.execute("select build_id from meta.builds").fetchone()[0]
    messages: list[str] = []
    with build_lock(settings.warehouse):
        worker = threading.Thread(target=run_pipeline, args=(settings, messages.append))
        worker.start()
        time.sleep(1.5)
        assert messages and "waiting" in messages[0]
        assert worker.is_alive()
    worker.join(timeout=300)
    assert not worker.is_alive()
    assert reader.execute("select count(*) from core.documents").fetchone()[0] == 1  # the old file, still readable
    reader.close()
    with duckdb.connect(str(settings.warehouse), read_only=True) as fresh:
        assert fresh.execute("select build_id from meta.builds").fetchone()[0] != old_build


@pytest.mark.slow
def test_a_run_killed_at_any_moment_leaves_the_published_warehouse_intact(tmp_path):
    import signal
    import subprocess
    import sys

    raw = tmp_path / "raw"
    shutil.copytree(SEEDS / "pdf-libreoffice", raw)
    settings, _ = build(tmp_path, raw)
    published = table_dump(settings.warehouse)
    env = {**os.environ, "EXBENCH_WAREHOUSE": str(settings.warehouse), "EXBENCH_RAW_DIR": str(raw)}
    for delay in (0.5, 1.5, 3.0, 5.0):
        shutil.rmtree(settings.cache_dir, ignore_errors=True)
        process = subprocess.Popen(
            [sys.executable, "-m", "pipelines.cli", "run"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        time.sleep(delay)
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        assert table_dump(settings.warehouse) == published, delay
    final = run_pipeline(Settings.from_env(raw, settings.warehouse, settings.exports_dir))
    assert final.success
    assert table_dump(settings.warehouse) == published


def test_a_removed_file_leaves_the_warehouse_on_the_next_run(tmp_path, isfahan_raw):
    raw = isfahan_raw
    shutil.copy(SEEDS / "pdf-chromium" / "000_64b73009d1241be1.pdf", raw)
    settings, _ = build(tmp_path, raw)
    (raw / SEED_PDF.name).unlink()
    settings, _ = build(tmp_path, raw)
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        assert con.execute("select source_path from core.documents").fetchall() == [("000_64b73009d1241be1.pdf",)]
        assert con.execute("select count(*) from core.reported_metrics where value = 2731").fetchone()[0] == 0


def test_a_failing_blocking_check_stops_publication_and_says_why(tmp_path, isfahan_raw, monkeypatch):
    """A pipeline bug (here: a quote rewritten after the core was built) is caught before the rename."""
    import assets.warehouse

    settings, _ = build(tmp_path, isfahan_raw)
    published = table_dump(settings.warehouse)
    real_build_marts = assets.warehouse.build_marts

    def buggy_build_marts(build_path):
        with duckdb.connect(str(build_path)) as con:
            con.execute("update core.reported_metrics set evidence = 'words that are on no page' where metric_code = 'strengths'")
        return real_build_marts(build_path)

    monkeypatch.setattr(assets.warehouse, "build_marts", buggy_build_marts)
    outcome = run_pipeline(settings)
    assert not outcome.success
    assert "evidence_on_page" in outcome.error
    assert table_dump(settings.warehouse) == published
