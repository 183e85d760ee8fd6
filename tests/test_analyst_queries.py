"""Named queries refuse what cannot be right with one line, and `exbench query` writes no file."""

from __future__ import annotations

import duckdb
import pytest
from click.testing import CliRunner

from exbench.warehouse.named_queries import QueryError, bind, list_queries, load_query
from pipelines.cli import main
from tests.test_exports_warehouse import make_warehouse


@pytest.fixture()
def warehouse(tmp_path):
    return make_warehouse(tmp_path / "exbench.duckdb")


def run(warehouse, *args: str):
    result = CliRunner().invoke(main, ["query", *args, "--warehouse", str(warehouse)])
    return result.exit_code, result.output.strip().splitlines()


@pytest.mark.parametrize(
    "args, start",
    [
        (["--name", "organization_findings"], "exbench: query 'organization_findings' needs --param organization=..."),
        (["--name", "peers_to_learn_from", "--param", "organization="], "exbench: query 'peers_to_learn_from' needs --param"),
        (["--name", "organization_findings", "--param", "organization=Nowhere Belediyesi"], "exbench: unknown organization"),
        (["--name", "top_organizations", "--param", "indicator=total_pointz"], "exbench: unknown indicator 'total_pointz'"),
        (["--name", "top_organizations", "--param", "indicator=TOTAL_POINTS"], "exbench: unknown indicator"),
        (["--name", "top_organizations", "--param", "cycle=2023x"], "exbench: --param cycle must be a whole number"),
        (["--name", "top_organizations", "--param", "limit=ten"], "exbench: --param limit must be a whole number"),
        (["--name", "recognitions_over_time", "--param", "scheme=EFQM"], "exbench: unknown scheme 'EFQM'"),
        (
            ["--name", "top_organizations", "--param", "indicatr=x"],
            "exbench: query 'top_organizations' has no parameter indicatr",
        ),
    ],
)
def test_a_wrong_parameter_is_one_clear_line_not_zero_rows(warehouse, args, start):
    code, lines = run(warehouse, *args)
    assert code == 1 and len(lines) == 1 and lines[0].startswith(start), lines
    assert "0 rows" not in lines[0]


def test_the_error_names_the_valid_values(warehouse):
    _, [line] = run(warehouse, "--name", "top_organizations", "--param", "indicator=total_pointz")
    assert "total_points" in line and "improvement_areas_per_strength" in line
    _, [line] = run(warehouse, "--name", "organization_findings", "--param", "organization=Kadikoy Belediye")
    assert "closest" in line or "valid" in line
    assert "Kadıköy Belediyesi" in line or "Kadikoy Municipality" in line


def test_right_parameters_still_run(warehouse):
    code, lines = run(warehouse, "--name", "organization_findings", "--param", "organization=kadikoy municipality", "--csv")
    assert code == 0 and lines[0].startswith("cycle_year,") and len(lines) == 3  # an alias, any case: two findings
    code, lines = run(warehouse, "--name", "top_organizations", "--param", "indicator=total_points", "--param", "cycle=2023")
    assert code == 0


def test_every_named_query_states_checked_parameters():
    for query in list_queries():
        assert set(query.rules) == set(query.params), query.name
        for name, rule in query.rules.items():
            if rule.required:
                with pytest.raises(QueryError, match=f"needs --param {name}="):
                    bind(query, {})
    assert load_query("top_organizations").rules["indicator"].values == "indicator"


def test_query_does_not_write_files(warehouse, tmp_path):
    target = tmp_path / "out.csv"
    for sql in (
        f"copy (select 1) to '{target}'",
        f"copy core.organizations to '{target}' (format csv)",
        f"attach '{tmp_path / 'other.duckdb'}' as other",
        "set enable_external_access = true",
    ):
        code, lines = run(warehouse, sql)
        assert code == 1 and len(lines) == 1 and lines[0].startswith("exbench: "), (sql, lines)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exbench.duckdb"]


def test_named_queries_leave_out_the_facts_a_person_rejected(warehouse):
    with duckdb.connect(str(warehouse)) as con:
        con.execute("update core.findings set review_status = 'rejected' where finding_id = 'f3'")
    code, lines = run(warehouse, "--name", "organization_findings", "--param", "organization=kadikoy municipality", "--csv")
    assert code == 0 and len(lines) == 2  # the header and the one finding nobody rejected
