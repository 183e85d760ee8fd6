"""Every real-world PDF of the shared corpus (damaged, fuzzed, encrypted, huge,
odd encodings) is either read or quarantined with a reason; none crashes or hangs."""

from __future__ import annotations

from pathlib import Path

import pytest

from exbench.runtime.workers import run_tasks
from exbench.steps.tasks import read_text

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "pdf-corpus"
REASONS = {"empty", "encrypted", "damaged", "needs_ocr", "too_large", "timeout", "crashed", "no_text", "not_text"}


@pytest.mark.slow
def test_every_corpus_pdf_is_read_or_quarantined_with_a_reason():
    if not CORPUS.is_dir():
        pytest.skip(f"no PDF corpus at {CORPUS}")
    files = sorted(CORPUS.glob("*.pdf"))
    results = dict(run_tasks(read_text, [(f.name, (str(f), "application/pdf")) for f in files], timeout_s=60))
    assert set(results) == {f.name for f in files}
    for name, result in results.items():
        if result["status"] == "ok":
            assert result["pages"], name
        else:
            assert result["error_reason"] in REASONS and result["error"], (name, result)
    read = sum(1 for r in results.values() if r["status"] == "ok")
    assert read >= len(files) // 2  # most of the corpus is ordinary, readable PDF
