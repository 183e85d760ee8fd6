"""Extract the facts of the read documents of some shards: one worker task per document.

Facts (or a failure not worth meeting again) are cached by content hash,
extractor version and manifest hints, so only what changed is extracted.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from exbench.language import document_language as language_of_pages
from exbench.runtime.cache import cache_file, load, store
from exbench.runtime.progress import track
from exbench.runtime.register import hints_key, load_index, load_register, save_by_shard
from exbench.runtime.shards import in_shards
from exbench.runtime.versions import extractor_version
from exbench.runtime.workers import limits, run_tasks
from exbench.settings import Settings
from exbench.steps.failures import facts_failure, reusable
from exbench.steps.tasks import extract_facts_to_cache

FACT_KINDS = ("metrics", "findings", "scores", "recognitions", "events", "targets", "peer_links", "focus_areas")


@dataclass
class FactsExtracted:
    """What an extraction step did, for the people watching the run."""

    shards: list[str]
    extracted_now: int = 0
    reused: int = 0
    counts: Counter = field(default_factory=Counter)  # (kind, language) -> facts
    languages: Counter = field(default_factory=Counter)  # documents per language
    failed: Counter = field(default_factory=Counter)
    metrics_preview: list[tuple] = field(default_factory=list)
    extractor_version: str = ""

    def per_kind(self) -> dict[str, int]:
        totals: Counter = Counter()
        for (kind, _language), count in self.counts.items():
            totals[kind] += count
        return {kind: totals[kind] for kind in FACT_KINDS}

    def per_language(self) -> dict[str, int]:
        totals: Counter = Counter()
        for (_kind, language), count in self.counts.items():
            totals[language] += count
        return dict(sorted(totals.items()))


def document_language(text: dict[str, Any]) -> str | None:
    """The language of a read document, by the one rule (exbench.language.document_language)."""
    return language_of_pages(page["language"] for page in text.get("pages", []))


def _count(facts: dict[str, Any], language: str | None, counts: Counter) -> None:
    """Add a document's facts to counts per (kind, language): the fact's own language where it has one."""
    for kind in FACT_KINDS:
        for row in facts.get(kind, []):
            counts[(kind, row.get("language") or language or "unknown")] += 1


def extract_facts(settings: Settings, shards: list[str]) -> FactsExtracted:
    """Extract every read document of the shards that has no usable cached facts; index them all."""
    summary = FactsExtracted(shards, extractor_version=extractor_version())
    current = limits()
    text_index = load_index(settings.cache_dir, "text_index", shards)
    facts_index: dict[str, str] = {}
    languages: dict[str, str | None] = {}
    tasks = []
    for row in in_shards(load_register(settings.cache_dir), shards):
        text = load(Path(text_index[row["document_id"]])) or {"status": "quarantined"}
        if text["status"] != "ok":
            continue
        languages[row["document_id"]] = document_language(text)
        target = cache_file(
            settings.cache_dir, f"facts-{summary.extractor_version}", f"{row['sha256']}-{hints_key(row['hints'])}"
        )
        facts_index[row["document_id"]] = str(target)
        if not reusable(target, current):  # facts, or a failure not to meet again
            tasks.append((row["document_id"], (text_index[row["document_id"]], row["hints"], str(target))))
    for doc, status in track(run_tasks(extract_facts_to_cache, tasks), len(tasks), "extracting facts"):
        if not status.get("stored") and status["status"] != "missing_text":  # stopped in its worker: remembered
            store(Path(facts_index[doc]), facts_failure(status, current))
    save_by_shard(settings.cache_dir, "facts_index", shards, facts_index)
    summary.extracted_now, summary.reused = len(tasks), len(facts_index) - len(tasks)
    summary.languages = Counter(language for language in languages.values() if language)
    for doc, path in sorted(facts_index.items()):  # one document's facts in memory at a time
        facts = load(Path(path)) or {}
        if facts.get("status") == "failed":
            summary.failed[facts.get("error_reason")] += 1
        _count(facts, languages[doc], summary.counts)
        for metric in facts.get("metrics", [])[: 10 - len(summary.metrics_preview)]:
            summary.metrics_preview.append(
                (metric["metric_code"], metric["value"], metric["period_year"], metric["evidence"]["quote"])
            )
    return summary
