"""Jury packs: written whole or not at all, stale ones retired, blind ones apart with their mapping kept private."""

from __future__ import annotations

import csv
import json
import re
import stat

import dagster as dg
import duckdb
import pytest

import exbench.export.jury as jury
import exbench.export.publish as publish
from assets.exports import jury_exports
from assets.resources import ExbenchPaths
from exbench.export.blind import BlindCodeCollision, blind_code
from exbench.export.jury import export_pack
from tests.test_exports_warehouse import DOCS, make_warehouse, warehouse  # noqa: F401 (fixture)

FILES = publish.PACK_FILES


@pytest.fixture()
def key(monkeypatch):
    monkeypatch.setenv("EXBENCH_BLIND_KEY", "test-key")
    monkeypatch.delenv("EXBENCH_BLIND_MAPPINGS", raising=False)


def snapshot(folder) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def hidden(folder) -> list[str]:
    return sorted(p.name for p in folder.rglob(".*"))


@pytest.mark.parametrize("blind", [False, True])
@pytest.mark.parametrize("swap", ["exchange", "two renames"])
def test_a_failure_mid_pack_leaves_the_previous_pack_whole(warehouse, tmp_path, monkeypatch, key, blind, swap):
    if swap == "two renames":
        monkeypatch.setattr(publish, "exchange", lambda first, second: False)
    exports = tmp_path / "exports"
    folder = export_pack(warehouse, "efqm", 2023, exports, blind=blind).folder
    before = snapshot(folder)
    assert set(before) == set(FILES)

    with duckdb.connect(str(warehouse)) as con:  # the next pack differs from the one on disk in every file
        con.execute(
            "insert into core.findings (finding_id, document_id, organization_id, cycle_year, finding_type, text, page, evidence,"
            " low_confidence) select 'f9', document_id, 'org_kadikoy01', 2023, 'best_practice', 'yeni', 1, 'yeni', false"
            " from core.documents limit 1"
        )
        con.execute("update core.organizations set country = 'XX' where organization_id = 'org_kadikoy01'")
        con.execute("update core.reported_metrics set value = 13 where metric_id = 'm1'")
    real, calls = jury.write_csv, []

    def failing(path, header, rows):
        calls.append(path.name)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real(path, header, rows)

    monkeypatch.setattr(jury, "write_csv", failing)
    with pytest.raises(OSError, match="No space left"):
        export_pack(warehouse, "efqm", 2023, exports, blind=blind)
    assert calls == ["benchmark.csv", "indicators.csv", "findings.csv"]
    assert snapshot(folder) == before
    assert hidden(exports) == []

    monkeypatch.setattr(jury, "write_csv", real)
    export_pack(warehouse, "efqm", 2023, exports, blind=blind)  # and the next export replaces it
    after = snapshot(folder)
    assert set(after) == set(FILES) and hidden(exports) == []
    # the small warehouse has no indicators, and the README's columns are the same
    assert all(after[name] != before[name] for name in FILES if not name.startswith(("indicators", "README")))


def test_a_persons_own_file_in_a_pack_folder_survives_a_new_export(warehouse, tmp_path):
    exports = tmp_path / "exports"
    folder = export_pack(warehouse, "efqm", 2023, exports).folder
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    export_pack(warehouse, "efqm", 2023, exports)
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert set(snapshot(folder)) == {*FILES, "notes.txt"} and hidden(exports) == []


def materialize_exports(warehouse, exports):
    paths = ExbenchPaths(raw_dir=str(warehouse.parent), warehouse=str(warehouse), exports_dir=str(exports))
    with dg.DagsterInstance.ephemeral() as instance:
        result = dg.materialize([jury_exports], resources={"paths": paths}, instance=instance)
    assert result.success
    [materialization] = result.asset_materializations_for_node("jury_exports")
    return materialization.metadata


