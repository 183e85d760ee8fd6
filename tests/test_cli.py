"""The command line: help, one-line errors, read-only queries and exports."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from pipelines.cli import main


def test_every_command_has_help():
    runner = CliRunner()
    for command in ([], ["run"], ["export"], ["query"]):
        result = runner.invoke(main, [*command, "--help"])
        assert result.exit_code == 0 and "Usage" in result.output


def test_missing_warehouse_is_one_clear_line(tmp_path):
    result = CliRunner().invoke(main, ["query", "select 1", "--warehouse", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"exbench: no warehouse at {tmp_path / 'none.duckdb'}: run `exbench run` first"]


def test_query_prints_csv_and_refuses_writes(seed_warehouse):
    runner = CliRunner()
    result = runner.invoke(
        main,
        [
            "query",
            "select metric_code, value from core.reported_metrics where value = 2731",
            "--csv",
            "--warehouse",
            str(seed_warehouse.warehouse),
        ],
    )
    assert result.exit_code == 0
    assert list(csv.reader(io.StringIO(result.output))) == [["metric_code", "value"], ["improvement_areas", "2731.0"]]
    refused = runner.invoke(main, ["query", "delete from core.documents", "--warehouse", str(seed_warehouse.warehouse)])
    assert refused.exit_code == 1 and "read-only" in refused.output.lower()


def test_export_is_byte_identical_and_blind_hides_names(seed_warehouse, tmp_path, monkeypatch):
    runner = CliRunner()
    args = ["export", "--scheme", "municipal", "--cycle", "2022", "--warehouse", str(seed_warehouse.warehouse)]
    first = runner.invoke(main, [*args, "--out", str(tmp_path / "a")])
    second = runner.invoke(main, [*args, "--out", str(tmp_path / "b")])
    assert first.exit_code == 0 and second.exit_code == 0, first.output
    for name in ("benchmark.csv", "findings.csv", "metrics.csv"):
        assert (tmp_path / "a/municipal/2022" / name).read_bytes() == (tmp_path / "b/municipal/2022" / name).read_bytes()
    bench = list(csv.DictReader(io.StringIO((tmp_path / "a/municipal/2022/benchmark.csv").read_text(encoding="utf-8-sig"))))
    assert [row["Organization"] for row in bench] == ["شهرداری اصفهان"]
    assert bench[0]["Improvement areas per strength (lower is better)"] == "2.11"
    manifest = json.loads((tmp_path / "a/municipal/2022/manifest.json").read_text(encoding="utf-8"))
    assert {"benchmark.csv", "benchmark.xlsx", "indicators.csv", "README.txt"} <= {f["file"] for f in manifest["files"]}
    assert manifest["build_id"] and all(check["passed"] for check in manifest["checks"])
    assert manifest["rows"].startswith("trusted: ") and manifest["source_documents"]

    refused = runner.invoke(main, [*args, "--blind", "--out", str(tmp_path / "c")])
    assert refused.exit_code == 1 and "EXBENCH_BLIND_KEY" in refused.output
    monkeypatch.setenv("EXBENCH_BLIND_KEY", "test-key")
    monkeypatch.setenv("EXBENCH_BLIND_MAPPINGS", str(tmp_path / "private"))
    blind = runner.invoke(main, [*args, "--blind", "--out", str(tmp_path / "c")])
    assert blind.exit_code == 0, blind.output
    for name in ("benchmark.csv", "metrics.csv"):
        text = (tmp_path / "c/blind/municipal/2022" / name).read_text(encoding="utf-8")
        assert "اصفهان" not in text and "ORG-" in text
    assert list((tmp_path / "private").iterdir()) and not (tmp_path / "c/_blind_mappings").exists()
    assert not (tmp_path / "c/municipal").exists()  # the blind pack never lands where a named one goes


@pytest.mark.parametrize("scheme, cycle", [("../../x", "2022"), ("nosuch", "2022"), ("municipal", "1999")])
def test_export_of_an_unknown_scope_writes_nothing_and_lists_the_valid_ones(seed_warehouse, tmp_path, scheme, cycle):
    result = CliRunner().invoke(
        main,
        [
            "export",
            "--scheme",
            scheme,
            "--cycle",
            cycle,
            "--out",
            str(tmp_path / "out"),
            "--warehouse",
            str(seed_warehouse.warehouse),
        ],
    )
    assert result.exit_code == 1
    [line] = result.output.strip().splitlines()
    assert line.startswith("exbench: unknown ") and "municipal" in line
    assert not (tmp_path / "out").exists() and not (tmp_path / "x").exists()


def test_named_queries_are_listed_and_run_with_parameters(seed_warehouse):
    runner = CliRunner()
    listed = runner.invoke(main, ["query", "--list"])
    assert listed.exit_code == 0
    for name in ("top_organizations", "organization_findings", "recognitions_over_time", "peers_to_learn_from"):
        assert name in listed.output
    result = runner.invoke(
        main,
        [
            "query",
            "--name",
            "recognitions_over_time",
            "--param",
            "scheme=iso",
            "--csv",
            "--warehouse",
            str(seed_warehouse.warehouse),
        ],
    )
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.output)))
    assert [row[3] for row in rows[1:]] == ["ISO 14001", "ISO 9001", "OHSAS 18001"]
    top = runner.invoke(
        main,
        [
            "query",
            "--name",
            "top_organizations",
            "--param",
            "indicator=improvement_projects",
            "--csv",
            "--warehouse",
            str(seed_warehouse.warehouse),
        ],
    )
    assert [row[0] for row in list(csv.reader(io.StringIO(top.output)))[1:]] == ["شهرداری اصفهان", "Ankara Büyükşehir Belediyesi"]
    wrong = runner.invoke(main, ["query", "--name", "nope", "--warehouse", str(seed_warehouse.warehouse)])
    assert wrong.exit_code == 1 and "exbench query --list" in wrong.output
