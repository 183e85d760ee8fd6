"""The warnings about the inputs travel with the register and show in the raw_documents asset."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import dagster as dg

from assets.documents import raw_documents
from assets.resources import ExbenchPaths
from exbench.ingest.inventory import scan_raw
from exbench.runtime.register import load_input_warnings, load_register, save_register


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_register_keeps_warnings_and_its_old_shape(tmp_path):
    raw = tmp_path / "raw"
    write(raw / "one.txt", "Some text.\n")
    write(raw / "manifest.csv", "path,published_on\none.txt,2021-13-45\n")
    inventory = scan_raw(raw)
    save_register(tmp_path, inventory.files, inventory.warnings)
    assert [row["source_path"] for row in load_register(tmp_path)] == ["one.txt"]
    assert load_input_warnings(tmp_path) == [
        {
            "file": "raw/manifest.csv",
            "row": 2,
            "column": "published_on",
            "message": "'2021-13-45' is not a real date (month must be in 1..12); the hint was dropped",
        }
    ]
    save_register(tmp_path, inventory.files)
    assert load_input_warnings(tmp_path) == []
    payload = json.loads((tmp_path / "stage" / "register.json").read_text(encoding="utf-8"))
    assert set(payload) == {"documents", "warnings"}


def test_raw_documents_logs_the_warnings_and_lists_them(tmp_path):
    raw = tmp_path / "raw"
    write(raw / "one.txt", "Some text.\n")
    write(raw / "manifest.csv", "path,cycle_year,publisher\none.txt,99999999999999999999,x\n")
    paths = ExbenchPaths(
        raw_dir=str(raw), warehouse=str(tmp_path / "wh" / "exbench.duckdb"), exports_dir=str(tmp_path / "exports")
    )
    with dg.DagsterInstance.ephemeral() as instance:
        result = dg.materialize([raw_documents], resources={"paths": paths}, instance=instance)
        logged = [e.user_message for e in instance.all_logs(result.run_id) if e.level == logging.WARNING]
    [materialization] = result.asset_materializations_for_node("raw_documents")
    assert materialization.metadata["input_warnings"].value == 2
    listed = materialization.metadata["input_warnings_list"].value
    assert "- raw/manifest.csv row 2, column cycle_year: '99999999999999999999' is not a year in 1900..2100" in listed
    assert "- raw/manifest.csv row 1, column publisher:" in listed
    assert sum("raw/manifest.csv row" in message for message in logged) == 2
