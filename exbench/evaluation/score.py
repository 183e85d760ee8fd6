"""Score a built warehouse against hand-made labels: precision and recall per fact kind and language.

Labels name organizations as a person would; they are matched to warehouse
organizations through the aliases the pipeline recorded, folded the same way
entity resolution folds them.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
from rapidfuzz import fuzz

from exbench.extraction.lexicons import fold
from exbench.warehouse.resolve import match_key

METRIC_CODES = {
    "strengths",
    "improvement_areas",
    "best_practices",
    "improvement_projects",
    "organizations_assessed",
    "assessors",
    "assessors_internal",
    "assessors_external",
    "assessment_hours",
    "assessment_hours_internal",
    "assessment_hours_external",
}


@dataclass
class Tally:
    """True positives, false positives and false negatives, with examples of each miss."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def load_labels(folder: Path) -> dict[str, dict]:
    """Labels by document id."""
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))}


def org_index(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """Organization id by every folded name and alias the warehouse recorded.

    A name two organizations share (a short form such as "Akdere" kept as an
    alias of a municipality and of its union) goes to the one whose own name it
    is, else to the lowest id: the same answer on every run, whatever order the
    database returns rows in.
    """
    rows = con.execute(
        "select organization_id, canonical_name, 0 as rank from core.organizations"
        " union all select organization_id, alias, 1 from core.organization_aliases"
        " order by rank, organization_id"
    ).fetchall()
    index: dict[str, str] = {}
    for org, name, _rank in rows:
        index.setdefault(match_key(name), org)
    return index


def _compare(tally: Tally, expected: set, predicted: set, doc: str) -> None:
    tally.tp += len(expected & predicted)
    tally.fp += len(predicted - expected)
    tally.fn += len(expected - predicted)
    tally.misses += [f"{doc} missed {item}" for item in sorted(expected - predicted, key=str)]
    tally.misses += [f"{doc} wrongly {item}" for item in sorted(predicted - expected, key=str)]


def _count_parts(tally: Tally, expected: Counter, predicted: Counter) -> None:
    """A diagnostic tally on part of a fact's key: counts only, the misses are listed by the full comparison."""
    tally.tp += sum((expected & predicted).values())
    tally.fp += sum((predicted - expected).values())
    tally.fn += sum((expected - predicted).values())


def _finding_key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", fold(text)).split())


def _score_reports(
    con: duckdb.DuckDBPyConnection, labels: dict[str, dict], by_doc: dict[str, str], tallies: dict[str, dict[str, Tally]]
) -> None:
    """Findings (criterion, type, text), exact counts per criterion, scores, computed stars and the cycle year."""
    for doc_id, label in labels.items():
        if "findings" not in label:
            continue
        document = by_doc.get(doc_id)
        language = label["language"]
        predicted = con.execute(
            "select criterion_code, finding_type, text from core.findings where document_id = ?", [document]
        ).fetchall()
        expected = [(f["criterion"], f["finding_type"], f["text"]) for f in label["findings"]]
        unmatched = list(predicted)
        for criterion, kind, text in expected:
            hit = next(
                (
                    p
                    for p in unmatched
                    if p[0] == criterion and p[1] == kind and fuzz.ratio(_finding_key(p[2]), _finding_key(text)) >= 90
                ),
                None,
            )
            for scope in (language, "all"):
                if hit:
                    tallies["findings"][scope].tp += 1
                else:
                    tallies["findings"][scope].fn += 1
                    tallies["findings"][scope].misses.append(
                        f"{doc_id} missed {criterion}/{kind}: {text[:60]}"
                    ) if scope == "all" else None
            if hit:
                unmatched.remove(hit)
        for p in unmatched:
            for scope in (language, "all"):
                tallies["findings"][scope].fp += 1
            tallies["findings"]["all"].misses.append(f"{doc_id} extra {p[0]}/{p[1]}: {p[2][:60]}")
        groups = {(c, k) for c, k, _ in expected} | {(c, k) for c, k, _ in predicted}
        for group in groups:
            right = sum(1 for e in expected if e[:2] == group) == sum(1 for p in predicted if p[:2] == group)
            for scope in (language, "all"):
                tallies["criterion_counts"][scope].tp += right
                tallies["criterion_counts"][scope].fn += not right
        want = {(s["criterion"], float(s["points"])) for s in label.get("scores", [])}
        got = {
            (c, float(p))
            for c, p in con.execute(
                "select c.criterion_code, c.points from core.scores c join core.fact_sources s"
                " on s.fact_table = 'scores' and s.fact_id = c.fact_id where s.document_id = ?",
                [document],
            ).fetchall()
        }
        for scope in (language, "all"):
            _compare(tallies["scores"][scope], want, got, doc_id) if scope == "all" else _count(
                tallies["scores"][scope], want, got
            )
        star = label.get("star_rating")
        if star:
            rows = con.execute(
                "select s.scheme, s.stars from mart.star_ratings s where s.organization_id in ("
                "select organization_id from core.findings where document_id = ? "
                "union select organization_id from core.scores where document_id = ?)",
                [document, document],
            ).fetchall()
            right = (star["scheme"], star["stars"]) in rows
            for scope in (language, "all"):
                tallies["star_ratings"][scope].tp += right
                tallies["star_ratings"][scope].fn += not right
        if label.get("cycle_year"):
            row = con.execute("select cycle_year from core.documents where document_id = ?", [document]).fetchone()
            got = {row[0]} if row and row[0] is not None else set()
            for scope in (language, "all"):
                _count(tallies["cycle_years"][scope], {label["cycle_year"]}, got)


def _count(tally: Tally, expected: set, predicted: set) -> None:
    tally.tp += len(expected & predicted)
    tally.fp += len(predicted - expected)
    tally.fn += len(expected - predicted)


def score_warehouse(warehouse: Path, labels: dict[str, dict]) -> dict[str, dict[str, Tally]]:
    """Tallies by fact kind ('metrics', 'recognitions') and language ('all' too).

    'metrics' scores the rows the warehouse trusts: a row flagged
    low_confidence (OCR unsure of its number) is left out, as the marts leave
    it out, so a right value flagged counts as missed. A metric or recognition
    whose organization was not found (organization_id NULL, basis not_found)
    asserts nothing about any organization and stays out of every mart: it is
    not scored (a label always names its organization, so it could only count
    as wrong: an honest NULL would score as badly as a wrong owner). Two
    diagnostic tallies say where recognitions are lost: 'recog_any_owner'
    matches scheme, stars and year whatever the organization (unowned rows
    included), 'recog_any_year' organization, scheme and stars whatever the
    year, 'recog_any_award' organization and year whatever the scheme and stars. 'metric_flags' rates the
    flag itself, on the metrics whose page was read by OCR (the flag says OCR was unsure of the number; a
    wrong metric read from a text layer is no misreading and counts in 'metrics'): a true positive is a wrong
    metric that was flagged, a false positive a right one flagged for nothing, a false negative a wrong one
    left unflagged. 'cycle_years' compares a report's cycle year (core.documents) with its label's; the
    evaluation's manifest gives none, so it is the one the text says.
    """
    tallies: dict[str, dict[str, Tally]] = defaultdict(lambda: defaultdict(Tally))
    with duckdb.connect(str(warehouse), read_only=True) as con:
        orgs = org_index(con)
        by_doc = dict(
            con.execute("select regexp_replace(source_path, '\\.[a-z]+$', ''), document_id from core.documents").fetchall()
        )
        metrics = defaultdict(set)
        flagged = defaultdict(set)
        ocr_read = defaultdict(set)
        for doc, org, code, value, unsure, ocr in con.execute(
            "select s.document_id, m.organization_id, m.metric_code, m.value, m.low_confidence,"
            " coalesce(p.engine = 'tesseract', false) from core.reported_metrics m"
            " join core.fact_sources s on s.fact_table = 'reported_metrics' and s.fact_id = m.fact_id"
            " left join core.pages p on p.document_id = s.document_id and p.page_number = m.page"
            " where m.organization_id is not null"
        ).fetchall():
            if code in METRIC_CODES:  # a flagged row is not asserted: it is scored by the flag, not as a fact
                (flagged if unsure else metrics)[doc].add((org, code, float(value)))
                if ocr:
                    ocr_read[doc].add((org, code, float(value)))
        recognitions, recognitions_any_owner = defaultdict(set), defaultdict(set)
        for doc, org, scheme, stars, year in con.execute(
            "select s.document_id, r.organization_id, r.scheme, r.stars, r.year from core.recognitions r"
            " join core.fact_sources s on s.fact_table = 'recognitions' and s.fact_id = r.fact_id"
        ).fetchall():
            recognitions_any_owner[doc].add((org, scheme, stars, year))
            if org is not None:
                recognitions[doc].add((org, scheme, stars, year))
    for doc_id, label in labels.items():
        document = by_doc.get(doc_id)
        org_of = lambda name: orgs.get(match_key(name), f"unknown:{name}")  # noqa: E731
        expected_metrics = {(org_of(m["organization"]), m["metric_code"], float(m["value"])) for m in label["metrics"]}
        expected_recognitions = {(org_of(r["organization"]), r["scheme"], r["stars"], r["year"]) for r in label["recognitions"]}
        for language in (label["language"], "all"):
            _compare(tallies["metrics"][language], expected_metrics, metrics.get(document, set()), doc_id)
            _compare(tallies["recognitions"][language], expected_recognitions, recognitions.get(document, set()), doc_id)
            read = ocr_read.get(document, set())
            _compare(tallies["metric_flags"][language], read - expected_metrics, flagged.get(document, set()) & read, doc_id)
            _count_parts(
                tallies["recog_any_owner"][language],
                Counter(key[1:] for key in expected_recognitions),
                Counter(key[1:] for key in recognitions_any_owner.get(document, set())),
            )
            _count_parts(
                tallies["recog_any_award"][language],
                Counter((key[0], key[3]) for key in expected_recognitions),
                Counter((key[0], key[3]) for key in recognitions.get(document, set())),
            )
            _count_parts(
                tallies["recog_any_year"][language],
                Counter(key[:3] for key in expected_recognitions),
                Counter(key[:3] for key in recognitions.get(document, set())),
            )
    with duckdb.connect(str(warehouse), read_only=True) as con:
        _score_reports(con, labels, by_doc, tallies)
    return tallies


def unextracted(warehouse: Path) -> dict[str, str]:
    """Each labeled file the run quarantined or read only in part, with the reason core.documents gives.

    A document that timed out or ran out of memory on a busy machine scores as
    missed; naming it keeps such a drop from passing for a change in the rules.
    """
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = con.execute(
            "select regexp_replace(source_path, '\\.[a-z]+$', ''), coalesce(error_reason, status) from core.documents"
            " where status = 'quarantined' or error_reason = 'partial' order by 1"
        ).fetchall()
    return dict(rows)
