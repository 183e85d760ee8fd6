"""The HTML benchmark report: self-contained, four charts, Persian intact, every number linked to its evidence."""

from __future__ import annotations

import json
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import dagster as dg
import duckdb
import pytest
from click.testing import CliRunner

from assets.report_page import benchmark_report
from assets.resources import ExbenchPaths
from exbench.report.write import render_report
from exbench.warehouse.build import MART_ORDER, create_schemas
from exbench.warehouse.sql import run_folder
from pipelines.cli import main
from tests.conftest import require_tool

ISFAHAN, SHIRAZ, YAZD, KARTAL = "شهرداری اصفهان", "شهرداری شیراز", "شهرداری یزد", "Kartal Belediyesi"
ISFAHAN_AREAS = "۲ هزار و ۷۳۱ نقطه قابل بهبود شناسایی شد"
CHARTS = ("chart-stars", "chart-indicators", "chart-findings", "chart-timeline")


def _insert(con: duckdb.DuckDBPyConnection, table: str, **row: object) -> None:
    # test data only: the identifiers are this file's own literals, the values are bound
    con.execute(f"insert into {table} ({', '.join(row)}) values ({', '.join('?' * len(row))})", list(row.values()))


def _empty_warehouse(path: Path) -> Path:
    with duckdb.connect(str(path)) as con:
        create_schemas(con)
        con.execute("insert into meta.builds values ('b-test', timestamptz '2024-05-01 10:00:00+00', '0', 'r', 'e')")
    return path


