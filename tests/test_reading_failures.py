"""A reading or an extraction that fails is remembered with the content it failed on, never
passed off as complete, and never stored under the hash of other content."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

import dagster as dg

from assets.documents import raw_documents
from assets.facts import document_facts
from assets.pages import document_pages
from assets.resources import ExbenchPaths
from exbench.runtime.cache import cache_file, load
from exbench.runtime.register import load_index, load_register
from exbench.runtime.shards import SHARD_KEYS
from exbench.runtime.versions import extractor_version, reader_version
from exbench.runtime.workers import run_tasks
from exbench.settings import memory_budget_mb
from exbench.steps.tasks import read_text, read_text_to_cache
from tests.conftest import SEEDS
from tests.test_reading_failures_limits import pdf_file
from tests.worker_tasks import slow_pages

KARTAL = "Kartal Belediyesi 2023 yılında {} iyileştirme projesi tamamladı."
_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def one_page_pdf(content: bytes, kids: bytes = b"[3 0 R]", count: int = 1) -> bytes:
    """A PDF of one page showing `content`; `kids` and `count` may make its page tree wrong."""
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"
    pages = b"<< /Type /Pages /Kids %s /Count %d >>" % (kids, count)
    contents = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content)
    return pdf_file([b"<< /Type /Catalog /Pages 2 0 R >>", pages, page, contents, _FONT])


def per_document_steps(root: Path, raw: Path, steps: tuple[str, ...] = ("pages", "facts")) -> dict[str, dict]:
    """Register raw/, then read and extract as a run does; the metadata of each step."""
    paths = ExbenchPaths(
        raw_dir=str(raw), warehouse=str(root / "warehouse" / "exbench.duckdb"), exports_dir=str(root / "exports")
    )
    metadata = {"raw": raw_documents(dg.build_asset_context(), paths=paths).metadata}
    if "pages" in steps:
        metadata["pages"] = document_pages(dg.build_asset_context(partition_key="all"), paths=paths).metadata
    if "facts" in steps:
        metadata["facts"] = document_facts(dg.build_asset_context(partition_key="all"), paths=paths).metadata
    return metadata


def cache_dir(root: Path) -> Path:
    return root / "warehouse" / ".exbench-cache"


def only_document(root: Path) -> tuple[dict, dict | None]:
    """The text record and facts record the run indexed for its one document."""
    [row] = load_register(cache_dir(root))
    text = load(Path(load_index(cache_dir(root), "text_index", SHARD_KEYS)[row["document_id"]]))
    facts_path = load_index(cache_dir(root), "facts_index", SHARD_KEYS).get(row["document_id"])
    return text, load(Path(facts_path)) if facts_path else None


def value(metadata, key):
    return metadata[key].value if hasattr(metadata[key], "value") else metadata[key]


def test_a_reader_with_a_catch_all_per_page_still_stops_at_the_time_limit():
    started = time.monotonic()
    [(_key, result)] = run_tasks(slow_pages, [("doc", (40, 0.1))], timeout_s=1, workers=1)
    assert result["status"] == "quarantined" and result["error_reason"] == "timeout"
    assert time.monotonic() - started < 3.5  # not the 4 s the pages would take


def test_a_page_that_fails_is_kept_marked_and_the_reading_says_it_is_partial(tmp_path):
    path = tmp_path / "broken.pdf"  # the second page of the tree is the tree itself: pdfium cannot load it
    path.write_bytes(one_page_pdf(b"BT /F1 12 Tf 72 720 Td (Kartal Belediyesi 12 proje) Tj ET", kids=b"[3 0 R 2 0 R]", count=2))
    result = read_text(str(path), "application/pdf", ocr=False)
    assert [(page["page_number"], page["engine"]) for page in result["pages"]] == [(1, "pdfium"), (2, "unreadable")]
    assert result["partial"]["pages"] == [2] and "1 of 2 pages" in result["partial"]["error"]


def test_a_failed_extraction_is_remembered_and_not_run_again(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "kartal.txt").write_text(KARTAL.format("9" * 401), encoding="utf-8")  # more digits than a float holds
    per_document_steps(tmp_path, raw)
    text, facts = only_document(tmp_path)
    assert text["status"] == "ok"
    assert facts["status"] == "failed" and facts["error_reason"] == "crashed" and "OverflowError" in facts["error"]
    [record] = (cache_dir(tmp_path) / f"facts-{extractor_version()}").rglob("*.json")
    written = record.stat().st_mtime_ns
    second = per_document_steps(tmp_path, raw)
    assert value(second["facts"], "extracted_now") == 0 and value(second["facts"], "extraction_failed") == 1
    assert record.stat().st_mtime_ns == written


def test_an_extraction_stopped_at_the_time_limit_is_remembered_with_its_limit(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    seed = (SEEDS / "txt" / "000_64b73009d1241be1.txt").read_text(encoding="utf-8")
    (raw / "long.txt").write_text(seed * 100, encoding="utf-8")  # about two seconds of extraction
    per_document_steps(tmp_path, raw, ("pages",))
    monkeypatch.setenv("EXBENCH_DOCUMENT_SECONDS", "1")
    per_document_steps(tmp_path, raw, ("facts",))
    _text, facts = only_document(tmp_path)
    assert facts == {
        "status": "failed",
        "error_reason": "timeout",
        "error": facts["error"],
        "limits": {"seconds": 1, "memory_mb": memory_budget_mb()},
    }
    again = per_document_steps(tmp_path, raw, ("facts",))
    assert value(again["facts"], "extracted_now") == 0


def test_a_reading_that_times_out_is_cached_as_such_and_read_again_only_under_a_higher_limit(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    depth = 60_000  # the HTML parser is quadratic in nesting: a few seconds
    (raw / "deep.html").write_text(
        f"<html><body>{'<div>' * depth}{KARTAL.format(12)}{'</div>' * depth}</body></html>", encoding="utf-8"
    )
    monkeypatch.setenv("EXBENCH_DOCUMENT_SECONDS", "1")
    first = per_document_steps(tmp_path, raw, ("pages",))
    text, _facts = only_document(tmp_path)
    assert text["status"] == "quarantined" and text["error_reason"] == "timeout" and text["limits"]["seconds"] == 1
    assert value(first["pages"], "read_now") == 1
    second = per_document_steps(tmp_path, raw, ("pages",))
    assert value(second["pages"], "read_now") == 0 and value(second["pages"], "reused_from_cache") == 1
    monkeypatch.setenv("EXBENCH_DOCUMENT_SECONDS", "300")
    third = per_document_steps(tmp_path, raw, ("pages",))
    assert value(third["pages"], "read_now") == 1
    assert only_document(tmp_path)[0]["status"] == "ok"


def test_a_file_changed_after_registration_is_not_stored_under_the_old_hash(tmp_path):
    old, new = KARTAL.format(12).encode(), KARTAL.format(99).encode()
    path = tmp_path / "kartal.txt"
    path.write_bytes(new)  # registered with the old bytes, changed before it was read
    target = cache_file(tmp_path / "cache", "text-v", hashlib.sha256(old).hexdigest())
    status = read_text_to_cache(str(path), "text/plain", str(target), False, hashlib.sha256(old).hexdigest())
    assert status["status"] == "quarantined" and status["error_reason"] == "changed_while_read" and not status["stored"]
    assert not target.exists()
    new_hash = hashlib.sha256(new).hexdigest()
    kept = load(target.parent.parent / new_hash[:2] / f"{new_hash}.json")  # where the run that registers it looks
    assert "99" in kept["pages"][0]["text"]


def test_a_restored_file_gives_its_own_figure_again_without_a_full_refresh(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    path = raw / "kartal.txt"
    path.write_text(KARTAL.format(12), encoding="utf-8")
    per_document_steps(tmp_path, raw, ())
    path.write_text(KARTAL.format(99), encoding="utf-8")  # changed between registration and reading
    paths = ExbenchPaths(
        raw_dir=str(raw), warehouse=str(tmp_path / "warehouse" / "exbench.duckdb"), exports_dir=str(tmp_path / "e")
    )
    document_pages(dg.build_asset_context(partition_key="all"), paths=paths)
    text, _ = only_document(tmp_path)
    assert text["error_reason"] == "changed_while_read"
    assert not any(
        "99" in p.read_text(encoding="utf-8")
        for p in (cache_dir(tmp_path) / f"text-{reader_version()}").rglob("*.json")
        if hashlib.sha256(KARTAL.format(12).encode()).hexdigest() in p.name
    )
    path.write_text(KARTAL.format(12), encoding="utf-8")  # restored
    per_document_steps(tmp_path, raw, ("pages",))
    text, _ = only_document(tmp_path)
    assert text["status"] == "ok" and "12" in text["pages"][0]["text"] and "99" not in text["pages"][0]["text"]
    path.write_text(KARTAL.format(99), encoding="utf-8")  # and changed again: its reading was kept under its own hash
    again = per_document_steps(tmp_path, raw, ("pages",))
    assert value(again["pages"], "read_now") == 0
    assert "99" in only_document(tmp_path)[0]["pages"][0]["text"]


def test_the_time_limit_is_read_from_the_environment(monkeypatch):
    from exbench.settings import DEFAULT_DOCUMENT_SECONDS as DEFAULT_TIMEOUT_S
    from exbench.settings import document_seconds

    monkeypatch.delenv("EXBENCH_DOCUMENT_SECONDS", raising=False)
    assert document_seconds() == DEFAULT_TIMEOUT_S
    monkeypatch.setenv("EXBENCH_DOCUMENT_SECONDS", "7")
    assert document_seconds() == 7
