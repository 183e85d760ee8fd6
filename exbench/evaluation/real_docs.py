"""Score a warehouse built from the real documents against their hand labels (`labels.json`).

The labels are one object per document (`doc` is the file stem) with
`metrics` (metric_code, value, organization, page, quote) and `recognitions`
(scheme, year, organization, page, quote). An empty list is a label too:
anything extracted there is a false positive.

How facts are matched, one label to at most one extracted fact:
- a metric by metric code, value and organization (when the label names one);
  every metric code of the catalog is scored, not only the award counts;
- a recognition by scheme, year and organization; a label without a year
  (the document does not say) takes any year;
- organizations as the labeled-set scorer matches them: the label's name,
  folded, must be a name or alias the warehouse recorded for the extracted
  organization. Real labels write full names with the short name in brackets
  ("Hemşirelik ... Derneği (HEPDAK)"), so the full name, the name without the
  brackets and the bracketed short name are each tried.
Facts flagged low_confidence are left out, as the marts leave them out.
Extracted facts are counted once per distinct (organization, code, value) or
(organization, scheme, stars, year, level): a fact repeated on several pages
is one fact, as the labels count it.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from exbench.evaluation.score import Tally, org_index
from exbench.warehouse.resolve import match_key

LABELS = "labels.json"
KINDS = ("metrics", "metric_values", "recognitions")
_BRACKETED = re.compile(r"^(.*?)\s*\(([^()]+)\)\s*$")


@dataclass
class Fact:
    """One labeled or extracted fact: what is compared, and where it was seen."""

    key: tuple
    organization: str | None
    page: int | None
    quote: str


@dataclass
class RealScore:
    """Tallies by kind ('metrics', 'metric_values', 'recognitions') and language ('all' too), and each document's state."""

    tallies: dict[str, dict[str, Tally]]
    documents: dict[str, str] = field(default_factory=dict)  # doc -> ok, quarantined (reason) or missing


def load_real_labels(folder: Path) -> dict[str, dict]:
    """The labels of `folder`/labels.json by document (file stem)."""
    return {label["doc"]: label for label in json.loads((folder / LABELS).read_text(encoding="utf-8"))}


def find_real_docs(project: Path) -> Path | None:
    """The first `shared/real-docs` with a labels.json beside the project or above it (worktrees sit deeper)."""
    for folder in project.resolve().parents:
        candidate = folder / "shared" / "real-docs"
        if (candidate / LABELS).is_file():
            return candidate
    return None


def name_keys(name: str) -> list[str]:
    """The folded names a labeled organization may be recorded under: full, without brackets, the bracketed short name."""
    names = [name]
    bracketed = _BRACKETED.match(name)
    if bracketed:
        names += [bracketed.group(1), bracketed.group(2)]
    return [match_key(n) for n in names if n.strip()]


def organization_ids(name: str | None, index: dict[str, str]) -> set[str] | None:
    """The warehouse organizations a labeled name stands for; None when the label names none (any will do)."""
    if not name:
        return None
    return {index[key] for key in name_keys(name) if key in index}


def _extracted(con: duckdb.DuckDBPyConnection, document: str | None) -> tuple[list[Fact], list[Fact]]:
    """The trusted metrics and recognitions one document says, each distinct fact once (first page kept).

    A fact two documents both say is kept once in the core, quoting the first;
    `core.fact_sources` holds every saying, so each document is credited with its own.
    """
    metrics: dict[tuple, Fact] = {}
    for org, name, code, value, page, evidence in con.execute(
        "select m.organization_id, o.canonical_name, m.metric_code, m.value, s.page, s.evidence "
        "from core.reported_metrics m left join core.organizations o using (organization_id) "
        "join core.fact_sources s on s.fact_table = 'reported_metrics' and s.fact_id = m.fact_id "
        "where s.document_id = ? and not m.low_confidence order by s.page, m.metric_id",
        [document],
    ).fetchall():
        metrics.setdefault(
            (org, code, float(value)), Fact((code, float(value)), org, page, f"{name or 'no organization'}: {evidence}")
        )
    recognitions: dict[tuple, Fact] = {}
    for org, name, scheme, level, stars, year, page, evidence in con.execute(
        "select r.organization_id, o.canonical_name, r.scheme, r.level, r.stars, r.year, s.page, s.evidence "
        "from core.recognitions r left join core.organizations o using (organization_id) "
        "join core.fact_sources s on s.fact_table = 'recognitions' and s.fact_id = r.fact_id "
        "where s.document_id = ? and not r.low_confidence order by s.page, r.recognition_id",
        [document],
    ).fetchall():
        recognitions.setdefault(
            (org, scheme, stars, year, level),
            Fact((scheme, year), org, page, f"{name or 'no organization'}: {level} ({evidence})"),
        )
    return list(metrics.values()), list(recognitions.values())


