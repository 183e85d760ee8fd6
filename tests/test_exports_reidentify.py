"""The re-identification check: a blind pack that still names anyone is not published."""

from __future__ import annotations

import csv
import json
import re
import shutil

import duckdb
import pytest
from openpyxl import load_workbook

from exbench.export.blind import codebook
from exbench.export.csv_safe import write_csv
from exbench.export.jury import export_pack
from exbench.export.mask import Masker
from exbench.export.reidentify import ReidentificationError, check_pack, find_leaks
from exbench.export.rows import masker_for, read_identities, read_names
from exbench.export.workbook import read_cells
from tests.test_exports_warehouse import DOCS, warehouse  # noqa: F401 (fixture)


@pytest.fixture()
def key(monkeypatch):
    monkeypatch.setenv("EXBENCH_BLIND_KEY", "test-key")
    monkeypatch.delenv("EXBENCH_BLIND_MAPPINGS", raising=False)


@pytest.fixture()
def checked(warehouse, tmp_path, key):
    """A clean blind pack and what the check needs to read it."""
    pack = export_pack(warehouse, "efqm", 2023, tmp_path / "exports", blind=True)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        known, identities = read_names(con), read_identities(con)
    return pack.folder, masker_for(known, codebook(known.names, b"test-key")), identities


def plant(folder, file, column, words):
    path = folder / file
    if file.endswith(".json"):
        manifest = json.loads(path.read_text(encoding="utf-8"))
        manifest[column] = words
        path.write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
        return
    with path.open(encoding="utf-8-sig", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    rows[0][header.index(column)] = words
    write_csv(path, header, rows)


KADIKOY_SHA = DOCS[0][2]


@pytest.mark.parametrize(
    "file, column, words, kind",
    [
        ("findings.csv", "Finding", "Kadikoy Belediyesi did well", "organization name"),
        ("findings.csv", "Quoted words", "KADIKÖY'DE bir proje", "place name"),
        ("findings.csv", "Finding", "شهرداري مشهد", "organization name"),
        ("findings.csv", "Finding", "در مشهد", "place name"),
        ("metrics.csv", "Quoted words", "Belediye Başkanı Sayın Ahmet Kaya", "person name"),
        ("metrics.csv", "Quoted words", "آقای ابراهیمی گفت", "person name"),
        ("metrics.csv", "Unit", "Mr. John Smith", "person name"),
        ("benchmark.csv", "Peer group", "org_kadikoy01", "organization id"),
        ("findings.csv", "Quoted words", f"see {DOCS[0][0]} page 3", "document id"),
        ("findings.csv", "Quoted words", f"sha {KADIKOY_SHA}", "source sha256"),
        ("findings.csv", "Quoted words", f"hash {KADIKOY_SHA[:20]}…", "source sha256 or document id"),
        ("findings.csv", "Quoted words", "from kadikoy-2023.pdf", "source path"),
        ("manifest.json", "source_documents", [{"sha256": KADIKOY_SHA}], "source sha256"),
        ("manifest.json", "note", "made from reports/kadikoy-2023.pdf", "source path"),
    ],
)
def test_a_planted_leak_is_named_by_file_column_and_kind(checked, tmp_path, file, column, words, kind):
    clean, masker, identities = checked
    check_pack(clean, masker, identities)
    folder = tmp_path / "planted"
    shutil.copytree(clean, folder)
    plant(folder, file, column, words)
    with pytest.raises(ReidentificationError) as raised:
        check_pack(folder, masker, identities)
    message = str(raised.value)
    assert message.startswith(f"blind pack not published: {file}, column {column}") and kind in message, message
    assert "\n" not in message
    for piece in (words if isinstance(words, str) else json.dumps(words)).split():
        if len(piece) > 3:
            assert piece not in message


def test_a_pack_with_a_leak_is_not_published(warehouse, tmp_path, monkeypatch, key):
    exports = tmp_path / "exports"
    previous = export_pack(warehouse, "efqm", 2023, exports, blind=True)
    before = {p.name: p.read_bytes() for p in previous.folder.iterdir()}
    previous.mapping.unlink()
    monkeypatch.setattr(Masker, "text", lambda self, value: value)  # a masker that misses everything
    with pytest.raises(ReidentificationError, match=r"^blind pack not published: \w+\.csv, column "):
        export_pack(warehouse, "efqm", 2023, exports, blind=True)
    assert {p.name: p.read_bytes() for p in previous.folder.iterdir()} == before  # the previous pack stands
    assert not [p for p in exports.rglob(".*")]  # no temporary folder left
    assert not previous.mapping.exists()  # no mapping for a pack that was not published
    with pytest.raises(ReidentificationError):
        export_pack(warehouse, "kalder", 2023, exports, blind=True)
    assert not (exports / "blind" / "kalder").exists()


def test_blind_packs_of_the_seeds_pass_the_check(seed_warehouse, tmp_path, monkeypatch):
    monkeypatch.setenv("EXBENCH_BLIND_KEY", "seed-key")
    monkeypatch.setenv("EXBENCH_BLIND_MAPPINGS", str(tmp_path / "private"))
    with duckdb.connect(str(seed_warehouse.warehouse), read_only=True) as con:
        scopes = con.execute("select distinct scheme, cycle_year from mart.benchmark_scope order by all").fetchall()
        known, identities = read_names(con), read_identities(con)
        sha256s = [s for (s,) in con.execute("select sha256 from core.documents").fetchall()]
    assert len(scopes) >= 3
    masker = masker_for(known, codebook(known.names, b"seed-key"))
    texts = ""
    for scheme, cycle in scopes:
        pack = export_pack(seed_warehouse.warehouse, scheme, cycle, tmp_path / "exports", blind=True)
        assert find_leaks(pack.folder, masker, identities) == []
        for path in pack.folder.iterdir():
            if path.suffix == ".xlsx":
                texts += "".join(text for *_, text in read_cells(path))
            else:
                texts += path.read_text(encoding="utf-8-sig")
    assert "ORG-" in texts and "[PERSON]" in texts
    for name in (
        "Ankara",
        "ANKARA",
        "Isfahan",
        "اصفهان",
        "Kartal",
        "Marmara",
        "Mansur",
        "ابراهیمی",
        "اعتصامی",
        *sha256s,
        *(s[:16] for s in sha256s),
    ):
        assert name not in texts, name
    assert not re.search(r"org_[0-9a-f]{6}", texts)


def test_a_leak_planted_in_a_workbook_is_found(checked, tmp_path):
    clean, masker, identities = checked
    folder = tmp_path / "planted"
    shutil.copytree(clean, folder)
    book = load_workbook(folder / "findings.xlsx")
    sheet = book["findings"]
    header = [c.value for c in sheet[1]]
    sheet.cell(row=2, column=header.index("Quoted words") + 1).value = "Belediye Başkanı Sayın Ahmet Kaya"
    book.save(folder / "findings.xlsx")
    with pytest.raises(
        ReidentificationError,
        match=r"^blind pack not published: findings.xlsx, column findings: Quoted words \(row 2\): person name",
    ):
        check_pack(folder, masker, identities)
