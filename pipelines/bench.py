"""`make bench`: throughput, incremental re-runs, memory and scaling, from one run.

Figures are ratios measured side by side in the same run, because this machine
is shared and noisy: end-to-end pages per second of `exbench run` against raw
pypdfium2 text extraction with one process per core on the same files.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb

from exbench.settings import Settings


def _pdfium_pages(path: str) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(path)
    try:
        for page in document:
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        return len(document)
    finally:
        document.close()


def raw_engine_rate(files: list[Path]) -> tuple[float, int]:
    """Pages per second of bare pypdfium2 text extraction, one process per core."""
    with multiprocessing.get_context("spawn").Pool(os.cpu_count() or 1) as pool:
        started = time.perf_counter()
        pages = sum(pool.map(_pdfium_pages, [str(f) for f in files], chunksize=8))
        elapsed = time.perf_counter() - started
    return pages / elapsed, pages


def _tree_rss_kib(root: int) -> int:
    """Resident memory of a process and all its descendants (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        stack.extend(children.get(pid, []))
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


def _peak_tree_rss_kib(process: subprocess.Popen, interval_s: float = 0.1) -> int:
    """Highest resident memory of a process and its descendants, sampled until it exits."""
    peak = 0
    while process.poll() is None:
        peak = max(peak, _tree_rss_kib(process.pid))
        time.sleep(interval_s)
    return peak


def _raw_folder(corpus: Path, names: list[str], target: Path) -> Path:
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for name in names:
        os.link(corpus / name, target / name)
    return target


@dataclass
class TimedRun:
    seconds: float
    peak_mib: float
    settings: Settings


def _timed_run(raw: Path, root: Path) -> TimedRun:
    """`exbench run` as a user runs it: a fresh process (start-up and imports count), its memory
    that of its own process tree (workers and the validator included, the bench left out)."""
    settings = Settings.from_env(raw, root / "warehouse" / "exbench.duckdb", root / "exports")
    command = [
        sys.executable,
        "-m",
        "pipelines.cli",
        "run",
        "--raw",
        str(raw),
        "--warehouse",
        str(settings.warehouse),
        "--exports",
        str(settings.exports_dir),
        "--quiet",
    ]
    with tempfile.TemporaryFile("w+", encoding="utf-8") as messages:  # a pipe unread until the end could fill and stall the run
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=messages)
        peak_kib = _peak_tree_rss_kib(process)
        seconds = time.perf_counter() - started
        if process.returncode != 0:
            messages.seek(0)
            raise RuntimeError(messages.read().strip()[-2000:])
    return TimedRun(seconds, peak_kib / 1024, settings)


def _pages(settings: Settings) -> int:
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        return con.execute("select coalesce(sum(page_count), 0) from core.documents").fetchone()[0]


def _extraction_scores(settings: Settings, labels: list[dict]) -> tuple[float, float]:
    from exbench.warehouse.resolve import match_key

    # The warehouse keeps a figure once per organization and period even when several
    # documents repeat it, so facts are compared without the document.
    expected = {(match_key(label["organization"]), code, float(v)) for label in labels for code, v in label["metrics"].items()}
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        rows = con.execute(
            "select d.source_path, o.canonical_name, m.metric_code, m.value from core.reported_metrics m "
            "join core.documents d using (document_id) join core.organizations o using (organization_id)"
        ).fetchall()
    predicted = {(match_key(name), code, float(value)) for _path, name, code, value in rows}
    hits = len(expected & predicted)
    return hits / max(1, len(predicted)), hits / max(1, len(expected))


def _ocr_rate(files: list[Path]) -> tuple[int, float]:
    """(pages, seconds) of the OCR step alone, as the pipeline runs it: a worker task per page."""
    import pypdfium2 as pdfium

    from exbench.reading.ocr_engine import page_timeout_s
    from exbench.runtime.workers import run_tasks
    from exbench.steps.tasks import ocr_page

    limit = page_timeout_s()
    tasks = []
    for path in files:
        document = pdfium.PdfDocument(str(path))
        tasks += [(f"{path.name}:{number}", (str(path), number, limit)) for number in range(1, len(document) + 1)]
        document.close()
    started = time.perf_counter()
    read = sum(result.get("status") == "ok" for _key, result in run_tasks(ocr_page, tasks, timeout_s=2 * limit + 10))
    return read, time.perf_counter() - started


def _ocr_figures(corpus: Path, labels: list[dict], workdir: Path, count: int) -> dict[str, object]:
    """Image-only copies of `count` synthetic documents: OCR pages per second (the OCR step alone, both
    cores), and what the metrics the whole pipeline extracts from them are worth against the labels."""
    from exbench.evaluation.scans import make_scan
    from exbench.reading.ocr_engine import ocr_engine

    if not count or ocr_engine() is None:
        return {"ocr_pages": 0}
    raw = workdir / "raw-scans"
    shutil.rmtree(raw, ignore_errors=True)
    for label in labels[:count]:
        make_scan(corpus / label["file"], raw / label["file"])
    pages, seconds = _ocr_rate(sorted(raw.glob("*.pdf")))
    shutil.rmtree(workdir / "run-scans", ignore_errors=True)
    run = _timed_run(raw, workdir / "run-scans")
    precision, recall = _extraction_scores(run.settings, labels[:count])
    return {
        "ocr_pages": pages,
        "ocr_s": seconds,
        "ocr_pages_per_s": pages / seconds,
        "ocr_metric_precision": precision,
        "ocr_metric_recall": recall,
    }


