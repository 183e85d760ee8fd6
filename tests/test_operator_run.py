"""What `exbench run` and `make run` tell the person who starts them: a closing summary, pip's progress,
and a JPEG named .pdf called an image."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from tests.conftest import PROJECT_RAW, build, require_tool

ROOT = Path(__file__).resolve().parent.parent


def _raw(root: Path) -> Path:
    """Two readable documents (Turkish and English news), a photo saved as .pdf, an empty file."""
    raw = root / "raw"
    raw.mkdir(parents=True)
    for name in ("sample_en_news_brackenford.html", "sample_tr_haber_akdutluk.html"):
        shutil.copy(PROJECT_RAW / name, raw / name)
    buffer = io.BytesIO()
    Image.new("RGB", (60, 40), "white").save(buffer, "JPEG")
    (raw / "scan.pdf").write_bytes(buffer.getvalue())
    (raw / "empty.txt").write_bytes(b"")
    return raw


@pytest.fixture(scope="module")
def small_build(tmp_path_factory):
    """The small raw folder built once for the tests that read its warehouse and outcome."""
    root = tmp_path_factory.mktemp("small")
    return build(root, _raw(root))


def test_the_run_summary_counts_documents_facts_packs_and_checks(small_build):
    _, outcome = small_build
    summary = outcome.summary
    assert (summary.documents, summary.read, summary.ocred) == (4, 2, 0)
    assert summary.quarantined == {"empty": 1, "unsupported_type": 1}
    assert summary.facts["recognitions"] == {"en": 1, "tr": 1}
    assert summary.facts["reported_metrics"]["tr"] == 3  # strengths, areas for improvement, projects
    assert summary.checks_passed > 0 and summary.checks_failed == 0
    lines = summary.lines()
    assert lines[0] == "documents  4 registered, 2 read, 0 OCRed, 2 quarantined (empty 1, unsupported_type 1)"
    assert lines[1].split() == ["facts", "tr", "fa", "en", "other", "total"]
    recognitions = next(line for line in lines if line.split()[0] == "recognitions")
    assert recognitions.split()[1:] == ["1", "0", "1", "0", "2"]
    assert any(line.startswith("packs ") for line in lines) and lines[-1].startswith("checks     ")


def test_a_jpeg_named_pdf_is_called_an_image(small_build):
    import duckdb

    settings, outcome = small_build
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        error = con.execute("select error from core.documents where source_path = 'scan.pdf'").fetchone()[0]
    assert "JPEG image" in error and ".pdf" in error and "OCR" in error
    assert any(line.startswith("scan.pdf: The file is a JPEG image") for line in outcome.quarantined)


@pytest.mark.slow
def test_exbench_run_ends_with_the_summary_table(tmp_path):
    raw = _raw(tmp_path)
    env = {**os.environ, "EXBENCH_MEMORY_MB": "4096"}
    result = subprocess.run(
        [str(Path(sys.executable).parent / "exbench"), "run", "--raw", str(raw), "--warehouse", str(tmp_path / "w" / "x.duckdb")],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    err = result.stderr
    assert "documents  4 registered, 2 read, 0 OCRed, 2 quarantined (empty 1, unsupported_type 1)" in err
    assert "quarantined: scan.pdf: The file is a JPEG image" in err
    assert "packs " in err and "checks " in err
    assert err.index("documents  4") < err.index("warehouse: ")  # the table closes the run, before the paths


def test_make_run_shows_pips_progress_and_other_targets_stay_quiet():
    make = require_tool("make", "make")

    def install_lines(target: str) -> list[str]:
        # -n: print the commands only; -W: as if pyproject.toml had changed, so the install is due
        out = subprocess.run([make, "-n", "-W", "pyproject.toml", target], cwd=ROOT, capture_output=True, text=True, check=True)
        return [line for line in out.stdout.splitlines() if "pip install" in line]

    assert install_lines("run") and not any("--quiet" in line for line in install_lines("run"))
    assert all("--quiet" in line for line in install_lines("test"))
