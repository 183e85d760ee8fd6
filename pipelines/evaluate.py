"""`exbench eval`: build the labeled set from each PDF producer and score it.

Each producer's PDFs go into a fresh raw folder with a manifest made from the
labels (what a real manifest would say: date and organization), the whole
pipeline runs, and the warehouse is scored against the labels.
"""

from __future__ import annotations

import csv
import tempfile
from dataclasses import dataclass
from pathlib import Path

import duckdb

from exbench.evaluation.score import Tally, load_labels, score_warehouse
from exbench.evaluation.scans import make_scan
from exbench.evaluation.text_recall import NumberTally, token_and_bigram_recall
from pipelines.run import run_pipeline
from exbench.settings import Settings

PRODUCERS = ("chromium", "libreoffice")
# Image-only copies of each producer's PDFs (200 dpi, some turned or noisy), read by OCR.
SCAN_PRODUCERS = tuple(f"scan-{producer}" for producer in PRODUCERS)


@dataclass
class ProducerScore:
    producer: str
    tallies: dict[str, dict[str, Tally]]
    persian_token_recall: float | None
    persian_bigram_recall: float | None
    persian_numbers: NumberTally | None = None


def _write_manifest(raw: Path, labels: dict[str, dict]) -> None:
    with (raw / "manifest.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["path", "published_on", "organization"])
        for doc_id, label in labels.items():
            writer.writerow([f"{doc_id}.pdf", label.get("published_on") or "", label.get("manifest_organization") or ""])


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


def _persian_recall(eval_dir: Path, warehouse: Path, labels: dict[str, dict]) -> tuple[float | None, float | None, NumberTally]:
    """Token and bigram recall of the Persian pages against their sources, and how their numbers came out."""
    from exbench.reading.html import read_html_pages
    from exbench.runtime.shards import SHARD_KEYS
    from exbench.runtime.register import load_index

    token_sum = bigram_sum = 0.0
    count = 0
    numbers = NumberTally()
    readings = load_index(Settings.from_env(warehouse=warehouse).cache_dir, "text_index", SHARD_KEYS)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        document_ids = dict(con.execute("select source_path, document_id from core.documents").fetchall())
        for doc_id, label in labels.items():
            if label["language"] != "fa":
                continue
            _title, pages = read_html_pages((eval_dir / "docs" / f"{doc_id}.html").read_bytes())
            source = "\n".join(p.text for p in pages)
            extracted = "\n".join(
                text for (text,) in con.execute(
                    "select p.text from core.pages p join core.documents d using (document_id) "
                    "where d.source_path = ? order by p.page_number", [f"{doc_id}.pdf"]
                ).fetchall()
            )
            tokens, bigrams = token_and_bigram_recall(source, extracted, "fa")
            token_sum, bigram_sum, count = token_sum + tokens, bigram_sum + bigrams, count + 1
            unsure = _unsure_words(readings.get(document_ids.get(f"{doc_id}.pdf", "")))
            numbers.add(_whole_page_text(eval_dir / "docs" / f"{doc_id}.html"), extracted, "fa", unsure)
    return (token_sum / count, bigram_sum / count, numbers) if count else (None, None, numbers)


def _whole_page_text(html: Path) -> str:
    """All the text of a page, its menus and footer too: a number there is printed, so reading it is no error."""
    from selectolax.lexbor import LexborHTMLParser

    body = LexborHTMLParser(html.read_bytes()).body
    return body.text(separator="\n") if body else ""


def _copy_documents(eval_dir: Path, producer: str, labels: dict[str, dict], raw: Path) -> None:
    """The producer's PDF of each labeled document into `raw`; for a scan producer, an image-only copy of it."""
    printer = producer.removeprefix("scan-")
    for doc_id in labels:
        source = eval_dir / f"pdf-{printer}" / f"{doc_id}.pdf"
        if not source.exists():
            continue
        if producer.startswith("scan-"):
            make_scan(source, raw / source.name)
        else:
            (raw / source.name).write_bytes(source.read_bytes())


def evaluate(eval_dir: Path, producers: tuple[str, ...] = PRODUCERS) -> list[ProducerScore]:
    """Score the pipeline on the labeled set, once per PDF producer."""
    labels = load_labels(eval_dir / "labels")
    scores = []
    for producer in producers:
        with tempfile.TemporaryDirectory(prefix=f"exbench-eval-{producer}-") as tmp:
            raw = Path(tmp) / "raw"
            raw.mkdir()
            _copy_documents(eval_dir, producer, labels, raw)
            _write_manifest(raw, labels)
            settings = Settings.from_env(raw, Path(tmp) / "warehouse" / "exbench.duckdb", Path(tmp) / "exports")
            outcome = run_pipeline(settings)
            if not outcome.success:
                raise RuntimeError(f"the pipeline failed on the {producer} PDFs: {outcome.error}")
            tallies = score_warehouse(settings.warehouse, labels)
            scores.append(ProducerScore(producer, tallies, *_persian_recall(eval_dir, settings.warehouse, labels)))
    return scores


def report(scores: list[ProducerScore], verbose: bool = False) -> str:
    """A plain-text table of the figures."""
    lines = [f"{'producer':<12} {'facts':<13} {'lang':<5} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for score in scores:
        for kind, by_language in sorted(score.tallies.items()):
            for language, tally in sorted(by_language.items()):
                lines.append(
                    f"{score.producer:<12} {kind:<13} {language:<5} {tally.precision:>9.3f} {tally.recall:>7.3f} {tally.tp:>4} {tally.fp:>4} {tally.fn:>4}"
                )
        if score.persian_token_recall is not None:
            lines.append(
                f"{score.producer:<12} persian text  fa    token recall {score.persian_token_recall:.3f}, bigram recall {score.persian_bigram_recall:.3f}"
            )
        if score.persian_numbers is not None and score.persian_numbers.source:
            numbers = score.persian_numbers
            lines.append(
                f"{score.producer:<12} persian numbers     {numbers.found}/{numbers.source} found, {numbers.wrong} not in the source"
                f" ({numbers.flagged} of them flagged unsure, {numbers.wrong - numbers.flagged} trusted)"
                + (f"; trusted and wrong: {', '.join(numbers.trusted_examples[:8])}" if numbers.trusted_examples else "")
            )
        if verbose:
            for kind, by_language in sorted(score.tallies.items()):
                lines += [f"  {kind}: {miss}" for miss in by_language["all"].misses]
    return "\n".join(lines)