def bench(
    workdir: Path, sizes: tuple[int, ...] = (100, 1000, 3000), main_size: int = 1000, ocr_docs: int = 20
) -> dict[str, object]:
    """Run every measurement and return the figures."""
    from exbench.synth.corpus import write_corpus

    corpus = workdir / "corpus"
    labels_path = write_corpus(max(sizes) + 1, corpus)
    labels = [json.loads(line) for line in labels_path.read_text(encoding="utf-8").splitlines()]
    names = [label["file"] for label in labels]
    figures: dict[str, object] = {"cores": os.cpu_count()}

    raw = _raw_folder(corpus, names[:main_size], workdir / "raw")
    engine_rate, engine_pages = raw_engine_rate([raw / n for n in names[:main_size]])
    shutil.rmtree(workdir / "run", ignore_errors=True)
    full = _timed_run(raw, workdir / "run")
    pages = _pages(full.settings)
    figures.update(
        {
            "documents": main_size,
            "pages": pages,
            "engine_pages_per_s": engine_rate,
            "end_to_end_pages_per_s": pages / full.seconds,
            "ratio_to_engine": pages / full.seconds / engine_rate,
            "full_run_s": full.seconds,
            "peak_memory_mib": full.peak_mib,
        }
    )
    unchanged = _timed_run(raw, workdir / "run")  # nothing new: what every run costs whatever its size
    os.link(corpus / names[main_size], raw / names[main_size])
    rerun = _timed_run(raw, workdir / "run")
    figures.update(
        {
            "rerun_unchanged_s": unchanged.seconds,
            "rerun_after_one_new_s": rerun.seconds,
            "rerun_share_of_full": rerun.seconds / full.seconds,
            "peak_memory_rerun_mib": rerun.peak_mib,
        }
    )
    precision, recall = _extraction_scores(rerun.settings, labels[: main_size + 1])
    figures.update({"synthetic_metric_precision": precision, "synthetic_metric_recall": recall})

    one = _raw_folder(corpus, names[:1], workdir / "raw-1")
    shutil.rmtree(workdir / "run-1", ignore_errors=True)
    _timed_run(one, workdir / "run-1")
    fixed = _timed_run(one, workdir / "run-1")  # one cached document: the cost of any run, start-up to exports
    figures["fixed_cost_s"] = fixed.seconds
    per_doc = {}
    for size in sizes:
        raw_n = _raw_folder(corpus, names[:size], workdir / f"raw-{size}")
        shutil.rmtree(workdir / f"run-{size}", ignore_errors=True)
        run = _timed_run(raw_n, workdir / f"run-{size}")
        per_doc[size] = (run.seconds / size, max(0.0, run.seconds - fixed.seconds) / size, run.peak_mib)
    figures["seconds_per_document"] = {size: round(s, 4) for size, (s, _, _) in per_doc.items()}
    figures["seconds_per_document_beyond_fixed"] = {size: round(n, 4) for size, (_, n, _) in per_doc.items()}
    figures["peak_memory_mib_by_size"] = {size: round(m) for size, (_, _, m) in per_doc.items()}
    figures.update(_ocr_figures(corpus, labels, workdir, ocr_docs))
    return figures


def report(figures: dict[str, object]) -> str:
    """The figures as lines a person reads."""
    per_doc = figures["seconds_per_document"]
    sizes = sorted(per_doc)
    flatness = max(per_doc.values()) / min(per_doc.values())
    net = figures["seconds_per_document_beyond_fixed"]
    net_flatness = max(net.values()) / max(min(net.values()), 1e-9)
    return "\n".join(
        [
            f"machine: {figures['cores']} cores; corpus: {figures['documents']} synthetic documents, {figures['pages']} pages (tr/fa/en)",
            f"raw pypdfium2, a process per core: {figures['engine_pages_per_s']:.0f} pages/s",
            f"exbench run from an empty cache:   {figures['end_to_end_pages_per_s']:.0f} pages/s "
            f"= {figures['ratio_to_engine']:.2f}x the engine (target >= 0.5x); {figures['full_run_s']:.1f} s",
            f"re-run after adding one document:  {figures['rerun_after_one_new_s']:.2f} s "
            f"= {100 * figures['rerun_share_of_full']:.1f}% of the full run (target <= 3 s or 5%); "
            f"a run with nothing new: {figures['rerun_unchanged_s']:.2f} s",
            f"peak memory of the process tree:   {figures['peak_memory_mib']:.0f} MiB full run, "
            f"{figures['peak_memory_rerun_mib']:.0f} MiB re-run; by size "
            + ", ".join(f"{s}: {figures['peak_memory_mib_by_size'][s]} MiB" for s in sizes)
            + " (target < 1024 MiB)",
            "time per document: "
            + ", ".join(f"{s} docs {per_doc[s] * 1000:.1f} ms" for s in sizes)
            + f" (max/min {flatness:.2f}, target within 1.20)",
            f"  beyond a run's fixed cost ({figures['fixed_cost_s']:.2f} s: a run over one cached document): "
            + ", ".join(f"{s} docs {net[s] * 1000:.1f} ms" for s in sizes)
            + f" (max/min {net_flatness:.2f})",
            f"synthetic labels: metric precision {figures['synthetic_metric_precision']:.3f}, recall {figures['synthetic_metric_recall']:.3f}",
            _ocr_line(figures),
        ]
    )


def _ocr_line(figures: dict[str, object]) -> str:
    if not figures.get("ocr_pages"):
        return "OCR: not measured (Tesseract is not installed, or --ocr-docs 0)"
    return (
        f"OCR of image-only copies: {figures['ocr_pages']} pages in {figures['ocr_s']:.1f} s (OCR step, a worker per core) "
        f"= {figures['ocr_pages_per_s']:.2f} pages/s; their metrics: precision {figures['ocr_metric_precision']:.3f}, "
        f"recall {figures['ocr_metric_recall']:.3f}"
    )
