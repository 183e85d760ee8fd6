"""What a labeled set offers: producers found by their folders (missing ones skipped with a note), and its dev/test split."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from exbench.evaluation import sets
from exbench.evaluation.report import set_report
from exbench.evaluation.score import METRIC_CODES, load_labels
from exbench.warehouse.sql import sql_root
from pipelines.evaluate import evaluate_set

TESTS = Path(__file__).resolve().parent
HELDOUT = TESTS / "heldout"


def _set(root: Path, folders: list[str], split: dict | None = None) -> Path:
    for folder in folders:
        (root / folder).mkdir(parents=True)
    if split is not None:
        (root / "split.json").write_text(json.dumps(split), encoding="utf-8")
    return root


PRODUCER_CASES = [
    # (folders of the set, producers asked, producers run, producers noted as skipped)
    (["pdf-chromium", "pdf-libreoffice"], ("both",), ["chromium", "libreoffice"], []),
    (
        ["pdf-chromium", "docs"],
        ("all",),
        ["chromium", "html", "scan-chromium"],
        ["libreoffice", "weasyprint", "scan-libreoffice", "scan-weasyprint"],
    ),
    (
        ["pdf-chromium", "pdf-libreoffice", "pdf-weasyprint", "docs"],
        ("text",),
        ["chromium", "libreoffice", "weasyprint", "html"],
        [],
    ),
    (["pdf-chromium", "docs"], ("weasyprint", "html"), ["html"], ["weasyprint"]),
    (["pdf-weasyprint"], ("scans",), ["scan-weasyprint"], ["scan-chromium", "scan-libreoffice"]),
    (["pdf-chromium"], ("chromium", "both", "chromium"), ["chromium"], ["libreoffice"]),
]


@pytest.mark.parametrize("folders, asked, run, skipped", PRODUCER_CASES)
def test_producers_are_the_folders_the_set_has(tmp_path, folders, asked, run, skipped):
    chosen, notes = sets.choose_producers(_set(tmp_path, folders), asked)
    assert chosen == run
    assert [note.rsplit(": ", 1)[1] for note in notes] == [f"{producer} skipped" for producer in skipped]


@pytest.mark.parametrize(
    "producer, expected",
    [
        ("chromium", "pdf-chromium/en_n01.pdf"),
        ("weasyprint", "pdf-weasyprint/en_n01.pdf"),
        ("scan-libreoffice", "pdf-libreoffice/en_n01.pdf"),
        ("html", "docs/en_n01.html"),
    ],
)
def test_each_producer_reads_its_own_folder(producer, expected):
    assert sets.source_file(Path("set"), producer, "en_n01") == Path("set") / expected


SPLIT = {"dev": ["a", "b"], "test": ["c"]}
LABELS = {doc: {"language": "en"} for doc in ("a", "b", "c")}


@pytest.mark.parametrize(
    "split, with_file, kept, noted",
    [
        ("dev", True, ["a", "b"], False),
        ("test", True, ["c"], False),
        ("all", True, ["a", "b", "c"], False),
        ("dev", False, ["a", "b", "c"], True),  # no split.json: everything, and the report says so
        ("all", False, ["a", "b", "c"], False),
    ],
)
def test_the_split_filter_keeps_the_split_s_documents(tmp_path, split, with_file, kept, noted):
    ids, note = sets.split_ids(_set(tmp_path, [], SPLIT if with_file else None), split)
    assert sorted(sets.select(LABELS, ids)) == kept
    assert (note is not None) == noted


def test_the_held_out_set_has_every_producer_and_two_disjoint_splits():
    chosen, notes = sets.choose_producers(HELDOUT, ("all",))
    assert chosen == list(sets.PRODUCERS) and notes == []
    dev, _ = sets.split_ids(HELDOUT, "dev")
    test, _ = sets.split_ids(HELDOUT, "test")
    assert not dev & test and dev | test == set(load_labels(HELDOUT / "labels"))


BLIND_BATCHES = sorted(path for path in TESTS.glob("heldout*") if (path / "split.json").exists())


def _seed_codes(name: str, column: str) -> set[str]:
    with (sql_root() / "seeds" / name).open(encoding="utf-8") as handle:
        return {row[column] for row in csv.DictReader(handle)}


@pytest.mark.parametrize("batch", BLIND_BATCHES, ids=lambda path: path.name)
def test_every_blind_batch_is_split_and_labelled_in_the_warehouse_s_own_codes(batch):
    """A label in a writer's own word ('area_for_improvement') would score a right fact as a miss, silently."""
    labels = load_labels(batch / "labels")
    dev, _ = sets.split_ids(batch, "dev")
    test, _ = sets.split_ids(batch, "test")
    assert not dev & test and dev | test == set(labels)
    assert all((batch / "docs" / f"{doc}.html").exists() for doc in labels)
    schemes = _seed_codes("schemes.csv", "scheme")
    finding_types = _seed_codes("finding_types.csv", "finding_type")
    for doc, label in labels.items():
        assert {m["metric_code"] for m in label.get("metrics", [])} <= METRIC_CODES, doc
        assert {r["scheme"] for r in label.get("recognitions", [])} <= schemes, doc
        assert {f["finding_type"] for f in label.get("findings") or []} <= finding_types, doc


def test_a_split_run_feeds_only_its_documents_and_says_which_split_it_scored(tmp_path):
    """Two labeled pages of the own set as a tiny set with a split; WeasyPrint has no folder there."""
    root = _set(tmp_path / "set", ["docs", "labels"], {"dev": ["en_a01"], "test": ["tr_a01"]})
    for doc in ("en_a01", "tr_a01"):
        shutil.copy(TESTS / "eval" / "docs" / f"{doc}.html", root / "docs")
        shutil.copy(TESTS / "eval" / "labels" / f"{doc}.json", root / "labels")
    result = evaluate_set(root, ("html", "weasyprint"), "dev")
    assert (result.split, result.documents, [p.producer for p in result.producers]) == ("dev", 1, ["html"])
    assert set(result.producers[0].tallies["metrics"]) <= {"en", "all"}  # the Turkish test page was never scored
    text = set_report(result, verbose=True)
    assert text.splitlines()[0] == f"== {root}, split dev (1 document)"
    assert "weasyprint skipped" in text and "tr_a01" not in text


def test_a_document_the_run_quarantines_is_named_beside_the_figures(tmp_path):
    """A file the pipeline could not read scores as missed; the report says which and why, so the drop is not
    taken for a change in the rules."""
    root = _set(tmp_path / "set", ["docs", "labels"], {"dev": ["en_a01", "en_a02"], "test": []})
    for doc in ("en_a01", "en_a02"):
        shutil.copy(TESTS / "eval" / "labels" / f"{doc}.json", root / "labels")
    shutil.copy(TESTS / "eval" / "docs" / "en_a01.html", root / "docs")
    (root / "docs" / "en_a02.html").write_bytes(b"")
    result = evaluate_set(root, ("html",), "dev")
    assert result.producers[0].unextracted == {"en_a02": "empty"}
    assert "note: html: 1 document quarantined or read in part, their facts missed: en_a02 (empty)" in set_report(result)
