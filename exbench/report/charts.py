"""The four charts as Altair specs, drawn to static SVG by vl-convert (no JavaScript in the page).

Every mark carries the href of its evidence, so a bar or point links to the
same quotes as the number in the table beside it, and a description naming the
organization and the value with its unit, which becomes the mark's hover title
(an SVG <title>): a chart reads on its own, without the table.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import altair as alt
import vl_convert

# Latin first, then fonts with Persian glyphs: the browser takes each glyph from
# the first family that has it. Single quotes: the string lands in SVG attributes.
CHART_FONT = "'Noto Sans', 'Noto Sans Arabic', Vazirmatn, 'DejaVu Sans', Tahoma, sans-serif"
# The Vega-Lite that Altair writes specs for, as vl-convert names its bundled versions.
VEGALITE_VERSION = ".".join(alt.SCHEMA_VERSION.lstrip("v").split(".")[:2])
# vl-convert's Vega loader resolves relative hrefs against this fixed base URL;
# the page's links are anchors, so the prefix is taken off again.
VL_CONVERT_BASE_URL = "https://vega.github.io/vega-datasets/"
WIDTH = 620
# strengths green, gaps orange: the reading a jury expects, fixed across reports
FINDING_COLOURS = {
    "strength": "#2e7d32",
    "improvement_area": "#ef6c00",
    "best_practice": "#1565c0",
    "improvement_project": "#6a1b9a",
}


class ChartError(RuntimeError):
    """A chart could not be drawn as a self-contained SVG."""


def _frame(chart: alt.TopLevelMixin) -> alt.TopLevelMixin:
    return (
        chart.configure(font=CHART_FONT, background="white")
        .configure_axis(labelFontSize=11, titleFontSize=11, labelLimit=260)
        .configure_legend(labelFontSize=11, titleFontSize=11, labelLimit=220)
        .configure_view(stroke=None)
    )


# a linked mark as vl-convert writes it: the link, then the mark with its description as aria-label
_LINKED_MARK = re.compile(r'(<a xlink:href="[^"]*">)(<(?:path|rect|line|text)\b[^>]*?\baria-label="([^"]*)")')


def _hover_titles(svg: str) -> str:
    """Give each linked mark its description as a <title>, which browsers show on hover (the aria-label, which
    screen readers read, stays)."""
    return _LINKED_MARK.sub(lambda m: f"{m.group(1)}<title>{m.group(3)}</title>{m.group(2)}", svg)


def to_svg(chart: alt.TopLevelMixin) -> str:
    """The chart as an inline SVG whose links stay inside the page and whose marks have hover titles."""
    svg = vl_convert.vegalite_to_svg(chart.to_dict(), vl_version=VEGALITE_VERSION, allowed_base_urls=[])
    svg = _hover_titles(svg.replace(f'xlink:href="{VL_CONVERT_BASE_URL}#', 'xlink:href="#'))
    outside = [href for href in re.findall(r'href="([^"]*)"', svg) if not href.startswith("#")]
    if outside:
        raise ChartError(f"a chart link leaves the page: {outside[0]}")
    return svg


def stars_chart(rows: Sequence[dict[str, object]]) -> alt.TopLevelMixin:
    """Stars per organization: one bar per rating (organization, scheme and cycle), coloured by scheme.

    Rows: rating (the bar's label), stars, scheme, href, label (the hover title); in the order to draw them.
    """
    base = alt.Chart(alt.Data(values=list(rows))).encode(
        y=alt.Y("rating:N", title="Organization (scheme, cycle)", sort=None),
        x=alt.X(
            "stars:Q",
            title="Star level (stars, 1 to 7)",
            scale=alt.Scale(domain=[0, 7]),
            axis=alt.Axis(tickMinStep=1, format="d"),
        ),
        href="href:N",
        description="label:N",
        tooltip="label:N",
    )
    bars = base.mark_bar().encode(color=alt.Color("scheme:N", title="Scheme"))
    labels = base.mark_text(align="left", dx=4, fontSize=11).encode(text="stars:Q")
    return _frame(alt.layer(bars, labels).properties(width=WIDTH - 120, height=alt.Step(22)))


def indicators_chart(rows: Sequence[dict[str, object]]) -> alt.TopLevelMixin:
    """Each indicator's values across organizations (points) with the peer groups' medians (ticks).

    Rows: indicator (its code and unit, the row's header), organization, peer_group, value, kind ('value' or
    'peer median'), href, label (the hover title: organization, value and unit).
    """
    base = alt.Chart().encode(
        # from zero: an honest length, and a single value still gets a readable axis
        x=alt.X(
            "value:Q",
            title="Value, in the unit named above each row",
            scale=alt.Scale(zero=True, nice=True),
            axis=alt.Axis(tickCount=6),
        ),
        color=alt.Color("peer_group:N", title="Peer group (country/type)"),
        href="href:N",
        description="label:N",
        tooltip="label:N",
    )
    points = base.transform_filter(alt.datum.kind == "value").mark_circle(size=70, opacity=0.85)
    medians = base.transform_filter(alt.datum.kind == "peer median").mark_tick(thickness=3, size=26)
    layered = alt.layer(points, medians, data=alt.Data(values=list(rows))).properties(width=WIDTH, height=26)
    faceted = layered.facet(
        row=alt.Row(
            "indicator:N",
            title=None,
            header=alt.Header(
                labelAngle=0, labelAlign="left", labelOrient="top", labelAnchor="start", labelFontSize=11, labelFontWeight="bold"
            ),
        ),
        spacing=16,
    ).resolve_scale(x="independent")
    return _frame(faceted)


def findings_chart(rows: Sequence[dict[str, object]]) -> alt.TopLevelMixin:
    """Findings per theme, stacked by finding type; each organization's share is its own segment.

    Rows: theme, finding_type, organization, findings, href, label (the hover title).
    """
    rows = [{**row, "type_order": list(FINDING_COLOURS).index(row["finding_type"])} for row in rows]
    chart = (
        alt.Chart(alt.Data(values=list(rows)))
        .mark_bar(stroke="white", strokeWidth=1)
        .encode(
            x=alt.X("sum(findings):Q", title="Findings (count)", axis=alt.Axis(tickMinStep=1, format="d")),
            y=alt.Y("theme:N", title="Theme", sort="-x"),
            color=alt.Color(
                "finding_type:N",
                title="Finding type",
                scale=alt.Scale(domain=list(FINDING_COLOURS), range=list(FINDING_COLOURS.values())),
            ),
            detail="organization:N",
            order=alt.Order("type_order:Q"),
            href="href:N",
            description="label:N",
            tooltip="label:N",
        )
    )
    return _frame(chart.properties(width=WIDTH, height=alt.Step(24)))


def timeline_chart(rows: Sequence[dict[str, object]]) -> alt.TopLevelMixin:
    """Recognitions over time, one row per organization, one point per recognition.

    Rows: date (ISO; mid-year when only the year is known), organization, scheme, href, label (the hover title).
    """
    chart = (
        alt.Chart(alt.Data(values=list(rows)))
        .mark_point(filled=True, size=110, opacity=0.9)
        .encode(
            x=alt.X(
                "date:T",
                title="Date of the recognition (year)",
                scale=alt.Scale(nice="year", padding=10),
                axis=alt.Axis(format="%Y", tickCount="year"),
            ),
            y=alt.Y("organization:N", title="Organization", sort=alt.EncodingSortField(field="date", op="min")),
            color=alt.Color("scheme:N", title="Scheme"),
            shape=alt.Shape("scheme:N", title="Scheme"),
            href="href:N",
            description="label:N",
            tooltip="label:N",
        )
    )
    return _frame(chart.properties(width=WIDTH, height=alt.Step(22)))
