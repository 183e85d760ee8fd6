"""What a labeled set offers to score: its producers (one folder each) and its dev/test split.

A set is a folder with `labels/<id>.json`, the pages in `docs/<id>.html`, one
`pdf-<printer>/` per program that printed them, and optionally `split.json`
({"dev": [ids], "test": [ids]}). A producer is one way the documents reach the
pipeline: a printer's PDFs, the HTML pages themselves, or image-only "scans" of
a printer's PDFs made at run time.
"""

from __future__ import annotations

import json
from pathlib import Path

PRINTERS = ("chromium", "libreoffice", "weasyprint")
HTML = "html"
SCAN_PREFIX = "scan-"
SCANS = tuple(f"{SCAN_PREFIX}{printer}" for printer in PRINTERS)
PRODUCERS = PRINTERS + (HTML,) + SCANS
GROUPS = {
    "both": ("chromium", "libreoffice"),
    "text": PRINTERS + (HTML,),  # everything with a text layer: no OCR, quick
    "scans": SCANS,
    "all": PRODUCERS,
}
SPLITS = ("dev", "test", "all")


def source_folder(eval_dir: Path, producer: str) -> Path:
    """The folder a producer's documents come from (a scan's is its printer's)."""
    if producer == HTML:
        return eval_dir / "docs"
    return eval_dir / f"pdf-{producer.removeprefix(SCAN_PREFIX)}"


def source_file(eval_dir: Path, producer: str, doc_id: str) -> Path:
    """The file of one labeled document as a producer gives it."""
    suffix = ".html" if producer == HTML else ".pdf"
    return source_folder(eval_dir, producer) / f"{doc_id}{suffix}"


def file_name(producer: str, doc_id: str) -> str:
    """The name the document gets in the raw folder the pipeline reads."""
    return f"{doc_id}.html" if producer == HTML else f"{doc_id}.pdf"


def choose_producers(eval_dir: Path, asked: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """The producers to run, in the order asked, and a note for each one the set has no folder for.

    Args:
        eval_dir: the labeled set.
        asked: producer names or group names (both, text, scans, all).

    Returns:
        (producers whose folder exists, notes on the ones skipped).
    """
    wanted: list[str] = []
    for name in asked:
        wanted += [p for p in GROUPS.get(name, (name,)) if p not in wanted]
    chosen, skipped = [], []
    for producer in wanted:
        (chosen if source_folder(eval_dir, producer).is_dir() else skipped).append(producer)
    notes = [f"{eval_dir} has no {source_folder(eval_dir, producer).name}/: {producer} skipped" for producer in skipped]
    return chosen, notes


def split_ids(eval_dir: Path, split: str) -> tuple[set[str] | None, str | None]:
    """The document ids of a split (None: every document), and a note when the set has no such split.

    Returns:
        (ids or None for all, a note to print or None).
    """
    if split == "all":
        return None, None
    path = eval_dir / "split.json"
    if not path.is_file():
        return None, f"{eval_dir} has no split.json: scored every document, not the {split} split"
    splits = json.loads(path.read_text(encoding="utf-8"))
    if split not in splits:
        return None, f"{path} has no {split} split: scored every document"
    return set(splits[split]), None


def select(labels: dict[str, dict], ids: set[str] | None) -> dict[str, dict]:
    """The labels of the documents in `ids` (all of them for None)."""
    return labels if ids is None else {doc_id: label for doc_id, label in labels.items() if doc_id in ids}
