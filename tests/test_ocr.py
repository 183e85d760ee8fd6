"""Scanned PDFs: read by Tesseract page by page, numbers right, unsure words flagged, no OCR = clear quarantine."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from exbench.evaluation.scans import make_scan
from exbench.reading.ocr_pages import OCR_PENDING, ocr_pdf_page
from exbench.runtime.cache import store
from exbench.runtime.workers import close_pools
from exbench.steps.failures import reusable
from exbench.steps.tasks import complete_with_ocr, read_text
from exbench.warehouse.quote_confidence import quote_confidence
from tests.conftest import build, require_tool

SCANS = Path(__file__).resolve().parent / "fixtures" / "scans"
EVAL = Path(__file__).resolve().parent / "eval"


def test_scanned_pages_wait_for_ocr_when_it_is_installed():
    result = read_text(str(SCANS / "fa_a02-chromium.pdf"), "application/pdf", ocr=True)
    assert result["status"] == "ok"
    assert [page["engine"] for page in result["pages"]] == [OCR_PENDING]


def test_without_tesseract_a_scan_is_quarantined_with_how_to_install_it():
    result = read_text(str(SCANS / "fa_a02-chromium.pdf"), "application/pdf", ocr=False)
    assert result["status"] == "quarantined" and result["error_reason"] == "needs_ocr"


@pytest.fixture()
def fresh_workers():
    """Workers keep the environment they started with: a test that changes it gets new ones, and leaves none."""
    close_pools()
    yield
    close_pools()


def test_run_without_tesseract_succeeds_and_says_how_to_install_it(tmp_path, monkeypatch, fresh_workers):
    monkeypatch.setenv("EXBENCH_TESSERACT", str(tmp_path / "no-such-tesseract"))
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SCANS / "fa_a02-chromium.pdf", raw / "scan.pdf")
    (raw / "note.txt").write_text("Kartal Belediyesi 2023 yılında 12 iyileştirme projesi tamamladı.", encoding="utf-8")
    settings, outcome = build(tmp_path, raw)
    assert len(outcome.quarantined) == 1
    assert "apt-get install tesseract-ocr tesseract-ocr-fas" in outcome.quarantined[0]
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        reason = con.execute("select error_reason from core.documents where source_path = 'scan.pdf'").fetchone()[0]
    assert reason == "needs_ocr"


def test_ocr_results_complete_a_document_and_timeouts_say_so():
    reading = {
        "status": "ok",
        "title": None,
        "pages": [
            {"page_number": 1, "text": "", "language": None, "engine": OCR_PENDING},
            {"page_number": 2, "text": "", "language": None, "engine": OCR_PENDING},
        ],
    }
    page = {
        "page_number": 1,
        "text": "Kartal Belediyesi",
        "language": "tr",
        "engine": "tesseract",
        "ocr_confidence": 91.0,
        "ocr_words": [[0, 6, 90.0], [7, 17, 92.0]],
    }
    done = complete_with_ocr(reading, {1: {"status": "ok", "page": page}, 2: {"status": "timeout"}})
    assert done["status"] == "ok" and done["title"] == "Kartal Belediyesi"
    assert [p["engine"] for p in done["pages"]] == ["tesseract", "ocr-timeout"]
    nothing = complete_with_ocr(reading, {1: {"status": "timeout"}, 2: {"status": "timeout"}})
    assert nothing["status"] == "quarantined" and nothing["error_reason"] == "timeout"
    assert "EXBENCH_OCR_PAGE_SECONDS" in nothing["error"]


def test_a_scan_whose_ocr_the_memory_budget_stopped_is_too_large_not_damaged_and_keeps_its_limits():
    """The file is fine: the quarantine says which limit stopped it, and keeps the limits so that a run with a
    higher EXBENCH_MEMORY_MB reads it again (a `damaged` record would be reused for ever)."""
    reading = {"status": "ok", "title": None, "pages": [{"page_number": 1, "text": "", "language": None, "engine": OCR_PENDING}]}
    stopped = {"status": "quarantined", "error_reason": "too_large", "error": "Processing this document needed more memory"}
    limits = {"seconds": 120, "memory_mb": 1024, "ocr_page_seconds": 60}
    record = complete_with_ocr(reading, {1: stopped}, limits)
    assert (record["status"], record["error_reason"], record["limits"]) == ("quarantined", "too_large", limits)
    assert record["error"].startswith("Processing this document needed more memory")
    timed_out = complete_with_ocr(reading, {1: {"status": "timeout"}}, limits)
    assert timed_out["error_reason"] == "timeout" and timed_out["limits"] == limits
    broken = complete_with_ocr(reading, {1: {"status": "failed", "error": "Image too small"}}, limits)
    assert broken["error_reason"] == "damaged" and "limits" not in broken and "(Image too small)" in broken["error"]


PAGE = {
    "text": "Bu yıl 168 güçlü yön belirlendi ve çalıştay yapıldı.",
    "ocr_confidence": 80.0,
    # words: Bu, yıl, 168, güçlü, yön, belirlendi, ve, çalıştay (unsure), yapıldı.
    "ocr_words": [
        [0, 2, 95.0],
        [3, 6, 93.0],
        [7, 10, 91.0],
        [11, 16, 90.0],
        [17, 20, 92.0],
        [21, 31, 94.0],
        [32, 34, 96.0],
        [35, 43, 20.0],
        [44, 52, 90.0],
    ],
}


def test_a_fact_is_as_sure_as_the_number_it_was_read_from():
    quote = PAGE["text"]
    assert quote_confidence(PAGE, quote, [(7, 10)]) == 91.0  # the doubtful word is not the count
    unsure_digit = {**PAGE, "ocr_words": [w if w[0] != 7 else [7, 10, 30.0] for w in PAGE["ocr_words"]]}
    assert quote_confidence(unsure_digit, quote, [(7, 10)]) == 30.0


def test_a_fact_without_marked_words_is_as_sure_as_its_numbers_and_words_on_average():
    confidence = quote_confidence(PAGE, PAGE["text"])
    assert 60 < confidence < 91
    assert quote_confidence({"text": "x", "ocr_confidence": None}, "x") is None  # a text layer is certain


@pytest.fixture(scope="module")
def ocr_ready():
    require_tool("tesseract", "tesseract-ocr tesseract-ocr-fas tesseract-ocr-tur")


@pytest.mark.slow
@pytest.mark.parametrize(
    "scan, words",
    [
        ("fa_a02-chromium.pdf", ["هشتصد و چهل نقطه قوت", "یک هزار و صد و دوازده زمینه بهبود", "۳۱ تجربه", "۴۰"]),
        (
            "tr_a09-libreoffice.pdf",
            ["iki yüz on güçlü yön", "altmış beş gelişmeye açık alan", "Mükemmellikte Kararlılık", "2019"],
        ),
        ("en_a11-chromium.pdf", ["Twenty-two trained assessors", "two hundred", "one hundred and eighty areas for improvement"]),
    ],
)
def test_scanned_page_text_is_read_in_logical_order(ocr_ready, scan, words):
    pages = [ocr_pdf_page(SCANS / scan, number, 60) for number in (1, 2) if number == 1 or "libreoffice" in scan]
    text = "\n".join(page.text for page in pages)
    for expected in words:
        assert expected in text
    assert all(page.engine == "tesseract" and page.ocr_confidence > 70 for page in pages if page.text)


@pytest.mark.slow
def test_scans_build_a_warehouse_with_the_right_counts_and_their_confidence(ocr_ready, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for scan in SCANS.glob("*.pdf"):
        shutil.copy(scan, raw / scan.name)
    make_scan(EVAL / "pdf-chromium" / "fa_a05.pdf", raw / "fa_a05-noisy.pdf")  # noisy and turned
    settings, outcome = build(tmp_path, raw)
    assert outcome.quarantined == []
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        engines = con.execute("select distinct engine from core.pages where text <> ''").fetchall()
        rows = con.execute(
            "select d.source_path || ':' || m.metric_code, m.value, m.low_confidence"
            " from core.reported_metrics m join core.documents d using (document_id)"
        ).fetchall()
        metrics = {key: value for key, value, _flag in rows}
        flagged = {key for key, _value, flag in rows if flag}
        unrated = con.execute("select count(*) from core.reported_metrics where evidence_confidence is null").fetchone()[0]
    assert engines == [("tesseract",)]
    assert metrics["fa_a02-chromium.pdf:strengths"] == 840 and metrics["fa_a02-chromium.pdf:improvement_areas"] == 1112
    assert metrics["fa_a05-noisy.pdf:strengths"] == 2450 and metrics["fa_a05-noisy.pdf:assessors_internal"] == 120
    # on the noisy copy the ۳ of "۳ هزار و ۱۸" is as like a ۲ as a ۳: right, or flagged, never trusted and wrong
    assert metrics["fa_a05-noisy.pdf:improvement_areas"] == 3018 or "fa_a05-noisy.pdf:improvement_areas" in flagged
    wrong = {key for key, value in metrics.items() if key.startswith("fa_a02") and value not in (28, 40, 8, 840, 1112, 31)}
    assert not wrong and not {key for key in flagged if key.startswith("fa_a02")}
    assert metrics["tr_a09-libreoffice.pdf:strengths"] == 210 and metrics["en_a11-chromium.pdf:strengths"] == 204
    assert unrated == 0


@pytest.mark.slow
def test_a_page_past_its_time_limit_is_quarantined_and_read_under_a_higher_limit(ocr_ready, tmp_path, monkeypatch):
    monkeypatch.setenv("EXBENCH_OCR_PAGE_SECONDS", "1")
    # a Tesseract that takes 3 s on every page (it answers its version and languages at once): the limit is
    # passed whatever this machine's speed
    slow = tmp_path / "slow-tesseract"
    slow.write_text('#!/bin/sh\ncase "$1" in --version|--list-langs) ;; *) sleep 3 ;; esac\nexec tesseract "$@"\n')
    slow.chmod(0o755)
    monkeypatch.setenv("EXBENCH_TESSERACT", str(slow))
    close_pools(wait=True)  # workers kept from earlier tests were started with the real Tesseract
    raw = tmp_path / "raw"
    raw.mkdir()
    make_scan(EVAL / "pdf-chromium" / "fa_a05.pdf", raw / "slow.pdf")
    (raw / "note.txt").write_text("Kartal Belediyesi 2023 yılında 12 iyileştirme projesi tamamladı.", encoding="utf-8")
    try:
        _settings, outcome = build(tmp_path, raw)
    finally:
        close_pools(wait=True)  # the next tests get workers with the real Tesseract again
    assert len(outcome.quarantined) == 1 and "longer than 1 s" in outcome.quarantined[0]
    # the quarantine keeps the limit it hit: the same run again reuses it, a higher page limit reads the scan
    monkeypatch.delenv("EXBENCH_TESSERACT")
    monkeypatch.setenv("EXBENCH_OCR_PAGE_SECONDS", "300")
    try:
        _settings, again = build(tmp_path, raw)
    finally:
        close_pools(wait=True)
    assert not again.quarantined


@pytest.mark.parametrize(
    "recorded, now, reused",
    [
        ({"seconds": 120, "memory_mb": 1024, "ocr_page_seconds": 60}, {"ocr_page_seconds": 60}, True),
        ({"seconds": 120, "memory_mb": 1024, "ocr_page_seconds": 60}, {"ocr_page_seconds": 400}, False),
        ({"seconds": 120, "memory_mb": 1024, "ocr_page_seconds": 60}, {"memory_mb": 4096}, True),  # not what stopped it
        ({"seconds": 120, "memory_mb": 1024}, {"ocr_page_seconds": 400}, True),  # a record from before the page limit was kept
        ({"seconds": 120, "memory_mb": 1024}, {"seconds": 300}, False),
    ],
)
def test_an_ocr_timeout_is_read_again_only_when_a_limit_it_kept_was_raised(tmp_path, recorded, now, reused):
    path = tmp_path / "record.json"
    store(path, {"status": "quarantined", "error_reason": "timeout", "error": "OCR of a page took longer", "limits": recorded})
    assert reusable(path, {"seconds": 120, "memory_mb": 1024, "ocr_page_seconds": 60} | now) is reused
