"""`exbench review` on a warehouse built from a real PDF: the sheet lists the facts that matter most first,
with their evidence and empty decision columns, LibreOffice reads it back, and `review apply` merges a
filled sheet into raw/corrections.csv whole or not at all."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from exbench.review.sheet import DECISION_COLUMNS, SHEET_COLUMNS
from exbench.settings import Settings
from pipelines.cli import main
from pipelines.run import run_pipeline
from tests.conftest import require_tool

PDF = Path(__file__).resolve().parent / "eval" / "pdf-chromium" / "en_a01.pdf"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Settings:
    root = tmp_path_factory.mktemp("review")
    (root / "raw").mkdir()
    shutil.copy(PDF, root / "raw" / PDF.name)
    settings = Settings(root / "raw", root / "warehouse" / "exbench.duckdb", root / "warehouse" / "exports")
    outcome = run_pipeline(settings)
    assert outcome.success, outcome.error
    return settings


@pytest.fixture()
def sheet(built, tmp_path) -> Path:
    result = CliRunner().invoke(
        main, ["review", "--warehouse", str(built.warehouse), "--raw", str(built.raw_dir), "--out", str(tmp_path / "sheet.xlsx")]
    )
    assert result.exit_code == 0, result.output
    return tmp_path / "sheet.xlsx"


def _rows(path: Path) -> list[dict[str, object]]:
    table = list(load_workbook(path, read_only=True).worksheets[0].iter_rows(values_only=True))
    return [dict(zip(table[0], row, strict=True)) for row in table[1:]]


def test_the_sheet_puts_the_facts_behind_a_star_rating_first_with_their_evidence(sheet):
    rows = _rows(sheet)
    assert tuple(load_workbook(sheet, read_only=True).worksheets[0].iter_rows(values_only=True))[0] == SHEET_COLUMNS
    first = rows[0]
    assert first["kind"] == "recognitions" and "feeds a star rating" in first["why"]
    assert first["document"] == "en_a01.pdf" and first["page"] == 1
    assert "Recognised by EFQM 4 Star" in " ".join(first["quote"].split())  # the page's words, its line breaks kept
    assert [r["priority"] for r in rows] == sorted((r["priority"] for r in rows), reverse=True)
    assert all(r[c] is None for r in rows for c in DECISION_COLUMNS)
    with sheet.with_suffix(".csv").open(encoding="utf-8") as handle:
        assert [r["fact_id"] for r in csv.DictReader(handle)] == [r["fact_id"] for r in rows]


@pytest.mark.slow
def test_libreoffice_reads_the_sheet_back(sheet, tmp_path):
    soffice = require_tool("soffice", "libreoffice-calc")
    out = tmp_path / "lo"
    subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--convert-to",
            "csv",
            "--outdir",
            str(out),
            str(sheet),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    with (out / "sheet.csv").open(encoding="utf-8") as handle:
        read = list(csv.DictReader(handle))
    written = _rows(sheet)
    assert [r["fact_id"] for r in read] == [r["fact_id"] for r in written]
    assert read[0]["quote"] == written[0]["quote"]  # the page's words, its line breaks kept, read back as written
    assert "Recognised by EFQM 4 Star" in " ".join(read[0]["quote"].split())


def test_the_sheet_shows_where_the_quoted_words_are_on_the_page(sheet):
    first = _rows(sheet)[0]
    boxes = json.loads(first["boxes"])
    assert len(boxes) == 2  # the quote's two lines
    for left, top, right, bottom in boxes:
        assert 0 <= left < right <= 612 and 0 <= top < bottom <= 792  # inside the A4/Letter page, top down
    assert boxes[0][1] < boxes[1][1]  # the first line above the second
    assert len(load_workbook(sheet).worksheets[0]._images) >= 1  # the highlighted page region


def _fill(sheet: Path, decisions: dict[int, dict[str, object]]) -> None:
    book = load_workbook(sheet)
    page = book.worksheets[0]
    header = [c.value for c in page[1]]
    for row, cells in decisions.items():
        for name, value in cells.items():
            page.cell(row=row, column=header.index(name) + 1, value=value)
    book.save(sheet)


def test_review_apply_merges_a_filled_sheet(built, sheet, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    rows = _rows(sheet)
    _fill(sheet, {2: {"action": "confirm", "reviewer": "ana", "reviewed_on": "2026-12-01"}})
    result = CliRunner().invoke(main, ["review", "apply", str(sheet), "--raw", str(raw), "--warehouse", str(built.warehouse)])
    assert result.exit_code == 0, result.output
    with (raw / "corrections.csv").open(encoding="utf-8") as handle:
        merged = list(csv.DictReader(handle))
    assert merged == [
        {
            "fact_id": rows[0]["fact_id"],
            "action": "confirm",
            "field": "",
            "value": "",
            "reason": "",
            "reviewer": "ana",
            "reviewed_on": "2026-12-01",
        }
    ]


def test_a_sheet_with_a_bad_row_merges_nothing(built, sheet, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "corrections.csv").write_text("fact_id,action,field,value,reason,reviewer,reviewed_on\n", encoding="utf-8")
    _fill(
        sheet,
        {
            2: {"action": "confirm"},
            3: {"action": "set", "field": "value"},  # a set without its new value
            4: {"action": "maybe"},
        },
    )
    result = CliRunner().invoke(main, ["review", "apply", str(sheet), "--raw", str(raw), "--warehouse", str(built.warehouse)])
    assert result.exit_code == 1
    assert "sheet.xlsx row 3, column value" in result.output and "sheet.xlsx row 4, column action" in result.output
    assert (raw / "corrections.csv").read_text(encoding="utf-8") == "fact_id,action,field,value,reason,reviewer,reviewed_on\n"