def test_packs_of_scopes_gone_from_the_warehouse_are_removed_and_nothing_else(tmp_path, key):
    folder = tmp_path / "warehouse"
    folder.mkdir()
    warehouse = make_warehouse(folder / "exbench.duckdb")
    exports = tmp_path / "exports"
    assert materialize_exports(warehouse, exports)["exports"].value == 3
    assert sorted(str(p.relative_to(exports)) for p in exports.glob("*/*")) == ["efqm/2022", "efqm/2023", "kalder/2023"]
    blind = export_pack(warehouse, "kalder", 2023, exports, blind=True).folder
    (exports / "efqm" / "2022" / "mine.txt").write_text("a person's file", encoding="utf-8")
    (exports / "kalder" / "notes.md").write_text("a person's file", encoding="utf-8")
    (exports / "own" / "2019").mkdir(parents=True)
    (exports / "own" / "2019" / "manifest.json").write_text('{"mine": true}', encoding="utf-8")
    (exports / "readme.txt").write_text("a person's file", encoding="utf-8")

    warehouse.unlink()
    make_warehouse(warehouse, scopes=[("efqm", 2023, "org_kadikoy01")])
    values = materialize_exports(warehouse, exports)

    assert values["removed"].value == 2
    assert (exports / "efqm" / "2023" / "manifest.json").exists()
    assert sorted(p.name for p in (exports / "efqm" / "2022").iterdir()) == [
        "mine.txt"
    ]  # ExBench's files gone, the person's kept
    assert sorted(p.name for p in (exports / "kalder").iterdir()) == ["notes.md"]
    assert (exports / "own" / "2019" / "manifest.json").exists() and (exports / "readme.txt").exists()
    assert set(snapshot(blind)) == set(FILES)  # blind packs are not the asset's to remove
    assert hidden(exports) == []


def test_a_blind_manifest_names_no_source(warehouse, tmp_path, key):
    pack = export_pack(warehouse, "efqm", 2023, tmp_path / "exports", blind=True)
    text = (pack.folder / "manifest.json").read_text(encoding="utf-8")
    manifest = json.loads(text)
    assert manifest["blind"] is True and manifest["source_count"] == 2
    assert not {"source_documents", "build_id"} & manifest.keys()
    for doc_id, path, digest, _ in DOCS:
        for secret in (doc_id, path, digest, path.split("/")[-1], "build0001"):
            assert secret not in text
    assert sorted(f["file"] for f in manifest["files"]) == sorted(set(FILES) - {"manifest.json"})


def test_a_named_manifest_keeps_its_sources_and_its_csvs_are_byte_identical(warehouse, tmp_path):
    first = export_pack(warehouse, "efqm", 2023, tmp_path / "a")
    second = export_pack(warehouse, "efqm", 2023, tmp_path / "b")
    for name in FILES:
        if name.endswith((".csv", ".txt")):
            assert (first.folder / name).read_bytes() == (second.folder / name).read_bytes()
    sources = json.loads((first.folder / "manifest.json").read_text(encoding="utf-8"))["source_documents"]
    assert sorted(s["document_id"] for s in sources) == sorted(d[0] for d in DOCS)
    assert all(len(s["sha256"]) == 64 and s["source_path"] for s in sources)
    assert first.folder == tmp_path / "a" / "efqm" / "2023"


