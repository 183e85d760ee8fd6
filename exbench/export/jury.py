"""Jury packs per scheme and cycle: benchmark, indicators, findings and metrics as CSV and .xlsx, README.txt, manifest.json.

Named packs go to <exports>/<scheme>/<cycle>/, blind packs to
<exports>/blind/<scheme>/<cycle>/ so that no named export ever writes over
one. Scheme and cycle are checked against the warehouse before anything is
written, and a pack replaces the previous one whole or not at all. The CSVs
depend only on the warehouse content (stable order, no timestamps), so the
same inputs give byte-identical CSVs; the manifest records when they were
made. Each CSV has an .xlsx beside it with the same rows, and README.txt
explains every column. A blind pack is masked, then read back by the
re-identification check before it is published; its mapping from codes to organizations is written
only to the private mappings folder. Every CSV draws on the trusted layer
(facts OCR was unsure of are left out), and the manifest says so under "rows".
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from exbench.export.blind import blind_key, codebook, mappings_dir, write_mapping
from exbench.export.csv_safe import write_csv
from exbench.export.publish import GENERATOR, revision_notice, staged
from exbench.export.readme import render_readme
from exbench.export.reidentify import check_pack
from exbench.export.rows import PackRows, masker_for, read_identities, read_names, read_rows
from exbench.export.scope import BLIND_FOLDER, ExportError, resolve_scope, scopes
from exbench.export.tables import Table, blind_tables, named_tables
from exbench.export.workbook import write_xlsx
from exbench.version import __version__

__all__ = ["ExportError", "Pack", "export_benchmark", "export_pack", "pack_folder", "scopes"]

# what the rows of every CSV are drawn from (sql/ddl/create_trusted.sql), said in the manifest
LEFT_OUT = "facts whose quoted words OCR was unsure of (low_confidence) are left out, as they are from the ratings and indicators"
ROWS = f"trusted: {LEFT_OUT}"
README = "README.txt"


@dataclass(frozen=True)
class Pack:
    """A published pack: where it is, its manifest and (blind) where its mapping is kept."""

    folder: Path
    manifest: dict
    mapping: Path | None = None

    def rows(self, file: str) -> int:
        """Row count of one of its CSVs."""
        return next((f["rows"] for f in self.manifest["files"] if f["file"] == file), 0)


def pack_folder(exports_dir: Path, scheme: str, cycle: int, blind: bool) -> Path:
    """Where the pack of a checked scheme and cycle goes."""
    return (exports_dir / BLIND_FOLDER if blind else exports_dir) / scheme / str(cycle)


def _write(folder: Path, tables: list[Table], manifest: dict) -> dict:
    files = []
    for t in tables:
        files.append(write_csv(folder / t.file, t.header, t.rows))
        files.append(write_xlsx(folder / f"{t.stem}.xlsx", t.stem, t.header, t.rows, t.columns))
    text = render_readme(manifest["scheme"], manifest["cycle_year"], manifest["blind"], tables, LEFT_OUT)
    (folder / README).write_text(text, encoding="utf-8", newline="\r\n")
    files.append({"file": README, "sha256": hashlib.sha256((folder / README).read_bytes()).hexdigest()})
    manifest["files"] = files
    text = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
    (folder / "manifest.json").write_text(text, encoding="utf-8")
    return manifest


def _manifest(data: PackRows, blind: bool) -> dict:
    """The manifest; a blind one names no source (a count only) and no build."""
    manifest: dict = {
        "generator": GENERATOR,
        "scheme": data.scheme,
        "cycle_year": data.cycle,
        "blind": blind,
        "exbench_version": __version__,
    }
    if not blind:
        manifest["build_id"] = data.build_id
    manifest["generated_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    manifest["rows"] = ROWS
    manifest["files"] = []
    if blind:
        manifest["source_count"] = len(data.sources)
    else:
        manifest["source_documents"] = [{"document_id": d, "source_path": p, "sha256": s} for d, p, s in data.sources]
    manifest["checks"] = [{"check": c, "blocking": b, "passed": p, "offending_rows": n} for c, b, p, n in data.checks]
    return manifest


def export_pack(warehouse: Path, scheme: str, cycle: int, exports_dir: Path, blind: bool = False) -> Pack:
    """Write the pack of one scheme and cycle (blind: masked, checked, mapping kept private).

    Raises ExportError (one line for the user) for an unknown scheme or cycle,
    a missing blind key, a leak found in a blind pack or a mapping folder inside
    the exports; nothing is written then.
    """
    key = blind_key() if blind else b""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        scheme, cycle = resolve_scope(scopes(con), scheme, cycle)
        data = read_rows(con, scheme, cycle)
        notice = revision_notice(con, scheme, cycle, blind)
        if blind:
            known, identities = read_names(con), read_identities(con)
    folder = pack_folder(exports_dir, scheme, cycle, blind)
    manifest = _manifest(data, blind) | notice
    if not blind:
        with staged(folder) as temp:
            _write(temp, named_tables(data), manifest)
        return Pack(folder, manifest)

    private = mappings_dir(warehouse, exports_dir)
    codes = codebook(known.names, key)
    masker = masker_for(known, codes)
    tables = blind_tables(data, codes, masker)
    in_pack = {codes[row[0]] for row in data.bench} | masker.used
    mapping = {
        "scheme": scheme,
        "cycle_year": cycle,
        "pack": str(folder.resolve()),
        "build_id": data.build_id,
        "generated_at": manifest["generated_at"],
        "codes": [
            {"code": c, "organization_id": oid, "organization": known.names_of.get(oid)}
            for oid, c in sorted(codes.items(), key=lambda item: item[1])
            if c in in_pack
        ],
    }
    with staged(folder) as temp:
        _write(temp, tables, manifest)
        check_pack(temp, masker, identities)
        kept = write_mapping(private, f"{scheme}-{cycle}.json", mapping)
    return Pack(folder, manifest, kept)


def export_benchmark(warehouse: Path, scheme: str, cycle: int, out_dir: Path, blind: bool = False) -> dict[str, object]:
    """Write the pack of one scheme and cycle; returns its manifest (see export_pack)."""
    return export_pack(warehouse, scheme, cycle, out_dir, blind).manifest
