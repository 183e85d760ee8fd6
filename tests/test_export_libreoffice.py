"""Jury CSVs opened in LibreOffice Calc read back cell for cell: scripts intact, numbers numeric, formulas inert.

LibreOffice (Debian's libreoffice-calc-nogui) imports each CSV with an explicit
filter and saves it as flat ODF (.fods), whose XML states every cell's type,
value, shown text and formula; that is compared with Python's reading of the CSV.
"""

from __future__ import annotations

import csv
import math
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from exbench.export.csv_safe import write_csv
from exbench.export.jury import export_benchmark
from tests.conftest import require_tool

# Comma, double quote, UTF-8 (76), from line 1, en-US numbers (1033), quoted fields typed
# like the others, no "special numbers": what a jury member's Calc does with the file.
CSV_FILTER = "CSV:44,34,76,1,,1033,false,false"
EXPORTS = ("benchmark.csv", "findings.csv", "metrics.csv")
HOSTILE = ['=HYPERLINK("http://x","y")', "+1+1", "@SUM(A1)", "-2+3", "-5", "\tsecret", "\rhidden", "=cmd|' /C calc'!A0"]
TURKISH = "Çalışan önerileri ışığında İzmir'deki süreçler iyileştirildi"
PERSIAN = "شهرداری اصفهان در سال ۱۴۰۱ برای سازمان‌ها ۷۳۶ پروژه بهبود تعریف کرد"

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}
_NUMBER = re.compile(r"-?\d+(\.\d+)?")


def _q(prefix: str, name: str) -> str:
    return f"{{{_NS[prefix]}}}{name}"


@dataclass(frozen=True)
class Cell:
    """One cell as Calc holds it: type (None when empty), typed value, shown text, formula."""

    kind: str | None = None
    value: str | None = None
    text: str = ""
    formula: str | None = None


