"""`exbench eval`: build a labeled set from each producer and score it; score the real documents.

Each producer's documents (a printer's PDFs, the HTML pages, or scans of a
printer's PDFs) go into a fresh raw folder with a manifest made from the
labels (what a real manifest would say: date and organization), the whole
pipeline runs, and the warehouse is scored against the labels. Only the
documents of the chosen split are fed to the pipeline, so a `--split dev` run
never shows the test documents. The real documents run as they are, without
a manifest, as a user would drop them into raw/.
"""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path

import duckdb

from exbench.evaluation import sets
from exbench.evaluation.real_docs import RealScore, load_real_labels, score_real_docs
from exbench.evaluation.report import ProducerScore, SetScore
from exbench.evaluation.scans import make_scan
from exbench.evaluation.score import load_labels, score_warehouse, unextracted
from exbench.evaluation.text_recall import NumberTally, token_and_bigram_recall
from exbench.settings import Settings
from pipelines.run import run_pipeline

PRODUCERS = sets.GROUPS["both"]
# Image-only copies of each printer's PDFs (200 dpi, some turned or noisy), read by OCR.
SCAN_PRODUCERS = sets.SCANS


def _write_manifest(raw: Path, producer: str, labels: dict[str, dict]) -> None:
    with (raw / "manifest.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["path", "published_on", "organization"])
        for doc_id, label in labels.items():
            writer.writerow(
                [sets.file_name(producer, doc_id), label.get("published_on") or "", label.get("manifest_organization") or ""]
            )


def _unsure_words(reading_path: str | None) -> list[str]:
    """The words of a document's OCRed pages read with low confidence (flagged in the facts that quote them)."""
    from exbench.reading.page import LOW_CONFIDENCE
    from exbench.runtime.cache import load

    reading = load(Path(reading_path)) if reading_path else None
    return [
        page["text"][start:end]
        for page in (reading or {}).get("pages", [])
        for start, end, confidence in page.get("ocr_words", [])
        if confidence < LOW_CONFIDENCE
    ]


def _persian_recall(
    eval_dir: Path, producer: str, warehouse: Path, labels: dict[str, dict]
) -> tuple[float | None, float | None, NumberTally, int]:
    """Token and bigram recall of the Persian pages against their sources, how their numbers came out, and how many."""
    from exbench.reading.html import read_html_pages
    from exbench.runtime.register import load_index
    from exbench.runtime.shards import SHARD_KEYS

    token_sum = bigram_sum = 0.0
    count = 0
    numbers = NumberTally()
    readings = load_index(Settings.from_env(warehouse=warehouse).cache_dir, "text_index", SHARD_KEYS)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        document_ids = dict(con.execute("select source_path, document_id from core.documents").fetchall())
        for doc_id, label in labels.items():
            if label["language"] != "fa":
                continue
            name = sets.file_name(producer, doc_id)
            _title, pages = read_html_pages((eval_dir / "docs" / f"{doc_id}.html").read_bytes())
            source = "\n".join(p.text for p in pages)
            extracted = "\n".join(
                text
                for (text,) in con.execute(
                    "select p.text from core.pages p join core.documents d using (document_id) "
                    "where d.source_path = ? order by p.page_number",
                    [name],
                ).fetchall()
            )
            tokens, bigrams = token_and_bigram_recall(source, extracted, "fa")
            token_sum, bigram_sum, count = token_sum + tokens, bigram_sum + bigrams, count + 1
            unsure = _unsure_words(readings.get(document_ids.get(name, "")))
            numbers.add(_whole_page_text(eval_dir / "docs" / f"{doc_id}.html"), extracted, "fa", unsure)
    return (token_sum / count, bigram_sum / count, numbers, count) if count else (None, None, numbers, 0)


def _whole_page_text(html: Path) -> str:
    """All the text of a page, its menus and footer too: a number there is printed, so reading it is no error."""
    from selectolax.lexbor import LexborHTMLParser

    body = LexborHTMLParser(html.read_bytes()).body
    return body.text(separator="\n") if body else ""


def _copy_documents(eval_dir: Path, producer: str, labels: dict[str, dict], raw: Path) -> list[str]:
    """The producer's file of each labeled document into `raw` (for a scan, an image-only copy); returns the ids it lacks."""
    lacking = []
    for doc_id in labels:
        source = sets.source_file(eval_dir, producer, doc_id)
        target = raw / sets.file_name(producer, doc_id)
        if not source.exists():
            lacking.append(doc_id)
        elif producer.startswith(sets.SCAN_PREFIX):
            make_scan(source, target)
        else:
            target.write_bytes(source.read_bytes())
    return lacking


def _run(raw: Path, tmp: Path, what: str) -> Settings:
    """The whole pipeline on `raw` into a warehouse under `tmp`."""
    settings = Settings.from_env(raw, tmp / "warehouse" / "exbench.duckdb", tmp / "exports")
    outcome = run_pipeline(settings)
    if not outcome.success:
        raise RuntimeError(f"the pipeline failed on {what}: {outcome.error}")
    return settings


def score_producer(eval_dir: Path, producer: str, labels: dict[str, dict]) -> tuple[ProducerScore, list[str]]:
    """One producer's documents through the pipeline, scored; returns the score and the labeled ids it has no file for."""
    with tempfile.TemporaryDirectory(prefix=f"exbench-eval-{producer}-") as tmp:
        raw = Path(tmp) / "raw"
        raw.mkdir()
        lacking = _copy_documents(eval_dir, producer, labels, raw)
        _write_manifest(raw, producer, labels)
        settings = _run(raw, Path(tmp), f"the {producer} documents")
        tallies = score_warehouse(settings.warehouse, labels)
        tokens, bigrams, numbers, persian = _persian_recall(eval_dir, producer, settings.warehouse, labels)
        score = ProducerScore(
            producer, tallies, tokens, bigrams, numbers, unextracted(settings.warehouse), persian_documents=persian
        )
        return score, lacking


def evaluate_set(eval_dir: Path, asked: tuple[str, ...] = ("both",), split: str = "all") -> SetScore:
    """Score the pipeline on a labeled set (one split of it), once per producer the set has a folder for."""
    producers, notes = sets.choose_producers(eval_dir, asked)
    ids, note = sets.split_ids(eval_dir, split)
    notes += [note] if note else []
    labels = sets.select(load_labels(eval_dir / "labels"), ids)
    scores = []
    for producer in producers:
        score, lacking = score_producer(eval_dir, producer, labels)
        scores.append(score)
        if lacking:
            notes.append(f"{producer} has no file for {len(lacking)} labeled documents, scored as missed: {', '.join(lacking)}")
    return SetScore(str(eval_dir), split if ids is not None else "all", len(labels), scores, notes)


def evaluate(eval_dir: Path, producers: tuple[str, ...] = PRODUCERS) -> list[ProducerScore]:
    """Score the pipeline on the whole labeled set, once per producer."""
    return evaluate_set(eval_dir, producers).producers


def evaluate_real_docs(folder: Path) -> RealScore:
    """The real documents (every labeled PDF and HTML file of `folder`) through the pipeline, scored against labels.json."""
    labels = load_real_labels(folder)
    with tempfile.TemporaryDirectory(prefix="exbench-eval-real-") as tmp:
        raw = Path(tmp) / "raw"
        raw.mkdir()
        for path in sorted(folder.iterdir()):
            if path.stem in labels and path.suffix.lower() in (".pdf", ".html", ".htm"):
                (raw / path.name).write_bytes(path.read_bytes())
        settings = _run(raw, Path(tmp), f"the real documents of {folder}")
        return score_real_docs(settings.warehouse, labels)
