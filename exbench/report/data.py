"""The report's data: the rows of sql/report/*.sql as dicts, each number with its citations."""

from __future__ import annotations

from dataclasses import dataclass, field

import duckdb

from exbench.warehouse.sql import query_file

# A count of hundreds of findings links to a readable sample of its quotes, not
# to all of them: the page stays small enough to open on any warehouse.
MAX_QUOTES = 20


@dataclass(frozen=True)
class ReportData:
    """Everything the page shows, read in one read-only session."""

    overview: dict[str, object]
    star_ratings: list[dict[str, object]] = field(default_factory=list)
    indicators: list[dict[str, object]] = field(default_factory=list)
    findings: list[dict[str, object]] = field(default_factory=list)
    recognitions: list[dict[str, object]] = field(default_factory=list)
    documents: list[dict[str, object]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """True when there is nothing to chart: no ratings, indicators, findings or recognitions."""
        return not (self.star_ratings or self.indicators or self.findings or self.recognitions)

    @property
    def organizations(self) -> int:
        """Organizations that appear somewhere in the report."""
        sections = (self.star_ratings, self.indicators, self.findings, self.recognitions)
        return len({row["organization_id"] for rows in sections for row in rows if row["organization_id"]})


def _rows(con: duckdb.DuckDBPyConnection, name: str, parameters: dict | None = None) -> list[dict[str, object]]:
    rows = query_file(con, f"report/{name}.sql", parameters)
    # query_file ran on `con`, so its description names the columns of those rows
    columns = [column[0] for column in con.description]
    return [dict(zip(columns, row, strict=False)) for row in rows]


def load_report_data(con: duckdb.DuckDBPyConnection) -> ReportData:
    """Read every section of the report from an open warehouse connection."""
    limit = {"max_quotes": MAX_QUOTES}
    overview = _rows(con, "select_overview")
    return ReportData(
        overview=overview[0] if overview else {},
        star_ratings=_rows(con, "select_star_ratings"),
        indicators=_rows(con, "select_indicators", limit),
        findings=_rows(con, "select_findings_by_theme", limit),
        recognitions=_rows(con, "select_recognitions"),
        documents=_rows(con, "select_documents"),
    )