def _fact(con: duckdb.DuckDBPyConnection, table: str, **row: object) -> None:
    _insert(con, table, page=1, low_confidence=False, **row)


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    """Three Iranian municipalities (a ranked peer group) and a Turkish one, built from SQL, marts by the real SQL."""
    path = _empty_warehouse(tmp_path_factory.mktemp("report") / "exbench.duckdb")
    with duckdb.connect(str(path)) as con:
        for org, name, country in [
            ("o_isf", ISFAHAN, "IR"),
            ("o_shz", SHIRAZ, "IR"),
            ("o_yzd", YAZD, "IR"),
            ("o_kar", KARTAL, "TR"),
        ]:
            _insert(con, "core.organizations", organization_id=org, canonical_name=name, org_type="municipality", country=country)
        for doc, path_, language in [
            ("d_isf", "fa/isfahan.pdf", "fa"),
            ("d_shz", "fa/shiraz.pdf", "fa"),
            ("d_yzd", "fa/yazd.pdf", "fa"),
            ("d_kar", "tr/kartal.pdf", "tr"),
        ]:
            _insert(con, "core.documents", document_id=doc, source_path=path_, language=language, status="ok", title=path_)
        _insert(
            con,
            "core.documents",
            document_id="d_bad",
            source_path="broken.pdf",
            status="quarantined",
            error="the file is damaged",
        )
        for org, doc, strengths, areas in [
            ("o_isf", "d_isf", 1293, 2731),
            ("o_shz", "d_shz", 100, 150),
            ("o_yzd", "d_yzd", 80, 200),
        ]:
            quote = ISFAHAN_AREAS if org == "o_isf" else f"{areas} نقطه قابل بهبود"
            _fact(
                con,
                "core.reported_metrics",
                metric_id=f"m_{org}_a",
                document_id=doc,
                organization_id=org,
                metric_code="improvement_areas",
                value=areas,
                unit="count",
                period_year=2022,
                evidence=quote,
            )
            _fact(
                con,
                "core.reported_metrics",
                metric_id=f"m_{org}_s",
                document_id=doc,
                organization_id=org,
                metric_code="strengths",
                value=strengths,
                unit="count",
                period_year=2022,
                evidence=f"{strengths} نقطه قوت",
            )
        _fact(
            con,
            "core.recognitions",
            recognition_id="r1",
            document_id="d_kar",
            organization_id="o_kar",
            scheme="kalder",
            level="Mükemmellikte Yetkinlik 4 Yıldız",
            stars=4,
            year=2023,
            awarded_on="2023-03-22",
            evidence="Kartal Belediyesi Mükemmellikte Yetkinlik 4 Yıldız <b>belgesi</b> aldı",
        )
        _fact(
            con,
            "core.recognitions",
            recognition_id="r2",
            document_id="d_kar",
            organization_id="o_kar",
            scheme="iso",
            level="ISO 9001",
            evidence="ISO 9001 Kalite Yönetim Sistemi",
        )
        _fact(
            con,
            "core.recognitions",
            recognition_id="r3",
            document_id="d_shz",
            organization_id="o_shz",
            scheme="iran_national",
            level="تقدیرنامه سه ستاره",
            stars=3,
            year=2022,
            evidence="شهرداری شیراز تقدیرنامه سه ستاره دریافت کرد",
        )
        _fact(
            con,
            "core.recognitions",
            recognition_id="r4",
            document_id="d_isf",
            organization_id="o_isf",
            scheme="iran_national",
            level="تندیس بلورین",
            year=2023,
            evidence="شهرداری اصفهان تندیس بلورین گرفت",
        )
        _insert(
            con,
            "core.recognitions",
            recognition_id="r5",
            document_id="d_yzd",
            organization_id="o_yzd",
            scheme="iran_national",
            stars=5,
            year=2023,
            page=1,
            evidence="unsure OCR words",
            low_confidence=True,
        )
        _fact(
            con,
            "core.scores",
            document_id="d_kar",
            organization_id="o_kar",
            cycle_year=2023,
            framework="efqm2020",
            points=435,
            max_points=1000,
            evidence="Toplam: 435 / 1000",
        )
        _fact(
            con,
            "core.scores",
            document_id="d_kar",
            organization_id="o_kar",
            cycle_year=2023,
            framework="efqm2020",
            criterion_code="2",
            points=60,
            max_points=100,
            evidence="Liderlik 60 / 100",
        )
        for finding, kind, words in [
            ("f1", "strength", "Üst yönetim vizyonu paylaşıyor."),
            ("f2", "improvement_area", "Liderlik etkinliği ölçülmüyor."),
        ]:
            _fact(
                con,
                "core.findings",
                finding_id=finding,
                document_id="d_kar",
                organization_id="o_kar",
                cycle_year=2023,
                framework="efqm2020",
                criterion_code="2",
                theme="leadership",
                finding_type=kind,
                text=words,
                language="tr",
                evidence=words,
            )
        _fact(
            con,
            "core.findings",
            finding_id="f3",
            document_id="d_isf",
            organization_id="o_isf",
            cycle_year=2022,
            theme="strategy",
            finding_type="strength",
            text="برنامه راهبردی شهر",
            language="fa",
            evidence="برنامه راهبردی شهر",
        )
        run_folder(con, "marts", MART_ORDER)
    return path


