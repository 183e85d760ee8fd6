"""The four sections of the report: a chart and a table each, every number linked to its evidence."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import unescape as html_unescape
from itertools import groupby

from exbench.report import charts
from exbench.report.data import ReportData
from exbench.report.evidence_entries import EvidenceIndex, anchor_id
from exbench.report.html import DASH, linked, name, number, number_link, table, text

FINDING_TYPES = ("strength", "improvement_area", "best_practice", "improvement_project")
FINDING_TITLES = ("Strengths", "Areas for improvement", "Best practices", "Improvement projects")


@dataclass(frozen=True)
class Section:
    """One part of the page; `svg` is None when there was nothing to chart, `rows` 0 when nothing to show."""

    id: str
    title: str
    intro: str
    svg: str | None
    table: str
    rows: int
    empty: str


def _plain(value: object) -> str:
    """A number for a hover title (plain text: the SVG escapes it)."""
    return html_unescape(number(value))


def _chart(build: Callable[[list[dict[str, object]]], object], rows: list[dict[str, object]]) -> str | None:
    return charts.to_svg(build(rows)) if rows else None


def stars_section(ratings: Sequence[dict[str, object]], index: EvidenceIndex) -> Section:
    """Stars per organization, scheme and cycle: reported by the awarding body or computed from points."""
    chart_rows, table_rows = [], []
    for r in ratings:
        who = f"{name(r['organization'])}, {text(r['scheme'])} {text(r['cycle_year'])}"
        stars_href = index.cite(
            ("stars", r["organization_id"], r["scheme"], r["cycle_year"]), f"Stars of {who}", r["star_citations"]
        )
        points = (
            DASH
            if r["points"] is None
            else number_link(
                r["points"],
                index.cite(
                    ("points", r["organization_id"], r["scheme"], r["cycle_year"]), f"Points of {who}", r["point_citations"]
                ),
            )
        )
        basis_word = "reported" if r["basis"] == "reported" else "computed from points"
        if r["stars"] is not None:
            rating = f"{r['organization']} ({r['scheme']} {r['cycle_year'] or ''})".replace(" )", ")")
            label = (
                f"{r['organization']}: {r['stars']} stars ({r['scheme']} {r['cycle_year'] or 'cycle not stated'}, {basis_word})"
            )
            chart_rows.append({"rating": rating, "stars": r["stars"], "scheme": r["scheme"], "href": stars_href, "label": label})
        basis = "reported" if r["basis"] == "reported" else "computed from points"
        if r["disagrees"]:
            basis += " (reported and computed stars differ)"
        table_rows.append(
            [
                name(r["organization"]),
                text(r["scheme"]),
                text(r["cycle_year"]),
                number_link(r["stars"], stars_href),
                linked(text(r["level"] or r["level_code"]), stars_href),
                points,
                text(basis),
            ]
        )
    return Section(
        "stars",
        "Stars per organization",
        "The level each awarding body reported, else the level the total score falls in (ref.star_bands). "
        "Levels without stars (such as a statue) appear in the table only.",
        _chart(charts.stars_chart, chart_rows),
        table(["Organization", "Scheme", "Cycle", "Stars", "Level", "Points", "Basis"], [(None, table_rows)], {3, 5}),
        len(table_rows),
        "No star ratings in this warehouse: no awarding body reported a level and no total score was read.",
    )


def indicators_section(indicators: Sequence[dict[str, object]], index: EvidenceIndex) -> Section:
    """Indicator values across organizations, against the median of each peer group."""
    chart_rows, bodies = [], []
    by_group = lambda r: (r["indicator_code"], r["cycle_year"], r["peer_group"])  # noqa: E731
    for (code, cycle, group), members in groupby(indicators, key=by_group):
        members = list(members)
        group_id = anchor_id("peers", code, cycle, group)
        rows = []
        for r in members:
            href = index.cite(
                ("indicator", r["organization_id"], code, cycle),
                f"{text(code)} of {name(r['organization'])}, {text(cycle)}",
                r["citations"],
                r["quotes"],
                note=f"Computed as {r['formula']} ({r['unit']}, {r['direction'].replace('_', ' ')}).",
            )
            chart_rows.append(
                {
                    "indicator": f"{code} ({r['unit']})",
                    "organization": r["organization"],
                    "peer_group": group,
                    "value": r["value"],
                    "kind": "value",
                    "href": href,
                    "label": f"{r['organization']}: {code} {_plain(r['value'])} {r['unit']} in {cycle} (peer group {group})",
                }
            )
            ranked = f"{r['rank']} of {r['peer_n']}" if r["rank"] is not None else f"{DASH} ({r['peer_n']} in group)"
            rows.append(
                [
                    text(code),
                    name(r["organization"]),
                    text(cycle),
                    number_link(r["value"], href),
                    text(group),
                    linked(text(ranked), f"#{group_id}", "the peer group"),
                    linked(number(r["peer_median"]), f"#{group_id}", "the peer group") if r["peer_median"] is not None else DASH,
                ]
            )
        median = members[0]["peer_median"]
        if median is not None:
            chart_rows.append(
                {
                    "indicator": f"{code} ({members[0]['unit']})",
                    "organization": "",
                    "peer_group": group,
                    "value": median,
                    "kind": "peer median",
                    "href": f"#{group_id}",
                    "label": f"Median of peer group {group}: {code} {_plain(median)} {members[0]['unit']} in {cycle}",
                }
            )
        bodies.append((group_id, rows))
    return Section(
        "indicators",
        "Indicators and peer medians",
        "Each point is one organization's value; a tick is the median of its peer group (country and organization type), "
        "shown when the group has at least 3 organizations. A peer median links to the group's rows, whose values link to their evidence.",
        _chart(charts.indicators_chart, chart_rows),
        table(["Indicator", "Organization", "Cycle", "Value", "Peer group", "Rank", "Peer median"], bodies, {3, 5, 6}),
        len(indicators),
        "No benchmark indicators in this warehouse: no organization reported the figures they are computed from.",
    )


def findings_section(findings: Sequence[dict[str, object]], index: EvidenceIndex) -> Section:
    """Strengths, areas for improvement, best practices and projects per shared theme."""
    chart_rows, bodies = [], []
    for theme, members in groupby(findings, key=lambda r: r["theme"]):
        rows = []
        for (org_id, org), cells in groupby(members, key=lambda r: (r["organization_id"], r["organization"])):
            counts = {r["finding_type"]: r for r in cells}
            row = [text(theme), name(org)]
            for finding_type in FINDING_TYPES:
                r = counts.get(finding_type)
                if r is None:
                    row.append(DASH)
                    continue
                href = index.cite(
                    ("findings", org_id, theme, finding_type),
                    f"{text(finding_type.replace('_', ' ').capitalize())} findings of {name(org)} on {text(theme)}",
                    r["citations"],
                    r["findings"],
                )
                kind = finding_type.replace("_", " ")
                chart_rows.append(
                    {
                        "theme": theme,
                        "finding_type": finding_type,
                        "organization": org,
                        "findings": r["findings"],
                        "href": href,
                        "label": f"{org}: {r['findings']} {kind} findings on {theme}",
                    }
                )
                row.append(number_link(r["findings"], href))
            rows.append(row)
        bodies.append((anchor_id("theme", theme), rows))
    return Section(
        "findings",
        "Findings by theme",
        "Assessors' findings mapped to the shared themes, so frameworks compare. Each segment of a bar is one organization.",
        _chart(charts.findings_chart, chart_rows),
        table(["Theme", "Organization", *FINDING_TITLES], bodies, {2, 3, 4, 5}),
        sum(len(rows) for _id, rows in bodies),
        "No findings in this warehouse: no assessment feedback report was read.",
    )


def timeline_section(recognitions: Sequence[dict[str, object]], index: EvidenceIndex) -> Section:
    """Awards, labels and certificates received, in time."""
    chart_rows, rows = [], []
    for r in recognitions:
        href = index.cite(
            ("recognition", r["recognition_id"]),
            f"Recognition of {name(r['organization'])} ({text(r['scheme'])}): {name(r['level'] or r['scheme'])}",
            r["citations"],
        )
        if r["year"] is not None:
            chart_rows.append(
                {
                    "date": r["awarded_on"] or f"{r['year']}-07-01",
                    "organization": r["organization"],
                    "scheme": r["scheme"],
                    "href": href,
                    "label": f"{r['organization']}: {r['level'] or r['scheme']} ({r['scheme']}), {r['awarded_on'] or r['year']}",
                }
            )
        rows.append(
            [
                number_link(r["year"], href, grouped=False) if r["year"] is not None else "not stated",
                text(r["awarded_on"]),
                name(r["organization"]),
                text(r["scheme"]),
                linked(name(r["level"] or r["scheme"]), href),
                number_link(r["stars"], href),
            ]
        )
    return Section(
        "timeline",
        "Timeline of recognitions",
        "Recognitions received, placed on the date of award, or mid-year when only the year is known. "
        "Undated ones (such as a certificate whose year the document does not state) are in the table only.",
        _chart(charts.timeline_chart, chart_rows),
        table(["Year", "Date", "Organization", "Scheme", "Level", "Stars"], [(None, rows)], {0, 5}),
        len(rows),
        "No recognitions in this warehouse.",
    )


def build_sections(data: ReportData, index: EvidenceIndex) -> list[Section]:
    """All four sections of a ReportData, in page order."""
    return [
        stars_section(data.star_ratings, index),
        indicators_section(data.indicators, index),
        findings_section(data.findings, index),
        timeline_section(data.recognitions, index),
    ]
