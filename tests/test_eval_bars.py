"""The labeled evaluation set (tests/eval) from both PDF producers stays above the bars:
metric precision >= 0.95 and recall >= 0.85, recognition recall >= 0.80, Persian
bigram recall >= 0.98, and no recognition from a document that only plans or hopes."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.evaluate import evaluate

EVAL = Path(__file__).resolve().parent / "eval"
# each producer's build of the labeled set is shared with the snapshot test (conftest.labeled_builds)
PRODUCERS = ["chromium", "libreoffice"]


class _Scores:
    def __init__(self, builds) -> None:
        self._builds = builds

    def __getitem__(self, producer: str):
        return self._builds[producer][0]


@pytest.fixture(scope="module")
def scores(labeled_builds):
    """Each producer's score, from the build the snapshot test reads too."""
    return _Scores(labeled_builds)


@pytest.mark.slow
@pytest.mark.parametrize("producer", PRODUCERS)
def test_bars(scores, producer):
    score = scores[producer]
    metrics = score.tallies["metrics"]["all"]
    recognitions = score.tallies["recognitions"]["all"]
    assert metrics.precision >= 0.95, metrics.misses
    assert metrics.recall >= 0.85, metrics.misses
    assert recognitions.recall >= 0.80, recognitions.misses
    assert recognitions.precision >= 0.95, recognitions.misses
    assert score.persian_bigram_recall >= 0.98


@pytest.mark.slow
@pytest.mark.parametrize("producer", PRODUCERS)
def test_each_language_keeps_metric_precision(scores, producer):
    for language in ("tr", "fa", "en"):
        assert scores[producer].tallies["metrics"][language].precision >= 0.95, language


@pytest.mark.slow
@pytest.mark.parametrize("producer", PRODUCERS)
def test_feedback_report_bars(scores, producer):
    tallies = scores[producer].tallies
    findings = tallies["findings"]["all"]
    assert findings.recall >= 0.95, findings.misses
    assert findings.fp <= 0.05 * (findings.tp + findings.fn), findings.misses
    assert tallies["criterion_counts"]["all"].recall >= 0.90
    assert tallies["scores"]["all"].recall >= 0.90, tallies["scores"]["all"].misses
    assert tallies["star_ratings"]["all"].fn == 0


@pytest.fixture(scope="module")
def scan_score():
    from tests.conftest import require_tool

    require_tool("tesseract", "tesseract-ocr tesseract-ocr-fas tesseract-ocr-tur")
    return evaluate(EVAL, ("scan-chromium",))[0]


@pytest.mark.slow
@pytest.mark.parametrize("language", ["tr", "fa", "en"])
def test_scanned_copies_keep_metric_bars_in_each_language(scan_score, language):
    """Image-only copies read by OCR: metric recall >= 0.80 and precision >= 0.95 per language."""
    metrics = scan_score.tallies["metrics"][language]
    assert metrics.recall >= 0.80, metrics.misses
    assert metrics.precision >= 0.95, metrics.misses


@pytest.mark.slow
def test_scanned_persian_numbers_come_out_right(scan_score):
    """Most printed numbers are read as printed, and a misread one is flagged unsure rather than trusted."""
    numbers = scan_score.persian_numbers
    assert numbers.found >= 0.85 * numbers.source
    assert numbers.wrong - numbers.flagged <= 0.05 * numbers.source, numbers.trusted_examples