@pytest.fixture(scope="module")
def page(warehouse, tmp_path_factory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("page") / "report.html"
    result = CliRunner().invoke(main, ["report", "--warehouse", str(warehouse), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == str(out)
    return out, out.read_text(encoding="utf-8")


class _Links(HTMLParser):
    """Ids, links, and the cells of number columns, as the browser would see them."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[tuple[str, str]] = []  # (attribute, value)
        self.cells: list[str] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        self.links += [(k, v) for k, v in attrs.items() if k in ("href", "xlink:href", "src", "action", "srcset") and v]
        if tag == "td" and attrs.get("class") == "num":
            self._cell = []
        if self._cell is not None:
            self._cell.append(self.get_starttag_text())

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)

    def handle_endtag(self, tag):
        if tag == "td" and self._cell is not None:
            self.cells.append("".join(self._cell))
            self._cell = None


def _parse(html: str) -> _Links:
    parser = _Links()
    parser.feed(html)
    return parser


def _entry(html: str, href: str) -> str:
    """The evidence entry an href points to."""
    match = re.search(rf'<li id="{re.escape(href.lstrip("#"))}">(.*?)</ul>', html, re.S)
    assert match, href
    return re.sub(r"</?mark>", "", match.group(1))  # the numbers of a quote are marked


def test_the_page_is_self_contained(page):
    _, html = page
    links = _parse(html).links
    # anchors of the page, or relative links to the documents' own files: nothing with a scheme or a host
    outside = [v for _a, v in links if re.match(r"^(?:[a-z][a-z0-9+.-]*:|//)", v, re.I)]
    assert links and not outside, outside
    assert "<script" not in html and "<link" not in html and "url(" not in html and "@import" not in html
    assert "default-src 'none'" in html  # the browser refuses any fetch the page might still try


def test_the_four_charts_are_inline_svg_with_marks(page):
    _, html = page
    for chart in CHARTS:
        figure = re.search(rf'<figure class="chart" id="{chart}">(.*?)</figure>', html, re.S)
        assert figure, chart
        assert figure.group(1).startswith("<svg") and re.search(
            r'class="mark-(rect|symbol|rule)[^"]*role-mark', figure.group(1)
        ), chart


def test_persian_and_turkish_text_is_intact_and_isolated(page):
    _, html = page
    html = re.sub(r"</?mark>", "", html)  # the numbers of a quote are marked
    for name in (ISFAHAN, SHIRAZ, YAZD, KARTAL):
        assert f'<bdi dir="auto">{name}</bdi>' in html
    assert f'<blockquote dir="auto">{ISFAHAN_AREAS}</blockquote>' in html
    assert "Mükemmellikte Yetkinlik 4 Yıldız &lt;b&gt;belgesi&lt;/b&gt; aldı" in html  # quoted words are text, never markup
    assert '<html lang="en" dir="ltr">' in html and "Noto Sans Arabic" in html
    timeline = re.search(r'<figure class="chart" id="chart-timeline">.*?</figure>', html, re.S).group(0)
    assert re.search(rf"<text[^>]*>{SHIRAZ}</text>", timeline)  # chart labels keep the logical order too


def test_every_number_links_to_evidence_in_the_page(page):
    _, html = page
    parsed = _parse(html)
    missing = [value for _a, value in parsed.links if value.startswith("#") and value.lstrip("#") not in parsed.ids]
    assert not missing
    numbers = [cell for cell in parsed.cells if re.search(r"\d", re.sub(r"<[^>]+>", "", cell))]
    assert numbers and all(re.search(r'<a href="#[^"]+"', cell) for cell in numbers), [c for c in numbers if "<a " not in c]
    evidence_links = {value for _a, value in parsed.links if value.startswith("#ev-")}
    for href in evidence_links:
        assert "<code>" in _entry(html, href) and ", page " in _entry(html, href), href


def test_numbers_point_at_the_words_they_were_read_from(page):
    _, html = page
    value = re.search(
        r'<td>improvement_areas_per_strength</td><td><bdi dir="auto">' + ISFAHAN + r"</bdi></td><td>2022</td>"
        r'<td class="num"><a href="(#ev-[0-9a-f]+)"[^>]*>2\.11</a>',
        html,
    )
    assert value, "Isfahan's improvement areas per strength (2731 / 1293)"
    entry = _entry(html, value.group(1))
    assert "fa/isfahan.pdf" in entry and ISFAHAN_AREAS in entry and "1293 نقطه قوت" in entry
    stars = re.search(
        r'<bdi dir="auto">Kartal Belediyesi</bdi></td><td>efqm</td><td>2023</td><td class="num"><a href="(#ev-[^"]+)"[^>]*>4</a>',
        html,
    )
    assert stars and "Toplam: 435 / 1000" in _entry(html, stars.group(1))  # computed from the total score
    median = re.search(r'<td class="num"><a href="#(peers-[0-9a-f]+)"[^>]*>2\.11</a></td>', html)  # median of 1.5, 2.11 and 2.5
    assert median and f'<tbody id="{median.group(1)}">' in html
    assert "unsure OCR words" not in html  # low-confidence rows stay out, as in the marts


def test_an_empty_warehouse_gives_a_page_that_says_so(tmp_path):
    warehouse = _empty_warehouse(tmp_path / "empty.duckdb")
    result = CliRunner().invoke(main, ["report", "--warehouse", str(warehouse)])
    assert result.exit_code == 0, result.output
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert 'id="no-data"' in html and "<svg" not in html and "no data" in html.lower()


def test_errors_are_one_line_and_exit_1(tmp_path):
    runner = CliRunner()
    missing = runner.invoke(main, ["report", "--warehouse", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 1
    assert missing.output.strip().splitlines() == [
        f"exbench: no warehouse at {tmp_path / 'none.duckdb'}: run `exbench run` first"
    ]
    (tmp_path / "junk.duckdb").write_bytes(b"not a database")
    junk = runner.invoke(main, ["report", "--warehouse", str(tmp_path / "junk.duckdb")])
    assert (
        junk.exit_code == 1 and len(junk.output.strip().splitlines()) == 1 and "not a readable ExBench warehouse" in junk.output
    )


def test_the_same_warehouse_gives_the_same_page(warehouse, page):
    assert render_report(warehouse)[0] == page[1]


def test_the_asset_writes_the_report_beside_the_warehouse(warehouse, tmp_path):
    copy = tmp_path / "exbench.duckdb"
    copy.write_bytes(warehouse.read_bytes())
    with dg.DagsterInstance.ephemeral() as instance:
        result = dg.materialize([benchmark_report], resources={"paths": ExbenchPaths(warehouse=str(copy))}, instance=instance)
    assert result.success
    [materialization] = result.asset_materializations_for_node("benchmark_report")
    metadata = materialization.metadata
    assert metadata["path"].value == str(tmp_path / "report.html") and (tmp_path / "report.html").exists()
    assert metadata["charts_drawn"].value == 4 and metadata["organizations"].value == 4


def test_the_seed_warehouse_report_quotes_isfahans_projects(seed_warehouse, tmp_path):
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["report", "--warehouse", str(seed_warehouse.warehouse), "--out", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    link = re.search(
        r'<td>improvement_projects</td><td><bdi dir="auto">شهرداری اصفهان</bdi></td><td>2022</td>'
        r'<td class="num"><a href="(#ev-[0-9a-f]+)"[^>]*>736</a>',
        html,
    )
    assert link and "۷۳۶" in _entry(html, link.group(1))


PROBE = """<script>
document.body.setAttribute('data-probe', JSON.stringify([...document.querySelectorAll('figure.chart')].map(f => {
  const svg = f.querySelector('svg'), box = svg.getBoundingClientRect();
  const marks = [...svg.querySelectorAll('g.role-mark:not(.mark-text) path')].filter(m => m.getBBox().width + m.getBBox().height > 0);
  return {id: f.id, x: box.x, y: box.y, width: box.width, height: box.height, marks: marks.length};
})));
</script>"""


def test_chromium_draws_the_four_charts(page, tmp_path):
    from PIL import Image

    chromium = require_tool("chromium", "chromium")
    _, html = page
    # the page forbids scripts; this copy lets a probe measure what the browser laid out
    probe = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html).replace("</body>", PROBE + "</body>")
    (tmp_path / "probe.html").write_text(probe, encoding="utf-8")
    width, height = 1200, 4000
    dom = subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            f"--user-data-dir={tmp_path / 'profile'}",
            f"--window-size={width},{height}",
            f"--screenshot={tmp_path / 'shot.png'}",
            "--dump-dom",
            (tmp_path / "probe.html").as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    found = re.search(r'data-probe="([^"]*)"', dom)
    assert found, dom[-500:]
    charts = json.loads(found.group(1).replace("&quot;", '"'))
    assert [c["id"] for c in charts] == list(CHARTS)
    shot = Image.open(tmp_path / "shot.png").convert("RGB")
    scale = shot.width / width
    for chart in charts:
        assert chart["marks"] > 0 and chart["width"] > 100 and chart["height"] > 50, chart
        assert chart["y"] + chart["height"] <= height, f"{chart['id']} lies below the screenshot"
        region = shot.crop(
            tuple(round(v * scale) for v in (chart["x"], chart["y"], chart["x"] + chart["width"], chart["y"] + chart["height"]))
        )
        # the marks are coloured; axes and text are grey or black
        coloured = sum(1 for r, g, b in region.getdata() if max(r, g, b) - min(r, g, b) > 60)
        assert coloured > 100, f"{chart['id']}: no coloured marks on screen"