def _shown(element: ET.Element) -> str:
    """The text of a paragraph, with ODF's encoded spaces, tabs and line breaks spelled out."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == _q("text", "s"):
            parts.append(" " * int(child.get(_q("text", "c"), "1")))
        elif child.tag == _q("text", "tab"):
            parts.append("\t")
        elif child.tag == _q("text", "line-break"):
            parts.append("\n")
        else:
            parts.append(_shown(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _cell(element: ET.Element) -> Cell:
    kind = element.get(_q("office", "value-type"))
    value = element.get(_q("office", "value")) or element.get(_q("office", "date-value"))
    text = "\n".join(_shown(p) for p in element.findall("text:p", _NS))
    return Cell(kind, value, text, element.get(_q("table", "formula")))


def _trimmed(runs: list[tuple[object, int]], empty) -> list:
    """Expand (item, repeat) runs after dropping the trailing empty ones (Calc pads to the sheet's end)."""
    while runs and empty(runs[-1][0]):
        runs.pop()
    return [item for item, repeat in runs for _ in range(repeat)]


def read_sheet(path: Path) -> list[list[Cell]]:
    """The first sheet of a .fods file as rows of cells, trailing empty cells and rows removed."""
    table = ET.parse(path).getroot().find("office:body/office:spreadsheet/table:table", _NS)
    rows = []
    for row in table.iter(_q("table", "table-row")):
        cells = [
            (_cell(c), int(c.get(_q("table", "number-columns-repeated"), "1")))
            for c in row
            if c.tag in (_q("table", "table-cell"), _q("table", "covered-table-cell"))
        ]
        rows.append((_trimmed(cells, lambda c: c == Cell()), int(row.get(_q("table", "number-rows-repeated"), "1"))))
    return _trimmed(rows, lambda r: not r)


def libreoffice_open(csvs: dict[str, Path], workdir: Path) -> dict[str, list[list[Cell]]]:
    """Every CSV (by a unique name) opened by headless LibreOffice in one start-up, as sheets."""
    soffice = require_tool("soffice", "libreoffice-calc-nogui")
    inbox, outbox = workdir / "csv", workdir / "fods"
    inbox.mkdir(parents=True)
    for name, path in csvs.items():
        shutil.copy(path, inbox / f"{name}.csv")
    command = [
        soffice,
        "--headless",
        "--norestore",
        f"-env:UserInstallation={(workdir / 'profile').as_uri()}",
        f"--infilter={CSV_FILTER}",
        "--convert-to",
        "fods",
        "--outdir",
        str(outbox),
        *(str(inbox / f"{name}.csv") for name in csvs),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    missing = [name for name in csvs if not (outbox / f"{name}.fods").exists()]
    assert done.returncode == 0 and not missing, f"soffice failed for {missing}: {done.stdout}{done.stderr}"
    return {name: read_sheet(outbox / f"{name}.fods") for name in csvs}


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def as_shown(text: str) -> str:
    """Calc keeps a line break as a new paragraph, so a CR in a cell comes back as LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def assert_same_cells(name: str, original: list[list[str]], sheet: list[list[Cell]]) -> None:
    """Same rows and columns; text equal as text, numbers equal as numbers, no formula anywhere."""
    width = len(original[0])
    assert all(len(row) == width for row in original), name
    assert len(sheet) == len(original), f"{name}: {len(sheet)} rows in Calc, {len(original)} in the CSV"
    assert len(sheet[0]) == width and all(len(row) <= width for row in sheet), f"{name}: column count differs"
    for r, (expected_row, row) in enumerate(zip(original, sheet, strict=False), start=1):
        for c, expected in enumerate(expected_row):
            got = row[c] if c < len(row) else Cell()
            where = f"{name} row {r} column {original[0][c]!r}"
            assert got.formula is None, f"{where}: Calc evaluated {expected!r} as {got.formula}"
            if expected == "":
                assert got == Cell(), f"{where}: expected empty, got {got}"
            elif got.kind == "float":
                assert _NUMBER.fullmatch(expected), f"{where}: text {expected!r} became the number {got.value}"
                assert math.isclose(float(got.value), float(expected), rel_tol=1e-12), where
            elif got.kind == "date":
                assert got.value == expected, f"{where}: {expected!r} became the date {got.value}"
            else:
                assert (got.kind, got.text) == ("string", as_shown(expected)), f"{where}: {expected!r} came back as {got}"
            if _NUMBER.fullmatch(expected) and expected.startswith("-"):
                assert got.kind == "float" and float(got.value) < 0, f"{where}: negative {expected} is not a number"
            if expected[:2] in {"'" + s for s in "=+-@\t\r"}:
                assert (got.kind, got.text) == ("string", as_shown(expected)), f"{where}: neutralised {expected!r} shown as {got}"


def sheet_texts(sheets: dict[str, list[list[Cell]]]) -> set[str]:
    return {cell.text for sheet in sheets.values() for row in sheet for cell in row if cell.kind == "string"}


def test_seed_exports_read_back_the_same_in_libreoffice(seed_warehouse, tmp_path):
    files = sorted(p for p in seed_warehouse.exports_dir.glob("*/*/*.csv") if p.name in EXPORTS)
    assert {p.name for p in files} == set(EXPORTS)
    csvs = {"-".join(p.relative_to(seed_warehouse.exports_dir).with_suffix("").parts): p for p in files}
    sheets = libreoffice_open(csvs, tmp_path)
    for name, path in csvs.items():
        assert_same_cells(name, read_csv(path), sheets[name])
    texts = sheet_texts(sheets)
    assert "شهرداری اصفهان" in texts and "Ankara Büyükşehir Belediyesi" in texts
    assert any(re.search("[\u0600-\u06ff]{3,}", t) and re.search("[\u06f0-\u06f9]", t) for t in texts)  # Persian words and digits
    numbers = [c for sheet in sheets.values() for row in sheet[1:] for c in row if c.kind == "float"]
    assert any(float(c.value) == 2731 for c in numbers)


@pytest.fixture()
def hostile_warehouse(seed_warehouse, tmp_path):
    """A copy of the seed warehouse whose Persian benchmark carries formula-looking findings and a negative figure."""
    path = tmp_path / "hostile.duckdb"
    shutil.copy(seed_warehouse.warehouse, path)
    with duckdb.connect(str(path)) as con:
        scheme, cycle, org = con.execute(
            "select s.scheme, s.cycle_year, s.organization_id from mart.benchmark_scope s "
            "join core.organizations o using (organization_id) where o.country = 'IR' order by all limit 1"
        ).fetchone()
        doc = con.execute("select min(document_id) from core.documents where status = 'ok'").fetchone()[0]
        for i, words in enumerate([*HOSTILE, TURKISH, PERSIAN]):
            con.execute(
                "insert into core.findings (finding_id, document_id, organization_id, cycle_year, framework, criterion_code,"
                " theme, finding_type, text, language, page, evidence, low_confidence)"
                " values (?, ?, ?, ?, 'efqm2020', '2', 'strategy', 'strength', ?, ?, 1, ?, false)",
                [f"fnd_hostile_{i}", doc, org, cycle, words, "fa" if words == PERSIAN else "tr", words],
            )
        for i, value in enumerate([-5, -2.5]):
            con.execute(
                "insert into core.reported_metrics (metric_id, document_id, organization_id, metric_code, value, unit,"
                " period_year, page, evidence, low_confidence) values (?, ?, ?, 'net_change', ?, 'count', ?, 1, ?, false)",
                [f"met_hostile_{i}", doc, org, value, cycle, "-5 (" + TURKISH + ")"],
            )
    return path, scheme, cycle


def test_formula_attempts_stay_text_and_negatives_stay_numbers_in_libreoffice(hostile_warehouse, tmp_path):
    path, scheme, cycle = hostile_warehouse
    export_benchmark(path, scheme, cycle, tmp_path / "exports")
    folder = tmp_path / "exports" / scheme / str(cycle)
    direct = write_csv(
        tmp_path / "direct.csv", ["text", "value"], [[words, -5] for words in HOSTILE] + [[TURKISH, -2.5], [PERSIAN, 0]]
    )
    assert direct["rows"] == len(HOSTILE) + 2
    unsafe = tmp_path / "unsafe.csv"  # the control: the same cells without csv_safe
    unsafe.write_text('text\r\n=1+1\r\n"=HYPERLINK(""http://x"",""y"")"\r\n', encoding="utf-8")
    csvs = {Path(name).stem: folder / name for name in EXPORTS} | {"direct": tmp_path / "direct.csv", "unsafe": unsafe}
    sheets = libreoffice_open(csvs, tmp_path / "lo")

    control = sheets.pop("unsafe")
    assert control[1][0].formula == "of:=1+1" and control[1][0].value == "2", (
        "Calc no longer evaluates =: the test proves nothing"
    )
    for name, sheet in sheets.items():
        assert_same_cells(name, read_csv(csvs[name]), sheet)

    findings = {row[6].text: row for row in sheets["findings"][1:]}  # Finding, the 7th column
    for words in HOSTILE:
        assert findings[as_shown("'" + words)][6] == Cell("string", None, as_shown("'" + words)), words
    assert TURKISH in findings and PERSIAN in findings
    assert all(ch in TURKISH for ch in "ığşİ") and "\u200c" in PERSIAN  # the fixture holds the letters that get lost
    metric_column = read_csv(csvs["metrics"])[0].index("Value")
    negatives = sorted(
        float(row[metric_column].value)
        for row in sheets["metrics"][1:]
        if row[metric_column].kind == "float" and float(row[metric_column].value) < 0
    )
    assert negatives == [-5, -2.5]
    assert [row[1] for row in sheets["direct"][1:]] == [Cell("float", "-5", "-5")] * len(HOSTILE) + [
        Cell("float", "-2.5", "-2.5"),
        Cell("float", "0", "0"),
    ]