def _labeled(label: dict) -> tuple[list[Fact], list[Fact]]:
    metrics = [
        Fact((m["metric_code"], float(m["value"])), m.get("organization"), m.get("page"), m.get("quote", ""))
        for m in label.get("metrics", [])
    ]
    recognitions = [
        Fact((r["scheme"], r.get("year")), r.get("organization"), r.get("page"), r.get("quote", ""))
        for r in label.get("recognitions", [])
    ]
    return metrics, recognitions


def _same(want: Fact, got: Fact, index: dict[str, str], with_organization: bool) -> bool:
    if want.key[0] != got.key[0] or (want.key[1] is not None and want.key[1] != got.key[1]):
        return False  # a recognition labeled without a year (key[1] None) takes any year
    allowed = organization_ids(want.organization, index) if with_organization else None
    return allowed is None or got.organization in allowed


def match(
    labeled: list[Fact], extracted: list[Fact], index: dict[str, str], with_organization: bool = True
) -> tuple[int, list[Fact], list[Fact]]:
    """Pair each labeled fact with one extracted fact; returns (pairs, labeled facts missed, extracted facts unpaired)."""
    unpaired = list(extracted)
    missed = []
    for want in sorted(labeled, key=lambda fact: None in fact.key):  # labels with a year pick first
        got = next((g for g in unpaired if _same(want, g, index, with_organization)), None)
        if got is None:
            missed.append(want)
        else:
            unpaired.remove(got)
    return len(labeled) - len(missed), missed, unpaired


def _describe(doc: str, fact: Fact, what: str) -> str:
    page = f"p{fact.page}" if fact.page is not None else "p?"
    detail = " ".join(f"{part:g}" if isinstance(part, float) else str(part) for part in fact.key if part is not None)
    quote = " ".join(fact.quote.split())
    if what == "missed":
        return f"{doc} {page} missed {detail} ({fact.organization or 'any organization'}): {quote[:120]}"
    return f"{doc} {page} false positive {detail} ({quote[:160]})"


def _tally(
    tallies: dict[str, dict[str, Tally]], kind: str, language: str, doc: str, pairs: int, missed: list[Fact], unpaired: list[Fact]
) -> None:
    for scope in (language, "all"):
        tally = tallies[kind][scope]
        tally.tp += pairs
        tally.fn += len(missed)
        tally.fp += len(unpaired)
        tally.misses += [_describe(doc, fact, "missed") for fact in missed]
        tally.misses += [_describe(doc, fact, "extra") for fact in unpaired]


def _documents(con: duckdb.DuckDBPyConnection) -> tuple[dict[str, str], dict[str, str]]:
    """Document id and state by file stem."""
    ids, states = {}, {}
    for path, document, status, reason in con.execute(
        "select source_path, document_id, status, error_reason from core.documents"
    ).fetchall():
        stem = Path(path).stem
        ids[stem] = document
        states[stem] = status if status == "ok" else f"{status} ({reason})"
    return ids, states


def score_real_docs(warehouse: Path, labels: dict[str, dict]) -> RealScore:
    """Precision and recall of metrics and recognitions on the real documents, per language.

    'metric_values' matches metrics by code and value alone: the gap to
    'metrics' is the facts read right but given to the wrong organization.
    """
    tallies: dict[str, dict[str, Tally]] = defaultdict(lambda: defaultdict(Tally))
    with duckdb.connect(str(warehouse), read_only=True) as con:
        index = org_index(con)
        ids, states = _documents(con)
        documents = {}
        for doc, label in labels.items():
            documents[doc] = states.get(doc, "missing")
            want_metrics, want_recognitions = _labeled(label)
            got_metrics, got_recognitions = _extracted(con, ids.get(doc))
            language = label["language"]
            _tally(tallies, "metrics", language, doc, *match(want_metrics, got_metrics, index))
            _tally(tallies, "metric_values", language, doc, *match(want_metrics, got_metrics, index, with_organization=False))
            _tally(tallies, "recognitions", language, doc, *match(want_recognitions, got_recognitions, index))
    return RealScore(tallies, documents)
