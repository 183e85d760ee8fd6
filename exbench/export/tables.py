"""The three CSV tables of a pack, named (organization id and name) or blind (code only, texts masked)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from exbench.export.mask import Masker
from exbench.export.rows import PackRows

INDICATOR_FIELDS = ("value", "rank", "percentile", "peer_median", "peer_n")


@dataclass(frozen=True)
class Table:
    """One CSV file: its name, header and rows."""

    file: str
    header: list[str]
    rows: list[list[object]]


def _indicator_header(codes: list[str]) -> list[str]:
    return [f"{code}_{f}" if f != "value" else code for code in codes for f in INDICATOR_FIELDS]


def _indicators(codes: list[str], by_code: dict | None) -> list[object]:
    values = []
    for code in codes:
        found = (by_code or {}).get(code)
        values += [found[f] if found else None for f in INDICATOR_FIELDS]
    return values


def named_tables(data: PackRows) -> list[Table]:
    """benchmark, findings and metrics with organization ids, names and source paths."""
    scheme, cycle, codes = data.scheme, data.cycle, data.indicator_codes
    bench = Table(
        "benchmark.csv",
        [
            "organization_id",
            "organization",
            "country",
            "org_type",
            "scheme",
            "cycle_year",
            "stars",
            "star_basis",
            "points",
            "level_code",
            "recognitions",
            "peer_group",
            *_indicator_header(codes),
        ],
        [
            [
                oid,
                name,
                country,
                org_type,
                scheme,
                cycle,
                stars,
                basis,
                points,
                level,
                recognitions,
                peer_group,
                *_indicators(codes, by_code),
            ]
            for oid, name, country, org_type, stars, basis, points, level, recognitions, peer_group, by_code in data.bench
        ],
    )
    findings = Table(
        "findings.csv",
        [
            "organization_id",
            "organization",
            "cycle_year",
            "finding_type",
            "framework",
            "criterion_code",
            "theme",
            "text",
            "language",
            "document",
            "page",
            "evidence",
        ],
        [list(r) for r in data.findings],
    )
    metrics = Table(
        "metrics.csv",
        ["organization_id", "organization", "period_year", "metric_code", "value", "unit", "document", "page", "evidence"],
        [list(r) for r in data.metrics],
    )
    return [bench, findings, metrics]


def _by_code(rows: list[list[object]]) -> list[list[object]]:
    # rows come ordered by organization name: ordered by code instead, so the order tells nothing
    return [row for _, _, row in sorted((row[0], index, row) for index, row in enumerate(rows))]


def blind_tables(data: PackRows, codes: dict[str, str], masker: Masker) -> list[Table]:
    """benchmark, findings and metrics with codes for organizations, texts masked, no source paths."""
    masker.learn(
        [r[8] for r in data.bench] + [r[7] for r in data.findings] + [r[11] for r in data.findings] + [r[8] for r in data.metrics]
    )
    words: Callable[[str | None], str | None] = masker.text
    scheme, cycle, indicator_codes = data.scheme, data.cycle, data.indicator_codes
    bench = Table(
        "benchmark.csv",
        [
            "organization_code",
            "country",
            "org_type",
            "scheme",
            "cycle_year",
            "stars",
            "star_basis",
            "points",
            "level_code",
            "recognitions",
            "peer_group",
            *_indicator_header(indicator_codes),
        ],
        _by_code(
            [
                [
                    codes[oid],
                    country,
                    org_type,
                    scheme,
                    cycle,
                    stars,
                    basis,
                    points,
                    level,
                    words(recognitions),
                    peer_group,
                    *_indicators(indicator_codes, by_code),
                ]
                for oid, _, country, org_type, stars, basis, points, level, recognitions, peer_group, by_code in data.bench
            ]
        ),
    )
    findings = Table(
        "findings.csv",
        [
            "organization_code",
            "cycle_year",
            "finding_type",
            "framework",
            "criterion_code",
            "theme",
            "text",
            "language",
            "page",
            "evidence",
        ],
        _by_code([[codes[r[0]], *r[2:7], words(r[7]), r[8], r[10], words(r[11])] for r in data.findings]),
    )
    metrics = Table(
        "metrics.csv",
        ["organization_code", "period_year", "metric_code", "value", "unit", "page", "evidence"],
        _by_code([[codes[r[0]], r[2], r[3], r[4], r[5], r[7], words(r[8])] for r in data.metrics]),
    )
    return [bench, findings, metrics]