def test_blind_packs_live_apart_and_a_named_export_leaves_them_alone(warehouse, tmp_path, key):
    exports = tmp_path / "exports"
    blind = export_pack(warehouse, "efqm", 2023, exports, blind=True)
    assert blind.folder == exports / "blind" / "efqm" / "2023"
    before = snapshot(blind.folder)
    named = export_pack(warehouse, "efqm", 2023, exports)
    assert named.folder == exports / "efqm" / "2023"
    assert snapshot(blind.folder) == before
    header = (blind.folder / "benchmark.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("Organization code,") and "organization_id" not in header.lower()
    for name in FILES:
        if name.endswith(".xlsx"):
            continue  # zipped: read cell by cell by the re-identification check (tests/test_exports_reidentify.py)
        text = (blind.folder / name).read_text(encoding="utf-8-sig")
        assert "org_kadikoy01" not in text and "org_mashhad01" not in text and "Kadıköy" not in text


def test_the_mapping_is_private_and_outside_the_exports(warehouse, tmp_path, key):
    exports = tmp_path / "exports"
    pack = export_pack(warehouse, "efqm", 2023, exports, blind=True)
    assert pack.mapping == warehouse.parent / ".exbench-private" / "blind-mappings" / "efqm-2023.json"
    assert not pack.mapping.is_relative_to(exports) and not list(exports.rglob("*mapping*"))
    assert stat.S_IMODE(pack.mapping.stat().st_mode) == 0o600
    assert stat.S_IMODE(pack.mapping.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(pack.mapping.parent.parent.stat().st_mode) == 0o700
    mapping = json.loads(pack.mapping.read_text(encoding="utf-8"))
    assert {(c["organization_id"], c["organization"]) for c in mapping["codes"]} >= {
        ("org_kadikoy01", "Kadıköy Belediyesi"),
        ("org_mashhad01", "شهرداری مشهد"),
    }
    codes = {c["code"] for c in mapping["codes"]}
    assert codes <= set(re.findall(r"ORG-[0-9A-Z]{12}", (pack.folder / "findings.csv").read_text(encoding="utf-8")))


def test_the_mapping_folder_may_be_chosen_but_never_inside_the_exports(warehouse, tmp_path, monkeypatch, key):
    exports = tmp_path / "exports"
    monkeypatch.setenv("EXBENCH_BLIND_MAPPINGS", str(tmp_path / "vault"))
    assert export_pack(warehouse, "efqm", 2023, exports, blind=True).mapping == tmp_path / "vault" / "efqm-2023.json"
    monkeypatch.setenv("EXBENCH_BLIND_MAPPINGS", str(exports / "maps"))
    with pytest.raises(jury.ExportError, match="inside the exports folder"):
        export_pack(warehouse, "kalder", 2023, exports, blind=True)
    assert not (exports / "maps").exists() and not (exports / "blind" / "kalder").exists()


def test_codes_are_long_keyed_and_stable(warehouse, tmp_path, key):
    code = blind_code("org_kadikoy01", b"test-key")
    assert re.fullmatch(r"ORG-[0-9A-HJKMNP-TV-Z]{12}", code)  # 60 bits
    assert code == blind_code("org_kadikoy01", b"test-key") != blind_code("org_kadikoy01", b"other-key")
    assert len({blind_code(f"org_{i}", b"k") for i in range(20000)}) == 20000
    first = export_pack(warehouse, "efqm", 2023, tmp_path / "a", blind=True)
    second = export_pack(warehouse, "efqm", 2023, tmp_path / "b", blind=True)
    assert (first.folder / "benchmark.csv").read_bytes() == (second.folder / "benchmark.csv").read_bytes()
    assert code in (first.folder / "benchmark.csv").read_text(encoding="utf-8")


def test_two_organizations_with_one_code_stop_the_export(warehouse, tmp_path, monkeypatch, key):
    monkeypatch.setattr("exbench.export.blind.blind_code", lambda organization_id, key: "ORG-000000000000")
    with pytest.raises(BlindCodeCollision, match="same blind code"):
        export_pack(warehouse, "efqm", 2023, tmp_path / "exports", blind=True)
    assert not (tmp_path / "exports").exists()
    assert not (warehouse.parent / ".exbench-private").exists()


def test_the_export_metadata_counts_what_each_pack_holds(tmp_path):
    folder = tmp_path / "warehouse"
    folder.mkdir()
    warehouse = make_warehouse(folder / "exbench.duckdb")
    exports = tmp_path / "exports"
    values = materialize_exports(warehouse, exports)
    table = values["written"].value.splitlines()
    header = [cell.strip() for cell in table[0].strip("|").split("|")]
    assert header[:2] == ["scheme/cycle", "files"] and "indicators.csv rows" in header
    pack = exports / "kalder" / "2023"
    manifest = json.loads((pack / "manifest.json").read_text(encoding="utf-8"))
    row = next(line for line in table if "kalder/2023" in line)
    cells = [cell.strip() for cell in row.strip("|").split("|")]
    assert int(cells[1]) == len(list(pack.iterdir())) == len(FILES)  # CSV, XLSX, README.txt and manifest.json
    rows = {f["file"]: f["rows"] for f in manifest["files"] if f["file"].endswith(".csv")}
    assert {h.removesuffix(" rows"): int(c) for h, c in zip(header[2:], cells[2:], strict=True)} == rows
    assert values["dagster/row_count"].value == sum(
        f["rows"]
        for p in exports.glob("*/*/manifest.json")
        for f in json.loads(p.read_text(encoding="utf-8"))["files"]
        if f["file"].endswith(".csv")
    )


@pytest.mark.parametrize("blind", [False, True])
def test_every_fact_in_a_pack_says_how_its_organization_was_found(warehouse, tmp_path, key, blind):
    """A jury can tell a figure its sentence names from one tied to the organization only by the document."""
    folder = export_pack(warehouse, "efqm", 2023, tmp_path / "exports", blind=blind).folder
    for name, basis in [("metrics.csv", {"named"}), ("findings.csv", {"document_subject"})]:
        with (folder / name).open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert rows and {row["Organization based on"] for row in rows} == basis
