"""The report's "What changed" section: what this build changed against the previous published one.

A jury that saw the last report must see what moved and why (a new document,
a person's correction, a new extractor) without comparing two pages.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from exbench.report.html import name, table, text
from exbench.report.sections import Section
from exbench.warehouse.sql import sql_text

MAX_ROWS = 500  # changes listed; the section says how many more there are
_CHANGES = {
    "stars_moved": "Stars moved",
    "rank_moved": "Rank moved",
    "fact_added": "Fact added",
    "fact_removed": "Fact removed",
    "fact_changed": "Fact changed",
}


def changes_section(warehouse: Path) -> Section:
    """The section from meta.revisions (empty for a first build, or a warehouse from before revisions)."""
    try:
        with duckdb.connect(str(warehouse), read_only=True) as con:
            cursor = con.execute(sql_text("report/select_revisions.sql"))
            columns = [d[0] for d in cursor.description]
            rows = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
    except duckdb.Error:
        rows = []
    shown = rows[:MAX_ROWS]
    cells = [
        [
            text(_CHANGES.get(r["change"], r["change"])),
            text(r["subject_table"]) + (f" <code>{text(r['subject_id'])}</code>" if r["subject_id"] else ""),
            name(r["organization"]),
            text(" ".join(str(v) for v in (r["scheme"], r["cycle_year"]) if v is not None) or None),
            text(r["field"]),
            name(r["before"]),
            name(r["after"]),
            text(r["reason"]),
        ]
        for r in shown
    ]
    previous = rows[0]["previous_build_id"] if rows else None
    more = f" The first {MAX_ROWS} of {len(rows)} are listed; meta.revisions has all." if len(rows) > MAX_ROWS else ""
    return Section(
        id="changes",
        title="What changed",
        intro=f"Changes against the previous published build {previous}, each with its reason.{more}",
        svg=None,
        table=table(
            ["Change", "What", "Organization", "Scheme and cycle", "Field", "Before", "After", "Reason"], [(None, cells)], set()
        ),
        rows=len(shown),
        empty="Nothing changed against the previous published build (or this is the first build).",
    )
