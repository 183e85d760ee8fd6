"""The jury's pack as a jury member opens it: plain words, the direction of each indicator, rounded values, a workbook."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import duckdb
import pytest
from openpyxl import load_workbook

from exbench.export.jury import export_pack
from exbench.export.publish import PACK_FILES
from tests.test_exports_warehouse import make_warehouse

PERSIAN_NAME = "شهرداری مشهد"
TURKISH_NAME = "Kadıköy Belediyesi"
# (organization, indicator, value, peer_n, rank, peer_median): efqm 2023 holds two of the catalog's eighteen indicators
INDICATORS = [
    ("org_kadikoy01", "improvement_areas_per_strength", 2.1121423047177106, 3, 2, 1.987654),
    ("org_mashhad01", "improvement_areas_per_strength", 0.153846153846, 3, 1, 1.987654),
    ("org_kadikoy01", "total_points", 512.4567, 1, None, None),
]


@pytest.fixture()
def pack(tmp_path) -> Path:
    """The named efqm 2023 pack of a small warehouse with indicators, one of them ranked."""
    folder = tmp_path / "warehouse"
    folder.mkdir()
    warehouse = make_warehouse(folder / "exbench.duckdb")
    with duckdb.connect(str(warehouse)) as con:
        for oid, code, value, peer_n, rank, median in INDICATORS:
            con.execute(
                "insert into mart.benchmark_indicators values (?, 2023, ?, ?, 'TR/municipality', ?, ?, ?, ?)",
                [oid, code, value, peer_n, rank, None if rank is None else 50.0, median],
            )
        # an indicator of another cycle is not this pack's
        con.execute(
            "insert into mart.benchmark_indicators values ('org_kadikoy01', 2022, 'recognitions', 4, 'TR/municipality', 1, null, null, null)"
        )
    return export_pack(warehouse, "efqm", 2023, tmp_path / "exports").folder


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_every_csv_starts_with_a_byte_order_mark_and_stays_formula_safe(pack):
    for name in PACK_FILES:
        if name.endswith(".csv"):
            assert (pack / name).read_bytes().startswith(b"\xef\xbb\xbf"), name
    assert (pack / "benchmark.csv").read_bytes()[3:].decode("utf-8").startswith("Organization,")


def test_benchmark_has_unique_plain_headings_only_the_cycles_indicators_with_direction_and_rounding(pack):
    header, *rows = read_csv(pack / "benchmark.csv")
    assert len(header) == len(set(header)), "a heading is repeated"
    assert not [h for h in header if re.fullmatch(r"[a-z0-9_]+", h)], "a heading is a code, not words"
    indicator_headings = [h for h in header if "is better" in h]
    assert indicator_headings == ["Improvement areas per strength (lower is better)", "Total points (higher is better)"]
    assert "Improvement areas per strength: rank in peer group" in header  # ranked (three peers): rank, n and median shown
    assert not [h for h in header if h.startswith("Total points:")]  # never ranked: no empty rank columns
    assert not [h for h in header if "Number of recognitions" in h]  # another cycle's indicator
    assert "Organization id" not in header and "Scheme" not in header
    by_name = {row[0]: dict(zip(header, row, strict=True)) for row in rows}
    assert set(by_name) == {TURKISH_NAME, PERSIAN_NAME}
    kadikoy = by_name[TURKISH_NAME]
    assert kadikoy["Improvement areas per strength (lower is better)"] == "2.11"
    assert kadikoy["Improvement areas per strength: peer group median"] == "1.99"
    assert kadikoy["Improvement areas per strength: rank in peer group"] == "2"
    assert kadikoy["Total points (higher is better)"] == "512"
    assert by_name[PERSIAN_NAME]["Improvement areas per strength (lower is better)"] == "0.15"
    assert by_name[PERSIAN_NAME]["Total points (higher is better)"] == ""


def test_indicators_csv_is_long_full_precision_with_peer_statistics(pack):
    header, *rows = read_csv(pack / "indicators.csv")
    assert header[:2] == ["organization_id", "organization"]
    assert {"indicator_code", "direction", "value", "rank", "peer_n", "percentile", "peer_median"} <= set(header)
    got = {
        (r[header.index("organization_id")], r[header.index("indicator_code")]): dict(zip(header, r, strict=True)) for r in rows
    }
    assert set(got) == {(oid, code) for oid, code, *_ in INDICATORS}
    kadikoy = got[("org_kadikoy01", "improvement_areas_per_strength")]
    assert kadikoy["value"] == "2.112142" and kadikoy["direction"] == "lower_is_better" and kadikoy["peer_median"] == "1.987654"
    assert kadikoy["scheme"] == "efqm" and kadikoy["cycle_year"] == "2023"


def test_readme_and_columns_sheet_explain_every_column(pack):
    readme = (pack / "README.txt").read_text(encoding="utf-8")
    assert readme.startswith("ExBench jury pack: scheme efqm, cycle 2023\n")
    for name in ("benchmark.csv", "indicators.csv", "findings.csv", "metrics.csv"):
        header = read_csv(pack / name)[0]
        for heading in header:
            assert heading in readme, f"{name}: {heading!r} is not explained in README.txt"
        book = load_workbook(pack / name.replace(".csv", ".xlsx"), read_only=True)
        explained = [
            row[0] if name != "indicators.csv" else row[1] for row in book["Columns"].iter_rows(min_row=2, values_only=True)
        ]
        assert explained == header, name
    assert "Areas for improvement found for every strength" in readme and "lower is better" in readme


def test_the_workbook_has_numbers_right_to_left_persian_a_frozen_header_and_no_formulas(pack):
    book = load_workbook(pack / "benchmark.xlsx")
    sheet = book["benchmark"]
    assert sheet.freeze_panes == "A2"
    header = [c.value for c in sheet[1]]
    assert header == read_csv(pack / "benchmark.csv")[0]
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    persian = rows[PERSIAN_NAME][0]
    assert persian.alignment.readingOrder == 2  # right to left
    assert rows[TURKISH_NAME][0].alignment.readingOrder != 2
    value = rows[TURKISH_NAME][header.index("Total points (higher is better)")]
    assert value.data_type == "n" and value.value == 512
    findings = load_workbook(pack / "findings.xlsx")["findings"]
    assert all(cell.data_type != "f" for row in findings.iter_rows() for cell in row)


def test_a_formula_in_a_finding_stays_text_in_the_workbook(tmp_path):
    folder = tmp_path / "warehouse"
    folder.mkdir()
    warehouse = make_warehouse(folder / "exbench.duckdb")
    with duckdb.connect(str(warehouse)) as con:
        con.execute("update core.findings set text = '=HYPERLINK(\"http://x\",\"y\")' where finding_id = 'f1'")
    pack = export_pack(warehouse, "efqm", 2023, tmp_path / "exports").folder
    sheet = load_workbook(pack / "findings.xlsx")["findings"]
    cells = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str) and "HYPERLINK" in c.value]
    assert cells and all(c.data_type == "s" for c in cells)
    assert any(cell == '\'=HYPERLINK("http://x","y")' for row in read_csv(pack / "findings.csv") for cell in row)


def test_the_recognitions_named_are_the_ones_counted(tmp_path):
    """Two recognitions of the year in two schemes (and one read twice): the count is 2 and both are named, in any pack."""
    folder = tmp_path / "warehouse"
    folder.mkdir()
    warehouse = make_warehouse(folder / "exbench.duckdb")
    recognitions = [  # (id, scheme, level): the efqm award twice (two documents say it), an eloge label
        ("r1", "efqm", "Recognised by EFQM 4 Star"),
        ("r2", "efqm", "Recognised by EFQM 4 Star"),
        ("r3", "eloge", None),
    ]
    with duckdb.connect(str(warehouse)) as con:
        document = con.execute("select document_id from core.documents limit 1").fetchone()[0]
        for rid, scheme, level in recognitions:
            con.execute(
                "insert into core.recognitions (fact_id, recognition_id, document_id, organization_id, scheme, level, year,"
                " page, evidence, low_confidence) values (?, ?, ?, 'org_kadikoy01', ?, ?, 2023, 1, 'x', false)",
                [rid, rid, document, scheme, level],
            )
            con.execute(
                "insert into mart.indicator_inputs values ('org_kadikoy01', 2023, 'recognitions', 'recognitions', ?, 'recognition')",
                [rid],
            )
        con.execute(
            "insert into mart.benchmark_indicators values ('org_kadikoy01', 2023, 'recognitions', 2, 'TR/municipality', 1, null, null, null)"
        )
    header, *rows = read_csv(export_pack(warehouse, "efqm", 2023, tmp_path / "exports").folder / "benchmark.csv")
    kadikoy = dict(zip(header, next(row for row in rows if row[0] == TURKISH_NAME), strict=True))
    assert kadikoy["Number of recognitions (higher is better)"] == "2"
    assert kadikoy["Recognitions received"] == "Recognised by EFQM 4 Star; eloge"
