"""The tables of a pack, named (organization names, sources) or blind (codes only, texts masked).

benchmark: one row per organization with only the indicators the cycle has,
in plain words, rounded as the catalog says; indicators: the same values long
and at full precision with peer statistics, for analysts; findings and
metrics: what the documents say, with the quoted words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from exbench.export.columns import Column, columns, indicator_columns, indicator_values
from exbench.export.mask import Masker
from exbench.export.rows import PackRows


@dataclass(frozen=True)
class Table:
    """One file of a pack: its name, columns, rows and what it is for; `plain` headings are words, else codes."""

    file: str
    columns: list[Column]
    rows: list[list[object]]
    about: str
    plain: bool = True

    @property
    def header(self) -> list[str]:
        """The heading row as written."""
        return [c.label if self.plain else c.code for c in self.columns]

    @property
    def stem(self) -> str:
        """The file name without .csv: the workbook's and its sheet's name."""
        return self.file.removesuffix(".csv")


ABOUT = {
    "benchmark.csv": "one row per organization: stars, points, recognitions and each indicator this cycle has, rounded for reading",
    "indicators.csv": "one row per organization and indicator, at full precision, with peer statistics: for analysts and scripts",
    "findings.csv": "the assessors' findings (strengths, areas for improvement) with the words they were read from",
    "metrics.csv": "the figures the documents report, with the words they were read from",
}
_BENCH_FIXED = ("country", "org_type", "stars", "star_basis", "points", "level", "recognitions_received", "peer_group")
_INDICATOR_LONG = ("peer_group", "indicator_code", "indicator", "unit", "direction", "value", "rank", "peer_n", "percentile")


def _bench(data: PackRows, who: str, name: Callable[[tuple], object], words: Callable[[str | None], str | None]) -> Table:
    indicator_cols = [c for i in data.indicators for c in indicator_columns(i)]
    rows = []
    for oid, org, country, org_type, stars, basis, points, level, recognitions, peer_group, by_code in data.bench:
        values = [v for i in data.indicators for v in indicator_values(i, (by_code or {}).get(i.code))]
        rows.append([name((oid, org)), country, org_type, stars, basis, points, level, words(recognitions), peer_group, *values])
    return Table("benchmark.csv", [*columns(who, *_BENCH_FIXED), *indicator_cols], rows, ABOUT["benchmark.csv"])


def _indicators(data: PackRows, who: tuple[str, ...], name: Callable[[tuple], list[object]]) -> Table:
    labels = {i.code: i.label for i in data.indicators}
    rows = [
        [
            *name((oid, org)),
            country,
            org_type,
            data.scheme,
            data.cycle,
            peer,
            code,
            labels.get(code),
            unit,
            way,
            value,
            rank,
            n,
            pct,
            median,
        ]
        for oid, org, country, org_type, peer, code, unit, way, value, rank, n, pct, median in data.indicator_rows
    ]
    cols = columns(*who, "country", "org_type", "scheme", "cycle_year", *_INDICATOR_LONG, "peer_median")
    return Table("indicators.csv", cols, rows, ABOUT["indicators.csv"], plain=False)


def named_tables(data: PackRows) -> list[Table]:
    """benchmark, indicators, findings and metrics with organization names (and ids for analysts) and source paths."""
    bench = _bench(data, "organization", lambda o: o[1], lambda text: text)
    indicators = _indicators(data, ("organization_id", "organization"), lambda o: [o[0], o[1]])
    findings = Table(
        "findings.csv",
        columns(
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
            "organization_basis",
        ),
        [list(r[1:]) for r in data.findings],
        ABOUT["findings.csv"],
    )
    metrics = Table(
        "metrics.csv",
        columns(
            "organization", "period_year", "metric_code", "value", "unit", "document", "page", "evidence", "organization_basis"
        ),
        [list(r[1:]) for r in data.metrics],
        ABOUT["metrics.csv"],
    )
    return [bench, indicators, findings, metrics]


def _by_code(rows: list[list[object]]) -> list[list[object]]:
    # rows come ordered by organization name: ordered by code instead, so the order tells nothing
    return [row for _, _, row in sorted((row[0], index, row) for index, row in enumerate(rows))]


def blind_tables(data: PackRows, codes: dict[str, str], masker: Masker) -> list[Table]:
    """benchmark, indicators, findings and metrics with codes for organizations, texts masked, no source paths."""
    masker.learn(
        [r[8] for r in data.bench] + [r[7] for r in data.findings] + [r[11] for r in data.findings] + [r[8] for r in data.metrics]
    )
    words: Callable[[str | None], str | None] = masker.text
    bench = _bench(data, "organization_code", lambda o: codes[o[0]], words)
    bench = Table(bench.file, bench.columns, _by_code(bench.rows), bench.about)
    indicators = _indicators(data, ("organization_code",), lambda o: [codes[o[0]]])
    indicators = Table(indicators.file, indicators.columns, _by_code(indicators.rows), indicators.about, plain=False)
    findings = Table(
        "findings.csv",
        columns(
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
            "organization_basis",
        ),
        _by_code([[codes[r[0]], *r[2:7], words(r[7]), r[8], r[10], words(r[11]), r[12]] for r in data.findings]),
        ABOUT["findings.csv"],
    )
    metrics = Table(
        "metrics.csv",
        columns("organization_code", "period_year", "metric_code", "value", "unit", "page", "evidence", "organization_basis"),
        _by_code([[codes[r[0]], r[2], r[3], r[4], r[5], r[7], words(r[8]), r[9]] for r in data.metrics]),
        ABOUT["metrics.csv"],
    )
    return [bench, indicators, findings, metrics]
