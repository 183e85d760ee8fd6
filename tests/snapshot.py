"""Fingerprints of a warehouse's core and mart tables, to show a change of code changed no result.

`python -m tests.snapshot --write` rebuilds the snapshot sets and writes
tests/fixtures/snapshots/<set>.json; do that only in a commit whose purpose is
to change what the pipeline finds, and say so. Columns that name the code's
version (reader_version, extractor_version) are left out: moving code changes
them and nothing else.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
import tempfile
from pathlib import Path

import duckdb

SNAPSHOTS = Path(__file__).resolve().parent / "fixtures" / "snapshots"
TESTS = Path(__file__).resolve().parent
SETS = {  # name -> (folder of documents, manifest maker)
    "seeds-pdf-chromium": "seeds",
    "seeds-pdf-libreoffice": "seeds",
    "eval-pdf-chromium": "eval",
    "eval-pdf-libreoffice": "eval",
}
_VOLATILE = {"reader_version", "extractor_version"}


def fingerprint(warehouse: Path) -> dict[str, dict[str, object]]:
    """Per table of core and mart: its row count and a hash of its sorted rows."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        tables = con.execute(
            "select schema_name, table_name from duckdb_tables() where schema_name in ('core', 'mart') order by all"
        ).fetchall()
        result = {}
        for schema, table in tables:
            columns = [
                c
                for (c,) in con.execute(
                    "select column_name from duckdb_columns() where schema_name = ? and table_name = ? order by column_index",
                    [schema, table],
                ).fetchall()
                if c not in _VOLATILE
            ]
            select = ", ".join(f'"{c}"' for c in columns)
            rows = sorted(repr(row) for row in con.execute(f'select {select} from "{schema}"."{table}"').fetchall())
            result[f"{schema}.{table}"] = {"rows": len(rows), "sha256": hashlib.sha256("\n".join(rows).encode()).hexdigest()}
        return result


def raw_folder(name: str, root: Path) -> Path:
    """The raw folder of a snapshot set under root."""
    raw = root / "raw"
    raw.mkdir(parents=True)
    producer = name.split("-", 1)[1]
    if SETS[name] == "seeds":
        from tests.conftest import make_raw

        shutil.rmtree(raw)
        return make_raw(root, producer, "pdf")
    labels = sorted((TESTS / "eval" / "labels").glob("*.json"))
    lines = ["path,published_on,organization"]
    for label_path in labels:
        label = json.loads(label_path.read_text(encoding="utf-8"))
        source = TESTS / "eval" / producer / f"{label['id']}.pdf"
        if source.exists():
            shutil.copy(source, raw / source.name)
            lines.append(f'{source.name},{label.get("published_on") or ""},"{label.get("manifest_organization") or ""}"')
    (raw / "manifest.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return raw


def build_set(name: str) -> dict[str, dict[str, object]]:
    """Build one snapshot set in a temporary folder and fingerprint it."""
    from exbench.settings import Settings
    from pipelines.run import run_pipeline

    with tempfile.TemporaryDirectory(prefix=f"exbench-snapshot-{name}-") as tmp:
        raw = raw_folder(name, Path(tmp))
        settings = Settings.from_env(raw, Path(tmp) / "warehouse" / "exbench.duckdb", Path(tmp) / "exports")
        outcome = run_pipeline(settings)
        if not outcome.success:
            raise RuntimeError(f"{name}: {outcome.error}")
        return fingerprint(settings.warehouse)


def stored(name: str) -> dict[str, dict[str, object]]:
    return json.loads((SNAPSHOTS / f"{name}.json").read_text(encoding="utf-8"))


if __name__ == "__main__" and "--write" in sys.argv:
    SNAPSHOTS.mkdir(parents=True, exist_ok=True)
    for set_name in [n for n in SETS if not sys.argv[2:] or n in sys.argv[2:]]:
        (SNAPSHOTS / f"{set_name}.json").write_text(
            json.dumps(build_set(set_name), indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        print(set_name)
