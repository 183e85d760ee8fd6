"""The report's charts read on their own and its evidence leads to the document: every mark has a hover title
naming the organization, axes say what they measure in words with units, and each quote names its document,
links to the file and marks its numbers."""

from __future__ import annotations

import re
import shutil
import subprocess
from urllib.parse import unquote

import duckdb
import pytest

from exbench.report.write import write_report
from tests.conftest import PROJECT_RAW, build, require_tool

CHARTS = ("chart-stars", "chart-indicators", "chart-findings", "chart-timeline")
AXIS_TITLES = (
    "Star level (stars, 1 to 7)",
    "Organization (scheme, cycle)",
    "Value, in the unit named above each row",
    "Findings (count)",
    "Date of the recognition (year)",
)


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    """The Turkish part of the sample (feedback reports and news of four municipalities), built and reported
    into a folder of its own."""
    root = tmp_path_factory.mktemp("readable")
    raw = root / "raw"
    raw.mkdir()
    for path in PROJECT_RAW.glob("sample_tr_*"):
        shutil.copy(path, raw / path.name)
    manifest = (PROJECT_RAW / "manifest.csv").read_text(encoding="utf-8").splitlines()
    (raw / "manifest.csv").write_text(
        "\n".join([manifest[0], *(line for line in manifest if line.startswith("sample_tr_"))]) + "\n", encoding="utf-8"
    )
    settings, _ = build(root, raw)
    out = root / "site" / "report.html"
    write_report(settings.warehouse, out, raw)
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        names = {n for (n,) in con.execute("select canonical_name from core.organizations").fetchall()}
    return out, out.read_text(encoding="utf-8"), names


def _figure(html: str, chart: str) -> str:
    match = re.search(rf'<figure class="chart" id="{chart}">(.*?)</figure>', html, re.S)
    assert match, chart
    return match.group(1)


def test_every_linked_mark_has_a_hover_title_naming_its_organization(report):
    _, html, names = report
    for chart in CHARTS:
        svg = _figure(html, chart)
        links = re.findall(r"<a xlink:href=\"[^\"]*\">(.*?)</a>", svg, re.S)
        assert links, chart
        for mark in links:
            title = re.match(r"<title>([^<]+)</title>", mark)
            assert title, (chart, mark[:120])
            assert any(name in title.group(1) for name in names) or title.group(1).startswith("Median of peer group"), title


def test_axes_say_what_they_measure_with_units(report):
    _, html, _ = report
    for title in AXIS_TITLES:
        assert f">{title}<" in html, title
    assert ">total_points (points)<" in _figure(html, "chart-indicators")  # each row of indicators names its unit


def test_evidence_names_the_document_links_to_the_file_and_marks_its_numbers(report):
    out, html, _ = report
    entries = re.findall(
        r'<li><span class="src"><a href="([^"]+)"[^>]*><code>([^<]+)</code></a>, page (\d+)</span>'
        r'<blockquote dir="auto">(.*?)</blockquote>',
        html,
    )
    assert entries
    for href, source, page, _quote in entries:
        path, _, anchor = href.partition("#")
        target = (out.parent / unquote(path)).resolve()
        assert target.is_file() and target.name == source
        assert anchor == (f"page={page}" if source.endswith(".pdf") else "")
    points = next(quote for _h, source, _p, quote in entries if "Toplam" in quote)
    assert re.search(r"Toplam: <mark>\d+</mark>", points)


@pytest.mark.slow
def test_chromium_reads_the_titles_and_labels_of_every_chart(report, tmp_path):
    chromium = require_tool("chromium", "chromium")
    out, _, names = report
    profile = tmp_path / "profile"
    result = subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            f"--user-data-dir={profile}",
            "--dump-dom",
            out.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    dom = result.stdout
    assert "</svg>" in dom, result.stderr[-500:]
    for chart in CHARTS:
        svg = _figure(dom, chart)
        titles = re.findall(r"<title>([^<]+)</title>", svg)
        labels = re.findall(r'aria-label="([^"]+)"', svg)
        assert titles and labels, chart
        assert {t for t in titles if any(n in t for n in names)}, chart
        assert any(axis in svg for axis in AXIS_TITLES) or chart == "chart-indicators"
