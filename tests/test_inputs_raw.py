"""The raw folder walk: links that loop, names that are not UTF-8, folders that cannot be listed never stop a build."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pytest

from exbench.ingest.inventory import scan_raw
from exbench.runtime.register import load_input_warnings, save_register
from tests.conftest import build

TEXT = "Kartal Belediyesi 2021 yılında EFQM Mükemmellikte Kararlılık belgesi aldı.\n"


def write(path: Path, text: str = TEXT) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def bad_name(raw: Path, name: bytes, text: str = TEXT) -> None:
    with open(os.path.join(os.fsencode(raw), name), "wb") as handle:
        handle.write(text.encode("utf-8"))


def test_links_that_loop_are_not_followed(tmp_path):
    raw = tmp_path / "raw"
    write(raw / "a" / "one.txt")
    os.symlink("..", raw / "a" / "loop")
    os.symlink("self", raw / "self")
    os.symlink("../b", raw / "a" / "to_b")
    write(raw / "b" / "two.txt")
    os.symlink("../a", raw / "b" / "to_a")
    inventory = scan_raw(raw)
    assert [f.relative_path for f in inventory.files] == ["a/one.txt", "b/two.txt"]
    assert [(w.file, w.row, w.column) for w in inventory.warnings] == [("raw/self", None, None)]
    assert "loops" in inventory.warnings[0].message


def test_a_linked_folder_inside_raw_is_walked_once_and_one_outside_not_at_all(tmp_path):
    raw = tmp_path / "raw"
    write(raw / ".store" / "kept.txt")  # hidden: walked only through the link below
    os.symlink(".store", raw / "linked")
    os.symlink(".store", raw / "linked_again")
    write(tmp_path / "elsewhere" / "secret.txt")
    os.symlink(tmp_path / "elsewhere", raw / "out")
    files = {f.relative_path: f.problem for f in scan_raw(raw).files}
    assert files == {"linked/kept.txt": None, "out": "outside_raw"}


def test_a_broken_link_and_a_pipe_are_warned_of(tmp_path):
    raw = tmp_path / "raw"
    write(raw / "one.txt")
    os.symlink("missing.txt", raw / "broken.txt")
    os.mkfifo(raw / "pipe.txt")
    inventory = scan_raw(raw)
    assert [f.relative_path for f in inventory.files] == ["one.txt"]
    assert {w.file: w.message.split(";")[0] for w in inventory.warnings} == {
        "raw/broken.txt": "this symbolic link points to nothing (its target is missing)",
        "raw/pipe.txt": "this is not a regular file (a pipe, socket or device)",
    }


def test_a_folder_that_cannot_be_listed_is_warned_of(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    write(raw / "one.txt")
    write(raw / "locked" / "two.txt")
    listing = os.scandir

    def scandir(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return listing(path)

    monkeypatch.setattr(os, "scandir", scandir)
    inventory = scan_raw(raw)
    assert [f.relative_path for f in inventory.files] == ["one.txt"]
    assert [w.file for w in inventory.warnings] == ["raw/locked"]
    assert "Permission denied" in inventory.warnings[0].message


def test_a_file_gone_before_hashing_is_skipped_and_an_unreadable_one_quarantined(tmp_path, monkeypatch):
    import exbench.ingest.inventory as inventory_module

    raw = tmp_path / "raw"
    for name in ("gone.txt", "locked.txt", "one.txt"):
        write(raw / name)
    hash_file = inventory_module._hash_file

    def flaky(path: Path) -> str:
        if path.name == "gone.txt":
            raise FileNotFoundError(2, "No such file or directory")
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return hash_file(path)

    monkeypatch.setattr(inventory_module, "_hash_file", flaky)
    inventory = scan_raw(raw)
    assert {f.relative_path: f.problem for f in inventory.files} == {"locked.txt": "unreadable_file", "one.txt": None}
    assert [w.file for w in inventory.warnings] == ["raw/gone.txt"]
    assert "disappeared" in inventory.warnings[0].message


def test_names_that_are_not_utf8_are_escaped_and_get_distinct_ids(tmp_path):
    raw = tmp_path / "raw"
    write(raw / "a.txt")  # the same bytes everywhere: every later copy's id is salted with its path
    bad_name(raw, b"bad\xff.txt")
    bad_name(raw, b"bad\\xff.txt")  # a real backslash: the same text as the escaped name above
    inventory = scan_raw(raw)
    problems = sorted((f.relative_path, f.problem or "") for f in inventory.files)
    assert problems == [("a.txt", ""), ("bad\\xff.txt", ""), ("bad\\xff.txt", "bad_file_name")]
    rows = save_register(tmp_path / "cache", inventory.files, inventory.warnings)
    assert len({row["document_id"] for row in rows}) == 3
    stored = (tmp_path / "cache" / "stage" / "register.json").read_text(encoding="utf-8")
    assert "\\udcff" not in stored and "\udcff" not in stored
    for row in rows:
        for value in (row["source_path"], row["absolute_path"]):
            value.encode("utf-8")  # no surrogates left


def test_a_raw_folder_with_a_loop_a_bad_name_and_a_bad_manifest_builds(tmp_path):
    raw = tmp_path / "raw"
    write(raw / "a" / "one.txt")
    write(raw / "two.txt", "Ankara Büyükşehir Belediyesi 2022 yılında 12 güçlü yön raporladı.\n")
    os.symlink("..", raw / "a" / "loop")
    os.symlink("self", raw / "self")
    bad_name(raw, b"bad\xff.txt", "Another text.\n")
    write(
        raw / "manifest.csv",
        "\n".join(
            [
                "path,source_url,published_on,doc_kind,organization,cycle_year,path",
                "a/one.txt,https://example.org/1,2021-13-45,news,Kartal Belediyesi,99999999999999999999,x",
                "two.txt,,2023-02-29,report,Ankara Büyükşehir Belediyesi,2022,",
                "gone.txt,,2021-02-12,news,,,",
            ]
        )
        + "\n",
    )
    settings, outcome = build(tmp_path, raw)
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        documents = con.execute(
            "select source_path, status, error_reason, source_url, published_on, doc_kind from core.documents order by source_path"
        ).fetchall()
    by_path = {row[0]: row[1:] for row in documents}
    assert by_path["bad\\xff.txt"][:2] == ("quarantined", "bad_file_name")
    assert by_path["a/one.txt"][:2] == ("ok", None)
    assert by_path["a/one.txt"][2] == "https://example.org/1" and by_path["a/one.txt"][4] == "news"
    assert by_path["two.txt"][:2] == ("ok", None)
    assert set(by_path) == {"a/one.txt", "bad\\xff.txt", "two.txt"}
    assert [path for path in outcome.quarantined if path.startswith("bad")] != []
    warned = {(w["file"], w["row"], w["column"]) for w in load_input_warnings(settings.cache_dir)}
    assert warned == {
        ("raw/manifest.csv", 1, "path"),
        ("raw/manifest.csv", 2, "published_on"),
        ("raw/manifest.csv", 2, "cycle_year"),
        ("raw/manifest.csv", 3, "published_on"),
        ("raw/manifest.csv", 3, "doc_kind"),
        ("raw/manifest.csv", 4, "path"),
        ("raw/self", None, None),
    }


@pytest.mark.parametrize("name", [b"\xff", b"caf\xe9.txt", b"\xed\xa0\x80.txt"])
def test_every_name_that_leaves_the_inventory_is_utf8(tmp_path, name):
    raw = tmp_path / "raw"
    raw.mkdir()
    bad_name(raw, name)
    (found,) = scan_raw(raw).files
    assert found.problem == "bad_file_name"
    found.relative_path.encode("utf-8")
    assert "\\x" in found.relative_path
